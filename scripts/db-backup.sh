#!/usr/bin/env bash
# `pnpm db:backup <file>` / `pnpm db:restore <file> [--force]`: backs up or restores the database `pnpm start`
# uses (DATABASE_URL from the environment or .env.local, otherwise the embedded PGlite). Relative paths are
# taken from the folder pnpm was called in.
set -euo pipefail
export BACKUP_CWD="${INIT_CWD:-$PWD}"
cd "$(dirname "$0")/.."
# shellcheck source=scripts/local-env.sh
. scripts/local-env.sh
exec pnpm exec tsx packages/db/src/backup/cli.ts "$@"
