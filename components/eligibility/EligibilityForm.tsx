// The guided finder's questions as a plain GET form (works without JavaScript): one fieldset per question,
// each with its one-line explanation and a glossary link.
import Link from 'next/link';
import { QUESTIONS } from '@/lib/eligibility/questions';
import type { Answers } from '@/lib/eligibility/answers';

export function EligibilityForm({ answers }: { answers: Answers }) {
  return (
    <form method="get" action="/eligibility" className="space-y-4" aria-label="Eligibility questions">
      {QUESTIONS.map((question, index) => {
        const hintId = `${question.id}-hint`;
        const chosen = (value: string) =>
          question.id === 'region' ? answers.region.includes(value as never) : answers[question.id] === value;
        return (
          <fieldset key={question.id} className="rounded-lg border border-slate-200 bg-white p-4" aria-describedby={hintId}>
            <legend className="px-1 font-semibold">
              {index + 1}. {question.question}
            </legend>
            <p id={hintId} className="text-sm text-slate-700">
              {question.hint}{' '}
              {question.glossary ? (
                <Link href={`/glossary#${question.glossary.slug}`} className="underline">
                  {question.glossary.term} in the glossary
                </Link>
              ) : null}
            </p>
            <div className="mt-2 space-y-1">
              {question.choices.map((choice) => (
                <label key={choice.value} className="filter-option">
                  <input
                    type={'multiple' in question ? 'checkbox' : 'radio'}
                    name={question.id}
                    value={choice.value}
                    defaultChecked={chosen(choice.value)}
                    required={!('multiple' in question)}
                  />
                  <span>{choice.label}</span>
                </label>
              ))}
            </div>
          </fieldset>
        );
      })}
      <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900">
        Show my list
      </button>
    </form>
  );
}
