// Shows, until the host is ready, that a first start is still loading the samples and how far it got:
// /health/ready says whether seeding is done, ingestionStatus says which file and how much of it.
import { gql } from './api.js';
import { h } from './dom.js';

const progressQuery = `{ ingestionStatus { done queued papersCreated running { file fraction records } } }`;

export async function watchReadiness(box) {
  for (;;) {
    let ready = true;
    try {
      const response = await fetch('/health/ready', { headers: { accept: 'application/json' } });
      ready = response.ok;
      if (!ready) {
        const status = (await gql(progressQuery)).ingestionStatus;
        const running = status.running.map(r =>
          `${r.file}: ${r.records} records${r.fraction == null ? '' : ` (${Math.round(r.fraction * 100)}%)`}`);
        box.replaceChildren(h('p', { class: 'notice' },
          `Loading the sample corpus: ${status.papersCreated} papers stored, ${status.done} files done, ${status.queued} waiting. `,
          running.length ? `Now: ${running.join('; ')}. ` : '',
          'Results grow as it goes.'));
      }
    } catch {
      ready = false;
      box.replaceChildren(h('p', { class: 'notice' }, 'Waiting for the PaperGraph server…'));
    }
    if (ready) {
      const wasLoading = box.childElementCount > 0;
      box.replaceChildren();
      if (wasLoading) box.append(h('p', { class: 'notice ok' }, 'The sample corpus is loaded. ',
        h('button', { type: 'button', onclick: () => window.dispatchEvent(new HashChangeEvent('hashchange')) }, 'Show the whole graph')));
      return;
    }
    await new Promise(resolve => setTimeout(resolve, 2000));
  }
}
