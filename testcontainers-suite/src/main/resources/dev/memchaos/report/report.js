// memchaos run report: one time axis, five panels, the variants overlaid.
// Data: the JSON in #chart-data (see ChartData.java). Every name shown comes from there
// and is drawn by ECharts as text.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('chart-data').textContent);
  var el = document.getElementById('timeline-chart');
  function ready() { window.memchaosReadyAt = performance.now(); window.memchaosReady = true; }
  if (!data.variants.length || typeof echarts === 'undefined') { el.style.display = 'none'; ready(); return; }

  var palette = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b', '#17becf'];
  var panels = [
    { title: 'latency (ms): p99 solid, p50 dashed', unit: 'ms' },
    { title: 'memory (MiB): usage solid, limit dashed', unit: 'MiB' },
    { title: 'Go heap in use (MiB)', unit: 'MiB' },
    { title: 'GC: pause ms/s solid, cycles/s dashed', unit: '' },
    { title: 'requests in flight', unit: '' }
  ];
  // One time axis for every panel: the span of everything drawn.
  var xMin = Infinity, xMax = -Infinity;
  data.variants.forEach(function (v) {
    ['latencyP50Ms', 'latencyP99Ms', 'memoryMiB', 'limitMiB', 'heapInUseMiB', 'gcPauseMsPerS', 'gcCyclesPerS', 'inFlight']
      .forEach(function (k) { v[k].forEach(function (p) { xMin = Math.min(xMin, p[0]); xMax = Math.max(xMax, p[0]); }); });
    v.faults.forEach(function (f) { xMin = Math.min(xMin, f.startS); xMax = Math.max(xMax, f.endS); });
  });
  if (!isFinite(xMin)) { xMin = 0; xMax = 1; }
  xMin = Math.floor(xMin); xMax = Math.ceil(xMax);
  var top = 30, height = 150, gap = 58;
  var grids = [], xAxes = [], yAxes = [], titles = [], series = [];
  panels.forEach(function (p, i) {
    var y = top + i * (height + gap);
    grids.push({ left: 64, right: 24, top: y, height: height });
    xAxes.push({ type: 'value', gridIndex: i, name: i === panels.length - 1 ? 's' : '', min: xMin, max: xMax,
                 axisLabel: { formatter: function (x) { return Math.round(x * 10) / 10 + 's'; } } });
    yAxes.push({ type: 'value', gridIndex: i, scale: false, splitNumber: 3 });
    titles.push({ text: p.title, top: y - 24, left: 60, textStyle: { fontSize: 13, fontWeight: 'normal' } });
  });

  // Every series of a variant carries the variant's name (the legend shows or hides them together);
  // its id says what it is, for the tooltip.
  function line(variant, what, panel, points, color, dashed, extra) {
    var s = { id: variant + ' ' + what, name: variant, type: 'line', xAxisIndex: panel, yAxisIndex: panel, data: points, showSymbol: false,
              connectNulls: false, lineStyle: { color: color, width: dashed ? 1.2 : 1.8, type: dashed ? 'dashed' : 'solid' },
              itemStyle: { color: color }, emphasis: { disabled: true } };
    if (extra) { Object.keys(extra).forEach(function (k) { s[k] = extra[k]; }); }
    series.push(s);
  }

  function marks(v, color) {
    var areas = v.faults.map(function (f) {
      return [{ name: f.label + (f.error ? ' (not applied)' : ''), xAxis: f.startS,
                itemStyle: { color: color, opacity: 0.10 }, label: { show: false } }, { xAxis: Math.max(f.endS, f.startS + 0.2) }];
    });
    var lines = v.oomKillsS.map(function (t) { return { name: 'OOM kill', xAxis: t, lineStyle: { color: '#c62828', width: 2 } }; })
      .concat(v.restartsS.map(function (t) { return { name: 'restart', xAxis: t, lineStyle: { color: '#2e8540', width: 2, type: 'dashed' } }; }));
    return {
      markArea: { silent: false, data: areas, label: { show: false } },
      markLine: { symbol: 'none', silent: false, data: lines, label: { show: true, formatter: '{b}', position: 'insideEndTop', fontSize: 10 } }
    };
  }

  data.variants.forEach(function (v, i) {
    var c = palette[i % palette.length];
    var m = marks(v, c);
    line(v.name, 'p99', 0, v.latencyP99Ms, c, false, m);
    line(v.name, 'p50', 0, v.latencyP50Ms, c, true);
    line(v.name, 'memory', 1, v.memoryMiB, c, false, m);
    line(v.name, 'limit', 1, v.limitMiB, c, true, { step: 'end' });
    line(v.name, 'heap', 2, v.heapInUseMiB, c, false, m);
    line(v.name, 'GC pause ms/s', 3, v.gcPauseMsPerS, c, false, m);
    line(v.name, 'GC cycles/s', 3, v.gcCyclesPerS, c, true);
    line(v.name, 'in flight', 4, v.inFlight, c, false, m);
  });

  var chart = echarts.init(el, null, { renderer: 'canvas' });
  chart.on('finished', function once() { chart.off('finished', once); ready(); });
  chart.setOption({
    animation: false,
    color: palette,
    title: titles,
    legend: { top: 0, type: 'scroll', data: data.variants.map(function (v) { return v.name; }) },
    tooltip: { trigger: 'axis', axisPointer: { type: 'line' }, formatter: function (items) {
      if (!items.length) { return ''; }
      var esc = echarts.format.encodeHTML;
      return esc(String(items[0].axisValue)) + ' s<br>' + items.map(function (p) {
        return p.marker + esc(p.seriesId) + ': <b>' + esc(p.value[1] == null ? '—' : String(p.value[1])) + '</b>';
      }).join('<br>');
    } },
    axisPointer: { link: [{ xAxisIndex: 'all' }] },
    dataZoom: [{ type: 'inside', xAxisIndex: panels.map(function (p, i) { return i; }) },
               { type: 'slider', xAxisIndex: panels.map(function (p, i) { return i; }), bottom: 4, height: 18 }],
    grid: grids, xAxis: xAxes, yAxis: yAxes, series: series
  });
  window.addEventListener('resize', function () { chart.resize(); });
})();
