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
  | { name: 'followup'; title: string; repo?: string; owner?: string; due?: string }
  | { name: 'postmortem' }
  | { name: 'help' };

export type CommandName = Command['name'];

/** One command line as found in a comment. */
export interface CommandLine {
  /** The line as written (prefix included). */
  line: string;
  /** 1-based line number in the comment. */
  lineNumber: number;
  parsed: { ok: true; command: Command } | { ok: false; error: string; usage: string };
}

/** Usage of each command, shown with every refusal and in `/inc help`. `{p}` is the prefix. */
export const USAGE: Readonly<Record<string, string>> = {
  update: '{p} update <message> [next: 45m]',
  status: `{p} status <${STATUSES.join('|')}> [message]`,
  severity: '{p} severity <severity> [reason]',
  role: '{p} role <coordinator|operations|communications> @user',
  handoff: '{p} handoff <role> @user',
  escalate: '{p} escalate [@user|@org/team ...] [reason]',
  note: '{p} note <text>',
  followup: '{p} followup <title> [repo: owner/repo] [owner: @user] [due: YYYY-MM-DD]',
  resolve: '{p} resolve [message]',
  decline: '{p} decline [reason]',
  postmortem: '{p} postmortem',
  help: '{p} help',
};

/** Every command's usage, one per line. */
export function usageText(prefix: string): string {
  return Object.values(USAGE)
    .map((u) => u.replace('{p}', prefix))
    .join('\n');
}

function usageOf(name: string, prefix: string): string {
  return (USAGE[name] ?? usageText(prefix)).replace('{p}', prefix);
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
      let message = args;
      let nextInMs: number | undefined;
      const next = NEXT.exec(args);
      if (next?.[1]) {
        if (!isDuration(next[1])) return refuse(`"next: ${next[1]}" is not a duration; use a number followed by m, h or d, e.g. next: 45m`);
        nextInMs = parseDuration(next[1]);
        message = args.slice(0, next.index).trim();
      }
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
    case 'help':
    case '':
      return ok({ name: 'help' });
    default:
      return { ok: false, error: `"${word}" is not a command`, usage: usageText(prefix) };
  }
}

/** The text after the first `count` whitespace-separated words, spacing kept. */
function reasonFrom(args: string, count: number): string {
  let rest = args;
  for (let i = 0; i < count; i++) rest = rest.replace(/^\s*\S+/, '');
  return rest.trim();
}

const FOLLOWUP_FIELD = /\s*[[(]?\b(repo|owner|due):\s*([^\s\])]+)[\])]?\s*/gi;

function parseFollowup(
  args: string,
  refuse: (error: string) => { ok: false; error: string; usage: string },
): CommandLine['parsed'] {
  const fields: Record<string, string> = {};
  const title = args
    .replace(FOLLOWUP_FIELD, (_, key: string, value: string) => {
      fields[key.toLowerCase()] = value;
      return ' ';
    })
    .trim();
  if (!title) return refuse('a follow-up needs a title saying what should change');
  const { repo, owner, due } = fields;
  if (repo !== undefined && !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repo)) return refuse(`repo: "${repo}" is not owner/repo`);
  if (owner !== undefined && !isLogin(owner.replace(/^@/, ''))) return refuse(`owner: "${owner}" is not a GitHub user; use owner: @user`);
  if (due !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(due) || Number.isNaN(Date.parse(due)))) return refuse(`due: "${due}" is not a date; use due: YYYY-MM-DD`);
  const command: Command = { name: 'followup', title };
  if (repo) command.repo = repo;
  if (owner) command.owner = owner.replace(/^@/, '');
  if (due) command.due = due;
  return { ok: true, command };
}
