// Sends graphql-js's standard introspection query, with every option a current client may turn on, and
// builds a client schema from the answer, as GraphiQL, codegen and graphql-inspector do. Prints
// {types, directives, sdl} or exits 1 with the errors. Usage: node introspect.mjs <node_modules dir> <url>
import { createRequire } from 'node:module';
const [, , modules, url] = process.argv;
const { getIntrospectionQuery, buildClientSchema, printSchema } = createRequire(modules + '/')('graphql');
const query = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
});
const response = await fetch(url, {
  method: 'POST',
  headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
  body: JSON.stringify({ query, operationName: 'IntrospectionQuery' }),
});
const body = await response.json();
if (response.status !== 200 || body.errors) {
  process.stderr.write(JSON.stringify({ status: response.status, errors: body.errors }));
  process.exit(1);
}
const schema = buildClientSchema(body.data);
process.stdout.write(JSON.stringify({
  description: schema.description ?? null,
  types: Object.keys(schema.getTypeMap()).length,
  directives: schema.getDirectives().map(d => d.name + (d.isRepeatable ? ' repeatable' : '')),
  sdl: printSchema(schema),
}));
