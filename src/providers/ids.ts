/**
 * The providers' ids and names (shared/design.md, "Providers are modules"). The ids are stable:
 * each is the first part of every finding id and of `/codes/<provider>/`. `http` holds conditions
 * that belong to no one service. Only this small table, not the catalog, reaches every face that
 * names a provider (the diagnoser's view among them). Pure: imported everywhere.
 */
export const PROVIDER_NAMES = {
  cloudflare: 'Cloudflare',
  cloudinary: 'Cloudinary',
  nextjs: 'Next.js',
  vercel: 'Vercel',
  netlify: 'Netlify',
  ipx: 'IPX',
  astro: 'Astro',
  fastly: 'Fastly',
  imgix: 'imgix',
  imagekit: 'ImageKit',
  akamai: 'Akamai',
  bunny: 'Bunny',
  'aws-sih': 'AWS Serverless Image Handler',
  http: 'HTTP',
} as const;

export type ProviderId = keyof typeof PROVIDER_NAMES;

export const PROVIDER_IDS = Object.keys(PROVIDER_NAMES) as ProviderId[];

/** A provider that is a service (every id but `http`): what a finding or a response names. */
export type ServiceId = Exclude<ProviderId, 'http'>;
