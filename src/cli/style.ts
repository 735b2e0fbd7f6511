// Terminal styling: colour only on a terminal, never with NO_COLOR (no-color.org), and
// everything a server or a manifest sent made printable first.

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
  hasColors?(): boolean;
}

/** NO_COLOR (any non-empty value) and NODE_DISABLE_COLORS win; FORCE_COLOR turns colour on; otherwise a terminal decides. */
export function wantsColor(stream: ColorStream, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR || env.NODE_DISABLE_COLORS) return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true;
  return stream.isTTY === true && (stream.hasColors?.() ?? true);
}

export function createStyle(color: boolean): Style {
  const paint = (open: number, close: number) => (text: string) => (color ? `\u001b[${open}m${text}\u001b[${close}m` : text);
  return {
    color,
    bold: paint(1, 22),
    dim: paint(2, 22),
    red: paint(31, 39),
    green: paint(32, 39),
    yellow: paint(33, 39),
    cyan: paint(36, 39),
  };
}

const ANSI = /\u001b\[[0-9;]*m/g;

/** Columns a string takes on the terminal, ignoring our own colour codes. */
export function visibleLength(text: string): number {
  return [...text.replace(ANSI, '')].length;
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
