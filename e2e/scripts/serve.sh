#!/usr/bin/env bash
# The e2e web server: a fresh PGlite folder of its own (never the shared database, never DATABASE_URL),
# migrated and seeded before the production build starts serving.
set -euo pipefail
cd "$(dirname "$0")/../.."
export PGLITE_DIR="${E2E_PGLITE_DIR:-$PWD/.data/e2e-pglite}"
unset DATABASE_URL
rm -rf "$PGLITE_DIR"
export AUTH_SECRET="${AUTH_SECRET:-e2e-only-secret-not-for-production-use}"
export PORT="${E2E_PORT:-3100}"
export PUBLIC_URL="http://localhost:$PORT"
export NODE_ENV=production
pnpm --filter @clusterwerk/seed --silent seed
exec pnpm --filter @clusterwerk/portal exec next start --port "$PORT"
