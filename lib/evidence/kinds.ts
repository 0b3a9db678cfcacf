// Short texts for one source in the dashboard: its kind's name and its page's host. Pure module.
import { SOURCE_KIND_LABEL } from './labels';

export function sourceKindLabel(kind: string): string {
  return SOURCE_KIND_LABEL[kind] ?? kind;
}

/** A page's host, for a short link text ("med.example.edu"). */
export function sourceHost(url: string): string {
  try {
    return new URL(url).host.replace(/^www\./, '');
  } catch {
    return url;
  }
}
