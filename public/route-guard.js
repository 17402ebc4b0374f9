// Runs before first paint on prerendered pages. A page prerendered for one path can be served for
// another (the service worker and static hosts answer unknown paths with index.html): then hide the
// prerendered view until the app draws the right one (src/main.tsx removes the mark), instead of
// flashing the wrong page. A classic, same-origin script so the Content-Security-Policy allows it.
(function () {
  var d = document.documentElement;
  var p = d.getAttribute('data-prerendered');
  if (p === null) return;
  var here = location.pathname.replace(/\/+$/, '') || '/';
  if (p !== here) d.setAttribute('data-stale-prerender', '');
})();
