import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { verifyPagerDutySignature } from '../../src/paging/verify.js';
import { startSandboxPager, type SandboxPager } from '../../src/sandbox/pager/server.js';

let pager: SandboxPager;
beforeAll(async () => {
  pager = await startSandboxPager({ keys: ['R0UT1NGKEY0000000000000000000042'] });
});
afterAll(() => pager.close());
beforeEach(() => pager.reset());

const enqueue = (body: unknown) => fetch(`${pager.url}/v2/enqueue`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const trigger = { routing_key: 'R0UT1NGKEY0000000000000000000042', event_action: 'trigger', dedup_key: 'acme/incidents#INC-7', payload: { summary: 'INC-7 (P1, triage): down', severity: 'critical', source: 'acme/incidents' } };

describe('the sandbox pager checks requests against PagerDuty\'s Events API v2 description', () => {
  it('answers 202 { status, message, dedup_key } and deduplicates on dedup_key as PagerDuty does', async () => {
    const first = await enqueue(trigger);
    expect(first.status).toBe(202);
    expect(await first.json()).toEqual({ status: 'success', message: 'Event processed', dedup_key: 'acme/incidents#INC-7' });
    await enqueue(trigger);
    expect([...pager.alerts.values()].map((a) => [a.key, a.triggers, a.status])).toEqual([['acme/incidents#INC-7', 2, 'triggered']]);
    await enqueue({ routing_key: trigger.routing_key, event_action: 'resolve', dedup_key: trigger.dedup_key });
    expect(pager.alerts.get('pagerduty:acme/incidents#INC-7')?.status).toBe('resolved');
    expect(pager.violations).toEqual([]);
  });

  it.each([
    ['a severity PagerDuty does not know', { ...trigger, payload: { ...trigger.payload, severity: 'P1' } }, /payload\/severity must be equal to one of the allowed values/],
    ['no routing key', { event_action: 'trigger', payload: trigger.payload }, /must have required property 'routing_key'/],
    ['a resolve with no dedup_key', { routing_key: trigger.routing_key, event_action: 'resolve' }, /dedup_key is required unless event_action is trigger/],
    ['a summary over 1,024 characters', { ...trigger, payload: { ...trigger.payload, summary: 'x'.repeat(1025) } }, /summary is longer than 1024/],
  ])('refuses %s with 400 and records a violation', async (_name, body, problem) => {
    const response = await enqueue(body);
    expect(response.status).toBe(400);
    expect(pager.violations.join('\n')).toMatch(problem);
  });

  it('refuses an unknown routing key with 400 and no violation (the caller\'s key, not its shape)', async () => {
    const response = await enqueue({ ...trigger, routing_key: 'someone-elses-key' });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ errors: ['Invalid routing key'] });
    expect(pager.violations).toEqual([]);
  });

  it('signs its webhooks v3 as PagerDuty does: v1=<HMAC-SHA256 of the raw body>', () => {
    const { body, signature } = pager.webhookFor({ eventType: 'incident.acknowledged', incidentKey: 'acme/incidents#INC-7', secret: 's3cret' });
    expect(JSON.parse(body)).toMatchObject({ event: { event_type: 'incident.acknowledged', resource_type: 'incident', agent: { type: 'user_reference' }, data: { type: 'incident', incident_key: 'acme/incidents#INC-7', status: 'acknowledged' } } });
    expect(verifyPagerDutySignature(body, signature, 's3cret')).toBe(true);
    expect(verifyPagerDutySignature(body, signature, 'other')).toBe(false);
  });
});
