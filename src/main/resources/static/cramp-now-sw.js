// The service worker of "cramp now" (scope /cramp-now): when the network is down, opening /cramp-now shows the
// offline page it cached, which times the cramp on the phone (js/offline-cramp.js) and sends it when the network
// returns. Online, every request goes to the network as usual; only GETs of the pages in scope and of the offline
// page's own files fall back to the cache, and each successful fetch of them refreshes it.
'use strict';

var CACHE = 'crampwise-cramp-now-v1';
var SHELL = '/cramp-now/offline';
var FILES = [SHELL, '/css/crampwise.css', '/js/theme.js', '/js/app.js', '/js/offline-cramp.js',
  '/images/icon.svg', '/manifest.webmanifest'];

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE)
    .then(function (cache) { return cache.addAll(FILES); })
    .then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys()
    .then(function (names) {
      return Promise.all(names.filter(function (name) { return name !== CACHE; })
        .map(function (name) { return caches.delete(name); }));
    })
    .then(function () { return self.clients.claim(); }));
});

function networkThenCache(request, fallback) {
  return fetch(request).then(function (response) {
    if (response.ok && !response.redirected) {
      var copy = response.clone();
      caches.open(CACHE).then(function (cache) { cache.put(fallback, copy); });
    }
    return response;
  }).catch(function () {
    return caches.match(fallback).then(function (cached) { return cached || Response.error(); });
  });
}

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET') { return; }
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) { return; }
  if (request.mode === 'navigate' && url.pathname.indexOf('/cramp-now') === 0) {
    // a page of "cramp now": the network's answer, or the offline page when there is none
    event.respondWith(fetch(request).catch(function () { return caches.match(SHELL); }));
  }
  else if (FILES.indexOf(url.pathname) >= 0) {
    event.respondWith(networkThenCache(request, url.pathname));
  }
});
