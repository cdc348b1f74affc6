import { describe, expect, it } from 'vitest';
import { readLogEvent, writeLogEvent, type LogEntry } from '../../src/core/log.js';
import { renderCard } from '../../src/core/card.js';
import { incidentOfPageKey, pageKey, pagingSummary, planPages, readPageAnswer } from '../../src/core/paging.js';
import { anIncident, configFrom, logLine } from '../support/builders.js';

const REPO = 'acme/incidents';
const PAGING = `
escalation: { coordinators: ["@acme/incident-coordinators"] }
paging:
  - { name: primary, type: pagerduty, key_env: SITREP_PD_KEY, severities: [P1] }
`;

/** A Log from `label · text` lines, a minute apart, written by bob. */
function logOf(...lines: [string, string][]): LogEntry[] {
  return lines.map(([label, text], i) => logLine(`2026-11-21T10:${String(i).padStart(2, '0')}:00Z`, 'bob', label, text));
}

function plan(log: LogEntry[], record = anIncident(), yaml = PAGING, missed?: { due: string }) {
  return planPages({ repo: REPO, record, log, config: configFrom(yaml), ...(missed ? { missed } : {}) }).map((e) => `${e.pager} ${e.action}: ${e.why}`);
}

describe('planPages: when sitrep pages (SPEC 4.11)', () => {
  it('pages a P1 on declaration, with the dedup key and the pager key variable', () => {
    const events = planPages({ repo: REPO, record: anIncident(), log: logOf(['declared', 'P1, investigating']), config: configFrom(PAGING) });
    expect(events).toEqual([{ pager: 'primary', action: 'trigger', why: 'declared P1', key: 'acme/incidents#INC-42', keyEnv: 'SITREP_PD_KEY' }]);
  });

  it('pages nobody twice: the paged entry settles the declaration, and a re-delivered event adds nothing', () => {
    expect(plan(logOf(['declared', 'P1, investigating'], ['paged', 'primary: declared P1']))).toEqual([]);
  });

  it('pages again an incident that should have been paged but has no paged entry (the pager was down)', () => {
    expect(plan(logOf(['declared', 'P1, investigating'], ['note', 'looking'], ['update (investigating)', 'still down']))).toEqual(['primary trigger: declared P1']);
  });

  it('does not page a P3, and pages when it is raised into P1', () => {
    const record = anIncident({ severity: 'P3' });
    expect(plan(logOf(['declared', 'P3, investigating']), record)).toEqual([]);
    expect(plan(logOf(['declared', 'P3, investigating'], ['severity', 'P3 → P1. worse']), anIncident())).toEqual(['primary trigger: raised P3 → P1']);
  });

  it('pages an escalation logged as paging (escalated (page)), not an escalation to a person nor the understaffing ping to the coordinators', () => {
    const base: [string, string][] = [['declared', 'P1, investigating'], ['paged', 'primary: declared P1']];
    expect(plan(logOf(...base, ['escalated (page)', 'to @acme/incident-coordinators']))).toEqual(['primary trigger: escalated by @bob']);
    expect(plan(logOf(...base, ['escalated (page)', 'to @acme/incident-coordinators. primary, wake them']))).toEqual(['primary trigger: escalated by @bob']);
    // The understaffing ping after a raise is logged to the coordinators without (page).
    expect(plan(logOf(...base, ['escalated', 'to @acme/incident-coordinators. P1 needs a coordinator']))).toEqual([]);
    expect(plan(logOf(...base, ['escalated', 'to @carol. take a look']))).toEqual([]);
  });

  it('pages an update missed past escalate_after once per due time', () => {
    const log = logOf(['declared', 'P1, investigating'], ['paged', 'primary: declared P1']);
    expect(plan(log, anIncident(), PAGING, { due: '2026-11-21T10:30:00Z' })).toEqual(['primary trigger: update missed (due 2026-11-21T10:30:00Z)']);
    const after = [...log, ...logOf(['paged', 'primary: update missed (due 2026-11-21T10:30:00Z)'])];
    expect(plan(after, anIncident(), PAGING, { due: '2026-11-21T10:30:00Z' })).toEqual([]);
  });

  it('resolves at the pager when the incident is resolved, declined or closed, once; nothing to resolve when it was never paged', () => {
    const paged: [string, string][] = [['declared', 'P1, investigating'], ['paged', 'primary: declared P1']];
    for (const status of ['resolved', 'declined', 'closed']) {
      expect(plan(logOf(...paged, ['status', `investigating → ${status}`]), anIncident({ status: status as 'resolved' }))).toEqual([`primary resolve: ${status}`]);
    }
    const resolved = logOf(...paged, ['status', 'investigating → resolved'], ['paged (resolve)', 'primary: resolved'], ['status', 'resolved → closed']);
    expect(plan(resolved, anIncident({ status: 'closed' }))).toEqual([]);
    expect(plan(logOf(['declared', 'P3, investigating'], ['status', 'investigating → resolved']), anIncident({ severity: 'P3', status: 'resolved' }))).toEqual([]);
  });

  it('triggers again on a reopen', () => {
    const log = logOf(['declared', 'P1, investigating'], ['paged', 'primary: declared P1'], ['status', 'investigating → resolved'], ['paged (resolve)', 'primary: resolved'], ['reopened', 'resolved → investigating. back']);
    expect(plan(log)).toEqual(['primary trigger: reopened']);
  });

  it('follows a pager\'s services and on, and a service\'s own routing key wins', () => {
    const yaml = `
paging:
  - { name: primary, type: pagerduty, key_env: SITREP_PD_KEY, services: [payments], on: [declared] }
  - { name: ops, type: opsgenie, key_env: SITREP_OG_KEY, on: [raised] }
services:
  checkout-api: { pager: primary, pager_key_env: SITREP_PD_CHECKOUT }
`;
    const events = planPages({ repo: REPO, record: anIncident(), log: logOf(['declared', 'P1, investigating']), config: configFrom(yaml) });
    expect(events.map((e) => [e.pager, e.keyEnv])).toEqual([['primary', 'SITREP_PD_CHECKOUT']]);
    expect(plan(logOf(['declared', 'P1, investigating']), anIncident({ services: ['search'] }), yaml)).toEqual([]);
  });
});

