import { headline, type PageInput, type PageRequest } from './types.js';

/** Bounds sitrep keeps to (Grafana OnCall documents none): a title of 1,024 characters, a message of 10,000. */
export const ONCALL_TITLE_MAX = 1024;
export const ONCALL_MESSAGE_MAX = 10_000;

/**
 * Grafana OnCall's formatted webhook: `alert_uid` is the key, `state` `alerting` or `ok` (which
 * resolves the alert group), with a title, a message and a link back to the issue. Pure.
 */
export function formatGrafanaOnCall(input: PageInput): Record<string, unknown> {
  const { event, details } = input;
  const roles = Object.entries(details.roles)
    .filter(([, login]) => login)
    .map(([role, login]) => `${role}: @${login}`)
    .join(', ');
  const lines = [
    `${event.why}.`,
    details.services.length ? `Services: ${details.services.join(', ')}` : '',
    details.customers.length ? `Customers: ${details.customers.join(', ')}` : '',
    roles ? `Roles: ${roles}` : '',
    details.nextUpdateDue ? `Next update due ${details.nextUpdateDue}` : '',
  ].filter(Boolean);
  return {
    alert_uid: event.key,
    title: headline(details, ONCALL_TITLE_MAX),
    state: event.action === 'resolve' ? 'ok' : 'alerting',
    message: Array.from(lines.join('\n')).slice(0, ONCALL_MESSAGE_MAX).join(''),
    link_to_upstream_details: details.url,
  };
}

/** The request to the integration URL (the pager's secret). */
export function grafanaOnCallRequest(body: Record<string, unknown>, integrationUrl: string): PageRequest {
  return { url: integrationUrl, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}
