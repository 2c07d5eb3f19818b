// The charts of the dashboard and its segments and drivers pages, drawn with Apache ECharts from the
// JSON the page carries in data-charts.
// Every staff page loads this small file: htmx swaps boosted pages in without running their
// scripts, so it watches for chart containers and loads ECharts (shipped in the jar) only when a
// page has some. Without JavaScript the page's cards and tables say everything the charts do.
(function () {
  'use strict';
  var script = document.currentScript;
  var source = script && script.dataset.echarts;
  var ACCENT = '#0f766e';
  var GREY = '#9ca3af';
  var RED = '#991b1b';
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

  // Segments: one horizontal bar per segment with its 95 % interval as a whisker; low-n bars grey.
  function segments(box, data, locale) {
    var d = data.segments && data.segments[box.dataset.key];
    if (!d) return null;
    var escape = window.echarts.format.encodeHTML;
    box.style.height = Math.max(160, 56 + 30 * d.segments.length) + 'px';
    var whiskers = [];
    d.low.forEach(function (low, i) { if (low != null && d.high[i] != null) whiskers.push([i, low, d.high[i]]); });
    return {
      animation: false,
      grid: { left: 8, right: 24, top: 8, bottom: 24, containLabel: true },
      tooltip: {
        trigger: 'item',
        formatter: function (item) {
          var i = item.seriesIndex === 0 ? item.dataIndex : item.value[0];
          return escape(d.segments[i]) + '<br>' + escape(box.dataset.valueLabel) + ': <b>' + number(d.values[i], d.decimals, locale) + '</b><br>'
            + escape(box.dataset.bandLabel) + ': ' + number(d.low[i], d.decimals, locale) + ' – ' + number(d.high[i], d.decimals, locale) + '<br>'
            + escape(box.dataset.nLabel) + ': ' + d.n[i] + (d.lowN[i] ? '<br>' + escape(box.dataset.lowNLabel) : '');
        }
      },
      xAxis: { type: 'value', scale: false },
      yAxis: { type: 'category', data: d.segments, inverse: true, axisLabel: { width: 140, overflow: 'truncate' } },
      series: [
        { type: 'bar', barMaxWidth: 22, data: d.values.map(function (value, i) {
          return { value: value, itemStyle: { color: d.lowN[i] ? GREY : ACCENT } };
        }) },
        { type: 'custom', data: whiskers, encode: { x: [1, 2], y: 0 }, z: 10, renderItem: function (params, api) {
          var low = api.coord([api.value(1), api.value(0)]);
          var high = api.coord([api.value(2), api.value(0)]);
          var tick = api.size([0, 1])[1] * 0.25;
          var style = { stroke: '#1f2937', lineWidth: 1.5 };
          return { type: 'group', children: [
            { type: 'line', shape: { x1: low[0], y1: low[1], x2: high[0], y2: high[1] }, style: style },
            { type: 'line', shape: { x1: low[0], y1: low[1] - tick, x2: low[0], y2: low[1] + tick }, style: style },
            { type: 'line', shape: { x1: high[0], y1: high[1] - tick, x2: high[0], y2: high[1] + tick }, style: style }
          ] };
        } }
      ]
    };
  }

  // Drivers: performance (0-100) against importance (% of R2), divided in four by the medians; the
  // quadrant of high importance and low performance is "fix first".
  function drivers(box, data, locale) {
    var d = data.drivers;
    if (!d || !d.points.length) return null;
    var escape = window.echarts.format.encodeHTML;
    var ds = box.dataset;
    var top = Math.max.apply(null, d.points.map(function (p) { return p.x; }));
    var xMax = Math.min(100, Math.max(10, Math.ceil(top / 10) * 10));
    return {
      animation: false,
      grid: { left: 56, right: 32, top: 24, bottom: 52 },
      tooltip: {
        trigger: 'item',
        formatter: function (item) {
          var p = d.points[item.dataIndex];
          return escape(p.name) + '<br>' + escape(ds.xLabel) + ': ' + number(p.x, 1, locale) + '<br>'
            + escape(ds.yLabel) + ': ' + number(p.y, 1, locale) + (p.fixFirst ? '<br><b>' + escape(ds.fixLabel) + '</b>' : '');
        }
      },
      xAxis: { type: 'value', min: 0, max: xMax, name: ds.xLabel, nameLocation: 'middle', nameGap: 30 },
      yAxis: { type: 'value', min: 0, max: 100, name: ds.yLabel, nameLocation: 'middle', nameGap: 38 },
      series: [{
        type: 'scatter', symbolSize: 14,
        // A label left of a point in the right half, so that it stays inside the chart.
        data: d.points.map(function (p) {
          return { value: [p.x, p.y], itemStyle: { color: p.fixFirst ? RED : ACCENT }, label: { position: p.x > xMax / 2 ? 'left' : 'right' } };
        }),
        label: { show: true, formatter: function (item) { return d.points[item.dataIndex].name; } },
        labelLayout: { hideOverlap: true },
        markLine: { silent: true, symbol: 'none', lineStyle: { type: 'dashed', color: '#6b7280' },
          label: { position: 'insideEndTop', formatter: function () { return ds.medianLabel; } },
          data: [{ xAxis: d.medianX }, { yAxis: d.medianY }] },
        markArea: { silent: true, itemStyle: { color: RED, opacity: 0.07 },
          label: { show: true, position: 'insideBottomRight', color: RED, fontWeight: 'bold', formatter: function () { return ds.fixLabel; } },
          data: [[{ xAxis: d.medianX, yAxis: 0 }, { xAxis: xMax, yAxis: d.medianY }]] }
      }]
    };
  }

  var DRAWN = { trend: trend, distribution: distribution, segments: segments, drivers: drivers };

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
      var kind = DRAWN[box.dataset.chart];
      var option = kind && kind(box, data, locale);
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
      // A fresh empty box in its place: the disposed chart may still write to the old one's style
      // (an empty style attribute is inline style too, which the policy refuses when htmx puts the
      // page back).
      var fresh = box.cloneNode(false);
      fresh.removeAttribute('_echarts_instance_');
      fresh.removeAttribute('style');
      box.replaceWith(fresh);
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
