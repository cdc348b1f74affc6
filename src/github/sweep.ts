import { readCardState, type CardState } from '../core/card.js';
import { CARD_MARKER, hasMarker } from '../core/markers.js';
import type { PostmortemFile } from '../core/followup-reminders.js';
import { incidentPath } from '../core/incident.js';
import { EVENT_REMINDER_MARKER, readReminderKeys } from '../core/reminders.js';
import { sameLogin } from '../core/sanitize.js';
import type { Client } from './client.js';
import { apiError } from './errors.js';

/** An incident file as read from the default branch: its blob id and text. */
export interface IncidentBlob {
  oid: string;
  text: string;
}

/** One open incident issue as the sweep reads it: its file, its card's cache and the reminders already posted. */
export interface OpenIncident {
  number: number;
  title: string;
  url: string;
  createdAt: string;
  /** The incident file on the default branch; null when there is none (or it is not text). */
  file: IncidentBlob | null;
  card: CardState | undefined;
  /** Keys (`kind@due`) of reminders found in the bot's own comments. */
  posted: Set<string>;
  /**
   * When the comments read for markers begin (milliseconds): a marker older than this was not
   * seen. Undefined when every comment of the issue was read.
   */
  seenFrom: number | undefined;
  /** When the newest reminder a sweep posted on this issue was created, if one was seen. */
  newestReminderAt: string | undefined;
}

export interface SweepRead {
  botLogin: string;
  configText: string | null;
  incidents: OpenIncident[];
  /** The files of the postmortems folder on the default branch; empty when it does not exist. */
  postmortems: PostmortemFile[];
  /** GraphQL requests made. */
  pages: number;
}

/** Where the sweep reads, known once the configuration is read. */
export interface SweepPaths {
  label: string;
  incidentsFolder: string;
  postmortemsFolder: string;
}

/** What the first request assumes before the configuration is known. */
export const DEFAULT_SWEEP_PATHS: SweepPaths = { label: 'incident', incidentsFolder: 'incidents', postmortemsFolder: 'postmortems' };

// The folder's files come with their text in the same request (Tree.entries is not paginated).
const POSTMORTEM_TREE = /* GraphQL */ `
  fragment PostmortemTree on Tree { entries { name type object { ... on Blob { text } } } }
`;

/** The fields of a comment the sweep and the marker reads need. */
export const SWEEP_COMMENT = /* GraphQL */ `
  fragment SweepComment on IssueComment { body createdAt viewerDidAuthor author { login } }
`;

/** Issues per page, and incident files per request: GitHub's page limit. */
export const PAGE = 100;

/**
 * One request of the open-incident read. Each lists one page of open incident issues and, by
 * alias, the files of the page before (their numbers are known only then), so `open` incidents
 * take ceil(open / 100) + 1 requests; the first also brings the configuration and the
 * postmortems folder. With a file comes, for an issue whose thread is longer than the comments
 * listed, the 100 comments before those: a reminder's marker followed by up to 200 comments is
 * then seen without a lookup of its own.
 */
function sweepQuery(files: readonly { number: number; expression: string; before?: string }[]): string {
  const aliases = files
    .flatMap((f) => [
      `f${f.number}: object(expression: ${JSON.stringify(f.expression)}) { ... on Blob { oid text isTruncated } }`,
      ...(f.before ? [`o${f.number}: issue(number: ${f.number}) { comments(last: ${PAGE}, before: ${JSON.stringify(f.before)}) { pageInfo { hasPreviousPage } nodes { ...SweepComment } } }`] : []),
    ])
    .join('\n      ');
  return /* GraphQL */ `
  query OpenIncidents($owner: String!, $name: String!, $labels: [String!], $config: String!, $postmortems: String!, $firstPage: Boolean!, $readPostmortems: Boolean!, $listIssues: Boolean!, $comments: Boolean!, $cursor: String) {
    viewer { login }
    repository(owner: $owner, name: $name) {
      config: object(expression: $config) @include(if: $firstPage) { ... on Blob { text } }
      postmortems: object(expression: $postmortems) @include(if: $readPostmortems) { ...PostmortemTree }
      issues(first: ${PAGE}, after: $cursor, labels: $labels, states: [OPEN], orderBy: { field: CREATED_AT, direction: ASC }) @include(if: $listIssues) {
        pageInfo { hasNextPage endCursor }
        nodes {
          number title url createdAt
          early: comments(first: 10) @include(if: $comments) { nodes { ...SweepComment } }
          recent: comments(last: 100) @include(if: $comments) { pageInfo { hasPreviousPage startCursor } nodes { ...SweepComment } }
        }
      }
      ${aliases}
    }
  }
  ${SWEEP_COMMENT}
  ${POSTMORTEM_TREE}
`;
}

