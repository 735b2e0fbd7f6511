import type { Document, Node } from 'yaml';
import { yaml } from '../libraries.js';
import type { SourceLocation } from '../model.js';
import { LineCounter } from './line-counter.js';
import type { FastManifest } from './parse-fast.js';
import { parseManifestYaml } from './parse-yaml.js';

export type Path = readonly (string | number)[];

/**
 * Finds where a value of the document stands; a path that does not exist falls back to its nearest
 * parent. A manifest read by parse-fast.ts knows where its maps and lists start, which is all a
 * valid manifest asks; anything else (a problem's scalar, a key) reads the text again with yaml,
 * once, on first need.
 */
export class Positions {
  private document: Document | undefined;
  private lines: LineCounter | undefined;

  constructor(
    private readonly text: string,
    private readonly file: string,
    private readonly fast?: FastManifest,
    document?: Document,
  ) {
    this.document = document;
  }

  /** The location of the value at `path`, or of its key when `key` is set (for unknown properties). */
  locate(path: Path, key?: string): SourceLocation {
    const start = key === undefined && this.fast ? this.fastStart(path) : undefined;
    if (start !== undefined) return this.at(start);
    const { isMap, isNode } = yaml();
    for (let depth = path.length; depth >= 0; depth--) {
      const node = this.nodeAt(path.slice(0, depth));
      if (!node) continue;
      if (key !== undefined && depth === path.length && isMap(node)) {
        const pair = node.items.find((item) => isNode(item.key) && (item.key as Node & { value?: unknown }).value === key);
        if (pair && isNode(pair.key)) return this.at(pair.key.range?.[0] ?? 0);
      }
      return this.at(node.range?.[0] ?? 0);
    }
    return { file: this.file, line: 1, column: 1 };
  }

  /**
   * The location of `node`, the map or list that stands at `path` in the document as read: the
   * same as locate(path), without walking the path when the reading knows where `node` starts.
   */
  locateNode(node: unknown, path: Path): SourceLocation {
    const start = typeof node === 'object' && node !== null ? this.fast?.starts.get(node) : undefined;
    return start !== undefined ? this.at(start) : this.locate(path);
  }

  /** Whether the document has a value at `path`. */
  has(path: Path): boolean {
    if (this.fast) return valueAt(this.fast.value, path).found;
    return this.nodeAt(path) !== undefined;
  }

  at(offset: number): SourceLocation {
    const lines = this.lineCounter();
    const line = lines.lineAt(offset);
    return { file: this.file, line, column: lines.columnAt(offset, line) };
  }

  private fastStart(path: Path): number | undefined {
    const { found, value } = valueAt(this.fast!.value, path);
    return found && typeof value === 'object' && value !== null ? this.fast!.starts.get(value) : undefined;
  }

  /** Line starts as yaml's lexer records them: after each line feed. */
  private lineCounter(): LineCounter {
    if (!this.lines) {
      const lines = new LineCounter();
      if (this.fast?.lineStarts) {
        lines.lineStarts = this.fast.lineStarts;
      } else {
        lines.addNewLine(0);
        for (let at = this.text.indexOf('\n'); at !== -1; at = this.text.indexOf('\n', at + 1)) lines.addNewLine(at + 1);
      }
      this.lines = lines;
    }
    return this.lines;
  }

  private nodeAt(path: Path): Node | undefined {
    this.document ??= parseManifestYaml(this.text, new LineCounter());
    if (path.length === 0) return (this.document.contents as Node | null) ?? undefined;
    const node = this.document.getIn(path, true);
    const { isMap, isNode, isSeq } = yaml();
    return isNode(node) || isMap(node) || isSeq(node) ? (node as Node) : undefined;
  }
}

function valueAt(root: unknown, path: Path): { found: boolean; value?: unknown } {
  let value = root;
  for (const part of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, part)) return { found: false };
    value = (value as Record<string | number, unknown>)[part];
  }
  return { found: true, value };
}

/** `checks[2].request.url` for people. */
export function formatPath(path: Path): string {
  return path.reduce<string>((text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part), '');
}
