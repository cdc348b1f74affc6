import { parseItemFields, type Priority } from './action-items.js';
import { isDuration, parseDuration } from './duration.js';
import { parseRole, ROLE_NAMES, type Role } from './incident.js';
import { isStatus, STATUSES, type Status } from './lifecycle.js';
import { parseMarkdown } from './markdown.js';
import { isLogin, isTeam } from './sanitize.js';

/** A parsed `/inc` command. Texts keep exactly what the responder typed. */
export type Command =
  | { name: 'update'; message: string; nextInMs?: number }
  | { name: 'status'; status: Status; message: string }
  | { name: 'severity'; severity: string; reason: string }
  | { name: 'role'; role: Role; login: string }
  | { name: 'escalate'; targets: string[]; reason: string }
  | { name: 'note'; text: string }
  | { name: 'followup'; title: string; repo?: string; owner?: string; due?: string; priority?: Priority }
  | { name: 'postmortem' }
  | { name: 'public'; message: string; title?: string; nextInMs?: number }
  | { name: 'cause'; url: string }
  | { name: 'help' };

export type CommandName = Command['name'];

/** Words that run a command under another name: `handoff` (role), `resolve` and `decline` (status). */
export type CommandAlias = 'handoff' | 'resolve' | 'decline';

/** Every word that follows the prefix: a command's name or an alias. */
export type CommandWord = CommandName | CommandAlias;

/** One command line as found in a comment. */
export interface CommandLine {
  /** The line as written (prefix included). */
  line: string;
  /** 1-based line number in the comment. */
  lineNumber: number;
  parsed: { ok: true; command: Command } | { ok: false; error: string; usage: string };
}

/**
 * Usage of each command, shown with every refusal and in `/inc help`. `{p}` is the prefix. Keyed
 * by every command word, so a command (or alias) without its usage line does not compile.
 */
export const USAGE: Readonly<Record<CommandWord, string>> = {
  update: '{p} update <message> [next: 45m]',
  status: `{p} status <${STATUSES.join('|')}> [message]`,
  severity: '{p} severity <severity> [reason]',
  role: '{p} role <coordinator|operations|communications> @user',
  handoff: '{p} handoff <role> @user',
  escalate: '{p} escalate [@user|@org/team ...] [reason]',
  note: '{p} note <text>',
  followup: '{p} followup <title> [— owner: @user, repo: owner/repo, due: YYYY-MM-DD, priority: high]',
  resolve: '{p} resolve [message]',
  decline: '{p} decline [reason]',
  postmortem: '{p} postmortem',
  public: '{p} public <message> [title: <public title>] [next: 45m]',
  cause: '{p} cause <pull request URL, e.g. https://github.com/acme/checkout/pull/1234>',
  help: '{p} help',
};

/** Every command's usage, one per line. */
export function usageText(prefix: string): string {
  return Object.values(USAGE)
    .map((u) => u.replace('{p}', prefix))
    .join('\n');
}

/** The usage of one command (`role`, `followup` …) with the prefix filled in; every command's for an unknown name. */
export function usageOf(name: string, prefix: string): string {
  return isCommandWord(name) ? USAGE[name].replace('{p}', prefix) : usageText(prefix);
}

/** Whether a word (lower case) names a command or an alias. */
export function isCommandWord(word: string): word is CommandWord {
  return Object.hasOwn(USAGE, word);
}

/**
 * Finds the command lines of a comment: lines of its paragraphs (not of code blocks or quotes,
 * so quoting a command does not run it) that start with the prefix.
 */
export function findCommandLines(body: string, prefix: string, severities: readonly string[]): CommandLine[] {
  const tree = parseMarkdown(body);
  const lines = body.split(/\r?\n/);
  const found: CommandLine[] = [];
  for (const node of tree.children) {
    if (node.type !== 'paragraph' || !node.position) continue;
    for (let n = node.position.start.line; n <= node.position.end.line; n++) {
      const line = (lines[n - 1] ?? '').trim();
      if (!startsWithPrefix(line, prefix)) continue;
      found.push({ line, lineNumber: n, parsed: parseCommand(line.slice(prefix.length).trim(), prefix, severities) });
    }
  }
  return found;
}

