// An entity: description, aliases, the papers introducing it, usage per year (or month) as a small
// inline SVG bar chart, entities mentioned alongside it, and the papers using it, newest first.
import { gql } from './api.js';
import { h, paperHref, entityHref, graphHref, kindBadge, section } from './dom.js';
import { barChart } from './chart.js';

const query = `query Entity($id: ID!, $granularity: PeriodGranularity, $after: String) {
  entity(id: $id) {
    id name kind aliases description
    introducedBy { id title date }
    usageByPeriod(granularity: $granularity) { period papers }
    coMentioned(first: 12) { sharedPapers entity { id name kind } }
    usedBy(first: 20, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id title date } } }
  }
}`;

export async function renderEntity(id, params) {
  const granularity = params.get('by') === 'month' ? 'MONTH' : 'YEAR';
  const after = params.get('after') || null;
  const { entity } = await gql(query, { id, granularity, after });
  if (!entity) return [h('h1', {}, 'Entity not found'), h('p', {}, `No entity has the id ${id}. `, h('a', { href: '#/' }, 'Search instead'))];

  const here = `#/entity/${encodeURIComponent(id)}`;
  const other = granularity === 'YEAR' ? 'month' : 'year';
  const used = entity.usedBy;
  return [
    h('h1', {}, entity.name, ' ', kindBadge(entity.kind)),
    entity.description ? h('p', { class: 'lead' }, entity.description) : null,
    entity.aliases.length ? h('p', { class: 'meta' }, 'Also known as: ', entity.aliases.join(', ')) : null,
    h('p', { class: 'actions' },
      h('a', { class: 'button', href: graphHref(entity.id) }, 'Graph around this entity'), ' ',
      h('a', { class: 'button', href: `#/?entity=${encodeURIComponent(entity.id)}` }, 'Search papers mentioning it')),
    section('Introduced by', entity.introducedBy.length
      ? h('ul', { class: 'link-list' }, entity.introducedBy.map(p => h('li', {}, h('a', { href: paperHref(p.id) }, p.title), p.date ? h('span', { class: 'muted' }, ` · ${p.date}`) : null)))
      : h('p', { class: 'muted' }, 'No paper in the graph introduces it.')),
    section(`Usage per ${granularity.toLowerCase()}`,
      barChart(entity.usageByPeriod.map(b => [b.period, b.papers]), `Papers mentioning ${entity.name} per ${granularity.toLowerCase()}`),
      h('p', {}, h('a', { href: `${here}?by=${other}` }, `Show per ${other}`))),
    section('Mentioned alongside', entity.coMentioned.length
      ? h('ul', { class: 'inline-list' }, entity.coMentioned.map(c => h('li', {},
        h('a', { href: entityHref(c.entity.id) }, c.entity.name), ' ', kindBadge(c.entity.kind), h('span', { class: 'muted' }, ` ${c.sharedPapers} shared`))))
      : h('p', { class: 'muted' }, 'No other entity shares a paper with it.')),
    section(`Papers using it (${used.totalCount.toLocaleString('en')})`,
      used.edges.length ? h('ol', { class: 'link-list' }, used.edges.map(({ node }) =>
        h('li', {}, h('a', { href: paperHref(node.id) }, node.title), node.date ? h('span', { class: 'muted' }, ` · ${node.date}`) : null))) : h('p', { class: 'muted' }, 'No paper mentions it.'),
      h('nav', { class: 'pager', 'aria-label': 'Pages of papers' },
        after ? h('a', { href: granularity === 'MONTH' ? `${here}?by=month` : here }, '← First page') : null,
        used.pageInfo.hasNextPage ? h('a', { href: `${here}?${new URLSearchParams({ ...(granularity === 'MONTH' ? { by: 'month' } : {}), after: used.pageInfo.endCursor })}` }, 'More →') : null)),
  ];
}
