import type { Config } from './config.js';
import { roleHolders, type IncidentRecord } from './incident.js';
import { STATUSES, type Status } from './lifecycle.js';

/** A label sitrep manages, with the colour it is created with. */
export interface LabelSpec {
  name: string;
  color: string;
  description: string;
}

const STATUS_COLOURS: Record<Status, string> = {
  triage: 'fbca04',
  investigating: 'd93f0b',
  fixing: 'e99695',
  monitoring: '1d76db',
  resolved: '0e8a16',
  closed: 'cccccc',
  declined: 'cccccc',
};

const SEVERITY_COLOURS = ['b60205', 'd93f0b', 'fbca04', 'c2e0c6', 'bfdadc'];

/** The labels an incident's issue carries: the incident label, its severity and its status. */
export function labelsFor(record: IncidentRecord, config: Config): LabelSpec[] {
  const index = Math.max(0, config.severities.findIndex((s) => s.name === record.severity));
  const severity = config.severities[index];
  return [
    { name: config.label, color: 'b60205', description: 'An incident, managed by sitrep' },
    {
      name: `severity:${record.severity}`,
      color: SEVERITY_COLOURS[Math.min(index, SEVERITY_COLOURS.length - 1)] ?? 'ededed',
      description: (severity?.description ?? record.severity).slice(0, 100),
    },
    { name: `status:${record.status}`, color: STATUS_COLOURS[record.status], description: `Incident status: ${record.status}` },
  ];
}

/** Whether a label is one sitrep projects from the record (and so replaces on each change). */
export function isManagedLabel(name: string, config: Config): boolean {
  const lower = name.toLowerCase();
  return (
    lower.startsWith('severity:') ||
    (lower.startsWith('status:') && (STATUSES as readonly string[]).includes(lower.slice(7))) ||
    lower === config.label.toLowerCase()
  );
}

/** The full label set: the user's own labels kept, sitrep's replaced by the record's. */
export function projectLabels(current: readonly string[], record: IncidentRecord, config: Config): string[] {
  const kept = current.filter((name) => !isManagedLabel(name, config));
  return [...kept, ...labelsFor(record, config).map((l) => l.name)];
}

/** The assignees: the role holders (GitHub allows at most 10). */
export function projectAssignees(record: IncidentRecord): string[] {
  return roleHolders(record.roles).slice(0, 10);
}

/**
 * Every label sitrep uses, to create before anyone declares (an issue form applies only labels that
 * exist): the incident label, one per severity and per status, and the follow-up labels; each with
 * the configuration field it comes from.
 */
export function setupLabels(config: Config, statuses: readonly Status[]): Array<LabelSpec & { field: string }> {
  return [
    { name: config.label, color: 'b60205', description: 'An incident, managed by sitrep', field: 'label' },
    ...config.severities.map((s, index) => ({
      name: `severity:${s.name}`,
      color: SEVERITY_COLOURS[Math.min(index, SEVERITY_COLOURS.length - 1)] ?? 'ededed',
      description: (s.description ?? s.name).slice(0, 100),
      field: 'severities',
    })),
    ...statuses.map((status) => ({ name: `status:${status}`, color: STATUS_COLOURS[status], description: `Incident status: ${status}`, field: 'status' })),
    ...config.followups.labels.map((name) => ({ name, color: 'c5def5', description: 'A follow-up of an incident, filed by sitrep', field: 'followups.labels' })),
  ];
}
