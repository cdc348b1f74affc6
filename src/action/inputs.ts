import * as core from '@actions/core';
import { issueNumberOf } from '../core/incident.js';

export const COMMANDS = ['auto', 'event', 'cadence', 'postmortem', 'followups', 'validate', 'report', 'alert', 'email', 'page', 'reconcile', 'status-page', 'setup'] as const;
export type ActionCommand = (typeof COMMANDS)[number];

/** The action's inputs, validated once and frozen (errors name the input). */
export interface ActionInputs {
  token: string;
  command: ActionCommand;
  configPath: string;
  dryRun: boolean;
  /** Issue number from the `incident` input (`INC-42`), for workflow_dispatch. */
  incident: number | null;
}

/** Thrown when an input cannot be used. */
export class InputError extends Error {
  constructor(input: string, problem: string) {
    super(`input "${input}": ${problem}`);
    this.name = 'InputError';
  }
}

/** Reads and validates the inputs of action.yml. */
export function readInputs(): Readonly<ActionInputs> {
  const token = core.getInput('token');
  if (!token) throw new InputError('token', 'is empty; pass ${{ github.token }} or a token with issues and contents write access');
  const command = (core.getInput('command') || 'auto').trim().toLowerCase();
  if (!(COMMANDS as readonly string[]).includes(command)) {
    throw new InputError('command', `"${command}" is not a command; use one of ${COMMANDS.join(', ')}`);
  }
  const dryRunText = (core.getInput('dry-run') || 'false').trim().toLowerCase();
  if (!['true', 'false'].includes(dryRunText)) throw new InputError('dry-run', `"${dryRunText}" is not true or false`);
  const incidentText = core.getInput('incident').trim();
  const incident = incidentText ? issueNumberOf(incidentText.replace(/^#/, 'INC-')) : null;
  if (incidentText && incident === null) throw new InputError('incident', `"${incidentText}" is not an incident id; use INC-<n>, e.g. INC-42`);
  core.setSecret(token);
  return Object.freeze({
    token,
    command: command as ActionCommand,
    configPath: core.getInput('config') || '.github/sitrep.yml',
    dryRun: dryRunText === 'true',
    incident,
  });
}
