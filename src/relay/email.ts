/**
 * Inbound email (SPEC 4.14): the inbound-parse webhooks of Postmark (JSON), SendGrid (multipart
 * form, parsed fields or the raw MIME message) and Mailgun (form, or multipart with attachments)
 * → the `client_payload` of one `sitrep-email` dispatch (`schemas/email.schema.json`), fitted to
 * GitHub's limits. Headers are read by mailparser, bodies decoded by their declared charset.
 */
import Busboy from 'busboy';
import { convert } from 'html-to-text';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import type { EmailPayload } from '../core/email.js';
import { MAX_PAYLOAD_CHARS } from './payload.js';
import { FormatError } from './formats.js';

export type EmailProvider = 'postmark' | 'sendgrid' | 'mailgun';

const MAX_RECIPIENTS = 50;
const MAX_REFERENCES = 20;
const MAX_ID = 1000;
const MAX_SUBJECT = 1000;
const MAX_ADDRESS = 320;
/** Room left for the rest of the payload and JSON escaping. */
const MAX_TEXT = 60_000;

/** What the providers tell us, before it is fitted into a payload. */
interface InboundEmail {
  from: string;
  to: string[];
  subject: string;
  text: string;
  messageId: string;
  inReplyTo: string;
  references: string[];
  autoSubmitted: string;
  precedence: string;
}

function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length > max ? chars.slice(0, max).join('') : text;
}

/** A header value on one line: no header can be forged into the block mailparser reads. */
function oneLine(value: unknown): string {
  // eslint-disable-next-line no-control-regex
  return typeof value === 'string' ? value.replace(/[\r\n\u0000]+/g, ' ') : '';
}

/** Parses a block of `Name: value` lines (headers only) with mailparser. */
async function parseHeaders(block: string): Promise<ParsedMail> {
  return simpleParser(Buffer.from(`${block.replace(/\r?\n$/, '')}\r\n\r\n`, 'utf8'), { skipHtmlToText: true, skipTextLinks: true, skipImageLinks: true });
}

function addresses(value: AddressObject | AddressObject[] | undefined): string[] {
  const list = Array.isArray(value) ? value : value ? [value] : [];
  return list.flatMap((group) => group.value.flatMap((a) => [a.address ?? '', ...(a.group ?? []).map((g) => g.address ?? '')])).filter(Boolean);
}

function ids(value: string | string[] | undefined): string[] {
  return (Array.isArray(value) ? value : value ? value.split(/\s+/) : []).map((v) => v.trim()).filter(Boolean);
}

function headerValue(mail: ParsedMail, name: string): string {
  const value = mail.headers.get(name);
  return typeof value === 'string' ? value.trim() : '';
}

/** The facts a parsed header block gives. */
function fromHeaders(mail: ParsedMail): Omit<InboundEmail, 'text'> {
  return {
    from: addresses(mail.from)[0] ?? '',
    to: [...addresses(mail.to), ...addresses(mail.cc)],
    subject: mail.subject ?? '',
    messageId: mail.messageId ?? '',
    inReplyTo: ids(mail.inReplyTo)[0] ?? '',
    references: ids(mail.references),
    autoSubmitted: headerValue(mail, 'auto-submitted'),
    precedence: headerValue(mail, 'precedence'),
  };
}

function htmlText(html: string): string {
  // Links and images are left out: a tracking pixel or a link's address is not the message.
  return convert(html, { wordwrap: false, selectors: [{ selector: 'img', format: 'skip' }, { selector: 'a', options: { ignoreHref: true } }] });
}

function bodyText(text: string | undefined, html: string | undefined): string {
  if (text && text.trim()) return text;
  return html ? htmlText(html) : '';
}

function field(body: Record<string, unknown>, name: string, expected: string): Record<string, unknown>[] | Record<string, unknown> | string {
  const value = body[name];
  if (value === undefined || value === null) return '';
  if (typeof value === 'string' || typeof value === 'object') return value as string;
  throw new FormatError(`${name}: expected ${expected}, got ${typeof value}`);
}

