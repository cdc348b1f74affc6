import { describe, expect, it } from 'vitest';
import { applyPostmortem } from '../../../src/core/commands/postmortem.js';
import { startDraft } from '../../../src/core/change.js';
import { responders, timelineRows } from '../../../src/core/timeline.js';
import { aContext, anIncident, asLine, logLine } from '../../support/builders.js';

describe('/inc postmortem', () => {
  it('asks for the build and is logged, so the command is acknowledged', () => {
    const draft = startDraft(anIncident({ status: 'resolved' }));
    applyPostmortem(draft, aContext('carol'));
    expect(draft.effects.buildPostmortem).toBe(true);
    expect(asLine(draft.entries[0])).toMatchObject({ actor: 'carol', kind: 'postmortem', text: 'requested' });
  });

  it('the request is left out of the postmortem timeline and responders', () => {
    const record = anIncident({ status: 'resolved' });
    const draft = startDraft(record);
    applyPostmortem(draft, aContext('carol'));
    const log = [logLine('2026-11-21T10:00:00Z', 'bob', 'declared', 'P1, investigating'), ...draft.entries];
    expect(timelineRows(log, []).map((r) => r.event)).toEqual(['Declared: P1, investigating']);
    expect(responders(record, log, []).map((r) => r.login)).not.toContain('carol');
  });
});
