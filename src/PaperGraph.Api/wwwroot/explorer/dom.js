// Tiny DOM helpers: h() builds elements from data, never from HTML strings, so titles and abstracts
// cannot inject markup.
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
    else if (key === 'class') el.className = value;
    else if (key === 'style') el.style.cssText = value;
    else el.setAttribute(key, value === true ? '' : value);
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(child instanceof Node ? child : String(child));
  }
}

/** A bare id (`arxiv:2312.00752`) from a global one (`Paper:arxiv:2312.00752`). */
export const bare = id => id.replace(/^(Paper|Entity|GraphNode):/, '');

export const paperHref = id => `#/paper/${encodeURIComponent(bare(id))}`;
export const entityHref = id => `#/entity/${encodeURIComponent(bare(id))}`;
export const graphHref = id => `#/graph/${encodeURIComponent(id)}`;
export const nodeHref = id => id.startsWith('Entity:') ? entityHref(id) : paperHref(id);

export function kindBadge(kind) {
  return h('span', { class: `kind kind-${kind.toLowerCase()}` }, kind.toLowerCase());
}

export function section(title, ...children) {
  return h('section', { class: 'card' }, h('h2', {}, title), ...children);
}

export const fmtScore = x => (Math.round(x * 100) / 100).toFixed(2);

export function errorBox(error) {
  return h('p', { class: 'error', role: 'alert' }, `Something went wrong: ${error.message}`);
}
