// Runs before first paint so a reader who chose a theme or text size never sees a flash of the
// other one. A classic, same-origin script so the Content-Security-Policy allows it.
(function () {
  try {
    var raw = localStorage.getItem('broadsheet:appearance');
    if (!raw) return;
    var s = JSON.parse(raw);
    var d = document.documentElement;
    if (s.theme === 'light' || s.theme === 'dark') d.dataset.theme = s.theme;
    if (s.textSize) d.dataset.textSize = String(s.textSize);
    if (s.font) d.dataset.font = String(s.font);
    if (s.lineWidth) d.dataset.lineWidth = String(s.lineWidth);
  } catch (e) {
    /* storage unavailable: use the system theme */
  }
})();
