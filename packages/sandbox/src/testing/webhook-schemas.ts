/**
 * Checks every event payload the builders make against GitHub's published webhook schemas
 * (@octokit/openapi-webhooks), so a builder cannot drift from what GitHub sends.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import formatsPluginModule from 'ajv-formats';
import { setWebhookPayloadCheck } from '../events.js';

type Json = Record<string, unknown>;

const WEBHOOKS_ID = 'https://sitrep.invalid/github-webhooks.json';
let webhookAjv: Ajv | undefined;
const validators = new Map<string, ValidateFunction>();

function webhookValidator(schemaName: string): ValidateFunction {
  let validate = validators.get(schemaName);
  if (validate) return validate;
  if (!webhookAjv) {
    const require = createRequire(import.meta.url);
    const document = JSON.parse(readFileSync(require.resolve('@octokit/openapi-webhooks/generated/api.github.com.json'), 'utf8')) as {
      components: { schemas: Record<string, unknown> };
    };
    // The description is OpenAPI 3.1 (JSON Schema types with null); its component references
    // are rewritten to point into one registered document.
    const text = JSON.stringify(document.components.schemas).replaceAll('"#/components/schemas/', `"${WEBHOOKS_ID}#/$defs/`);
    webhookAjv = new Ajv({ strict: false, allErrors: true, validateSchema: false, inlineRefs: false, code: { optimize: false } });
    formatsPluginModule.default(webhookAjv, ['date-time', 'date', 'uri', 'uri-template', 'email']);
    webhookAjv.addFormat('int64', true);
    webhookAjv.addSchema({ $id: WEBHOOKS_ID, $defs: JSON.parse(text) as Json });
  }
  validate = webhookAjv.compile({ $ref: `${WEBHOOKS_ID}#/$defs/${schemaName}` });
  validators.set(schemaName, validate);
  return validate;
}

/** Throws when a payload does not match GitHub's webhook schema (`webhook-issues-opened`, …). */
export function assertWebhookPayload(schemaName: string, payload: unknown): void {
  const validate = webhookValidator(schemaName);
  if (validate(payload)) return;
  const problems = (validate.errors ?? [])
    .slice(0, 10)
    .map((e) => `  ${e.instancePath || '/'}${e.keyword === 'required' ? `/${String(e.params.missingProperty)}` : ''}: ${e.message ?? e.keyword}`);
  throw new Error(`the ${schemaName} payload does not match GitHub's webhook schema:\n${problems.join('\n')}`);
}

setWebhookPayloadCheck(assertWebhookPayload);
