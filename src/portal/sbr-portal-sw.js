/*
 * The portal's service worker (issue 12 item 1, "it works offline once loaded"): network first, the last answer kept
 * in the Cache API for when the network is gone. It keeps the page's own files, the list of validators and each
 * artifact fetched; it never sees a filing (the page reads it locally and never sends it) and handles GET only.
 */
const CACHE = 'sbr-portal-v2';
const SHELL = ['./', 'portal.css', 'sbr-portal.js', 'xmllint.wasm'];

self.addEventListener('install', (e) => {
  e.waitUntil(
    caches
      .open(CACHE)
      .then((c) => c.addAll(SHELL))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (e) => {
  e.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (e) => {
  const req = e.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== self.location.origin) return;
  e.respondWith(
    fetch(req)
      .then((res) => {
        if (res.ok) {
          const copy = res.clone();
          void caches.open(CACHE).then((c) => c.put(req, copy));
        }
        return res;
      })
      .catch(() => caches.match(req).then((hit) => hit ?? Response.error())),
  );
});
