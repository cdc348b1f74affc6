import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { buildStatusSite } from '../../src/site/build.js';
import { incidentFile, logLine } from './fixtures.js';

/**
 * Privacy by construction: a repository full of internal text, each piece a unique canary, and a
 * search of every built file for every canary. Only what was published may come out.
 */
const NOW = Date.parse('2026-11-30T12:00:00Z');

const CANARY = {
  internalTitle: 'canary-internal-title-q1',
  securityTitle: 'canary-security-title-q2',
  summary: 'canary-summary-q3',
  impact: 'canary-impact-q4',
  update: 'canary-internal-update-q5',
  note: 'canary-note-q6',
  statusMessage: 'canary-status-message-q7',
  regressionMessage: 'canary-regression-q8',
  reopenMessage: 'canary-reopen-q9',
  resolveMessage: 'canary-resolve-q10',
  severityReason: 'canary-severity-reason-q11',
  escalationReason: 'canary-escalation-q12',
  escalationTeam: 'canary-oncall-team-q13',
  coordinator: 'canary-coordinator-q14',
  operations: 'canary-operations-q15',
  communications: 'canary-comms-q16',
  publisher: 'canary-publisher-q17',
  handoff: 'canary-handoff-q18',
  customer: 'canary-customer-q19',
  unlistedService: 'canary-unlisted-service-q20',
  securityService: 'canary-security-service-q21',
  securityUpdate: 'canary-security-update-q22',
  followup: 'canary-followup-q23',
  postmortem: 'canary-postmortem-q24',
  cause: 'canary-cause-q25',
  alert: 'canary-alert-summary-q26',
  handEdited: 'canary-hand-edited-q27',
  privateRepo: 'canary-private-repo-q28',
  severityName: 'SEVCANARYQ29',
  severityDescription: 'canary-severity-description-q30',
  unpublishedId: 'INC-666',
  publishedSecurityInternal: 'canary-published-security-internal-q31',
  securityCustomer: 'canary-security-customer-q32',
  declinedTitle: 'canary-declined-title-q33',
} as const;

const PUBLISHED = {
  message: 'Payments are failing for some customers.',
  followUp: 'A fix is rolling out.',
  securityMessage: 'We are investigating unusual sign-in activity.',
} as const;

const ref = (n: number) => `https://github.com/acme/${CANARY.privateRepo}/issues/${n}`;
const roles = { coordinator: CANARY.coordinator, operations: CANARY.operations, communications: CANARY.communications };

