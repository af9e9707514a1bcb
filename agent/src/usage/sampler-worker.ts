/**
 * The sampler's thread: reads /proc synchronously every interval (so the agent's main
 * thread, which talks to the API, never waits on thousands of small reads) and commits
 * each interval to the spool, then tells the main thread there is something to send.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { AgentConfig } from '../config.js';
import { rotateLargeLogs } from './access-logs.js';
import { DiskUsage } from './disk-usage.js';
import { readMysql, type MysqlReading } from './mysql-stats.js';
import { sampleOnce } from './sampler.js';
import { UsageSpool } from './spool.js';

const { stateDir, sampleSeconds, diskSeconds, capBytes, logsDir, appliedDir, wwwDir, mysql } = workerData as {
  diskSeconds: number;
  stateDir: string;
  sampleSeconds: number;
  capBytes: number;
  logsDir: string;
  appliedDir: string;
  wwwDir: string;
  mysql: AgentConfig['mysql'] | null;
};
const spool = new UsageSpool(stateDir, capBytes);
const disk = new DiskUsage(wwwDir, diskSeconds * 1000);
let saidUserstatOff = false;
let mysqlAway = false;
let mysqlTriedAt = 0;

async function readDatabases(): Promise<MysqlReading | null> {
  if (!mysql) return null;
  // A host without a reachable database server is asked once a minute, not every interval.
  if (mysqlAway && Date.now() - mysqlTriedAt < 60_000) return null;
  mysqlTriedAt = Date.now();
  try {
    const reading = await readMysql(mysql);
    mysqlAway = false;
    if (!reading.userstat && !saidUserstatOff) {
      saidUserstatOff = true;
      parentPort!.postMessage({
        kind: 'warning',
        message:
          'MariaDB userstat is off, so database activity is not measured: SET GLOBAL userstat=1 and add userstat=1 to its configuration',
      });
    }
    return reading;
  } catch (error) {
    if (!mysqlAway)
      parentPort!.postMessage({
        kind: 'warning',
        message: `database statistics unavailable: ${(error as Error).message}`,
      });
    mysqlAway = true;
    return null;
  }
}

async function tick(): Promise<void> {
  try {
    disk.refresh();
    const record = sampleOnce(
      spool,
      Date.now(),
      { logsDir, appliedDir },
      { mysql: await readDatabases(), diskBytes: disk.bytes },
    );
    const dropped = spool.enforceCap();
    // Big logs move aside; nginx keeps writing the moved file until the main thread has it reopen.
    const rotated = rotateLargeLogs(logsDir);
    parentPort!.postMessage({ kind: 'sampled', lines: record?.lines.length ?? 0, dropped, rotated });
  } catch (error) {
    parentPort!.postMessage({ kind: 'error', message: (error as Error).message });
  }
  // Aligned to the interval, so the records of all hosts line up.
  const period = sampleSeconds * 1000;
  setTimeout(() => void tick(), period - (Date.now() % period));
}

void tick();
