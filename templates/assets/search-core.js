/* Plansite search core: tokenizer, Snowball English stemmer, index reader
 * and scoring. It mirrors Go package plansite/generator/search (tokenize.go,
 * query.go, score.go, index.go), whose doc comment is the contract; the Go
 * tests run both on the same queries. No DOM here: search.js draws. */
(function (root) {
  'use strict';

  var STOP = {};
  ['a', 'an', 'and', 'are', 'as', 'at', 'be', 'by', 'for', 'from', 'in', 'into', 'is', 'it', 'its', 'of',
    'on', 'or', 'that', 'the', 'their', 'this', 'to', 'with'].forEach(function (w) { STOP[w] = true; });

  /* ---- tokenizer (tokenize.go) ---- */

  function normCode(r) {
    if (r >= 0xFF01 && r <= 0xFF5E) r -= 0xFEE0;
    else if (r === 0x3000) return 32;
    else if (r === 0x2018 || r === 0x2019 || r === 0x201B) return 39;
    if (r >= 65 && r <= 90 || r >= 0xC0 && r <= 0xDE && r !== 0xD7) r += 32;
    return r;
  }
  // codes returns the normalised code points of s.
  function codes(s) { return Array.from(s, function (ch) { return normCode(ch.codePointAt(0)); }); }
  function str(cs) { return String.fromCodePoint.apply(null, cs); }
  function normalize(s) { return str(codes(s)); }
  function isHan(r) {
    return r >= 0x3400 && r <= 0x4DBF || r >= 0x4E00 && r <= 0x9FFF || r >= 0xF900 && r <= 0xFAFF ||
      r >= 0x20000 && r <= 0x2FA1F || r === 0x3007;
  }
  function isDigit(r) { return r >= 48 && r <= 57; }
  function isLetter(r) { return r >= 97 && r <= 122 || r >= 0xDF && r <= 0x24F && r !== 0xF7; }

  var GRAM = 0, LATIN = 1, NUMBER = 2;

  // scan cuts code points into words {kind, text, pct, pos, n, from, to};
  // from/to index rs, for highlighting.
  function scan(rs, mode, pos) {
    var ws = [], n = rs.length, zh = mode === 'zh';
    function at(i) { return i < 0 || i >= n ? 0 : rs[i]; }
    function gram(i) {
      var r = rs[i];
      if (isHan(r)) return true;
      if (!zh) return false;
      return isDigit(r) || r === 37 || r === 46 && isDigit(at(i - 1)) && isDigit(at(i + 1));
    }
    for (var i = 0; i < n;) {
      var r = rs[i], j;
      if (gram(i)) {
        for (j = i + 1; j < n && gram(j); j++);
        ws.push({ kind: GRAM, text: str(rs.slice(i, j)), pos: pos, n: j - i, from: i, to: j });
        pos += j - i;
        i = j;
      } else if (isLetter(r) || isDigit(r) && !zh) {
        var b = [], letters = false;
        for (j = i; j < n; j++) {
          var c = rs[j];
          if (isLetter(c)) letters = true;
          else if (isDigit(c)) { if (zh) break; }
          else if (c === 39 && isLetter(at(j - 1)) && isLetter(at(j + 1))) { /* inner apostrophe */ }
          else if ((c === 46 || c === 44) && !letters && isDigit(at(j - 1)) && isDigit(at(j + 1)) && !zh) {
            if (c === 44) continue;
          } else break;
          b.push(c);
        }
        var w = { kind: LATIN, text: str(b), pct: false, pos: pos, n: 1, from: i, to: j };
        if (!letters) {
          w.kind = NUMBER;
          if (at(j) === 37) { w.pct = true; j++; w.to = j; }
        }
        ws.push(w);
        pos++;
        i = j;
      } else i++;
    }
    return ws;
  }

  function isStop(w) { return w.kind === LATIN && STOP[w.text] === true; }
  function stemOf(w) { return /^[a-z']*$/.test(w) ? stem(w) : w; }

  // wordTokens calls emit(token, pos, countOnly) for each index token of w.
  function wordTokens(w, emit) {
    if (w.kind === GRAM) {
      var rs = Array.from(w.text);
      for (var i = 0; i < rs.length; i++) {
        emit(rs[i], w.pos + i, true);
        if (i + 1 < rs.length) emit(rs[i] + rs[i + 1], w.pos + i, false);
      }
    } else if (w.kind === LATIN) {
      if (!isStop(w)) emit(stemOf(w.text), w.pos, false);
    } else {
      emit(w.text, w.pos, false);
      if (w.pct) emit(w.text + '%', w.pos, false);
    }
  }

  function tokens(s, mode) {
    var out = [];
    scan(codes(s), mode, 0).forEach(function (w) { wordTokens(w, function (t) { out.push(t); }); });
    return out;
  }

  /* ---- Snowball English (Porter2), as github.com/kljensen/snowball ---- */

  var SPECIAL = {
    skis: 'ski', skies: 'sky', dying: 'die', lying: 'lie', tying: 'tie', idly: 'idl', gently: 'gentl',
    ugly: 'ugli', early: 'earli', only: 'onli', singly: 'singl', sky: 'sky', news: 'news', howe: 'howe',
    atlas: 'atlas', cosmos: 'cosmos', bias: 'bias', andes: 'andes', inning: 'inning', innings: 'inning',
    outing: 'outing', outings: 'outing', canning: 'canning', cannings: 'canning', herring: 'herring',
    herrings: 'herring', earring: 'earring', earrings: 'earring', proceed: 'proceed', proceeds: 'proceed',
    proceeded: 'proceed', proceeding: 'proceed', exceed: 'exceed', exceeds: 'exceed', exceeded: 'exceed',
    exceeding: 'exceed', succeed: 'succeed', succeeds: 'succeed', succeeded: 'succeed', succeeding: 'succeed'
  };
  function vowel(c) { return c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u' || c === 'y'; }

  function stem(word) {
    word = word.toLowerCase().trim();
    if (word.length <= 2) return word;
    if (Object.prototype.hasOwnProperty.call(SPECIAL, word)) return SPECIAL[word];
    var w = { rs: word.replace(/[\u2018\u2019\u201B]/g, "'").replace(/^'+/, '').split(''), r1: 0, r2: 0 };
    var rs = w.rs, i;
    for (i = 0; i < rs.length; i++) if (rs[i] === 'y' && (i === 0 || vowel(rs[i - 1]))) rs[i] = 'Y';
    var s = rs.join(''), pre = /^(gener|commun|arsen)/.exec(s);
    w.r1 = pre ? pre[1].length : vnv(rs, 0);
    w.r2 = vnv(rs, w.r1);
    step0(w); step1a(w); step1b(w); step1c(w); step2(w); step3(w); step4(w); step5(w);
    return w.rs.join('').replace(/Y/g, 'y');
  }
  function vnv(rs, start) {
    for (var i = 1; i < rs.length - start; i++) {
      var j = start + i;
      if (vowel(rs[j - 1]) && !vowel(rs[j])) return j + 1;
    }
    return rs.length;
  }
  function reset(w) { w.r1 = Math.min(w.r1, w.rs.length); w.r2 = Math.min(w.r2, w.rs.length); }
  function suffix(w, list) {
    var s = w.rs.join('');
    for (var i = 0; i < list.length; i++) if (s.length >= list[i].length && s.slice(-list[i].length) === list[i]) return list[i];
    return '';
  }
  function cut(w, n) { w.rs.length -= n; reset(w); }
  function replace(w, suf, repl) { w.rs.length -= suf.length; Array.prototype.push.apply(w.rs, repl.split('')); reset(w); }
  function shortSyllable(rs, i) {
    if (i === 2) return vowel(rs[0]) && !vowel(rs[1]);
    if (i >= 3) {
      var s1 = rs[i - 1], s2 = rs[i - 2], s3 = rs[i - 3];
      return !vowel(s1) && s1 !== 'w' && s1 !== 'x' && s1 !== 'Y' && vowel(s2) && !vowel(s3);
    }
    return false;
  }
  function step0(w) { var s = suffix(w, ["'s'", "'s", "'"]); if (s) cut(w, s.length); }
  function step1a(w) {
    var s = suffix(w, ['sses', 'ied', 'ies', 'us', 'ss', 's']);
    if (s === 'sses') replace(w, s, 'ss');
    else if (s === 'ies' || s === 'ied') replace(w, s, w.rs.length > 4 ? 'i' : 'ie');
    else if (s === 's') {
      for (var i = 0; i < w.rs.length - 2; i++) if (vowel(w.rs[i])) { cut(w, 1); return; }
    }
  }
  function step1b(w) {
    var s = suffix(w, ['eedly', 'ingly', 'edly', 'ing', 'eed', 'ed']);
    if (!s) return;
    if (s === 'eed' || s === 'eedly') {
      if (s.length <= w.rs.length - w.r1) replace(w, s, 'ee');
      return;
    }
    var has = false;
    for (var i = 0; i < w.rs.length - s.length; i++) if (vowel(w.rs[i])) { has = true; break; }
    if (!has) return;
    var r1 = w.r1, r2 = w.r2;
    cut(w, s.length);
    var t = suffix(w, ['at', 'bl', 'iz', 'bb', 'dd', 'ff', 'gg', 'mm', 'nn', 'pp', 'rr', 'tt']);
    if (t === '') {
      if (w.r1 >= w.rs.length && shortSyllable(w.rs, w.rs.length)) {
        w.rs.push('e');
        w.r1 = w.r2 = w.rs.length;
        return;
      }
    } else if (t === 'at' || t === 'bl' || t === 'iz') replace(w, t, t + 'e');
    else cut(w, 1);
    var n = w.rs.length;
    w.r1 = r1 < n ? r1 : n;
    w.r2 = r2 < n ? r2 : n;
  }
  function step1c(w) {
    var rs = w.rs, n = rs.length;
    if (n > 2 && (rs[n - 1] === 'y' || rs[n - 1] === 'Y') && !vowel(rs[n - 2])) rs[n - 1] = 'i';
  }
  var STEP2 = {
    tional: 'tion', enci: 'ence', anci: 'ance', abli: 'able', entli: 'ent', izer: 'ize', ization: 'ize',
    ational: 'ate', ation: 'ate', ator: 'ate', alism: 'al', aliti: 'al', alli: 'al', fulness: 'ful',
    ousli: 'ous', ousness: 'ous', iveness: 'ive', iviti: 'ive', biliti: 'ble', bli: 'ble', fulli: 'ful',
    lessli: 'less'
  };
  function step2(w) {
    var s = suffix(w, ['ational', 'fulness', 'iveness', 'ization', 'ousness', 'biliti', 'lessli', 'tional',
      'alism', 'aliti', 'ation', 'entli', 'fulli', 'iviti', 'ousli', 'anci', 'abli', 'alli', 'ator', 'enci',
      'izer', 'bli', 'ogi', 'li']);
    var rs = w.rs, n = rs.length;
    if (!s || s.length > n - w.r1) return;
    if (s === 'li') {
      if (n >= 3 && 'cdeghkmnrt'.indexOf(rs[n - 3]) >= 0) cut(w, 2);
      return;
    }
    if (s === 'ogi') {
      if (n >= 4 && rs[n - 4] === 'l') replace(w, s, 'og');
      return;
    }
    replace(w, s, STEP2[s]);
  }
  function step3(w) {
    var s = suffix(w, ['ational', 'tional', 'alize', 'icate', 'ative', 'iciti', 'ical', 'ful', 'ness']);
    if (!s || s.length > w.rs.length - w.r1) return;
    if (s === 'ative') {
      if (w.rs.length - w.r2 >= 5) cut(w, 5);
      return;
    }
    replace(w, s, { ational: 'ate', tional: 'tion', alize: 'al', icate: 'ic', iciti: 'ic', ical: 'ic', ful: '', ness: '' }[s]);
  }
  function step4(w) {
    var s = suffix(w, ['ement', 'ance', 'ence', 'able', 'ible', 'ment', 'ent', 'ant', 'ism', 'ate', 'iti', 'ous',
      'ive', 'ize', 'ion', 'al', 'er', 'ic']);
    var n = w.rs.length;
    if (s.length > n - w.r2 || !s) return;
    if (s === 'ion') {
      if (n >= 4 && (w.rs[n - 4] === 's' || w.rs[n - 4] === 't')) cut(w, 3);
      return;
    }
    cut(w, s.length);
  }
  function step5(w) {
    var rs = w.rs, l = rs.length - 1;
    if (w.r1 > l) return;
    if (rs[l] === 'e') {
      if (w.r2 <= l || !shortSyllable(rs, l)) cut(w, 1);
    } else if (w.r2 <= l && rs[l] === 'l' && l - 1 >= 0 && rs[l - 1] === 'l') cut(w, 1);
  }

  /* ---- query (query.go) ---- */

  function parseQuery(q, mode) {
    var rs = codes(q), ws = scan(rs, mode, 0), ts = [];
    var endsInLetter = rs.length > 0 && isLetter(rs[rs.length - 1]);
    ws.forEach(function (w, i) {
      var t = { toks: [], offs: [], prefix: '', pos: w.pos, span: w.n, kind: w.kind, text: w.text };
      if (w.kind === GRAM) {
        var r = Array.from(w.text);
        if (r.length === 1) { t.toks = [w.text]; t.offs = [0]; }
        else {
          // bigrams at every other offset, and the last: they cover the run
          for (var k = 0; k + 1 < r.length; k += 2) { t.toks.push(r[k] + r[k + 1]); t.offs.push(k); }
          k = r.length - 2;
          if (k % 2 === 1) { t.toks.push(r[k] + r[k + 1]); t.offs.push(k); }
        }
      } else if (w.kind === LATIN) {
        if (!isStop(w)) { t.toks = [stemOf(w.text)]; t.offs = [0]; }
        if (i === ws.length - 1 && endsInLetter && Array.from(w.text).length >= 3) t.prefix = w.text;
      } else {
        t.toks = [w.pct ? w.text + '%' : w.text]; t.offs = [0];
      }
      if (t.toks.length > 0 || t.prefix !== '') ts.push(t);
    });
    var ph = phraseTerm(ws);
    if (ph) ts.push(ph);
    return ts;
  }

  // phraseTerm is the phrase of a query of Latin words and numbers: their
  // tokens at their offsets, stop words keeping their place (query.go).
  function phraseTerm(ws) {
    var p = { toks: [], offs: [], prefix: '', pos: -1, span: 0, kind: LATIN, text: '', phrase: true };
    for (var i = 0; i < ws.length; i++) {
      var w = ws[i];
      if (w.kind === GRAM) return null;
      if (isStop(w)) continue;
      if (p.pos < 0) p.pos = w.pos;
      p.toks.push(w.kind === LATIN ? stemOf(w.text) : w.pct ? w.text + '%' : w.text);
      p.offs.push(w.pos - p.pos);
      p.span = w.pos + 1 - p.pos;
    }
    return p.toks.length >= 2 ? p : null;
  }

  // labelPhrase is the phrase of a passage number typed in Chinese
  // (二（一）3): every word's tokens at their query offsets, a character
  // alone by its own token, a longer run by its covering bigrams; null
  // without a gram run or with fewer than two tokens (query.go).
  function labelPhrase(q, mode) {
    var ws = scan(codes(q), mode, 0), p = { toks: [], offs: [], prefix: '', pos: -1, span: 0, kind: GRAM, text: '', phrase: true };
    if (!ws.some(function (w) { return w.kind === GRAM; })) return null;
    function add(tok, at) {
      if (p.pos < 0) p.pos = at;
      p.toks.push(tok);
      p.offs.push(at - p.pos);
    }
    ws.forEach(function (w) {
      if (w.kind === GRAM) {
        var r = Array.from(w.text);
        if (r.length === 1) add(w.text, w.pos);
        else {
          for (var k = 0; k + 1 < r.length; k += 2) add(r[k] + r[k + 1], w.pos + k);
          k = r.length - 2;
          if (k % 2 === 1) add(r[k] + r[k + 1], w.pos + k);
        }
      } else if (isStop(w)) return;
      else add(w.kind === LATIN ? stemOf(w.text) : w.pct ? w.text + '%' : w.text, w.pos);
      p.span = w.pos + w.n - p.pos;
    });
    return p.toks.length >= 2 ? p : null;
  }

  /* ---- synonyms and partial matches (answer.go) ---- */

  function alnum(c) { return c >= 97 && c <= 122 || c >= 48 && c <= 57; }
  // wordAt: where w first occurs in s not joined to a Latin letter or digit.
  function wordAt(s, w) {
    if (!w) return -1;
    for (var from = 0; ;) {
      var i = s.indexOf(w, from);
      if (i < 0) return -1;
      var end = i + w.length;
      var before = i > 0 && alnum(s.charCodeAt(i - 1)) && alnum(w.charCodeAt(0));
      var after = end < s.length && alnum(w.charCodeAt(w.length - 1)) && alnum(s.charCodeAt(end));
      if (!before && !after) return i;
      from = i + 1;
    }
  }
  var MAXVARIANTS = 4;
  // expand returns {variants, also}: the query with each synonym replaced.
  function expand(q, rows) {
    var qn = normalize(q), variants = [], also = [];
    (rows || []).forEach(function (row) {
      var w = row[0], i = wordAt(qn, w);
      if (i < 0) return;
      row.slice(1).forEach(function (t) {
        if (variants.length >= MAXVARIANTS || qn.indexOf(normalize(t)) >= 0) return;
        variants.push(qn.slice(0, i) + t + qn.slice(i + w.length));
        if (also.indexOf(t) < 0) also.push(t);
      });
    });
    return { variants: variants, also: also };
  }
  // splitRuns cuts gram runs of four or more characters into pieces of two.
  function splitRuns(q, mode) {
    var parts = [], cut = false;
    scan(codes(q), mode, 0).forEach(function (w) {
      if (w.kind === GRAM) {
        var r = Array.from(w.text);
        if (r.length < 4) { parts.push(w.text); return; }
        cut = true;
        for (var k = 0; k < r.length; k += 2) {
          if (r.length - k === 3) { parts.push(r.slice(k).join('')); break; }
          parts.push(r.slice(k, k + 2).join(''));
        }
      } else parts.push(w.kind === NUMBER && w.pct ? w.text + '%' : w.text);
    });
    return cut ? parts.join(' ') : '';
  }
  // suggest: glossary terms sharing a token with the query (answer.go).
  function suggest(q, gloss, mode) {
    var want = {}, qn = normalize(q), cs = [];
    tokens(q, mode).forEach(function (t) {
      var r = Array.from(t);
      if (r.length > 1 || !isHan(r[0].codePointAt(0))) want[t] = true;
    });
    (gloss || []).forEach(function (g, k) {
      if (normalize(g) === qn) return;
      var n = 0, seen = {};
      tokens(g, mode).forEach(function (t) { if (want[t] === true && !seen[t]) { seen[t] = true; n++; } });
      if (n > 0) cs.push({ term: g, n: n, k: k });
    });
    cs.sort(function (a, b) { return b.n - a.n || a.k - b.k; });
    return cs.slice(0, 5).map(function (c) { return c.term; });
  }

  /* ---- passage numbers (package cite, read.go; testdata/parse.json) ---- */

  function isDigitCh(c) { return c >= '0' && c <= '9'; }
  // foldLabel: lower case, full-width forms as ASCII, no spaces (but a
  // space between two numbers parts them).
  // Characters that show nothing (read.go invisible), and Go's space U+0085.
  var INVISIBLE = /[\u200b\u200c\u200d\u2060\ufeff\u00ad]/;
  function foldLabel(q) {
    var out = '', space = false, last = '';
    Array.from(q).forEach(function (ch) {
      var c = ch.codePointAt(0);
      if (c >= 0xFF01 && c <= 0xFF5E) ch = String.fromCharCode(c - 0xFEE0);
      else if (ch === '、' || ch === '．' || ch === '。') ch = '.';
      else if (ch === '，') ch = ',';
      if (INVISIBLE.test(ch)) return;
      if (/\s/.test(ch) || ch === '\u0085') { space = true; return; }
      if (space && isDigitCh(last) && isDigitCh(ch)) out += '.';
      space = false; last = ch;
      out += ch.toLowerCase();
    });
    return out;
  }
  var EID = /^[a-z][a-z0-9]*(_[a-z0-9]+)*(__[a-z][a-z0-9]*(_[a-z0-9]+)*)*$/;
  var URLQ = /(?:\/[a-z]{2}\/[^/]+\/|#)([a-z][a-z0-9]*(?:_[a-z0-9]+)*(?:__[a-z][a-z0-9]*(?:_[a-z0-9]+)*)*)\/?\.?$/;
  var TYPECODE = /\[[a-z]+\/ol\]/;
  var CITED = /^.*(?:》|\d{4}[〕\])】]第?\d+号\)?|令第\d+号\)?|\[\d{4}\]no\.\d+\)?)/;
  var ROWOF = /^row([0-9]+)of(table|schedule)([0-9]+)$/;
  var LETTER = /([0-9)〇零一二三四五六七八九十百两]),?([a-h])($|[第¶,])/;
  var ORDINAL = /第([0-9〇零一二三四五六七八九十百两]+|\([0-9〇零一二三四五六七八九十百两]+\))(部分|篇|编|章|节|条|款|段|项|点|行)/g;
  var STRONG = /^(?:第[0-9〇零一二三四五六七八九十百两]+(部分|篇|编|章|条)|(?:附表|附件|专栏|表)[0-9〇零一二三四五六七八九十百两]+)/;
  // A grouped project by its table, groups and number (read.go groupQuery).
  var GROUPED = /^(?:.*?(附表|schedule|表|table)([0-9]+|[〇零一二三四五六七八九十百两]+),?)?([^0-9]+?),?(?:第([0-9]+|[〇零一二三四五六七八九十百两]+)项|item([0-9]+))(?:\(([0-9]+)\))?$/;
  var WORDS = '重点项目|keyproject|项目|project|proj_?|part|book|chapter|chap\\.?|ch\\.|article|art\\.?|paragraph|para\\.?|¶|段|section|sec\\.?|subitem|item|row|no\\.|专栏|box|附表|schedule|表|table|附件|annex|appendix|attachment|att\\.?|解读|interpretation|point|序言|preamble';
  // Unnumbered headings standing alone, with their key's number (read.go standingWords).
  var STANDINGS = '前言|foreword|preface|引言|导言|introduction|总则|generalprovisions|分则|specificprovisions|附则|supplementaryprovisions|结束语|结语|concludingremarks|conclusion';
  var STANDING_N = {
    '前言': 1, foreword: 1, preface: 1, '引言': 2, '导言': 2, introduction: 2, '总则': 3, generalprovisions: 3,
    '分则': 4, specificprovisions: 4, '附则': 5, supplementaryprovisions: 5, '结束语': 6, '结语': 6, concludingremarks: 6, conclusion: 6
  };
  var STANDING = new RegExp(STANDINGS, 'g'), STANDING1 = new RegExp(STANDINGS);
  // A section's number alone (read.go sectionQuery); what a heading after
  // a label starts with (read.go titled).
  // A decimal plan's number, which a heading may follow (read.go decimalQuery).
  var DECIMAL = /^[0-9]{1,3}(?:\.[0-9]{1,3})*$/;
  var SECTION = /^\(([0-9]+|[〇零一二三四五六七八九十百两]+)\)$/, HEADSTART = /^[\p{Script=Han}“]/u, HAN = /\p{Script=Han}/u;
  // What a rule's text says after an article it refers to: no heading
  // (read.go formulaQuery).
  var FORMULA = /^[之的]?(?:规定|要求|所列|所述)(?:的|执行|办理|情形|事项)*$/;
  var WORD1 = new RegExp(WORDS), ORDINAL1 = new RegExp(ORDINAL.source);
  var WORD = new RegExp(WORDS, 'g'), WORDSTART = new RegExp('^(?:' + WORDS + '|' + STANDINGS + ')');
  var UNITS = { '部分': 'K', '篇': 'K', '编': 'E', '章': 'C', '节': '.', '条': 'R', '款': 'P', '段': 'P', '项': '.', '点': '.', '行': 'W' };
  var MARKERS = {
    '重点项目': 'J', keyproject: 'J', '项目': 'J', project: 'J', proj: 'J', proj_: 'J',
    part: 'K', book: 'E', chapter: 'C', chap: 'C', 'chap.': 'C', 'ch.': 'C',
    article: 'R', art: 'R', 'art.': 'R', paragraph: 'P', para: 'P', 'para.': 'P', '¶': 'P', '段': 'P',
    section: '.', sec: '.', 'sec.': '.', subitem: '.', item: '.', row: 'W', 'no.': '.',
    '专栏': 'B', box: 'B', '附表': 'S', schedule: 'S', '表': 'T', table: 'T',
    '附件': 'A', annex: 'A', appendix: 'A', attachment: 'A', att: 'A', 'att.': 'A', '序言': 'Q', preamble: 'Q',
    '解读': 'I', interpretation: 'I', point: 'N'
  };
  var KEYS = { H: 'std', K: 'pt', E: 'bk', C: 'ch', R: 'art', P: 'p', B: 'b', A: 'a', T: 't', S: 'st', J: 'proj', W: 'r', N: 'pnt' };
  var CN = '〇零一二三四五六七八九十百两';
  function digitValue(rs) {
    if (rs.length !== 1) return 0;
    if (rs[0] === '两') return 2;
    return Math.max(0, '〇一二三四五六七八九'.indexOf(rs[0]));
  }
  function tensValue(rs) {
    var ten = -1;
    for (var i = 0; i < rs.length; i++) {
      if (rs[i] === '十') { if (ten >= 0) return 0; ten = i; }
    }
    if (ten < 0) return digitValue(rs);
    var tens = 1, ones = 0;
    if (ten === 1) tens = digitValue(rs.slice(0, 1));
    else if (ten > 1) return 0;
    var rest = rs.length - ten - 1;
    if (rest === 1) ones = digitValue(rs.slice(ten + 1));
    else if (rest > 1) return 0;
    if (tens <= 0 || ten + 1 < rs.length && ones <= 0) return 0;
    return tens * 10 + ones;
  }
  // chineseValue reads 一 … 九百九十九 (一百零五, 一百一十二); 0 otherwise.
  function chineseValue(s) {
    var rs = Array.from(s), i = rs.indexOf('百');
    if (i < 0) return tensValue(rs);
    var h = digitValue(rs.slice(0, i)), rest = rs.slice(i + 1);
    if (h <= 0) return 0;
    if (rest.length === 0) return h * 100;
    if (rest[0] === '零') { var d = digitValue(rest.slice(1)); return d > 0 ? h * 100 + d : 0; }
    var t = tensValue(rest);
    return t >= 10 ? h * 100 + t : 0;
  }
  function roman(n) {
    var v = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
    var s = ['M', 'CM', 'D', 'CD', 'C', 'XC', 'L', 'XL', 'X', 'IX', 'V', 'IV', 'I'];
    var out = '';
    for (var i = 0; i < v.length; i++) while (n >= v[i]) { out += s[i]; n -= v[i]; }
    return out;
  }
  function romanValue(s) {
    var v = { i: 1, v: 5, x: 10, l: 50, c: 100 }, t = 0;
    for (var i = 0; i < s.length; i++) {
      var a = v[s[i]];
      if (i + 1 < s.length && v[s[i + 1]] > a) t -= a; else t += a;
    }
    return t > 0 && roman(t) === s.toUpperCase() ? t : 0;
  }
  // labelTokens splits markers and numbers into the levels of a key, or
  // null when something else is left (read.go tokens).
  function labelTokens(s) {
    var out = [], rs = Array.from(s), i = 0, j;
    function run(from, ok) { for (j = from; j < rs.length && ok(rs[j]); j++); return j; }
    function cn(c) { return CN.indexOf(c) >= 0; }
    function rn(c) { return 'ivxlc'.indexOf(c) >= 0; }
    while (i < rs.length) {
      var r = rs[i], prefix = '';
      if (r === 'Q') { out.push('pre'); i++; continue; }
      // A notice's 解读 has no number (read.go tokens).
      if (r === 'I') { out.push('i'); i++; continue; }
      if (Object.prototype.hasOwnProperty.call(KEYS, r)) {
        prefix = KEYS[r];
        // 附件 without a number: the file's one (read.go tokens)
        if (++i, r === 'A' && (i === rs.length || !(isDigitCh(rs[i]) || cn(rs[i]) || rn(rs[i])))) { out.push('a'); continue; }
        if (i === rs.length) return null;
        r = rs[i];
      } else if ('.,():'.indexOf(r) >= 0) { i++; continue; }
      var v = 0;
      if (isDigitCh(r)) { j = run(i, isDigitCh); v = parseInt(rs.slice(i, j).join(''), 10); i = j; }
      else if (cn(r)) { j = run(i, cn); v = chineseValue(rs.slice(i, j).join('')); i = j; }
      else if (rn(r)) { j = run(i, rn); v = romanValue(rs.slice(i, j).join('')); i = j; }
      if (!(v > 0)) return null;
      out.push(prefix + v);
    }
    return out;
  }
  // levels reads a folded reference without title or number (read.go).
  function levels(s) {
    if (s[0] === '(') { // （三） alone: a section of any part, s3
      var sm = SECTION.exec(s), sn = sm ? numberValue(sm[1]) : 0;
      return sn > 0 ? 's' + sn : '';
    }
    var q = s;
    // A row named before its table: row 3 of table 1 (read.go rowOfQuery).
    s = s.replace(ROWOF, '$2$3row$1');
    // A lettered sub-item's letter after its item's number (read.go letterQuery).
    s = s.replace(LETTER, function (_, p, l, next) { return p + '.' + (l.charCodeAt(0) - 96) + next; });
    s = s.replace(ORDINAL, function (_, n, unit) { return UNITS[unit] + n.replace(/^\(+|\)+$/g, '') + '.'; });
    s = s.replace(STANDING, function (m) { return 'H' + STANDING_N[m] + '.'; });
    s = s.replace(WORD, function (m) { return MARKERS[m]; });
    var t = labelTokens(s), i;
    if (!t || !t.length) return grouped(q);
    for (i = 0; i < t.length; i++) {
      if (t[i].lastIndexOf('art', 0) === 0) {
        // An article keeps its attachment and chapter (read.go levels).
        var ch = t.slice(0, i).filter(function (k) { return k.lastIndexOf('ch', 0) === 0; }).slice(-1);
        t = t.slice(0, i).filter(function (k) { return k[0] === 'a' || k === 'i'; }).concat(ch, t.slice(i));
        break;
      }
    }
    // A 解读's point is its part: i.2; any other a point through: pnt23 (read.go levels).
    for (i = 1; i < t.length; i++) {
      if (t[i - 1] === 'i' && t[i].lastIndexOf('pnt', 0) === 0) t[i] = t[i].slice(3);
    }
    for (i = 1; i < t.length; i++) {
      if ((t[i - 1][0] === 't' || t[i - 1].lastIndexOf('st', 0) === 0) && isDigitCh(t[i][0])) t[i] = 'proj' + t[i];
    }
    return t.join('.');
  }
  // numberValue reads Arabic or Chinese digits; 0 otherwise (read.go number).
  function numberValue(s) { return /^[0-9]+$/.test(s) ? parseInt(s, 10) : chineseValue(s); }
  // titled reads a label followed by its node's heading into the label's
  // key, "~" and the heading, or "" (read.go titled).
  function titled(s) {
    for (var i = s.length - 1; i > 0; i--) {
      var lab = s.slice(0, i), heading = s.slice(i);
      if (!HEADSTART.test(heading) && !(/^[0-9]/.test(heading) && /[.:)]$/.test(lab) && HAN.test(heading))) continue;
      if (!/[).:]$/.test(lab) && !WORD1.test(lab) && !ORDINAL1.test(lab) && !STANDING1.test(lab) && !DECIMAL.test(lab)) continue;
      // A Chinese numeral right after a figure starts the heading.
      if (lab.length > 1 && CN.indexOf(lab[lab.length - 1]) >= 0 && isDigitCh(lab[lab.length - 2])) continue;
      var k = levels(lab);
      if (k) return FORMULA.test(heading) ? k : k + '~' + heading;
    }
    return '';
  }
  // grouped reads a grouped project's reference into its key
  // (t4.proj5@<groups>), or "" (read.go groupedReference).
  function grouped(s) {
    var m = GROUPED.exec(s);
    if (!m) return '';
    var g = m[3].replace(/[,.·:]/g, ''), n = numberValue((m[4] || '') + (m[5] || ''));
    if (!g || !(n > 0)) return '';
    var k = 'proj' + n + (m[6] ? '.' + m[6] : '');
    if (m[1]) {
      var t = numberValue(m[2]);
      if (!(t > 0)) return '';
      k = KEYS[MARKERS[m[1]]] + t + '.' + k;
    }
    return k + '@' + g;
  }
  // label reduces a typed passage reference to a go-to key, "eid:…", or ""
  // (read.go Parse).
  function label(q) {
    q = q.trim();
    if (EID.test(q) && q.indexOf('_') >= 0) return 'eid:' + q;
    var s = foldLabel(q), m, k, i;
    if ((m = URLQ.exec(s))) return 'eid:' + m[1];
    // A GB/T 7714 reference without its permalink: the label is before
    // the document number's colon, or before the type code.
    if ((m = TYPECODE.exec(s))) {
      s = s.slice(0, m.index);
      if ((i = s.lastIndexOf(':')) > 0) s = s.slice(0, i);
    }
    // A project cited with its name (表4第3项“…”).
    // A heading may end in a quotation too: a label that reads with a
    // heading of its own is none.
    if (s.slice(-1) === '”') {
      for (i = 1; i < s.length; i++) {
        if (s[i] === '“' && (k = reference(s.slice(0, i))) && k.indexOf('~') < 0) return k + '~' + s.slice(i + 1, -1);
      }
    }
    return reference(s);
  }
  // reference reads a folded reference, perhaps after a title and number.
  function reference(s) {
    var m, k, rest, i, starts = [0];
    if ((k = levels(s))) return k;
    if ((m = CITED.exec(s))) {
      rest = s.slice(m[0].length).replace(/^[,:.]+/, '');
      return levels(rest) || titled(rest);
    }
    for (i = 1; i < s.length; i++) {
      rest = s.slice(i);
      if (STRONG.test(rest) || s[i - 1] === ',' && WORDSTART.test(rest)) {
        if ((k = levels(rest))) return k;
        starts.push(i);
      }
    }
    for (i = 0; i < starts.length; i++) if ((k = titled(s.slice(starts[i])))) return k;
    return '';
  }

  /* ---- highlighting (client only) ---- */

  // marks returns the [from, to) code-point ranges of text that the query's
  // terms match, sorted and merged.
  function marks(text, terms, mode) {
    var rs = codes(text), ws = scan(rs, mode, 0), out = [];
    function find(tq) {
      var n = 0;
      ws.forEach(function (w) {
        if (w.kind !== GRAM) return;
        for (var i = w.from; i + tq.length <= w.to; i++) {
          var k = 0;
          while (k < tq.length && rs[i + k] === tq[k]) k++;
          if (k === tq.length) { out.push([i, i + k]); n++; }
        }
      });
      return n;
    }
    // A phrase the text holds is marked whole, and its words nowhere
    // else: the reader asked for after-school, not for every school. A
    // text without it shows its words (the fallback that found it).
    var at = {};
    ws.forEach(function (w) { if (w.kind !== GRAM && !isStop(w)) at[w.pos] = w; });
    terms.forEach(function (t) {
      if (!t.phrase) return;
      ws.forEach(function (w) {
        var first = null, last = null;
        for (var k = 0; k < t.toks.length; k++) {
          var o = at[w.pos + t.offs[k]];
          if (!o || (o.kind === LATIN ? stemOf(o.text) : o.pct ? o.text + '%' : o.text) !== t.toks[k]) return;
          first = first || o;
          last = o;
        }
        out.push([first.from, last.to]);
      });
    });
    if (out.length) terms = [];
    terms.forEach(function (t) {
      if (t.phrase) return; // its words are terms of their own
      if (t.kind === GRAM) {
        // the whole run; where only its pairs occur (a scattered match),
        // the pairs, so that a snippet always shows why it was found
        if (find(codes(t.text)) === 0 && t.toks.length > 1) t.toks.forEach(function (tok) { find(codes(tok)); });
        return;
      }
      var want = t.toks[0];
      ws.forEach(function (w) {
        if (w.kind === GRAM || isStop(w) && !t.prefix) return;
        var tok = w.kind === LATIN ? stemOf(w.text) : w.text;
        if (tok === want || w.pct && w.text + '%' === want ||
            t.prefix && (tok.lastIndexOf(t.prefix, 0) === 0 || w.text.lastIndexOf(t.prefix, 0) === 0)) out.push([w.from, w.to]);
      });
    });
    out.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
    var merged = [];
    out.forEach(function (r) {
      var last = merged[merged.length - 1];
      if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
      else merged.push([r[0], r[1]]);
    });
    return merged;
  }

  // snippet cuts a window of about width characters around the densest
  // marks: {parts: [{text, mark}], before, after} (before/after: text was cut).
  function snippet(text, terms, mode, width) {
    var chars = Array.from(text), ms = marks(text, terms, mode), best = 0, bestN = -1, lead = Math.floor(width / 5);
    ms.forEach(function (m) {
      var s = Math.max(0, m[0] - lead), n = 0;
      ms.forEach(function (o) { if (o[0] >= s && o[1] <= s + width) n++; });
      if (n > bestN) { bestN = n; best = s; }
    });
    var start = Math.max(0, Math.min(best, chars.length - width)), end = Math.min(chars.length, start + width);
    if (start > 0 && mode === 'en') {
      var sp = chars.indexOf(' ', start);
      if (sp >= 0 && sp - start < 20 && (ms.length === 0 || sp < ms[0][0] || ms[0][0] < start)) start = sp + 1;
    }
    if (end < chars.length && mode === 'en') {
      var e = chars.lastIndexOf(' ', end);
      if (e > start + width / 2) end = e;
    }
    // do not open on punctuation or a space (nor skip into a mark)
    var next = ms.filter(function (m) { return m[1] > start; })[0];
    while (start > 0 && start < end && !(isHan(codes(chars[start])[0]) || /[\w\u00C0-\u024F]/.test(chars[start])) &&
      (!next || next[0] > start)) start++;
    var parts = [], at = start;
    ms.forEach(function (m) {
      var a = Math.max(m[0], start), b = Math.min(m[1], end);
      if (a >= b || a < at) return;
      if (a > at) parts.push({ text: chars.slice(at, a).join(''), mark: false });
      parts.push({ text: chars.slice(a, b).join(''), mark: true });
      at = b;
    });
    if (at < end) parts.push({ text: chars.slice(at, end).join(''), mark: false });
    return { parts: parts, before: start > 0, after: end < chars.length };
  }

  var api = {
    normalize: normalize, codes: codes, scan: scan, tokens: tokens, stem: stem, parseQuery: parseQuery, labelPhrase: labelPhrase,
    isStop: isStop, stemOf: stemOf, marks: marks, snippet: snippet, GRAM: GRAM, LATIN: LATIN, NUMBER: NUMBER,
    expand: expand, splitRuns: splitRuns, suggest: suggest, label: label
  };
  if (typeof module === 'object' && module.exports) module.exports = api;
  else root.PlansiteSearch = api;
})(typeof self !== 'undefined' ? self : this);
