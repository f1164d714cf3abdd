/** The documents the Akamai Image & Video Manager entries cite (facts, cdns.md section 4). */
import type { Source } from '../../../catalog/types.ts';

export const akamaiSources = {
  ivmPristineBestPractices: {
    title: 'Akamai Image Manager: Best Practices for Pristine Images (learn.akamai.com, older site)',
    url: 'https://learn.akamai.com/en-us/webhelp/image-manager/image-optimization/GUID-0CC22542-3D7B-4CC6-9554-835B3465FC35.html',
    certainty: 'documented',
  },
  ivmUnprocessable: {
    title: 'Akamai Image & Video Manager: Unprocessable images report',
    url: 'https://techdocs.akamai.com/ivm/docs/unprocessable-images',
    certainty: 'documented',
  },
  ivmPiez: {
    title: 'Akamai Image & Video Manager: Optimization details in Piez (x-im-piez)',
    url: 'https://techdocs.akamai.com/ivm/docs/optimization-details-in-piez',
    certainty: 'documented',
  },
  ivmKeyConcepts: {
    title: 'Akamai Image & Video Manager: key concepts and terms (policies, derivatives)',
    url: 'https://techdocs.akamai.com/ivm/docs/key-concepts-and-terms',
    certainty: 'documented',
  },
  akamaiPragma: {
    title: 'Akamai Edge Diagnostics: Pragma headers',
    url: 'https://techdocs.akamai.com/edge-diagnostics/docs/pragma-headers',
    certainty: 'documented',
  },
  akamaiDebugHeaders: {
    title: 'Akamai changelog 2026-09-25: Akamai-Debug headers; Pragma debugging may be deprecated',
    url: 'https://techdocs.akamai.com/edgeworkers/changelog/sept-25-2026-akamai-debug-headers',
    certainty: 'documented',
  },
  ivmPiezTools: {
    title: 'Public Piez-style tools reading x-im-* headers (performance-addicts/tpr-image-tester and others)',
    url: 'https://github.com/performance-addicts/tpr-image-tester',
    certainty: 'observed',
  },
  capAirbnbIvm: {
    title: 'Capture: Akamai Image Manager with Pragma debug headers (a0.muscache.com, 2019; CDN article)',
    noPublicCopy: 'The stored copy names no repository or page, so there is no public address to link.',
    certainty: 'observed',
  },
  capIvmFormatSwitch: {
    title: 'Capture: IVM serving a .png URL as image/jpeg (engineering notes)',
    noPublicCopy: 'The stored copy names no repository or page, so there is no public address to link.',
    certainty: 'observed',
  },
  capAkamaiEdgeDenied: {
    title: 'Capture: a 403 from the Akamai edge (Server: AkamaiGHost, X-Reference-Error; security scan notes, 2025)',
    noPublicCopy: 'The stored copy names no repository or page, so there is no public address to link.',
    certainty: 'observed',
  },
  ivmTenantParams: {
    title: 'Public notes on tenants where ?impolicy=original returns the master and ?imwidth= only downsizes',
    noPublicCopy: 'The stored copy names no repository or page, so there is no public address to link.',
    certainty: 'observed',
  },
} as const satisfies Record<string, Source>;
