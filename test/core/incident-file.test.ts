import { logLine, logText } from '../support/builders.js';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Nodes } from 'mdast';
import { describe, expect, it } from 'vitest';
import {
  IncidentFileError,
  applyIncidentChange,
  createIncidentText,
  logLineTime,
  parseIncident,
  parseLogLine,
  readIncident,
} from '../../src/core/incident-file.js';
import type { IncidentRecord, LogEntry } from '../../src/core/incident.js';
import { parseMarkdown, sections } from '../../src/core/markdown.js';

// Builders with the SPEC section 2 example as defaults.
function record(overrides: Partial<IncidentRecord> = {}): IncidentRecord {
  return {
    id: 'INC-42',
    title: 'Checkout API returns 502 for EU customers',
    severity: 'P1',
    status: 'fixing',
    type: 'incident',
    issue: 42,
    source: 'alert',
    services: ['checkout-api'],
    customers: ['acme'],
    declared_at: '2026-11-21T10:02:11Z',
    started_at: '2026-11-21T09:50:00Z',
    acknowledged_at: '2026-11-21T10:04:30Z',
    mitigated_at: null,
    resolved_at: null,
    closed_at: null,
    next_update_due: '2026-11-21T10:45:00Z',
    roles: { coordinator: 'alice', operations: 'bob', communications: 'alice' },
    postmortem: null,
    ...overrides,
  };
}

/** A Log entry from the parts of its line: label and text as the file shows them. */
function entry(line: { at?: string; actor?: string; kind?: string; text?: string; ref?: string } = {}): LogEntry {
  const { at = '2026-11-21T10:30:00Z', actor = 'alice', kind = 'note', text = 'Traffic is back on the old pool.', ref } = line;
  return logLine(at, actor, kind, text, ref);
}

const LOG: LogEntry[] = [
  entry({ at: '2026-11-21T10:02:11Z', actor: 'bob', kind: 'declared', text: 'P1, investigating', ref: 'https://github.com/acme/ops/issues/42' }),
  entry({ at: '2026-11-21T10:15:00Z', kind: 'update (investigating)', text: 'Rolled back deploy 1234. Next update 10:45.' }),
];

const SUMMARY = 'EU checkout requests fail with 502 since the 09:45 deploy.';
const IMPACT = 'EU customers cannot pay; about 30% of checkout attempts fail.';

function created(overrides: { record?: IncidentRecord; summary?: string; impact?: string; log?: LogEntry[] } = {}): string {
  return createIncidentText({ record: record(), summary: SUMMARY, impact: IMPACT, log: LOG, ...overrides });
}

/** Parses a file that must be valid, failing the test with its problems otherwise. */
function parsed(text: string) {
  const result = parseIncident(text, 'incidents/INC-42.md');
  expect(result.problems).toEqual([]);
  expect(result.document).toBeDefined();
  return { ...result.document!, frontMatter: result.frontMatter as Record<string, unknown> };
}

/** The titles of the file's `##` sections, as a reader of the rendered file sees them. */
function sectionTitles(text: string): string[] {
  return sections(parseMarkdown(text)).map((s) => s.title);
}

/** The raw bytes from `## Summary` up to the last `## Log` heading: what a human may edit. */
function humanPart(text: string): string {
  return text.slice(text.indexOf('## Summary'), text.lastIndexOf('\n## Log\n'));
}

function htmlNodes(text: string): string[] {
  const walk = (node: Nodes): string[] => [
    ...(node.type === 'html' ? [node.value] : []),
    ...('children' in node ? (node.children as Nodes[]).flatMap(walk) : []),
  ];
  return walk(parseMarkdown(text));
}

