import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../../src/core/incident.js';
import { responders, sortByTime, timelineRows, type ReferenceSource, type TimelineEvent } from '../../src/core/timeline.js';
import { formatTimestamp } from '../../src/core/time.js';
import { anIncident, at, logLine } from '../support/builders.js';

const ISSUE = 'https://github.com/acme/incidents/issues/42';

function entry(minutes: number, kind: string, text: string, actor = 'alice', ref?: string): LogEntry {
  return logLine(formatTimestamp(at(minutes)), actor, kind, text, ref);
}

function pull(number: number, overrides: Partial<ReferenceSource> = {}): ReferenceSource {
  return { type: 'PullRequest', repository: 'acme/checkout', number, title: `Fix ${number}`, url: `https://github.com/acme/checkout/pull/${number}`, headRef: `fix-${number}`, mergedAt: null, mergedBy: null, ...overrides };
}

function xref(minutes: number, source: ReferenceSource, actor = 'bob', byBot = false): TimelineEvent {
  return { kind: 'cross-referenced', at: formatTimestamp(at(minutes)), actor, byBot, source };
}

describe('timelineRows', () => {
  it('merges the Log with linked pull requests and their merges, in time order', () => {
    const log = [
      entry(0, 'declared', 'P1, investigating', 'bob', ISSUE),
      entry(10, 'update (investigating)', 'Rolled back (next update due 2026-11-21T10:40:00Z)', 'alice', `${ISSUE}#issuecomment-1`),
      entry(30, 'status', 'investigating → monitoring'),
    ];
    const events = [xref(20, pull(7, { mergedAt: formatTimestamp(at(25)), mergedBy: 'carol' })), xref(5, pull(8))];
    expect(timelineRows(log, events)).toEqual([
      { at: '2026-11-21T10:00:00Z', event: 'Declared: P1, investigating', who: 'bob', url: ISSUE },
      { at: '2026-11-21T10:05:00Z', event: 'Pull request linked: acme/checkout#8 Fix 8', who: 'bob', url: 'https://github.com/acme/checkout/pull/8' },
      { at: '2026-11-21T10:10:00Z', event: 'Update (investigating): Rolled back', who: 'alice', url: `${ISSUE}#issuecomment-1` },
      { at: '2026-11-21T10:20:00Z', event: 'Pull request linked: acme/checkout#7 Fix 7', who: 'bob', url: 'https://github.com/acme/checkout/pull/7' },
      { at: '2026-11-21T10:25:00Z', event: 'Pull request merged: acme/checkout#7 Fix 7', who: 'carol', url: 'https://github.com/acme/checkout/pull/7' },
      { at: '2026-11-21T10:30:00Z', event: 'Status: investigating → monitoring', who: 'alice' },
    ]);
  });

  it.each<[string, LogEntry, string | undefined]>([
    ['a note', entry(1, 'note', 'Saw errors in eu-west-1'), 'Note: Saw errors in eu-west-1'],
    ['a severity change', entry(1, 'severity', 'P2 → P1. Customers'), 'Severity: P2 → P1. Customers'],
    ['a role handoff', entry(1, 'handoff', 'coordinator: @carol (was @alice)'), 'Role handed off: coordinator: @carol (was @alice)'],
    ['an escalation', entry(1, 'escalated', 'to @acme/dba'), 'Escalated: to @acme/dba'],
    ['a regression', entry(1, 'regression', 'monitoring → fixing'), 'Regression: monitoring → fixing'],
    ['a kind a newer version writes', entry(1, 'paged', 'on-call'), 'Paged: on-call'],
    ['a follow-up (it goes to Action items)', entry(1, 'followup', 'Add alert — owner: @x'), undefined],
    ['the postmortem entry', entry(1, 'postmortem', 'pull request'), undefined],
  ])('shows %s', (_, logEntry, expected) => {
    expect(timelineRows([logEntry], [])[0]?.event).toBe(expected);
  });

  it('lists a pull request once however often it is referenced, and never the postmortem pull request', () => {
    const rows = timelineRows([], [
      xref(1, pull(7)),
      xref(2, pull(7)),
      xref(3, pull(43, { repository: 'acme/incidents', headRef: 'sitrep/postmortem/INC-42' }), 'github-actions', true),
      xref(4, { ...pull(9), type: 'Issue' }),
    ]);
    expect(rows.map((r) => r.event)).toEqual(['Pull request linked: acme/checkout#7 Fix 7']);
  });

  it('shows title changes by people, not label, assignment, close or comment events', () => {
    const base = { at: formatTimestamp(at(1)), actor: 'alice', byBot: false };
    const rows = timelineRows([], [
      { ...base, kind: 'renamed', from: 'Old', to: 'New' },
      { ...base, kind: 'renamed', from: 'New', to: 'Newer', byBot: true },
      { ...base, kind: 'labeled', label: 'status:fixing' },
      { ...base, kind: 'assigned', assignee: 'bob' },
      { ...base, kind: 'closed' },
      { ...base, kind: 'comment', url: `${ISSUE}#issuecomment-9` },
    ]);
    expect(rows.map((r) => r.event)).toEqual(['Title changed: “Old” → “New”']);
  });
});