function startsWithPrefix(line: string, prefix: string): boolean {
  if (!line.toLowerCase().startsWith(prefix.toLowerCase())) return false;
  const next = line.charAt(prefix.length);
  return next === '' || /\s/.test(next);
}

const NEXT = /\s*\[?next:\s*(\S+?)\]?\s*$/i;

/** Parses what follows the prefix on one line. */
export function parseCommand(rest: string, prefix: string, severities: readonly string[]): CommandLine['parsed'] {
  const [word = '', ...words] = rest.split(/\s+/).filter(Boolean);
  const name = word.toLowerCase();
  const args = rest.slice(word.length).trim();
  const refuse = (error: string, usageName = name) => ({ ok: false as const, error, usage: usageOf(usageName, prefix) });
  const ok = (command: Command) => ({ ok: true as const, command });

  switch (name) {
    case 'update': {
      const taken = takeNext(args);
      if ('error' in taken) return refuse(taken.error);
      const { rest: message, nextInMs } = taken;
      if (!message) return refuse('an update needs a message saying what is known and what happens next');
      return ok(nextInMs === undefined ? { name: 'update', message } : { name: 'update', message, nextInMs });
    }
    case 'status': {
      const status = (words[0] ?? '').toLowerCase();
      if (!isStatus(status)) {
        return refuse(status ? `"${words[0]}" is not a status; use one of ${STATUSES.join(', ')}` : `say which status: one of ${STATUSES.join(', ')}`);
      }
      return ok({ name: 'status', status, message: args.slice((words[0] ?? '').length).trim() });
    }
    case 'resolve':
      return ok({ name: 'status', status: 'resolved', message: args });
    case 'decline':
      return ok({ name: 'status', status: 'declined', message: args });
    case 'severity': {
      const wanted = words[0] ?? '';
      const severity = severities.find((s) => s.toLowerCase() === wanted.toLowerCase());
      if (!severity) {
        return refuse(wanted ? `"${wanted}" is not a severity; use one of ${severities.join(', ')}` : `say which severity: one of ${severities.join(', ')}`);
      }
      return ok({ name: 'severity', severity, reason: args.slice(wanted.length).trim() });
    }
    case 'role':
    case 'handoff': {
      const [roleName = '', who = '', ...extra] = words;
      const role = parseRole(roleName);
      if (!role) {
        return refuse(roleName ? `"${roleName}" is not a role; use one of ${ROLE_NAMES.join(', ')}` : 'say which role and who: e.g. role coordinator @alice', name);
      }
      const login = who.replace(/^@/, '');
      if (who.startsWith('@') && isTeam(login)) return refuse(`${who} is a team; a role is held by one person: name them, e.g. ${prefix} ${name} ${roleName} @alice`, name);
      if (!who.startsWith('@') || !isLogin(login)) return refuse(`name the person with an @, e.g. ${prefix} ${name} ${roleName} @alice`, name);
      if (extra.length) return refuse(`unexpected text after ${who}: one person per role command`, name);
      return ok({ name: 'role', role, login });
    }
    case 'escalate': {
      const targets: string[] = [];
      let index = 0;
      for (const w of words) {
        if (!w.startsWith('@')) break;
        const handle = w.slice(1).replace(/[.,;:]+$/, '');
        if (!isLogin(handle) && !isTeam(handle)) return refuse(`"${w}" is not a user or team; use @user or @org/team`);
        targets.push(`@${handle}`);
        index++;
      }
      return ok({ name: 'escalate', targets, reason: reasonFrom(args, index) });
    }
    case 'note':
      if (!args) return refuse('a note needs its text');
      return ok({ name: 'note', text: args });
    case 'followup':
      return parseFollowup(args, refuse);
    case 'postmortem':
      return ok({ name: 'postmortem' });
    case 'public':
      return parsePublic(args, refuse);
    case 'cause': {
      if (!words[0]) return refuse('name the pull request that caused it');
      if (words.length > 1) return refuse('give one pull request URL per cause command (repeat the command for another)');
      // `<url>` (an autolink) and a trailing slash are how people paste; the record keeps the bare URL.
      const url = words[0].replace(/^<(.*)>$/, '$1').replace(/\/$/, '');
      if (!isPullRequestUrl(url)) return refuse(`"${words[0]}" is not a pull request URL; use https://<host>/<owner>/<repo>/pull/<number>, e.g. https://github.com/acme/checkout/pull/1234`);
      return ok({ name: 'cause', url });
    }
    case 'help':
    case '':
      return ok({ name: 'help' });
    default:
      return { ok: false, error: `"${word}" is not a command`, usage: usageText(prefix) };
  }
}

