/**
 * The email side of `sitrep drill --scenario customer-email`: the real relay app in front of the
 * sandbox (an email posted to its `POST /email` in Postmark's inbound format becomes a
 * `sitrep-email` dispatch) and a real SMTP server (smtp-server) on a free local port whose
 * mailboxes hold what sitrep's email channels send, parsed by mailparser.
 */
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { createRelayApp } from '../relay/app.js';
import type { Sandbox } from '@sitrep/sandbox';

/** One email as it arrived: its recipients, subject and plain text. */
export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
}

export interface Mailboxes {
  /** The environment the action runs with: the email channels' `url_env`. */
  env: Record<string, string>;
  smtpUrl: string;
  received: ReceivedMail[];
  /** Posts an email to the relay as Postmark would; returns the relay's status. */
  receive(email: { from: string; subject: string; text: string; messageId: string; inReplyTo?: string }): Promise<number>;
  close(): Promise<void>;
}

const RELAY_SECRET = 'drill-relay-secret';

/** Starts the SMTP server and the relay (in process, no port) for a drill on `sandbox`. */
export async function startMailboxes(sandbox: Sandbox): Promise<Mailboxes> {
  const received: ReceivedMail[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (mail) => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), subject: mail.subject ?? '', text: mail.text ?? '' });
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const smtpUrl = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
  const relay = createRelayApp({ repo: sandbox.defaultRepo, secret: RELAY_SECRET, token: sandbox.token, apiUrl: sandbox.url, log: () => {} });
  return {
    env: { SITREP_SMTP_URL: smtpUrl },
    smtpUrl,
    received,
    async receive(email) {
      const headers = [
        { Name: 'Message-ID', Value: email.messageId },
        ...(email.inReplyTo ? [{ Name: 'In-Reply-To', Value: email.inReplyTo }, { Name: 'References', Value: email.inReplyTo }] : []),
      ];
      const body = {
        From: email.from,
        FromFull: { Email: email.from, Name: '', MailboxHash: '' },
        To: 'support@ops.example',
        ToFull: [{ Email: 'support@ops.example', Name: 'Support', MailboxHash: '' }],
        CcFull: [],
        Subject: email.subject,
        MessageID: 'c1a0b2e4-0000-4000-8000-000000000001',
        TextBody: email.text,
        HtmlBody: '',
        Headers: headers,
      };
      const response = await relay.fetch(
        new Request('http://relay.drill/email', {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Basic ${Buffer.from(`sitrep:${RELAY_SECRET}`).toString('base64')}` },
          body: JSON.stringify(body),
        }),
      );
      return response.status;
    },
    close: () => new Promise<void>((resolve) => smtp.close(() => resolve())),
  };
}
