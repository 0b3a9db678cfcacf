// Guide categories: slug (used in URLs and front matter), label and what readers find there.
export const GUIDE_CATEGORIES = [
  {
    slug: 'career-planning',
    label: 'Career planning',
    blurb: 'Deciding before you emigrate, or before you leave to study medicine abroad.',
  },
  {
    slug: 'applying',
    label: 'Applying to US medical schools',
    blurb: 'Coursework, the MCAT, student visas and proof of funds for international applicants.',
  },
  {
    slug: 'financing',
    label: 'Financing',
    blurb: 'Need-based aid, merit scholarships, institutional loans, private lenders, cosigners and escrow.',
  },
  {
    slug: 'img-pathway',
    label: 'The IMG pathway',
    blurb: 'ECFMG certification, the USMLE, residency and J-1/H-1B visas.',
  },
  {
    slug: 'continuing-education',
    label: 'Continuing education',
    blurb: 'Degrees, certificates, CE/CME requirements, bridging and liberal-arts courses.',
  },
  {
    slug: 'canada',
    label: 'Canada',
    blurb: 'IMGs arriving in Canada, and Canadians studying medicine abroad and coming home.',
  },
] as const;

export type GuideCategorySlug = (typeof GUIDE_CATEGORIES)[number]['slug'];
export const GUIDE_CATEGORY_SLUGS = GUIDE_CATEGORIES.map((c) => c.slug) as [
  GuideCategorySlug,
  ...GuideCategorySlug[],
];

export function categoryLabel(slug: string): string {
  return GUIDE_CATEGORIES.find((c) => c.slug === slug)?.label ?? slug;
}
