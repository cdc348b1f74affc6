import * as core from '@actions/core';
import { CARD_MARKER, commentMarker, hasMarker } from '../core/markers.js';
import type { LoginStanding } from '../core/change.js';
import type { HeldPermission } from '../core/config.js';
import { fitBody, sameLogin } from '../core/sanitize.js';
import { listMergedPullRequests } from './changes.js';
import type { Client } from './client.js';
import { FollowupIssues } from './followups.js';
import { readMarkersSince, type MarkerLookup } from './markers.js';
import { PullRequests } from './pulls.js';
import { readIssueTimeline, type IssueTimeline } from './timeline.js';
import { readOpenIncidents, type SweepPaths } from './sweep.js';
import { apiError, BRANCH_RACE, call, CONFLICT, ConflictError, isBudgetStop, NOT_FOUND, statusOf } from './errors.js';
import { conflictBackoff, MAX_COMMIT_ATTEMPTS, sleep } from './commit.js';

/** A comment as sitrep needs it. */
export interface CommentInfo {
  id: number;
  author: string | null;
  /** Written by the token sitrep runs with (the only comments whose markers count). */
  byBot: boolean;
  body: string;
  url: string;
  /** When it was created (RFC 3339); absent for a comment this run wrote itself. */
  createdAt?: string;
}

/** A blob in the repository: its text and its sha (the contents API's compare-and-swap key). */
export interface BlobInfo {
  text: string;
  sha: string;
}

/** Everything one event needs, read in one GraphQL request. */
export interface IncidentContext {
  botLogin: string;
  defaultBranch: string;
  configText: string | null;
  file: BlobInfo | null;
  repoLabels: string[];
  issue: {
    number: number;
    title: string;
    body: string;
    url: string;
    state: 'OPEN' | 'CLOSED';
    createdAt: string;
    author: string;
    labels: string[];
    assignees: string[];
    comments: CommentInfo[];
    /**
     * When the last comments read begin (RFC 3339), for a thread longer than the comments read:
     * a marker between the first comments and this time was not seen. Absent when all were read.
     */
    commentsSeenFrom?: string;
  } | null;
}

const CONTEXT_QUERY = /* GraphQL */ `
  query IncidentContext($owner: String!, $name: String!, $number: Int!, $config: String!, $file: String!) {
    viewer { login }
    repository(owner: $owner, name: $name) {
      defaultBranchRef { name }
      config: object(expression: $config) { ... on Blob { text oid } }
      file: object(expression: $file) { ... on Blob { text oid isTruncated } }
      labels(first: 100) { nodes { name } }
      issue(number: $number) {
        number title body url state createdAt
        author { login }
        labels(first: 100) { nodes { name } }
        assignees(first: 20) { nodes { login } }
        early: comments(first: 50) { totalCount pageInfo { endCursor } nodes { ...CommentFields } }
        recent: comments(last: 50) { nodes { ...CommentFields } }
      }
    }
  }
  fragment CommentFields on IssueComment { databaseId body url createdAt viewerDidAuthor author { login } }
`;

/** A file's blob id on a branch (to see whether a record changed under a run). */
/** A file's blob id and an issue's latest comments: what a run checks after writing to the issue. */
const AFTER_WRITE_QUERY = /* GraphQL */ `
  query AfterWrite($owner: String!, $name: String!, $file: String!, $number: Int!) {
    repository(owner: $owner, name: $name) {
      file: object(expression: $file) { oid }
      issue(number: $number) { comments(last: 10) { nodes { ...CommentFields } } }
    }
  }
  fragment CommentFields on IssueComment { databaseId body url createdAt viewerDidAuthor author { login } }
`;

/** The comments between the context's first and last 50, a page at a time (only read when the card is not in those). */
const MIDDLE_COMMENTS_QUERY = /* GraphQL */ `
  query MiddleComments($owner: String!, $name: String!, $number: Int!, $after: String) {
    repository(owner: $owner, name: $name) {
      issue(number: $number) {
        comments(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { ...CommentFields } }
      }
    }
  }
  fragment CommentFields on IssueComment { databaseId body url createdAt viewerDidAuthor author { login } }
`;

