import { setFlagsFromString } from 'node:v8';
import { parseDocument, type Document, type LineCounter } from 'yaml';

/** V8's own default: the young generation doubles each time it grows. */
const DEFAULT_GROWTH_FACTOR = 2;

/**
 * Parses the manifest's YAML with V8's young generation held at its size meanwhile.
 *
 * yaml builds the syntax tree of the whole text before composing it, and for a large manifest
 * (500 checks, 150 KB) that tree survives enough scavenges for V8 to double its young generation
 * up to its limit, 2 x 16 MiB, which it keeps for the rest of the run: some 22 MiB of resident
 * memory for a one-off burst, a seventh of the action's peak (bench/: memory). The parse is also
 * faster in the small young generation. A process cannot pass itself V8 options, but this flag
 * is read only when the young generation is about to grow, so changing it at run time is safe
 * (Node 24's V8 honours it; a V8 that refused a factor under 2 would only lose the saving, which
 * the benchmark would show).
 */
export function parseManifestYaml(text: string, lineCounter: LineCounter): Document {
  setFlagsFromString('--semi-space-growth-factor=1');
  try {
    return parseDocument(text, { lineCounter, prettyErrors: false });
  } finally {
    setFlagsFromString(`--semi-space-growth-factor=${DEFAULT_GROWTH_FACTOR}`);
  }
}
