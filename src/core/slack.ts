/**
 * Slack's side of an incident, as pure functions (SPEC 4.12): the channel's name and topic, who a
 * Slack user is on GitHub (`people`, SPEC 4.13), Slack text made safe for GitHub and GitHub text
 * made safe for Slack, `/inc` typed in Slack read with the comment grammar (4.2), and a pinned or
 * reacted message as a Log `note`.
 */
import { parseCommand, usageOf, type CommandLine } from './commands.js';
import type { IncidentRecord, LogEntry } from './incident.js';
import { SLACK_NOTE_KEY } from './log.js';
import { defuseMentions, escapeHtml, isLogin } from './sanitize.js';
import { formatTimestamp, type Timestamp } from './time.js';

/** Slack's limit on a channel name. */
export const MAX_CHANNEL_NAME = 80;
/** Slack's limit on a channel topic. */
export const MAX_TOPIC = 250;
/** How much of a Slack message a Log note keeps. */
export const MAX_NOTE_TEXT = 2_000;

const ZWSP = '\u200b';

/** `people` (SPEC 4.13) as far as Slack needs it: GitHub login → Slack user id. */
export type People = Readonly<Record<string, { readonly slack?: string | null | undefined } | null | undefined>>;

/**
 * `people` read from whatever the configuration holds: entries that are not a mapping, or whose
 * `slack` is not a Slack user id, are left out rather than trusted.
 */
export function readPeople(value: unknown): People {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  const people: Record<string, { slack: string }> = {};
  for (const [login, entry] of Object.entries(value)) {
    const slack = entry && typeof entry === 'object' ? (entry as { slack?: unknown }).slack : undefined;
    if (isLogin(login) && typeof slack === 'string' && isSlackUserId(slack)) people[login] = { slack };
  }
  return people;
}

/** A Slack user id (`U012ABCDEF`, or `W…` on Enterprise Grid). */
export function isSlackUserId(text: string): boolean {
  return /^[UW][A-Z0-9]{2,}$/.test(text);
}

/** A Slack conversation id (`C…` public, `G…` private, `D…` direct). */
export function isSlackChannelId(text: string): boolean {
  return /^[CGD][A-Z0-9]{2,}$/.test(text);
}

/** The GitHub login a Slack user maps to, or undefined. */
export function loginForSlackUser(people: People, slackUser: string): string | undefined {
  for (const [login, entry] of Object.entries(people)) if (entry?.slack === slackUser) return login;
  return undefined;
}

/** The Slack user id a GitHub login maps to, or undefined. */
export function slackUserForLogin(people: People, login: string): string | undefined {
  const wanted = login.replace(/^@/, '').toLowerCase();
  for (const [name, entry] of Object.entries(people)) if (name.toLowerCase() === wanted && entry?.slack) return entry.slack;
  return undefined;
}

/**
 * The incident channel's name: `<prefix>-<n>-<title words>`, e.g. `inc-42-checkout-api-returns-502`.
 * Lowercase letters, digits and hyphens only (accents dropped, anything else a hyphen), at most
 * 80 characters, cut at a word boundary when it can be.
 */
export function channelName(prefix: string, issue: number, title: string): string {
  const head = slug(`${prefix}-${issue}`) || `inc-${issue}`;
  const words = slug(title);
  if (!words) return head.slice(0, MAX_CHANNEL_NAME);
  return cutAtWord(`${head}-${words}`, MAX_CHANNEL_NAME, head.length);
}

/** The name to try after `base` was taken `attempt - 1` times: `base-2`, `base-3` … within 80 characters. */
export function suffixedChannelName(base: string, attempt: number): string {
  if (attempt <= 1) return base;
  const suffix = `-${attempt}`;
  return `${base.slice(0, MAX_CHANNEL_NAME - suffix.length).replace(/-+$/, '')}${suffix}`;
}

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function cutAtWord(text: string, max: number, keep: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const hyphen = cut.lastIndexOf('-');
  return (hyphen > keep ? cut.slice(0, hyphen) : cut).replace(/-+$/, '');
}

/**
 * The channel topic: `INC-42 · P1 · investigating · next update 10:30 UTC`. The due time carries
 * its date when it is not on `now`'s day (UTC); no due time, no "next update".
 */