describe('a new incident file', () => {
  it('is the front matter, Summary, Impact and Log, as the SPEC shows it', () => {
    expect(created()).toBe(`---
id: INC-42
title: Checkout API returns 502 for EU customers
severity: P1
status: fixing
type: incident
issue: 42
source: alert
services: [checkout-api]
customers: [acme]
declared_at: 2026-11-21T10:02:11Z
started_at: 2026-11-21T09:50:00Z
acknowledged_at: 2026-11-21T10:04:30Z
mitigated_at: null
resolved_at: null
closed_at: null
next_update_due: 2026-11-21T10:45:00Z
roles:
  coordinator: alice
  operations: bob
  communications: alice
postmortem: null
---

## Summary

EU checkout requests fail with 502 since the 09:45 deploy.

## Impact

EU customers cannot pay; about 30% of checkout attempts fail.

## Log

- 2026-11-21T10:02:11Z · @bob · declared · P1, investigating · [link](https://github.com/acme/ops/issues/42)
- 2026-11-21T10:15:00Z · @alice · update (investigating) · Rolled back deploy 1234. Next update 10:45.
`);
  });

  it('says so when the summary or impact was not given', () => {
    const text = created({ summary: '', impact: '  \n ' });
    expect(text).toContain('## Summary\n\n_Not given yet._\n\n## Impact\n\n_Not given yet._\n\n## Log\n');
  });

  it.each([
    ['the SPEC example', record()],
    ['every time set', record({ status: 'closed', mitigated_at: '2026-11-21T11:00:00Z', resolved_at: '2026-11-21T12:00:00Z', closed_at: '2026-11-24T09:00:00Z', next_update_due: null })],
    ['nothing optional set', record({ source: null, services: [], customers: [], started_at: null, acknowledged_at: null, next_update_due: null, roles: { coordinator: null, operations: 'bob', communications: null } })],
    ['a postmortem and follow-ups', record({ postmortem: 'postmortems/INC-42.md', followups: ['https://github.com/acme/checkout/issues/7', 'https://github.com/acme/lb/issues/3'] })],
    ['a security incident from a customer', record({ type: 'security', source: 'customer', services: ['auth', 'checkout-api', 'lb'], customers: ['acme', 'globex'] })],
    ['a bot as operations', record({ roles: { coordinator: 'alice', operations: 'sitrep-bot[bot]', communications: null } })],
  ])('reads back every field for %s', (_, input) => {
    const doc = parsed(created({ record: input }));
    expect(doc.record).toStrictEqual(input);
    expect(Object.keys(doc.frontMatter)).toEqual(Object.keys(input));
    expect(doc.log).toStrictEqual(LOG);
  });

  it('reads back an entry with no text and one whose text ends in the separator', () => {
    const log = [entry({ kind: 'status', text: '' }), entry({ text: 'trailing ·', ref: 'https://github.com/acme/ops/issues/42#issuecomment-7' }), entry({ text: 'a · b · c' })];
    expect(parsed(created({ log })).log).toStrictEqual(log);
  });
});

