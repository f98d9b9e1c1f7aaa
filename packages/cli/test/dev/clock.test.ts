import { describe, expect, it } from 'vitest';
import { systemClock } from '../../src/dev/clock.js';

describe('systemClock', () => {
  it('tells the time and runs a timer once; a cancelled timer never runs', async () => {
    expect(Math.abs(systemClock.now() - Date.now())).toBeLessThan(50);
    const ran: string[] = [];
    systemClock.setTimer(() => ran.push('a'), 5);
    const cancel = systemClock.setTimer(() => ran.push('b'), 5);
    cancel();
    await new Promise((r) => setTimeout(r, 30));
    expect(ran).toEqual(['a']);
  });
});
