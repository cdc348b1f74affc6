import { describe, expect, it } from 'vitest';
import { applyCause } from '../../src/commands/cause.js';
import { startDraft } from '../../src/core/change.js';
import { findCommandLines } from '../../src/core/commands.js';
import { planChange } from '../../src/core/plan.js';
import { aContext, anIncident, asLine } from '../support/builders.js';

const PR = 'https://github.com/acme/checkout/pull/1234';

describe('/inc cause', () => {
  it('records the pull request in caused_by and the Log', () => {
    const draft = startDraft(anIncident());
    applyCause(draft, { name: 'cause', url: PR }, aContext());
    expect(draft.record.caused_by).toEqual([PR]);
    expect(draft.entries[0]).toMatchObject({ kind: 'cause', url: PR });
    expect(asLine(draft.entries[0])).toMatchObject({ kind: 'cause', text: PR });
  });

  it('may be given more than once; a change already recorded is recorded once', () => {
    const other = 'https://github.com/acme/payments/pull/9';
    const draft = startDraft(anIncident({ caused_by: [PR] }));
    applyCause(draft, { name: 'cause', url: other }, aContext());
    applyCause(draft, { name: 'cause', url: PR.toUpperCase().replace('HTTPS://', 'https://') }, aContext());
    expect(draft.record.caused_by).toEqual([PR, other]);
    expect(draft.entries.map((e) => e.kind)).toEqual(['cause']);
  });

  it('a bad URL in a comment is refused with the reason and usage, and the whole comment applies nothing', () => {
    const lines = findCommandLines(`/inc cause ${PR}\n/inc cause https://github.com/acme/checkout/issues/5`, '/inc', ['P1']);
    const plan = planChange(anIncident(), { type: 'commands', lines }, aContext());
    expect(plan.refusals).toEqual([
      expect.objectContaining({ lineNumber: 2, reason: expect.stringContaining('is not a pull request URL'), usage: expect.stringContaining('/inc cause <pull request URL') }),
    ]);
    expect(plan.entries).toEqual([]);
    expect(plan.record.caused_by ?? []).toEqual([]);
  });
});
