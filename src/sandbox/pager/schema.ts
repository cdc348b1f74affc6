/**
 * Checks the sandbox pager's traffic against PagerDuty's own Events API v2 description (the subset
 * kept in events-v2-openapi.json, named by repository, path and commit inside it), so the fake
 * cannot drift into agreeing with a bug. Compiled once.
 */
import { Ajv, type ValidateFunction } from 'ajv';
import formatsPluginModule from 'ajv-formats';
import descriptionJson from './events-v2-openapi.json' with { type: 'json' };

const DESCRIPTION = descriptionJson as Record<string, unknown>;

let compiled: { request: ValidateFunction; success: ValidateFunction } | undefined;

function validators(): { request: ValidateFunction; success: ValidateFunction } {
  if (compiled) return compiled;
  // The description's own keywords (examples, x-examples) are annotations, not validation.
  const ajv = new Ajv({ allErrors: true, strict: false });
  formatsPluginModule.default(ajv, ['date-time']);
  // OpenAPI's `format: url`, as PagerDuty writes it: an absolute URL.
  ajv.addFormat('url', (value: string) => URL.canParse(value));
  ajv.addSchema(DESCRIPTION, 'pagerduty-events-v2');
  const at = (pointer: string) => {
    const validate = ajv.getSchema(`pagerduty-events-v2#${pointer}`);
    if (!validate) throw new Error(`the kept PagerDuty description has nothing at ${pointer}`);
    return validate;
  };
  compiled = {
    request: at('/paths/~1enqueue/post/requestBody/content/application~1json/schema'),
    success: at('/components/responses/Success/content/application~1json/schema'),
  };
  return compiled;
}

/** Problems of an Events API v2 request body, by PagerDuty's description and the rules its text states; [] when valid. */
export function eventProblems(body: unknown): string[] {
  const { request } = validators();
  const problems = request(body) ? [] : (request.errors ?? []).map((e) => `${e.instancePath || '(body)'} ${e.message ?? 'is not valid'}`);
  if (problems.length || typeof body !== 'object' || body === null) return problems;
  const event = body as { event_action?: string; dedup_key?: string; payload?: { summary?: string } };
  // The description's prose: dedup_key is required unless the action is trigger; a trigger carries a payload; summary at most 1,024 characters.
  if (event.event_action !== 'trigger' && !event.dedup_key) problems.push('/dedup_key is required unless event_action is trigger');
  if (event.event_action === 'trigger' && !event.payload) problems.push('/payload is required for a trigger');
  if (typeof event.payload?.summary === 'string' && event.payload.summary.length > 1024) problems.push('/payload/summary is longer than 1024 characters');
  return problems;
}

/** Problems of a 202 answer, by the description. */
export function successProblems(body: unknown): string[] {
  const { success } = validators();
  return success(body) ? [] : (success.errors ?? []).map((e) => `${e.instancePath || '(body)'} ${e.message ?? 'is not valid'}`);
}

/** The description's source, for messages. */
export const DESCRIPTION_SOURCE = String(DESCRIPTION.$comment ?? '');
