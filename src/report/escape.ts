// Everything a server or a manifest sent is escaped before it reaches Markdown or HTML: no
// tags, no tables broken open, no @-mentions or #-references that notify people, no terminal
// control sequences or bidirectional overrides that hide what the text says.

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

// C0/C1 controls but tab and line breaks (ANSI escapes start with ESC), zero-width and
// bidirectional formatting characters ("Trojan Source").
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const REPLACEMENT = '\uFFFD';
// Breaks a mention or an issue reference without changing what a reader sees.
const ZERO_WIDTH_SPACE = '\u200b';

/** Removes characters a reader cannot see but a terminal or a renderer acts on. */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, REPLACEMENT);
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML[c]!);
}

/** Text inside an HTML element GitHub does not parse as Markdown, such as `<summary>`. */
export function escapeHtmlText(text: string): string {
  return breakReferences(escapeHtml(stripInvisible(text)).replace(/\r\n|\r|\n/g, ' '));
}

// Any character or sequence one of escapeMarkdown's steps would change (a superset: tab and line
// breaks, `://` and `www.` wherever they stand). Text without one, most check names, is returned
// as it is without running the steps: a summary of 5,000 checks escapes 10,000 cells.
const MARKDOWN_UNSAFE = /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\\`*_[\]|~$&<>"'@#]|:\/\/|www\./i;

/** Text for a Markdown table cell or paragraph: HTML-escaped, Markdown syntax neutralised, one line. */
export function escapeMarkdown(text: string): string {
  return MARKDOWN_UNSAFE.test(text) ? escapeMarkdownSteps(text) : text;
}

/** escapeMarkdown's steps, whatever the text holds (exported for the test that the shortcut changes nothing). */
export function escapeMarkdownSteps(text: string): string {
  const markdown = stripInvisible(text)
    .replace(/\r\n|\r|\n/g, ' ')
    // What can act in the middle of a line: emphasis, code, links and images, table cells,
    // strike-through, math. (We never start a line with untrusted text.)
    .replace(/([\\`*_[\]|~$])/g, '\\$1');
  return breakReferences(breakAutolinks(escapeHtml(markdown)));
}

/**
 * GitHub links `http://…` and `www.…` in text as they stand in the source, before backslash
 * escapes and entities are read: an escaped `a\_b` in such a link shows its backslash. The
 * `:` of `://` and the `.` of `www.` as entities start no link, and the text reads the same.
 */
function breakAutolinks(text: string): string {
  return text.replace(/:(?=\/\/)/g, '&#58;').replace(/\b(www)\./gi, '$1&#46;');
}

/** `@name` and `#123` stay readable but no longer notify anyone or cross-reference an issue. */
function breakReferences(text: string): string {
  return text.replace(/@/g, `@${ZERO_WIDTH_SPACE}`).replace(/(?<!&)#(?=\d)/g, `#${ZERO_WIDTH_SPACE}`);
}

/** Inline code that stays inline code whatever the text holds (backticks, pipes, tags). */
export function inlineCode(text: string): string {
  return `<code>${escapeMarkdown(text)}</code>`;
}

/**
 * A preformatted block for multi-line text such as a response excerpt. Inside `<pre>` GitHub
 * neither parses Markdown nor links mentions; escaping `<` and `&` keeps the block closed
 * and `@` and `|` are written as entities so no raw mention or table row is left in the source.
 */
export function preformatted(text: string): string {
  const body = escapeHtml(stripInvisible(text))
    .replace(/\r\n?/g, '\n')
    .replace(/@/g, '&#64;')
    .replace(/\|/g, '&#124;');
  return `<pre>\n${body}\n</pre>`;
}
