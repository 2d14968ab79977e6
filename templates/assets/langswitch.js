// The language switch leads to the same page in the other language; pages
// share eIds, so this keeps the reader's place too: it adds the current
// #anchor or, when the reader has scrolled without one, the passage at the
// top of the window. Without JavaScript the link still goes to the page.
document.addEventListener('click', function (e) {
  var a = e.target.closest && e.target.closest('a[data-lang-switch]');
  if (!a) return;
  var hash = location.hash;
  if (!hash && window.scrollY > 0) {
    // The innermost passage that starts above the top of the window and
    // is still on screen: nodes nest, so keep the last one in document order.
    var nodes = document.querySelectorAll('[data-eid]');
    for (var i = 0; i < nodes.length; i++) {
      var r = nodes[i].getBoundingClientRect();
      if (r.bottom > 0 && (r.top <= 8 || !hash)) hash = '#' + nodes[i].id;
      if (r.top > 8) break;
    }
  }
  // The search results page keeps its query (?q=…), so the same search
  // runs in the other language.
  // The library keeps its filters (library.js sets the link's own query).
  var query = document.body.classList.contains('page-search') ? location.search : '';
  if (a.hasAttribute('data-keep-query')) query = a.search;
  a.href = a.href.split(/[?#]/)[0] + query + hash;
});
