/**
 * Suspect changes (SPEC 4.10): the pull requests merged in the affected services' repositories
 * during the impact window, listed in the postmortem's "Changes in the impact window" section.
 * Pure: the window and the repositories from the record and configuration, and the section's
 * Markdown (mdast) from what GitHub answered. `src/github/changes.ts` does the asking.
 */
import { serviceChangesRepo } from './catalog.js';
import type { Paragraph, PhrasingContent, RootContent, Table, TableCell, TableRow } from 'mdast';
import type { Config } from './config.js';
import { INCIDENT_ID_PATTERN, type IncidentRecord } from './incident.js';
import { defuseMentions } from './sanitize.js';
import { formatTimestamp, toMillis, type Timestamp } from './time.js';

/** The section's heading in the postmortem. */
export const SUSPECT_CHANGES_TITLE = 'Changes in the impact window';

/** Name of the section's generated region (`<!-- sitrep:generated:changes -->`). */
export const SUSPECT_CHANGES_REGION = 'changes';

/** At most this many pull requests are listed; the rest are counted. */
export const SUSPECT_CHANGES_LIMIT = 50;

/** What a repository the token cannot read answers. */
export const NO_ACCESS = 'no access';

/** A pull request merged in the window. */
export interface MergedPull {
  number: number;
  title: string;
  /** Login without the @; `ghost` for a deleted account. */
  author: string;
  mergedAt: Timestamp;
  url: string;
}

/** One repository's merged pull requests, newest first, and how many more matched than were fetched. */
export interface RepoPulls {
  repo: string;
  pulls: MergedPull[];
  more: number;
}

/** A repository that could not be listed: `no access`, or what went wrong. */
export interface RepoUnreadable {
  repo: string;
  error: string;
}

export type RepoChanges = RepoPulls | RepoUnreadable;

/** The window in which a merged change is a suspect, inclusive. */
export interface SuspectWindow {
  from: Timestamp;
  to: Timestamp;
}

/**
 * From `started_at - changes.window_before` (or `declared_at` when the impact start is not known)
 * to `mitigated_at` (else `resolved_at`, as the metrics end the impact; else `now`, while the
 * impact goes on). A resolved incident's window never moves, so a rebuild lists the same changes.
 */
export function suspectWindow(record: IncidentRecord, config: Config, now: number): SuspectWindow {
  const from = record.started_at ? toMillis(record.started_at) - config.changes.windowBefore : toMillis(record.declared_at);
  const end = record.mitigated_at ?? record.resolved_at;
  const to = end ? toMillis(end) : now;
  return { from: formatTimestamp(from), to: formatTimestamp(Math.max(from, to)) };
}

/**
 * The repositories whose merged pull requests count, one per affected service:
 * the catalog's repo (SPEC 4.13), else `changes.repos[service]`, else `followups.routes[service]`,
 * else `thisRepo`; each once.
 */
