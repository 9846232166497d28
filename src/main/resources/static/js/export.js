// Export and share page: copy a new share link, and ask once before revoking one. The page works without it.
(function () {
  'use strict';

  document.querySelectorAll('[data-copy-target]').forEach(function (button) {
    button.addEventListener('click', function () {
      var input = document.getElementById(button.getAttribute('data-copy-target'));
      if (!input) { return; }
      input.select();
      var done = function () { button.textContent = button.getAttribute('data-copied'); };
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(input.value).then(done, function () { /* the text stays selected */ });
      }
    });
  });

  document.querySelectorAll('.share-section form[data-confirm]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (!window.confirm(form.getAttribute('data-confirm'))) { event.preventDefault(); }
    });
  });
})();