export function channelTopic(record: Pick<IncidentRecord, 'id' | 'severity' | 'status' | 'next_update_due'>, now: number): string {
  const parts = [record.id, record.severity, record.status];
  const due = record.next_update_due ? Date.parse(record.next_update_due) : Number.NaN;
  if (!Number.isNaN(due) && !['resolved', 'closed', 'declined'].includes(record.status)) {
    const iso = new Date(due).toISOString();
    const sameDay = iso.slice(0, 10) === new Date(now).toISOString().slice(0, 10);
    parts.push(`next update ${sameDay ? '' : `${iso.slice(0, 10)} `}${iso.slice(11, 16)} UTC`);
  }
  return parts.join(' · ').slice(0, MAX_TOPIC);
}

// Slack's markup: `<@U…>`, `<@U…|name>`, `<#C…|name>`, `<!here>`, `<!subteam^S…|@team>`, `<url|label>`.
const SLACK_MARKUP = /<([@#!]?)([^<>|]*)(?:\|([^<>]*))?>/g;

/**
 * Slack message text (its `text` field, in Slack's markup) as plain words: a user mention becomes
 * `@login` when `people` maps it (else `@<name it carried>` or `@<id>`), a channel `#name`, a
 * special mention `@here`/`@channel`/`@everyone`, a user group its handle, a link
 * `label (url)`, and Slack's three entities are decoded. Nothing here is safe to show yet:
 * see {@link slackTextForGitHub}.
 */
export function slackToPlain(text: string, people: People): string {
  const plain = text.replace(SLACK_MARKUP, (_whole, sigil: string, target: string, label: string | undefined) => {
    if (sigil === '@') return `@${loginForSlackUser(people, target) ?? label?.replace(/^@/, '') ?? target}`;
    if (sigil === '#') return `#${label ?? target}`;
    if (sigil === '!') {
      if (target.startsWith('subteam^')) return label ? `@${label.replace(/^@/, '')}` : '@team';
      if (target.startsWith('date^')) return label ?? target;
      return `@${target}`;
    }
    return label && label !== target ? `${label} (${target})` : target;
  });
  return plain.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/**
 * Slack text made safe for GitHub, on one line: Slack's markup resolved to plain words, every
 * `@` mention defused (a Slack author never pings anyone on GitHub), HTML escaped so no tag or
 * sitrep marker forms, Markdown's link, image and emphasis characters escaped, newlines as spaces.
 */
export function slackTextForGitHub(text: string, people: People): string {
  return escapeMarkdown(escapeHtml(defuseMentions(slackToPlain(text, people))))
    .replace(/\s*\r?\n\s*/g, ' ')
    .trim();
}

/**
 * Slack text as a Log line keeps it: plain words on one line, every `@` mention defused. The
 * Log's writer escapes Markdown and HTML in the file, and whatever echoes a Log entry escapes it
 * for its target (a comment, a chat message), so the text itself stays unescaped.
 */
export function slackTextForLog(text: string, people: People): string {
  return oneLine(defuseMentions(slackToPlain(text, people)));
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]()#|~]/g, (c) => `\\${c}`);
}

/**
 * Text from GitHub (or anywhere) made safe for a Slack message's mrkdwn: Slack's three control
 * characters as entities, so no `<!channel>`, `<!here>`, `<@U…>`, `<!subteam^…>` or `<url|…>` can
 * form; `@` before a word defused; emphasis markers fenced so they stay characters.
 */
export function textForSlack(text: string): string {
  return defuseMentions(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[*_~`]/g, (marker) => `${ZWSP}${marker}${ZWSP}`);
}

/** What `/inc …` typed in Slack asks for. */
export type SlashCommand =
  /** `/inc declare [P1|P2|P3] <title>`: anywhere. */
  | { kind: 'declare'; severity: string | null; title: string }
  /** Any other command, rewritten in the comment grammar with GitHub logins (`line`), and parsed. */
  | { kind: 'command'; line: string; parsed: CommandLine['parsed'] }
  /** Refused before parsing: says why and how. */
  | { kind: 'refused'; error: string; usage: string };

/**
 * Reads a slash command's text (what follows `/inc` in Slack) with the comment grammar of SPEC
 * 4.2. A Slack mention stands for the GitHub login `people` maps it to; a mention nobody maps is
 * refused, saying how to map it. `/inc declare [severity] <title>` declares.
 */
export function parseSlashCommand(text: string, options: { prefix: string; severities: readonly string[]; people: People }): SlashCommand {
  const { prefix, severities, people } = options;
  const trimmed = text.replace(/\s+/g, ' ').trim();
  const [word = ''] = trimmed.split(' ');
  if (word.toLowerCase() === 'declare') {
    const rest = trimmed.slice(word.length).trim();
    const [first = ''] = rest.split(' ');
    const severity = severities.find((s) => s.toLowerCase() === first.toLowerCase()) ?? null;
    const title = slackToPlain(severity ? rest.slice(first.length).trim() : rest, people).trim();
    if (!title) return { kind: 'refused', error: 'a declaration needs a title', usage: `${prefix} declare [${severities.join('|')}] <title>` };
    return { kind: 'declare', severity, title };
  }
  const unmapped: string[] = [];
  const line = trimmed.replace(SLACK_MARKUP, (whole, sigil: string, target: string) => {
    if (sigil !== '@') return whole;
    const login = loginForSlackUser(people, target);
    if (!login) unmapped.push(target);
    return `@${login ?? target}`;
  });
  if (unmapped.length) {
    const name = (word || 'help').toLowerCase();
    return {
      kind: 'refused',
      error: `${unmapped.map((u) => `<@${u}>`).join(', ')} has no GitHub login in sitrep's people: add \`people: { <github-login>: { slack: ${unmapped[0]} } }\` to .github/sitrep.yml`,
      usage: usageOf(name, prefix),
    };
  }
  const plain = slackToPlain(line, people);
  return { kind: 'command', line: `${prefix} ${plain}`.trim(), parsed: parseCommand(plain, prefix, severities) };
}

/** The key a Slack message is known by in the Log: `<channel>:<ts>`. */
export function slackMessageKey(channel: string, ts: string): string {
  return `${channel}:${ts}`;
}

/** A Slack `ts` (`1763719092.000100`, seconds since the epoch) as a Log time. */
export function slackTsToTimestamp(ts: string): Timestamp {
  return formatTimestamp(Math.floor(Number(ts)) * 1000);
}

/** A message that joins the timeline (pinned, or given the `timeline` reaction). */
export interface TimelineMessage {
  channel: string;
  /** The message's own `ts` (not the pin's or the reaction's). */
  ts: string;
  /** The author's Slack user id. */
  user: string;
  /** The author's Slack name, when known. */
  userName?: string | undefined;
  /** The message text, in Slack's markup. */
  text: string;
  permalink: string;
}

/**
 * The Log `note` for a message from the incident channel: the message's own time, its author's
 * login when `people` maps them (else `fallbackActor`, the one who runs sitrep, with the author's
 * Slack name kept in the entry), its text neutralised and cut, its permalink as the entry's link,
 * and its key so it is logged once however often it is pinned.
 */
export function timelineNote(message: TimelineMessage, people: People, fallbackActor: string): LogEntry {
  const key = slackMessageKey(message.channel, message.ts);
  if (!SLACK_NOTE_KEY.test(key)) throw new RangeError(`not a Slack message key: ${key}`);
  const login = loginForSlackUser(people, message.user);
  const author = oneLine(message.userName || message.user).replace(/ · /g, ' - ').slice(0, 80) || message.user;
  const text = cut(slackTextForLog(message.text, people), MAX_NOTE_TEXT) || '(no text)';
  const permalink = /^https:\/\/[^\s<>|]+$/.test(message.permalink) ? message.permalink : undefined;
  return {
    at: slackTsToTimestamp(message.ts),
    actor: login ?? fallbackActor,
    kind: 'note',
    text,
    slack: { key, author: defuseMentions(author) },
    ...(permalink ? { ref: permalink } : {}),
  };
}

/** Whether the Log already holds a message's note: each message counts once. */
export function hasTimelineNote(log: readonly LogEntry[], channel: string, ts: string): boolean {
  const key = slackMessageKey(channel, ts);
  return log.some((entry) => entry.kind === 'note' && entry.slack?.key === key);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Cuts without leaving half an escape, an entity or a defused mention at the end. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  // Keep `@` with its zero-width space, and a surrogate pair whole.
  while (end > 0 && (text[end] === ZWSP || /[\uDC00-\uDFFF]/.test(text[end] ?? ''))) end--;
  return `${text.slice(0, end)}…`;
}
