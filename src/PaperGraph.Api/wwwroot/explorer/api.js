// The one way the explorer talks to PaperGraph: a GraphQL POST to /graphql. Errors become exceptions
// whose message is the server's own, so a view can show it.
export async function gql(query, variables = {}) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
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
