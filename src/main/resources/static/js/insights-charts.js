// The Patterns page's charts (Chart.js, served by the app under /webjars/). Each chart reads its numbers from the
// data-* attributes of the table beside it (the table is the chart's text alternative, so the two cannot disagree).
// Colours come from the page's CSS custom properties at draw time; the charts are drawn again when the theme
// changes (the toggle sets html[data-theme]; the system's prefers-color-scheme can change too).
// Without script (or without the library) the server-drawn SVG and the tables stay.
(function () {
  'use strict';
  if (typeof window.Chart !== 'function') { return; }

  var TREND_WEEKS = 4;
  var drawn = [];

  function css(name) {
    return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  }

  function rows(box) {
    var table = document.getElementById(box.getAttribute('data-table'));
    return table ? Array.prototype.slice.call(table.querySelectorAll('tbody tr')) : [];
  }

  function num(row, name) {
    var value = row.getAttribute('data-' + name);
    return value === null || value === '' ? null : Number(value);
  }

  function label(row) {
    return row.cells[0].textContent.trim();
  }

  // cramp nights per 7 known nights over the trailing weeks; unknown nights count for nothing (never cramp-free)
  function trend(known, cramps) {
    return known.map(function (k, i) {
      var sumKnown = 0;
      var sumCramps = 0;
      for (var j = Math.max(0, i - TREND_WEEKS + 1); j <= i; j++) {
        sumKnown += known[j];
        sumCramps += cramps[j];
      }
      return sumKnown === 0 ? null : Math.round(70 * sumCramps / sumKnown) / 10;
    });
  }

  function scales(colours, y) {
    var axis = { ticks: { color: colours.muted }, grid: { color: colours.border }, border: { color: colours.muted } };
    var result = { x: Object.assign({}, axis), y: Object.assign({ beginAtZero: true }, axis, y || {}) };
    result.x.ticks = Object.assign({ maxRotation: 0, autoSkip: true, autoSkipPadding: 8 }, axis.ticks);
    return result;
  }

  var builders = {
    weeks: function (box, colours) {
      var data = rows(box);
      var known = data.map(function (r) { return num(r, 'known'); });
      var cramps = data.map(function (r) { return num(r, 'cramps'); });
      return {
        type: 'bar',
        data: {
          labels: data.map(label),
          datasets: [
            { type: 'line', label: box.getAttribute('data-label-trend'), data: trend(known, cramps),
              borderColor: colours.warning, backgroundColor: colours.warning, pointRadius: 0, borderWidth: 2,
              spanGaps: false, order: 0 },
            { label: box.getAttribute('data-label-cramps'), data: cramps, backgroundColor: colours.primary,
              grouped: false, barPercentage: 0.6, order: 1 },
            { label: box.getAttribute('data-label-known'), data: known, backgroundColor: colours.border,
              grouped: false, barPercentage: 0.9, order: 2 }
          ]
        },
        options: { scales: scales(colours, { max: 7, ticks: { color: colours.muted, stepSize: 1 } }) }
      };
    },
    hours: function (box, colours) {
      var counts = [];
      for (var h = 0; h < 24; h++) { counts.push(0); }
      rows(box).forEach(function (r) { counts[num(r, 'hour')] = num(r, 'episodes'); });
      return {
        type: 'bar',
        data: {
          labels: counts.map(function (c, hour) { return hour + ':00'; }),
          datasets: [{ label: box.getAttribute('data-label-cramps'), data: counts, backgroundColor: colours.primary }]
        },
        options: { plugins: { legend: { display: false } },
          scales: scales(colours, { ticks: { color: colours.muted, precision: 0 } }) }
      };
    },
    months: function (box, colours) {
      var data = rows(box);
      var s = scales(colours, { min: 0, max: 10, title: { display: true, text: box.getAttribute('data-label-intensity'),
        color: colours.muted } });
      s.y2 = { position: 'right', beginAtZero: true, ticks: { color: colours.muted }, grid: { display: false },
        border: { color: colours.muted },
        title: { display: true, text: box.getAttribute('data-label-minutes'), color: colours.muted } };
      return {
        type: 'line',
        data: {
          labels: data.map(label),
          datasets: [
            { label: box.getAttribute('data-label-intensity'), data: data.map(function (r) { return num(r, 'intensity'); }),
              borderColor: colours.danger, backgroundColor: colours.danger, yAxisID: 'y', spanGaps: true },
            { label: box.getAttribute('data-label-minutes'), data: data.map(function (r) { return num(r, 'minutes'); }),
              borderColor: colours.primary, backgroundColor: colours.primary, borderDash: [6, 4], yAxisID: 'y2',
              pointStyle: 'rect', spanGaps: true }
          ]
        },
        options: { scales: s }
      };
    },
    reliefs: function (box, colours) {
      var data = rows(box).filter(function (r) { return num(r, 'tried') > 0; });
      // a bar of about 3rem per relief, plus room for the legend and the axis (CSSOM: allowed under the CSP)
      box.style.height = (6 + 3 * data.length) + 'rem';
      var percent = function (v) { return Math.round(v * 100); };
      return {
        type: 'bar',
        data: {
          labels: data.map(label),
          datasets: [
            { label: box.getAttribute('data-label-range'), data: data.map(function (r) {
                return [percent(num(r, 'low')), percent(num(r, 'high'))]; }),
              backgroundColor: colours.text, grouped: false, barPercentage: 0.15, order: 0 },
            { label: box.getAttribute('data-label-rate'), data: data.map(function (r) { return percent(num(r, 'rate')); }),
              backgroundColor: colours.primary, grouped: false, barPercentage: 0.7, order: 1 }
          ]
        },
        options: { indexAxis: 'y', scales: (function () {
          var s = scales(colours);
          s.x = Object.assign(s.x, { min: 0, max: 100, ticks: Object.assign({}, s.x.ticks, {
            callback: function (v) { return v + '%'; } }) });
          delete s.y.beginAtZero;
          return s;
        })() }
      };
    }
  };

  function draw() {
    drawn.forEach(function (chart) { chart.destroy(); });
    drawn = [];
    var colours = { text: css('--text'), muted: css('--muted'), border: css('--border'), primary: css('--primary'),
      warning: css('--warning'), danger: css('--danger') };
    window.Chart.defaults.color = colours.text;
    window.Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
    document.querySelectorAll('.chart-box[data-chart]').forEach(function (box) {
      var build = builders[box.getAttribute('data-chart')];
      if (!build || rows(box).length === 0) { return; }
      var config = build(box, colours);
      config.options = Object.assign({ responsive: true, maintainAspectRatio: false, animation: false,
        plugins: {} }, config.options);
      config.options.plugins.legend = Object.assign({ labels: { color: colours.text, boxWidth: 14 } },
        config.options.plugins.legend || {});
      box.hidden = false;
      var figure = box.closest('figure');
      if (figure) {
        figure.classList.add('chart-drawn');
        figure.querySelectorAll('.chart-only').forEach(function (el) { el.hidden = false; });
      }
      drawn.push(new window.Chart(box.querySelector('canvas'), config));
    });
  }

  draw();
  new MutationObserver(draw).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  if (window.matchMedia) {
    var scheme = window.matchMedia('(prefers-color-scheme: dark)');
    if (scheme.addEventListener) { scheme.addEventListener('change', draw); }
  }
})();
