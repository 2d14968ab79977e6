// The library's filters, instantly (templates/partials/library.html,
// generator/site/library.go). Without script every filter link leads to a
// page listing that value's plans; with it the same links filter the cards
// in place, several facets at once, and sort them; the address follows:
// the clean URL of a single filter (the page a reader without script gets
// too), or the home page with ?issuer=…&year=…&sort=title for several.
// A filter page lists only its own plans, so the script takes the whole
// list from the home page before combining filters.
(function () {
  var root = document.querySelector('[data-library]');
  if (!root || !window.history || !window.URL || !window.fetch) return;
  var facets = ['issuer', 'year', 'topic', 'type', 'status'];
  var home = new URL(root.getAttribute('data-home'), location.href);
  var list = root.querySelector('[data-lib-list]');
  var heading = document.querySelector('[data-lib-heading]');
  var switcher = document.querySelector('a[data-lang-switch]');
  document.documentElement.classList.add('js-library');

  // Relative links stop working once the address changes: make them
  // absolute first (fragments stay, they name this page).
  function absolute(scope, base) {
    scope.querySelectorAll('a[href]').forEach(function (a) {
      var h = a.getAttribute('href');
      if (h.charAt(0) !== '#') a.setAttribute('href', new URL(h, base).href);
    });
  }
  absolute(document, location.href);
  document.querySelectorAll('form[action]').forEach(function (f) { f.setAttribute('action', f.action); });

  // The page's address below the library's home: '' for the home itself,
  // 'plans/year/2022/' for a filter.
  function below(u) {
    return u.pathname.indexOf(home.pathname) === 0 ? u.pathname.slice(home.pathname.length) : '';
  }
  // The other language's home: the switch's address less the same tail.
  var otherHome = null;
  if (switcher) {
    var sw = new URL(switcher.href), tail = below(new URL(location.href));
    if (sw.pathname.slice(sw.pathname.length - tail.length) === tail) {
      otherHome = new URL(sw.pathname.slice(0, sw.pathname.length - tail.length), sw);
    }
  }

  function readState() {
    var s = { sort: 'date' };
    var m = below(new URL(location.href)).match(/^plans\/(issuer|year|topic|type|status)\/([^/]+)\/(by-title\/)?$/);
    if (m) {
      s[m[1]] = decodeURIComponent(m[2]);
      if (m[3]) s.sort = 'title';
    } else if (below(new URL(location.href)) === 'plans/by-title/') {
      s.sort = 'title';
    }
    var q = new URLSearchParams(location.search);
    facets.forEach(function (f) { if (q.get(f)) s[f] = q.get(f); });
    if (q.get('sort') === 'title') s.sort = 'title';
    return s;
  }

  // tailOf is the address of a state below a language's home.
  function tailOf(s) {
    var chosen = facets.filter(function (f) { return s[f]; });
    var title = s.sort === 'title';
    if (chosen.length === 1) {
      return 'plans/' + chosen[0] + '/' + encodeURIComponent(s[chosen[0]]) + '/' + (title ? 'by-title/' : '');
    }
    if (chosen.length === 0) return title ? 'plans/by-title/' : '';
    var q = new URLSearchParams();
    chosen.forEach(function (f) { q.set(f, s[f]); });
    if (title) q.set('sort', 'title');
    return '?' + q.toString();
  }

  function cards() { return Array.prototype.slice.call(list.children); }

  // has reports whether card has value v of facet f: a card lists its
  // values space-separated (a plan issued jointly has several issuers).
  function has(card, f, v) {
    return (card.getAttribute('data-' + f) || '').split(' ').indexOf(v) >= 0;
  }

  function matches(card, s, except) {
    return facets.every(function (f) {
      return f === except || !s[f] || has(card, f, s[f]);
    });
  }

  var state = readState();

  function apply() {
    var s = state, shown = 0;
    var rank = s.sort === 'title' ? 'data-title-rank' : 'data-date-rank';
    cards().sort(function (a, b) { return a.getAttribute(rank) - b.getAttribute(rank); })
      .forEach(function (c) {
        list.appendChild(c);
        c.hidden = !matches(c, s);
        if (!c.hidden) shown++;
      });
    root.querySelector('[data-lib-shown]').textContent = shown;
    root.querySelector('[data-lib-none]').hidden = shown > 0;
    var names = [];
    root.querySelectorAll('[data-facet-group] a[data-facet]').forEach(function (a) {
      var f = a.getAttribute('data-facet'), v = a.getAttribute('data-value');
      var n = cards().filter(function (c) { return has(c, f, v) && matches(c, s, f); }).length;
      a.querySelector('.lib-count').textContent = n;
      var on = s[f] === v;
      if (on) {
        a.setAttribute('aria-current', 'true');
        var label = a.closest('[data-facet-group]').querySelector('h2').textContent;
        names.push({ label: label, name: a.querySelector('.lib-name') });
      } else {
        a.removeAttribute('aria-current');
      }
      a.classList.toggle('lib-empty', n === 0 && !on);
      a.href = new URL(tailOf(toggled(s, f, v)), home).href;
    });
    var all = root.querySelector('a[data-lib-clear]');
    if (names.length) all.removeAttribute('aria-current'); else all.setAttribute('aria-current', 'true');
    all.href = new URL(tailOf({ sort: s.sort }), home).href;
    root.querySelectorAll('a[data-sort]').forEach(function (a) {
      var t = {}; for (var k in s) t[k] = s[k];
      t.sort = a.getAttribute('data-sort');
      a.href = new URL(tailOf(t), home).href;
      if (t.sort === s.sort) a.setAttribute('aria-current', 'true'); else a.removeAttribute('aria-current');
    });
    if (heading) {
      heading.textContent = '';
      if (!names.length) heading.textContent = root.getAttribute('data-all-title');
      names.forEach(function (x, i) {
        if (i) heading.appendChild(document.createTextNode(' · '));
        heading.appendChild(document.createTextNode(x.label + (document.documentElement.lang.indexOf('zh') === 0 ? '：' : ': ')));
        heading.appendChild(x.name.cloneNode(true));
      });
    }
    if (switcher && otherHome) {
      switcher.href = new URL(tailOf(s), otherHome).href;
      switcher.setAttribute('data-keep-query', '');
    }
  }

  // toggled is the state with facet f set to v, or cleared if it was v.
  function toggled(s, f, v) {
    var t = {}; for (var k in s) t[k] = s[k];
    if (t[f] === v) delete t[f]; else t[f] = v;
    return t;
  }

  function go(next) {
    state = next;
    history.pushState(null, '', new URL(tailOf(state), home).href);
    apply();
  }

  root.addEventListener('click', function (e) {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    var a = e.target.closest('a');
    if (!a || !root.contains(a)) return;
    var next;
    if (a.hasAttribute('data-facet')) {
      next = toggled(state, a.getAttribute('data-facet'), a.getAttribute('data-value'));
      // A card's issuer, year or topic narrows to it rather than toggling.
      if (!a.closest('[data-facet-group]')) next[a.getAttribute('data-facet')] = a.getAttribute('data-value');
    } else if (a.hasAttribute('data-sort')) {
      next = toggled(state, 'sort', a.getAttribute('data-sort'));
      next.sort = a.getAttribute('data-sort');
    } else if (a.hasAttribute('data-lib-clear')) {
      next = { sort: state.sort };
    } else {
      return;
    }
    e.preventDefault();
    go(next);
    if (!a.closest('[data-facet-group]') && !a.closest('.lib-bar')) root.scrollIntoView({ block: 'start' });
  });
  window.addEventListener('popstate', function () { state = readState(); apply(); });

  // On a phone the filters fold, so that the plans come first.
  if (window.matchMedia && matchMedia('(max-width: 59.99rem)').matches) {
    root.querySelectorAll('details[data-fold]').forEach(function (d) { d.open = false; });
  }

  apply();
  if (root.hasAttribute('data-complete')) {
    root.setAttribute('data-ready', '');
    return;
  }
  // A filter page: take every card from the home page, then filter again.
  fetch(home.href).then(function (r) {
    if (!r.ok) throw new Error(r.status);
    return r.text();
  }).then(function (text) {
    var doc = new DOMParser().parseFromString(text, 'text/html');
    var all = doc.querySelector('[data-lib-list]');
    if (!all) return;
    absolute(all, home.href);
    list.replaceChildren.apply(list, Array.prototype.map.call(all.children, function (c) { return document.importNode(c, true); }));
    root.setAttribute('data-complete', '');
    apply();
  }).catch(function () {}).then(function () { root.setAttribute('data-ready', ''); });
})();
