/** The "Changes in the impact window" section (SPEC 4.10): its region body, and adding it to older postmortems. */
import type { PhrasingContent, RootContent } from 'mdast';
import { findSection, parseMarkdown, stringifyMarkdown } from '../markdown.js';
import { renderSuspectChanges, suspectWindow, SUSPECT_CHANGES_REGION, SUSPECT_CHANGES_TITLE } from '../suspect-changes.js';
import type { PostmortemInput } from './input.js';
import { endMarker, scanPostmortem, startMarker } from './regions.js';
import { paragraph, when } from './tables.js';

/** `acme/checkout#1234` for a pull request URL, else the URL. */
function pullRequestName(url: string): string {
  const match = /^https?:\/\/[^/]+\/([^/]+\/[^/]+)\/pull\/(\d+)\/?$/.exec(url);
  return match ? `${match[1]}#${match[2]}` : url;
}

/**
 * The Changes in the impact window region: the changes recorded as the cause (`/inc cause`), then
 * the pull requests merged in the window, or offline a note that listing them needs GitHub.
 */
export function changesBody(input: PostmortemInput): RootContent[] {
  const { record } = input.incident;
  const window = suspectWindow(record, input.config, input.now);
  const out: RootContent[] = [];
  const causes = record.caused_by ?? [];
  if (causes.length) {
    const links = causes.flatMap((url, i): PhrasingContent[] => [
      ...(i ? [{ type: 'text' as const, value: ', ' }] : []),
      { type: 'link', url, children: [{ type: 'text', value: pullRequestName(url) }] },
    ]);
    out.push({ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: 'Caused by' }] }, { type: 'text', value: ': ' }, ...links] });
  }
  if (input.changes) return [...out, ...renderSuspectChanges(input.changes, { window })];
  out.push(
    paragraph(
      `The pull requests merged from ${when(window.from)} to ${when(window.to)} are listed when the postmortem is built on GitHub (${input.config.command} postmortem); offline they are not known.`,
    ),
  );
  return out;
}

/**
 * The postmortem with a "Changes in the impact window" section, added before Root cause (else
 * before Action items, else at the end) when it has neither the region nor the heading: a
 * postmortem drafted before the section existed, or from a template without it, gains it on its
 * next rebuild. A heading kept without the region is how people opt out.
 */
export function withChangesSection(text: string, input: PostmortemInput): string {
  if (scanPostmortem(text).regions.some((r) => r.name === SUSPECT_CHANGES_REGION)) return text;
  const tree = parseMarkdown(text);
  if (findSection(tree, SUSPECT_CHANGES_TITLE)) return text;
  const before = findSection(tree, 'Root cause') ?? findSection(tree, 'Action items');
  const body = stringifyMarkdown({ type: 'root', children: changesBody(input) });
  const section = `## ${SUSPECT_CHANGES_TITLE}\n\n${startMarker(SUSPECT_CHANGES_REGION)}\n\n${body}\n${endMarker(SUSPECT_CHANGES_REGION)}\n`;
  const at = before?.heading.position?.start.offset;
  if (at === undefined) return `${text.replace(/\n*$/, '\n')}\n${section}`;
  return `${text.slice(0, at)}${section}\n${text.slice(at)}`;
}
