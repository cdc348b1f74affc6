/**
 * The contents API: read a file or directory at a ref, and create, update or delete a file with
 * GitHub's compare-and-swap on the file's blob sha.
 */
import { GitHubError, conflict, invalidRequest, notFound } from '../errors.js';
import type { GitIdentity } from '../git.js';
import type { Repo } from '../model.js';
import { bodyOf, repoFor, stringParam, type RestRequest, type RestRoute } from '../rest/context.js';
import { CONTENTS_INLINE_LIMIT, contentsProtectionError, findSecrets, protectionFor, pushProtectionError } from '../rules.js';

interface IdentityInput {
  name: string;
  email: string;
  date?: string;
}

interface FileWriteBody {
  message: string;
  content?: string;
  sha?: string;
  branch?: string;
  committer?: IdentityInput;
  author?: IdentityInput;
}

const BASE64 = /^[A-Za-z0-9+/\r\n]*={0,2}[\r\n]*$/;

/** True when the client asked for the raw file (`application/vnd.github.raw`, `.v3.raw`). */
function wantsRaw(request: RestRequest): boolean {
  const accept = request.headers.accept ?? '';
  return /application\/vnd\.github(?:\.v3)?\.raw/.test(accept);
}

function resolveRef(request: RestRequest, repo: Repo): { ref: string; sha: string } {
  const ref = typeof request.query.ref === 'string' && request.query.ref !== '' ? request.query.ref : repo.defaultBranch;
  const sha = request.state.resolveCommitish(repo, ref);
  if (!sha) throw notFound(`No commit found for the ref ${ref}`);
  return { ref, sha };
}

function identityFrom(input: IdentityInput | undefined, now: string): GitIdentity | undefined {
  return input ? { name: input.name, email: input.email, date: input.date ?? now } : undefined;
}

function fileCommitBody(request: RestRequest, repo: Repo, path: string, branch: string, commitSha: string, deleted: boolean) {
  const commit = repo.git.getCommit(commitSha)!;
  const gitCommit = request.views.gitCommit(repo, commit);
  let content: unknown = null;
  if (!deleted) {
    const file = request.state.readFile(repo, path, commitSha)!;
    const view = request.views.contentFile(repo, path, file.sha, file.content, branch);
    // The write answer describes the file without its content.
    const { content: _content, encoding: _encoding, ...rest } = view;
    content = rest;
  }
  return { content, commit: gitCommit };
}

export const contentRoutes: RestRoute[] = [
  {
    operationId: 'repos/get-content',
    handler: (request) => {
      const repo = repoFor(request, 'read');
      const path = stringParam(request.params, 'path').replace(/^\/+|\/+$/g, '');
      const { ref, sha } = resolveRef(request, repo);
      const tree = repo.git.getCommit(sha)!.tree;
      const entry = repo.git.lookup(tree, path);
      if (!entry) throw notFound();
      if (entry.type === 'tree') {
        const listing = repo.git.getTree(entry.sha)!.entries.map((child) =>
          request.views.contentEntry(repo, path === '' ? child.name : `${path}/${child.name}`, child, ref),
        );
        return { status: 200, body: listing };
      }
      if (entry.type !== 'blob') return { status: 200, body: request.views.contentEntry(repo, path, entry, ref) };
      const blob = repo.git.getBlob(entry.sha)!;
      if (wantsRaw(request)) return { status: 200, raw: { contentType: 'application/vnd.github.raw', data: blob.content } };
      const view = request.views.contentFile(repo, path, blob.sha, blob.content, ref);
      // From 1 MB the JSON answer carries no content (GITHUB-RULES.md row 7): read it raw or as a git blob.
      if (blob.content.length >= CONTENTS_INLINE_LIMIT) return { status: 200, body: { ...view, content: '', encoding: 'none' } };
      return { status: 200, body: view };
    },
  },
  {
    operationId: 'repos/create-or-update-file-contents',
    handler: (request) => {
      const repo = repoFor(request, 'write');
      const path = stringParam(request.params, 'path').replace(/^\/+|\/+$/g, '');
      const body = bodyOf<FileWriteBody>(request);
      const branch = body.branch ?? repo.defaultBranch;
      const head = repo.git.refs.get(`refs/heads/${branch}`);
      if (!head) throw notFound(`Branch ${branch} not found`);
      const content = body.content ?? '';
      if (!BASE64.test(content)) throw invalidRequest('content is not valid Base64');
      const existing = request.state.readFile(repo, path, head);
      const protection = protectionFor(repo.settings, branch, request.actor.login);
      if (protection) throw contentsProtectionError(protection, existing ? 'update' : 'create');
      if (repo.settings.pushProtection) {
        const secrets = findSecrets(Buffer.from(content, 'base64'));
        if (secrets.length > 0) throw pushProtectionError(secrets);
      }
      // Compare-and-swap on the blob sha, as GitHub does: an update must name the sha it replaces.
      if (existing && body.sha === undefined) throw invalidRequest(`"sha" wasn't supplied.`);
      if (body.sha !== undefined && existing?.sha !== body.sha) throw conflict(`${path} does not match ${body.sha}`);
      if (!existing && repo.git.lookup(repo.git.getCommit(head)!.tree, path)) {
        throw new GitHubError(422, 'Invalid request.\n\npath is a directory or a submodule.');
      }
      request.inFlight?.();
      const now = request.state.now();
      const author = identityFrom(body.author ?? body.committer, now);
      const committer = identityFrom(body.committer ?? body.author, now);
      const commit = request.state.commitFiles(repo, request.actor, {
        branch,
        message: body.message,
        files: [{ path, content: Buffer.from(content, 'base64') }],
        expectedHead: head,
        ...(author ? { author } : {}),
        ...(committer ? { committer } : {}),
      });
      return { status: existing ? 200 : 201, body: fileCommitBody(request, repo, path, branch, commit.sha, false) };
    },
  },
  {
    operationId: 'repos/delete-file',
    handler: (request) => {
      const repo = repoFor(request, 'write');
      const path = stringParam(request.params, 'path').replace(/^\/+|\/+$/g, '');
      const body = bodyOf<FileWriteBody & { sha: string }>(request);
      const branch = body.branch ?? repo.defaultBranch;
      const head = repo.git.refs.get(`refs/heads/${branch}`);
      if (!head) throw notFound(`Branch ${branch} not found`);
      const existing = request.state.readFile(repo, path, head);
      if (!existing) throw notFound();
      if (existing.sha !== body.sha) throw conflict(`${path} does not match ${body.sha}`);
      const protection = protectionFor(repo.settings, branch, request.actor.login);
      if (protection) throw contentsProtectionError(protection, 'delete');
      request.inFlight?.();
      const now = request.state.now();
      const author = identityFrom(body.author ?? body.committer, now);
      const commit = request.state.commitFiles(repo, request.actor, {
        branch,
        message: body.message,
        files: [{ path, content: null }],
        expectedHead: head,
        ...(author ? { author, committer: author } : {}),
      });
      return { status: 200, body: fileCommitBody(request, repo, path, branch, commit.sha, true) };
    },
  },
];
