/** Repository dispatches: recorded, so the harness can build the `repository_dispatch` event GitHub would send. */
import { GitHubError } from '../errors.js';
import { bodyOf, repoFor, type RestRoute } from '../rest/context.js';

/** GitHub's documented ceiling on a dispatch's `client_payload`, serialized. */
const MAX_CLIENT_PAYLOAD_CHARS = 65_535;

export const dispatchRoutes: RestRoute[] = [
  {
    operationId: 'repos/create-dispatch-event',
    handler: (request) => {
      // A repository dispatch needs write access (contents: write for a fine-grained token).
      const repo = repoFor(request, 'write');
      const body = bodyOf<{ event_type: string; client_payload?: Record<string, unknown> }>(request);
      const clientPayload = body.client_payload ?? {};
      if (JSON.stringify(clientPayload).length > MAX_CLIENT_PAYLOAD_CHARS) {
        throw new GitHubError(422, 'client_payload is too large');
      }
      repo.dispatches.push({ eventType: body.event_type, clientPayload, sender: request.actor.login, at: request.state.now() });
      return { status: 204 };
    },
  },
];
