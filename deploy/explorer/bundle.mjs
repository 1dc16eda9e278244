// Bundles the explorer for serving: its ES modules (src/PaperGraph.Api/wwwroot/explorer/*.js, the readable
// source of truth) into one minified ES module and its stylesheet into a minified copy, each named by its
// content hash (so browsers may keep them for good), and the page that loads them,
// written from wwwroot/index.html with the module tags between its `modules` markers swapped for the bundle
// and early.js inlined.
// Cytoscape.js stays out: graph.js imports /explorer/vendor/cytoscape.esm.min.mjs on the graph view's first
// use. The output is git-ignored; the host serves it when present and the source page otherwise.
// Usage: node bundle.mjs [out dir]   (default: src/PaperGraph.Api/wwwroot/explorer/dist, emptied first)
import * as esbuild from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const webRoot = path.resolve(here, '../../src/PaperGraph.Api/wwwroot');
const outDir = path.resolve(process.argv[2] ?? path.join(webRoot, 'explorer', 'dist'));

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const result = await esbuild.build({
  entryPoints: { explorer: path.join(webRoot, 'explorer', 'app.js'), style: path.join(webRoot, 'explorer', 'explorer.css') },
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  // The vendor file is served as it is and loaded only by the graph view.
  external: ['/explorer/vendor/*'],
  entryNames: '[name]-[hash].min',
  // The hash covers the input paths relative to this folder: fixed, so it does not change with the caller's.
  absWorkingDir: webRoot,
  outdir: outDir,
  metafile: true,
  logLevel: 'error',
});
const outputs = Object.keys(result.metafile.outputs).map(file => path.basename(file));
const bundle = outputs.find(file => file.startsWith('explorer-') && file.endsWith('.js'));
const styles = outputs.find(file => file.startsWith('style-') && file.endsWith('.css'));

// early.js (a paper page's GraphQL request, sent before the bundle arrives) goes inline, as a classic script
// ahead of the stylesheet, which would otherwise hold it back until the stylesheet has loaded.
const early = await esbuild.build({
  entryPoints: [path.join(webRoot, 'explorer', 'early.js')],
  bundle: true,
  format: 'iife',
  minify: true,
  target: 'es2022',
  write: false,
  logLevel: 'error',
});
const inline = early.outputFiles[0].text.trim();
if (inline.includes('</')) throw new Error('early.js bundles to text that would end its <script> element');

const source = readFileSync(path.join(webRoot, 'index.html'), 'utf8');
const modules = /[ \t]*<!-- modules[: ][\s\S]*?<!-- \/modules -->\n/;
if (!modules.test(source)) throw new Error('index.html has no <!-- modules … --> … <!-- /modules --> block to replace');
const stylesheet = /[ \t]*<link rel="stylesheet" href="\/explorer\/explorer.css">\n/;
if (!stylesheet.test(source)) throw new Error('index.html has no link to /explorer/explorer.css to replace');
const page = source
  .replace(modules, `  <script type="module" src="/explorer/dist/${bundle}"></script>\n`)
  .replace(stylesheet, `  <script>${inline}</script>\n  <link rel="stylesheet" href="/explorer/dist/${styles}">\n`);
writeFileSync(path.join(outDir, 'index.html'), page);
console.log(`Explorer bundled: ${path.relative(path.resolve(here, '../..'), path.join(outDir, bundle))}`);