describe('reading a file', () => {
  const SPEC_EXAMPLE = `---
id: INC-42
title: Checkout API returns 502 for EU customers
severity: P1
status: fixing
type: incident            # incident | security
issue: 42
source: alert             # alert | customer | email | other
services: [checkout-api]
customers: [acme]
declared_at: 2026-11-21T10:02:11Z
started_at: 2026-11-21T09:50:00Z
acknowledged_at: 2026-11-21T10:04:30Z
next_update_due: 2026-11-21T10:45:00Z
roles:
  coordinator: alice
  operations: bob
  communications: alice
postmortem: null           # path or pull request URL once it exists
---

## Summary
(from the form)

## Impact
(from the form)

## Log
- 2026-11-21T10:02:11Z · @bob · declared · P1, investigating
- 2026-11-21T10:15:00Z · @alice · update (investigating) · Rolled back deploy 1234. Next update 10:45.
`;

  it("reads the SPEC's example file as written by hand", () => {
    const doc = parsed(SPEC_EXAMPLE);
    // Keys the example leaves out read as null: absent and null mean the same (SPEC 2).
    expect(doc.record).toStrictEqual(record());
    expect(doc.log).toStrictEqual([
      { at: '2026-11-21T10:02:11Z', actor: 'bob', kind: 'declared', severity: 'P1', status: 'investigating' },
      { at: '2026-11-21T10:15:00Z', actor: 'alice', kind: 'update', status: 'investigating', message: 'Rolled back deploy 1234. Next update 10:45.', nextDue: null },
    ]);
  });

  it.each([
    ['no front matter', '## Summary\n\ntext\n', 1, 1, 'missing front matter: the file must start with a YAML block between two "---" lines'],
    ['an unclosed front matter', '---\nid: INC-42\n\n## Summary\n', 1, 1, 'missing front matter'],
    ['a YAML syntax error', SPEC_EXAMPLE.replace('title: Checkout API', 'title: Checkout: API'), 3, 8, 'YAML syntax: Nested mappings are not allowed in compact mappings'],
    ['a reserved character', SPEC_EXAMPLE.replace('coordinator: alice', 'coordinator: @alice'), 16, 16, 'YAML syntax: Plain value cannot start with reserved character @'],
    // The yaml library reports an unclosed quote where the front matter ends, not where the quote opens.
    ['an unclosed quote', SPEC_EXAMPLE.replace('title: Checkout', 'title: "Checkout'), 19, 69, 'YAML syntax: Missing closing "quote'],
    ['a key written twice', SPEC_EXAMPLE.replace('severity: P1\n', 'severity: P1\nseverity: P3\n'), 5, 1, 'YAML syntax: Map keys must be unique'],
    ['an alias without anchor', SPEC_EXAMPLE.replace('severity: P1', 'severity: *sev'), 4, 11, 'Unresolved alias'],
    ['an unknown status', SPEC_EXAMPLE.replace('status: fixing', 'status: mitigated'), 5, 1, 'status: "mitigated" is not accepted; use one of triage, investigating, fixing, monitoring, resolved, closed, declined'],
    ['an unknown key', SPEC_EXAMPLE.replace('issue: 42\n', 'issue: 42\nowner: bob\n'), 8, 1, 'unknown key "owner"; accepted keys here: id, title'],
    ['a nested unknown key', SPEC_EXAMPLE.replace('  operations: bob\n', '  operations: bob\n  scribe: carol\n'), 18, 3, 'unknown key "roles.scribe"; accepted keys here: coordinator, operations, communications'],
    ['a missing title', SPEC_EXAMPLE.replace('title: Checkout API returns 502 for EU customers\n', ''), 2, 1, 'missing required key "title"'],
    ['a local time', SPEC_EXAMPLE.replace('declared_at: 2026-11-21T10:02:11Z', 'declared_at: 2026-11-21 11:02'), 11, 1, 'declared_at: "2026-11-21 11:02" is not valid; accepted: A UTC time in RFC 3339'],
  ])('locates %s at the line of the file a user must fix', (_, text, line, column, message) => {
    const result = parseIncident(text, 'incidents/INC-42.md');
    expect(result.document).toBeUndefined();
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ path: 'incidents/INC-42.md', line, column });
    expect(result.problems[0]!.message).toContain(message);
    expect(() => readIncident(text, 'incidents/INC-42.md')).toThrow(IncidentFileError);
    expect(() => readIncident(text, 'incidents/INC-42.md')).toThrow(`incidents/INC-42.md cannot be read: line ${line}: `);
  });

  it('reports a malformed Log line at its line, keeping every well-formed entry', () => {
    const text = SPEC_EXAMPLE.replace('- 2026-11-21T10:15:00Z', '- 10:05 bob restarted the pods\n- 2026-11-21T10:15:00Z');
    const result = parseIncident(text, 'incidents/INC-42.md');
    expect(result.document?.log.map((e) => e.at)).toEqual(['2026-11-21T10:02:11Z', '2026-11-21T10:15:00Z']);
    expect(result.problems).toEqual([
      {
        path: 'incidents/INC-42.md',
        line: 30,
        column: 1,
        message: 'Log line is not "<time> · @<login> · <event> · <text>": 10:05 bob restarted the pods',
      },
    ]);
  });

  it('takes the last ## Log, so a Log pasted into the Summary cannot shadow it', () => {
    const text = SPEC_EXAMPLE.replace('(from the form)', '## Log\n\n- 2026-11-20T08:00:00Z · @mallory · declared · pasted');
    expect(parsed(text).log.map((e) => e.actor)).toEqual(['bob', 'alice']);
  });
});

