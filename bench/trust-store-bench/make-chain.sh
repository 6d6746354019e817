#!/usr/bin/env bash
# Regenerates the benchmark's fixed 3-certificate chain (EC P-256, valid for 100 years) with the openssl command line.
# The benchmark validates at a fixed instant, so the files never need regenerating; this script documents their origin.
set -euo pipefail
out="$(cd "$(dirname "$0")" && pwd)/src/main/resources/chain"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
ec=(-newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes)
openssl req -x509 "${ec[@]}" -keyout root.key -out root.pem -subj "/O=Bench/CN=Bench Root" -days 36500 -sha256 \
  -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign
openssl req -new "${ec[@]}" -keyout ca.key -out ca.csr -subj "/O=Bench/CN=Bench Issuing CA"
printf 'basicConstraints=critical,CA:TRUE,pathlen:0\nkeyUsage=critical,keyCertSign,cRLSign\nsubjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid\n' > ca.ext
openssl x509 -req -in ca.csr -CA root.pem -CAkey root.key -set_serial 0x5eed0001 -days 36500 -sha256 -extfile ca.ext -out ca.pem
openssl req -new "${ec[@]}" -keyout leaf.key -out leaf.csr -subj "/CN=xmpp.example.net"
printf 'basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth,clientAuth\nsubjectAltName=DNS:example.net,DNS:*.example.net\nsubjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid\n' > leaf.ext
openssl x509 -req -in leaf.csr -CA ca.pem -CAkey ca.key -set_serial 0x5eed0002 -days 36500 -sha256 -extfile leaf.ext -out leaf.pem
cp root.pem ca.pem leaf.pem "$out/"
