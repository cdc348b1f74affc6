// A validation worker thread: checks the batches of files it is sent and answers each with its
// reports, in order. Bundled on its own (dist/validate-worker.js) so a thread loads only what
// validation needs.
import { parentPort } from 'node:worker_threads';
import { checkFiles, type FileToCheck } from './check-files.js';

parentPort?.on('message', (message: { batch: number; files: FileToCheck[] }) => {
  parentPort?.postMessage({ batch: message.batch, result: checkFiles(message.files) });
});
