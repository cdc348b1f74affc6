/**
 * GitHub's REST representations of the sandbox's objects: the JSON GitHub returns for a user,
 * repository, issue, comment, label, pull request, git object or timeline event. Event payloads
 * in tests are built from the same functions, so webhooks and API answers agree.
 */
import { isoSeconds } from '../clock.js';
import type { CommitObject, FileChange, TreeEntry } from '../git.js';
import { nodeId } from '../ids.js';
import {
  REACTION_CONTENTS,
  type Account,
  type Comment,
  type Issue,
  type Label,
  type Permission,
  type Reaction,
  type Repo,
  type TimelineEvent,
} from '../model.js';
import type { SandboxState } from '../state.js';

/** A JSON object as sent on the wire. */
export type JsonObject = Record<string, unknown>;

const enc = encodeURIComponent;

/** Renders model objects as GitHub's REST API does. */
export class RestViews {
  constructor(private readonly state: SandboxState) {}

  private get api(): string {
    return this.state.urls.api;
  }

  private get web(): string {
    return this.state.urls.web;
  }

  /** `simple-user` for a login (unknown logins render as a ghost user, as GitHub does). */
  user(login: string): JsonObject {
    const account = this.state.findAccount(login) ?? this.#ghost();
    const path = enc(account.login);
    const url = `${this.api}/users/${path}`;
    return {
      login: account.login,
      id: account.id,
      node_id: account.nodeId,
      avatar_url: `${this.web}/avatars/u/${account.id}?v=4`,
      gravatar_id: '',
      url,
      html_url: account.type === 'Bot' ? `${this.web}/apps/${account.login.replace(/\[bot\]$/, '')}` : `${this.web}/${account.login}`,
      followers_url: `${url}/followers`,
      following_url: `${url}/following{/other_user}`,
      gists_url: `${url}/gists{/gist_id}`,
      starred_url: `${url}/starred{/owner}{/repo}`,
      subscriptions_url: `${url}/subscriptions`,
      organizations_url: `${url}/orgs`,
      repos_url: `${url}/repos`,
      events_url: `${url}/events{/privacy}`,
      received_events_url: `${url}/received_events`,
      type: account.type,
      user_view_type: 'public',
      site_admin: false,
    };
  }

