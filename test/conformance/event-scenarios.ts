// The cross-adapter event scenarios, as data, one file per trigger kind. Ids are stable:
// capabilities name them as proof. Each scenario runs through every source of its kind that a
// transport lists; a source that cannot meet it declares a limitation that the suite checks.
import { events } from './events/event.js';
import { queues } from './events/queue.js';
import { schedules } from './events/schedule.js';
import type { EventScenario } from './events/shared.js';
import { storages } from './events/storage.js';
import { streams } from './events/stream.js';
import { topics } from './events/topic.js';

export type { EventLimitation, EventScenario } from './events/shared.js';

/** Every event scenario, in a stable order. */
export const eventScenarios: readonly EventScenario[] = [
  ...queues,
  ...topics,
  ...storages,
  ...schedules,
  ...streams,
  ...events,
];

/** The id of every event scenario: what capabilities cite as proof. */
export const eventScenarioIds: readonly string[] = eventScenarios.map((s) => s.id);
