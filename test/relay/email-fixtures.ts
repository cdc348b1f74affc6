/**
 * Inbound-parse webhook bodies as each provider posts them. Shapes follow the providers' documented
 * examples:
 * - Postmark: the inbound webhook's example JSON (https://postmarkapp.com/developer/webhooks/inbound-webhook)
 *   and the `InboundWebhook` type of Postmark's Node.js client (postmark, dist/client/models/webhooks/payload/InboundWebhook.d.ts).
 * - SendGrid: the Inbound Parse webhook's default fields (headers, text, html, from, to, cc, subject,
 *   envelope, charsets, SPF, dkim, spam_score) and, with "POST the raw, full MIME message", the
 *   `email` field (https://www.twilio.com/docs/sendgrid/for-developers/parsing-email/inbound-email).
 * - Mailgun: the forward() route POST, form-encoded (multipart when there are attachments), with
 *   subject, sender, from, recipient, message-headers (a JSON list of [name, value]), body-plain,
 *   stripped-text, body-html, timestamp, token, signature
 *   (https://documentation.mailgun.com/docs/mailgun/user-manual/receive-forward-store/receive-http).
 */

export function postmarkBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    FromName: 'Carol Customer',
    MessageStream: 'inbound',
    From: 'carol@acme.example',
    FromFull: { Email: 'carol@acme.example', Name: 'Carol Customer', MailboxHash: '' },
    To: '"Support" <support+urgent@ops.example>',
    ToFull: [{ Email: 'support+urgent@ops.example', Name: 'Support', MailboxHash: 'urgent' }],
    Cc: '"Dan" <dan@acme.example>',
    CcFull: [{ Email: 'dan@acme.example', Name: 'Dan', MailboxHash: '' }],
    Bcc: '',
    BccFull: [],
    OriginalRecipient: 'support+urgent@ops.example',
    Subject: 'URGENT: checkout down for all our stores',
    MessageID: '73e6d360-66eb-11e1-8e72-a8904824019b',
    ReplyTo: 'carol@acme.example',
    MailboxHash: 'urgent',
    Date: 'Fri, 1 Aug 2026 16:45:32 -04:00',
    TextBody: 'Since 10:40 no order goes through.\n\n@here please call me.',
    HtmlBody: '<p>Since 10:40 no order goes through.</p>',
    StrippedTextReply: '',
    Tag: '',
    Headers: [
      { Name: 'X-Spam-Checker-Version', Value: 'SpamAssassin 3.3.1 (2010-03-16) onrs-ord-pm-inbound1.wildbit.com' },
      { Name: 'X-Spam-Status', Value: 'No' },
      { Name: 'MIME-Version', Value: '1.0' },
      { Name: 'Message-ID', Value: '<CAGXpo2WKfxHWZ5UFYCR3H_J9SNMG+5AXUovfEFL6DjWBJSyZaA@mail.acme.example>' },
      { Name: 'In-Reply-To', Value: '<inc-7.0123456789abcdef@ops.example>' },
      { Name: 'References', Value: '<a@acme.example> <inc-7.0123456789abcdef@ops.example>' },
    ],
    Attachments: [],
    ...overrides,
  };
}

/** A multipart/form-data body of text fields, each given as bytes (so a field may be in any charset). */
export function multipart(fields: Record<string, string | Buffer>, boundary = 'xYzZY'): { body: Buffer; contentType: string } {
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n`, 'utf8'));
    parts.push(typeof value === 'string' ? Buffer.from(value, 'utf8') : value);
    parts.push(Buffer.from('\r\n', 'utf8'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`, 'utf8'));
  return { body: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** SendGrid's default (parsed) fields; `text` and `subject` in ISO-8859-1 as `charsets` says. */
export function sendgridParsed(): { body: Buffer; contentType: string } {
  return multipart({
    headers: [
      'Received: by mx0047p1mdw1.sendgrid.net with SMTP id 6WCVv7KAWn Wed, 27 Jul 2016 20:53:06 +0000 (UTC)',
      'From: Bernd Kunde <bernd@globex.example>',
      'To: support@ops.example',
      'Subject: =?ISO-8859-1?Q?St=F6rung_im_Kassensystem?=',
      'Message-ID: <20260801.4711@mail.globex.example>',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=ISO-8859-1',
      '',
    ].join('\n'),
    dkim: '{@globex.example : pass}',
    to: 'support@ops.example',
    from: 'Bernd Kunde <bernd@globex.example>',
    text: Buffer.from('Die Kasse zeigt "Störung" seit 10:40 Uhr. Grüße\n', 'latin1'),
    sender_ip: '209.85.223.172',
    envelope: '{"to":["support@ops.example"],"from":"bernd@globex.example"}',
    attachments: '0',
    subject: Buffer.from('Störung im Kassensystem', 'latin1'),
    charsets: '{"to":"UTF-8","html":"UTF-8","subject":"iso-8859-1","from":"UTF-8","text":"iso-8859-1"}',
    SPF: 'pass',
  });
}

/** SendGrid with "POST the raw, full MIME message": the whole email in `email`, windows-1252, quoted-printable. */
export function sendgridRaw(extraHeaders: string[] = []): { body: Buffer; contentType: string } {
  const mime = [
    'From: "Zoë" <zoe@initech.example>',
    'To: support@ops.example',
    'Subject: =?windows-1252?Q?Caf=E9_orders_failing?=',
    'Message-ID: <raw-1@initech.example>',
    ...extraHeaders,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=windows-1252',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    'Every caf=E9 order fails =96 since 09:00.',
    '',
  ].join('\r\n');
  return multipart({ dkim: '{@initech.example : pass}', email: mime, to: 'support@ops.example', from: '"Zoë" <zoe@initech.example>', subject: 'Café orders failing', envelope: '{"to":["support@ops.example"],"from":"zoe@initech.example"}', charsets: '{"to":"UTF-8","subject":"UTF-8","from":"UTF-8"}' });
}

/** Mailgun's forward() POST, form-encoded. */
export function mailgunForm(overrides: Record<string, string> = {}): URLSearchParams {
  return new URLSearchParams({
    recipient: 'support@ops.example',
    sender: 'bounce+abc@acme.example',
    from: 'Carol Customer <carol@acme.example>',
    subject: 'Re: [INC-7] Incident affecting checkout',
    'body-plain': 'Still broken for us.\n\n> On Fri, status wrote:\n> quoted',
    'stripped-text': 'Still broken for us.',
    'body-html': '<p>Still broken for us.</p>',
    timestamp: '1785000000',
    token: '5a5b8a8a1f0e3b2c9d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b',
    signature: '6b1f8a1b9f4e0e0d1c2b3a4f5e6d7c8b9a0f1e2d3c4b5a6f7e8d9c0b1a2f3e4d',
    'message-headers': JSON.stringify([
      ['Received', 'from mail.acme.example by mxa.mailgun.org with ESMTP'],
      ['From', 'Carol Customer <carol@acme.example>'],
      ['To', 'support@ops.example'],
      ['Subject', 'Re: [INC-7] Incident affecting checkout'],
      ['Message-Id', '<reply-2@mail.acme.example>'],
      ['In-Reply-To', '<inc-7.0123456789abcdef@ops.example>'],
      ['References', '<inc-7.0123456789abcdef@ops.example>'],
      ['Mime-Version', '1.0'],
    ]),
    ...overrides,
  });
}
