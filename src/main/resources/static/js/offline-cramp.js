// "Cramp now" without a network. On both "cramp now" pages this registers the service worker (cramp-now-sw.js)
// and sends what the phone kept; on the offline page (which the service worker shows when the network is down) it
// times the cramp on the phone. Each cramp is one IndexedDB record with its own idempotency key, sent with
// POST /api/v1/episodes/timed until the server has it: a resend of the same key stores nothing new, so it is saved
// exactly once even when an answer is lost. An intensity tapped offline follows as a quick choice.
(function () {
  'use strict';

  var config = document.querySelector('[data-offline-config]');
  if (!config || !window.indexedDB || !window.fetch) { return; }
  var page = document.querySelector('[data-offline-cramp]');
  var status = document.getElementById('offline-status');

  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register(config.getAttribute('data-sw-url'), { scope: config.getAttribute('data-sw-scope') })
      .catch(function () { /* no offline page on this browser; online works as before */ });
  }

  // ---- the store on this phone ----
  function open() {
    return new Promise(function (resolve, reject) {
      var request = indexedDB.open('crampwise', 1);
      request.onupgradeneeded = function () { request.result.createObjectStore('cramps', { keyPath: 'key' }); };
      request.onsuccess = function () { resolve(request.result); };
      request.onerror = function () { reject(request.error); };
    });
  }
  function store(mode, work) {
    return open().then(function (db) {
      return new Promise(function (resolve, reject) {
        var tx = db.transaction('cramps', mode);
        var result = work(tx.objectStore('cramps'));
        tx.oncomplete = function () { resolve(result && result.result !== undefined ? result.result : result); };
        tx.onerror = function () { reject(tx.error); };
      });
    });
  }
  function all() { return store('readonly', function (cramps) { return cramps.getAll(); }); }
  function put(cramp) { return store('readwrite', function (cramps) { cramps.put(cramp); }); }
  // what the server has, kept two days so the page can still offer its details, then forgotten
  function prune(cramps) {
    var old = cramps.filter(function (c) {
      return c.state !== 'running' && c.state !== 'stopped' && !c.intensityToSend && Date.now() - c.startMs > 2 * 86400000;
    });
    if (!old.length) { return Promise.resolve(cramps); }
    return store('readwrite', function (store) { old.forEach(function (c) { store.delete(c.key); }); })
      .then(function () { return all(); });
  }

  function newKey() {
    if (window.crypto && crypto.randomUUID) { return crypto.randomUUID(); }
    var bytes = crypto.getRandomValues(new Uint8Array(16));
    return Array.prototype.map.call(bytes, function (b) { return (b + 256).toString(16).slice(1); }).join('');
  }
  function two(n) { return (n < 10 ? '0' : '') + n; }
  // the device's local time with its offset, as the API wants it: 2026-11-20T02:14:07+01:00
  function localIso(date) {
    var offset = -date.getTimezoneOffset();
    var sign = offset >= 0 ? '+' : '-';
    offset = Math.abs(offset);
    return date.getFullYear() + '-' + two(date.getMonth() + 1) + '-' + two(date.getDate()) + 'T' +
      two(date.getHours()) + ':' + two(date.getMinutes()) + ':' + two(date.getSeconds()) +
      sign + two(Math.floor(offset / 60)) + ':' + two(offset % 60);
  }

  // ---- the status line ----
  function say(key) {
    if (status) { status.textContent = key ? config.getAttribute('data-' + key) : ''; }
    if (status) { status.setAttribute('data-state', key || ''); }
  }
  function showState(cramps) {
    var waiting = cramps.filter(function (c) { return c.state === 'stopped' || (c.state === 'synced' && c.intensityToSend); });
    var rejected = cramps.filter(function (c) { return c.state === 'rejected'; });
    if (signInNeeded && waiting.length) { say('signin'); }
    else if (waiting.length) { say('pending'); }
    else if (rejected.length) { say('rejected'); }
    else if (syncedHere) { say('synced'); }
    else { say(''); }
  }

  // ---- sending ----
  var syncing = false;
  var syncedHere = false; // something was sent from this page: say so
  var signInNeeded = false;
  function freshToken() {
    return fetch(config.getAttribute('data-token-url'), { credentials: 'same-origin', cache: 'no-store' })
      .then(function (response) {
        if (!response.ok || response.redirected) { signInNeeded = true; return null; }
        return response.text().then(function (html) {
          var found = new DOMParser().parseFromString(html, 'text/html').querySelector('[data-offline-config]');
          signInNeeded = !found;
          return found ? found.getAttribute('data-csrf-token') : null;
        });
      });
  }
  function send(cramp, token) {
    var headers = { 'Content-Type': 'application/json', Accept: 'application/json', 'Idempotency-Key': cramp.key };
    headers[config.getAttribute('data-csrf-header')] = token;
    return fetch(config.getAttribute('data-timed-url'), {
      method: 'POST', credentials: 'same-origin', headers: headers,
      body: JSON.stringify({ startedAt: cramp.startedAt, durationSeconds: cramp.durationSeconds })
    }).then(function (response) {
      if (response.status === 200 || response.status === 201) {
        return response.json().then(function (episode) {
          cramp.state = 'synced'; cramp.episodeId = episode.id; syncedHere = true;
          return put(cramp);
        });
      }
      if (response.status === 409) { cramp.state = 'deleted'; return put(cramp); }
      if (response.status === 400) { cramp.state = 'rejected'; return put(cramp); }
      if (response.status === 401 || response.status === 403) { signInNeeded = true; }
      return null; // try again later
    });
  }
  function sendIntensity(cramp, token) {
    var form = new URLSearchParams();
    form.set('intensity', String(cramp.intensity));
    form.set(config.getAttribute('data-csrf-param'), token);
    return fetch(config.getAttribute('data-choice-url') + cramp.episodeId, {
      method: 'POST', credentials: 'same-origin', body: form
    }).then(function (response) {
      if (response.ok && response.url.indexOf('/login') < 0) {
        cramp.intensityToSend = false;
        return put(cramp);
      }
      return null;
    });
  }
  function sync() {
    if (syncing) { return Promise.resolve(); }
    return all().then(function (cramps) {
      var waiting = cramps.filter(function (c) { return c.state === 'stopped' || (c.state === 'synced' && c.intensityToSend); });
      if (!waiting.length) { showState(cramps); return null; }
      syncing = true;
      return freshToken().then(function (token) {
        if (!token) { return null; }
        return waiting.reduce(function (chain, cramp) {
          return chain.then(function () {
            return (cramp.state === 'stopped' ? send(cramp, token) : Promise.resolve()).then(function () {
              if (cramp.state === 'synced' && cramp.intensityToSend) { return sendIntensity(cramp, token); }
              return null;
            });
          });
        }, Promise.resolve());
      }).catch(function () { /* still offline: the next try sends it */ })
        .then(function () { syncing = false; return all(); })
        .then(function (after) { showState(after || []); render(after || []); });
    });
  }

  // ---- the offline page ----
  var ticking = null;
  function render(cramps) {
    if (!page) { return; }
    var running = cramps.filter(function (c) { return c.state === 'running'; })[0];
    var latest = cramps.filter(function (c) { return c.state !== 'running'; })
      .sort(function (a, b) { return b.startMs - a.startMs; })[0];
    document.getElementById('offline-start').hidden = !!running;
    document.getElementById('offline-stop').hidden = !running;
    window.clearInterval(ticking);
    if (running) {
      var elapsed = document.getElementById('offline-elapsed');
      var update = function () {
        var seconds = Math.max(0, Math.floor((Date.now() - running.startMs) / 1000));
        elapsed.textContent = Math.floor(seconds / 60) + ':' + two(seconds % 60);
      };
      update();
      ticking = window.setInterval(update, 1000);
    }
    var rating = document.getElementById('offline-intensity');
    var fresh = latest && !running && Date.now() - latest.startMs < 24 * 3600 * 1000 && latest.state !== 'rejected';
    rating.hidden = !fresh;
    rating.setAttribute('data-key', fresh ? latest.key : '');
    rating.querySelectorAll('[data-intensity]').forEach(function (button) {
      button.setAttribute('aria-pressed', String(!!fresh && latest.intensity === parseInt(button.getAttribute('data-intensity'), 10)));
    });
    var details = document.getElementById('offline-details');
    details.hidden = !(fresh && latest.state === 'synced');
    if (fresh && latest.episodeId) { details.setAttribute('href', config.getAttribute('data-choice-url') + latest.episodeId); }
  }

  if (page) {
    document.getElementById('offline-start').addEventListener('click', function () {
      var now = new Date();
      put({ key: newKey(), startMs: now.getTime(), startedAt: localIso(now), state: 'running', intensity: null })
        .then(all).then(render);
    });
    document.getElementById('offline-stop').addEventListener('click', function () {
      all().then(function (cramps) {
        var running = cramps.filter(function (c) { return c.state === 'running'; })[0];
        if (!running) { return null; }
        running.durationSeconds = Math.min(86400, Math.max(1, Math.round((Date.now() - running.startMs) / 1000)));
        running.state = 'stopped';
        return put(running);
      }).then(all).then(function (cramps) { render(cramps); showState(cramps); return sync(); });
    });
    document.getElementById('offline-intensity').addEventListener('click', function (event) {
      var button = event.target.closest('[data-intensity]');
      var key = this.getAttribute('data-key');
      if (!button || !key) { return; }
      all().then(function (cramps) {
        var cramp = cramps.filter(function (c) { return c.key === key; })[0];
        if (!cramp) { return null; }
        cramp.intensity = parseInt(button.getAttribute('data-intensity'), 10);
        cramp.intensityToSend = true;
        return put(cramp);
      }).then(all).then(function (cramps) { render(cramps); showState(cramps); return sync(); });
    });
  }

  all().then(prune).then(function (cramps) { render(cramps); showState(cramps); return sync(); }).catch(function () { });
  window.addEventListener('online', function () { sync(); });
  window.setInterval(function () { sync(); }, 3000);
})();
