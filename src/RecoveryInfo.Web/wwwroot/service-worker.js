// Keeps the urgent-help numbers readable with no connection. It caches only the urgent-help page,
// the offline page and the files they need, never a page the reader opens, so nothing about what
// someone read is kept beyond the browser's own HTTP cache. Served from the site's root so that
// its scope is the whole site. The page that registers it names the content version and the
// files in the worker's address; a new content version is a new address, so the browser installs
// a fresh copy of the numbers on the reader's next visit.
'use strict';

const settings = new URL(self.location.href).searchParams;
const version = settings.get('content') || 'none';
const cacheName = `urgent-help-${version}`;
const offlinePage = '/offline';
const urgentPage = sameOriginPath(settings.get('page'));
const assets = settings.getAll('asset').map(sameOriginPath).filter(Boolean);
const saved = [...new Set([offlinePage, urgentPage, ...assets].filter(Boolean))];

function sameOriginPath(value) {
    if (!value) {
        return null;
    }

    const url = new URL(value, self.location.origin);
    return url.origin === self.location.origin ? url.pathname + url.search : null;
}

self.addEventListener('install', event => {
    event.waitUntil((async () => {
        const cache = await caches.open(cacheName);
        // Revalidated, not taken from the HTTP cache as is: the numbers must be the current ones.
        await cache.addAll(saved.map(path => new Request(path, { cache: 'no-cache' })));
        await self.skipWaiting();
    })());
});

self.addEventListener('activate', event => {
    event.waitUntil((async () => {
        const names = await caches.keys();
        await Promise.all(names.filter(name => name !== cacheName).map(name => caches.delete(name)));
        if (self.registration.navigationPreload) {
            await self.registration.navigationPreload.enable();
        }

        await self.clients.claim();
    })());
});

self.addEventListener('fetch', event => {
    const request = event.request;
    if (request.method !== 'GET') {
        return;
    }

    const url = new URL(request.url);
    if (url.origin !== self.location.origin) {
        return;
    }

    if (request.mode === 'navigate') {
        event.respondWith((async () => {
            try {
                return (await event.preloadResponse) || await fetch(request);
            } catch {
                const cache = await caches.open(cacheName);
                const page = url.pathname === urgentPage ? urgentPage : offlinePage;
                return (await cache.match(page)) || (await cache.match(offlinePage)) || Response.error();
            }
        })());
        return;
    }

    // Only the saved files are answered from the cache, and only when the network fails.
    if (saved.includes(url.pathname + url.search)) {
        event.respondWith(fetch(request).catch(async () => (await caches.open(cacheName)).match(request) || Response.error()));
    }
});
