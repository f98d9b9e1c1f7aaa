// The cross-adapter HTTP scenarios, as data, one file per area. Ids are stable: capabilities name
// them as proof. Each complaint in PLATFORM-FACTS.md ("What users of the existing adapters complain
// about") has at least one scenario; the issue it comes from is in the description.

import { bodies } from './http/body.js';
import { contexts } from './http/context.js';
import { cookies } from './http/cookies.js';
import { errors } from './http/errors.js';
import { headers } from './http/headers.js';
import { honoScenarios } from './http/hono.js';
import { methods } from './http/methods.js';
import { paths } from './http/path.js';
import { queries } from './http/query.js';
import type { HttpScenario } from './http/shared.js';
import { statuses } from './http/status.js';
import { streams } from './http/streaming.js';

export type { HttpScenario, Limitation } from './http/shared.js';

/** Every HTTP scenario, in a stable order. */
export const httpScenarios: readonly HttpScenario[] = [
  ...methods,
  ...queries,
  ...paths,
  ...headers,
  ...cookies,
  ...statuses,
  ...bodies,
  ...errors,
  ...honoScenarios,
  ...streams,
  ...contexts,
];

/** The id of every HTTP scenario: what capabilities cite as proof. */
export const httpScenarioIds: readonly string[] = httpScenarios.map((s) => s.id);
