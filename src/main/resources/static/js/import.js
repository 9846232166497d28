// Import page: send the form in the background, so the chosen files stay chosen after "Preview" and the answer
// (counts or problems) replaces the result area; show honest progress: the upload's share while the files are sent,
// then "working" (no made-up percentage) until the server answers. Without this script the form posts as usual.
(function () {
  'use strict';

  var form = document.getElementById('import-form');
  var result = document.getElementById('import-result');
  var progress = document.getElementById('import-progress');
  var bar = document.getElementById('import-progress-bar');
  var label = document.getElementById('import-progress-label');
  if (!form || !result || !progress || !bar || !label || !window.FormData || !window.DOMParser) { return; }

  var buttons = form.querySelectorAll('button[type="submit"]');

  function busy(on) {
    progress.hidden = !on;
    buttons.forEach(function (button) { button.disabled = on; });
    form.setAttribute('aria-busy', on ? 'true' : 'false');
  }

  form.addEventListener('submit', function (event) {
    var submitter = event.submitter;
    if (!submitter) { return; }
    event.preventDefault();
    var data = new FormData(form);
    data.set(submitter.name, submitter.value);
    var request = new XMLHttpRequest();
    request.open('POST', form.action);
    request.upload.addEventListener('progress', function (progressEvent) {
      if (progressEvent.lengthComputable) {
        bar.value = Math.round(100 * progressEvent.loaded / progressEvent.total);
        label.textContent = label.getAttribute('data-uploading');
      }
    });
    request.upload.addEventListener('load', function () {
      bar.removeAttribute('value');
      label.textContent = label.getAttribute('data-working');
    });
    request.addEventListener('load', function () {
      busy(false);
      var page = new DOMParser().parseFromString(request.responseText, 'text/html');
      var answer = page.getElementById('import-result');
      if (answer) {
        result.innerHTML = answer.innerHTML;
        var focus = result.querySelector('[role="alert"], [role="status"]');
        if (focus) {
          focus.setAttribute('tabindex', '-1');
          focus.focus();
        }
      }
      else {
        form.submit();
      }
    });
    request.addEventListener('error', function () {
      busy(false);
      form.submit();
    });
    bar.removeAttribute('value');
    label.textContent = label.getAttribute('data-uploading');
    busy(true);
    request.send(data);
  });
})();