/** What a pull request URL looks like, as `caused_by` in schemas/incident.schema.json accepts it. */
const PULL_REQUEST_URL = /^https?:\/\/[^/\s]+\/[^/\s]+\/[^/\s]+\/pull\/[1-9][0-9]*$/;

/** Whether a text is a pull request URL `https://<host>/<owner>/<repo>/pull/<number>`. */
export function isPullRequestUrl(text: string): boolean {
  return PULL_REQUEST_URL.test(text);
}

/** The last `title:` (a message may say "title:" itself), to the end, with `[` `]` around it optional. */
const PUBLIC_TITLE = /^(.*?)\s*\[?\btitle:\s*((?:(?!\btitle:).)*?)\]?\s*$/is;

/** Splits a trailing `next: <duration>` off a command's text: the text before it and the duration, or why it is not one. */
function takeNext(args: string): { rest: string; nextInMs?: number } | { error: string } {
  const next = NEXT.exec(args);
  if (!next?.[1]) return { rest: args };
  if (!isDuration(next[1])) return { error: `"next: ${next[1]}" is not a duration; use a number followed by m, h or d, e.g. next: 45m` };
  return { rest: args.slice(0, next.index).trim(), nextInMs: parseDuration(next[1]) };
}

/** `/inc public <message> [title: <public title>] [next: 45m]`: `next:` last, then `title:` (which runs to the end). */
function parsePublic(
  args: string,
  refuse: (error: string) => { ok: false; error: string; usage: string },
): CommandLine['parsed'] {
  const taken = takeNext(args);
  if ('error' in taken) return refuse(taken.error);
  let { rest } = taken;
  const { nextInMs } = taken;
  let title: string | undefined;
  const titled = PUBLIC_TITLE.exec(rest);
  if (titled) {
    title = (titled[2] ?? '').trim();
    if (!title) return refuse('"title:" needs the title customers will see, e.g. title: Checkout is slow in Europe');
    rest = (titled[1] ?? '').trim();
  }
  if (!rest) return refuse('a public update needs the message customers will read');
  const command: Command = { name: 'public', message: rest };
  if (title !== undefined) command.title = title;
  if (nextInMs !== undefined) command.nextInMs = nextInMs;
  return { ok: true, command };
}

/** The text after the first `count` whitespace-separated words, spacing kept. */
function reasonFrom(args: string, count: number): string {
  let rest = args;
  for (let i = 0; i < count; i++) rest = rest.replace(/^\s*\S+/, '');
  return rest.trim();
}

/** The fields `/inc followup` takes: those of an action item, less the `issue:` that filing writes. */
const FOLLOWUP_FIELDS = ['owner', 'repo', 'due', 'priority'] as const;

/**
 * `/inc followup` reads its text through the action items' grammar (SPEC 4.5), so a follow-up may
 * be typed as the postmortem writes it (`Title — owner: @carol, due: 2026-12-05`) or without the
 * dash and commas (`Title owner: @carol due: 2026-12-05`).
 */
function parseFollowup(
  args: string,
  refuse: (error: string) => { ok: false; error: string; usage: string },
): CommandLine['parsed'] {
  const item = parseItemFields(args, { dashOptional: true, fields: FOLLOWUP_FIELDS });
  if (!item.title) return refuse('a follow-up needs a title saying what should change');
  if (item.problems.length) return refuse(item.problems.join('; '));
  const command: Command = { name: 'followup', title: item.title };
  if (item.repo) command.repo = item.repo;
  if (item.owner) command.owner = item.owner;
  if (item.due) command.due = item.due;
  if (item.priority) command.priority = item.priority;
  return { ok: true, command };
}
