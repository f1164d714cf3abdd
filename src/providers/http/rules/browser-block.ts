/**
 * A browser's console line that says it refused the response (ORB, CORS, CORP, an extension) or
 * got none (a network error). A block hides the server's answer, so a status the paste also shows
 * is the cause and its own finding explains it; this one then only says why the page saw nothing.
 */
import type { BlockMechanism } from '../../../diagnose/read/browser-block.ts';
import { findingFor, type Rule, supportCause } from '../../../diagnose/rule.ts';
import type { Finding } from '../../../diagnose/types.ts';

/** The cause of a network error each code supports. */
const NETWORK_CAUSES: readonly [RegExp, RegExp][] = [
  [/NAME_NOT_RESOLVED|NAME_RESOLUTION/i, /^The host name/],
  [/CONNECTION_REFUSED|ADDRESS_UNREACHABLE/i, /^Nothing listens/],
  [/CONNECTION_|TIMED_OUT|EMPTY_RESPONSE/i, /^The connection was cut/],
  [/CERT_|SSL_/i, /^TLS failed/],
];

/** The catalog cause each refusal supports, and how a note names it. */
const MECHANISMS: Record<Exclude<BlockMechanism, 'network'>, { cause: RegExp; name: string }> = {
  orb: { cause: /^Opaque Response Blocking/, name: 'Opaque Response Blocking' },
  corp: { cause: /^Cross-Origin-Resource-Policy/, name: 'its Cross-Origin-Resource-Policy check' },
  cors: { cause: /^CORS/, name: 'CORS' },
  client: { cause: /^An extension/, name: 'an extension' },
};

export const httpBrowserBlock: Rule = {
  name: 'http-browser-block',
  emits: ['http/blocked-by-browser', 'http/no-response'],
  run({ exchange }) {
    const block = exchange.browserBlock;
    if (block === undefined) return [];
    if (block.mechanism === 'network') return [networkFinding(block.line)];
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

function networkFinding(line: string): Finding {
  const finding = findingFor('http/no-response', line, { notes: ['No server answered, so there is no status and no service to blame: the failure is in DNS, the connection or TLS.'] });
  const cause = NETWORK_CAUSES.find(([code]) => code.test(line))?.[1];
  return cause ? supportCause(finding, cause, line) : finding;
}
