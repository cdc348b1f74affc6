/**
 * Incident files for the report's tests, as users have them (Markdown with front matter and a
 * Log), across four months with one empty: each incident's numbers are worked out by hand below.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseIncident, type IncidentDocument } from '../../src/core/incident-file.js';

/** The time the report is computed at. */
export const AS_OF = '2026-11-30T00:00:00Z';

interface Spec {
  n: number;
  severity: string;
  services: string[];
  causedBy?: string[];
  declared: string;
  acknowledged: string | null;
  resolved: string | null;
  /** `time · @actor · label · text` lines after the declaration. */
  log: string[];
}

const SPECS: Spec[] = [
  // Aug: ack 5m, resolve 2h; updates 3 made, all on time (the move at 10:50 is exactly on time).
  {
    n: 1,
    severity: 'P1',
    services: ['checkout-api'],
    causedBy: ['https://github.com/acme/checkout/pull/12'],
    declared: '2026-08-03T10:00:00Z',
    acknowledged: '2026-08-03T10:05:00Z',
    resolved: '2026-08-03T12:00:00Z',
    log: [
      '2026-08-03T10:20:00Z · @alice · update (investigating) · Pool exhausted.',
      '2026-08-03T10:50:00Z · @alice · status · investigating → monitoring. Rolled back.',
      '2026-08-03T12:00:00Z · @alice · status · monitoring → resolved. Stable.',
    ],
  },
  // Aug: ack 30m, resolve 6h; 1 made late, 2 missed: 0 of 3 on time.
  {
    n: 2,
    severity: 'P2',
    services: ['payments'],
    declared: '2026-08-20T09:00:00Z',
    acknowledged: '2026-08-20T09:30:00Z',
    resolved: '2026-08-20T15:00:00Z',
    log: ['2026-08-20T15:00:00Z · @bob · status · investigating → resolved. Fixed.'],
  },
  // Oct: ack 2m, resolve 1h; 2 of 2 on time.
  {
    n: 3,
    severity: 'P1',
    services: ['checkout-api', 'search'],
    causedBy: ['https://github.com/acme/search/pull/3'],
    declared: '2026-10-05T08:00:00Z',
    acknowledged: '2026-10-05T08:02:00Z',
    resolved: '2026-10-05T09:00:00Z',
    log: [
      '2026-10-05T08:25:00Z · @alice · status · investigating → monitoring. Reverted.',
      '2026-10-05T09:00:00Z · @alice · status · monitoring → resolved. Stable.',
    ],
  },
  // Oct: no service, ack 2h, resolve 24h; 1 of 1 on time (P3: daily).
  {
    n: 4,
    severity: 'P3',
    services: [],
    declared: '2026-10-25T12:00:00Z',
    acknowledged: '2026-10-25T14:00:00Z',
    resolved: '2026-10-26T12:00:00Z',
    log: ['2026-10-26T12:00:00Z · @carol · status · investigating → resolved. Gone.'],
  },
  // Nov: ack 10m, resolve 4h; 3 made, 2 late, 5 missed: 1 of 8 on time.
  {
    n: 5,
    severity: 'P1',
    services: ['checkout-api'],
    causedBy: ['https://github.com/acme/checkout/pull/40', 'https://github.com/acme/checkout/pull/41'],
    declared: '2026-11-02T10:00:00Z',
    acknowledged: '2026-11-02T10:10:00Z',
    resolved: '2026-11-02T14:00:00Z',
    log: [
      '2026-11-02T10:20:00Z · @alice · status · investigating → fixing. Found it.',
      '2026-11-02T11:00:00Z · @alice · update (fixing) · Deploying.',
      '2026-11-02T14:00:00Z · @alice · status · fixing → resolved. Done.',
    ],
  },
  // Nov: ack 1m, resolve 40m; 1 made late: 0 of 1.
  {
    n: 6,
    severity: 'P1',
    services: ['search'],
    declared: '2026-11-10T10:00:00Z',
    acknowledged: '2026-11-10T10:01:00Z',
    resolved: '2026-11-10T10:40:00Z',
    log: ['2026-11-10T10:40:00Z · @bob · status · investigating → resolved. Index rebuilt.'],
  },
];

