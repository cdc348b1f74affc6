import { describe, expect, it } from 'vitest';
import type { ChangeContext, LoginStanding } from '../../src/core/change.js';
import { findCommandLines, parseCommand } from '../../src/core/commands.js';
import { planChange } from '../../src/core/plan.js';
import { dueReminders } from '../../src/core/reminders.js';
import { aContext, anIncident, asLine, at, configFrom } from '../support/builders.js';

const config = configFrom('escalation:\n  coordinators: ["@acme/incident-coordinators"]\n');
const ctx = (logins?: Record<string, LoginStanding>): ChangeContext => ({
  ...aContext('alice', 5, config),
  ...(logins ? { logins: new Map(Object.entries(logins)) } : {}),
});
const commands = (body: string) => ({ type: 'commands' as const, lines: findCommandLines(body, '/inc', ['P1', 'P2', 'P3']) });

describe('role holders GitHub does not know', () => {
  it.each<[string, Record<string, LoginStanding> | undefined, string | null, string | undefined]>([
    // login standing, coordinator after, refusal
    ['unknown', { ghost: 'unknown' }, null, '@ghost is not a GitHub user; check the spelling'],
    ['exists', { ghost: 'exists' }, 'ghost', undefined],
    ['assignable', { ghost: 'assignable' }, 'ghost', undefined],
    ['not checked (GitHub did not answer)', undefined, 'ghost', undefined],
  ])('a login that is %s', (_name, logins, coordinator, refused) => {
    const plan = planChange(anIncident(), commands('/inc role coordinator @ghost'), ctx(logins));
    expect(plan.record.roles.coordinator).toBe(coordinator);
    expect(plan.refusals.map((r) => r.reason)).toEqual(refused ? [refused] : []);
    if (refused) {
      expect(plan.refusals[0]?.usage).toBe('/inc role <coordinator|operations|communications> @user');
      expect(plan.entries).toEqual([]);
    }
  });

  it('a user who cannot be assigned holds the role, with a notice for the author', () => {
    const plan = planChange(anIncident(), commands('/inc role coordinator @mallory'), ctx({ mallory: 'exists' }));
    expect(plan.effects.notices).toEqual([expect.stringContaining('@mallory now holds coordinator, but GitHub cannot assign them to this issue')]);
    expect(planChange(anIncident(), commands('/inc role coordinator @alice'), ctx({ alice: 'assignable' })).effects.notices).toBeUndefined();
  });

  it('looks logins up without case, as GitHub does', () => {
    const plan = planChange(anIncident(), commands('/inc role coordinator @GhOsT'), ctx({ ghost: 'unknown' }));
    expect(plan.refusals).toHaveLength(1);
  });

  it('refuses one unknown login and so the whole comment', () => {
    const plan = planChange(anIncident(), commands('/inc role coordinator @alice\n/inc role comms @ghost'), ctx({ alice: 'assignable', ghost: 'unknown' }));
    expect(plan.refusals.map((r) => r.lineNumber)).toEqual([2]);
    expect(plan.record.roles.coordinator).toBeNull();
  });

  it('a follow-up owner GitHub does not know is refused', () => {
    const plan = planChange(anIncident(), commands('/inc followup Fix the pool — owner: @ghost'), ctx({ ghost: 'unknown' }));
    expect(plan.refusals.map((r) => r.reason)).toEqual(['owner @ghost is not a GitHub user; check the spelling']);
  });

  it('a team is not a role holder', () => {
    const parsed = parseCommand('role coordinator @acme/incident-coordinators', '/inc', ['P1']);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toBe('@acme/incident-coordinators is a team; a role is held by one person: name them, e.g. /inc role coordinator @alice');
  });
});

