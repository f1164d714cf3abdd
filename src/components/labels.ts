/** Reader-facing words for catalog enums, shared by every page that shows them. */
import type { Actor, Certainty, EntryKind } from '../catalog/types.ts';

export const actorLabels: Record<Actor, string> = {
  request: 'The request (URL or options)',
  origin: 'The origin server',
  network: 'The network to the origin',
  service: 'The image service',
  account: 'The account or plan',
};

export const actorShort: Record<Actor, string> = {
  request: 'Request',
  origin: 'Origin',
  network: 'Network',
  service: 'Service',
  account: 'Account',
};

export const certaintyLabels: Record<Certainty, string> = {
  documented: 'Documented by the vendor',
  'vendor-code': "Seen in the vendor's code",
  observed: 'Observed in real responses',
  uncertain: 'Uncertain: sources disagree or are unconfirmed',
};

export const kindLabels: Record<EntryKind, string> = {
  code: 'Error code',
  status: 'HTTP status',
  condition: 'Condition',
};