/** Postmark's inbound webhook JSON (https://postmarkapp.com/developer/webhooks/inbound-webhook). */
async function postmark(body: unknown): Promise<InboundEmail> {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new FormatError('body: expected a JSON object (Postmark inbound webhook)');
  const b = body as Record<string, unknown>;
  const headers = field(b, 'Headers', 'a list of { Name, Value }');
  if (!Array.isArray(headers)) throw new FormatError('Headers: expected a list of { Name, Value }');
  const block = headers
    .filter((h): h is { Name: string; Value: string } => !!h && typeof h === 'object' && typeof (h as { Name?: unknown }).Name === 'string')
    .map((h) => `${oneLine(h.Name).replace(/:/g, '')}: ${oneLine(h.Value)}`)
    .join('\r\n');
  const parsed = fromHeaders(await parseHeaders(block));
  const fromFull = b.FromFull as { Email?: unknown } | undefined;
  const list = (name: string) => (Array.isArray(b[name]) ? (b[name] as { Email?: unknown }[]) : []).map((r) => (typeof r?.Email === 'string' ? r.Email : '')).filter(Boolean);
  return {
    ...parsed,
    from: typeof fromFull?.Email === 'string' ? fromFull.Email : typeof b.From === 'string' ? b.From : parsed.from,
    to: [...list('ToFull'), ...list('CcFull')],
    subject: typeof b.Subject === 'string' ? b.Subject : parsed.subject,
    text: bodyText(typeof b.TextBody === 'string' ? b.TextBody : undefined, typeof b.HtmlBody === 'string' ? b.HtmlBody : undefined),
    // Postmark's own MessageID is not the email's; the Message-ID header is.
    messageId: parsed.messageId,
  };
}

/** Form fields of a multipart body, each decoded by the charset `charsetOf` names (default UTF-8). Files are skipped. */
async function multipartFields(bytes: Uint8Array, contentType: string): Promise<Map<string, Buffer>> {
  const fields = new Map<string, Buffer>();
  await new Promise<void>((resolve, reject) => {
    // latin1 keeps every byte as one character, so each field is decoded below by its own charset.
    const parser = Busboy({ headers: { 'content-type': contentType }, defCharset: 'latin1', defParamCharset: 'utf8', limits: { fieldSize: bytes.length, fields: 200, parts: 300 } });
    parser.on('field', (name, value) => {
      if (!fields.has(name)) fields.set(name, Buffer.from(value, 'latin1'));
    });
    parser.on('file', (_name, stream) => stream.resume());
    parser.on('close', resolve);
    parser.on('error', (error) => reject(new FormatError(`body: not a multipart form (${error instanceof Error ? error.message : 'unreadable'})`)));
    parser.end(Buffer.from(bytes));
  });
  return fields;
}

