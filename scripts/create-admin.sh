#!/usr/bin/env bash
# `pnpm create-admin <email> [name]`: the first platform admin, in the database `pnpm start` uses
# (DATABASE_URL, or the embedded PGlite, which must not be open in a running server at the same time).
# The password is prompted for, or read as the first line of stdin.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/local-env.sh
. scripts/local-env.sh
exec pnpm --filter @clusterwerk/seed --silent create-admin "$@"
