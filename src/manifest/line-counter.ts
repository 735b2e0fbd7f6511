// yaml's LineCounter, the same class (yaml's parser fills it as it reads), kept here so that
// locating a line needs no import of yaml: a manifest read by parse-fast.ts never loads yaml.

/** Offsets to one-based line and column, from the offsets where lines start (ascending). */
export class LineCounter {
  lineStarts: number[] = [];

  addNewLine = (offset: number): number => this.lineStarts.push(offset);

  /** Line 0 when `offset` is before the first line start added. */
  linePos = (offset: number): { line: number; col: number } => {
    const line = this.lineAt(offset);
    return { line, col: this.columnAt(offset, line) };
  };

  /** The one-based line of `offset` (0 before the first line start), as linePos says it, without an object. */
  lineAt(offset: number): number {
    let low = 0;
    let high = this.lineStarts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.lineStarts[middle]! < offset) low = middle + 1;
      else high = middle;
    }
    return this.lineStarts[low] === offset ? low + 1 : low;
  }

  /** The one-based column of `offset` on `line` (lineAt's), as linePos says it. */
  columnAt(offset: number, line: number): number {
    return line === 0 ? offset : offset - this.lineStarts[line - 1]! + 1;
  }
}
