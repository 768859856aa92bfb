// Sillage — dossier numérique: autosave of the trace editor, upload progress, quoting in feedback, copy of share links.
// Loaded with @section Scripts on the portfolio pages; no inline script (CSP).
(function () {
  'use strict';

  // ---- Autosave. htmx posts the form 3 s after typing stops (hx-trigger="input delay:3s"); here we keep
  // track of unsaved changes and send them with sendBeacon when the page is hidden or left.
  function setUpAutosave(form) {
    var dirty = false;
    var submitting = false;
    var url = form.getAttribute('hx-post');
    form.addEventListener('input', function () { dirty = true; });
    form.addEventListener('htmx:afterRequest', function (event) {
      if (event.detail.elt === form && event.detail.successful) { dirty = false; }
    });
    form.addEventListener('htmx:responseError', function () {
      var status = form.querySelector('[data-autosave-status]');
      if (status) { status.textContent = form.getAttribute('data-autosave-error') || 'Brouillon non enregistré : vérifiez votre connexion. Votre texte reste dans l’éditeur.'; }
    });
    form.addEventListener('submit', function () { submitting = true; });
    function flush() {
      if (dirty && !submitting && url && navigator.sendBeacon) {
        if (navigator.sendBeacon(url, new FormData(form))) { dirty = false; }
      }
    }
    document.addEventListener('visibilitychange', function () {
      if (document.visibilityState === 'hidden') { flush(); }
    });
    window.addEventListener('pagehide', flush);
  }

  // ---- Upload progress (htmx reports the XHR upload progress).
  document.addEventListener('htmx:xhr:progress', function (event) {
    var form = event.target.closest ? event.target.closest('[data-upload]') : null;
    if (!form || !event.detail.lengthComputable) { return; }
    var box = form.querySelector('[data-upload-progress]');
    var bar = box && box.querySelector('progress');
    if (box && bar) {
      box.hidden = false;
      bar.value = Math.round(event.detail.loaded / event.detail.total * 100);
    }
  });

  // ---- Quoting the selected passage of a trace in a teacher's comment.
  function setUpQuote() {
    var source = document.querySelector('[data-quote-source]');
    var target = document.querySelector('[data-quote-target]');
    var button = document.querySelector('[data-quote-button]');
    if (!source || !target || !button) { return; }
    button.hidden = false;
    var lastSelection = '';
    document.addEventListener('selectionchange', function () {
      var selection = window.getSelection();
      if (selection && selection.rangeCount > 0 && source.contains(selection.anchorNode)) {
        lastSelection = selection.toString().trim();
      }
    });
    button.addEventListener('click', function () {
      if (lastSelection) {
        target.value = lastSelection.slice(0, 1000);
        target.focus();
      }
    });
  }

  // ---- Copy a share link.
  document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-copy]');
    if (!button) { return; }
    var input = document.querySelector(button.getAttribute('data-copy'));
    if (!input) { return; }
    input.select();
    if (navigator.clipboard) {
      navigator.clipboard.writeText(input.value).then(function () { button.textContent = '✓'; });
    }
  });
  document.addEventListener('focusin', function (event) {
    if (event.target.matches && event.target.matches('[data-select-on-focus]')) { event.target.select(); }
  });

  function start() {
    document.querySelectorAll('form[data-autosave]').forEach(setUpAutosave);
    setUpQuote();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
