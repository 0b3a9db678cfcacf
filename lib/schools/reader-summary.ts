// The summary readers see for a school: the stored plain summary, or one composed from its facts when a row
// has none yet (a school created before summaries existed). Never the editors' research note (notesShort).
import { composeReaderSummary, type SummaryFacts } from './summary';

export function readerSummaryOf(school: SummaryFacts & { readerSummary: string }): string {
  return school.readerSummary.trim() || composeReaderSummary(school);
}
