#!/usr/bin/env bash
# Issue #5 benchmarks (1) and (2) against the console's uber-jar, in one run:
#   (1) 304 polls per second: wrk against GET /api/v1/gateway/snapshot (If-None-Match, bearer token) versus nginx
#       serving the very same snapshot bytes as a static file with its own ETag;
#   (2) publish -> all N long-polling gateways hold the new serial (p50/p99/max, count, console heap).
# Usage: bench/gateway-bench/run.sh [--quick]     (from anywhere; needs a JDK 21+, Maven, openssl; as root or with
#        sudo it installs wrk and nginx-light from Debian when they are missing)
#        bench/gateway-bench/run.sh --http2-probe [N]   the HTTP/2 experiment of the README instead (default N = 300)
#        bench/gateway-bench/run.sh --long-polls     (2) only, N = 1,000 and 10,000: no wrk, no nginx
#        BENCH_JAR=/path/console.jar bench/gateway-bench/run.sh ...   that jar instead of building this tree's (A/B runs)
# Prints key=value lines while it runs and a summary table at the end; exits non-zero if a measurement failed.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
here="$root/bench/gateway-bench"
quick=false; h2_probe=""; polls_only=false
case "${1:-}" in
  --quick) quick=true ;;
  --long-polls) polls_only=true ;;
  --http2-probe) h2_probe=${2:-300} ;;  # the HTTP/2 experiment of the README instead of the benchmarks
  "") ;;
  *) echo "usage: $0 [--quick | --long-polls | --http2-probe [N]]" >&2; exit 2 ;;
esac
if $quick; then
  sizes=(200 1000); wrk_duration=5s
else
  sizes=(1000 10000); wrk_duration=15s
fi
wrk_threads=2
wrk_connections=64

say() { echo "== $*" >&2; }
free_port() { # a port nothing listens on, from the range below the kernel's ephemeral ports
  local p
  while :; do
    p=$(( 20000 + RANDOM % 12000 ))
    (echo >"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }
  done
}

# --- JDK (the console refuses anything older than 21), tools --------------------------------------------------------
jdk_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}' | cut -d. -f1; }
if [ -z "${JAVA_HOME:-}" ] || [ ! -x "$JAVA_HOME/bin/javac" ] || [ "$(jdk_major "$JAVA_HOME")" -lt 21 ]; then
  JAVA_HOME=$(for c in /usr/lib/jvm/*/; do c=${c%/}; [ -x "$c/bin/javac" ] && echo "$(jdk_major "$c") $c"; done |
    sort -n -r | awk '$1 >= 21 {print $2; exit}')
  [ -n "$JAVA_HOME" ] || { echo "a JDK 21 or newer is needed (none in JAVA_HOME or /usr/lib/jvm)" >&2; exit 1; }
fi
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
nginx_bin=$(command -v nginx || ls /usr/sbin/nginx 2>/dev/null || true)
if ! command -v wrk >/dev/null || [ -z "$nginx_bin" ]; then
  say "installing wrk and nginx-light from Debian"
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd=sudo
  $sudo_cmd apt-get install -y wrk nginx-light >/dev/null || { $sudo_cmd apt-get update >/dev/null &&
    $sudo_cmd apt-get install -y wrk nginx-light >/dev/null; }
fi
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
command -v wrk >/dev/null && [ -x "$nginx_bin" ] || { echo "wrk or nginx is missing" >&2; exit 1; }
# 10,000 long polls need 10,000 sockets on each side; the console and the load generator inherit this limit.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
ulimit -n 65536 2>/dev/null || true
[ "$(ulimit -n)" -ge $(( ${sizes[-1]} + 2000 )) ] || { echo "ulimit -n is $(ulimit -n): too low for ${sizes[-1]} polls" >&2; exit 1; }

cd "$root"
jar=${BENCH_JAR:-admin-web/target/peering-console.jar}
if [ -z "${BENCH_JAR:-}" ] && { [ ! -f "$jar" ] || [ -n "$(find pom.xml */pom.xml */src -newer "$jar" -type f 2>/dev/null | head -1)" ]; }; then
  say "building the console uber-jar"
  ./console build
fi