export interface SweepComment {
  body: string;
  createdAt: string;
  viewerDidAuthor: boolean;
  author: { login: string } | null;
}

interface TreeObject {
  entries?: { name: string; type: string; object: { text?: string | null } | null }[];
}

export interface IssueNode {
  number: number;
  title: string;
  url: string;
  createdAt: string;
  /** Absent when the read asked for no comments. */
  early?: { nodes: SweepComment[] };
  recent?: { pageInfo: { hasPreviousPage: boolean; startCursor?: string | null }; nodes: SweepComment[] };
}

/** The comments before the last 100 of a long thread, read with its file. */
interface OlderComments {
  comments: { pageInfo: { hasPreviousPage: boolean }; nodes: SweepComment[] };
}

type SweepRepository = {
  config?: { text: string | null } | null;
  postmortems?: TreeObject | null;
  issues?: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: IssueNode[] };
} & Record<string, unknown>;

interface SweepPage {
  viewer: { login: string };
  repository: SweepRepository | null;
}

/** The files of a folder read as a Tree, with their text (binary and nested entries left out). */
function treeFiles(tree: TreeObject | null | undefined): PostmortemFile[] {
  return (tree?.entries ?? []).flatMap((e) => (e.type === 'blob' && typeof e.object?.text === 'string' ? [{ name: e.name, text: e.object.text }] : []));
}

/** The bot's own comments: its status card, reminder keys and the newest reminder's time. */
export function ownMarkers(comments: readonly SweepComment[], botLogin: string): { card: CardState | undefined; posted: Set<string>; newestReminderAt: string | undefined } {
  const own = comments.filter((c) => c.viewerDidAuthor && sameLogin(c.author?.login, botLogin));
  const card = own.find((c) => hasMarker(c.body, CARD_MARKER));
  const reminders = own.filter((c) => readReminderKeys(c.body).length);
  // An event run posts reminders too; only a sweep's tell when the previous sweep ran.
  const newestReminderAt = reminders.filter((c) => !c.body.includes(EVENT_REMINDER_MARKER)).map((c) => c.createdAt).sort().at(-1);
  return { card: card ? readCardState(card.body) : undefined, posted: new Set(reminders.flatMap((c) => readReminderKeys(c.body))), newestReminderAt };
}

function openIncident(issue: IssueNode, botLogin: string): OpenIncident {
  const truncated = issue.recent?.pageInfo.hasPreviousPage ?? false;
  const oldest = issue.recent?.nodes[0]?.createdAt;
  return {
    number: issue.number,
    title: issue.title,
    url: issue.url,
    createdAt: issue.createdAt,
    file: null,
    ...ownMarkers([...(issue.early?.nodes ?? []), ...(issue.recent?.nodes ?? [])], botLogin),
    seenFrom: truncated && oldest ? Date.parse(oldest) : undefined,
  };
}

/** Adds the markers of the comments before the last 100 of a long thread; they begin where it was seen from. */
function addOlderComments(incident: OpenIncident, older: OlderComments['comments'], botLogin: string): void {
  const found = ownMarkers(older.nodes, botLogin);
  for (const key of found.posted) incident.posted.add(key);
  incident.card ??= found.card;
  incident.newestReminderAt = [incident.newestReminderAt, found.newestReminderAt].filter((t): t is string => Boolean(t)).sort().at(-1);
  const oldest = older.nodes[0]?.createdAt;
  incident.seenFrom = older.pageInfo.hasPreviousPage && oldest ? Date.parse(oldest) : undefined;
}

/** The path of an incident's file, `<folder>/INC-<n>.md` (the folder as the configuration normalised it). */
export function incidentFilePath(folder: string, number: number): string {
  return incidentPath(folder, number);
}

/**
 * Reads every open incident with what the sweep decides on, the configuration and the
 * postmortems folder: the issues with the bot's markers and card, and each incident's file on the
 * default branch, in ceil(open / 100) + 1 GraphQL requests (one more when the configuration names
 * another label than the default: the first page is then read again). A thread's markers are read
 * from its first 10 and last 200 comments (the 100 before the last come with its file), so a
 * separate marker lookup is needed only past that. `configure` reads the
 * configuration's text (null when absent) into the paths, after the first request. With
 * `comments: false` and `postmortems: false` (an email's thread lookup) the same requests carry
 * only the issues, their files and the configuration.
 */
