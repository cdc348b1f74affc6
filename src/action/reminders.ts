/**
 * Deciding the reminders an incident is due (SPEC 4.3) in an event run, and the plan the applier
 * performs for them. Posting, the duplicate check and the notification of the channels are the
 * applier's (`applyReminders`), for the event runs and the sweep alike.
 */
import type { Config } from '../core/config.js';
import type { IncidentRecord } from '../core/incident.js';
import { dueRemindersFor, earliestDue, postedReminderKeys, type Reminder, type ReminderOrigin } from '../core/reminders.js';
import { formatTimestamp } from '../core/time.js';
import type { EventRun, Loaded } from './run.js';

/** The reminders one incident is due, decided at `decidedAt`, for the applier to post. */
export interface ReminderPlan {
  number: number;
  reminders: readonly Reminder[];
  /** When the run read what it decided on (milliseconds). */
  decidedAt: number;
  botLogin: string;
  origin: ReminderOrigin;
  /** The channels to tell, with the record the reminders are about; follow-up reminders tell none. */
  notify?: { config: Config; record: IncidentRecord; now: number };
}

/**
 * The reminders due on the incident an event run just changed (or read), decided on the record as
 * it now is. The markers come from the comments the run already read; only when those do not
 * reach back to the earliest due time is one more request made.
 */
export async function planRemindersDue(run: EventRun, loaded: Loaded): Promise<ReminderPlan> {
  const { record, context, config } = loaded;
  const issue = context.issue;
  const now = run.repo.now;
  if (!record || !issue) return { number: 0, reminders: [], decidedAt: now, botLogin: context.botLogin, origin: 'event' };
  const posted = postedReminderKeys(issue.comments);
  let reminders = dueRemindersFor(record, loaded.log, config, now, posted);
  const since = earliestDue(reminders);
  const seenFrom = issue.commentsSeenFrom ? Date.parse(issue.commentsSeenFrom) : undefined;
  if (since !== undefined && seenFrom !== undefined && since < seenFrom) {
    const found = await run.repo.markersSince([{ number: issue.number, since: formatTimestamp(since), until: seenFrom }], context.botLogin);
    for (const key of found.posted.get(issue.number) ?? []) posted.add(key);
    reminders = dueRemindersFor(record, loaded.log, config, now, posted);
  }
  return { number: issue.number, reminders, decidedAt: now, botLogin: context.botLogin, origin: 'event', notify: { config, record, now } };
}
