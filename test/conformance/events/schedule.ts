import { type EventScenario, recordSchedule } from './shared.js';

const MINUTE = new Date('2026-03-01T08:20:00.000Z');
const NIGHT = new Date('2026-03-02T03:00:00.000Z');

export const schedules: EventScenario[] = [
  {
    id: 'schedule.tick',
    description: 'a rate(5 minutes) tick: scheduledTime is the tick time',
    kind: 'schedule',
    input: { kind: 'schedule', time: MINUTE },
    define: (observe) => recordSchedule(observe, 'rate(5 minutes)'),
    expect: { seen: { [MINUTE.toISOString()]: { scheduledTime: MINUTE.toISOString() } } },
  },
  {
    id: 'schedule.cron',
    description: "a 5-field cron ('0 3 * * *') tick at 03:00 UTC: scheduledTime is that instant",
    kind: 'schedule',
    input: { kind: 'schedule', time: NIGHT },
    define: (observe) => recordSchedule(observe, '0 3 * * *'),
    expect: { seen: { [NIGHT.toISOString()]: { scheduledTime: NIGHT.toISOString() } } },
  },
  {
    id: 'schedule.failure-redelivers',
    description: 'the handler throws on a tick: the invocation fails, so the platform retries it',
    kind: 'schedule',
    input: { kind: 'schedule', time: MINUTE },
    define: (observe) => recordSchedule(observe, 'rate(5 minutes)', true),
    expect: {
      seen: { [MINUTE.toISOString()]: { scheduledTime: MINUTE.toISOString() } },
      failing: [MINUTE.toISOString()],
    },
  },
];
