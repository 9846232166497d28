// Medication forms: suggestions from the catalog while typing a name (GET /api/v1/medications/catalog?q=, with the
// session cookie), and picking one fills in the class. Also asks before a delete. Forms work without this file:
// the server looks a name up when no class is chosen.
(function () {
  'use strict';

  document.querySelectorAll('form[data-confirm]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (!window.confirm(form.getAttribute('data-confirm'))) { event.preventDefault(); }
    });
  });

  var input = document.querySelector('input[data-catalog-url]');
  var list = document.getElementById('medication-suggestions');
  var status = document.getElementById('medication-suggestions-status');
  var select = document.getElementById('drugClass');
  if (!input || !list || !select) { return; }

  var url = input.getAttribute('data-catalog-url');
  var latest = 0;
  var timer = null;
  var filledByPick = false;

  function classLabel(code) {
    var option = select.querySelector('option[value="' + code + '"]');
    return option ? option.textContent : code;
  }

  function close() {
    list.hidden = true;
    list.replaceChildren();
  }

  function pick(entry) {
    input.value = entry.name;
    select.value = entry.drugClass;
    filledByPick = true;
    close();
    if (status) { status.textContent = ''; }
    input.focus();
  }

  function show(entries) {
    list.replaceChildren();
    entries.forEach(function (entry) {
      var item = document.createElement('li');
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'suggestion';
      var name = document.createElement('span');
      name.className = 'suggestion-name';
      name.textContent = entry.name;
      var kind = document.createElement('span');
      kind.className = 'suggestion-class';
      kind.textContent = classLabel(entry.drugClass);
      button.append(name, kind);
      button.addEventListener('click', function () { pick(entry); });
      item.appendChild(button);
      list.appendChild(item);
    });
    list.hidden = entries.length === 0;
    if (status) {
      status.textContent = entries.length === 0 ? status.getAttribute('data-none')
        : status.getAttribute('data-some').replace('{0}', String(entries.length));
    }
  }

  function lookUp() {
    var query = input.value.trim();
    if (query.length < 2) { close(); return; }
    var request = ++latest;
    fetch(url + '?q=' + encodeURIComponent(query), {
      credentials: 'same-origin',
      headers: { 'Accept': 'application/json' }
    }).then(function (response) {
      return response.ok ? response.json() : [];
    }).then(function (entries) {
      if (request === latest) { show(entries); }
    }).catch(function () {
      if (request === latest) { close(); }
    });
  }

  input.addEventListener('input', function () {
    // a class filled in by a pick belongs to that name only
    if (filledByPick) { select.value = ''; filledByPick = false; }
    clearTimeout(timer);
    timer = setTimeout(lookUp, 150);
  });
  input.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') { close(); }
    if (event.key === 'ArrowDown' && !list.hidden) {
      event.preventDefault();
      var first = list.querySelector('button');
      if (first) { first.focus(); }
    }
  });
  list.addEventListener('keydown', function (event) {
    var buttons = Array.prototype.slice.call(list.querySelectorAll('button'));
    var index = buttons.indexOf(document.activeElement);
    if (event.key === 'ArrowDown' && index < buttons.length - 1) { event.preventDefault(); buttons[index + 1].focus(); }
    if (event.key === 'ArrowUp') { event.preventDefault(); (index > 0 ? buttons[index - 1] : input).focus(); }
    if (event.key === 'Escape') { close(); input.focus(); }
  });
  document.addEventListener('click', function (event) {
    if (!list.contains(event.target) && event.target !== input) { close(); }
  });
})();
