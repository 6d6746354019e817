#!/usr/bin/env bash
# Publish at scale: times the candidate (with its diff), the publish and the automatic re-check after a CRL import
# through the REST API of the console's uber-jar, for one local domain with N peer networks under ACTIVE agreements,
# each with its own certificate (chaining to a global anchor), privacy permission and public-group exposure.
# Usage: bench/publish-scale/run.sh [peers] [jar]     (defaults: 10000, admin-web/target/peering-console.jar)
# Needs JDK 21+ (JAVA_HOME or PATH), openssl, and H2 in the local Maven repository; see README.md.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
peers="${1:-10000}"
jar="${2:-$root/admin-web/target/peering-console.jar}"
port="${PUBLISH_SCALE_PORT:-18480}"
# shellcheck source=../console.sh
. "$root/bench/console.sh"
require_jar "$jar"
h2="$(ls ~/.m2/repository/com/h2database/h2/*/h2-*.jar | grep -v sources | sort -V | tail -1)"
work="$(mktemp -d)"
trap 'stop_console; rm -rf "$work"' EXIT

# Trust material: a CA (imported as a global anchor), one wildcard leaf every bench peer presents, and a CRL of that
# CA revoking another certificate (importing it triggers the automatic re-check of published domains).
cd "$work"
ossl() { openssl "$@" >/dev/null 2>&1; }
ossl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout ca.key -out ca.pem -days 365 \
  -subj "/CN=Bench Peer CA" -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign"
for leaf in leaf revoked; do
  ossl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout "$leaf.key" -out "$leaf.csr" \
    -subj "/CN=*.bench.example.net"
  printf 'subjectAltName=DNS:*.bench.example.net\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth,clientAuth\nbasicConstraints=CA:FALSE\n' > leaf.ext
  ossl x509 -req -in "$leaf.csr" -CA ca.pem -CAkey ca.key -CAcreateserial -out "$leaf.pem" -days 200 -sha256 \
    -extfile leaf.ext
done
printf '[ca]\ndefault_ca=d\n[d]\ndatabase=index.txt\ncrlnumber=crlnumber\ndefault_md=sha256\ndefault_crl_days=30\n' > ca.cnf
: > index.txt; echo 01 > crlnumber
ossl ca -config ca.cnf -keyfile ca.key -cert ca.pem -revoke revoked.pem
ossl ca -config ca.cnf -keyfile ca.key -cert ca.pem -gencrl -out crl.pem

# The console as ./console start runs it, on a fresh data directory. AUTO_SERVER lets the loader below write into the
# same embedded database while the console runs.
password="bench-$(openssl rand -hex 12)"
url="jdbc:h2:file:$work/data/console;WRITE_DELAY=0;AUTO_SERVER=TRUE"
PEERING_DATA_DIR="$work/data" PEERING_DB_URL="$url" PEERING_ADMIN_PASSWORD="$password" \
  start_console "$jar" "$port" "$work" "${PUBLISH_SCALE_JAVA_OPTS:--XX:TieredStopAtLevel=1}"
echo "jar=$jar"
echo "startup.seconds=$startup_seconds"
"$java" -cp "$h2" "$root/bench/publish-scale/PublishScale.java" "http://localhost:$port/" "$password" "$url" \
  "$work" "$peers"
