#!/usr/bin/env bash
# `pnpm start`: build if needed, migrate, seed an empty database, serve the portal.
# Respects PORT (default 3000) and DATABASE_URL (default: embedded PGlite under .data/).
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=scripts/local-env.sh
. scripts/local-env.sh
export NODE_ENV=production

# turbo skips the build when nothing changed since the last one.
pnpm exec turbo run build --filter=@clusterwerk/portal --output-logs=errors-only

# Migrate and seed before the server opens the database: PGlite allows one process at a time.
pnpm --filter @clusterwerk/seed --silent seed

echo "Clusterwerk on http://localhost:$PORT"
exec pnpm --filter @clusterwerk/portal exec next start --port "$PORT"
