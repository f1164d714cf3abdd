/** Fastly Image Optimizer: the engine part. unpic reads no Fastly URLs (IO runs on any host). */
import type { ProviderEngine } from '../types.ts';
import { fastlyCatalog } from './catalog.ts';
import { fastlyIo } from './rules/io.ts';
import { fastlyNotInvoked } from './rules/not-invoked.ts';
import { fastlySignals } from './signals.ts';

export const fastlyEngine: ProviderEngine = {
  id: 'fastly',
  hints: new RegExp(fastlyCatalog.hints, 'i'),
  signals: fastlySignals,
  rules: [fastlyIo, fastlyNotInvoked],
};
