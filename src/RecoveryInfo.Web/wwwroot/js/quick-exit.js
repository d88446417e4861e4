// "Exit this page": one tap, or Shift pressed three times on its own, covers the page at once and
// replaces it with a neutral site. location.replace takes this page out of the tab's history, so
// Back does not bring it back. Without this script the control is still a plain link that leaves.
(() => {
    'use strict';

    const link = document.querySelector('[data-quick-exit]');
    if (!link) {
        return;
    }

    const status = document.querySelector('[data-quick-exit-status]');
    const pressesNeeded = 3;
    const pressWindowMs = 5000;
    const title = document.title;
    let overlay = null;
    let presses = 0;
    let timer = 0;
    let shiftAlone = false;

    const announce = text => {
        if (status) {
            status.textContent = text;
        }
    };

    const reset = () => {
        presses = 0;
        window.clearTimeout(timer);
        announce('');
    };

    const exit = () => {
        if (!overlay) {
            overlay = document.createElement('div');
            overlay.className = 'quick-exit-overlay';
            document.body.appendChild(overlay);
        }

        // The tab's title would name this page until the next one loads.
        document.title = '\u200B';
        window.location.replace(link.href);
    };

    link.addEventListener('click', event => {
        event.preventDefault();
        exit();
    });

    // A page restored from the back-forward cache comes back as it was left: covered.
    window.addEventListener('pageshow', event => {
        if (event.persisted && overlay) {
            overlay.remove();
            overlay = null;
            document.title = title;
        }

        reset();
    });

    // Counted as GOV.UK counts it: a Shift pressed and let go with no other key, so a Shift held
    // for a capital letter does not count, and any other key starts the count again.
    document.addEventListener('keydown', event => {
        if (event.key === 'Shift') {
            shiftAlone = !event.repeat || shiftAlone;
            return;
        }

        shiftAlone = false;
        if (presses > 0) {
            reset();
        }
    }, true);

    document.addEventListener('keyup', event => {
        if (event.key !== 'Shift' || !shiftAlone) {
            return;
        }

        shiftAlone = false;
        presses += 1;
        window.clearTimeout(timer);
        if (presses >= pressesNeeded) {
            announce('Leaving this page.');
            exit();
            return;
        }

        const left = pressesNeeded - presses;
        announce(`Shift, press ${left} more ${left === 1 ? 'time' : 'times'} to leave this page.`);
        timer = window.setTimeout(reset, pressWindowMs);
    }, true);

    window.addEventListener('blur', () => {
        shiftAlone = false;
    });
})();
