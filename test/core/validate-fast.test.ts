/**
 * The cheap reading of incident files must never pass a file the precise reading rejects, and
 * what it gives for a file it passes must be exactly what the precise reading gives: validate's
 * report, and the record and Log every other consumer (status page, report, sweep, reconcile,
 * drill) reads through `parseIncident`.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIncident, parseIncidentQuickly } from '../../src/core/incident-file.js';
import {
  checkRepositoryFile, checkRepositoryFilePrecisely, checkRepositoryFileQuickly, type RepositoryFile, type RepositoryFileKind,
} from '../../src/core/validate.js';
import { scanFrontMatterIds } from '../../src/core/validate-fast.js';

type IncidentFile = RepositoryFile & { kind: RepositoryFileKind };

const FRONT_MATTER: [string, string][] = [
  ['id', 'INC-42'],
  ['title', 'Checkout API returns 502 for EU customers'],
  ['severity', 'P1'],
  ['status', 'fixing'],
  ['type', 'incident'],
  ['issue', '42'],
  ['source', 'alert'],
  ['services', '[checkout-api]'],
  ['customers', '[acme]'],
  ['declared_at', '2026-11-21T10:02:11Z'],
  ['started_at', '2026-11-21T09:50:00Z'],
  ['acknowledged_at', '2026-11-21T10:04:30Z'],
  ['mitigated_at', 'null'],
  ['resolved_at', 'null'],
  ['closed_at', 'null'],
  ['next_update_due', '2026-11-21T10:45:00Z'],
  ['roles', ''],
  ['postmortem', 'null'],
];
const ROLES = ['  coordinator: alice', '  operations: bob', '  communications: alice'];
const LOG = [
  '- 2026-11-21T10:02:11Z · @bob · declared · P1, investigating · [link](https://github.com/acme/incidents/issues/42)',
  '- 2026-11-21T10:15:00Z · @alice · update (investigating) · Rolled back deploy 1234. (next update due 2026-11-21T10:45:00Z)',
  '- 2026-11-21T10:31:40Z · @github-actions\\[bot] · status · investigating → fixing',
];

// Values on which YAML 1.1 and 1.2 readers, or js-yaml and `yaml`, are known to differ or to fail.
const TRICKY_VALUES = [
  'yes', 'no', 'on', 'off', 'y', 'Yes', 'TRUE', 'True', 'false', '~', 'Null', 'NULL', '', '""', "''",
  '42', '042', '0x2A', '0o52', '0b101', '1_2', '4_2', '42.0', '4.2e1', '+42', '-1', '.inf', '.NaN', '1e3',
  '2026-11-21', '2026-11-21T10:02:11Z', "'2026-11-21T10:02:11Z'", '"2026-11-21T10:02:11Z"', '2026-11-21 10:02:11',
  '2026-11-21T10:02:11.5Z', '2026-11-21t10:02:11z', '12:30:00', '1:20', '190:20:30',
  '[a, b]', '[a, a]', '[]', '[a,]', '[a, , b]', '[a] b', '{}', '{a: b}', '[a #c]', '["a]"]', "['a', 'b']",
  '&anchor x', '*anchor', '!!str 42', '!!int "42"', '!!binary aGk=', '!custom x', '|', '>', '|-', '? x', '%x', '@x', '`x', '-x', '- x',
  '"esc\\x41"', '"a\\/b"', '"tab\\there"', "'it''s'", '"a"#c', 'a #c', 'a#c', 'a: b', 'a:', 'a:b', '"unclosed', "'unclosed",
  'INC-42', 'INC-7', 'P1', 'p1', 'P9', 'closed', 'resolved', 'monitoring', 'declined', 'security', 'alice', 'bob[bot]', '@alice',
  'checkout-api', '[checkout-api, checkout-api]', '[""]', 'https://github.com/acme/x/issues/7', '[https://github.com/acme/x/issues/7]',
  'a\u2028b', 'a\u0085b', 'café', 'x\ty', '<<', 'trailing  ',
];
const FRONT_MATTER_LINES = [
  '# a comment', '', '   ', '...', '  continuation', '- item', '? id', ': x', '%YAML 1.2', '<<: {id: INC-42}', 'id: INC-42', 'id: INC-43',
  'severity: P1', '  id: INC-42', 'id:INC-42', '"id": INC-42', "'severity': P2", 'alert: null', 'public: true', 'title: >-',
  '  folded title', 'roles: {coordinator: alice, operations: bob, communications: null}', 'services:', '- checkout-api', '  - checkout-api',
  'roles: &r', '  coordinator: *x', 'title: "two', '  lines"', 'null: x', 'true: y', '__proto__: {}', '\tid: INC-42', 'title: x\r',
];
const BODY_LINES = [
  '## Log', '## LOG', '## log ##', '## Log #', '##Log', ' ## Log', '# Log', '### Log', '## *Log*', '## \\Log', 'Log', '---', '===', '***', '- - -',
  '```', '~~~', '    ## Log', '<!-- ## Log -->', '<div>', '> ## Log', '> quote', '[bot]: https://example.com', '[link]: /x', '',
  '- 2026-11-21T10:40:00Z · @alice · note · *emphasis*', '- 2026-11-21T10:40:00Z · @alice · note · _under_', '- 2026-11-21T10:40:00Z · @alice · note · snake_case_word',
  '- 2026-11-21T10:40:00Z · @alice · note · `code`', '- 2026-11-21T10:40:00Z · @alice · note · &amp; entity', '- 2026-11-21T10:40:00Z · @alice · note · back\\slash',
  '- 2026-11-21T10:40:00Z · @github-actions\\[bot\\] · note · escaped \\* \\_ \\\\ \\& \\a', '- 2026-11-21T10:40:00Z · @alice · note · \\__x__ and \\[x\\](y) and [x\\](y) and a\\_b',
  '- 2026-11-21T10:40:00Z · @alice · note · <b>html</b>', '- 2026-11-21T10:40:00Z · @alice · note · [x](https://e.com) inline', '- 2026-11-21T10:40:00Z · @alice · note · [bot] literal',
  '- 2026-11-21T10:40:00Z · @alice · note · ![img](x.png)', '- 2026-11-21T10:40:00Z · @alice · note · see · [link](https://e.com "title")',
  '- 2026-11-21T10:40:00Z · @alice · note · see · [link](<https://e.com>)', '- 2026-11-21T10:40:00Z · @alice · note · see · [other](https://e.com)',
  '- 2026-11-21T10:40:00Z · @alice · note · see ·[link](https://e.com)', '- 2026-11-21T10:40:00Z · @alice · note · trailing  ',
  '- 2026-11-21T10:40:00Z · @alice · note · text [a · [link](https://e.com)', '- 2026-11-21T10:40:00Z · @alice · note · ok',
  '- 2026-11-21T09:00:00Z · @alice · note · out of order', '- 2026-13-01T10:00:00Z · @alice · note · not a date', '- 2026-11-21T10:40:00Z · alice · note · no at',
  '- 2026-11-21T10:40:00Z · @alice', '-  2026-11-21T10:40:00Z · @alice · note · two spaces', '* 2026-11-21T10:40:00Z · @alice · note · star',
  '1. 2026-11-21T10:40:00Z · @alice · note · ordered', '  continued item text', 'lazy continuation', '\u00A0', '- 2026-11-21T10:40:00Z · @alice · note · tab\there',
  '- 2026-11-21T10:40:00Z · @alice · note · crlf\r', '-', '- # heading in item', '- > quote in item',
  '- 2026-11-21T10:40:00Z · @alice · note · two · [link](https://e.com/a) · [link](https://e.com/b)', '- 2026-11-21T10:40:00Z · @alice · note · a_b · [link](https://e.com)',
  '- 2026-11-21T10:40:00Z · @alice · note · [link](https://e.com) · [link', '- 2026-02-30T10:40:00Z · @alice · note · no such day', '- 2024-02-29T23:59:59Z · @alice · note · leap day',
  // Hand edits: comments, trailing spaces, blank lines (above), link references the Markdown reader decodes.
  '<!-- reviewed in the weekly meeting -->', '<!-- opens', 'closes -->', '<!-- a --> after', '<!-->', '<!--->', '<!---->', ' <!-- indented -->', '<!-- ## Log -->',
  '<!-- ## Log', '## Log   ', '## Impact  ', '## Log ## ', 'text <!-- inline -->', '- 2026-11-21T10:40:00Z · @alice · note · trailing spaces   ',
  '- 2026-11-21T10:40:00Z · @alice · note · ok · [link](https://e.com/a&amp;b)', '- 2026-11-21T10:40:00Z · @alice · note · ok · [link](https://e.com/%41)',
  '- 2026-11-21T10:40:00Z · @alice · note · ok · [link]()', '- 2026-11-21T10:40:00Z · @alice · note · ok · [Link](https://e.com)',
  '- 2026-11-21T10:40:00Z · @alice · public · Some payments fail. (next update due 2026-11-21T11:00:00Z)', '- 2026-11-21T10:40:00Z · @alice · bogus (x) · hand written',
  '- 2026-11-21T24:00:00Z · @alice · note · hour 24', '- 0099-11-21T10:40:00Z · @alice · note · year 99', '- 2026-11-21T10:40:00Z ·  · note · no actor',
];

interface Edit {
  /** Which line (modulo the count). */
  at: number;
  kind: 'value' | 'front-matter-line' | 'delete-front-matter-line' | 'body-line' | 'delete-body-line';
  text: string;
}

