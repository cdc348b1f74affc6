import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/core/diagnostics.js';
import {
  checkRepositoryFile,
  classifyPath,
  configuredFolders,
  crossCheckRepository,
  validateRepositoryFiles,
  type RepositoryFile,
} from '../../src/core/validate.js';

// An incident file as sitrep writes it (SPEC section 2). Line numbers are in the comments of
// the tests below; `incident()` replaces whole front matter lines so they do not move.
const INCIDENT = `---
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

Checkout fails for a share of EU requests.

## Impact

EU customers cannot pay.

## Log

- 2026-11-21T10:02:11Z · @bob · declared · P1, investigating · [link](https://github.com/acme/incidents/issues/42)
- 2026-11-21T10:15:00Z · @alice · update (investigating) · Rolled back deploy 1234. (next update due 2026-11-21T10:45:00Z)
- 2026-11-21T10:31:40Z · @bob · status · investigating → fixing
`;

/** The incident file with some front matter lines replaced (`key: value`, in place). */
function incident(fields: Record<string, string> = {}, text = INCIDENT): string {
  let out = text;
  for (const [key, value] of Object.entries(fields)) {
    const pattern = new RegExp(`^${key}: .*$`, 'm');
    if (!pattern.test(out)) throw new Error(`no line for ${key}`);
    out = out.replace(pattern, `${key}: ${value}`);
  }
  return out;
}

const POSTMORTEM = `---
id: INC-42
incident: INC-42
title: Checkout API returns 502 for EU customers
severity: P1
status: final
authors: [alice, bob]
---

# INC-42: Checkout API returns 502 for EU customers

## Summary

Checkout failed for EU customers.

## Root cause

<!-- What caused the incident? -->

The connection pool was exhausted by client retries.

## Action items

<!-- sitrep:generated:action-items -->

- [ ] Alert on 5xx ratio per region — owner: @carol, repo: acme/checkout, due: 2026-12-05
- [x] Cap client retries at 2 — owner: @eve

<!-- /sitrep:generated:action-items -->
`;

function postmortem(fields: Record<string, string> = {}, text = POSTMORTEM): string {
  return incident(fields, text);
}

const file = (path: string, text: string): RepositoryFile => ({ path, text });
const inc = (text: string, path = 'incidents/INC-42.md') => file(path, text);
const pm = (text: string, path = 'postmortems/INC-42.md') => file(path, text);

/** Problems as `line: message`, what a user reads next to the file name. */
function lines(problems: Diagnostic[], path?: string): string[] {
  return problems.filter((p) => !path || p.path === path).map((p) => `${p.line}:${p.column}: ${p.message}`);
}

