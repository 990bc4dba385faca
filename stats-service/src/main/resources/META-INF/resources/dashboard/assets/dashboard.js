// Keeps an open dashboard page live. The page is complete without this script (every figure is in the
// server's HTML); here we only listen to the totals' Server-Sent Events stream and, on each change,
// fetch the same URL again and swap in the parts marked data-live. Some forty lines of our own instead
// of a library: nothing else on the page needs one.
(function () {
  "use strict";
  var main = document.querySelector("main[data-stream]");
  if (!main || !window.EventSource || !window.fetch || !window.DOMParser) {
    return;
  }
  var busy = false;
  var again = false;

  function refresh() {
    if (busy) {
      again = true;
      return;
    }
    busy = true;
    fetch(window.location.href, { headers: { "Accept": "text/html" }, cache: "no-store" })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (html === null) {
          return;
        }
        var fresh = new DOMParser().parseFromString(html, "text/html");
        document.querySelectorAll("[data-live][id]").forEach(function (old) {
          var replacement = fresh.getElementById(old.id);
          if (replacement && replacement.innerHTML !== old.innerHTML) {
            old.innerHTML = replacement.innerHTML;
          }
        });
        markLive();
      })
      .catch(function () { /* the next change tries again */ })
      .finally(function () {
        busy = false;
        if (again) {
          again = false;
          refresh();
        }
      });
  }

  function markLive() {
    document.querySelectorAll(".live-indicator").forEach(function (el) { el.hidden = false; });
  }

  var stream = new EventSource(main.getAttribute("data-stream"));
  // the stream's first event is the state at the moment of subscribing, which may already be newer
  // than the page the server rendered a moment before: refresh on every event, the first included
  stream.onmessage = refresh;
  stream.onopen = markLive;
})();
