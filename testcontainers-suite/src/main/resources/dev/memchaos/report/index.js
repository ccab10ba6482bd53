// memchaos results index: row filters, and a trend chart per scenario.
(function () {
  'use strict';
  var scenario = document.getElementById('filter-scenario');
  var verdict = document.getElementById('filter-verdict');
  var rows = Array.prototype.slice.call(document.querySelectorAll('#run-table tbody tr'));
  var shown = document.getElementById('shown');
  function filter() {
    var n = 0;
    rows.forEach(function (r) {
      var ok = (!scenario.value || r.dataset.scenario === scenario.value) && (!verdict.value || r.dataset.verdict === verdict.value);
      r.style.display = ok ? '' : 'none';
      if (ok) { n++; }
    });
    shown.textContent = n + ' of ' + rows.length + ' shown';
    document.querySelectorAll('.trend-block').forEach(function (b) {
      b.style.display = !scenario.value || b.dataset.scenario === scenario.value ? '' : 'none';
    });
  }
  scenario.addEventListener('change', filter);
  verdict.addEventListener('change', filter);

  var trends = JSON.parse(document.getElementById('trend-data').textContent);
  var holder = document.getElementById('trend-charts');
  var palette = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b', '#17becf'];
  var scale = { TIME_MS: [1, 'ms'], BYTES: [1 / 1048576, 'MiB'], COUNT: [1, ''], RATIO: [100, '%'], BOOLEAN: [1, ''] };
  var pending = trends.length;
  function ready() { window.memchaosReadyAt = performance.now(); window.memchaosReady = true; }
  function drawn() { pending--; if (pending <= 0) { ready(); } }

  function draw(el, t) {
    var variants = [];
    t.runs.forEach(function (p) { Object.keys(p.variants).forEach(function (v) { if (variants.indexOf(v) < 0) { variants.push(v); } }); });
    var n = t.metrics.length, grids = [], xs = [], ys = [], titles = [], series = [];
    t.metrics.forEach(function (m, i) {
      var left = (i * 100 / n) + 2.5, width = 100 / n - 5;
      var unit = /PerRequest$/.test(m) && t.units[i] === 'BYTES' ? [1 / 1024, 'KiB'] : scale[t.units[i]];
      grids.push({ left: left + '%', width: width + '%', top: 44, bottom: 28 });
      xs.push({ type: 'time', gridIndex: i, axisLabel: { hideOverlap: true, fontSize: 10 } });
      ys.push({ type: 'value', gridIndex: i, splitNumber: 3, axisLabel: { fontSize: 10 } });
      titles.push({ text: m + (unit[1] ? ' (' + unit[1] + ')' : ''), left: left + '%', top: 20,
                    textStyle: { fontSize: 12, fontWeight: 'normal' } });
      variants.forEach(function (v, k) {
        series.push({ name: v, id: v + ' ' + m, type: 'line', xAxisIndex: i, yAxisIndex: i, showSymbol: true, symbolSize: 4,
          color: palette[k % palette.length], connectNulls: false,
          data: t.runs.filter(function (p) { return p.variants[v]; }).map(function (p) {
            var x = p.variants[v][i];
            return [p.t, x == null ? null : Math.round(x * unit[0] * 1000) / 1000];
          }) });
      });
    });
    var chart = echarts.init(el);
    chart.on('finished', function once() { chart.off('finished', once); drawn(); });
    chart.setOption({ animation: false, title: titles, grid: grids, xAxis: xs, yAxis: ys, series: series,
      legend: { top: 0, data: variants }, tooltip: { trigger: 'item' } });
  }

  trends.forEach(function (t) {
    var block = document.createElement('div');
    block.className = 'trend-block';
    block.dataset.scenario = t.scenario;
    var h = document.createElement('h3');
    h.textContent = t.scenario + ' — ' + t.runs.length + ' completed run' + (t.runs.length === 1 ? '' : 's');
    var el = document.createElement('div');
    el.className = 'chart trend';
    block.appendChild(h);
    block.appendChild(el);
    holder.appendChild(block);
    if (typeof echarts === 'undefined') { drawn(); return; }
    draw(el, t);
  });
  if (!trends.length) { ready(); }
  filter();
})();
