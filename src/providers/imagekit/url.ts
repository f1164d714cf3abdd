/**
 * What an ImageKit URL says that a diagnosis needs: its transformation steps as written, the
 * signature and its expiry (`ik-s`, `ik-t`), and options ImageKit refuses (facts 5.1). unpic's
 * reader gives the faces the common options, but it splits `n-product-thumb` at its first hyphen
 * only to drop the rest, and does not know chained steps (`tr:w-400:rotate-90`), so the raw
 * `tr` string is read here.
 */
import { parsedUrl } from '../../diagnose/signals.ts';

export interface ImagekitSignature {
  signed: boolean;
  /** `ik-t`: the expiry as a UTC timestamp in seconds, or null. */
  expires: number | null;
}

/** One option of a step: `w-400` is { key: 'w', value: '400' }. */
export interface TransformOption {
  key: string;
  value: string;
}

// The overlay parameters of the syntax retired on 1 November 2023 (oi = overlay image, ot = text …).
const OLD_OVERLAY = new Set(['oi', 'ot', 'oh', 'ow', 'ox', 'oy', 'ofo', 'obg', 'otc', 'otf', 'ots', 'ote', 'oit', 'oa']);

export function signatureOf(url: string): ImagekitSignature {
  const params = parsedUrl(url)?.searchParams;
  const expires = Number(params?.get('ik-t'));
  return { signed: params?.has('ik-s') ?? false, expires: Number.isFinite(expires) && expires > 0 ? expires : null };
}

/** The chained steps of the `tr=` query or the `tr:` path segment, each a list of options. */
export function transformSteps(url: string): TransformOption[][] {
  const parsed = parsedUrl(url);
  if (!parsed) return [];
  const segment = parsed.pathname.split('/').find((part) => part.startsWith('tr:'))?.slice(3);
  const raw = parsed.searchParams.get('tr') ?? (segment ? decodeURIComponent(segment) : null);
  if (!raw) return [];
  return raw.split(':').map((step) =>
    step
      .split(',')
      .filter(Boolean)
      .map((option) => {
        const dash = option.indexOf('-');
        return dash === -1 ? { key: option, value: '' } : { key: option.slice(0, dash), value: option.slice(dash + 1) };
      }),
  );
}

export function oldOverlayOptions(url: string): string[] {
  return transformSteps(url)
    .flat()
    .filter(({ key }) => OLD_OVERLAY.has(key))
    .map(({ key, value }) => `${key}-${value}`);
}

export function namedTransformations(url: string): string[] {
  return transformSteps(url)
    .flat()
    .filter(({ key }) => key === 'n')
    .map(({ value }) => value);
}

export function usesShadow(url: string): boolean {
  return transformSteps(url)
    .flat()
    .some(({ key, value }) => key === 'e' && value.startsWith('shadow'));
}
