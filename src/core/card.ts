import { createHash } from 'node:crypto';
import { isUnderstaffed, severityOf } from './cadence.js';
import type { Config } from './config.js';
import { isPullRequestUrl, usageText } from './commands.js';
import { effectiveHolder, ROLES, type IncidentRecord, type LogEntry } from './incident.js';
import { isActive, type Status } from './lifecycle.js';
import { writeLogEvent } from './log.js';
import { escapeHtml, fitBody, inlineUserText, MAX_QUOTE_LENGTH } from './sanitize.js';

import { CARD_MARKER, CARD_STATE_PREFIX as STATE_PREFIX } from './markers.js';

/** The marker that identifies the status card among the bot's own comments. */
export { CARD_MARKER };

/** What the card shows besides the record. */
export interface CardContext {
  config: Config;
  /** Web URL of the incident file on the default branch. */
  fileUrl: string;
  /** The latest update or status change from the Log, if any. */
  latest?: LogEntry;
  /** When the incident entered its current status (from the Log). */
  statusSince?: string;
  /** The commit that last changed the record by hand (a merged edit, SPEC 4.8). */
  editedIn?: { sha: string; url: string };
  /**
   * The git blob id of the incident file the card shows (`blobOid(text)` of the committed text).
   * With it the card's state is a cache the sweep may use while the file is unchanged; without
   * it the sweep reads the file.
   */
  blobOid?: string;
}

/** The escalation contacts (from config) of the customers the incident names; unknown names show nothing. */
function customerContacts(record: IncidentRecord, config: Config): string[] {
  const known = new Map(Object.entries(config.customers).map(([name, list]) => [name.toLowerCase(), { name, list }]));
  return record.customers.flatMap((customer) => {
    const entry = known.get(customer.toLowerCase());
    return entry && entry.list.length ? [`**${escapeHtml(entry.name)}**: ${entry.list.map(escapeHtml).join(', ')}`] : [];
  });
}

/**
 * The state a card carries: the record without its title, when its status began, and the blob id
 * of the file it was read from. Only a cache: the file on the default branch is the record.
 */
export type CardState = Partial<IncidentRecord> & { status_since?: string; oid?: string };

/** Git's object id of a file's content (sha1 of `blob <bytes>\0<content>`), as GitHub reports a blob's `oid`. */
export function blobOid(text: string): string {
  const content = Buffer.from(text, 'utf8');
  return createHash('sha1').update(`blob ${content.length}\0`).update(content).digest('hex');
}

const STATUS_ICON: Record<Status, string> = {
  triage: '🟡',
  investigating: '🔴',
  fixing: '🟠',
  monitoring: '🔵',
  resolved: '🟢',
  closed: '⚪',
  declined: '⚪',
};

function when(timestamp: string | null): string {
  return timestamp ? timestamp.replace('T', ' ').replace(/:\d{2}Z$/, ' UTC') : '—';
}

/**
 * The status card: severity, status, roles, next update due, links, the command cheat-sheet.
 * It ends with the machine-readable state: a cache of the record keyed by the file's blob id, which
 * spares the sweep parsing files that have not changed since (it still reads every file).
 */
