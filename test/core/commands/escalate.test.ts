import { describe, expect, it } from 'vitest';
import { applyEscalate } from '../../../src/core/commands/escalate.js';
import { applyFollowup } from '../../../src/core/commands/followup.js';
import { applyNote } from '../../../src/core/commands/note.js';
import { startDraft } from '../../../src/core/change.js';
import { aContext, anIncident, configFrom, logText } from '../../support/builders.js';

describe('/inc escalate', () => {
  it('pings the named targets', () => {
    const draft = startDraft(anIncident());
    applyEscalate(draft, { name: 'escalate', targets: ['@acme/dba'], reason: 'replica lag' }, aContext());
    expect(draft.effects.escalation).toEqual({ targets: ['@acme/dba'], reason: 'replica lag' });
    expect(draft.entries[0]).toMatchObject({ kind: 'escalated', targets: ['@acme/dba'], reason: 'replica lag' });
  });

  it('falls back to the configured coordinators', () => {
    const draft = startDraft(anIncident());
    const ctx = aContext('alice', 5, configFrom('escalation: { coordinators: ["@acme/incident-coordinators"] }'));
    applyEscalate(draft, { name: 'escalate', targets: [], reason: '' }, ctx);
    expect(draft.effects.escalation?.targets).toEqual(['@acme/incident-coordinators']);
  });

  it('refuses when there is no one to escalate to', () => {
    expect(applyEscalate(startDraft(anIncident()), { name: 'escalate', targets: [], reason: '' }, aContext())?.refused).toContain('set escalation.coordinators');
  });
});

describe('/inc note and /inc followup', () => {
  it('a note is a key event in the Log', () => {
    const draft = startDraft(anIncident());
    applyNote(draft, { name: 'note', text: 'Deploy 1234 rolled out at 09:48' }, aContext());
    expect(draft.entries[0]).toMatchObject({ kind: 'note', text: 'Deploy 1234 rolled out at 09:48' });
  });

  it('a follow-up is logged in the action-item grammar', () => {
    const draft = startDraft(anIncident());
    applyFollowup(draft, { name: 'followup', title: 'Alert on 5xx ratio per region', owner: 'carol', repo: 'acme/checkout', due: '2026-12-05' }, aContext());
    expect(logText(draft.entries[0])).toBe('Alert on 5xx ratio per region — owner: @carol, repo: acme/checkout, due: 2026-12-05');
    expect(draft.effects.buildPostmortem).toBeUndefined();
  });

  it('a follow-up while the postmortem is in review rebuilds its pull request', () => {
    const draft = startDraft(anIncident({ status: 'resolved', resolved_at: '2026-11-21T10:01:00Z', next_update_due: null, postmortem: 'https://github.com/acme/incidents/pull/43' }));
    applyFollowup(draft, { name: 'followup', title: 'Page the database team' }, aContext());
    expect(draft.effects.buildPostmortem).toBe(true);
  });
});