const edit = fc.oneof(
  fc.record({ at: fc.nat(40), kind: fc.constant('value' as const), text: fc.constantFrom(...TRICKY_VALUES) }),
  fc.record({ at: fc.nat(40), kind: fc.constant('front-matter-line' as const), text: fc.constantFrom(...FRONT_MATTER_LINES) }),
  fc.record({ at: fc.nat(40), kind: fc.constant('delete-front-matter-line' as const), text: fc.constant('') }),
  fc.record({ at: fc.nat(40), kind: fc.constant('body-line' as const), text: fc.constantFrom(...BODY_LINES) }),
  fc.record({ at: fc.nat(40), kind: fc.constant('delete-body-line' as const), text: fc.constant('') }),
);

function incidentText(edits: readonly Edit[], options: { bom: boolean; crlf?: boolean }): string {
  const pairs = FRONT_MATTER.map(([key, value]) => [key, value] as [string, string]);
  for (const e of edits.filter((x) => x.kind === 'value')) {
    const pair = pairs[e.at % pairs.length] as [string, string];
    if (pair[0] !== 'roles') pair[1] = e.text;
  }
  const fm = pairs.flatMap(([key, value]) => (key === 'roles' ? ['roles:', ...ROLES] : [value === '' ? `${key}:` : `${key}: ${value}`]));
  const body = ['', '## Summary', '', 'Checkout fails for a share of EU requests.', '', '## Impact', '', 'EU customers cannot pay.', '', '## Log', '', ...LOG];
  for (const e of edits) {
    if (e.kind === 'front-matter-line') fm.splice(e.at % (fm.length + 1), 0, e.text);
    else if (e.kind === 'delete-front-matter-line' && fm.length) fm.splice(e.at % fm.length, 1);
    else if (e.kind === 'body-line') body.splice(e.at % (body.length + 1), 0, e.text);
    else if (e.kind === 'delete-body-line' && body.length) body.splice(e.at % body.length, 1);
  }
  const text = `${options.bom ? '\uFEFF' : ''}---\n${fm.join('\n')}\n---\n${body.join('\n')}\n`;
  return options.crlf ? text.replaceAll('\n', '\r\n') : text;
}

