/**
 * Whether an entry's certainties agree with each other and with its sources. An entry's own
 * certainty is about the code's meaning; each variant's is about one status and message pairing.
 * The two may differ (Cloudflare documents what 9412 means, while its statuses come only from an
 * unconfirmed table), but then the meaning must rest on a source of its own at that level: an
 * entry cannot be "documented" on the strength of the same uncertain table its variants cite.
 */
import type { CatalogEntry, Certainty, Source } from './types.ts';

const STRENGTH: Record<Certainty, number> = { uncertain: 0, observed: 1, 'vendor-code': 2, documented: 3 };

/** The strongest certainty among the given sources, or null when none of them is defined. */
function strongest(keys: readonly string[], sources: Readonly<Record<string, Source>>): Certainty | null {
  let best: Certainty | null = null;
  for (const key of keys) {
    const certainty = sources[key]?.certainty;
    if (certainty && (best === null || STRENGTH[certainty] > STRENGTH[best])) best = certainty;
  }
  return best;
}

/** Every disagreement in one entry, as a sentence naming the entry; empty when all agree. */
export function certaintyProblems(entry: CatalogEntry, sources: Readonly<Record<string, Source>>): string[] {
  const problems: string[] = [];
  const claimed = STRENGTH[entry.certainty];

  const backing = strongest(entry.sources, sources);
  if (backing === null || STRENGTH[backing] < claimed) {
    problems.push(`${entry.id} is "${entry.certainty}" but its strongest source is ${backing ? `"${backing}"` : 'missing'}`);
  }

  for (const variant of entry.variants) {
    const own = strongest(variant.sources, sources);
    if (own === null || STRENGTH[own] < STRENGTH[variant.certainty]) {
      problems.push(`${entry.id} variant "${variant.message}" is "${variant.certainty}" but its strongest source is ${own ? `"${own}"` : 'missing'}`);
    }
  }

  if (entry.variants.length > 0 && entry.variants.every((variant) => STRENGTH[variant.certainty] < claimed)) {
    const citedByVariants = new Set(entry.variants.flatMap((variant) => variant.sources));
    const meaningOnly = entry.sources.filter((key) => !citedByVariants.has(key));
    const meaning = strongest(meaningOnly, sources);
    if (meaning === null || STRENGTH[meaning] < claimed) {
      problems.push(
        `${entry.id} is "${entry.certainty}" while every variant is weaker, and no source beyond the variants' backs that level`,
      );
    }
  }
  return problems;
}
