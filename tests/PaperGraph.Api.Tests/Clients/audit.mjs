// Runs graphql-http's GraphQL-over-HTTP server audits against a live endpoint and prints one JSON line per
// audit: {id, name, status, reason}. Usage: node audit.mjs <node_modules dir> <url>
import { createRequire } from 'node:module';
const [, , modules, url] = process.argv;
const { serverAudits } = createRequire(modules + '/')('graphql-http');
const results = [];
for (const audit of serverAudits({ url })) {
  const result = await audit.fn();
  results.push({ id: result.id, name: result.name, status: result.status, reason: result.reason ?? null });
}
process.stdout.write(JSON.stringify(results));
