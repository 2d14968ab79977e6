/* Plansite search UI: live results under every <input type="search" name="q">,
 * "/" and Ctrl+K to focus it, the results page (#search-results, ?q=…) and
 * highlighting of the passage a result leads to (?highlight=…#eId).
 * Load it on every page, relative to the page:
 *   <script src="../assets/search.js" data-root="../" defer></script>
 * data-root: the site root (default: this script's folder); data-lang: zh or
 * en (default: <html lang>); data-index: the index folder (default:
 * <root><lang>/search/). search-core.js and search-index.js must sit beside
 * this file; they are loaded only when needed. No dependencies, no innerHTML. */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !window.fetch || !window.Promise) return;
  var here = script.src, ds = script.dataset;
  var lang = ds.lang || (/^zh/i.test(document.documentElement.lang) ? 'zh' : 'en');
  var root = ds.root ? new URL(ds.root, document.baseURI).href : new URL('./', here).href;
  var indexURL = ds.index ? new URL(ds.index, document.baseURI).href : new URL(lang + '/search/', root).href;
  var LIVE = 8;
  var T = {
    zh: { count: function (n, q) { return '“' + q + '”共 ' + n + ' 条结果'; }, none: function (q) { return '没有找到与“' + q + '”相关的内容。'; },
      more: '显示更多结果', searching: '正在搜索…', failed: '搜索暂不可用：', lead: '牵头：', support: '配合：', all: '查看全部结果', sep: '；', and: '、',
      go: '转到', also: '也搜索了：', partial: '没有同时包含全部词语的内容，以下是最接近的部分匹配。', partialTag: '部分匹配', suggest: '试试词汇表中的：',
      plans: function (n) { return '，来自 ' + n + ' 个规划'; }, inPlan: function (n) { return '共 ' + n + ' 条'; }, morePlan: '本规划更多结果',
      gotoPlans: function (n, q) { return n + ' 个规划有“' + q + '”'; }, gotoMore: function (n) { return '另有 ' + n + ' 处'; },
      gotoRest: function (n) { return '显示其余 ' + n + ' 处'; },
      firstNone: ['《', '》中没有找到“', '”，以下是其他规划中的结果。'] },
    en: { count: function (n, q) { return n + (n === 1 ? ' result' : ' results') + ' for “' + q + '”'; }, none: function (q) { return 'Nothing found for “' + q + '”.'; },
      more: 'Show more results', searching: 'Searching…', failed: 'Search is unavailable: ', lead: 'Lead: ', support: 'Supporting: ', all: 'See all results', sep: '; ', and: ', ',
      go: 'Go to', also: 'Also searched: ', partial: 'Nothing holds all the words; these are the closest partial matches.', partialTag: 'partial match', suggest: 'Try the glossary term: ',
      plans: function (n) { return ' in ' + n + (n === 1 ? ' plan' : ' plans'); }, inPlan: function (n) { return n + (n === 1 ? ' result' : ' results'); }, morePlan: 'More from this plan',
      gotoPlans: function (n, q) { return '“' + q + '” is in ' + n + ' plans'; }, gotoMore: function (n) { return n + ' more'; },
      gotoRest: function (n) { return 'Show the other ' + n; },
      firstNone: ['Nothing in ', ' matches “', '”; these results are from other plans.'] }
  }[lang === 'zh' ? 'zh' : 'en'];

  /* ---- loading ---- */
  var scripts = {};
  function loadScript(name) {
    if (!scripts[name]) scripts[name] = new Promise(function (ok, fail) {
      var s = document.createElement('script');
      s.src = new URL(name, here).href;
      s.onload = ok;
      s.onerror = function () { delete scripts[name]; s.remove(); fail(new Error(name + ' did not load')); };
      document.head.appendChild(s);
    });
    return scripts[name];
  }
  function core() { return loadScript('search-core.js').then(function () { return window.PlansiteSearch; }); }
  function loadJSON(url, revalidate) {
    return fetch(url, revalidate ? { cache: 'no-cache' } : {}).then(function (r) {
      if (!r.ok) throw new Error(url + ': ' + r.status);
      return r.json();
    });
  }
  var engine;
  function index() {
    if (!engine) engine = core().then(function () { return loadScript('search-index.js'); }).then(function () {
      return window.PlansiteSearchIndex.open(indexURL, loadJSON);
    }).catch(function (e) { engine = null; throw e; }); // offline: try again on the next search
    return engine;
  }

  /* ---- drawing ---- */
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    return e;
  }
  function marked(parent, parts) {
    parts.forEach(function (p) { parent.appendChild(p.mark ? el('mark', '', p.text) : document.createTextNode(p.text)); });
    return parent;
  }
  // href links a result with the words that found it highlighted: a
  // synonym's (近视 for 眼睛) rather than the reader's, and the Chinese
  // forms of the glossary terms that found it (highlight-zh).
  function href(r, q) {
    var u = new URL(r.p.url, root);
    u.searchParams.set('highlight', r.q || q);
    if (r.marks && r.marks.length) u.searchParams.set('highlight-zh', r.marks.join(' '));
    u.hash = r.p.eid;
    return u.href;
  }
  // only is the passage a number names, or null when it names none or
  // several in one plan (第一章 of a code whose books each have one): the
  // box lists them and goes to none.
  // planName names a plan in a list of plans: its title, and what tells it
  // from others of that title (two editions of a rule) where one does.
  // On an English page a plan not yet translated keeps its Chinese title:
  // the title is marked zh-Hans apart from the note, which is English.
  function planName(tag, cls, doc) {
    var e = el(tag, cls);
    e.appendChild(chinese(el('span', '', doc.title)));
    if (doc.note) e.appendChild(chinese(el('span', '', ' — ' + doc.note)));
    return e;
  }
  // chinese marks e zh-Hans when the page is not Chinese and e's text is
  // Chinese (an untranslated plan's title, heading or text, which the
  // English index holds as its pages show them: Chinese characters and no
  // English word), so that a screen reader reads it in a Chinese voice.
  function chinese(e) {
    var t = e.textContent;
    if (lang !== 'zh' && /[\u3400-\u9fff]/.test(t) && !/[A-Za-z]{3}/.test(t)) e.lang = 'zh-Hans';
    return e;
  }
  function only(g) { return g.length && !(g.length > 1 && g[1].p.plan === g[0].p.plan) ? g[0] : null; }
  // gotoHref is a passage named by number, without highlighting.
  function gotoHref(r) {
    var u = new URL(r.p.url, root);
    u.hash = r.p.eid;
    return u.href;
  }
  // glossed adds to terms the Chinese forms of the glossary terms through
  // which an English query found a passage (marks: 防洪 for "flood"),
  // which a passage not yet translated shows where the English would be.
  function glossed(terms, marks, c) {
    if (!marks || !marks.length) return terms;
    return terms.concat(marks.map(function (zh) { return { kind: c.GRAM, text: zh, toks: [], offs: [], prefix: '' }; }));
  }
  // termsFor returns a function parsing each query once.
  function termsFor(c) {
    var seen = {};
    return function (q) { return seen[q] || (seen[q] = c.parseQuery(q, lang)); };
  }
  // result draws one result: label, heading, snippet, departments, each
  // with the words that found it marked. terms(q) parses a query. tag
  // names the result's plan, where results of several plans are mixed.
  function result(tag, r, q, termsOf, c, width, partial, planTag) {
    var li = el(tag, 'search-result'), a = el('a', 'search-link'), terms = glossed(termsOf(r.q || q), r.marks, c);
    a.href = href(r, q);
    if (r.p.label) a.appendChild(el('span', 'search-label', r.p.label));
    // A passage without a heading of its own (an article's 款, a
    // paragraph) is named by its label: the plan's title, which the group
    // or the plan tag already shows, would only repeat above every one.
    var heading = r.p.heading || (r.p.label ? '' : r.p.doc.title);
    if (heading) chinese(marked(a.appendChild(el('span', 'search-heading')), c.snippet(heading, terms, lang, 400).parts));
    else a.className += ' search-by-label';
    li.appendChild(a);
    if (r.p.text) {
      var s = c.snippet(r.p.text, terms, lang, width), p = el('p', 'search-snippet');
      if (s.before) p.appendChild(document.createTextNode('…'));
      marked(p, s.parts);
      if (s.after) p.appendChild(document.createTextNode('…'));
      li.appendChild(chinese(p));
    }
    if (width > 100 && (r.p.lead.length || r.p.support.length)) {
      var d = [];
      if (r.p.lead.length) d.push(T.lead + r.p.lead.join(T.and));
      if (r.p.support.length) d.push(T.support + r.p.support.join(T.and));
      marked(li.appendChild(el('p', 'search-meta')), c.snippet(d.join(T.sep), terms, lang, 1000).parts);
    }
    if (partial) a.appendChild(el('span', 'search-partial', T.partialTag));
    if (planTag) li.appendChild(planName('p', 'search-plan-tag', r.p.doc));
    return li;
  }
  // gotoItem draws a passage the query names by number.
  function gotoItem(tag, r) {
    var li = el(tag, 'search-goto'), a = li.appendChild(el('a', 'search-link'));
    a.href = gotoHref(r);
    a.appendChild(el('span', 'search-go', T.go));
    if (r.p.label) a.appendChild(el('span', 'search-label', r.p.label));
    // Without a heading the plan names the passage: with what tells it from
    // namesakes, as the list may hold several plans of one title.
    a.appendChild(r.p.heading ? chinese(el('span', 'search-heading', r.p.heading)) : planName('span', 'search-heading', r.p.doc));
    if (r.p.heading) a.appendChild(planName('span', 'search-plan-tag', r.p.doc));
    return li;
  }
  // notes draws what else the answer says: synonyms searched, partial
  // matches, glossary suggestions (each a link to its own search).
  function notes(a, q, input) {
    var box = el('div', 'search-notes');
    if (a.also.length) box.appendChild(el('p', 'search-also', T.also + a.also.join(T.and)));
    if (a.partial) box.appendChild(el('p', 'search-partial-note', T.partial));
    if (a.suggest.length) {
      var p = box.appendChild(el('p', 'search-suggest', T.suggest));
      a.suggest.forEach(function (s, k) {
        if (k) p.appendChild(document.createTextNode(T.and));
        var l = p.appendChild(el('a', '', s));
        l.href = resultsURL(input, s);
      });
    }
    return box.childNodes.length ? box : null;
  }
  function describe(ix, rs) {
    return Promise.all(rs.map(function (r) {
      return r.p ? r : ix.passage(r.passage).then(function (p) { r.p = p; return r; });
    }));
  }

  /* ---- scope: the plan searched first, the plans kept ---- */
  // formFirst is the plan a search box's form searches first (a plan's
  // pages: <input type="hidden" name="first">).
  function formFirst(input) {
    var f = input && input.form, e = f && f.elements.namedItem('first');
    return e ? e.value : '';
  }
  // pageScope reads the results page's URL: ?first=, ?plan=, ?issuer=.
  function pageScope(ix, params) {
    // The results page lists the first few passages a number names, as
    // the box does, and the rest on request (gotoRest): each is read from
    // its plan's passage file, one download per plan.
    var plan = params.get('plan') || '', issuer = params.get('issuer') || '', sc = { first: params.get('first') || '' };
    if (plan || issuer) {
      sc.only = ix.m.docs.filter(function (d) { return (!plan || d.slug === plan) && (!issuer || (d.issuers || []).indexOf(issuer) >= 0); })
        .map(function (d) { return d.slug; });
      if (!sc.only.length) sc.only = ['/']; // no plan: nothing kept
    }
    return sc;
  }
  // filters sets the results page's plan and issuer filters from its URL,
  // and searches again when one changes.
  function filters(params) {
    var form = document.querySelector('form.search-form');
    if (!form) return;
    ['plan', 'issuer'].forEach(function (name) {
      var s = form.elements.namedItem(name);
      if (!s) return;
      s.value = params.get(name) || '';
      s.addEventListener('change', function () { if (form.elements.namedItem('q').value.trim()) form.submit(); });
    });
    var first = params.get('first');
    if (first && !form.elements.namedItem('first')) {
      var h = form.appendChild(el('input'));
      h.type = 'hidden'; h.name = 'first'; h.value = first;
    }
  }

  // gotoRest adds to the results page's list g of passages a number
  // names, after its first shown, a button that lists the rest of total.
  function gotoRest(ix, g, shown, total) {
    var li = g.appendChild(el('li', 'search-goto-rest')), btn = li.appendChild(el('button', 'search-more-gotos', T.gotoRest(total - shown)));
    btn.type = 'button';
    btn.addEventListener('click', function () {
      var params = new URLSearchParams(location.search), sc = pageScope(ix, params);
      sc.allGotos = true;
      btn.disabled = true;
      ix.goto((params.get('q') || '').trim(), sc).then(function (all) {
        all.slice(shown).forEach(function (r) { g.insertBefore(gotoItem('li', r), li); });
        li.remove();
        var first = g.children[shown] && g.children[shown].querySelector('a');
        if (first) first.focus();
      }, function () { btn.disabled = false; });
    });
  }

  /* ---- results page ---- */
  function resultsPage(box) {
    var params = new URLSearchParams(location.search), q = (params.get('q') || '').trim();
    document.querySelectorAll('input[type="search"][name="q"]').forEach(function (i) { if (!i.value) i.value = q; });
    filters(params);
    if (!q) return;
    var t0 = performance.now(), status = el('p', 'search-status', T.searching), list = el('ol', 'search-list');
    status.setAttribute('role', 'status');
    box.textContent = '';
    box.appendChild(status);
    box.appendChild(list);
    box.setAttribute('aria-busy', 'true');
    box.dataset.searchState = 'loading';
    Promise.all([index(), core()]).then(function (v) {
      var ix = v[0], c = v[1], terms = termsFor(c), width = lang === 'zh' ? 110 : 260;
      var sc = pageScope(ix, params);
      return ix.query(q, sc).then(function (ans) {
        var rs = ans.results, shown = {}, order = [], count = {}, groups = {}, plans = 0;
        rs.forEach(function (r) { var d = ix.doc(r.passage); if (!count[d]) plans++; count[d] = (count[d] || 0) + 1; });
        // Results in a library are grouped by plan, the plans in the order
        // of their best result, even when all are one plan's: the group
        // names the plan, which a result named by its label does not;
        // each batch shows the next ten.
        var grouped = ix.m.docs.length > 1;
        if (ans.goto.length) {
          if (ans.gotoPlans > 1) box.insertBefore(el('p', 'search-goto-count', T.gotoPlans(ans.gotoPlans, q)), list);
          var g = el('ul', 'search-gotos');
          ans.goto.forEach(function (r) { g.appendChild(gotoItem('li', r)); });
          box.insertBefore(g, list);
          if (ans.gotoTotal > ans.goto.length) gotoRest(ix, g, ans.goto.length, ans.gotoTotal);
        }
        var n = notes(ans, q, document.querySelector('input[type="search"][name="q"]'));
        if (n) box.insertBefore(n, list);
        // The plan searched first (a plan page's box) has none of the
        // results: say so, or its reader takes the others' for its own.
        var fi = -1;
        ix.m.docs.forEach(function (d, i) { if (d.slug === sc.first) fi = i; });
        if (grouped && rs.length && fi >= 0 && !count[fi] && (!sc.only || sc.only.indexOf(sc.first) >= 0)) {
          var fn = el('p', 'search-first-none', T.firstNone[0]);
          fn.appendChild(chinese(el('cite', '', ix.m.docs[fi].title)));
          fn.appendChild(document.createTextNode(T.firstNone[1] + q + T.firstNone[2]));
          box.insertBefore(fn, list);
        }
        function group(r) {
          var d = r.p.plan, g = groups[d];
          if (g) return g;
          g = groups[d] = { li: list.appendChild(el('li', 'search-plan')), d: d };
          g.li.dataset.plan = r.p.doc.slug;
          var h = g.li.appendChild(el('h2', 'search-plan-title')), a = h.appendChild(chinese(el('a', '', r.p.doc.title)));
          a.href = new URL(r.p.doc.url, root).href;
          if (r.p.doc.note) h.appendChild(chinese(el('span', 'search-plan-note', r.p.doc.note)));
          h.appendChild(el('span', 'search-plan-count', T.inPlan(count[d])));
          g.ol = g.li.appendChild(el('ol', 'search-list'));
          return g;
        }
        function draw(batch) {
          batch.forEach(function (r) {
            shown[r.passage] = true;
            order.push(r);
            var item = result('li', r, q, terms, c, width, ans.partial, false);
            if (!grouped) { list.appendChild(item); return; }
            var g = group(r);
            g.ol.appendChild(item);
            var left = count[g.d] - g.ol.childNodes.length, btn = g.li.querySelector('.search-more-plan');
            if (left > 0 && !btn) {
              btn = g.li.appendChild(el('button', 'search-more-plan', T.morePlan));
              btn.type = 'button';
              btn.addEventListener('click', function () {
                done(describe(ix, rs.filter(function (x) { return !shown[x.passage] && ix.doc(x.passage) === g.d; }).slice(0, 10)).then(draw));
              });
            } else if (left <= 0 && btn) btn.remove();
          });
          var btn = box.querySelector('.search-more');
          if (order.length < rs.length && !btn) {
            btn = box.appendChild(el('button', 'search-more', T.more));
            btn.type = 'button';
            btn.addEventListener('click', more);
          } else if (order.length >= rs.length && btn) btn.remove();
        }
        function more() {
          return done(describe(ix, rs.filter(function (x) { return !shown[x.passage]; }).slice(0, 10)).then(draw));
        }
        function done(p) {
          return p.then(function () {
            var ms = Math.round(performance.now() - t0);
            box.dataset.searchMs = ms;
            box.dataset.searchState = 'done';
            box.setAttribute('aria-busy', 'false');
            var drawn = [].slice.call(box.querySelectorAll('.search-list > .search-result, .search-plan .search-result'));
            box.dispatchEvent(new CustomEvent('plansite:search', { bubbles: true, detail: {
              q: q, count: rs.length, ms: ms, eids: order.map(function (r) { return r.p.eid; }),
              plans: order.map(function (r) { return r.p.doc.slug; }), groups: [].map.call(list.querySelectorAll('.search-plan'), function (g) { return g.dataset.plan; }),
              drawn: drawn.length, goto: ans.goto.map(function (r) { return r.p.eid; }), also: ans.also, partial: ans.partial, suggest: ans.suggest } }));
          });
        }
        // A number with no text quoting it: the passages it names answer.
        status.textContent = rs.length ? T.count(rs.length, q) + (grouped ? T.plans(plans) : '') : ans.goto.length ? '' : T.none(q);
        return more();
      });
    }).catch(function (e) {
      status.textContent = T.failed + e.message;
      box.dataset.searchState = 'error';
      box.setAttribute('aria-busy', 'false');
    });
  }

  /* ---- live results under a search box ---- */
  var boxes = 0;
  function resultsURL(input, q) {
    var f = input && input.form, u = new URL(f && f.getAttribute('action') ? f.action : new URL(lang + '/search/', root).href);
    u.search = '';
    u.searchParams.set('q', q);
    if (formFirst(input)) u.searchParams.set('first', formFirst(input));
    return u.href;
  }
  function live(input) {
    // pop: the notes on the answer (synonyms, partial matches), then the
    // listbox of passages the query names and results.
    var id = 'search-live-' + (++boxes), pop = el('div', 'search-live'), active = -1, seq = 0, timer, gotoURL = '', gotoQ = '';
    var said = pop.appendChild(el('div', 'search-live-notes')), list = pop.appendChild(el('ul', 'search-options'));
    list.id = id;
    list.setAttribute('role', 'listbox');
    pop.hidden = true;
    input.insertAdjacentElement('afterend', pop);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-controls', id);
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('autocomplete', 'off');
    function options() { return list.querySelectorAll('[role="option"]'); }
    // fit ends the dropdown above the bottom of what the reader sees (a
    // phone's screen above its keyboard), where "See all results" stays,
    // sticky at its foot (search.css): seen without scrolling anything.
    function fit() {
      var vv = window.visualViewport, bottom = vv ? vv.offsetTop + vv.height : window.innerHeight;
      var room = bottom - pop.getBoundingClientRect().top - 8;
      pop.style.maxHeight = Math.max(room, 160) + 'px';
    }
    if (window.visualViewport) window.visualViewport.addEventListener('resize', function () { if (!pop.hidden) fit(); });
    else window.addEventListener('resize', function () { if (!pop.hidden) fit(); });
    function close() { pop.hidden = true; active = -1; input.setAttribute('aria-expanded', 'false'); input.removeAttribute('aria-activedescendant'); }
    function choose(i) {
      var os = options();
      if (!os.length) return;
      active = (i + os.length) % os.length;
      os.forEach(function (o, k) { o.setAttribute('aria-selected', k === active ? 'true' : 'false'); });
      input.setAttribute('aria-activedescendant', os[active].id);
      os[active].scrollIntoView({ block: 'nearest' });
    }
    function run() {
      var q = input.value.trim(), mine = ++seq;
      if (!q) { close(); return Promise.resolve(); }
      return Promise.all([index(), core()]).then(function (v) {
        var ix = v[0], c = v[1];
        return ix.query(input.value, { first: formFirst(input) }).then(function (ans) {
          if (mine !== seq) return;
          var rs = ans.results, terms = termsFor(c), k = 0;
          list.textContent = '';
          gotoURL = only(ans.goto) ? gotoHref(only(ans.goto)) : '';
          gotoQ = q;
          function option(o) {
            o.id = id + '-' + (k++);
            o.setAttribute('role', 'option');
            o.querySelector('a').tabIndex = -1;
          }
          ans.goto.forEach(function (r) { option(list.appendChild(gotoItem('li', r))); });
          if (ans.gotoPlans > 1 || ans.gotoTotal > ans.goto.length) {
            // How many plans have the number, and the rest on the results page.
            var gm = list.appendChild(el('li', 'search-goto-more')), more = ans.gotoTotal - ans.goto.length;
            var ga = gm.appendChild(el('a', '', T.gotoPlans(ans.gotoPlans, q) + (more > 0 ? T.sep + T.gotoMore(more) : '')));
            ga.href = resultsURL(input, q);
            option(gm);
          }
          var n = notes(ans, q, input);
          said.textContent = '';
          if (n) said.appendChild(n);
          var several = rs.slice(0, LIVE).some(function (r) { return r.p.plan !== rs[0].p.plan; });
          rs.slice(0, LIVE).forEach(function (r) {
            option(list.appendChild(result('li', r, q, terms, c, lang === 'zh' ? 40 : 90, ans.partial, several)));
          });
          var all = list.appendChild(el('li', 'search-all'));
          all.id = id + '-all';
          all.setAttribute('role', 'option');
          var a = all.appendChild(el('a', '', rs.length ? T.all + ' (' + rs.length + ')' : ans.goto.length ? T.all : T.none(q)));
          a.href = resultsURL(input, q);
          a.tabIndex = -1;
          pop.hidden = false;
          fit();
          active = -1;
          input.setAttribute('aria-expanded', 'true');
        });
      }).catch(function () { close(); });
    }
    input.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(run, 80); });
    input.addEventListener('focus', function () { index().catch(function () {}); });
    input.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        var down = e.key === 'ArrowDown';
        e.preventDefault();
        if (pop.hidden) run().then(function () { if (!pop.hidden) choose(down ? 0 : -1); });
        else choose(active + (down ? 1 : -1));
      } else if (e.key === 'Enter') {
        var os = options();
        if (!pop.hidden && active >= 0 && os[active]) { e.preventDefault(); location.href = os[active].querySelector('a').href; }
        else if (gotoURL && gotoQ === input.value.trim()) { e.preventDefault(); location.href = gotoURL; }
        else if (!input.form && input.value.trim()) { e.preventDefault(); location.href = resultsURL(input, input.value.trim()); }
      } else if (e.key === 'Escape') close();
    });
    // A passage number submitted goes straight to the passage, found
    // before the form would reach the results page.
    if (input.form) input.form.addEventListener('submit', function (e) {
      var q = input.value.trim();
      if (!q) return;
      e.preventDefault();
      Promise.all([index(), core()]).then(function (v) { return v[0].goto(q, { first: formFirst(input) }); }).then(function (g) {
        location.href = only(g) ? gotoHref(only(g)) : resultsURL(input, q);
      }, function () { location.href = resultsURL(input, q); });
    });
    input.addEventListener('blur', function () {
      setTimeout(function () { if (document.activeElement !== input) close(); }, 200);
    });
  }

  /* ---- keys, arrival highlight, start ---- */
  function firstBox() { return document.querySelector('input[type="search"][name="q"]'); }
  document.addEventListener('keydown', function (e) {
    var t = e.target, typing = t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
    var box = firstBox();
    if (!box) return;
    if ((e.ctrlKey || e.metaKey) && (e.key === 'k' || e.key === 'K') || e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      box.focus();
      box.select();
    }
  });
  function highlight() {
    var params = new URLSearchParams(location.search), q = params.get('highlight');
    if (!q) return;
    var target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target) target.classList.add('search-target');
    core().then(function (c) {
      var scope = target || document.querySelector('main') || document.body;
      var terms = glossed(c.parseQuery(q, lang), (params.get('highlight-zh') || '').split(' ').filter(Boolean), c);
      var walk = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT), nodes = [];
      while (walk.nextNode()) if (!walk.currentNode.parentElement.closest('script,style,mark,noscript')) nodes.push(walk.currentNode);
      nodes.forEach(function (n) {
        var s = c.snippet(n.data, terms, lang, Infinity);
        if (!s.parts.some(function (p) { return p.mark; })) return;
        var f = document.createDocumentFragment();
        marked(f, s.parts);
        f.querySelectorAll('mark').forEach(function (m) { m.className = 'search-hit'; });
        n.parentNode.replaceChild(f, n);
      });
    });
  }
  function start() {
    document.querySelectorAll('input[type="search"][name="q"]').forEach(live);
    var box = document.getElementById('search-results');
    if (box) resultsPage(box);
    highlight();
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
