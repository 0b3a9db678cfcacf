// Plain-words helpers for the directories' summaries ("7 bridging programs in ON or NY").

/** "a", "a and b", "a, b and c" (or with another conjunction). */
export function joinWords(words: string[], conjunction = 'and'): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words[words.length - 1]}`;
}
