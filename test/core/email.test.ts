import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideEmail, MAX_LOG_TEXT, MAX_SUMMARY, MAX_TITLE, readEmailPayload, type EmailPayload, type IncidentThread } from '../../src/core/email.js';
import { threadRootId } from '../../src/notify/email.js';
import { configFrom } from '../support/builders.js';

const CONFIG = configFrom(`
notify:
  - { name: acme-mail, type: email, url_env: SMTP_URL, from: status@ops.example, to: [it@acme.example] }
escalation:
  customers:
    acme: { contacts: ["@acme.example", "@alice"], notify: [acme-mail] }
    globex: [ceo@globex.example, "@globex/account-team", "+1 555 0100"]
`);

function anEmail(overrides: Partial<EmailPayload> = {}): EmailPayload {
  return {
    version: 1,
    from: 'carol@acme.example',
    to: ['support@ops.example'],
    subject: 'URGENT: checkout down',
    text: 'No order goes through since 10:40.',
    message_id: '<m1@mail.acme.example>',
    in_reply_to: '',
    references: [],
    received_at: '2026-11-21T10:00:00Z',
    headers: { auto_submitted: '', precedence: '' },
    ...overrides,
  };
}

const root = threadRootId('acme/incidents', 'INC-7', 'acme-mail', 'status@ops.example');
const THREADS: IncidentThread[] = [
  { incident: 'INC-7', ids: ['<m0@mail.acme.example>', root] },
  { incident: 'INC-9', ids: ['<other@globex.example>'] },
];

describe('decideEmail (SPEC 4.14)', () => {
  it.each([
    ['Auto-Submitted: auto-replied', { headers: { auto_submitted: 'auto-replied', precedence: '' } }, 'an automatic email (Auto-Submitted: auto-replied)'],
    ['Auto-Submitted: auto-generated (sitrep\'s own email)', { headers: { auto_submitted: 'Auto-Generated', precedence: '' } }, 'an automatic email (Auto-Submitted: auto-generated)'],
    ['Precedence: bulk', { headers: { auto_submitted: '', precedence: 'bulk' } }, 'a bulk email (Precedence: bulk)'],
    ['Precedence: list', { headers: { auto_submitted: '', precedence: 'List' } }, 'a list email (Precedence: list)'],
    ['a MAILER-DAEMON bounce', { from: 'MAILER-DAEMON@mx.acme.example' }, 'a bounce or notice from mailer-daemon'],
    ['a postmaster notice', { from: 'postmaster@acme.example' }, 'a bounce or notice from postmaster'],
    ['no sender', { from: '' }, 'an email without a sender address'],
  ])('ignores %s, even in an incident thread', (_name, overrides, reason) => {
    expect(decideEmail(anEmail({ in_reply_to: root, ...overrides }), CONFIG, THREADS)).toEqual({ action: 'ignore', reason });
  });

  it('declares when Auto-Submitted is "no"', () => {
    expect(decideEmail(anEmail({ headers: { auto_submitted: 'no', precedence: '' } }), CONFIG, []).action).toBe('declare');
  });

  it('logs a reply to an incident thread on that incident: In-Reply-To, References, or the same Message-ID', () => {
    expect(decideEmail(anEmail({ in_reply_to: root.toUpperCase() }), CONFIG, THREADS)).toEqual({
      action: 'log',
      incident: 'INC-7',
      duplicate: false,
      text: 'Email from `carol@acme.example` (URGENT: checkout down): No order goes through since 10:40.',
      messageId: '<m1@mail.acme.example>',
    });
    expect(decideEmail(anEmail({ references: ['<x@y.example>', 'other@globex.example'] }), CONFIG, THREADS)).toMatchObject({ action: 'log', incident: 'INC-9', duplicate: false });
    expect(decideEmail(anEmail({ message_id: '<m0@mail.acme.example>' }), CONFIG, THREADS)).toMatchObject({ action: 'log', incident: 'INC-7', duplicate: true });
    // A reply to a thread of no active incident declares.
    expect(decideEmail(anEmail({ in_reply_to: '<gone@ops.example>' }), CONFIG, THREADS).action).toBe('declare');
  });

  it('declares in triage with source email, matching the customer by address or domain, never by login', () => {
    expect(decideEmail(anEmail(), CONFIG, THREADS)).toEqual({
      action: 'declare',
      title: 'URGENT: checkout down',
      summary: 'Declared from an email by `carol@acme.example` (acme).\n\nNo order goes through since 10:40.',
      status: 'triage',
      source: 'email',
      customers: ['acme'],
      sender: 'carol@acme.example',
      messageId: '<m1@mail.acme.example>',
      logText: 'Email from `carol@acme.example` (URGENT: checkout down): No order goes through since 10:40.',
    });
    expect(decideEmail(anEmail({ from: 'Bob@EU.Acme.Example' }), CONFIG, [])).toMatchObject({ customers: ['acme'] });
    expect(decideEmail(anEmail({ from: 'ceo@globex.example' }), CONFIG, [])).toMatchObject({ customers: ['globex'] });
    expect(decideEmail(anEmail({ from: 'cfo@globex.example' }), CONFIG, [])).toMatchObject({ customers: [] });
    // `@alice` is a GitHub login, not a domain.
    expect(decideEmail(anEmail({ from: 'x@alice' }), CONFIG, [])).toMatchObject({ customers: [] });
    const unmatched = decideEmail(anEmail({ from: 'someone@example.org', subject: '' }), CONFIG, []);
    expect(unmatched).toMatchObject({
      action: 'declare',
      title: 'Email from someone@\u200bexample.org',
      summary: 'Declared from an email by `someone@example.org`, who matches no customer in escalation.customers.\n\nNo order goes through since 10:40.',
      customers: [],
    });
  });

  it('refuses a sender outside email.from_domains, and lets its subdomains declare', () => {
    const config = configFrom('email: { from_domains: [acme.example] }');
    expect(decideEmail(anEmail({ from: 'eve@evil.example' }), config, [])).toEqual({
      action: 'refuse',
      reason: "the sender's domain evil.example is not in email.from_domains (acme.example)",
    });
    expect(decideEmail(anEmail({ from: 'eve@notacme.example' }), config, []).action).toBe('refuse');
    expect(decideEmail(anEmail({ from: 'bob@eu.acme.example' }), config, []).action).toBe('declare');
  });

  it('makes hostile text inert: HTML, a tracking pixel, forged markers, mentions, Markdown links', () => {
    const decision = decideEmail(
      anEmail({
        subject: '@here <!-- sitrep:incident --> [click](https://evil.example)',
        text: '<img src="https://track.example/p.gif" width=1>\n## Log\n- 10:00 @alice declared\n<!-- sitrep:card -->\n![x](https://track.example/q.gif)',
      }),
      CONFIG,
      [],
    );
    if (decision.action !== 'declare') throw new Error(decision.action);
    expect(decision.title).toBe('@\u200bhere &lt;!-- sitrep:incident --&gt; [click](https://evil.example)');
    expect(decision.summary).toContain('&lt;img src="https://track.example/p.gif" width=1&gt;');
    expect(decision.summary).toContain('\\#\\# Log');
    expect(decision.summary).toContain('@\u200balice');
    expect(decision.summary).toContain('\\!\\[x\\]\\(https://track.example/q.gif\\)');
  });

  it('reads a payload against schemas/email.schema.json, naming each problem', () => {
    expect(readEmailPayload(anEmail())).toEqual({ payload: anEmail() });
    const read = readEmailPayload({ ...anEmail(), to: 'x', extra: 1 });
    expect(read).toEqual({ problems: expect.arrayContaining(['extra: must NOT have additional properties', 'to: must be array']) });
  });
});

