/**
 * The diagnoser's example menu: each provider's chosen samples (its catalog part's `examples`),
 * one group per provider, each served as its own file under /examples/.
 */
import { findEntry, providers } from '../catalog/index.ts';

export interface ExampleOption {
  label: string;
  /** Where the paste is served: `/examples/<entry id>/<sample index>.txt`. */
  path: string;
  paste: string;
}

export function exampleMenu(): { label: string; options: ExampleOption[] }[] {
  return providers
    .filter((provider) => provider.examples.length > 0)
    .map((provider) => ({
      label: provider.name,
      options: provider.examples.map(({ entry: entryId, sample: sampleIndex }) => {
        const entry = findEntry(entryId);
        const sample = entry?.samples[sampleIndex];
        if (!entry || !sample) {
          throw new Error(
            `src/providers/${provider.id}/catalog.ts: the example menu names sample ${sampleIndex} of "${entryId}", which the catalog lacks. Pick another entry or sample in its examples.`,
          );
        }
        const code = entry.kind === 'condition' ? '' : `${entry.code} `;
        return { label: `${provider.name} ${code}${entry.title}: ${sample.label}`, path: `/examples/${entry.id}/${sampleIndex}.txt`, paste: sample.paste };
      }),
    }));
}
