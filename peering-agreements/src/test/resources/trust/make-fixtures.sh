#!/bin/sh
# Regenerates the certificate fixtures of the io.peeringconsole.trust tests with the openssl command line (3.x).
# Private keys live only in a temporary directory and are discarded: the fixtures are public certificates and a CRL.
# Usage: sh make-fixtures.sh   (run in this directory; all certificates are valid for 10 years from today)
set -eu
out=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

key() { openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1.key" 2>/dev/null; }
serial() { echo "0x$(openssl rand -hex 16)"; }

cat > ext.cnf <<'CNF'
[ intermediate ]
basicConstraints = critical, CA:TRUE, pathlen:0
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[ federation ]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth, clientAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
subjectAltName = $ENV::SAN
[ server_only ]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
subjectAltName = $ENV::SAN
CNF

key root
openssl req -x509 -new -key root.key -sha256 -days 3650 -set_serial "$(serial)" \
    -subj "/O=Example Test/CN=Example Test Root CA" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" -out root-ca.pem

key intermediate
openssl req -new -key intermediate.key -subj "/O=Example Test/CN=Example Test Issuing CA" -out intermediate.csr
SAN=DNS:unused openssl x509 -req -in intermediate.csr -CA root-ca.pem -CAkey root.key -sha256 -days 3650 \
    -set_serial "$(serial)" -extfile ext.cnf -extensions intermediate -out intermediate-ca.pem

leaf() { # name, subject CN, SAN list, extension section
    key "$1"
    openssl req -new -key "$1.key" -subj "/O=Example Networks/CN=$2" -out "$1.csr"
    SAN="$3" openssl x509 -req -in "$1.csr" -CA intermediate-ca.pem -CAkey intermediate.key -sha256 -days 3650 \
        -set_serial "$(serial)" -extfile ext.cnf -extensions "$4" -out "$1.pem"
}
leaf example-net "example.net" "DNS:example.net,DNS:xmpp.example.net" federation
leaf example-net-renewed "example.net" "DNS:example.net,DNS:xmpp.example.net" federation
leaf example-org "example.org" "DNS:example.org" federation
leaf example-net-server-only "example.net" "DNS:example.net" server_only

# Gateway certificate requests for the console's own CA: a proper one, and one that asks to be a CA.
key gateway
openssl req -new -key gateway.key -subj "/CN=gw1" -out gateway.csr
openssl req -new -key gateway.key -subj "/CN=gw1" -addext "basicConstraints=critical,CA:TRUE" -out gateway-ca-request.csr

# An empty CRL of the issuing CA, as `openssl ca` publishes it.
mkdir ca && touch ca/index.txt && echo 01 > ca/crlnumber
cat > ca.cnf <<'CNF'
[ ca ]
default_ca = issuing
[ issuing ]
database = ca/index.txt
crlnumber = ca/crlnumber
default_md = sha256
default_crl_days = 30
CNF
openssl ca -config ca.cnf -gencrl -cert intermediate-ca.pem -keyfile intermediate.key -out intermediate-ca.crl.pem 2>/dev/null

for f in root-ca intermediate-ca example-net example-net-renewed example-org example-net-server-only; do
    cp "$f.pem" "$out/$f.pem"
done
cp intermediate-ca.crl.pem gateway.csr gateway-ca-request.csr "$out/"
echo "Fixtures written to $out"
