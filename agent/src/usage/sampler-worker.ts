/**
 * The sampler's thread: reads /proc synchronously every interval (so the agent's main
 * thread, which talks to the API, never waits on thousands of small reads) and commits
 * each interval to the spool, then tells the main thread there is something to send.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { rotateLargeLogs } from './access-logs.js';
import { sampleOnce } from './sampler.js';
import { UsageSpool } from './spool.js';

const { stateDir, sampleSeconds, capBytes, logsDir, appliedDir } = workerData as {
  stateDir: string;
  sampleSeconds: number;
  capBytes: number;
  logsDir: string;
  appliedDir: string;
};
const spool = new UsageSpool(stateDir, capBytes);

function tick(): void {
  try {
    const record = sampleOnce(spool, Date.now(), { logsDir, appliedDir });
    const dropped = spool.enforceCap();
    // Big logs move aside; nginx keeps writing the moved file until the main thread has it reopen.
    const rotated = rotateLargeLogs(logsDir);
    parentPort!.postMessage({ kind: 'sampled', lines: record?.lines.length ?? 0, dropped, rotated });
  } catch (error) {
    parentPort!.postMessage({ kind: 'error', message: (error as Error).message });
  }
  // Aligned to the interval, so the records of all hosts line up.
  const period = sampleSeconds * 1000;
  setTimeout(tick, period - (Date.now() % period));
}

tick();
