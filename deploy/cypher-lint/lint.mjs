// Lints Cypher statements as Cypher 5 with Neo4j's own linter (@neo4j-cypher/language-support).
// Input (argv[2]): a JSON array of { "statement": "...", "parameters": ["name", ...] }, the parameters the
// statement is sent with. Output (stdout): a JSON array, one entry per input statement, of
// { "errors": [...], "warnings": [...] } with the linter's messages.
//
// The schema given to the linter holds no labels or property keys (ours would only silence the
// "not in the database" warnings), the statement's own parameters (an undeclared one is an error), and
// the procedures and functions of the Neo4j 5 catalogue the package ships as its test data, so a
// removed or unknown procedure (e.g. db.index.fulltext.createNodeIndex) is an error, not a pass.
import { readFileSync } from 'node:fs';
import { lintCypherQuery, testData } from '@neo4j-cypher/language-support';

const Error = 1;
const Warning = 2;

const statements = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const catalogue = testData.mockSchema;
if (!catalogue.procedures?.['CYPHER 5']?.['db.index.fulltext.queryNodes']) {
  throw new globalThis.Error('The package no longer ships the Neo4j 5 procedure catalogue this script relies on.');
}

const results = statements.map(({ statement, parameters }) => {
  const schema = {
    defaultLanguage: 'CYPHER 5',
    procedures: catalogue.procedures,
    functions: catalogue.functions,
    parameters: Object.fromEntries(parameters.map((name) => [name, null])),
  };
  const { diagnostics } = lintCypherQuery(statement, schema, { consoleCommandsEnabled: false });
  const messages = (severity) => diagnostics
    .filter((d) => d.severity === severity)
    .map((d) => `${d.message} (at offset ${d.offsets.start})`);
  return { errors: messages(Error), warnings: messages(Warning) };
});
process.stdout.write(JSON.stringify(results));
