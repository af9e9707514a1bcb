// A workload run as an account's user: a child burns CPU and writes bytes, then exits
// and is reaped; the parent holds memory and stays alive. Each reports what it
// measured itself (getrusage, RSS), so the sampler's figures can be checked against it.
import { fork } from 'node:child_process';
import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs';

const [role, file, writeBytes, cpuMs] = process.argv.slice(2);
if (role === 'child') {
  const chunk = Buffer.alloc(1024 * 1024, 7);
  const fd = openSync(file, 'w');
  for (let written = 0; written < Number(writeBytes); written += chunk.length) writeSync(fd, chunk);
  fsyncSync(fd);
  closeSync(fd);
  const until = performance.now() + Number(cpuMs);
  let x = 0;
  while (performance.now() < until) x += Math.sqrt(x + 1);
  const usage = process.resourceUsage();
  process.send({ cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6, x });
} else {
  const held = Buffer.alloc(120 * 1024 * 1024, 1);
  const child = fork(process.argv[1], ['child', file, writeBytes, cpuMs]);
  child.on('message', (message) => {
    child.on('exit', () => {
      const own = process.resourceUsage();
      process.stdout.write(
        `${JSON.stringify({ childCpu: message.cpuSeconds, parentCpu: (own.userCPUTime + own.systemCPUTime) / 1e6, rss: process.memoryUsage().rss, held: held.length, at: Date.now() })}\n`,
      );
    });
  });
  // Stay alive (holding the memory) until the test has sampled the reaped child through us.
  setTimeout(() => process.exit(0), 6000);
}
