import type { PagerSeverity } from '../core/config.js';
import { fit, headline, type PageInput, type PageRequest } from './types.js';

/** PagerDuty's limit on `payload.summary`. */
export const PAGERDUTY_SUMMARY_MAX = 1024;

/**
 * A PagerDuty Events API v2 event (`POST /v2/enqueue`): `trigger` with the incident's summary,
 * severity, source (the repository), a link to the issue and the details responders need, or
 * `resolve` with the same `dedup_key`. Pure.
 */
export function formatPagerDuty(input: PageInput, routingKey: string, severityMap: Readonly<Record<string, PagerSeverity>>): Record<string, unknown> {
  const { event, details } = input;
  if (event.action === 'resolve') return { routing_key: routingKey, event_action: 'resolve', dedup_key: event.key };
  return {
    routing_key: routingKey,
    event_action: 'trigger',
    dedup_key: event.key,
    payload: {
      summary: headline(details, PAGERDUTY_SUMMARY_MAX),
      severity: severityMap[details.severity] ?? 'info',
      source: details.repo,
      ...(details.services[0] ? { component: fit(details.services[0], 255) } : {}),
      class: 'incident',
      custom_details: {
        incident: details.id,
        why: event.why,
        severity: details.severity,
        status: details.status,
        services: details.services,
        customers: details.customers,
        roles: details.roles,
        owners: details.owners,
        next_update_due: details.nextUpdateDue,
      },
    },
    client: 'sitrep',
    client_url: details.url,
    links: [{ href: details.url, text: `${details.id} on GitHub` }],
  };
}

/** The HTTP request for an event. */
export function pagerDutyRequest(body: Record<string, unknown>, eventsUrl: string): PageRequest {
  return { url: `${eventsUrl.replace(/\/+$/, '')}/v2/enqueue`, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}
