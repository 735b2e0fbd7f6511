import { TLS_FILE_FIELDS, type TlsSettings } from '../net/tls.js';
import type { PrepareContext } from './types.js';

/** Reads a manifest `tls` block (PEM text or file paths) into TlsSettings, once, at load time. */
export function readTlsSettings(raw: unknown, path: (string | number)[], context: PrepareContext): TlsSettings {
  const block = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const settings: Record<string, unknown> = { insecure: block.insecure === true };
  for (const field of TLS_FILE_FIELDS) {
    const value = block[field];
    if (typeof value === 'string') settings[field] = context.readPemOrFile(value, [...path, field]);
  }
  if (typeof block.servername === 'string') settings.servername = block.servername;
  return settings as unknown as TlsSettings;
}
