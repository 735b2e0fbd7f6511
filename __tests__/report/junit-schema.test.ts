// The JUnit report: valid against the common JUnit schema (checked by a strict parser and the
// junit-10.xsd structure in helpers/junit-schema.ts), one testcase per check, whatever a
// server put in the messages.
import { beforeAll, describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/model.js';
import { renderJunit } from '../../src/report/junit.js';
import { junitProblems, parseXml, type XmlElement } from '../helpers/junit-schema.js';
import { mixedRun } from '../helpers/mixed-run.js';

let run: RunResult;
beforeAll(async () => {
  run = await mixedRun();
});

const testcases = (xml: string): XmlElement[] => parseXml(xml).children.flatMap((suite) => suite.children.filter((c) => c.name === 'testcase'));

describe('the JUnit report of a mixed run', () => {
  it('is valid against the JUnit schema, with counts that match its testcases', () => {
    expect(junitProblems(renderJunit(run))).toEqual([]);
  });

  it('has one testcase per check, with its time in seconds', () => {
    const cases = testcases(renderJunit(run));
    expect(cases.map((c) => c.attributes.name)).toEqual(run.checks.map((c) => c.check.name));
    expect(cases.find((c) => c.attributes.name === 'Health')!.attributes.time).toBe('0.015');
  });

  it.each([
    { check: 'Checkout', element: 'failure', type: 'INCORRECT_ASSERTION', message: 'statusCode: expected is `200`, actual `503`' },
    { check: 'Admin API', element: 'failure', type: 'CONNREFUSED', message: 'Connection refused by 127.0.0.1:' },
    { check: 'Search (slow)', element: 'system-out', type: undefined, message: 'TIMEOUT:REQUEST_TIMEOUT' },
    { check: 'Legacy', element: 'skipped', type: undefined, message: '' },
  ])('reports $check as <$element> with its category and message', ({ check, element, type, message }) => {
    const testcase = testcases(renderJunit(run)).find((c) => c.attributes.name === check)!;
    const child = testcase.children.find((c) => c.name === element)!;
    expect(child).toBeDefined();
    if (type) expect(child.attributes.type).toBe(type);
    if (element === 'failure') expect(child.attributes.message).toContain(message);
    else expect(child.text).toContain(message);
  });
});

describe('what a server sent, in JUnit', () => {
  it('stays well-formed and valid: controls, lone surrogates, CDATA ends, quotes and line breaks', () => {
    const checkout = run.checks.find((c) => c.check.name === 'Checkout')!;
    const hostile = 'a\u0000b\u001b[31mred\uD800 ]]> "q" \'s\' <script>&amp;\r\n::error::x';
    const result = { ...checkout, error: { ...checkout.error!, message: hostile } };
    const xml = renderJunit({ ...run, checks: [result], summary: { total: 1, passed: 0, failed: 1, warned: 0, skipped: 0 } });
    expect(junitProblems(xml)).toEqual([]);
    expect(xml).not.toContain('<script>');
    const failure = testcases(xml)[0]!.children[0]!;
    expect(failure.attributes.message).toContain('<script>&amp;\r\n::error::x');
    expect(failure.attributes.message).not.toMatch(/[\u0000\u001b]/);
  });
});

describe('the JUnit checker itself', () => {
  const valid = '<testsuites><testsuite name="s" tests="1" failures="1"><testcase name="t" time="0.100"><failure type="X" message="m">d</failure></testcase></testsuite></testsuites>';
  it('accepts a valid report', () => {
    expect(junitProblems(valid)).toEqual([]);
  });

  it.each([
    { problem: 'an unescaped ampersand', xml: valid.replace('>d<', '>a & b<'), says: 'bare "&"' },
    { problem: 'a control character', xml: valid.replace('>d<', '>\u0001<'), says: 'U+0001' },
    { problem: 'an unclosed element', xml: valid.replace('</testcase>', ''), says: 'not well-formed' },
    { problem: 'a testcase without a name', xml: valid.replace('name="t" ', ''), says: '<testcase> needs name' },
    { problem: 'a time that is not seconds', xml: valid.replace('0.100', '100ms'), says: 'is not a time' },
    { problem: 'an unknown attribute', xml: valid.replace('type="X"', 'category="X"'), says: 'attribute category is not allowed' },
    { problem: 'skipped after failure', xml: valid.replace('d</failure>', 'd</failure><skipped/>'), says: 'out of order' },
    { problem: 'counts that disagree', xml: valid.replace('failures="1"', 'failures="2"'), says: 'failures="2" but 1' },
  ])('rejects $problem', ({ xml, says }) => {
    expect(junitProblems(xml).join('\n')).toContain(says);
  });
});
