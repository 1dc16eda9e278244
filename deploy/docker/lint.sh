#!/usr/bin/env bash
# Lints the deploy files without a Docker engine or a cluster, and exits 1 on any finding:
#   dockerfile-utils  on deploy/docker/Dockerfile
#   dclint            on deploy/docker/compose.yaml (Compose schema and rules; config in deploy/lint/dclint.json)
#   kubernetes-models every object in deploy/k8s/ against its Kubernetes schema (deploy/lint/validate-k8s.mjs)
# plus checks that the paths and commands the image names exist here. Linters: deploy/lint/install.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=deploy/lint/node_modules/.bin
[ -x "$bin/dclint" ] || { echo "lint: linters missing (run deploy/lint/install.sh)" >&2; exit 1; }
status=0
"$bin/dockerfile-utils" lint deploy/docker/Dockerfile || status=1
"$bin/dclint" --color false -c deploy/lint/dclint.json --max-warnings 0 deploy/docker/compose.yaml || status=1
node deploy/lint/validate-k8s.mjs deploy/k8s || status=1
for path in deploy/graphiql/install.sh src/PaperGraph.Cli/PaperGraph.Cli.csproj .dockerignore; do
  [ -e "$path" ] || { echo "lint: the image build needs $path, which does not exist" >&2; status=1; }
done
grep -q '<AssemblyName>papergraph</AssemblyName>' src/PaperGraph.Cli/PaperGraph.Cli.csproj \
  || { echo "lint: the image runs papergraph.dll but the CLI assembly is not named papergraph" >&2; status=1; }
for cmd in serve worker; do
  grep -q "\"$cmd\"" src/PaperGraph.Cli/Commands/$(tr '[:lower:]' '[:upper:]' <<<"${cmd:0:1}")${cmd:1}Command.cs \
    || { echo "lint: no '$cmd' command in the CLI" >&2; status=1; }
done
# Every project the CLI references must be copied in the Dockerfile's restore layer.
for csproj in src/*/*.csproj; do
  grep -q "COPY $csproj " deploy/docker/Dockerfile \
    || { echo "lint: the Dockerfile's restore layer does not copy $csproj" >&2; status=1; }
done
[ "$status" = 0 ] && echo "deploy: lint ok"
exit "$status"
