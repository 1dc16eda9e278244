// First paint of the explorer's search page and paper page in headless Debian chromium, against a running
// host. "Painted" is the first animation frame after the view's content is in the DOM (the results list,
// the abstract), measured from navigation start in the page itself; first-contentful-paint is reported too.
// Each cold load uses a fresh browser context (empty cache); warm loads reload in the same context.
// The page weight is the explorer's own assets as the browser received them (encodedBodySize), without
// the GraphQL answers; Cytoscape.js is counted apart, as only the graph view loads it.
// Usage: node explorer-paint.mjs <playwright-core dir> <base url> <samples>
import { createRequire } from 'node:module';

const [, , playwrightDir, base, samplesText] = process.argv;
const samples = Number(samplesText ?? 20);
const { chromium } = createRequire(playwrightDir + '/')('playwright-core');

async function gql(query) {
  const response = await fetch(base + '/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return (await response.json()).data;
}

// Records, in the page, when each selector first has content and a frame has been painted after it.
const recorder = () => {
  window.__painted = {};
  const watch = { search: '.paper-list li', facets: '.facets .facet', paper: '.abstract' };
  new MutationObserver(() => {
    for (const [name, selector] of Object.entries(watch)) {
      if (window.__painted[name] === undefined && document.querySelector(selector)) {
        window.__painted[name] = null;
        requestAnimationFrame(() => { window.__painted[name] = performance.now(); console.debug('painted ' + name); });
      }
    }
  }).observe(document, { childList: true, subtree: true });
};

const stats = values => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = q => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return `p50 ${at(0.5).toFixed(0)} ms, p95 ${at(0.95).toFixed(0)} ms, max ${sorted.at(-1).toFixed(0)} ms (n=${sorted.length})`;
};

const { papers, total } = await gql(`{ total: papers(first: 0) { totalCount } papers(first: 100, orderBy: DATE_DESC) { edges { node { id } } } }`)
  .then(d => ({ papers: d.papers.edges.map(e => e.node.id), total: d.total.totalCount }));
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const results = { searchCold: [], searchWarm: [], searchFcp: [], facetsCold: [], paperCold: [], paperWarm: [], paperInApp: [], paperSent: [], paperAnswered: [], paperScripts: [] };
let weight = null;
const unpaintedFacets = [];
try {
  // The page says when a view is painted on the console: Playwright's waitForFunction would inject and run its own
  // script in the page (13–28 ms of the renderer's main thread in a cold context, seen in a Chromium trace) inside
  // the very window being timed, which no user's browser runs.
  const painted = (page, view, timeout = 60000) => page.waitForEvent('console', { predicate: m => m.text() === 'painted ' + view, timeout });
  const quietly = promise => { promise.catch(() => {}); return promise; }; // settled later; never an unhandled rejection
  // Facets take about 2 s on the full store. A load whose facets never paint is counted and described (what the facet
  // box shows instead), not fatal: it says something about the page, and the paper timings need not be lost with it.
  const facetsPainted = async (page, done) => {
    if (await done.then(() => true, () => false)) return true;
    unpaintedFacets.push(await page.evaluate(() => document.querySelector('.facets')?.innerText?.slice(0, 120) ?? '(no facet box)'));
    return false;
  };
  const load = async (page, url, view) => {
    const done = painted(page, view);
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await done;
    return page.evaluate(() => ({
      painted: window.__painted,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      // Where a load spends its time: the first GraphQL request sent and answered, the last script received.
      graphql: performance.getEntriesByType('resource').find(r => r.name.endsWith('/graphql')) ?? null,
      scripts: Math.max(0, ...performance.getEntriesByType('resource').filter(r => /\.m?js$/.test(r.name)).map(r => r.responseEnd)),
    })).then(r => ({ ...r, sent: r.graphql?.startTime, answered: r.graphql?.responseEnd }));
  };
  for (let i = 0; i < samples + 2; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(recorder);
    const page = await context.newPage();
    const facetsDone = quietly(painted(page, 'facets', 20000));
    const cold = await load(page, base + '/', 'search');
    const facets = await facetsPainted(page, facetsDone) ? await page.evaluate(() => window.__painted.facets) : null;
    if (i === 0) {
      weight = await page.evaluate(() => performance.getEntriesByType('resource')
        .filter(r => !r.name.includes('/graphql') && !r.name.includes('/health'))
        .map(r => ({ name: new URL(r.name).pathname, bytes: r.encodedBodySize }))
        .concat([{ name: '/', bytes: performance.getEntriesByType('navigation')[0].encodedBodySize }]));
      await page.goto(base + '/#/graph/' + encodeURIComponent(papers[0]), { waitUntil: 'domcontentloaded' });
      await page.waitForSelector('.graph-canvas canvas', { timeout: 60000 });
      const vendor = await page.evaluate(() => performance.getEntriesByType('resource').filter(r => r.name.includes('/vendor/')).map(r => ({ name: new URL(r.name).pathname, bytes: r.encodedBodySize })));
      weight.push(...vendor);
      await page.goto(base + '/', { waitUntil: 'domcontentloaded' });
    }
    const warmFacets = quietly(painted(page, 'facets', 20000));
    const warm = await load(page, base + '/', 'search');
    // The reload asked for the facets too (about 2 s of server time on the full store): let them finish, so
    // the paper loads below are not timed against the benchmark's own leftover queries.
    await facetsPainted(page, warmFacets);
    const id = papers[(i * 7) % papers.length];
    // In the app: from the search page to a paper, as a click does (a hash change).
    await page.evaluate(() => { window.__painted.paper = undefined; window.__start = performance.now(); });
    const inAppDone = painted(page, 'paper');
    await page.evaluate(h => { location.hash = h; }, '#/paper/' + encodeURIComponent(id.replace(/^Paper:/, '')));
    await inAppDone;
    const inApp = await page.evaluate(() => window.__painted.paper - window.__start);
    const paperWarm = await load(page, base + '/?r=' + i + '#/paper/' + encodeURIComponent(id.replace(/^Paper:/, '')), 'paper');
    await context.close();

    const fresh = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await fresh.addInitScript(recorder);
    const paperPage = await fresh.newPage();
    const paperCold = await load(paperPage, base + '/#/paper/' + encodeURIComponent(id.replace(/^Paper:/, '')), 'paper');
    await fresh.close();
    if (i < 2) continue; // warm-up: the server's and the browser's first runs
    results.searchCold.push(cold.painted.search);
    results.searchFcp.push(cold.fcp);
    if (facets !== null) results.facetsCold.push(facets);
    results.searchWarm.push(warm.painted.search);
    results.paperCold.push(paperCold.painted.paper);
    results.paperSent.push(paperCold.sent);
    results.paperAnswered.push(paperCold.answered);
    results.paperScripts.push(paperCold.scripts);
    results.paperWarm.push(paperWarm.painted.paper);
    results.paperInApp.push(inApp);
  }
} finally {
  await browser.close();
}

