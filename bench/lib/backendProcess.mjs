import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const running = new Set();

function killGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

process.on('exit', () => {
  for (const child of running) {
    killGroup(child, 'SIGKILL');
  }
});

function cleanEnv(extra) {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('APP_CONFIG_')) {
      env[key] = value;
    }
  }
  return { ...env, ...extra };
}

export function startBackend({
  repoRoot,
  entry,
  configFiles,
  logFile,
  logLevel,
}) {
  const backendDir = path.join(repoRoot, 'packages', 'backend');
  const args = [
    '--enable-source-maps',
    '--require',
    path.join(
      repoRoot,
      'node_modules/@backstage/cli-node/config/nodeTransform.cjs',
    ),
    entry,
    ...configFiles.flatMap(file => ['--config', file]),
  ];
  const log = fs.openSync(logFile, 'a');
  const child = spawn(process.execPath, args, {
    cwd: backendDir,
    env: cleanEnv({ NODE_ENV: 'production', LOG_LEVEL: logLevel }),
    stdio: ['ignore', log, log],
    detached: true,
  });
  fs.closeSync(log);
  running.add(child);
  const exited = new Promise(resolve => {
    child.on('exit', (code, signal) => {
      running.delete(child);
      resolve({ code, signal });
    });
  });
  return { child, exited, startedAt: performance.now() };
}

function startupFailure(logFile) {
  try {
    const size = fs.statSync(logFile).size;
    const length = Math.min(size, 65536);
    const buffer = Buffer.alloc(length);
    const fd = fs.openSync(logFile, 'r');
    fs.readSync(fd, buffer, 0, length, size - length);
    fs.closeSync(fd);
    const match = /Backend startup failed[^"]*/.exec(buffer.toString('utf8'));
    return match?.[0] ?? null;
  } catch {
    return null;
  }
}

export async function waitUntilReady(backend, baseUrl, timeoutMs, logFile) {
  const deadline = performance.now() + timeoutMs;
  let exit;
  backend.exited.then(result => {
    exit = result;
  });
  while (performance.now() < deadline) {
    if (exit) {
      throw new Error(
        `Backend exited before it was ready (code ${exit.code}, signal ${exit.signal})`,
      );
    }
    const failure = startupFailure(logFile);
    if (failure) {
      throw new Error(failure.replace(/\\n/g, ' ').slice(0, 400));
    }
    try {
      const res = await fetch(`${baseUrl}/.backstage/health/v1/readiness`);
      if (res.ok) {
        return performance.now();
      }
    } catch {
      // not listening yet
    }
    await sleep(500);
  }
  throw new Error(`Backend not ready after ${timeoutMs / 1000} s`);
}

export async function stopBackend(backend, graceMs = 15000) {
  if (!running.has(backend.child)) {
    return;
  }
  killGroup(backend.child, 'SIGTERM');
  const forced = sleep(graceMs).then(() => 'timeout');
  if ((await Promise.race([backend.exited, forced])) === 'timeout') {
    killGroup(backend.child, 'SIGKILL');
    await backend.exited;
  }
}

export function residentMemoryMb(backend) {
  try {
    const status = fs.readFileSync(`/proc/${backend.child.pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    return Number.isFinite(kb) ? Math.round(kb / 1024) : null;
  } catch {
    return null;
  }
}
