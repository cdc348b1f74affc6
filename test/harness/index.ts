/**
 * The end-to-end test harness: the sandbox package's (`@sitrep/sandbox/testing`): a sandbox per
 * test file that fails any test during which it recorded a violation, the runner (`runAction`),
 * event builders checked against GitHub's webhook schemas, and a small HTTP client.
 */
export * from '@sitrep/sandbox/testing';
