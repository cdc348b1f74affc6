/**
 * Overdue follow-ups (SPEC 4.3, 4.5): the cadence sweep reminds an incident of each action item
 * of its merged postmortem that is past its due date while its follow-up issue is still open (or
 * was never filed), once per item and due date. Pure: text and sets in, reminders out.
 */
import { overdueActionItems, type OverdueActionItem } from './action-items.js';
import { reminderKey, type Reminder } from './reminders.js';
import { inlineUserText } from './sanitize.js';

const DAY = 86_400_000;
const POSTMORTEM_FILE = /^INC-([1-9][0-9]{0,9})\.md$/;

/** A file of the postmortems folder on the default branch, as the sweep reads it. */
export interface PostmortemFile {
  name: string;
  text: string;
}

/** One incident's postmortem with the items past their due date. */
export interface OverduePostmortem {
  /** The incident issue's number (`INC-<n>` is issue `<n>`). */
  number: number;
  id: string;
  /** The postmortem's path in the repository, for messages. */
  path: string;
  items: OverdueActionItem[];
}

/** What the sweep found in the postmortems folder. */
export interface OverdueFollowups {
  postmortems: OverduePostmortem[];
  /** Files that could not be read, with why; the others still count. */
  unreadable: { path: string; message: string }[];
}

/**
 * The postmortems (`INC-<n>.md`, other files ignored) that have unchecked action items past their
 * due date at `now`, in incident order.
 */
export function overdueFollowups(files: readonly PostmortemFile[], folder: string, now: number): OverdueFollowups {
  const found: OverdueFollowups = { postmortems: [], unreadable: [] };
  for (const file of files) {
    const match = POSTMORTEM_FILE.exec(file.name);
    if (!match) continue;
    const path = `${folder}/${file.name}`;
    try {
      const items = overdueActionItems(file.text, now);
      if (items.length) found.postmortems.push({ number: Number(match[1]), id: `INC-${match[1]}`, path, items });
    } catch (error) {
      found.unreadable.push({ path, message: error instanceof Error ? error.message : String(error) });
    }
  }
  found.postmortems.sort((a, b) => a.number - b.number);
  return found;
}

/** A GitHub issue an item links to: `…/<owner>/<name>/issues/<n>` on any host. */
export interface IssueRef {
  repo: string;
  number: number;
}

/** Reads an item's `issue:` link as a GitHub issue, or undefined when it is not one. */
export function issueRef(url: string): IssueRef | undefined {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  const match = /^\/([A-Za-z0-9][A-Za-z0-9-]*)\/([A-Za-z0-9._-]+)\/issues\/([1-9][0-9]*)\/?$/.exec(path);
  return match ? { repo: `${match[1]}/${match[2]}`, number: Number(match[3]) } : undefined;
}

/** How an issue is looked up in the set of open follow-ups: `owner/name#n`, case-insensitive. */
export function issueRefKey(ref: IssueRef): string {
  return `${ref.repo.toLowerCase()}#${ref.number}`;
}

/** The repositories whose open follow-up issues decide the reminders (those the overdue items link to). */
export function followupRepositories(postmortems: readonly OverduePostmortem[]): string[] {
  const repos = new Map<string, string>();
  for (const item of postmortems.flatMap((p) => p.items)) {
    const ref = item.url ? issueRef(item.url) : undefined;
    if (ref && !repos.has(ref.repo.toLowerCase())) repos.set(ref.repo.toLowerCase(), ref.repo);
  }
  return [...repos.values()];
}

/** One incident's overdue items and what the sweep knows about it. */
export interface FollowupReminderInput {
  postmortem: OverduePostmortem;
  /** The incident's coordinator, mentioned for items that name no owner. */
  coordinator: string | null;
  /** Open follow-up issues by issueRefKey, each with its URL as GitHub gives it. */
  openIssues: ReadonlyMap<string, string>;
  /** Reminder keys found in the bot's own comments on the incident issue. */
  posted: ReadonlySet<string>;
  now: number;
}

function daysLate(due: string, now: number): string {
  const days = Math.max(1, Math.floor((now - Date.parse(`${due}T00:00:00Z`)) / DAY));
  return days === 1 ? '1 day' : `${days} days`;
}

/**
 * The follow-up reminders due on one incident: one per overdue item whose follow-up issue is
 * still open, or that links no GitHub issue, and that has not been reminded for this due date.
 * An item whose issue is not among the open follow-ups (closed, or not a follow-up) is done.
 */
export function dueFollowupReminders(input: FollowupReminderInput): Reminder[] {
  const { postmortem, now } = input;
  const reminders: Reminder[] = [];
  for (const item of postmortem.items) {
    const ref = item.url ? issueRef(item.url) : undefined;
    const openUrl = ref ? input.openIssues.get(issueRefKey(ref)) : undefined;
    if (ref && !openUrl) continue;
    if (input.posted.has(reminderKey('followup', item.due, item.key))) continue;
    const where = openUrl
      ? `its issue ${openUrl} is still open. Close it when the work is done`
      : item.url
        ? `it is tracked at ${inlineUserText(item.url)}. Check it off in \`${postmortem.path}\` when it is done`
        : `it has no follow-up issue. Check it off in \`${postmortem.path}\` when it is done`;
    const mention = item.owner ?? input.coordinator;
    reminders.push({
      kind: 'followup',
      due: item.due,
      item: item.key,
      mentions: mention ? [mention] : [],
      message: `the ${postmortem.id} follow-up "${inlineUserText(item.title)}" was due on ${item.due} and is ${daysLate(item.due, now)} late; ${where}, or move its \`due:\` date.`,
      alsoCovers: [],
    });
  }
  return reminders;
}
