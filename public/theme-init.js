// Runs before first paint. scripts/prerender.ts inlines it into every built page (a file would be a
// render-blocking request) and lets it through the Content-Security-Policy by its hash; `npm run dev`
// loads it as a file.
//
// 1. a reader who chose a theme or text size never sees a flash of the other one;
// 2. a page prerendered for one path can be served for another (the service worker and static hosts
//    answer unknown paths with index.html): then the prerendered view is hidden until the app draws
//    the right one (src/app/start-app.tsx removes the mark), instead of flashing the wrong page.
(function () {
  var d = document.documentElement;
  try {
    var raw = localStorage.getItem('broadsheet:appearance'); // the key of src/reading/appearance.ts (APPEARANCE_KEY); tests/unit/reading/appearance.test.ts keeps the two in step
    var s = raw ? JSON.parse(raw) : null;
    if (s) {
      if (s.theme === 'light' || s.theme === 'dark') d.dataset.theme = s.theme;
      if (s.textSize) d.dataset.textSize = String(s.textSize);
      if (s.font) d.dataset.font = String(s.font);
      if (s.lineWidth) d.dataset.lineWidth = String(s.lineWidth);
    }
  } catch (e) {
    /* storage unavailable: use the system theme */
  }
  var p = d.getAttribute('data-prerendered');
  if (p === null) return;
  var here = location.pathname.replace(/\/+$/, '') || '/';
  if (p !== here) d.setAttribute('data-stale-prerender', '');
})();
