/**
 * The email channel against a real SMTP server (smtp-server, from nodemailer's authors) on a free
 * port: what arrives is parsed with mailparser and asserted as a recipient's mail client sees it.
 */
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Config } from '../../src/core/config.js';
import type { IncidentRecord } from '../../src/core/incident.js';
import type { LogEntry } from '../../src/core/log.js';
import { deliver } from '../../src/notify/deliver.js';
import { planNotifications } from '../../src/notify/plan.js';
import type { NotifyBatch } from '../../src/notify/types.js';
import { anIncident, configFrom } from '../support/builders.js';
import { ISSUE_URL } from './fixtures.js';

const PASSWORD = 'smtp-pass-w0rd';
interface Arrived {
  from: string;
  to: string[];
  mail: ParsedMail;
  raw: string;
}
const arrived: Arrived[] = [];
/** SMTP codes to answer the next messages with, before accepting (e.g. 451 then accept). */
const refusals: number[] = [];
let smtp: SMTPServer;
let port: number;

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: false,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    onAuth(auth, _session, callback) {
      if (auth.username === 'sitrep' && auth.password === PASSWORD) callback(null, { user: 'sitrep' });
      else callback(new Error('Invalid username or password'));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const refusal = refusals.shift();
        if (refusal) {
          const error = Object.assign(new Error('try later'), { responseCode: refusal });
          callback(error);
          return;
        }
        const raw = Buffer.concat(chunks);
        void simpleParser(raw).then((mail) => {
          arrived.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            mail,
            raw: raw.toString('utf8'),
          });
          callback();
        }, callback);
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  port = (smtp.server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

beforeEach(() => {
  arrived.length = 0;
  refusals.length = 0;
});

const CONFIG = configFrom(`
notify:
  - { name: oncall-mail, type: email, url_env: SMTP_URL, from: "sitrep <incidents@ops.example>", to: [oncall@ops.example], events: [declared, update, public, resolved] }
  - { name: acme-mail, type: email, url_env: SMTP_URL, from: "Example status <status@ops.example>", to: [it@acme.example, cto@acme.example] }
  - { name: globex-mail, type: email, url_env: SMTP_URL, from: status@ops.example, to: [ops@globex.example], customers: [globex] }
escalation:
  customers:
    acme: { contacts: ["@acme.example", "@alice"], notify: [acme-mail] }
    globex: ["@globex.example"]
status_page:
  url: https://status.ops.example
`);

const env = () => ({ SMTP_URL: `smtp://sitrep:${PASSWORD}@127.0.0.1:${port}` });

const T = (minutes: number) => new Date(Date.parse('2026-11-21T10:00:00Z') + minutes * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');

const declaration: LogEntry[] = [
  { at: T(0), actor: 'bob', kind: 'declared', severity: 'P1', status: 'investigating' },
  { at: T(0), actor: 'bob', kind: 'role', role: 'operations', login: 'bob', previous: null },
];
const internal: LogEntry = { at: T(10), actor: 'alice', kind: 'update', status: 'fixing', message: 'Secret internal detail: db-7 password rotated by @carol', nextDue: T(40) };
const note: LogEntry = { at: T(11), actor: 'alice', kind: 'note', text: 'Note only for responders' };
const published: LogEntry = { at: T(12), actor: 'alice', kind: 'public', message: 'We are rolling back a faulty deploy. <img src="https://track.example/p.gif"> **Payments** are delayed.', nextDue: null };
const resolved: LogEntry = { at: T(30), actor: 'alice', kind: 'status', from: 'fixing', to: 'resolved', message: 'Internal: error budget burned 40%' };

/** Plans the change as the applier does, with the whole Log for the public projection, and delivers it. */
async function apply(record: IncidentRecord, log: LogEntry[], entries: LogEntry[], batch: NotifyBatch, config: Config = CONFIG) {
  const messages = planNotifications({
    channels: config.notify,
    record,
    entries,
    issueUrl: ISSUE_URL,
    repository: 'acme/incidents',
    batch,
    publicSource: { log, config, now: Date.parse(T(60)) },
  });
  const report = await deliver(messages, { env: env(), sleep: async () => {}, log: () => {} });
  return { messages, report };
}

function to(address: string): Arrived[] {
  return arrived.filter((a) => a.to.includes(address));
}

describe('email channel (real SMTP server)', () => {
  it('threads an incident: team and customer copies, both parts, public text only for the customer, no copy twice', async () => {
    const record = anIncident({ customers: ['acme'], status: 'investigating' });
    let log = [...declaration];
    const first = await apply(record, log, declaration, 'declaration');
    expect(first.report.errors).toEqual([]);
    // The declaration reaches the team only: the customer channel carries public updates only.
    expect(arrived).toHaveLength(1);
    const [declared] = to('oncall@ops.example');
    expect(declared!.mail.subject).toBe('[INC-42] Checkout API returns 502 for EU customers');
    expect(declared!.from).toBe('incidents@ops.example');
    const root = declared!.mail.messageId!;
    expect(root).toMatch(/^<inc-42\.[0-9a-f]{16}@ops\.example>$/);
    expect(declared!.mail.inReplyTo).toBeUndefined();
    expect(declared!.mail.headers.get('auto-submitted')).toBe('auto-generated');
    expect(declared!.mail.text).toContain('INC-42 (P1, investigating) declared');
    expect(declared!.mail.text).toContain(ISSUE_URL);
    expect(declared!.mail.html).toContain('<strong>INC-42 (P1, investigating) declared: Checkout API returns 502 for EU customers</strong>');

    // An internal update, a note and a public update in one comment.
    const fixing = { ...record, status: 'fixing' as const };
    log = [...log, internal, note, published];
    await apply(fixing, log, [internal, note, published], 'comment');
    const team = to('oncall@ops.example');
    expect(team).toHaveLength(2);
    expect(team[1]!.mail.inReplyTo).toBe(root);
    expect(team[1]!.mail.references).toBe(root);
    expect(team[1]!.mail.messageId).not.toBe(root);

    const customer = to('it@acme.example');
    expect(customer).toHaveLength(1);
    const mail = customer[0]!.mail;
    expect(customer[0]!.to).toEqual(['it@acme.example', 'cto@acme.example']);
    expect(mail.subject).toBe('[INC-42] Incident affecting checkout-api');
    expect(mail.text).toContain('INC-42 Identified: Incident affecting checkout-api');
    expect(mail.text).toContain('We are rolling back a faulty deploy.');
    expect(mail.text).toContain('https://status.ops.example/incidents/INC-42.html');
    // The first public update opens the customer's own thread.
    expect(mail.messageId).toMatch(/^<inc-42\.[0-9a-f]{16}@ops\.example>$/);
    expect(mail.messageId).not.toBe(root);
    // The HTML part is the public message rendered: text kept, no image, no raw markup.
    expect(mail.html).toContain('<strong>Payments</strong>');
    expect(mail.html).not.toMatch(/<img|track\.example/);
    // Nothing internal: no internal title, update, note, role, login or issue link.
    const everything = customer[0]!.raw + (mail.html || '');
    for (const secret of ['Secret internal detail', 'Note only for responders', 'returns 502 for EU', 'bob', '@carol', ISSUE_URL, 'P1']) {
      expect(everything).not.toContain(secret);
    }

    // Resolved: the customer hears the state change (not its internal message), in the same thread.
    const done = { ...fixing, status: 'resolved' as const, resolved_at: T(30) };
    log = [...log, resolved];
    await apply(done, log, [resolved], 'single');
    const later = to('it@acme.example');
    expect(later).toHaveLength(2);
    expect(later[1]!.mail.inReplyTo).toBe(mail.messageId);
    expect(later[1]!.mail.text).toContain('The incident is resolved.');
    expect(later[1]!.raw).not.toContain('error budget');

    // A re-run of the same change plans the same delivery ids and Message-IDs; a re-run that adds
    // no Log entry sends nothing, so nothing arrives twice.
    const count = arrived.length;
    const again = planNotifications({ channels: CONFIG.notify, record: done, entries: [resolved], issueUrl: ISSUE_URL, repository: 'acme/incidents', batch: 'single', publicSource: { log, config: CONFIG, now: Date.parse(T(90)) } });
    const customerAgain = again.find((m) => m.channel.name === 'acme-mail')!;
    expect(customerAgain.mail!.messageId).toBe(later[1]!.mail.messageId);
    await apply(done, log, [], 'single');
    expect(arrived).toHaveLength(count);
    // globex's channel never carried acme's incident.
    expect(to('ops@globex.example')).toHaveLength(0);
  });

  it('carries an incident to the channel that lists its customer, and not without the public projection', async () => {
    const record = anIncident({ customers: ['Globex'], status: 'investigating' });
    const log = [...declaration, published];
    await apply(record, log, [published], 'comment');
    expect(to('ops@globex.example')).toHaveLength(1);
    expect(to('it@acme.example')).toHaveLength(0);
    arrived.length = 0;
    // A caller that does not hand over the Log sends customers nothing rather than internal text.
    const messages = planNotifications({ channels: CONFIG.notify, record, entries: [published], issueUrl: ISSUE_URL, repository: 'acme/incidents', batch: 'comment' });
    expect(messages.filter((m) => m.channel.customers.length)).toEqual([]);
  });

  it('retries a temporary refusal and reports a permanent one naming the channel, never the URL or password', async () => {
    const record = anIncident();
    refusals.push(451);
    const retried = await apply(record, [...declaration], declaration, 'declaration');
    expect(retried.report.errors).toEqual([]);
    expect(to('oncall@ops.example')).toHaveLength(1);

    refusals.push(550);
    const refused = await apply(record, [...declaration], declaration, 'declaration');
    expect(refused.report.errors).toHaveLength(1);
    expect(refused.report.errors[0]!.message).toBe('notify channel "oncall-mail" (email): INC-42 declared not delivered: SMTP 550');

    const config = configFrom(`
notify:
  - { name: oncall-mail, type: email, url_env: SMTP_URL, from: a@ops.example, to: [b@ops.example] }
`);
    const messages = planNotifications({ channels: config.notify, record, entries: declaration, issueUrl: ISSUE_URL, repository: 'acme/incidents', batch: 'declaration' });
    const lines: string[] = [];
    const unreachable = await deliver(messages, { env: { SMTP_URL: `smtp://sitrep:${PASSWORD}@127.0.0.1:1` }, sleep: async () => {}, log: (l) => lines.push(l) });
    expect(unreachable.errors[0]!.message).toMatch(/^notify channel "oncall-mail" \(email\): INC-42 declared not delivered: could not send \(ESOCKET\)$/);
    expect(lines).toHaveLength(2);
    const wrongPassword = await deliver(messages, { env: { SMTP_URL: `smtp://sitrep:not-${PASSWORD}@127.0.0.1:${port}` }, sleep: async () => {}, log: (l) => lines.push(l) });
    expect(wrongPassword.errors[0]!.message).toMatch(/not delivered: SMTP 535|could not send \(EAUTH\)/);
    const http = await deliver(messages, { env: { SMTP_URL: 'https://example.com/hook' }, log: () => {} });
    expect(http.errors[0]!.message).toBe('notify channel "oncall-mail": environment variable SMTP_URL does not hold an smtp:// or smtps:// URL');
    for (const text of [...lines, ...[unreachable, wrongPassword, http].flatMap((r) => r.errors.map((e) => e.message))]) {
      expect(text).not.toContain(PASSWORD);
      expect(text).not.toContain('127.0.0.1');
    }
  });
});
