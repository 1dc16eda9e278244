// Search: full text, facet filters (year, entity kind, entities, author), order and cursor paging, all in
// the URL (#/?q=…&year=…&kind=…&entity=…&author=…&order=…&after=…). The page of results and the facets
// are two requests sent together: the results paint first, the facets fill in when they come.
import { gql } from './api.js';
import { h, paperHref, entityHref, kindBadge, errorBox } from './dom.js';

const PAGE = 20;
const ORDERS = [['RELEVANCE', 'Relevance'], ['DATE_DESC', 'Newest'], ['DATE_ASC', 'Oldest'], ['TITLE', 'Title']];
const KINDS = ['METHOD', 'ARCHITECTURE', 'MODEL', 'DATASET', 'TASK'];

const resultsQuery = `query Search($search: String, $where: PaperWhere, $order: PaperOrder, $first: Int, $after: String, $last: Int, $before: String) {
  papers(search: $search, where: $where, orderBy: $order, first: $first, after: $after, last: $last, before: $before) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { node { id title date authors abstract } }
  }
}`;

const facetsQuery = `query Facets($search: String, $where: PaperWhere) {
  papers(search: $search, where: $where, first: 0) {
    facets(top: 10) {
      years { value papers }
      entityKinds { kind papers }
      entities { entityId papers entity { name kind } }
      authors { name papers }
    }
  }
}`;

function readState(params) {
  const q = params.get('q')?.trim() || '';
  return {
    q,
    year: params.get('year') || '',
    kind: params.get('kind') || '',
    author: params.get('author') || '',
    entities: params.getAll('entity'),
    order: params.get('order') || (q ? 'RELEVANCE' : 'DATE_DESC'),
    after: params.get('after') || '',
    before: params.get('before') || '',
  };
}

function hrefFor(state, changes = {}) {
  const next = { ...state, after: '', before: '', ...changes };
  const params = new URLSearchParams();
  if (next.q) params.set('q', next.q);
  if (next.year) params.set('year', next.year);
  if (next.kind) params.set('kind', next.kind);
  if (next.author) params.set('author', next.author);
  for (const entity of next.entities) params.append('entity', entity);
  if (next.order !== (next.q ? 'RELEVANCE' : 'DATE_DESC')) params.set('order', next.order);
  if (next.after) params.set('after', next.after);
  if (next.before) params.set('before', next.before);
  const query = params.toString();
  return query ? `#/?${query}` : '#/';
}

function variables(state) {
  const where = {};
  if (state.year) where.year = Number(state.year);
  if (state.kind) where.kind = state.kind;
  if (state.author) where.author = state.author;
  if (state.entities.length) where.mentions = state.entities;
  return { search: state.q || null, where };
}

export async function renderSearch(params) {
  const state = readState(params);
  const base = variables(state);
  const paging = state.before ? { last: PAGE, before: state.before } : { first: PAGE, after: state.after || null };
  const facets = gql(facetsQuery, base);
  facets.catch(() => {}); // shown in its own box below; never an unhandled rejection
  const { papers } = await gql(resultsQuery, { ...base, order: state.order, ...paging });

  const facetBox = h('aside', { class: 'facets', 'aria-label': 'Filters' }, h('p', { class: 'muted' }, 'Counting filters…'));
  facets.then(data => facetBox.replaceChildren(...renderFacets(state, data.papers.facets)))
    .catch(error => facetBox.replaceChildren(errorBox(error)));

  return [
    h('h1', {}, state.q ? `Papers matching “${state.q}”` : 'Explore papers'),
    searchForm(state),
    activeFilters(state),
    h('div', { class: 'search-layout' },
      h('div', { class: 'results' },
        h('p', { class: 'count' }, `${papers.totalCount.toLocaleString('en')} papers`),
        papers.edges.length
          ? h('ol', { class: 'paper-list' }, papers.edges.map(({ node }) => paperItem(node)))
          : h('p', {}, 'No paper matches. Remove a filter or search for fewer words.'),
        pager(state, papers.pageInfo)),
      facetBox),
  ];
}

