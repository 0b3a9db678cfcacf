// The summary readers see for a school, and which one a save stores. An editor may write one; an empty field
// means "write it from the facts". A stored summary that is exactly the composed one counts as composed, so it
// follows the facts when they change (an accepted hint, a new value) instead of freezing the old wording.
// Never the editors' research note (notesShort).
import { composeReaderSummary, type SummaryFacts } from './summary';

/** What a reader sees: the stored summary, or one composed from the facts when a row has none yet. */
export function readerSummaryOf(school: SummaryFacts & { readerSummary: string }): string {
  return school.readerSummary.trim() || composeReaderSummary(school);
}

/** The summary to store: the editor's text, or one composed from the facts. */
export function resolveReaderSummary(written: string, facts: SummaryFacts): string {
  return written.trim() || composeReaderSummary(facts);
}

/** Is this stored summary the composed one (not an editor's own wording)? */
export function isComposedSummary(stored: string, facts: SummaryFacts): boolean {
  return stored === '' || stored === composeReaderSummary(facts);
}

/** The summary after the facts change from `before` to `after`: an editor's wording is kept, a composed one follows. */
export function followFacts(stored: string, before: SummaryFacts, after: SummaryFacts): string {
  return isComposedSummary(stored, before) ? composeReaderSummary(after) : stored;
}
