// Loads GraphiQL in headless Debian chromium, runs the default query, prints the result pane's text,
// opens the Docs pane (which needs the standard introspection query to pass), prints its text after a
// "----DOCS----" line and saves a screenshot with the Docs pane open. Usage: node screenshot.mjs <playwright-core dir> <url> <png>
import { createRequire } from 'node:module';
const [, , playwrightDir, url, png] = process.argv;
const { chromium } = createRequire(playwrightDir + '/')('playwright-core');
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForSelector('.graphiql-execute-button', { timeout: 20000 });
  await page.click('.graphiql-execute-button');
  await page.waitForFunction(() => document.querySelector('.result-window')?.innerText.includes('totalCount'), null, { timeout: 20000 });
  process.stdout.write(await page.innerText('.result-window'));
  await page.click('button[aria-label="Show Documentation Explorer"]');
  await page.waitForFunction(() => {
    const text = document.querySelector('.graphiql-doc-explorer')?.innerText ?? '';
    return text.includes('Query') || text.includes('Error fetching schema');
  }, null, { timeout: 20000 });
  process.stdout.write('\n----DOCS----\n' + await page.innerText('.graphiql-doc-explorer'));
  await page.screenshot({ path: png });
} finally {
  await browser.close();
}
