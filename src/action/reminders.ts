/**
 * Posting reminders (SPEC 4.3), shared by the scheduled sweep and by every event run on an
 * incident's issue: the post, the duplicate check that makes a race between two runs end with one
 * comment, and the notification of the channels.
 */
import * as core from '@actions/core';
import type { Config } from '../core/config.js';
import type { IncidentRecord } from '../core/incident.js';
import { dueRemindersFor, earliestDue, earlierReminder, postedReminderKeys, readReminderKeys, renderReminder, type Reminder, type ReminderOrigin } from '../core/reminders.js';
import { formatTimestamp } from '../core/time.js';
import type { IncidentRepository } from '../github/incidents.js';
import { readMarkersSince } from '../github/sweep.js';
import { planNotifications } from '../notify/index.js';
import type { RunEnvironment } from './environment.js';
import type { EventRun, Loaded } from './incident-writer.js';
import type { RunResult } from './result.js';
import { sendNotifications } from './send-notifications.js';

/** What posting a reminder needs of the run. */
export interface ReminderRun {
  repo: IncidentRepository;
  result: RunResult;
  /** The runner's environment, where notification channels find their URLs. */
  env?: RunEnvironment;
}

/**
 * How far before the decision a competing run's reminder may have been created without the
 * decision seeing it (clock skew and the time between the read and the post).
 */
const RACE_WINDOW_MS = 10 * 60_000;

/**
 * Posts an incident's due reminders and keeps each only when no other run posted it first:
 * after posting, the bot's comments on the issue written since the decision are read once (one
 * REST request per 100 comments, for all of the issue's reminders), and a reminder that an
 * earlier comment already settles is deleted, not counted and not notified. Returns the
 * reminders that stayed. Nothing is read when there is nothing to post, nor in a dry run.
 */
export async function postReminders(
  run: ReminderRun,
  input: {
    number: number;
    reminders: readonly Reminder[];
    /** When the run read what it decided on (milliseconds). */
    decidedAt: number;
    botLogin: string;
    origin: ReminderOrigin;
    /** The channels to tell, with the record the reminders are about; follow-up reminders tell none. */
    notify?: { config: Config; record: IncidentRecord; now: number };
  },
): Promise<Reminder[]> {
  const { repo, result } = run;
  if (!input.reminders.length) return [];
  const posted: { reminder: Reminder; id: number }[] = [];
  for (const reminder of input.reminders) posted.push({ reminder, id: await repo.comment(input.number, renderReminder(reminder, input.origin)) });
  let own: Awaited<ReturnType<IncidentRepository['ownCommentsSince']>> = [];
  if (!repo.dryRun) {
    // Any competing comment was created after its own due time and after this run's read.
    const since = Math.max(earliestDue(input.reminders) ?? 0, input.decidedAt - RACE_WINDOW_MS);
    try {
      own = await repo.ownCommentsSince(input.number, since, input.botLogin);
    } catch (error) {
      // Unchecked, the reminders stay and are announced: a rare second copy beats a silent loss.
      result.errors++;
      const message = `#${input.number}: could not check for a reminder another run posted first: ${error instanceof Error ? error.message : String(error)}`;
      core.error(message);
      result.notes.push(message);
    }
  }
  const kept: Reminder[] = [];
  for (const { reminder, id } of posted) {
    const first = earlierReminder(own, id, readReminderKeys(renderReminder(reminder)));
    if (first) {
      await repo.deleteComment(id);
      core.info(`${reminder.kind} reminder (due ${reminder.due}) was posted first by another run (comment ${first.id}); removed this run's copy`);
      continue;
    }
    if (reminder.kind === 'escalation') result.escalations++;
    else result.reminders++;
    core.info(`posted ${reminder.kind} reminder (due ${reminder.due}${reminder.item ? `, item ${reminder.item}` : ''})`);
    kept.push(reminder);
    if (input.notify) await notifyReminder(run, input.notify.config, input.notify.record, reminder, input.notify.now);
  }
  return kept;
}

/**
 * Tells the channels that listen for `reminder` (or `escalation`) about a reminder just posted
 * (SPEC 4.7): once, since the reminder itself is posted once per kind and due time.
 */
async function notifyReminder(run: ReminderRun, config: Config, record: IncidentRecord, reminder: Reminder, now: number): Promise<void> {
  if (config.notify.length === 0 || !run.env) return;
  const fullName = `${run.repo.owner}/${run.repo.repo}`;
  const messages = planNotifications({
    channels: config.notify,
    record,
    entries: [],
    issueUrl: `${run.repo.serverUrl}/${fullName}/issues/${record.issue}`,
    repository: fullName,
    batch: 'single',
    reminder: { ...reminder, at: formatTimestamp(now) },
    severities: config.severities.map((s) => s.name),
  });
  await sendNotifications(messages, { dryRun: run.repo.dryRun, env: run.env, result: run.result });
}

/** The incidents each event run has already reminded: once per issue, however many changes it applied. */
const reminded = new WeakMap<EventRun, Set<number>>();

/**
 * Posts the reminders due on the incident an event run just changed (or read), decided on the
 * record as it now is: a late or skipped schedule then loses no reminder on an incident people
 * are working on. The markers come from the comments the run already read; only when those do
 * not reach back to the earliest due time is one more request made. A failure here is counted
 * and reported; the change already applied stays.
 */
export async function remindDue(run: EventRun, loaded: Loaded): Promise<void> {
  const { record, context, config } = loaded;
  const issue = context.issue;
  if (!record || !issue) return;
  const done = reminded.get(run) ?? new Set<number>();
  reminded.set(run, done);
  if (done.has(issue.number)) return;
  done.add(issue.number);
  try {
    const now = run.repo.now;
    const posted = postedReminderKeys(issue.comments);
    let reminders = dueRemindersFor(record, loaded.log, config, now, posted);
    const since = earliestDue(reminders);
    const seenFrom = issue.commentsSeenFrom ? Date.parse(issue.commentsSeenFrom) : undefined;
    if (since !== undefined && seenFrom !== undefined && since < seenFrom) {
      const found = await readMarkersSince(run.repo.client, `${run.repo.owner}/${run.repo.repo}`, [{ number: issue.number, since: formatTimestamp(since), until: seenFrom }], context.botLogin);
      for (const key of found.posted.get(issue.number) ?? []) posted.add(key);
      reminders = dueRemindersFor(record, loaded.log, config, now, posted);
    }
    await postReminders(run, { number: issue.number, reminders, decidedAt: now, botLogin: context.botLogin, origin: 'event', notify: { config, record, now } });
  } catch (error) {
    run.result.errors++;
    const message = error instanceof Error ? error.message : String(error);
    core.error(`${record.id} reminders: ${message}`);
    run.result.notes.push(`${record.id} reminders: ${message}`);
  }
}
