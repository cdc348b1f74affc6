/** Issues: list, create, read, update, their labels, assignees and timeline. */
import { notFound } from '../errors.js';
import type { Issue, Repo } from '../model.js';
import { bodyOf, intParam, paginate, repoFor, stringParam, type RestRequest, type RestRoute } from '../rest/context.js';

type LabelInput = string | { name?: string };

interface IssueCreateBody {
  title: string | number;
  body?: string;
  assignee?: string | null;
  labels?: LabelInput[];
  assignees?: string[];
}

interface IssueUpdateBody {
  title?: string | number | null;
  body?: string | null;
  assignee?: string | null;
  state?: 'open' | 'closed';
  state_reason?: 'completed' | 'not_planned' | 'duplicate' | 'reopened' | null;
  labels?: LabelInput[];
  assignees?: string[];
}

/** Label names from GitHub's accepted forms: strings or `{ name }` objects. */
function labelNames(labels: LabelInput[]): string[] {
  return labels.map((l) => (typeof l === 'string' ? l : l.name ?? '')).filter((name) => name !== '');
}

function issueFor(request: RestRequest, repo: Repo): Issue {
  return request.state.issue(repo, intParam(request.params, 'issue_number'));
}

/** Filters and sorts issues as `GET /repos/{owner}/{repo}/issues` does. */
function listIssues(request: RestRequest, repo: Repo): Issue[] {
  const q = request.query;
  const state = typeof q.state === 'string' ? q.state : 'open';
  const labels = typeof q.labels === 'string' && q.labels !== '' ? q.labels.split(',').map((l) => l.trim().toLowerCase()) : [];
  const since = typeof q.since === 'string' ? Date.parse(q.since) : undefined;
  const creator = typeof q.creator === 'string' ? q.creator.toLowerCase() : undefined;
  const assignee = typeof q.assignee === 'string' ? q.assignee.toLowerCase() : undefined;
  const mentioned = typeof q.mentioned === 'string' ? q.mentioned.toLowerCase() : undefined;
  const sort = typeof q.sort === 'string' ? q.sort : 'created';
  const direction = q.direction === 'asc' ? 1 : -1;
  const issues = [...repo.issues.values()].filter((issue) => {
    if (state !== 'all' && issue.state !== state) return false;
    if (labels.length > 0 && !labels.every((l) => issue.labels.some((name) => name.toLowerCase() === l))) return false;
    if (since !== undefined && Date.parse(issue.updatedAt) < since) return false;
    if (creator !== undefined && issue.author.toLowerCase() !== creator) return false;
    if (assignee === 'none' && issue.assignees.length > 0) return false;
    if (assignee === '*' && issue.assignees.length === 0) return false;
    if (assignee !== undefined && assignee !== 'none' && assignee !== '*' && !issue.assignees.some((a) => a.toLowerCase() === assignee)) return false;
    if (mentioned !== undefined && !new RegExp(`@${mentioned}\\b`, 'i').test(issue.body ?? '')) return false;
    return true;
  });
  const key = (issue: Issue): number =>
    sort === 'updated' ? Date.parse(issue.updatedAt) : sort === 'comments' ? issue.commentIds.length : Date.parse(issue.createdAt);
  // Ties (a frozen clock) fall back to the number, in the same direction.
  return issues.sort((a, b) => direction * (key(a) - key(b) || a.number - b.number));
}

