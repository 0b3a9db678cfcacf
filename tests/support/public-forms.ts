// Checks the public forms (report a problem, suggest an event) share: their honeypot field.
import { expect } from 'vitest';
import { formData } from './form-data';

/** A filled honeypot (`website`) looks like success to the sender and writes nothing (`count` is unchanged). */
export async function expectHoneypotIgnored(submit: (data: FormData) => Promise<unknown>, values: Record<string, string>, count: () => Promise<number>) {
  const before = await count();
  expect(await submit(formData({ ...values, website: 'http://spam.example' }))).toMatchObject({ ok: true });
  expect(await count()).toBe(before);
}
