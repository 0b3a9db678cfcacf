// The home page's event slot: reads the next upcoming event (or one recurring program) at request time.
import { getHomeEvent } from '@/lib/events/queries';
import { HomeEvent } from '@/components/events/HomeEvent';

export async function HomeEventSlot() {
  return <HomeEvent item={await getHomeEvent()} />;
}