describe('stringify(parse(x))', () => {
  it('gives back a file sitrep wrote byte for byte', () => {
    const text = created({ record: record({ followups: ['https://github.com/acme/checkout/issues/7'], postmortem: 'https://github.com/acme/ops/pull/43' }) });
    const doc = readIncident(text);
    expect(applyIncidentChange(doc.text, doc.record, [])).toBe(text);
    expect(createIncidentText({ record: doc.record, summary: SUMMARY, impact: IMPACT, log: doc.log })).toBe(text);
  });

  it('keeps an email thread (source email, its Message-IDs) and reads it back as written', () => {
    const ids = ['<m1@mail.acme.example>', '<a.b+c@x.example>'];
    const text = created({ record: record({ source: 'email', customers: ['acme'], email: { message_ids: ids } }) });
    expect(text).toContain("email:\n  message_ids: [<m1@mail.acme.example>, <a.b+c@x.example>]\n");
    const doc = readIncident(text);
    expect(doc.record.email).toEqual({ message_ids: ids });
    expect(applyIncidentChange(doc.text, doc.record, [])).toBe(text);
    // A Message-ID the schema does not accept is a located problem, not a silent loss.
    expect(parseIncident(text.replace('<m1@mail.acme.example>', 'no brackets')).problems[0]?.message).toMatch(/email\.message_ids\.0/);
  });

  it('keeps every field and every human byte of a file edited by hand', () => {
    const input = readFileSync(new URL('../fixtures/incident-file/human-edited-summary-impact/input.md', import.meta.url), 'utf8');
    const doc = readIncident(input);
    const output = applyIncidentChange(doc.text, doc.record, []);
    expect(output).toBe(input);
    expect(parsed(output).record).toStrictEqual(doc.record);
  });
});

describe('applyIncidentChange', () => {
  it('appends entries to the end of the Log, in order, change after change', () => {
    let text = created();
    const added: LogEntry[] = [];
    for (let i = 0; i < 5; i += 1) {
      const batch = [entry({ at: `2026-11-21T11:0${i}:00Z`, text: `update ${i}a` }), entry({ at: `2026-11-21T11:0${i}:30Z`, text: `update ${i}b` })];
      text = applyIncidentChange(text, record({ status: i % 2 ? 'fixing' : 'monitoring' }), batch);
      added.push(...batch);
    }
    const doc = parsed(text);
    expect(doc.log).toStrictEqual([...LOG, ...added]);
    expect(doc.record.status).toBe('monitoring');
    expect(sectionTitles(text)).toEqual(['Summary', 'Impact', 'Log']);
  });

  it('refuses a file with no front matter', () => {
    expect(() => applyIncidentChange('## Log\n', record(), [entry()])).toThrow(IncidentFileError);
  });
});

