import { splitPem, TLS_FILE_FIELDS, tlsConnectionOptions, type TlsSettings } from '../net/tls.js';
import { InvalidField, type PrepareContext } from './types.js';

const NO_TLS_BLOCK: TlsSettings = Object.freeze({ insecure: false });

/**
 * Reads a manifest `tls` block (PEM text or file paths) into TlsSettings, once, at load time,
 * and makes sure node:tls can use them, so a bad file is INVALID_REQUEST, not a failed probe.
 */
export function readTlsSettings(raw: unknown, path: (string | number)[], context: PrepareContext): TlsSettings {
  // Most checks have no tls block: nothing to read or try, and one settings object for them all
  // (an https connector is shared by the checks whose settings are the same object: net/connectors.ts).
  if (raw === undefined) return NO_TLS_BLOCK;
  const block = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const settings: Record<string, unknown> = { insecure: block.insecure === true };
  for (const field of TLS_FILE_FIELDS) {
    const value = block[field];
    if (typeof value === 'string') settings[field] = context.readPemOrFile(value, [...path, field]);
  }
  if (typeof block.servername === 'string') settings.servername = block.servername;
  const tls = settings as unknown as TlsSettings;
  if (Boolean(tls.cert) !== Boolean(tls.key)) {
    throw new InvalidField([...path, tls.cert ? 'key' : 'cert'], 'a client certificate needs both `cert` and `key`');
  }
  assertUsable(tls, path);
  return tls;
}

function assertUsable(settings: TlsSettings, path: (string | number)[]): void {
  if (settings.ca) assertCertificates(settings.ca, [...path, 'ca']);
  const { cert, key, crl } = tlsConnectionOptions(settings, 'localhost');
  const contexts = { cert: cert ? { cert, key } : undefined, crl: crl ? { crl } : undefined };
  for (const [field, options] of Object.entries(contexts)) {
    if (!options) continue;
    try {
      // node:tls on use: most manifests have no tls block, and `validate` need not load it.
      process.getBuiltinModule('node:tls').createSecureContext(options);
    } catch (error) {
      const what = field === 'cert' ? '`cert` and `key` are not a usable certificate and key pair' : `\`${field}\` is not usable PEM`;
      throw new InvalidField([...path, field], `${what}: ${(error as Error).message}`);
    }
  }
}

// node:tls silently ignores a `ca` it cannot parse, and then trusts nothing.
function assertCertificates(pem: string, path: (string | number)[]): void {
  const blocks = pem.includes('-----BEGIN CERTIFICATE-----') ? splitPem(pem, 'CERTIFICATE') : [];
  if (blocks.length === 0) throw new InvalidField(path, '`ca` holds no PEM certificate (-----BEGIN CERTIFICATE-----)');
  // node:crypto on use, as node:tls: it costs every start ~5 ms, and most manifests have no `ca`.
  const { X509Certificate } = process.getBuiltinModule('node:crypto');
  for (const [index, block] of blocks.entries()) {
    try {
      new X509Certificate(block);
    } catch (error) {
      throw new InvalidField(path, `certificate ${index + 1} of \`ca\` cannot be read: ${(error as Error).message}`);
    }
  }
}
