import { describe, expect, it } from 'vitest';
import type { AlertPayload, PayloadAlert } from '../../src/core/alert.js';
import { defaultConfig } from '../../src/core/config.js';
import { declareFromAlert } from '../../src/core/declare.js';
import { alertDeclaration } from '../../src/core/alert.js';
import { changesRecord, planChange } from '../../src/core/plan.js';
import { aContext, anIncident, asLine, at } from '../support/builders.js';

const KEY = '{}:{alertname="HighErrorRate"}';

function alert(fingerprint: string, status: 'firing' | 'resolved' = 'firing'): PayloadAlert {
  return {
    fingerprint,
    status,
    labels: { alertname: 'HighErrorRate', service: 'checkout-api', severity: 'critical', pod: fingerprint },
    annotations: { summary: 'Checkout API returns 502' },
    starts_at: '2026-11-21T09:50:00Z',
  };
}

function payload(alerts: PayloadAlert[], status: 'firing' | 'resolved' = alerts.some((a) => a.status === 'firing') ? 'firing' : 'resolved'): AlertPayload {
  const firing = alerts.filter((a) => a.status === 'firing').length;
  return {
    version: 1,
    source: 'alertmanager',
    key: KEY,
    status,
    common_labels: { alertname: 'HighErrorRate', severity: 'critical' },
    alerts,
    counts: { firing, resolved: alerts.length - firing, total: alerts.length, truncated: 0 },
  };
}

/** An incident an alert declared: no roles, the group's fingerprints recorded. */
function alertIncident(fingerprints: string[], overrides: Parameters<typeof anIncident>[0] = {}) {
  return anIncident({ roles: { coordinator: null, operations: null, communications: null }, alert: { key: KEY, source: 'alertmanager', fingerprints }, ...overrides });
}

const bot = (minutes = 5) => ({ ...aContext('github-actions', minutes), reporter: 'github-actions', ref: 'https://github.com/acme/incidents/actions/runs/1' });

