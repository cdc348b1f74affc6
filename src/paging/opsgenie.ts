import type { PagerSeverity } from '../core/config.js';
import { fit, headline, type PageInput, type PageRequest } from './types.js';

/** Opsgenie's limits: `message` 130 characters, `alias` 512, `description` 15,000, a detail value 8,000. */
export const OPSGENIE_MESSAGE_MAX = 130;
export const OPSGENIE_DESCRIPTION_MAX = 15_000;
const DETAIL_MAX = 8000;

const PRIORITY: Readonly<Record<PagerSeverity, string>> = { critical: 'P1', error: 'P2', warning: 'P3', info: 'P5' };

/**
 * Opsgenie's alert API (also Jira Service Management's ops API): create an alert whose `alias` is
 * the key (`POST /v2/alerts`), or close it by alias. Pure: returns the path and body.
 */
export function formatOpsgenie(input: PageInput, severityMap: Readonly<Record<string, PagerSeverity>>): { path: string; body: Record<string, unknown> } {
  const { event, details } = input;
  if (event.action === 'resolve') {
    return { path: `/v2/alerts/${encodeURIComponent(event.key)}/close?identifierType=alias`, body: { source: 'sitrep', note: fit(`${details.id} ${event.why}`, 25_000) } };
  }
  const detail = (value: unknown) => fit(Array.isArray(value) ? value.join(', ') : String(value ?? ''), DETAIL_MAX);
  const roles = Object.entries(details.roles)
    .filter(([, login]) => login)
    .map(([role, login]) => `${role}: @${login}`);
  return {
    path: '/v2/alerts',
    body: {
      message: headline(details, OPSGENIE_MESSAGE_MAX),
      alias: event.key,
      description: fit(`${details.title}\n${details.url}`, OPSGENIE_DESCRIPTION_MAX),
      priority: PRIORITY[severityMap[details.severity] ?? 'info'],
      source: 'sitrep',
      entity: fit(details.repo, 512),
      details: {
        incident: details.id,
        why: detail(event.why),
        status: details.status,
        services: detail(details.services),
        customers: detail(details.customers),
        roles: detail(roles),
        next_update_due: details.nextUpdateDue ?? '',
        url: details.url,
      },
    },
  };
}

/** The HTTP request, authenticated with the API key. */
export function opsgenieRequest(formatted: { path: string; body: Record<string, unknown> }, apiUrl: string, apiKey: string): PageRequest {
  return {
    url: `${apiUrl.replace(/\/+$/, '')}${formatted.path}`,
    headers: { 'content-type': 'application/json', authorization: `GenieKey ${apiKey}` },
    body: JSON.stringify(formatted.body),
  };
}
