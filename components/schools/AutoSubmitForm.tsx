'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useTransition } from 'react';

/**
 * Progressive enhancement of a GET filter form: without JS the form submits normally; with JS every change
 * navigates client-side (router.push, so back/forward work) to the URL the form describes, built in the
 * contract's canonical parameter order with default values left out.
 */
export function AutoSubmitForm({
  action,
  params,
  multi,
  defaults,
  children,
  className,
  label,
}: {
  action: string;
  params: readonly string[];
  multi: readonly string[];
  defaults: Record<string, string>;
  children: React.ReactNode;
  className?: string;
  label: string;
}) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [pending, startTransition] = useTransition();

  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);

  function targetUrl(form: HTMLFormElement): string {
    const data = new FormData(form);
    const parts: string[] = [];
    for (const name of params) {
      const values = data
        .getAll(name)
        .map((v) => String(v).trim())
        .filter((v) => v !== '' && v !== defaults[name]);
      if (values.length === 0) continue;
      const value = multi.includes(name) ? values.join(',') : values[0];
      // A multi-valued default (intl=yes,limited) is the canonical URL's absence of the parameter.
      if (value === defaults[name]) continue;
      parts.push(`${name}=${encodeURIComponent(value).replace(/%2C/g, ',')}`);
    }
    return parts.length ? `${action}?${parts.join('&')}` : action;
  }

  function navigate(delay: number) {
    const form = formRef.current;
    if (!form) return;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const url = targetUrl(form);
      if (url === `${window.location.pathname}${window.location.search}`) return;
      startTransition(() => router.push(url, { scroll: false }));
    }, delay);
  }

  return (
    <form
      ref={formRef}
      method="get"
      action={action}
      role="search"
      aria-label={label}
      aria-busy={pending}
      className={className}
      onChange={(event) => {
        const target = event.target as unknown as HTMLInputElement;
        navigate(target.type === 'search' || target.type === 'text' || target.type === 'number' ? 400 : 0);
      }}
      onSubmit={(event) => {
        event.preventDefault();
        navigate(0);
      }}
    >
      {children}
    </form>
  );
}