describe('validateRepositoryFiles: an incident on its own', () => {
  it('accepts the incident sitrep writes', () => {
    expect(validateRepositoryFiles([inc(INCIDENT)], null)).toEqual([]);
  });

  it.each<{ name: string; fields: Record<string, string>; expected: string[] }>([
    {
      name: 'id does not match the file name',
      fields: { id: 'INC-41', issue: '41' },
      expected: ['2:1: id "INC-41" does not match the file name INC-42.md; the id must be INC-42'],
    },
    {
      name: 'issue is not the number in the id',
      fields: { issue: '41' },
      expected: ['7:1: issue 41 does not match the id INC-42; issue must be 42'],
    },
    {
      name: 'severity not defined in the configuration',
      fields: { severity: 'P4' },
      expected: ['4:1: severity "P4" is not defined in the configuration; defined: P1, P2, P3'],
    },
    {
      name: 'severity in other letter case',
      fields: { severity: 'p1' },
      expected: ['4:1: severity "p1" is written differently in the configuration; use "P1"'],
    },
    {
      name: 'acknowledged before declared',
      fields: { acknowledged_at: '2026-11-21T10:00:00Z' },
      expected: [
        '13:1: acknowledged_at 2026-11-21T10:00:00Z is before declared_at 2026-11-21T10:02:11Z; times must not go backwards: declared_at ≤ acknowledged_at ≤ mitigated_at ≤ resolved_at ≤ closed_at',
      ],
    },
    {
      name: 'resolved before mitigated',
      fields: { status: 'resolved', mitigated_at: '2026-11-21T11:00:00Z', resolved_at: '2026-11-21T10:50:00Z', next_update_due: 'null' },
      expected: [
        '15:1: resolved_at 2026-11-21T10:50:00Z is before mitigated_at 2026-11-21T11:00:00Z; times must not go backwards: declared_at ≤ acknowledged_at ≤ mitigated_at ≤ resolved_at ≤ closed_at',
      ],
    },
    {
      name: 'closed before resolved',
      fields: { status: 'closed', resolved_at: '2026-11-22T10:00:00Z', closed_at: '2026-11-21T12:00:00Z', next_update_due: 'null' },
      expected: [
        '16:1: closed_at 2026-11-21T12:00:00Z is before resolved_at 2026-11-22T10:00:00Z; times must not go backwards: declared_at ≤ acknowledged_at ≤ mitigated_at ≤ resolved_at ≤ closed_at',
      ],
    },
    {
      name: 'impact started after it was resolved',
      fields: { status: 'resolved', started_at: '2026-11-21T15:00:00Z', resolved_at: '2026-11-21T14:00:00Z', next_update_due: 'null' },
      expected: ['15:1: resolved_at 2026-11-21T14:00:00Z is before started_at 2026-11-21T15:00:00Z; the impact cannot end before it started'],
    },
    {
      name: 'resolved without resolved_at',
      fields: { status: 'resolved', next_update_due: 'null' },
      expected: ['5:1: status is resolved but resolved_at is not set; a resolved incident records when it was resolved (resolved_at: <time>)'],
    },
    {
      name: 'closed without closed_at',
      fields: { status: 'closed', resolved_at: '2026-11-21T14:00:00Z', next_update_due: 'null' },
      expected: ['5:1: status is closed but closed_at is not set; a closed incident records when it was closed (closed_at: <time>)'],
    },
    {
      name: 'closed without either',
      fields: { status: 'closed', next_update_due: 'null' },
      expected: [
        '5:1: status is closed but resolved_at is not set; a closed incident records when it was resolved (resolved_at: <time>)',
        '5:1: status is closed but closed_at is not set; a closed incident records when it was closed (closed_at: <time>)',
      ],
    },
    {
      name: 'resolved with closed_at',
      fields: { status: 'resolved', resolved_at: '2026-11-21T14:00:00Z', closed_at: '2026-11-22T14:00:00Z', next_update_due: 'null' },
      expected: ['16:1: closed_at is set but status is resolved; set status: closed, or closed_at: null'],
    },
    {
      name: 'an open incident with resolved_at',
      fields: { resolved_at: '2026-11-21T14:00:00Z' },
      expected: [
        '15:1: resolved_at is set but status is fixing; an open incident has no resolved_at (a reopen clears it): set resolved_at: null, or the status that goes with it',
      ],
    },
    {
      name: 'an open incident with closed_at',
      fields: { status: 'triage', closed_at: '2026-11-21T14:00:00Z' },
      expected: [
        '16:1: closed_at is set but status is triage; an open incident has no closed_at (a reopen clears it): set closed_at: null, or the status that goes with it',
      ],
    },
    {
      name: 'monitoring without mitigated_at',
      fields: { status: 'monitoring' },
      expected: ['5:1: status is monitoring but mitigated_at is not set; it records the first entry into monitoring (mitigated_at: <time>)'],
    },
  ])('reports $name at the key', ({ fields, expected }) => {
    expect(lines(validateRepositoryFiles([inc(incident(fields))], null))).toEqual(expected);
  });

  it.each<{ name: string; fields: Record<string, string> }>([
    { name: 'impact started after the declaration (declared ahead of impact)', fields: { started_at: '2026-11-21T10:30:00Z' } },
    { name: 'a declined triage with no resolution', fields: { status: 'declined', next_update_due: 'null' } },
    { name: 'monitoring with mitigated_at', fields: { status: 'monitoring', mitigated_at: '2026-11-21T11:00:00Z' } },
    {
      name: 'a closed incident with every time in order',
      fields: {
        status: 'closed',
        mitigated_at: '2026-11-21T11:00:00Z',
        resolved_at: '2026-11-21T14:00:00Z',
        closed_at: '2026-11-24T16:00:00Z',
        next_update_due: 'null',
      },
    },
    { name: 'equal times', fields: { acknowledged_at: '2026-11-21T10:02:11Z' } },
  ])('accepts $name', ({ fields }) => {
    expect(validateRepositoryFiles([inc(incident(fields))], null)).toEqual([]);
  });

  it('reports Log entries out of time order at the entry, naming the one before', () => {
    const text = INCIDENT.replace('- 2026-11-21T10:31:40Z · @bob', '- 2026-11-21T10:10:00Z · @bob');
    expect(lines(validateRepositoryFiles([inc(text)], null))).toEqual([
      '37:1: Log entry at 2026-11-21T10:10:00Z is earlier than the entry before it (2026-11-21T10:15:00Z, line 36); the Log lists events in time order',
    ]);
  });

  it('reports a Log line that is not a Log entry, and one whose time is not a real time', () => {
    const text = `${INCIDENT}- rolled back by hand\n- 2026-02-30T10:00:00Z · @bob · note · impossible day\n`;
    expect(lines(validateRepositoryFiles([inc(text)], null))).toEqual([
      '38:1: Log line is not "<time> · @<login> · <event> · <text>" (time as 2026-11-21T10:02:11Z): rolled back by hand',
      '39:1: Log entry time 2026-02-30T10:00:00Z is not a real date and time',
    ]);
  });

  it('reads a Log entry with its trailing link as the incident reader does', () => {
    const text = `${INCIDENT}- 2026-11-21T10:40:00Z · @alice · note · see the dashboard · [link](https://github.com/acme/incidents/issues/42#issuecomment-1)\n`;
    expect(validateRepositoryFiles([inc(text)], null)).toEqual([]);
  });

  it('reports schema problems at the offending key with what is accepted, and still runs the other checks', () => {
    const text = incident({ status: 'fixed', declared_at: '2026-11-21 10:02', issue: '41' }).replace('source: alert\n', 'source: alert\nowner: bob\n');
    expect(lines(validateRepositoryFiles([inc(text)], null))).toEqual([
      '5:1: status: "fixed" is not accepted; use one of triage, investigating, fixing, monitoring, resolved, closed, declined',
      '7:1: issue 41 does not match the id INC-42; issue must be 42',
      '9:1: unknown key "owner"; accepted keys here: id, title, severity, status, type, issue, source, services, customers, declared_at, started_at, acknowledged_at, mitigated_at, resolved_at, closed_at, next_update_due, roles, postmortem, followups, alert, public, slack, caused_by, email',
      expect.stringMatching(/^12:1: declared_at: "2026-11-21 10:02" is not valid; accepted: A UTC time in RFC 3339 at second precision/),
    ]);
  });

  it('reports a file without front matter, and unreadable YAML, at their line', () => {
    const problems = validateRepositoryFiles(
      [inc('# Notes\n', 'incidents/INC-1.md'), inc('---\nid: [INC-2\n---\n', 'incidents/INC-2.md'), inc(INCIDENT)],
      null,
    );
    expect(problems.map((p) => `${p.path}:${p.line}:${p.column}: ${p.message}`)).toEqual([
      'incidents/INC-1.md:1:1: missing front matter: the file must start with a YAML block between two "---" lines',
      expect.stringMatching(/^incidents\/INC-2\.md:2:\d+: YAML syntax: /),
    ]);
  });

  it('reports a file name that is not INC-<n>.md', () => {
    expect(lines(validateRepositoryFiles([inc(INCIDENT, 'incidents/inc-42.md')], null))).toEqual([
      '1:1: file name "inc-42.md" is not INC-<n>.md, where <n> is the issue number (e.g. INC-42.md); sitrep reads only files named so',
    ]);
  });
});

