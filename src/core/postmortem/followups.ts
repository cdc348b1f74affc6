/**
 * The Action items region: written from the Log's `followup` entries when the postmortem is
 * created, and afterwards only appended to with follow-ups recorded later.
 */
import type { RootContent, ListItem } from 'mdast';
import { actionItemKey, parseActionItems } from '../action-items.js';
import type { LogEntry } from '../incident.js';
import { stringifyMarkdown } from '../markdown.js';
import { POSTMORTEM_REQUESTED, type PostmortemInput } from './input.js';
import { scanPostmortem } from './regions.js';

/** The Action items task list, from the Log's `followup` entries (already in the item grammar). */
export function actionItems(input: PostmortemInput): RootContent[] {
  const items: ListItem[] = input.incident.log
    .flatMap((e) => (e.kind === 'followup' && e.item.trim() ? [oneLine(e.item)] : []))
    .map((item) => ({
      type: 'listItem',
      checked: false,
      spread: false,
      children: [{ type: 'paragraph', children: [{ type: 'text', value: item }] }],
    }));
  return items.length ? [{ type: 'list', ordered: false, spread: false, children: items }] : [];
}

/** An action item's text on one line, as the task list needs it. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/**
 * Follow-ups recorded (`/inc followup`) after the postmortem was first built: Action items are
 * written once, so without this they would never reach the postmortem nor be filed on merge.
 */
export function lateFollowups(log: readonly LogEntry[]): string[] {
  // The Log is append-only, so what follows the first `postmortem` entry that is not a request
  // (the pull request opened) came after the first build.
  const built = log.findIndex((e) => e.kind === 'postmortem' && e.text !== POSTMORTEM_REQUESTED);
  if (built < 0) return [];
  return log
    .slice(built + 1)
    .flatMap((e) => (e.kind === 'followup' && e.item.trim() ? [oneLine(e.item)] : []));
}

/**
 * Appends items to the Action items region that the postmortem does not already hold (by title),
 * at the end of the region, leaving everything people wrote as it is.
 */
export function appendLateFollowups(text: string, items: readonly string[]): string {
  if (!items.length) return text;
  const region = scanPostmortem(text).regions.find((r) => r.name === 'action-items');
  if (!region) return text;
  const known = new Set(parseActionItems(text).map((item) => actionItemKey(item.title)));
  const lines: string[] = [];
  for (const item of items) {
    const rendered = stringifyMarkdown({
      type: 'list',
      ordered: false,
      spread: false,
      children: [{ type: 'listItem', checked: false, spread: false, children: [{ type: 'paragraph', children: [{ type: 'text', value: item }] }] }],
    }).trimEnd();
    const [parsed] = parseActionItems(`## Action items\n\n${rendered}\n`);
    if (!parsed || known.has(actionItemKey(parsed.title))) continue;
    known.add(actionItemKey(parsed.title));
    lines.push(rendered);
  }
  if (!lines.length) return text;
  return `${text.slice(0, region.bodyEnd)}${lines.join('\n')}\n${text.slice(region.bodyEnd)}`;
}
