import { isMap, isNode, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import type { SourceLocation } from '../model.js';

export type Path = readonly (string | number)[];

/** Finds where a value of the document stands; a path that does not exist falls back to its nearest parent. */
export class Positions {
  constructor(
    private readonly document: Document,
    private readonly lines: LineCounter,
    private readonly file: string,
  ) {}

  /** The location of the value at `path`, or of its key when `key` is set (for unknown properties). */
  locate(path: Path, key?: string): SourceLocation {
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

  /** Whether the document has a value at `path`. */
  has(path: Path): boolean {
    return this.nodeAt(path) !== undefined;
  }

  at(offset: number): SourceLocation {
    const { line, col } = this.lines.linePos(offset);
    return { file: this.file, line, column: col };
  }

  private nodeAt(path: Path): Node | undefined {
    if (path.length === 0) return (this.document.contents as Node | null) ?? undefined;
    const node = this.document.getIn(path, true);
    return isNode(node) || isMap(node) || isSeq(node) ? (node as Node) : undefined;
  }
}

/** `checks[2].request.url` for people. */
export function formatPath(path: Path): string {
  return path.reduce<string>((text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part), '');
}
