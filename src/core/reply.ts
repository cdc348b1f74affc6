/**
 * The reply to refused commands (SPEC 4.2, 6): which lines, why, and their usage. Bounded: it
 * lists the first lines and counts the rest, and shortens each quote, so it always fits GitHub's
 * body limit and the author always gets an answer.
 */
import type { Config } from './config.js';
import type { FormProblem } from './declare.js';
import { formatDiagnostic, type Diagnostic } from './diagnostics.js';
import type { IncidentRecord } from './incident.js';
import { CONFIG_ERROR_MARKER, FORM_PROBLEMS_MARKER, LABEL_RESTORED_MARKER, postmortemBlockedMarker, PROTECTED_BRANCH_MARKER } from './markers.js';
import { escapeHtml, fitBody, inlineUserText, isBotLogin, isLogin, MAX_BODY_LENGTH, MAX_QUOTE_LENGTH } from './sanitize.js';

/** One refused command line, as the command layer reports it. */
export interface RefusedLine {
  line: string;
  lineNumber: number;
  reason: string;
  usage?: string;
}

/** How many refused lines a reply lists before it only counts the rest. */
export const LISTED_REFUSALS = 20;

const TRUNCATED_LINE = '… (truncated, see your comment)';

/**
 * User text quoted in a list item that also holds a code span (the usage): a backtick of the
 * author's would pair with the usage's and expose `@user` in it as a live mention.
 */
function quoted(text: string): string {
  return inlineUserText(text).replace(/`/g, '&#96;');
}

/**
 * Renders the reply to a comment whose commands were refused. `marker` is the reply's key
 * (`<!-- sitrep:reply comment=<id> -->`); `total` is how many command lines the comment had.
 */
export function renderRefusalReply(marker: string, commenter: string, refusals: readonly RefusedLine[], total = refusals.length): string {
  const listed = refusals.slice(0, LISTED_REFUSALS);
  // An unknown command's usage is every command's: shown once, in a block, not in each line.
  const commandList = listed.find((r) => r.usage?.includes('\n'))?.usage;
  const items = listed.map((r) => {
    const usage = !r.usage ? '' : r.usage.includes('\n') ? '\n  Usage: see the commands below' : `\n  Usage: \`${r.usage}\``;
    return `- line ${r.lineNumber}, “${fitBody(quoted(r.line), MAX_QUOTE_LENGTH, TRUNCATED_LINE)}”: ${fitBody(quoted(r.reason), MAX_QUOTE_LENGTH)}${usage}`;
  });
  const rest = refusals.slice(LISTED_REFUSALS);
  if (rest.length) {
    const reasons = new Set(listed.map((r) => r.reason));
    const same = rest.every((r) => reasons.has(r.reason));
    items.push(`- and ${rest.length} more ${rest.length === 1 ? 'line was' : 'lines were'} refused${same ? ' for the same reason' : ''} (your comment is kept as you wrote it)`);
  }
  const body = [
    marker,
    `@${commenter}, ${total > 1 ? `none of the ${total} commands in your comment were applied` : 'your command was not applied'}; nothing changed:`,
    '',
    ...items,
    ...(commandList ? ['', '```text', commandList.replace(/`/g, "'"), '```'] : []),
  ].join('\n');
  return fitBody(body, MAX_BODY_LENGTH);
}

export { LABEL_RESTORED_MARKER };

/**
 * The comment posted when someone removes the incident label from an active incident: the label
 * follows the record, and how to end the incident instead (`decline`, `resolve`).
 */
export function renderLabelRestored(record: IncidentRecord, input: { label: string; by: string; path: string; command: string }): string {
  const who = isLogin(input.by) && !isBotLogin(input.by) ? `@${input.by}, the` : 'The';
  const label = `\`${escapeHtml(input.label).replace(/`/g, '')}\``;
  return [
    LABEL_RESTORED_MARKER,
    `${who} ${label} label is back: ${record.id} is **${record.status}** in its record (\`${escapeHtml(input.path)}\`), and the issue's labels follow the record. Without the label sitrep would ignore commands and stop reminders on an incident that is still open.`,
    '',
    record.status === 'triage'
      ? `- Not an incident after all? \`${input.command} decline <reason>\` declines it and closes the issue as not planned; the label may go then.`
      : `- Not an incident after all? \`${input.command} decline <reason>\` declines an incident in triage; ${record.id} is past triage, so end it with \`${input.command} resolve <reason>\`.`,
    `- Over? \`${input.command} resolve <message>\`, then the postmortem if its severity needs one.`,
  ].join('\n');
}

/**
 * The word on the incident that its postmortem's pull request could not be opened, because
 * GitHub Actions may not create pull requests in the repository: the setting to turn on, and the
 * pushed branch, so a person can open the pull request now.
 */
export function renderPostmortemBlocked(record: Pick<IncidentRecord, 'id'>, input: { setting: string; branchUrl: string; compareUrl: string; branch: string }): string {
  return [
    postmortemBlockedMarker(record.id),
    `**${record.id}: the postmortem pull request could not be opened.** GitHub Actions may not create pull requests in this repository.`,
    '',
    `- The draft is on the branch [\`${escapeHtml(input.branch)}\`](${input.branchUrl}): anyone with write access can [open the pull request](${input.compareUrl}) now.`,
    `- So that sitrep opens it next time, an admin turns on **${input.setting}** (Settings → Actions → General → Workflow permissions; an organization may have to allow it first), or gives sitrep a GitHub App token.`,
  ].join('\n');
}

