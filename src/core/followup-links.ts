/** The issue links of filed follow-ups, as read back from a postmortem's action items (SPEC 4.5). */
import { parseActionItems, type ActionItem } from './action-items.js';
import type { FiledFollowup } from './followup-issue.js';

/** The follow-ups the closing comment lists: every open item with an issue, in file order. */
export function allFiled(filed: readonly FiledFollowup[], linkedText: string): FiledFollowup[] {
  const now = new Map<string, FiledFollowup>(filed.map((f) => [f.url, f]));
  return parseActionItems(linkedText)
    .filter((i): i is ActionItem & { issueUrl: string } => !i.checked && isHttpUrl(i.issueUrl))
    .map((i) => now.get(i.issueUrl) ?? { title: i.title, url: i.issueUrl, repo: repoOfUrl(i.issueUrl), ...(i.owner ? { owner: i.owner } : {}), ...(i.due ? { due: i.due } : {}) });
}

/** An `issue:` field may hold anything a person typed; only web addresses go into the record. */
export function isHttpUrl(text: string | undefined): text is string {
  if (!text || /\s/.test(text)) return false;
  try {
    return ['http:', 'https:'].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}

function repoOfUrl(url: string): string {
  const [owner = '', repo = ''] = new URL(url).pathname.split('/').filter(Boolean);
  return `${owner}/${repo}`;
}

/** `acme/checkout#7` for an issue URL, for the Log. */
export function shortRef(url: string): string {
  const parts = new URL(url).pathname.split('/').filter(Boolean);
  return parts.length >= 4 ? `${parts[0]}/${parts[1]}#${parts[3]}` : url;
}
