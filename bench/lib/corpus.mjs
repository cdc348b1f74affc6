// The incidents repository the benchmarks read: realistic incident files written by sitrep's own
// writer (P1/P2/P3 mixed, 3 to 30 Log entries, every status from declined to closed), and the
// hand edits people make to them. Shared by validate.mjs, site.mjs and report.mjs so that they
// measure the same corpus.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importSources, root, seededRandom, stamp } from './bundle.mjs';

const PEOPLE = ['alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'grace', 'heidi', 'ivan', 'judy', 'mallory', 'oscar'];
const SERVICES = ['checkout-api', 'payments-gateway', 'search-indexer', 'auth', 'status-page', 'cdn', 'orders-db', 'notifications'];
const CUSTOMERS = ['globex', 'initech', 'umbrella', 'hooli', 'stark'];
const TITLES = [
  'Checkout API returns 502 for EU customers',
  'Search results stale for up to 20 minutes',
  'Login fails for SSO users of one identity provider',
  'Order confirmation emails delayed by 2 hours',
  'Elevated latency on the orders database primary',
  'CDN serves expired TLS certificate in ap-southeast',
];
const UPDATES = [
  'Error rate steady at 4%; still looking at the connection pool.',
  'Rolled back deploy 1234; watching error rates.',
  'Root cause suspected in the retry policy of the shared client; testing a fix in staging.',
  'Customers informed through the status page and their account managers.',
  'Fix deployed to one region; rolling out to the rest over the next 30 minutes.',
  'Backlog drained; lag under 30 seconds.',
];
const PUBLIC_TITLES = ['Checkout errors for some customers', 'Delayed search results', 'Login problems', 'Slow order pages'];
const SEVERITIES = [['P1', 0.15, 30], ['P2', 0.35, 120], ['P3', 0.5, 1440]];

function severityFor(r) {
  let acc = 0;
  for (const [name, share, cadence] of SEVERITIES) {
    acc += share;
    if (r < acc) return { name, cadence };
  }
  return { name: 'P3', cadence: 1440 };
}

/**
 * The hand edits a person makes to an incident file that keep it valid, applied in turn to every
 * 10th file: an HTML comment after the Log, trailing spaces after a heading, a blank line between
 * two Log entries, Windows line endings, a byte order mark.
 */
export const HAND_EDITS = [
  ['HTML comment', (text) => `${text}\n<!-- reviewed in the weekly meeting -->\n`],
  ['heading with trailing spaces', (text) => text.replace('\n## Impact\n', '\n## Impact   \n')],
  ['blank line in the Log', (text) => text.replace(/(\n- [^\n]*\n)(- )/, '$1\n$2')],
  ['CRLF line endings', (text) => text.replaceAll('\n', '\r\n')],
  ['byte order mark', (text) => `\uFEFF${text}`],
];

/**
 * Writes a repository of `files` incident files under `repo` (with the example configuration).
 * `published`: every second incident is published (a `public:` block, its updates as public
 * entries). `handEdited`: every 10th file gets one of HAND_EDITS. Returns the corpus's size.
 */
export async function writeCorpus(repo, { files, published = false, handEdited = false }) {
  const { createIncidentText } = await importSources('corpus', ["export { createIncidentText } from './src/core/incident-file.ts';"]);
  const { random, pick } = seededRandom(42);

  /** One incident as sitrep would have written it after a realistic run of commands. */
  function incident(n, publish) {
    const severity = severityFor(random());
    const declared = Date.UTC(2025, 0, 1) + Math.floor(random() * 600 * 86_400_000);
    const reporter = pick(PEOPLE);
    const coordinator = pick(PEOPLE);
    const outcome = random();
    const final = outcome < 0.1 ? 'declined' : outcome < 0.2 ? 'fixing' : outcome < 0.55 ? 'resolved' : 'closed';
    // Typed Log events, written by sitrep's one Log writer.
    const log = [{ at: stamp(declared), actor: reporter, kind: 'declared', severity: severity.name, status: final === 'declined' ? 'triage' : 'investigating', ref: `https://github.com/acme/incidents/issues/${n}` }];
    let t = declared + 60_000 * (1 + Math.floor(random() * 10));
    const acknowledged = t;
    log.push({ at: stamp(t), actor: coordinator, kind: 'role', role: 'coordinator', login: coordinator, previous: null });
    const record = {
      id: `INC-${n}`, title: pick(TITLES), severity: severity.name, status: final, type: random() < 0.05 ? 'security' : 'incident', issue: n,
      source: pick(['alert', 'customer', 'email', 'other']), services: [pick(SERVICES)], customers: random() < 0.4 ? [pick(CUSTOMERS)] : [],
      declared_at: stamp(declared), started_at: random() < 0.7 ? stamp(declared - 60_000 * Math.floor(random() * 30)) : null,
      acknowledged_at: stamp(acknowledged), mitigated_at: null, resolved_at: null, closed_at: null, next_update_due: null,
      roles: { coordinator, operations: reporter, communications: random() < 0.5 ? pick(PEOPLE) : null }, postmortem: null,
    };
    if (publish) record.public = { title: pick(PUBLIC_TITLES), components: [...record.services] };
    if (final === 'declined') {
      t += 600_000;
      log.push({ at: stamp(t), actor: coordinator, kind: 'status', from: 'triage', to: 'declined', message: 'Not an incident: a synthetic check misfired.' });
    } else {
      const updates = 2 + Math.floor(random() * 20);
      let status = 'investigating';
      for (let i = 0; i < updates; i++) {
        t += 60_000 * Math.floor(severity.cadence * (0.3 + random() * 0.8));
        if (i === 1) {
          log.push({ at: stamp(t), actor: reporter, kind: 'status', from: status, to: 'fixing', message: pick(UPDATES) });
          status = 'fixing';
        } else if (publish) {
          log.push({ at: stamp(t), actor: record.roles.communications ?? coordinator, kind: 'public', message: pick(UPDATES), nextDue: stamp(t + severity.cadence * 60_000) });
        } else {
          log.push({ at: stamp(t), actor: record.roles.communications ?? coordinator, kind: 'update', status, message: pick(UPDATES), nextDue: stamp(t + severity.cadence * 60_000) });
        }
        if (random() < 0.1) log.push({ at: stamp(t + 30_000), actor: coordinator, kind: 'note', text: pick(UPDATES) });
      }
      if (final === 'fixing') {
        record.next_update_due = stamp(t + severity.cadence * 60_000);
      } else {
        t += 600_000;
        log.push({ at: stamp(t), actor: reporter, kind: 'status', from: 'fixing', to: 'monitoring', message: 'Error rate at baseline.' });
        record.mitigated_at = stamp(t);
        t += 3_600_000;
        log.push({ at: stamp(t), actor: coordinator, kind: 'status', from: 'monitoring', to: 'resolved', message: 'Stable for an hour.' });
        record.resolved_at = stamp(t);
        if (final === 'closed') {
          t += 3 * 86_400_000;
          log.push({ at: stamp(t), actor: 'github-actions[bot]', kind: 'status', from: 'resolved', to: 'closed', message: 'Postmortem merged.' });
          record.closed_at = stamp(t);
          record.postmortem = `postmortems/INC-${n}.md`;
        }
      }
    }
    return createIncidentText({
      record,
      summary: `${record.title}. ${pick(UPDATES)}`,
      impact: `About ${1 + Math.floor(random() * 30)}% of requests to ${record.services[0]} failed for ${Math.ceil((t - declared) / 60_000)} minutes.`,
      log,
    });
  }

  mkdirSync(join(repo, '.github'), { recursive: true });
  mkdirSync(join(repo, 'incidents'), { recursive: true });
  writeFileSync(join(repo, '.github', 'sitrep.yml'), readFileSync(join(root, 'examples', '.github', 'sitrep.yml')));
  // sitrep's writer renders through remark too, so the corpus reuses VARIANTS rendered incidents,
  // each file taking its own number in the id, the issue and the issue links. An even number of
  // variants keeps every second file (the even ones) published.
  const VARIANTS = 400;
  const variants = [];
  for (let v = 1; v <= Math.min(VARIANTS, files); v++) variants.push(incident(v, published && v % 2 === 0));
  let bytes = 0;
  for (let n = 1; n <= files; n++) {
    const v = (n - 1) % variants.length;
    let text = variants[v]
      .replace(/^id: INC-\d+$/m, `id: INC-${n}`)
      .replace(/^issue: \d+$/m, `issue: ${n}`)
      .replaceAll(`/issues/${v + 1})`, `/issues/${n})`)
      .replaceAll(`/issues/${v + 1}#`, `/issues/${n}#`);
    if (handEdited && n % 10 === 0) text = handEdit(text, n / 10);
    bytes += Buffer.byteLength(text);
    writeFileSync(join(repo, 'incidents', `INC-${n}.md`), text);
  }
  return { bytes };
}

/** The `index`th hand edit (in turn) applied to a file's text. */
export function handEdit(text, index) {
  const [, edit] = HAND_EDITS[index % HAND_EDITS.length];
  return edit(text);
}

/** A `--import` module (written under `dir`) that prints the peak RSS and CPU time of a child process on exit. */
export function writeProbe(dir) {
  const probe = join(dir, 'peak-rss.mjs');
  writeFileSync(
    probe,
    "process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write(`PEAK_RSS_KB=${u.maxRSS} CPU_US=${u.userCPUTime + u.systemCPUTime}\\n`); });\n",
  );
  return probe;
}
