/**
 * The root Query and Mutation objects. Mutations call the same state operations as REST, so
 * permissions, timelines and validation behave the same through either API.
 */
import { GitHubError } from '../errors.js';
import { MAX_SEARCH_RESULTS } from '../rules.js';
import type { Account, Issue, Repo } from '../model.js';
import { connection, encodeCursor, type ConnectionArgs } from './connections.js';
import { reactionFromEnum, type GqlObject, type GraphNodes } from './nodes.js';

type Input<T> = { input: T & { clientMutationId?: string | null } };

function mutationId(input: { clientMutationId?: string | null }): string | null {
  return input.clientMutationId ?? null;
}

/** GitHub's answer when a node id names something of the wrong kind. */
function wrongKind(id: string, expected: string): GitHubError {
  return new GitHubError(422, `Could not resolve to ${expected} with the global id of '${id}'`, { graphqlType: 'NOT_FOUND' });
}

/** GitHub's answer when every repository a search names is missing or unreadable to the viewer. */
function unsearchable(): GitHubError {
  return new GitHubError(
    422,
    'The listed users and repositories cannot be searched either because the resources do not exist or you do not have permission to view them.',
    { graphqlType: 'INVALID' },
  );
}

const SEARCH_DATE = /^(\d{4}-\d{2}-\d{2})(T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})?)?$/;

/** One end of a date qualifier as a millisecond bound: a bare date covers its whole (UTC) day. */
function dateBound(text: string, end: 'start' | 'end'): number | undefined {
  if (text === '*') return end === 'start' ? -Infinity : Infinity;
  const match = SEARCH_DATE.exec(text);
  if (!match) return undefined;
  // A time without a zone is read as UTC.
  if (match[2]) return Date.parse(/(?:Z|[+-]\d{2}:\d{2})$/.test(match[2]) ? text : `${text}Z`);
  const day = Date.parse(`${match[1]}T00:00:00Z`);
  return end === 'start' ? day : day + 86_400_000 - 1;
}

/**
 * A date qualifier's range (`merged:2026-11-01..2026-11-30`, `merged:>=2026-11-21T08:00:00Z`,
 * `created:<2026-01-01`, `closed:2026-11-21`), inclusive; undefined when GitHub would not read it
 * as a date (it then matches nothing).
 */
export function dateRange(value: string): { from: number; to: number } | undefined {
  const dots = value.indexOf('..');
  if (dots >= 0) {
    const from = dateBound(value.slice(0, dots), 'start');
    const to = dateBound(value.slice(dots + 2), 'end');
    return from === undefined || to === undefined ? undefined : { from, to };
  }
  const op = /^(>=|<=|>|<)?(.*)$/.exec(value)!;
  const start = dateBound(op[2]!, 'start');
  const end = dateBound(op[2]!, 'end');
  if (start === undefined || end === undefined) return undefined;
  switch (op[1]) {
    case '>=':
      return { from: start, to: Infinity };
    case '>':
      return { from: end + 1, to: Infinity };
    case '<=':
      return { from: -Infinity, to: end };
    case '<':
      return { from: -Infinity, to: start - 1 };
    case undefined:
    default:
      // No operator: from the start to the end of the day (or the instant).
      return { from: start, to: end };
  }
}

function within(at: string | null, range: { from: number; to: number } | null | undefined): boolean {
  if (range === undefined) return true;
  if (range === null || at === null) return false;
  const ms = Date.parse(at);
  return ms >= range.from && ms <= range.to;
}

