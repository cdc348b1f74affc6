import * as core from '@actions/core';
import { CARD_MARKER } from '../core/card.js';
import { sameLogin } from '../core/sanitize.js';
import type { Client } from './client.js';
import { apiError, ConflictError, statusOf } from './errors.js';

/** A comment as sitrep needs it. */
export interface CommentInfo {
  id: number;
  author: string | null;
  /** Written by the token sitrep runs with (the only comments whose markers count). */
  byBot: boolean;
  body: string;
  url: string;
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
  } | null;
}

const CONTEXT_QUERY = /* GraphQL */ `
  query IncidentContext($owner: String!, $name: String!, $number: Int!, $config: String!, $file: String!) {
    viewer { login }
    repository(owner: $owner, name: $name) {
      defaultBranchRef { name }
      config: object(expression: $config) { ... on Blob { text oid } }
      file: object(expression: $file) { ... on Blob { text oid } }
      labels(first: 100) { nodes { name } }
      issue(number: $number) {
        number title body url state createdAt
        author { login }
        labels(first: 100) { nodes { name } }
        assignees(first: 20) { nodes { login } }
        early: comments(first: 50) { nodes { ...CommentFields } }
        recent: comments(last: 50) { nodes { ...CommentFields } }
      }
    }
  }
  fragment CommentFields on IssueComment { databaseId body url viewerDidAuthor author { login } }
`;

interface GraphComment {
  databaseId: number | null;
  body: string;
  url: string;
  viewerDidAuthor: boolean;
  author: { login: string } | null;
}

interface ContextResponse {
  viewer: { login: string };
  repository: {
    defaultBranchRef: { name: string } | null;
    config: { text: string | null; oid: string } | null;
    file: { text: string | null; oid: string } | null;
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
      early: { nodes: GraphComment[] };
      recent: { nodes: GraphComment[] };
    } | null;
  } | null;
}

