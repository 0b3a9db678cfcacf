// /eligibility — the guided finder: a few plain questions (a GET form, no JavaScript needed); the answers
// become directory filters (lib/eligibility/answers.ts) and the page shows that /schools view with a sentence
// per filter saying why, plus the Excel export of the list and "Save this search".
import type { Metadata } from 'next';
import { answersQuery, answersToFilter, parseAnswers } from '@/lib/eligibility/answers';
import { describeSchoolFilter } from '@/lib/schools/describe';
import { serializeSchoolFilter } from '@/lib/schools/filters';
import { savedSearchName } from '@/lib/shortlist/saved-search-name';
import { EligibilityForm } from '@/components/eligibility/EligibilityForm';
import { EligibilityResult } from '@/components/eligibility/EligibilityResult';
import { SchoolsView } from '../schools/schools-view';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const params = await searchParams;
  const { answered } = parseAnswers(params);
  if (!answered || params.change !== undefined) {
    return {
      title: 'Which schools fit you? Answer a few questions',
      description: 'Seven plain questions about your citizenship, studies, money and plans give you a filtered list of US MD and DO schools, and its spreadsheet.',
      alternates: { canonical: '/eligibility' },
    };
  }
  const query = serializeSchoolFilter(answersToFilter(parseAnswers(params).answers).filter);
  return { title: 'Your list of schools', robots: { index: false }, alternates: { canonical: query ? `/schools?${query}` : '/schools' } };
}

export default async function EligibilityPage({ searchParams }: Props) {
  const params = await searchParams;
  const { answers, answered, ignored } = parseAnswers(params);
  if (!answered || params.change !== undefined) {
    return (
      <div className="mx-auto max-w-2xl space-y-4">
        <h1 className="text-2xl font-bold">Which schools fit you?</h1>
        <p className="text-slate-700">
          Answer seven questions and get the list of US medical schools whose published policies fit your situation, with the reasons, a
          spreadsheet to download and a link to keep. Nothing you answer is stored: it only builds the link.
        </p>
        <EligibilityForm answers={answers} />
      </div>
    );
  }
  const { filter, reasons } = answersToFilter(answers);
  const query = serializeSchoolFilter(filter);
  return (
    <SchoolsView
      params={new URLSearchParams(query)}
      intro={
        <EligibilityResult
          reasons={reasons}
          query={query}
          answersQuery={answersQuery(answers)}
          ignored={ignored}
          defaultName={savedSearchName(describeSchoolFilter(filter, 0))}
        />
      }
    />
  );
}
