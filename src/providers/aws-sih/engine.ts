/** AWS Serverless Image Handler (Dynamic Image Transformation for Amazon CloudFront): the engine part. */
import type { ProviderEngine } from '../types.ts';
import { awsSihCatalog } from './catalog.ts';
import { awsSihDelivery } from './rules/delivery.ts';
import { awsSihError } from './rules/error.ts';
import { awsSihSignals } from './signals.ts';
import { readSihUrl } from './url.ts';

export const awsSihEngine: ProviderEngine = {
  id: 'aws-sih',
  hints: new RegExp(awsSihCatalog.hints, 'i'),
  signals: awsSihSignals,
  rules: [awsSihError, awsSihDelivery],
  // unpic has no reader for this service: the handler's URL forms are its own (base64 JSON, Thumbor).
  readUrl: (url) => (readSihUrl(url) as Record<string, unknown> | null),
};
