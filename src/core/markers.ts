/**
 * Every `<!-- sitrep:… -->` marker sitrep writes, and the readers of them. A marker is the first
 * line of a comment, issue or pull request body sitrep posts: its create-or-update key. Only the
 * bot's own comments are trusted to carry one, and user text is HTML-escaped wherever it is
 * quoted, so nobody else can forge one. Writing and reading live side by side so they agree.
 */

/** The first line of every body sitrep posts: `<!-- sitrep:<kind> ... -->`. */
const MARKER_LINE = /^<!-- sitrep:[^\n]*?-->$/;

/** The marker line that keys a body sitrep posted, or undefined when it has none. */
export function commentMarker(body: string): string | undefined {
  const first = body.split('\n', 1)[0] ?? '';
  return MARKER_LINE.test(first) ? first : undefined;
}

/** Whether a body is keyed by `marker` (its first line, or a prefix of it for a family of markers). */
export function hasMarker(body: string, marker: string): boolean {
  return body.startsWith(marker);
}

/** The status card, one per incident issue, edited in place. */
export const CARD_MARKER = '<!-- sitrep:card -->';

/** The hidden line on the card that carries the record's cached state. */
export const CARD_STATE_PREFIX = '<!-- sitrep:state ';

/** The reply to one comment's commands: one reply per comment, however many runs see it. */
export function replyMarker(commentId: number): string {
  return `<!-- sitrep:reply comment=${commentId} -->`;
}

/** The comment telling an incident's people that a protected branch refused its record (one per issue). */
export const PROTECTED_BRANCH_MARKER = '<!-- sitrep:protected-branch -->';

/** The comment telling a declarer that push protection refused the record (a secret in the form). */
export const SECRET_REFUSED_MARKER = '<!-- sitrep:secret-refused -->';

/** The answers of the declaration form that could not be used. */
export const FORM_PROBLEMS_MARKER = '<!-- sitrep:form-problems -->';

/** The configuration is not valid, so sitrep cannot act. */
export const CONFIG_ERROR_MARKER = '<!-- sitrep:config-error -->';

/** A page of people (`/inc escalate`, or a raise that leaves the incident understaffed). */
export const ESCALATION_MARKER = '<!-- sitrep:escalation -->';

/** The explanation of a restored incident label (one per issue, updated in place). */
export const LABEL_RESTORED_MARKER = '<!-- sitrep:label-restored -->';

/** A pager's answer that asks the coordinator something (a resolve at the pager), once per pager and time. */
export function pageAnswerMarker(pager: string, at: string): string {
  return `<!-- sitrep:page-answer pager=${pager} at=${at} -->`;
}

/** An alert group's comment on its incident: alerts joining, or a request to resolve. */
export function alertMarker(state: 'firing' | 'resolved'): string {
  return `<!-- sitrep:alert state=${state} -->`;
}

/** What a push did to an incident's record that sitrep reports on the issue, once per commit. */
export type RecordProblem = 'record-deleted' | 'record-invalid';

/** The report of a pushed record problem, keyed by the commit so a re-run posts it once. */
export function recordProblemMarker(kind: RecordProblem, sha: string): string {
  return `<!-- sitrep:${kind} commit=${sha} -->`;
}

/** The postmortem pull request of an incident. */
export function postmortemMarker(id: string): string {
  return `<!-- sitrep:postmortem ${id} -->`;
}

/** The word that the postmortem's pull request could not be opened (GitHub Actions may not open one), once per incident. */
export function postmortemBlockedMarker(id: string): string {
  return `<!-- sitrep:postmortem-blocked ${id} -->`;
}

/** The marker a reminder comment carries, one per reminder key it settles. */
export function reminderMarker(kind: string, due: string, item?: string): string {
  return `<!-- sitrep:reminder kind=${kind} due=${due}${item ? ` item=${item}` : ''} -->`;
}

// `item=` is optional so markers written before follow-up reminders existed still read.
const REMINDER_MARKER = /<!-- sitrep:reminder kind=([a-z]+) due=([^\s@]+)(?: item=([0-9a-f]{12}(?:-[1-9][0-9]*)?))? -->/g;

/** Every reminder marker in a body, in order (only trust this on the bot's own comments). */
export function readReminderMarkers(body: string): { kind: string; due: string; item?: string }[] {
  return [...body.matchAll(REMINDER_MARKER)].map((m) => ({ kind: m[1] ?? '', due: m[2] ?? '', ...(m[3] ? { item: m[3] } : {}) }));
}

/**
 * The line a reminder posted by an event run carries after its reminder markers, so the sweep's
 * "previous sweep" line counts only the reminders a sweep posted.
 */
export const EVENT_REMINDER_MARKER = '<!-- sitrep:reminder-by event -->';
