/**
 * Suspect changes, the GitHub side (SPEC 4.10): the pull requests merged in a window, per
 * repository, in as few requests as GitHub allows. One GraphQL request carries one aliased
 * search per repository. A repository the token cannot read makes GitHub reject that whole
 * request (a search it cannot run is an error on a non-null field); only then does one more
 * request ask which repositories resolve (`repository` is nullable, so one unreadable name
 * nulls only its own alias) and a third searches the readable ones: three requests at most,
 * however many repositories.
 */
import { NO_ACCESS, type MergedPull, type RepoChanges } from '../core/suspect-changes.js';
import { toMillis, type Timestamp } from '../core/time.js';
import type { Client } from './client.js';
import { apiError } from './errors.js';

/** GitHub's largest page. */
const MAX_PAGE = 100;

/** GraphQL error types that mean the token may not read the repository (or it does not exist). */
const NO_ACCESS_TYPES = new Set(['INVALID', 'NOT_FOUND', 'FORBIDDEN']);

const REPO_NAME = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}\/[A-Za-z0-9._-]{1,100}$/;

/** What {@link listMergedPullRequests} found, and how many GraphQL requests it took. */
export interface MergedPullRequests {
  results: RepoChanges[];
  requests: number;
}

interface SearchResult {
  issueCount: number;
  nodes: ({ number?: number; title?: string; url?: string; mergedAt?: string | null; author?: { login: string } | null } | null)[];
}

interface GraphqlErrorLike {
  type?: string;
  message: string;
  path?: (string | number)[];
}

/** The search for one repository: merged pull requests in the window, most recently updated first. */
export function mergedPullsSearch(repo: string, from: Timestamp, to: Timestamp): string {
  return `repo:${repo} is:pr is:merged merged:${from}..${to} sort:updated-desc`;
}

function searchQuery(count: number): string {
  const variables = Array.from({ length: count }, (_, i) => `$q${i}: String!`).join(', ');
  const fields = Array.from(
    { length: count },
    (_, i) => `r${i}: search(type: ISSUE, query: $q${i}, first: $first) { issueCount nodes { ... on PullRequest { number title url mergedAt author { login } } } }`,
  ).join('\n    ');
  return `query SuspectChanges(${variables}, $first: Int!) {\n    ${fields}\n  }`;
}

function readableQuery(count: number): string {
  const variables = Array.from({ length: count }, (_, i) => `$o${i}: String!, $n${i}: String!`).join(', ');
  const fields = Array.from({ length: count }, (_, i) => `r${i}: repository(owner: $o${i}, name: $n${i}) { nameWithOwner }`).join('\n    ');
  return `query SuspectChangeRepositories(${variables}) {\n    ${fields}\n  }`;
}

/** Octokit's GraphqlResponseError carries the partial `data` and the `errors`. */
function graphqlFailure(error: unknown): { data: Record<string, SearchResult | null> | null; errors: GraphqlErrorLike[] } | undefined {
  if (!error || typeof error !== 'object' || !('errors' in error) || !Array.isArray(error.errors)) return undefined;
  const data = 'data' in error && error.data && typeof error.data === 'object' ? (error.data as Record<string, SearchResult | null>) : null;
  return { data, errors: error.errors as GraphqlErrorLike[] };
}

function toPulls(repo: string, search: SearchResult, limit: number): RepoChanges {
  const pulls: MergedPull[] = [];
  for (const node of search.nodes) {
    if (!node || node.number === undefined || !node.url || !node.mergedAt) continue;
    pulls.push({ number: node.number, title: node.title ?? '', author: node.author?.login ?? 'ghost', mergedAt: node.mergedAt, url: node.url });
  }
  // The search cannot sort by merge time; the page it gave is sorted here.
  pulls.sort((a, b) => toMillis(b.mergedAt) - toMillis(a.mergedAt) || b.number - a.number);
  const kept = pulls.slice(0, limit);
  return { repo, pulls: kept, more: Math.max(0, search.issueCount - kept.length) };
}

