/**
 * Where a paste is diagnosed: small ones in the page with the engine loaded on first use, big
 * ones in a module worker. Only the newest paste matters, so a newer one stops the worker rather
 * than queueing behind a stale 20 MB read.
 */
import { MAX_INPUT_LENGTH } from '../../diagnose/read/types.ts';
import type { DiagnoseOutcome } from '../../diagnose/types.ts';

/** Above this many characters (about a 256 KB HAR) the engine runs in the worker. */
export const WORKER_THRESHOLD = 256 * 1024;

type Engine = typeof import('./engine.ts');
let engine: Promise<Engine> | null = null;

export function loadEngine(): Promise<Engine> {
  engine ??= import('./engine.ts');
  return engine;
}

let worker: Worker | null = null;
/** Settles the read in flight in the worker, if any. */
let settleInFlight: ((outcome: DiagnoseOutcome | null) => void) | null = null;

/**
 * The outcome for `text`, its findings' causes and fixes filled in as the CLI has them; null when
 * a newer call made it obsolete.
 */
export async function diagnoseText(text: string): Promise<DiagnoseOutcome | null> {
  const outcome = await readAndDiagnose(text);
  if (outcome === null || !outcome.ok) return outcome;
  const loaded = await loadEngine();
  return { ok: true, diagnosis: await loaded.completeTexts(outcome.diagnosis) };
}

async function readAndDiagnose(text: string): Promise<DiagnoseOutcome | null> {
  stopInFlight();
  // The reader refuses an oversized text before touching it, so that answer is instant here.
  if (text.length <= WORKER_THRESHOLD || text.length > MAX_INPUT_LENGTH) return (await loadEngine()).diagnoseWithProviders(text);
  return new Promise((resolve) => {
    settleInFlight = resolve;
    worker ??= new Worker(new URL('./diagnose.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<DiagnoseOutcome>) => {
      settleInFlight = null;
      resolve(event.data);
    };
    // A worker that cannot start (an old browser, a stricter policy) must not leave the reader
    // without an answer: read in the page instead, slower but complete.
    worker.onerror = (event) => {
      event.preventDefault();
      discardWorker();
      settleInFlight = null;
      void loadEngine().then((loaded) => loaded.diagnoseWithProviders(text)).then(resolve);
    };
    worker.postMessage(text);
  });
}

function stopInFlight(): void {
  if (!settleInFlight) return;
  settleInFlight(null);
  settleInFlight = null;
  discardWorker();
}

function discardWorker(): void {
  worker?.terminate();
  worker = null;
}
