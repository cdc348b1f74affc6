/**
 * The follow-up issue filed for an action item, and the comments that report the filing on the
 * incident issue (SPEC 4.5). Pure: text in, text out.
 */
import { createHash } from 'node:crypto';
import { describeItem, type ActionItem } from './action-items.js';
import type { Config } from './config.js';
import type { LabelSpec } from './projection.js';
import { defuseMentions, escapeHtml, fitBody, inlineUserText, MAX_QUOTE_LENGTH } from './sanitize.js';
import { INCIDENT_ID_PATTERN } from './incident.js';

const MARKER = new RegExp(`^<!-- sitrep:followup incident=(${INCIDENT_ID_PATTERN}) item=([0-9a-f]{12}(?:-[1-9][0-9]*)?) -->`);

/** GitHub refuses longer titles. */
const MAX_TITLE = 256;

/** The hidden marker that ties an issue to one action item of one incident. */
export function followupMarker(incidentId: string, key: string): string {
  return `<!-- sitrep:followup incident=${incidentId} item=${key} -->`;
}

/**
 * Reads the marker a follow-up issue's body starts with. Only the first line counts, and user
 * text in the body is HTML-escaped, so an item's title cannot forge one.
 */
export function readFollowupMarker(body: string | null | undefined): { incident: string; key: string } | undefined {
  const match = MARKER.exec(body ?? '');
  return match ? { incident: match[1] as string, key: match[2] as string } : undefined;
}

/** Where the incident lives, for the links in a follow-up issue. */
export interface IncidentLinks {
  id: string;
  title: string;
  issueUrl: string;
  /** Web URL of the incident file. */
  fileUrl: string;
  filePath: string;
  /** Web URL of the postmortem. */
  postmortemUrl: string;
  postmortemPath: string;
}

/** An issue to create. */
export interface FollowupIssue {
  title: string;
  body: string;
  labels: string[];
  assignees: string[];
}

/** The labels every follow-up carries: `followups.labels` and the incident id. */
export function followupLabels(config: Pick<Config, 'followups'>, incidentId: string): LabelSpec[] {
  const configured = config.followups.labels.map((name) => ({ name, color: '5319e7', description: 'Follow-up work from an incident postmortem' }));
  return [...configured, { name: incidentId, color: 'b60205', description: `Follow-up of incident ${incidentId}` }];
}

/** The issue title: the item's title on one line, with no live mentions, within GitHub's limit. */
export function followupTitle(title: string): string {
  const line = defuseMentions(title.replace(/\s+/g, ' ').trim());
  return line.length > MAX_TITLE ? `${line.slice(0, MAX_TITLE - 1)}…` : line;
}

/**
 * The follow-up issue for an action item: its title, a body that links the incident issue, the
 * incident file and the postmortem and gives the owner, due date and priority, the labels and
 * the owner as assignee. The owner is the only person the issue mentions.
 */
export function renderFollowupIssue(item: ActionItem, incident: IncidentLinks, config: Pick<Config, 'followups'>): FollowupIssue {
  const details = [
    item.owner ? `- **Owner:** @${item.owner}` : '- **Owner:** _not named; assign someone_',
    item.due ? `- **Due:** ${item.due}` : undefined,
    item.priority ? `- **Priority:** ${item.priority}` : undefined,
  ].filter((line): line is string => line !== undefined);
  const body = [
    followupMarker(incident.id, item.key),
    `Follow-up from the postmortem of **${incident.id}**: ${inlineUserText(incident.title)}`,
    '',
    `> ${fitBody(inlineUserText(item.title), MAX_QUOTE_LENGTH, `… (truncated; the whole item is in ${escapeHtml(incident.postmortemPath)})`)}`,
    '',
    ...details,
    `- **Incident:** ${incident.issueUrl}`,
    `- **Incident record:** [${escapeHtml(incident.filePath)}](${incident.fileUrl})`,
    `- **Postmortem:** [${escapeHtml(incident.postmortemPath)}](${incident.postmortemUrl})`,
    '',
    `<sub>Filed by sitrep from the action items of ${incident.id}'s postmortem.</sub>`,
  ].join('\n');
  return {
    title: followupTitle(item.title),
    body,
    labels: followupLabels(config, incident.id).map((l) => l.name),
    assignees: item.owner ? [item.owner] : [],
  };
}

/** A follow-up filed (now or on an earlier run), as the closing comment lists it. */
export interface FiledFollowup {
  title: string;
  url: string;
  repo: string;
  owner?: string;
  due?: string;
}

