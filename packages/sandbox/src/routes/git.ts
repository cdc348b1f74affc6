/** The Git Database API: refs, blobs, trees and commits. */
import { GitHubError, notFound, validationFailed } from '../errors.js';
import { isSha, type GitIdentity, type TreeChange, type TreeMode } from '../git.js';
import { nodeId } from '../ids.js';
import type { Repo } from '../model.js';
import { bodyOf, repoFor, stringParam, type RestRequest, type RestRoute } from '../rest/context.js';
import { findSecrets, protectionFor, pushProtectionError, refProtectionError } from '../rules.js';

/** A 422 with only a message, as GitHub answers most Git Database API mistakes. */
function unprocessable(message: string): GitHubError {
  return new GitHubError(422, message);
}

/** `heads/main` → `refs/heads/main` (the ref routes take the name without `refs/`). */
function qualify(ref: string): string {
  return ref.startsWith('refs/') ? ref : `refs/${ref}`;
}

function wrapBase64(data: Buffer): string {
  return data.toString('base64').replace(/(.{60})/g, '$1\n');
}

function treeResponse(request: RestRequest, repo: Repo, sha: string, recursive: boolean) {
  const entries: Array<Record<string, unknown>> = [];
  const walk = (treeSha: string, prefix: string) => {
    for (const entry of repo.git.getTree(treeSha)!.entries) {
      const path = prefix ? `${prefix}/${entry.name}` : entry.name;
      entries.push(request.views.treeEntry(repo, entry, path));
      if (recursive && entry.type === 'tree') walk(entry.sha, path);
    }
  };
  walk(sha, '');
  return { sha, url: `${request.state.urls.api}/repos/${repo.fullName}/git/trees/${sha}`, tree: entries, truncated: false };
}

interface TreeInputEntry {
  path?: string;
  mode?: TreeMode;
  type?: 'blob' | 'tree' | 'commit';
  sha?: string | null;
  content?: string;
}

interface CommitInput {
  message: string;
  tree: string;
  parents?: string[];
  author?: { name: string; email: string; date?: string };
  committer?: { name: string; email: string; date?: string };
}

