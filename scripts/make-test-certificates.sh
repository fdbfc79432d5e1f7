#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Sequence Admin developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes the TLS certificates the tests and the benchmark serve the emulator
# with (tests/data/tls): a test CA, and certificates it signed for
#   server.pem       127.0.0.1 and localhost, valid for 100 years;
#   wrong-host.pem   wrong-host.invalid only (a name that does not match);
#   expired.pem      127.0.0.1, valid in 2020 only.
# The keys are test keys, published here on purpose: nothing trusts this CA
# but a test that adds it. Run again only to replace them.
set -euo pipefail
out=$(cd "$(dirname "$0")/.." && pwd)/tests/data/tls
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

key() { openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1" 2>/dev/null; }

key ca.key
openssl req -x509 -new -key ca.key -sha256 -days 36500 -subj "/CN=Sequence Admin test CA" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
    -out ca.pem

mkdir -p ca/newcerts
: > ca/index.txt
echo 1000 > ca/serial
cat > ca.cnf <<CNF
[ca]
default_ca = test
[test]
dir = ca
database = ca/index.txt
new_certs_dir = ca/newcerts
serial = ca/serial
certificate = ca.pem
private_key = ca.key
default_md = sha256
policy = any
copy_extensions = copy
unique_subject = no
[any]
commonName = supplied
CNF

# name, subjectAltName, then the validity: -days N, or -startdate/-enddate
issue()
{
    local name=$1 san=$2
    shift 2
    key "$name.key"
    openssl req -new -key "$name.key" -subj "/CN=${name}" -addext "subjectAltName=$san" \
        -addext "extendedKeyUsage=serverAuth" -out "$name.csr"
    openssl ca -batch -config ca.cnf -notext -in "$name.csr" -out "$name.pem" "$@" 2>/dev/null
}

issue server "IP:127.0.0.1,DNS:localhost" -days 36500
issue wrong-host "DNS:wrong-host.invalid" -days 36500
issue expired "IP:127.0.0.1,DNS:localhost" -startdate 20200101000000Z -enddate 20201231000000Z

mkdir -p "$out"
cp ca.pem server.pem server.key wrong-host.pem wrong-host.key expired.pem expired.key "$out/"
echo "make-test-certificates: wrote $out"