interface MiddleResponse {
  repository: { issue: { comments: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: GraphComment[] } } | null } | null;
}

/** What the context read of an issue's comments, so a card outside that window can still be found. */
interface CommentWindow {
  total: number;
  /** Cursor after the first page read; paging from here reaches the comments the context skipped. */
  after: string | null;
}


const CREATE_ATTEMPTS = 3;
/** How far before a lost create to look for the comment it may have made (clock skew and latency). */
const LOST_CREATE_WINDOW = 10 * 60_000;

/**
 * A lost answer (the connection dropped, a 5xx) may hide a write that happened. A write the budget
 * refused was never sent: it did not happen, and is not looked for.
 */
function mayHaveHappened(error: unknown): boolean {
  if (isBudgetStop(error)) return false;
  const status = statusOf(error);
  return status === undefined || status >= 500;
}

interface RestComment {
  id: number;
  body?: string | null;
  html_url: string;
  created_at: string;
  user: { login: string } | null;
}

interface GraphComment {
  databaseId: number | null;
  body: string;
  url: string;
  createdAt: string;
  viewerDidAuthor: boolean;
  author: { login: string } | null;
}

interface ContextResponse {
  viewer: { login: string };
  repository: {
    defaultBranchRef: { name: string } | null;
    config: { text: string | null; oid: string } | null;
    file: { text: string | null; oid: string; isTruncated: boolean } | null;
    labels: { nodes: { name: string }[] };
    issue: {
      number: number;
      title: string;
      body: string;
      url: string;
      state: 'OPEN' | 'CLOSED';
      createdAt: string;
      author: { login: string } | null;
      labels: { nodes: { name: string }[] };
      assignees: { nodes: { login: string }[] };
      early: { totalCount: number; pageInfo: { endCursor: string | null }; nodes: GraphComment[] };
      recent: { nodes: GraphComment[] };
    } | null;
  } | null;
}

/** The repository sitrep runs in, and the domain verbs over it. Every GitHub call goes through here. */
export class IncidentRepository {
  readonly owner: string;
  readonly repo: string;
  /** The token's login, learned from the first context read (GraphQL `viewer`). */
  #botLogin: string | undefined;
  readonly #windows = new Map<number, CommentWindow>();
  /** The other identities sitrep writes with (the configuration's `bots:`), in lower case. */
  readonly #trusted = new Set<string>();

  constructor(
    /** The run's one client, shared with the other adapters (pull requests, timelines). */
    readonly client: Client,
    fullName: string,
    readonly dryRun: boolean,
    /** Web base URL, for links to files, issues and pull requests. */
    readonly serverUrl = 'https://github.com',
  ) {
    const [owner = '', repo = ''] = fullName.split('/');
    this.owner = owner;
    this.repo = repo;
  }

  #pulls: PullRequests | undefined;
  #followupIssues: FollowupIssues | undefined;

  /** The pull requests facade (the postmortem's branch, file and pull request), built once. */
  get pulls(): PullRequests {
    this.#pulls ??= new PullRequests(this.client, `${this.owner}/${this.repo}`, this.dryRun);
    return this.#pulls;
  }

  /** The follow-up issues facade (across repositories), built once. */
  get followupIssues(): FollowupIssues {
    this.#followupIssues ??= new FollowupIssues(this.client, this.dryRun);
    return this.#followupIssues;
  }

  /** An issue's whole timeline, for the postmortem. */
  issueTimeline(issueNumber: number): Promise<IssueTimeline> {
    return readIssueTimeline(this.client, `${this.owner}/${this.repo}`, issueNumber);
  }

  /** The pull requests merged in `repos` between two times, for the postmortem's changes section. */
  mergedPullRequests(repos: readonly string[], from: string, to: string): ReturnType<typeof listMergedPullRequests> {
    return listMergedPullRequests(this.client, repos, from, to);
  }

