/** One URL fetched and diagnosed: the unit of URL mode and of each image in scan mode. */
import { diagnoseRead, type Diagnosis } from '../diagnose/index.ts';
import { type FetchedChain, FetchError, fetchChain, MAX_REDIRECTS, type RequestSettings } from './fetch.ts';

export type Checked =
  | { url: string; ok: true; diagnosis: Diagnosis; stopped: FetchedChain['stopped'] }
  | { url: string; ok: false; error: string };

export async function checkUrl(url: string, settings: RequestSettings): Promise<Checked> {
  try {
    const chain = await fetchChain(url, settings);
    // The hops are exchanges already: the engine takes them as the reader would hand them over.
    const diagnosis = diagnoseRead({ format: 'http-message', command: null, exchanges: chain.exchanges, report: { used: [], setAside: [] } });
    return { url, ok: true, diagnosis, stopped: chain.stopped };
  } catch (error) {
    if (error instanceof FetchError) return { url, ok: false, error: error.message };
    throw error;
  }
}

/** What the text output says was read, in place of the detected format. */
export function fetchedSource(checked: Extract<Checked, { ok: true }>): string {
  const count = checked.diagnosis.responses.length;
  const hops = count > 1 ? `; ${count} responses, every redirect followed` : '';
  const stop =
    checked.stopped === 'loop'
      ? '; stopped: the last Location was visited before'
      : checked.stopped === 'too-many-redirects'
        ? `; stopped after ${MAX_REDIRECTS} redirects`
        : '';
  return `Fetched ${checked.url}${hops}${stop}`;
}
