import { describe, expect, it } from 'vitest';
import { applyPublic } from '../../../src/core/commands/public.js';
import { startDraft } from '../../../src/core/change.js';
import { describeLogEntry } from '../../../src/core/log.js';
import { aContext, anIncident, asLine } from '../../support/builders.js';

describe('/inc public', () => {
  it('publishes the incident, counts as an update for the cadence and is logged as public', () => {
    const draft = startDraft(anIncident());
    applyPublic(draft, { name: 'public', message: 'We are investigating slow checkouts.' }, aContext('alice', 40));
    expect(draft.record.public).toEqual({});
    expect(draft.record.next_update_due).toBe('2026-11-21T11:10:00Z');
    expect(draft.entries[0]).toMatchObject({ actor: 'alice', kind: 'public', message: 'We are investigating slow checkouts.', nextDue: '2026-11-21T11:10:00Z' });
    expect(asLine(draft.entries[0])).toMatchObject({ kind: 'public', text: 'We are investigating slow checkouts. (next update due 2026-11-21T11:10:00Z)' });
    expect(describeLogEntry(draft.entries[0]!)).toBe('Public update: We are investigating slow checkouts.');
    expect(draft.record.acknowledged_at).toBe('2026-11-21T10:40:00Z');
  });

  it('records the public title, and keeps it and the components when a later update gives none', () => {
    const draft = startDraft(anIncident({ public: { components: ['Checkout'] } }));
    applyPublic(draft, { name: 'public', message: 'Investigating.', title: 'Checkout is slow in Europe' }, aContext());
    expect(draft.record.public).toEqual({ components: ['Checkout'], title: 'Checkout is slow in Europe' });
    applyPublic(draft, { name: 'public', message: 'A fix is rolling out.' }, aContext('alice', 10));
    expect(draft.record.public).toEqual({ components: ['Checkout'], title: 'Checkout is slow in Europe' });
    expect(draft.entries).toHaveLength(2);
  });

  it('honours next:', () => {
    const draft = startDraft(anIncident());
    applyPublic(draft, { name: 'public', message: 'x', nextInMs: 45 * 60_000 }, aContext('alice', 0));
    expect(draft.record.next_update_due).toBe('2026-11-21T10:45:00Z');
  });

  it('after resolution owes no further update', () => {
    const draft = startDraft(anIncident({ status: 'resolved', resolved_at: '2026-11-21T10:01:00Z', next_update_due: null }));
    applyPublic(draft, { name: 'public', message: 'Resolved: checkout is fast again.' }, aContext());
    expect(draft.record.next_update_due).toBeNull();
    expect(asLine(draft.entries[0])?.text).toBe('Resolved: checkout is fast again.');
  });
});
