// Adds a "Share" or "Copy link" button to every section heading that has a permalink.
// Progressive enhancement only: without this script the permalinks still work. It never changes
// the address or its fragment, so text-fragment links (#:~:text=...) keep working.
(function () {
    'use strict';

    var headings = document.querySelectorAll('.article-body .section-heading');
    if (headings.length === 0) {
        return;
    }

    var canonical = document.querySelector('link[rel="canonical"]');
    var pageUrl = canonical ? canonical.href : location.origin + location.pathname;
    var canShare = typeof navigator.share === 'function'
        && (typeof navigator.canShare !== 'function' || navigator.canShare({ url: pageUrl }));

    // One polite live region for the whole page, in the DOM before anything is announced.
    var status = document.createElement('p');
    status.className = 'share-status';
    status.setAttribute('role', 'status');
    status.setAttribute('aria-live', 'polite');
    (document.querySelector('main') || document.body).appendChild(status);
    var clearTimer = 0;

    function announce(message) {
        window.clearTimeout(clearTimer);
        // Emptying first makes screen readers announce the same message again on a second copy.
        status.textContent = '';
        window.setTimeout(function () {
            status.textContent = message;
            clearTimer = window.setTimeout(function () { status.textContent = ''; }, 6000);
        }, 50);
    }

    function copyWithSelection(text, button) {
        var field = document.createElement('textarea');
        field.className = 'share-copy-field';
        field.value = text;
        field.setAttribute('readonly', '');
        field.setAttribute('aria-hidden', 'true');
        document.body.appendChild(field);
        field.select();
        field.setSelectionRange(0, text.length);
        var copied = false;
        try {
            copied = document.execCommand('copy');
        } catch (ignored) {
            copied = false;
        }
        field.remove();
        button.focus();
        return copied;
    }

    function copy(text, button) {
        if (navigator.clipboard && window.isSecureContext) {
            return navigator.clipboard.writeText(text).then(
                function () { return true; },
                function () { return copyWithSelection(text, button); });
        }
        return Promise.resolve(copyWithSelection(text, button));
    }

    function copyAndAnnounce(url, button) {
        return copy(url, button).then(function (copied) {
            announce(copied ? 'Link copied' : 'Could not copy. The link is ' + url);
        });
    }

    function onClick(event) {
        var button = event.currentTarget;
        var url = button.getAttribute('data-url');
        var title = button.getAttribute('data-title');
        if (!canShare) {
            copyAndAnnounce(url, button);
            return;
        }
        navigator.share({ title: title, url: url }).catch(function (error) {
            // Closing the share sheet is not a failure; anything else falls back to copying.
            if (!error || error.name !== 'AbortError') {
                copyAndAnnounce(url, button);
            }
        });
    }

    Array.prototype.forEach.call(headings, function (wrapper) {
        var heading = wrapper.querySelector('h2[id], h3[id], h4[id]');
        var permalink = wrapper.querySelector('.permalink');
        if (!heading || !permalink) {
            return;
        }

        var url = new URL(pageUrl);
        url.hash = heading.id;
        var text = heading.textContent.trim();

        var button = document.createElement('button');
        button.type = 'button';
        button.className = 'section-share';
        button.setAttribute('data-url', url.href);
        button.setAttribute('data-title', text + ' – ' + document.title);
        button.appendChild(document.createTextNode(canShare ? 'Share' : 'Copy link'));
        var context = document.createElement('span');
        context.className = 'visually-hidden';
        context.textContent = (canShare ? ' a link to this section: ' : ' to this section: ') + text;
        button.appendChild(context);
        button.addEventListener('click', onClick);
        // One control per heading keeps it on the heading's line on a phone: the button does what the
        // plain link is for, and the link stays in the page for readers without this script.
        permalink.insertAdjacentElement('afterend', button);
        permalink.hidden = true;
    });
}());
