#!/bin/sh
# How expired-cert.pem and expired-key.pem were made (once; they are committed so the demo
# needs no openssl): a self-signed certificate for localhost and 127.0.0.1 that was valid only
# in January 2020. `openssl req -x509 -days` cannot date a certificate in the past on
# OpenSSL 3.0, `openssl ca -startdate/-enddate` can. Already expired, it cannot expire under us.
# Run from this folder: sh make-expired-cert.sh
set -eu
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
touch "$work/index.txt"
echo 01 > "$work/serial"
cat > "$work/ca.cnf" <<CNF
[ ca ]
default_ca = demo
[ demo ]
database = $work/index.txt
new_certs_dir = $work
serial = $work/serial
default_md = sha256
policy = any
copy_extensions = copy
unique_subject = no
[ any ]
commonName = supplied
[ req ]
distinguished_name = dn
prompt = no
[ dn ]
CN = localhost
[ expired ]
basicConstraints = critical, CA:TRUE
keyUsage = critical, digitalSignature, keyCertSign
extendedKeyUsage = serverAuth
subjectAltName = DNS:localhost, IP:127.0.0.1, IP:::1
subjectKeyIdentifier = hash
CNF
openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
  -keyout expired-key.pem -out "$work/request.csr" -config "$work/ca.cnf"
openssl ca -batch -config "$work/ca.cnf" -selfsign -keyfile expired-key.pem \
  -in "$work/request.csr" -out expired-cert.pem -extensions expired -notext \
  -startdate 20200101000000Z -enddate 20200201000000Z
