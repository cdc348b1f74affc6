/**
 * `repository_dispatch` / `sitrep-alert` (SPEC 4.6): an alert group forwarded by `sitrep relay`
 * (or dispatched directly) declares an incident, or is logged on the incident it belongs to.
 *
 * Everything that changes an incident goes through the one applier (`applyDeclaration`,
 * `applyEvent`); this handler only finds the incident, through the alert index (a git ref per
 * group key, see src/github/alert-index.ts), and opens the issue a new incident needs.
 */
import * as core from '@actions/core';
import { alertDeclaration, readAlertPayload, ALERT_EVENT_TYPE, type AlertPayload } from '../core/alert.js';
import { CARD_MARKER, hasMarker } from '../core/markers.js';
import type { ChangeContext } from '../core/change.js';
import { loadConfig } from '../core/config.js';
import { declareFromAlert } from '../core/declare.js';
import { incidentId, type IncidentRecord } from '../core/incident.js';
import { isActive } from '../core/lifecycle.js';
import { inlineUserText } from '../core/sanitize.js';
import { AlertIndex, alertIndexBranch, CLAIM_TIMEOUT_MS, type AlertIndexEntry } from '../github/alert-index.js';
import { applyDeclaration, applyEvent } from './applier.js';
import { changeContext, load, note, type EventRun, type Loaded } from './run.js';

/** The `repository_dispatch` webhook payload, as much as sitrep reads of it. */
export interface RepositoryDispatchPayload {
  action?: string;
  client_payload?: unknown;
  sender?: { login?: string };
}

/** How long a run waits, in all, for a concurrent run to finish declaring the group's incident. */
const CLAIM_WAIT_MS = 40_000;

/** Claims lost in a row before the run stops: far more than concurrent deliveries of one group. */
const MAX_CLAIM_ATTEMPTS = 10;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Handles one `sitrep-alert` dispatch. A payload that does not match the schema fails the run, naming the field. */
export async function handleAlertEvent(run: EventRun, event: RepositoryDispatchPayload): Promise<void> {
  if (event.action !== ALERT_EVENT_TYPE) return note(run, `repository_dispatch "${inlineUserText(String(event.action))}" is not ${ALERT_EVENT_TYPE}; nothing to do`);
  const read = readAlertPayload(event.client_payload);
  if ('problems' in read) {
    const raw = event.client_payload as { key?: unknown } | null | undefined;
    const key = typeof raw?.key === 'string' ? `"${inlineUserText(raw.key.slice(0, 200))}"` : '(no key)';
    for (const problem of read.problems) core.error(`${ALERT_EVENT_TYPE} payload ${problem.message}`);
    const message = `the ${ALERT_EVENT_TYPE} payload for alert group ${key} is not valid, so nothing was declared: ${read.problems.map((p) => inlineUserText(p.message)).join('; ')}. See schemas/alert.schema.json; re-run this workflow once the sender is fixed.`;
    run.result.error(`**Error:** ${message}`, { log: message });
    return;
  }
  const payload = read.payload;
  core.startGroup(`alert group ${payload.key}`);
  try {
    await routeAlert(run, payload);
  } catch (error) {
    // Name the group, so the failed run says which delivery to send again (re-running it does).
    run.result.notes.push(`alert group "${inlineUserText(payload.key)}" (${payload.source}, ${payload.status}) was not fully handled; re-run this workflow to deliver it again`);
    throw error;
  } finally {
    core.endGroup();
  }
}

/**
 * Finds the group's incident through the index and delivers the payload to it, or claims the
 * group and declares a new incident. A claim held by a concurrent run is waited for; a claim or
 * move lost to a concurrent run is re-read: the loop ends with exactly one incident per group.
 */
async function routeAlert(run: EventRun, payload: AlertPayload): Promise<void> {
  const index = new AlertIndex(run.repo);
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    const entry = await index.read(payload.key);
    if (entry?.incident) {
      if ((await deliver(run, entry.incident, payload, started)) === 'delivered') return;
      // Its incident is over: a firing group starts a new one, from this very commit.
    } else if (entry && run.repo.now - entry.at < CLAIM_TIMEOUT_MS) {
      // Another run is opening the group's issue: wait for the number it records.
      await waitForConcurrentRun(started, attempt, payload);
      continue;
    }
    if (payload.status === 'resolved') {
      return note(run, `no active incident for alert group "${inlineUserText(payload.key)}"; a resolved group declares nothing`);
    }
    if (run.repo.dryRun) return note(run, `[dry-run] would open an issue and declare an incident for alert group "${inlineUserText(payload.key)}"`);
    const claim = await index.claim(payload.key, entry);
    if (!claim) {
      // Lost to a concurrent run, which moved the ref: read it again. A refusal every time is not a race.
      if (attempt >= MAX_CLAIM_ATTEMPTS) {
        throw new Error(`GitHub refused to create or move ${alertIndexBranch(payload.key)} ${attempt} times; is creating sitrep/alerts/* branches restricted by a ruleset or branch protection?`);
      }
      core.info(`a concurrent run claimed alert group ${inlineUserText(payload.key)} first; reading the index again`);
      await sleep(100 * attempt);
      continue;
    }
    return declareNew(run, index, claim, payload);
  }
}

