import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { findEntry } from './catalog/index.ts';
import { codesLoader } from './content/codes-loader.ts';
import { PROVIDER_IDS } from './providers/ids.ts';

/** A guide is about one service, or `general` when it serves them all. */
const GUIDE_PROVIDERS = [...PROVIDER_IDS.filter((id) => id !== 'http'), 'general'] as const;

const catalogId = z.string().refine((id) => findEntry(id) !== undefined, {
  error: (issue) =>
    `"${String(issue.input)}" is not a catalog id. Use one that a provider in src/providers/ defines, such as cloudflare/9412 or cloudinary/404.`,
});

/** Troubleshooting articles in content/guides/; the file name is the URL slug. */
export const guideSchema = z.object({
  /** The article's title, shown as its h1 and in search results. */
  title: z.string().min(3).max(70, { error: 'title must be at most 70 characters: it is the h1 and the search result title.' }),
  /** One sentence for the meta description, link previews and search results (50-160 chars). */
  description: z
    .string()
    .min(50, { error: 'description must be one sentence of 50 to 160 characters; it is shorter.' })
    .max(160, { error: 'description must be one sentence of 50 to 160 characters; it is longer.' }),
  /** Which service the guide is about (a provider id); `general` for guides that serve several. */
  provider: z.enum(GUIDE_PROVIDERS, { error: `provider must be one of ${GUIDE_PROVIDERS.join(', ')}.` }),
  /** Position in the guides list and in previous/next links, ascending. */
  order: z.number().int().nonnegative(),
  /** Catalog ids the guide explains; shown as "Codes in this guide". Default: none. */
  related: z.array(catalogId).default([]),
  /** Date of the last change that matters to a reader. */
  updated: z.coerce.date({ error: 'updated must be a date such as 2026-11-22.' }),
});

/** Long-form text for one catalog entry in content/codes/<provider>/<code>.mdx. */
export const codeSchema = z.object({
  /** The catalog id this text belongs to; must equal the file's path, e.g. cloudflare/9412. */
  entry: catalogId,
  /** Date of the last change that matters to a reader. */
  updated: z.coerce.date({ error: 'updated must be a date such as 2026-11-22.' }),
});

export type GuideData = z.infer<typeof guideSchema>;
export type CodeData = z.infer<typeof codeSchema>;

export const collections = {
  guides: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: './content/guides' }),
    schema: guideSchema,
  }),
  codes: defineCollection({ loader: codesLoader(), schema: codeSchema }),
};
