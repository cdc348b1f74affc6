/**
 * The sandbox's pager (SPEC 8): a local PagerDuty Events API v2 endpoint (`POST /v2/enqueue`,
 * deduplicating on `dedup_key` as PagerDuty does) and Opsgenie's alert API (`POST /v2/alerts`,
 * close by alias), both on one small HTTP server with its own start function. Every Events API
 * request and answer is checked against PagerDuty's published description (schema.ts); a
 * mismatch is recorded as a violation, which tests assert empty. It also sends signed webhooks
 * v3 (`incident.acknowledged` and the others) to a URL, as PagerDuty does.
 *
 * Fault switches: `down` (503), `lostAnswer` (accepted, then the connection is dropped before the
 * answer), `rateLimited` (429 with Retry-After), `badKey` (400, as for a bad routing key).
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { signPagerDutyBody } from '../../paging/verify.js';
import { eventProblems, successProblems } from './schema.js';

/** One alert as the pager holds it, by its dedup key (PagerDuty) or alias (Opsgenie). */
export interface PagerAlert {
  service: 'pagerduty' | 'opsgenie';
  key: string;
  status: 'triggered' | 'resolved';
  summary: string;
  /** Trigger (or create) events received for it while open, the first included. */
  triggers: number;
  /** The PagerDuty incident number it opened. */
  number: number;
  body: Record<string, unknown>;
}

/** One request the pager received. */
export interface PagerRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
  status: number;
}

/** The fault switches: each counts down the requests it spoils. */
export interface PagerFaults {
  down: number;
  lostAnswer: number;
  rateLimited: number;
  /** Seconds sent in Retry-After with a 429. */
  retryAfter: number;
  badKey: number;
}

export interface SandboxPager {
  /** Base URL: PagerDuty's Events API is at `${url}/v2/enqueue`, Opsgenie's at `${url}/v2/alerts`. */
  url: string;
  requests: PagerRequest[];
  alerts: Map<string, PagerAlert>;
  /** Contract mismatches (requests or answers that PagerDuty's description refuses). */
  violations: string[];
  faults: PagerFaults;
  /** Sends a signed webhook v3 event for an alert to `target` (the relay); resolves with the HTTP status. */
  sendWebhook(target: string, options: WebhookOptions): Promise<{ status: number; body: string }>;
  /** The body and header a webhook would carry, without sending it. */
  webhookFor(options: WebhookOptions): { body: string; signature: string };
  reset(): void;
  close(): Promise<void>;
}

export interface WebhookOptions {
  eventType: 'incident.acknowledged' | 'incident.resolved' | 'incident.escalated' | 'incident.reassigned' | 'incident.triggered';
  /** The alert's dedup key (`acme/incidents#INC-42`). */
  incidentKey: string;
  /** The webhook subscription's signing secret. */
  secret: string;
  agent?: { id: string; summary: string };
  /** Extra signatures sent before the real one (a secret being rotated). */
  extraSignatures?: string[];
  occurredAt?: string;
}

export interface PagerOptions {
  port?: number;
  /** Routing keys and Opsgenie API keys the pager knows; any other is refused (400 / 401). Empty: any key. */
  keys?: readonly string[];
}

const NO_FAULTS: PagerFaults = { down: 0, lostAnswer: 0, rateLimited: 0, retryAfter: 1, badKey: 0 };

