import { describe, expect, it } from 'vitest';
import { configFrom } from '../support/builders.js';
import { declareFromEmail } from '../../src/core/declare.js';
import { decideEmail, type EmailPayload } from '../../src/core/email.js';
import { MAX_EMAIL_IDS } from '../../src/core/incident.js';
import { changesRecord, planChange } from '../../src/core/plan.js';
import { aContext, anIncident, asLine } from '../support/builders.js';

const CONFIG = configFrom(`
escalation:
  customers:
    acme: ["@acme.example"]
`);

const email: EmailPayload = {
  version: 1,
  from: 'jane@acme.example',
  to: ['support@ops.example'],
  subject: 'Checkout down',
  text: 'Nothing goes through.',
  message_id: '<m1@acme.example>',
  in_reply_to: '',
  references: [],
  received_at: '2026-11-21T10:00:00Z',
  headers: { auto_submitted: '', precedence: '' },
};

const bot = () => ({ ...aContext('github-actions', 5), reporter: 'github-actions' });
const issue = { number: 42, url: 'https://github.com/acme/incidents/issues/42', createdAt: '2026-11-21T10:00:05Z', author: 'github-actions[bot]' };

describe('declareFromEmail', () => {
  it('declares in triage at the most severe level, source email, the customer matched, the Message-ID kept, the email logged', () => {
    const decision = decideEmail(email, CONFIG, []);
    if (decision.action !== 'declare') throw new Error(decision.action);
    const { record, log, summary } = declareFromEmail(issue, decision, CONFIG, Date.parse(issue.createdAt));
    expect(record).toMatchObject({ id: 'INC-42', severity: 'P1', status: 'triage', source: 'email', customers: ['acme'], email: { message_ids: ['<m1@acme.example>'] } });
    expect(record.roles).toEqual({ coordinator: null, operations: null, communications: null });
    expect(log.map(asLine).map((l) => l?.kind)).toEqual(['declared', 'email']);
    expect(summary).toContain('Declared from an email by `jane@acme.example` (acme).');
  });

  it('keeps no thread for an email without a usable Message-ID', () => {
    const decision = decideEmail({ ...email, message_id: '' }, CONFIG, []);
    if (decision.action !== 'declare') throw new Error(decision.action);
    expect(declareFromEmail(issue, decision, CONFIG, Date.parse(issue.createdAt)).record.email).toBeUndefined();
  });
});

describe('planChange: email', () => {
  it('logs an email once per Message-ID and keeps the newest ids only', () => {
    const ids = Array.from({ length: MAX_EMAIL_IDS }, (_, i) => `<m${i}@acme.example>`);
    const record = anIncident({ source: 'email', email: { message_ids: ids } });
    const plan = planChange(record, { type: 'email', text: 'Email from x: still down', messageId: '<new@acme.example>' }, bot());
    expect(plan.entries.map(asLine)).toEqual([expect.objectContaining({ actor: 'github-actions', kind: 'email', text: 'Email from x: still down' })]);
    expect(plan.record.email?.message_ids).toEqual([...ids.slice(1), '<new@acme.example>']);
    expect(plan.record.acknowledged_at).toBe(record.acknowledged_at);

    // Planned again on the record it wrote (a re-delivery after a conflict): nothing.
    const again = planChange(plan.record, { type: 'email', text: 'Email from x: still down', messageId: '<new@acme.example>' }, bot());
    expect(changesRecord(plan.record, again)).toBe(false);
    expect(again.unchanged).toMatch(/logged already/);
  });
});
