// The home page's content: what the site is, a search box, live counts and the three doors (schools, programs,
// guides). Rendered by the cached route the proxy rewrites / to (h/[page]) and by / itself.
import Link from 'next/link';
import { countPublishedSchools } from '@/lib/schools/queries';
import { countPublished } from '@/lib/site-stats';
import { listLatestArticles } from '@/lib/articles/queries';
import { GuideLinks } from '@/components/guides/GuideLinks';
import { HomeEventSlot } from './home-event';

export async function HomeView() {
  const [schools, other, latestGuides] = await Promise.all([countPublishedSchools(), countPublished(), listLatestArticles(3)]);
  return (
    <div className="space-y-10">
      <section className="rounded-xl bg-brand-900 px-6 py-10 text-white">
        <h1 className="max-w-3xl text-3xl font-bold sm:text-4xl">
          Find US medical schools that accept international applicants — and how you could pay for them.
        </h1>
        <p className="mt-4 max-w-2xl text-brand-50">
          For international applicants and international medical graduates: which MD and DO schools consider you,
          whether you can get need-based aid, merit scholarships or the school’s own loans, whether you need a US
          cosigner or must put tuition in escrow. Every fact links to its source and the date it was checked.
        </p>
        <form action="/schools" method="get" role="search" aria-label="Search schools" className="mt-6 flex max-w-xl flex-col gap-2 sm:flex-row">
          <label htmlFor="home-q" className="sr-only">
            Search schools by name, city or state
          </label>
          <input id="home-q" name="q" type="search" maxLength={100} placeholder="School, city or state — e.g. Hopkins, Boston, TX" className="flex-1 rounded bg-white px-3 py-2 text-slate-900 placeholder:text-slate-600" />
          <button type="submit" className="rounded bg-amber-400 px-4 py-2 font-semibold text-slate-900 hover:bg-amber-300">
            Search schools
          </button>
        </form>
        <p className="mt-4">
          {/* Inline colour: the global link colour (app/globals.css, outside Tailwind's layers) beats a utility class. */}
          <Link href="/eligibility" className="font-semibold underline" style={{ color: '#fff' }}>
            New to this? Answer seven questions and get your list and its spreadsheet
          </Link>
        </p>
      </section>

      <section aria-labelledby="numbers">
        <h2 id="numbers" className="sr-only">
          The directory in numbers
        </h2>
        <dl className="grid gap-4 sm:grid-cols-4">
          {[
            {
              n: schools.acceptingIntl,
              label: `accept international applicants (${schools.acceptingFully} fully, ${schools.acceptingLimited} on a limited basis)`,
              href: '/schools',
            },
            { n: schools.sayNo, label: 'checked and say they do not accept international applicants', href: '/schools?intl=no' },
            { n: schools.withNeedAid, label: 'accept internationals and offer them need-based aid', href: '/schools?aid=need' },
            { n: other.lenders, label: 'private lenders for international students', href: '/lenders' },
          ].map((item) => (
            <div key={item.label} className="rounded-lg border border-slate-200 bg-white p-4">
              <dt className="text-sm text-slate-700">
                <Link href={item.href}>{item.label}</Link>
              </dt>
              <dd className="order-first text-3xl font-bold text-brand-900" data-testid={`count-${item.href}`}>
                {item.n}
              </dd>
            </div>
          ))}
        </dl>
        <p className="mt-2 text-sm text-slate-600">
          {schools.total} schools checked so far ({schools.byDegree.MD ?? 0} MD, {schools.byDegree.DO ?? 0} DO), each fact
          linked to the page it came from. Live counts from our database.
        </p>
      </section>

      <section aria-labelledby="doors" className="grid gap-4 md:grid-cols-3">
        <h2 id="doors" className="sr-only">
          Where to start
        </h2>
        {[
          { title: 'Medical schools', href: '/schools', text: 'Filter US MD and DO schools by aid, loans, cosigner, escrow, coursework and tuition.' },
          { title: 'Programs after graduation', href: '/programs', text: `${other.programs} bridging, assessment, exam-prep and continuing-education programs in Canada and the US.` },
          { title: 'Guides', href: '/guides', text: `${other.articles} guides on career planning, applying, financing, the IMG pathway and Canada.` },
        ].map((door) => (
          <div key={door.href} className="rounded-lg border border-slate-200 bg-white p-5">
            <h3 className="text-lg font-semibold">
              <Link href={door.href}>{door.title}</Link>
            </h3>
            <p className="mt-2 text-sm text-slate-700">{door.text}</p>
          </div>
        ))}
      </section>

      <section aria-labelledby="popular" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="popular" className="text-lg font-semibold">
          Views advisors share
        </h2>
        <ul className="mt-2 grid gap-1 text-sm sm:grid-cols-2">
          <li><Link href="/schools?aid=need">Need-based aid open to international students</Link></li>
          <li><Link href="/schools?aid=loan">Schools that lend to international students</Link></li>
          <li><Link href="/schools?funds=none">No escrow or proof-of-funds requirement</Link></li>
          <li><Link href="/schools?cosigner=yes">Accept private loans with a US cosigner</Link></li>
          <li><Link href="/schools?canada=domestic">Canadians treated as domestic applicants</Link></li>
          <li><Link href="/schools?degree=do">Osteopathic (DO) schools</Link></li>
        </ul>
      </section>

      <GuideLinks id="latest-guides" title="Latest guides" guides={latestGuides} />
      <HomeEventSlot />
    </div>
  );
}
