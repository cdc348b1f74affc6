/**
 * Neutralising untrusted text (issue titles, bodies, comments) before sitrep echoes it into a
 * comment: no live @mentions the author did not make as a command argument, no raw HTML, and so
 * no forged sitrep markers.
 */

const ZERO_WIDTH_SPACE = '\u200b';

/** Breaks `@user` and `@org/team` mentions with a zero-width space, as Dependabot does in its PRs. */
export function defuseMentions(text: string): string {
  return text.replace(/@(?=[A-Za-z0-9])/g, `@${ZERO_WIDTH_SPACE}`);
}

/** Escapes HTML so markers (`<!-- sitrep:... -->`), tags and entities render as text. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** User text made safe to show inline in a comment. */
export function inlineUserText(text: string): string {
  return escapeHtml(defuseMentions(text)).replace(/\r?\n/g, ' ');
}

/** User text made safe to show as a quoted block in a comment. */
export function quoteUserText(text: string): string {
  return escapeHtml(defuseMentions(text))
    .split(/\r?\n/)
    .map((line) => `> ${line}`)
    .join('\n');
}

/** A GitHub login, checked; refuses anything that is not a login so it can never carry markup. */
export function isLogin(text: string): boolean {
  return /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/.test(text);
}

/** A GitHub team handle `org/team`, checked. */
export function isTeam(text: string): boolean {
  return /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9_.-]+$/.test(text);
}

/** Whether a login is a GitHub App's bot account (`name[bot]`): the one test of it. */
export function isBotLogin(login: string): boolean {
  return /\[bot\]$/i.test(login);
}

/** Bot logins read `github-actions[bot]` over REST and `github-actions` over GraphQL; compare without the suffix. */
export function sameLogin(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  const norm = (s: string) => s.replace(/\[bot\]$/i, '').toLowerCase();
  return norm(a) === norm(b);
}

/** GitHub's limit on an issue, pull request or comment body, in characters. */
export const MAX_BODY_LENGTH = 65_536;

/** How much of one piece of user text a comment quotes before shortening it. */
export const MAX_QUOTE_LENGTH = 2_000;

/** What a shortened text ends with. */
export const TRUNCATED = '… (truncated, see the file)';

/**
 * Shortens text to at most `limit` characters, ending it visibly with `note` when it is cut
 * (`fitBody(reply, MAX_BODY_LENGTH)`, or a quote within a larger body). Counts UTF-16 code units,
 * which never under-counts GitHub's characters; never splits a surrogate pair, an HTML entity
 * (`&amp;`) or a defused mention (`@` + zero-width space), so the cut cannot make markup or a ping.
 */
export function fitBody(text: string, limit: number = MAX_BODY_LENGTH, note: string = TRUNCATED): string {
  if (text.length <= limit) return text;
  if (note.length >= limit) return note.slice(0, Math.max(0, limit));
  let end = limit - note.length;
  // A low surrogate at the cut belongs with the high surrogate before it.
  if (end > 0 && /[\uDC00-\uDFFF]/.test(text[end] ?? '') && /[\uD800-\uDBFF]/.test(text[end - 1] ?? '')) end--;
  // An entity cut in half (`&am`) would show raw; drop it whole.
  const amp = text.lastIndexOf('&', end - 1);
  if (amp >= 0 && amp >= end - 6 && !text.slice(amp, end).includes(';')) end = amp;
  // Keep `@` with its zero-width space, or drop both.
  if (end > 0 && text[end - 1] === '@' && text[end] === ZERO_WIDTH_SPACE) end--;
  return `${text.slice(0, end)}${note}`;
}
