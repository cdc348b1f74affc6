/**
 * Email intake (SPEC 4.14), the pure side: reading a `sitrep-email` dispatch's `client_payload`
 * and deciding what it does: nothing (an automatic email), a refusal (a sender outside
 * `email.from_domains`), a Log entry on the incident whose thread it belongs to, or a
 * declaration in triage. No I/O; the applier performs the decision.
 */
import { alertText } from './alert.js';
import { defuseMentions, escapeHtml } from './sanitize.js';
import type { Config } from './config.js';
import { email as validateEmail } from './schema-validators.generated.js';

/** The `event_type` of the repository dispatch an email arrives as. */
export const EMAIL_EVENT_TYPE = 'sitrep-email';

/** A `sitrep-email` dispatch's `client_payload` (`schemas/email.schema.json`). */
export interface EmailPayload {
  version: 1;
  from: string;
  to: string[];
  subject: string;
  text: string;
  message_id: string;
  in_reply_to: string;
  references: string[];
  received_at: string;
  headers: { auto_submitted: string; precedence: string };
}

/** Reads a dispatch's `client_payload`; every problem names its field (`to.3: must be string`). */
export function readEmailPayload(value: unknown): { payload: EmailPayload } | { problems: string[] } {
  if (validateEmail(value)) return { payload: value as EmailPayload };
  const problems = (validateEmail.errors ?? []).map((error) => {
    const field = error.instancePath.split('/').slice(1).join('.') || '(top level)';
    const key = (error.params as { missingProperty?: string; additionalProperty?: string }).missingProperty ?? (error.params as { additionalProperty?: string }).additionalProperty;
    return `${key ? (field === '(top level)' ? key : `${field}.${key}`) : field}: ${error.message ?? 'is not valid'}`;
  });
  return { problems: [...new Set(problems)] };
}

/** The Message-IDs that belong to one active incident's thread. */
export interface IncidentThread {
  /** `INC-42`. */
  incident: string;
  /**
   * Every id of its thread: the Message-ID of the email that declared it and of each email logged
   * on it, and the root id of its thread on each email channel (`threadRootId`).
   */
  ids: readonly string[];
}

/** What an email does. Every text in it is neutralised and bounded. */
export type EmailDecision =
  | { action: 'ignore'; reason: string }
  | { action: 'refuse'; reason: string }
  | {
      action: 'log';
      incident: string;
      /** The same Message-ID was already logged there (a provider's retry): write nothing new. */
      duplicate: boolean;
      /** The Log line: `Email from a@b.example: …`, one line. */
      text: string;
      messageId: string;
    }
  | {
      action: 'declare';
      /** The issue title: one line, at most 256 characters (GitHub's limit). */
      title: string;
      /** The incident's summary and the issue body (Markdown, neutralised, bounded). */
      summary: string;
      status: 'triage';
      source: 'email';
      /** The customers the sender matched (config spelling); [] when none did. */
      customers: string[];
      /** The sender's address, named in the summary when no customer matched. */
      sender: string;
      messageId: string;
      /** The Log line that names the email, as a logged email's `text`. */
      logText: string;
    };

export const MAX_TITLE = 256;
export const MAX_SUMMARY = 4_000;
export const MAX_LOG_TEXT = 1_000;

const AUTOMATIC_SENDERS = /^(mailer-daemon|postmaster)$/i;
const BULK = new Set(['bulk', 'junk', 'list']);

/** Lower case, angle brackets kept, surrounding space gone: ids compare equal however they were written. */
export function normalizeMessageId(id: string): string {
  const trimmed = id.trim().toLowerCase();
  if (!trimmed) return '';
  return trimmed.startsWith('<') ? trimmed : `<${trimmed}>`;
}

function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at < 0 ? '' : address.slice(at + 1).toLowerCase();
}

function localOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at < 0 ? address : address.slice(0, at);
}

/** `a.acme.example` is within `acme.example`. */
function withinDomain(domain: string, parent: string): boolean {
  return domain === parent || domain.endsWith(`.${parent}`);
}

const DOMAIN = /^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/;

/** The customers whose contacts name this sender: an address, `@domain` or a bare domain. GitHub logins and teams never match. */
export function customersOf(sender: string, config: Config): string[] {
  const address = sender.toLowerCase();
  const domain = domainOf(address);
  if (!domain) return [];
  return Object.entries(config.customers)
    .filter(([, contacts]) =>
      contacts.some((contact) => {
        const c = contact.trim().toLowerCase();
        if (c.includes('@') && !c.startsWith('@')) return c === address;
        const bare = c.startsWith('@') ? c.slice(1) : c;
        return DOMAIN.test(bare) && withinDomain(domain, bare);
      }),
    )
    .map(([name]) => name);
}

const ADDRESS = /^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$/;

/** The sender as Markdown: a plain address as code (readable, never a mention), anything else neutralised. */
export function senderText(address: string): string {
  return ADDRESS.test(address) && address.length <= 320 ? `\`${address}\`` : emailLine(address, 320);
}