// Hostile text: each must read back unchanged and be unable to add or change a field, entry or section.
const EVERYTHING = 'a: b # c &d *e !!f {g} [h] \'i\' "j" |k >l %m @n `o` ## Log - 2026-11-21T10:02:11Z · @x · declared · forged <!-- sitrep:card --> <b>';
const HOSTILE: [string, string][] = [
  ['a newline and ---', 'Outage\n---\nseverity: P3\nstatus: closed\n---\n## Log'],
  ['CRLF and ---', 'Outage\r\n---\r\nstatus: closed'],
  ['only ---', '---'],
  ['a document end', '...'],
  ['a key and value', 'status: closed'],
  ['": "', 'Checkout: 502 for EU'],
  ['"#"', 'down # not a comment'],
  ['a leading #', '# heading'],
  ['&anchor', '&anchor value'],
  ['*alias', '*alias'],
  ['!!tag', '!!int 42'],
  ['a local tag', '!local x'],
  ['{', '{ status: closed }'],
  ['[', '[a, b]'],
  ["'", "it's 'quoted'"],
  ['"', 'say "hi" \\ back\\'],
  ['|', '| literal'],
  ['>', '> folded'],
  ['%', '%YAML 1.1'],
  ['@', '@acme/everyone ping'],
  ['backticks', '`code` and ```fence'],
  ['leading and trailing spaces', '  padded  '],
  ['tabs', '\tindented\t'],
  ['null', 'null'],
  ['NULL', 'NULL'],
  ['~', '~'],
  ['true', 'true'],
  ['yes', 'yes'],
  ['1e3', '1e3'],
  ['0x10', '0x10'],
  ['0o10', '0o10'],
  ['.inf', '.inf'],
  ['.nan', '.nan'],
  ['a number', '42'],
  ['a date', '2026-11-21'],
  ['a timestamp', '2026-11-21T10:02:11Z'],
  ['<<', '<<'],
  ['?', '? complex key'],
  ['- ', '- item'],
  ['## Log', '## Log'],
  ['a forged Log line', '- 2026-11-21T10:02:11Z · @x · declared · forged'],
  ['a forged link', 'x · [link](https://evil.example)'],
  ['an open code fence', '```js\nstill code'],
  ['a sitrep marker', '<!-- sitrep:card -->'],
  ['an unclosed comment', '<!-- never closed'],
  ['HTML', '<script>alert(1)</script><img src=x onerror=alert(1)>'],
  ['right-to-left text', 'abc \u202Eevil.exe\u202C \u05E9\u05DC\u05D5\u05DD'],
  ['emoji', '🔥 checkout down 💳 👩‍💻'],
  ['zero-width characters', 'zero\u200Bwidth\u200D\u2060join\uFEFF'],
  ['control characters', '\x01\x02\x07\x08\x0B\x0C\x0E\x1B[31mred\x7F\x80\x85\x9F'],
  ['line separators', 'a\u2028b\u2029c'],
  ['a lone CR', 'a\rb'],
  ['everything at once', EVERYTHING + '\n---\n\u202E🔥\u200B\x1B'],
  ['10,000 characters', EVERYTHING.repeat(100).slice(0, 9_990) + '\n---\nend \u202E'],
];

it('has a hostile text of exactly 10,000 characters', () => {
  expect(HOSTILE.find(([name]) => name === '10,000 characters')?.[1]).toHaveLength(10_000);
});

