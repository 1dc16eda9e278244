// Validates every object in deploy/k8s/*.yaml against its Kubernetes schema (kubernetes-models), by its
// apiVersion and kind. Exits 1 naming each file, object and finding; an unknown apiVersion/kind is a finding.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseAllDocuments } from "yaml";

const dir = process.argv[2];
let findings = 0;
let objects = 0;
for (const file of readdirSync(dir).filter((name) => name.endsWith(".yaml")).sort()) {
  for (const doc of parseAllDocuments(readFileSync(join(dir, file), "utf8"))) {
    if (doc.errors.length > 0) {
      findings++;
      console.error(`${file}: ${doc.errors.map((e) => e.message).join("; ")}`);
      continue;
    }
    const object = doc.toJS();
    if (object === null) continue;
    const { apiVersion, kind } = object;
    const group = apiVersion?.includes("/") ? apiVersion : `v1`;
    let Model;
    try {
      Model = (await import(`kubernetes-models/${group}/${kind}`)).default
        ?? (await import(`kubernetes-models/${group}`))[kind];
    } catch {
      Model = undefined;
    }
    if (typeof Model !== "function") {
      findings++;
      console.error(`${file}: unknown apiVersion/kind ${apiVersion}/${kind}`);
      continue;
    }
    try {
      new Model(object).validate();
      objects++;
    } catch (error) {
      findings++;
      console.error(`${file}: ${kind} ${object.metadata?.name}: ${error.message}`);
    }
  }
}
if (findings > 0) {
  console.error(`k8s: ${findings} finding(s)`);
  process.exit(1);
}
console.log(`k8s: ${objects} object(s) valid`);
