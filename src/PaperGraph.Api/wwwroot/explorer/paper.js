// A paper: title and abstract with every mention marked at its exact span (colour by kind, score in the
// tooltip, a link to the entity), what it introduces, builds-on links both ways with their reasons, and
// related papers with each reason and its weight.
import { gql } from './api.js';
import { h, paperHref, entityHref, graphHref, kindBadge, section, fmtScore } from './dom.js';

export const paperQuery = `query Paper($id: ID!) {
  paper(id: $id) {
    id title abstract arxivId date authors categories
    mentions { field start end surface score entity { id name kind } }
    introduces { id name kind }
    buildsOn(first: 20) { totalCount edges { node { cited { id title date } via { id name } score reason } } }
    builtOnBy(first: 20) { totalCount edges { node { citing { id title date } via { id name } score reason } } }
    relatedPapers(first: 10) { score paper { id title date } reasons { kind weight evidence entity { id name } } }
  }
}`;

export async function renderPaper(id) {
  const { paper } = await gql(paperQuery, { id });
  if (!paper) return [h('h1', {}, 'Paper not found'), h('p', {}, `No paper has the id ${id}. `, h('a', { href: '#/' }, 'Search instead'))];

  const title = paper.mentions.filter(m => m.field === 'TITLE');
  const abstract = paper.mentions.filter(m => m.field === 'ABSTRACT');
  return [
    h('h1', { class: 'paper-title' }, highlight(paper.title, title)),
    h('p', { class: 'meta' }, [
      paper.date,
      paper.authors.join(', '),
      paper.arxivId ? `arXiv:${paper.arxivId}` : null,
      paper.categories.join(', '),
    ].filter(Boolean).join(' · ')),
    h('p', { class: 'actions' },
      h('a', { class: 'button', href: graphHref(paper.id) }, 'Graph around this paper'), ' ',
      h('a', { class: 'button', href: `#/path?from=${encodeURIComponent(paper.id)}` }, 'Find a path from here')),
    section('Abstract',
      h('p', { class: 'abstract' }, highlight(paper.abstract, abstract)),
      legend(paper.mentions)),
    paper.introduces.length ? section('Introduces', h('ul', { class: 'inline-list' },
      paper.introduces.map(e => h('li', {}, h('a', { href: entityHref(e.id) }, e.name), ' ', kindBadge(e.kind))))) : null,
    section(`Builds on (${paper.buildsOn.totalCount})`, links(paper.buildsOn.edges.map(e => e.node), 'cited')),
    section(`Built on by (${paper.builtOnBy.totalCount})`, links(paper.builtOnBy.edges.map(e => e.node), 'citing')),
    section('Related papers', related(paper.relatedPapers)),
  ];
}

/** The text with each mention wrapped in a link at [start, end); an overlapping later span is left plain. */
export function highlight(text, mentions) {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const parts = [];
  let at = 0;
  for (const m of sorted) {
    if (m.start < at || m.end > text.length) continue;
    parts.push(text.slice(at, m.start));
    const label = m.entity ? `${m.entity.name} (${m.entity.kind.toLowerCase()}), score ${fmtScore(m.score)}` : `score ${fmtScore(m.score)}`;
    parts.push(m.entity
      ? h('a', { class: `mention kind-${m.entity.kind.toLowerCase()}`, href: entityHref(m.entity.id), title: label, 'data-score': m.score }, text.slice(m.start, m.end))
      : h('mark', { class: 'mention', title: label }, text.slice(m.start, m.end)));
    at = m.end;
  }
  parts.push(text.slice(at));
  return parts;
}

function legend(mentions) {
  const kinds = [...new Set(mentions.filter(m => m.entity).map(m => m.entity.kind))];
  if (!kinds.length) return h('p', { class: 'muted' }, 'No entity mentions were linked in this paper.');
  return h('p', { class: 'legend' }, `${mentions.length} mentions, coloured by kind: `, kinds.map(kindBadge), '. Hover for the linker’s score.');
}

function links(items, side) {
  if (!items.length) return h('p', { class: 'muted' }, 'None found.');
  return h('ul', { class: 'link-list' }, items.map(link => {
    const other = link[side];
    return h('li', {},
      h('a', { href: paperHref(other.id) }, other.title), other.date ? h('span', { class: 'muted' }, ` · ${other.date}`) : null,
      h('div', { class: 'reason' }, `Score ${fmtScore(link.score)}: ${link.reason}`, link.via.length ? ' Via ' : '',
        link.via.map((e, i) => [i ? ', ' : '', h('a', { href: entityHref(e.id) }, e.name)])));
  }));
}

function related(items) {
  if (!items.length) return h('p', { class: 'muted' }, 'No related papers found.');
  return h('ol', { class: 'link-list' }, items.map(r => h('li', {},
    h('a', { href: paperHref(r.paper.id) }, r.paper.title), h('span', { class: 'muted' }, ` · score ${fmtScore(r.score)}`),
    h('ul', { class: 'reasons' }, r.reasons.map(reason => h('li', {},
      h('span', { class: 'weight', title: 'This reason’s weight' }, fmtScore(reason.weight)), ' ',
      h('span', { class: 'reason-kind' }, reason.kind.toLowerCase().replaceAll('_', ' ')), ': ',
      reason.entity ? [h('a', { href: entityHref(reason.entity.id) }, reason.entity.name), ' — '] : null,
      reason.evidence))))));
}
