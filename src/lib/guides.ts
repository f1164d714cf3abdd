/** The guides in reading order, shared by the guides index, each guide and the home page. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { providerNames, providers } from '../catalog/index.ts';

export type Guide = CollectionEntry<'guides'>;

export async function guidesInOrder(): Promise<Guide[]> {
  const guides = await getCollection('guides');
  return guides.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

export function guidePath(guide: Guide): string {
  return `/guides/${guide.id}/`;
}

/** The guide groups in list order: every registered service, then the guides that serve them all. */
export const guideGroups: { provider: Guide['data']['provider']; label: string }[] = [
  ...providers.filter((provider) => provider.id !== 'http').map((provider) => ({ provider: provider.id as Guide['data']['provider'], label: provider.name })),
  { provider: 'general', label: 'Across services: capturing and reading headers' },
];

/** The provider filter value in search, matching the code pages' (`Cloudflare`, `Next.js`). */
export function guideProviderLabel(provider: Guide['data']['provider']): string {
  return provider === 'general' ? 'General' : providerNames[provider];
}
