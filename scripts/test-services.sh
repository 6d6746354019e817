#!/usr/bin/env bash
# Installs and starts what the test suite needs beyond Java and Maven, from Debian's packages:
# Chromium and its driver (browser tests), PostgreSQL (persistence tests on several nodes' database),
# openssl (interoperability checks), rsyslog (audit forwarding to a real receiver). Idempotent: does nothing that
# is already done.
# Sourced by ./console test; prints the PostgreSQL settings it exported.
set -uo pipefail

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null 2>&1; then sudo -n "$@"; else return 1; fi
}

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
command -v openssl >/dev/null 2>&1 || missing+=(openssl)
ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || missing+=(postgresql)
# The audit forwarding test starts its own rsyslogd (no root, its own config and port); the gnutls module is for TLS.
[ -x /usr/sbin/rsyslogd ] || missing+=(rsyslog)
ls /usr/lib/*/rsyslog/lmnsd_gtls.so >/dev/null 2>&1 || missing+=(rsyslog-gnutls)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing from Debian's packages: ${missing[*]}"
  if ! { as_root apt-get update -qq && DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >/dev/null; }; then
    echo "WARNING: could not install ${missing[*]} (needs root or sudo); the tests that need them will say so." >&2
  fi
fi

start_postgres() {
  command -v pg_lsclusters >/dev/null 2>&1 || return 1
  local version cluster
  version=$(ls /usr/lib/postgresql | sort -n | tail -1)
  if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -q "^$version main$"; then
    as_root pg_createcluster "$version" main >/dev/null || return 1
  fi
  if ! pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $4}' | grep -q online; then
    as_root pg_ctlcluster "$version" main start || return 1
  fi
  PGPORT=$(pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $3}')
  local psql=(as_root runuser -u postgres -- psql -p "$PGPORT" -v ON_ERROR_STOP=1 -q)
  for _ in $(seq 1 30); do "${psql[@]}" -c 'select 1' >/dev/null 2>&1 && break; sleep 1; done
  "${psql[@]}" -c "DO \$\$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'peering_test') THEN CREATE ROLE peering_test LOGIN PASSWORD 'peering_test'; END IF; END\$\$;" || return 1
  # A fresh database for every run, so that no run sees another's data.
  "${psql[@]}" -c "DROP DATABASE IF EXISTS peering_test WITH (FORCE)" -c "CREATE DATABASE peering_test OWNER peering_test" || return 1
}

if [ -z "${PEERING_TEST_POSTGRES:-}" ]; then
  if start_postgres; then
    export PEERING_TEST_POSTGRES="jdbc:postgresql://127.0.0.1:${PGPORT}/peering_test"
    export PEERING_TEST_POSTGRES_USER=peering_test
    export PEERING_TEST_POSTGRES_PASSWORD=peering_test
    echo "PostgreSQL for the persistence tests: $PEERING_TEST_POSTGRES"
  else
    echo "WARNING: PostgreSQL could not be started; the PostgreSQL run of the persistence tests will be skipped." >&2
  fi
fi
