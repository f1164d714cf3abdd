/** The guides in reading order, shared by the guides index, each guide and the home page. */
import { getCollection, type CollectionEntry } from 'astro:content';

export type Guide = CollectionEntry<'guides'>;

export async function guidesInOrder(): Promise<Guide[]> {
  const guides = await getCollection('guides');
  return guides.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

export function guidePath(guide: Guide): string {
  return `/guides/${guide.id}/`;
}

export const guideProviderLabels: Record<Guide['data']['provider'], string> = {
  cloudflare: 'Cloudflare image resizing',
  cloudinary: 'Cloudinary delivery',
  general: 'Capturing and reading headers',
};

/** The provider filter value in search, matching the code pages' (`Cloudflare`, `Cloudinary`). */
export const guideFilterLabels: Record<Guide['data']['provider'], string> = {
  cloudflare: 'Cloudflare',
  cloudinary: 'Cloudinary',
  general: 'General',
};