function file(text: string, path = 'incidents/INC-42.md'): IncidentFile {
  return { path, text, kind: 'incident' };
}

/**
 * Asserts the two readings agree on `f`: what validate reports, and the record, front matter and
 * Log `parseIncident` gives. Returns whether the cheap reading passed it, for each.
 */
function agree(f: IncidentFile): { report: boolean; document: boolean } {
  const document = parseIncidentQuickly(f.text);
  if (document) {
    const precise = parseIncident(f.text, f.path, { fast: false });
    expect(precise.problems).toEqual([]);
    expect(precise.document).toEqual(document.document);
    expect(precise.frontMatter).toEqual(document.frontMatter);
  }
  const quick = checkRepositoryFileQuickly(f);
  if (quick) expect(checkRepositoryFilePrecisely(f)).toEqual(quick);
  return { report: Boolean(quick), document: Boolean(document) };
}

describe('the cheap reading of incident files', () => {
  it('passes an incident file as sitrep writes it, with the report the precise reading gives', () => {
    const text = incidentText([], { bom: false });
    const quick = checkRepositoryFileQuickly(file(text));
    expect(quick).toEqual({
      path: 'incidents/INC-42.md',
      kind: 'incident',
      problems: [],
      id: { value: 'INC-42', line: 2, column: 1 },
      severity: { value: 'P1', line: 4, column: 1 },
    });
    expect(checkRepositoryFilePrecisely(file(text))).toEqual(quick);
  });

  // FAST_RUNS=20000 FAST_SEED=<n> runs the property longer, to hunt for disagreements.
  it('never passes a file the precise reading rejects, and gives what it gives: report, record and Log (generated files)', () => {
    let passed = 0;
    let read = 0;
    let runs = 0;
    fc.assert(
      fc.property(
        fc.array(edit, { maxLength: 4 }),
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom('incidents/INC-42.md', 'incidents/INC-7.md', 'incidents/inc-42.md'),
        (edits, bom, crlf, path) => {
          runs++;
          const outcome = agree(file(incidentText(edits, { bom, crlf }), path));
          if (outcome.report) passed++;
          if (outcome.document) read++;
        },
      ),
      { numRuns: Number(process.env.FAST_RUNS ?? 400), seed: Number(process.env.FAST_SEED ?? 17) },
    );
    if (process.env.FAST_RUNS) process.stdout.write(`passed ${passed}, read ${read} of ${runs}\n`);
    // The generator must exercise both outcomes, or the property proves nothing.
    expect(passed).toBeGreaterThan(runs / 10);
    expect(passed).toBeLessThan(runs);
    expect(read).toBeGreaterThan(runs / 10);
    expect(read).toBeLessThan(runs);
  });

  it.each([
    ['a YAML 1.1 boolean', { status: 'yes' }],
    ['an unquoted timestamp (js-yaml would make it a Date)', { declared_at: '2026-11-21T10:02:11Z' }],
    ['an integer with underscores (js-yaml reads 4_2 as 42)', { issue: '4_2' }],
    ['a hexadecimal issue number (the core schema reads 0x2A as 42)', { issue: '0x2A' }],
    ['a merge key', { roles: '\n  <<: {coordinator: alice}\n  operations: bob\n  communications: alice' }],
    ['a duplicate key', { title: 'x\ntitle: y' }],
    ['a quoted id', { id: '"INC-42"' }],
    ['a Log link whose label is not "link"', { log: '- 2026-11-21T10:40:00Z · @alice · note · see · [other](https://e.com)' }],
  ])('agrees with the precise reading on %s', (_name, fields) => {
    let text = incidentText([], { bom: false });
    for (const [key, value] of Object.entries(fields)) {
      if (key === 'log') {
        text += `${value}\n`;
        continue;
      }
      text = key === 'roles' ? text.replace(/^roles:\n(?: {2}.*\n)+/m, `roles:${value}\n`) : text.replace(new RegExp(`^${key}: .*$`, 'm'), `${key}: ${value}`);
    }
    agree(file(text));
    const precise = checkRepositoryFilePrecisely(file(text));
    if (precise.problems.length) expect(checkRepositoryFileQuickly(file(text))).toBeUndefined();
  });

  it('leaves postmortems to the precise reading', () => {
    expect(checkRepositoryFileQuickly({ path: 'postmortems/INC-42.md', text: incidentText([], { bom: false }), kind: 'postmortem' })).toBeUndefined();
  });
});

