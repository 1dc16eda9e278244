// The path finder: a shortest path between two papers or entities, each hop with the edge it walked and
// that edge's evidence. Either end may be an id (global, bare, arXiv) or a name: an entity name goes
// through entity(name:), anything else through the best full-text match among paper titles.
import { gql } from './api.js';
import { h, nodeHref, fmtScore, errorBox } from './dom.js';

const pathQuery = `query Path($from: ID!, $to: ID!) {
  path(from: $from, to: $to, maxHops: 4) {
    nodes { nodeId kind label }
    hops { from { nodeId label } to { nodeId label } kind weight evidence }
  }
}`;

const resolveQuery = `query Resolve($text: String!, $id: ID!) {
  entity(name: $text) { id name }
  paper(id: $id) { id title }
  arxiv: paper(arxivId: $text) { id title }
  papers(search: $text, first: 1) { edges { node { id title } } }
}`;

async function resolve(text) {
  if (/^(Paper|Entity):/.test(text)) return { id: text, label: text };
  const data = await gql(resolveQuery, { text, id: text });
  const paper = data.paper ?? data.arxiv;
  if (paper) return { id: paper.id, label: paper.title };
  if (data.entity) return { id: data.entity.id, label: data.entity.name };
  const hit = data.papers.edges[0]?.node;
  if (hit) return { id: hit.id, label: hit.title };
  throw new Error(`Nothing matches “${text}”.`);
}

export async function renderPath(params) {
  const fromText = params.get('from') || '';
  const toText = params.get('to') || '';
  const from = h('input', { id: 'path-from', name: 'from', value: fromText, required: true, placeholder: 'paper id, arXiv id, title words or entity name' });
  const to = h('input', { id: 'path-to', name: 'to', value: toText, required: true, placeholder: 'paper id, arXiv id, title words or entity name' });
  const form = h('form', { class: 'path-form', onsubmit: event => {
    event.preventDefault();
    location.hash = `#/path?${new URLSearchParams({ from: from.value.trim(), to: to.value.trim() })}`;
  } },
  h('label', { for: 'path-from' }, 'From'), from, h('label', { for: 'path-to' }, 'To'), to, h('button', { type: 'submit' }, 'Find path'));
  const view = [h('h1', {}, 'Path finder'), h('p', { class: 'muted' }, 'The shortest chain of mentions, introductions and builds-on links between two papers or entities (at most four hops).'), form];
  if (!fromText || !toText) return view;

  try {
    const [a, b] = await Promise.all([resolve(fromText), resolve(toText)]);
    const { path } = await gql(pathQuery, { from: a.id, to: b.id });
    // A global id typed in has no label of its own; the path's end nodes carry one.
    if (path?.nodes.length) {
      a.label = path.nodes[0].label;
      b.label = path.nodes[path.nodes.length - 1].label;
    }
    view.push(h('p', {}, 'From ', h('a', { href: nodeHref(a.id) }, a.label), ' to ', h('a', { href: nodeHref(b.id) }, b.label)));
    if (!path) {
      view.push(h('p', { class: 'notice' }, 'No path of at most four hops joins them.'));
      return view;
    }
    view.push(h('ol', { class: 'hops' }, path.hops.map(hop => h('li', {},
      h('a', { href: nodeHref(hop.from.nodeId) }, hop.from.label), ' → ', h('a', { href: nodeHref(hop.to.nodeId) }, hop.to.label),
      h('div', { class: 'reason' }, h('span', { class: 'reason-kind' }, hop.kind.toLowerCase().replace('_', ' ')), ` (weight ${fmtScore(hop.weight)}): ${hop.evidence}`)))));
  } catch (error) {
    view.push(errorBox(error));
  }
  return view;
}
