import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alertChange, alertDeclaration, alertResolvedComment, alertText, readAlertPayload, type AlertPayload, type PayloadAlert } from '../../src/core/alert.js';
import { loadConfig, type Config } from '../../src/core/config.js';
import { parseMarkdown } from '../../src/core/markdown.js';

const config = loadConfig(null);

function configWith(yaml: string): Config {
  return loadConfig(yaml);
}

function alert(overrides: Partial<PayloadAlert> = {}): PayloadAlert {
  return {
    fingerprint: 'fp-1',
    status: 'firing',
    labels: { alertname: 'HighErrorRate', service: 'checkout-api', severity: 'critical' },
    annotations: { summary: 'Checkout API returns 502' },
    starts_at: '2026-11-21T09:50:00Z',
    url: 'http://prometheus.example.com/graph?g0.expr=rate',
    ...overrides,
  };
}

function payload(overrides: Partial<AlertPayload> = {}): AlertPayload {
  return {
    version: 1,
    source: 'alertmanager',
    key: '{}:{alertname="HighErrorRate"}',
    status: 'firing',
    common_labels: { alertname: 'HighErrorRate', service: 'checkout-api', severity: 'critical' },
    common_annotations: { summary: 'Checkout API returns 502' },
    alerts: [alert()],
    counts: { firing: 1, resolved: 0, total: 1, truncated: 0 },
    external_url: 'http://alertmanager.example.com:9093/',
    ...overrides,
  };
}

describe('readAlertPayload', () => {
  it('reads a valid payload', () => {
    expect(readAlertPayload(payload())).toEqual({ payload: payload() });
  });

  it.each([
    ['not an object', 'x', '(top level)', 'must be object'],
    ['a missing key', { ...payload(), key: undefined }, 'key', 'key: missing'],
    ['a wrong version', { ...payload(), version: 2 }, 'version', 'version: must be 1'],
    ['an unknown source', { ...payload(), source: 'nagios' }, 'source', 'must be one of "alertmanager", "grafana", "generic"'],
    ['an unknown status', { ...payload(), status: 'pending' }, 'status', 'status: must be one of "firing", "resolved"'],
    ['labels that are not an object', { ...payload(), alerts: [{ ...alert(), labels: 'x' }] }, 'alerts.0.labels', 'alerts.0.labels: must be object'],
    ['a label value that is not a string', { ...payload(), common_labels: { severity: 1 } }, 'common_labels.severity', 'must be string'],
    ['a start that is not a time', { ...payload(), alerts: [{ ...alert(), starts_at: 'yesterday' }] }, 'alerts.0.starts_at', 'must be an RFC 3339 time'],
    ['an unknown key', { ...payload(), extra: 1 }, 'extra', 'extra: unknown key'],
    ['an unknown alert key', { ...payload(), alerts: [{ ...alert(), value: 1 }] }, 'alerts.0.value', 'alerts.0.value: unknown key'],
  ])('names the field for %s', (_name, value, field, message) => {
    const read = readAlertPayload(value);
    expect('problems' in read).toBe(true);
    if (!('problems' in read)) return;
    expect(read.problems).toContainEqual({ field, message: expect.stringContaining(message) });
  });
});