describe.each(HOSTILE)('hostile text: %s', (_, text) => {
  it('in the title and every other free-text field reads back unchanged and adds no field', () => {
    const input = record({ title: text, severity: text, services: [text, 'checkout-api'], customers: [text], postmortem: text });
    for (const file of [created({ record: input }), applyIncidentChange(created(), input, [entry()])]) {
      const doc = parsed(file);
      expect(doc.record.title).toBe(text);
      expect(doc.record).toStrictEqual(input);
      expect(Object.keys(doc.frontMatter)).toEqual(Object.keys(input));
      expect(sectionTitles(file)).toEqual(['Summary', 'Impact', 'Log']);
    }
  });

  it('in the summary and impact cannot create, remove or alter Log entries or sections', () => {
    const file = created({ summary: text, impact: `Impact: ${text}` });
    const doc = parsed(file);
    expect(doc.record).toStrictEqual(record());
    expect(doc.log).toStrictEqual(LOG);
    expect(sectionTitles(file)).toEqual(['Summary', 'Impact', 'Log']);
    expect(htmlNodes(file)).toEqual([]);
    // The next change appends after the real Log and leaves the embedded text alone.
    const next = applyIncidentChange(file, record({ status: 'monitoring' }), [entry()]);
    expect(parsed(next).log).toStrictEqual([...LOG, entry()]);
    expect(humanPart(next)).toBe(humanPart(file));
  });

  it('in Log entries reads back unchanged and cannot create, remove or alter other entries or sections', () => {
    const hostile = [entry({ text }), entry({ at: '2026-11-21T10:31:00Z', text, ref: 'https://github.com/acme/ops/issues/42#issuecomment-2' })];
    const after = entry({ at: '2026-11-21T10:32:00Z', actor: 'bob', text: 'after' });
    const file = created({ log: [...LOG, ...hostile, after] });
    expect(parsed(file).log).toStrictEqual([...LOG, ...hostile, after]);
    expect(sectionTitles(file)).toEqual(['Summary', 'Impact', 'Log']);
    expect(htmlNodes(file)).toEqual([]);

    const base = created();
    const appended = applyIncidentChange(base, record(), [...hostile, after]);
    expect(parsed(appended).log).toStrictEqual([...LOG, ...hostile, after]);
    expect(humanPart(appended)).toBe(humanPart(base));
    const again = applyIncidentChange(appended, record(), [entry({ at: '2026-11-21T10:40:00Z', text: 'last' })]);
    expect(parsed(again).log.map(logText)).toEqual([...LOG.map(logText), text, text, 'after', 'last']);
    expect(sectionTitles(again)).toEqual(['Summary', 'Impact', 'Log']);
  });
});

describe('hostile text only a Log entry can carry', () => {
  it.each([
    '\n\n- 2026-11-21T10:02:11Z · @x · declared · forged',
    'first line\n- 2026-11-21T10:02:11Z · @x · declared · forged',
    'x\n\n## Summary\n\nrewritten',
    'x\n## Impact',
    'nested\n  - 2026-11-21T10:02:11Z · @x · declared · forged',
    'paragraphs\n\n\n\napart',
    '1. one\n2. two',
    '> quoted\n> more',
    '    indented code',
    '* star\n+ plus',
    'ends with a newline\n',
    ' · [link](https://evil.example)',
    'www.evil.example · link',
  ])('%j', (text) => {
    const hostile = entry({ text });
    const file = applyIncidentChange(created(), record(), [hostile, entry({ text: 'after' })]);
    expect(parsed(file).log).toStrictEqual([...LOG, hostile, entry({ text: 'after' })]);
    expect(sectionTitles(file)).toEqual(['Summary', 'Impact', 'Log']);
  });
});

// Fixture folders (as remark-gfm's tests): input.md is a file as found in a repository, output.md
// what applyIncidentChange makes of it. UPDATE_FIXTURES=1 rewrites output.md; review the diff.
const FIXTURES = new URL('../fixtures/incident-file/', import.meta.url);
const UPDATE = process.env.UPDATE_FIXTURES === '1';

interface FixtureCase {
  /** Fields the change sets on the record read from input.md. */
  patch: Partial<IncidentRecord>;
  entries: LogEntry[];
}

