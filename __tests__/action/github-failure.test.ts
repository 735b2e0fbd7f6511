// How a GitHub API failure reads in the comment's one warning line.
import { describe, expect, it } from 'vitest';
import { describeGitHubFailure, GitHubAnswerError, oneLine, outcomeUnknown } from '../../src/errors/github-api.js';

describe('a GitHub API failure in one line', () => {
  it('shows an HTML error page by its title, and a page without one as its text, on one line', () => {
    expect(oneLine('<html>\n<head><title>502 Bad Gateway</title></head><body><h1>502</h1></body></html>')).toBe('502 Bad Gateway');
    expect(oneLine('<html><body>\n<h1>Service\nUnavailable</h1>\n</body></html>')).toBe('Service Unavailable');
  });

  it('cuts a long message to 160 characters, even a 10 MB one', () => {
    const cut = oneLine(`upstream said: ${'x'.repeat(10_000_000)}`);
    expect(cut).toHaveLength(160);
    expect(cut.endsWith('…')).toBe(true);
  });

  it('quotes the start of an answer that is not JSON', () => {
    expect(new GitHubAnswerError('<html>\nproxy login\n</html>').message).toBe(`GitHub's answer was not the JSON expected: "proxy login"`);
  });

  it('knows a refused write was not carried out, and a 5xx or lost answer may have been', () => {
    const answered = (status: number) => Object.assign(new Error('x'), { status, response: { headers: {} } });
    expect(outcomeUnknown(answered(403))).toBe(false);
    expect(outcomeUnknown(answered(429))).toBe(false);
    expect(outcomeUnknown(answered(502))).toBe(true);
    expect(outcomeUnknown(Object.assign(new Error('other side closed'), { status: 500 }))).toBe(true);
    expect(describeGitHubFailure(Object.assign(new Error('other side closed'), { status: 500 }), 'creating the comment')).toContain('GitHub could not be reached while creating the comment: other side closed');
  });
});
