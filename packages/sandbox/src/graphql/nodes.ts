/**
 * GraphQL objects over the sandbox state. Each builder returns a plain object whose keys are the
 * fields the sandbox implements: values, or functions of the field's arguments for fields that
 * take arguments or cost work. A field the query selects that is missing from the object is a
 * sandbox gap and is reported as such (see graphql.ts), never silently null.
 */
import { GitHubError, notFound } from '../errors.js';
import { graphqlBlobText } from '../rules.js';
import { decodeNodeId, nodeId } from '../ids.js';
import {
  REACTION_CONTENTS,
  type Account,
  type Comment,
  type Issue,
  type Label,
  type Reaction,
  type ReactionContent,
  type Repo,
  type TimelineEvent,
  type TimelineEventKind,
} from '../model.js';
import type { RestViews } from '../rest/views.js';
import type { SandboxState } from '../state.js';
import { connection, type ConnectionArgs } from './connections.js';

/** A GraphQL object: field name → value or resolver. */
export type GqlObject = Record<string, unknown>;

type Pull = Issue & { pull: NonNullable<Issue['pull']> };

/** GraphQL's ReactionContent names for REST's reaction contents. */
export const REACTION_ENUM: Record<ReactionContent, string> = {
  '+1': 'THUMBS_UP',
  '-1': 'THUMBS_DOWN',
  laugh: 'LAUGH',
  confused: 'CONFUSED',
  heart: 'HEART',
  hooray: 'HOORAY',
  rocket: 'ROCKET',
  eyes: 'EYES',
};

/** REST's reaction content for a GraphQL ReactionContent. */
export function reactionFromEnum(value: string): ReactionContent {
  const found = REACTION_CONTENTS.find((content) => REACTION_ENUM[content] === value);
  if (!found) throw new GitHubError(422, `unknown reaction ${value}`, { graphqlType: 'UNPROCESSABLE' });
  return found;
}

/** Timeline item enum (`itemTypes`) for each recorded event. */
const ITEM_TYPE: Record<TimelineEventKind, string> = {
  commented: 'ISSUE_COMMENT',
  labeled: 'LABELED_EVENT',
  unlabeled: 'UNLABELED_EVENT',
  assigned: 'ASSIGNED_EVENT',
  unassigned: 'UNASSIGNED_EVENT',
  closed: 'CLOSED_EVENT',
  reopened: 'REOPENED_EVENT',
  renamed: 'RENAMED_TITLE_EVENT',
  'cross-referenced': 'CROSS_REFERENCED_EVENT',
  merged: 'MERGED_EVENT',
  review_requested: 'REVIEW_REQUESTED_EVENT',
  review_request_removed: 'REVIEW_REQUEST_REMOVED_EVENT',
};

function byCreation<T extends { createdAt: string }>(direction: string | undefined) {
  const sign = direction === 'DESC' ? -1 : 1;
  return (a: T, b: T) => sign * (Date.parse(a.createdAt) - Date.parse(b.createdAt));
}

