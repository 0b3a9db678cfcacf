'use client';

// Shown when a public page fails unexpectedly; no details of the error reach the visitor.
export default function SiteError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="mx-auto max-w-xl py-10" role="alert">
      <h1 className="text-2xl font-bold">Something went wrong on our side</h1>
      <p className="mt-3 text-slate-700">
        We could not load this page just now. The data may be temporarily unavailable. Please try again in a moment.
      </p>
      <button type="button" onClick={reset} className="mt-4 rounded bg-brand-700 px-4 py-2 font-semibold text-white">
        Try again
      </button>
    </div>
  );
}
