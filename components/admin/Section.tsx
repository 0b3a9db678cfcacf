// A titled section of an admin page: the <h2> labels the <section> (`<id>-heading`).
export function Section({ id, title, className = 'space-y-3', children }: { id: string; title: string; className?: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className={className}>
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
