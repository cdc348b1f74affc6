/** POST /email: each provider's inbound-parse webhook → one sitrep-email dispatch (SPEC 4.14). */
import { describe, expect, it } from 'vitest';
import { readEmailPayload, type EmailPayload } from '../../src/core/email.js';
import { createDispatcher, createRelayApp, MAX_BODY_BYTES, MAX_PAYLOAD_CHARS, type RelayLogLine } from '../../src/relay/index.js';
import { useSandbox } from '../harness/index.js';
import { mailgunForm, multipart, postmarkBody, sendgridParsed, sendgridRaw } from './email-fixtures.js';
import { SECRET } from './fixtures.js';

const ctx = useSandbox({ fresh: true });

function relay() {
  const lines: RelayLogLine[] = [];
  const app = createRelayApp({
    repo: 'acme/incidents',
    secret: SECRET,
    dispatch: createDispatcher({ repo: 'acme/incidents', token: ctx.sandbox.token, apiUrl: ctx.sandbox.url, retryBaseMs: 5 }),
    log: (line) => lines.push(line),
    now: () => Date.parse('2026-11-21T10:00:00Z'),
  });
  // As the providers call it: the secret as the basic-auth password of the URL they were given.
  const auth = { authorization: `Basic ${Buffer.from(`inbound:${SECRET}`).toString('base64')}` };
  const post = (body: BodyInit | Buffer, contentType: string, headers: Record<string, string> = auth) =>
    app.fetch(new Request('http://relay.test/email', { method: 'POST', headers: { ...headers, 'content-type': contentType }, body: Buffer.isBuffer(body) ? new Uint8Array(body) : body }));
  return { app, lines, post };
}

function forwarded(index = 0): EmailPayload {
  const dispatch = ctx.sandbox.repo().dispatches()[index]!;
  expect(dispatch.eventType).toBe('sitrep-email');
  const read = readEmailPayload(dispatch.clientPayload);
  if ('problems' in read) throw new Error(read.problems.join('; '));
  expect(JSON.stringify(read.payload).length).toBeLessThanOrEqual(MAX_PAYLOAD_CHARS);
  return read.payload;
}

