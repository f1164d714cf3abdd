/**
 * What a provider module is. Each service lives in src/providers/<id>/ and registers two parts:
 *
 * - its catalog part (`catalog.ts`, a `ProviderCatalog`): pure data that the catalog, the pages,
 *   search, short links and /catalog.json read. Data only, no functions, so the browser build can
 *   hand the diagnoser a lighter copy of it (src/build/browser-catalog.ts);
 * - its engine part (`engine.ts`, a `ProviderEngine`): how to tell that the service answered a
 *   response, and the rules that read its signals.
 *
 * Two parts keep data flowing one way (catalog <- engine <- faces); src/providers/catalogs.ts and
 * src/providers/engines.ts register them, and tests/unit/registry.test.ts holds the two lists and
 * every face to the same providers.
 */
import type { CatalogEntry, Source } from '../catalog/types.ts';
import type { Exchange } from '../diagnose/read/types.ts';
import type { Rule } from '../diagnose/rule.ts';
import type { ProviderId } from './ids.ts';

/** A query or header form that search should send straight to one page. */
export interface SearchForm {
  /** Regular-expression source, matched case-insensitively against the whole trimmed query. */
  pattern: string;
  /** The catalog id whose page the form opens. */
  entry: string;
}

export interface NumericCodes {
  /** Regular-expression source matching one code as a whole word, e.g. `\\b9[45]\\d\\d\\b`. */
  pattern: string;
  /** Regular-expression source of the header or body forms that quote a code (`err=`, `ERROR 9412`). */
  quotedBy: string;
  /** The entry for a well-formed code the catalog does not know. */
  unknownEntry: string;
}

/** A catalog sample offered in the diagnoser's example menu. */
export interface ExamplePick {
  entry: string;
  /** Index into the entry's `samples`. */
  sample: number;
}

export interface ProviderCatalog {
  id: ProviderId;
  /** The service's name as readers know it (`Next.js`): its entry in PROVIDER_NAMES. */
  name: string;
  /** One line on what the provider covers, for the codes table and the home page. */
  blurb: string;
  /**
   * Short-link prefix for numeric codes and statuses (`cf` gives `/cf/9412`), or null for none.
   * `bareShortLinks` also links `/<code>` itself; one provider at most may claim that.
   */
  shortPrefix: string | null;
  bareShortLinks?: boolean;
  /** Words that name the service in a query (`cloudinary`, `cld`), lower case. */
  queryWords: string[];
  /** Header and message forms that name one entry (`x-vercel-error: INVALID_...`). */
  searchForms: SearchForm[];
  /**
   * For a service with numeric error codes that people quote in free text (Cloudflare's 9412):
   * the code's pattern, the header forms that make a quoted number a code, and the entry for a
   * code the catalog lacks. Null for services that report statuses or names only.
   */
  numericCodes: NumericCodes | null;
  /**
   * Regular-expression source that matches, case-insensitively, any paste in which this service's
   * signals or codes could show (its header names, hosts, URL paths, body phrases). The browser
   * loads a provider's rules only for a paste its hints match, so they must cover every signal:
   * tests/unit/registry.test.ts checks them against every sample.
   */
  hints: string;
  /** Every entry the provider documents; ids start with `<id>/`. */
  entries: CatalogEntry[];
  /** The documents its entries cite that src/catalog/sources.ts does not already hold. */
  sources: Record<string, Source>;
  /** Samples for the diagnoser's example menu, most telling first. */
  examples: ExamplePick[];
  /** Entries the home page and the 404 page feature, most common first. */
  featured: string[];
  /** Further tables its rules read (message classes, warning texts), published in /catalog.json. */
  tables: Record<string, object[]>;
}

export interface ProviderEngine {
  id: ProviderId;
  /**
   * The catalog's hints, compiled: the engine reads an exchange only when they match its own text,
   * so a HAR of a thousand Cloudflare responses never runs the other services' rules.
   */
  hints: RegExp;
  /**
   * The signals that show this service answered the response (a header, a host, a URL path, a
   * body shape), each as the evidence line a reader can check; empty when none shows.
   */
  signals(exchange: Exchange): string[];
  /** The provider's rules, in the order they run. */
  rules: Rule[];
  /** Reads the service's own image URL into its parts (host, options, image path), or null. */
  readUrl?(url: string): Record<string, unknown> | null;
}
