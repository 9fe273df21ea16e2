#!/usr/bin/env bash
# `pnpm start [--demo]`: build if needed, migrate, add the demo where wanted, serve the portal.
# Respects PORT (default 3000) and DATABASE_URL (default: embedded PGlite under .data/). The embedded
# database gets the demo on first start; a DATABASE_URL database only with --demo or SEED_DEMO=1
# (packages/seed/src/demo-decision.ts). Without the demo, `pnpm create-admin <email>` makes the first admin.
set -euo pipefail
cd "$(dirname "$0")/.."

for arg in "$@"; do
  case "$arg" in
    --demo) export SEED_DEMO=1 ;;
    *) echo "usage: pnpm start [--demo]" >&2 && exit 2 ;;
  esac
done

# shellcheck source=scripts/local-env.sh
. scripts/local-env.sh
export NODE_ENV=production

# turbo skips the build when nothing changed since the last one.
pnpm exec turbo run build --filter=@clusterwerk/portal --output-logs=errors-only

# Migrate and seed before the server opens the database: PGlite allows one process at a time.
pnpm --filter @clusterwerk/seed --silent seed

echo "Clusterwerk on http://localhost:$PORT"
exec pnpm --filter @clusterwerk/portal exec next start --port "$PORT"