/** Starts the pager on 127.0.0.1. */
export async function startSandboxPager(options: PagerOptions = {}): Promise<SandboxPager> {
  const requests: PagerRequest[] = [];
  const alerts = new Map<string, PagerAlert>();
  const violations: string[] = [];
  const faults: PagerFaults = { ...NO_FAULTS };
  const keys = new Set(options.keys ?? []);
  let numbers = 0;

  const knownKey = (key: unknown) => typeof key === 'string' && (keys.size === 0 || keys.has(key));

  function handle(method: string, path: string, headers: IncomingMessage['headers'], text: string): { status: number; headers?: Record<string, string>; body: unknown; lose?: boolean } {
    if (faults.down > 0) {
      faults.down--;
      return { status: 503, body: { status: 'unavailable', message: 'Service unavailable' } };
    }
    if (faults.rateLimited > 0) {
      faults.rateLimited--;
      return { status: 429, headers: { 'retry-after': String(faults.retryAfter) }, body: { status: 'throttle event', message: 'Requests for this service are arriving too quickly' } };
    }
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(text) as Record<string, unknown>;
    } catch {
      return { status: 400, body: { status: 'Unrecognized object', message: 'Event object format is unrecognized', errors: ['JSON parse error'] } };
    }
    const lose = faults.lostAnswer > 0;
    if (lose) faults.lostAnswer--;
    if (method === 'POST' && path === '/v2/enqueue') return { ...enqueue(body), lose };
    const opsgenie = /^\/v2\/alerts(?:\/([^/?]+)\/close)?(?:\?(.*))?$/.exec(path);
    if (method === 'POST' && opsgenie) return { ...opsgenieAlert(body, headers, opsgenie[1], new URLSearchParams(opsgenie[2] ?? '')), lose };
    return { status: 404, body: { message: `no route ${method} ${path}` } };
  }

  function enqueue(body: Record<string, unknown>): { status: number; body: unknown } {
    const problems = eventProblems(body);
    if (problems.length) {
      violations.push(...problems.map((p) => `PagerDuty Events API v2: ${p}`));
      return { status: 400, body: { status: 'invalid event', message: 'Event object is invalid', errors: problems } };
    }
    if (faults.badKey > 0 || !knownKey(body.routing_key)) {
      if (faults.badKey > 0) faults.badKey--;
      return { status: 400, body: { status: 'invalid event', message: 'Event object is invalid', errors: ['Invalid routing key'] } };
    }
    const action = body.event_action as string;
    const key = typeof body.dedup_key === 'string' ? body.dedup_key : randomUUID().replace(/-/g, '');
    const existing = alerts.get(`pagerduty:${key}`);
    const payload = (body.payload ?? {}) as { summary?: string };
    if (action === 'trigger') {
      // An open alert with this key takes the event; otherwise a new alert (and incident) opens.
      if (existing && existing.status === 'triggered') existing.triggers++;
      else alerts.set(`pagerduty:${key}`, { service: 'pagerduty', key, status: 'triggered', summary: payload.summary ?? '', triggers: 1, number: ++numbers, body });
    } else if (action === 'resolve' && existing) existing.status = 'resolved';
    const answer = { status: 'success', message: 'Event processed', dedup_key: key };
    violations.push(...successProblems(answer).map((p) => `PagerDuty Events API v2 answer: ${p}`));
    return { status: 202, body: answer };
  }

  function opsgenieAlert(body: Record<string, unknown>, headers: IncomingMessage['headers'], closing: string | undefined, query: URLSearchParams): { status: number; body: unknown } {
    const took = 0.01;
    const requestId = randomUUID();
    const auth = /^GenieKey (\S+)$/.exec(headers.authorization ?? '');
    if (faults.badKey > 0 || !auth || !knownKey(auth[1])) {
      if (faults.badKey > 0) faults.badKey--;
      return { status: 401, body: { message: 'Could not authenticate', took, requestId } };
    }
    if (closing !== undefined) {
      if (query.get('identifierType') !== 'alias') violations.push('Opsgenie close: sitrep closes by alias (identifierType=alias)');
      const alert = alerts.get(`opsgenie:${decodeURIComponent(closing)}`);
      if (alert) alert.status = 'resolved';
      return { status: 202, body: { result: 'Request will be processed', took, requestId } };
    }
    const message = body.message;
    if (typeof message !== 'string' || !message.trim() || message.length > 130) {
      violations.push('Opsgenie create: message must be 1 to 130 characters');
      return { status: 422, body: { message: 'Request body is not processable. Please check the errors.', errors: { message: 'Message can not be empty or longer than 130 characters' }, took, requestId } };
    }
    const alias = typeof body.alias === 'string' ? body.alias : message;
    if (alias.length > 512) violations.push('Opsgenie create: alias longer than 512 characters');
    const existing = alerts.get(`opsgenie:${alias}`);
    // Opsgenie deduplicates an open alert with the same alias: its count goes up.
    if (existing && existing.status === 'triggered') existing.triggers++;
    else alerts.set(`opsgenie:${alias}`, { service: 'opsgenie', key: alias, status: 'triggered', summary: message, triggers: 1, number: ++numbers, body });
    return { status: 202, body: { result: 'Request will be processed', took, requestId } };
  }

  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const answer = handle(req.method ?? 'GET', req.url ?? '/', req.headers, text);
      requests.push({ method: req.method ?? 'GET', path: req.url ?? '/', headers: req.headers, body: text, status: answer.status });
      if (answer.lose) {
        // The event was taken; the answer never arrives.
        req.socket.destroy();
        return;
      }
      res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers }).end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  function webhookFor(hook: WebhookOptions): { body: string; signature: string } {
    const alert = alerts.get(`pagerduty:${hook.incidentKey}`);
    const number = alert?.number ?? 1;
    const id = `Q${String(number).padStart(6, '0')}SANDBOX`.slice(0, 14);
    const agent = hook.agent ?? { id: 'PLH1HKV', summary: 'Alice Example' };
    const occurredAt = hook.occurredAt ?? new Date().toISOString();
    // The shape of a webhooks v3 event (PagerDuty's "V3 Webhook" event docs): one event per delivery.
    const event = {
      event: {
        id: randomUUID(),
        event_type: hook.eventType,
        resource_type: 'incident',
        occurred_at: occurredAt,
        agent: { html_url: `https://sandbox.pagerduty.com/users/${agent.id}`, id: agent.id, self: `https://api.pagerduty.com/users/${agent.id}`, summary: agent.summary, type: 'user_reference' },
        client: null,
        data: {
          id,
          type: 'incident',
          self: `https://api.pagerduty.com/incidents/${id}`,
          html_url: `https://sandbox.pagerduty.com/incidents/${id}`,
          number,
          status: hook.eventType === 'incident.resolved' ? 'resolved' : hook.eventType === 'incident.acknowledged' ? 'acknowledged' : 'triggered',
          incident_key: hook.incidentKey,
          created_at: occurredAt,
          title: alert?.summary ?? hook.incidentKey,
          service: { html_url: 'https://sandbox.pagerduty.com/services/PSANDBX', id: 'PSANDBX', self: 'https://api.pagerduty.com/services/PSANDBX', summary: 'sitrep sandbox', type: 'service_reference' },
          assignees: [{ html_url: `https://sandbox.pagerduty.com/users/${agent.id}`, id: agent.id, self: `https://api.pagerduty.com/users/${agent.id}`, summary: agent.summary, type: 'user_reference' }],
          escalation_policy: { html_url: 'https://sandbox.pagerduty.com/escalation_policies/PSANDEP', id: 'PSANDEP', self: 'https://api.pagerduty.com/escalation_policies/PSANDEP', summary: 'Default', type: 'escalation_policy_reference' },
          teams: [],
          priority: null,
          urgency: 'high',
          conference_bridge: null,
          resolve_reason: null,
        },
      },
    };
    const body = JSON.stringify(event);
    return { body, signature: [...(hook.extraSignatures ?? []), signPagerDutyBody(body, hook.secret)].join(',') };
  }

  return {
    url,
    requests,
    alerts,
    violations,
    faults,
    webhookFor,
    async sendWebhook(target, hook) {
      const { body, signature } = webhookFor(hook);
      const response = await fetch(target, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-pagerduty-signature': signature, 'user-agent': 'PagerDuty-Webhook/V3.0' },
        body,
      });
      return { status: response.status, body: await response.text() };
    },
    reset() {
      requests.length = 0;
      alerts.clear();
      violations.length = 0;
      Object.assign(faults, NO_FAULTS);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