/**
 * An issue title from user text: one line without control characters, no mention, no HTML (so no
 * marker), at most `max` characters. Titles render no Markdown links, so punctuation stays as typed.
 */
export function emailTitle(text: string, max: number): string {
  // eslint-disable-next-line no-control-regex
  return cut(escapeHtml(defuseMentions(text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\s]+/g, ' ').trim())), max);
}

/** User text on one line: no mention, HTML, marker or Markdown that forms, at most `max` characters. */
export function emailLine(text: string, max: number): string {
  return cut(alertText(text.replace(/\s+/g, ' ')), max);
}

/** User text as Markdown paragraphs, each line neutralised; at most `max` characters. */
export function emailBlock(text: string, max: number): string {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => alertText(line))
    // Several blank lines read as one.
    .filter((line, i, all) => line !== '' || (i > 0 && all[i - 1] !== ''));
  return cut(lines.join('\n').trim(), max);
}

/** Cuts at `max` characters without splitting an escape (`\*`), an entity (`&amp;`) or a defused mention. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const amp = text.lastIndexOf('&', end - 1);
  if (amp >= 0 && amp >= end - 6 && !text.slice(amp, end).includes(';')) end = amp;
  while (end > 0 && (text[end - 1] === '\\' || text[end - 1] === '@' || /[\uD800-\uDBFF]/.test(text[end - 1] ?? ''))) end--;
  return `${text.slice(0, end)}…`;
}

/**
 * What an email does (SPEC 4.14), in order:
 * 1. ignore an automatic email: `Auto-Submitted` other than `no`, `Precedence: bulk|junk|list`, a
 *    `MAILER-DAEMON` or `postmaster` sender, or no sender at all;
 * 2. log it on the active incident whose thread holds its Message-ID, In-Reply-To or a References id;
 * 3. refuse a sender outside `email.from_domains` (when set);
 * 4. else declare in triage, the customer matched by the sender's address or domain.
 */
export function decideEmail(payload: EmailPayload, config: Config, threads: readonly IncidentThread[]): EmailDecision {
  const sender = payload.from.trim().toLowerCase();
  const auto = payload.headers.auto_submitted.trim().toLowerCase();
  if (auto && auto !== 'no') return { action: 'ignore', reason: `an automatic email (Auto-Submitted: ${emailLine(auto, 40)})` };
  const precedence = payload.headers.precedence.trim().toLowerCase();
  if (BULK.has(precedence)) return { action: 'ignore', reason: `a ${precedence} email (Precedence: ${precedence})` };
  if (!sender || !domainOf(sender)) return { action: 'ignore', reason: 'an email without a sender address' };
  if (AUTOMATIC_SENDERS.test(localOf(sender))) return { action: 'ignore', reason: `a bounce or notice from ${emailLine(localOf(sender), 40)}` };

  const messageId = normalizeMessageId(payload.message_id);
  const related = [payload.in_reply_to, ...payload.references].map(normalizeMessageId).filter(Boolean);
  for (const thread of threads) {
    const ids = new Set(thread.ids.map(normalizeMessageId));
    const duplicate = messageId !== '' && ids.has(messageId);
    if (duplicate || related.some((id) => ids.has(id))) {
      return { action: 'log', incident: thread.incident, duplicate, text: emailLogText(sender, payload), messageId };
    }
  }

  const allowed = config.email.fromDomains;
  if (allowed.length && !allowed.some((d) => withinDomain(domainOf(sender), d))) {
    return { action: 'refuse', reason: `the sender's domain ${emailLine(domainOf(sender), 255)} is not in email.from_domains (${allowed.join(', ')})` };
  }

  const customers = customersOf(sender, config);
  const title = emailTitle(payload.subject, MAX_TITLE) || emailTitle(`Email from ${sender}`, MAX_TITLE);
  const from = customers.length ? `${senderText(sender)} (${customers.map((c) => emailLine(c, 100)).join(', ')})` : `${senderText(sender)}, who matches no customer in escalation.customers`;
  const header = `Declared from an email by ${from}.`;
  const text = emailBlock(payload.text, MAX_SUMMARY - header.length - 2);
  return {
    action: 'declare',
    title,
    summary: text ? `${header}\n\n${text}` : header,
    status: 'triage',
    source: 'email',
    customers,
    sender,
    messageId,
    logText: emailLogText(sender, payload),
  };
}

/** The Log line that names an email: `Email from `a@b.example` (subject): text`, one line, bounded. */
function emailLogText(sender: string, payload: EmailPayload): string {
  const body = emailLine(payload.text, MAX_LOG_TEXT);
  const subject = emailLine(payload.subject, 200);
  return cut(`Email from ${senderText(sender)}${subject ? ` (${subject})` : ''}: ${body || '(no text)'}`, MAX_LOG_TEXT);
}
