/** The committed OpenAPI subset matches @octokit/openapi and covers every route the sandbox serves. */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { REST_ROUTES } from '../src/rest.js';
import { openApiCatalog } from '../src/openapi.js';

it('is fresh: regenerating it from @octokit/openapi changes nothing', async () => {
  const run = promisify(execFile);
  await expect(run(process.execPath, [fileURLToPath(new URL('../scripts/extract-openapi.mjs', import.meta.url)), '--check'])).resolves.toBeDefined();
});

it('describes every served operation', () => {
  for (const route of REST_ROUTES) expect(openApiCatalog().operation(route.operationId).operationId).toBe(route.operationId);
  expect(REST_ROUTES.length).toBeGreaterThanOrEqual(53);
});
