// Plansite preview: one event stream shared by every open tab of the
// preview. A browser opens at most six connections to a host over HTTP/1.1,
// so one EventSource per tab would stall the seventh tab; this shared worker
// holds the only one and passes each event to every tab.
"use strict";
var ports = [];
var last = null; // the latest status, for tabs that connect later
var check = null; // the background check's latest state, likewise
var open = false;

function tell(msg) {
  ports.forEach(function (p) { p.postMessage(msg); });
}

var es = new EventSource("/_plansite/events");
["hello", "reload", "problem"].forEach(function (type) {
  es.addEventListener(type, function (e) {
    last = e.data;
    tell({ type: type, data: e.data });
  });
});
es.addEventListener("check", function (e) {
  check = e.data;
  tell({ type: "check", data: e.data });
});
es.onopen = function () { open = true; tell({ type: "open" }); };
es.onerror = function () { open = false; tell({ type: "error" }); };

onconnect = function (e) {
  var port = e.ports[0];
  ports.push(port);
  port.onmessage = function (m) {
    if (m.data === "bye") ports = ports.filter(function (p) { return p !== port; });
  };
  port.start();
  if (last !== null) port.postMessage({ type: "hello", data: last });
  if (check !== null) port.postMessage({ type: "check", data: check });
  if (!open && es.readyState !== EventSource.CONNECTING) port.postMessage({ type: "error" });
};
