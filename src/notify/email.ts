/**
 * The email channel (SPEC 4.14): a notice or a customer's public update as a plain-text and a
 * minimal HTML part, with threading headers derived from the incident so each incident is one
 * thread in the recipient's mail client. The HTML is a hast tree serialised by hast-util-to-html,
 * so every piece of user text is escaped. Pure; sending is `deliver`'s.
 */
import { createHash } from 'node:crypto';
import type { ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { messageToHast } from '../site/message.js';
import type { PublicIncident } from '../site/public.js';
import { firstLine, lineText, noticeFacts, when } from './notice.js';
import type { Notice } from './types.js';

/** What one email says and how it threads. Every string may hold user text; nodemailer encodes headers. */
export interface MailContent {
  subject: string;
  text: string;
  html: string;
  /** `<…@domain>`: stable per delivery, so a copy sent twice is one message to a mail client. */
  messageId: string;
  /** The incident's root id, for every message after the first. */
  inReplyTo: string | null;
  references: readonly string[];
}

/** Marks sitrep's own email as automatic (RFC 3834), so sitrep's intake (and vacation responders) ignore it. */
export const AUTO_SUBMITTED = 'auto-generated';

/** Control characters (CR and LF included) are never part of a header. */
function headerText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
}

/** The domain of the channel's sender, for Message-IDs: `status@acme.example` → `acme.example`. */
function senderDomain(from: string | null): string {
  const match = /@([A-Za-z0-9.-]+)>?\s*$/.exec(from ?? '');
  return match ? match[1]!.toLowerCase() : 'sitrep.invalid';
}

function short(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}

/**
 * The root Message-ID of an incident's thread on one channel: the same for every message of the
 * incident (so a mail client threads them), different per repository and channel.
 */
export function threadRootId(repository: string, incident: string, channel: string, from: string | null): string {
  return `<${incident.toLowerCase()}.${short(`${repository}\n${channel}`)}@${senderDomain(from)}>`;
}

interface Threading {
  repository: string;
  incident: string;
  channel: string;
  from: string | null;
  deliveryId: string;
  /** Whether this message opens the thread (the declaration, or a customer's first public update). */
  first: boolean;
}

function threadHeaders(t: Threading): Pick<MailContent, 'messageId' | 'inReplyTo' | 'references'> {
  const root = threadRootId(t.repository, t.incident, t.channel, t.from);
  if (t.first) return { messageId: root, inReplyTo: null, references: [] };
  return { messageId: `<${t.deliveryId.slice(0, 32)}.${root.slice(1)}`, inReplyTo: root, references: [root] };
}

function htmlDocument(title: string, body: ElementContent[]): string {
  return `<!doctype html>${toHtml(
    h('html', { lang: 'en' }, [h('head', [h('meta', { charset: 'utf-8' }), h('title', title)]), h('body', { style: 'font-family:sans-serif' }, body)]),
  )}`;
}

/** The team's email for a notice: the first line as heading, the facts, each change, the issue link. */
export function formatEmail(notice: Notice, threading: Omit<Threading, 'incident' | 'repository' | 'first'>): MailContent {
  const record = notice.record;
  const subject = headerText(`[${record.id}] ${record.title}`);
  const facts = noticeFacts(notice);
  const text = [
    firstLine(notice),
    '',
    ...facts.map((f) => `${f.label}: ${f.value}`),
    '',
    ...notice.lines.map((line) => `- ${when(line.at)} ${lineText(line)}`),
    '',
    notice.issueUrl,
    '',
  ].join('\n');
  const html = htmlDocument(subject, [
    h('p', h('strong', firstLine(notice))),
    h('table', facts.map((f) => h('tr', [h('th', { align: 'left' }, f.label), h('td', f.value)]))),
    h('ul', notice.lines.map((line) => h('li', `${when(line.at)} ${lineText(line)}`))),
    h('p', h('a', { href: notice.issueUrl }, notice.issueUrl)),
  ]);
  return {
    subject,
    text,
    html,
    ...threadHeaders({ ...threading, repository: notice.repository, incident: record.id, first: notice.declaration }),
  };
}

/** A customer's view of new public updates: what the status page shows, nothing else. */
export interface PublicNotice {
  incident: PublicIncident;
  /** The updates this message reports, oldest first (each is on the status page too). */
  updates: PublicIncident['updates'];
  /** The incident's status page, when `status_page.url` is set. */
  pageUrl: string | null;
  repository: string;
  /** Whether the first update reported is the incident's first public update. */
  first: boolean;
}

const STATE_WORDS: Readonly<Record<PublicIncident['state'], string>> = {
  investigating: 'Investigating',
  identified: 'Identified',
  monitoring: 'Monitoring',
  resolved: 'Resolved',
};

/** `INC-42 Investigating: Checkout is slow` — a customer channel's first line. */
export function publicFirstLine(notice: PublicNotice): string {
  return `${notice.incident.id} ${STATE_WORDS[notice.incident.state]}: ${notice.incident.title}`;
}

/** A customer's email: the public title, state, components and the public messages. */
export function formatPublicEmail(notice: PublicNotice, threading: Omit<Threading, 'incident' | 'repository' | 'first'>): MailContent {
  const incident = notice.incident;
  const subject = headerText(`[${incident.id}] ${incident.title}`);
  const components = incident.components.length ? `Affected: ${incident.components.join(', ')}` : null;
  const text = [
    publicFirstLine(notice),
    ...(components ? [components] : []),
    '',
    ...notice.updates.flatMap((u) => [`${when(u.at)} ${STATE_WORDS[u.state]}`, u.message ?? `The incident is ${u.state}.`, '']),
    ...(notice.pageUrl ? [notice.pageUrl, ''] : []),
  ].join('\n');
  const html = htmlDocument(subject, [
    h('p', h('strong', publicFirstLine(notice))),
    ...(components ? [h('p', components)] : []),
    ...notice.updates.flatMap((u) => [
      h('h3', `${when(u.at)} ${STATE_WORDS[u.state]}`),
      ...(u.message ? messageToHast(u.message) : [h('p', `The incident is ${u.state}.`)]),
    ]),
    ...(notice.pageUrl ? [h('p', h('a', { href: notice.pageUrl }, notice.pageUrl))] : []),
  ]);
  return { subject, text, html, ...threadHeaders({ ...threading, repository: notice.repository, incident: incident.id, first: notice.first }) };
}
