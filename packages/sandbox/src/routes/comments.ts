/** Issue comments and their reactions. */
import type { ReactionContent } from '../model.js';
import { bodyOf, intParam, paginate, repoFor, type RestRoute } from '../rest/context.js';

export const commentRoutes: RestRoute[] = [
  {
    operationId: 'issues/list-comments',
    handler: (request) => {
      const repo = repoFor(request, 'read');
      const issue = request.state.issue(repo, intParam(request.params, 'issue_number'));
      const since = typeof request.query.since === 'string' ? Date.parse(request.query.since) : undefined;
      const comments = request.state
        .listComments(repo, issue)
        .filter((c) => since === undefined || Date.parse(c.updatedAt) >= since);
      return paginate(request, comments, (comment) => request.views.comment(repo, comment));
    },
  },
  {
    operationId: 'issues/create-comment',
    handler: (request) => {
      const repo = repoFor(request, 'read');
      const { body } = bodyOf<{ body: string }>(request);
      const comment = request.state.addComment(repo, request.actor, intParam(request.params, 'issue_number'), body);
      const json = request.views.comment(repo, comment);
      return { status: 201, body: json, headers: { location: String(json.url) } };
    },
  },
  {
    operationId: 'issues/get-comment',
    handler: (request) => {
      const repo = repoFor(request, 'read');
      return { status: 200, body: request.views.comment(repo, request.state.comment(repo, intParam(request.params, 'comment_id'))) };
    },
  },
  {
    operationId: 'issues/update-comment',
    handler: (request) => {
      const repo = repoFor(request, 'read');
      const { body } = bodyOf<{ body: string }>(request);
      const comment = request.state.updateComment(repo, request.actor, intParam(request.params, 'comment_id'), body);
      return { status: 200, body: request.views.comment(repo, comment) };
    },
  },
  {
    operationId: 'issues/delete-comment',
    handler: (request) => {
      const repo = repoFor(request, 'read');
      request.state.deleteComment(repo, request.actor, intParam(request.params, 'comment_id'));
      return { status: 204 };
    },
  },
  {
    operationId: 'reactions/list-for-issue-comment',
    handler: (request) => {
      const repo = repoFor(request, 'read');
      const comment = request.state.comment(repo, intParam(request.params, 'comment_id'));
      const content = typeof request.query.content === 'string' ? request.query.content : undefined;
      const reactions = comment.reactions.filter((r) => content === undefined || r.content === content);
      return paginate(request, reactions, (reaction) => request.views.reaction(reaction));
    },
  },
  {
    operationId: 'reactions/create-for-issue-comment',
    handler: (request) => {
      const repo = repoFor(request, 'read');
      const { content } = bodyOf<{ content: ReactionContent }>(request);
      const { reaction, created } = request.state.addReaction(repo, request.actor, { commentId: intParam(request.params, 'comment_id') }, content);
      // GitHub answers 201 for a new reaction and 200 with the existing one for a repeat.
      return { status: created ? 201 : 200, body: request.views.reaction(reaction) };
    },
  },
];
