#!/usr/bin/env bash
# `pnpm dev`: migrate and seed an empty database, then the portal's development server with reloading.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/local-env.sh
. scripts/local-env.sh
pnpm --filter @clusterwerk/seed --silent seed
exec pnpm --filter @clusterwerk/portal exec next dev --port "$PORT"
