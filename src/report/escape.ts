// Everything a server or a manifest sent is escaped before it reaches Markdown or HTML:
// no tags, no tables broken open, no @-mentions that notify people.

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML[c]!);
}

/** Text for a Markdown table cell or paragraph: HTML-escaped, Markdown syntax neutralised, one line. */
export function escapeMarkdown(text: string): string {
  return escapeHtml(text)
    .replace(/\r?\n|\r/g, ' ')
    .replace(/([\\`*_{}[\]()#+!|~])/g, '\\$1')
    .replace(/@/g, '@\u200b');
}
