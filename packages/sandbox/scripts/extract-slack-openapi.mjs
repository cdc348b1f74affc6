// Keeps the part of Slack's Web API OpenAPI description that sitrep calls, for the sandbox's Slack
// (packages/sandbox/src/slack/openapi-subset.json): each method's parameters, scopes and response schemas,
// with the definitions they reference.
//
//   node packages/sandbox/scripts/extract-slack-openapi.mjs <path to web-api/slack_web_openapi_v2_without_examples.json> <commit>
//
// The description is slackapi/slack-api-specs, web-api/slack_web_openapi_v2_without_examples.json
// (the same description as slack_web_openapi_v2.json without its examples).
import { readFile, writeFile } from 'node:fs/promises';

export const METHODS = [
  'conversations.create',
  'conversations.invite',
  'conversations.setTopic',
  'conversations.archive',
  'conversations.info',
  'conversations.history',
  'conversations.replies',
  'chat.postMessage',
  'chat.getPermalink',
  'pins.list',
  'views.open',
];

const [source, commit] = process.argv.slice(2);
if (!source || !commit) {
  console.error('usage: node scripts/extract-slack-openapi.mjs <slack_web_openapi_v2_without_examples.json> <commit>');
  process.exit(2);
}
const spec = JSON.parse(await readFile(source, 'utf8'));
const definitions = {};
function collect(node) {
  if (!node || typeof node !== 'object') return;
  if (typeof node.$ref === 'string') {
    const name = node.$ref.replace('#/definitions/', '');
    if (!(name in definitions)) {
      definitions[name] = spec.definitions[name];
      collect(spec.definitions[name]);
    }
  }
  for (const child of Object.values(node)) collect(child);
}
const methods = {};
for (const name of METHODS) {
  const [[httpMethod, op]] = Object.entries(spec.paths[`/${name}`]);
  const ok = op.responses['200'].schema;
  const error = op.responses.default.schema;
  collect(ok);
  collect(error);
  methods[name] = {
    httpMethod: httpMethod.toUpperCase(),
    scopes: op.security?.[0]?.slackAuth ?? [],
    parameters: op.parameters.filter((p) => p.name !== 'token').map((p) => ({ name: p.name, in: p.in, type: p.type, required: p.required ?? false })),
    responses: { ok, error },
  };
}
const subset = {
  source: { repository: 'slackapi/slack-api-specs', path: 'web-api/slack_web_openapi_v2_without_examples.json', commit, version: spec.info.version },
  methods,
  definitions,
};
await writeFile(new URL('../src/slack/openapi-subset.json', import.meta.url), `${JSON.stringify(subset, null, 1)}\n`);