  /** The reminder keys in the bot's comments from a time on, beyond the comments already read. */
  markersSince(lookups: readonly MarkerLookup[], botLogin: string): ReturnType<typeof readMarkersSince> {
    return readMarkersSince(this.client, `${this.owner}/${this.repo}`, lookups, botLogin);
  }

  /**
   * Every open incident issue with its file on the default branch, and the configuration: what
   * an email's thread lookup needs, without comments or postmortems, in ceil(open / 100) + 1
   * GraphQL requests (+1 when the configuration names another label).
   */
  openIncidentFiles(configPath: string, configure: (configText: string | null) => SweepPaths): ReturnType<typeof readOpenIncidents> {
    return readOpenIncidents(this.client, `${this.owner}/${this.repo}`, configPath, configure, { comments: false, postmortems: false });
  }

  get now(): number {
    return this.client.now();
  }

  /** Web URL of a file on a branch. */
  blobUrl(branch: string, path: string): string {
    return `${this.serverUrl}/${this.owner}/${this.repo}/blob/${encodeURIComponent(branch)}/${path.split('/').map(encodeURIComponent).join('/')}`;
  }

  /** Reads the config, the incident file, the labels and the issue with its comments, in one request. */
  async readContext(issueNumber: number, configPath: string, filePath: string): Promise<IncidentContext> {
    let data: ContextResponse;
    try {
      data = await this.client.octokit.graphql<ContextResponse>(CONTEXT_QUERY, {
        owner: this.owner,
        name: this.repo,
        number: issueNumber,
        config: `HEAD:${configPath}`,
        file: `HEAD:${filePath}`,
      });
    } catch (error) {
      // A missing issue number is reported in `errors` with partial data; anything else is fatal.
      const partial = (error as { data?: ContextResponse }).data;
      if (!partial?.repository) throw apiError('read incident context (GraphQL)', error);
      data = partial;
    }
    const repository = data.repository;
    if (!repository) throw apiError('read incident context (GraphQL)', new Error(`repository ${this.owner}/${this.repo} not found`));
    const botLogin = data.viewer.login;
    this.#botLogin = botLogin;
    const toComment = (c: GraphComment): CommentInfo => this.toComment(c, botLogin);
    const issue = repository.issue;
    const comments = new Map<number, CommentInfo>();
    for (const c of [...(issue?.early.nodes ?? []), ...(issue?.recent.nodes ?? [])]) comments.set(c.databaseId ?? 0, toComment(c));
    if (issue) this.#windows.set(issue.number, { total: issue.early.totalCount, after: issue.early.pageInfo.endCursor });
    return {
      botLogin,
      defaultBranch: repository.defaultBranchRef?.name ?? 'main',
      configText: repository.config?.text ?? null,
      file: repository.file?.text != null ? { text: await this.wholeText(repository.file), sha: repository.file.oid } : null,
      repoLabels: repository.labels.nodes.map((l) => l.name),
      issue: issue && {
        number: issue.number,
        title: issue.title,
        body: issue.body,
        url: issue.url,
        state: issue.state,
        createdAt: issue.createdAt,
        author: issue.author?.login ?? 'ghost',
        labels: issue.labels.nodes.map((l) => l.name),
        assignees: issue.assignees.nodes.map((a) => a.login),
        comments: [...comments.values()].sort((a, b) => a.id - b.id),
        ...(issue.early.totalCount > comments.size && issue.recent.nodes[0] ? { commentsSeenFrom: issue.recent.nodes[0].createdAt } : {}),
      },
    };
  }

