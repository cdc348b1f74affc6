import { readCardState, CARD_MARKER, type CardState } from '../core/card.js';
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
  /** GraphQL pages read. */
  pages: number;
}

const SWEEP_QUERY = /* GraphQL */ `
  query OpenIncidents($owner: String!, $name: String!, $labels: [String!], $config: String!, $cursor: String) {
    viewer { login }
    repository(owner: $owner, name: $name) {
      config: object(expression: $config) { ... on Blob { text } }
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
`;

interface SweepComment {
  body: string;
  viewerDidAuthor: boolean;
  author: { login: string } | null;
}

interface SweepPage {
  viewer: { login: string };
  repository: {
    config: { text: string | null } | null;
    issues: {
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      nodes: { number: number; title: string; url: string; early: { nodes: SweepComment[] }; recent: { nodes: SweepComment[] } }[];
    };
  } | null;
}

/**
 * Reads every open incident with what the sweep decides on (the card's state, the bot's
 * reminder markers) in ceil(open / 100) GraphQL requests.
 */
export async function readOpenIncidents(client: Client, fullName: string, label: string, configPath: string): Promise<SweepRead> {
  const [owner, name] = fullName.split('/');
  const result: SweepRead = { botLogin: '', configText: null, incidents: [], pages: 0 };
  try {
    const pages = client.octokit.graphql.paginate.iterator<SweepPage>(SWEEP_QUERY, { owner, name, labels: [label], config: `HEAD:${configPath}` });
    for await (const page of pages) {
      result.pages++;
      result.botLogin = page.viewer.login;
      if (!page.repository) throw new Error(`repository ${fullName} not found`);
      result.configText = page.repository.config?.text ?? null;
      for (const issue of page.repository.issues.nodes) {
        const own = [...issue.early.nodes, ...issue.recent.nodes].filter((c) => c.viewerDidAuthor && sameLogin(c.author?.login, page.viewer.login));
        const card = own.find((c) => c.body.startsWith(CARD_MARKER));
        result.incidents.push({
          number: issue.number,
          title: issue.title,
          url: issue.url,
          card: card ? readCardState(card.body) : undefined,
          posted: new Set(own.flatMap((c) => readReminderKeys(c.body))),
        });
      }
    }
  } catch (error) {
    throw apiError('read open incidents (GraphQL)', error);
  }
  return result;
}
