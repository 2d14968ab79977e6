/* Plansite search index reader and scoring: mirrors Go package
 * plansite/generator/search (index.go, query.go termHits, score.go) line for
 * line; the Go tests compare the two on the quality queries. Needs
 * search-core.js. */
(function (root) {
  'use strict';
  var core = root.PlansiteSearch || (typeof require === 'function' ? require('./search-core.js') : null);
  var HEADING = 0, TEXT = 1, PROJECT = 6, GLOSSARY = 7, NUMFIELDS = 8, SHOWN = 10, GOTO = 5;

  // Index reads the files under base with load(url) → Promise of parsed JSON.
  function Index(base, m, load) {
    this.base = base; this.m = m; this.load = load;
    this.n = 0; this.starts = [];
    for (var d = 0; d < m.docs.length; d++) { this.starts.push(this.n); this.n += m.docs[d].n; }
    this.starts.push(this.n);
    // shards: per token shard, its least token and its file (encode.go).
    this.shards = [];
    for (var g = 0; g < m.shards.length; g++) {
      for (var j = 1; j < m.shards[g].length; j++) this.shards.push([m.shards[g][j], 't/' + m.shards[g][0] + '-' + (j - 1) + '.json']);
    }
    this.parent = m.up.map(function (up, p) { return up === 0 ? -1 : p - up; });
    this.cache = {};
    this.links = [];
    for (var p = 0; p < this.n; p++) this.links.push([]);
    for (var e = 0; e < m.ents.length; e++) {
      var l = m.ents[e], q = 0;
      for (var i = 0; i + 1 < l.length; i += 2) { q += l[i]; this.links[q].push([e, l[i + 1]]); }
    }
  }
  // doc returns the plan of passage p.
  Index.prototype.doc = function (p) {
    var lo = 0, hi = this.m.docs.length;
    while (lo < hi) { var mid = (lo + hi) >> 1; if (this.starts[mid + 1] > p) hi = mid; else lo = mid + 1; }
    return lo;
  };
  Index.prototype.file = function (name) {
    var self = this;
    if (!this.cache[name]) {
      this.cache[name] = this.load(this.base + name).then(function (v) { self.cache[name].value = v; return v; },
        function (e) { delete self.cache[name]; throw e; }); // a failed fetch is tried again next time
    }
    return this.cache[name];
  };
  Index.prototype.shardOf = function (tok) {
    var s = this.shards, lo = 0, hi = s.length;
    while (lo < hi) { var mid = (lo + hi) >> 1; if (tok < s[mid][0]) hi = mid; else lo = mid + 1; }
    return lo - 1;
  };
  Index.prototype.prefixShards = function (prefix) {
    var s = this.shards, out = [];
    for (var i = Math.max(0, this.shardOf(prefix)); i < s.length; i++) {
      if (i > 0 && s[i][0].lastIndexOf(prefix, 0) !== 0 && prefix < s[i][0]) break;
      out.push(i);
    }
    return out;
  };
  // shardPairs returns the loaded shard i as [token, postings, …].
  Index.prototype.shardPairs = function (i) { return this.cache[this.shards[i][1]].value; };
  Index.prototype.postings = function (tok) {
    var i = this.shardOf(tok);
    if (i < 0) return null;
    var s = this.shardPairs(i), lo = 0, hi = s.length / 2;
    while (lo < hi) { var mid = (lo + hi) >> 1; if (s[2 * mid] < tok) lo = mid + 1; else hi = mid; }
    return lo < s.length / 2 && s[2 * lo] === tok ? s[2 * lo + 1] : null;
  };
  Index.prototype.withPrefix = function (prefix) {
    var out = [], self = this;
    this.prefixShards(prefix).forEach(function (i) {
      var s = self.shardPairs(i);
      for (var k = 0; k < s.length; k += 2) if (s[k].lastIndexOf(prefix, 0) === 0) out.push([s[k], s[k + 1]]);
    });
    return out;
  };
  // prepare loads every shard a query needs.
  Index.prototype.prepare = function (terms) {
    var need = {}, self = this;
    function add(t) { t.toks.forEach(function (tok) { var i = self.shardOf(tok); if (i >= 0) need[i] = true; }); }
    terms.forEach(function (t) {
      add(t);
      if (t.prefix) self.prefixShards(t.prefix).forEach(function (i) { need[i] = true; });
      self.compoundsOf(t).forEach(function (c) { add(c.t); });
    });
    return Promise.all(Object.keys(need).map(function (i) { return self.file(self.shards[i][1]); }));
  };
  // passage resolves to passage p as stored in its plan's chunk.
  Index.prototype.passage = function (p) {
    var di = this.doc(p), d = this.m.docs[di], i = p - this.starts[di], k = 0;
    while (k < d.c.length && i >= d.c[k]) { i -= d.c[k]; k++; }
    return this.file('p/' + d.h + '-' + k + '.json').then(function (list) {
      var s = list[i];
      return { eid: s.e, label: s.l || '', heading: s.h || '', text: s.t || '', url: s.u || d.url,
        lead: s.ld || [], support: s.sd || [], doc: d, plan: di };
    });
  };

  // decode reads a posting list of an index of n passages.
  function decode(post, n) {
    var gs = [], unit = 0;
    for (var i = 0; i + 2 < post.length;) {
      unit += post[i];
      var g = { unit: unit, field: post[i + 1], count: post[i + 2], pos: null, lens: null };
      i += 3;
      if (unit >= n) { /* an entity: no lengths */ } else if (g.field === HEADING) { g.lens = [post[i], post[i + 1]]; i += 2; } else { g.lens = [-1, post[i]]; i++; }
      if (g.count < 0) g.count = -g.count;
      else {
        g.pos = [];
        for (var k = 0, x = 0; k < g.count; k++) { x += post[i + k]; g.pos.push(x); }
        i += g.count;
      }
      gs.push(g);
    }
    return gs;
  }
  function newHit() { return { c: [0, 0, 0, 0, 0, 0, 0, 0], exact: false, pref: false, present: false, occ: {}, lens: [0, 0] }; }
  // setLens records a passage's lengths as a group carries them (-1: not carried).
  function setLens(h, l) { if (!l) return; if (l[0] >= 0) h.lens[0] = l[0]; h.lens[1] = l[1]; }
  function addOcc(h, f, ps) { if (ps) h.occ[f] = (h.occ[f] || []).concat(ps); }

  // termHits finds a term in every unit: unit → hit.
  Index.prototype.termHits = function (t) {
    var hits = {}, self = this;
    function hit(u) { return hits[u] || (hits[u] = newHit()); }
    var byTok = t.toks.map(function (tok) {
      var m = {};
      decode(self.postings(tok) || [], self.n).forEach(function (g) { (m[g.unit] = m[g.unit] || {})[g.field] = g; });
      return m;
    });
    if (t.toks.length > 0) {
      Object.keys(byTok[0]).forEach(function (u) {
        for (var k = 1; k < t.toks.length; k++) if (!byTok[k][u]) return;
        var h = hit(u), fields = byTok[0][u];
        h.present = true;
        Object.keys(fields).forEach(function (f) {
          var g0 = fields[f];
          setLens(h, g0.lens);
          if (t.toks.length === 1) { h.c[f] += g0.count; h.exact = true; addOcc(h, f, g0.pos); return; }
          g0.pos.forEach(function (x) {
            for (var k = 1; k < t.toks.length; k++) {
              var g = byTok[k][u][f];
              if (!g || !g.pos || g.pos.indexOf(x + t.offs[k]) < 0) return;
            }
            h.c[f]++; h.exact = true; addOcc(h, f, [x]);
          });
        });
      });
    }
    if (t.prefix) {
      this.withPrefix(t.prefix).forEach(function (a) {
        if (t.toks.length === 1 && a[0] === t.toks[0]) return;
        decode(a[1], self.n).forEach(function (g) {
          var h = hit(g.unit);
          setLens(h, g.lens);
          h.present = h.pref = true;
          h.c[g.field] += 0.5 * g.count;
          addOcc(h, g.field, g.pos);
        });
      });
    }
    return hits;
  };

  // compoundsOf are the glossary terms holding t's gram run with
  // characters before and after it, and its offsets in each; unbind takes
  // out of the passages' counts each occurrence inside one (compound.go).
  Index.prototype.compoundsOf = function (t) {
    var q = Array.from(t.text), out = [], mode = this.m.mode;
    if (t.kind !== core.GRAM || t.phrase || q.length < 2) return []; // a character alone carries no positions
    this.m.gloss.forEach(function (g) {
      var ts = core.parseQuery(g, mode);
      if (ts.length !== 1 || ts[0].kind !== core.GRAM) return;
      var r = Array.from(ts[0].text), off = [];
      for (var i = 1; i + q.length < r.length; i++) if (r.slice(i, i + q.length).join('') === t.text) off.push(i);
      if (off.length > 0) out.push({ t: ts[0], off: off });
    });
    return out;
  };
  Index.prototype.unbind = function (t, hits) {
    var cs = this.compoundsOf(t), self = this;
    if (cs.length === 0) return;
    var inside = cs.map(function (c) { return self.termHits(c.t); });
    Object.keys(hits).forEach(function (u) {
      if (+u >= self.n) return; // an entity's name counts whole or not at all
      var h = hits[u];
      Object.keys(h.occ).forEach(function (f) {
        var bound = 0;
        h.occ[f].forEach(function (x) {
          for (var k = 0; k < cs.length; k++) {
            var ins = inside[k][u], ps = ins && ins.occ[f];
            if (ps && cs[k].off.some(function (o) { return ps.indexOf(x - o) >= 0; })) { bound++; break; }
          }
        });
        h.c[f] -= bound;
      });
    });
  };

  function round6(x) { return Math.floor(x * 1e6 + 0.5) / 1e6; }

  // search resolves to every matching passage, best first: {passage, tier,
  // score, q}; the first SHOWN also get .p, the stored passage. It is
  // query(q).results.
  Index.prototype.search = function (q) {
    return this.query(q).then(function (a) { return a.results; });
  };

  // better orders results: tier, then score, then document order.
  function better(a, b) { return b.tier - a.tier || b.score - a.score || a.passage - b.passage; }

  // order keeps the results of the plans in scope, those of scope.first
  // first, each part in its order (answer.go order).
  Index.prototype.order = function (rs, scope) {
    var first = -1, keep = {}, only = scope && scope.only && scope.only.length ? scope.only : null, self = this;
    this.m.docs.forEach(function (d, i) {
      if (scope && d.slug === scope.first) first = i;
      if (only && only.indexOf(d.slug) >= 0) keep[i] = true;
    });
    var mine = [], rest = [];
    rs.forEach(function (r) {
      var d = self.doc(r.passage);
      if (only && !keep[d]) return;
      (d === first ? mine : rest).push(r);
    });
    return mine.concat(rest);
  };

  // query resolves to {results, also, partial, suggest, goto, gotoTotal,
  // gotoPlans} (answer.go QueryIn): the query and its synonym variants ranked and merged, a split
  // of long Chinese runs when nothing holds every word, glossary
  // suggestions, and the passages the query names by number; scope
  // ({first: slug, only: [slug, …]}, optional) puts a plan's passages first
  // and keeps only some plans'.
  Index.prototype.query = function (q, scope) {
    var self = this, m = this.m, a = { results: [], also: [], partial: false, suggest: [], goto: [], gotoTotal: 0, gotoPlans: 0 };
    var best = {}, anyFull = false;
    function run(v) {
      var terms = core.parseQuery(v, m.mode), lp = named && core.labelPhrase(v, m.mode);
      if (lp) terms.push(lp); // a number typed in Chinese: its text hits quote it whole
      if (terms.length === 0) return Promise.resolve();
      return self.prepare(terms).then(function () {
        var r = self.rank(terms);
        r.out.forEach(function (x, k) {
          // A passage number finds in the text only the passages quoting
          // it whole, not every passage saying "part" (answer.go QueryIn).
          if (named && x.tier < terms.length) return;
          x.q = v;
          anyFull = anyFull || r.full[k];
          var i = best[x.passage];
          if (i === undefined) { best[x.passage] = a.results.length; a.results.push(x); }
          else if (better(x, a.results[i]) < 0) a.results[i] = x;
        });
      });
    }
    var ex = core.expand(q, m.syn);
    a.also = ex.also;
    // Whether the query names passages is the whole library's answer; the
    // scope only narrows the passages it goes to.
    var named = false;
    var chain = this.gotoPassages(q).then(function (ps) { named = ps.length > 0; return self.gotoList(q, scope); })
      .then(function (l) { a.gotoTotal = l.list.length; a.gotoPlans = l.plans; return self.goto(q, scope); })
      .then(function (g) { a.goto = g; });
    [q].concat(ex.variants).forEach(function (v) { chain = chain.then(function () { return run(v); }); });
    return chain.then(function () {
      if (anyFull) return;
      var v = named ? '' : core.splitRuns(q, m.mode); // a passage number is not words to split
      return (v ? run(v) : Promise.resolve()).then(function () {
        if (named) return; // a passage number: not a partial match of words
        a.partial = a.results.length > 0;
        a.suggest = core.suggest(q, m.gloss, m.mode);
      });
    }).then(function () {
      a.results.sort(better);
      a.results = self.order(a.results, scope);
      return Promise.all(a.results.slice(0, SHOWN).map(function (r) {
        return self.passage(r.passage).then(function (p) { r.p = p; });
      }));
    }).then(function () { return a; });
  };

  // gotoBucket is the bucket of a go-to key among n: FNV-1a over its
  // UTF-16 code units (answer.go gotoBucket).
  function gotoBucket(key, n) {
    var h = 2166136261;
    for (var i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619) >>> 0;
    return h % n;
  }

  // gotoPassages resolves to the passages q names by number or eId, in
  // plan order (answer.go gotoPassages).
  Index.prototype.gotoPassages = function (q) {
    var k = core.label(q);
    if (!k || !this.m.goto.length) return Promise.resolve([]);
    return this.file(this.m.goto[gotoBucket(k, this.m.goto.length)]).then(function (g) {
      return Object.prototype.hasOwnProperty.call(g, k) ? g[k] : [];
    });
  };

  // titleKey is s as titles are compared, the one rule of plan.TitleKey:
  // widths and case folded (normalize), spaces, title brackets and quotes
  // dropped.
  function titleKey(s) {
    return core.normalize(s).replace(/[ \u3000《》〈〉“”"‘’'「」]/g, '');
  }

  // titled keeps of ps the passages of the plans whose titles q quotes,
  // when it quotes any (answer.go titled).
  Index.prototype.titled = function (q, ps) {
    var fq = titleKey(q), named = {}, any = false, self = this;
    this.m.docs.forEach(function (d, i) {
      var t = titleKey(d.title);
      if (t.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, '_').length >= 4 && fq.indexOf(t) >= 0) { named[i] = true; any = true; }
    });
    if (!any) return ps;
    return ps.filter(function (p) { return named[self.doc(p)]; });
  };

  // gotoOrder puts the plan searched first's passages first, then those
  // of plans in the index's language, then untranslated plans' (manifest
  // "ut"), each part in library order (goto.go gotoOrder).
  Index.prototype.gotoOrder = function (rs, scope) {
    var self = this, first = scope && scope.first ? scope.first : '';
    function rank(r) {
      var d = self.m.docs[self.doc(r.passage)];
      return first && d.slug === first ? 0 : d.ut ? 2 : 1;
    }
    return rs.map(function (r, i) { return [rank(r), i, r]; })
      .sort(function (x, y) { return x[0] - y[0] || x[1] - y[1]; })
      .map(function (x) { return x[2]; });
  };

  // gotoList resolves to {list, plans}: every passage q names within
  // scope, in go-to order, and how many plans hold them (goto.go gotoList).
  Index.prototype.gotoList = function (q, scope) {
    var self = this;
    return this.gotoPassages(q).then(function (ps) {
      var list = self.gotoOrder(self.order(self.titled(q, ps).map(function (p) { return { passage: p, tier: 0, score: 0, q: q }; }), scope), scope);
      var plans = {}, n = 0;
      list.forEach(function (r) { var d = self.doc(r.passage); if (!plans[d]) { plans[d] = true; n++; } });
      return { list: list, plans: n };
    });
  };

  // goto resolves to the passages q names by number or eId, in go-to
  // order within scope, with .p: at most GOTO, or all when
  // scope.allGotos (the results page).
  Index.prototype.goto = function (q, scope) {
    var self = this;
    return this.gotoList(q, scope).then(function (l) {
      var ps = scope && scope.allGotos ? l.list : l.list.slice(0, GOTO);
      return Promise.all(ps.map(function (r) {
        return self.passage(r.passage).then(function (s) { r.p = s; return r; });
      }));
    });
  };

  // rank scores every passage for loaded terms (score.go Search).
  // It returns {out, full}: the passages found and, for each, whether it
  // holds every word (the phrase not needed).
  Index.prototype.rank = function (terms) {
    var m = this.m, n = this.n, tier = [], score = [], full = [], per = [], all = [], words = [], p, i, f;
    var marks = {}, gz = m.gz || {}; // per passage, the Chinese forms of glossary terms found exactly or by prefix
    for (p = 0; p < n; p++) { tier.push(0); score.push(0); full.push(true); }
    for (i = 0; i < terms.length; i++) {
      var t = terms[i], hits = this.termHits(t), df = 0;
      this.unbind(t, hits);
      if (!t.phrase) words.push(i);
      all.push(hits); per.push([]);
      for (p = 0; p < n; p++) {
        var pt = { c: [0, 0, 0, 0, 0, 0, 0, 0], exact: false, contig: false, named: false, lens: null }, present = false;
        var h = hits[p];
        if (h && (h.exact || !t.phrase)) {
          pt.c = h.c.slice();
          pt.exact = h.exact; pt.contig = h.exact || h.pref; present = h.present;
          pt.named = h.c[HEADING] > 0;
          pt.lens = h.lens;
          if (h.present && !pt.contig) pt.c[TEXT] += 0.25;
        }
        var ls = this.links[p];
        for (var k = 0; k < ls.length; k++) {
          var eh = hits[n + ls[k][0]];
          if (!eh || t.phrase && !eh.exact) continue;
          present = true;
          if (eh.exact) { pt.c[ls[k][1]]++; pt.exact = pt.contig = true; }
          else if (eh.pref) { pt.c[ls[k][1]] += 0.5; pt.contig = true; }
          else pt.c[ls[k][1]] += 0.25;
          if (ls[k][1] === PROJECT && (eh.exact || eh.pref)) pt.named = true;
          if (ls[k][1] === GLOSSARY && (eh.exact || eh.pref)) {
            (gz[ls[k][0]] || []).forEach(function (zh) {
              var ms = marks[p] || (marks[p] = []);
              if (ms.indexOf(zh) < 0) ms.push(zh);
            });
          }
        }
        if (pt.exact) tier[p]++;
        else if (present) tier[p] += 0.5;
        if (present) df++;
        if (!t.phrase && !pt.contig) full[p] = false;
        per[i].push(pt);
      }
      var idf = Math.sqrt((n + 1) / (df + 0.5));
      for (p = 0; p < n; p++) {
        var s = 0;
        for (f = 0; f < NUMFIELDS; f++) {
          var c = per[i][p].c[f];
          if (c === 0) continue;
          var norm = 1.0;
          if (m.norm[f] === 1) norm = 1 - m.b + m.b * per[i][p].lens[f] / m.avg[f];
          s += m.w[f] * (c * (m.k1 + 1) / (c + m.k1 * norm));
        }
        score[p] += idf * s;
      }
    }
    for (p = 0; p < n; p++) {
      if (tier[p] === 0) continue;
      var sc = score[p];
      if (words.length > 1) {
        var pairs = 0;
        for (var w = 0; w + 1 < words.length; w++) {
          var a = words[w], b = words[w + 1];
          if (this.adjacent(p, terms[a], terms[b], all[a], all[b])) pairs++;
        }
        sc = sc * (1 + 0.5 * pairs / (words.length - 1));
      }
      if (m.kinds[m.kind[p]] === 'project') {
        var every = true;
        for (i = 0; i < words.length; i++) every = every && per[words[i]][p].named;
        if (every) sc = sc * 1.5;
      }
      score[p] = round6(sc);
    }
    this.demoteParents(tier, score);
    var out = [], fulls = [];
    for (p = 0; p < n; p++) if (tier[p] > 0) { out.push({ passage: p, tier: tier[p], score: score[p], marks: marks[p] || [] }); fulls.push(full[p]); }
    return { out: out, full: fulls };
  };

  Index.prototype.adjacent = function (p, a, b, ha, hb) {
    var gap = b.pos - (a.pos + a.span), units = [p];
    this.links[p].forEach(function (l) { units.push(this.n + l[0]); }, this);
    for (var i = 0; i < units.length; i++) {
      var x = ha[units[i]], y = hb[units[i]];
      if (!x || !y) continue;
      for (var f in x.occ) {
        var ys = y.occ[f] || [];
        for (var j = 0; j < x.occ[f].length; j++) {
          for (var k = 0; k < ys.length; k++) {
            var d = ys[k] - (x.occ[f][j] + a.span);
            if (d >= 0 && d <= gap + 1) return true;
          }
        }
      }
    }
    return false;
  };

  Index.prototype.demoteParents = function (tier, score) {
    for (var p = this.n - 1; p >= 0; p--) {
      if (tier[p] === 0) continue;
      var a = this.parent[p];
      while (a >= 0 && tier[a] === 0) a = this.parent[a];
      if (a < 0 || tier[p] < tier[a] || score[p] * 2 < score[a] || score[a] < score[p]) continue;
      score[a] = round6(score[p] * 0.99);
    }
  };

  // open reads the manifest under base (a URL ending in /); load(url) must
  // resolve to parsed JSON.
  function open(base, load) {
    return load(base + 'manifest.json', true).then(function (m) {
      if (m.format !== 3) throw new Error('search index format ' + m.format + ' not supported');
      return new Index(base, m, load);
    });
  }

  var api = { open: open, Index: Index, SHOWN: SHOWN };
  if (typeof module === 'object' && module.exports) module.exports = api;
  else root.PlansiteSearchIndex = api;
})(typeof self !== 'undefined' ? self : this);
