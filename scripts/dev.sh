#!/usr/bin/env bash
# `pnpm dev [--demo]`: migrate (and add the demo where wanted, as `pnpm start`), then the portal's
# development server with reloading.
set -euo pipefail
cd "$(dirname "$0")/.."
for arg in "$@"; do
  case "$arg" in
    --demo) export SEED_DEMO=1 ;;
    *) echo "usage: pnpm dev [--demo]" >&2 && exit 2 ;;
  esac
done
# shellcheck source=scripts/local-env.sh
. scripts/local-env.sh
pnpm --filter @clusterwerk/seed --silent seed
exec pnpm --filter @clusterwerk/portal exec next dev --port "$PORT"