  /**
   * What a run checks after writing to an issue, in one small GraphQL query: the file's blob id
   * (null when there is no such file), and the status cards among the issue's latest comments
   * (a competing run may have posted one at the same moment).
   */
  async afterWrite(path: string, branch: string, issueNumber: number): Promise<{ oid: string | null; cards: CommentInfo[] }> {
    const data = await call(`read the blob id of ${path} and the latest comments of #${issueNumber} (GraphQL)`, () =>
      this.client.octokit.graphql<{ repository: { file: { oid: string } | null; issue: { comments: { nodes: GraphComment[] } } | null } | null }>(AFTER_WRITE_QUERY, {
        owner: this.owner,
        name: this.repo,
        file: `${branch}:${path}`,
        number: issueNumber,
      }),
    );
    const botLogin = await this.viewerLogin();
    const cards = (data.repository?.issue?.comments.nodes ?? [])
      .map((c) => this.toComment(c, botLogin))
      .filter((c) => c.byBot && hasMarker(c.body, CARD_MARKER));
    return { oid: data.repository?.file?.oid ?? null, cards };
  }

  /** A comment as read over GraphQL, with whether sitrep wrote it. */
  private toComment(c: GraphComment, botLogin: string): CommentInfo {
    const author = c.author?.login ?? null;
    return { id: c.databaseId ?? 0, author, byBot: (c.viewerDidAuthor && sameLogin(author, botLogin)) || this.isTrusted(author), body: c.body, url: c.url, createdAt: c.createdAt };
  }

  /**
   * Adds the identities, besides this token's, whose cards, markers and replies are sitrep's own
   * (the configuration's `bots:`), and marks the comments already read that they wrote.
   */
  trust(logins: readonly string[], read: CommentInfo[] = []): void {
    // GraphQL names a bot without its `[bot]` suffix, REST with it.
    for (const login of logins) this.#trusted.add(login.replace(/\[bot\]$/i, '').toLowerCase());
    for (const c of read) if (!c.byBot && this.isTrusted(c.author)) c.byBot = true;
  }

  /** Whether a login is one of the other identities sitrep writes with. */
  private isTrusted(login: string | null | undefined): boolean {
    return Boolean(login && this.#trusted.has(login.replace(/\[bot\]$/i, '').toLowerCase()));
  }

  /** Reads a file on the default branch over REST (when the path differs from the one guessed). */
  async readFile(path: string, ref?: string): Promise<BlobInfo | null> {
    const response = await call(`read ${path}`, () => this.client.octokit.rest.repos.getContent({ owner: this.owner, repo: this.repo, path, ...(ref ? { ref } : {}) }), { notFound: true });
    if (response === NOT_FOUND) return null;
    const { data } = response;
    if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) return null;
    // From 1 MB the contents API sends no content (`encoding: "none"`): the blob is read whole instead.
    if (data.encoding !== 'base64' && data.size > 0) return { text: await this.readBlob(data.sha), sha: data.sha };
    return { text: Buffer.from(data.content, 'base64').toString('utf8'), sha: data.sha };
  }

  /**
   * A GraphQL blob's text, whole: GraphQL cuts `Blob.text` at about 512,000 bytes and says so in
   * `isTruncated`; a cut text is never used (a write from it would delete the rest), the blob is
   * read whole over the git blobs API instead.
   */
  async wholeText(blob: { text: string | null; oid: string; isTruncated?: boolean }): Promise<string> {
    if (!blob.isTruncated) return blob.text ?? '';
    core.info(`blob ${blob.oid} is larger than GraphQL returns; reading it whole`);
    return this.readBlob(blob.oid);
  }

  /** A blob's whole text by its id (the git blobs API, up to 100 MB). */
  async readBlob(oid: string): Promise<string> {
    const { data } = await call(`read blob ${oid}`, () => this.client.octokit.rest.git.getBlob({ owner: this.owner, repo: this.repo, file_sha: oid }));
    return Buffer.from(data.content, data.encoding === 'base64' ? 'base64' : 'utf8').toString('utf8');
  }

