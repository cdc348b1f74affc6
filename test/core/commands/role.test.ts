import { describe, expect, it } from 'vitest';
import { applyRole } from '../../../src/core/commands/role.js';
import { startDraft } from '../../../src/core/change.js';
import { aContext, anIncident } from '../../support/builders.js';

describe('/inc role', () => {
  it('assigns a role, logs it, and the first assignment acknowledges even by the reporter', () => {
    const draft = startDraft(anIncident());
    applyRole(draft, { name: 'role', role: 'coordinator', login: 'alice' }, aContext('bob', 2));
    expect(draft.record.roles).toEqual({ coordinator: 'alice', operations: 'bob', communications: null });
    expect(draft.entries[0]).toMatchObject({ kind: 'role', role: 'coordinator', login: 'alice', previous: null });
    expect(draft.record.acknowledged_at).toBe('2026-11-21T10:02:00Z');
  });

  it('a handoff names who held it', () => {
    const draft = startDraft(anIncident({ roles: { coordinator: 'alice', operations: 'bob', communications: null } }));
    applyRole(draft, { name: 'role', role: 'coordinator', login: 'carol' }, aContext());
    expect(draft.entries[0]).toMatchObject({ kind: 'role', role: 'coordinator', login: 'carol', previous: 'alice' });
  });

  it('refuses bots and no-op assignments', () => {
    expect(applyRole(startDraft(anIncident()), { name: 'role', role: 'operations', login: 'renovate[bot]' }, aContext())?.refused).toContain('is a bot');
    expect(applyRole(startDraft(anIncident()), { name: 'role', role: 'operations', login: 'Bob' }, aContext())?.refused).toBe('@Bob already holds operations');
  });
});
