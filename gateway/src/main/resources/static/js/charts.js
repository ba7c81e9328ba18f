// Accessible bar charts drawn in SVG: the picture has a text alternative, and the same numbers are
// always available as a table (no chart library to download on a slow connection).
import { h, uid } from './dom.js';
import { t, colon } from './i18n.js';

const PALETTE = ['#0b6e4f', '#1f5f99', '#8a4b08', '#6b3fa0', '#a3213a', '#2d6a6a', '#5a5a12', '#7a3060', '#38506b'];

/**
 * A horizontal bar chart: one labelled row per datum, so it reads on a 360-pixel phone.
 * data: [{label, value, marker?}], format: value → text. A datum's marker (a target, a due share) is
 * drawn as an upright line across its bar, named by markerLabel in the text alternative and the table.
 */
export function barChart({ title, data, format = String, empty, markerLabel, legend }) {
  const captionId = uid('chart');
  const figure = h('figure', { class: 'chart', 'aria-labelledby': captionId });
  figure.append(h('figcaption', { id: captionId }, title));
  if (!data.length) {
    figure.append(h('p', { class: 'muted' }, empty || t('chart.empty')));
    return figure;
  }
  const markers = data.some(d => d.marker !== undefined && d.marker !== null);
  const max = Math.max(...data.map(d => Math.max(d.value, markers ? Number(d.marker || 0) : 0)), 0) || 1;
  const rowHeight = 40;
  const width = 320;
  const labelHeight = 17;
  const height = data.length * rowHeight + 4;
  const scale = value => Math.round((Math.max(0, value) / max) * (width - 100));
  const withMarker = d => (markers && d.marker !== undefined && d.marker !== null ? ` (${colon(markerLabel)}${format(d.marker)})` : '');
  const summary = data.map(d => `${d.label} : ${format(d.value)}${withMarker(d)}`).join(' ; ');
  const svg = h('svg:svg', {
    viewBox: `0 0 ${width} ${height}`, class: 'chart-svg', role: 'img',
    'aria-label': `${title}. ${summary}`, preserveAspectRatio: 'xMinYMin meet',
  });
  data.forEach((d, i) => {
    const y = i * rowHeight;
    const barWidth = Math.max(2, scale(d.value));
    const color = PALETTE[i % PALETTE.length];
    const g = h('svg:g', { 'aria-hidden': 'true' });
    const label = h('svg:text', { x: 0, y: y + labelHeight - 2, class: 'chart-label' });
    label.textContent = d.label;
    const bar = h('svg:rect', { x: 0, y: y + labelHeight + 1, width: barWidth, height: 16, rx: 2, fill: color });
    const end = markers && d.marker !== undefined && d.marker !== null ? Math.max(barWidth, scale(d.marker)) : barWidth;
    const value = h('svg:text', { x: end + 6, y: y + labelHeight + 14, class: 'chart-value' });
    value.textContent = format(d.value);
    g.append(label, bar);
    if (markers && d.marker !== undefined && d.marker !== null) {
      const x = Math.max(1, scale(d.marker));
      g.append(h('svg:line', { x1: x, x2: x, y1: y + labelHeight - 2, y2: y + labelHeight + 20, class: 'chart-marker' }));
    }
    g.append(value);
    svg.append(g);
  });
  figure.append(svg);
  if (legend) figure.append(h('p', { class: 'hint chart-legend' }, legend));
  figure.append(h('details', { class: 'chart-data' },
    h('summary', {}, t('chart.table')),
    h('table', {},
      h('caption', { class: 'visually-hidden' }, title),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('chart.label')), h('th', { scope: 'col' }, t('chart.value')),
        markers ? h('th', { scope: 'col' }, markerLabel) : null)),
      h('tbody', {}, data.map(d => h('tr', {}, h('th', { scope: 'row' }, d.label), h('td', {}, format(d.value)),
        markers ? h('td', {}, d.marker === undefined || d.marker === null ? '—' : format(d.marker)) : null))))));
  return figure;
}

/** Sums values by a key: [{label, value}] sorted by value, largest first. */
export function tally(rows, keyOf, valueOf = () => 1) {
  const totals = new Map();
  for (const row of rows) {
    const key = keyOf(row);
    if (key === undefined || key === null) continue;
    totals.set(key, (totals.get(key) || 0) + Number(valueOf(row) || 0));
  }
  return [...totals.entries()].map(([label, value]) => ({ label, value })).sort((a, b) => b.value - a.value);
}