  #ghost(): Account {
    return { id: 10137, nodeId: nodeId('U', 10137), login: 'ghost', type: 'User', name: null, email: null, createdAt: isoSeconds(0), token: null };
  }

  /** `public-user` / `private-user` (`GET /user`, `GET /users/{username}`). */
  fullUser(account: Account, privateView: boolean): JsonObject {
    const base = {
      ...this.user(account.login),
      name: account.name,
      company: null,
      blog: '',
      location: null,
      email: account.email,
      hireable: null,
      bio: null,
      twitter_username: null,
      public_repos: 0,
      public_gists: 0,
      followers: 0,
      following: 0,
      created_at: account.createdAt,
      updated_at: account.createdAt,
    };
    if (!privateView) return base;
    return {
      ...base,
      private_gists: 0,
      total_private_repos: 0,
      owned_private_repos: 0,
      disk_usage: 0,
      collaborators: 0,
      two_factor_authentication: true,
      plan: { name: 'free', space: 976562499, collaborators: 0, private_repos: 10000 },
    };
  }

  /** `repository` (nested in pull requests and events); with a viewer, its `permissions`. */
  repository(repo: Repo, viewer?: Account): JsonObject {
    const url = `${this.api}/repos/${repo.fullName}`;
    const html = `${this.web}/${repo.fullName}`;
    const openIssues = [...repo.issues.values()].filter((i) => i.state === 'open').length;
    const json: JsonObject = {
      id: repo.id,
      node_id: repo.nodeId,
      name: repo.name,
      full_name: repo.fullName,
      owner: this.user(repo.owner),
      private: repo.private,
      html_url: html,
      description: repo.description,
      fork: false,
      url,
      archive_url: `${url}/{archive_format}{/ref}`,
      assignees_url: `${url}/assignees{/user}`,
      blobs_url: `${url}/git/blobs{/sha}`,
      branches_url: `${url}/branches{/branch}`,
      collaborators_url: `${url}/collaborators{/collaborator}`,
      comments_url: `${url}/comments{/number}`,
      commits_url: `${url}/commits{/sha}`,
      compare_url: `${url}/compare/{base}...{head}`,
      contents_url: `${url}/contents/{+path}`,
      contributors_url: `${url}/contributors`,
      deployments_url: `${url}/deployments`,
      downloads_url: `${url}/downloads`,
      events_url: `${url}/events`,
      forks_url: `${url}/forks`,
      git_commits_url: `${url}/git/commits{/sha}`,
      git_refs_url: `${url}/git/refs{/sha}`,
      git_tags_url: `${url}/git/tags{/sha}`,
      git_url: `${html.replace(/^https?:/, 'git:')}.git`,
      issue_comment_url: `${url}/issues/comments{/number}`,
      issue_events_url: `${url}/issues/events{/number}`,
      issues_url: `${url}/issues{/number}`,
      keys_url: `${url}/keys{/key_id}`,
      labels_url: `${url}/labels{/name}`,
      languages_url: `${url}/languages`,
      merges_url: `${url}/merges`,
      milestones_url: `${url}/milestones{/number}`,
      notifications_url: `${url}/notifications{?since,all,participating}`,
      pulls_url: `${url}/pulls{/number}`,
      releases_url: `${url}/releases{/id}`,
      ssh_url: `git@${new URL(this.web).host}:${repo.fullName}.git`,
      stargazers_url: `${url}/stargazers`,
      statuses_url: `${url}/statuses/{sha}`,
      subscribers_url: `${url}/subscribers`,
      subscription_url: `${url}/subscription`,
      tags_url: `${url}/tags`,
      teams_url: `${url}/teams`,
      trees_url: `${url}/git/trees{/sha}`,
      clone_url: `${html}.git`,
      mirror_url: null,
      hooks_url: `${url}/hooks`,
      svn_url: html,
      homepage: null,
      language: null,
      forks_count: 0,
      forks: 0,
      stargazers_count: 0,
      watchers_count: 0,
      watchers: 0,
      size: 0,
      default_branch: repo.defaultBranch,
      open_issues_count: openIssues,
      open_issues: openIssues,
      is_template: false,
      topics: [],
      has_issues: true,
      has_projects: true,
      has_wiki: false,
      has_pages: false,
      has_downloads: true,
      has_discussions: false,
      archived: false,
      disabled: false,
      visibility: repo.private ? 'private' : 'public',
      pushed_at: repo.pushedAt,
      created_at: repo.createdAt,
      updated_at: repo.updatedAt,
      allow_forking: false,
      web_commit_signoff_required: false,
      license: null,
    };
    if (viewer) json.permissions = this.permissions(this.state.permission(repo, viewer.login));
    return json;
  }

  /** `full-repository` (`GET /repos/{owner}/{repo}`). */
  fullRepository(repo: Repo, viewer: Account): JsonObject {
    const owner = this.state.findAccount(repo.owner);
    return {
      ...this.repository(repo, viewer),
      allow_rebase_merge: true,
      allow_squash_merge: true,
      allow_merge_commit: true,
      allow_auto_merge: false,
      delete_branch_on_merge: false,
      allow_update_branch: false,
      subscribers_count: 0,
      network_count: 0,
      ...(owner?.type === 'Organization' ? { organization: this.user(owner.login) } : {}),
    };
  }

  /** The `permissions` object of a repository for a role. */
  permissions(role: Permission): JsonObject {
    const rank = ['none', 'read', 'triage', 'write', 'maintain', 'admin'].indexOf(role);
    return { admin: rank >= 5, maintain: rank >= 4, push: rank >= 3, triage: rank >= 2, pull: rank >= 1 };
  }

  /** `label`. */
  label(repo: Repo, label: Label): JsonObject {
    return {
      id: label.id,
      node_id: label.nodeId,
      url: `${this.api}/repos/${repo.fullName}/labels/${enc(label.name)}`,
      name: label.name,
      description: label.description,
      color: label.color,
      default: label.isDefault,
    };
  }

  /** `reaction-rollup` for a list of reactions. */
  reactionRollup(url: string, reactions: Reaction[]): JsonObject {
    const rollup: JsonObject = { url, total_count: reactions.length };
    for (const content of REACTION_CONTENTS) rollup[content] = reactions.filter((r) => r.content === content).length;
    return rollup;
  }

  /** `reaction`. */
  reaction(reaction: Reaction): JsonObject {
    return { id: reaction.id, node_id: reaction.nodeId, user: this.user(reaction.user), content: reaction.content, created_at: reaction.createdAt };
  }

  /** GitHub's author_association of a login on a repository. */
  authorAssociation(repo: Repo, login: string): string {
    if (login.toLowerCase() === repo.owner.toLowerCase()) return 'OWNER';
    const account = this.state.findAccount(login);
    if (account?.type === 'Bot') return 'NONE';
    if (repo.grants.has(login.toLowerCase())) {
      const owner = this.state.findAccount(repo.owner);
      return owner?.type === 'Organization' ? 'MEMBER' : 'COLLABORATOR';
    }
    const contributed = [...repo.issues.values()].some((i) => i.pull?.merged && i.author.toLowerCase() === login.toLowerCase());
    return contributed ? 'CONTRIBUTOR' : 'NONE';
  }

  issueUrl(repo: Repo, issue: Issue): string {
    return `${this.api}/repos/${repo.fullName}/issues/${issue.number}`;
  }

  issueHtmlUrl(repo: Repo, issue: Issue): string {
    return `${this.web}/${repo.fullName}/${issue.pull ? 'pull' : 'issues'}/${issue.number}`;
  }

  /** `issue` (pull requests carry a `pull_request` key, as in GitHub's issue lists). */
  issue(repo: Repo, issue: Issue): JsonObject {
    const url = this.issueUrl(repo, issue);
    const assignees = issue.assignees.map((login) => this.user(login));
    const json: JsonObject = {
      id: issue.id,
      node_id: issue.nodeId,
      url,
      repository_url: `${this.api}/repos/${repo.fullName}`,
      labels_url: `${url}/labels{/name}`,
      comments_url: `${url}/comments`,
      events_url: `${url}/events`,
      html_url: this.issueHtmlUrl(repo, issue),
      number: issue.number,
      state: issue.state,
      state_reason: issue.stateReason,
      title: issue.title,
      body: issue.body,
      user: this.user(issue.author),
      labels: this.state.issueLabels(repo, issue).map((l) => this.label(repo, l)),
      assignee: assignees[0] ?? null,
      assignees,
      milestone: null,
      locked: issue.locked,
      active_lock_reason: null,
      comments: issue.commentIds.length,
      closed_at: issue.closedAt,
      created_at: issue.createdAt,
      updated_at: issue.updatedAt,
      closed_by: issue.closedBy ? this.user(issue.closedBy) : null,
      author_association: this.authorAssociation(repo, issue.author),
      reactions: this.reactionRollup(`${url}/reactions`, issue.reactions),
      timeline_url: `${url}/timeline`,
      performed_via_github_app: null,
    };
    if (issue.pull) {
      const pullUrl = `${this.api}/repos/${repo.fullName}/pulls/${issue.number}`;
      const html = this.issueHtmlUrl(repo, issue);
      json.draft = issue.pull.draft;
      json.pull_request = { url: pullUrl, html_url: html, diff_url: `${html}.diff`, patch_url: `${html}.patch`, merged_at: issue.pull.mergedAt };
    }
    return json;
  }

  /** `issue-comment`. */
  comment(repo: Repo, comment: Comment): JsonObject {
    const issue = repo.issues.get(comment.issueNumber);
    const url = `${this.api}/repos/${repo.fullName}/issues/comments/${comment.id}`;
    const issueHtml = issue ? this.issueHtmlUrl(repo, issue) : `${this.web}/${repo.fullName}/issues/${comment.issueNumber}`;
    return {
      id: comment.id,
      node_id: comment.nodeId,
      url,
      html_url: `${issueHtml}#issuecomment-${comment.id}`,
      body: comment.body,
      user: this.user(comment.author),
      created_at: comment.createdAt,
      updated_at: comment.updatedAt,
      issue_url: `${this.api}/repos/${repo.fullName}/issues/${comment.issueNumber}`,
      author_association: this.authorAssociation(repo, comment.author),
      reactions: this.reactionRollup(`${url}/reactions`, comment.reactions),
      performed_via_github_app: null,
    };
  }

  /** One entry of `GET /issues/{n}/timeline`, or undefined for an event REST does not list. */
  timelineEvent(repo: Repo, issue: Issue, event: TimelineEvent): JsonObject | undefined {
    const actor = this.user(event.actor);
    if (event.event === 'commented') {
      const comment = repo.comments.get(event.commentId);
      if (!comment) return undefined;
      return { ...this.comment(repo, comment), event: 'commented', actor: this.user(comment.author) };
    }
    if (event.event === 'cross-referenced') {
      const sourceRepo = this.state.findRepo(event.source.repo);
      const source = sourceRepo?.issues.get(event.source.number);
      if (!sourceRepo || !source) return undefined;
      return {
        event: 'cross-referenced',
        actor,
        created_at: event.createdAt,
        updated_at: event.createdAt,
        source: { type: 'issue', issue: { ...this.issue(sourceRepo, source), repository: this.repository(sourceRepo) } },
      };
    }
    const base: JsonObject = {
      id: event.id,
      node_id: event.nodeId,
      url: `${this.api}/repos/${repo.fullName}/issues/events/${event.id}`,
      actor,
      event: event.event,
      commit_id: null,
      commit_url: null,
      created_at: event.createdAt,
      performed_via_github_app: null,
    };
    switch (event.event) {
      case 'labeled':
      case 'unlabeled':
        return { ...base, label: { name: event.label.name, color: event.label.color } };
      case 'assigned':
      case 'unassigned':
        return { ...base, assignee: this.user(event.assignee) };
      case 'renamed':
        return { ...base, rename: { from: event.from, to: event.to } };
      case 'closed':
        return {
          ...base,
          state_reason: event.stateReason,
          commit_id: event.commitId,
          commit_url: event.commitId ? `${this.api}/repos/${repo.fullName}/commits/${event.commitId}` : null,
        };
      case 'merged':
        return { ...base, commit_id: event.commitId, commit_url: `${this.api}/repos/${repo.fullName}/commits/${event.commitId}` };
      case 'reopened':
        return { ...base, state_reason: 'reopened' };
      case 'review_requested':
      case 'review_request_removed':
        return { ...base, review_requester: actor, requested_reviewer: this.user(event.reviewer) };
    }
  }

  /** `git-ref`. */
  gitRef(repo: Repo, ref: string, sha: string): JsonObject {
    return {
      ref,
      node_id: nodeId('REF', repo.id, ref),
      url: `${this.api}/repos/${repo.fullName}/git/${ref}`,
      object: { type: 'commit', sha, url: `${this.api}/repos/${repo.fullName}/git/commits/${sha}` },
    };
  }

  /** `git-commit`. */
  gitCommit(repo: Repo, commit: CommitObject): JsonObject {
    const base = `${this.api}/repos/${repo.fullName}/git`;
    return {
      sha: commit.sha,
      node_id: nodeId('C', repo.id, commit.sha),
      url: `${base}/commits/${commit.sha}`,
      html_url: `${this.web}/${repo.fullName}/commit/${commit.sha}`,
      author: { ...commit.author },
      committer: { ...commit.committer },
      tree: { sha: commit.tree, url: `${base}/trees/${commit.tree}` },
      message: commit.message,
      parents: commit.parents.map((sha) => ({ sha, url: `${base}/commits/${sha}`, html_url: `${this.web}/${repo.fullName}/commit/${sha}` })),
      verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
    };
  }

  /** `commit` (the REST commits API shape, as in compare and branch responses). */
  commit(repo: Repo, commit: CommitObject): JsonObject {
    const url = `${this.api}/repos/${repo.fullName}/commits/${commit.sha}`;
    const git = this.gitCommit(repo, commit);
    return {
      url,
      sha: commit.sha,
      node_id: git.node_id,
      html_url: git.html_url,
      comments_url: `${url}/comments`,
      commit: {
        url: git.url,
        author: git.author,
        committer: git.committer,
        message: commit.message,
        comment_count: 0,
        tree: git.tree,
        verification: git.verification,
      },
      author: this.#accountByEmail(commit.author.email),
      committer: this.#accountByEmail(commit.committer.email),
      parents: commit.parents.map((sha) => ({ sha, url: `${this.api}/repos/${repo.fullName}/commits/${sha}`, html_url: `${this.web}/${repo.fullName}/commit/${sha}` })),
    };
  }

  #accountByEmail(email: string): JsonObject | null {
    for (const account of this.state.accounts.values()) {
      const noreply = `${account.id}+${account.login}@users.noreply.github.com`;
      if (account.email === email || noreply === email) return this.user(account.login);
    }
    return null;
  }

  /** A tree entry of `git-tree`. */
  treeEntry(repo: Repo, entry: TreeEntry, path: string): JsonObject {
    const base = `${this.api}/repos/${repo.fullName}/git`;
    const json: JsonObject = { path, mode: entry.mode, type: entry.type, sha: entry.sha };
    if (entry.type === 'blob') {
      json.size = repo.git.getBlob(entry.sha)?.content.length ?? 0;
      json.url = `${base}/blobs/${entry.sha}`;
    } else if (entry.type === 'tree') json.url = `${base}/trees/${entry.sha}`;
    return json;
  }

  /** `content-file` for a blob at a path and ref. */
  contentFile(repo: Repo, path: string, sha: string, content: Buffer, ref: string): JsonObject {
    const links = this.#contentLinks(repo, path, sha, 'blob', ref);
    return {
      type: 'file',
      encoding: 'base64',
      size: content.length,
      name: path.split('/').pop() ?? path,
      path,
      // GitHub wraps the base64 at 60 columns with newlines.
      content: content.toString('base64').replace(/(.{60})/g, '$1\n'),
      sha,
      ...links,
    };
  }

  /** One entry of a directory listing (`content-directory`). */
  contentEntry(repo: Repo, path: string, entry: TreeEntry, ref: string): JsonObject {
    const type = entry.type === 'tree' ? 'dir' : entry.type === 'commit' ? 'submodule' : entry.mode === '120000' ? 'symlink' : 'file';
    const size = entry.type === 'blob' ? repo.git.getBlob(entry.sha)?.content.length ?? 0 : 0;
    return { type, size, name: entry.name, path, sha: entry.sha, ...this.#contentLinks(repo, path, entry.sha, entry.type === 'tree' ? 'tree' : 'blob', ref) };
  }

  #contentLinks(repo: Repo, path: string, sha: string, kind: 'blob' | 'tree', ref: string): JsonObject {
    const encodedPath = path.split('/').map(enc).join('/');
    const url = `${this.api}/repos/${repo.fullName}/contents/${encodedPath}?ref=${enc(ref)}`;
    const gitUrl = `${this.api}/repos/${repo.fullName}/git/${kind === 'tree' ? 'trees' : 'blobs'}/${sha}`;
    const htmlUrl = `${this.web}/${repo.fullName}/${kind}/${enc(ref)}/${encodedPath}`;
    return {
      url,
      git_url: gitUrl,
      html_url: htmlUrl,
      download_url: kind === 'blob' ? `${this.web}/raw/${repo.fullName}/${enc(ref)}/${encodedPath}` : null,
      _links: { self: url, git: gitUrl, html: htmlUrl },
    };
  }

  /** `diff-entry` for a changed file. */
  diffEntry(repo: Repo, change: FileChange, ref: string): JsonObject {
    const encodedPath = change.path.split('/').map(enc).join('/');
    return {
      sha: change.sha,
      filename: change.path,
      status: change.status,
      additions: change.additions,
      deletions: change.deletions,
      changes: change.additions + change.deletions,
      blob_url: `${this.web}/${repo.fullName}/blob/${ref}/${encodedPath}`,
      raw_url: `${this.web}/${repo.fullName}/raw/${ref}/${encodedPath}`,
      contents_url: `${this.api}/repos/${repo.fullName}/contents/${encodedPath}?ref=${ref}`,
      ...(change.patch === undefined ? {} : { patch: change.patch }),
    };
  }

  /** `pull-request-simple` (lists); `full` adds the counts of `pull-request`. */
  pull(repo: Repo, issue: Issue, full: boolean): JsonObject {
    const pull = issue.pull;
    if (!pull || issue.pullId === null || issue.pullNodeId === null) throw new Error(`#${issue.number} is not a pull request`);
    const url = `${this.api}/repos/${repo.fullName}/pulls/${issue.number}`;
    const html = this.issueHtmlUrl(repo, issue);
    const issueUrl = this.issueUrl(repo, issue);
    const baseSha = repo.git.refs.get(`refs/heads/${pull.baseRef}`) ?? pull.headSha;
    const side = (ref: string, sha: string) => ({ label: `${repo.owner}:${ref}`, ref, sha, user: this.user(repo.owner), repo: this.repository(repo) });
    const assignees = issue.assignees.map((login) => this.user(login));
    const json: JsonObject = {
      url,
      id: issue.pullId,
      node_id: issue.pullNodeId,
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      issue_url: issueUrl,
      commits_url: `${url}/commits`,
      review_comments_url: `${url}/comments`,
      review_comment_url: `${this.api}/repos/${repo.fullName}/pulls/comments{/number}`,
      comments_url: `${issueUrl}/comments`,
      statuses_url: `${this.api}/repos/${repo.fullName}/statuses/${pull.headSha}`,
      number: issue.number,
      state: issue.state,
      locked: issue.locked,
      title: issue.title,
      user: this.user(issue.author),
      body: issue.body,
      labels: this.state.issueLabels(repo, issue).map((l) => this.label(repo, l)),
      milestone: null,
      active_lock_reason: null,
      created_at: issue.createdAt,
      updated_at: issue.updatedAt,
      closed_at: issue.closedAt,
      merged_at: pull.mergedAt,
      merge_commit_sha: pull.mergeCommitSha,
      assignee: assignees[0] ?? null,
      assignees,
      requested_reviewers: pull.requestedReviewers.map((login) => this.user(login)),
      requested_teams: [],
      head: side(pull.headRef, pull.headSha),
      base: side(pull.baseRef, baseSha),
      _links: {
        self: { href: url },
        html: { href: html },
        issue: { href: issueUrl },
        comments: { href: `${issueUrl}/comments` },
        review_comments: { href: `${url}/comments` },
        review_comment: { href: `${this.api}/repos/${repo.fullName}/pulls/comments{/number}` },
        commits: { href: `${url}/commits` },
        statuses: { href: `${this.api}/repos/${repo.fullName}/statuses/${pull.headSha}` },
      },
      author_association: this.authorAssociation(repo, issue.author),
      auto_merge: null,
      draft: pull.draft,
    };
    if (!full) return json;
    const files = this.state.pullFiles(repo, issue as Issue & { pull: NonNullable<Issue['pull']> });
    const mergeBase = pull.merged ? undefined : repo.git.mergeBase(baseSha, pull.headSha);
    const commits = mergeBase ? repo.git.commitsBetween(mergeBase, pull.headSha).length : 1;
    const conflicted = issue.state === 'open' && !pull.merged && this.#wouldConflict(repo, baseSha, pull.headSha);
    return {
      ...json,
      merged: pull.merged,
      mergeable: issue.state === 'open' ? !conflicted : null,
      rebaseable: issue.state === 'open' ? !conflicted : null,
      mergeable_state: issue.state === 'open' ? (conflicted ? 'dirty' : 'clean') : 'unknown',
      merged_by: pull.mergedBy ? this.user(pull.mergedBy) : null,
      comments: issue.commentIds.length,
      review_comments: 0,
      maintainer_can_modify: false,
      commits,
      additions: files.reduce((sum, f) => sum + f.additions, 0),
      deletions: files.reduce((sum, f) => sum + f.deletions, 0),
      changed_files: files.length,
    };
  }

  #wouldConflict(repo: Repo, base: string, head: string): boolean {
    const git = repo.git;
    const ancestor = git.mergeBase(base, head);
    if (!ancestor || ancestor === base || ancestor === head) return false;
    const files = (sha: string) => new Map(git.flatten(git.getCommit(sha)!.tree).map((e) => [e.path, e.sha]));
    const a = files(ancestor);
    const ours = files(base);
    const theirs = files(head);
    for (const path of new Set([...ours.keys(), ...theirs.keys()])) {
      const o = ours.get(path);
      const t = theirs.get(path);
      const original = a.get(path);
      if (o !== t && o !== original && t !== original) return true;
    }
    return false;
  }
}
