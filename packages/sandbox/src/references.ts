/**
 * Finds the issue references GitHub links in Markdown text: `#12`, `owner/repo#12` and issue or
 * pull request URLs. Code spans and fenced code are skipped, as GitHub does not link inside them.
 */
import type { IssueRef } from './model.js';

const SHORT_REF = /(?<![\w/#&])(?:([A-Za-z0-9][\w.-]*\/[\w.-]+))?#(\d+)\b/g;
const CLOSING_REF = /\b(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)\s*:?\s+(?:([A-Za-z0-9][\w.-]*\/[\w.-]+))?#(\d+)\b/gi;

function withoutCode(text: string): string {
  return text.replace(/```[\s\S]*?(?:```|$)/g, ' ').replace(/`[^`\n]*`/g, ' ');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Every distinct issue referenced in `text`, resolved against `currentRepo` for bare `#n`.
 * `webBases` are the URL prefixes whose `/<owner>/<repo>/(issues|pull)/<n>` links count.
 */
export function findReferences(text: string, currentRepo: string, webBases: string[]): IssueRef[] {
  const plain = withoutCode(text);
  const found = new Map<string, IssueRef>();
  const add = (repo: string, number: number) => {
    const key = `${repo.toLowerCase()}#${number}`;
    if (!found.has(key)) found.set(key, { repo, number });
  };
  for (const base of webBases) {
    const url = new RegExp(`${escapeRegExp(base.replace(/\/$/, ''))}/([\\w.-]+/[\\w.-]+)/(?:issues|pull)/(\\d+)`, 'g');
    for (const match of plain.matchAll(url)) add(match[1]!, Number(match[2]));
  }
  // Bare references: drop URLs first so their `#fragment`s are not read as references.
  const noUrls = plain.replace(/\bhttps?:\/\/\S+/g, ' ');
  for (const match of noUrls.matchAll(SHORT_REF)) add(match[1] ?? currentRepo, Number(match[2]));
  return [...found.values()];
}

/** Issues a pull request body closes on merge (`Fixes #3`, `closes acme/app#4`). */
export function findClosingReferences(text: string, currentRepo: string): IssueRef[] {
  const refs: IssueRef[] = [];
  for (const match of withoutCode(text).matchAll(CLOSING_REF)) refs.push({ repo: match[1] ?? currentRepo, number: Number(match[2]) });
  return refs;
}
