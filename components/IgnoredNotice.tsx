type Ignored = { param: string; value: string; reason: string };

/** Names each URL parameter value that was not understood and therefore ignored. */
export function IgnoredNotice({ ignored }: { ignored: Ignored[] }) {
  if (ignored.length === 0) return null;
  return (
    <div role="status" className="mt-3 rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950" data-testid="ignored-notice">
      <p className="font-semibold">Some filters in this link were ignored:</p>
      <ul className="mt-1 list-disc pl-5">
        {ignored.map((item, index) => (
          <li key={index}>
            <code>{item.param}</code> = “{item.value}” ({item.reason})
          </li>
        ))}
      </ul>
    </div>
  );
}