/** Opens the group's issue, records it in the index at once (so waiting runs find it), and declares it. */
async function declareNew(run: EventRun, index: AlertIndex, claim: AlertIndexEntry, payload: AlertPayload): Promise<void> {
  const configFile = await run.repo.readFile(run.configPath);
  const config = loadConfig(configFile?.text ?? null, run.configPath);
  const declared = alertDeclaration(payload, config);
  const issue = await run.repo.openIssue({ title: declared.title, body: declared.body, labels: [config.label] });
  await index.record(payload.key, claim, issue.number);
  note(run, `opened #${issue.number} for alert group "${inlineUserText(payload.key)}"`);
  const loaded = await load(run, issue.number);
  if (!(await declareOnIssue(run, loaded, payload))) await deliverToRecord(run, loaded, payload);
}

/**
 * Declares the group's incident on its issue (compare-and-swap on "no file yet"). Returns false
 * when another run declared it first; `loaded` then holds that run's record.
 */
async function declareOnIssue(run: EventRun, loaded: Loaded, payload: AlertPayload): Promise<boolean> {
  const issue = loaded.context.issue;
  if (!issue) throw new Error(`the issue of ${loaded.path} does not exist`);
  const declaration = declareFromAlert(
    { number: issue.number, url: issue.url, createdAt: issue.createdAt, author: issue.author },
    // The record's title is the issue's, even when a later delivery would name the group differently.
    { ...alertDeclaration(payload, loaded.config), title: issue.title },
    payload,
    loaded.config,
    run.repo.now,
  );
  if ((await applyDeclaration(run, loaded, declaration)).declared) {
    run.result.notes.push(`${declaration.record.id} declared from an alert: ${declaration.record.severity}, ${declaration.record.status}`);
    return true;
  }
  note(run, `${declaration.record.id} was declared by a concurrent run; adding this delivery to it`);
  return false;
}

/**
 * Delivers a payload to the incident the index names. An issue opened moments ago may still be
 * being declared by the run that opened it (file, labels, card): wait until its card is posted, so
 * two runs never project the same new incident at once. An issue left undeclared for longer than
 * a claim lives belongs to a run that died: declare it here.
 * Returns `over` when a firing group's incident is closed, declined, or resolved longer ago than
 * `alerts.reopen_within`, so a new incident is due.
 */
async function deliver(run: EventRun, number: number, payload: AlertPayload, started: number): Promise<'delivered' | 'over'> {
  for (let attempt = 1; ; attempt++) {
    const loaded = await load(run, number);
    const issue = loaded.context.issue;
    if (!issue) throw new Error(`the alert index names #${number} for alert group "${inlineUserText(payload.key)}", but that issue does not exist`);
    const settled = loaded.record && issue.comments.some((c) => c.byBot && hasMarker(c.body, CARD_MARKER));
    const young = run.repo.now - Date.parse(issue.createdAt) < CLAIM_TIMEOUT_MS;
    if (!settled && young) {
      await waitForConcurrentRun(started, attempt, payload);
      continue;
    }
    if (!loaded.record) {
      if (payload.status === 'resolved') {
        note(run, `${incidentId(number)} is not declared; a resolved group declares nothing`);
        return 'delivered';
      }
      if (await declareOnIssue(run, loaded, payload)) return 'delivered';
    }
    return deliverToRecord(run, loaded, payload);
  }
}

/** Plans the delivery as an `alert` event on the incident's record and posts the one comment it calls for. */
async function deliverToRecord(run: EventRun, loaded: Loaded, payload: AlertPayload): Promise<'delivered' | 'over'> {
  const record = loaded.record;
  if (!record) throw new Error(`${loaded.path} cannot be read`);
  if (record.alert?.key !== undefined && record.alert.key !== payload.key) {
    core.warning(`${record.id} records alert group "${record.alert.key}", not "${payload.key}"; the alert index names it, so the delivery goes to it`);
  }
  if (payload.status === 'firing' && isOver(record, loaded, run.repo.now)) {
    note(run, `${record.id} is ${record.status}; alert group "${inlineUserText(payload.key)}" fires again, so a new incident is declared`);
    return 'over';
  }
  // The plan carries the one comment the delivery calls for; the applier posts it.
  await applyEvent(run, loaded, { type: 'alert', payload }, alertContext(run, loaded));
  return 'delivered';
}

/** Waits a little for a concurrent run declaring the group's incident; gives up after {@link CLAIM_WAIT_MS}. */
async function waitForConcurrentRun(started: number, attempt: number, payload: AlertPayload): Promise<void> {
  if (Date.now() - started > CLAIM_WAIT_MS) {
    throw new Error(`another run has been declaring the incident for alert group "${inlineUserText(payload.key)}" (${alertIndexBranch(payload.key)}) for too long; re-run this workflow`);
  }
  await sleep(Math.min(2_000, 200 * attempt));
}

/** Closed, declined, or resolved longer ago than `alerts.reopen_within`: a firing group needs a new incident. */
function isOver(record: IncidentRecord, loaded: Loaded, now: number): boolean {
  if (isActive(record.status)) return false;
  if (record.status !== 'resolved' || !record.resolved_at) return true;
  return now - Date.parse(record.resolved_at) > loaded.config.alerts.reopenWithin;
}

/**
 * Changes made for an alert are the bot's own: it is the actor and counts as the reporter, so it
 * never acknowledges an incident. The Log links the workflow run that received the dispatch.
 */
function alertContext(run: EventRun, loaded: Loaded): ChangeContext {
  const actor = loaded.context.botLogin;
  const { ref: _issueUrl, ...ctx } = changeContext(run, loaded, actor, '');
  const runUrl = run.env.runId ? `${run.env.serverUrl}/${run.repo.owner}/${run.repo.repo}/actions/runs/${run.env.runId}` : undefined;
  return { ...ctx, reporter: actor, ...(runUrl ? { ref: runUrl } : {}) };
}
