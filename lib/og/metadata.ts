// The link-preview part of a page's metadata: the PNG card for Open Graph and Twitter.
import type { Metadata } from 'next';

export const OG_SIZE = { width: 1200, height: 630 };

export function previewImageMetadata(imageUrl: string, alt: string): Pick<Metadata, 'twitter'> & { images: NonNullable<Metadata['openGraph']>['images'] } {
  return {
    images: [{ url: imageUrl, ...OG_SIZE, alt, type: 'image/png' }],
    twitter: { card: 'summary_large_image', images: [{ url: imageUrl, alt }] },
  };
}
