// Draws each <div class="chart" data-table="id" data-kind="bar|line|stack" data-columns="1,2">
// from the table with that id: the first column is the x axis, the other (or chosen) columns
// are the series. The table stays on the page, so every chart has its figures beside it.
(function () {
  'use strict';
  function number(text) {
    var v = parseFloat(String(text).replace(/[%,\s]/g, ''));
    return isNaN(v) ? null : v;
  }
  function draw(el) {
    var table = document.getElementById(el.dataset.table);
    if (!table || typeof echarts === 'undefined') { return; }
    var heads = Array.prototype.map.call(table.querySelectorAll('thead th'), function (th) { return th.textContent.trim(); });
    var rows = Array.prototype.filter.call(table.querySelectorAll('tbody tr'), function (tr) { return !tr.classList.contains('total'); });
    var columns = el.dataset.columns
      ? el.dataset.columns.split(',').map(Number)
      : heads.map(function (h, i) { return i; }).slice(1);
    var kind = el.dataset.kind || 'bar';
    var x = rows.map(function (tr) { return tr.cells[0].textContent.trim(); });
    var series = columns.map(function (c) {
      return {
        name: heads[c], type: kind === 'line' ? 'line' : 'bar', stack: kind === 'stack' ? 'all' : undefined,
        data: rows.map(function (tr) { return tr.cells[c] ? number(tr.cells[c].textContent) : null; })
      };
    });
    var chart = echarts.init(el);
    chart.setOption({
      tooltip: { trigger: 'axis' },
      legend: { type: 'scroll', top: 0 },
      grid: { left: 48, right: 16, top: 40, bottom: 72 },
      xAxis: { type: 'category', data: x, axisLabel: { rotate: x.length > 6 ? 30 : 0 } },
      yAxis: { type: 'value' },
      series: series
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }
  // A heat table: each count shaded by its share of the table's largest count.
  function heat(table) {
    var cells = Array.prototype.slice.call(table.querySelectorAll('tbody td.n'));
    var max = cells.reduce(function (m, td) { return Math.max(m, number(td.textContent) || 0); }, 0);
    if (max === 0) { return; }
    cells.forEach(function (td) {
      var share = (number(td.textContent) || 0) / max;
      td.style.background = 'rgba(178, 34, 34, ' + (share * 0.75).toFixed(2) + ')';
      if (share > 0.55) { td.style.color = '#fff'; }
    });
  }
  function init() {
    document.querySelectorAll('.chart[data-table]').forEach(draw);
    document.querySelectorAll('table.heat').forEach(heat);
  }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', init); } else { init(); }
})();
