/**
 * The shape of the shared code catalog.
 *
 * Pure data types: this file, and everything in src/catalog/, is imported by the Astro build, by the
 * diagnoser's browser script and by the CLI, so it must not import Astro, the DOM or Node.
 */
import type { ProviderId } from '../providers/ids.ts';
import type { SourceKey } from './sources.ts';

export type { ProviderId };

/** Who must act to fix the condition. */
export type Actor = 'request' | 'origin' | 'network' | 'service' | 'account';

/** Where in the delivery path the condition arises. */
export type Layer = 'image-service' | 'cdn-edge' | 'origin' | 'client';

/** How strongly the sources back a fact (see shared/facts/catalog-facts.md, section 0). */
export type Certainty = 'documented' | 'vendor-code' | 'observed' | 'uncertain';

/** The diagnosis contract's severities. */
export type Severity = 'error' | 'warning' | 'info' | 'ok';

/**
 * What an id names: a numeric error code (`cloudflare/9412`), an HTTP status that a service
 * explains in a header (`cloudinary/404`), or a condition the engine recognises from several
 * headers (`cloudflare/not-resized`).
 */
export type EntryKind = 'code' | 'status' | 'condition';

/** One way a code shows up on the wire: the HTTP status it came with and the message text. */
export interface StatusVariant {
  /** HTTP status sent with this variant, or null where no source gives one. */
  status: number | null;
  /** Message text as the source quotes it (error body or reference table), verbatim. */
  message: string;
  /** How well this pairing of status and message is backed. */
  certainty: Certainty;
  /** Keys into `sources` (src/catalog/sources.ts) that give this variant. */
  sources: SourceKey[];
}

/** A dated change in what a code means, so readers can reconcile old posts with new docs. */
export interface HistoryNote {
  /** When it changed, as precisely as the source allows (`2025-01`, `before 2025`). */
  when: string;
  text: string;
  sources: SourceKey[];
}

/** A realistic response for the code, as somebody would paste it into the diagnoser. */
export interface Sample {
  /** A short name for the example menu, e.g. "Origin not in the allowed list (curl -sI)". */
  label: string;
  /** The complete paste, exactly as a tool prints it (curl -sI output, devtools copy, ...). */
  paste: string;
  /**
   * Where it comes from: a recorded `capture`, an example in vendor docs or code, or a
   * `constructed` response assembled from a documented status and message.
   */
  origin: 'capture' | 'vendor-doc' | 'constructed';
  sources: SourceKey[];
}

/** One entry of the catalog: everything the site, the engine and the CLI know about one id. */
export interface CatalogEntry {
  /** Stable id, `<provider>/<code>`; the same string is the engine's finding id. */
  id: string;
  provider: ProviderId;
  kind: EntryKind;
  /** The code as people type it: `9412`, `404`, `not-resized`. */
  code: string;
  /** Short title for headings and findings, e.g. "Origin returned a non-image". */
  title: string;
  /** One sentence: what happened, in plain words. */
  summary: string;
  /** Who must act. */
  actor: Actor;
  /** Severity of the finding the engine emits for this id. */
  severity: Severity;
  /** Where in the delivery path the condition arises. */
  layer: Layer;
  /** How certain it is that the code exists with this meaning. */
  certainty: Certainty;
  /** HTTP status and message variants; empty where no source gives any. */
  variants: StatusVariant[];
  /** Likely causes, most common first. */
  causes: string[];
  /** What to change, in the order to try. */
  fixes: string[];
  /** Ids of related entries; every one must exist in the catalog. */
  related: string[];
  /** Changes of meaning over time. */
  history: HistoryNote[];
  /** Where sources disagree or a fact is unconfirmed, said plainly. */
  caveats: string[];
  /** Sources for the entry as a whole. */
  sources: SourceKey[];
  /** At least one realistic response that the engine diagnoses back to this id. */
  samples: Sample[];
  /** Words people search with besides the code and title (symptoms, message fragments). */
  keywords: string[];
}

/** A class of Cloudinary `x-cld-error` messages that the engine recognises by pattern. */
export interface CloudinaryMessageClass {
  /** Stable slug, e.g. `resource-not-found`. */
  id: string;
  title: string;
  /** Regular-expression source, matched case-insensitively against the header value. */
  pattern: string;
  /**
   * The HTTP status this message implies when the paste shows none, or null where the
   * facts do not allow inferring one.
   */
  impliedStatus: number | null;
  /** What the message means, one or two sentences. */
  explanation: string;
  fixes: string[];
  /** Verbatim values seen in sources, used as test cases. */
  examples: string[];
  sources: SourceKey[];
}

/** A known text of Cloudflare's `Warning: cf-images 299 "..."` response header. */
export interface CloudflareWarning {
  /** The quoted text, verbatim. */
  text: string;
  explanation: string;
  certainty: Certainty;
  sources: SourceKey[];
}

/** A public document a fact comes from. */
export interface Source {
  title: string;
  /** Link where the document is public; every source has one unless `noPublicCopy` says why not. */
  url?: string;
  /** Why no link can be given (the document has no public copy to point at); set only without `url`. */
  noPublicCopy?: string;
  certainty: Certainty;
}

export type { SourceKey };
