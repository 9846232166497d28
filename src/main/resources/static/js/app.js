// Small progressive enhancements shared by every page. Pages work without them.
(function () {
  'use strict';

  // Theme toggle: switches between light and dark and remembers the choice on this device.
  function currentTheme() {
    var chosen = document.documentElement.getAttribute('data-theme');
    if (chosen) { return chosen; }
    return window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }
  document.querySelectorAll('[data-theme-toggle]').forEach(function (button) {
    button.setAttribute('aria-pressed', String(currentTheme() === 'dark'));
    button.addEventListener('click', function () {
      var next = currentTheme() === 'dark' ? 'light' : 'dark';
      document.documentElement.setAttribute('data-theme', next);
      button.setAttribute('aria-pressed', String(next === 'dark'));
      try { localStorage.setItem('crampwise-theme', next); } catch (e) { /* not remembered */ }
    });
  });

  // Fill hidden time-zone fields from the browser, so times show in the user's own zone.
  document.querySelectorAll('input[data-browser-time-zone]').forEach(function (input) {
    if (!input.value) {
      try { input.value = Intl.DateTimeFormat().resolvedOptions().timeZone || ''; } catch (e) { /* leave empty */ }
    }
  });
})();
