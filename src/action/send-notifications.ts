import * as core from '@actions/core';
import { deliver, type Message } from '../notify/index.js';
import type { RunEnvironment } from './environment.js';
import type { RunResult } from './result.js';

/**
 * Sends planned messages, or logs them in a dry run. Each channel that fails is an error named by
 * the channel (never its URL) and counted; the change that caused the message stays committed.
 */
export async function sendNotifications(messages: readonly Message[], run: { dryRun: boolean; env: RunEnvironment; result: RunResult }): Promise<void> {
  if (messages.length === 0) return;
  if (run.dryRun) {
    for (const message of messages) core.info(`[dry-run] would notify ${message.channel.name}: ${message.summary}`);
    return;
  }
  const report = await deliver(messages, { env: run.env.variables });
  run.result.notifications += report.sent.length;
  for (const error of report.errors) {
    run.result.errors++;
    core.error(error.message);
    run.result.notes.push(`**Notification failed:** ${error.message}`);
  }
}