console.log(`store: ${total} papers; ${samples} samples after 2 warm-ups; Chromium ${base}`);
console.log(`search page, results painted, cold cache:  ${stats(results.searchCold)}`);
console.log(`search page, first contentful paint, cold: ${stats(results.searchFcp)}`);
console.log(`search page, facets painted, cold:         ${stats(results.facetsCold)}`);
console.log(`search page, facets not painted within 20 s: ${unpaintedFacets.length} of ${2 * (samples + 2)} loads${unpaintedFacets.length ? ' (the box showed: ' + [...new Set(unpaintedFacets)].map(t => JSON.stringify(t)).join(', ') + ')' : ''}`);
console.log(`search page, results painted, reload:      ${stats(results.searchWarm)}`);
console.log(`paper page, abstract painted, cold load:   ${stats(results.paperCold)}`);
console.log(`  of which: paper query sent at            ${stats(results.paperSent)}`);
console.log(`            paper query answered at        ${stats(results.paperAnswered)}`);
console.log(`            last script received at        ${stats(results.paperScripts)}`);
console.log(`paper page, abstract painted, reload:      ${stats(results.paperWarm)}`);
console.log(`paper page, from search (hash change):     ${stats(results.paperInApp)}`);
const own = weight.filter(w => !w.name.includes('/vendor/'));
const vendor = weight.filter(w => w.name.includes('/vendor/'));
const kb = n => `${(n / 1024).toFixed(1)} KiB`;
console.log(`page weight, explorer's own files (${own.length}): ${kb(own.reduce((s, w) => s + w.bytes, 0))} (${own.map(w => `${w.name} ${kb(w.bytes)}`).join(', ')})`);
console.log(`page weight, graph view adds: ${vendor.map(w => `${w.name} ${kb(w.bytes)}`).join(', ')}`);
