// The dashboard's charts, drawn with Apache ECharts from the JSON the page carries in data-charts.
// Every staff page loads this small file: htmx swaps boosted pages in without running their
// scripts, so it watches for chart containers and loads ECharts (shipped in the jar) only when a
// page has some. Without JavaScript the page's cards and tables say everything the charts do.
(function () {
  'use strict';
  var script = document.currentScript;
  var source = script && script.dataset.echarts;
  var ACCENT = '#0f766e';
  var charts = [];
  var waiting = null;

  document.documentElement.classList.add('js');

  function withECharts(then) {
    if (window.echarts) { then(); return; }
    if (waiting) { waiting.push(then); return; }
    waiting = [then];
    var tag = document.createElement('script');
    tag.src = source;
    tag.onload = function () { var calls = waiting; waiting = null; calls.forEach(function (f) { f(); }); };
    tag.onerror = function () { waiting = null; };
    document.head.appendChild(tag);
  }

  function number(value, decimals, locale) {
    return value == null ? '—' : value.toLocaleString(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  }

  function trend(box, data, locale) {
    var d = data.trends[box.dataset.key];
    if (!d) return null;
    var width = d.high.map(function (h, i) { return h == null || d.low[i] == null ? null : h - d.low[i]; });
    var escape = window.echarts.format.encodeHTML;
    return {
      animation: false,
      grid: { left: 48, right: 16, top: 16, bottom: 28 },
      tooltip: {
        trigger: 'axis',
        formatter: function (items) {
          var i = items[0].dataIndex;
          if (d.values[i] == null) return escape(d.months[i]) + '<br>—';
          return escape(d.months[i]) + '<br>' + escape(box.dataset.valueLabel) + ': <b>' + number(d.values[i], d.decimals, locale) + '</b><br>'
            + escape(box.dataset.bandLabel) + ': ' + number(d.low[i], d.decimals, locale) + ' – ' + number(d.high[i], d.decimals, locale) + '<br>'
            + escape(box.dataset.nLabel) + ': ' + d.n[i];
        }
      },
      xAxis: { type: 'category', data: d.months, boundaryGap: false },
      yAxis: { type: 'value', scale: true },
      series: [
        // The band is two stacked areas: an invisible one up to the low bound, then the interval's width.
        { type: 'line', data: d.low, stack: 'band', stackStrategy: 'all', symbol: 'none', lineStyle: { opacity: 0 }, silent: true },
        { name: box.dataset.bandLabel, type: 'line', data: width, stack: 'band', stackStrategy: 'all', symbol: 'none',
          lineStyle: { opacity: 0 }, areaStyle: { color: ACCENT, opacity: 0.15 }, silent: true },
        { name: box.dataset.valueLabel, type: 'line', data: d.values, connectNulls: false, showSymbol: true, symbolSize: 7,
          itemStyle: { color: ACCENT }, lineStyle: { color: ACCENT, width: 2 } }
      ]
    };
  }

  function distribution(box, data) {
    var d = data.distributions[box.dataset.key];
    if (!d) return null;
    return {
      animation: false,
      grid: { left: 48, right: 16, top: 24, bottom: 40 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: d.scores.map(String), name: box.dataset.scoreLabel, nameLocation: 'middle', nameGap: 26 },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ name: box.dataset.countLabel, type: 'bar', data: d.counts, itemStyle: { color: ACCENT },
        label: { show: true, position: 'top' } }]
    };
  }

  function draw() {
    // Charts of a page that htmx swapped away are let go, with their listeners.
    charts = charts.filter(function (chart) {
      if (document.body.contains(chart.getDom())) return true;
      chart.dispose();
      return false;
    });
    if (document.querySelector('[data-charts] [data-chart]')) withECharts(render);
  }

  function render() {
    var holder = document.querySelector('[data-charts]');
    if (!holder) return;
    var data = JSON.parse(holder.dataset.charts);
    var locale = document.documentElement.lang || undefined;
    holder.querySelectorAll('[data-chart]').forEach(function (box) {
      if (window.echarts.getInstanceByDom(box)) return;
      var option = box.dataset.chart === 'trend' ? trend(box, data, locale) : distribution(box, data);
      if (!option) return;
      var chart = window.echarts.init(box, null, { renderer: 'canvas' });
      chart.setOption(option);
      charts.push(chart);
    });
  }

  function periodFollowsDates(event) {
    var field = event.target;
    if ((field.id === 'from' || field.id === 'to') && field.form && field.value) {
      var period = field.form.querySelector('#period');
      if (period) period.value = 'custom';
    }
  }

  // htmx keeps a copy of a page it swaps away, to put back on "back". A copy of a drawn chart would
  // be dead, and its inline styles would break the Content-Security-Policy: leave empty boxes instead.
  function letGo() {
    charts.forEach(function (chart) {
      var box = chart.getDom();
      chart.dispose();
      box.textContent = '';
      box.removeAttribute('_echarts_instance_');
      box.removeAttribute('style');
    });
    charts = [];
  }

  window.addEventListener('resize', function () { charts.forEach(function (chart) { chart.resize(); }); });
  document.addEventListener('change', periodFollowsDates);
  document.addEventListener('htmx:afterSettle', draw);
  document.addEventListener('htmx:historyRestore', draw);
  document.addEventListener('htmx:beforeHistorySave', letGo);
  draw();
})();
