import type { Explanation } from './explanation.js';

// Every X.509 verify code Node reports (X509ErrorCode in deps/ncrypto: 27 names, anything else
// is UNSPECIFIED with OpenSSL's reason in the message), plus the codes probegate gives to
// hostname mismatches and handshake failures. The key is the `code` of an SSL error.

/** Codes probegate assigns to handshake failures; an error whose `code` is one of them is not an OpenSSL verify result. */
export const HANDSHAKE_CODES = ['PROTOCOL_VERSION', 'HANDSHAKE_FAILURE', 'CERTIFICATE_REQUIRED', 'NOT_TLS', 'NO_APPLICATION_PROTOCOL'] as const;

export const SSL_CODES: Record<string, Explanation> = {
  CERT_HAS_EXPIRED: {
    meaning: 'The server’s certificate has expired.',
    fix: 'Renew the certificate (and check that automatic renewal runs) and redeploy it.',
  },
  CERT_NOT_YET_VALID: {
    meaning: 'The server’s certificate is not valid yet (its notBefore date is in the future).',
    fix: 'Check the clock of the machine that issued it, or wait until it becomes valid.',
  },
  DEPTH_ZERO_SELF_SIGNED_CERT: {
    meaning: 'The server presents a self-signed certificate.',
    fix: 'Serve a certificate from a trusted CA, or give the check that certificate as `ca`.',
  },
  SELF_SIGNED_CERT_IN_CHAIN: {
    meaning: 'The certificate chain ends in a self-signed root that is not trusted.',
    fix: 'Use a certificate from a publicly trusted CA, or give the check your private root as `ca`.',
  },
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: {
    meaning: 'The root CA the chain leads to is not in the trust store (a private or internal CA).',
    fix: 'Give the check that root CA as `ca`, or serve a certificate from a publicly trusted CA.',
  },
  UNABLE_TO_GET_ISSUER_CERT: {
    meaning: 'The issuer of a trusted certificate could not be found: typically `ca` holds only the intermediate, not the root above it.',
    fix: 'Give the check the root CA as `ca` (the intermediate alone is not a trust anchor), and serve the full chain.',
  },
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: {
    meaning: 'The leaf certificate could not be verified: the server does not send its intermediate certificate, or the leaf’s issuer is not trusted.',
    fix: 'Serve the full chain (leaf followed by its intermediates), for example fullchain.pem instead of cert.pem.',
  },
  CERT_REVOKED: {
    meaning: 'A certificate in the chain has been revoked by its issuer (according to the `crl` given to the check).',
    fix: 'Issue and deploy a new certificate.',
  },
  UNABLE_TO_GET_CRL: {
    meaning: 'The check has a `crl`, but none from one of the CAs in the chain (with a `crl`, every certificate below the trusted root is checked).',
    fix: 'Give the check a CRL from every CA in the chain, the root’s included, or remove `crl`.',
  },
  CRL_HAS_EXPIRED: {
    meaning: 'The certificate revocation list has expired (its nextUpdate is past).',
    fix: 'Fetch a current CRL from the CA and give it to the check.',
  },
  CRL_NOT_YET_VALID: {
    meaning: 'The certificate revocation list is not valid yet.',
    fix: 'Check the clock of the CA that issued the CRL, or use the current CRL.',
  },
  CRL_SIGNATURE_FAILURE: {
    meaning: 'The signature of the certificate revocation list is invalid.',
    fix: 'Give the check the CRL published by the CA that issued the certificate.',
  },
  CERT_SIGNATURE_FAILURE: {
    meaning: 'The signature of a certificate in the chain is invalid (corrupted or not from its issuer).',
    fix: 'Re-issue the certificate and serve the chain it was really issued under.',
  },
  INVALID_CA: {
    meaning: 'A certificate in the chain is used as a CA but is not allowed to act as one.',
    fix: 'Serve a chain whose intermediates are real CA certificates (basicConstraints CA:TRUE).',
  },
  INVALID_PURPOSE: {
    meaning: 'A certificate in the chain is not allowed for TLS server authentication: its extendedKeyUsage lacks serverAuth (a client-only certificate), or an issuer is not a CA (basicConstraints CA:FALSE).',
    fix: 'Issue the certificate with extendedKeyUsage serverAuth, from a CA certificate with CA:TRUE.',
  },
  PATH_LENGTH_EXCEEDED: {
    meaning: 'The chain is longer than an intermediate’s pathlen constraint allows.',
    fix: 'Issue the certificate directly from an intermediate whose pathlen permits it.',
  },
  CERT_CHAIN_TOO_LONG: {
    meaning: 'The certificate chain is longer than the verifier’s maximum depth.',
    fix: 'Serve a shorter chain.',
  },
  CERT_UNTRUSTED: {
    meaning: 'The root CA is not marked as trusted for this purpose.',
    fix: 'Use a CA that is trusted for TLS server authentication.',
  },
  CERT_REJECTED: {
    meaning: 'The root CA is marked to reject this purpose.',
    fix: 'Use a CA that is trusted for TLS server authentication.',
  },
  UNABLE_TO_DECRYPT_CERT_SIGNATURE: {
    meaning: 'The signature of a certificate could not be decrypted.',
    fix: 'Re-issue the certificate; its signature does not match its issuer’s key.',
  },
  UNABLE_TO_DECRYPT_CRL_SIGNATURE: {
    meaning: 'The signature of the CRL could not be decrypted.',
    fix: 'Give the check the CRL published by the issuing CA.',
  },
  UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY: {
    meaning: 'The public key of the issuer could not be read.',
    fix: 'Serve a valid issuer certificate in the chain.',
  },
  ERROR_IN_CERT_NOT_BEFORE_FIELD: {
    meaning: 'The certificate’s notBefore field is malformed.',
    fix: 'Re-issue the certificate.',
  },
  ERROR_IN_CERT_NOT_AFTER_FIELD: {
    meaning: 'The certificate’s notAfter field is malformed.',
    fix: 'Re-issue the certificate.',
  },
  ERROR_IN_CRL_LAST_UPDATE_FIELD: {
    meaning: 'The CRL’s lastUpdate field is malformed.',
    fix: 'Give the check a valid CRL from the CA.',
  },
  ERROR_IN_CRL_NEXT_UPDATE_FIELD: {
    meaning: 'The CRL’s nextUpdate field is malformed.',
    fix: 'Give the check a valid CRL from the CA.',
  },
  OUT_OF_MEM: {
    meaning: 'OpenSSL ran out of memory while verifying the certificate.',
    fix: 'Run the check again; if it persists, report it.',
  },
  HOSTNAME_MISMATCH: {
    meaning: 'The certificate does not cover the host name the check connected to.',
    fix: 'Serve a certificate whose subjectAltName includes this host, or set `servername` to the name it covers.',
  },
  PROTOCOL_VERSION: {
    meaning: 'The client and the server have no TLS version in common (the server offers only TLS 1.0/1.1, or only versions the client does not).',
    fix: 'Enable TLS 1.2 or 1.3 on the server; TLS 1.0 and 1.1 are obsolete and disabled in Node.',
  },
  HANDSHAKE_FAILURE: {
    meaning: 'The TLS handshake failed: no cipher suite in common, or the server rejected the handshake (on TLS 1.2 also when it requires a client certificate).',
    fix: 'Enable modern cipher suites on the server; if it requires a client certificate, give the check `cert` and `key`.',
  },
  CERTIFICATE_REQUIRED: {
    meaning: 'The server requires a client certificate and did not get one it accepts: none was sent, or it rejected the one sent.',
    fix: 'Give the check a client certificate (`cert` and `key`) issued by a CA the server trusts.',
  },
  NOT_TLS: {
    meaning: 'The port does not speak TLS: the server answered something else (plain HTTP, SSH, SMTP...).',
    fix: 'Use http:// (or ws://) for this port, or point the check at the TLS port.',
  },
  NO_APPLICATION_PROTOCOL: {
    meaning: 'The server does not support any application protocol the client offered (ALPN).',
    fix: 'Enable HTTP/1.1 or HTTP/2 on the server’s TLS listener.',
  },
  UNSPECIFIED: {
    meaning: 'The certificate could not be verified.',
    fix: 'Inspect the chain the server sends (openssl s_client -showcerts) and re-issue what OpenSSL rejects, such as a SHA-1 signature or a key that is too small.',
  },
};
