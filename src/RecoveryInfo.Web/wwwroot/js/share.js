// Adds one "Share" button to every section heading that has a permalink. It opens a small panel
// with the section's share link ("Share" with the Web Share API, else "Copy link") and a discreet
// short link whose preview shows no topic. Progressive enhancement only: without this script the
// permalinks still work. It never changes the address or its fragment, so text-fragment links
// (#:~:text=...) keep working.
(function () {
    'use strict';

    var body = document.querySelector('.article-body');
    var headings = document.querySelectorAll('.article-body .section-heading');
    if (!body || headings.length === 0) {
        return;
    }

    var canonical = document.querySelector('link[rel="canonical"]');
    var pageUrl = canonical ? canonical.href : location.origin + location.pathname;
    var canShare = typeof navigator.share === 'function'
        && (typeof navigator.canShare !== 'function' || navigator.canShare({ url: pageUrl }));
    var discreetTitle = 'A shared link';

    // "id=code id=code": the server's discreet short link for each section.
    var shortLinks = {};
    (body.getAttribute('data-short-links') || '').split(' ').forEach(function (pair) {
        var split = pair.lastIndexOf('=');
        if (split > 0) {
            shortLinks[pair.slice(0, split)] = pair.slice(split + 1);
        }
    });

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

    function copyAndAnnounce(url, button, copiedMessage) {
        return copy(url, button).then(function (copied) {
            announce(copied ? copiedMessage : 'Could not copy. The link is ' + url);
        });
    }

    var open = null;

    function close(returnFocus) {
        if (!open) {
            return;
        }
        var closing = open;
        open = null;
        closing.panel.hidden = true;
        closing.button.setAttribute('aria-expanded', 'false');
        if (returnFocus) {
            closing.button.focus();
        }
    }

    function toggle(button, panel) {
        if (open && open.button === button) {
            close(true);
            return;
        }
        close(false);
        panel.hidden = false;
        button.setAttribute('aria-expanded', 'true');
        open = { button: button, panel: panel };
        panel.querySelector('button').focus();
    }

    document.addEventListener('keydown', function (event) {
        if (open && (event.key === 'Escape' || event.key === 'Esc')) {
            event.preventDefault();
            close(true);
        }
    });
    document.addEventListener('click', function (event) {
        if (open && !open.panel.contains(event.target) && !open.button.contains(event.target)) {
            close(false);
        }
    });

    function option(text, onChoose) {
        var choice = document.createElement('button');
        choice.type = 'button';
        choice.className = 'share-option';
        choice.textContent = text;
        choice.addEventListener('click', onChoose);
        return choice;
    }

    function send(button, data, copiedMessage) {
        close(true);
        if (!canShare) {
            copyAndAnnounce(data.url, button, copiedMessage);
            return;
        }
        navigator.share(data).catch(function (error) {
            // Closing the share sheet is not a failure; anything else falls back to copying.
            if (!error || error.name !== 'AbortError') {
                copyAndAnnounce(data.url, button, copiedMessage);
            }
        });
    }

    Array.prototype.forEach.call(headings, function (wrapper, index) {
        var heading = wrapper.querySelector('h2[id], h3[id], h4[id]');
        var permalink = wrapper.querySelector('.permalink');
        if (!heading || !permalink) {
            return;
        }

        var text = heading.textContent.trim();
        var url = pageUrl.replace(/\/$/, '') + '/s/' + encodeURIComponent(heading.id);
        var code = shortLinks[heading.id];
        var panelId = 'share-panel-' + (index + 1);

        var button = document.createElement('button');
        button.type = 'button';
        button.className = 'section-share';
        button.setAttribute('aria-expanded', 'false');
        button.setAttribute('aria-controls', panelId);
        button.setAttribute('data-url', url);
        button.appendChild(document.createTextNode('Share'));
        var context = document.createElement('span');
        context.className = 'visually-hidden';
        context.textContent = ' this section: ' + text;
        button.appendChild(context);

        var panel = document.createElement('div');
        panel.className = 'share-menu';
        panel.id = panelId;
        panel.hidden = true;
        panel.setAttribute('role', 'group');
        panel.setAttribute('aria-label', 'Share ' + text);
        var copiedMessage = 'Link to "' + text + '" copied';
        panel.appendChild(option(canShare ? 'Share' : 'Copy link', function () {
            send(button, { title: text + ' – ' + document.title, url: url }, copiedMessage);
        }));
        if (canShare) {
            panel.appendChild(option('Copy link', function () {
                close(true);
                copyAndAnnounce(url, button, copiedMessage);
            }));
        }
        if (code) {
            var shortUrl = new URL('/l/' + code, pageUrl).href;
            var discreet = option(canShare ? 'Share without showing the topic' : 'Copy link without showing the topic', function () {
                // No title or text: the share sheet may show them, and they would name the topic.
                send(button, { title: discreetTitle, url: shortUrl }, 'Link without the topic copied');
            });
            discreet.setAttribute('data-url', shortUrl);
            panel.appendChild(discreet);
            var note = document.createElement('p');
            note.className = 'share-note';
            note.textContent = 'Without the topic, the link and its preview say only \u201C' + discreetTitle + '\u201D, not what the page is about.';
            panel.appendChild(note);
        }

        button.addEventListener('click', function () { toggle(button, panel); });
        // One control per heading keeps it on the heading's line on a phone: the button does what the
        // plain link is for, and the link stays in the page for readers without this script.
        permalink.insertAdjacentElement('afterend', button);
        button.insertAdjacentElement('afterend', panel);
        permalink.hidden = true;
    });
}());