const READER_FIXTURES = new URL('../fixtures/incident-reader/', import.meta.url);
const fixture = (name: string) => readFileSync(new URL(`${name}.md`, READER_FIXTURES), 'utf8');
/** The hand edits people make to a valid file, each a fixture made from plain.md. */
const HAND_EDITS = ['html-comment', 'heading-trailing-spaces', 'blank-line-in-log', 'crlf', 'byte-order-mark'];

describe('the one reader on hand-edited files (fixtures)', () => {
  const plain = parseIncident(fixture('plain'), 'incidents/INC-42.md', { fast: false });

  it('reads the plain file the cheap way, as the precise reading does', () => {
    expect(plain.problems).toEqual([]);
    expect(plain.document?.log.map((e) => e.kind)).toEqual(['declared', 'public', 'status']);
    expect(parseIncidentQuickly(fixture('plain'))?.document).toEqual(plain.document);
  });

  it('has the hand edit each fixture is named for', () => {
    expect(fixture('crlf')).toContain('\r\n');
    expect(fixture('crlf').replaceAll('\r\n', '\n')).toBe(fixture('plain'));
    expect(fixture('byte-order-mark').startsWith('\uFEFF---\n')).toBe(true);
    expect(fixture('html-comment')).toContain('<!-- reviewed in the weekly meeting -->');
    expect(fixture('heading-trailing-spaces')).toContain('\n## Log  \n');
    expect(fixture('blank-line-in-log')).toMatch(/\[link\]\(https:\/\/github\.com\/acme\/ops\/issues\/42\)\n\n- /);
  });

  it.each(HAND_EDITS)('reads %s the cheap way, with the record and Log of the plain file', (name) => {
    const text = fixture(name);
    const quick = parseIncidentQuickly(text);
    expect(quick, `${name} is left to the precise reading`).toBeDefined();
    expect(quick?.document.record).toEqual(plain.document?.record);
    expect(quick?.document.log).toEqual(plain.document?.log);
    const precise = parseIncident(text, 'incidents/INC-42.md', { fast: false });
    expect(precise.problems).toEqual([]);
    expect(precise.document).toEqual(quick?.document);
    // validate proves it valid the cheap way too, with the precise reading's report.
    const report = checkRepositoryFileQuickly(file(text));
    expect(report).toEqual({ ...checkRepositoryFilePrecisely(file(text)), problems: [] });
  });

  it('leaves a file only the precise reading can read to it, which reads what the file means', () => {
    // A folded two-line title, a Log restyled with `*` bullets, a fenced block with a pasted Log in the Summary.
    const text = fixture('precise-only');
    expect(parseIncidentQuickly(text)).toBeUndefined();
    expect(checkRepositoryFileQuickly(file(text))).toBeUndefined();
    const read = parseIncident(text, 'incidents/INC-42.md');
    expect(read.problems).toEqual([]);
    expect(read.document?.record).toEqual(plain.document?.record);
    expect(read.document?.log).toEqual(plain.document?.log);
    expect(checkRepositoryFile(file(text)).problems).toEqual([]);
  });

  it('places the problems of a hand-edited file at their path, line and column', () => {
    // CRLF and a byte order mark, a severity of the wrong type on line 4, a Log line out of order on line 37.
    const text = `\uFEFF${fixture('html-comment').replace('severity: P1', 'severity: 7').replace('2026-11-21T10:31:40Z', '2026-11-21T09:31:40Z')}`.replaceAll('\n', '\r\n');
    const lines = text.split('\r\n');
    expect(lines[3]).toBe('severity: 7');
    const logLine = lines.findIndex((line) => line.startsWith('- 2026-11-21T09:31:40Z')) + 1;
    const problems = checkRepositoryFile(file(text)).problems;
    expect(problems.map((p) => `${p.path}:${p.line}:${p.column}`)).toEqual(['incidents/INC-42.md:4:1', `incidents/INC-42.md:${logLine}:1`]);
    expect(problems[1]?.message).toMatch(/^Log entry at 2026-11-21T09:31:40Z is earlier than the entry before it/);
    const read = parseIncident(text, 'incidents/INC-42.md');
    expect(read.document).toBeUndefined();
    expect(read.problems.map((p) => `${p.path}:${p.line}:${p.column}`)).toEqual(['incidents/INC-42.md:4:1']);
  });
});

describe('scanFrontMatterIds', () => {
  it('finds a plain id and incident at their keys, and nothing in the body', () => {
    expect(scanFrontMatterIds('---\ntitle: x\nid: INC-42\nincident: "INC-42"\n---\nid: INC-1\n')).toEqual({
      id: { value: 'INC-42', line: 3, column: 1 },
      incident: { value: 'INC-42', line: 4, column: 1 },
    });
    expect(scanFrontMatterIds('no front matter\nid: INC-1\n')).toEqual({});
    expect(scanFrontMatterIds('---\nid: [INC-1]\n---\n')).toEqual({});
  });
});
