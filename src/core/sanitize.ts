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

/** Bot logins read `github-actions[bot]` over REST and `github-actions` over GraphQL; compare without the suffix. */
export function sameLogin(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  const norm = (s: string) => s.replace(/\[bot\]$/i, '').toLowerCase();
  return norm(a) === norm(b);
}
