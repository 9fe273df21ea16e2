#!/usr/bin/env bash
# The e2e web server: a fresh PostgreSQL database of its own (E2E_DATABASE_URL, set by playwright.config.ts;
# never the shared database), migrated and seeded with the demo before the production build starts serving.
# Specs add their own rows to the same database while it serves (fixtures/world.ts).
# With E2E_PGLITE_DIR instead (the pages benchmark, bench/pages.ts): a fresh PGlite folder, which only
# the server may open.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ -n "${E2E_PGLITE_DIR:-}" ]; then
  unset DATABASE_URL
  export PGLITE_DIR="$E2E_PGLITE_DIR"
  rm -rf "$PGLITE_DIR"
else
  : "${E2E_DATABASE_URL:?run the e2e specs through e2e/playwright.config.ts}"
  # Outside `pnpm test` nobody has started the local PostgreSQL server yet.
  if [ -z "${DATABASE_URL:-}" ]; then bash scripts/ensure-test-deps.sh >/dev/null; fi
  pnpm --filter @clusterwerk/e2e --silent exec tsx scripts/create-database.ts
  export DATABASE_URL="$E2E_DATABASE_URL"
fi
export AUTH_SECRET="${AUTH_SECRET:-e2e-only-secret-not-for-production-use}"
export PORT="${E2E_PORT:-3100}"
export PUBLIC_URL="http://localhost:$PORT"
export NODE_ENV=production
# The demo stays: read-only walk-throughs sign in with its accounts (fixtures/accounts.ts).
SEED_DEMO=1 pnpm --filter @clusterwerk/seed --silent seed
exec pnpm --filter @clusterwerk/portal exec next start --port "$PORT"
