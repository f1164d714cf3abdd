/**
 * The JSON Schema (draft 2020-12) of /catalog.json, served at /catalog.schema.json. Its enums
 * come from the same label tables the pages use, so a new provider, actor or certainty shows up
 * here without an edit; a dist test validates the built catalog.json against it. Build time only.
 */
import { providerNames } from '../catalog/index.ts';
import type { Layer, Sample } from '../catalog/types.ts';
import { actorLabels, certaintyLabels, kindLabels } from '../components/labels.ts';
import { severityWord } from '../diagnose/format/labels.ts';
import { SITE_URL } from '../site.ts';

/** Exhaustive by type: the compiler fails here when Layer gains a value this list lacks. */
const LAYERS = Object.keys({ 'image-service': 0, 'cdn-edge': 0, origin: 0, client: 0 } satisfies Record<Layer, 0>);
const SAMPLE_ORIGINS = Object.keys({ capture: 0, 'vendor-doc': 0, constructed: 0 } satisfies Record<Sample['origin'], 0>);

type Schema = Record<string, unknown>;

const text = (description: string): Schema => ({ type: 'string', minLength: 1, description });
const texts = (description: string): Schema => ({ type: 'array', items: { type: 'string', minLength: 1 }, description });
const oneOf = (values: readonly string[], description: string): Schema => ({ enum: [...values], description });
const object = (properties: Record<string, Schema>, description: string, optional: string[] = []): Schema => ({
  type: 'object',
  description,
  required: Object.keys(properties).filter((name) => !optional.includes(name)),
  properties,
  additionalProperties: false,
});

const sourceKeys = texts('Keys of the top-level `sources` object.');
const certainty = (description: string) => oneOf(Object.keys(certaintyLabels), description);
const status = { type: ['integer', 'null'], minimum: 100, maximum: 599, description: 'HTTP status, or null where no source gives one.' };

export function catalogSchema(): Schema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${SITE_URL}/catalog.schema.json`,
    title: 'imgdiag catalog',
    description: 'Every image-CDN error code and condition imgdiag documents, with its causes, fixes, messages and sources.',
    ...object(
      {
        version: { const: 2, description: 'Format version; a change that breaks readers increases it.' },
        providers: { type: 'array', items: { $ref: '#/$defs/provider' }, description: 'Every service, in the order the site lists them.' },
        entries: { type: 'array', items: { $ref: '#/$defs/entry' }, description: 'Every catalog entry.' },
        sources: { type: 'object', additionalProperties: { $ref: '#/$defs/source' }, description: 'Every cited document, by key.' },
      },
      'The catalog.',
    ),
    $defs: {
      entry: object(
        {
          id: { type: 'string', pattern: '^[a-z0-9-]+/[a-z0-9-]+$', description: 'Stable id, `<provider>/<code>`; also the finding id.' },
          provider: oneOf(Object.keys(providerNames), 'The service.'),
          kind: oneOf(Object.keys(kindLabels), 'An error code, an HTTP status a service explains, or a condition.'),
          code: text('The code as people type it: `9412`, `404`, `not-resized`.'),
          title: text('Short title for headings and findings.'),
          summary: text('One sentence: what happened. Backticks mark code.'),
          actor: oneOf(Object.keys(actorLabels), 'Who must act.'),
          severity: oneOf(Object.keys(severityWord), 'Severity of the finding the engine emits.'),
          layer: oneOf(LAYERS, 'Where in the delivery path it arises.'),
          certainty: certainty('How certain it is that the code exists with this meaning.'),
          variants: {
            type: 'array',
            description: 'HTTP status and message variants.',
            items: object({ status, message: { type: 'string', description: 'Message text, verbatim; empty where the source gives a status alone.' }, certainty: certainty('How well this pairing is backed.'), sources: sourceKeys }, 'A variant.'),
          },
          causes: texts('Likely causes, most common first.'),
          fixes: texts('What to change, in the order to try.'),
          related: texts('Ids of related entries.'),
          history: {
            type: 'array',
            items: object({ when: text('When it changed.'), text: text('What changed.'), sources: sourceKeys }, 'A dated change of meaning.'),
          },
          caveats: texts('Where sources disagree or a fact is unconfirmed.'),
          sources: sourceKeys,
          samples: {
            type: 'array',
            minItems: 1,
            items: object(
              { label: text('Name in the example menu.'), paste: text('The complete paste.'), origin: oneOf(SAMPLE_ORIGINS, 'Where it comes from.'), sources: sourceKeys },
              'A realistic response that diagnoses back to this entry.',
            ),
          },
          keywords: texts('Other words people search with.'),
          url: { type: 'string', format: 'uri', description: 'The web page of the entry.' },
        },
        'One catalog entry.',
      ),
      provider: object(
        {
          id: oneOf(Object.keys(providerNames), 'Stable id: the first part of every entry id.'),
          name: text('The service as readers know it.'),
          blurb: text('What the provider covers, in one line.'),
          url: { type: 'string', format: 'uri', description: 'The codes table, which filters by provider.' },
          shortPrefix: { type: ['string', 'null'], description: 'Prefix of its short links (`cf` gives /cf/9412), or null.' },
          tables: {
            type: 'object',
            description: 'Further tables its rules read (message classes, warning texts), by name.',
            additionalProperties: { type: 'array', items: { type: 'object' } },
          },
        },
        'One service (or `http`, for conditions no one service owns).',
      ),
      source: object(
        {
          title: text('The document.'),
          url: { type: 'string', format: 'uri' },
          noPublicCopy: text('Why the document has no public address, where it has none.'),
          certainty: certainty('How strongly it backs what cites it.'),
        },
        'A public document a fact comes from.',
        ['url', 'noPublicCopy'],
      ),
    },
  };
}