function errorFor(errors: readonly GraphqlErrorLike[], alias: string): GraphqlErrorLike | undefined {
  return errors.find((e) => e.path?.[0] === alias) ?? (errors.length === 1 && !errors[0]?.path ? errors[0] : undefined);
}

function unreadable(repo: string, error: GraphqlErrorLike | undefined): RepoChanges {
  if (error?.type && NO_ACCESS_TYPES.has(error.type)) return { repo, error: NO_ACCESS };
  return { repo, error: error?.message ?? 'GitHub did not answer the search' };
}

/**
 * The pull requests merged in each of `repos` between `from` and `to` (inclusive), newest first,
 * at most `limit` per repository with the count of the rest in `more`. A repository the token
 * cannot read, or whose search failed, is returned with its `error` (`no access` for the former);
 * the others are still listed. One GraphQL request for all repositories when every one is
 * readable; otherwise three.
 */
export async function listMergedPullRequests(
  client: Client,
  repos: readonly string[],
  from: Timestamp,
  to: Timestamp,
  options: { limit?: number } = {},
): Promise<MergedPullRequests> {
  const limit = Math.max(0, options.limit ?? 50);
  const first = Math.min(MAX_PAGE, Math.max(limit, 1));
  const unique = [...new Map(repos.map((r) => [r.toLowerCase(), r])).values()];
  const named = unique.filter((r) => REPO_NAME.test(r));
  const results = new Map<string, RepoChanges>();
  for (const repo of unique) if (!REPO_NAME.test(repo)) results.set(repo, { repo, error: 'not a repository name (owner/name)' });
  let requests = 0;

  type Answer<T> = { data: Record<string, T | null> | null; errors: GraphqlErrorLike[] };
  const send = async <T>(query: string, variables: Record<string, unknown>): Promise<Answer<T>> => {
    requests++;
    try {
      return { data: await client.octokit.graphql<Record<string, T>>(query, variables), errors: [] };
    } catch (error) {
      const failure = graphqlFailure(error);
      if (failure) return failure as Answer<T>;
      throw apiError('search merged pull requests (GraphQL)', error);
    }
  };
  const ask = (batch: readonly string[]): Promise<Answer<SearchResult>> => {
    const variables: Record<string, unknown> = { first };
    batch.forEach((repo, i) => (variables[`q${i}`] = mergedPullsSearch(repo, from, to)));
    return send<SearchResult>(searchQuery(batch.length), variables);
  };
  /** The repositories the token can read; the others are settled as unreadable. */
  const readable = async (batch: readonly string[]): Promise<string[]> => {
    const variables: Record<string, unknown> = {};
    batch.forEach((repo, i) => {
      const [owner, name] = repo.split('/');
      variables[`o${i}`] = owner;
      variables[`n${i}`] = name;
    });
    const answer = await send<{ nameWithOwner: string }>(readableQuery(batch.length), variables);
    return batch.filter((repo, i) => {
      if (answer.data?.[`r${i}`]) return true;
      results.set(repo, unreadable(repo, errorFor(answer.errors, `r${i}`)));
      return false;
    });
  };
  const settle = (batch: readonly string[], answer: { data: Record<string, SearchResult | null> | null; errors: GraphqlErrorLike[] }) => {
    batch.forEach((repo, i) => {
      const search = answer.data?.[`r${i}`];
      results.set(repo, search ? toPulls(repo, search, limit) : unreadable(repo, errorFor(answer.errors, `r${i}`)));
    });
  };

  if (named.length) {
    try {
      const together = await ask(named);
      if (together.data || named.length === 1) settle(named, together);
      else {
        // GitHub nulled the whole answer for a search it would not run: find the readable ones, search those.
        const open = await readable(named);
        if (open.length) settle(open, await ask(open));
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      for (const repo of named) if (!results.has(repo)) results.set(repo, { repo, error: message });
    }
  }
  return { results: unique.map((repo) => results.get(repo)!), requests };
}
