import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGER_SEVERITIES } from '../../src/core/config.js';
import type { PageDetails, PageEvent } from '../../src/core/paging.js';
import { formatGrafanaOnCall, formatOpsgenie, formatPagerDuty, formatWebhookPage, OPSGENIE_MESSAGE_MAX, PAGERDUTY_SUMMARY_MAX } from '../../src/paging/index.js';
import { eventProblems } from '../../src/sandbox/pager/schema.js';
import { anyText, hostileText, RUNS } from './support.js';

const text = fc.oneof(anyText(3000), hostileText(40));
const details: fc.Arbitrary<PageDetails> = fc.record({
  id: fc.integer({ min: 1, max: 2_000_000_000 }).map((n) => `INC-${n}`),
  title: text,
  severity: fc.constantFrom('P1', 'P2', 'P3', 'SEV-1'),
  status: fc.constantFrom('triage', 'investigating', 'fixing', 'monitoring', 'resolved'),
  services: fc.array(anyText(40), { maxLength: 5 }),
  customers: fc.array(anyText(40), { maxLength: 5 }),
  roles: fc.record({ coordinator: fc.option(fc.constant('alice')), operations: fc.option(fc.constant('bob')), communications: fc.constant(null) }),
  owners: fc.constant([]),
  nextUpdateDue: fc.option(fc.constant('2026-11-21T10:30:00Z')),
  url: fc.constant('https://github.com/acme/incidents/issues/42'),
  repo: fc.constant('acme/incidents'),
});
const event = (id: string): fc.Arbitrary<PageEvent> =>
  fc.record({
    pager: fc.constant('primary'),
    action: fc.constantFrom('trigger' as const, 'resolve' as const),
    why: text,
    key: fc.constant(`acme/incidents#${id}`),
    keyEnv: fc.constant('SITREP_PD_KEY'),
  });
const page = details.chain((d) => event(d.id).map((e) => ({ details: d, event: e })));

describe('any incident title and text make a valid, bounded event for every pager', () => {
  it('PagerDuty: valid by PagerDuty\'s Events API v2 description, summary ≤ 1,024', () => {
    fc.assert(
      fc.property(page, (input) => {
        const body = formatPagerDuty(input, 'R0UT1NGKEY0000000000000000000042', DEFAULT_PAGER_SEVERITIES);
        const sent = JSON.parse(JSON.stringify(body)) as { payload?: { summary: string } };
        expect(eventProblems(sent)).toEqual([]);
        if (input.event.action === 'trigger') expect(sent.payload!.summary.length).toBeLessThanOrEqual(PAGERDUTY_SUMMARY_MAX);
      }),
      RUNS,
    );
  });

  it('Opsgenie: a one-line message of 1 to 130 characters, the alias the key, string details', () => {
    fc.assert(
      fc.property(page, (input) => {
        const { path, body } = formatOpsgenie(input, DEFAULT_PAGER_SEVERITIES);
        if (input.event.action === 'resolve') {
          expect(path).toBe(`/v2/alerts/${encodeURIComponent(input.event.key)}/close?identifierType=alias`);
          return;
        }
        const message = body.message as string;
        expect(message.length).toBeGreaterThan(0);
        expect(message.length).toBeLessThanOrEqual(OPSGENIE_MESSAGE_MAX);
        expect(message).not.toMatch(/[\r\n]/);
        expect(body.alias).toBe(input.event.key);
        expect(Object.values(body.details as object).every((v) => typeof v === 'string' && v.length <= 8000)).toBe(true);
        expect((body.description as string).length).toBeLessThanOrEqual(15_000);
      }),
      RUNS,
    );
  });

  it('Grafana OnCall and webhook: alert_uid the key, state alerting|ok, title ≤ 1,024 on one line; JSON that reads back', () => {
    fc.assert(
      fc.property(page, (input) => {
        const oncall = JSON.parse(JSON.stringify(formatGrafanaOnCall(input))) as Record<string, string>;
        expect(oncall.alert_uid).toBe(input.event.key);
        expect(oncall.state).toBe(input.event.action === 'resolve' ? 'ok' : 'alerting');
        expect(oncall.title!.length).toBeLessThanOrEqual(1024);
        expect(oncall.title).not.toMatch(/[\r\n]/);
        expect(oncall.message!.length).toBeLessThanOrEqual(10_000);
        const hook = JSON.parse(JSON.stringify(formatWebhookPage(input))) as { entry: { why: string }; key: string };
        expect(hook.key).toBe(input.event.key);
        expect(hook.entry.why).toBe(input.event.why);
      }),
      RUNS,
    );
  });
});
