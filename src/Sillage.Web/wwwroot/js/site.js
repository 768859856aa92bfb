// Sillage: small progressive enhancements. No inline script anywhere (the CSP forbids it).
(function () {
  'use strict';

  // htmx requests carry the antiforgery token of the page.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('input[name="__RequestVerificationToken"]');
    if (token) {
      event.detail.headers['RequestVerificationToken'] = token.value;
    }
  });

  // <button data-confirm="…"> asks before submitting.
  document.addEventListener('click', function (event) {
    var target = event.target.closest('[data-confirm]');
    if (target && !window.confirm(target.getAttribute('data-confirm'))) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }, true);

  // <select data-autosubmit> submits its form when changed (the form still has a submit button without JS).
  document.addEventListener('change', function (event) {
    if (event.target.matches('[data-autosubmit]') && event.target.form) {
      event.target.form.requestSubmit();
    }
  });

  // Error summaries take the focus so that screen-reader users hear them.
  document.addEventListener('DOMContentLoaded', function () {
    var summary = document.querySelector('[data-autofocus]');
    if (summary) {
      summary.focus();
    }
  });
})();

// <button data-print> prints the page (dashboards are printable).
document.addEventListener('click', function (event) {
  if (event.target.closest('[data-print]')) {
    window.print();
  }
});