export function changeRepos(record: IncidentRecord, config: Config, thisRepo: string): string[] {
  const services = record.services.length ? record.services : [undefined];
  const repos = services.map((service) =>
    service === undefined ? thisRepo : (serviceChangesRepo(config, service) ?? thisRepo),
  );
  const seen = new Set<string>();
  return repos.filter((repo) => {
    const key = repo.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** sitrep's own postmortem pull requests (`Postmortem: INC-<n> <title>`), merged by reviewers. */
const POSTMORTEM_PULL = new RegExp(`^Postmortem: ${INCIDENT_ID_PATTERN} `);

/**
 * The results without sitrep's own postmortem pull requests: merging one changes no system, and a
 * postmortem merged inside the window would otherwise list itself on the next rebuild.
 */
export function withoutPostmortems(results: readonly RepoChanges[]): RepoChanges[] {
  return results.map((result) => (isUnreadable(result) ? result : { ...result, pulls: result.pulls.filter((pull) => !POSTMORTEM_PULL.test(pull.title)) }));
}

export function isUnreadable(result: RepoChanges): result is RepoUnreadable {
  return 'error' in result;
}

function text(value: string): PhrasingContent {
  return { type: 'text', value };
}

function paragraph(...children: PhrasingContent[]): Paragraph {
  return { type: 'paragraph', children };
}

function cell(...children: PhrasingContent[]): TableCell {
  return { type: 'tableCell', children };
}

function row(cells: TableCell[]): TableRow {
  return { type: 'tableRow', children: cells };
}

/** `2026-11-21T09:12:44Z` → `2026-11-21 09:12`. */
function shortTime(at: Timestamp): string {
  return at.replace('T', ' ').replace(/:\d{2}Z$/, '');
}

function list(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * The section's content (the heading is the template's): a table of the pull requests merged in
 * the window, newest first across repositories (merge time, repository and number linked, title,
 * author), at most `limit` of them with "and N more", and the repositories that could not be
 * read, named. Titles are text nodes, so nothing in a title becomes Markdown, and mentions are
 * defused, so nothing in one pings anyone.
 */
export function renderSuspectChanges(
  results: readonly RepoChanges[],
  options: { window?: SuspectWindow; limit?: number } = {},
): RootContent[] {
  const limit = options.limit ?? SUSPECT_CHANGES_LIMIT;
  const readable = results.filter((r): r is RepoPulls => !isUnreadable(r));
  const unreadable = results.filter(isUnreadable);
  const all = readable
    .flatMap((r) => r.pulls.map((pull) => ({ repo: r.repo, pull })))
    .sort((a, b) => toMillis(b.pull.mergedAt) - toMillis(a.pull.mergedAt) || a.repo.localeCompare(b.repo) || b.pull.number - a.pull.number);
  const shown = all.slice(0, limit);
  const more = all.length - shown.length + readable.reduce((sum, r) => sum + r.more, 0);

  const out: RootContent[] = [];
  const where = readable.map((r) => r.repo);
  if (options.window) {
    out.push(
      paragraph(
        text(`Pull requests merged from ${shortTime(options.window.from)} to ${shortTime(options.window.to)} UTC${where.length ? ` in ${list(where)}` : ''}. Was one of them the cause? Record it with `),
        { type: 'inlineCode', value: '/inc cause <pull request URL>' },
        text('.'),
      ),
    );
  }
  if (shown.length) {
    const table: Table = {
      type: 'table',
      align: [null, null, null, null],
      children: [
        row([cell(text('Merged (UTC)')), cell(text('Pull request')), cell(text('Title')), cell(text('Author'))]),
        ...shown.map(({ repo, pull }) =>
          row([
            cell(text(shortTime(pull.mergedAt))),
            cell({ type: 'link', url: pull.url, children: [text(`${repo}#${pull.number}`)] }),
            // As everywhere in the postmortem, no one is pinged by a review of it.
            cell(text(defuseMentions(pull.title.replace(/\s*[\r\n]+\s*/g, ' ')))),
            cell(text(defuseMentions(`@${pull.author}`))),
          ]),
        ),
      ],
    };
    out.push(table);
    if (more > 0) out.push(paragraph(text(`And ${more} more not listed.`)));
  } else if (where.length) {
    out.push(paragraph(text(`No pull requests were merged in ${list(where)} in this window.`)));
  }
  if (unreadable.length) {
    const noAccess = unreadable.filter((r) => r.error === NO_ACCESS).map((r) => r.repo);
    const failed = unreadable.filter((r) => r.error !== NO_ACCESS).map((r) => `${r.repo} (${r.error})`);
    if (noAccess.length) {
      out.push(paragraph(text(`Not listed: ${list(noAccess)}, which sitrep's token cannot read. Give it read access to list their changes here.`)));
    }
    if (failed.length) out.push(paragraph(text(`Could not be listed: ${list(failed)}. Rebuilding the postmortem tries again.`)));
  }
  return out;
}
