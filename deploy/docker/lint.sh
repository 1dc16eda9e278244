#!/usr/bin/env bash
# Lints the deploy files without a Docker engine: yamllint on the compose file, and checks that every
# path and command the Dockerfile and compose file name exists in this repository.
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! command -v yamllint >/dev/null; then
  echo "lint: yamllint missing (apt-get install yamllint)" >&2
  exit 1
fi
yamllint -d '{extends: default, rules: {line-length: {max: 140}}}' deploy/docker/compose.yaml
for path in deploy/graphiql/install.sh src/PaperGraph.Cli/PaperGraph.Cli.csproj; do
  [ -e "$path" ] || { echo "lint: Dockerfile names $path, which does not exist" >&2; exit 1; }
done
grep -q '<AssemblyName>papergraph</AssemblyName>' src/PaperGraph.Cli/PaperGraph.Cli.csproj \
  || { echo "lint: the image runs papergraph.dll but the CLI assembly is not named papergraph" >&2; exit 1; }
for cmd in serve worker; do
  grep -q "\"$cmd\"" src/PaperGraph.Cli/Commands/$(tr '[:lower:]' '[:upper:]' <<<"${cmd:0:1}")${cmd:1}Command.cs \
    || { echo "lint: no '$cmd' command in the CLI" >&2; exit 1; }
done
echo "deploy/docker: lint ok"