describe('validateRepositoryFiles: across files and against the configuration', () => {
  it('reports a duplicate id on the later file, naming the first', () => {
    const copy = incident({ id: 'INC-42', issue: '42' });
    const problems = validateRepositoryFiles([inc(INCIDENT), inc(copy, 'incidents/INC-43.md')], null);
    expect(problems.map((p) => `${p.path}:${p.line}:${p.column}: ${p.message}`)).toEqual([
      'incidents/INC-43.md:2:1: id "INC-42" does not match the file name INC-43.md; the id must be INC-43',
      'incidents/INC-43.md:2:1: id INC-42 is also used by incidents/INC-42.md; every incident needs its own id (INC-<issue number>)',
    ]);
  });

  it('checks severities against the configured ones', () => {
    const config = 'severities:\n  SEV1: { update_every: 15m }\n  SEV2: {}\n';
    expect(lines(validateRepositoryFiles([inc(INCIDENT)], config))).toEqual([
      '4:1: severity "P1" is not defined in the configuration; defined: SEV1, SEV2',
    ]);
    expect(validateRepositoryFiles([inc(incident({ severity: 'SEV1' }))], config)).toEqual([]);
  });

  it('reports an invalid configuration at its key, and does not judge severities by it', () => {
    const config = 'label: incident\nseverities:\n  P1: { update_every: soon }\nlabels: [x]\n';
    const problems = validateRepositoryFiles([inc(incident({ severity: 'P9' }))], config, { configPath: 'repo/.github/sitrep.yml' });
    expect(problems.map((p) => `${p.path}:${p.line}:${p.column}: ${p.message}`)).toEqual([
      expect.stringMatching(/^repo\/\.github\/sitrep\.yml:3:9: severities\.P1\.update_every: "soon" is not valid; accepted: /),
      expect.stringMatching(/^repo\/\.github\/sitrep\.yml:4:1: unknown key "labels"/),
    ]);
  });

  it('classifies files by the configured folders', () => {
    const config = 'paths: { incidents: ops/incidents, postmortems: ops/postmortems }\n';
    const problems = validateRepositoryFiles(
      [file('ops/incidents/INC-42.md', incident({ severity: 'P7' })), file('incidents/INC-42.md', INCIDENT)],
      config,
    );
    expect(problems.map((p) => `${p.path}:${p.line}:${p.column}: ${p.message}`)).toEqual([
      'incidents/INC-42.md:1:1: not a sitrep file: incidents are ops/incidents/INC-<n>.md and postmortems ops/postmortems/INC-<n>.md',
      'ops/incidents/INC-42.md:4:1: severity "P7" is not defined in the configuration; defined: P1, P2, P3',
    ]);
  });
});

