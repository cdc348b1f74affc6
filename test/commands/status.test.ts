import { describe, expect, it } from 'vitest';
import { applyStatus } from '../../src/commands/status.js';
import { startDraft } from '../../src/core/change.js';
import type { Status } from '../../src/core/lifecycle.js';
import { aContext, anIncident, logText } from '../support/builders.js';

const move = (from: Status, to: Status, extra = {}) => {
  const draft = startDraft(anIncident({ status: from, ...extra }));
  const refusal = applyStatus(draft, { name: 'status', status: to, message: 'because' }, aContext('alice', 20));
  return { draft, refusal };
};

describe('/inc status', () => {
  it('moves the lifecycle, logs it and counts as an update', () => {
    const { draft, refusal } = move('investigating', 'fixing');
    expect(refusal).toBeUndefined();
    expect(draft.record.status).toBe('fixing');
    expect(draft.record.next_update_due).toBe('2026-11-21T10:50:00Z');
    expect(draft.entries).toEqual([
      { at: '2026-11-21T10:20:00Z', actor: 'alice', kind: 'status', from: 'investigating', to: 'fixing', message: 'because', ref: 'https://github.com/acme/incidents/issues/42#issuecomment-1' },
    ]);
    expect(draft.record.acknowledged_at).toBe('2026-11-21T10:20:00Z');
  });

  it('refuses a move the lifecycle does not allow, naming the allowed ones', () => {
    const { draft, refusal } = move('investigating', 'closed');
    expect(refusal?.refused).toBe('cannot move from investigating to closed; from investigating the incident can move to fixing, monitoring, resolved');
    expect(draft.entries).toEqual([]);
  });

  it('refuses staying put', () => {
    expect(move('fixing', 'fixing').refusal?.refused).toContain('already fixing');
  });

  it('sets mitigated_at on the first entry into monitoring only', () => {
    expect(move('fixing', 'monitoring').draft.record.mitigated_at).toBe('2026-11-21T10:20:00Z');
    expect(move('investigating', 'monitoring', { mitigated_at: '2026-11-21T10:10:00Z' }).draft.record.mitigated_at).toBe('2026-11-21T10:10:00Z');
  });

  it('monitoring uses the status cadence override (1d)', () => {
    expect(move('fixing', 'monitoring').draft.record.next_update_due).toBe('2026-11-22T10:20:00Z');
  });

  it('logs a move back out of monitoring as a regression', () => {
    expect(move('monitoring', 'investigating').draft.entries[0]?.kind).toBe('regression');
  });

  it('resolving sets resolved_at, stops the cadence and asks for the required postmortem', () => {
    const { draft } = move('monitoring', 'resolved');
    expect(draft.record.resolved_at).toBe('2026-11-21T10:20:00Z');
    expect(draft.record.next_update_due).toBeNull();
    expect(draft.effects.buildPostmortem).toBe(true);
  });

  it('a P3 (postmortem optional) does not ask for one', () => {
    expect(move('fixing', 'resolved', { severity: 'P3' }).draft.effects.buildPostmortem).toBeUndefined();
  });

  it('reopening clears resolved_at and closed_at and logs it (the issue follows the active status)', () => {
    const { draft } = move('closed', 'investigating', { resolved_at: '2026-11-21T10:10:00Z', closed_at: '2026-11-21T10:15:00Z' });
    expect(draft.record.resolved_at).toBeNull();
    expect(draft.record.closed_at).toBeNull();
    expect(draft.entries[0]?.kind).toBe('reopened');
    expect(logText(draft.entries[0])).toContain('cleared resolved_at, closed_at');
    expect(draft.record.status).toBe('investigating');
  });

  it('declining and closing end the incident (the issue follows: not planned, completed); closing stamps closed_at', () => {
    expect(move('triage', 'declined').draft.record.status).toBe('declined');
    const closed = move('resolved', 'closed', { resolved_at: '2026-11-21T10:10:00Z' });
    expect(closed.draft.record.status).toBe('closed');
    expect(closed.draft.record.closed_at).toBe('2026-11-21T10:20:00Z');
  });

  it('never changes the record it was given', () => {
    const record = anIncident();
    const draft = startDraft(record);
    applyStatus(draft, { name: 'status', status: 'fixing', message: '' }, aContext());
    expect(record.status).toBe('investigating');
  });
});
