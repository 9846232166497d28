// Check-in page enhancements. The form works without them; the server checks every rule either way.
(function () {
  'use strict';

  var form = document.querySelector('form.checkin-form');
  if (!form) { return; }

  function number(input) {
    var value = parseFloat(input.value);
    return isNaN(value) ? null : value;
  }

  // +/- buttons beside number fields: one tap per step, kept within the field's min and max.
  form.querySelectorAll('[data-step-for]').forEach(function (button) {
    var input = document.getElementById(button.getAttribute('data-step-for'));
    if (!input) { return; }
    button.hidden = false;
    button.addEventListener('click', function () {
      var step = parseFloat(button.getAttribute('data-step'));
      var min = input.min === '' ? -Infinity : parseFloat(input.min);
      var max = input.max === '' ? Infinity : parseFloat(input.max);
      var current = number(input);
      // an unanswered field starts from zero
      var next = (current === null ? 0 : current) + step;
      next = Math.min(max, Math.max(min, Math.round(next * 100) / 100));
      input.value = String(next);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
  });

  // "Hours between the last drink and bed" is asked only when there were drinks. Hidden, it is also disabled,
  // so it is not sent.
  var drinks = document.getElementById('alcoholDrinks');
  var drinksOnly = form.querySelector('[data-drinks-only]');
  function showDrinkHours() {
    var any = (number(drinks) || 0) > 0;
    drinksOnly.hidden = !any;
    drinksOnly.querySelectorAll('input, button').forEach(function (element) { element.disabled = !any; });
  }
  if (drinks && drinksOnly) {
    drinks.addEventListener('input', showDrinkHours);
    showDrinkHours();
  }

  // Switching the water unit converts the amount typed so far (1 glass = the select's data-glass-ml).
  var amount = document.getElementById('waterAmount');
  var unit = document.getElementById('waterUnit');
  if (amount && unit) {
    var glassMl = parseFloat(unit.getAttribute('data-glass-ml')) || 250;
    var previous = unit.value;
    unit.addEventListener('change', function () {
      var value = number(amount);
      if (value !== null && previous !== unit.value) {
        amount.value = String(unit.value === 'ML' ? Math.round(value * glassMl)
          : Math.round(value / glassMl * 100) / 100);
      }
      previous = unit.value;
    });
  }
})();
