/**
 * Reads a HAR 1.2 file (the browser's "Save all as HAR"): one exchange per entry of log.entries.
 */

import { browserBlockIn } from './browser-block.ts';
import { type Draft, finishExchanges, newDraft } from './exchange.ts';
import { fieldsFromList, isPlainObject } from './json-headers.ts';
import { failure, success } from './outcome.ts';
import type { ReadOutcome } from './types.ts';

const EXPECTED = 'expected a HAR 1.2 export, whose log.entries lists one object per request';

export function readHar(root: Record<string, unknown>): ReadOutcome {
  const log = root.log;
  if (!isPlainObject(log)) return failure('invalid-har', `This HAR file's "log" is not an object: ${EXPECTED}.`);
  const entries = log.entries;
  if (!Array.isArray(entries)) return failure('invalid-har', `This HAR file has no log.entries list: ${EXPECTED}.`);
  if (entries.length === 0) {
    return failure(
      'no-headers',
      'This HAR file holds no requests: record the page load with the Network panel open, then export it again.',
    );
  }
  const drafts: Draft[] = [];
  for (let i = 0; i < entries.length; i++) {
    const entry: unknown = entries[i];
    if (!isPlainObject(entry)) {
      return failure('invalid-har', `Entry ${i + 1} of log.entries is not an object: ${EXPECTED}.`);
    }
    drafts.push(entryDraft(entry));
  }
  const exchanges = finishExchanges(drafts);
  if (exchanges.length === 0) {
    return failure('no-headers', 'The entries of this HAR file hold no requests or responses: export it again from the Network panel.');
  }
  return success('har', null, exchanges);
}

function entryDraft(entry: Record<string, unknown>): Draft {
  const request = isPlainObject(entry.request) ? entry.request : {};
  const response = isPlainObject(entry.response) ? entry.response : {};
  const draft = newDraft();
  draft.method = text(request.method);
  draft.url = text(request.url);
  draft.requestHeaders = fieldsFromList(request.headers);
  draft.headers = fieldsFromList(response.headers);
  draft.httpVersion = text(response.httpVersion) ?? text(request.httpVersion);
  // Browsers record 0 for requests that got no response (blocked, cancelled); that is no status.
  const status = Number(response.status);
  draft.status = Number.isInteger(status) && status >= 100 && status <= 999 ? status : null;
  draft.reason = text(response.statusText);
  const content = response.content;
  if (isPlainObject(content) && typeof content.text === 'string' && content.encoding !== 'base64') {
    draft.body = content.text;
  }
  // Chrome records why it gave the page no response (`net::ERR_BLOCKED_BY_ORB`); only an image's block is this site's concern.
  const block = browserBlockIn(text(response._error));
  if (block !== null && (entry._resourceType === undefined || entry._resourceType === 'image')) draft.browserBlock = block;
  return draft;
}

/** A non-empty string, or null. */
function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}
