import * as core from '@actions/core';
import type { Pager } from '../core/config.js';
import type { PageDetails, PageEvent } from '../core/paging.js';
import { PostFailure, postWithRetries, scrub, type RetryOptions } from '../notify/deliver.js';
import { formatGrafanaOnCall, grafanaOnCallRequest } from './grafana-oncall.js';
import { formatOpsgenie, opsgenieRequest } from './opsgenie.js';
import { formatPagerDuty, pagerDutyRequest } from './pagerduty.js';
import { DEFAULT_OPSGENIE_API_URL, OPSGENIE_EU_API_URL, type PagerEndpoints, type PageRequest } from './types.js';
import { formatWebhookPage, webhookPageRequest } from './webhook.js';

/** A page that did not land: names the pager (and the variable to check), never its key or URL. */
export interface PageFailure {
  pager: string;
  event: PageEvent;
  message: string;
}

export interface PageReport {
  /** Events the pager accepted: each becomes a `paged` Log entry. */
  sent: PageEvent[];
  errors: PageFailure[];
}

export interface PageDeliverOptions extends RetryOptions {
  /** Where `key_env` and `secret_env` are read (the action passes its environment). */
  env: Readonly<Record<string, string | undefined>>;
  endpoints: PagerEndpoints;
  /** Masks a secret in later log lines; default `core.setSecret` on a runner only (see notify's deliver). */
  registerSecret?: (value: string) => void;
}

/**
 * Delivers owed pages, one request each, with the notifications' retry helper (3 tries,
 * `Retry-After`, 429 and 5xx). A refusal (400: a bad routing key) is final at once and says what
 * to check. Never throws; pagers are told independently.
 */
export async function deliverPages(
  events: readonly PageEvent[],
  details: PageDetails,
  pagers: readonly Pager[],
  options: PageDeliverOptions,
): Promise<PageReport> {
  const report: PageReport = { sent: [], errors: [] };
  await Promise.all(
    events.map(async (event) => {
      const pager = pagers.find((p) => p.name === event.pager);
      if (!pager) {
        report.errors.push({ pager: event.pager, event, message: `pager "${event.pager}": not in paging; nothing sent` });
        return;
      }
      const outcome = await deliverOne(event, details, pager, options);
      if (outcome === true) report.sent.push(event);
      else report.errors.push({ pager: pager.name, event, message: outcome });
    }),
  );
  return report;
}

async function deliverOne(event: PageEvent, details: PageDetails, pager: Pager, options: PageDeliverOptions): Promise<true | string> {
  const label = `pager "${pager.name}" (${pager.type})`;
  const register = options.registerSecret ?? (options.env.GITHUB_ACTIONS === 'true' ? core.setSecret : () => undefined);
  const key = options.env[event.keyEnv]?.trim();
  if (!key) return `${label}: environment variable ${event.keyEnv} (${event.keyEnv === pager.keyEnv ? 'key_env' : 'a service\'s pager_key_env'}) is not set; add it to the workflow step's env from a secret. ${details.id} was not paged`;
  register(key);
  const secret = pager.secretEnv ? options.env[pager.secretEnv] : null;
  if (pager.secretEnv && !secret) return `${label}: environment variable ${pager.secretEnv} (secret_env) is not set; add it to the workflow step's env from a secret. ${details.id} was not paged`;
  if (secret) register(secret);
  if ((pager.type === 'grafana-oncall' || pager.type === 'webhook') && !/^https?:\/\//i.test(key)) {
    return `${label}: environment variable ${event.keyEnv} does not hold an http(s) URL (the integration URL). ${details.id} was not paged`;
  }
  const request = buildRequest(event, details, pager, key, secret ?? null, options.endpoints);
  try {
    await postWithRetries({ ...request, label, secrets: [key, secret ?? null] }, options);
    return true;
  } catch (error) {
    const failure = error instanceof PostFailure ? error : new PostFailure('unexpected error', null);
    const what = `${details.id} ${event.action === 'resolve' ? 'resolve' : 'page'}`;
    const refused = failure.status !== null && failure.status < 500 && failure.status !== 429;
    const text = refused
      ? `${label}: ${what} refused (${failure.message}); ${whatToCheck(pager, event.keyEnv, failure.status as number)}`
      : `${label}: ${what} not delivered (${failure.message}); the next run pages it again`;
    return scrub(text, [key, secret ?? null]);
  }
}

/** What a refusal means for each pager, naming the variable (never its value). */
function whatToCheck(pager: Pager, keyEnv: string, status: number): string {
  switch (pager.type) {
    case 'pagerduty':
      return `check the routing key in ${keyEnv}: it must be the Integration Key of an Events API v2 integration on the PagerDuty service`;
    case 'opsgenie':
      return status === 401 || status === 403
        ? `check the API key in ${keyEnv}: it must be an Opsgenie API integration's key with create and close rights, in the ${pager.region.toUpperCase()} region (region: ${pager.region === 'us' ? 'eu' : 'us'} if the account is elsewhere)`
        : `check the Opsgenie API integration behind ${keyEnv}`;
    default:
      return `check the integration URL in ${keyEnv}`;
  }
}

function buildRequest(event: PageEvent, details: PageDetails, pager: Pager, key: string, secret: string | null, endpoints: PagerEndpoints): PageRequest {
  const input = { event, details };
  switch (pager.type) {
    case 'pagerduty':
      return pagerDutyRequest(formatPagerDuty(input, key, pager.severityMap), endpoints.pagerdutyEventsUrl);
    case 'opsgenie':
      return opsgenieRequest(formatOpsgenie(input, pager.severityMap), opsgenieApiUrl(pager.region, endpoints.opsgenieApiUrl), key);
    case 'grafana-oncall':
      return grafanaOnCallRequest(formatGrafanaOnCall(input), key);
    case 'webhook':
      return webhookPageRequest(formatWebhookPage(input), input, key, secret);
  }
}

/**
 * The Opsgenie API for a region: `eu` moves the default US host to https://api.eu.opsgenie.com; a
 * URL set by `SITREP_OPSGENIE_API_URL` (a proxy, the sandbox) is used as given.
 */
export function opsgenieApiUrl(region: 'us' | 'eu', configured: string): string {
  const isDefault = configured.replace(/\/+$/, '') === DEFAULT_OPSGENIE_API_URL;
  return region === 'eu' && isDefault ? OPSGENIE_EU_API_URL : configured;
}
