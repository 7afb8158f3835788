// Coverage chart: per child division, the share of townships and villages covered, as bars,
// and the same two shares as a heat strip below, so weak counties stand out at a glance.
document.addEventListener('DOMContentLoaded', function () {
  var box = document.getElementById('coverage-chart');
  if (!box || !window.echarts) { return; }
  fetch(box.dataset.source, { headers: { Accept: 'application/json' } })
    .then(function (r) { return r.json(); })
    .then(function (data) {
      var names = data.children.map(function (c) { return c.name; });
      var pct = function (part, whole) { return whole ? Math.round(part * 1000 / whole) / 10 : 0; };
      var towns = data.children.map(function (c) { return pct(c.townshipsCovered, c.townships); });
      var villages = data.children.map(function (c) { return pct(c.villagesCovered, c.villages); });
      var heat = [];
      towns.forEach(function (v, i) { heat.push([i, 0, v]); });
      villages.forEach(function (v, i) { heat.push([i, 1, v]); });
      var labels = [box.dataset.townships, box.dataset.villages];
      echarts.init(box).setOption({
        animation: false,
        tooltip: { trigger: 'axis' },
        legend: { data: labels },
        grid: [{ top: 40, height: '42%', left: 60, right: 20 }, { top: '74%', height: '14%', left: 60, right: 20 }],
        xAxis: [{ type: 'category', data: names, gridIndex: 0, axisLabel: { interval: 0, rotate: 30 } },
                { type: 'category', data: names, gridIndex: 1, show: false }],
        yAxis: [{ type: 'value', max: 100, gridIndex: 0, axisLabel: { formatter: '{value}%' } },
                { type: 'category', data: labels, gridIndex: 1 }],
        visualMap: { min: 0, max: 100, calculable: false, orient: 'horizontal', left: 'center', bottom: 0,
                     seriesIndex: 2, inRange: { color: ['#cf222e', '#f0c040', '#1a7f37'] } },
        series: [
          { name: labels[0], type: 'bar', data: towns, xAxisIndex: 0, yAxisIndex: 0 },
          { name: labels[1], type: 'bar', data: villages, xAxisIndex: 0, yAxisIndex: 0 },
          { type: 'heatmap', data: heat, xAxisIndex: 1, yAxisIndex: 1 }
        ]
      });
    });
});
