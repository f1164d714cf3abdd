/**
 * Reads `curl -v` output: `*` lines tell about the connection, `>` lines are the request sent,
 * `<` lines the response received, and unprefixed lines after a response's headers its body
 * (up to the next request, response or command line).
 * A `-L` run holds one request and response per hop.
 */

import { walkLines } from './command.ts';
import { type Draft, DraftList, type Reading, awaitsResponse, joinBody } from './exchange.ts';
import { type Line, isCurlNoise, isFence, isInterimStatus, parseHeaderLine, parseRequestLine, parseStatusLine } from './lines.ts';

export function readCurlVerbose(lines: readonly Line[]): Reading {
  const reader = new VerboseReader();
  walkLines(
    lines,
    (command) => {
      reader.endBody();
      reader.list.startSegment(command, command.url);
    },
    (line) => reader.readLine(line),
  );
  reader.endBody();
  return { drafts: reader.list.drafts, command: reader.list.command };
}

/** The prefix of a curl -v line (`*`, `>` or `<`) and the text after it, if it has one. */
function splitPrefix(text: string): { prefix: string; rest: string } | null {
  const prefix = text[0] ?? '';
  if ((prefix !== '*' && prefix !== '>' && prefix !== '<') || (text.length > 1 && text[1] !== ' ')) return null;
  return { prefix, rest: text.slice(1).trim() };
}

type Phase = 'request' | 'response' | 'interim' | 'body' | 'idle';

class VerboseReader {
  readonly list = new DraftList();
  private phase: Phase = 'idle';
  private body: string[] = [];
  /** What curl's info lines said about the connection in use. */
  private address: string | null = null;
  private port: number | null = null;
  private tls = false;

  readLine(line: Line): void {
    const text = line.text;
    const prefixed = splitPrefix(text);
    if (prefixed === null) {
      if (isFence(text)) this.endBody();
      else if (this.phase === 'body' && !isCurlNoise(text)) this.body.push(line.raw);
      return;
    }
    // Info lines interleave with the body: curl writes them to stderr while the body goes to
    // stdout, and a body without a final newline shows up only after `* Connection ... left intact`.
    if (prefixed.prefix === '*') return this.info(prefixed.rest);
    this.endBody();
    if (prefixed.prefix === '>') this.sent(prefixed.rest);
    else this.received(prefixed.rest);
  }

  endBody(): void {
    if (this.phase !== 'body') return;
    const draft = this.list.current;
    if (draft !== null) draft.body = joinBody(this.body);
    this.body = [];
    this.phase = 'idle';
  }

  private info(text: string): void {
    const connected = /^Connected to (\S+) \([^)]*\) port (\d+)/.exec(text);
    if (connected !== null) return this.connect(connected[1] ?? '', Number(connected[2]));
    if (text.startsWith('Trying ')) {
      const address = text.slice('Trying '.length).replace(/\.\.\.$/, '');
      const port = /:(\d+)$/.exec(address);
      return this.connect(port === null ? address : address.slice(0, port.index), port === null ? null : Number(port[1]));
    }
    if (/^(?:SSL connection using|TLSv|ALPN|Server certificate|SSL certificate verify)/.test(text)) {
      this.tls = true;
      return;
    }
    const url = urlAfter(text, 'OPENED stream for ') ?? urlAfter(text, 'Issue another request to this URL: ');
    if (url !== null) this.list.hint(url);
  }

  private connect(address: string, port: number | null): void {
    this.address = address;
    this.port = port;
    this.tls = false;
  }

  private open(): Draft {
    const draft = this.list.open();
    // curl -v prints its TLS handshake, so a connection shown without one is plain HTTP.
    draft.scheme = this.tls || this.port === 443 ? 'https' : this.address !== null ? 'http' : null;
    if (this.address !== null) {
      const defaultPort = this.port === null || this.port === (draft.scheme === 'http' ? 80 : 443);
      draft.connectedTo = defaultPort ? this.address : `${this.address}:${this.port}`;
    }
    return draft;
  }

  private sent(text: string): void {
    if (text === '') {
      if (this.phase === 'request') this.phase = 'idle';
      return;
    }
    const request = parseRequestLine(text);
    if (request !== null) {
      const draft = this.open();
      draft.method = request.method;
      draft.target = request.target;
      draft.httpVersion = request.version;
      this.phase = 'request';
      return;
    }
    const header = this.phase === 'request' ? parseHeaderLine(text) : null;
    if (header !== null) this.list.current?.requestHeaders.push({ name: header.name, value: header.value });
  }

  private received(text: string): void {
    if (text === '') {
      const draft = this.list.current;
      this.phase = this.phase === 'response' && draft !== null && this.bodyMayFollow(draft) ? 'body' : 'idle';
      return;
    }
    const status = parseStatusLine(text);
    if (status !== null) {
      if (isInterimStatus(status)) {
        this.phase = 'interim';
        return;
      }
      const current = this.list.current;
      const draft = current !== null && awaitsResponse(current) ? current : this.open();
      draft.status = status.status;
      draft.reason = status.reason;
      draft.httpVersion = status.version;
      this.phase = 'response';
      return;
    }
    const header = this.phase === 'response' ? parseHeaderLine(text) : null;
    if (header !== null) this.list.current?.headers.push({ name: header.name, value: header.value });
  }

  private bodyMayFollow(draft: Draft): boolean {
    const status = draft.status ?? 0;
    return !this.list.headOnly && draft.method !== 'HEAD' && status >= 200 && status !== 204 && status !== 304;
  }
}

/** The URL that follows `marker` in a curl info line, without the quotes curl puts around it. */
function urlAfter(text: string, marker: string): string | null {
  const at = text.indexOf(marker);
  if (at < 0) return null;
  const word = text.slice(at + marker.length).trim().split(/\s/, 1)[0] ?? '';
  const url = word.replace(/^'|'$/g, '');
  return /^https?:\/\//i.test(url) ? url : null;
}
