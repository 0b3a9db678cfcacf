import { AutoSubmitForm } from '../schools/AutoSubmitForm';
import { FilterMultiGroup as MultiGroup, FilterSubmit } from '../filters/FilterControls';
import { EVENT_FILTER_PARAMS, type EventFacet, type EventFilter } from '@/lib/events/filters';
import { AUDIENCE_LABEL, EVENT_AUDIENCES, EVENT_TOPICS, TOPIC_LABEL } from '@/lib/events/vocabulary';
import { ORGANIZERS } from '@/lib/events/organizers';

/** The /events GET form: topic, audience and organizer with the count each option would give. Works without JS. */
export function EventFilterForm({ filter, facets }: { filter: EventFilter; facets: Record<EventFacet, Record<string, number>> }) {
  const organizers = ORGANIZERS.filter((o) => (facets.organizer[o.key] ?? 0) > 0 || filter.organizer.includes(o.key));
  return (
    <AutoSubmitForm action="/events" params={EVENT_FILTER_PARAMS} multi={EVENT_FILTER_PARAMS} defaults={{}} label="Filter events" className="space-y-3">
      <div key={JSON.stringify(filter)} className="space-y-3">
        <MultiGroup legend="Topic" name="topic" values={EVENT_TOPICS} chosen={filter.topic} label={(t) => TOPIC_LABEL[t]} counts={facets.topic} />
        <MultiGroup legend="Audience" name="audience" values={EVENT_AUDIENCES} chosen={filter.audience} label={(a) => AUDIENCE_LABEL[a]} counts={facets.audience} />
        <MultiGroup legend="Organizer" name="organizer" values={organizers.map((o) => o.key)} chosen={filter.organizer} label={(key) => organizers.find((o) => o.key === key)!.name} counts={facets.organizer} scroll />
      </div>
      <FilterSubmit />
    </AutoSubmitForm>
  );
}