function searchForm(state) {
  const input = h('input', { type: 'search', name: 'q', value: state.q, placeholder: 'e.g. state space models', 'aria-label': 'Search titles and abstracts' });
  const order = h('select', { name: 'order', 'aria-label': 'Order' },
    ORDERS.map(([value, label]) => h('option', { value, selected: value === state.order }, label)));
  const submit = event => {
    event.preventDefault();
    location.hash = hrefFor(state, { q: input.value.trim(), order: order.value === 'RELEVANCE' && !input.value.trim() ? 'DATE_DESC' : order.value });
  };
  order.addEventListener('change', submit);
  return h('form', { class: 'search', role: 'search', onsubmit: submit }, input, order, h('button', { type: 'submit' }, 'Search'));
}

function activeFilters(state) {
  const chips = [];
  if (state.year) chips.push(['Year ' + state.year, { year: '' }]);
  if (state.kind) chips.push([`Mentions a ${state.kind.toLowerCase()}`, { kind: '' }]);
  if (state.author) chips.push(['By ' + state.author, { author: '' }]);
  for (const entity of state.entities) chips.push(['Mentions ' + entity.replace(/^Entity:/, ''), { entities: state.entities.filter(e => e !== entity) }]);
  if (!chips.length) return null;
  return h('p', { class: 'chips' }, 'Filters: ',
    chips.map(([label, change]) => h('a', { class: 'chip', href: hrefFor(state, change), 'aria-label': `Remove filter: ${label}` }, label, ' ×')));
}

function paperItem(paper) {
  const snippet = paper.abstract.length > 260 ? paper.abstract.slice(0, 260).replace(/\s+\S*$/, '') + '…' : paper.abstract;
  return h('li', {},
    h('a', { class: 'title', href: paperHref(paper.id) }, paper.title),
    h('div', { class: 'meta' }, [paper.date, paper.authors.slice(0, 3).join(', ') + (paper.authors.length > 3 ? ' et al.' : '')].filter(Boolean).join(' · ')),
    h('p', { class: 'snippet' }, snippet));
}

function pager(state, pageInfo) {
  const links = [];
  // With `before` the server reports hasPreviousPage for the items before the page; with `after`, any
  // cursor at all means there is a page before.
  const hasPrevious = state.before ? pageInfo.hasPreviousPage : Boolean(state.after);
  const hasNext = state.before ? true : pageInfo.hasNextPage;
  if (hasPrevious && pageInfo.startCursor) links.push(h('a', { href: hrefFor(state, { before: pageInfo.startCursor }), rel: 'prev' }, '← Previous'));
  if (hasNext && pageInfo.endCursor) links.push(h('a', { href: hrefFor(state, { after: pageInfo.endCursor }), rel: 'next' }, 'Next →'));
  return links.length ? h('nav', { class: 'pager', 'aria-label': 'Pages' }, links) : null;
}

function facetList(title, items) {
  if (!items.length) return null;
  return h('div', { class: 'facet' }, h('h2', {}, title), h('ul', {}, items));
}

function renderFacets(state, facets) {
  const link = (label, count, change, current) => h('li', {},
    h('a', { href: hrefFor(state, change), 'aria-current': current ? 'true' : null }, label),
    h('span', { class: 'n' }, count.toLocaleString('en')));
  const blocks = [
    facetList('Year', facets.years.map(b => link(b.value, b.papers, { year: state.year === b.value ? '' : b.value }, state.year === b.value))),
    facetList('Mentions a', facets.entityKinds.filter(k => KINDS.includes(k.kind)).map(k =>
      link(k.kind.toLowerCase(), k.papers, { kind: state.kind === k.kind ? '' : k.kind }, state.kind === k.kind))),
    facetList('Top entities', facets.entities.map(e => h('li', {},
      h('a', { href: hrefFor(state, { entities: state.entities.includes(e.entityId) ? state.entities : [...state.entities, e.entityId] }) }, e.entity?.name ?? e.entityId),
      ' ', e.entity ? kindBadge(e.entity.kind) : null,
      h('a', { class: 'aside-link', href: entityHref(e.entityId), 'aria-label': `About ${e.entity?.name ?? e.entityId}` }, 'ⓘ'),
      h('span', { class: 'n' }, e.papers.toLocaleString('en'))))),
    facetList('Authors', facets.authors.map(a => link(a.name, a.papers, { author: state.author === a.name ? '' : a.name }, state.author === a.name))),
  ].filter(Boolean);
  return blocks.length ? blocks : [h('p', { class: 'muted' }, 'No filters for this selection.')];
}