/** A blob GraphQL cut short (`isTruncated`, about 512,000 bytes), read whole over the git blobs API. */
export async function readBlobText(client: Client, owner: string, repo: string, oid: string): Promise<string> {
  const { data } = await client.octokit.rest.git.getBlob({ owner, repo, file_sha: oid });
  return Buffer.from(data.content, data.encoding === 'base64' ? 'base64' : 'utf8').toString('utf8');
}

export async function readOpenIncidents(
  client: Client,
  fullName: string,
  configPath: string,
  configure: (configText: string | null) => SweepPaths,
  options: { comments?: boolean; postmortems?: boolean } = {},
): Promise<SweepRead & { paths: SweepPaths }> {
  const comments = options.comments ?? true;
  const [owner, name] = fullName.split('/');
  const result: SweepRead = { botLogin: '', configText: null, incidents: [], postmortems: [], pages: 0 };
  let paths = DEFAULT_SWEEP_PATHS;
  // Without postmortems, the folder counts as read.
  let postmortemsRead = options.postmortems === false;
  let cursor: string | null = null;
  let listIssues = true;
  let pending: OpenIncident[] = [];
  const byNumber = new Map<number, OpenIncident>();
  /** Where the comments listed begin, for the issues whose thread is longer. */
  const olderFrom = new Map<number, string>();
  try {
    do {
      const first = result.pages === 0;
      const readPostmortems = !postmortemsRead && (first ? paths.postmortemsFolder === DEFAULT_SWEEP_PATHS.postmortemsFolder : true);
      const files = pending.map((i) => {
        const before = olderFrom.get(i.number);
        return { number: i.number, expression: `HEAD:${incidentFilePath(paths.incidentsFolder, i.number)}`, ...(before ? { before } : {}) };
      });
      const page: SweepPage = await client.octokit.graphql<SweepPage>(sweepQuery(files), {
        owner,
        name,
        labels: [paths.label],
        config: `HEAD:${configPath}`,
        postmortems: `HEAD:${paths.postmortemsFolder}`,
        firstPage: first,
        readPostmortems,
        listIssues,
        comments,
        cursor,
      });
      result.pages++;
      const repository = page.repository;
      if (!repository) throw new Error(`repository ${fullName} not found`);
      result.botLogin = page.viewer.login;
      for (const incident of pending) {
        const blob = repository[`f${incident.number}`] as { oid?: string; text?: string | null; isTruncated?: boolean } | null | undefined;
        incident.file = blob?.oid && typeof blob.text === 'string' ? { oid: blob.oid, text: blob.isTruncated ? await readBlobText(client, owner ?? '', name ?? '', blob.oid) : blob.text } : null;
        const older = (repository[`o${incident.number}`] as OlderComments | null | undefined)?.comments;
        if (older) addOlderComments(incident, older, page.viewer.login);
      }
      pending = [];
      if (readPostmortems) {
        result.postmortems = treeFiles(repository.postmortems);
        postmortemsRead = true;
      }
      if (first) {
        result.configText = repository.config?.text ?? null;
        const configured = configure(result.configText);
        const relabelled = configured.label !== paths.label;
        if (configured.postmortemsFolder !== paths.postmortemsFolder && options.postmortems !== false) postmortemsRead = false;
        paths = configured;
        if (relabelled) continue; // the issues listed were those of the default label: list again
      }
      if (listIssues && repository.issues) {
        for (const issue of repository.issues.nodes) {
          if (byNumber.has(issue.number)) continue; // an issue seen on an earlier page moved when one was closed
          const incident = openIncident(issue, page.viewer.login);
          if (issue.recent?.pageInfo.hasPreviousPage && issue.recent.pageInfo.startCursor) olderFrom.set(issue.number, issue.recent.pageInfo.startCursor);
          byNumber.set(issue.number, incident);
          result.incidents.push(incident);
          pending.push(incident);
        }
        const { hasNextPage, endCursor } = repository.issues.pageInfo;
        cursor = hasNextPage ? endCursor : null;
        listIssues = hasNextPage;
      }
    } while (listIssues || pending.length || !postmortemsRead);
  } catch (error) {
    throw apiError('read open incidents (GraphQL)', error);
  }
  return { ...result, paths };
}
