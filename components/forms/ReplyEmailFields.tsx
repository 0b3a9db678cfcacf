// The end of every public submission form: an optional reply email, the honeypot and the submit button.
// Shared so the two forms (report a problem, suggest an event) stay alike for readers and for bots.

type Props = {
  /** Prefix of the field ids ("report" → report-email, report-email-error, report-website). */
  idPrefix: string;
  email: string | undefined;
  emailError: string | undefined;
  pending: boolean;
  submitLabel: string;
};

export const READER_INPUT_CLASS = 'mt-1 w-full rounded border border-slate-400 bg-white px-2 py-1';

export function ReplyEmailFields({ idPrefix, email, emailError, pending, submitLabel }: Props) {
  const errorId = `${idPrefix}-email-error`;
  return (
    <>
      <div>
        <label htmlFor={`${idPrefix}-email`} className="block font-medium">
          Your email (optional, only if you want a reply)
        </label>
        <input id={`${idPrefix}-email`} name="email" type="email" autoComplete="email" defaultValue={email ?? ''} aria-invalid={emailError ? true : undefined} aria-describedby={emailError ? errorId : undefined} className={READER_INPUT_CLASS} />
        {emailError ? (
          <p id={errorId} className="mt-1 text-red-800">
            {emailError}
          </p>
        ) : null}
      </div>
      {/* Honeypot: hidden from people and assistive technology; bots that fill every field are ignored. */}
      <div className="hidden">
        <label htmlFor={`${idPrefix}-website`}>Leave this field empty</label>
        <input id={`${idPrefix}-website`} name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-900 disabled:opacity-60">
        {pending ? 'Sending…' : submitLabel}
      </button>
    </>
  );
}
