#!/usr/bin/env bash
# `pnpm test`: every test. Formatting, typecheck and lint, unit and golden tests, integration tests against PGlite
# and against PostgreSQL, then Playwright against a production build on its own PostgreSQL database.
set -euo pipefail
cd "$(dirname "$0")/.."

eval "$(bash scripts/ensure-test-deps.sh)"
export AUTH_SECRET="${AUTH_SECRET:-test-only-secret-not-for-production-use}"
export TURBO_TELEMETRY_DISABLED=1 NEXT_TELEMETRY_DISABLED=1

step() { printf '\n=== %s ===\n' "$*"; }

step "formatting (prettier --check; \`pnpm format\` fixes it)"
pnpm exec prettier --check . --log-level warn

step "typecheck and lint (package boundaries included: tooling/eslint/boundaries.js)"
pnpm exec turbo run typecheck lint --continue --output-logs=errors-only

step "unit, golden and integration tests on PGlite"
env -u DATABASE_URL pnpm exec turbo run test --concurrency=2 --continue --output-logs=full

step "integration tests on PostgreSQL ($DATABASE_URL)"
pnpm exec turbo run test --filter=@clusterwerk/db --filter=@clusterwerk/api --filter=@clusterwerk/seed --filter=@clusterwerk/auth --concurrency=2 --continue --output-logs=full

step "production build"
pnpm exec turbo run build --filter=@clusterwerk/portal --output-logs=errors-only

step "end-to-end tests"
pnpm --filter @clusterwerk/e2e exec playwright test
