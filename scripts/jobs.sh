#!/usr/bin/env bash
# `pnpm jobs`: the scheduled jobs that are due (retention, expiry reminders), once, in the database `pnpm start`
# uses (DATABASE_URL, or the embedded PGlite, which must not be open in a running server at the same time; a
# running portal runs them by itself every hour).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/local-env.sh
. scripts/local-env.sh
exec pnpm --filter @clusterwerk/api --silent jobs