describe('alertDeclaration', () => {
  it('declares from the summary, the severity label and the service label', () => {
    const declared = alertDeclaration(payload(), config);
    expect(declared).toMatchObject({
      title: 'Checkout API returns 502',
      severity: 'P1',
      services: ['checkout-api'],
      status: 'triage',
      alert: { key: '{}:{alertname="HighErrorRate"}', source: 'alertmanager', fingerprints: ['fp-1'] },
    });
    expect(declared.body).toContain('Declared from an alert sent by [Alertmanager](http://alertmanager.example.com:9093/): 1 firing, 0 resolved.');
    expect(declared.body).toContain('- **firing** since 2026-11-21T09:50:00Z · [source](http://prometheus.example.com/graph?g0.expr=rate)');
    expect(declared.body).toContain('  - labels: alertname=HighErrorRate, service=checkout-api, severity=critical');
  });

  it.each([
    ['the summary annotation', payload(), 'Checkout API returns 502'],
    ['the sender title without a summary', payload({ common_annotations: {}, alerts: [alert({ annotations: {} })], title: 'Checkout latency above 2s' }), 'Checkout latency above 2s'],
    ['alertname and the common labels', payload({ common_annotations: {}, alerts: [alert({ annotations: {} })] }), 'HighErrorRate (service=checkout-api, severity=critical)'],
    ['alertname alone', payload({ common_labels: { alertname: 'Down' }, common_annotations: {}, alerts: [alert({ annotations: {} })] }), 'Down'],
    ['one line', payload({ common_annotations: { summary: 'two\nlines   here' } }), 'two lines here'],
    ['at most 256 characters', payload({ common_annotations: { summary: 'x'.repeat(300) } }), `${'x'.repeat(255)}…`],
  ])('titles from %s', (_name, value, title) => {
    expect(alertDeclaration(value, config).title).toBe(title);
  });

  it.each<[string, Record<string, string>[], string, string]>([
    ['critical', [{ severity: 'critical' }], '', 'P1'],
    ['a value in another case', [{ severity: 'WARNING' }], '', 'P2'],
    ['info', [{ severity: 'info' }], '', 'P3'],
    ['the most severe of several alerts', [{ severity: 'info' }, { severity: 'warning' }], '', 'P2'],
    ['an unknown value: the most severe', [{ severity: 'meh' }], '', 'P1'],
    ['no label: the most severe', [{}], '', 'P1'],
    ['no label: default_severity', [{}], 'alerts: { default_severity: P3 }', 'P3'],
    ['another severity label', [{ priority: 'info', severity: 'critical' }], 'alerts: { severity_label: priority }', 'P3'],
    ['a configured mapping', [{ severity: 'page' }], 'alerts: { severities: { Page: P2 } }', 'P2'],
  ])('severity from %s', (_name, labels, yaml, severity) => {
    const value = payload({ common_labels: {}, alerts: labels.map((l, i) => alert({ fingerprint: `fp-${i}`, labels: l })) });
    expect(alertDeclaration(value, yaml ? configWith(yaml) : config).severity).toBe(severity);
  });

  it.each<[string, Record<string, string>[], string, string[]]>([
    ['the service label', [{ service: 'checkout-api' }], '', ['checkout-api']],
    ['several alerts, each once, in order', [{ service: 'b' }, { service: 'a' }, { service: 'b' }], '', ['b', 'a']],
    ['job when no service label', [{ job: 'node-exporter' }], '', ['node-exporter']],
    ['none', [{}], '', []],
    ['configured labels in order', [{ app: 'web', team: 'core' }], 'alerts: { service_label: [team, app] }', ['core', 'web']],
  ])('services from %s', (_name, labels, yaml, services) => {
    const value = payload({ common_labels: {}, alerts: labels.map((l, i) => alert({ fingerprint: `fp-${i}`, labels: l })) });
    expect(alertDeclaration(value, yaml ? configWith(yaml) : config).services).toEqual(services);
  });

  it('declares in alerts.status', () => {
    expect(alertDeclaration(payload(), configWith('alerts: { status: investigating }')).status).toBe('investigating');
  });

  it('keeps only firing fingerprints', () => {
    const value = payload({ alerts: [alert({ fingerprint: 'a' }), alert({ fingerprint: 'b', status: 'resolved' }), alert({ fingerprint: 'a' })] });
    expect(alertDeclaration(value, config).alert.fingerprints).toEqual(['a']);
  });

  it('says how many alerts a truncated group left out', () => {
    const value = payload({ counts: { firing: 300, resolved: 0, total: 300, truncated: 299 } });
    expect(alertDeclaration(value, config).body).toContain('299 more alerts of this group not shown (300 in all).');
  });

  it('links *_url annotations only when they are http(s)', () => {
    const value = payload({ alerts: [alert({ annotations: { runbook_url: 'https://runbooks.example.com/a(b)', dashboard_url: 'javascript:alert(1)' } })] });
    const body = alertDeclaration(value, config).body;
    expect(body).toContain('[https://runbooks.example.com/a\\(b\\)](https://runbooks.example.com/a%28b%29)');
    expect(body).toContain('dashboard\\_url: javascript:alert\\(1\\)');
    expect(body).not.toContain('](javascript:');
  });

  it.each([
    ['a mention', '@alice please look', '@\u200balice please look'],
    ['a team mention', 'cc @acme/sre', 'cc @\u200bacme/sre'],
    ['a forged marker', '<!-- sitrep:card -->', '&lt;\\!-- sitrep:card --&gt;'],
    ['HTML', '<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert\\(1\\)&gt;'],
    ['a newline that would leave the list item', 'x\n\n# Heading\n- [x] done', 'x \\# Heading - \\[x\\] done'],
    ['emphasis and code', '*bold* `code` _it_', '\\*bold\\* \\`code\\` \\_it\\_'],
    ['an entity', '&#64;alice', '&amp;\\#64;alice'],
  ])('neutralises %s in alert text', (_name, text, expected) => {
    expect(alertText(text)).toBe(expected);
    const body = alertDeclaration(payload({ alerts: [alert({ annotations: { description: text } })] }), config).body;
    expect(body).toContain(`  - description: ${expected}`);
  });
});