function repository(): { path: string; text: string }[] {
  const published = incidentFile(
    {
      issue: 42, title: CANARY.internalTitle, severity: CANARY.severityName, status: 'resolved', services: ['Payments', CANARY.unlistedService],
      customers: [CANARY.customer], declared_at: '2026-11-29T10:00:00Z', mitigated_at: '2026-11-29T12:00:00Z', resolved_at: '2026-11-29T13:30:00Z', roles,
    },
    [
      logLine('2026-11-29T10:00:00Z', CANARY.operations, 'declared', `${CANARY.severityName}, investigating`, ref(42)),
      logLine('2026-11-29T10:02:00Z', CANARY.coordinator, 'role', `coordinator: @${CANARY.coordinator}`),
      logLine('2026-11-29T10:03:00Z', CANARY.coordinator, 'handoff', `communications: @${CANARY.communications} (was @${CANARY.handoff})`),
      logLine('2026-11-29T10:05:00Z', CANARY.coordinator, 'update (investigating)', `${CANARY.update} for ${CANARY.customer} (next update due 2026-11-29T10:35:00Z)`),
      logLine('2026-11-29T10:06:00Z', CANARY.coordinator, 'note', CANARY.note),
      logLine('2026-11-29T10:07:00Z', CANARY.coordinator, 'escalated', `to @acme/${CANARY.escalationTeam}. ${CANARY.escalationReason}`),
      logLine('2026-11-29T10:08:00Z', CANARY.coordinator, 'severity', `P2 → ${CANARY.severityName}. ${CANARY.severityReason}`),
      logLine('2026-11-29T10:10:00Z', CANARY.publisher, 'public', `${PUBLISHED.message} (next update due 2026-11-29T10:40:00Z)`, ref(43)),
      logLine('2026-11-29T10:20:00Z', CANARY.operations, 'status', `investigating → fixing. ${CANARY.statusMessage}`),
      logLine('2026-11-29T10:25:00Z', CANARY.publisher, 'public', PUBLISHED.followUp),
      logLine('2026-11-29T11:00:00Z', CANARY.operations, 'status', `fixing → monitoring. ${CANARY.statusMessage}`),
      logLine('2026-11-29T11:30:00Z', CANARY.operations, 'regression', `monitoring → fixing. ${CANARY.regressionMessage}`),
      logLine('2026-11-29T12:00:00Z', CANARY.operations, 'status', `fixing → monitoring. ${CANARY.statusMessage}`),
      logLine('2026-11-29T12:30:00Z', CANARY.operations, 'status', `monitoring → resolved. ${CANARY.resolveMessage}`),
      logLine('2026-11-29T12:40:00Z', CANARY.operations, 'reopened', `resolved → investigating; cleared resolved_at. ${CANARY.reopenMessage}`),
      logLine('2026-11-29T13:30:00Z', CANARY.operations, 'status', `investigating → resolved. ${CANARY.resolveMessage}`),
      logLine('2026-11-29T13:31:00Z', CANARY.operations, 'followup', `${CANARY.followup} — owner: @${CANARY.operations}`),
      logLine('2026-11-29T13:32:00Z', 'github-actions[bot]', 'postmortem', CANARY.postmortem),
      logLine('2026-11-29T13:33:00Z', CANARY.operations, 'cause', `https://github.com/acme/${CANARY.cause}/pull/1`),
      logLine('2026-11-29T13:34:00Z', 'github-actions[bot]', 'alert (resolved)', CANARY.alert),
      logLine('2026-11-29T13:35:00Z', CANARY.operations, 'scribbled', CANARY.handEdited),
    ],
    { summary: CANARY.summary, impact: CANARY.impact },
  );
  const unpublishedSecurity = incidentFile(
    {
      issue: 666, title: CANARY.securityTitle, severity: 'P1', status: 'fixing', type: 'security', services: [CANARY.securityService, 'Payments'],
      customers: [CANARY.customer], declared_at: '2026-11-30T08:00:00Z', roles,
    },
    [
      logLine('2026-11-30T08:00:00Z', CANARY.operations, 'declared', 'P1, investigating'),
      logLine('2026-11-30T08:10:00Z', CANARY.coordinator, 'update (investigating)', CANARY.securityUpdate),
      logLine('2026-11-30T08:20:00Z', CANARY.operations, 'status', `investigating → fixing. ${CANARY.securityUpdate}`),
    ],
    { summary: CANARY.securityTitle, impact: CANARY.securityTitle },
  );
  const publishedSecurity = incidentFile(
    {
      issue: 77, title: CANARY.publishedSecurityInternal, severity: 'P2', status: 'investigating', type: 'security', services: ['Login'],
      customers: [CANARY.securityCustomer], declared_at: '2026-11-30T09:00:00Z', roles, public: { title: 'Sign-in problems', components: ['Login'] },
    },
    [
      logLine('2026-11-30T09:00:00Z', CANARY.operations, 'declared', 'P2, investigating'),
      logLine('2026-11-30T09:05:00Z', CANARY.coordinator, 'note', CANARY.publishedSecurityInternal),
      logLine('2026-11-30T09:10:00Z', CANARY.publisher, 'public', PUBLISHED.securityMessage),
    ],
    { summary: CANARY.publishedSecurityInternal, impact: CANARY.publishedSecurityInternal },
  );
  // Published, then declined: shows as resolved, its internal title never.
  const declined = incidentFile(
    { issue: 80, title: CANARY.declinedTitle, severity: 'P3', status: 'declined', services: ['Payments'], declared_at: '2026-11-28T09:00:00Z', roles },
    [
      logLine('2026-11-28T09:00:00Z', CANARY.operations, 'declared', 'P3, triage'),
      logLine('2026-11-28T09:05:00Z', CANARY.publisher, 'public', 'Checking reports of slow pages.'),
      logLine('2026-11-28T09:30:00Z', CANARY.operations, 'status', `triage → declined. ${CANARY.declinedTitle}`),
    ],
  );
  return [published, unpublishedSecurity, publishedSecurity, declined];
}

function config(components: string[]): string {
  return stringify({
    severities: {
      [CANARY.severityName]: { description: CANARY.severityDescription, update_every: '30m', escalate_after: '1h', min_responders: 1, postmortem: 'required' },
      P1: {}, P2: {}, P3: {},
    },
    escalation: { coordinators: [`@acme/${CANARY.escalationTeam}`], customers: { [CANARY.customer]: [`@${CANARY.coordinator}`] } },
    status_page: { title: 'Acme Status', components, history: '7d' },
  });
}

describe.each([
  ['listed components', ['Payments', 'Login']],
  ['every service of a published incident ([])', []],
])('privacy, with %s', (_name, components) => {
  const build = buildStatusSite(repository(), config(components), NOW);
  const site = build.files;
  const canaries = Object.entries(CANARY).filter(
    // With `components: []` the services of published incidents are the components, by configuration.
    ([key]) => !(components.length === 0 && key === 'unlistedService'),
  );

  it('publishes the public updates', () => {
    expect(build.skipped).toEqual([]);
    expect(build.published).toBe(3);
    const all = [...site.values()].join('\n');
    for (const text of Object.values(PUBLISHED)) expect(all).toContain(text);
    expect(site.has('incidents/INC-42.html')).toBe(true);
    expect(site.has('incidents/INC-77.html')).toBe(true);
    expect(site.has('incidents/INC-80.html')).toBe(true);
    expect([...site.keys()].filter((path) => path.includes('666'))).toEqual([]);
  });

  it.each(canaries)('never shows %s in any built file', (_key, canary) => {
    for (const [path, content] of site) {
      // The path too: the folder's manifest lists the paths.
      expect(path.toLowerCase().includes(canary.toLowerCase()), `${path} names ${canary}`).toBe(false);
      expect(content.toLowerCase().includes(canary.toLowerCase()), `${path} contains ${canary}`).toBe(false);
    }
  });

  it('never shows cadence, logins or severity names', () => {
    for (const [path, content] of site) {
      expect(content, path).not.toMatch(/next update due|@canary|github-actions|\bP[123]\b/i);
    }
  });
});
