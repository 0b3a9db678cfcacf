// A moment as the dashboard shows it: "2026-12-02 14:05 UTC", to the minute, in a <time> element.
export function Timestamp({ date }: { date: Date }) {
  return <time dateTime={date.toISOString()}>{date.toISOString().replace('T', ' ').slice(0, 16)} UTC</time>;
}
