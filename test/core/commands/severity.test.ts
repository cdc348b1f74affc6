import { describe, expect, it } from 'vitest';
import { applySeverity } from '../../../src/core/commands/severity.js';
import { startDraft } from '../../../src/core/change.js';
import { aContext, anIncident } from '../../support/builders.js';

describe('/inc severity', () => {
  it('raising the severity brings the next update forward', () => {
    const draft = startDraft(anIncident({ severity: 'P2', next_update_due: '2026-11-21T12:00:00Z' }));
    applySeverity(draft, { name: 'severity', severity: 'P1', reason: 'EU checkout down' }, aContext('alice', 10));
    expect(draft.record.severity).toBe('P1');
    expect(draft.record.next_update_due).toBe('2026-11-21T10:40:00Z');
    expect(draft.entries[0]).toMatchObject({ kind: 'severity', from: 'P2', to: 'P1', reason: 'EU checkout down' });
  });

  it('lowering it never pushes a due update back', () => {
    const draft = startDraft(anIncident({ next_update_due: '2026-11-21T10:30:00Z' }));
    applySeverity(draft, { name: 'severity', severity: 'P3', reason: '' }, aContext('alice', 10));
    expect(draft.record.next_update_due).toBe('2026-11-21T10:30:00Z');
  });

  it('refuses the same severity', () => {
    expect(applySeverity(startDraft(anIncident()), { name: 'severity', severity: 'P1', reason: '' }, aContext())?.refused).toBe('the incident is already P1');
  });
});
