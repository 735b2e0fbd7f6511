// Terminal styling through util.styleText, colour decided once here by Node's own rules, and
// everything a server or a manifest sent made printable first.
import { styleText } from 'node:util';

export interface Style {
  readonly color: boolean;
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
}

interface ColorStream {
  readonly isTTY?: boolean;
  hasColors?(count?: number, env?: object): boolean;
}

const FORCE_COLOR_ON = new Set(['', '1', 'true', '2', '3']);

/**
 * Whether to colour a stream, by the rules Node documents for FORCE_COLOR, NO_COLOR and
 * NODE_DISABLE_COLORS (and that styleText follows itself from Node 22.13, not on every Node 20):
 * decided here so that every supported Node answers the same.
 * 1. FORCE_COLOR set: '', 1, true, 2 or 3 colour any stream, whatever NO_COLOR says; any other
 *    value (0, false) turns colour off.
 * 2. NO_COLOR or NODE_DISABLE_COLORS set to anything but the empty string: no colour.
 * 3. Otherwise a terminal that has colours (TERM is not dumb) is coloured; a pipe or a file is not.
 */
export function wantsColor(stream: ColorStream, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.FORCE_COLOR !== undefined) return FORCE_COLOR_ON.has(env.FORCE_COLOR);
  if (env.NO_COLOR || env.NODE_DISABLE_COLORS) return false;
  // Node 20 reads an empty NO_COLOR as set: the terminal is asked without it.
  const terminalEnv = { ...env, NO_COLOR: undefined, NODE_DISABLE_COLORS: undefined };
  return stream.isTTY === true && (stream.hasColors?.(16, terminalEnv) ?? true);
}

export function createStyle(color: boolean): Style {
  // validateStream: false, since the stream was judged above (styleText would judge stdout).
  const paint = (format: 'bold' | 'dim' | 'red' | 'green' | 'yellow' | 'cyan') => (text: string) =>
    color ? styleText(format, text, { validateStream: false }) : text;
  return {
    color,
    bold: paint('bold'),
    dim: paint('dim'),
    red: paint('red'),
    green: paint('green'),
    yellow: paint('yellow'),
    cyan: paint('cyan'),
  };
}

/**
 * Text safe to print: control characters (escape sequences a server could use to rewrite the
 * terminal) shown as \xNN, and on one line unless `multiline`.
 */
export function printable(text: string, multiline = false): string {
  const controls = multiline ? /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g : /[\u0000-\u001F\u007F-\u009F]/g;
  return text.replace(controls, (c) => {
    if (c === '\r') return '';
    if (c === '\n' || c === '\t') return ' ';
    return `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;
  });
}
