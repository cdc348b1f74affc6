import { describe, expect, it } from 'vitest';
import { applyUpdate } from '../../../src/core/commands/update.js';
import { startDraft } from '../../../src/core/change.js';
import { aContext, anIncident, logText } from '../../support/builders.js';

describe('/inc update', () => {
  it('resets the cadence clock from now by the severity cadence', () => {
    const draft = startDraft(anIncident());
    applyUpdate(draft, { name: 'update', message: 'Rolled back deploy 1234.' }, aContext('alice', 40));
    expect(draft.record.next_update_due).toBe('2026-11-21T11:10:00Z');
    expect(draft.entries[0]).toMatchObject({ actor: 'alice', kind: 'update', status: 'investigating', message: 'Rolled back deploy 1234.', nextDue: '2026-11-21T11:10:00Z' });
  });

  it('an explicit next: wins over the cadence', () => {
    const draft = startDraft(anIncident());
    applyUpdate(draft, { name: 'update', message: 'x', nextInMs: 45 * 60_000 }, aContext('alice', 0));
    expect(draft.record.next_update_due).toBe('2026-11-21T10:45:00Z');
  });

  it('by the reporter does not acknowledge; by anyone else it does', () => {
    const byReporter = startDraft(anIncident());
    applyUpdate(byReporter, { name: 'update', message: 'x' }, aContext('bob', 3));
    expect(byReporter.record.acknowledged_at).toBeNull();
    const byOther = startDraft(anIncident());
    applyUpdate(byOther, { name: 'update', message: 'x' }, aContext('carol', 3));
    expect(byOther.record.acknowledged_at).toBe('2026-11-21T10:03:00Z');
  });

  it('after resolution owes no further update', () => {
    const draft = startDraft(anIncident({ status: 'resolved', resolved_at: '2026-11-21T10:01:00Z', next_update_due: null }));
    applyUpdate(draft, { name: 'update', message: 'Customers confirmed.' }, aContext());
    expect(draft.record.next_update_due).toBeNull();
    expect(logText(draft.entries[0])).toBe('Customers confirmed.');
  });
});
