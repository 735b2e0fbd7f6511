// Checks a JUnit XML report the way a CI server's importer would: well-formed XML 1.0 (a strict
// little parser: legal characters only, balanced tags, known entities, no duplicate attributes),
// then the structure of the common JUnit schema (Jenkins' junit-10.xsd: testsuites > testsuite
// > properties?, testcase*, system-out?, system-err?; testcase > skipped?, error*, failure*,
// system-out*, system-err*; the attributes each element may carry and their types) and that the
// counts agree with the testcases. Returns the problems found; a valid report has none.

export interface XmlElement {
  readonly name: string;
  readonly attributes: Record<string, string>;
  readonly children: XmlElement[];
  text: string;
}

const NAME = /^[A-Za-z_][\w.-]*/;
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
// XML 1.0 Char: tab, LF, CR, U+0020-U+D7FF, U+E000-U+FFFD, U+10000-U+10FFFF.
const ILLEGAL_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** Parses a document, or throws saying where it is not well-formed. */
export function parseXml(xml: string): XmlElement {
  const bad = ILLEGAL_CHAR.exec(xml);
  if (bad) throw new Error(`character U+${bad[0].codePointAt(0)!.toString(16).padStart(4, '0')} at ${bad.index} is not allowed in XML`);
  let at = 0;
  const fail = (message: string): never => {
    throw new Error(`${message} at offset ${at}: ${JSON.stringify(xml.slice(at, at + 40))}`);
  };
  /** Moves past the next `token`, which must be there. */
  const past = (token: string, what: string): number => {
    const end = xml.indexOf(token, at);
    return end < 0 ? fail(`unterminated ${what}`) : end + token.length;
  };
  const skipMisc = () => {
    for (;;) {
      const before = at;
      at += /^\s*/.exec(xml.slice(at))![0].length;
      if (xml.startsWith('<?', at)) at = past('?>', 'processing instruction');
      else if (xml.startsWith('<!--', at)) at = past('-->', 'comment');
      if (at === before) return;
    }
  };
  const decode = (raw: string, inAttribute: boolean): string => {
    if (inAttribute && raw.includes('<')) fail('"<" inside an attribute value');
    return raw.replace(/&([^;&\s]*);?/g, (match, entity: string) => {
      if (!match.endsWith(';')) fail(`a bare "&"`);
      if (entity.startsWith('#x')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
      if (entity.startsWith('#')) return String.fromCodePoint(Number(entity.slice(1)));
      return ENTITIES[entity] ?? fail(`unknown entity &${entity};`);
    });
  };
  const element = (): XmlElement => {
    if (xml[at] !== '<') fail('expected an element');
    at++;
    const name = NAME.exec(xml.slice(at))?.[0] ?? fail('expected an element name');
    at += name.length;
    const attributes: Record<string, string> = {};
    for (;;) {
      const space = /^\s*/.exec(xml.slice(at))![0].length;
      at += space;
      if (xml.startsWith('/>', at)) {
        at += 2;
        return { name, attributes, children: [], text: '' };
      }
      if (xml[at] === '>') break;
      if (space === 0) fail('expected whitespace before an attribute');
      const attribute = /^([A-Za-z_][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/.exec(xml.slice(at)) ?? fail('expected an attribute');
      if (attribute[1]! in attributes) fail(`duplicate attribute ${attribute[1]}`);
      attributes[attribute[1]!] = decode(attribute[3] ?? attribute[4]!, true);
      at += attribute[0].length;
    }
    at++;
    const node: XmlElement = { name, attributes, children: [], text: '' };
    for (;;) {
      if (xml.startsWith(`</${name}`, at)) {
        at += name.length + 2;
        at += /^\s*/.exec(xml.slice(at))![0].length;
        if (xml[at] !== '>') fail(`malformed end tag of ${name}`);
        at++;
        return node;
      }
      if (xml.startsWith('<![CDATA[', at)) {
        const end = xml.indexOf(']]>', at);
        if (end < 0) fail('unterminated CDATA');
        node.text += xml.slice(at + 9, end);
        at = end + 3;
      } else if (xml.startsWith('<!--', at)) {
        at = past('-->', 'comment');
      } else if (xml[at] === '<') {
        node.children.push(element());
      } else {
        const end = xml.indexOf('<', at);
        if (end < 0) fail(`unclosed element ${name}`);
        const raw = xml.slice(at, end);
        if (raw.includes(']]>')) fail('"]]>" in text');
        node.text += decode(raw, false);
        at = end;
      }
    }
  };
  skipMisc();
  const root = element();
  skipMisc();
  if (at !== xml.length) fail('content after the root element');
  return root;
}

interface ElementRule {
  readonly attributes: Record<string, 'string' | 'integer' | 'time'>;
  readonly required: readonly string[];
  /** Allowed children in order, with how many: '?' at most one, '*' any number. */
  readonly children: readonly (readonly [string, '?' | '*'])[];
}

const RULES: Record<string, ElementRule> = {
  testsuites: {
    attributes: { name: 'string', time: 'time', tests: 'integer', failures: 'integer', disabled: 'integer', errors: 'integer' },
    required: [],
    children: [['testsuite', '*']],
  },
  testsuite: {
    attributes: {
      name: 'string', tests: 'integer', failures: 'integer', errors: 'integer', time: 'time', disabled: 'integer', skipped: 'integer',
      timestamp: 'string', hostname: 'string', id: 'string', package: 'string', file: 'string', log: 'string', url: 'string', version: 'string',
    },
    required: ['name', 'tests'],
    children: [['properties', '?'], ['testcase', '*'], ['system-out', '?'], ['system-err', '?']],
  },
  properties: { attributes: {}, required: [], children: [['property', '*']] },
  property: { attributes: { name: 'string', value: 'string' }, required: ['name', 'value'], children: [] },
  testcase: {
    attributes: { name: 'string', assertions: 'string', time: 'time', classname: 'string', status: 'string' },
    required: ['name'],
    children: [['skipped', '?'], ['error', '*'], ['failure', '*'], ['system-out', '*'], ['system-err', '*']],
  },
  skipped: { attributes: { message: 'string' }, required: [], children: [] },
  error: { attributes: { message: 'string', type: 'string' }, required: [], children: [] },
  failure: { attributes: { message: 'string', type: 'string' }, required: [], children: [] },
  'system-out': { attributes: {}, required: [], children: [] },
  'system-err': { attributes: {}, required: [], children: [] },
};

// junit-10.xsd's SUREFIRE_TIME: digits with optional thousands commas, at most 3 decimals.
const TIME = /^(([0-9]{0,3},)*[0-9]{3}|[0-9]{0,3})*(\.[0-9]{0,3})?$/;

/** Every way the report breaks the JUnit schema or contradicts itself; empty when valid. */
export function junitProblems(xml: string): string[] {
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (error) {
    return [`not well-formed: ${(error as Error).message}`];
  }
  if (root.name !== 'testsuites' && root.name !== 'testsuite') return [`the root is <${root.name}>, not <testsuites> or <testsuite>`];
  const problems: string[] = [];
  checkElement(root, root.name, problems);
  const suites = root.name === 'testsuites' ? root.children : [root];
  for (const suite of suites) checkCounts(suite, problems);
  return problems;
}

function checkElement(node: XmlElement, where: string, problems: string[]): void {
  const rule = RULES[node.name];
  if (!rule) return void problems.push(`${where}: <${node.name}> is not a JUnit element`);
  for (const [name, value] of Object.entries(node.attributes)) {
    const type = rule.attributes[name];
    if (!type) problems.push(`${where}: attribute ${name} is not allowed on <${node.name}>`);
    else if (type === 'integer' && !/^-?\d+$/.test(value)) problems.push(`${where}: ${name}="${value}" is not an integer`);
    else if (type === 'time' && !TIME.test(value)) problems.push(`${where}: ${name}="${value}" is not a time in seconds`);
  }
  for (const name of rule.required) if (!(name in node.attributes)) problems.push(`${where}: <${node.name}> needs ${name}`);
  if (rule.children.length === 0 && node.children.length > 0) problems.push(`${where}: <${node.name}> takes text only`);
  if (rule.children.length > 0 && node.text.trim() !== '') problems.push(`${where}: <${node.name}> takes no text`);
  let position = 0;
  let repeats = 0;
  for (const child of node.children) {
    const index = rule.children.findIndex(([name]) => name === child.name);
    if (index < 0) problems.push(`${where}: <${child.name}> is not allowed in <${node.name}>`);
    else if (index < position) problems.push(`${where}: <${child.name}> comes after <${rule.children[position]![0]}>, out of order`);
    else {
      repeats = index === position ? repeats + 1 : 1;
      position = index;
      if (rule.children[index]![1] === '?' && repeats > 1) problems.push(`${where}: more than one <${child.name}>`);
    }
    checkElement(child, `${where} > ${child.name}${child.attributes.name ? `[${child.attributes.name}]` : ''}`, problems);
  }
}

function checkCounts(suite: XmlElement, problems: string[]): void {
  const cases = suite.children.filter((c) => c.name === 'testcase');
  const having = (name: string) => cases.filter((c) => c.children.some((child) => child.name === name)).length;
  const expected: Record<string, number> = { tests: cases.length, failures: having('failure'), errors: having('error'), skipped: having('skipped') };
  for (const [name, count] of Object.entries(expected)) {
    const declared = suite.attributes[name];
    if (declared !== undefined && Number(declared) !== count) problems.push(`testsuite ${suite.attributes.name}: ${name}="${declared}" but ${count} testcases say so`);
  }
}
