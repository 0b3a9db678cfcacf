// What a seed or import run did, per entity: created, updated, unchanged, and rejected rows with reasons.
export type Rejection = { line: number; slug?: string; reason: string };
/** `kept`: rows an editor has changed since the last seed, left as the editor saved them. */
export type EntityReport = { created: number; updated: number; unchanged: number; kept?: number; rejected: Rejection[] };
export type SeedReport = Record<string, EntityReport>;

export const emptyEntityReport = (): EntityReport => ({ created: 0, updated: 0, unchanged: 0, rejected: [] });

export function formatSeedReport(report: SeedReport): string {
  const lines: string[] = [];
  for (const [entity, r] of Object.entries(report)) {
    lines.push(
      `${entity.padEnd(10)} loaded ${r.created + r.updated} (created ${r.created}, updated ${r.updated}), ` +
        `unchanged ${r.unchanged}, ${r.kept ? `kept (edited by an editor) ${r.kept}, ` : ''}rejected ${r.rejected.length}`,
    );
    for (const rejection of r.rejected) {
      lines.push(`  ✗ line ${rejection.line}${rejection.slug ? ` (${rejection.slug})` : ''}: ${rejection.reason}`);
    }
  }
  return lines.join('\n');
}
