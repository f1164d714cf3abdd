/** Ordering mistakes in a Cloudinary delivery URL (facts 2.1): the usual cause of 400s and 404s. */
import { readCloudinaryUrl } from '../url.ts';
import { findingFor, type Rule } from '../../../diagnose/rule.ts';

export const cloudinaryUrl: Rule = {
  name: 'cloudinary-url',
  emits: ['cloudinary/url-order'],
  run({ exchange }) {
    const reading = exchange.url ? readCloudinaryUrl(exchange.url) : null;
    if (!reading || reading.mistakes.length === 0 || !exchange.url) return [];
    return [findingFor('cloudinary/url-order', exchange.url, { notes: reading.mistakes })];
  },
};