/** Parses `search(query:)` qualifiers for issues and pull requests. */
function searchIssues(nodes: GraphNodes, query: string): Array<{ repo: Repo; issue: Issue }> {
  const tokens = query.match(/(?:[^\s"]+:"[^"]*"|"[^"]*"|\S+)/g) ?? [];
  const repos: string[] = [];
  const labels: string[] = [];
  const text: string[] = [];
  let state: string | undefined;
  let kind: 'issue' | 'pr' | undefined;
  let author: string | undefined;
  let assignee: string | undefined;
  let sort = 'created-desc';
  // undefined: no qualifier; null: a qualifier GitHub could not read as a date (matches nothing).
  const dates: Record<'merged' | 'created' | 'closed' | 'updated', { from: number; to: number } | null | undefined> = {
    merged: undefined,
    created: undefined,
    closed: undefined,
    updated: undefined,
  };
  for (const token of tokens) {
    const [key, ...rest] = token.split(':');
    const value = rest.join(':').replace(/^"|"$/g, '');
    if (rest.length === 0) text.push(token.replace(/^"|"$/g, '').toLowerCase());
    else if (key === 'repo') repos.push(value.toLowerCase());
    else if (key === 'label') labels.push(value.toLowerCase());
    else if (key === 'is' && (value === 'open' || value === 'closed' || value === 'merged')) state = value;
    else if (key === 'is' && (value === 'issue' || value === 'pr')) kind = value;
    else if (key === 'type' && (value === 'issue' || value === 'pr')) kind = value;
    else if (key === 'state') state = value;
    else if (key === 'author') author = value.toLowerCase();
    else if (key === 'assignee') assignee = value.toLowerCase();
    else if (key === 'sort') sort = value;
    else if (key === 'merged' || key === 'created' || key === 'closed' || key === 'updated') dates[key] = dateRange(value) ?? null;
  }
  if (repos.length > 0) {
    const visible = repos.filter((name) => {
      const repo = nodes.state.findRepo(name);
      return repo !== undefined && nodes.state.permission(repo, nodes.viewer.login) !== 'none';
    });
    if (visible.length === 0) throw unsearchable();
  }
  const results: Array<{ repo: Repo; issue: Issue }> = [];
  for (const repo of nodes.state.repos.values()) {
    if (repos.length > 0 && !repos.includes(repo.fullName.toLowerCase())) continue;
    if (nodes.state.permission(repo, nodes.viewer.login) === 'none') continue;
    for (const issue of repo.issues.values()) {
      if (kind === 'issue' && issue.pull) continue;
      if (kind === 'pr' && !issue.pull) continue;
      if (state === 'merged' ? !issue.pull?.merged : state !== undefined && issue.state !== state) continue;
      if (!labels.every((l) => issue.labels.some((name) => name.toLowerCase() === l))) continue;
      if (author && issue.author.toLowerCase() !== author) continue;
      if (assignee && !issue.assignees.some((a) => a.toLowerCase() === assignee)) continue;
      if (dates.merged !== undefined && !within(issue.pull?.mergedAt ?? null, dates.merged)) continue;
      if (!within(issue.createdAt, dates.created) || !within(issue.closedAt, dates.closed) || !within(issue.updatedAt, dates.updated)) continue;
      const haystack = `${issue.title}\n${issue.body ?? ''}`.toLowerCase();
      if (!text.every((t) => haystack.includes(t))) continue;
      results.push({ repo, issue });
    }
  }
  const [field = 'created', direction = 'desc'] = sort.split('-');
  const key = ({ issue }: { issue: Issue }) =>
    field === 'updated' ? Date.parse(issue.updatedAt) : field === 'comments' ? issue.commentIds.length : Date.parse(issue.createdAt);
  const sign = direction === 'asc' ? 1 : -1;
  return results.sort((a, b) => sign * (key(a) - key(b) || a.issue.number - b.issue.number));
}

/** The Query root for one request. */
export function queryRoot(nodes: GraphNodes): GqlObject {
  const { state, viewer } = nodes;
  return {
    viewer: () => nodes.viewerObject(),
    rateLimit: () => {
      // The request itself was counted when it arrived; report the budget after it.
      const budget = state.rateLimits.snapshot(viewer).graphql;
      return {
        cost: 1,
        limit: budget.limit,
        nodeCount: 0,
        remaining: budget.remaining,
        used: budget.used,
        resetAt: new Date(budget.reset * 1000).toISOString().replace('.000Z', 'Z'),
      };
    },
    repository: ({ owner, name }: { owner: string; name: string }) => nodes.repository(nodes.findRepository(owner, name)),
    node: ({ id }: { id: string }) => nodes.node(id),
    nodes: ({ ids }: { ids: string[] }) => ids.map((id) => () => nodes.node(id)),
    user: ({ login }: { login: string }) => {
      const account = state.findAccount(login);
      if (!account || account.type !== 'User') throw new GitHubError(404, `Could not resolve to a User with the login of '${login}'.`);
      return nodes.user(account);
    },
    organization: ({ login }: { login: string }) => {
      const account = state.findAccount(login);
      if (!account || account.type !== 'Organization') throw new GitHubError(404, `Could not resolve to an Organization with the login of '${login}'.`);
      return nodes.actor(account.login);
    },
    repositoryOwner: ({ login }: { login: string }) => {
      const account = state.findAccount(login);
      return account && account.type !== 'Bot' ? nodes.actor(account.login) : null;
    },
    search: (args: ConnectionArgs & { query: string; type: string }) => {
      const all = args.type === 'ISSUE' ? searchIssues(nodes, args.query) : [];
      // GitHub counts every match but pages through at most 1,000 (GITHUB-RULES.md row 15).
      const found = all.slice(0, MAX_SEARCH_RESULTS);
      const result = connection(found, args, ({ repo, issue }) => `${repo.id}/${issue.number}`, ({ repo, issue }) => nodes.issueLike(repo, issue));
      return { ...result, issueCount: all.length, codeCount: 0, discussionCount: 0, repositoryCount: 0, userCount: 0, wikiCount: 0 };
    },
  };
}

/** The Mutation root for one request. */
export function mutationRoot(nodes: GraphNodes): GqlObject {
  const { state, viewer } = nodes;
  const issueTarget = (id: string): { repo: Repo; issue: Issue } => {
    const found = nodes.resolveNode(id);
    if (!found.repo || !found.issue) throw wrongKind(id, 'an Issue or PullRequest');
    return { repo: found.repo, issue: found.issue };
  };
  const labelIds = (repo: Repo, ids: string[]): string[] =>
    ids.map((id) => {
      const found = nodes.resolveNode(id);
      if (!found.label || found.repo !== repo) throw wrongKind(id, 'a Label');
      return found.label.name;
    });
  const accounts = (ids: string[]): Account[] => ids.map((id) => nodes.accountForNode(id));

  return {
    addComment: ({ input }: Input<{ subjectId: string; body: string }>) => {
      const { repo, issue } = issueTarget(input.subjectId);
      const comment = state.addComment(repo, viewer, issue.number, input.body);
      const event = issue.timeline[issue.timeline.length - 1]!;
      const node = nodes.comment(repo, comment);
      return {
        clientMutationId: mutationId(input),
        commentEdge: { cursor: encodeCursor(issue.commentIds.length - 1, String(comment.id)), node },
        subject: nodes.issueLike(repo, issue),
        timelineEdge: { cursor: encodeCursor(issue.timeline.length - 1, String(event.id)), node },
      };
    },
    updateIssueComment: ({ input }: Input<{ id: string; body: string }>) => {
      const found = nodes.resolveNode(input.id);
      if (!found.repo || !found.comment) throw wrongKind(input.id, 'an IssueComment');
      const comment = state.updateComment(found.repo, viewer, found.comment.id, input.body);
      return { clientMutationId: mutationId(input), issueComment: nodes.comment(found.repo, comment) };
    },
    deleteIssueComment: ({ input }: Input<{ id: string }>) => {
      const found = nodes.resolveNode(input.id);
      if (!found.repo || !found.comment) throw wrongKind(input.id, 'an IssueComment');
      state.deleteComment(found.repo, viewer, found.comment.id);
      return { clientMutationId: mutationId(input) };
    },
    addReaction: ({ input }: Input<{ subjectId: string; content: string }>) => reaction(input, 'add'),
    removeReaction: ({ input }: Input<{ subjectId: string; content: string }>) => reaction(input, 'remove'),
    addLabelsToLabelable: ({ input }: Input<{ labelableId: string; labelIds: string[] }>) => {
      const { repo, issue } = issueTarget(input.labelableId);
      state.addLabels(repo, viewer, issue.number, labelIds(repo, input.labelIds));
      return { clientMutationId: mutationId(input), labelable: nodes.issueLike(repo, issue) };
    },
    removeLabelsFromLabelable: ({ input }: Input<{ labelableId: string; labelIds: string[] }>) => {
      const { repo, issue } = issueTarget(input.labelableId);
      for (const name of labelIds(repo, input.labelIds)) {
        if (issue.labels.includes(name)) state.removeLabel(repo, viewer, issue.number, name);
      }
      return { clientMutationId: mutationId(input), labelable: nodes.issueLike(repo, issue) };
    },
    addAssigneesToAssignable: ({ input }: Input<{ assignableId: string; assigneeIds: string[] }>) => {
      const { repo, issue } = issueTarget(input.assignableId);
      state.addAssignees(repo, viewer, issue.number, accounts(input.assigneeIds).map((a) => a.login));
      return { clientMutationId: mutationId(input), assignable: nodes.issueLike(repo, issue) };
    },
    removeAssigneesFromAssignable: ({ input }: Input<{ assignableId: string; assigneeIds: string[] }>) => {
      const { repo, issue } = issueTarget(input.assignableId);
      state.removeAssignees(repo, viewer, issue.number, accounts(input.assigneeIds).map((a) => a.login));
      return { clientMutationId: mutationId(input), assignable: nodes.issueLike(repo, issue) };
    },
    closeIssue: ({ input }: Input<{ issueId: string; stateReason?: string | null }>) => {
      const { repo, issue } = issueTarget(input.issueId);
      if (issue.pull) throw wrongKind(input.issueId, 'an Issue');
      state.closeIssue(repo, viewer, issue.number, input.stateReason === 'NOT_PLANNED' ? 'not_planned' : 'completed');
      return { clientMutationId: mutationId(input), issue: nodes.issue(repo, issue) };
    },
    reopenIssue: ({ input }: Input<{ issueId: string }>) => {
      const { repo, issue } = issueTarget(input.issueId);
      if (issue.pull) throw wrongKind(input.issueId, 'an Issue');
      state.reopenIssue(repo, viewer, issue.number);
      return { clientMutationId: mutationId(input), issue: nodes.issue(repo, issue) };
    },
    updateIssue: ({ input }: Input<{ id: string; title?: string | null; body?: string | null; state?: string | null; assigneeIds?: string[] | null; labelIds?: string[] | null }>) => {
      const { repo, issue } = issueTarget(input.id);
      if (issue.pull) throw wrongKind(input.id, 'an Issue');
      state.updateIssue(repo, viewer, issue.number, {
        ...(input.title != null ? { title: input.title } : {}),
        ...(input.body != null ? { body: input.body } : {}),
        ...(input.state ? { state: input.state === 'CLOSED' ? 'closed' : 'open' } : {}),
        ...(input.labelIds ? { labels: labelIds(repo, input.labelIds) } : {}),
        ...(input.assigneeIds ? { assignees: accounts(input.assigneeIds).map((a) => a.login) } : {}),
      });
      return { clientMutationId: mutationId(input), issue: nodes.issue(repo, issue) };
    },
    createIssue: ({ input }: Input<{ repositoryId: string; title: string; body?: string | null; labelIds?: string[] | null; assigneeIds?: string[] | null }>) => {
      const found = nodes.resolveNode(input.repositoryId);
      if (!found.repo || found.issue || found.comment || found.label) throw wrongKind(input.repositoryId, 'a Repository');
      const repo = found.repo;
      const issue = state.createIssue(repo, viewer, {
        title: input.title,
        body: input.body ?? null,
        labels: input.labelIds ? labelIds(repo, input.labelIds) : [],
        assignees: input.assigneeIds ? accounts(input.assigneeIds).map((a) => a.login) : [],
      });
      return { clientMutationId: mutationId(input), issue: nodes.issue(repo, issue) };
    },
  };

  function reaction(input: { subjectId: string; content: string; clientMutationId?: string | null }, action: 'add' | 'remove') {
    const found = nodes.resolveNode(input.subjectId);
    if (!found.repo || (!found.comment && !found.issue)) throw wrongKind(input.subjectId, 'a Reactable');
    const repo = found.repo;
    const target = found.comment ? { commentId: found.comment.id } : { issueNumber: found.issue!.number };
    const content = reactionFromEnum(input.content);
    const subject = () => (found.comment ? nodes.comment(repo, state.comment(repo, found.comment.id)) : nodes.issueLike(repo, found.issue!));
    if (action === 'add') {
      const { reaction: added } = state.addReaction(repo, viewer, target, content);
      return { clientMutationId: mutationId(input), reaction: nodes.reaction(added, subject), subject, reactionGroups: () => (subject().reactionGroups as () => unknown)() };
    }
    const holder = found.comment ? state.comment(repo, found.comment.id) : found.issue!;
    const existing = holder.reactions.find((r) => r.user === viewer.login && r.content === content);
    state.removeReaction(repo, viewer, target, content);
    return {
      clientMutationId: mutationId(input),
      reaction: existing ? nodes.reaction(existing, subject) : null,
      subject,
      reactionGroups: () => (subject().reactionGroups as () => unknown)(),
    };
  }
}
