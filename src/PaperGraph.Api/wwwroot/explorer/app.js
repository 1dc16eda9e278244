// The explorer's router: every view has its own hash URL (#/paper/<id>, #/entity/<id>, #/graph/<id>,
// #/path?from=&to=, #/?q=…), so links can be shared and the back button works without server routes.
import { errorBox } from './dom.js';
import { renderSearch } from './search.js';
import { renderPaper } from './paper.js';
import { renderEntity } from './entity.js';
import { renderGraph } from './graph.js';
import { renderPath } from './path.js';
import { watchReadiness } from './status.js';

const routes = [
  [/^\/paper\/(.+)$/, (m, params) => renderPaper(decodeURIComponent(m[1]), params)],
  [/^\/entity\/(.+)$/, (m, params) => renderEntity(decodeURIComponent(m[1]), params)],
  [/^\/graph\/(.+)$/, (m, params) => renderGraph(decodeURIComponent(m[1]), params)],
  [/^\/path$/, (m, params) => renderPath(params)],
  [/^\/(search)?$/, (m, params) => renderSearch(params)],
];

let generation = 0;

async function route() {
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path, query = ''] = hash.split('?');
  const params = new URLSearchParams(query);
  const main = document.getElementById('main');
  const mine = ++generation;
  const match = routes.map(([re, view]) => [re.exec(path), view]).find(([m]) => m);
  main.setAttribute('aria-busy', 'true');
  try {
    const view = match ? await match[1](match[0], params) : notFound();
    // A slower earlier navigation must not overwrite a newer view.
    if (mine !== generation) return;
    main.replaceChildren(...[view].flat(Infinity).filter(part => part !== null && part !== undefined && part !== false));
    document.title = `${main.querySelector('h1')?.textContent ?? 'Explorer'} · PaperGraph`;
    if (!params.has('keepFocus')) main.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  } catch (error) {
    if (mine !== generation) return;
    console.warn(error);
    main.replaceChildren(errorBox(error));
  } finally {
    if (mine === generation) main.removeAttribute('aria-busy');
  }
}

function notFound() {
  const p = document.createElement('p');
  p.textContent = 'No such page. ';
  const a = document.createElement('a');
  a.href = '#/';
  a.textContent = 'Back to search';
  p.append(a);
  return p;
}

window.addEventListener('hashchange', route);
route();
watchReadiness(document.getElementById('status'));
