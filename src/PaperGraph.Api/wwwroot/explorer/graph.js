// The neighbourhood of a paper or entity drawn with Cytoscape.js (installed from npm, loaded only on this
// view). Nodes are coloured by kind; selecting an edge shows its evidence on the canvas and in the panel;
// activating a node expands it. The list under the canvas does the same for keyboard users. A notice
// says when the server cut the neighbourhood short.
import { gql } from './api.js';
import { h, nodeHref, bare, fmtScore } from './dom.js';

const neighbourhoodQuery = `query Around($id: ID!, $hops: Int, $max: Int) {
  neighbourhood(id: $id, hops: $hops, maxNodes: $max) {
    truncated nodesLeftOut papersLeftOut
    nodes { nodeId kind label date }
    edges { source target kind weight evidence }
  }
}`;

const COLOURS = { PAPER: '#1d4ed8', METHOD: '#047857', ARCHITECTURE: '#7c3aed', MODEL: '#b45309', DATASET: '#be123c', TASK: '#0e7490', ENTITY: '#475569' };
const EDGE_COLOURS = { MENTIONS: '#94a3b8', BUILDS_ON: '#1d4ed8', INTRODUCES: '#047857' };

/** Entity kinds for the graph's entity nodes, in one request (GraphNode says only PAPER or ENTITY). */
async function entityKinds(ids) {
  if (!ids.length) return {};
  const fields = ids.map((id, i) => `e${i}: entity(id: $i${i}) { kind }`).join(' ');
  const declared = ids.map((_, i) => `$i${i}: ID!`).join(', ');
  const data = await gql(`query Kinds(${declared}) { ${fields} }`, Object.fromEntries(ids.map((id, i) => [`i${i}`, id])));
  return Object.fromEntries(ids.map((id, i) => [id, data[`e${i}`]?.kind ?? 'ENTITY']));
}