/** An item that could not be filed because its target repository refused the token. */
export interface UnreachableFollowup {
  item: Pick<ActionItem, 'title' | 'line'>;
  repo: string;
  status: number | undefined;
}

function setKey(lines: readonly string[]): string {
  return createHash('sha256').update(lines.join('\n'), 'utf8').digest('hex').slice(0, 12);
}

/** The first line of the comment listing the follow-ups; the key makes a re-run post it once. */
export function followupsCommentMarker(urls: readonly string[]): string {
  return `<!-- sitrep:followups set=${setKey([...urls].sort())} -->`;
}

/** The comment that lists the follow-ups as the incident closes (or as more are filed later). */
export function renderFollowupsComment(incidentId: string, filed: readonly FiledFollowup[], closing: boolean): string {
  const lines = filed.map((f) => {
    const facts = [f.owner && `owner ${inlineUserText(`@${f.owner}`)}`, f.due && `due ${f.due}`].filter(Boolean);
    return `- ${inlineUserText(f.url)} — ${inlineUserText(f.title)}${facts.length ? ` (${facts.join(', ')})` : ''}`;
  });
  const head = closing
    ? `✅ **${incidentId} is closed**: the postmortem is merged${filed.length ? ` and its follow-ups are filed:` : '; it has no open action items.'}`
    : `**${incidentId}**: more follow-ups were filed from the postmortem:`;
  return [followupsCommentMarker(filed.map((f) => f.url)), head, ...(lines.length ? ['', ...lines] : [])].join('\n');
}

/** What could not be filed, for the report on the incident issue. */
export interface FollowupFailures {
  unreachable: readonly UnreachableFollowup[];
  /** Items whose fields could not be read. */
  malformed: readonly Pick<ActionItem, 'title' | 'line' | 'problems'>[];
  /** Other failures (server errors), one line each, already safe to show. */
  failed: readonly { item: Pick<ActionItem, 'title' | 'line'>; repo: string; reason: string }[];
}

/** Explains why a repository refused the token and what to do, naming the `token` input. */
export function tokenAdvice(repos: readonly string[]): string {
  const list = repos.map((r) => `\`${r}\``).join(', ');
  return (
    `The token sitrep runs with cannot create issues in ${list}. The workflow's own token (\`GITHUB_TOKEN\`) reaches only ` +
    `the repository the workflow runs in. To file follow-ups in other repositories, pass a token that reaches them as the ` +
    `action's \`token\` input — a GitHub App installation token, or a fine-grained personal access token with ` +
    `Issues: read and write (and Contents: read and write on this repository) — then re-run the workflow, or run it with ` +
    `\`command: followups\`; items already filed are not filed again.`
  );
}

/** The comment reporting the items that could not be filed; its marker makes a re-run post the same report once. */
export function renderFailuresComment(incidentId: string, postmortemPath: string, failures: FollowupFailures): string {
  const title = (item: Pick<ActionItem, 'title' | 'line'>) => inlineUserText(describeItem(item));
  const lines: string[] = [];
  if (failures.unreachable.length) {
    lines.push('', '**Repositories the token cannot reach:**', '');
    for (const f of failures.unreachable) {
      lines.push(`- ${title(f.item)} → \`${f.repo}\`${f.status ? ` (HTTP ${f.status})` : ''}`);
    }
    lines.push('', tokenAdvice([...new Set(failures.unreachable.map((f) => f.repo))]));
  }
  if (failures.failed.length) {
    lines.push('', '**Failed:**', '');
    for (const f of failures.failed) lines.push(`- ${title(f.item)} → \`${f.repo}\`: ${inlineUserText(f.reason)}`);
    lines.push('', 'Re-run the workflow to try these again; items already filed are not filed again.');
  }
  if (failures.malformed.length) {
    lines.push('', `**Action items that could not be read** (fix them in \`${escapeHtml(postmortemPath)}\`; the push files them):`, '');
    for (const m of failures.malformed) lines.push(`- ${title(m)}: ${m.problems.map(inlineUserText).join('; ')}`);
    lines.push('', `An item reads: \`- [ ] <title> — owner: @<login>, repo: <owner>/<name>, due: YYYY-MM-DD, priority: high\`; every field is optional.`);
  }
  const body = lines.join('\n');
  return [`<!-- sitrep:followup-failures set=${setKey([body])} -->`, `⚠️ **Some follow-ups of ${incidentId} could not be filed.**`, body].join('\n');
}

/** The marker line of a failures comment (its first line). */
export function failuresCommentMarker(comment: string): string {
  return comment.split('\n')[0] ?? '';
}
