/**
 * The site as Markdown for programs (language models, scripts, readers in a terminal): a twin
 * of every code page and guide, the /llms.txt index of them and /llms-full.txt with all of them.
 * The twins say what the pages say, from the same catalog entry and the same MDX text, with the
 * catalog's backticks kept as Markdown code. Build time only.
 */
import { catalog, docsPath, findEntry, providerNames, sourceFor } from '../catalog/index.ts';
import type { CatalogEntry } from '../catalog/types.ts';
import { actorLabels, certaintyLabels } from '../components/labels.ts';
import { SITE_URL } from '../site.ts';
import { guidePath, type Guide } from './guides.ts';

/** `/codes/cloudflare/9412/` -> `/codes/cloudflare/9412.md`: the twin sits beside the page's folder. */
export function markdownTwinPath(pagePath: string): string {
  return `${pagePath.replace(/\/$/, '')}.md`;
}

function heading(entry: CatalogEntry): string {
  const provider = providerNames[entry.provider];
  return entry.kind === 'condition' ? `${entry.title} (${provider})` : `${entry.code}: ${entry.title} (${provider})`;
}

const numbered = (items: readonly string[]) => items.map((item, index) => `${index + 1}. ${item}`).join('\n');
const bulleted = (items: readonly string[]) => items.map((item) => `- ${item}`).join('\n');
/** A table cell: pipes escaped, the message kept on one line. */
const cell = (text: string) => text.replaceAll('|', '\\|').replace(/\s+/g, ' ');

function section(title: string, body: string): string {
  return body.trim() === '' ? '' : `## ${title}\n\n${body.trim()}\n`;
}

/** The Markdown twin of a code page; `body` is the MDX text of content/codes/<id>.mdx. */
export function codeMarkdown(entry: CatalogEntry, body: string): string {
  const statuses = [...new Set(entry.variants.map((variant) => variant.status).filter((status) => status !== null))];
  const related = entry.related.map((id) => findEntry(id)).filter((found): found is CatalogEntry => found !== undefined);
  const variants =
    entry.variants.length === 0
      ? ''
      : [
          '| Status | Message | How sure |',
          '| --- | --- | --- |',
          ...entry.variants.map(
            (variant) => `| ${variant.status ?? 'not given'} | \`${cell(variant.message)}\` | ${certaintyLabels[variant.certainty]} |`,
          ),
        ].join('\n');
  return [
    `# ${heading(entry)}\n`,
    `${entry.summary}\n`,
    bulleted([
      `Id: \`${entry.id}\``,
      `Provider: ${providerNames[entry.provider]}`,
      `Who must act: ${actorLabels[entry.actor]}`,
      `HTTP status: ${statuses.length > 0 ? statuses.join(', ') : 'not given by any source'}`,
      `How sure the meaning is: ${certaintyLabels[entry.certainty]}`,
      `Web page: ${SITE_URL}${docsPath(entry)}`,
    ]) + '\n',
    section('Likely causes', numbered(entry.causes)),
    section('How to fix it', numbered(entry.fixes)),
    section('What the response says', variants),
    section('What is uncertain', bulleted(entry.caveats)),
    body.trim() + '\n',
    section('History', bulleted(entry.history.map((note) => `**${note.when}:** ${note.text}`))),
    section(
      'Related codes',
      bulleted(related.map((other) => `[${heading(other)}](${markdownTwinPath(docsPath(other))})`)),
    ),
    section(
      'Sources',
      bulleted(
        entry.sources.map((key) => {
          const source = sourceFor(key);
          const title = source.url ? `[${source.title}](${source.url})` : source.title;
          return `${title} (${certaintyLabels[source.certainty]})`;
        }),
      ),
    ),
  ]
    .filter((part) => part !== '')
    .join('\n');
}

/** The Markdown twin of a guide: its title, its description and its MDX text. */
export function guideMarkdown(guide: Guide): string {
  const updated = guide.data.updated.toISOString().slice(0, 10);
  return [
    `# ${guide.data.title}\n`,
    `${guide.data.description}\n`,
    bulleted([`Web page: ${SITE_URL}${guidePath(guide)}`, `Last updated: ${updated}`]) + '\n',
    (guide.body ?? '').trim() + '\n',
  ].join('\n');
}

const INTRODUCTION = [
  '# imgdiag',
  '',
  '> Every error code that Cloudflare image resizing (`Cf-Resized: err=NNNN`) and Cloudinary (`x-cld-error`) send, what each means, why it usually happens and what to change, with a diagnoser for pasted HTTP response headers.',
  '',
  'Each page below is the Markdown twin of a page on the site. Every fact names its source and says where the source is uncertain.',
].join('\n');

/** /llms.txt: the site in one screen, a line for each twin (https://llmstxt.org). */
export function llmsIndex(guides: readonly Guide[]): string {
  const codeLines = catalog.map(
    (entry) => `- [${heading(entry)}](${SITE_URL}${markdownTwinPath(docsPath(entry))}): ${entry.summary.replace(/\s+/g, ' ')}`,
  );
  const guideLines = guides.map((guide) => `- [${guide.data.title}](${SITE_URL}${markdownTwinPath(guidePath(guide))}): ${guide.data.description}`);
  return [
    INTRODUCTION,
    '',
    '## Guides',
    '',
    ...guideLines,
    '',
    '## Codes',
    '',
    ...codeLines,
    '',
    '## Optional',
    '',
    `- [The catalog as JSON](${SITE_URL}/catalog.json): every entry above as data, described by [its JSON Schema](${SITE_URL}/catalog.schema.json)`,
    `- [Everything in one file](${SITE_URL}/llms-full.txt): every guide and code page in full`,
    '',
  ].join('\n');
}

/** /llms-full.txt: every twin, guides first, one after the other. */
export function llmsFull(guides: readonly Guide[], codeBodies: ReadonlyMap<string, string>): string {
  const parts = [
    ...guides.map(guideMarkdown),
    ...catalog.map((entry) => codeMarkdown(entry, codeBodies.get(entry.id) ?? '')),
  ];
  return `${INTRODUCTION}\n\n${parts.join('\n---\n\n')}`;
}