work=$(mktemp -d /tmp/gateway-bench.XXXXXX)
chmod 755 "$work"
console_pid=""; nginx_pid=""
cleanup() {
  [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null && wait "$nginx_pid" 2>/dev/null
  if [ -n "$console_pid" ]; then
    kill "$console_pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$console_pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$console_pid" 2>/dev/null || true
  fi
  if [ "${keep_log:-false}" = true ] && [ -f "$work/console.log" ]; then
    cp "$work/console.log" "/tmp/gateway-bench-console-$$.log" && echo "console log kept: /tmp/gateway-bench-console-$$.log" >&2
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- the console, on an empty data directory -----------------------------------------------------------------------
port=$(free_port)
# Its own HTTPS port too: the default 8443 may be held by another console (a test run) on the same machine.
ssl_port=$(free_port)
password="bench-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
say "starting the console on port $port (log: $work/console.log)"
# A copy, so that a build running meanwhile (tests rebuild the jar) cannot change the jar under the console's feet.
cp "$jar" "$work/peering-console.jar"
PEERING_DATA_DIR="$work/data" PEERING_ADMIN_PASSWORD="$password" env -u PEERING_DB_URL \
  java -jar "$work/peering-console.jar" --port "$port" --sslport "$ssl_port" >"$work/console.log" 2>&1 &
console_pid=$!
base="http://127.0.0.1:$port/"
for _ in $(seq 1 480); do
  kill -0 "$console_pid" 2>/dev/null || { tail -50 "$work/console.log" >&2; echo "the console exited" >&2; exit 1; }
  [ "$(curl -s -o /dev/null -w '%{http_code}' "${base}health/ready" || true)" = 200 ] && break
  sleep 0.5
done
[ "$(curl -s -o /dev/null -w '%{http_code}' "${base}health/ready")" = 200 ] || { echo "console not ready" >&2; exit 1; }

# --- the load generator and the benchmark's domain -----------------------------------------------------------------
javac -d "$work/classes" $(find "$here/src" -name '*.java')
bench() { java -cp "$work/classes" io.peeringconsole.bench.gateway.GatewayBench "$@"; }
peer=peer.bench.example.net
mkdir -p "$work/pem"
(cd "$work/pem"
 openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout ca.key -out ca.pem -days 365 \
   -subj "/CN=Benchmark Peer CA" -addext basicConstraints=critical,CA:TRUE \
   -addext keyUsage=critical,keyCertSign,cRLSign 2>/dev/null
 openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout leaf.key -out leaf.csr \
   -subj "/CN=$peer" 2>/dev/null
 printf 'subjectAltName=DNS:%s\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth,clientAuth\nbasicConstraints=CA:FALSE\n' \
   "$peer" >leaf.ext
 openssl x509 -req -in leaf.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out leaf.pem -days 200 -sha256 \
   -extfile leaf.ext 2>/dev/null)
say "preparing a local domain with a published snapshot"
bench setup "$base" "$password" "$work" "$work/pem" "$peer"
if [ -n "$h2_probe" ]; then
  say "HTTP/2 experiment: $h2_probe long polls from one HttpClient in HTTP/2 mode, then a publish"
  bench h2probe "$base" "$password" "$work" "$h2_probe"
  grep -i -E 'http2|max.concurrent' "$work/console.log" | head -5 || true
  exit 0
fi
token=$(sed -n 's/^token=//p' "$work/state.properties")
etag=$(sed -n 's/^etag=//p' "$work/state.properties" | sed 's/\\//g')

console_rate=-; nginx_rate=-; ratio=-
if ! $polls_only; then
# --- nginx serving the same bytes ----------------------------------------------------------------------------------
nginx_port=$(free_port)
mkdir -p "$work/nginx/www" "$work/nginx/logs"
cp "$work/snapshot.json" "$work/nginx/www/snapshot"
chmod -R a+rX "$work/nginx"
cat >"$work/nginx/nginx.conf" <<EOF
daemon off;
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $work/nginx/tmp-body;
  proxy_temp_path $work/nginx/tmp-proxy;
  fastcgi_temp_path $work/nginx/tmp-fastcgi;
  uwsgi_temp_path $work/nginx/tmp-uwsgi;
  scgi_temp_path $work/nginx/tmp-scgi;
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/nginx/www;
    etag on;
    default_type application/json;
    location = /snapshot { add_header Cache-Control no-cache; }
  }
}
EOF
"$nginx_bin" -p "$work/nginx" -c "$work/nginx/nginx.conf" 2>"$work/nginx/logs/stderr" &
nginx_pid=$!
nginx_url="http://127.0.0.1:$nginx_port/snapshot"
for _ in $(seq 1 40); do curl -s -o /dev/null "$nginx_url" && break; sleep 0.25; done
nginx_etag=$(curl -s -D - -o /dev/null "$nginx_url" | tr -d '\r' | sed -n 's/^[Ee][Tt]ag: //p')
cmp -s <(curl -s "$nginx_url") <(curl -s -H "Authorization: Bearer $token" "${base}api/v1/gateway/snapshot") ||
  { echo "nginx does not serve the console's snapshot bytes" >&2; exit 1; }

