import { AutoSubmitForm } from '../schools/AutoSubmitForm';
import { FilterGroup as Group, FilterOption as Option } from '../filters/FilterControls';
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
          {EVENT_TOPICS.map((t) => (
            <Option key={t} name="topic" value={t} checked={filter.topic.includes(t)} label={TOPIC_LABEL[t]} count={facets.topic[t]} />
          ))}
        </Group>
        <Group legend="Audience">
          {EVENT_AUDIENCES.map((a) => (
            <Option key={a} name="audience" value={a} checked={filter.audience.includes(a)} label={AUDIENCE_LABEL[a]} count={facets.audience[a]} />
          ))}
        </Group>
        <Group legend="Organizer">
          <div className="max-h-56 overflow-y-auto pr-1">
            {organizers.map((o) => (
              <Option key={o.key} name="organizer" value={o.key} checked={filter.organizer.includes(o.key)} label={o.name} count={facets.organizer[o.key] ?? 0} />
            ))}
          </div>
        </Group>
      </div>
      <button type="submit" className="w-full rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-900">
        Apply filters
      </button>
    </AutoSubmitForm>
  );
}