/** The repository sitrep runs in, and the domain verbs over it. Every GitHub call goes through here. */
export class IncidentRepository {
  readonly owner: string;
  readonly repo: string;

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
    const toComment = (c: GraphComment): CommentInfo => ({
      id: c.databaseId ?? 0,
      author: c.author?.login ?? null,
      byBot: c.viewerDidAuthor && sameLogin(c.author?.login, botLogin),
      body: c.body,
      url: c.url,
    });
    const issue = repository.issue;
    const comments = new Map<number, CommentInfo>();
    for (const c of [...(issue?.early.nodes ?? []), ...(issue?.recent.nodes ?? [])]) comments.set(c.databaseId ?? 0, toComment(c));
    return {
      botLogin,
      defaultBranch: repository.defaultBranchRef?.name ?? 'main',
      configText: repository.config?.text ?? null,
      file: repository.file?.text != null ? { text: repository.file.text, sha: repository.file.oid } : null,
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
      },
    };
  }

  /** Reads a file on the default branch over REST (when the path differs from the one guessed). */
  async readFile(path: string, ref?: string): Promise<BlobInfo | null> {
    try {
      const { data } = await this.client.octokit.rest.repos.getContent({ owner: this.owner, repo: this.repo, path, ...(ref ? { ref } : {}) });
      if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) return null;
      return { text: Buffer.from(data.content, 'base64').toString('utf8'), sha: data.sha };
    } catch (error) {
      if (statusOf(error) === 404) return null;
      throw apiError(`read ${path}`, error);
    }
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
    try {
      const { data } = await this.client.octokit.rest.repos.createOrUpdateFileContents({
        owner: this.owner,
        repo: this.repo,
        path: input.path,
        branch: input.branch,
        message: input.message,
        content: Buffer.from(input.text, 'utf8').toString('base64'),
        ...(input.sha ? { sha: input.sha } : {}),
      });
      return data.content?.sha ?? null;
    } catch (error) {
      const status = statusOf(error);
      // 409: the sha is stale; 422 "sha wasn't supplied": someone created the file meanwhile.
      if (status === 409 || (status === 422 && /sha/i.test(String((error as Error).message)))) throw new ConflictError(input.path);
      throw apiError(`commit ${input.path}`, error);
    }
  }

  /** Creates labels that do not exist yet; an existing one (422 already_exists) is fine. */
  async ensureLabels(labels: readonly { name: string; color: string; description: string }[], existing: readonly string[]): Promise<void> {
    const have = new Set(existing.map((l) => l.toLowerCase()));
    for (const label of labels) {
      if (have.has(label.name.toLowerCase())) continue;
      if (this.dryRun) {
        core.info(`[dry-run] would create label ${label.name}`);
        continue;
      }
      try {
        await this.client.octokit.rest.issues.createLabel({ owner: this.owner, repo: this.repo, ...label });
      } catch (error) {
        if (statusOf(error) !== 422) throw apiError(`create label ${label.name}`, error);
      }
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
    try {
      await this.client.octokit.rest.issues.update({
        owner: this.owner,
        repo: this.repo,
        issue_number: number,
        ...(change.title ? { title: change.title } : {}),
        ...(change.labels ? { labels: change.labels } : {}),
        ...(change.assignees ? { assignees: change.assignees } : {}),
        ...(change.state ? { state: change.state } : {}),
        ...(change.stateReason ? { state_reason: change.stateReason } : {}),
      });
    } catch (error) {
      throw apiError(`update issue #${number}`, error);
    }
  }

  /** Opens an issue; returns its number, web URL and creation time as GitHub recorded them. */
  async openIssue(input: { title: string; body: string; labels: string[] }): Promise<{ number: number; url: string; createdAt: string; author: string }> {
    try {
      const { data } = await this.client.octokit.rest.issues.create({ owner: this.owner, repo: this.repo, ...input });
      return { number: data.number, url: data.html_url, createdAt: data.created_at, author: data.user?.login ?? 'ghost' };
    } catch (error) {
      throw apiError('open an issue', error);
    }
  }

  /** Posts a comment; returns its id (0 in dry-run). */
  async comment(number: number, body: string): Promise<number> {
    if (this.dryRun) {
      core.info(`[dry-run] would comment on #${number}:\n${body}`);
      return 0;
    }
    try {
      const { data } = await this.client.octokit.rest.issues.createComment({ owner: this.owner, repo: this.repo, issue_number: number, body });
      return data.id;
    } catch (error) {
      throw apiError(`comment on #${number}`, error);
    }
  }

  /** Edits one of the bot's comments in place. */
  async editComment(id: number, body: string): Promise<void> {
    if (this.dryRun) {
      core.info(`[dry-run] would edit comment ${id}`);
      return;
    }
    try {
      await this.client.octokit.rest.issues.updateComment({ owner: this.owner, repo: this.repo, comment_id: id, body });
    } catch (error) {
      throw apiError(`edit comment ${id}`, error);
    }
  }

  /** Creates the status card, or edits it in place when the bot already posted it. */
  async upsertCard(number: number, comments: CommentInfo[], body: string): Promise<void> {
    const card = comments.find((c) => c.byBot && c.body.startsWith(CARD_MARKER));
    if (card) {
      if (card.body !== body) await this.editComment(card.id, body);
      card.body = body;
    } else {
      const id = await this.comment(number, body);
      // Later writes in the same run edit this card rather than post another.
      comments.push({ id, author: null, byBot: true, body, url: '' });
    }
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

  /** The commenter's repository permission; 'none' on any error (deny by default). */
  async permissionOf(login: string): Promise<'none' | 'read' | 'triage' | 'write' | 'maintain' | 'admin'> {
    try {
      const { data } = await this.client.octokit.rest.repos.getCollaboratorPermissionLevel({ owner: this.owner, repo: this.repo, username: login });
      const role = (data as { role_name?: string }).role_name;
      if (role === 'triage' || role === 'maintain' || role === 'admin' || role === 'write' || role === 'read') return role;
      const legacy = data.permission;
      return legacy === 'admin' || legacy === 'write' || legacy === 'read' ? legacy : 'none';
    } catch (error) {
      core.warning(`could not read @${login}'s permission (${statusOf(error) ?? 'error'}); treating it as none`);
      return 'none';
    }
  }
}