describe('relay POST /email', () => {
  it('forwards a Postmark inbound webhook as one sitrep-email dispatch', async () => {
    const { post, lines } = relay();
    const response = await post(JSON.stringify(postmarkBody()), 'application/json');
    expect(response.status).toBe(202);
    expect(ctx.sandbox.repo().dispatches()).toHaveLength(1);
    expect(forwarded()).toEqual({
      version: 1,
      from: 'carol@acme.example',
      to: ['support+urgent@ops.example', 'dan@acme.example'],
      subject: 'URGENT: checkout down for all our stores',
      text: 'Since 10:40 no order goes through.\n\n@here please call me.',
      message_id: '<CAGXpo2WKfxHWZ5UFYCR3H_J9SNMG+5AXUovfEFL6DjWBJSyZaA@mail.acme.example>',
      in_reply_to: '<inc-7.0123456789abcdef@ops.example>',
      references: ['<a@acme.example>', '<inc-7.0123456789abcdef@ops.example>'],
      received_at: '2026-11-21T10:00:00Z',
      headers: { auto_submitted: '', precedence: '' },
    });
    expect(lines).toContainEqual(expect.objectContaining({ route: '/email', status: 202, source: 'postmark' }));
  });

  it('reads SendGrid parsed fields in the charset SendGrid names, and the raw MIME message in any charset', async () => {
    const { post } = relay();
    const parsed = sendgridParsed();
    expect((await post(parsed.body, parsed.contentType)).status).toBe(202);
    expect(forwarded(0)).toMatchObject({
      from: 'bernd@globex.example',
      to: ['support@ops.example'],
      subject: 'Störung im Kassensystem',
      text: 'Die Kasse zeigt "Störung" seit 10:40 Uhr. Grüße\n',
      message_id: '<20260801.4711@mail.globex.example>',
    });
    const raw = sendgridRaw(['Auto-Submitted: auto-replied', 'Precedence: bulk']);
    expect((await post(raw.body, raw.contentType)).status).toBe(202);
    expect(forwarded(1)).toMatchObject({
      from: 'zoe@initech.example',
      subject: 'Café orders failing',
      text: 'Every café order fails – since 09:00.\n',
      message_id: '<raw-1@initech.example>',
      headers: { auto_submitted: 'auto-replied', precedence: 'bulk' },
    });
  });

  it('forwards a Mailgun form with its thread headers', async () => {
    const { post } = relay();
    expect((await post(mailgunForm().toString(), 'application/x-www-form-urlencoded')).status).toBe(202);
    expect(forwarded()).toMatchObject({
      from: 'carol@acme.example',
      to: ['support@ops.example'],
      subject: 'Re: [INC-7] Incident affecting checkout',
      text: 'Still broken for us.\n\n> On Fri, status wrote:\n> quoted',
      message_id: '<reply-2@mail.acme.example>',
      in_reply_to: '<inc-7.0123456789abcdef@ops.example>',
      references: ['<inc-7.0123456789abcdef@ops.example>'],
    });
  });

  it('answers 401 without the secret and 413 over 1 MiB, forwarding nothing', async () => {
    const { post } = relay();
    expect((await post(JSON.stringify(postmarkBody()), 'application/json', {})).status).toBe(401);
    expect((await post(JSON.stringify(postmarkBody()), 'application/json', { authorization: `Basic ${Buffer.from('inbound:wrong').toString('base64')}` })).status).toBe(401);
    const huge = JSON.stringify(postmarkBody({ TextBody: 'x'.repeat(10 * 1024 * 1024) }));
    expect(huge.length).toBeGreaterThan(MAX_BODY_BYTES);
    const response = await post(huge, 'application/json');
    expect(response.status).toBe(413);
    expect(ctx.sandbox.repo().dispatches()).toHaveLength(0);
  });

  it('answers 400 naming the problem for a body no provider sends', async () => {
    const { post } = relay();
    const bad = [
      await post('{"Headers": "nope"}', 'application/json'),
      await post('not json', 'application/json'),
      await post('hello', 'text/plain'),
      await post(multipart({ unrelated: 'x' }).body, multipart({ unrelated: 'x' }).contentType),
    ];
    expect(bad.map((r) => r.status)).toEqual([400, 400, 400, 400]);
    const errors = await Promise.all(bad.map(async (r) => ((await r.json()) as { error: string }).error));
    expect(errors[0]).toBe('Headers: expected a list of { Name, Value }');
    expect(errors[2]).toMatch(/^content-type: "text\/plain" is not accepted; send application\/json \(Postmark\)/);
    expect(ctx.sandbox.repo().dispatches()).toHaveLength(0);
  });

  it('fits hostile email into GitHub\'s limits: 1,000 recipients, a body of 450,000 quotes (900 KB escaped), HTML only', async () => {
    const { post } = relay();
    const recipients = Array.from({ length: 1000 }, (_, i) => ({ Email: `r${i}@acme.example`, Name: '', MailboxHash: '' }));
    const body = postmarkBody({ ToFull: recipients, TextBody: '"'.repeat(450_000), Subject: 's'.repeat(5000) });
    expect((await post(JSON.stringify(body), 'application/json')).status).toBe(202);
    const payload = forwarded();
    expect(payload.to).toHaveLength(50);
    expect(payload.subject).toHaveLength(1000);
    expect(payload.text.length).toBeGreaterThan(20_000);
    const html = postmarkBody({ TextBody: '', HtmlBody: '<p>Orders <b>fail</b><img src="https://track.example/p.gif?u=1" width="1"></p><a href="https://evil.example">click</a>' });
    expect((await post(JSON.stringify(html), 'application/json')).status).toBe(202);
    expect(forwarded(1).text).toBe('Orders fail\n\nclick');
  });
});