export const gitRoutes: RestRoute[] = [
  {
    operationId: 'git/get-ref',
    handler: (request) => {
      const repo = repoFor(request, 'read');
      const ref = qualify(stringParam(request.params, 'ref'));
      const sha = repo.git.refs.get(ref);
      if (!sha) throw notFound();
      return { status: 200, body: request.views.gitRef(repo, ref, sha) };
    },
  },
  {
    operationId: 'git/create-ref',
    handler: (request) => {
      const repo = repoFor(request, 'write');
      const { ref, sha } = bodyOf<{ ref: string; sha: string }>(request);
      if (!ref.startsWith('refs/') || ref.split('/').length < 3) {
        throw unprocessable("Reference name must start with 'refs/' and have at least two slashes.");
      }
      if (repo.git.refs.has(ref)) throw unprocessable('Reference already exists');
      if (!repo.git.getCommit(sha)) throw unprocessable('Object does not exist');
      if (ref.startsWith('refs/heads/')) request.state.moveBranch(repo, ref.slice('refs/heads/'.length), sha);
      else repo.git.refs.set(ref, sha);
      return { status: 201, body: request.views.gitRef(repo, ref, sha), headers: { location: `${request.state.urls.api}/repos/${repo.fullName}/git/${ref}` } };
    },
  },
  {
    operationId: 'git/update-ref',
    handler: (request) => {
      const repo = repoFor(request, 'write');
      const ref = qualify(stringParam(request.params, 'ref'));
      const { sha, force } = bodyOf<{ sha: string; force?: boolean }>(request);
      const current = repo.git.refs.get(ref);
      if (!current) throw unprocessable('Reference does not exist');
      if (!repo.git.getCommit(sha)) throw unprocessable('Object does not exist');
      if (ref.startsWith('refs/heads/')) {
        const protection = protectionFor(repo.settings, ref.slice('refs/heads/'.length), request.actor.login);
        if (protection) throw refProtectionError(protection);
      }
      if (!force && !repo.git.isAncestor(current, sha)) throw unprocessable('Update is not a fast forward');
      if (ref.startsWith('refs/heads/')) request.state.moveBranch(repo, ref.slice('refs/heads/'.length), sha);
      else repo.git.refs.set(ref, sha);
      return { status: 200, body: request.views.gitRef(repo, ref, sha) };
    },
  },
  {
    operationId: 'git/delete-ref',
    handler: (request) => {
      const repo = repoFor(request, 'write');
      const ref = qualify(stringParam(request.params, 'ref'));
      if (!repo.git.refs.has(ref)) throw unprocessable('Reference does not exist');
      if (ref === `refs/heads/${repo.defaultBranch}`) throw unprocessable('Cannot delete the default branch');
      if (ref.startsWith('refs/heads/')) {
        const protection = protectionFor(repo.settings, ref.slice('refs/heads/'.length), request.actor.login);
        if (protection) throw refProtectionError(protection);
      }
      if (ref.startsWith('refs/heads/')) request.state.deleteBranch(repo, request.actor, ref.slice('refs/heads/'.length));
      else repo.git.refs.delete(ref);
      return { status: 204 };
    },
  },
  {
    operationId: 'git/create-blob',
    handler: (request) => {
      const repo = repoFor(request, 'write');
      const { content, encoding } = bodyOf<{ content: string; encoding?: string }>(request);
      if (encoding !== undefined && encoding !== 'utf-8' && encoding !== 'base64') {
        throw validationFailed([{ resource: 'Blob', code: 'invalid', field: 'encoding' }]);
      }
      const data = encoding === 'base64' ? Buffer.from(content, 'base64') : Buffer.from(content, 'utf8');
      if (repo.settings.pushProtection) {
        const secrets = findSecrets(data);
        if (secrets.length > 0) throw pushProtectionError(secrets);
      }
      const blob = repo.git.writeBlob(data);
      const url = `${request.state.urls.api}/repos/${repo.fullName}/git/blobs/${blob.sha}`;
      return { status: 201, body: { url, sha: blob.sha }, headers: { location: url } };
    },
  },
  {
    operationId: 'git/get-blob',
    handler: (request) => {
      const repo = repoFor(request, 'read');
      const sha = stringParam(request.params, 'file_sha');
      const blob = repo.git.getBlob(sha);
      if (!blob) throw notFound();
      if (/application\/vnd\.github(?:\.v3)?\.raw/.test(request.headers.accept ?? '')) {
        return { status: 200, raw: { contentType: 'application/vnd.github.raw', data: blob.content } };
      }
      return {
        status: 200,
        body: {
          sha,
          node_id: nodeId('B', repo.id, sha),
          size: blob.content.length,
          url: `${request.state.urls.api}/repos/${repo.fullName}/git/blobs/${sha}`,
          content: wrapBase64(blob.content),
          encoding: 'base64',
        },
      };
    },
  },
  {
    operationId: 'git/create-tree',
    handler: (request) => {
      const repo = repoFor(request, 'write');
      const { tree, base_tree: baseTree } = bodyOf<{ tree: TreeInputEntry[]; base_tree?: string }>(request);
      if (baseTree !== undefined && !repo.git.getTree(baseTree)) {
        // GitHub accepts a commit sha as base_tree too, using its tree.
        const commit = repo.git.getCommit(baseTree);
        if (!commit) throw unprocessable('base_tree is not a valid tree oid');
      }
      const base = baseTree === undefined ? undefined : repo.git.getTree(baseTree)?.sha ?? repo.git.getCommit(baseTree)!.tree;
      const changes: TreeChange[] = tree.map((entry, index) => {
        if (entry.path === undefined || entry.path === '') throw validationFailed([{ resource: 'Tree', code: 'missing_field', field: `tree[${index}].path` }]);
        if (entry.content !== undefined && entry.sha !== undefined) {
          throw unprocessable('Must supply either tree.sha or tree.content. Request will be rejected if both are present.');
        }
        if (entry.content !== undefined) {
          return { path: entry.path, mode: entry.mode ?? '100644', type: 'blob', sha: repo.git.writeBlob(entry.content).sha };
        }
        if (entry.sha === null || entry.sha === undefined) {
          if (base === undefined) throw unprocessable(`tree.sha is required to delete ${entry.path} without base_tree`);
          return { path: entry.path, sha: null };
        }
        if (!isSha(entry.sha) || (entry.type !== 'commit' && !repo.git.get(entry.sha))) {
          throw unprocessable(`tree.sha ${entry.sha} is not a valid ${entry.type ?? 'blob'}`);
        }
        return { path: entry.path, sha: entry.sha, ...(entry.mode ? { mode: entry.mode } : {}), ...(entry.type ? { type: entry.type } : {}) };
      });
      const written = repo.git.applyChanges(base, changes);
      const body = treeResponse(request, repo, written.sha, false);
      return { status: 201, body, headers: { location: body.url } };
    },
  },
  {
    operationId: 'git/get-tree',
    handler: (request) => {
      const repo = repoFor(request, 'read');
      const requested = stringParam(request.params, 'tree_sha');
      // GitHub resolves a commit sha or a branch name to its tree here.
      const commitSha = repo.git.getTree(requested) ? undefined : request.state.resolveCommitish(repo, requested);
      const sha = commitSha ? repo.git.getCommit(commitSha)!.tree : requested;
      if (!repo.git.getTree(sha)) throw notFound();
      // "Setting this parameter to any value returns the objects or subtrees referenced by the tree."
      const recursive = request.query.recursive !== undefined;
      return { status: 200, body: treeResponse(request, repo, sha, recursive) };
    },
  },
  {
    operationId: 'git/create-commit',
    handler: (request) => {
      const repo = repoFor(request, 'write');
      const body = bodyOf<CommitInput>(request);
      if (!repo.git.getTree(body.tree)) throw unprocessable('Tree SHA does not exist');
      for (const parent of body.parents ?? []) {
        if (!repo.git.getCommit(parent)) throw unprocessable('Parent SHA does not exist or is not a commit object');
      }
      const now = request.state.now();
      const fallback = request.state.identity(request.actor);
      const identity = (input: CommitInput['author']): GitIdentity | undefined =>
        input ? { name: input.name, email: input.email, date: input.date ?? now } : undefined;
      const author = identity(body.author) ?? fallback;
      const committer = identity(body.committer) ?? author;
      const commit = repo.git.writeCommit({ tree: body.tree, parents: body.parents ?? [], author, committer, message: body.message });
      const json = request.views.gitCommit(repo, commit);
      return { status: 201, body: json, headers: { location: String(json.url) } };
    },
  },
  {
    operationId: 'git/get-commit',
    handler: (request) => {
      const repo = repoFor(request, 'read');
      const commit = repo.git.getCommit(stringParam(request.params, 'commit_sha'));
      if (!commit) throw notFound();
      return { status: 200, body: request.views.gitCommit(repo, commit) };
    },
  },
];
