// The one way the explorer talks to PaperGraph: a GraphQL POST to /graphql. Errors become exceptions
// whose message is the server's own, so a view can show it.

/** Where the built page's inline script (early.js) leaves the request it sent before the bundle arrived. */
const EARLY = 'explorerEarlyRequest';

function request(query, variables) {
  return {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  };
}

/** Sends a request and reads its body: a body that is not JSON is undefined, for gql() to report with the status. */
async function send(init) {
  const response = await fetch('/graphql', init);
  let body;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  return { status: response.status, ok: response.ok, body };
}

/**
 * Sends a request now for gql() to take over later, when asked for exactly the same query and variables. The body
 * is read here too: when the answer is in before the explorer's code has run, gql() then renders the view in the
 * same task, and the browser paints it first instead of a "Loading…" frame and then the view.
 */
export function sendEarly(query, variables) {
  const init = request(query, variables);
  window[EARLY] = { body: init.body, answer: send(init) };
}

export async function gql(query, variables = {}) {
  const init = request(query, variables);
  const early = window[EARLY];
  if (early) delete window[EARLY]; // used once, by the first request, or never
  const { status, ok, body } = await (early?.body === init.body ? early.answer : send(init));
  if (body === undefined) {
    throw new Error(`The API answered ${status} without JSON.`);
  }
  if (body.errors?.length) {
    throw new Error(body.errors.map(e => e.message).join('; '));
  }
  if (!ok) {
    throw new Error(`The API answered ${status}.`);
  }
  return body.data;
}
