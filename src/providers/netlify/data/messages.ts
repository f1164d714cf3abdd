/**
 * The error messages Netlify Image CDN is known to send, each with the entry that explains it
 * (shared/facts/frameworks.md 4.2-4.3). Production sends them in a JSON body's `msg`; `netlify dev`
 * sends its own plain-text wording. Search and the error rule both read this table.
 */
export interface NetlifyMessage {
  entry: string;
  /** Regular-expression source matched case-insensitively against the message or the body. */
  pattern: string;
}

export const netlifyMessages: NetlifyMessage[] = [
  { entry: 'netlify/missing-url', pattern: 'must provide the url param|Missing "url" query parameter' },
  { entry: 'netlify/remote-not-allowed', pattern: 'is not an allowed pattern|Remote image URL not allowed' },
];
