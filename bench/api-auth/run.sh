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
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
if [ ! -f "$jar" ]; then
  echo "No console jar at $jar: build it with ./console build (or pass a jar as the second argument)." >&2
  exit 1
fi
work="$(mktemp -d)"
console_pid=""
cleanup() {
  if [ -n "$console_pid" ]; then kill "$console_pid" 2>/dev/null || true; wait "$console_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

password="bench-$(openssl rand -hex 12)"
PEERING_DATA_DIR="$work/data" PEERING_ADMIN_PASSWORD="$password" \
  "$java" -XX:TieredStopAtLevel=1 -jar "$jar" --port "$port" > "$work/console.log" 2>&1 &
console_pid=$!
started=$(date +%s)
until curl -fs "http://localhost:$port/health/ready" >/dev/null 2>&1; do
  if ! kill -0 "$console_pid" 2>/dev/null || [ $(( $(date +%s) - started )) -gt 300 ]; then
    echo "The console did not become ready; its log:" >&2; tail -50 "$work/console.log" >&2; exit 1
  fi
  sleep 2
done
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
