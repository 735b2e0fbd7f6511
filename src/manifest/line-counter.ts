// yaml's LineCounter, the same class (yaml's parser fills it as it reads), kept here so that
// locating a line needs no import of yaml: a manifest read by parse-fast.ts never loads yaml.

/** Offsets to one-based line and column, from the offsets where lines start (ascending). */
export class LineCounter {
  lineStarts: number[] = [];

  addNewLine = (offset: number): number => this.lineStarts.push(offset);

  /** Line 0 when `offset` is before the first line start added. */
  linePos = (offset: number): { line: number; col: number } => {
    let low = 0;
    let high = this.lineStarts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.lineStarts[middle]! < offset) low = middle + 1;
      else high = middle;
    }
    if (this.lineStarts[low] === offset) return { line: low + 1, col: 1 };
    if (low === 0) return { line: 0, col: offset };
    return { line: low, col: offset - this.lineStarts[low - 1]! + 1 };
  };
}
