import { spawn } from 'node:child_process';
import path from 'node:path';

/** The support plugin's database of a run: `support.sqlite` or `<prefix>support`. */
export function supportDatabaseArgs(run) {
  return run.db === 'postgres'
    ? ['--pg', `${run.postgresPrefix}support`]
    : ['--sqlite', path.join(run.dataDir, 'sqlite', 'support.sqlite')];
}

/**
 * Runs `bench/support/supportDb.ts <command> ...args` with the backend's
 * TypeScript loader and returns the JSON it prints.
 */
export function runSupportDb(repoRoot, command, args) {
  const script = path.join(repoRoot, 'bench', 'support', 'supportDb.ts');
  const loader = path.join(
    repoRoot,
    'node_modules/@backstage/cli-node/config/nodeTransform.cjs',
  );
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--require', loader, script, command, ...args],
      { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', chunk => {
      stdout += chunk;
    });
    child.stderr.on('data', chunk => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('exit', code => {
      const last = stdout.trim().split('\n').pop();
      if (code === 0 && last) {
        try {
          resolve(JSON.parse(last));
          return;
        } catch {
          // reported below
        }
      }
      reject(
        new Error(
          `supportDb ${command} failed (exit ${code}): ${
            stderr
              .trim()
              .split('\n')
              .filter(line => !line.includes(' as `'))
              .slice(0, 8)
              .join(' | ')
              .slice(0, 1500) || stdout
          }`,
        ),
      );
    });
  });
}

/** Whether the seeded rows are the ones the manifest asks for. */
export function seedCountsMatch(counts, manifest) {
  return (
    counts.questions === manifest.expected.questions &&
    counts.answers === manifest.expected.answers &&
    counts.queues === manifest.expected.queues
  );
}
