// /events/suggest — the public "Suggest an event" form; submissions go to the editors' moderation queue.
import type { Metadata } from 'next';
import Link from 'next/link';
import { SuggestEventForm } from '@/components/events/SuggestEventForm';
import { suggestEventAction } from './actions';

export const metadata: Metadata = {
  title: 'Suggest an event',
  description: 'Tell us about a webinar, recording or recurring program for international applicants or IMGs.',
  alternates: { canonical: '/events/suggest' },
};

export default function SuggestEventPage() {
  return (
    <div className="space-y-3">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/events" className="underline">
          Events
        </Link>{' '}
        <span aria-hidden="true">›</span> Suggest an event
      </nav>
      <h1 className="text-2xl font-bold">Suggest an event</h1>
      <p className="max-w-2xl text-slate-700">
        Know a webinar, a recording or a recurring program for international applicants or IMGs that we do not list?
        Send us the organizer’s own page about it. An editor reads that page before anything is listed, so a link is
        required.
      </p>
      <SuggestEventForm action={suggestEventAction} />
    </div>
  );
}
