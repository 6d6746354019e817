#!/usr/bin/env bash
# A fleet acknowledging a publish: N gateways report APPLIED, C at a time; every report is audited. See README.md.
# Usage: bench/status-reports/run.sh [gateways] [concurrency] [jar]  (defaults: 2000, 100, admin-web/target/peering-console.jar)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
gateways="${1:-2000}"
concurrency="${2:-100}"
jar="${3:-$root/admin-web/target/peering-console.jar}"
port="${STATUS_REPORTS_PORT:-18495}"
# shellcheck source=../console.sh
. "$root/bench/console.sh"
require_jar "$jar"
work="$(mktemp -d)"
trap 'stop_console; rm -rf "$work"' EXIT

password="bench-$(openssl rand -hex 12)"
PEERING_DATA_DIR="$work/data" PEERING_ADMIN_PASSWORD="$password" start_console "$jar" "$port" "$work"
"$java" "$root/bench/status-reports/StatusReports.java" "http://localhost:$port/" "$password" "$gateways" "$concurrency"
echo "load=$(cut -d' ' -f1-3 /proc/loadavg)"