# --- (1) 304 polls per second --------------------------------------------------------------------------------------
status_of() { curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $2" -H "Authorization: Bearer $token" "$1"; }
[ "$(status_of "${base}api/v1/gateway/snapshot" "$etag")" = 304 ] || { echo "the console does not answer 304" >&2; exit 1; }
[ "$(status_of "$nginx_url" "$nginx_etag")" = 304 ] || { echo "nginx does not answer 304" >&2; exit 1; }
rate() { # url etag -> requests per second; fails when any answer was not a 304
  local out
  out=$(wrk -t"$wrk_threads" -c"$wrk_connections" -d"$wrk_duration" -H "If-None-Match: $2" \
    -H "Authorization: Bearer $token" "$1")
  echo "$out" >&2
  if echo "$out" | grep -q 'Non-2xx or 3xx'; then echo "wrk saw answers other than 304 from $1" >&2; return 1; fi
  echo "$out" | awk '/^Requests\/sec:/ {print $2}'
}
say "warming up the console's 304 path"
wrk -t1 -c8 -d5s -H "If-None-Match: $etag" -H "Authorization: Bearer $token" "${base}api/v1/gateway/snapshot" >/dev/null
say "(1) wrk -t$wrk_threads -c$wrk_connections -d$wrk_duration: console, then nginx"
console_rate=$(rate "${base}api/v1/gateway/snapshot" "$etag")
nginx_rate=$(rate "$nginx_url" "$nginx_etag")
ratio=$(awk -v a="$console_rate" -v b="$nginx_rate" 'BEGIN {printf "%.2f", a / b}')
kill "$nginx_pid"; wait "$nginx_pid" 2>/dev/null || true; nginx_pid=""
echo "poll304.console.requestsPerSecond=$console_rate"
echo "poll304.nginx.requestsPerSecond=$nginx_rate"
echo "poll304.ratio=$ratio"
fi  # --long-polls skips (1)

# --- (2) publish -> N long-polling gateways ------------------------------------------------------------------------
say "(2) long polls, N = ${sizes[*]}"
longpoll_rc=0
bench longpoll "$base" "$password" "$work" "$console_pid" "$JAVA_HOME/bin/jcmd" "${sizes[@]}" | tee "$work/longpoll.txt" ||
  longpoll_rc=$?

# --- summary -------------------------------------------------------------------------------------------------------
value() { sed -n "s/^$1=//p" "$work/longpoll.txt" | head -1; }
echo
echo "Gateway benchmark summary ($(date -u +%FT%TZ), load: $(uptime | sed 's/.*load average: //'), $(nproc) CPUs)"
printf '%-44s %14s %14s\n' "(1) 304 polls per second" "measured" "target"
printf '%-44s %14s %14s\n' "console" "$console_rate" ""
printf '%-44s %14s %14s\n' "nginx, same bytes, etag on" "$nginx_rate" ""
printf '%-44s %14s %14s\n' "ratio console / nginx" "$ratio" ">= 0.5"
printf '%-44s %14s %14s\n' "(2) publish -> N long polls hold new serial" "" ""
for n in "${sizes[@]}"; do
  printf '%-44s %14s %14s\n' "N=$n got the new serial" "$(value "longpoll.$n.gotNewSerial")" "$n"
  printf '%-44s %14s %14s\n' "N=$n p50 / p99 / max (ms)" \
    "$(value "longpoll.$n.p50Millis") / $(value "longpoll.$n.p99Millis") / $(value "longpoll.$n.maxMillis")" \
    "$([ "$n" -ge 10000 ] && echo 'p99 <= 1000' || echo '')"
  printf '%-44s %14s %14s\n' "N=$n publish request itself (ms)" "$(value "longpoll.$n.publishRequestMillis")" ""
  printf '%-44s %14s %14s\n' "N=$n heap after GC: idle / parked (KiB)" \
    "$(value "longpoll.$n.heapUsedAfterGcBeforeKb") / $(value "longpoll.$n.heapUsedAfterGcParkedKb")" ""
done
if [ "$longpoll_rc" -ne 0 ]; then
  keep_log=true
  echo "The long-poll measurement failed or not every gateway got the new serial (see above)." >&2
  exit 1
fi