function bodyText(markdown: string): string {
  return markdown.replace(/<!--[\s\S]*?-->/g, '').replace(/[*_`#>]/g, '').trim();
}

/** Builds the GraphQL objects for one request, as seen by its actor. */
export class GraphNodes {
  constructor(
    readonly state: SandboxState,
    readonly views: RestViews,
    readonly viewer: Account,
  ) {}

  private get web(): string {
    return this.state.urls.web;
  }

  // ---------------------------------------------------------------- accounts

  /** An Actor: a User, a Bot (login without `[bot]`, as GitHub's GraphQL shows it) or an Organization. */
  actor(login: string | null): GqlObject | null {
    if (login === null) return null;
    const account = this.state.findAccount(login);
    if (!account) return null;
    const common = {
      id: account.nodeId,
      databaseId: account.id,
      createdAt: account.createdAt,
      updatedAt: account.createdAt,
      avatarUrl: () => `${this.web}/avatars/u/${account.id}?v=4`,
    };
    if (account.type === 'Bot') {
      const login = account.login.replace(/\[bot\]$/, '');
      return { __typename: 'Bot', ...common, login, url: `${this.web}/apps/${login}`, resourcePath: `/apps/${login}` };
    }
    if (account.type === 'Organization') {
      return { __typename: 'Organization', ...common, login: account.login, name: account.name, email: account.email, url: `${this.web}/${account.login}`, resourcePath: `/${account.login}` };
    }
    return this.user(account);
  }

  /** A User object (also what `viewer` is, even for the bot token). */
  user(account: Account): GqlObject {
    return {
      __typename: 'User',
      id: account.nodeId,
      databaseId: account.id,
      login: account.login,
      name: account.name,
      email: account.email ?? '',
      bio: null,
      company: null,
      location: null,
      isSiteAdmin: false,
      isViewer: account.login === this.viewer.login,
      createdAt: account.createdAt,
      updatedAt: account.createdAt,
      url: `${this.web}/${account.login}`,
      resourcePath: `/${account.login}`,
      avatarUrl: () => `${this.web}/avatars/u/${account.id}?v=4`,
    };
  }

  /** The User for a login, or null for bots and organizations (fields typed `User`). */
  userOnly(login: string | null): GqlObject | null {
    const account = login ? this.state.findAccount(login) : undefined;
    return account?.type === 'User' ? this.user(account) : null;
  }

  // ---------------------------------------------------------------- repositories

  /** Finds a repository for the viewer; GitHub's NOT_FOUND when it may not see it. */
  findRepository(owner: string, name: string): Repo {
    const repo = this.state.findRepo(`${owner}/${name}`);
    const visible = repo && (this.state.permission(repo, this.viewer.login) !== 'none');
    if (!repo || !visible) throw new GitHubError(404, `Could not resolve to a Repository with the name '${owner}/${name}'.`);
    return repo;
  }

  repository(repo: Repo): GqlObject {
    const role = this.state.permission(repo, this.viewer.login);
    return {
      __typename: 'Repository',
      id: repo.nodeId,
      databaseId: repo.id,
      name: repo.name,
      nameWithOwner: repo.fullName,
      owner: this.actor(repo.owner),
      description: repo.description,
      url: `${this.web}/${repo.fullName}`,
      resourcePath: `/${repo.fullName}`,
      isPrivate: repo.private,
      visibility: repo.private ? 'PRIVATE' : 'PUBLIC',
      isArchived: false,
      isDisabled: false,
      isFork: false,
      isTemplate: false,
      hasIssuesEnabled: true,
      createdAt: repo.createdAt,
      updatedAt: repo.updatedAt,
      pushedAt: repo.pushedAt,
      viewerPermission: role === 'none' ? null : role.toUpperCase(),
      viewerCanAdminister: role === 'admin',
      defaultBranchRef: () => this.ref(repo, `refs/heads/${repo.defaultBranch}`),
      ref: ({ qualifiedName }: { qualifiedName: string }) => {
        const qualified = qualifiedName.startsWith('refs/') ? qualifiedName : `refs/heads/${qualifiedName}`;
        return repo.git.refs.has(qualified) ? this.ref(repo, qualified) : null;
      },
      object: (args: { expression?: string | null; oid?: string | null }) => this.#object(repo, args),
      labels: (args: ConnectionArgs & { query?: string | null; orderBy?: { field: string; direction: string } | null }) => {
        const query = args.query?.toLowerCase();
        let labels = repo.labels.filter((l) => !query || l.name.toLowerCase().includes(query) || (l.description ?? '').toLowerCase().includes(query));
        if (args.orderBy?.field === 'NAME') labels = [...labels].sort((a, b) => a.name.localeCompare(b.name));
        if (args.orderBy?.direction === 'DESC') labels = [...labels].reverse();
        return connection(labels, args, (l) => String(l.id), (l) => this.label(repo, l));
      },
      label: ({ name }: { name: string }) => {
        const label = this.state.findLabel(repo, name);
        return label ? this.label(repo, label) : null;
      },
      issue: ({ number }: { number: number }) => {
        const issue = repo.issues.get(number);
        if (!issue || issue.pull) throw new GitHubError(404, `Could not resolve to an Issue with the number of ${number}.`);
        return this.issue(repo, issue);
      },
      pullRequest: ({ number }: { number: number }) => {
        const issue = repo.issues.get(number);
        if (!issue?.pull) throw new GitHubError(404, `Could not resolve to a PullRequest with the number of ${number}.`);
        return this.pullRequest(repo, issue as Pull);
      },
      issueOrPullRequest: ({ number }: { number: number }) => {
        const issue = repo.issues.get(number);
        if (!issue) throw new GitHubError(404, `Could not resolve to an issue or pull request with the number of ${number}.`);
        return this.issueLike(repo, issue);
      },
      issues: (args: IssueListArgs) => this.#issues(repo, args),
      pullRequests: (args: PullListArgs) => this.#pulls(repo, args),
    };
  }

  /** Issues or pull requests, filtered and ordered as `Repository.issues` does. */
  #issues(repo: Repo, args: IssueListArgs) {
    const filter = args.filterBy ?? {};
    const states = args.states ?? filter.states ?? null;
    // GitHub's GraphQL `labels` filters match any of the names.
    const labels = (args.labels ?? filter.labels ?? null)?.map((l) => l.toLowerCase()) ?? null;
    const since = filter.since ? Date.parse(filter.since) : undefined;
    let issues = [...repo.issues.values()].filter((issue) => {
      if (issue.pull) return false;
      if (states && !states.includes(issue.state.toUpperCase())) return false;
      if (labels && !issue.labels.some((l) => labels.includes(l.toLowerCase()))) return false;
      if (since !== undefined && Date.parse(issue.updatedAt) < since) return false;
      if (filter.createdBy && issue.author.toLowerCase() !== filter.createdBy.toLowerCase()) return false;
      if (filter.assignee && !issue.assignees.some((a) => a.toLowerCase() === filter.assignee!.toLowerCase())) return false;
      if (filter.mentioned && !new RegExp(`@${filter.mentioned}\\b`, 'i').test(issue.body ?? '')) return false;
      return true;
    });
    issues = sortIssues(issues, args.orderBy);
    return connection(issues, args, (i) => String(i.number), (i) => this.issue(repo, i));
  }

  #pulls(repo: Repo, args: PullListArgs) {
    const labels = args.labels?.map((l) => l.toLowerCase()) ?? null;
    let pulls = [...repo.issues.values()].filter((i): i is Pull => {
      if (!i.pull) return false;
      const state = i.pull.merged ? 'MERGED' : i.state.toUpperCase();
      if (args.states && !args.states.includes(state)) return false;
      if (args.headRefName && i.pull.headRef !== args.headRefName) return false;
      if (args.baseRefName && i.pull.baseRef !== args.baseRefName) return false;
      if (labels && !i.labels.some((l) => labels.includes(l.toLowerCase()))) return false;
      return true;
    });
    pulls = sortIssues(pulls, args.orderBy);
    return connection(pulls, args, (i) => String(i.number), (i) => this.pullRequest(repo, i));
  }

  // ---------------------------------------------------------------- git

  ref(repo: Repo, qualified: string): GqlObject | null {
    const sha = repo.git.refs.get(qualified);
    if (!sha) return null;
    const slash = qualified.indexOf('/', 'refs/'.length);
    return {
      __typename: 'Ref',
      id: nodeId('REF', repo.id, qualified),
      name: qualified.slice(slash + 1),
      prefix: qualified.slice(0, slash + 1),
      target: () => this.gitObject(repo, sha),
      repository: () => this.repository(repo),
      associatedPullRequests: (args: PullListArgs) =>
        this.#pulls(repo, { ...args, headRefName: qualified.startsWith('refs/heads/') ? qualified.slice('refs/heads/'.length) : '\0' }),
    };
  }

  /** `Repository.object(expression: "main:path/to/file" | oid)`. */
  #object(repo: Repo, args: { expression?: string | null; oid?: string | null }): GqlObject | null {
    if (args.oid) return repo.git.get(args.oid) ? this.gitObject(repo, args.oid) : null;
    const expression = args.expression ?? '';
    const colon = expression.indexOf(':');
    const rev = colon < 0 ? expression : expression.slice(0, colon);
    const commitSha = this.state.resolveCommitish(repo, rev === 'HEAD' || rev === '' ? repo.defaultBranch : rev);
    if (!commitSha) return null;
    if (colon < 0) return this.gitObject(repo, commitSha);
    const entry = repo.git.lookup(repo.git.getCommit(commitSha)!.tree, expression.slice(colon + 1));
    return entry ? this.gitObject(repo, entry.sha, commitSha) : null;
  }

  /** A Commit, Tree or Blob by oid. */
  gitObject(repo: Repo, sha: string, commitSha?: string): GqlObject | null {
    const object = repo.git.get(sha);
    if (!object) return null;
    const commitUrl = `${this.web}/${repo.fullName}/commit/${commitSha ?? sha}`;
    const common = { oid: sha, abbreviatedOid: sha.slice(0, 7), repository: () => this.repository(repo), commitUrl, commitResourcePath: new URL(commitUrl).pathname };
    if (object.type === 'blob') {
      const isBinary = object.content.includes(0);
      // GitHub cuts the text of large blobs (GITHUB-RULES.md row 7).
      const { text, isTruncated } = graphqlBlobText(object.content);
      return {
        __typename: 'Blob',
        id: nodeId('B', repo.id, sha),
        ...common,
        byteSize: object.content.length,
        isBinary,
        isTruncated: isBinary ? false : isTruncated,
        text: isBinary ? null : text,
      };
    }
    if (object.type === 'tree') {
      return {
        __typename: 'Tree',
        id: nodeId('T', repo.id, sha),
        ...common,
        entries: object.entries.map((entry) => ({
          name: entry.name,
          nameRaw: Buffer.from(entry.name).toString('base64'),
          path: entry.name,
          pathRaw: Buffer.from(entry.name).toString('base64'),
          type: entry.type,
          mode: parseInt(entry.mode, 8),
          oid: entry.sha,
          extension: entry.type === 'blob' && entry.name.includes('.') ? entry.name.slice(entry.name.lastIndexOf('.')) : null,
          isGenerated: false,
          size: entry.type === 'blob' ? repo.git.getBlob(entry.sha)?.content.length ?? 0 : 0,
          lineCount: entry.type === 'blob' ? repo.git.getBlob(entry.sha)?.content.toString('utf8').split('\n').length ?? 0 : null,
          submodule: null,
          language: null,
          object: () => this.gitObject(repo, entry.sha, commitSha),
          repository: () => this.repository(repo),
        })),
      };
    }
    const commit = object;
    const [headline = '', ...rest] = commit.message.split('\n');
    const gitActor = (who: typeof commit.author) => ({
      name: who.name,
      email: who.email,
      date: who.date,
      user: this.#userByEmail(who.email),
      avatarUrl: () => `${this.web}/avatars/u/0?v=4`,
    });
    return {
      __typename: 'Commit',
      id: nodeId('C', repo.id, sha),
      ...common,
      commitUrl: `${this.web}/${repo.fullName}/commit/${sha}`,
      url: `${this.web}/${repo.fullName}/commit/${sha}`,
      resourcePath: `/${repo.fullName}/commit/${sha}`,
      message: commit.message,
      messageHeadline: headline,
      messageBody: rest.join('\n').trim(),
      committedDate: commit.committer.date,
      authoredDate: commit.author.date,
      author: gitActor(commit.author),
      committer: gitActor(commit.committer),
      tree: () => this.gitObject(repo, commit.tree, sha),
      parents: (args: ConnectionArgs) => connection(commit.parents, args, (p) => p, (p) => this.gitObject(repo, p)),
    };
  }

  #userByEmail(email: string): GqlObject | null {
    for (const account of this.state.accounts.values()) {
      if (account.type !== 'User') continue;
      if (account.email === email || `${account.id}+${account.login}@users.noreply.github.com` === email) return this.user(account);
    }
    return null;
  }

  // ---------------------------------------------------------------- labels, reactions

  label(repo: Repo, label: Label): GqlObject {
    return {
      __typename: 'Label',
      id: label.nodeId,
      name: label.name,
      color: label.color,
      description: label.description,
      isDefault: label.isDefault,
      createdAt: label.createdAt,
      updatedAt: label.updatedAt,
      url: `${this.web}/${repo.fullName}/labels/${encodeURIComponent(label.name)}`,
      resourcePath: `/${repo.fullName}/labels/${encodeURIComponent(label.name)}`,
      repository: () => this.repository(repo),
    };
  }

  /** A label as an event saw it (the label may have been renamed or deleted since). */
  #eventLabel(repo: Repo, snapshot: { name: string; color: string }): GqlObject {
    const label = this.state.findLabel(repo, snapshot.name);
    if (label) return this.label(repo, label);
    const ghost: Label = {
      id: 0,
      nodeId: nodeId('LA', repo.id, snapshot.name),
      name: snapshot.name,
      color: snapshot.color,
      description: null,
      isDefault: false,
      createdAt: repo.createdAt,
      updatedAt: repo.createdAt,
    };
    return this.label(repo, ghost);
  }

  reaction(reaction: Reaction, subject: () => GqlObject): GqlObject {
    return {
      __typename: 'Reaction',
      id: reaction.nodeId,
      databaseId: reaction.id,
      content: REACTION_ENUM[reaction.content],
      createdAt: reaction.createdAt,
      user: this.userOnly(reaction.user),
      reactable: subject,
    };
  }

  /** `reactions`, `reactionGroups` and `viewerCanReact` of a Reactable. */
  #reactable(reactions: Reaction[], self: () => GqlObject) {
    return {
      viewerCanReact: true,
      reactions: (args: ConnectionArgs & { content?: string | null }) => {
        const list = reactions.filter((r) => !args.content || REACTION_ENUM[r.content] === args.content);
        return connection(list, args, (r) => String(r.id), (r) => this.reaction(r, self));
      },
      reactionGroups: () =>
        REACTION_CONTENTS.map((content) => {
          const group = reactions.filter((r) => r.content === content);
          return {
            content: REACTION_ENUM[content],
            createdAt: group[0]?.createdAt ?? null,
            viewerHasReacted: group.some((r) => r.user === this.viewer.login),
            subject: self,
            reactors: (args: ConnectionArgs) => connection(group, args, (r) => String(r.id), (r) => this.actor(r.user)),
            users: (args: ConnectionArgs) => connection(group.filter((r) => this.userOnly(r.user)), args, (r) => String(r.id), (r) => this.userOnly(r.user)),
          };
        }),
    };
  }

  // ---------------------------------------------------------------- issues and pull requests

  /** An Issue or a PullRequest, whichever this number is. */
  issueLike(repo: Repo, issue: Issue): GqlObject {
    return issue.pull ? this.pullRequest(repo, issue as Pull) : this.issue(repo, issue);
  }

  /** Fields Issue and PullRequest share. */
  #issueFields(repo: Repo, issue: Issue, self: () => GqlObject): GqlObject {
    const isViewerAuthor = issue.author === this.viewer.login;
    const canTriage = ['triage', 'write', 'maintain', 'admin'].includes(this.state.permission(repo, this.viewer.login));
    const html = this.views.issueHtmlUrl(repo, issue);
    return {
      number: issue.number,
      title: issue.title,
      titleHTML: issue.title,
      body: issue.body ?? '',
      bodyText: bodyText(issue.body ?? ''),
      url: html,
      resourcePath: new URL(html).pathname,
      closed: issue.state === 'closed',
      closedAt: issue.closedAt,
      createdAt: issue.createdAt,
      updatedAt: issue.updatedAt,
      publishedAt: issue.createdAt,
      lastEditedAt: null,
      locked: issue.locked,
      activeLockReason: null,
      author: () => this.actor(issue.author),
      authorAssociation: this.views.authorAssociation(repo, issue.author),
      editor: null,
      includesCreatedEdit: false,
      createdViaEmail: false,
      viewerDidAuthor: isViewerAuthor,
      viewerCanUpdate: isViewerAuthor || canTriage,
      viewerCanClose: isViewerAuthor || canTriage,
      viewerCanReopen: isViewerAuthor || canTriage,
      viewerCanDelete: this.state.permission(repo, this.viewer.login) === 'admin',
      milestone: null,
      repository: () => this.repository(repo),
      labels: (args: ConnectionArgs & { orderBy?: { field: string; direction: string } | null }) => {
        let labels = this.state.issueLabels(repo, issue);
        if (args.orderBy?.field === 'NAME') labels = [...labels].sort((a, b) => a.name.localeCompare(b.name));
        if (args.orderBy?.direction === 'DESC') labels = [...labels].reverse();
        return connection(labels, args, (l) => String(l.id), (l) => this.label(repo, l));
      },
      assignees: (args: ConnectionArgs) => connection(issue.assignees, args, (a) => a, (a) => this.userOnly(a)),
      participants: (args: ConnectionArgs) => {
        const logins = [...new Set([issue.author, ...this.state.listComments(repo, issue).map((c) => c.author)])];
        const users = logins.filter((l) => this.userOnly(l));
        return connection(users, args, (l) => l, (l) => this.userOnly(l));
      },
      comments: (args: ConnectionArgs & { orderBy?: { field: string; direction: string } | null }) => {
        const comments = [...this.state.listComments(repo, issue)].sort(byCreation(args.orderBy?.direction ?? undefined));
        return connection(comments, args, (c) => String(c.id), (c) => this.comment(repo, c));
      },
      ...this.#reactable(issue.reactions, self),
    };
  }

  issue(repo: Repo, issue: Issue): GqlObject {
    const self = (): GqlObject => this.issue(repo, issue);
    return {
      __typename: 'Issue',
      id: issue.nodeId,
      databaseId: issue.id,
      fullDatabaseId: String(issue.id),
      ...this.#issueFields(repo, issue, self),
      state: issue.state.toUpperCase(),
      stateReason: issue.stateReason ? issue.stateReason.toUpperCase() : null,
      isPinned: false,
      timelineItems: (args: TimelineArgs) => this.#timeline(repo, issue, args),
    };
  }

  pullRequest(repo: Repo, pull: Pull): GqlObject {
    const self = (): GqlObject => this.pullRequest(repo, pull);
    const baseTip = repo.git.refs.get(`refs/heads/${pull.pull.baseRef}`) ?? pull.pull.headSha;
    const files = () => this.state.pullFiles(repo, pull);
    const rest = () => this.views.pull(repo, pull, true);
    return {
      __typename: 'PullRequest',
      id: pull.pullNodeId,
      databaseId: pull.pullId,
      fullDatabaseId: String(pull.pullId),
      ...this.#issueFields(repo, pull, self),
      state: pull.pull.merged ? 'MERGED' : pull.state.toUpperCase(),
      merged: pull.pull.merged,
      mergedAt: pull.pull.mergedAt,
      mergedBy: () => this.actor(pull.pull.mergedBy),
      mergeCommit: () => (pull.pull.mergeCommitSha ? this.gitObject(repo, pull.pull.mergeCommitSha) : null),
      mergeable: () => (pull.state !== 'open' ? 'UNKNOWN' : rest().mergeable === false ? 'CONFLICTING' : 'MERGEABLE'),
      headRefName: pull.pull.headRef,
      headRefOid: pull.pull.headSha,
      baseRefName: pull.pull.baseRef,
      baseRefOid: baseTip,
      headRepository: () => this.repository(repo),
      baseRepository: () => this.repository(repo),
      isDraft: pull.pull.draft,
      permalink: this.views.issueHtmlUrl(repo, pull),
      changedFiles: () => files().length,
      additions: () => files().reduce((sum, f) => sum + f.additions, 0),
      deletions: () => files().reduce((sum, f) => sum + f.deletions, 0),
      files: (args: ConnectionArgs) =>
        connection(files(), args, (f) => f.path, (f) => ({
          path: f.path,
          additions: f.additions,
          deletions: f.deletions,
          changeType: f.status === 'added' ? 'ADDED' : f.status === 'removed' ? 'DELETED' : 'MODIFIED',
          viewerViewedState: 'UNVIEWED',
        })),
      reviewRequests: (args: ConnectionArgs) =>
        connection(pull.pull.requestedReviewers, args, (login) => login, (login) => ({
          id: nodeId('EV', pull.pullId ?? 0, login),
          databaseId: null,
          asCodeOwner: false,
          requestedReviewer: this.actor(login),
          pullRequest: self,
        })),
      timelineItems: (args: TimelineArgs) => this.#timeline(repo, pull, args),
    };
  }

  // ---------------------------------------------------------------- comments

  comment(repo: Repo, comment: Comment): GqlObject {
    const self = (): GqlObject => this.comment(repo, comment);
    const issue = repo.issues.get(comment.issueNumber);
    const isViewerAuthor = comment.author === this.viewer.login;
    const canWrite = ['write', 'maintain', 'admin'].includes(this.state.permission(repo, this.viewer.login));
    const issueHtml = issue ? this.views.issueHtmlUrl(repo, issue) : `${this.web}/${repo.fullName}/issues/${comment.issueNumber}`;
    const url = `${issueHtml}#issuecomment-${comment.id}`;
    return {
      __typename: 'IssueComment',
      id: comment.nodeId,
      databaseId: comment.id,
      fullDatabaseId: String(comment.id),
      url,
      resourcePath: new URL(url).pathname + new URL(url).hash,
      body: comment.body,
      bodyText: bodyText(comment.body),
      createdAt: comment.createdAt,
      updatedAt: comment.updatedAt,
      publishedAt: comment.createdAt,
      lastEditedAt: comment.lastEditedAt,
      includesCreatedEdit: comment.lastEditedAt !== null,
      createdViaEmail: false,
      author: () => this.actor(comment.author),
      authorAssociation: this.views.authorAssociation(repo, comment.author),
      editor: () => (comment.lastEditedAt ? this.actor(comment.author) : null),
      viewerDidAuthor: isViewerAuthor,
      viewerCanUpdate: isViewerAuthor || canWrite,
      viewerCanDelete: isViewerAuthor || canWrite,
      viewerCanMinimize: canWrite,
      isMinimized: false,
      minimizedReason: null,
      issue: () => (issue ? this.issue(repo, issue) : null),
      pullRequest: () => (issue?.pull ? this.pullRequest(repo, issue as Pull) : null),
      repository: () => this.repository(repo),
      ...this.#reactable(comment.reactions, self),
    };
  }

  // ---------------------------------------------------------------- timeline

  #timeline(repo: Repo, issue: Issue, args: TimelineArgs) {
    const types = args.itemTypes ?? null;
    const since = args.since ? Date.parse(args.since) : undefined;
    const typed = issue.timeline.filter((e) => this.#timelineItemExists(repo, e) && (!types || types.includes(ITEM_TYPE[e.event])));
    const filtered = typed.filter((e) => since === undefined || Date.parse(e.createdAt) >= since).slice(args.skip ?? 0);
    const result = connection(filtered, args, (e) => String(e.id), (e) => this.timelineItem(repo, issue, e));
    return {
      ...result,
      totalCount: typed.length,
      filteredCount: filtered.length,
      pageCount: result.nodes.length,
      updatedAt: issue.updatedAt,
    };
  }

  #timelineItemExists(repo: Repo, event: TimelineEvent): boolean {
    if (event.event === 'commented') return repo.comments.has(event.commentId);
    if (event.event === 'cross-referenced') return Boolean(this.state.findRepo(event.source.repo)?.issues.get(event.source.number));
    return true;
  }

  /** One timeline item as its GraphQL event type. */
  timelineItem(repo: Repo, issue: Issue, event: TimelineEvent): GqlObject {
    const subject = () => this.issueLike(repo, issue);
    const common = { id: event.nodeId, createdAt: event.createdAt, actor: () => this.actor(event.actor) };
    const html = this.views.issueHtmlUrl(repo, issue);
    const eventUrl = `${html}#event-${event.id}`;
    switch (event.event) {
      case 'commented':
        return this.comment(repo, repo.comments.get(event.commentId)!);
      case 'labeled':
      case 'unlabeled':
        return { __typename: event.event === 'labeled' ? 'LabeledEvent' : 'UnlabeledEvent', ...common, label: this.#eventLabel(repo, event.label), labelable: subject };
      case 'assigned':
      case 'unassigned':
        return {
          __typename: event.event === 'assigned' ? 'AssignedEvent' : 'UnassignedEvent',
          ...common,
          assignee: () => this.actor(event.assignee),
          user: () => this.userOnly(event.assignee),
          assignable: subject,
        };
      case 'closed':
        return {
          __typename: 'ClosedEvent',
          ...common,
          closable: subject,
          // Closed by a merged pull request ("Fixes #n"): GitHub names the pull request.
          closer: () => {
            const pull = event.closer ? this.state.findRepo(event.closer.repo)?.issues.get(event.closer.number) : undefined;
            if (pull?.pull) return this.pullRequest(this.state.findRepo(event.closer!.repo)!, pull as Pull);
            return event.commitId ? this.gitObject(repo, event.commitId) : null;
          },
          stateReason: event.stateReason ? event.stateReason.toUpperCase() : null,
          url: eventUrl,
          resourcePath: new URL(eventUrl).pathname,
        };
      case 'reopened':
        return { __typename: 'ReopenedEvent', ...common, closable: subject, stateReason: 'REOPENED' };
      case 'renamed':
        return { __typename: 'RenamedTitleEvent', ...common, previousTitle: event.from, currentTitle: event.to, subject };
      case 'cross-referenced': {
        const sourceRepo = this.state.findRepo(event.source.repo)!;
        const source = sourceRepo.issues.get(event.source.number)!;
        return {
          __typename: 'CrossReferencedEvent',
          ...common,
          referencedAt: event.createdAt,
          isCrossRepository: sourceRepo !== repo,
          willCloseTarget: false,
          source: () => this.issueLike(sourceRepo, source),
          target: subject,
          url: eventUrl,
          resourcePath: new URL(eventUrl).pathname,
        };
      }
      case 'merged':
        return {
          __typename: 'MergedEvent',
          ...common,
          commit: () => this.gitObject(repo, event.commitId),
          mergeRefName: issue.pull?.baseRef ?? repo.defaultBranch,
          mergeRef: () => this.ref(repo, `refs/heads/${issue.pull?.baseRef ?? repo.defaultBranch}`),
          pullRequest: subject,
          url: eventUrl,
          resourcePath: new URL(eventUrl).pathname,
        };
      case 'review_requested':
      case 'review_request_removed':
        return {
          __typename: event.event === 'review_requested' ? 'ReviewRequestedEvent' : 'ReviewRequestRemovedEvent',
          ...common,
          requestedReviewer: () => this.actor(event.reviewer),
          pullRequest: subject,
        };
    }
  }

  // ---------------------------------------------------------------- global ids

  /** Resolves a global node id for `node(id:)` and mutations; GitHub's NOT_FOUND otherwise. */
  resolveNode(id: string): { repo?: Repo; issue?: Issue; comment?: Comment; label?: Label; account?: Account; object: GqlObject } {
    const decoded = decodeNodeId(id);
    const fail = () => new GitHubError(404, `Could not resolve to a node with the global id of '${id}'`);
    if (!decoded) throw fail();
    const { kind, parts } = decoded;
    const numeric = Number(parts[0]);
    const visible = (repo: Repo) => this.state.permission(repo, this.viewer.login) !== 'none';
    for (const repo of this.state.repos.values()) {
      if (!visible(repo)) continue;
      if (kind === 'R' && repo.id === numeric) return { repo, object: this.repository(repo) };
      if (kind === 'I' || kind === 'PR') {
        const issue = [...repo.issues.values()].find((i) => (kind === 'I' ? i.id : i.pullId) === numeric);
        if (issue) return { repo, issue, object: kind === 'PR' ? this.pullRequest(repo, issue as Pull) : this.issue(repo, issue) };
      }
      if (kind === 'IC') {
        const comment = repo.comments.get(numeric);
        if (comment) return { repo, comment, object: this.comment(repo, comment) };
      }
      if (kind === 'LA') {
        const label = repo.labels.find((l) => l.id === numeric);
        if (label) return { repo, label, object: this.label(repo, label) };
      }
    }
    if (kind === 'U' || kind === 'BOT' || kind === 'O') {
      const account = [...this.state.accounts.values()].find((a) => a.id === numeric);
      const object = account ? this.actor(account.login) : null;
      if (account && object) return { account, object };
    }
    throw fail();
  }

  /** `node(id:)` answers null for an unknown id, with GitHub's NOT_FOUND error. */
  node(id: string): GqlObject {
    return this.resolveNode(id).object;
  }

  /** The account behind a user node id (for assigneeIds). */
  accountForNode(id: string): Account {
    const { account } = this.resolveNode(id);
    if (!account) throw notFound(`Could not resolve to a User with the global id of '${id}'`);
    return account;
  }

  /**
   * The viewer as `Query.viewer` shows it: always a User, so for the workflow token GitHub answers
   * the login with its `[bot]` suffix (unlike Actor fields, where the bot is `github-actions`).
   */
  viewerObject(): GqlObject {
    return this.user(this.viewer);
  }
}

/** Arguments of `Repository.issues`. */
export interface IssueListArgs extends ConnectionArgs {
  orderBy?: { field: string; direction: string } | null;
  labels?: string[] | null;
  states?: string[] | null;
  filterBy?: {
    assignee?: string | null;
    createdBy?: string | null;
    labels?: string[] | null;
    mentioned?: string | null;
    since?: string | null;
    states?: string[] | null;
  } | null;
}

/** Arguments of `Repository.pullRequests`. */
export interface PullListArgs extends ConnectionArgs {
  states?: string[] | null;
  labels?: string[] | null;
  headRefName?: string | null;
  baseRefName?: string | null;
  orderBy?: { field: string; direction: string } | null;
}

/** Arguments of `timelineItems`. */
export interface TimelineArgs extends ConnectionArgs {
  since?: string | null;
  skip?: number | null;
  itemTypes?: string[] | null;
}

function sortIssues<T extends Issue>(issues: T[], orderBy: { field: string; direction: string } | null | undefined): T[] {
  const field = orderBy?.field ?? 'CREATED_AT';
  const sign = orderBy?.direction === 'DESC' ? -1 : 1;
  const key = (i: Issue) => (field === 'UPDATED_AT' ? Date.parse(i.updatedAt) : field === 'COMMENTS' ? i.commentIds.length : Date.parse(i.createdAt));
  return [...issues].sort((a, b) => sign * (key(a) - key(b) || a.number - b.number));
}