/**
 * The reply to a comment whose commands applied: the notes on what applied, then the help asked
 * for; undefined when there is nothing to say (the reaction says it).
 */
export function renderAppliedReply(marker: string, commenter: string, input: { notices: readonly string[]; help: boolean; usage: string }): string | undefined {
  const { notices } = input;
  const parts = [
    ...(notices.length ? [`@${commenter}, applied, with ${notices.length > 1 ? 'notes' : 'a note'}:`, '', ...notices.map((n) => `- ${n}`)] : []),
    ...(input.help ? [...(notices.length ? [''] : []), '**sitrep commands**', '', '```text', input.usage, '```'] : []),
  ];
  return parts.length ? fitBody([marker, ...parts].join('\n')) : undefined;
}

/** The reply to commands that kept meeting write conflicts: nothing applied, post them again. */
export function renderConflictReply(marker: string, commenter: string, path: string, lineCount: number): string {
  return [
    marker,
    `@${commenter}, your ${lineCount > 1 ? 'commands were' : 'command was'} not applied: \`${path}\` kept changing while sitrep tried to write it (other runs on this incident at the same time). Nothing changed; your comment is kept. Post the commands again in a new comment.`,
  ].join('\n');
}

/**
 * The comment on an incident whose record a protected branch refused: not recorded yet, and what
 * an admin must do; the same event, re-run after the fix, records it.
 */
export function renderProtectedBranch(id: string, branch: string, path: string, what: 'declaration' | 'change'): string {
  return [
    PROTECTED_BRANCH_MARKER,
    `⚠️ **${id} is not recorded yet**: the branch \`${branch}\` is protected, and GitHub refused sitrep's write of \`${path}\` (${what === 'declaration' ? 'the declaration' : 'this change'}).`,
    '',
    'A repository admin must do one of these:',
    `- let sitrep's token bypass the rule: add the GitHub Actions integration to the ruleset's bypass list, or run sitrep with a GitHub App token that may bypass it;`,
    '- or keep incidents in a repository of their own, without that rule.',
    '',
    'Then re-run the failed workflow run (Actions tab): it records the incident. Until then the incident lives only in this issue.',
  ].join('\n');
}

/** The answer to someone whose text holds a secret that push protection refused: the secret is never repeated. */
export function renderSecretRefused(marker: string, author: string, path: string, secretTypes: readonly string[], what: 'comment' | 'form'): string {
  const kinds = secretTypes.length ? ` (${[...new Set(secretTypes)].map((t) => `\`${inlineUserText(t)}\``).join(', ')})` : '';
  return [
    marker,
    `@${author}, ${what === 'comment' ? 'your command was not applied' : 'the incident is not recorded yet'}: your ${what === 'comment' ? 'comment' : 'form'} holds a secret${kinds}, and GitHub's secret scanning push protection refused to write it to \`${path}\`.`,
    '',
    `Treat that secret as leaked: revoke or rotate it. ${what === 'comment' ? 'Your comment is kept; edit it to remove the secret, then post the command again without it.' : 'Edit the issue to remove the secret, then re-run the failed workflow run (Actions tab) to record the incident.'}`,
  ].join('\n');
}

/** The reply to a command on an incident whose record on the default branch is not valid. */
export function renderInvalidRecordReply(marker: string, commenter: string, path: string, problems: readonly Diagnostic[]): string {
  return fitBody(
    [
      marker,
      `@${commenter}, your command was not applied: the incident's record \`${path}\` on the default branch is not valid, so sitrep cannot act on it.`,
      '',
      ...problems.map((p) => `- \`${inlineUserText(formatDiagnostic(p))}\``),
      '',
      'Fix the file in a pull request (`sitrep validate` shows the same problems); once the fix is merged, post the command again. Your comment is kept.',
    ].join('\n'),
  );
}

/** The comment on a declared incident whose form answers could not all be used. */
export function renderFormProblems(problems: readonly FormProblem[], config: Pick<Config, 'command'>): string {
  const lines = problems.map((p) => `- **${p.field}**: ${fitBody(inlineUserText(p.problem), MAX_QUOTE_LENGTH)}. ${p.fix}`);
  return fitBody(
    [
      FORM_PROBLEMS_MARKER,
      `The incident is declared, but some answers could not be used${problems.some((p) => p.field === 'Severity') ? ' (it stays in triage until a severity is set)' : ''}:`,
      '',
      ...lines,
      '',
      `Fix them with \`${config.command}\` commands, or by editing the incident file in a pull request.`,
    ].join('\n'),
  );
}

/** The comment that tells responders sitrep cannot act until its configuration is fixed. */
export function renderConfigurationProblem(problems: readonly Diagnostic[], configPath: string): string {
  return fitBody(
    [
      CONFIG_ERROR_MARKER,
      `sitrep could not act on this: \`${configPath}\` is not valid.`,
      '',
      ...problems.map((p) => `- \`${p.path}\` line ${p.line}: ${inlineUserText(p.message)}`),
      '',
      'Nothing was lost: once the configuration is fixed, remove and add the incident label again to declare, or repeat the command.',
    ].join('\n'),
  );
}
