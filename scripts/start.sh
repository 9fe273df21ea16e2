#!/usr/bin/env bash
# `pnpm start`: build if needed, migrate, seed an empty database, serve the portal.
# Respects PORT (default 3000) and DATABASE_URL (default: embedded PGlite under .data/).
set -euo pipefail
cd "$(dirname "$0")/.."

# A newcomer should not have to invent a secret: generate one into an ignored local file once.
if [ ! -f .env.local ] || ! grep -q '^AUTH_SECRET=' .env.local; then
  echo "AUTH_SECRET=$(node -e 'console.log(require("crypto").randomBytes(32).toString("base64url"))')" >> .env.local
  echo "Generated AUTH_SECRET into .env.local"
fi
set -a
# shellcheck disable=SC1091
. ./.env.local
set +a
export PORT="${PORT:-3000}"
export PUBLIC_URL="${PUBLIC_URL:-http://localhost:$PORT}"
export NODE_ENV=production

# turbo skips the build when nothing changed since the last one.
pnpm exec turbo run build --filter=@clusterwerk/portal --output-logs=errors-only

# Migrate and seed before the server opens the database: PGlite allows one process at a time.
pnpm --filter @clusterwerk/seed --silent seed

echo "Clusterwerk on http://localhost:$PORT"
exec pnpm --filter @clusterwerk/portal exec next start --port "$PORT"
