import { readCardState, CARD_MARKER, type CardState } from '../core/card.js';
import type { PostmortemFile } from '../core/followup-reminders.js';
import { readReminderKeys } from '../core/reminders.js';
import { sameLogin } from '../core/sanitize.js';
import type { Client } from './client.js';
import { apiError } from './errors.js';

/** One open incident issue as the sweep reads it: its card's state and the reminders already posted. */
export interface OpenIncident {
  number: number;
  title: string;
  url: string;
  card: CardState | undefined;
  /** Keys (`kind@due`) of reminders found in the bot's own comments. */
  posted: Set<string>;
}

export interface SweepRead {
  botLogin: string;
  configText: string | null;
  incidents: OpenIncident[];
  /** The files of the postmortems folder on the default branch; empty when it does not exist. */
  postmortems: PostmortemFile[];
  /** GraphQL pages read. */
  pages: number;
}

/** What the sweep reads besides the open incidents, on its first page only. */
export interface SweepPaths {
  label: string;
  configPath: string;
  postmortemsFolder: string;
}

// The folder's files come with their text in the same request (Tree.entries is not paginated).
const POSTMORTEM_TREE = /* GraphQL */ `
  fragment PostmortemTree on Tree { entries { name type object { ... on Blob { text } } } }
`;

const SWEEP_QUERY = /* GraphQL */ `
  query OpenIncidents($owner: String!, $name: String!, $labels: [String!], $config: String!, $postmortems: String!, $firstPage: Boolean!, $cursor: String) {
    viewer { login }
    repository(owner: $owner, name: $name) {
      config: object(expression: $config) @include(if: $firstPage) { ... on Blob { text } }
      postmortems: object(expression: $postmortems) @include(if: $firstPage) { ...PostmortemTree }
      issues(first: 100, after: $cursor, labels: $labels, states: [OPEN], orderBy: { field: CREATED_AT, direction: ASC }) {
        pageInfo { hasNextPage endCursor }
        nodes {
          number title url
          early: comments(first: 10) { nodes { ...SweepComment } }
          recent: comments(last: 100) { nodes { ...SweepComment } }
        }
      }
    }
  }
  fragment SweepComment on IssueComment { body viewerDidAuthor author { login } }
  ${POSTMORTEM_TREE}
`;

interface SweepComment {
  body: string;
  viewerDidAuthor: boolean;
  author: { login: string } | null;
}

interface TreeObject {
  entries?: { name: string; type: string; object: { text?: string | null } | null }[];
}

interface SweepPage {
  viewer: { login: string };
  repository: {
    config?: { text: string | null } | null;
    postmortems?: TreeObject | null;
    issues: {
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      nodes: { number: number; title: string; url: string; early: { nodes: SweepComment[] }; recent: { nodes: SweepComment[] } }[];
    };
  } | null;
}

/** The files of a folder read as a Tree, with their text (binary and nested entries left out). */
function treeFiles(tree: TreeObject | null | undefined): PostmortemFile[] {
  return (tree?.entries ?? []).flatMap((e) => (e.type === 'blob' && typeof e.object?.text === 'string' ? [{ name: e.name, text: e.object.text }] : []));
}

/** The bot's own comments among an issue's first and last comments: its status card and reminder markers. */
function ownMarkers(comments: readonly SweepComment[], botLogin: string): { card: CardState | undefined; posted: Set<string> } {
  const own = comments.filter((c) => c.viewerDidAuthor && sameLogin(c.author?.login, botLogin));
  const card = own.find((c) => c.body.startsWith(CARD_MARKER));
  return { card: card ? readCardState(card.body) : undefined, posted: new Set(own.flatMap((c) => readReminderKeys(c.body))) };
}

/**
 * Reads every open incident with what the sweep decides on (the card's state, the bot's
 * reminder markers) in ceil(open / 100) GraphQL requests; the first also brings the
 * configuration and the postmortems folder.
 */
export async function readOpenIncidents(client: Client, fullName: string, paths: SweepPaths): Promise<SweepRead> {
  const [owner, name] = fullName.split('/');
  const result: SweepRead = { botLogin: '', configText: null, incidents: [], postmortems: [], pages: 0 };
  const variables = { owner, name, labels: [paths.label], config: `HEAD:${paths.configPath}`, postmortems: `HEAD:${paths.postmortemsFolder}` };
  try {
    let cursor: string | null = null;
    do {
      const page: SweepPage = await client.octokit.graphql<SweepPage>(SWEEP_QUERY, { ...variables, firstPage: result.pages === 0, cursor });
      if (!page.repository) throw new Error(`repository ${fullName} not found`);
      if (result.pages === 0) {
        result.configText = page.repository.config?.text ?? null;
        result.postmortems = treeFiles(page.repository.postmortems);
      }
      result.pages++;
      result.botLogin = page.viewer.login;
      for (const issue of page.repository.issues.nodes) {
        result.incidents.push({ number: issue.number, title: issue.title, url: issue.url, ...ownMarkers([...issue.early.nodes, ...issue.recent.nodes], page.viewer.login) });
      }
      const { hasNextPage, endCursor } = page.repository.issues.pageInfo;
      cursor = hasNextPage ? endCursor : null;
    } while (cursor);
  } catch (error) {
    throw apiError('read open incidents (GraphQL)', error);
  }
  return result;
}

const POSTMORTEMS_QUERY = /* GraphQL */ `
  query Postmortems($owner: String!, $name: String!, $postmortems: String!) {
    repository(owner: $owner, name: $name) { postmortems: object(expression: $postmortems) { ...PostmortemTree } }
  }
  ${POSTMORTEM_TREE}
`;

