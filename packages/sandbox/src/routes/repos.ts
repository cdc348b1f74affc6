/** Repository, user, permission, branch, compare and rate-limit routes. */
import { forbidden, notFound } from '../errors.js';
import { paginate, repoFor, stringParam, type RestRoute } from '../rest/context.js';

export const repoRoutes: RestRoute[] = [
  {
    operationId: 'repos/get',
    handler: (request) => ({ status: 200, body: request.views.fullRepository(repoFor(request, 'read'), request.actor) }),
  },
  {
    operationId: 'users/get-authenticated',
    handler: ({ actor, views }) => {
      // The workflow token is an installation token: GitHub refuses /user for it.
      if (actor.type === 'Bot') throw forbidden('Resource not accessible by integration');
      return { status: 200, body: views.fullUser(actor, true) };
    },
  },
  {
    operationId: 'users/get-by-username',
    handler: ({ state, views, params }) => {
      const account = state.findAccount(stringParam(params, 'username'));
      if (!account) throw notFound();
      return { status: 200, body: views.fullUser(account, false) };
    },
  },
  {
    operationId: 'rate-limit/get',
    handler: ({ state, actor }) => {
      const resources = state.rateLimits.snapshot(actor);
      return { status: 200, body: { resources, rate: resources.core } };
    },
  },
  {
    operationId: 'repos/get-collaborator-permission-level',
    handler: (request) => {
      const repo = repoFor(request, 'read');
      const account = request.state.findAccount(stringParam(request.params, 'username'));
      if (!account || account.type === 'Organization') throw notFound(`${stringParam(request.params, 'username')} is not a user`);
      const role = request.state.permission(repo, account.login);
      // The legacy field knows only admin/write/read/none: maintain reads as write, triage as read.
      const legacy = role === 'maintain' ? 'write' : role === 'triage' ? 'read' : role;
      const user = { ...request.views.user(account.login), permissions: request.views.permissions(role), role_name: role };
      return { status: 200, body: { permission: legacy, role_name: role, user } };
    },
  },
  {
    operationId: 'repos/get-branch',
    handler: (request) => {
      const repo = repoFor(request, 'read');
      const branch = stringParam(request.params, 'branch');
      const sha = repo.git.refs.get(`refs/heads/${branch}`);
      if (!sha) throw notFound('Branch not found');
      const url = `${request.state.urls.api}/repos/${repo.fullName}/branches/${encodeURIComponent(branch)}`;
      return {
        status: 200,
        body: {
          name: branch,
          commit: request.views.commit(repo, repo.git.getCommit(sha)!),
          _links: { html: `${request.state.urls.web}/${repo.fullName}/tree/${branch}`, self: url },
          protected: repo.settings.protectedBranches.some((p) => p.branch === branch),
          protection: {
            enabled: repo.settings.protectedBranches.some((p) => p.branch === branch),
            required_status_checks: { enforcement_level: 'off', contexts: [], checks: [] },
          },
          protection_url: `${url}/protection`,
        },
      };
    },
  },
  {
    operationId: 'repos/compare-commits-with-basehead',
    handler: (request) => {
      const repo = repoFor(request, 'read');
      const basehead = stringParam(request.params, 'basehead');
      const separator = basehead.indexOf('...');
      if (separator < 0) throw notFound();
      const strip = (ref: string) => (ref.includes(':') ? ref.slice(ref.indexOf(':') + 1) : ref);
      const base = request.state.resolveCommitish(repo, strip(basehead.slice(0, separator)));
      const head = request.state.resolveCommitish(repo, strip(basehead.slice(separator + 3)));
      if (!base || !head) throw notFound();
      const git = repo.git;
      const mergeBase = git.mergeBase(base, head) ?? base;
      const ahead = git.commitsBetween(mergeBase, head);
      const behind = git.commitsBetween(mergeBase, base);
      const status = ahead.length === 0 && behind.length === 0 ? 'identical' : behind.length === 0 ? 'ahead' : ahead.length === 0 ? 'behind' : 'diverged';
      // Oldest first, as GitHub lists them: the walk from the head, reversed.
      const commits = [...ahead].reverse().map((sha) => git.getCommit(sha)!);
      const files = git.diffTrees(git.getCommit(mergeBase)!.tree, git.getCommit(head)!.tree);
      const html = `${request.state.urls.web}/${repo.fullName}/compare/${basehead}`;
      const page = paginate(request, commits, (c) => request.views.commit(repo, c));
      return {
        ...page,
        body: {
          url: `${request.state.urls.api}/repos/${repo.fullName}/compare/${basehead}`,
          html_url: html,
          permalink_url: `${request.state.urls.web}/${repo.fullName}/compare/${base}...${head}`,
          diff_url: `${html}.diff`,
          patch_url: `${html}.patch`,
          base_commit: request.views.commit(repo, git.getCommit(base)!),
          merge_base_commit: request.views.commit(repo, git.getCommit(mergeBase)!),
          status,
          ahead_by: ahead.length,
          behind_by: behind.length,
          total_commits: ahead.length,
          commits: page.body,
          files: files.map((f) => request.views.diffEntry(repo, f, head)),
        },
      };
    },
  },
];
