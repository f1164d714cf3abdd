/** The documents Fastly Image Optimizer's entries cite (shared/facts/cdns.md, section 1). */
import type { Source } from '../../../catalog/types.ts';

export const fastlySources = {
  fastlyIoErrorHeader: {
    title: 'Fastly: the Fastly-IO-Error response header (HTTP header reference)',
    url: 'https://www.fastly.com/documentation/reference/http/http-headers/Fastly-IO-Error/',
    certainty: 'documented',
  },
  fastlyIoInfoHeader: {
    title: 'Fastly: the Fastly-IO-Info response header (HTTP header reference)',
    url: 'https://www.fastly.com/documentation/reference/http/http-headers/Fastly-IO-Info/',
    certainty: 'documented',
  },
  fastlyIoWarningHeader: {
    title: 'Fastly: the Fastly-IO-Warning response header (HTTP header reference)',
    url: 'https://www.fastly.com/documentation/reference/http/http-headers/Fastly-IO-Warning',
    certainty: 'documented',
  },
  fastlyStatsHeader: {
    title: 'Fastly: the Fastly-Stats response header (io=1, otfp=1)',
    url: 'https://www.fastly.com/documentation/reference/http/http-headers/Fastly-Stats/',
    certainty: 'documented',
  },
  fastlyImageoptoApi: {
    title: 'Fastly: the X-Fastly-Imageopto-API request header that switches Image Optimizer on',
    url: 'https://www.fastly.com/documentation/reference/http/http-headers/X-Fastly-Imageopto-API/',
    certainty: 'documented',
  },
  fastlyIoReference: {
    title: 'Fastly: Image Optimizer reference (shielding, caching, limitations)',
    url: 'https://www.fastly.com/documentation/reference/io/',
    certainty: 'documented',
  },
  fastlyIoFormat: {
    title: 'Fastly: Image Optimizer format parameter (input and output formats)',
    url: 'https://www.fastly.com/documentation/reference/io/format/',
    certainty: 'documented',
  },
  fastlyServingImages: {
    title: 'Fastly help centre (older): Serving images, input and output limits',
    url: 'https://support.fastly.com/hc/en-us/articles/360035441651-Serving-images',
    certainty: 'documented',
  },
  elifeFastlyIiif: {
    title: 'elifesciences/fastly-iiif iiif.vcl: VCL run against Image Optimizer that matches its error header',
    url: 'https://github.com/elifesciences/fastly-iiif',
    certainty: 'observed',
  },
  zestyManagerUi2055: {
    title: 'zesty-io/manager-ui issue #2055 (2023-06-01): a ~100 MB image and "body exceeds maximum length"',
    url: 'https://github.com/zesty-io/manager-ui/issues/2055',
    certainty: 'observed',
  },
  helixCli340: {
    title: 'adobe/helix-cli issue #340 (2018): a cookie made the response uncacheable and Image Optimizer skipped it',
    url: 'https://github.com/adobe/helix-cli/issues/340',
    certainty: 'observed',
  },
  fastlyMagento273: {
    title: 'fastly/fastly-magento2 issue #273 (2019): a snippet passing private responses blocked Image Optimizer',
    url: 'https://github.com/fastly/fastly-magento2/issues/273',
    certainty: 'observed',
  },
  helixLogSchema: {
    title: 'Adobe Helix log schema sample with a fastly_io_info value (public repository, name not recorded)',
    noPublicCopy: 'The repository was not recorded when the capture was collected (the facts give only an index id), so there is nothing to link to.',
    certainty: 'observed',
  },
} as const satisfies Record<string, Source>;