describe('validateRepositoryFiles: postmortems', () => {
  it('accepts a final postmortem with a root cause and owned action items', () => {
    expect(validateRepositoryFiles([inc(INCIDENT), pm(POSTMORTEM)], null)).toEqual([]);
  });

  it('reports a postmortem whose incident does not exist, unless it is known to exist elsewhere', () => {
    expect(lines(validateRepositoryFiles([pm(POSTMORTEM)], null))).toEqual([
      '3:1: incident INC-42 does not exist: there is no incidents/INC-42.md',
    ]);
    expect(validateRepositoryFiles([pm(POSTMORTEM)], null, { knownIncidents: ['INC-42'] })).toEqual([]);
  });

  it('reports an incident that is not the postmortem id, and an id that is not the file name', () => {
    const text = postmortem({ id: 'INC-7', incident: 'INC-42' });
    expect(lines(validateRepositoryFiles([inc(INCIDENT), pm(text)], null))).toEqual([
      '2:1: id "INC-7" does not match the file name INC-42.md; the id must be INC-42',
      '3:1: incident INC-42 does not match the id INC-7; a postmortem has the id of its incident',
    ]);
  });

  it('reports a final postmortem whose Root cause holds only the template prompt, at the heading', () => {
    const text = POSTMORTEM.replace('The connection pool was exhausted by client retries.\n\n', '');
    expect(lines(validateRepositoryFiles([inc(INCIDENT), pm(text)], null))).toEqual([
      '16:1: "## Root cause" is empty but status is final; say what caused the incident, or set status: draft',
    ]);
  });

  it('reports a final postmortem without a Root cause section at its status', () => {
    const text = POSTMORTEM.replace('## Root cause', '## Cause');
    expect(lines(validateRepositoryFiles([inc(INCIDENT), pm(text)], null))).toEqual([
      '6:1: status is final but there is no "## Root cause" section; a final postmortem says what caused the incident',
    ]);
  });

  it('reports each action item without an owner in a final postmortem, at the item', () => {
    const text = POSTMORTEM.replace(' — owner: @carol, repo: acme/checkout, due: 2026-12-05', '').replace(' — owner: @eve', '');
    expect(lines(validateRepositoryFiles([inc(INCIDENT), pm(text)], null))).toEqual([
      '26:1: action item "Alert on 5xx ratio per region": it has no owner; a final postmortem names one for every item, e.g. - [ ] Alert on 5xx ratio — owner: @carol, repo: acme/checkout, due: 2026-12-05, priority: high',
      '27:1: action item "Cap client retries at 2": it has no owner; a final postmortem names one for every item, e.g. - [ ] Alert on 5xx ratio — owner: @carol, repo: acme/checkout, due: 2026-12-05, priority: high',
    ]);
  });

  it('does not ask a draft for a root cause or owners, but reports items the follow-ups step cannot file', () => {
    const text = postmortem({ status: 'draft' })
      .replace('The connection pool was exhausted by client retries.\n\n', '')
      .replace('owner: @carol, repo: acme/checkout, due: 2026-12-05', 'repo: acme/checkout, due: next week')
      .replace('- [x] Cap client retries at 2 — owner: @eve', '- [ ] Cap client retries at 2');
    expect(lines(validateRepositoryFiles([inc(INCIDENT), pm(text)], null))).toEqual([
      '24:1: action item "Alert on 5xx ratio per region": due "next week" is not a date; write due: YYYY-MM-DD, e.g. due: 2026-12-05',
    ]);
  });

  it('counts only top-level items: a nested list is notes on its item', () => {
    const text = POSTMORTEM.replace('- [x] Cap client retries at 2 — owner: @eve\n', '- [x] Cap client retries at 2 — owner: @eve\n  - the retry library has no budget option\n');
    expect(validateRepositoryFiles([inc(INCIDENT), pm(text)], null)).toEqual([]);
  });
});

