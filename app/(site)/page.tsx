// / — the home page. proxy.ts rewrites GET / to the cached route h/[page] (ISR, tagged with every public tag,
// so any admin save expires it); this per-request route answers only what the proxy does not rewrite.
import { HomeView } from './home-view';

export const dynamic = 'force-dynamic';

export default function HomePage() {
  return <HomeView />;
}
