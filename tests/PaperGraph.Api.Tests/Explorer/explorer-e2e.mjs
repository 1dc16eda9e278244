// Drives the explorer in headless Debian chromium through one researcher's walk: search -> filter by a
// year facet and back -> a dated paper -> click a highlighted mention -> the entity page with its usage
// chart -> the graph view -> expand a node -> a path between two papers; then the same pages at 390 px, a
// keyboard walk and a paper page loaded directly. After every view axe-core checks for serious or critical violations. Screenshots go to
// <out dir>. Prints one JSON summary; exits 1 with the reason on the first failure.
// Usage: node explorer-e2e.mjs <playwright-core dir> <axe-core dir> <base url> <out dir> <search words>
import { createRequire } from 'node:module';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

const [, , playwrightDir, axeDir, base, outDir, words] = process.argv;
const { chromium } = createRequire(playwrightDir + '/')('playwright-core');
const axePath = path.join(axeDir, 'axe.min.js');
mkdirSync(outDir, { recursive: true });

const summary = { steps: [], consoleErrors: [], violations: [], screenshots: [] };
const fail = message => { throw new Error(message); };
const step = (name, detail = {}) => summary.steps.push({ name, ...detail });

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let exitCode = 0;
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('console', message => { if (message.type() === 'error') summary.consoleErrors.push(message.text()); });
  page.on('pageerror', error => summary.consoleErrors.push(`pageerror: ${error.message}`));
  page.setDefaultTimeout(30000);

  async function check(view) {
    // A missing value must never reach the page as the words "null", "undefined" or "NaN".
    const stray = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
      const found = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (/^(null|undefined|NaN)$/.test(node.textContent.trim())) found.push(node.parentElement.outerHTML.slice(0, 120));
      }
      return found;
    });
    if (stray.length) fail(`${view} shows a missing value: ${stray.join(' | ')}`);
    await page.addScriptTag({ path: axePath });
    const result = await page.evaluate(async () => {
      const { violations } = await window.axe.run(document, { resultTypes: ['violations'] });
      return violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')) }));
    });
    for (const v of result.filter(v => v.impact === 'serious' || v.impact === 'critical')) summary.violations.push({ view, ...v });
    const file = path.join(outDir, `${view}.png`);
    await page.screenshot({ path: file, fullPage: true });
    summary.screenshots.push(file);
  }

  // 1. Search, a facet, and the back button.
  await page.goto(base + '/', { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('.paper-list li a.title');
  const everyPaper = await page.textContent('.count');
  await page.fill('input[name=q]', words);
  await page.press('input[name=q]', 'Enter');
  await page.waitForFunction(() => location.hash.includes('q='));
  // The first page's view stays up until the search's results are in, facets and all: wait for the search's own
  // count, then for its facets (they come after the results, and later on a loaded machine).
  await page.waitForFunction(before => { const count = document.querySelector('.count'); return count && count.textContent !== before; }, everyPaper);
  await page.waitForSelector('.paper-list li a.title');
  await page.waitForFunction(() => { const box = document.querySelector('.facets'); return box && box.querySelector('.facet') && !box.textContent.includes('Counting filters'); });
  const total = await page.textContent('.count');
  step('search', { words, total });
  await check('search');

  const yearFacet = page.locator('.facet', { hasText: 'Year' }).locator('li a').first();
  if (await yearFacet.count() === 0) fail('the search shows no year facet');
  const year = (await yearFacet.textContent()).trim();
  await yearFacet.click();
  await page.waitForFunction(y => location.hash.includes(`year=${y}`), year);
  await page.waitForSelector(`.chips >> text=Year ${year}`);
  await page.goBack();
  await page.waitForFunction(() => !location.hash.includes('year='));
  await page.waitForSelector('.paper-list li a.title');
  step('facet and back', { year });

  // 2. A dated paper whose abstract has a linked mention; 3. click a highlighted mention: the entity page with a
  // non-empty chart. An entity only this paper mentions cannot lead to a second paper, so try the next mention, then
  // the next paper (a paper's own new name, used nowhere else yet, is a mention like any other).
  const hrefs = await page.$$eval('.paper-list li', items => items
    .filter(li => /^\d{4}-/.test(li.querySelector('.meta')?.textContent ?? ''))
    .map(li => li.querySelector('a.title').getAttribute('href')));
  let paperHref = null;
  let otherPaper = null;
  let bars = 0;
  let checkedPaper = false;
  for (const href of hrefs.slice(0, 8)) {
    if (otherPaper) break;
    await page.evaluate(h => { location.hash = h; }, href);
    await page.waitForFunction(h => location.hash === h, href);
    await page.waitForSelector('.abstract');
    const mentions = await page.locator('.abstract a.mention').count();
    if (mentions === 0) continue;
    paperHref = href;
    if (!checkedPaper) {
      const firstTitle = await page.getAttribute('.abstract a.mention', 'title');
      if (!/score \d\.\d\d/.test(firstTitle)) fail(`a mention's tooltip shows no score: ${firstTitle}`);
      step('paper', { href, mentions: await page.locator('a.mention').count(), tooltip: firstTitle });
      await check('paper');
      checkedPaper = true;
    }
    for (let i = 0; i < Math.min(mentions, 12) && !otherPaper; i++) {
      if (i > 0) {
        await page.evaluate(h => { location.hash = h; }, href);
        await page.waitForSelector('.abstract a.mention');
      }
      const mention = page.locator('.abstract a.mention').nth(i);
      if (await mention.count() === 0) break;
      await mention.click();
      await page.waitForFunction(() => location.hash.startsWith('#/entity/'));
      await page.waitForSelector('svg.chart rect.bar');
      bars = await page.locator('svg.chart rect.bar').count();
      const heights = await page.$$eval('svg.chart rect.bar', rects => rects.map(r => Number(r.getAttribute('height'))));
      if (!heights.some(x => x > 0)) fail('the usage chart has no bar above zero');
      otherPaper = await page.$$eval('.card', (cards, own) => {
        const using = cards.find(c => c.querySelector('h2')?.textContent.startsWith('Papers using it'));
        return [...(using?.querySelectorAll('li a') ?? [])].map(a => a.getAttribute('href')).find(h => h !== own) ?? null;
      }, href);
    }
  }
  if (!paperHref) fail(`no dated paper with a linked mention among the first results for "${words}"`);
  if (!otherPaper) fail(`no mention of the first dated papers for "${words}" leads to an entity another paper uses`);
  const entity = await page.textContent('h1');
  step('entity', { entity, bars, hash: await page.evaluate(() => location.hash) });
  await check('entity');

  // 4. The graph view, then expand a node.
  await page.click('a.button:has-text("Graph around this entity")');
  await page.waitForSelector('.graph-canvas canvas');
  await page.waitForSelector('.node-list li');
  const before = await page.locator('.node-list li').count();
  const expand = page.locator('.node-list button[data-expand]:not([disabled])').first();
  if (await expand.count() === 0) fail('the graph has no node left to expand');
  await expand.click();
  await page.waitForSelector('.graph-panel >> text=/Expanded .*: \\d+ new nodes/');
  const after = await page.locator('.node-list li').count();
  const truncated = await page.isVisible('main .notice');
  step('graph', { nodesBefore: before, nodesAfter: after, truncatedNoticeShown: truncated });
  await check('graph');

  // 5. A path between two papers (the entity links them, so one exists within two hops).
  if (!otherPaper) fail('the entity page lists no second paper to find a path to');
  const id = href => decodeURIComponent(href.replace('#/paper/', ''));
  await page.click('nav a:has-text("Path finder")');
  await page.waitForSelector('#path-from');
  await page.fill('#path-from', id(paperHref));
  await page.fill('#path-to', id(otherPaper));
  await page.click('.path-form button');
  await page.waitForSelector('ol.hops li');
  const hops = await page.$$eval('ol.hops li', items => items.map(li => li.textContent));
  if (!hops.every(text => /weight \d\.\d\d\): \S/.test(text))) fail(`a hop shows no evidence: ${hops.join(' | ')}`);
  const pathHash = await page.evaluate(() => location.hash);
  step('path', { from: id(paperHref), to: id(otherPaper), hops, hash: pathHash });
  await check('path');

  // 6. Readable at 390 px: no page-wide horizontal scroll on each view.
  await page.setViewportSize({ width: 390, height: 844 });
  for (const [view, hash, selector] of [['search-390', '#/?q=' + encodeURIComponent(words), '.paper-list li'], ['paper-390', paperHref, '.abstract'],
    ['entity-390', summary.steps.find(s => s.name === 'entity').hash, 'svg.chart'], ['path-390', pathHash, 'ol.hops li']]) {
    await page.evaluate(h => { location.hash = h; }, hash);
    await page.waitForFunction(h => location.hash === h, hash);
    await page.waitForSelector(selector);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 390) fail(`${view} scrolls sideways at 390 px (${width} px wide)`);
    await check(view);
  }
  step('narrow', { width: 390 });

  // 7. Keyboard: Tab from the top of a paper page to its first mention, see the focus ring, Enter opens the entity.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.evaluate(h => { location.hash = h; }, paperHref);
  await page.waitForSelector('.abstract a.mention');
  await page.evaluate(() => document.activeElement?.blur());
  let reached = false;
  for (let i = 0; i < 80 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.matches('.abstract a.mention') ?? false);
  }
  if (!reached) fail('Tab never reached a mention in the abstract');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  if (outline === 'none') fail('the focused mention shows no focus outline');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash.startsWith('#/entity/'));
  step('keyboard', { outline });

  // 8. A paper page loaded directly (a shared link): its GraphQL request goes out once (from the built page's
  // inline script, which the view then takes over), and the page's code is what the host serves at /.
  const paperRequests = [];
  const onRequest = request => {
    if (request.url().endsWith('/graphql') && (request.postData() ?? '').includes('query Paper(')) paperRequests.push(request.postData());
  };
  page.on('request', onRequest);
  await page.goto(`${base}/?direct=1${paperHref}`, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('.abstract a.mention');
  page.off('request', onRequest);
  if (paperRequests.length !== 1) fail(`a paper page loaded directly sent ${paperRequests.length} paper requests`);
  const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map(r => new URL(r.name).pathname)
    .filter(p => p.startsWith('/explorer/') && /\.m?js$/.test(p)));
  step('paper, loaded directly', { paperRequests: paperRequests.length, inlineScript: await page.locator('head script:not([src])').count(), scripts });

  if (summary.consoleErrors.length) fail(`console errors: ${summary.consoleErrors.join(' | ')}`);
  if (summary.violations.length) fail(`accessibility violations: ${JSON.stringify(summary.violations)}`);
} catch (error) {
  summary.failure = error.message;
  exitCode = 1;
} finally {
  await browser.close();
}
process.stdout.write(JSON.stringify(summary, null, 2) + '\n');
process.exit(exitCode);
