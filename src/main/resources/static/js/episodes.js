// The cramp diary's enhancements. Every page works without them (plain form posts); this only adds comfort.
(function () {
  'use strict';

  function clock(seconds) {
    var minutes = Math.floor(seconds / 60);
    var rest = seconds % 60;
    return minutes + ':' + (rest < 10 ? '0' : '') + rest;
  }

  // Makes an element count up from a number of seconds, measured on this device from now on (no clock skew).
  function tick(element, fromSeconds) {
    var loaded = Date.now();
    function update() {
      element.textContent = clock(fromSeconds + Math.floor((Date.now() - loaded) / 1000));
    }
    update();
    window.setInterval(update, 1000);
  }

  // "Cramp now": the running timer's elapsed time ticks.
  document.querySelectorAll('[data-elapsed]').forEach(function (output) {
    tick(output, parseInt(output.getAttribute('data-elapsed'), 10) || 0);
  });

  // Delete asks once; the server deletes only with confirmed=true (without script it shows a confirmation page).
  document.querySelectorAll('form[data-confirm]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (!window.confirm(form.getAttribute('data-confirm'))) {
        event.preventDefault();
        return;
      }
      var yes = document.createElement('input');
      yes.type = 'hidden';
      yes.name = 'confirmed';
      yes.value = 'true';
      form.appendChild(yes);
    });
  });

  // Home page: when a timer is already running (started in another tab, or before a reload), the big button
  // becomes the stop button. Without script it starts the timer, which keeps a running one, and shows stop.
  document.querySelectorAll('[data-cramp-now-home]').forEach(function (home) {
    if (!window.fetch) { return; }
    window.fetch(home.getAttribute('data-timer-url'), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (timer) {
        if (!timer || !timer.startedAt) { return; }
        var form = home.querySelector('form');
        var button = home.querySelector('button');
        form.setAttribute('action', home.getAttribute('data-stop-action'));
        button.classList.add('cramp-button-stop');
        home.querySelector('.cramp-button-label').textContent = home.getAttribute('data-stop-label');
        var since = Math.max(0, Math.floor((Date.now() - Date.parse(timer.startedAt)) / 1000));
        tick(home.querySelector('.cramp-button-hint'), since);
      })
      .catch(function () { /* leave the start button: it is idempotent */ });
  });
})();