describe('planChange: alert', () => {
  it('logs alerts joining the group and records the firing set', () => {
    const record = alertIncident(['a']);
    const plan = planChange(record, { type: 'alert', payload: payload([alert('a'), alert('b')]) }, bot());
    expect(plan.entries.map(asLine)).toEqual([expect.objectContaining({ actor: 'github-actions', kind: 'alert (firing)', text: '1 firing (2 of 2 alerts firing)' })]);
    expect(plan.record.alert).toEqual({ key: KEY, source: 'alertmanager', fingerprints: ['a', 'b'] });
    expect(plan.record.status).toBe('investigating');
  });

  it('logs alerts leaving the group', () => {
    const plan = planChange(alertIncident(['a', 'b']), { type: 'alert', payload: payload([alert('a'), alert('b', 'resolved')]) }, bot());
    expect(plan.entries.map(asLine)).toEqual([expect.objectContaining({ kind: 'alert (firing)', text: '1 resolved (1 of 2 alerts firing)' })]);
    expect(plan.record.alert?.fingerprints).toEqual(['a']);
  });

  it('changes nothing when the same alerts fire again (a re-delivery)', () => {
    const record = alertIncident(['a', 'b']);
    const plan = planChange(record, { type: 'alert', payload: payload([alert('b'), alert('a')]) }, bot());
    expect(changesRecord(record, plan)).toBe(false);
    expect(plan.unchanged).toMatch(/unchanged/);
  });

  it('a resolved group is logged; the status stays as it is', () => {
    const record = alertIncident(['a'], { status: 'fixing' });
    const plan = planChange(record, { type: 'alert', payload: payload([alert('a', 'resolved')]) }, bot());
    expect(plan.entries.map(asLine)).toEqual([expect.objectContaining({ kind: 'alert (resolved)', text: 'all 1 alert resolved' })]);
    expect(plan.record).toMatchObject({ status: 'fixing', resolved_at: null, alert: { fingerprints: [] } });
    // Delivered again, it changes nothing.
    const again = planChange(plan.record, { type: 'alert', payload: payload([alert('a', 'resolved')]) }, bot(6));
    expect(changesRecord(plan.record, again)).toBe(false);
  });

  it('firing anew within reopen_within of resolution reopens the incident', () => {
    const record = alertIncident([], { status: 'resolved', resolved_at: '2026-11-21T10:00:00Z', mitigated_at: '2026-11-21T09:55:00Z' });
    const plan = planChange(record, { type: 'alert', payload: payload([alert('a')]) }, bot(59));
    expect(plan.entries.map(asLine)).toEqual([
      expect.objectContaining({ kind: 'alert (firing)' }),
      expect.objectContaining({ kind: 'reopened', text: 'resolved → investigating; cleared resolved_at. the alert fired again within 1h of resolution' }),
    ]);
    expect(plan.record).toMatchObject({ status: 'investigating', resolved_at: null, acknowledged_at: null, alert: { fingerprints: ['a'] } });
  });

  it('does not reopen after reopen_within, nor a closed or declined incident', () => {
    const resolved = alertIncident([], { status: 'resolved', resolved_at: '2026-11-21T10:00:00Z' });
    expect(changesRecord(resolved, planChange(resolved, { type: 'alert', payload: payload([alert('a')]) }, bot(61)))).toBe(false);
    for (const status of ['closed', 'declined'] as const) {
      const over = alertIncident([], { status, resolved_at: '2026-11-21T10:00:00Z' });
      const plan = planChange(over, { type: 'alert', payload: payload([alert('a')]) }, bot(10));
      expect(changesRecord(over, plan)).toBe(false);
      expect(plan.unchanged).toContain(status);
    }
  });

  it('does not reopen a resolved incident whose alerts still fire unchanged (a repeat notification)', () => {
    const record = alertIncident(['a'], { status: 'resolved', resolved_at: '2026-11-21T10:00:00Z' });
    const plan = planChange(record, { type: 'alert', payload: payload([alert('a')]) }, bot(10));
    expect(changesRecord(record, plan)).toBe(false);
  });

  it('a resolved incident still learns its alerts resolved, so a later firing reopens it', () => {
    const record = alertIncident(['a'], { status: 'resolved', resolved_at: '2026-11-21T10:00:00Z' });
    const cleared = planChange(record, { type: 'alert', payload: payload([alert('a', 'resolved')]) }, bot(10));
    expect(cleared.record).toMatchObject({ status: 'resolved', alert: { fingerprints: [] } });
    const fired = planChange(cleared.record, { type: 'alert', payload: payload([alert('a')]) }, bot(20));
    expect(fired.record.status).toBe('investigating');
  });
});

describe('declareFromAlert', () => {
  it('declares from the alert with source alert, the group key, and no reporter role', () => {
    const config = defaultConfig();
    const group = payload([alert('a'), alert('b')]);
    const d = declareFromAlert(
      { number: 7, url: 'https://github.com/acme/incidents/issues/7', createdAt: '2026-11-21T10:00:00Z', author: 'github-actions' },
      alertDeclaration(group, config),
      group,
      config,
      at(0),
    );
    expect(d.record).toMatchObject({
      id: 'INC-7',
      severity: 'P1',
      status: 'triage',
      source: 'alert',
      services: ['checkout-api'],
      started_at: '2026-11-21T09:50:00Z',
      next_update_due: '2026-11-21T10:15:00Z',
      roles: { coordinator: null, operations: null, communications: null },
      alert: { key: KEY, source: 'alertmanager', fingerprints: ['a', 'b'] },
    });
    expect(d.log.map(asLine)).toEqual([expect.objectContaining({ actor: 'github-actions', kind: 'declared', text: 'P1, triage' })]);
    expect(d.problems).toEqual([]);
  });
});
