// Registers the service worker that keeps the urgent-help numbers readable offline. Where service
// workers are unavailable nothing happens and the site works as it always has.
(() => {
    'use strict';

    const script = document.currentScript;
    if (!('serviceWorker' in navigator) || !script || !script.dataset.version) {
        return;
    }

    const address = new URLSearchParams();
    address.set('content', script.dataset.version);
    address.set('page', (script.dataset.urgentPage || '').split('#')[0]);
    for (const file of document.querySelectorAll('link[rel="stylesheet"], link[rel="icon"], script[src^="/js/quick-exit.js"]')) {
        address.append('asset', file.getAttribute('href') || file.getAttribute('src'));
    }

    window.addEventListener('load', () => {
        navigator.serviceWorker.register(`/service-worker.js?${address}`, { scope: '/' }).catch(() => {
            // Private windows in some browsers refuse workers; the site needs none to work.
        });
    });
})();
