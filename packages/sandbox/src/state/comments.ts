/** Comments on sandbox issues and pull requests, and reactions. */
import { forbidden, notFound, validationFailed } from '../errors.js';
import { nodeId } from '../ids.js';
import { atLeast, type Account, type Comment, type Issue, type Reaction, type ReactionContent, type Repo } from '../model.js';
import type { SandboxState } from '../state.js';
import { requireBodyLength } from './limits.js';
import { recordMentions } from './notifications.js';
import { addTimelineEvent, recordReferences } from './timeline.js';

/** Comments on an issue (read access), oldest first. */
export function listComments(state: SandboxState, repo: Repo, issue: Issue): Comment[] {
  return issue.commentIds.map((id) => repo.comments.get(id)).filter((c): c is Comment => c !== undefined);
}

/** A comment by id; 404 when absent. */
export function comment(state: SandboxState, repo: Repo, id: number): Comment {
  const comment = repo.comments.get(id);
  if (!comment) throw notFound();
  return comment;
}

/** Comments on an issue as `actor` (read access); 422 for an empty body. */
export function addComment(state: SandboxState, repo: Repo, actor: Account, number: number, body: string): Comment {
  state.requireAccess(repo, actor, state.participationLevel(actor));
  const issue = state.issue(repo, number);
  if (body.trim() === '') throw validationFailed([{ resource: 'IssueComment', code: 'missing_field', field: 'body' }]);
  requireBodyLength('IssueComment', body);
  if (issue.locked && !atLeast(state.permission(repo, actor.login), 'write')) {
    throw forbidden('Unable to create comment because issue is locked.');
  }
  const id = state.ids.next();
  const now = state.now();
  const comment: Comment = {
    id,
    nodeId: nodeId('IC', id),
    issueNumber: number,
    body,
    author: actor.login,
    createdAt: now,
    updatedAt: now,
    lastEditedAt: null,
    reactions: [],
  };
  repo.comments.set(id, comment);
  issue.commentIds.push(id);
  issue.updatedAt = now;
  addTimelineEvent(state, issue, actor, { event: 'commented', commentId: id });
  recordReferences(state, repo, issue, actor, body);
  recordMentions(state, repo, actor, comment);
  return comment;
}

/** Edits a comment: its author, or write access and up (maintainers edit others' comments). */
export function updateComment(state: SandboxState, repo: Repo, actor: Account, id: number, body: string): Comment {
  state.requireAccess(repo, actor, state.participationLevel(actor));
  const comment = state.comment(repo, id);
  requireCommentOwnership(state, repo, actor, comment);
  if (body.trim() === '') throw validationFailed([{ resource: 'IssueComment', code: 'missing_field', field: 'body' }]);
  requireBodyLength('IssueComment', body);
  const now = state.now();
  const previous = comment.body;
  comment.body = body;
  comment.updatedAt = now;
  comment.lastEditedAt = now;
  const issue = state.issue(repo, comment.issueNumber);
  issue.updatedAt = now;
  recordReferences(state, repo, issue, actor, body);
  // An edit notifies only the mentions it adds.
  recordMentions(state, repo, actor, comment, previous);
  return comment;
}

/** Deletes a comment: its author, or write access and up. */
export function deleteComment(state: SandboxState, repo: Repo, actor: Account, id: number): void {
  state.requireAccess(repo, actor, state.participationLevel(actor));
  const comment = state.comment(repo, id);
  requireCommentOwnership(state, repo, actor, comment);
  repo.comments.delete(id);
  const issue = state.issue(repo, comment.issueNumber);
  issue.commentIds = issue.commentIds.filter((c) => c !== id);
  // GitHub drops a deleted comment from the timeline too.
  issue.timeline = issue.timeline.filter((e) => !(e.event === 'commented' && e.commentId === id));
  issue.updatedAt = state.now();
}

export function requireCommentOwnership(state: SandboxState, repo: Repo, actor: Account, comment: Comment): void {
  if (comment.author.toLowerCase() === actor.login.toLowerCase()) return;
  if (atLeast(state.permission(repo, actor.login), 'write')) return;
  throw actor.type === 'Bot' ? forbidden('Resource not accessible by integration') : forbidden('Must have admin rights to Repository.');
}

/**
 * Reacts to a comment or an issue (read access). Returns the reaction and whether it is new:
 * GitHub answers 201 for a new one and 200 with the existing one for a repeat.
 */
export function addReaction(
  state: SandboxState,
  repo: Repo,
  actor: Account,
  target: { commentId: number } | { issueNumber: number },
  content: ReactionContent,
): { reaction: Reaction; created: boolean } {
  state.requireAccess(repo, actor, state.participationLevel(actor));
  const holder = 'commentId' in target ? state.comment(repo, target.commentId) : state.issue(repo, target.issueNumber);
  const existing = holder.reactions.find((r) => r.user === actor.login && r.content === content);
  if (existing) return { reaction: existing, created: false };
  const id = state.ids.next();
  const reaction: Reaction = { id, nodeId: nodeId('REA', id), user: actor.login, content, createdAt: state.now() };
  holder.reactions.push(reaction);
  return { reaction, created: true };
}

/** Removes `actor`'s reaction of this content (read access); returns whether one existed. */
export function removeReaction(state: SandboxState, repo: Repo, actor: Account, target: { commentId: number } | { issueNumber: number }, content: ReactionContent): boolean {
  state.requireAccess(repo, actor, state.participationLevel(actor));
  const holder = 'commentId' in target ? state.comment(repo, target.commentId) : state.issue(repo, target.issueNumber);
  const before = holder.reactions.length;
  holder.reactions = holder.reactions.filter((r) => !(r.user === actor.login && r.content === content));
  return holder.reactions.length !== before;
}
