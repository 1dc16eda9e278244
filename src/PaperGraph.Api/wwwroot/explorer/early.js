// Sent before the bundle arrives: on a paper page (#/paper/<id>) the page's GraphQL request goes out while
// the browser still fetches and parses the explorer's code, and gql() takes its answer over. The built page
// inlines this module as a classic script (deploy/explorer/bundle.mjs); the source page does without it.
// It reads the hash as app.js does; were they ever to disagree, gql() would find no identical request to
// take over and send its own, so a mismatch costs one wasted request, never a wrong page.
import { sendEarly } from './api.js';
import { paperQuery } from './paper.js';

const [path] = (location.hash.replace(/^#/, '') || '/').split('?');
const paper = /^\/paper\/(.+)$/.exec(path);
if (paper) sendEarly(paperQuery, { id: decodeURIComponent(paper[1]) });
