// Plain words for every stored enum value. `unknown` is never shown as "no": it means no source we read
// states the fact. Pure module: used by pages, components, exports and the describer.

export const UNKNOWN_TEXT = 'Not published by the school';

export const DEGREE_LABEL: Record<string, string> = { MD: 'MD (allopathic)', DO: 'DO (osteopathic)' };
export const OWNERSHIP_LABEL: Record<string, string> = { public: 'Public', private: 'Private' };

export const ACCEPTS_INTERNATIONAL_LABEL: Record<string, string> = {
  yes: 'Accepts international applicants',
  limited: 'Accepts very few or only some international applicants',
  no: 'Does not accept international applicants',
  unknown: UNKNOWN_TEXT,
};

export const COURSEWORK_LABEL: Record<string, string> = {
  none: 'No US/Canadian coursework required',
  preferred: 'US/Canadian coursework preferred',
  required: 'US/Canadian coursework required',
  degree_required: 'US/Canadian bachelor’s degree required',
  unknown: UNKNOWN_TEXT,
};

export const FUNDS_LABEL: Record<string, string> = {
  none: 'No proof of funds or escrow',
  proof_1yr: 'Proof of funds for the first year',
  proof_all_years: 'Proof of funds for all years',
  escrow_1yr: 'Escrow of the first year’s costs',
  escrow_all_years: 'Escrow of all years’ costs',
  required_unspecified: 'A financial guarantee (form not stated)',
  unknown: UNKNOWN_TEXT,
};

export const YES_LIMITED_LABEL: Record<string, string> = {
  yes: 'Yes',
  limited: 'Limited',
  no: 'No',
  unknown: UNKNOWN_TEXT,
};

export const CANADIANS_LABEL: Record<string, string> = {
  domestic: 'Treated as domestic applicants',
  international: 'Treated as international applicants',
  unknown: UNKNOWN_TEXT,
};

export const LENDER_COSIGNER_LABEL: Record<string, string> = {
  yes: 'US cosigner required',
  no: 'No US cosigner needed',
  depends: 'Depends on the borrower',
  unknown: UNKNOWN_TEXT,
};
export const LENDER_ELIGIBLE_LABEL: Record<string, string> = {
  all_us: 'Any eligible US school',
  approved_list: 'Schools on the lender’s list only',
  unknown: 'Not published by the lender',
};

/** Short facet-option labels for the /schools form. */
export const FACET_LABEL = {
  degree: { md: 'MD', do: 'DO' },
  ownership: { public: 'Public', private: 'Private' },
  intl: { yes: 'Accepts internationals', limited: 'Limited', no: 'Says it does not accept them' },
  aid: { need: 'Need-based aid', merit: 'Merit scholarships', loan: 'Institutional loans' },
  funds: { none: 'No proof or escrow', proof: 'Proof of funds at most', escrow: 'Any (incl. escrow)' },
  coursework: {
    none: 'No US coursework',
    preferred: 'Preferred at most',
    required: 'Required at most',
    degree_required: 'Any (incl. US degree)',
  },
  sort: { name: 'Name (A–Z)', tuition: 'Tuition (low to high)', '-tuition': 'Tuition (high to low)', verified: 'Recently verified' },
} as const;

export function label(map: Record<string, string>, value: string | null | undefined): string {
  if (value === null || value === undefined) return UNKNOWN_TEXT;
  return map[value] ?? value;
}

export function formatUsd(amount: number | null | undefined): string {
  if (amount === null || amount === undefined) return 'Not published';
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(amount);
}