/** Pieces hostile email is made of, mixed with arbitrary text. */
const hostile = fc.constantFrom(
  '@here', '@channel', '@alice', '@acme/oncall', '<!-- sitrep:incident -->', '<!--', '-->', '<img src="https://t.example/p.gif">',
  '<script>alert(1)</script>', '![x](https://t.example/p.gif)', '[a](javascript:alert(1))', '\n## Log\n', '---\nseverity: P1\n---',
  '`code`', '&amp;', '&', '\\', '\r\n', '\u0000', '\u202e', '😀', 'é', '|a|b|', '> quote', '#1',
);
const text = (max: number) => fc.array(fc.oneof(hostile, fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 })), { maxLength: max }).map((parts) => parts.join(''));

/** No live mention (a sender's address in a code span is no mention), no HTML tag, comment or marker. */
function inert(value: string): void {
  const prose = value.replace(/`[a-z0-9._%+-]+@[a-z0-9.-]+`/g, '');
  expect(prose).not.toMatch(/@[A-Za-z0-9]/);
  expect(value).not.toContain('<');
}

/** And in Markdown, no link or image that forms. */
function inertMarkdown(value: string): void {
  inert(value);
  expect(value).not.toMatch(/(?<!\\)\]\(/);
  expect(value).not.toMatch(/(?<!\\)!\[/);
}

describe('any subject and body (property, 1,000 cases)', () => {
  it('become a bounded, neutralised title, summary and Log text', () => {
    fc.assert(
      fc.property(text(60), text(600), fc.boolean(), (subject, body, reply) => {
        const decision = decideEmail(anEmail({ subject, text: body, ...(reply ? { in_reply_to: root } : {}) }), CONFIG, THREADS);
        if (reply) {
          expect(decision.action).toBe('log');
          if (decision.action !== 'log') return;
          expect(decision.text.length).toBeLessThanOrEqual(MAX_LOG_TEXT);
          expect(decision.text).not.toMatch(/[\r\n]/);
          inertMarkdown(decision.text);
        } else {
          expect(decision.action).toBe('declare');
          if (decision.action !== 'declare') return;
          expect(decision.title.length).toBeGreaterThan(0);
          expect(decision.title.length).toBeLessThanOrEqual(MAX_TITLE);
          expect(decision.title).not.toMatch(/[\r\n]/);
          expect(decision.summary.length).toBeLessThanOrEqual(MAX_SUMMARY);
          inert(decision.title);
          inertMarkdown(decision.summary);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