describe('a severity change that leaves the incident understaffed', () => {
  const p2 = anIncident({ severity: 'P2' });

  it('pages escalation.coordinators and logs the page', () => {
    const plan = planChange(p2, commands('/inc severity P1 orders are lost'), ctx());
    expect(plan.effects.escalation?.targets).toEqual(['@acme/incident-coordinators']);
    expect(plan.effects.escalation?.reason).toContain('P1 needs a coordinator who is not the operations engineer');
    expect(plan.entries.map((e) => asLine(e)?.kind)).toEqual(['severity', 'escalated']);
  });

  it.each<[string, Parameters<typeof anIncident>[0], string]>([
    ['a coordinator is named in the same comment', { severity: 'P2' }, '/inc severity P1\n/inc role coordinator @alice'],
    ['a distinct coordinator holds the role already', { severity: 'P2', roles: { coordinator: 'alice', operations: 'bob', communications: null } }, '/inc severity P1'],
    ['the severity does not change', { severity: 'P1' }, '/inc note still P1'],
    ['the severity is lowered', { severity: 'P1' }, '/inc severity P2'],
    ['the incident is over', { severity: 'P2', status: 'resolved' }, '/inc severity P1'],
  ])('pages no one when %s', (_name, overrides, body) => {
    const plan = planChange(anIncident(overrides), commands(body), ctx({ alice: 'assignable' }));
    expect(plan.refusals).toEqual([]);
    expect(plan.effects.escalation).toBeUndefined();
  });

  it('pages no one when it was understaffed before the raise (declared so, and paged then)', () => {
    const both = configFrom('escalation:\n  coordinators: ["@acme/incident-coordinators"]\nseverities:\n  P1: { description: Critical, update_every: 30m, escalate_after: 1h, min_responders: 2 }\n  P2: { description: Major, update_every: 2h, escalate_after: 4h, min_responders: 2 }\n');
    const plan = planChange(p2, commands('/inc severity P1'), aContext('alice', 5, both));
    expect(plan.effects.escalation).toBeUndefined();
  });

  it('pages no one when no coordinators are configured (the card still warns)', () => {
    const plan = planChange(p2, commands('/inc severity P1'), aContext('alice', 5));
    expect(plan.effects.escalation).toBeUndefined();
  });

  it('joins an /inc escalate in the same comment: one page to everyone', () => {
    const plan = planChange(p2, commands('/inc severity P1\n/inc escalate @carol db on fire'), ctx());
    expect(plan.effects.escalation?.targets).toEqual(['@carol', '@acme/incident-coordinators']);
    expect(plan.entries.filter((e) => asLine(e)?.kind === 'escalated')).toHaveLength(1);
  });

  it('stands for the staffing reminder of the interval in progress, once one has passed', () => {
    expect(planChange(p2, commands('/inc severity P1'), ctx()).effects.escalation?.covers).toBeUndefined();
    // Declared at 10:00; P1 reminds every 30 minutes: at 12:05 the 12:00 reminder is in force.
    const late = { ...ctx(), now: at(125) };
    expect(planChange(p2, commands('/inc severity P1'), late).effects.escalation?.covers).toEqual(['staffing@2026-11-21T12:00:00Z']);
    const posted = new Set(['staffing@2026-11-21T12:00:00Z']);
    const raised = planChange(p2, commands('/inc severity P1'), late).record;
    expect(dueReminders({ record: raised, statusSince: null }, config, at(125), posted).filter((r) => r.kind === 'staffing')).toEqual([]);
    expect(dueReminders({ record: raised, statusSince: null }, config, at(125), new Set()).map((r) => [r.kind, r.due])).toContainEqual(['staffing', '2026-11-21T12:00:00Z']);
  });

  it('a second raise pages again', () => {
    const raised = planChange(p2, commands('/inc severity P1'), ctx()).record;
    const lowered = planChange(raised, commands('/inc severity P2'), ctx()).record;
    expect(planChange(lowered, commands('/inc severity P1'), ctx()).effects.escalation?.targets).toEqual(['@acme/incident-coordinators']);
  });
});

describe('a managed label removed by hand', () => {
  it.each<[string, Parameters<typeof anIncident>[0], string, boolean]>([
    ['the incident label on an active incident', {}, 'incident', true],
    ['the incident label, spelled in another case', {}, 'Incident', true],
    ['a status label on an active incident', {}, 'status:investigating', false],
    ['the incident label on a declined incident', { status: 'declined' }, 'incident', false],
    ['a label sitrep does not manage', {}, 'bug', false],
  ])('%s', (_name, overrides, label, explains) => {
    const plan = planChange(anIncident(overrides), { type: 'label-removed', label }, ctx());
    expect(plan.entries).toEqual([]);
    expect(plan.effects.labelRestored).toEqual(explains ? { label: 'incident', by: 'alice' } : undefined);
  });
});
