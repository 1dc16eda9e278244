// A small inline SVG bar chart: no library, readable at 390 px (it scales with its box), with a text
// table of the same numbers for screen readers.
import { h } from './dom.js';

const NS = 'http://www.w3.org/2000/svg';

function s(tag, attrs = {}, text) {
  const el = document.createElementNS(NS, tag);
  for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, value);
  if (text !== undefined) el.textContent = text;
  return el;
}

export function barChart(points, title) {
  if (!points.length) return h('p', { class: 'muted' }, 'No dated paper mentions it, so there is nothing to chart.');
  const width = 600, height = 180, pad = 28, max = Math.max(...points.map(p => p[1]));
  const step = (width - pad * 2) / points.length;
  const svg = s('svg', { viewBox: `0 0 ${width} ${height}`, class: 'chart', role: 'img', 'aria-label': title });
  svg.append(s('title', {}, title));
  svg.append(s('line', { x1: pad, y1: height - pad, x2: width - pad, y2: height - pad, class: 'axis' }));
  const labelEvery = Math.ceil(points.length / 12);
  points.forEach(([label, value], i) => {
    const barHeight = max ? (value / max) * (height - pad * 2) : 0;
    const x = pad + i * step;
    const bar = s('rect', { x: x + step * 0.1, y: height - pad - barHeight, width: Math.max(step * 0.8, 1), height: barHeight, class: 'bar' });
    bar.append(s('title', {}, `${label}: ${value} papers`));
    svg.append(bar);
    if (i % labelEvery === 0) svg.append(s('text', { x: x + step / 2, y: height - pad + 16, 'text-anchor': 'middle', class: 'tick' }, label));
  });
  svg.append(s('text', { x: pad, y: pad - 10, class: 'tick' }, `max ${max}`));
  const table = h('div', { class: 'sr-only' }, h('table', {}, h('caption', {}, title),
    h('tr', {}, h('th', { scope: 'col' }, 'Period'), h('th', { scope: 'col' }, 'Papers')),
    points.map(([label, value]) => h('tr', {}, h('td', {}, label), h('td', {}, String(value))))));
  return h('figure', { class: 'chart-box' }, svg, table);
}
