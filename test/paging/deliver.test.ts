import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { pageDetails, planPages } from '../../src/core/paging.js';
import { deliverPages, opsgenieApiUrl, type PageDeliverOptions } from '../../src/paging/index.js';
import { startSandboxPager, type SandboxPager } from '../../src/sandbox/pager/server.js';
import { anIncident, configFrom, logLine } from '../support/builders.js';

const ROUTING_KEY = 'R0UT1NGKEY0000000000000000000042';
const GENIE_KEY = 'eb243592-faa2-4ba2-a551-1afdf565c889';
const REPO = 'acme/incidents';
const URL_OF_ISSUE = 'https://github.com/acme/incidents/issues/42';

let pager: SandboxPager;
beforeAll(async () => {
  pager = await startSandboxPager({ keys: [ROUTING_KEY, GENIE_KEY] });
});
afterAll(() => pager.close());
beforeEach(() => pager.reset());

const config = configFrom(`
paging:
  - { name: primary, type: pagerduty, key_env: SITREP_PD_KEY }
  - { name: ops, type: opsgenie, key_env: SITREP_OG_KEY }
`);

/** Pages owed for a P1 just declared (or resolved), delivered to the sandbox's pager. */
function deliver(options: { env?: Record<string, string>; resolved?: boolean; only?: string } = {}) {
  const record = anIncident(options.resolved ? { status: 'resolved' } : {});
  const log = [logLine('2026-11-21T10:00:00Z', 'bob', 'declared', 'P1, investigating')];
  if (options.resolved) {
    log.push(logLine('2026-11-21T10:01:00Z', 'bob', 'paged', 'primary: declared P1'), logLine('2026-11-21T10:01:00Z', 'bob', 'paged', 'ops: declared P1'));
    log.push(logLine('2026-11-21T10:30:00Z', 'bob', 'status', 'investigating → resolved'));
  }
  const events = planPages({ repo: REPO, record, log, config }).filter((e) => !options.only || e.pager === options.only);
  const waits: number[] = [];
  const lines: string[] = [];
  const settings: PageDeliverOptions = {
    env: options.env ?? { SITREP_PD_KEY: ROUTING_KEY, SITREP_OG_KEY: GENIE_KEY },
    endpoints: { pagerdutyEventsUrl: pager.url, opsgenieApiUrl: pager.url },
    sleep: async (ms) => void waits.push(ms),
    log: (line) => lines.push(line),
    registerSecret: () => undefined,
    timeout: 2000,
  };
  return deliverPages(events, pageDetails(record, config, REPO, URL_OF_ISSUE), config.paging, settings).then((report) => ({ report, waits, lines }));
}

describe('delivering pages to the sandbox pager', () => {
  it('triggers at PagerDuty and Opsgenie with the incident key; the requests pass PagerDuty\'s description', async () => {
    const { report } = await deliver();
    expect(report.errors).toEqual([]);
    expect(report.sent.map((e) => `${e.pager}: ${e.why}`).sort()).toEqual(['ops: declared P1', 'primary: declared P1']);
    expect(pager.alerts.get('pagerduty:acme/incidents#INC-42')).toMatchObject({ status: 'triggered', triggers: 1, summary: 'INC-42 (P1, investigating): Checkout API returns 502 for EU customers' });
    expect(pager.alerts.get('opsgenie:acme/incidents#INC-42')).toMatchObject({ status: 'triggered', triggers: 1 });
    expect(pager.requests.find((r) => r.path === '/v2/alerts')?.headers.authorization).toBe(`GenieKey ${GENIE_KEY}`);
    expect(pager.violations).toEqual([]);
  });

  it('resolves at both pagers with the same key (Opsgenie closes by alias)', async () => {
    await deliver();
    const { report } = await deliver({ resolved: true });
    expect(report.errors).toEqual([]);
    expect(report.sent.map((e) => `${e.pager} ${e.action}`).sort()).toEqual(['ops resolve', 'primary resolve']);
    expect(pager.alerts.get('pagerduty:acme/incidents#INC-42')?.status).toBe('resolved');
    expect(pager.alerts.get('opsgenie:acme/incidents#INC-42')?.status).toBe('resolved');
    expect(pager.requests.map((r) => r.path)).toContain('/v2/alerts/acme%2Fincidents%23INC-42/close?identifierType=alias');
    expect(pager.violations).toEqual([]);
  });

  it('waits out a 429 and its Retry-After, then delivers: two requests', async () => {
    pager.faults.rateLimited = 1;
    pager.faults.retryAfter = 7;
    const { report, waits } = await deliver({ only: 'primary' });
    expect(report.errors).toEqual([]);
    expect(report.sent).toHaveLength(1);
    expect(waits).toEqual([7000]);
    expect(pager.requests.map((r) => r.status)).toEqual([429, 202]);
  });

  it('makes a 400 (bad routing key) an error naming the pager and what to check, never retried, the key nowhere', async () => {
    pager.faults.badKey = 1;
    const { report, lines } = await deliver({ only: 'primary' });
    expect(report.sent).toEqual([]);
    expect(pager.requests).toHaveLength(1);
    expect(report.errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/^pager "primary" \(pagerduty\): INC-42 page refused \(HTTP 400: .*Invalid routing key.*\); check the routing key in SITREP_PD_KEY: it must be the Integration Key of an Events API v2 integration/),
    ]);
    expect(JSON.stringify({ report, lines })).not.toContain(ROUTING_KEY);
  });

  it('makes a pager that stays down an error naming the pager after 3 tries, the key nowhere', async () => {
    pager.faults.down = 5;
    const { report, lines } = await deliver({ only: 'ops' });
    expect(pager.requests.map((r) => r.status)).toEqual([503, 503, 503]);
    expect(report.errors.map((e) => e.message)).toEqual([expect.stringMatching(/^pager "ops" \(opsgenie\): INC-42 page not delivered \(HTTP 503.*\); the next run pages it again$/)]);
    expect(lines).toHaveLength(2);
    expect(JSON.stringify({ report, lines })).not.toContain(GENIE_KEY);
  });

  it('pages at most once when the answer is lost: the retry lands on the same alert (PagerDuty deduplicates on dedup_key)', async () => {
    pager.faults.lostAnswer = 1;
    const { report } = await deliver({ only: 'primary' });
    expect(report.sent).toHaveLength(1);
    expect(pager.requests).toHaveLength(2);
    expect([...pager.alerts.values()]).toHaveLength(1);
    expect(pager.alerts.get('pagerduty:acme/incidents#INC-42')?.triggers).toBe(2);
  });

  it('names a missing key_env variable and sends nothing', async () => {
    const { report } = await deliver({ env: { SITREP_OG_KEY: GENIE_KEY }, only: 'primary' });
    expect(report.errors.map((e) => e.message)).toEqual([expect.stringMatching(/^pager "primary" \(pagerduty\): environment variable SITREP_PD_KEY \(key_env\) is not set/)]);
    expect(pager.requests).toHaveLength(0);
  });

  it('uses Opsgenie\'s EU host for region eu, unless the URL was set', () => {
    expect(opsgenieApiUrl('eu', 'https://api.opsgenie.com')).toBe('https://api.eu.opsgenie.com');
    expect(opsgenieApiUrl('us', 'https://api.opsgenie.com')).toBe('https://api.opsgenie.com');
    expect(opsgenieApiUrl('eu', pager.url)).toBe(pager.url);
  });
});