describe('checkRepositoryFile and crossCheckRepository', () => {
  it('give the same problems as validateRepositoryFiles, and a report survives JSON', () => {
    const files = [inc(incident({ severity: 'P4', acknowledged_at: '2026-11-21T10:00:00Z' })), pm(postmortem({ incident: 'INC-42' }))];
    const reports = files.map((f) => JSON.parse(JSON.stringify(checkRepositoryFile({ ...f, kind: f.path.startsWith('incidents') ? 'incident' : 'postmortem' }))));
    expect(crossCheckRepository(reports, undefined)).toHaveLength(1);
    const whole = validateRepositoryFiles(files, null);
    expect(lines(whole)).toEqual([
      '4:1: severity "P4" is not defined in the configuration; defined: P1, P2, P3',
      expect.stringMatching(/^13:1: acknowledged_at 2026-11-21T10:00:00Z is before declared_at/),
    ]);
    expect(whole).toContainEqual(crossCheckRepository(reports, undefined)[0]);
  });
});

describe('folders', () => {
  it.each([
    { config: null, expected: { incidents: 'incidents', postmortems: 'postmortems' } },
    { config: 'paths: { incidents: ops/incidents/ }\n', expected: { incidents: 'ops/incidents', postmortems: 'postmortems' } },
    // A mistake elsewhere does not hide the folders.
    { config: 'bogus: 1\npaths:\n  postmortems: pm\n', expected: { incidents: 'incidents', postmortems: 'pm' } },
    { config: 'paths: [', expected: { incidents: 'incidents', postmortems: 'postmortems' } },
  ])('configuredFolders($config)', ({ config, expected }) => {
    expect(configuredFolders(config)).toEqual(expected);
  });

  it.each([
    ['incidents/INC-42.md', 'incident'],
    ['incidents/inc-42.md', 'incident'],
    ['postmortems/INC-42.md', 'postmortem'],
    ['incidents/README.md', undefined],
    ['incidents/archive/INC-1.md', undefined],
    ['INC-1.md', undefined],
  ])('classifyPath(%s)', (path, expected) => {
    expect(classifyPath(path, configuredFolders(null))).toBe(expected);
  });
});