/** The postmortems folder on the default branch, in one request (when the first sweep page read another folder). */
export async function readPostmortems(client: Client, fullName: string, folder: string): Promise<PostmortemFile[]> {
  const [owner, name] = fullName.split('/');
  try {
    const data = await client.octokit.graphql<{ repository: { postmortems: TreeObject | null } | null }>(POSTMORTEMS_QUERY, { owner, name, postmortems: `HEAD:${folder}` });
    return treeFiles(data.repository?.postmortems);
  } catch (error) {
    throw apiError(`read ${folder}/ (GraphQL)`, error);
  }
}

/** GitHub rejects search queries longer than this. */
const MAX_SEARCH_QUERY = 256;

/**
 * The searches that list the open issues carrying `label` in `repos`: one, unless the `repo:`
 * qualifiers would make it longer than GitHub accepts, then as few as fit.
 */
export function openFollowupSearches(repos: readonly string[], label: string | undefined): string[] {
  const base = `is:issue is:open${label ? ` label:"${label.replace(/"/g, '')}"` : ''}`;
  const queries: string[] = [];
  let current = base;
  for (const repo of repos) {
    const qualifier = ` repo:${repo}`;
    if (current !== base && current.length + qualifier.length > MAX_SEARCH_QUERY) {
      queries.push(current);
      current = base;
    }
    current += qualifier;
  }
  if (current !== base) queries.push(current);
  return queries;
}

const OPEN_FOLLOWUPS_QUERY = /* GraphQL */ `
  query OpenFollowups($search: String!, $cursor: String) {
    search(type: ISSUE, query: $search, first: 100, after: $cursor) {
      pageInfo { hasNextPage endCursor }
      nodes { ... on Issue { number url state repository { nameWithOwner } } }
    }
  }
`;

interface OpenFollowupsPage {
  search: {
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: ({ number?: number; url?: string; state?: string; repository?: { nameWithOwner: string } } | null)[];
  };
}

/**
 * The open follow-up issues in `repos` (those with `label`, the first of `followups.labels`; any
 * open issue there when none is configured), keyed `owner/name#n` in lower case, each with its
 * URL: one search request per 100 issues.
 */
export async function readOpenFollowups(client: Client, repos: readonly string[], label: string | undefined): Promise<Map<string, string>> {
  const open = new Map<string, string>();
  try {
    for (const search of openFollowupSearches(repos, label)) {
      let cursor: string | null = null;
      do {
        // Octokit reserves the `query` variable name for the document itself.
        const page: OpenFollowupsPage = await client.octokit.graphql<OpenFollowupsPage>(OPEN_FOLLOWUPS_QUERY, { search, cursor });
        for (const node of page.search.nodes) {
          // The search index can lag a close by a moment; the issue's own state is current.
          if (!node?.url || !node.repository || node.number === undefined || node.state !== 'OPEN') continue;
          open.set(`${node.repository.nameWithOwner.toLowerCase()}#${node.number}`, node.url);
        }
        cursor = page.search.pageInfo.hasNextPage ? page.search.pageInfo.endCursor : null;
      } while (cursor);
    }
  } catch (error) {
    throw apiError('search open follow-up issues (GraphQL)', error);
  }
  return open;
}

/** An incident issue read for its follow-up reminders (closed ones are not in the open read). */
export interface IncidentMarkers {
  number: number;
  card: CardState | undefined;
  posted: Set<string>;
}

/** Issues per aliased request: as many as a page of the open-incident read. */
const ISSUES_PER_QUERY = 100;

/**
 * The status card and reminder markers of the given incident issues, from the bot's own
 * comments, in one aliased GraphQL request per 100 issues. Numbers with no issue are left out.
 */
export async function readIncidentMarkers(client: Client, fullName: string, numbers: readonly number[], botLogin: string): Promise<Map<number, IncidentMarkers>> {
  const [owner, name] = fullName.split('/');
  const found = new Map<number, IncidentMarkers>();
  const valid = numbers.filter((n) => Number.isSafeInteger(n) && n > 0);
  for (let start = 0; start < valid.length; start += ISSUES_PER_QUERY) {
    const chunk = valid.slice(start, start + ISSUES_PER_QUERY);
    const fields = chunk.map((n) => `i${n}: issue(number: ${n}) { ...IncidentMarkers }`).join('\n      ');
    const query = /* GraphQL */ `
      query IncidentMarkers($owner: String!, $name: String!) {
        repository(owner: $owner, name: $name) {
          ${fields}
        }
      }
      fragment IncidentMarkers on Issue {
        number
        early: comments(first: 10) { nodes { ...SweepComment } }
        recent: comments(last: 100) { nodes { ...SweepComment } }
      }
      fragment SweepComment on IssueComment { body viewerDidAuthor author { login } }
    `;
    type Markers = { number: number; early: { nodes: SweepComment[] }; recent: { nodes: SweepComment[] } } | null;
    let repository: Record<string, Markers> | null | undefined;
    try {
      repository = (await client.octokit.graphql<{ repository: Record<string, Markers> | null }>(query, { owner, name })).repository;
    } catch (error) {
      // A postmortem whose issue is gone (or is a pull request) fails only its own alias.
      repository = partialData<{ repository: Record<string, Markers> | null }>(error)?.repository;
      if (!repository) throw apiError('read incident issues (GraphQL)', error);
    }
    for (const issue of Object.values(repository ?? {})) {
      if (issue) found.set(issue.number, { number: issue.number, ...ownMarkers([...issue.early.nodes, ...issue.recent.nodes], botLogin) });
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
