// Escaping of untrusted text: for Markdown (job summary, comment) and for preformatted blocks.
// Workflow commands are escaped by src/action/runner.ts (__tests__/action/runner.test.ts).
import { describe, expect, it } from 'vitest';
import { escapeHtmlText, escapeMarkdown, escapeMarkdownSteps, inlineCode, preformatted, stripInvisible } from '../../src/report/escape.js';

const ZWSP = '\u200b';

describe('escapeMarkdown, for a table cell or a line of text', () => {
  it('returns text as it is only when its steps would change nothing (every code point, the sequences they look for)', () => {
    const texts: string[] = [];
    for (let code = 0; code <= 0xffff; code++) texts.push(`a${String.fromCharCode(code)}1 b`);
    for (const sequence of ['://', 'WwW.', 'www.x', ':/ /', 'ww.', 'a:b//c']) texts.push(sequence, `x ${sequence} y`);
    let unchanged = 0;
    for (const text of texts) {
      expect(escapeMarkdown(text), JSON.stringify(text)).toBe(escapeMarkdownSteps(text));
      if (escapeMarkdownSteps(text) === text) unchanged++;
    }
    // Most characters need no escape: the shortcut is taken, and agrees.
    expect(unchanged).toBeGreaterThan(60_000);
  });

  it.each([
    { what: 'an HTML tag', input: '<script>alert(1)</script>', output: '&lt;script&gt;alert(1)&lt;/script&gt;' },
    { what: 'a pipe that would open a new cell', input: 'a | b', output: 'a \\| b' },
    { what: 'emphasis, code, links and strike-through', input: '*b* _i_ `c` [l](u) ~s~ $x$', output: '\\*b\\* \\_i\\_ \\`c\\` \\[l\\](u) \\~s\\~ \\$x\\$' },
    { what: 'a mention that would notify people', input: '@everyone and @org/team', output: `@${ZWSP}everyone and @${ZWSP}org/team` },
    { what: 'an issue reference that would cross-link', input: 'see #12', output: `see #${ZWSP}12` },
    { what: 'quotes, kept as entities that still render', input: `it's "x"`, output: 'it&#39;s &quot;x&quot;' },
    { what: 'line breaks, folded into one line', input: 'a\r\nb\nc\rd', output: 'a b c d' },
    { what: 'a backslash that would escape our escapes', input: 'a\\|b', output: 'a\\\\\\|b' },
    { what: 'a URL GitHub would link as written, escapes and all', input: 'http://e.example/a_b and www.e.example/c*d', output: 'http&#58;//e.example/a\\_b and www&#46;e.example/c\\*d' },
    { what: 'an ANSI colour and a bidirectional override', input: '\u001b[31mred\u202Eevil', output: '\uFFFD\\[31mred\uFFFDevil' },
  ])('neutralises $what', ({ input, output }) => {
    expect(escapeMarkdown(input)).toBe(output);
  });

  it('leaves ordinary text alone', () => {
    expect(escapeMarkdown('Connection refused by 127.0.0.1:8080 (check the port).')).toBe('Connection refused by 127.0.0.1:8080 (check the port).');
  });
});

describe('other contexts', () => {
  it('inlineCode keeps tags and pipes inside the code element', () => {
    expect(inlineCode('</code><b>x</b> | y')).toBe('<code>&lt;/code&gt;&lt;b&gt;x&lt;/b&gt; \\| y</code>');
  });

  it('escapeHtmlText, for <summary>, escapes tags and breaks mentions without Markdown backslashes', () => {
    expect(escapeHtmlText('a_b <i> @team\n#3')).toBe(`a_b &lt;i&gt; @${ZWSP}team #${ZWSP}3`);
  });

  it('preformatted keeps line breaks but cannot be closed early, nor hold a raw mention or table row', () => {
    const block = preformatted('line 1\r\n</pre><script>x</script>\n| a | b |\n@everyone');
    expect(block).toBe('<pre>\nline 1\n&lt;/pre&gt;&lt;script&gt;x&lt;/script&gt;\n&#124; a &#124; b &#124;\n&#64;everyone\n</pre>');
  });

  it('stripInvisible keeps tabs and line breaks', () => {
    expect(stripInvisible('a\tb\nc\u0000\u200Bd')).toBe('a\tb\nc\uFFFD\uFFFDd');
  });
});