  /**
   * Creates or updates a file in one commit, compare-and-swap on its blob sha:
   * throws ConflictError when someone else changed it first.
   */
  async commitFile(input: { path: string; text: string; sha: string | null; message: string; branch: string }): Promise<string | null> {
    if (this.dryRun) {
      core.info(`[dry-run] would commit ${input.path} on ${input.branch}: ${input.message}`);
      return input.sha;
    }
    // 409 "does not match": the sha is stale; 422 "sha wasn't supplied": someone created the file
    // meanwhile. 409 "is at … but expected": another file's write moved the branch and nothing was
    // written, so the same write goes again. A protected branch or a secret throws (not retried).
    for (let attempt = 1; ; attempt++) {
      const response = await call(
        `commit ${input.path}`,
        () =>
          this.client.octokit.rest.repos.createOrUpdateFileContents({
            owner: this.owner,
            repo: this.repo,
            path: input.path,
            branch: input.branch,
            message: input.message,
            content: Buffer.from(input.text, 'utf8').toString('base64'),
            ...(input.sha ? { sha: input.sha } : {}),
          }),
        { conflict: true, race: true, write: { path: input.path, branch: input.branch } },
      );
      if (response === CONFLICT) throw new ConflictError(input.path);
      if (response === BRANCH_RACE) {
        if (attempt >= MAX_COMMIT_ATTEMPTS) throw new ConflictError(input.path);
        core.info(`the branch ${input.branch} moved while ${input.path} was written (another file's commit); writing it again`);
        await sleep(conflictBackoff(attempt + 1));
        continue;
      }
      return response.data.content?.sha ?? null;
    }
  }

  /** Sends a `repository_dispatch` to this repository: an event the workflow token's own commits cannot start. */
  async dispatch(eventType: string, payload: Record<string, unknown> = {}): Promise<void> {
    if (this.dryRun) {
      core.info(`[dry-run] would send repository_dispatch ${eventType}`);
      return;
    }
    await call(`send repository_dispatch ${eventType}`, () => this.client.octokit.rest.repos.createDispatchEvent({ owner: this.owner, repo: this.repo, event_type: eventType, client_payload: payload }));
  }

  /** The repository's label names, every page. */
  async labelNames(): Promise<string[]> {
    const all = await call('list labels', () => this.client.octokit.paginate(this.client.octokit.rest.issues.listLabelsForRepo, { owner: this.owner, repo: this.repo, per_page: 100 }));
    return all.map((l) => l.name);
  }

  /** Creates labels that do not exist yet; an existing one (422 already_exists) is fine. */
  async ensureLabels(labels: readonly { name: string; color: string; description: string; field?: string }[], existing: readonly string[]): Promise<void> {
    const have = new Set(existing.map((l) => l.toLowerCase()));
    for (const label of labels) {
      if (have.has(label.name.toLowerCase())) continue;
      if (this.dryRun) {
        core.info(`[dry-run] would create label ${label.name}`);
        continue;
      }
      await call(`create label ${label.name}`, () => this.client.octokit.rest.issues.createLabel({ owner: this.owner, repo: this.repo, name: label.name, color: label.color, description: label.description }), { exists: true });
    }
  }

  /** Sets the issue's labels, assignees and state in one request. */
  async updateIssue(
    number: number,
    change: { title?: string; labels?: string[]; assignees?: string[]; state?: 'open' | 'closed'; stateReason?: 'completed' | 'not_planned' | 'reopened' },
  ): Promise<void> {
    if (this.dryRun) {
      core.info(`[dry-run] would update issue #${number}: ${JSON.stringify(change)}`);
      return;
    }
    await call(`update issue #${number}`, () =>
      this.client.octokit.rest.issues.update({
        owner: this.owner,
        repo: this.repo,
        issue_number: number,
        ...(change.title ? { title: change.title } : {}),
        ...(change.labels ? { labels: change.labels } : {}),
        ...(change.assignees ? { assignees: change.assignees } : {}),
        ...(change.state ? { state: change.state } : {}),
        ...(change.stateReason ? { state_reason: change.stateReason } : {}),
      }),
    );
  }

