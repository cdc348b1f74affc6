/** GitHub Actions workflows of a repository: list, read, enable and disable (GITHUB-RULES.md row 14). */
import { notFound } from '../errors.js';
import type { Repo } from '../model.js';
import { paginate, repoFor, type RestRequest, type RestRoute } from '../rest/context.js';
import { workflowsOf, type WorkflowInfo } from '../workflows.js';
import { nodeId } from '../ids.js';

function workflowJson(request: RestRequest, repo: Repo, workflow: WorkflowInfo) {
  const api = `${request.state.urls.api}/repos/${repo.fullName}/actions/workflows/${workflow.id}`;
  return {
    id: workflow.id,
    node_id: nodeId('W', workflow.id),
    name: workflow.name,
    path: workflow.path,
    state: workflow.state,
    created_at: repo.createdAt,
    updated_at: repo.pushedAt,
    url: api,
    html_url: `${request.state.urls.web}/${repo.fullName}/blob/${repo.defaultBranch}/${workflow.path}`,
    badge_url: `${request.state.urls.web}/${repo.fullName}/workflows/${encodeURIComponent(workflow.name)}/badge.svg`,
  };
}

/** The workflow named by `{workflow_id}`: its id or its file name. */
function workflowFor(request: RestRequest, repo: Repo): WorkflowInfo {
  const key = String(request.params.workflow_id);
  const found = workflowsOf(request.state, repo).find((w) => String(w.id) === key || w.path.split('/').pop() === key);
  if (!found) throw notFound();
  return found;
}

function setState(request: RestRequest, state: 'active' | 'disabled_manually') {
  // Enabling and disabling need Actions: write (write access on the repository).
  const repo = repoFor(request, 'write');
  const workflow = workflowFor(request, repo);
  repo.settings.workflowStates[workflow.path.split('/').pop()!] = state;
  return { status: 204 };
}

export const actionsRoutes: RestRoute[] = [
  {
    operationId: 'actions/list-repo-workflows',
    handler: (request) => {
      const repo = repoFor(request, 'read');
      const workflows = workflowsOf(request.state, repo);
      const page = paginate(request, workflows, (w) => workflowJson(request, repo, w));
      return { ...page, body: { total_count: workflows.length, workflows: page.body } };
    },
  },
  {
    operationId: 'actions/get-workflow',
    handler: (request) => {
      const repo = repoFor(request, 'read');
      return { status: 200, body: workflowJson(request, repo, workflowFor(request, repo)) };
    },
  },
  { operationId: 'actions/enable-workflow', handler: (request) => setState(request, 'active') },
  { operationId: 'actions/disable-workflow', handler: (request) => setState(request, 'disabled_manually') },
];