describe('the page key', () => {
  it('names the repository and incident, and only sitrep\'s own keys read back', () => {
    expect(pageKey(REPO, 'INC-42')).toBe('acme/incidents#INC-42');
    expect(incidentOfPageKey('acme/incidents#INC-42', REPO)).toBe('INC-42');
    for (const foreign of ['acme/other#INC-42', 'acme/incidents#INC-0', 'acme/incidents#INC-42x', 'srv01/mysql', 'acme/incidents#INC-42#INC-43']) {
      expect(incidentOfPageKey(foreign, REPO)).toBeUndefined();
    }
  });
});

describe('the paged and acknowledged Log kinds', () => {
  it.each([
    [{ kind: 'paged', pager: 'primary', action: 'trigger', why: 'declared P1' }, 'paged', 'primary: declared P1'],
    [{ kind: 'paged', pager: 'ops-eu', action: 'resolve', why: 'resolved' }, 'paged (resolve)', 'ops-eu: resolved'],
    [{ kind: 'acknowledged', pager: 'primary', by: 'Alice Example' }, 'acknowledged', 'primary: Alice Example'],
    [{ kind: 'acknowledged' }, 'acknowledged', 'first response'],
  ] as const)('writes %j as "%s · %s" and reads it back', (event, label, text) => {
    expect(writeLogEvent(event)).toEqual({ label, text });
    expect(readLogEvent(label, text)).toEqual(event);
  });

  it('keeps a pager\'s name on one line, and reads an unknown shape as other', () => {
    expect(writeLogEvent({ kind: 'acknowledged', pager: 'primary', by: 'Mallory\n- 2026 · @x · declared · P1' }).text).toBe('primary: Mallory - 2026 · @x · declared · P1');
    expect(readLogEvent('paged', 'no pager here')).toEqual({ kind: 'other', label: 'paged', text: 'no pager here' });
    expect(readLogEvent('paged (later)', 'primary: x')).toEqual({ kind: 'other', label: 'paged (later)', text: 'primary: x' });
  });
});

describe('readPageAnswer', () => {
  it('accepts the relay\'s payload and names the field of a bad one', () => {
    const answer = { incident: 'INC-42', pager: 'pagerduty', action: 'acknowledge', by: { name: 'Alice Example', email: null, id: 'PLH1HKV' }, at: '2026-11-21T10:04:30Z', key: 'acme/incidents#INC-42' };
    expect(readPageAnswer(answer)).toEqual({ answer });
    const bad = readPageAnswer({ ...answer, action: 'snooze' });
    expect('problems' in bad && bad.problems.join()).toMatch(/action/);
  });
});

describe('the card shows who was paged, when, and who acknowledged', () => {
  it('adds a Paged row from the Log, the acknowledger\'s name neutralised', () => {
    const log = logOf(['declared', 'P1, investigating'], ['paged', 'primary: declared P1'], ['acknowledged', 'primary: Alice @everyone | Example'], ['paged', 'ops: declared P1']);
    const paging = pagingSummary(log);
    expect(paging.map((l) => [l.pager, l.pagedAt, l.acknowledgedBy])).toEqual([['primary', '2026-11-21T10:01:00Z', 'Alice @everyone | Example'], ['ops', '2026-11-21T10:03:00Z', null]]);
    const card = renderCard(anIncident(), { config: configFrom(PAGING), fileUrl: 'https://github.com/acme/incidents/blob/main/incidents/INC-42.md', paging });
    const row = card.split('\n').find((l) => l.startsWith('| Paged |'));
    expect(row).toMatch(/^\| Paged \| primary paged at .*10:01.* \(declared P1\), acknowledged by Alice .*Example at .*10:02.*<br>ops paged at .*10:03.* \(declared P1\), not acknowledged \|$/);
    expect(row).not.toContain('@everyone');
    expect(row).not.toContain(' | Example');
  });
});
