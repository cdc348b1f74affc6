/**
 * The action items of a postmortem (SPEC 4.5): a GFM task list under `## Action items`, one
 * item a line in the grammar
 *
 *     - [ ] Alert on 5xx ratio per region — owner: @carol, repo: acme/checkout, due: 2026-12-05, priority: high
 *
 * The list structure comes from the Markdown AST; only one item's plain text is read for its fields.
 */
import { createHash } from 'node:crypto';
import type { ListItem, Nodes, Paragraph, Root } from 'mdast';
import type { Config } from './config.js';
import { findSection, parseMarkdown, plainText } from './markdown.js';
import { isBotLogin, isLogin } from './sanitize.js';
import { isCalendarDate, parseDate } from './time.js';

export { isCalendarDate };

export const PRIORITIES = ['critical', 'high', 'medium', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** The fields an item may carry after its dash, in the order they are documented. */
export const ACTION_ITEM_FIELDS = ['owner', 'repo', 'due', 'priority', 'issue'] as const;
export type ActionItemField = (typeof ACTION_ITEM_FIELDS)[number];
type FieldName = ActionItemField;

/** The grammar, for messages. */
export const ACTION_ITEM_EXAMPLE = '- [ ] Alert on 5xx ratio — owner: @carol, repo: acme/checkout, due: 2026-12-05, priority: high';

/** What an item's text says: its title and the fields after it (SPEC 4.5). */
export interface ItemFields {
  /** Plain text before the field list, whitespace collapsed. */
  title: string;
  /** GitHub login, without the @. */
  owner?: string;
  /** `owner/name`. */
  repo?: string;
  /** `YYYY-MM-DD`, a day of the calendar. */
  due?: string;
  priority?: Priority;
  /** The issue it was filed as: its `issue:` field, or any link in the item to `…/issues/<n>`. */
  issueUrl?: string;
  /** What is wrong with the fields, each naming what is accepted. */
  problems: string[];
  /** Whether the text has a field list (so a link is appended with `, ` rather than ` — `). */
  hasFields: boolean;
}

/** One item of `## Action items`. */
export interface ActionItem extends ItemFields {
  /** Stable across re-runs: a hash of the normalised title (plus `-2`, `-3` … for repeated titles). */
  key: string;
  /** `- [x]`: done, never filed. */
  checked: boolean;
  /** A plain bullet (`- text`) rather than a task (`- [ ] text`). */
  task: boolean;
  /** 1-based line of the item in the file. */
  line: number;
  /** Offset in the file just after the item's first paragraph: where `, issue: <url>` goes. */
  insertAt: number;
}

/** The separators accepted between title and fields: em dash, en dash, `--`, `-`, each with spaces around. */
const SEPARATOR = /(?:^|\s+)(?:—|–|--|-)\s+(?=([A-Za-z]+)\s*:)/g;
const FIELD = /^([A-Za-z]+)\s*:\s*(.*)$/s;
const ISSUE_PATH = /\/issues\/[1-9][0-9]*\/?(?:[?#].*)?$/;
const REPO = /^[A-Za-z0-9](?:-?[A-Za-z0-9])*\/(?!\.\.?$)[A-Za-z0-9._-]{1,100}$/;
/** Where a field list starts without a dash (the form people type in `/inc followup`): ` owner:`, ` [due:`. */
const BARE_FIELD = new RegExp(`(?:^|\\s)[[(]?(${ACTION_ITEM_FIELDS.join('|')})\\s*:`, 'i');
/** Inside one comma-separated part, a further field typed without a comma: `owner: @bob due: 2026-12-05`. */
const NEXT_FIELD = new RegExp(`\\s+(?=[[(]?(?:${ACTION_ITEM_FIELDS.join('|')})\\s*:)`, 'i');

/** The normalised form of a title that its key is computed from: case, spacing and Unicode forms do not matter. */
export function normaliseTitle(title: string): string {
  return title.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The stable key of an action item title (12 hex digits of SHA-256 over the normalised title). */
export function actionItemKey(title: string): string {
  return createHash('sha256').update(normaliseTitle(title), 'utf8').digest('hex').slice(0, 12);
}

/** Whether a text is a repository `owner/name` as GitHub spells them. */
export function isRepoName(text: string): boolean {
  return REPO.test(text) && (text.split('/')[0] ?? '').length <= 39;
}

function shorten(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function nodesOf(node: Nodes): Nodes[] {
  return [node, ...('children' in node ? (node.children as Nodes[]).flatMap(nodesOf) : [])];
}

/**
 * Splits an item's text into its title and its field list, at the first dash followed by a known
 * field; with `dashOptional`, else at the first known field.
 */
function splitFields(text: string, dashOptional: boolean): { title: string; fields?: string } {
  for (const match of text.matchAll(SEPARATOR)) {
    const key = (match[1] ?? '').toLowerCase();
    if ((ACTION_ITEM_FIELDS as readonly string[]).includes(key)) {
      return { title: text.slice(0, match.index).trim(), fields: text.slice(match.index + match[0].length).trim() };
    }
  }
  const bare = dashOptional ? BARE_FIELD.exec(text) : null;
  if (bare) return { title: text.slice(0, bare.index).trim(), fields: text.slice(bare.index).trim() };
  return { title: text.trim() };
}

/** `[due: 2026-12-05]` or `(due: 2026-12-05)` → `due: 2026-12-05`. */
function unbracket(part: string): string {
  const match = /^[[(](.*?)[\])]?$/s.exec(part);
  return (match ? (match[1] ?? '') : part).trim();
}

/** Reads one field into the item, or adds a problem naming what is accepted. */
function readField(item: ItemFields, name: FieldName, value: string): void {
  const problem = (text: string) => item.problems.push(text);
  switch (name) {
    case 'owner': {
      const login = value.replace(/^@/, '');
      if (!isLogin(login) || isBotLogin(login)) {
        problem(`owner "${shorten(value, 40)}" is not a GitHub login; write owner: @<login> (one person; teams and bots cannot be assigned)`);
      } else item.owner = login;
      return;
    }
    case 'repo':
      if (!isRepoName(value)) problem(`repo "${shorten(value, 60)}" is not a repository; write repo: <owner>/<name>, e.g. repo: acme/checkout`);
      else item.repo = value;
      return;
    case 'due':
      if (!isCalendarDate(value)) problem(`due "${shorten(value, 30)}" is not a date; write due: YYYY-MM-DD, e.g. due: 2026-12-05`);
      else item.due = value;
      return;
    case 'priority': {
      const priority = value.toLowerCase();
      if (!(PRIORITIES as readonly string[]).includes(priority)) {
        problem(`priority "${shorten(value, 30)}" is not one of ${PRIORITIES.join(', ')}`);
      } else item.priority = priority as Priority;
      return;
    }
    case 'issue':
      item.issueUrl = value;
      return;
  }
}

function readFieldList(item: ItemFields, fields: string, allowed: readonly FieldName[]): void {
  const seen = new Set<string>();
  const parts = fields.split(/[,;]/).flatMap((p) => p.split(NEXT_FIELD)).map((p) => unbracket(p.trim()));
  for (const part of parts) {
    if (!part) continue;
    const match = FIELD.exec(part);
    const name = match?.[1]?.toLowerCase() ?? '';
    const value = match?.[2]?.trim() ?? '';
    if (!match || !(allowed as readonly string[]).includes(name)) {
      item.problems.push(
        match
          ? `unknown field "${shorten(name, 30)}"; the fields are owner:, repo:, due: and priority:`
          : `"${shorten(part, 40)}" is not a field; after the dash write fields as name: value, separated by commas`,
      );
      continue;
    }
    if (seen.has(name)) {
      item.problems.push(`${name}: is given twice; give it once`);
      continue;
    }
    seen.add(name);
    if (!value) {
      item.problems.push(`${name}: is empty`);
      continue;
    }
    readField(item, name as FieldName, value);
  }
}

/**
 * Reads an item's text: the title, then after a dash (` — `, ` – `, ` -- `, ` - `) its fields as
 * `name: value`, separated by commas, semicolons or spaces. The one grammar of action items and
 * of `/inc followup`, which also takes the fields without the dash (`dashOptional`) and may allow
 * fewer of them (`fields`). Problems name what is accepted.
 */
export function parseItemFields(
  text: string,
  options: { dashOptional?: boolean; fields?: readonly ActionItemField[] } = {},
): ItemFields {
  const { title, fields } = splitFields(text.replace(/\s+/g, ' ').trim(), options.dashOptional ?? false);
  const item: ItemFields = { title, problems: [], hasFields: fields !== undefined };
  if (fields !== undefined) readFieldList(item, fields, options.fields ?? ACTION_ITEM_FIELDS);
  return item;
}

/** `Title — owner: @carol, repo: acme/checkout, due: 2026-12-05, priority: high`: an item as the postmortem writes it. */
export function formatActionItem(item: { title: string; owner?: string; repo?: string; due?: string; priority?: Priority }): string {
  const fields = [
    item.owner && `owner: @${item.owner}`,
    item.repo && `repo: ${item.repo}`,
    item.due && `due: ${item.due}`,
    item.priority && `priority: ${item.priority}`,
  ].filter(Boolean);
  return fields.length ? `${item.title} — ${fields.join(', ')}` : item.title;
}

function readItem(listItem: ListItem): ActionItem {
  const paragraph = listItem.children.find((c): c is Paragraph => c.type === 'paragraph');
  const text = paragraph ? plainText(paragraph) : '';
  const item: ActionItem = {
    ...parseItemFields(text),
    key: '',
    checked: listItem.checked === true,
    task: listItem.checked !== null && listItem.checked !== undefined,
    line: listItem.position?.start.line ?? 0,
    insertAt: paragraph?.position?.end.offset ?? listItem.position?.end.offset ?? 0,
  };
  const { title } = item;
  // A link anywhere in the item to an issue means it was filed (by sitrep or by hand).
  const link = nodesOf(listItem).find((n) => n.type === 'link' && ISSUE_PATH.test(n.url));
  if (!item.issueUrl && link?.type === 'link') item.issueUrl = link.url;
  if (!title) item.problems.push('the item has no title; write the work to do before the dash');
  if (!item.task && !item.checked) {
    item.problems.push('it is a plain bullet, not a task; write "- [ ] <title>" to have it filed, or "- [x]" when it needs no issue');
  }
  return item;
}

/**
 * The items of `## Action items`, in file order. Only top-level items of the section's lists
 * count; nested lists are notes on an item.
 */
export function parseActionItems(postmortemText: string): ActionItem[] {
  return actionItemsOf(parseMarkdown(postmortemText));
}

/** The action items of a postmortem already parsed (see parseActionItems). */
export function actionItemsOf(tree: Root): ActionItem[] {
  const section = findSection(tree, 'Action items');
  const listItems = (section?.nodes ?? []).flatMap((n) => (n.type === 'list' ? n.children : []));
  const seen = new Map<string, number>();
  return listItems.map((listItem) => {
    const item = readItem(listItem);
    const base = actionItemKey(item.title);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    item.key = count === 1 ? base : `${base}-${count}`;
    return item;
  });
}

/** Whether an item is to be filed now: an unchecked task, not linked to an issue, with no bad field. */
export function isPending(item: ActionItem): boolean {
  return item.task && !item.checked && !item.issueUrl && item.problems.length === 0;
}

/** Whether an item is reported rather than filed or skipped: an open item whose fields could not be read. */
export function isMalformed(item: ActionItem): boolean {
  return !item.checked && !item.issueUrl && item.problems.length > 0;
}

/** How an item names itself in messages: `"Alert on 5xx ratio…" (line 12)`. */
export function describeItem(item: Pick<ActionItem, 'title' | 'line'>): string {
  return `"${shorten(item.title || '(no title)')}" (line ${item.line})`;
}

/** Where a follow-up is filed, and why there. */
export interface FollowupRoute {
  repo: string;
  via: 'item' | 'service' | 'default' | 'incident';
  /** The service whose route was taken, when `via` is `service`. */
  service?: string;
}

/**
 * The repository an item is filed in: the item's `repo:`, else `followups.routes` for the
 * incident's first routed service, else `followups.default_repo`, else the incident repository.
 */
export function routeActionItem(
  item: Pick<ActionItem, 'repo'>,
  services: readonly string[],
  followups: Pick<Config['followups'], 'routes' | 'defaultRepo'>,
  incidentRepo: string,
): FollowupRoute {
  if (item.repo) return { repo: item.repo, via: 'item' };
  const routes = Object.entries(followups.routes);
  for (const service of services) {
    const route = followups.routes[service] ?? routes.find(([name]) => name.toLowerCase() === service.toLowerCase())?.[1];
    if (route) return { repo: route, via: 'service', service };
  }
  if (followups.defaultRepo) return { repo: followups.defaultRepo, via: 'default' };
  return { repo: incidentRepo, via: 'incident' };
}

/**
 * Writes issue URLs into their items (`, issue: <url>` after the fields, or `— issue: <url>`
 * when the item has none), keeping every other byte of the file. Items are matched by key, so
 * the text may have changed since the links were made; an item already linked is left alone.
 */
export function linkActionItems(postmortemText: string, links: ReadonlyMap<string, string>): { text: string; linked: string[] } {
  const targets = parseActionItems(postmortemText)
    .filter((item) => links.has(item.key) && !item.issueUrl)
    .sort((a, b) => b.insertAt - a.insertAt);
  let text = postmortemText;
  const linked: string[] = [];
  for (const item of targets) {
    const url = links.get(item.key) as string;
    const addition = item.hasFields ? `, issue: ${url}` : ` — issue: ${url}`;
    text = `${text.slice(0, item.insertAt)}${addition}${text.slice(item.insertAt)}`;
    linked.push(item.key);
  }
  return { text, linked: linked.reverse() };
}

/** An open action item past its due date, for the cadence sweep's reminder. */
export interface OverdueActionItem {
  key: string;
  title: string;
  due: string;
  /** The issue it was filed as, when it was. */
  url?: string;
  owner?: string;
}

const DAY = 86_400_000;

/**
 * The unchecked action items whose due date has passed at `now` (an item due 2026-12-05 is
 * overdue from 2026-12-06T00:00:00Z), in file order. Pure: the clock is injected.
 */
export function overdueActionItems(postmortemText: string, now: number): OverdueActionItem[] {
  return parseActionItems(postmortemText)
    .filter((item) => !item.checked && item.due !== undefined && (parseDate(item.due) ?? Infinity) + DAY <= now)
    .map((item) => ({
      key: item.key,
      title: item.title,
      due: item.due as string,
      ...(item.issueUrl ? { url: item.issueUrl } : {}),
      ...(item.owner ? { owner: item.owner } : {}),
    }));
}
