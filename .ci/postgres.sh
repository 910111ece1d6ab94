#!/usr/bin/env bash
# Installs Debian's PostgreSQL if missing, starts it on loopback and creates the `outflow` role the tests use.
# The tests create and drop a throw-away database per test.
set -euo pipefail
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }
if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >/dev/null
fi
if ! pg_lsclusters -h | grep -q .; then
  ver=$(ls /usr/lib/postgresql | sort -n | tail -1)
  $SUDO pg_createcluster "$ver" main
fi
read -r ver cluster port status _ < <(pg_lsclusters -h | head -1)
[ "$status" = online ] || $SUDO pg_ctlcluster "$ver" "$cluster" start
for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p "$port" -q && break; sleep 1; done
as_pg psql -p "$port" -qtc "SELECT 1 FROM pg_roles WHERE rolname = 'outflow'" | grep -q 1 \
  || as_pg psql -p "$port" -qc "CREATE ROLE outflow LOGIN CREATEDB SUPERUSER PASSWORD 'outflow'"
echo "PostgreSQL $ver ready on 127.0.0.1:$port"
