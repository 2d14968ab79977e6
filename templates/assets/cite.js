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

  // Go-to: labels are read by search-core.js's label(), the search box's
  // reading of package cite's Parse, loaded from this script's folder.
  var coreP = null;
  function core() {
    if (!coreP) coreP = new Promise(function (ok, fail) {
      if (window.PlansiteSearch) { ok(window.PlansiteSearch); return; }
      var s = document.createElement('script');
      s.src = new URL('search-core.js', self ? self.src : location.href).href;
      s.onload = function () { ok(window.PlansiteSearch); };
      s.onerror = function () { coreP = null; fail(new Error('search-core.js did not load')); };
      document.head.appendChild(s);
    });
    return coreP;
  }
  function parse(q) { return window.PlansiteSearch ? window.PlansiteSearch.label(q) : ''; }

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
  // several lists the passages q names when it names more than one.
  function several(q) {
    var k = parse(q);
    return map && map.ambiguous && Object.prototype.hasOwnProperty.call(map.ambiguous, k) ? map.ambiguous[k] : null;
  }
  window.plansiteGoto = { parse: parse, resolve: resolve, several: several, ready: function () { return core(); } };

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
      var id = resolve(q), ids = several(q);
      if (!id && ids && msg) {
        // A number that names several passages goes to none of them.
        msg.textContent = msg.getAttribute('data-ambiguous') + ' ';
        ids.forEach(function (eid, i) {
          if (i) msg.appendChild(document.createTextNode(' · '));
          var a = msg.appendChild(document.createElement('a'));
          a.href = f.getAttribute('data-plan') + '#' + eid;
          // named by its citation label and title as the page's list
          // has them, else by its eId
          var row = document.querySelector('.goto-list a[href$="#' + CSS.escape(eid) + '"]');
          row = row && row.closest('tr');
          var label = row && row.cells.length > 2 ? row.cells[1].textContent : '', title = label ? row.cells[2].textContent : '';
          a.textContent = !label ? eid : title && label.indexOf(title) < 0 ? label + ' ' + title : label;
        });
        return false;
      }
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
      var q = input.value;
      core().then(function () { go(q, false); });
    });
    // On the go-to page, a ?q= from a form submitted before the script ran.
    var q = new URLSearchParams(location.search).get('q');
    if (q && document.body.classList.contains('page-goto')) {
      input.value = q;
      core().then(function () { go(q, true); });
    }
  });
})();
