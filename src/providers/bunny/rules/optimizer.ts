/**
 * Bunny Optimizer's `X-BO-Processing-Error` codes, what its success headers say when there is
 * none, and the page Bunny serves for a hostname it does not know. Bunny documents the codes but not the HTTP status that comes with each; codes 104 and 304
 * say outright that something other than the asked-for output was delivered, with no error status.
 */
import { headerFields, headerValue } from '../../../diagnose/read/headers.ts';
import type { Exchange } from '../../../diagnose/read/types.ts';
import type { Finding } from '../../../diagnose/types.ts';
import { evidenceOf, findingFor, type Rule } from '../../../diagnose/rule.ts';
import { bunnyProcessingErrors } from '../data/processing-errors.ts';
import { hostOf, searchParamsOf } from '../../../diagnose/signals.ts';
import { bunnyCdnSignals, optimizerSignals } from '../signals.ts';

const entryOfCode = new Map(bunnyProcessingErrors.map(({ code, entry }) => [code, entry]));
// Query parameters of the Dynamic Image API (Bunny's Dynamic Images pages).
const TRANSFORM_PARAMETERS = ['width', 'height', 'aspect_ratio', 'quality', 'crop', 'crop_gravity', 'face_crop', 'focus_crop', 'format', 'class', 'sharpen', 'blur', 'brightness', 'contrast', 'saturation', 'gamma', 'hue', 'sepia', 'tint', 'flip', 'flop', 'rotate', 'upscaling'];

/** The page Bunny serves for a hostname no active pull zone claims. */
const DOMAIN_NOT_CONFIGURED = /Domain suspended or not configured/i;

function unknownHostNotes(exchange: Exchange): string[] {
  const host = hostOf(exchange.url);
  const notes = host ? [`Bunny does not know ${host}: no active pull zone lists it.`] : [];
  if (exchange.status !== null && exchange.status !== 403) notes.push(`It came with ${exchange.status}; reports show 403.`);
  return notes;
}

export const bunnyOptimizer: Rule = {
  name: 'bunny-optimizer',
  emits: ['bunny/', 'bunny/unknown-processing-error', 'bunny/optimized', 'bunny/not-optimized', 'bunny/domain-not-configured'],
  run({ exchange }) {
    const unknownHost = DOMAIN_NOT_CONFIGURED.exec(exchange.body ?? '');
    if (unknownHost) return [findingFor('bunny/domain-not-configured', unknownHost[0], { notes: unknownHostNotes(exchange) })];
    const errors = headerFields(exchange.headers, 'x-bo-processing-error');
    if (errors.length > 0) return errors.flatMap((field) => errorFindings(exchange, field));
    if (!isImageSuccess(exchange)) return [];
    if (optimizerSignals(exchange).length > 0) return [findingFor('bunny/optimized', optimizerSignals(exchange)[0] ?? '', { notes: [...successNotes(exchange), ...cacheNotes(exchange)] })];
    const asked = transformParameters(exchange.url);
    const cdn = bunnyCdnSignals(exchange);
    if (asked.length === 0 || cdn.length === 0) return [];
    return [
      findingFor('bunny/not-optimized', `${asked.join('&')} on a response from Bunny (${cdn[0]})`, {
        notes: [
          'The URL asks for Dynamic Image transformations, yet no X-BO-* header shows that Bunny Optimizer processed the image.',
          ...cacheNotes(exchange),
        ],
      }),
    ];
  },
};

function errorFindings(exchange: Exchange, field: { name: string; value: string }): Finding[] {
  const codes = field.value.match(/\b\d{3}\b/g) ?? [];
  if (codes.length === 0) return [findingFor('bunny/unknown-processing-error', evidenceOf(field), { notes: ['The value holds no three-digit code.'] })];
  return [...new Set(codes)].map((code) => {
    const id = entryOfCode.get(code) ?? 'bunny/unknown-processing-error';
    const notes = id === 'bunny/unknown-processing-error' ? [`Code ${code} is not on Bunny’s list; Bunny says the codes may change.`] : [`X-BO-Processing-Error ${code}.`];
    if (exchange.status !== null) notes.push(`HTTP ${exchange.status} came with it; Bunny does not document which status goes with each code.`);
    return findingFor(id, evidenceOf(field), { notes: [...notes, ...cacheNotes(exchange)] });
  });
}

function isImageSuccess(exchange: Exchange): boolean {
  const type = (headerValue(exchange.headers, 'content-type') ?? '').toLowerCase();
  return exchange.status !== null && exchange.status >= 200 && exchange.status < 300 && type.startsWith('image/');
}

function successNotes(exchange: Exchange): string[] {
  const value = (name: string) => headerValue(exchange.headers, name);
  const notes: string[] = [];
  const downloaded = value('x-downloadsize');
  const delivered = value('content-length');
  if (downloaded) notes.push(`X-DownloadSize: ${downloaded} bytes downloaded from the origin${delivered ? `; ${delivered} bytes delivered` : ''}.`);
  const ratio = value('x-bo-compressionratio');
  if (ratio) notes.push(`X-BO-CompressionRatio: ${ratio}: how much smaller the delivered file is than the original.`);
  const originTime = value('x-bo-origindownloadtime');
  if (originTime) notes.push(`X-BO-OriginDownloadTime: ${originTime} ms fetching from the origin (the limit is 20 s).`);
  const processing = value('x-bo-processingtime');
  if (processing) notes.push(`X-BO-ProcessingTime: ${processing} ms processing (the limit is 60 s).`);
  return notes;
}

function cacheNotes(exchange: Exchange): string[] {
  const cache = headerValue(exchange.headers, 'cdn-cache');
  if (!cache) return [];
  const meaning = /^HIT/i.test(cache) ? 'Bunny served a cached copy; the Optimizer did not run for this request' : /^MISS/i.test(cache) ? 'Bunny fetched and processed it for this request' : 'Bunny’s cache status';
  return [`cdn-cache: ${cache}: ${meaning}.`];
}

function transformParameters(url: string | null): string[] {
  const params = searchParamsOf(url);
  return TRANSFORM_PARAMETERS.filter((name) => params.has(name)).map((name) => `${name}=${params.get(name)}`);
}
