/**
 * The diagnosis contract (shared/design.md, "The diagnosis contract"): what the engine returns,
 * what the CLI prints with --json and what the widget renders. Required fields keep their names
 * and meanings; the extra fields are marked as such.
 */
import type { Layer, Severity } from '../catalog/types.ts';
import type { ServiceId } from '../providers/ids.ts';
import type { EvidenceSource, HeaderField, InputFormat, ReadError } from './read/types.ts';

/** A service's provider id, or null for a condition no one service owns. */
export type FindingProvider = ServiceId | null;

/** A service whose signals show in a response, with the lines that show it. */
export interface ServedBy {
  provider: ServiceId;
  evidence: string[];
}

/** An image URL read by the service it belongs to: its host, options and image path. */
export interface ImageUrlReading {
  provider: ServiceId;
  parts: Record<string, unknown>;
}

export interface Finding {
  /** Stable id, `<provider>/<code>`; each has a page at `docs`. */
  id: string;
  provider: FindingProvider;
  code: string;
  severity: Severity;
  title: string;
  /** The header line (or body line, or URL) that shows it, values in their original case. */
  evidence: string;
  causes: string[];
  fixes: string[];
  /** Site path of the id's page. */
  docs: string;
  /** Extra: where in the delivery path the problem arose. */
  layer: Layer;
  /** Extra: the catalog variant matched by HTTP status, where the code has several. */
  variant: { status: number | null; message: string } | null;
  /** Extra: what this particular response adds (a warning's meaning, an inferred status, URL parts). */
  notes: string[];
  /**
   * Extra: where the evidence stood: a header line, the response body, or other text (prose, a log
   * line, a comment). The engine sets it on every finding it returns.
   */
  source?: EvidenceSource;
  /** Extra: a line of the paste that makes one cause likelier; that cause is listed first. */
  supportedCause?: { pattern: string; line: string };
}

export interface CloudinaryUrlParts {
  host: string;
  cloudName: string | null;
  resourceType: string | null;
  deliveryType: string | null;
  signature: string | null;
  transformations: string[];
  version: string | null;
  publicId: string | null;
}

export interface ResponseDiagnosis {
  index: number;
  status: number | null;
  url: string | null;
  provider: FindingProvider;
  findings: Finding[];
  /** Extra: every service whose signals show in the response (a CDN in front of an optimizer shows two). */
  servedBy: ServedBy[];
  /** Extra: the request method where the input shows it. */
  method: string | null;
  /** Extra: the status line as read, e.g. `HTTP/2 404`. */
  statusLine: string | null;
  /** Extra: the response headers as read, in order. */
  headers: HeaderField[];
  /** Extra: the request headers as read, where the input shows them. */
  requestHeaders: HeaderField[];
  /** Extra: a curl command that repeats the request, with a browser-like Accept header. */
  reproduce: string | null;
  /** Extra: the URL read by the image service it belongs to. */
  imageUrl: ImageUrlReading | null;
}

export interface Diagnosis {
  version: 1;
  responses: ResponseDiagnosis[];
  summary: { errors: number; warnings: number };
  /** Extra: what the reader recognised. */
  input: {
    format: InputFormat;
    command: string | null;
    /** What was read as evidence outside header lines, e.g. "status read from Status Code: 400 Bad Request". */
    read: string[];
    /** What was left out, e.g. "9 lines of prose set aside". */
    setAside: string[];
  };
}

export type DiagnoseOutcome = { ok: true; diagnosis: Diagnosis } | { ok: false; error: ReadError };
