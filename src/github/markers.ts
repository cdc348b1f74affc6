/**
 * The marker reads: the reminder keys and cards in the bot's own comments beyond what the sweep's
 * or an event's first read covered, and those of incident issues the open read does not list.
 */
import type { CardState } from '../core/card.js';
import type { Client } from './client.js';
import { apiError } from './errors.js';
import { incidentFilePath, ownMarkers, PAGE, readBlobText, SWEEP_COMMENT, type IncidentBlob, type IssueNode, type SweepComment } from './sweep.js';

/** An incident whose markers must be looked up from a time on, beyond the comments already read. */
export interface MarkerLookup {
  number: number;
  /** The earliest due time of the reminders the sweep would post (RFC 3339). */
  since: string;
  /** Where the comments already read begin (milliseconds); reading stops there. */
  until: number;
}

/**
 * The reminder keys in the bot's own comments on each issue from `since` on (timelineItems
 * filtered by time, one aliased request per 100 issues and page): for issues with more comments
 * since a reminder's due time than the sweep's first read covers.
 */
export async function readMarkersSince(client: Client, fullName: string, lookups: readonly MarkerLookup[], botLogin: string): Promise<{ posted: Map<number, Set<string>>; requests: number }> {
  const [owner, name] = fullName.split('/');
  const posted = new Map<number, Set<string>>(lookups.map((l) => [l.number, new Set<string>()]));
  let open = lookups.map((l) => ({ ...l, after: null as string | null }));
  let requests = 0;
  while (open.length) {
    const chunk = open.slice(0, PAGE);
    const fields = chunk
      .map((l) => `m${l.number}: issue(number: ${l.number}) { timelineItems(since: ${JSON.stringify(l.since)}, itemTypes: [ISSUE_COMMENT], first: 100${l.after ? `, after: ${JSON.stringify(l.after)}` : ''}) { pageInfo { hasNextPage endCursor } nodes { ...SweepComment } } }`)
      .join('\n      ');
    const query = /* GraphQL */ `
      query ReminderMarkers($owner: String!, $name: String!) {
        repository(owner: $owner, name: $name) {
          ${fields}
        }
      }
      ${SWEEP_COMMENT}
    `;
    type Items = { timelineItems: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: (Partial<SweepComment> | null)[] } } | null;
    let repository: Record<string, Items> | null;
    try {
      repository = (await client.octokit.graphql<{ repository: Record<string, Items> | null }>(query, { owner, name })).repository;
    } catch (error) {
      throw apiError('read reminder markers (GraphQL)', error);
    }
    requests++;
    const next: typeof open = [];
    for (const lookup of chunk) {
      const items = repository?.[`m${lookup.number}`]?.timelineItems;
      if (!items) continue;
      const comments = items.nodes.filter((n): n is SweepComment => typeof n?.body === 'string' && typeof n.createdAt === 'string');
      for (const key of ownMarkers(comments, botLogin).posted) posted.get(lookup.number)?.add(key);
      const reached = comments.some((c) => Date.parse(c.createdAt) >= lookup.until);
      if (items.pageInfo.hasNextPage && !reached) next.push({ ...lookup, after: items.pageInfo.endCursor });
    }
    open = [...next, ...open.slice(PAGE)];
  }
  return { posted, requests };
}

/** An incident issue read for its follow-up reminders (closed ones are not in the open read). */
export interface IncidentMarkers {
  number: number;
  /** The incident file on the default branch; null when there is none. */
  file: IncidentBlob | null;
  card: CardState | undefined;
  posted: Set<string>;
  /** As OpenIncident.seenFrom: where the comments read begin, undefined when all were read. */
  seenFrom: number | undefined;
}

/** Issues per aliased request: as many as a page of the open-incident read. */
const ISSUES_PER_QUERY = 100;

/**
 * The status card, reminder markers and file of the given incident issues, from the bot's own
 * comments and the default branch, in one aliased GraphQL request per 100 issues. Numbers with
 * no issue are left out.
 */
export async function readIncidentMarkers(client: Client, fullName: string, numbers: readonly number[], botLogin: string, incidentsFolder: string): Promise<Map<number, IncidentMarkers>> {
  const [owner, name] = fullName.split('/');
  const found = new Map<number, IncidentMarkers>();
  const valid = numbers.filter((n) => Number.isSafeInteger(n) && n > 0);
  for (let start = 0; start < valid.length; start += ISSUES_PER_QUERY) {
    const chunk = valid.slice(start, start + ISSUES_PER_QUERY);
    const fields = chunk
      .map((n) => `i${n}: issue(number: ${n}) { ...IncidentMarkers }\n      f${n}: object(expression: ${JSON.stringify(`HEAD:${incidentFilePath(incidentsFolder, n)}`)}) { ... on Blob { oid text isTruncated } }`)
      .join('\n      ');
    const query = /* GraphQL */ `
      query IncidentMarkers($owner: String!, $name: String!) {
        repository(owner: $owner, name: $name) {
          ${fields}
        }
      }
      fragment IncidentMarkers on Issue {
        number
        early: comments(first: 10) { nodes { ...SweepComment } }
        recent: comments(last: 100) { pageInfo { hasPreviousPage } nodes { ...SweepComment } }
      }
      ${SWEEP_COMMENT}
    `;
    type Markers = Required<Pick<IssueNode, 'number' | 'early' | 'recent'>> | { oid?: string; text?: string | null; isTruncated?: boolean } | null;
    let repository: Record<string, Markers> | null | undefined;
    try {
      repository = (await client.octokit.graphql<{ repository: Record<string, Markers> | null }>(query, { owner, name })).repository;
    } catch (error) {
      // A postmortem whose issue is gone (or is a pull request) fails only its own alias.
      repository = partialData<{ repository: Record<string, Markers> | null }>(error)?.repository;
      if (!repository) throw apiError('read incident issues (GraphQL)', error);
    }
    for (const n of chunk) {
      const issue = repository?.[`i${n}`] as Required<Pick<IssueNode, 'number' | 'early' | 'recent'>> | null | undefined;
      if (!issue) continue;
      const blob = repository?.[`f${n}`] as { oid?: string; text?: string | null; isTruncated?: boolean } | null | undefined;
      const { card, posted } = ownMarkers([...issue.early.nodes, ...issue.recent.nodes], botLogin);
      const oldest = issue.recent.nodes[0]?.createdAt;
      found.set(issue.number, {
        number: issue.number,
        // A record GraphQL cut short is never read as if whole: it is read over the git blobs API.
        file: blob?.oid && typeof blob.text === 'string' ? { oid: blob.oid, text: blob.isTruncated ? await readBlobText(client, owner ?? '', name ?? '', blob.oid) : blob.text } : null,
        card,
        posted,
        seenFrom: issue.recent.pageInfo.hasPreviousPage && oldest ? Date.parse(oldest) : undefined,
      });
    }
  }
  return found;
}

/**
 * The data of a GraphQL answer whose only errors are NOT_FOUND (Octokit throws a
 * GraphqlResponseError carrying both), or undefined for any other failure.
 */
function partialData<T>(error: unknown): T | undefined {
  if (!error || typeof error !== 'object' || !('errors' in error) || !('data' in error)) return undefined;
  const { errors, data } = error as { errors?: { type?: string }[]; data?: unknown };
  if (!Array.isArray(errors) || !errors.every((e) => e.type === 'NOT_FOUND')) return undefined;
  return data && typeof data === 'object' ? (data as T) : undefined;
}
