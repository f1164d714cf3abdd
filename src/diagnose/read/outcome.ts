/** Building the reader's answers, and the one-sentence messages that say what was expected. */

import { type Exchange, type InputFormat, MAX_INPUT_LENGTH, type ReadError, type ReadOutcome, type ReadReport } from './types.ts';

const MESSAGES: Record<ReadError['code'], string> = {
  empty: 'Nothing to read: paste HTTP response headers, curl -v output or a HAR file.',
  'too-large': `This paste is too large to read (over ${MAX_INPUT_LENGTH / (1024 * 1024)} MB): paste the response headers alone, or a HAR file with fewer requests.`,
  binary: 'This looks like binary data rather than text: paste the response headers, curl -v output or a HAR file as text.',
  'invalid-har': 'This HAR file could not be read: expected a HAR 1.2 export whose log.entries lists the requests.',
  'no-headers':
    'No HTTP headers found: expected "name: value" lines, a status line such as HTTP/2 404, curl -v output or a HAR file.',
};

export function failure(code: ReadError['code'], message: string = MESSAGES[code]): ReadOutcome {
  return { ok: false, error: { code, message } };
}

const NOTHING_TO_REPORT: ReadReport = { used: [], setAside: [] };

export function success(
  format: InputFormat,
  command: string | null,
  exchanges: Exchange[],
  report: ReadReport = NOTHING_TO_REPORT,
): ReadOutcome {
  return { ok: true, result: { format, command, exchanges, report: { used: [...report.used], setAside: [...report.setAside] } } };
}
