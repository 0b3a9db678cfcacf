// The data vocabulary (../shared/data/README.md). Values are stored exactly as the seed CSVs spell them.
export const DEGREES = ['MD', 'DO'] as const;
export const OWNERSHIPS = ['public', 'private'] as const;
export const ACCEPTS_INTERNATIONAL = ['yes', 'limited', 'no', 'unknown'] as const;
export const COURSEWORK = ['none', 'preferred', 'required', 'degree_required', 'unknown'] as const;
export const FUNDS = [
  'none',
  'proof_1yr',
  'proof_all_years',
  'escrow_1yr',
  'escrow_all_years',
  'required_unspecified',
  'unknown',
] as const;
export const YES_LIMITED_NO_UNKNOWN = ['yes', 'limited', 'no', 'unknown'] as const;
export const YES_NO_UNKNOWN = ['yes', 'no', 'unknown'] as const;
export const CANADIANS_TREATED_AS = ['domestic', 'international', 'unknown'] as const;
export const LISTING_STATUSES = ['draft', 'published'] as const;

export const LENDER_COSIGNER = ['yes', 'no', 'depends', 'unknown'] as const;
export const LENDER_ELIGIBLE_SCHOOLS = ['all_us', 'approved_list', 'unknown'] as const;

export const PROGRAM_COUNTRIES = ['CA', 'US'] as const;
export const PROGRAM_KINDS = [
  'bridging',
  'assessment',
  'degree',
  'certificate',
  'exam_prep',
  'observership',
  'language_communication',
  'career_alternatives',
  'cme',
] as const;
export const PROGRAM_FORMATS = ['online', 'in_person', 'hybrid', 'unknown'] as const;

export const US_STATES = [
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY',
  'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH',
  'OK', 'OR', 'PA', 'PR', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY',
] as const;

export const CA_PROVINCES = ['AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NT', 'NU', 'ON', 'PE', 'QC', 'SK', 'YT'] as const;