export function renderCard(record: IncidentRecord, ctx: CardContext): string {
  const severity = severityOf(ctx.config, record.severity);
  const who = (login: string | null) => (login ? `@${login}` : '—');
  const roleRows = ROLES.map((role) => {
    const holder = record.roles[role];
    const effective = effectiveHolder(record.roles, role);
    const cell = holder ? who(holder) : effective ? `${who(effective)} (coordinator)` : '_unassigned_';
    return `| ${role[0]?.toUpperCase()}${role.slice(1)} | ${cell} |`;
  });
  // The same rule as the sweep's staffing reminder: logins compare without case.
  const understaffed = isUnderstaffed(ctx.config, record);
  const lines = [
    CARD_MARKER,
    `### ${STATUS_ICON[record.status]} ${record.id} · ${escapeHtml(severity.name)} · ${record.status}`,
    '',
    '| | |',
    '|---|---|',
    `| Severity | **${escapeHtml(severity.name)}** — ${escapeHtml(severity.description)} |`,
    `| Status | **${record.status}** |`,
    ...roleRows,
    `| Next update due | ${isActive(record.status) ? when(record.next_update_due) : '— (no updates owed)'} |`,
    `| Record | [${record.id}.md](${ctx.fileUrl})${ctx.editedIn ? ` · edited in [${ctx.editedIn.sha.slice(0, 7)}](${ctx.editedIn.url})` : ''} |`,
    `| Postmortem | ${record.postmortem ? `[${record.postmortem.startsWith('http') ? 'pull request' : escapeHtml(record.postmortem)}](${record.postmortem})` : '—'} |`,
  ];
  lines.push(`| Public | ${publicCell(record, ctx.config.command)} |`);
  if (record.caused_by?.length) lines.push(`| Caused by | ${record.caused_by.map(pullRequestLink).join(', ')} |`);
  if (record.followups?.length) lines.push(`| Follow-ups | ${record.followups.map((u) => `<${u}>`).join(' ')} |`);
  const contacts = customerContacts(record, ctx.config);
  if (contacts.length) lines.push(`| Customer contacts | ${contacts.join('; ')} |`);
  if (understaffed) {
    const page = ctx.config.coordinators.length ? ` ${ctx.config.coordinators.join(' ')}, please staff it.` : '';
    lines.push('', `> [!WARNING]\n> ${severity.name} needs a coordinator who is not the operations engineer: \`${ctx.config.command} role coordinator @user\`.${page}`);
  }
  if (ctx.latest) {
    const { label, text } = writeLogEvent(ctx.latest);
    // Every render repeats it, so a long update is shortened here, pointing at the whole text.
    const more = /^https?:\/\/[^\s()<>"'`]+$/.test(ctx.latest.ref ?? '') ? `… (truncated, see [the comment](${ctx.latest.ref}) or the file)` : undefined;
    lines.push('', `**Latest** (${when(ctx.latest.at)}, ${label}): ${fitBody(inlineUserText(text), MAX_QUOTE_LENGTH, more)}`);
  }
  lines.push(
    '',
    '<details><summary>Commands</summary>',
    '',
    '```text',
    usageText(ctx.config.command),
    '```',
    '',
    '</details>',
    '',
    `${STATE_PREFIX}${encodeState(record, ctx.statusSince, ctx.blobOid)} -->`,
  );
  return lines.join('\n');
}

/** Whether the status page shows the incident (SPEC 4.9), and under which title. */
function publicCell(record: IncidentRecord, command: string): string {
  if (!record.public) return `not published (\`${command} public <message> [title: <public title>]\` publishes it)`;
  const title = record.public.title ? `as **${inlineUserText(record.public.title).replace(/\|/g, '\\|')}**` : `(no public title yet: \`${command} public <message> title: <text>\`)`;
  return `published on the status page ${title}`;
}

/** `acme/checkout#1234`, linked; anything else a hand edit may have put there is shown as text. */
function pullRequestLink(url: string): string {
  const match = /^https?:\/\/[^/]+\/([^/]+\/[^/]+)\/pull\/(\d+)$/.exec(url);
  if (!isPullRequestUrl(url) || !match || /[()<>[\]|`\\]/.test(url)) return inlineUserText(url);
  return `[${escapeHtml(`${match[1]}#${match[2]}`)}](${url})`;
}

/** The record's fields the sweep needs, base64url so no user text can close the comment. */
function encodeState(record: IncidentRecord, statusSince: string | undefined, oid: string | undefined): string {
  const state: CardState = { ...record, title: undefined, ...(statusSince ? { status_since: statusSince } : {}), ...(oid ? { oid } : {}) };
  return Buffer.from(JSON.stringify(state), 'utf8').toString('base64url');
}

/** Reads the state a card carries, or undefined when the comment is not a card. */
export function readCardState(body: string): CardState | undefined {
  if (!body.startsWith(CARD_MARKER)) return undefined;
  const start = body.lastIndexOf(STATE_PREFIX);
  if (start < 0) return undefined;
  const encoded = body.slice(start + STATE_PREFIX.length).split(' ')[0] ?? '';
  try {
    return JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as CardState;
  } catch {
    return undefined;
  }
}