describe('alert text cannot ping, inject HTML or break the list (property)', () => {
  const hostile = fc.oneof(
    fc.string({ unit: 'grapheme-ascii' }),
    fc.string({ unit: fc.constantFrom('@', '<', '>', '!', '-', '\n', '\r', '`', '*', '_', '[', ']', '(', ')', '#', '&', '\\', ' ', 'a', 'b', '/', '|', '\u2028') }),
    fc.constantFrom('@alice', '<!-- sitrep:card -->', '<script>', '\n- injected', '\n\n## Log', '&lt;!--', '\\@bob', '@\\alice'),
  );
  const labels = fc.dictionary(fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 12 }), hostile, { maxKeys: 4 });

  it('holds for any labels and annotations', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ labels, annotations: labels }), { minLength: 1, maxLength: 4 }), labels, hostile, (alerts, common, key) => {
        const value = payload({
          key: key || 'k',
          common_labels: common,
          common_annotations: common,
          alerts: alerts.map((a, i) => alert({ fingerprint: `fp-${i}`, labels: a.labels, annotations: a.annotations })),
        });
        const { body } = alertDeclaration(value, config);
        const change = alertChange([], value);
        for (const text of [body, change?.comment ?? '']) {
          expect(text).not.toMatch(/@[A-Za-z0-9]/);
          expect(text).not.toContain('<');
          expect(text).not.toContain('>');
        }
        // Each alert stays one item of the top-level "Alerts" list.
        const tree = parseMarkdown(body);
        const lists = tree.children.filter((n) => n.type === 'list');
        expect(lists.at(-1)?.children).toHaveLength(alerts.length);
        expect(tree.children.filter((n) => n.type === 'heading' || n.type === 'html')).toHaveLength(0);
      }),
      { numRuns: 100 },
    );
  });
});

describe('alertChange', () => {
  const firing = (...fps: string[]) => payload({ alerts: fps.map((fp) => alert({ fingerprint: fp, labels: { alertname: 'HighErrorRate', instance: fp } })), counts: { firing: fps.length, resolved: 0, total: fps.length, truncated: 0 } });

  it.each<[string, string[], AlertPayload, { joined: string[]; left: string[]; fingerprints: string[]; summary: string } | null]>([
    ['the same alerts again', ['a', 'b'], firing('a', 'b'), null],
    ['the same alerts in another order', ['a', 'b'], firing('b', 'a'), null],
    ['an alert joins', ['a'], firing('a', 'b'), { joined: ['b'], left: [], fingerprints: ['a', 'b'], summary: '1 firing (2 of 2 alerts firing)' }],
    ['an alert leaves', ['a', 'b'], firing('a'), { joined: [], left: ['b'], fingerprints: ['a'], summary: '1 resolved (1 of 1 alert firing)' }],
    ['one joins, one leaves', ['a'], firing('b'), { joined: ['b'], left: ['a'], fingerprints: ['b'], summary: '1 firing, 1 resolved (1 of 1 alert firing)' }],
    [
      'the group resolves',
      ['a', 'b'],
      payload({ status: 'resolved', alerts: [alert({ fingerprint: 'a', status: 'resolved' }), alert({ fingerprint: 'b', status: 'resolved' })], counts: { firing: 0, resolved: 2, total: 2, truncated: 0 } }),
      { joined: [], left: ['a', 'b'], fingerprints: [], summary: 'all 2 alerts resolved' },
    ],
    ['a resolved group again', [], payload({ status: 'resolved', alerts: [alert({ status: 'resolved' })] }), null],
    [
      'a truncated group missing a known alert',
      ['a', 'z'],
      payload({ alerts: [alert({ fingerprint: 'a' })], counts: { firing: 2, resolved: 0, total: 2, truncated: 1 } }),
      null,
    ],
  ])('%s', (_name, before, value, expected) => {
    const change = alertChange(before, value);
    if (expected === null) {
      expect(change).toBeNull();
      return;
    }
    expect(change).toMatchObject({ joined: expected.joined, left: expected.left, fingerprints: expected.fingerprints, log: { kind: 'alert', state: value.status, summary: expected.summary } });
  });

  it('comments the newly firing alerts only, neutralised', () => {
    const value = payload({ alerts: [alert({ fingerprint: 'a' }), alert({ fingerprint: 'b', labels: { alertname: 'X', owner: '@carol' } })] });
    const change = alertChange(['a'], value)!;
    expect(change.comment).toContain('1 alert started firing');
    expect(change.comment).toContain('owner=@\u200bcarol');
    expect(change.comment).not.toContain('fingerprint: a\n');
    expect(alertChange(['a', 'b'], firing('a'))!.comment).toBeNull();
  });
});

describe('alertResolvedComment', () => {
  const resolved = payload({ status: 'resolved', alerts: [alert({ status: 'resolved' })], counts: { firing: 0, resolved: 2, total: 2, truncated: 0 } });

  it.each([
    ['the responder', 'alice', 'All 2 alerts of this incident\'s group resolved. @alice: if the impact is over too, resolve the incident with `/inc status resolved`.\n'],
    ['nobody', null, 'All 2 alerts of this incident\'s group resolved. Coordinator: if the impact is over too, resolve the incident with `/inc status resolved`.\n'],
    ['a value that is not a login', 'acme/sre <b>', 'All 2 alerts of this incident\'s group resolved. Coordinator: if the impact is over too, resolve the incident with `/inc status resolved`.\n'],
  ])('asks %s to resolve', (_name, responder, comment) => {
    expect(alertResolvedComment(resolved, responder, config)).toBe(comment);
  });

  it('uses the configured command', () => {
    expect(alertResolvedComment(resolved, 'bob', configWith('command: /incident'))).toContain('`/incident status resolved`');
  });
});
