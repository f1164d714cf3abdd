/** Recognising pasted or dropped binary data (an image, a compressed body) before reading it. */

/** How much of the start of the input is inspected. */
const SAMPLE_LENGTH = 8192;

/** Share of control or replacement characters above which the input is taken as binary. */
const MAX_SUSPICIOUS_SHARE = 0.1;

export function looksBinary(text: string): boolean {
  const length = Math.min(text.length, SAMPLE_LENGTH);
  let suspicious = 0;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0) return true;
    if (isSuspicious(code)) suspicious++;
  }
  return suspicious > length * MAX_SUSPICIOUS_SHARE;
}

/**
 * C0 and C1 controls other than tab, line feed, form feed, carriage return and escape (terminal
 * colours), DEL, and U+FFFD, which a decoder leaves where bytes were not valid text.
 */
function isSuspicious(code: number): boolean {
  if (code < 0x20) return code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d && code !== 0x1b;
  return code === 0x7f || (code >= 0x80 && code < 0xa0) || code === 0xfffd;
}
