/**
 * A browser's console line that says it refused the response (ORB, CORS, CORP, an extension). The
 * block hides the server's answer, so a status the paste also shows is the cause and its own
 * finding explains it; this one then only says why the page saw nothing.
 */
import type { BlockMechanism } from '../../../diagnose/read/browser-block.ts';
import { findingFor, type Rule, supportCause } from '../../../diagnose/rule.ts';

/** The catalog cause each mechanism supports, and how a note names it. */
const MECHANISMS: Record<BlockMechanism, { cause: RegExp; name: string }> = {
  orb: { cause: /^Opaque Response Blocking/, name: 'Opaque Response Blocking' },
  corp: { cause: /^Cross-Origin-Resource-Policy/, name: 'its Cross-Origin-Resource-Policy check' },
  cors: { cause: /^CORS/, name: 'CORS' },
  client: { cause: /^An extension/, name: 'an extension' },
};

export const httpBrowserBlock: Rule = {
  name: 'http-browser-block',
  emits: ['http/blocked-by-browser'],
  run({ exchange }) {
    const block = exchange.browserBlock;
    if (block === undefined) return [];
    const { cause, name } = MECHANISMS[block.mechanism];
    const status = exchange.status;
    const failed = status !== null && status >= 400;
    const notes = [
      failed
        ? `The server answered ${status}: that status is why the image failed; ${name} only hid the error.`
        : status === null
          ? `Blocked by ${name}, which hides the server's status: the Network panel or a direct request shows it.`
          : `The server answered ${status}, and ${name} still blocked the response.`,
    ];
    const finding = findingFor('http/blocked-by-browser', block.line, { severity: failed ? 'info' : 'error', notes });
    return [supportCause(finding, cause, block.line)];
  },
};
