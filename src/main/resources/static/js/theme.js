// Applies the theme the user picked (if any) before the page paints; otherwise the CSS follows prefers-color-scheme.
(function () {
  try {
    var theme = localStorage.getItem('crampwise-theme');
    if (theme === 'dark' || theme === 'light') {
      document.documentElement.setAttribute('data-theme', theme);
    }
  } catch (e) { /* storage blocked: follow the system theme */ }
})();

// Night (20:00-07:00 on this device's clock, the user's own time): html[data-night] dims the bright pages (CSS).
(function () {
  var NIGHT_FROM_HOUR = 20;
  var NIGHT_TO_HOUR = 7;
  var hour = new Date().getHours();
  if (hour >= NIGHT_FROM_HOUR || hour < NIGHT_TO_HOUR) {
    document.documentElement.setAttribute('data-night', '');
  }
})();
