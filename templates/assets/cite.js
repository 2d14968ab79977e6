// cite.js: copy buttons for the citations printed in the page, today's date
// as the date of citation, the go-to box, and redirects of retired #eIds.
// Everything works without it: the citations can be selected by hand and
// the go-to form GETs a page listing every label.
(function () {
  'use strict';
  var self = document.currentScript;
  var said = { ok: self ? self.getAttribute('data-copied') : 'OK', fail: self ? self.getAttribute('data-copy-failed') : '' };

  function pad(n) { return (n < 10 ? '0' : '') + n; }
  function today() {
    var d = new Date();
    return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate());
  }

  // The build printed its own date; a reader citing today cites today.
  var date = today();
  document.querySelectorAll('time.cite-date').forEach(function (t) {
    t.textContent = date;
    t.setAttribute('datetime', date);
  });

  // Copy: the clipboard API where the page may use it, else a selected
  // textarea and execCommand. The copied text is also left on the status
  // element (data-copied), where a reader or a test can see what was copied.
  document.querySelectorAll('[data-copy]').forEach(function (b) { b.hidden = false; });

  function fallbackCopy(text) {
    var ta = document.createElement('textarea');
    ta.value = text;
    ta.setAttribute('readonly', '');
    ta.style.position = 'fixed';
    ta.style.top = '0';
    ta.style.opacity = '0';
    document.body.appendChild(ta);
    ta.select();
    var ok = false;
    try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
    document.body.removeChild(ta);
    return ok;
  }

  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).then(
        function () { return true; },
        function () { return fallbackCopy(text); });
    }
    return Promise.resolve(fallbackCopy(text));
  }

  function selectText(el) {
    var r = document.createRange();
    r.selectNodeContents(el);
    var s = window.getSelection();
    s.removeAllRanges();
    s.addRange(r);
  }

  document.addEventListener('click', function (e) {
    var b = e.target.closest && e.target.closest('[data-copy]');
    if (!b) return;
    var row = b.closest('.cite-row');
    var src = row && row.querySelector('.cite-v');
    if (!src) return;
    var text = src.textContent.replace(/\s+/g, ' ').trim();
    var box = b.closest('.cite-panel, .cite-block');
    var status = box && box.querySelector('.cite-status');
    copy(text).then(function (ok) {
      if (!ok) selectText(src);
      if (status) {
        status.textContent = ok ? said.ok : said.fail;
        status.setAttribute('data-copied', ok ? text : '');
      }
    });
  });

  // Print buttons need a script to print: they show only with one.
  document.querySelectorAll('[data-print]').forEach(function (b) {
    b.hidden = false;
    b.addEventListener('click', function () { window.print(); });
  });

  // A tap on a passage shows its cite control (a touch screen has no
  // hover); a tap elsewhere hides it again.
  var shown = null;
  document.addEventListener('click', function (e) {
    var t = e.target;
    if (!t.closest || t.closest('a, button, summary, .cite')) return;
    var c = null, p = t.closest('p.node, .node > .heading');
    if (p && p.matches('p.node')) c = p.previousElementSibling;
    else if (p) c = p.parentNode.querySelector(':scope > .cite');
    if (c && !c.classList.contains('cite')) c = null;
    if (shown && shown !== c) shown.classList.remove('show');
    if (c) c.classList.add('show');
    shown = c;
  });

  // Go-to: the same reading of a label as package cite's Parse.
  function fold(q) {
    var out = '';
    for (var i = 0; i < q.length; i++) {
      var c = q.charCodeAt(i), ch = q.charAt(i);
      if (c >= 0xFF01 && c <= 0xFF5E) ch = String.fromCharCode(c - 0xFEE0);
      else if (ch === '、' || ch === '．' || ch === '。') ch = '.';
      else if (ch === '，') ch = ',';
      if (/\s/.test(ch)) continue;
      out += ch.toLowerCase();
    }
    return out;
  }

  var CN = '〇零一二三四五六七八九十两';
  var CNV = { '〇': 0, '零': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9 };
  function chineseValue(s) {
    var rs = Array.from(s), ten = -1;
    for (var i = 0; i < rs.length; i++) {
      if (rs[i] === '十') { if (ten >= 0) return 0; ten = i; }
    }
    if (ten < 0) return rs.length === 1 ? CNV[rs[0]] : 0;
    var tens = 1, ones = 0;
    if (ten === 1) tens = CNV[rs[0]];
    else if (ten > 1) return 0;
    var rest = rs.length - ten - 1;
    if (rest === 1) ones = CNV[rs[ten + 1]];
    else if (rest > 1) return 0;
    return tens * 10 + ones;
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
  function num(s) { return String(parseInt(s, 10)); }

  function tokens(s) {
    var out = [], rs = Array.from(s), i = 0, j;
    var digit = function (c) { return c >= '0' && c <= '9'; };
    while (i < rs.length) {
      var r = rs[i];
      if (r === '.' || r === ',' || r === '(' || r === ')') { i++; continue; }
      if (rs.slice(i, i + 3).join('') === 'pre') { out.push('pre'); i += 3; continue; }
      if ((r === 'p' || r === 'b' || r === 'a') && i + 1 < rs.length && digit(rs[i + 1])) {
        for (j = i + 1; j < rs.length && digit(rs[j]); j++);
        out.push(r + num(rs.slice(i + 1, j).join(''))); i = j; continue;
      }
      if (digit(r)) {
        for (j = i; j < rs.length && digit(rs[j]); j++);
        out.push(num(rs.slice(i, j).join(''))); i = j; continue;
      }
      if (CN.indexOf(r) >= 0) {
        for (j = i; j < rs.length && CN.indexOf(rs[j]) >= 0; j++);
        var c = chineseValue(rs.slice(i, j).join(''));
        if (!c) return null;
        out.push(String(c)); i = j; continue;
      }
      if ('ivxlc'.indexOf(r) >= 0) {
        for (j = i; j < rs.length && 'ivxlc'.indexOf(rs[j]) >= 0; j++);
        var v = romanValue(rs.slice(i, j).join(''));
        if (!v) return null;
        out.push(String(v)); i = j; continue;
      }
      return null;
    }
    return out;
  }

  function parse(q) {
    q = q.trim();
    if (/^[a-z][a-z0-9]*(_[a-z0-9]+)*(__[a-z][a-z0-9]*(_[a-z0-9]+)*)*$/.test(q) && q.indexOf('_') >= 0) return 'eid:' + q;
    var s = fold(q), m;
    if ((m = /^(?:重点项目|项目|keyproject|project|proj_?)(\d+)$/.exec(s))) return 'proj' + num(m[1]);
    if ((m = /^(?:表|table)\d+,?(?:第|item|row|no\.?)?(\d+)项?$/.exec(s))) return 'proj' + num(m[1]);
    if ((m = /^(?:表|table)(\d+)$/.exec(s))) return 't' + num(m[1]);
    if (s.indexOf('part') === 0) s = s.slice(4);
    s = s.replace(/^第(.+?)部分/, '$1.');
    s = s.replace(/(?:第(\d+)段|(?:¶|paragraph|para\.?|段)(\d+))/g, function (_, a, b) { return '.p' + (a || '') + (b || ''); });
    s = s.replace(/(?:专栏|box)(\d+)/g, '.b$1');
    s = s.replace(/^(?:序言|preamble)/, 'pre.');
    s = s.replace(/^(?:附件|annex|att\.?)(\d+)/, 'a$1.');
    s = s.split('.part').join('.').split(',part').join('.');
    var t = tokens(s);
    return t ? t.join('.') : '';
  }

  var mapEl = document.getElementById('goto-map');
  var map = mapEl ? JSON.parse(mapEl.textContent) : null;

  function resolve(q) {
    if (!map) return null;
    var k = parse(q);
    if (k.indexOf('eid:') === 0) {
      var id = k.slice(4);
      if (map.moved[id]) return map.moved[id];
      return map.ids.indexOf(id) >= 0 ? id : null;
    }
    return k && map.keys[k] ? map.keys[k] : null;
  }
  window.plansiteGoto = { parse: parse, resolve: resolve };

  // Fragment aliases: #old on the plan page becomes #new.
  function moved() {
    if (!map) return;
    var h = decodeURIComponent(location.hash.slice(1));
    if (h && map.moved[h] && !document.getElementById(h)) location.replace('#' + map.moved[h]);
  }
  moved();
  window.addEventListener('hashchange', moved);

  document.querySelectorAll('form[data-goto]').forEach(function (f) {
    var input = f.querySelector('input[name=q]');
    var msg = f.querySelector('.goto-msg');
    function go(q, replace) {
      var id = resolve(q);
      if (!id) {
        if (msg) msg.textContent = msg.getAttribute('data-not-found') + ' ' + q;
        return false;
      }
      if (msg) msg.textContent = '';
      var url = f.getAttribute('data-plan') + '#' + id;
      if (replace) location.replace(url); else location.href = url;
      return true;
    }
    f.addEventListener('submit', function (e) {
      e.preventDefault();
      go(input.value, false);
    });
    // On the go-to page, a ?q= from a form submitted before the script ran.
    var q = new URLSearchParams(location.search).get('q');
    if (q && document.body.classList.contains('page-goto')) {
      input.value = q;
      go(q, true);
    }
  });
})();
