import { describe, expect, it } from 'vitest';
import { findCommandLines } from '../../src/core/commands.js';
import { planChange } from '../../src/core/plan.js';
import type { PageAnswer } from '../../src/core/paging.js';
import { anIncident, configFrom, logLine } from '../support/builders.js';

const config = configFrom(`
escalation:
  coordinators: ["@acme/incident-coordinators"]
paging:
  - { name: primary, type: pagerduty, key_env: SITREP_PD_KEY }
people:
  carol: { pager: PCAROL1 }
`);
const paged = [logLine('2026-11-21T10:00:00Z', 'bob', 'declared', 'P1, investigating'), logLine('2026-11-21T10:00:05Z', 'bob', 'paged', 'primary: declared P1')];
const ack: PageAnswer = { incident: 'INC-42', pager: 'pagerduty', action: 'acknowledge', by: { name: 'Carol Example', email: null, id: 'PCAROL1' }, at: '2026-11-21T10:04:30Z' };
const ctx = (log = paged) => ({ actor: 'github-actions', now: Date.parse('2026-11-21T10:05:00Z'), config, reporter: 'bob', log });

describe('a pager answer', () => {
  it('gives operations to the acknowledging person when people maps them and nobody holds it', () => {
    const record = anIncident({ roles: { coordinator: null, operations: null, communications: null }, acknowledged_at: null });
    const plan = planChange(record, { type: 'page-answer', answer: ack }, ctx());
    expect(plan.record.roles.operations).toBe('carol');
    expect(plan.record.acknowledged_at).toBe('2026-11-21T10:04:30Z');
    expect(plan.entries.map((e) => `${e.actor} ${e.kind}`)).toEqual(['carol acknowledged', 'carol role']);
  });

  it('keeps an earlier acknowledged_at and changes nothing on a replay or for an incident never paged', () => {
    const record = anIncident({ acknowledged_at: '2026-11-21T10:02:00Z' });
    const first = planChange(record, { type: 'page-answer', answer: ack }, ctx());
    expect(first.record.acknowledged_at).toBe('2026-11-21T10:02:00Z');
    const replay = planChange(first.record, { type: 'page-answer', answer: ack }, ctx([...paged, ...first.entries]));
    expect(replay.entries).toEqual([]);
    expect(replay.unchanged).toContain('logged already');
    const never = planChange(record, { type: 'page-answer', answer: ack }, ctx(paged.slice(0, 1)));
    expect(never.entries).toEqual([]);
    expect(never.unchanged).toBe('INC-42 was never paged through pagerduty; its acknowledge is dropped');
  });
});

describe('/inc escalate and paging', () => {
  const command = (line: string) => planChange(anIncident(), { type: 'commands', lines: findCommandLines(line, config.command, config.severities.map((v) => v.name)), comment: { id: 1 } }, { ...ctx(), actor: 'alice' });

  it('logs a page with no @ target or with the pager named, and none for a named person', () => {
    expect(command('/inc escalate').entries.find((e) => e.kind === 'escalated')).toMatchObject({ page: true });
    expect(command('/inc escalate primary wake them').entries.find((e) => e.kind === 'escalated')).toMatchObject({ page: true, reason: 'primary wake them' });
    expect(command('/inc escalate @carol take a look').entries.find((e) => e.kind === 'escalated')).not.toHaveProperty('page');
  });
});
