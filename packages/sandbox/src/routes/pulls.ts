/** Pull requests: list, create, read, update, files, merge and review requests. */
import { forbidden, notFound } from '../errors.js';
import { BOT_LOGIN } from '../model.js';
import type { Issue, Repo } from '../model.js';
import { bodyOf, intParam, paginate, repoFor, type RestRequest, type RestRoute } from '../rest/context.js';

type Pull = Issue & { pull: NonNullable<Issue['pull']> };

function pullFor(request: RestRequest, repo: Repo): Pull {
  return request.state.pull(repo, intParam(request.params, 'pull_number'));
}

function listPulls(request: RestRequest, repo: Repo): Pull[] {
  const q = request.query;
  const state = typeof q.state === 'string' ? q.state : 'open';
  const head = typeof q.head === 'string' ? q.head : undefined;
  const base = typeof q.base === 'string' ? q.base : undefined;
  const sort = typeof q.sort === 'string' ? q.sort : 'created';
  // GitHub: "Default: desc when sort is created or sort is not specified, otherwise asc."
  const direction = q.direction === 'asc' ? 1 : q.direction === 'desc' ? -1 : sort === 'created' ? -1 : 1;
  const pulls = [...repo.issues.values()].filter((i): i is Pull => i.pull !== null);
  const filtered = pulls.filter((p) => {
    if (state !== 'all' && p.state !== state) return false;
    if (base !== undefined && p.pull.baseRef !== base) return false;
    if (head !== undefined) {
      // `head` is `user:ref-name` (the owner may be omitted, as GitHub tolerates).
      const [owner, ref] = head.includes(':') ? [head.slice(0, head.indexOf(':')), head.slice(head.indexOf(':') + 1)] : [repo.owner, head];
      if (owner.toLowerCase() !== repo.owner.toLowerCase() || p.pull.headRef !== ref) return false;
    }
    return true;
  });
  const key = (p: Pull) => (sort === 'updated' ? Date.parse(p.updatedAt) : Date.parse(p.createdAt));
  return filtered.sort((a, b) => direction * (key(a) - key(b) || a.number - b.number));
}

export const pullRoutes: RestRoute[] = [
  {
    operationId: 'pulls/list',
    handler: (request) => {
      const repo = repoFor(request, 'read');
      return paginate(request, listPulls(request, repo), (pull) => request.views.pull(repo, pull, false));
    },
  },
  {
    operationId: 'pulls/create',
    handler: (request) => {
      const repo = repoFor(request, 'read');
      const body = bodyOf<{ title?: string; head: string; base: string; body?: string; draft?: boolean; issue?: number }>(request);
      // "Allow GitHub Actions to create and approve pull requests" (GITHUB-RULES.md row 9).
      if (request.actor.login === BOT_LOGIN && !repo.settings.actionsCanCreatePullRequests) {
        throw forbidden('GitHub Actions is not permitted to create or approve pull requests.');
      }
      const pull = request.state.createPull(repo, request.actor, {
        title: body.title ?? '',
        head: body.head,
        base: body.base,
        body: body.body,
        draft: body.draft,
      });
      const json = request.views.pull(repo, pull, true);
      return { status: 201, body: json, headers: { location: String(json.url) } };
    },
  },
  {
    operationId: 'pulls/get',
    handler: (request) => {
      const repo = repoFor(request, 'read');
      return { status: 200, body: request.views.pull(repo, pullFor(request, repo), true) };
    },
  },
  {
    operationId: 'pulls/update',
    handler: (request) => {
      const repo = repoFor(request, 'read');
      const body = bodyOf<{ title?: string; body?: string; state?: 'open' | 'closed'; base?: string }>(request);
      const pull = request.state.updatePull(repo, request.actor, intParam(request.params, 'pull_number'), body);
      return { status: 200, body: request.views.pull(repo, pull, true) };
    },
  },
  {
    operationId: 'pulls/list-files',
    handler: (request) => {
      const repo = repoFor(request, 'read');
      const pull = pullFor(request, repo);
      const files = request.state.pullFiles(repo, pull);
      return paginate(request, files, (file) => request.views.diffEntry(repo, file, pull.pull.headSha));
    },
  },
  {
    operationId: 'pulls/check-if-merged',
    handler: (request) => {
      const repo = repoFor(request, 'read');
      if (!pullFor(request, repo).pull.merged) throw notFound();
      return { status: 204 };
    },
  },
  {
    operationId: 'pulls/merge',
    handler: (request) => {
      const repo = repoFor(request, 'write');
      const body = bodyOf<{ commit_title?: string; commit_message?: string; sha?: string; merge_method?: 'merge' | 'squash' | 'rebase' }>(request);
      const result = request.state.mergePull(repo, request.actor, intParam(request.params, 'pull_number'), body);
      return { status: 200, body: { sha: result.sha, merged: true, message: result.message } };
    },
  },
  {
    operationId: 'pulls/list-requested-reviewers',
    handler: (request) => {
      const repo = repoFor(request, 'read');
      const pull = pullFor(request, repo);
      return { status: 200, body: { users: pull.pull.requestedReviewers.map((login) => request.views.user(login)), teams: [] } };
    },
  },
  {
    operationId: 'pulls/request-reviewers',
    handler: (request) => {
      const repo = repoFor(request, 'triage');
      const { reviewers = [] } = bodyOf<{ reviewers?: string[]; team_reviewers?: string[] }>(request);
      const pull = request.state.requestReviewers(repo, request.actor, intParam(request.params, 'pull_number'), reviewers);
      return { status: 201, body: request.views.pull(repo, pull, false) };
    },
  },
];
