// Reader-facing names of the kinds of page a fact can come from.
export const SOURCE_KIND_LABEL: Record<string, string> = {
  school: 'School’s own page',
  official: 'Official body',
  third_party: 'Third-party list',
  forum: 'Forum',
};
