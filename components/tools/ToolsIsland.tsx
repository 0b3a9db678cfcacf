'use client';
// One client component per list of schools instead of two per card: the cards' shortlist and compare buttons
// are server-rendered markup (ToolButtons). This wrapper listens for their clicks with one delegated listener,
// writes the choice to this browser's store, and reflects the store (a change here, in another island or in
// another tab) in every button's aria-pressed. `tray` places the compare tray before or after the list.
import { useEffect, useRef } from 'react';
import { COMPARE_MAX } from '@/lib/shortlist/slugs';
import { readCompare, readShortlist, subscribe, toggleCompare, toggleShortlist } from './store';
import { CompareTray } from './CompareTray';

const FULL_MESSAGE = `You can compare at most ${COMPARE_MAX} schools.`;

function reflectStore(root: HTMLElement) {
  const starred = new Set(readShortlist().map((e) => e.slug));
  const compared = new Set(readCompare());
  for (const button of root.querySelectorAll<HTMLElement>('[data-shortlist]')) {
    button.setAttribute('aria-pressed', String(starred.has(button.dataset.shortlist!)));
  }
  for (const button of root.querySelectorAll<HTMLElement>('[data-compare]')) {
    button.setAttribute('aria-pressed', String(compared.has(button.dataset.compare!)));
  }
}

function handleClick(event: MouseEvent) {
  const button = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-shortlist], [data-compare]') : null;
  if (!button || !(event.currentTarget as HTMLElement).contains(button)) return;
  const { shortlist, compare } = button.dataset;
  if (shortlist) toggleShortlist(shortlist);
  if (compare) {
    // The status beside the button (CompareButton renders them as siblings) is its live region.
    const status = button.parentElement?.querySelector('[data-compare-status]');
    const accepted = toggleCompare(compare);
    if (status) status.textContent = accepted ? '' : FULL_MESSAGE;
  }
}

export function ToolsIsland({ children, tray, className }: { children?: React.ReactNode; tray?: 'first' | 'last'; className?: string }) {
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = root.current!;
    element.addEventListener('click', handleClick);
    const unsubscribe = subscribe(() => reflectStore(element));
    return () => {
      element.removeEventListener('click', handleClick);
      unsubscribe();
    };
  }, []);
  // After hydration and after every render: a client-side navigation brings new cards with aria-pressed="false".
  useEffect(() => reflectStore(root.current!));

  return (
    <div ref={root} className={className}>
      {tray === 'first' ? <CompareTray /> : null}
      {children}
      {tray === 'last' ? <CompareTray /> : null}
    </div>
  );
}
