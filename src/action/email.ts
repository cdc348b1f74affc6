/**
 * `repository_dispatch` / `sitrep-email` (SPEC 4.14): an email forwarded by `sitrep relay` is
 * ignored (an automatic email), refused (a sender outside `email.from_domains`), logged on the
 * active incident whose thread it belongs to, or declares a new incident in triage.
 *
 * The decision is core's (`decideEmail`); everything that changes an incident goes through the one
 * applier (`applyDeclaration`, `applyEvent`). This handler only finds the active incidents' threads
 * and opens the issue a new incident needs.
 *
 * Requests per email: the thread lookup is ceil(open / 100) + 1 GraphQL requests (+1 when the
 * configuration names another label); an ignored or refused email costs nothing more. A logged
 * email adds the incident's context read, the commit, and the issue's convergence (the card);
 * a declaration adds the issue, its context, the file, the labels and the card, as an alert's does.
 */
import * as core from '@actions/core';
import { loadConfig, type Config } from '../core/config.js';
import { declareFromEmail } from '../core/declare.js';
import { decideEmail, emailLine, type EmailPayload, type IncidentThread } from '../core/email.js';
import { issueNumberOf } from '../core/incident.js';
import { parseIncident } from '../core/incident-file.js';
import { isActive } from '../core/lifecycle.js';
import { threadRootId } from '../notify/email.js';
import { applyDeclaration, applyEvent } from './applier.js';
import { changeContext, load, note, type EventRun } from './run.js';

/** Handles one `sitrep-email` dispatch, its payload already checked (src/action/triggers.ts). */
export async function handleEmailEvent(run: EventRun, email: EmailPayload): Promise<void> {
  const sender = emailLine(email.from || '(no sender)', 320);
  core.startGroup(`email from ${sender}`);
  try {
    let config: Config | undefined;
    const open = await run.repo.openIncidentFiles(run.configPath, (text) => {
      config = loadConfig(text, run.configPath);
      return { label: config.label, incidentsFolder: config.paths.incidents, postmortemsFolder: config.paths.postmortems };
    });
    config ??= loadConfig(open.configText, run.configPath);
    const threads = activeThreads(open.incidents, open.paths.incidentsFolder, config, `${run.repo.owner}/${run.repo.repo}`);
    const decision = decideEmail(email, config, threads);
    switch (decision.action) {
      case 'ignore':
        return note(run, `the email from ${sender} was ignored: ${decision.reason}; nothing was written`);
      case 'refuse':
        return note(run, `the email from ${sender} was refused: ${decision.reason}; nothing was written`);
      case 'log': {
        if (decision.duplicate) return note(run, `the email ${emailLine(decision.messageId, 200)} is logged on ${decision.incident} already; nothing to do`);
        const number = issueNumberOf(decision.incident) as number;
        const loaded = await load(run, number);
        const actor = loaded.context.botLogin;
        // The bot acts and counts as the reporter, so an email never acknowledges the incident.
        const ctx = { ...changeContext(run, loaded, actor, ''), reporter: actor };
        const applied = await applyEvent(run, loaded, { type: 'email', text: decision.text, messageId: decision.messageId }, ctx);
        if (applied.plan?.entries.length) run.result.notes.push(`the email from ${sender} was logged on ${decision.incident}`);
        return;
      }
      case 'declare': {
        if (run.repo.dryRun) return note(run, `[dry-run] would open an issue and declare an incident for the email from ${sender}`);
        const issue = await run.repo.openIssue({ title: decision.title, body: decision.summary, labels: [config.label] });
        note(run, `opened #${issue.number} for the email from ${sender}`);
        const loaded = await load(run, issue.number);
        const declaration = declareFromEmail(issue, decision, loaded.config, run.repo.now);
        if ((await applyDeclaration(run, loaded, declaration)).declared) {
          run.result.notes.push(`${declaration.record.id} declared from an email: ${declaration.record.severity}, ${declaration.record.status}${declaration.record.customers.length ? `, customer ${declaration.record.customers.join(', ')}` : ''}`);
        } else {
          note(run, `${declaration.record.id} was declared by a concurrent run`);
        }
        return;
      }
      default:
        throw new Error(`unhandled email decision ${JSON.stringify(decision satisfies never)}`);
    }
  } finally {
    core.endGroup();
  }
}

/**
 * The threads of the active incidents (triage, investigating, fixing, monitoring): the Message-IDs
 * each record keeps, and the root id of its thread on each email channel, which every message
 * sitrep sent about it references. A file that cannot be read is skipped: it is the sweep's to report.
 */
function activeThreads(incidents: readonly { number: number; file: { text: string } | null }[], folder: string, config: Config, repository: string): IncidentThread[] {
  const channels = config.notify.filter((c) => c.type === 'email');
  return incidents.flatMap((incident) => {
    if (!incident.file) return [];
    const record = parseIncident(incident.file.text, `${folder}/INC-${incident.number}.md`).document?.record;
    if (!record || !isActive(record.status)) return [];
    const roots = channels.map((c) => threadRootId(repository, record.id, c.name, c.from));
    return [{ incident: record.id, ids: [...(record.email?.message_ids ?? []), ...roots] }];
  });
}
