// Runs before first paint. scripts/prerender.ts inlines it into every built page (a file would be a
// render-blocking request) and lets it through the Content-Security-Policy by its hash; `npm run dev`
// loads it as a file.
//
// 1. a reader who chose a theme or text size never sees a flash of the other one;
// 2. a page prerendered for one path can be served for another (the service worker and static hosts
//    answer unknown paths with index.html): then the prerendered view is hidden until the app draws
//    the right one (src/app/start-app.tsx removes the mark), instead of flashing the wrong page;
// 3. a press on a button that needs the app (the build disables those, for readers with no JavaScript)
//    is not lost while a long page is still being parsed, before the app's first script runs: each is
//    enabled as it is parsed, and a press is held and shown as taken (data-held) for
//    src/app/takeover/early-clicks.ts, which takes the held presses over (EARLY_TAPS there).
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
  if (typeof MutationObserver === 'function' && document.querySelectorAll) {
    var held = [];
    var hold = function (e) {
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      var b = e.target && e.target.closest ? e.target.closest('#root button[data-until-live]') : null;
      if (!b) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      b.setAttribute('data-held', '');
      held.push(b);
    };
    var enable = function () {
      var found = document.querySelectorAll('#root button[data-until-live][disabled]');
      for (var i = 0; i < found.length; i++) found[i].removeAttribute('disabled');
    };
    var parsing = new MutationObserver(enable);
    parsing.observe(d, { childList: true, subtree: true });
    addEventListener('click', hold, true);
    window[Symbol.for('broadsheet:early-taps')] = {
      held: held,
      stop: function () {
        parsing.disconnect();
        removeEventListener('click', hold, true);
      },
    };
  }
  var p = d.getAttribute('data-prerendered');
  if (p === null) return;
  var here = location.pathname.replace(/\/+$/, '') || '/';
  if (p !== here) d.setAttribute('data-stale-prerender', '');
})();
