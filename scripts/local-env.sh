#!/usr/bin/env bash
# Sourced by start.sh and dev.sh: loads .env.local, generating an AUTH_SECRET into it on first use so a
# newcomer never has to invent one, and sets PORT and PUBLIC_URL defaults.
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