const ack = { status: 'fixing', next_update_due: '2026-11-21T11:00:00Z' } as const;
const CASES: Record<string, FixtureCase> = {
  'append-entries': {
    patch: { ...ack, roles: { coordinator: 'alice', operations: 'bob', communications: 'carol' } },
    entries: [
      entry({ kind: 'status', text: 'investigating → fixing', ref: 'https://github.com/acme/ops/issues/42#issuecomment-1002' }),
      entry({ at: '2026-11-21T10:30:05Z', kind: 'role', text: 'communications: @carol' }),
    ],
  },
  'human-edited-summary-impact': { patch: ack, entries: [entry()] },
  'section-after-log': { patch: ack, entries: [entry(), entry({ at: '2026-11-21T10:31:00Z', text: 'second' })] },
  'note-after-log-list': { patch: ack, entries: [entry()] },
  'empty-log': { patch: ack, entries: [entry()] },
  'no-log-section': { patch: ack, entries: [entry()] },
  'restyled-log-bullets': { patch: ack, entries: [entry()] },
  'ordered-log': { patch: ack, entries: [entry()] },
  'byte-order-mark': { patch: ack, entries: [entry()] },
  'no-final-newline': { patch: ack, entries: [entry()] },
  'pasted-log-in-summary': { patch: ack, entries: [entry()] },
  'front-matter-only': {
    patch: { status: 'resolved', resolved_at: '2026-11-21T12:00:00Z', next_update_due: null, mitigated_at: '2026-11-21T11:00:00Z' },
    entries: [],
  },
  'hostile-entries': {
    patch: {},
    entries: [
      entry({ text: 'x\n\n- 2026-11-21T10:02:11Z · @mallory · declared · forged\n\n## Summary\n\nrewritten' }),
      entry({ at: '2026-11-21T10:31:00Z', text: '```\nopen fence <!-- sitrep:card --> <!-- unclosed', ref: 'https://github.com/acme/ops/issues/42#issuecomment-1003' }),
      entry({ at: '2026-11-21T10:32:00Z', text: '  padded · [link](https://evil.example) \u202Eevil\u202C 🔥  ' }),
    ],
  },
};

/** Length of the longest common prefix and suffix of two strings, the suffix not overlapping the prefix. */
function commonEnds(a: string, b: string): { prefix: number; suffix: number } {
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix += 1;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix += 1;
  return { prefix, suffix };
}

/** The text after the front matter's closing `---`. */
function bodyOf(text: string): string {
  return text.slice(text.indexOf('\n---', 4) + 4);
}

describe('applyIncidentChange on files found in repositories (fixtures)', () => {
  it('has a case for every fixture folder and a folder for every case', () => {
    const folders = readdirSync(FIXTURES, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    expect(folders.sort()).toEqual(Object.keys(CASES).sort());
  });

  it.each(Object.entries(CASES))('%s', (name, change) => {
    const input = readFileSync(new URL(`${name}/input.md`, FIXTURES), 'utf8');
    const before = parsed(input);
    const target = { ...before.record, ...change.patch };
    const output = applyIncidentChange(input, target, change.entries);

    const outputUrl = new URL(`${name}/output.md`, FIXTURES);
    if (UPDATE) writeFileSync(outputUrl, output);
    expect(existsSync(outputUrl), `${name}/output.md is missing; run with UPDATE_FIXTURES=1`).toBe(true);
    expect(output).toBe(readFileSync(outputUrl, 'utf8'));

    // What the next reader sees: the new record, and the Log as it was plus the new entries in order.
    const after = parsed(output);
    expect(after.record).toStrictEqual(target);
    expect(after.log).toStrictEqual([...before.log, ...change.entries]);
    // Every byte after the front matter is kept: the change is one insertion (or none).
    const inBody = bodyOf(input);
    const outBody = bodyOf(output);
    const { prefix, suffix } = commonEnds(inBody, outBody);
    expect(prefix + suffix).toBe(inBody.length);
    if (change.entries.length === 0) expect(outBody).toBe(inBody);
    // Nothing a human wrote before the Log moved.
    if (input.includes('## Log')) expect(humanPart(output)).toBe(humanPart(input));
  });
});

describe('logLineTime', () => {
  it.each([
    '2026-11-21T10:02:11Z · @bob · declared · P1, investigating',
    '2026-11-21T10:02:11Z · @bob · acknowledged',
    '2026-11-21T10:02:11Z · @bob',
    '2026-11-21T10:02:11Z ·  · note · empty actor',
    '2026-11-21T10:02:11Z · bob · note · no at',
    '2026-11-21 10:02:11Z · @bob · note · a space for T',
    '2026-02-30T10:02:11Z · @bob · note · no such day, but the shape',
    ' · @bob · note',
    'no separators at all',
  ])('reads the time exactly where parseLogLine reads a line: %s', (line) => {
    expect(logLineTime(line)).toBe(parseLogLine(line)?.at);
  });
});
