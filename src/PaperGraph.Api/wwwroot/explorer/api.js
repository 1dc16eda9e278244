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

/** Sends a request now for gql() to take over later, when asked for exactly the same query and variables. */
export function sendEarly(query, variables) {
  const init = request(query, variables);
  window[EARLY] = { body: init.body, response: fetch('/graphql', init) };
}

export async function gql(query, variables = {}) {
  const init = request(query, variables);
  const early = window[EARLY];
  if (early) delete window[EARLY]; // used once, by the first request, or never
  const response = await (early?.body === init.body ? early.response : fetch('/graphql', init));
  let body;
  try {
    body = await response.json();
  } catch {
    throw new Error(`The API answered ${response.status} without JSON.`);
  }
  if (body.errors?.length) {
    throw new Error(body.errors.map(e => e.message).join('; '));
  }
  if (!response.ok) {
    throw new Error(`The API answered ${response.status}.`);
  }
  return body.data;
}