describe('sortByTime', () => {
  it('is stable for events in the same second', () => {
    const items = [{ at: '2026-11-21T10:00:05Z', n: 1 }, { at: '2026-11-21T10:00:01Z', n: 2 }, { at: '2026-11-21T10:00:05Z', n: 3 }, { at: '2026-11-21T10:00:01Z', n: 4 }];
    expect(sortByTime(items).map((i) => i.n)).toEqual([2, 4, 1, 3]);
  });
});

describe('responders', () => {
  const record = anIncident({ roles: { coordinator: 'carol', operations: 'bob', communications: null } });
  const comment = (minutes: number, actor: string, n: number, byBot = false): TimelineEvent => ({
    kind: 'comment', at: formatTimestamp(at(minutes)), actor, byBot, url: `${ISSUE}#issuecomment-${n}`,
  });

  it('lists role holders in role order, then everyone who acted by first action, never bots', () => {
    const log = [
      entry(0, 'declared', 'P1, investigating', 'bob', ISSUE),
      entry(2, 'role', 'coordinator: @alice', 'alice', `${ISSUE}#issuecomment-1`),
      entry(2, 'update (investigating)', 'x', 'alice', `${ISSUE}#issuecomment-1`),
      entry(9, 'handoff', 'coordinator: @carol (was @alice)', 'alice', `${ISSUE}#issuecomment-3`),
    ];
    const events = [comment(2, 'alice', 1), comment(3, 'github-actions', 2, true), comment(5, 'dave', 4), comment(9, 'alice', 3), comment(12, 'renovate[bot]', 5)];
    expect(responders(record, log, events)).toEqual([
      { login: 'carol', roles: ['coordinator'], formerRoles: [], firstAt: null, actions: 0 },
      { login: 'bob', roles: ['operations'], formerRoles: [], firstAt: '2026-11-21T10:00:00Z', actions: 1 },
      { login: 'alice', roles: [], formerRoles: [{ role: 'coordinator', until: '2026-11-21T10:09:00Z' }], firstAt: '2026-11-21T10:02:00Z', actions: 2 },
      { login: 'dave', roles: [], formerRoles: [], firstAt: '2026-11-21T10:05:00Z', actions: 1 },
    ]);
  });

  it('counts what people did until the incident was resolved', () => {
    const resolved = anIncident({ status: 'resolved', resolved_at: formatTimestamp(at(30)), roles: { coordinator: 'carol', operations: 'bob', communications: null } });
    const log = [entry(30, 'status', 'fixing → resolved', 'carol'), entry(30, 'postmortem', 'pull request #9 opened', 'bob', 'https://x/pull/9')];
    const people = responders(resolved, log, [comment(10, 'dave', 1), comment(31, 'carol', 2), comment(40, 'erin', 3)]);
    expect(people.map((p) => [p.login, p.actions])).toEqual([['carol', 1], ['bob', 0], ['dave', 1]]);
  });

  it('counts one person once whatever the case of their login', () => {
    const people = responders(record, [entry(1, 'note', 'x', 'Dave')], [comment(2, 'dave', 1)]);
    expect(people.filter((p) => p.login.toLowerCase() === 'dave')).toHaveLength(1);
  });
});
