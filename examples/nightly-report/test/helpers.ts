import type { ScheduleEvent } from '@faasport/core';
import { createScheduleEvent } from '@faasport/core/adapter';
import { recordingContext as sharedRecordingContext } from '../../../test/helpers/examples.js';
import type { Sale } from '../src/sales.js';

export { allTransports, loadAzureEntry } from '../../../test/helpers/examples.js';

/** A context whose log lines land in `lines` (parsed). */
export const recordingContext = () => sharedRecordingContext('nightly-report');

/** A sale on the given instant. */
export function aSale(orderId: string, at: string, sku = 'MUG-01', amountCents = 1250, units = 1): Sale {
  return { orderId, sku, units, amountCents, at: new Date(at) };
}

/** The normalized tick an adapter would build. */
export function aTick(scheduledTime: Date, isPastDue?: boolean): ScheduleEvent {
  return createScheduleEvent(
    { scheduledTime, ...(isPastDue === undefined ? {} : { isPastDue }), raw: {} },
    { id: 'tick-1', source: 'test/schedule', type: 'test.tick' },
  );
}
