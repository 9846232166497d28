// Applies the theme the user picked (if any) before the page paints; otherwise the CSS follows prefers-color-scheme.
(function () {
  try {
    var theme = localStorage.getItem('crampwise-theme');
    if (theme === 'dark' || theme === 'light') {
      document.documentElement.setAttribute('data-theme', theme);
    }
  } catch (e) { /* storage blocked: follow the system theme */ }
})();
