import { sameLogin } from '../core/sanitize.js';
import type { ReferenceSource, TimelineEvent } from '../core/timeline.js';
import type { Client } from './client.js';
import { apiError } from './errors.js';

/** GitHub's largest page; an incident with thousands of events takes a page per hundred. */
const PAGE_SIZE = 100;

// Only the item types the postmortem reads: the others (subscriptions, mentions, project moves)
// would cost pages and tell nothing.
const TIMELINE_QUERY = /* GraphQL */ `
  query IssueTimeline($owner: String!, $name: String!, $number: Int!, $cursor: String) {
    viewer { login }
    repository(owner: $owner, name: $name) {
      issue(number: $number) {
        timelineItems(
          first: ${PAGE_SIZE}
          after: $cursor
          itemTypes: [ISSUE_COMMENT, LABELED_EVENT, UNLABELED_EVENT, ASSIGNED_EVENT, UNASSIGNED_EVENT, CLOSED_EVENT, REOPENED_EVENT, RENAMED_TITLE_EVENT, CROSS_REFERENCED_EVENT]
        ) {
          pageInfo { hasNextPage endCursor }
          nodes {
            __typename
            ... on IssueComment { createdAt url viewerDidAuthor author { __typename login } }
            ... on LabeledEvent { createdAt actor { __typename login } label { name } }
            ... on UnlabeledEvent { createdAt actor { __typename login } label { name } }
            ... on AssignedEvent { createdAt actor { __typename login } assignee { ...AssigneeLogin } }
            ... on UnassignedEvent { createdAt actor { __typename login } assignee { ...AssigneeLogin } }
            ... on ClosedEvent { createdAt url actor { __typename login } }
            ... on ReopenedEvent { createdAt actor { __typename login } }
            ... on RenamedTitleEvent { createdAt actor { __typename login } previousTitle currentTitle }
            ... on CrossReferencedEvent {
              createdAt url actor { __typename login }
              source {
                __typename
                ... on PullRequest { number title url headRefName mergedAt mergedBy { login } repository { nameWithOwner } }
                ... on Issue { number title url repository { nameWithOwner } }
              }
            }
          }
        }
      }
    }
  }
  fragment AssigneeLogin on Assignee {
    ... on User { login }
    ... on Bot { login }
    ... on Mannequin { login }
    ... on Organization { login }
  }
`;

interface Actor {
  __typename: string;
  login: string;
}

interface GraphItem {
  __typename: string;
  createdAt: string;
  url?: string;
  viewerDidAuthor?: boolean;
  author?: Actor | null;
  actor?: Actor | null;
  label?: { name: string };
  assignee?: { login?: string } | null;
  previousTitle?: string;
  currentTitle?: string;
  source?: {
    __typename: string;
    number: number;
    title: string;
    url: string;
    headRefName?: string;
    mergedAt?: string | null;
    mergedBy?: { login: string } | null;
    repository: { nameWithOwner: string };
  };
}

interface TimelinePage {
  viewer: { login: string };
  repository: {
    issue: {
      timelineItems: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: (GraphItem | null)[] };
    } | null;
  } | null;
}

/** The whole timeline of an issue, and how many pages it took. */
export interface IssueTimeline {
  events: TimelineEvent[];
  pages: number;
  /** The login of the token sitrep runs with. */
  viewer: string;
}

function toSeconds(timestamp: string): string {
  return new Date(timestamp).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** One GraphQL timeline item as the core reads it; undefined for what the postmortem does not use. */
function toEvent(item: GraphItem, viewer: string): TimelineEvent | undefined {
  const who = item.author ?? item.actor ?? null;
  const byBot = who?.__typename === 'Bot' || sameLogin(who?.login, viewer) || Boolean(item.viewerDidAuthor);
  const base = { at: toSeconds(item.createdAt), actor: who?.login ?? null, byBot, ...(item.url ? { url: item.url } : {}) };
  switch (item.__typename) {
    case 'IssueComment':
      return { ...base, kind: 'comment' };
    case 'LabeledEvent':
    case 'UnlabeledEvent':
      return { ...base, kind: item.__typename === 'LabeledEvent' ? 'labeled' : 'unlabeled', label: item.label?.name ?? '' };
    case 'AssignedEvent':
    case 'UnassignedEvent':
      return { ...base, kind: item.__typename === 'AssignedEvent' ? 'assigned' : 'unassigned', assignee: item.assignee?.login ?? null };
    case 'ClosedEvent':
      return { ...base, kind: 'closed' };
    case 'ReopenedEvent':
      return { ...base, kind: 'reopened' };
    case 'RenamedTitleEvent':
      return { ...base, kind: 'renamed', from: item.previousTitle ?? '', to: item.currentTitle ?? '' };
    case 'CrossReferencedEvent': {
      const source = item.source;
      if (!source || (source.__typename !== 'PullRequest' && source.__typename !== 'Issue')) return undefined;
      const reference: ReferenceSource = {
        type: source.__typename,
        repository: source.repository.nameWithOwner,
        number: source.number,
        title: source.title,
        url: source.url,
        ...(source.headRefName !== undefined ? { headRef: source.headRefName } : {}),
        ...(source.__typename === 'PullRequest' ? { mergedAt: source.mergedAt ? toSeconds(source.mergedAt) : null, mergedBy: source.mergedBy?.login ?? null } : {}),
      };
      return { ...base, kind: 'cross-referenced', source: reference };
    }
    default:
      return undefined;
  }
}

/**
 * Reads an issue's complete timeline through GraphQL `timelineItems`, every page of a hundred,
 * with the client's retries and throttling (the pagination plugin drives the cursor).
 */
export async function readIssueTimeline(client: Client, fullName: string, issueNumber: number): Promise<IssueTimeline> {
  const [owner = '', name = ''] = fullName.split('/');
  const events: TimelineEvent[] = [];
  let pages = 0;
  let viewer = '';
  try {
    for await (const page of client.octokit.graphql.paginate.iterator<TimelinePage>(TIMELINE_QUERY, { owner, name, number: issueNumber })) {
      pages++;
      viewer = page.viewer.login;
      const items = page.repository?.issue?.timelineItems.nodes ?? [];
      for (const item of items) {
        const event = item && toEvent(item, viewer);
        if (event) events.push(event);
      }
    }
  } catch (error) {
    throw apiError(`read the timeline of #${issueNumber} (GraphQL, page ${pages + 1})`, error);
  }
  return { events, pages, viewer };
}
