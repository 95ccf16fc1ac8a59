#!/usr/bin/env bash
# Installs Confluent's JavaScript clients for ConfluentClientsIT from the committed lockfile (`npm ci`); Maven runs
# it before the integration tests. Without npm: an error under CI=true, otherwise a note (the IT then skips itself).
# A node_modules already installed from this very lockfile is kept (npm ci would delete and refetch it).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
if ! command -v npm >/dev/null || ! command -v node >/dev/null; then
  if [[ "${CI:-}" == true ]]; then
    echo "interop: node and npm (Node 18+) are required under CI=true for ConfluentClientsIT" >&2
    exit 1
  fi
  echo "interop: node/npm not found; ConfluentClientsIT will be skipped" >&2
  exit 0
fi
if [[ node_modules/.package-lock.json -nt package-lock.json ]]; then
  exit 0
fi
npm ci --no-audit --no-fund --loglevel=error
