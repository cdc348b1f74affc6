import { createHash } from 'node:crypto';
import { DELIVERY_HEADER, EVENT_HEADER, SIGNATURE_HEADER, signBody } from '../notify/webhook.js';
import type { PageInput, PageRequest } from './types.js';

/**
 * A `webhook` pager: the signed JSON of SPEC 4.7, `{ event, incident, entry, url }`, with
 * `event` `page` or `resolve` and `entry` the `paged` entry this event will be logged as. Pure.
 */
export function formatWebhookPage(input: PageInput): Record<string, unknown> {
  const { event, details } = input;
  return {
    event: event.action === 'resolve' ? 'resolve' : 'page',
    incident: details,
    entry: { kind: 'paged', pager: event.pager, action: event.action, why: event.why },
    url: details.url,
    repository: details.repo,
    key: event.key,
  };
}

/** The request: `X-Sitrep-Delivery` is stable per incident and event, the signature set when the pager has a secret. */
export function webhookPageRequest(body: Record<string, unknown>, input: PageInput, url: string, secret: string | null): PageRequest {
  const text = JSON.stringify(body);
  const { event } = input;
  const delivery = createHash('sha256').update(`${event.key}\n${event.pager}\n${event.action}\n${event.why}`).digest('hex').slice(0, 32);
  return {
    url,
    headers: {
      'content-type': 'application/json',
      [EVENT_HEADER]: String(body.event),
      [DELIVERY_HEADER]: delivery,
      ...(secret ? { [SIGNATURE_HEADER]: signBody(text, secret) } : {}),
    },
    body: text,
  };
}
