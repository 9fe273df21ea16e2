#!/usr/bin/env bash
# Installs what the tests need and a fresh Debian machine lacks: Chromium from Debian's packages (never
# a downloaded browser) and, when no DATABASE_URL is given, a local PostgreSQL with a test role.
# Prints `export DATABASE_URL=…` for the caller to eval when it started PostgreSQL.
set -euo pipefail

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
apt_updated=0
apt_install() {
  if [ "$apt_updated" = 0 ]; then as_root apt-get update -qq >&2; apt_updated=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >&2
}

if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Chromium from Debian's packages …" >&2
  apt_install chromium
fi

if [ -z "${DATABASE_URL:-}" ]; then
  if ! command -v pg_ctlcluster >/dev/null 2>&1; then
    echo "Installing PostgreSQL from Debian's packages …" >&2
    apt_install postgresql
  fi
  version=$(ls /usr/lib/postgresql | sort -n | tail -1)
  if ! pg_lsclusters -h | grep -q "^$version main .* online"; then
    as_root pg_ctlcluster "$version" main start >&2
  fi
  as_root su postgres -c "psql -tAc \"SELECT 1 FROM pg_roles WHERE rolname='clusterwerk'\"" | grep -q 1 ||
    as_root su postgres -c "psql -q -c \"CREATE ROLE clusterwerk LOGIN CREATEDB PASSWORD 'clusterwerk'\"" >&2
  as_root su postgres -c "psql -tAc \"SELECT 1 FROM pg_database WHERE datname='clusterwerk'\"" | grep -q 1 ||
    as_root su postgres -c "createdb -O clusterwerk clusterwerk" >&2
  echo "export DATABASE_URL=postgres://clusterwerk:clusterwerk@localhost:5432/clusterwerk"
fi