  /** Opens an issue; returns its number, web URL and creation time as GitHub recorded them. */
  async openIssue(input: { title: string; body: string; labels: string[] }): Promise<{ number: number; url: string; createdAt: string; author: string }> {
    const { data } = await call('open an issue', () => this.client.octokit.rest.issues.create({ owner: this.owner, repo: this.repo, ...input, body: fitBody(input.body) }));
    return { number: data.number, url: data.html_url, createdAt: data.created_at, author: data.user?.login ?? 'ghost' };
  }

  /**
   * Posts a comment once; returns its id (0 in dry-run). The create is never resent blindly: when
   * its answer is lost (a dropped connection, a 5xx), the bot's comments written since just before
   * it are searched for its marker line first, and the create is repeated only when none carries it.
   * A body without a marker line is not resent at all.
   */
  async comment(number: number, text: string): Promise<number> {
    // Every body is bounded where it is written (renderers shorten their own parts first): GitHub refuses longer ones.
    const body = fitBody(text);
    if (this.dryRun) {
      core.info(`[dry-run] would comment on #${number}:\n${body}`);
      return 0;
    }
    const marker = commentMarker(body);
    for (let attempt = 1; ; attempt++) {
      const before = this.now - LOST_CREATE_WINDOW;
      try {
        const { data } = await this.client.octokit.rest.issues.createComment({
          owner: this.owner,
          repo: this.repo,
          issue_number: number,
          body,
          // The retry plugin would resend a create whose answer was lost; this method recovers instead.
          request: { retries: 0 },
        });
        return data.id;
      } catch (error) {
        if (isBudgetStop(error)) throw error;
        if (!marker || !mayHaveHappened(error) || attempt >= CREATE_ATTEMPTS) throw apiError(`comment on #${number}`, error);
        core.warning(`commenting on #${number} got no answer (${statusOf(error) ?? 'connection lost'}); checking whether the comment was posted`);
        const posted = await this.findPosted(number, marker, body, before);
        if (posted) return posted.id;
      }
    }
  }

  /**
   * The bot's comment created since `since` that carries `marker` as its first line: the card
   * whatever its body (another run may have edited it since), any other comment only with the
   * same body (markers such as the escalation's are shared by several comments).
   */
  private async findPosted(number: number, marker: string, body: string, since: number): Promise<{ id: number } | undefined> {
    const normal = (text: string) => text.replace(/\r\n/g, '\n');
    return (await this.ownCommentsSince(number, since)).find(
      (c) => commentMarker(c.body) === marker && (marker === CARD_MARKER || normal(c.body) === normal(body)),
    );
  }

  /**
   * The bot's own comments on an issue created since `since` (milliseconds), oldest first: one
   * REST request per 100 comments written or edited since then (the list's `since` filter). The
   * token's login is read once unless the caller knows it.
   */
  async ownCommentsSince(number: number, since: number, knownLogin?: string): Promise<{ id: number; body: string; createdAt: string }[]> {
    const botLogin = knownLogin ?? (await this.viewerLogin());
    const listed: RestComment[] = await call(`list comments on #${number}`, () =>
      this.client.octokit.paginate(this.client.octokit.rest.issues.listComments, {
        owner: this.owner,
        repo: this.repo,
        issue_number: number,
        since: new Date(since).toISOString(),
        per_page: 100,
      }),
    );
    return listed
      .filter((c) => (sameLogin(c.user?.login, botLogin) || this.isTrusted(c.user?.login)) && Date.parse(c.created_at) >= since)
      .map((c) => ({ id: c.id, body: c.body ?? '', createdAt: c.created_at }));
  }

  /** Deletes one of the bot's comments (a reminder another run posted first). */
  async deleteComment(id: number): Promise<void> {
    if (this.dryRun) {
      core.info(`[dry-run] would delete comment ${id}`);
      return;
    }
    // Already gone is the outcome wanted.
    await call(`delete comment ${id}`, () => this.client.octokit.rest.issues.deleteComment({ owner: this.owner, repo: this.repo, comment_id: id }), { notFound: true });
  }

