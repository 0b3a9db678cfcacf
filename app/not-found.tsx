import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl py-10">
      <h1 className="text-2xl font-bold">We couldn’t find that page</h1>
      <p className="mt-3 text-slate-700">
        The link may be mistyped, or the listing may have been renamed or unpublished. These usually help:
      </p>
      <ul className="mt-3 list-disc space-y-1 pl-5">
        <li><Link href="/schools">Browse all schools</Link> or search by name, city or state</li>
        <li><Link href="/lenders">Private lenders for international students</Link></li>
        <li><Link href="/guides">Guides</Link> and the <Link href="/glossary">glossary</Link></li>
        <li><Link href="/">Home</Link></li>
      </ul>
    </div>
  );
}
