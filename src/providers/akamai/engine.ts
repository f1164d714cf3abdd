/** Akamai Image & Video Manager: the engine part. */
import type { ProviderEngine } from '../types.ts';
import { akamaiCatalog } from './catalog.ts';
import { akamaiImage } from './rules/image.ts';
import { akamaiStatus } from './rules/status.ts';
import { akamaiSignals, ivmParameters } from './signals.ts';

export const akamaiEngine: ProviderEngine = {
  id: 'akamai',
  hints: new RegExp(akamaiCatalog.hints, 'i'),
  signals: akamaiSignals,
  rules: [akamaiStatus, akamaiImage],
  // unpic has no Akamai reader; IVM's only URL options are these two parameters.
  readUrl: (url) => {
    const parameters = ivmParameters(url);
    return parameters.imwidth === null && parameters.impolicy === null ? null : parameters;
  },
};
