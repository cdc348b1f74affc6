import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/core/config.js';
import { declareIncident, type DeclaringIssue } from '../../src/core/declare.js';
import { T0 } from '../support/builders.js';

/** A body as GitHub renders the incident issue form. */
function formBody(answers: Record<string, string>): string {
  return Object.entries(answers)
    .map(([label, value]) => `### ${label}\n\n${value || '_No response_'}`)
    .join('\n\n');
}

const issue = (body: string, title = 'Checkout API returns 502 for EU customers'): DeclaringIssue => ({
  number: 42,
  title,
  body,
  author: 'bob',
  createdAt: '2026-11-21T10:00:00Z',
  url: 'https://github.com/acme/incidents/issues/42',
});

const FULL = {
  Severity: 'P1 — Critical — a customer production system is impaired',
  Summary: 'Checkout returns **502** for EU customers.',
  Impact: 'All EU checkouts fail.',
  'Affected services': 'checkout-api, payments',
  'Affected customers': 'acme, globex, acme',
  'Impact started at': '2026-11-21 09:50 UTC',
  'How was it detected?': 'Alert',
  Type: 'Incident',
};

describe('declareIncident', () => {
  it('reads every field of the form', () => {
    const d = declareIncident(issue(formBody(FULL)), defaultConfig(), T0);
    expect(d.problems).toEqual([]);
    expect(d.record).toEqual({
      id: 'INC-42',
      title: 'Checkout API returns 502 for EU customers',
      severity: 'P1',
      status: 'investigating',
      type: 'incident',
      issue: 42,
      source: 'alert',
      services: ['checkout-api', 'payments'],
      customers: ['acme', 'globex'],
      declared_at: '2026-11-21T10:00:00Z',
      started_at: '2026-11-21T09:50:00Z',
      acknowledged_at: null,
      mitigated_at: null,
      resolved_at: null,
      closed_at: null,
      next_update_due: '2026-11-21T10:30:00Z',
      roles: { coordinator: null, operations: 'bob', communications: null },
      postmortem: null,
    });
    expect(d.summary).toBe('Checkout returns **502** for EU customers.');
    expect(d.log).toEqual([{ at: '2026-11-21T10:00:00Z', actor: 'bob', kind: 'declared', severity: 'P1', status: 'investigating', ref: 'https://github.com/acme/incidents/issues/42' }]);
  });

  it('"Not sure" declares in triage with the triage cadence and no complaint', () => {
    const d = declareIncident(issue(formBody({ ...FULL, Severity: 'Not sure — triage' })), defaultConfig(), T0);
    expect(d.record.status).toBe('triage');
    expect(d.record.next_update_due).toBe('2026-11-21T10:15:00Z');
    expect(d.problems).toEqual([]);
  });

  it('bad answers never lose the declaration: triage, with each problem and its fix', () => {
    const d = declareIncident(
      issue(formBody({ ...FULL, Severity: 'P7', 'Impact started at': 'this morning', 'How was it detected?': 'a pigeon', Summary: '' })),
      defaultConfig(),
      T0,
    );
    expect(d.record.status).toBe('triage');
    expect(d.record.started_at).toBeNull();
    expect(d.record.source).toBe('other');
    expect(d.problems.map((p) => p.field)).toEqual(['Severity', 'Source', 'Impact started at', 'Summary']);
    expect(d.problems[0]).toEqual({ field: 'Severity', problem: '"P7" is not a severity', fix: expect.stringContaining('/inc severity <P1|P2|P3>') });
    expect(d.problems[2]?.fix).toContain('2026-11-21 09:50 UTC');
  });

  it('a body that is not a form becomes the summary', () => {
    const d = declareIncident(issue('Everything is on fire, help'), defaultConfig(), T0);
    expect(d.summary).toBe('Everything is on fire, help');
    expect(d.record.status).toBe('triage');
  });

  it('a security incident is typed as such', () => {
    expect(declareIncident(issue(formBody({ ...FULL, Type: 'Security' })), defaultConfig(), T0).record.type).toBe('security');
  });

  it('refuses a start time in the future', () => {
    const d = declareIncident(issue(formBody({ ...FULL, 'Impact started at': '2026-11-22 09:50 UTC' })), defaultConfig(), T0);
    expect(d.record.started_at).toBeNull();
    expect(d.problems[0]?.problem).toContain('in the future');
  });
});
