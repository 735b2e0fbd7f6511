// A minimal glob for report files, for Node versions without fs.glob: `*` and `?` within one
// path segment, `**` for any number of segments. Dot files match only when written out.
import { readdirSync } from 'node:fs';
import path from 'node:path';

/** The files under `cwd` that match `pattern` (relative or absolute), sorted; directories are not returned. */
export function globFiles(pattern: string, cwd: string): string[] {
  const absolute = path.resolve(cwd, pattern).split(path.sep).join('/');
  const segments = absolute.split('/');
  const firstWild = segments.findIndex(isWild);
  if (firstWild === -1) return isFile(absolute) ? [absolute] : [];
  const base = segments.slice(0, firstWild).join('/') || '/';
  const found: string[] = [];
  walk(base, segments.slice(firstWild), found);
  return [...new Set(found)].sort();
}

function isWild(segment: string): boolean {
  return /[*?]/.test(segment);
}

function walk(dir: string, rest: readonly string[], found: string[]): void {
  const [segment, ...tail] = rest;
  if (segment === undefined) return;
  const entries = list(dir);
  if (segment === '**') {
    walk(dir, tail, found);
    for (const entry of entries) if (entry.isDirectory() && !entry.name.startsWith('.')) walk(join(dir, entry.name), rest, found);
    return;
  }
  const matcher = isWild(segment) ? segmentMatcher(segment) : undefined;
  for (const entry of entries) {
    if (matcher ? !matcher.test(entry.name) : entry.name !== segment) continue;
    const full = join(dir, entry.name);
    if (tail.length === 0) {
      if (entry.isFile()) found.push(full);
    } else if (entry.isDirectory()) walk(full, tail, found);
  }
}

function segmentMatcher(segment: string): RegExp {
  const body = [...segment].map((c) => (c === '*' ? '[^/]*' : c === '?' ? '[^/]' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&'))).join('');
  // A leading wildcard does not match dot files, as in a shell.
  return new RegExp(`^${segment.startsWith('.') ? '' : '(?!\\.)'}${body}$`);
}

function list(dir: string) {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

function isFile(file: string): boolean {
  const dir = path.dirname(file);
  return list(dir).some((entry) => entry.name === path.basename(file) && entry.isFile());
}

function join(dir: string, name: string): string {
  return dir.endsWith('/') ? `${dir}${name}` : `${dir}/${name}`;
}
