/**
 * Who a comment notifies through its @mentions (GITHUB-RULES.md row 8): a mentioned user who can
 * read the repository, and the members of a mentioned team, except that a team mention by a bot
 * whose token cannot read organization members (the Actions bot) stays plain text and notifies nobody.
 */
import { SandboxUsageError } from '../errors.js';
import { atLeast, type Account, type Comment, type Repo } from '../model.js';
import { mentionsIn, type MentionNotification } from '../rules.js';
import type { SandboxState } from '../state.js';

/** An organization's team: `acme/oncall` and its members' logins. */
export interface Team {
  org: string;
  slug: string;
  members: string[];
}

/** Adds a team to an organization (the organization account is created when missing). */
export function addTeam(state: SandboxState, fullName: string, members: string[]): Team {
  const [org, slug, ...rest] = fullName.split('/');
  if (!org || !slug || rest.length > 0) throw new SandboxUsageError(`a team is org/slug, got ${fullName}`);
  if (!state.findAccount(org)) state.addAccount(org, { type: 'Organization' });
  const team: Team = { org, slug, members: members.map((login) => state.account(login).login) };
  state.teams.set(fullName.toLowerCase(), team);
  return team;
}

/** Records who a new comment (or the mentions an edit added) would notify. */
export function recordMentions(state: SandboxState, repo: Repo, author: Account, comment: Comment, previousBody?: string): MentionNotification {
  const now = mentionsIn(comment.body);
  const before = previousBody === undefined ? { users: [], teams: [] } : mentionsIn(previousBody);
  const users = now.users.filter((u) => !before.users.includes(u) && state.findAccount(u)?.type === 'User').map((u) => state.account(u).login);
  const teams = now.teams.filter((t) => !before.teams.includes(t));
  const canRead = (login: string) => atLeast(state.permission(repo, login), 'read');
  const notified = new Set<string>(users.filter(canRead));
  const unexpanded: MentionNotification['unexpanded'] = [];
  for (const name of teams) {
    const team = state.teams.get(name);
    if (!team) unexpanded.push({ team: name, reason: 'no such team' });
    else if (author.type === 'Bot' && !author.readsMembers) unexpanded.push({ team: name, reason: `${author.login} cannot read organization members` });
    else for (const member of team.members) if (canRead(member)) notified.add(member);
  }
  notified.delete(author.login);
  const record: MentionNotification = {
    repo: repo.fullName,
    issueNumber: comment.issueNumber,
    commentId: comment.id,
    author: author.login,
    users,
    teams,
    notified: [...notified],
    unexpanded,
  };
  state.notifications.push(record);
  return record;
}
