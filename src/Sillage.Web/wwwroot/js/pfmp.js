// Sillage — PFMP pages: small enhancements (no inline script: the CSP forbids it).
(function () {
  'use strict';

  // <button data-print> prints the document (the printable convention, attestation and bilan).
  document.addEventListener('click', function (event) {
    if (event.target.closest('[data-print]')) {
      window.print();
    }
  });
})();
