import { describe, expect, it } from 'vitest';
import { readCloudinaryUrl } from '../../src/providers/cloudinary/url.ts';

describe('reading a Cloudinary delivery URL', () => {
  it('splits a well-formed URL into its parts, in order, and finds no mistake', () => {
    expect(readCloudinaryUrl('https://res.cloudinary.com/demo/image/upload/s--Ai6zQ3_B--/c_fill,w_300,h_200/e_grayscale/v1699999999/samples/dog.jpg')).toEqual({
      parts: {
        host: 'res.cloudinary.com',
        cloudName: 'demo',
        resourceType: 'image',
        deliveryType: 'upload',
        signature: 's--Ai6zQ3_B--',
        transformations: ['c_fill,w_300,h_200', 'e_grayscale'],
        version: 'v1699999999',
        publicId: 'samples/dog.jpg',
      },
      mistakes: [],
    });
  });

  it('takes the cloud name from a private CDN host', () => {
    expect(readCloudinaryUrl('https://acme-res.cloudinary.com/image/upload/w_100/logo.png')?.parts.cloudName).toBe('acme');
  });

  it('does not mistake folder names with underscores for transformations', () => {
    expect(readCloudinaryUrl('https://res.cloudinary.com/demo/image/upload/my_photos/summer_2026/beach.jpg')?.mistakes).toEqual([]);
  });

  it('flags a cloud name placed after the resource and delivery types', () => {
    const reading = readCloudinaryUrl('https://res.cloudinary.com/image/upload/demo/sample.jpg');
    expect(reading?.mistakes[0]).toMatch(/cloud name comes first/);
  });

  it('flags transformations after the version', () => {
    const reading = readCloudinaryUrl('https://res.cloudinary.com/demo/image/upload/v1699999999/w_300,c_fill/sample.jpg');
    expect(reading?.mistakes).toEqual([expect.stringMatching(/"w_300,c_fill" comes after the version/)]);
  });

  it('flags swapped resource and delivery types', () => {
    expect(readCloudinaryUrl('https://res.cloudinary.com/demo/upload/image/sample.jpg')?.mistakes[0]).toMatch(/swapped/);
  });

  it('ignores URLs of other hosts and text that is no URL', () => {
    expect(readCloudinaryUrl('https://example.com/demo/image/upload/a.jpg')).toBeNull();
    expect(readCloudinaryUrl('not a url')).toBeNull();
  });
});
