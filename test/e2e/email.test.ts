/**
 * Customers by email (SPEC 4.14) through the built action: a `sitrep-email` dispatch, as the relay
 * sends it, declares an incident or is logged on its thread; updates reach the customer's email
 * channel, received by a real SMTP server (smtp-server) on a free port and parsed with mailparser.
 */
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EMAIL_EVENT_TYPE, type EmailPayload } from '../../src/core/email.js';
import { parseIncident } from '../../src/core/incident-file.js';
import type { Sandbox } from '@sitrep/sandbox';
import { asLine } from '../support/builders.js';
import { api, issueCommentEvent, repositoryDispatchEvent, runAction, useSandbox, type ActionRun } from '../harness/index.js';

interface Arrived {
  to: string[];
  mail: ParsedMail;
  raw: string;
}
const arrived: Arrived[] = [];
let smtp: SMTPServer;
let port = 0;

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        void simpleParser(raw).then((mail) => {
          arrived.push({ to: session.envelope.rcptTo.map((r) => r.address), mail, raw: raw.toString('utf8') });
          callback();
        }, callback);
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  port = (smtp.server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => smtp.close(() => resolve())));
beforeEach(() => {
  arrived.length = 0;
});

const CONFIG = `escalation:
  coordinators: ["@acme/incident-coordinators"]
  customers:
    acme: { contacts: ["@acme.example"], notify: [acme-mail] }
    globex: { contacts: ["@globex.example"], notify: [globex-mail] }
notify:
  - { name: oncall, type: email, url_env: SMTP_URL, from: "sitrep <incidents@ops.example>", to: [oncall@ops.example] }
  - { name: acme-mail, type: email, url_env: SMTP_URL, from: "Status <status@ops.example>", to: [it@acme.example] }
  - { name: globex-mail, type: email, url_env: SMTP_URL, from: "Status <status@ops.example>", to: [ops@globex.example] }
email:
  from_domains: [acme.example, globex.example]
`;

const env = () => ({ SMTP_URL: `smtp://127.0.0.1:${port}` });

function email(overrides: Partial<EmailPayload> = {}): EmailPayload {
  return {
    version: 1,
    from: 'jane@acme.example',
    to: ['support@ops.example'],
    subject: 'URGENT: checkout is down for all our stores',
    text: 'Since 09:50 no order goes through. @everyone <!-- sitrep:card --> please call us.',
    message_id: '<m1@mail.acme.example>',
    in_reply_to: '',
    references: [],
    received_at: '2026-11-21T10:00:00Z',
    headers: { auto_submitted: '', precedence: '' },
    ...overrides,
  };
}

async function send(sandbox: Sandbox, payload: unknown): Promise<ActionRun> {
  const response = await api(sandbox, 'POST', `/repos/${sandbox.defaultRepo}/dispatches`, { body: { event_type: EMAIL_EVENT_TYPE, client_payload: payload } });
  expect(response.status, response.text).toBe(204);
  return runAction({ sandbox, ...repositoryDispatchEvent(sandbox), env: env() });
}

function incident(sandbox: Sandbox, number: number) {
  const parsed = parseIncident(sandbox.repo().readFile(`incidents/INC-${number}.md`) ?? '');
  if (!parsed.document) throw new Error(parsed.problems.map((p) => p.message).join('\n'));
  return parsed.document;
}

const incidentIssues = (sandbox: Sandbox) => sandbox.repo().issues({ state: 'all' }).filter((i) => !i.isPullRequest && i.author === sandbox.botLogin);
const to = (address: string) => arrived.filter((a) => a.to.includes(address));

