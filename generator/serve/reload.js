// Plansite preview: reloads the page when the site is rebuilt, keeping the
// scroll position, and shows build errors and warnings in an overlay.
// Served by `generator serve` only; it is never part of the built site.
(function () {
  "use strict";
  var me = document.querySelector("script[data-plansite-build]");
  var build = me ? me.getAttribute("data-plansite-build") : "";
  var key = "plansite:scroll:" + location.pathname + location.search;

  // Restore the position saved before a reload. The hash is kept by the
  // reload itself; the saved position wins because the reader may have
  // scrolled on from the anchor.
  var saved = sessionStorage.getItem(key);
  if (saved !== null) {
    sessionStorage.removeItem(key);
    var restore = function () { window.scrollTo(0, Number(saved)); };
    if (document.readyState === "complete") restore();
    else window.addEventListener("load", restore);
  }

  var host = document.createElement("plansite-overlay");
  var root = host.attachShadow ? host.attachShadow({ mode: "open" }) : host;
  var css = document.createElement("style");
  css.textContent =
    ".err{position:fixed;inset:0;z-index:2147483647;background:rgba(20,20,20,.55);overflow:auto;padding:3rem .5rem;font:14px/1.5 system-ui,sans-serif}" +
    ".box{max-width:56rem;margin:0 auto;background:#fff;color:#1b1b1b;border-top:6px solid #c0392b;border-radius:4px;padding:1rem 1.25rem;box-shadow:0 8px 30px rgba(0,0,0,.3)}" +
    ".box h2{margin:0 0 .25rem;font-size:1rem;color:#c0392b}" +
    ".where{font:600 14px/1.4 ui-monospace,monospace;margin:.25rem 0}" +
    ".msg{white-space:pre-wrap;font:13px/1.5 ui-monospace,monospace;margin:.5rem 0}" +
    "pre{background:#f6f6f6;padding:.5rem;overflow:auto;font:12px/1.5 ui-monospace,monospace}" +
    "pre .here{background:#fde2e0;display:block}" +
    ".note{color:#555;font-size:12px}" +
    "button{float:right;border:0;background:none;font-size:1.25rem;cursor:pointer}" +
    ".warn{position:fixed;left:.75rem;bottom:.75rem;z-index:2147483646;max-width:min(30rem,calc(100vw - 1.5rem));box-sizing:border-box;font:12px/1.4 system-ui,sans-serif;background:#fff8e1;color:#5d4500;border:1px solid #e0c060;border-radius:4px;padding:.25rem .5rem;opacity:.9}" +
    ".warn summary{cursor:pointer}.warn ul{margin:.25rem 0;padding-left:1rem;max-height:40vh;overflow:auto}" +
    ".chk{position:fixed;left:.75rem;bottom:2.75rem;z-index:2147483646;font:12px system-ui,sans-serif;background:#eef4fb;color:#234;border:1px solid #9bb8d8;border-radius:4px;padding:.25rem .5rem;opacity:.9}" +
    ".off{position:fixed;left:50%;top:.75rem;transform:translateX(-50%);z-index:2147483646;font:12px system-ui,sans-serif;background:#eee;color:#333;border-radius:4px;padding:.25rem .5rem}";
  root.appendChild(css);
  var panel = document.createElement("div");
  root.appendChild(panel);

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function where(p) {
    if (!p.file) return "";
    if (p.place) return p.file + " (" + p.place + ")";
    return p.file + (p.line ? ":" + p.line + (p.col ? ":" + p.col : "") : "");
  }
  function attach() {
    if (!host.isConnected) (document.body || document.documentElement).appendChild(host);
  }

  function problem(box, p) {
    if (where(p)) box.appendChild(el("p", "where", where(p)));
    box.appendChild(el("p", "msg", p.message));
    if (p.source && p.source.length) {
      var pre = el("pre");
      p.source.forEach(function (l) {
        pre.appendChild(el("span", l.here ? "here" : "", l.n + "  " + l.text + "\n"));
      });
      box.appendChild(pre);
    }
  }
  function showError(p) {
    var box = el("div", "box");
    var close = el("button", "", "\u00d7");
    close.title = "Hide (Esc)";
    close.onclick = hide;
    box.appendChild(close);
    box.appendChild(el("h2", "", "Build failed"));
    problem(box, p);
    // What follows from it (a link to a passage a half-written seed lost).
    (p.follows || []).forEach(function (f) { problem(box, f); });
    box.appendChild(el("p", "note", "The last good version of the page is shown. Fix the file and save: the page reloads."));
    var wrap = el("div", "err");
    wrap.setAttribute("role", "alert");
    wrap.appendChild(box);
    return wrap;
  }
  function showWarnings(ws) {
    var d = el("details", "warn");
    d.appendChild(el("summary", "", "\u26a0 " + ws.length + (ws.length === 1 ? " warning" : " warnings")));
    var ul = el("ul");
    ws.forEach(function (w) { ul.appendChild(el("li", "", (where(w) ? where(w) + ": " : "") + w.message)); });
    d.appendChild(ul);
    return d;
  }
  function hide() { panel.textContent = ""; }
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") hide(); });

  function handle(e) {
    var s = JSON.parse(e.data);
    if (!s.error && s.build !== build) {
      sessionStorage.setItem(key, String(window.scrollY));
      location.reload();
      return;
    }
    panel.textContent = "";
    if (s.error) panel.appendChild(showError(s.error));
    if (s.warnings && s.warnings.length) panel.appendChild(showWarnings(s.warnings));
    attach();
  }

  // checking shows, while the background check runs, that pages nobody
  // has open are still being rendered: a save cancels the check, and
  // until one ends an error on those pages is not known.
  function checking(e) {
    var c = JSON.parse(e.data);
    panel.querySelectorAll(".chk").forEach(function (n) { n.remove(); });
    if (!c.running) return;
    panel.appendChild(el("div", "chk", c.all ? "Checking every page\u2026" : "Checking the pages not checked yet\u2026"));
    attach();
  }

  function offline(down) {
    panel.querySelectorAll(".off").forEach(function (n) { n.remove(); });
    if (down) {
      panel.appendChild(el("div", "off", "Preview server stopped; reconnecting\u2026"));
      attach();
    }
  }
  function message(m) {
    if (m.type === "error") offline(true);
    else if (m.type === "open") offline(false);
    else if (m.type === "check") checking({ data: m.data });
    else handle({ data: m.data });
  }

  // One stream for all tabs through a shared worker where there is one
  // (see worker.js), else a stream of this tab's own.
  if (window.SharedWorker) {
    try {
      var w = new SharedWorker("/_plansite/worker.js", { name: "plansite-preview" });
      w.port.onmessage = function (e) { message(e.data); };
      w.port.start();
      window.addEventListener("pagehide", function () { w.port.postMessage("bye"); });
      return;
    } catch (e) { /* fall through to a stream of our own */ }
  }
  if (!window.EventSource) return;
  var es = new EventSource("/_plansite/events");
  ["hello", "reload", "problem"].forEach(function (t) { es.addEventListener(t, handle); });
  es.addEventListener("check", checking);
  es.onerror = function () { offline(true); };
  es.onopen = function () { offline(false); };
})();
