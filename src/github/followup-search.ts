/** The search for open follow-up issues across the repositories a postmortem files them in. */
import type { Client } from './client.js';
import { apiError } from './errors.js';

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
