import type { EventScenario } from './shared.js';
export const events: EventScenario[] = [];
