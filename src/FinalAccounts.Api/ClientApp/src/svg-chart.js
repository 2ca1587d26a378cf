// Charts as plain SVG, drawn from a recipe's rows: lines over years for trends, grouped bars for
// breakdowns and comparisons. Derived series are dashed and say so in the legend; a missing value is a
// gap (never a zero). Every mark has a <title> with its exact value.
import { valueAt } from './paths.js';
import { formatTick, formatValue } from './format.js';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 760;
const HEIGHT = 340;
const MARGIN = { left: 72, right: 16, bottom: 96 };
const LEGEND_ROW = 18;
const COLORS = ['#1f6feb', '#d1242f', '#1a7f37', '#9a6700', '#8250df', '#bf3989'];
const MAX_CATEGORIES = 24;

function el(name, attributes = {}, text) {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

function numberOrNull(value) {
  if (value === null || value === undefined || value === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

/** The series to draw: as the recipe lists them, or one per group (e.g. one line per unit). */
function seriesOf(chart, rows) {
  if (chart.points) {
    const first = chart.series[0];
    return rows.slice(0, COLORS.length).map((row) => ({
      ...first, label: { zh: String(valueAt(row, chart.groupBy) ?? '—'), en: '' }, rows: valueAt(row, chart.points) ?? [],
    }));
  }
  if (!chart.groupBy) {
    return chart.series.map((s) => ({ ...s, rows }));
  }
  const groups = new Map();
  for (const row of rows) {
    const key = String(valueAt(row, chart.groupBy) ?? '—');
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(row);
  }
  const first = chart.series[0];
  return [...groups].slice(0, COLORS.length).map(([key, groupRows]) => ({ ...first, label: { zh: key, en: '' }, rows: groupRows }));
}

function niceStep(range) {
  const raw = range / 5;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const residual = raw / magnitude;
  return (residual > 5 ? 10 : residual > 2 ? 5 : residual > 1 ? 2 : 1) * magnitude;
}

function yScale(values, top) {
  let min = Math.min(0, ...values);
  let max = Math.max(0, ...values);
  if (max === min) max = min + 1;
  const step = niceStep(max - min);
  min = Math.floor(min / step) * step;
  max = Math.ceil(max / step) * step;
  const ticks = [];
  for (let t = min; t <= max + step / 2; t += step) ticks.push(+t.toPrecision(12));
  const plotHeight = HEIGHT - top - MARGIN.bottom;
  return { ticks, at: (v) => top + plotHeight - ((v - min) / (max - min)) * plotHeight };
}

function drawAxes(svg, scale, yAxis, top) {
  const plotRight = WIDTH - MARGIN.right;
  for (const tick of scale.ticks) {
    const y = scale.at(tick);
    svg.appendChild(el('line', { x1: MARGIN.left, x2: plotRight, y1: y, y2: y, class: tick === 0 ? 'axis zero' : 'grid' }));
    svg.appendChild(el('text', { x: MARGIN.left - 6, y: y + 4, 'text-anchor': 'end', class: 'tick' }, formatTick(tick)));
  }
  if (yAxis) {
    svg.appendChild(el('text', { x: 8, y: top - 14, class: 'axis-label' }, `${yAxis.zh} · ${yAxis.en}`));
  }
}

/** Rough text width in pixels at 12px: CJK characters are about twice as wide as Latin ones. */
function textWidth(text) {
  let width = 0;
  for (const ch of text) width += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 12 : 6.6;
  return width;
}

function legendText(s) {
  const label = [s.label.zh, s.label.en].filter(Boolean).join(' · ');
  return s.derived && !/derived|推算/.test(label) ? `${label}（推算 derived）` : label;
}

/** Legend entries laid out in rows that fit the width; returns the entries with their places and the rows used. */
function layoutLegend(series) {
  const items = [];
  let x = MARGIN.left;
  let row = 0;
  series.forEach((s, i) => {
    const text = legendText(s);
    const width = 30 + textWidth(text);
    if (x + width > WIDTH - MARGIN.right && x > MARGIN.left) { row += 1; x = MARGIN.left; }
    items.push({ s, i, text, x, y: 14 + row * LEGEND_ROW });
    x += width;
  });
  return { items, rows: row + 1 };
}

function drawLegend(svg, legend) {
  for (const { s, i, text, x, y } of legend.items) {
    const color = COLORS[i % COLORS.length];
    const group = el('g', { class: 'legend-item' });
    group.appendChild(el('line', { x1: x, x2: x + 18, y1: y, y2: y, stroke: color, 'stroke-width': 3, 'stroke-dasharray': s.derived ? '4 3' : 'none' }));
    group.appendChild(el('text', { x: x + 22, y: y + 4, class: 'legend' }, text));
    svg.appendChild(group);
  }
}

function drawLine(svg, chart, series, top) {
  const points = series.map((s) => {
    const byX = new Map();
    for (const row of s.rows) {
      const x = numberOrNull(valueAt(row, chart.x));
      if (x === null) continue;
      byX.set(x + (s.xOffset ?? 0), numberOrNull(valueAt(row, s.y)));
    }
    return byX;
  });
  const domain = [...new Set(points.flatMap((m) => [...m.keys()]))].sort((a, b) => a - b);
  const values = points.flatMap((m) => [...m.values()]).filter((v) => v !== null);
  if (domain.length === 0 || values.length === 0) return false;
  const scale = yScale(values, top);
  drawAxes(svg, scale, chart.yAxis, top);
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const xAt = (x) => MARGIN.left + (domain.length === 1 ? plotWidth / 2 : ((x - domain[0]) / (domain[domain.length - 1] - domain[0])) * plotWidth);
  for (const x of domain) {
    svg.appendChild(el('text', { x: xAt(x), y: HEIGHT - MARGIN.bottom + 18, 'text-anchor': 'middle', class: 'tick' }, String(x)));
  }
  // A derived previous-year point is joined to the reported point it was derived from, dashed: the stated change.
  const reported = series.find((t) => !t.derived && !t.xOffset);
  series.forEach((s, i) => {
    if (!s.derived || !s.xOffset || !reported || chart.groupBy || chart.points) return;
    for (const row of s.rows) {
      const x = numberOrNull(valueAt(row, chart.x));
      const from = numberOrNull(valueAt(row, s.y));
      const to = numberOrNull(valueAt(row, reported.y));
      if (x === null || from === null || to === null) continue;
      svg.appendChild(el('line', {
        x1: xAt(x + s.xOffset), y1: scale.at(from), x2: xAt(x), y2: scale.at(to),
        stroke: COLORS[i % COLORS.length], 'stroke-width': 2, 'stroke-dasharray': '6 4', class: 'derived-link',
      }));
    }
  });
  series.forEach((s, i) => {
    const color = COLORS[i % COLORS.length];
    let d = '';
    let previousPresent = false;
    for (const x of domain) {
      const y = points[i].get(x);
      if (y === null || y === undefined) { previousPresent = false; continue; }
      d += `${previousPresent ? 'L' : 'M'}${xAt(x).toFixed(1)},${scale.at(y).toFixed(1)}`;
      previousPresent = true;
    }
    if (d) svg.appendChild(el('path', { d, class: 'series-line', fill: 'none', stroke: color, 'stroke-width': 2.5, 'stroke-dasharray': s.derived ? '6 4' : 'none' }));
    for (const x of domain) {
      const y = points[i].get(x);
      if (y === null || y === undefined) continue;
      const dot = el('circle', { cx: xAt(x), cy: scale.at(y), r: 4.5, fill: s.derived ? '#fff' : color, stroke: color, 'stroke-width': 2, class: 'point' });
      dot.appendChild(el('title', {}, `${x} ${s.label.zh}${s.derived ? '（推算 derived）' : ''}: ${formatValue(y, 'money')}`));
      svg.appendChild(dot);
    }
  });
  return true;
}

/** The x label of a row: the x value, with the suffix value (e.g. the year) when rows repeat a name across years. */
function labelOf(chart, row) {
  const label = String(valueAt(row, chart.x) ?? '—');
  const suffix = chart.xSuffix ? valueAt(row, chart.xSuffix) : undefined;
  return suffix === undefined || suffix === null ? label : `${label} ${suffix}`;
}

/** Long names differ at their end (重庆市万州区…中心), so a shortened label keeps the end. */
function shorten(label) {
  return label.length > 14 ? `…${label.slice(-13)}` : label;
}

function drawBars(svg, chart, series, top) {
  // One group of bars per row (a row is a table line): rows are never merged, even when names repeat.
  const grouped = series.some((s) => s.rows !== series[0].rows);
  const categories = (series[0]?.rows ?? []).slice(0, MAX_CATEGORIES).map((row) => labelOf(chart, row));
  const valueOf = (s, ci) => {
    const row = grouped ? s.rows.find((r) => labelOf(chart, r) === categories[ci]) : s.rows[ci];
    return row ? numberOrNull(valueAt(row, s.y)) : null;
  };
  const values = series.flatMap((s) => categories.map((_, ci) => valueOf(s, ci))).filter((v) => v !== null);
  if (categories.length === 0 || values.length === 0) return false;
  const scale = yScale(values, top);
  drawAxes(svg, scale, chart.yAxis, top);
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const band = plotWidth / categories.length;
  const barWidth = Math.max(2, (band * 0.8) / series.length);
  categories.forEach((category, ci) => {
    const left = MARGIN.left + ci * band + band * 0.1;
    series.forEach((s, si) => {
      const value = valueOf(s, ci);
      if (value === null) return;
      const y0 = scale.at(0);
      const y1 = scale.at(value);
      const bar = el('rect', {
        x: left + si * barWidth, y: Math.min(y0, y1), width: barWidth - 1, height: Math.max(1, Math.abs(y1 - y0)),
        fill: s.derived ? 'none' : COLORS[si % COLORS.length], stroke: COLORS[si % COLORS.length],
        'stroke-dasharray': s.derived ? '4 3' : 'none', class: 'bar',
      });
      bar.appendChild(el('title', {}, `${category} · ${s.label.zh}${s.derived ? '（推算 derived）' : ''}: ${formatValue(value, 'money')}`));
      svg.appendChild(bar);
    });
    const cx = left + band * 0.4;
    const label = el('text', { x: cx, y: HEIGHT - MARGIN.bottom + 14, 'text-anchor': 'end', transform: `rotate(-30 ${cx} ${HEIGHT - MARGIN.bottom + 14})`, class: 'tick' }, shorten(category));
    label.appendChild(el('title', {}, category));
    svg.appendChild(label);
  });
  return true;
}

/** An SVG chart of the rows, or null when there is nothing to draw. */
export function renderChart(chart, rows, title) {
  const svg = el('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: `chart chart-${chart.kind}`, role: 'img', 'aria-label': title });
  svg.appendChild(el('title', {}, title));
  const series = seriesOf(chart, rows);
  const legend = layoutLegend(series);
  const top = 14 + legend.rows * LEGEND_ROW + 30; // legend rows, then the axis label, then the plot
  const drawn = chart.kind === 'line' ? drawLine(svg, chart, series, top) : drawBars(svg, chart, series, top);
  if (!drawn) return null;
  drawLegend(svg, legend);
  svg.dataset.series = String(series.length);
  return svg;
}
