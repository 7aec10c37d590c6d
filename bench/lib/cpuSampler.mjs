import fs from 'node:fs';

const TICKS_PER_SECOND = 100;

function machineTicks() {
  const fields = fs
    .readFileSync('/proc/stat', 'utf8')
    .split('\n')[0]
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number);
  const total = fields.reduce((a, b) => a + b, 0);
  const idle = fields[3] + (fields[4] ?? 0);
  return { busy: total - idle };
}

function processTicks(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return null;
  }
}

export function startCpuSample(pids) {
  const startedAt = performance.now();
  const machine = machineTicks();
  const processes = Object.fromEntries(
    Object.entries(pids).map(([name, pid]) => [name, processTicks(pid)]),
  );
  const runner = process.cpuUsage();
  return () => {
    const seconds = (performance.now() - startedAt) / 1000;
    const cores = ticks =>
      Number((ticks / TICKS_PER_SECOND / seconds).toFixed(2));
    const perProcess = {};
    for (const [name, pid] of Object.entries(pids)) {
      const now = processTicks(pid);
      perProcess[name] =
        now === null || processes[name] === null
          ? null
          : cores(now - processes[name]);
    }
    const runnerUsage = process.cpuUsage(runner);
    const runnerCores = Number(
      ((runnerUsage.user + runnerUsage.system) / 1e6 / seconds).toFixed(2),
    );
    const machineCores = cores(machineTicks().busy - machine.busy);
    const accounted =
      runnerCores + Object.values(perProcess).reduce((a, b) => a + (b ?? 0), 0);
    return {
      machineCores,
      runnerCores,
      processes: perProcess,
      otherCores: Number(Math.max(0, machineCores - accounted).toFixed(2)),
    };
  };
}
