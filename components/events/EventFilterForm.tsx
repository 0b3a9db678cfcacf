import { AutoSubmitForm } from '../schools/AutoSubmitForm';
import { FilterChoices as Choices, FilterGroup as Group, FilterScrollList, FilterSubmit } from '../filters/FilterControls';
import { EVENT_FILTER_PARAMS, type EventFacet, type EventFilter } from '@/lib/events/filters';
import { AUDIENCE_LABEL, EVENT_AUDIENCES, EVENT_TOPICS, TOPIC_LABEL } from '@/lib/events/vocabulary';
import { ORGANIZERS } from '@/lib/events/organizers';

/** The /events GET form: topic, audience and organizer with the count each option would give. Works without JS. */
export function EventFilterForm({ filter, facets }: { filter: EventFilter; facets: Record<EventFacet, Record<string, number>> }) {
  const organizers = ORGANIZERS.filter((o) => (facets.organizer[o.key] ?? 0) > 0 || filter.organizer.includes(o.key));
  return (
    <AutoSubmitForm action="/events" params={EVENT_FILTER_PARAMS} multi={EVENT_FILTER_PARAMS} defaults={{}} label="Filter events" className="space-y-3">
      <div key={JSON.stringify(filter)} className="space-y-3">
        <Group legend="Topic">
          <Choices name="topic" values={EVENT_TOPICS} selected={(t) => filter.topic.includes(t)} label={(t) => TOPIC_LABEL[t]} count={(t) => facets.topic[t]} />
        </Group>
        <Group legend="Audience">
          <Choices name="audience" values={EVENT_AUDIENCES} selected={(a) => filter.audience.includes(a)} label={(a) => AUDIENCE_LABEL[a]} count={(a) => facets.audience[a]} />
        </Group>
        <Group legend="Organizer">
          <FilterScrollList>
            <Choices
              name="organizer"
              values={organizers.map((o) => o.key)}
              selected={(key) => filter.organizer.includes(key)}
              label={(key) => organizers.find((o) => o.key === key)!.name}
              count={(key) => facets.organizer[key] ?? 0}
            />
          </FilterScrollList>
        </Group>
      </div>
      <FilterSubmit />
    </AutoSubmitForm>
  );
}
