import type { EventScenario } from './shared.js';
export const streams: EventScenario[] = [];
