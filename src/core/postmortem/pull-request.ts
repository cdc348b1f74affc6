/** The postmortem's pull request: its title, and a body cut to fit GitHub's length limit. */
import type { IncidentRecord } from '../incident.js';
import { stringifyMarkdown } from '../markdown.js';
import { computeMetrics } from '../metrics.js';
import { inlineUserText } from '../sanitize.js';
import { postmortemMarker } from '../markers.js';
import { timelineRows } from '../timeline.js';
import type { PostmortemInput } from './input.js';
import { metricsTable, stringifyCompact, timelineTable } from './tables.js';

/** GitHub refuses a pull request body longer than 65,536 characters; this leaves room to spare. */
export const PULL_REQUEST_BODY_LIMIT = 60_000;

/** What the pull request body shows besides the postmortem input. */
export interface PullRequestContext {
  /** Path of the postmortem file in the repository. */
  path: string;
  /** Web URL of the file on its branch. */
  fileUrl: string;
}

/** `Postmortem: INC-42 <title>`, cut to what GitHub shows in a title. */
export function pullRequestTitle(record: IncidentRecord): string {
  const title = `Postmortem: ${record.id} ${record.title.replace(/\s+/g, ' ').trim()}`;
  return title.length > 200 ? `${title.slice(0, 199)}…` : title;
}

/**
 * The pull request body: what to do, the key metrics and the timeline. It stays under GitHub's
 * 65,536 characters (`limit`): an over-long timeline is cut to its first and last events here,
 * and is complete in the file. Every piece of user text is escaped and cannot ping anyone.
 */
export function renderPullRequestBody(input: PostmortemInput, ctx: PullRequestContext, limit = PULL_REQUEST_BODY_LIMIT): string {
  const { record, log } = input.incident;
  const metrics = stringifyMarkdown(metricsTable(computeMetrics({ record, log, config: input.config, now: input.now }), record, input.config));
  const head = [
    postmortemMarker(record.id),
    `The postmortem of ${record.id} (#${record.issue}, ${inlineUserText(record.severity)}): **${inlineUserText(record.title)}**, drafted from the incident file and the issue timeline in [\`${ctx.path}\`](${ctx.fileUrl}).`,
    '',
    'To finish it, edit the file on this branch: write the Root cause, Contributing factors, What went well, What went badly and Where we got lucky, and check the Action items (`- [ ] <title> — owner: @login, repo: owner/repo, due: YYYY-MM-DD`). When this pull request is merged, each unchecked item becomes an issue. `/inc postmortem` on the incident rebuilds the generated regions and keeps everything you wrote.',
    '',
    '### Key metrics',
    '',
    metrics.trimEnd(),
    '',
    '### Timeline',
    '',
  ].join('\n');
  const rows = timelineRows(log, input.timeline);
  if (!rows.length) return `${head}_No events recorded._\n`;
  const full = stringifyCompact([timelineTable(rows)]);
  if (head.length + full.length <= limit) return `${head}${full}`;
  // Keep the first and last events, as many as fit, and say where the rest are. A compact table
  // row is one line (cells are single-line text), so rows are taken from the serialised table.
  const lines = full.trimEnd().split('\n');
  const [header = '', delimiter = ''] = lines;
  const body = lines.slice(2);
  const gapRow = (omitted: number, at: string) =>
    stringifyCompact([timelineTable([{ at, event: `… ${omitted} more events: the full timeline is in ${ctx.path}`, who: null }])]).trimEnd().split('\n')[2] ?? '';
  let budget = limit - head.length - header.length - delimiter.length - gapRow(rows.length, record.declared_at).length - 4;
  let first = 0;
  let last = body.length;
  // Alternate between the start and the end, one row at a time, while they fit.
  for (let takeFirst = true; first < last; takeFirst = !takeFirst) {
    const line = takeFirst ? body[first] : body[last - 1];
    if (line === undefined || line.length + 1 > budget) break;
    budget -= line.length + 1;
    if (takeFirst) first++;
    else last--;
  }
  const gap = gapRow(last - first, rows[first]?.at ?? record.declared_at);
  return `${head}${[header, delimiter, ...body.slice(0, first), gap, ...body.slice(last)].join('\n')}\n`;
}