  /** The token's login: from the context already read, else one GraphQL request. */
  private async viewerLogin(): Promise<string> {
    if (this.#botLogin) return this.#botLogin;
    const data = await call("read the token's login (GraphQL)", () => this.client.octokit.graphql<{ viewer: { login: string } }>('query Viewer { viewer { login } }'));
    this.#botLogin = data.viewer.login;
    return this.#botLogin;
  }

  /** Edits one of the bot's comments in place. */
  async editComment(id: number, text: string): Promise<void> {
    const body = fitBody(text);
    if (this.dryRun) {
      core.info(`[dry-run] would edit comment ${id}`);
      return;
    }
    await call(`edit comment ${id}`, () => this.client.octokit.rest.issues.updateComment({ owner: this.owner, repo: this.repo, comment_id: id, body }));
  }

  /**
   * Creates the status card, or edits it in place when the bot already posted it. The card is
   * looked for in the comments the context read and, when the thread is longer than those, in the
   * comments between them (one request per 100), so a long thread never gets a second card.
   */
  /** Creates or edits the status card; returns what was written: the card created (its id), edited, or nothing. */
  async upsertCard(number: number, comments: CommentInfo[], text: string): Promise<{ created: number } | 'edited' | false> {
    const body = fitBody(text);
    const isCard = (c: CommentInfo) => c.byBot && hasMarker(c.body, CARD_MARKER);
    let card = comments.find(isCard);
    if (!card) {
      card = (await this.unreadComments(number, comments)).find(isCard);
      if (card) comments.push(card);
    }
    if (card) {
      if (card.body === body) return false;
      await this.editComment(card.id, body);
      card.body = body;
      return 'edited';
    }
    const id = await this.comment(number, body);
    // Later writes in the same run edit this card rather than post another.
    comments.push({ id, author: null, byBot: true, body, url: '' });
    return { created: id };
  }

  /**
   * Creates or updates the bot's comment keyed by the body's marker line (`<!-- sitrep:<kind> -->`),
   * looking through the whole thread as `upsertCard` does, so a re-run never posts it twice.
   */
  async upsertMarkedComment(number: number, comments: CommentInfo[], body: string): Promise<void> {
    const marker = commentMarker(body);
    if (!marker) throw new Error('upsertMarkedComment needs a body that starts with a marker line');
    const isOwn = (c: CommentInfo) => c.byBot && commentMarker(c.body) === marker;
    let found = comments.find(isOwn);
    if (!found) {
      found = (await this.unreadComments(number, comments)).find(isOwn);
      if (found) comments.push(found);
    }
    if (found) {
      if (found.body !== body) await this.editComment(found.id, body);
      found.body = body;
      return;
    }
    const id = await this.comment(number, body);
    comments.push({ id, author: null, byBot: true, body, url: '' });
  }

  /**
   * Posts a marked comment anew and deletes this identity's older ones with the same marker: a new
   * comment notifies the people it mentions, an edited one does not. Unchanged, it stays as it is.
   */
  async replaceMarkedComment(number: number, comments: CommentInfo[], body: string): Promise<void> {
    const marker = commentMarker(body);
    if (!marker) throw new Error('replaceMarkedComment needs a body that starts with a marker line');
    const isOwn = (c: CommentInfo) => c.byBot && commentMarker(c.body) === marker;
    const older = [...comments.filter(isOwn), ...(await this.unreadComments(number, comments)).filter(isOwn)];
    const id = await this.comment(number, body);
    for (const old of older) {
      await this.deleteComment(old.id);
      const at = comments.indexOf(old);
      if (at >= 0) comments.splice(at, 1);
    }
    comments.push({ id, author: null, byBot: true, body, url: '' });
  }

  /** The comments of an issue that the context query skipped (none unless the thread is long). */
  private async unreadComments(number: number, have: readonly CommentInfo[]): Promise<CommentInfo[]> {
    const window = this.#windows.get(number);
    if (!window || window.total <= have.length) return [];
    const seen = new Set(have.map((c) => c.id));
    const botLogin = await this.viewerLogin();
    const found: CommentInfo[] = [];
    let after = window.after;
    for (;;) {
      const data = await call(`read the comments of #${number} (GraphQL)`, () => this.client.octokit.graphql<MiddleResponse>(MIDDLE_COMMENTS_QUERY, { owner: this.owner, name: this.repo, number, after }));
      const page = data.repository?.issue?.comments;
      if (!page) return found;
      let reachedRead = false;
      for (const c of page.nodes) {
        const id = c.databaseId ?? 0;
        if (seen.has(id)) {
          reachedRead = true;
          continue;
        }
        seen.add(id);
        found.push(this.toComment(c, botLogin));
      }
      // The last 50 are read already: stop on reaching them.
      if (reachedRead || !page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    // Read once: a second card upsert in this run finds the card in `have`.
    this.#windows.delete(number);
    return found;
  }

  /** Acknowledges a comment with a reaction. */
  async react(commentId: number, content: '+1' | 'confused' | 'eyes'): Promise<void> {
    if (this.dryRun) {
      core.info(`[dry-run] would react ${content} to comment ${commentId}`);
      return;
    }
    try {
      await this.client.octokit.rest.reactions.createForIssueComment({ owner: this.owner, repo: this.repo, comment_id: commentId, content });
    } catch (error) {
      // A reaction is a courtesy; failing to add one must not fail the change already made.
      core.warning(`could not react to comment ${commentId}: ${(error as Error).message}`);
    }
  }

  /**
   * What GitHub knows of each login, keyed in lower case: one request per login when it can be
   * assigned to the issue (204), a second to tell a user without access from no user at all.
   * A login GitHub could not answer for is left out (unchecked), so a failing check never
   * refuses a command on its own.
   */
  async loginStandings(issueNumber: number, logins: readonly string[]): Promise<Map<string, LoginStanding>> {
    const standings = new Map<string, LoginStanding>();
    for (const login of new Set(logins.map((l) => l.toLowerCase()))) {
      try {
        await this.client.octokit.rest.issues.checkUserCanBeAssignedToIssue({ owner: this.owner, repo: this.repo, issue_number: issueNumber, assignee: login });
        standings.set(login, 'assignable');
        continue;
      } catch (error) {
        if (statusOf(error) !== 404) {
          core.warning(`could not check whether @${login} can be assigned (${statusOf(error) ?? 'error'}); not checked`);
          continue;
        }
      }
      try {
        const { data } = await this.client.octokit.rest.users.getByUsername({ username: login });
        // An organization is not a person who can hold a role or own a follow-up.
        standings.set(login, data.type === 'User' ? 'exists' : 'unknown');
      } catch (error) {
        if (statusOf(error) === 404) standings.set(login, 'unknown');
        else core.warning(`could not check whether @${login} is a GitHub user (${statusOf(error) ?? 'error'}); not checked`);
      }
    }
    return standings;
  }

  /**
   * The commenter's repository permission. `unknown` when GitHub could not answer (deny, as for
   * `none`, but the refusal says the check failed rather than that they have no access).
   */
  async permissionOf(login: string): Promise<HeldPermission> {
    try {
      const { data } = await this.client.octokit.rest.repos.getCollaboratorPermissionLevel({ owner: this.owner, repo: this.repo, username: login });
      const role = (data as { role_name?: string }).role_name;
      if (role === 'triage' || role === 'maintain' || role === 'admin' || role === 'write' || role === 'read') return role;
      const legacy = data.permission;
      return legacy === 'admin' || legacy === 'write' || legacy === 'read' ? legacy : 'none';
    } catch (error) {
      const status = statusOf(error);
      // 404: not a collaborator (and not a user) — that is an answer, and it is none.
      if (status === 404) return 'none';
      core.warning(`could not read @${login}'s permission (${status ?? 'error'}); refusing, as the permission is unknown`);
      return 'unknown';
    }
  }
}
