import * as core from '@actions/core';
import { roleHolders } from '../core/incident.js';
import type { IncidentDocument } from '../core/incident-file.js';
import { postmortemPath, type PostmortemInput } from '../core/postmortem/input.js';
import { pullRequestTitle, renderPullRequestBody } from '../core/postmortem/pull-request.js';
import { renderPostmortem } from '../core/postmortem/render.js';
import { BUNDLED_POSTMORTEM_TEMPLATE } from '../core/postmortem-template.generated.js';
import { isBotLogin, sameLogin } from '../core/sanitize.js';
import { changeRepos, suspectWindow, withoutPostmortems } from '../core/suspect-changes.js';
import { POSTMORTEM_BRANCH_PREFIX } from '../core/timeline.js';
import { commitWithRetry } from '../github/commit.js';
import { GitHubAPIError } from '../github/errors.js';
import { NoCommitsError, type BranchFile } from '../github/pulls.js';
import { load, note, type EventRun, type Loaded } from './run.js';

/** The postmortem pull request a build opened or updated, and the incident as it read it. */
export interface PostmortemOpened {
  pull: { url: string; number: number };
  loaded: Loaded;
}

/** Where a repository keeps its own postmortem template. */
export const TEMPLATE_PATH = '.github/sitrep/postmortem.md';

/** The branch an incident's postmortem is proposed on. */
export function postmortemBranch(id: string): string {
  return `${POSTMORTEM_BRANCH_PREFIX}${id}`;
}

/**
 * Builds (or rebuilds) the postmortem pull request of an incident (SPEC 4.4): reads the whole
 * issue timeline and the pull requests merged in the impact window (one GraphQL request when
 * every repository is readable), renders `postmortems/INC-<n>.md` on branch `sitrep/postmortem/INC-<n>`
 * (rewriting only the generated regions of a file already there), opens or updates the pull
 * request, requests review from the role holders, and records the pull request in the run's
 * outputs. Returns the pull request and the incident it read, for the applier to plan
 * `postmortem-opened` (the record links the pull request); undefined when there is none to link.
 */
export async function buildPostmortem(run: EventRun, issueNumber: number, actor: string): Promise<PostmortemOpened | undefined> {
  const loaded = await load(run, issueNumber);
  const { record, config, context } = loaded;
  if (!record || !context.file) {
    note(run, `INC-${issueNumber} has no incident file; declare it before building its postmortem`);
    return undefined;
  }
  const fullName = `${run.repo.owner}/${run.repo.repo}`;
  const incident: IncidentDocument = { record, log: loaded.log, text: context.file.text };
  const pulls = run.repo.pulls;
  const branch = postmortemBranch(record.id);
  const path = postmortemPath(config, record.id);
  const base = context.defaultBranch;

  const timeline = await run.repo.issueTimeline(issueNumber);
  core.info(`${record.id}: read ${timeline.events.length} timeline items in ${timeline.pages} GraphQL page(s)`);
  const window = suspectWindow(record, config, run.repo.now);
  const changes = await run.repo.mergedPullRequests(changeRepos(record, config, fullName), window.from, window.to);
  core.info(`${record.id}: listed the changes merged ${window.from} → ${window.to} in ${changes.results.length} repositories in ${changes.requests} GraphQL request(s)`);
  const state = await pulls.readState({ base, branch, path, templatePath: TEMPLATE_PATH });
  const input: PostmortemInput = {
    incident,
    timeline: timeline.events,
    template: state.template ?? BUNDLED_POSTMORTEM_TEMPLATE,
    config,
    now: run.repo.now,
    changes: withoutPostmortems(changes.results),
  };
  const open = state.open;
  if (!state.branchSha) {
    if (!state.baseSha) throw new GitHubAPIError(`read branch ${base}`, 404, `the default branch ${base} has no commits to start ${branch} from`);
    await pulls.createBranch(branch, state.baseSha);
  }
  const first = await writeFile(run, { ...input, ...(open ? { pullRequestUrl: open.url } : {}) }, { path, branch, actor, current: state.file });

  const fileUrl = `${run.repo.serverUrl}/${fullName}/blob/${branch}/${path}`;
  const title = pullRequestTitle(record);
  const body = renderPullRequestBody(input, { path, fileUrl });
  let outcome;
  try {
    outcome = await pulls.openOrUpdate({ branch, base, title, body, open: open ?? null });
  } catch (error) {
    // Nothing to propose: the postmortem on the default branch already says all this.
    if (error instanceof NoCommitsError && !first.changed) {
      note(run, `${record.id}: the postmortem ${path} on ${base} is up to date; no pull request needed`);
      return undefined;
    }
    throw error;
  }
  const pull = outcome.pull;
  if (run.repo.dryRun || !pull.url) {
    note(run, `${record.id}: [dry-run] would ${open ? 'update' : 'open'} the postmortem pull request "${title}"`);
    return undefined;
  }
  if (outcome.created) await writeFile(run, { ...input, pullRequestUrl: pull.url }, { path, branch, actor, current: first.file });

  if (config.reviewersFromRoles) {
    // The pull request's author (the bot) cannot be asked to review its own pull request.
    const reviewers = roleHolders(record.roles).filter((login) => !sameLogin(login, timeline.viewer) && !sameLogin(login, pull.author) && !isBotLogin(login));
    const { requested, problems } = await pulls.requestReviewers(pull, reviewers);
    if (requested.length) core.info(`${record.id}: review requested from ${requested.map((l) => `@${l}`).join(', ')}`);
    for (const problem of problems) {
      const who = problem.logins.map((l) => `@${l}`).join(', ');
      core.warning(`${record.id}: GitHub refused to request review from ${who} on ${pull.url}: ${problem.message}`);
      note(run, `${record.id}: could not request review from ${who} (${problem.message}); they may not be collaborators of ${fullName}`);
    }
  }

  run.result.postmortemPr = pull.url;
  run.result.incident = record.id;
  note(run, `${record.id}: postmortem ${outcome.created ? 'opened' : first.changed ? 'updated' : 'unchanged'}: ${pull.url}`);
  return { pull: { url: pull.url, number: pull.number }, loaded };
}

/**
 * Renders the postmortem over what is on the branch (`current`, as last read) and commits it when
 * it changed, compare-and-swap on the file's blob sha: a concurrent edit is re-read and kept.
 */
async function writeFile(
  run: EventRun,
  input: PostmortemInput,
  target: { path: string; branch: string; actor: string; current: BranchFile | null },
): Promise<{ changed: boolean; file: BranchFile | null }> {
  const { path, branch, actor } = target;
  return commitWithRetry(`${path} on ${branch}`, async (attempt) => {
    const current = attempt === 1 ? target.current : await run.repo.readFile(path, branch);
    const text = renderPostmortem({ ...input, ...(current ? { existing: current.text } : {}) });
    if (current?.text === text) return { changed: false, file: current };
    const sha = await run.repo.commitFile({
      path,
      text,
      sha: current?.sha ?? null,
      message: `${input.incident.record.id}: ${current ? 'rebuild' : 'draft'} the postmortem (requested by @${actor})`,
      branch,
    });
    return { changed: true, file: sha ? { text, sha } : null };
  });
}
