// One benchmark variant in its own worker thread: its own globals (a variant that swaps
// globalThis.Response cannot affect its peers), driven by the parent round by round.
import { parentPort, workerData } from 'node:worker_threads';

const mod = await import(workerData.bundle);
const run = await mod.create(workerData.input);

parentPort.on('message', async ({ iterations }) => {
  try {
    const start = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) await run();
    parentPort.postMessage({ nsPerOp: Number(process.hrtime.bigint() - start) / iterations });
  } catch (error) {
    parentPort.postMessage({ error: String(error?.stack ?? error) });
  }
});
// The first answer goes to the parent, which checks that every variant of a case answers alike.
try {
  parentPort.postMessage({ ready: true, sample: await run() });
} catch (error) {
  parentPort.postMessage({ error: String(error?.stack ?? error) });
}