export const issueRoutes: RestRoute[] = [
  {
    operationId: 'issues/list-for-repo',
    handler: (request) => {
      const repo = repoFor(request, 'read');
      return paginate(request, listIssues(request, repo), (issue) => request.views.issue(repo, issue));
    },
  },
  {
    operationId: 'issues/create',
    handler: (request) => {
      const repo = repoFor(request, 'read');
      const body = bodyOf<IssueCreateBody>(request);
      const assignees = [...(body.assignees ?? []), ...(body.assignee ? [body.assignee] : [])];
      const issue = request.state.createIssue(repo, request.actor, {
        title: String(body.title),
        body: body.body,
        labels: labelNames(body.labels ?? []),
        assignees,
      });
      const json = request.views.issue(repo, issue);
      return { status: 201, body: json, headers: { location: String(json.url) } };
    },
  },
  {
    operationId: 'issues/get',
    handler: (request) => {
      const repo = repoFor(request, 'read');
      return { status: 200, body: request.views.issue(repo, issueFor(request, repo)) };
    },
  },
  {
    operationId: 'issues/update',
    handler: (request) => {
      const repo = repoFor(request, 'read');
      const body = bodyOf<IssueUpdateBody>(request);
      const assignees = body.assignees ?? (body.assignee === undefined ? undefined : body.assignee === null ? [] : [body.assignee]);
      const issue = request.state.updateIssue(repo, request.actor, intParam(request.params, 'issue_number'), {
        ...(body.title !== undefined && body.title !== null ? { title: String(body.title) } : {}),
        ...(body.body !== undefined ? { body: body.body } : {}),
        ...(body.state !== undefined ? { state: body.state } : {}),
        ...(body.state_reason !== undefined ? { state_reason: body.state_reason === 'duplicate' ? 'completed' : body.state_reason } : {}),
        ...(body.labels !== undefined ? { labels: labelNames(body.labels) } : {}),
        ...(assignees !== undefined ? { assignees } : {}),
      });
      return { status: 200, body: request.views.issue(repo, issue) };
    },
  },
  {
    operationId: 'issues/list-labels-on-issue',
    handler: (request) => {
      const repo = repoFor(request, 'read');
      const issue = issueFor(request, repo);
      return paginate(request, request.state.issueLabels(repo, issue), (label) => request.views.label(repo, label));
    },
  },
  {
    operationId: 'issues/add-labels',
    handler: (request) => {
      const repo = repoFor(request, 'triage');
      const { labels = [] } = bodyOf<{ labels?: LabelInput[] }>(request);
      const result = request.state.addLabels(repo, request.actor, intParam(request.params, 'issue_number'), labelNames(labels));
      return { status: 200, body: result.map((label) => request.views.label(repo, label)) };
    },
  },
  {
    operationId: 'issues/set-labels',
    handler: (request) => {
      const repo = repoFor(request, 'triage');
      const { labels = [] } = bodyOf<{ labels?: LabelInput[] }>(request);
      const result = request.state.setLabels(repo, request.actor, intParam(request.params, 'issue_number'), labelNames(labels));
      return { status: 200, body: result.map((label) => request.views.label(repo, label)) };
    },
  },
  {
    operationId: 'issues/remove-all-labels',
    handler: (request) => {
      const repo = repoFor(request, 'triage');
      request.state.removeAllLabels(repo, request.actor, intParam(request.params, 'issue_number'));
      return { status: 204 };
    },
  },
  {
    operationId: 'issues/remove-label',
    handler: (request) => {
      const repo = repoFor(request, 'triage');
      const result = request.state.removeLabel(repo, request.actor, intParam(request.params, 'issue_number'), stringParam(request.params, 'name'));
      return { status: 200, body: result.map((label) => request.views.label(repo, label)) };
    },
  },
  {
    operationId: 'issues/add-assignees',
    handler: (request) => {
      const repo = repoFor(request, 'triage');
      const { assignees = [] } = bodyOf<{ assignees?: string[] }>(request);
      const issue = request.state.addAssignees(repo, request.actor, intParam(request.params, 'issue_number'), assignees);
      return { status: 201, body: request.views.issue(repo, issue) };
    },
  },
  {
    operationId: 'issues/remove-assignees',
    handler: (request) => {
      const repo = repoFor(request, 'triage');
      const { assignees = [] } = bodyOf<{ assignees?: string[] }>(request);
      const issue = request.state.removeAssignees(repo, request.actor, intParam(request.params, 'issue_number'), assignees);
      return { status: 200, body: request.views.issue(repo, issue) };
    },
  },
  {
    operationId: 'issues/check-user-can-be-assigned-to-issue',
    handler: (request) => {
      const repo = repoFor(request, 'read');
      const issue = issueFor(request, repo);
      // 204 without a body when the user may be assigned to this issue; 404 otherwise (no such user included).
      if (!request.state.isAssignable(repo, stringParam(request.params, 'assignee'), issue)) throw notFound();
      return { status: 204 };
    },
  },
  {
    operationId: 'issues/list-events-for-timeline',
    handler: (request) => {
      const repo = repoFor(request, 'read');
      const issue = issueFor(request, repo);
      const events = issue.timeline
        .map((event) => request.views.timelineEvent(repo, issue, event))
        .filter((json): json is Record<string, unknown> => json !== undefined);
      return paginate(request, events, (json) => json);
    },
  },
];

