/** The postmortem's front matter: the fields sitrep writes, merging them into people's, and reading it back. */
import { isMap, isNode, isScalar, parseDocument, parse as parseYaml } from 'yaml';
import { roleHolders } from '../incident.js';
import { stringifyFrontMatter } from '../incident-file.js';
import { isBotLogin, isLogin } from '../sanitize.js';
import type { PostmortemInput } from './input.js';
import { scanPostmortem } from './regions.js';

/** The postmortem file's front matter (schemas/postmortem.schema.json). */
export interface PostmortemFrontMatter {
  id: string;
  incident: string;
  title: string;
  severity: string;
  status: 'draft' | 'in-review' | 'final';
  authors: string[];
  date: string;
  pull_request: string | null;
}

/** Front matter fields sitrep keeps in step with the incident; every other field belongs to people. */
const GENERATED_FIELDS = ['id', 'incident', 'title', 'severity', 'date', 'pull_request'] as const;

export function frontMatterOf(input: PostmortemInput): PostmortemFrontMatter {
  const { record, log } = input.incident;
  const holders = roleHolders(record.roles);
  const declaredBy = log.find((e) => e.kind === 'declared')?.actor;
  const authors = (holders.length ? holders : declaredBy ? [declaredBy] : []).filter((login) => isLogin(login) && !isBotLogin(login));
  return {
    id: record.id,
    incident: record.id,
    title: record.title,
    severity: record.severity,
    status: 'draft',
    authors,
    date: record.declared_at.slice(0, 10),
    pull_request: input.pullRequestUrl ?? null,
  };
}

/**
 * The existing front matter with the generated fields updated, or undefined when nothing changes
 * (or it does not parse). Only the changed values are replaced in the source, so people's comments,
 * quoting and order survive.
 */
export function mergeFrontMatter(existingYaml: string, freshYaml: string): string | undefined {
  const doc = parseDocument(existingYaml);
  if (doc.errors.length || !isMap(doc.contents)) return undefined;
  const fresh = (parseYaml(freshYaml) ?? {}) as Record<string, unknown>;
  const edits: { start: number; end: number; text: string }[] = [];
  let appended = '';
  for (const key of GENERATED_FIELDS) {
    const value = fresh[key];
    // A value sitrep does not know (say, the pull request when rendering offline) never erases one it knew.
    if (value === null || value === undefined) continue;
    const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === key);
    const node = pair?.value;
    if (isScalar(node) && node.value === value) continue;
    const written = stringifyFrontMatter({ [key]: value }).trimEnd();
    if (pair && isNode(node) && node.range) {
      edits.push({ start: node.range[0], end: valueEnd(existingYaml, node.range[0], node.range[1]), text: written.slice(`${key}: `.length) });
    } else if (!pair) {
      appended += `${written}\n`;
    } else {
      return undefined;
    }
  }
  if (!edits.length && !appended) return undefined;
  let text = existingYaml;
  for (const edit of edits.sort((a, b) => b.start - a.start)) text = `${text.slice(0, edit.start)}${edit.text}${text.slice(edit.end)}`;
  return appended ? `${text.replace(/\n*$/, '\n')}${appended}`.trimEnd() : text;
}

/**
 * Where a value's own text ends. A block scalar's range (`|`, `>`) runs past its last line break,
 * and blank lines a keep-chomped one holds; those belong to the map, so replacing them would join
 * the next key onto the value's line.
 */
function valueEnd(text: string, start: number, end: number): number {
  let at = end;
  while (at > start && /[\r\n \t]/.test(text[at - 1]!)) at--;
  return at;
}

/** Reads a postmortem's front matter (for the pull request and the follow-ups), or undefined. */
export function readPostmortemFrontMatter(text: string): Partial<PostmortemFrontMatter> | undefined {
  const yaml = scanPostmortem(text).frontMatter?.yaml;
  if (yaml === undefined) return undefined;
  try {
    const value: unknown = parseYaml(yaml);
    return value && typeof value === 'object' ? (value as Partial<PostmortemFrontMatter>) : undefined;
  } catch {
    return undefined;
  }
}