function fileText(spec: Spec): string {
  const front = [
    `id: INC-${spec.n}`,
    `title: Incident ${spec.n} in ${spec.services.join(' and ') || 'nothing named'}`,
    `severity: ${spec.severity}`,
    `status: ${spec.resolved ? 'resolved' : 'fixing'}`,
    'type: incident',
    `issue: ${spec.n}`,
    'source: alert',
    `services: [${spec.services.join(', ')}]`,
    'customers: []',
    `declared_at: ${spec.declared}`,
    `acknowledged_at: ${spec.acknowledged ?? 'null'}`,
    `resolved_at: ${spec.resolved ?? 'null'}`,
    'roles: { coordinator: alice, operations: bob, communications: alice }',
    ...(spec.causedBy ? ['caused_by:', ...spec.causedBy.map((url) => `  - ${url}`)] : []),
  ];
  const log = [`${spec.declared} · @bob · declared · ${spec.severity}, investigating`, ...spec.log];
  return `---\n${front.join('\n')}\n---\n\n## Summary\n\nSomething broke.\n\n## Impact\n\nSome customers.\n\n## Log\n\n${log.map((l) => `- ${l}`).join('\n')}\n`;
}

/** The incident files, by path. */
export function reportIncidentFiles(): Record<string, string> {
  return Object.fromEntries(SPECS.map((spec) => [`incidents/INC-${spec.n}.md`, fileText(spec)]));
}

/** The incident files parsed, as the CLI reads them. */
export function reportIncidents(files = reportIncidentFiles()): IncidentDocument[] {
  return Object.entries(files).map(([path, text]) => {
    const { document, problems } = parseIncident(text, path);
    if (!document) throw new Error(`${path}: ${JSON.stringify(problems)}`);
    return document;
  });
}

/** A repository folder holding the files (and a `.github/sitrep.yml` with the defaults). */
export function reportRepository(files = reportIncidentFiles()): string {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-report-'));
  mkdirSync(join(dir, '.github'));
  writeFileSync(join(dir, '.github/sitrep.yml'), '# defaults\n');
  mkdirSync(join(dir, 'incidents'));
  for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
  return dir;
}

/**
 * `count` incident files spread over two years, for timing: varied severities, services,
 * causes and Logs.
 */
export function manyIncidentFiles(count: number): Record<string, string> {
  const files: Record<string, string> = {};
  const severities = ['P1', 'P2', 'P3'];
  const start = Date.parse('2025-01-01T00:00:00Z');
  const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
  for (let n = 1; n <= count; n++) {
    const declared = start + Math.floor(((n * 7919) % count) * ((730 * 86_400_000) / count));
    const minutes = (k: number) => declared + k * 60_000;
    const spec: Spec = {
      n,
      severity: severities[n % 3] as string,
      services: [['checkout-api'], ['payments'], ['search', 'checkout-api'], []][n % 4] as string[],
      ...(n % 5 === 0 ? { causedBy: [`https://github.com/acme/checkout/pull/${n}`] } : {}),
      declared: iso(declared),
      acknowledged: iso(minutes(1 + (n % 40))),
      resolved: iso(minutes(60 + (n % 600))),
      log: [
        `${iso(minutes(20))} · @alice · update (investigating) · Looking.`,
        `${iso(minutes(45))} · @alice · status · investigating → monitoring. Mitigated.`,
        `${iso(minutes(60 + (n % 600)))} · @alice · status · monitoring → resolved. Done.`,
      ],
    };
    files[`incidents/INC-${n}.md`] = fileText(spec);
  }
  return files;
}
