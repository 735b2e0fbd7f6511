// TLS failures, in every shape they reach us: OpenSSL's verify code as Node reports it
// (`err.code = 'CERT_HAS_EXPIRED'`), Node's own hostname check (ERR_TLS_CERT_ALTNAME_INVALID),
// handshake alerts and local handshake errors (`ERR_SSL_*`, older `EPROTO`), and OpenSSL's bare
// reason text for libraries that keep nothing else (grpc-js: "certificate has expired").
import { ProbeError } from './probe-error.js';
import { HANDSHAKE_CODES, SSL_CODES } from './ssl-codes.js';
import type { ErrorLike } from './error-like.js';

// OpenSSL's reason text of each verify code (X509_verify_cert_error_string), which is also the
// `message` of Node's verify errors. Longer texts first where one contains another.
const VERIFY_REASONS: readonly (readonly [RegExp, string])[] = [
  [/self[- ]signed certificate in certificate chain/i, 'SELF_SIGNED_CERT_IN_CHAIN'],
  [/self[- ]signed certificate/i, 'DEPTH_ZERO_SELF_SIGNED_CERT'],
  [/unable to get local issuer certificate/i, 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY'],
  [/unable to get issuer certificate/i, 'UNABLE_TO_GET_ISSUER_CERT'],
  [/unable to verify the first certificate/i, 'UNABLE_TO_VERIFY_LEAF_SIGNATURE'],
  [/unable to get certificate CRL/i, 'UNABLE_TO_GET_CRL'],
  [/unable to decrypt certificate'?s signature/i, 'UNABLE_TO_DECRYPT_CERT_SIGNATURE'],
  [/unable to decrypt CRL'?s signature/i, 'UNABLE_TO_DECRYPT_CRL_SIGNATURE'],
  [/unable to decode issuer public key/i, 'UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY'],
  [/certificate signature failure/i, 'CERT_SIGNATURE_FAILURE'],
  [/CRL signature failure/i, 'CRL_SIGNATURE_FAILURE'],
  [/certificate is not yet valid/i, 'CERT_NOT_YET_VALID'],
  [/certificate has expired/i, 'CERT_HAS_EXPIRED'],
  [/CRL is not yet valid/i, 'CRL_NOT_YET_VALID'],
  [/CRL has expired/i, 'CRL_HAS_EXPIRED'],
  [/format error in certificate'?s notBefore field/i, 'ERROR_IN_CERT_NOT_BEFORE_FIELD'],
  [/format error in certificate'?s notAfter field/i, 'ERROR_IN_CERT_NOT_AFTER_FIELD'],
  [/format error in CRL'?s lastUpdate field/i, 'ERROR_IN_CRL_LAST_UPDATE_FIELD'],
  [/format error in CRL'?s nextUpdate field/i, 'ERROR_IN_CRL_NEXT_UPDATE_FIELD'],
  [/certificate chain too long/i, 'CERT_CHAIN_TOO_LONG'],
  [/certificate revoked/i, 'CERT_REVOKED'],
  [/invalid CA certificate/i, 'INVALID_CA'],
  [/path length constraint exceeded/i, 'PATH_LENGTH_EXCEEDED'],
  [/unsuitable certificate purpose/i, 'INVALID_PURPOSE'],
  [/certificate not trusted/i, 'CERT_UNTRUSTED'],
  [/certificate rejected/i, 'CERT_REJECTED'],
  [/Hostname\/IP does not match certificate's altnames|hostname mismatch/i, 'HOSTNAME_MISMATCH'],
];

// Alerts the server sends (`ERR_SSL_<TLSV1|TLSV13|SSLV3|SSL/TLS>_ALERT_<NAME>`; OpenSSL 3.2+
// says SSL/TLS where 3.0 said SSLV3). Any other alert is HANDSHAKE_FAILURE with its name.
const ALERT_CODE = /^ERR_SSL_(?:TLSV1|TLSV13|SSLV3|SSL\/TLS)_ALERT_([A-Z_]+)$/;
const ALERTS: Record<string, string> = {
  PROTOCOL_VERSION: 'PROTOCOL_VERSION',
  HANDSHAKE_FAILURE: 'HANDSHAKE_FAILURE',
  INSUFFICIENT_SECURITY: 'HANDSHAKE_FAILURE',
  CERTIFICATE_REQUIRED: 'CERTIFICATE_REQUIRED',
  NO_APPLICATION_PROTOCOL: 'NO_APPLICATION_PROTOCOL',
};
// Alerts a server sends about the client certificate it received.
const CLIENT_CERTIFICATE_ALERTS = new Set([
  'BAD_CERTIFICATE',
  'UNKNOWN_CA',
  'CERTIFICATE_UNKNOWN',
  'UNSUPPORTED_CERTIFICATE',
  'CERTIFICATE_EXPIRED',
  'CERTIFICATE_REVOKED',
  'ACCESS_DENIED',
]);

// Errors OpenSSL raises locally during the handshake.
const LOCAL_HANDSHAKE_ERRORS: Record<string, string> = {
  ERR_SSL_WRONG_VERSION_NUMBER: 'NOT_TLS',
  ERR_SSL_PACKET_LENGTH_TOO_LONG: 'NOT_TLS',
  ERR_SSL_RECORD_LAYER_FAILURE: 'NOT_TLS',
  ERR_SSL_UNSUPPORTED_PROTOCOL: 'PROTOCOL_VERSION',
  ERR_SSL_NO_PROTOCOLS_AVAILABLE: 'PROTOCOL_VERSION',
  ERR_SSL_VERSION_TOO_LOW: 'PROTOCOL_VERSION',
};

// The same failures as OpenSSL words them, for errors that carry only text.
const HANDSHAKE_REASONS: readonly (readonly [RegExp, string])[] = [
  [/wrong version number|packet length too long|record layer failure/i, 'NOT_TLS'],
  [/alert protocol version|unsupported protocol|no protocols available|version too low/i, 'PROTOCOL_VERSION'],
  [/alert certificate required/i, 'CERTIFICATE_REQUIRED'],
  [/alert (?:bad certificate|unknown ca|certificate unknown|unsupported certificate|certificate expired|certificate revoked|access denied)/i, 'CERTIFICATE_REQUIRED'],
  [/alert no application protocol/i, 'NO_APPLICATION_PROTOCOL'],
  [/alert handshake failure|no shared cipher|no ciphers available/i, 'HANDSHAKE_FAILURE'],
];

const OWN_CODES = new Set<string>(HANDSHAKE_CODES);

/** The root matcher for TLS errors of node:tls (directly, or under undici, ws and grpc-js). */
export function matchTls(e: ErrorLike): ProbeError | undefined {
  const code = typeof e.code === 'string' ? e.code : '';
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') return sslError('HOSTNAME_MISMATCH', e, e.reason);
  if (code === 'UNSPECIFIED') return sslError('UNSPECIFIED', e, e.message);
  if (code in SSL_CODES && !OWN_CODES.has(code)) return sslError(code, e, certificateDates(code, e));
  const alert = ALERT_CODE.exec(code)?.[1];
  if (alert) return alertError(alert, e);
  if (LOCAL_HANDSHAKE_ERRORS[code]) return sslError(LOCAL_HANDSHAKE_ERRORS[code], e, reasonOf(e));
  if (code.startsWith('ERR_SSL_') || code === 'EPROTO') {
    const reason = reasonOf(e);
    return sslError(codeFromReason(HANDSHAKE_REASONS, reason) ?? 'HANDSHAKE_FAILURE', e, reason);
  }
  return undefined;
}

/** Whether a socket error is a TLS failure, for checks whose library reports it as something vaguer. */
export function isTlsFailure(error: unknown): boolean {
  return typeof error === 'object' && error !== null && matchTls(error as ErrorLike) !== undefined;
}

/** Whether a handshake error is the server's demand for a client certificate (alert certificate_required). */
export function isCertificateRequired(error: unknown): boolean {
  return typeof error === 'object' && error !== null && matchTls(error as ErrorLike)?.code === 'CERTIFICATE_REQUIRED';
}

/**
 * An SSL error from OpenSSL's or Node's reason text alone, for libraries that lose the code
 * (grpc-js reports "certificate has expired" inside an UNAVAILABLE status). Undefined when the
 * text names no TLS failure.
 */
export function sslErrorFromText(text: string, cause?: unknown): ProbeError | undefined {
  const verify = codeFromReason(VERIFY_REASONS, text);
  if (verify) return sslError(verify, cause, verify === 'HOSTNAME_MISMATCH' ? text : undefined);
  const handshake = codeFromReason(HANDSHAKE_REASONS, text);
  return handshake ? sslError(handshake, cause, text) : undefined;
}

/** An SSL error whose message is the code's explanation, OpenSSL's own words when they add something, and the fix. */
export function sslError(code: string, cause?: unknown, detail?: string): ProbeError {
  const explanation = SSL_CODES[code] ?? SSL_CODES.UNSPECIFIED!;
  const said = detail?.trim() && !explanation.meaning.includes(detail.trim()) ? ` (${detail.trim()})` : '';
  return new ProbeError('SSL', code, `${explanation.meaning.replace(/\.$/, '')}${said}. ${explanation.fix}`, { cause });
}

function alertError(alert: string, e: ErrorLike): ProbeError {
  const name = alert.toLowerCase().replace(/_/g, ' ');
  if (CLIENT_CERTIFICATE_ALERTS.has(alert)) {
    return sslError('CERTIFICATE_REQUIRED', e, `the server rejected the client certificate with the TLS alert "${name}"`);
  }
  const code = ALERTS[alert] ?? 'HANDSHAKE_FAILURE';
  return sslError(code, e, ALERTS[alert] ? undefined : `the server sent the TLS alert "${name}"`);
}

function codeFromReason(reasons: readonly (readonly [RegExp, string])[], text: string): string | undefined {
  return reasons.find(([pattern]) => pattern.test(text))?.[1];
}

/** OpenSSL's short reason ("wrong version number"), else the first line of the message. */
function reasonOf(e: ErrorLike): string {
  if (typeof e.reason === 'string' && e.reason) return e.reason;
  const message = e.message ?? '';
  // "write EPROTO 409D…:error:0A00010B:SSL routines:ssl3_get_record:wrong version number:…"
  const openssl = /error:[0-9A-Fa-f]+:[^:]*:[^:]*:([^:]+)/.exec(message);
  return openssl ? openssl[1]!.trim() : message.split('\n')[0]!.trim();
}

/**
 * The date that explains an expired or not-yet-valid certificate, when the error carries the
 * leaf (`cert`, as the ssl check attaches it) and the leaf is the one out of its validity.
 */
function certificateDates(code: string, e: ErrorLike): string | undefined {
  const cert = e.cert as { valid_from?: string; valid_to?: string } | undefined;
  const validTo = cert?.valid_to ? new Date(cert.valid_to) : undefined;
  const validFrom = cert?.valid_from ? new Date(cert.valid_from) : undefined;
  const now = Date.now();
  if (code === 'CERT_HAS_EXPIRED' && validTo && validTo.getTime() < now) return `the leaf expired on ${isoDate(validTo)}`;
  if (code === 'CERT_NOT_YET_VALID' && validFrom && validFrom.getTime() > now) return `the leaf is valid from ${isoDate(validFrom)}`;
  return undefined;
}

function isoDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