function decode(bytes: Buffer | undefined, charset = 'utf-8'): string {
  if (!bytes) return '';
  try {
    return new TextDecoder(charset.trim().toLowerCase()).decode(bytes);
  } catch {
    // An unknown charset: read it as UTF-8, replacing what does not decode.
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** SendGrid's Inbound Parse (https://www.twilio.com/docs/sendgrid/for-developers/parsing-email/inbound-email). */
async function sendgrid(fields: Map<string, Buffer>): Promise<InboundEmail> {
  const raw = fields.get('email');
  if (raw) {
    // "POST the raw, full MIME message": mailparser reads every charset and transfer encoding.
    const mail = await simpleParser(raw, { skipImageLinks: true, skipTextLinks: true });
    return { ...fromHeaders(mail), text: bodyText(mail.text, typeof mail.html === 'string' ? mail.html : undefined) };
  }
  let charsets: Record<string, string> = {};
  try {
    const parsed = JSON.parse(decode(fields.get('charsets'))) as unknown;
    if (parsed && typeof parsed === 'object') charsets = parsed as Record<string, string>;
  } catch {
    // no charsets: UTF-8
  }
  const text = (name: string) => decode(fields.get(name), typeof charsets[name] === 'string' ? charsets[name] : 'utf-8');
  const parsed = fromHeaders(await parseHeaders(text('headers')));
  const named = fromHeaders(await parseHeaders([`From: ${oneLine(text('from'))}`, `To: ${oneLine(text('to'))}`, `Cc: ${oneLine(text('cc'))}`].join('\r\n')));
  return {
    ...parsed,
    from: named.from || parsed.from,
    to: named.to.length ? named.to : parsed.to,
    subject: text('subject') || parsed.subject,
    text: bodyText(text('text'), text('html')),
  };
}

/** Mailgun's forward() POST (https://documentation.mailgun.com/docs/mailgun/user-manual/receive-forward-store/receive-http). */
async function mailgun(get: (name: string) => string): Promise<InboundEmail> {
  let list: unknown = [];
  try {
    list = JSON.parse(get('message-headers') || '[]');
  } catch {
    throw new FormatError('message-headers: expected a JSON list of [name, value] pairs');
  }
  if (!Array.isArray(list)) throw new FormatError('message-headers: expected a JSON list of [name, value] pairs');
  const block = list
    .filter((pair): pair is [string, string] => Array.isArray(pair) && typeof pair[0] === 'string')
    .map(([name, value]) => `${oneLine(name).replace(/:/g, '')}: ${oneLine(value)}`)
    .join('\r\n');
  const parsed = fromHeaders(await parseHeaders(block));
  return {
    ...parsed,
    subject: get('subject') || parsed.subject,
    text: bodyText(get('body-plain'), get('body-html')),
  };
}

/** Reads a provider's inbound webhook body by its content type and fields. */
export async function decodeInboundEmail(bytes: Uint8Array, contentType: string): Promise<{ provider: EmailProvider; email: InboundEmail }> {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  if (type === 'application/json') {
    let body: unknown;
    try {
      body = JSON.parse(new TextDecoder('utf-8').decode(bytes));
    } catch {
      throw new FormatError('body: not valid JSON');
    }
    return { provider: 'postmark', email: await postmark(body) };
  }
  if (type === 'application/x-www-form-urlencoded') {
    const form = new URLSearchParams(new TextDecoder('utf-8').decode(bytes));
    if (!form.has('body-plain') && !form.has('message-headers')) throw new FormatError('body: a form without body-plain or message-headers (Mailgun)');
    return { provider: 'mailgun', email: await mailgun((name) => form.get(name) ?? '') };
  }
  if (type === 'multipart/form-data') {
    const fields = await multipartFields(bytes, contentType);
    if (fields.has('message-headers') || fields.has('body-plain')) return { provider: 'mailgun', email: await mailgun((name) => decode(fields.get(name))) };
    if (fields.has('email') || fields.has('headers') || fields.has('envelope')) return { provider: 'sendgrid', email: await sendgrid(fields) };
    throw new FormatError('body: a form with neither SendGrid\'s fields (headers, email, envelope) nor Mailgun\'s (body-plain, message-headers)');
  }
  throw new FormatError(`content-type: "${clip(type, 80)}" is not accepted; send application/json (Postmark), multipart/form-data (SendGrid, Mailgun) or application/x-www-form-urlencoded (Mailgun)`);
}

/** The dispatch payload: every field bounded, the text cut until the whole fits GitHub's limit. */
export function emailPayload(email: InboundEmail, receivedAt: string): EmailPayload {
  const recipients = [...new Set(email.to.map((a) => a.toLowerCase()))].slice(0, MAX_RECIPIENTS).map((a) => clip(a, MAX_ADDRESS));
  const payload: EmailPayload = {
    version: 1,
    from: clip(email.from.toLowerCase(), MAX_ADDRESS),
    to: recipients,
    subject: clip(email.subject.replace(/\s+/g, ' ').trim(), MAX_SUBJECT),
    text: clip(email.text, MAX_TEXT),
    message_id: clip(email.messageId, MAX_ID),
    in_reply_to: clip(email.inReplyTo, MAX_ID),
    references: email.references.slice(-MAX_REFERENCES).map((id) => clip(id, MAX_ID)),
    received_at: receivedAt,
    headers: { auto_submitted: clip(email.autoSubmitted, 200), precedence: clip(email.precedence, 200) },
  };
  // Escaping (quotes, control characters) can make the JSON longer than its characters: keep the
  // longest prefix of the text that fits (a binary search over code points).
  if (JSON.stringify(payload).length > MAX_PAYLOAD_CHARS) {
    const chars = [...payload.text];
    let low = 0;
    let high = chars.length;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      payload.text = chars.slice(0, mid).join('');
      if (JSON.stringify(payload).length <= MAX_PAYLOAD_CHARS) low = mid;
      else high = mid - 1;
    }
    payload.text = chars.slice(0, low).join('');
  }
  return payload;
}