describe('customers by email (repository_dispatch sitrep-email)', () => {
  const ctx = useSandbox({ fresh: true });

  it('an email declares; a reply in its thread or in sitrep’s is logged on it; a re-delivery changes nothing; the customer hears only public updates', async () => {
    const { sandbox } = ctx;
    sandbox.repo().writeFile('.github/sitrep.yml', CONFIG, { message: 'Adopt sitrep' });

    const declared = await send(sandbox, email());
    expect(declared.exitCode, declared.stdout + declared.stderr).toBe(0);
    const issues = incidentIssues(sandbox);
    expect(issues).toHaveLength(1);
    const number = issues[0]!.number;
    const issue = sandbox.repo().issue(number);
    expect(issue.author).toBe(sandbox.botLogin);
    expect(issue.title).toBe('URGENT: checkout is down for all our stores');
    expect(issue.body).toContain('Declared from an email by `jane@acme.example` (acme).');
    // Neutralised: no mention, no marker.
    expect(issue.body).not.toContain('@everyone');
    expect(issue.body).not.toContain('<!-- sitrep:card -->');
    expect(issue.labels.sort()).toEqual(['incident', 'severity:P1', 'status:triage']);
    const { record, log } = incident(sandbox, number);
    expect(record).toMatchObject({ status: 'triage', severity: 'P1', source: 'email', customers: ['acme'], email: { message_ids: ['<m1@mail.acme.example>'] } });
    expect(log.map(asLine).map((l) => l?.kind)).toEqual(['declared', 'email']);
    expect(log.map(asLine)[1]?.text).toContain('Email from `jane@acme.example` (URGENT: checkout is down for all our stores)');
    expect(declared.summary).toContain(`INC-${number} declared from an email: P1, triage, customer acme`);
    // The team's channel hears of the declaration; no customer channel does (nothing public yet).
    expect(arrived.map((a) => a.to)).toEqual([['oncall@ops.example']]);
    const teamRoot = arrived[0]!.mail.messageId!;
    // The thread lookup: ceil(open / 100) + 1 GraphQL requests.
    expect(declared.requests.filter((r) => r.operation === 'issues/create')).toHaveLength(1);
    expect(declared.counters).toMatchObject({ graphqlQuery: 3, restWrite: 6, total: 9 });

    // The provider delivers the same email again: nothing is written or sent.
    const commits = sandbox.repo().commits().length;
    const again = await runAction({ sandbox, ...repositoryDispatchEvent(sandbox), env: env() });
    expect(again.exitCode, again.stdout).toBe(0);
    expect(again.counters.restWrite + again.counters.graphqlMutation).toBe(0);
    expect(again.counters.total).toBe(2);
    expect(again.summary).toContain(`is logged on INC-${number} already`);
    expect(sandbox.repo().commits()).toHaveLength(commits);
    expect(incidentIssues(sandbox)).toHaveLength(1);
    expect(arrived).toHaveLength(1);

    // The customer answers in its own thread: logged on the incident, no new issue.
    const reply = await send(sandbox, email({ subject: 'Re: URGENT: checkout is down', text: 'Still down, 40 stores affected.', message_id: '<m2@mail.acme.example>', in_reply_to: '<m1@mail.acme.example>', references: ['<m1@mail.acme.example>'] }));
    expect(reply.exitCode, reply.stdout).toBe(0);
    expect(incidentIssues(sandbox)).toHaveLength(1);
    const afterReply = incident(sandbox, number);
    expect(afterReply.log.map(asLine).at(-1)).toMatchObject({ kind: 'email', text: expect.stringContaining('Still down, 40 stores affected.') });
    expect(afterReply.record.email?.message_ids).toEqual(['<m1@mail.acme.example>', '<m2@mail.acme.example>']);
    // The thread lookup, the incident's context, the commit, and the card.
    expect(reply.counters).toMatchObject({ graphqlQuery: 4, restWrite: 2, total: 6 });

    // A teammate answers sitrep's own email to the team: its References name the channel's thread.
    const answer = await send(sandbox, email({ from: 'ops-lead@globex.example', subject: 'Re: [INC]', text: 'Looking at it from our side.', message_id: '<x9@globex.example>', in_reply_to: teamRoot, references: [teamRoot] }));
    expect(answer.exitCode, answer.stdout).toBe(0);
    expect(incidentIssues(sandbox)).toHaveLength(1);
    expect(incident(sandbox, number).log.map(asLine).at(-1)).toMatchObject({ kind: 'email', text: expect.stringContaining('Looking at it from our side.') });

    // Responders publish an update and write an internal one: the customer's channel gets only the public one.
    arrived.length = 0;
    const comment = sandbox.repo().comment(number, '/inc severity P2 customer-facing only\n/inc update Secret internal detail: db-7 rotated\n/inc public We are rolling back a faulty deploy.', { as: 'alice' });
    const published = await runAction({ sandbox, ...issueCommentEvent(sandbox, 'created', { commentId: comment.id }), env: env() });
    expect(published.exitCode, published.stdout + published.stderr).toBe(0);
    const customer = to('it@acme.example');
    expect(customer).toHaveLength(1);
    expect(customer[0]!.mail.text).toContain('We are rolling back a faulty deploy.');
    expect(customer[0]!.raw + (customer[0]!.mail.html || '')).not.toMatch(/Secret internal detail|db-7|alice|P2/);
    expect(to('ops@globex.example')).toHaveLength(0);
    expect(to('oncall@ops.example')).toHaveLength(1);
  }, 90_000);

  it('ignores an auto-reply, refuses a sender outside email.from_domains with a note, and fails on a payload that does not fit, naming the field', async () => {
    const { sandbox } = ctx;
    sandbox.repo().writeFile('.github/sitrep.yml', CONFIG, { message: 'Adopt sitrep' });
    const commits = sandbox.repo().commits().length;

    const auto = await send(sandbox, email({ subject: 'Out of office', headers: { auto_submitted: 'auto-replied', precedence: '' } }));
    expect(auto.exitCode, auto.stdout).toBe(0);
    expect(auto.summary).toContain('was ignored: an automatic email (Auto-Submitted: auto-replied)');
    expect(auto.counters.restWrite + auto.counters.graphqlMutation).toBe(0);

    const outsider = await send(sandbox, email({ from: 'mallory@evil.example', message_id: '<e1@evil.example>' }));
    expect(outsider.exitCode, outsider.stdout).toBe(0);
    expect(outsider.summary).toContain('was refused: the sender\'s domain evil.example is not in email.from_domains (acme.example, globex.example)');
    expect(outsider.counters.restWrite + outsider.counters.graphqlMutation).toBe(0);

    const broken = await send(sandbox, { ...email(), from: 42 });
    expect(broken.exitCode).toBe(1);
    expect(broken.summary).toContain('client_payload.from: must be string');
    expect(broken.counters.total).toBe(0);

    expect(incidentIssues(sandbox)).toHaveLength(0);
    expect(sandbox.repo().commits()).toHaveLength(commits);
    expect(arrived).toHaveLength(0);
  }, 60_000);
});
