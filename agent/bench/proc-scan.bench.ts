/**
 * `npm run bench -w @elasticweb/agent`: one full /proc scan with 1,000 extra processes
 * running, aggregated per user, against the same per-user aggregation done by Python's
 * psutil (Debian's python3-psutil) in the same run. Prints the CPU time per scan of
 * each, their ratio, and the share of one core at the default 10 s interval.
 * BENCH_PROCESSES (1000) and BENCH_SCANS (20) change the sizes.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { accountInterval } from '../src/usage/accounting.js';
import { readProcesses } from '../src/usage/proc-reader.js';

const PROCESSES = Number(process.env.BENCH_PROCESSES ?? 1000);
const SCANS = Number(process.env.BENCH_SCANS ?? 20);

const PSUTIL = `
import psutil, resource, sys, json
scans = int(sys.argv[1])
def scan():
    per_user = {}
    for p in psutil.process_iter(['uids', 'cpu_times', 'memory_info', 'io_counters']):
        info = p.info
        if info['uids'] is None or info['cpu_times'] is None:
            continue
        u = per_user.setdefault(info['uids'].real, [0.0, 0, 0, 0])
        t = info['cpu_times']
        u[0] += t.user + t.system + t.children_user + t.children_system
        u[1] += info['memory_info'].rss if info['memory_info'] else 0
        io = info['io_counters']
        if io:
            u[2] += io.read_bytes
            u[3] += io.write_bytes
    return per_user
scan()
before = resource.getrusage(resource.RUSAGE_SELF)
for _ in range(scans):
    scan()
after = resource.getrusage(resource.RUSAGE_SELF)
cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
print(json.dumps({"cpu_ms_per_scan": cpu * 1000 / scans}))
`;

const sleepers: ChildProcess[] = [];
try {
  for (let i = 0; i < PROCESSES; i++) sleepers.push(spawn('sleep', ['600'], { stdio: 'ignore' }));
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const total = readProcesses().length;

  const scan = () => {
    const readings = readProcesses();
    return accountInterval(null, readings, (uid) => String(uid), Date.now());
  };
  scan();
  const before = process.cpuUsage();
  for (let i = 0; i < SCANS; i++) scan();
  const used = process.cpuUsage(before);
  const ours = (used.user + used.system) / 1000 / SCANS;

  // Debian's python3, where python3-psutil lives (a pyenv shim may come first in PATH).
  const python = spawnSync('/usr/bin/python3', ['-c', PSUTIL, String(SCANS)], { encoding: 'utf8' });
  const psutil =
    python.status === 0 ? (JSON.parse(python.stdout) as { cpu_ms_per_scan: number }).cpu_ms_per_scan : null;

  console.log(`\n/proc scan with ${total} processes, ${SCANS} scans, CPU time per scan\n`);
  console.log(`elasticweb agent (sync reads, per-user sums)  ${ours.toFixed(2)} ms`);
  if (psutil === null)
    console.log(
      `psutil                                         not available (${python.stderr.trim().split('\n').at(-1)}; apt-get install python3-psutil)`,
    );
  else console.log(`psutil (process_iter, per-user sums)           ${psutil.toFixed(2)} ms`);
  const share = (ours / 10_000) * 100;
  console.log(
    `\ngoals: at most psutil's CPU -> ${psutil === null ? 'n/a' : `${(ours / psutil).toFixed(2)}x psutil`}; ` +
      `under 1% of one core at a 10 s interval -> ${share.toFixed(3)}%`,
  );
} finally {
  for (const sleeper of sleepers) sleeper.kill();
}