export async function renderGraph(id, params) {
  const centre = id;
  const hops = Math.min(Math.max(Number(params.get('hops') || 1), 1), 2);
  const [{ neighbourhood }, cytoscape] = await Promise.all([
    gql(neighbourhoodQuery, { id: centre, hops, max: 60 }),
    import('/explorer/vendor/cytoscape.esm.min.mjs').then(m => m.default).catch(() => null),
  ]);
  if (!neighbourhood.nodes.length) return [h('h1', {}, 'Nothing to draw'), h('p', {}, `No paper or entity has the id ${id}.`)];
  const centreNode = neighbourhood.nodes[0];

  const notice = h('p', { class: 'notice', role: 'status', hidden: true });
  const panel = h('div', { class: 'graph-panel', 'aria-live': 'polite' }, h('p', { class: 'muted' }, 'Click a node to expand it (or use “Expand” in the list below); point at or click an edge to read its evidence.'));
  const canvas = h('div', { class: 'graph-canvas', role: 'img', 'aria-label': `Graph around ${centreNode.label}; the lists below hold the same nodes and edges` });
  const nodeList = h('ul', { class: 'node-list' });
  const edgeList = h('ul', { class: 'edge-list' });
  const graph = { nodes: new Map(), edges: new Map(), cut: { nodes: 0, papers: 0 } };

  if (!cytoscape) {
    canvas.replaceChildren(h('p', { class: 'error' }, 'Cytoscape.js is not installed (run deploy/explorer/install.sh); the lists below show the graph.'));
  }
  let cy = null;
  const createGraph = () => cytoscape({
    container: canvas,
    style: [
      { selector: 'node', style: { 'background-color': 'data(colour)', label: 'data(short)', 'font-size': 10, color: '#0f172a', 'text-wrap': 'ellipsis', 'text-max-width': 120, width: 18, height: 18 } },
      { selector: 'node[kind = "PAPER"]', style: { shape: 'round-rectangle' } },
      { selector: 'node.centre', style: { width: 30, height: 30, 'border-width': 3, 'border-color': '#0f172a' } },
      { selector: 'node.expanded', style: { 'border-width': 2, 'border-color': '#f59e0b' } },
      { selector: 'edge', style: { width: 'mapData(weight, 0, 1, 1, 4)', 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier', label: 'data(short)', 'font-size': 8, color: '#475569', 'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 0.8 } },
      { selector: 'edge:selected, edge.hover', style: { label: 'data(evidence)', 'font-size': 10, color: '#0f172a', 'text-wrap': 'wrap', 'text-max-width': 220, 'z-index': 10 } },
      { selector: ':selected', style: { 'overlay-opacity': 0.15 } },
    ],
  });

  async function add(data, from) {
    const fresh = data.nodes.filter(n => !graph.nodes.has(n.nodeId));
    const kinds = await entityKinds(fresh.filter(n => n.kind === 'ENTITY').map(n => n.nodeId));
    for (const n of fresh) {
      const kind = n.kind === 'PAPER' ? 'PAPER' : kinds[n.nodeId] ?? 'ENTITY';
      graph.nodes.set(n.nodeId, { ...n, entityKind: kind });
      cy?.add({ group: 'nodes', data: { id: n.nodeId, label: n.label, short: n.label.length > 40 ? n.label.slice(0, 38) + '…' : n.label, kind: n.kind, colour: COLOURS[kind] } });
    }
    for (const e of data.edges) {
      const key = `${e.source}|${e.kind}|${e.target}`;
      if (graph.edges.has(key)) continue;
      graph.edges.set(key, e);
      cy?.add({ group: 'edges', data: { id: key, source: e.source, target: e.target, kind: e.kind, weight: e.weight, evidence: e.evidence, colour: EDGE_COLOURS[e.kind], short: `${e.kind.toLowerCase().replace('_', ' ')} ${fmtScore(e.weight)}` } });
    }
    if (data.truncated) {
      graph.cut.nodes += data.nodesLeftOut;
      graph.cut.papers += data.papersLeftOut;
      notice.hidden = false;
      const parts = [];
      if (graph.cut.nodes) parts.push(`${graph.cut.nodes} nodes were reached but left out (too many to draw)`);
      if (graph.cut.papers) parts.push(`${graph.cut.papers} papers of much-used entities were not read (each entity is sampled to its newest 50 papers)`);
      notice.textContent = `Truncated: ${parts.join('; ')}. Expand a node to see more around it.`;
    }
    graph.nodes.get(from ?? centreNode.nodeId).expanded = true;
    cy?.getElementById(from ?? centreNode.nodeId).addClass('expanded');
    cy?.layout({ name: 'cose', animate: false, randomize: false, nodeDimensionsIncludeLabels: true, padding: 20 }).run();
    renderLists();
    return fresh.length;
  }

  async function expand(nodeId) {
    panel.replaceChildren(h('p', {}, 'Expanding…'));
    try {
      const { neighbourhood: more } = await gql(neighbourhoodQuery, { id: nodeId, hops: 1, max: 30 });
      const count = await add(more, nodeId);
      panel.replaceChildren(h('p', {}, `Expanded ${graph.nodes.get(nodeId).label}: ${count} new nodes.`));
    } catch (error) {
      panel.replaceChildren(h('p', { class: 'error', role: 'alert' }, `Could not expand: ${error.message}`));
    }
  }

  function show(nodeId, keep) {
    const n = graph.nodes.get(nodeId);
    if (!keep) panel.replaceChildren();
    panel.append(h('p', {}, h('strong', {}, n.label), ` (${n.entityKind.toLowerCase()}${n.date ? `, ${n.date}` : ''}) `),
      h('p', {}, h('a', { href: nodeHref(nodeId) }, 'Open its page')));
  }

  function renderLists() {
    nodeList.replaceChildren(...[...graph.nodes.values()].map(n => h('li', {},
      h('span', { class: 'dot', style: `background:${COLOURS[n.entityKind]}` }), ' ',
      h('a', { href: nodeHref(n.nodeId) }, n.label), ` (${n.entityKind.toLowerCase()}) `,
      h('button', { type: 'button', class: 'small', 'data-expand': bare(n.nodeId), disabled: n.expanded || null, onclick: () => expand(n.nodeId) }, n.expanded ? 'Expanded' : 'Expand'))));
    edgeList.replaceChildren(...[...graph.edges.values()].map(e => h('li', {}, e.evidence, h('span', { class: 'muted' }, ` (${e.kind.toLowerCase()}, ${fmtScore(e.weight)})`))));
  }

  function listen() {
    // A click expands a node once and then shows it; later clicks only show it.
    cy.on('tap', 'node', async event => {
      const id = event.target.id();
      const fresh = !graph.nodes.get(id).expanded;
      if (fresh) await expand(id);
      show(id, fresh);
    });
    cy.on('mouseover', 'edge', event => event.target.addClass('hover'));
    cy.on('mouseout', 'edge', event => event.target.removeClass('hover'));
    cy.on('tap', 'edge', event => {
      const e = graph.edges.get(event.target.id());
      panel.replaceChildren(h('p', {}, h('strong', {}, e.kind.toLowerCase().replace('_', ' ')), ` (weight ${fmtScore(e.weight)}): ${e.evidence}`));
    });
  }

  const view = [
    h('h1', {}, 'Graph around ', h('a', { href: nodeHref(centreNode.nodeId) }, centreNode.label)),
    h('p', { class: 'legend' }, Object.entries(COLOURS).filter(([k]) => k !== 'ENTITY').map(([k, c]) =>
      h('span', { class: 'legend-item' }, h('span', { class: 'dot', style: `background:${c}` }), ' ', k.toLowerCase(), ' ')),
      hops === 1 ? h('a', { href: `#/graph/${encodeURIComponent(id)}?hops=2` }, 'Two hops') : h('a', { href: `#/graph/${encodeURIComponent(id)}` }, 'One hop')),
    notice,
    h('div', { class: 'graph-layout' }, canvas, panel),
    h('details', { class: 'card', open: true }, h('summary', {}, 'Nodes (keyboard: Tab to a node, Enter to expand)'), nodeList),
    h('details', { class: 'card' }, h('summary', {}, 'Edges with their evidence'), edgeList),
  ];
  // Cytoscape measures its container, so it starts once the view is in the document.
  requestAnimationFrame(() => {
    if (cytoscape && canvas.isConnected) {
      cy = createGraph();
      listen();
    }
    add(neighbourhood, null)
      .then(() => cy?.getElementById(centreNode.nodeId).addClass('centre'))
      .catch(error => panel.replaceChildren(h('p', { class: 'error', role: 'alert' }, `Could not draw the graph: ${error.message}`)));
  });
  return view;
}
