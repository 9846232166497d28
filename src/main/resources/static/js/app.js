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
  // a11y: the navigation menu (a <details>) closes with Escape, returning focus to "Menu", and when a tap lands
  // outside it; the link to the page on screen is marked as the current page.
  document.querySelectorAll('[data-nav-menu]').forEach(function (menu) {
    var summary = menu.querySelector('summary');
    menu.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && menu.open) {
        menu.open = false;
        summary.focus();
      }
    });
    document.addEventListener('click', function (event) {
      if (menu.open && !menu.contains(event.target)) { menu.open = false; }
    });
  });
  // a11y: a calendar day's label, shown by the stylesheet on hover and focus, covers the days above it: Escape hides
  // it until the pointer leaves that day or the focus moves (WCAG 1.4.13, content on hover or focus).
  document.querySelectorAll('.calendar-months').forEach(function (months) {
    function show() { months.removeAttribute('data-tooltip-hidden'); }
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape') { months.setAttribute('data-tooltip-hidden', ''); }
    });
    months.addEventListener('focusin', show);
    months.addEventListener('mouseout', function (event) {
      var day = event.target.closest('a');
      if (day && !day.contains(event.relatedTarget)) { show(); }
    });
  });
  document.querySelectorAll('.site-nav a[href]').forEach(function (link) {
    if (link.pathname === window.location.pathname) { link.setAttribute('aria-current', 'page'); }
  });
  // a11y: a row of buttons that each choose one value ([data-radio-group]) is one tab stop, as a radio group is:
  // Tab reaches the chosen one (or the first), the arrow keys, Home and End move along, Enter or Space chooses.
  document.querySelectorAll('[data-radio-group]').forEach(function (group) {
    var buttons = Array.prototype.slice.call(group.querySelectorAll('button'));
    if (!buttons.length) { return; }
    var legend = group.closest('fieldset') && group.closest('fieldset').querySelector('legend');
    group.setAttribute('role', 'radiogroup');
    if (legend) {
      if (!legend.id) { legend.id = (group.id || 'choice') + '-legend'; }
      group.setAttribute('aria-labelledby', legend.id);
    }
    var chosen = null;
    buttons.forEach(function (button) {
      var checked = button.getAttribute('aria-pressed') === 'true';
      button.removeAttribute('aria-pressed');
      button.setAttribute('role', 'radio');
      button.setAttribute('aria-checked', String(checked));
      button.tabIndex = -1;
      if (checked) { chosen = button; }
    });
    (chosen || buttons[0]).tabIndex = 0;
    group.addEventListener('keydown', function (event) {
      var at = buttons.indexOf(document.activeElement);
      if (at < 0) { return; }
      var next = { ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1,
        Home: 0, End: buttons.length - 1 }[event.key];
      if (next === undefined) { return; }
      event.preventDefault();
      next = (next + buttons.length) % buttons.length;
      buttons[at].tabIndex = -1;
      buttons[next].tabIndex = 0;
      buttons[next].focus();
    });
  });

  // a11y: a form that comes back to the same page after a choice ([data-keep-focus]) gives focus back to the
  // control that was used, instead of the top of the page.
  var focusKey = 'crampwise-focus';
  document.querySelectorAll('form[data-keep-focus]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      var used = event.submitter || document.activeElement;
      if (used && used.id) {
        try { sessionStorage.setItem(focusKey, window.location.pathname + '#' + used.id); } catch (e) { /* none */ }
      }
    });
  });
  try {
    var kept = sessionStorage.getItem(focusKey);
    sessionStorage.removeItem(focusKey);
    if (kept && kept.indexOf(window.location.pathname + '#') === 0) {
      var target = document.getElementById(kept.substring(kept.indexOf('#') + 1));
      // a warning sign that raised an urgent flag: the flag, not the sign, is what must be seen now
      var flag = document.getElementById('urgent-flag');
      if (target && flag && target.classList.contains('quick-sign')) {
        flag.tabIndex = -1;
        target = flag;
      }
      if (target) { target.focus(); }
    }
  } catch (e) { /* focus stays at the top */ }
})();
