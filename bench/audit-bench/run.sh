#!/usr/bin/env bash
# Audit trail benchmark: ChainVerifier over a 1,000,000-entry chain versus `openssl speed sha256` over the same bytes,
# and audited versus unaudited mutations per second on an H2 file database. See README.md.
# Usage: bench/audit-bench/run.sh [entries] [mutations]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
entries="${1:-1000000}"
mutations="${2:-20000}"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

(cd "$root" && mvn -B -o -q -pl audit compile)
h2="$(ls ~/.m2/repository/com/h2database/h2/*/h2-*.jar | grep -v sources | sort -V | tail -1)"
out="$("$java" -Xmx2g -cp "$root/audit/target/classes:$h2" "$root/bench/audit-bench/AuditBench.java" "$entries" "$mutations")"
echo "$out"

value() { grep "^$1=" <<<"$out" | cut -d= -f2; }
size="$(value verify.meanEncodedBytes)"
ours="$(value verify.bytesPerSecond)"
# openssl prints "sha256  <n>  ..." with the rate in kB/s (1000 bytes) for the one block size asked for.
openssl_line="$(openssl speed -seconds 3 -bytes "$size" sha256 2>/dev/null | grep -E '^sha256' | tail -1)"
openssl_k="$(awk '{print $NF}' <<<"$openssl_line" | tr -d k)"
openssl_bytes="$(awk -v k="$openssl_k" 'BEGIN { printf "%.0f", k * 1000 }')"
echo "openssl.line=$openssl_line"
echo "openssl.bytesPerSecond=$openssl_bytes"
awk -v a="$ours" -v b="$openssl_bytes" 'BEGIN { printf "verify.ratioToOpensslSha256=%.2f (target >= 0.5)\n", a / b }'
awk -v a="$(value jdk.sha256BytesPerSecond)" -v b="$openssl_bytes" \
  'BEGIN { printf "jdk.sha256RatioToOpenssl=%.2f (the ceiling for any verifier on this JVM)\n", a / b }'
echo "mutations.ratio=$(value mutations.ratio) (target >= 0.7)"
