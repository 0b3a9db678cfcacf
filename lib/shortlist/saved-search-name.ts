// The name a saved search starts with: the view's summary without its count (the count changes as schools
// are added), e.g. "MD schools that offer need-based aid to international students".
export function savedSearchName(summary: string): string {
  const words = summary.replace(/^\d+\s+/, '');
  return (words.charAt(0).toUpperCase() + words.slice(1)).slice(0, 100);
}
