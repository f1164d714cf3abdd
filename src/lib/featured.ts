/** The codes a page features, taken from every provider in turn so that no one service crowds out the rest. */
import { providers } from '../catalog/index.ts';

export function featuredCodes(limit: number): string[] {
  const lists = providers.map((provider) => provider.featured);
  const picked: string[] = [];
  for (let rank = 0; picked.length < limit && lists.some((list) => rank < list.length); rank += 1) {
    for (const list of lists) {
      const id = list[rank];
      if (id !== undefined && picked.length < limit) picked.push(id);
    }
  }
  return picked;
}
