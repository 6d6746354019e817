#!/usr/bin/env bash
# Admin API authentication cost: times N sequential GET /api/v1/local-domains with HTTP Basic, as a provisioning
# script sends them, once with the same credentials on every request (the usual case: after the first request the
# password hash is skipped for a minute) and once with a wrong password (every request takes the full hash, and the
# account is locked after 5, so this uses an unknown name: the same hash, no lockout).
# Usage: bench/api-auth/run.sh [requests] [jar]     (defaults: 200, admin-web/target/peering-console.jar)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
requests="${1:-200}"
jar="${2:-$root/admin-web/target/peering-console.jar}"
port="${API_AUTH_PORT:-18490}"
# shellcheck source=../console.sh
. "$root/bench/console.sh"
require_jar "$jar"
work="$(mktemp -d)"
trap 'stop_console; rm -rf "$work"' EXIT

password="bench-$(openssl rand -hex 12)"
PEERING_DATA_DIR="$work/data" PEERING_ADMIN_PASSWORD="$password" start_console "$jar" "$port" "$work"
url="http://localhost:$port/api/v1/local-domains"
# Warm-up: the JIT and the first requests' class loading are not what is measured.
for _ in $(seq 1 50); do curl -s -o /dev/null -u "admin:$password" "$url"; done

run() {
  local user="$1" pass="$2" expected="$3" start end
  start=$(date +%s%N)
  for _ in $(seq 1 "$requests"); do
    code=$(curl -s -o /dev/null -w '%{http_code}' -u "$user:$pass" "$url")
    if [ "$code" != "$expected" ]; then echo "expected $expected, got $code" >&2; exit 1; fi
  done
  end=$(date +%s%N)
  awk -v ns="$((end - start))" -v n="$requests" 'BEGIN { printf "%.2f\n", ns / 1000000 / n }'
}
echo "requests=$requests"
echo "sameCredentials.msPerRequest=$(run admin "$password" 200)"
echo "fullHash.msPerRequest=$(run "nobody-$(openssl rand -hex 4)" "$password" 401)"
echo "load=$(cut -d' ' -f1-3 /proc/loadavg)"
