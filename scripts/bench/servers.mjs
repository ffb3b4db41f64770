// Builds and serves the app (this checkout) and the floor (a copy of ../shared/perf/floor in the temp
// folder: the shared one is read-only) for the bench.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const run = (cmd, args, cwd) => {
  if (spawnSync(cmd, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'] }).status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed in ${cwd}`);
};

export function buildApp() {
  console.log('Building the app…');
  run('npx', ['vite', 'build', '--logLevel', 'warn'], process.cwd());
  return process.cwd();
}

/** Copies the floor to the temp folder (keeping an earlier copy's node_modules when the lock is the same) and builds it. */
export function buildFloor(source = process.env.FLOOR_DIR ?? resolve('..', 'shared', 'perf', 'floor')) {
  if (!existsSync(join(source, 'package.json'))) throw new Error(`no floor at ${source} (set FLOOR_DIR)`);
  const dir = join(tmpdir(), 'dashboard-bench-floor');
  const lock = (d) => (existsSync(join(d, 'package-lock.json')) ? readFileSync(join(d, 'package-lock.json'), 'utf8') : '');
  const reuse = existsSync(join(dir, 'node_modules')) && lock(dir) === lock(source);
  if (!reuse) rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(source, dir, { recursive: true, filter: (p) => !p.includes('node_modules') && !p.includes(`${source}/dist`) });
  console.log(`Building the floor in ${dir}…`);
  if (!reuse) run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], dir);
  run('npx', ['vite', 'build', '--logLevel', 'warn'], dir);
  return dir;
}

/** `vite preview` of `dir` on `port`; resolves when it answers. Returns a stop function. */
export async function serve(dir, port) {
  const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], { cwd: dir, stdio: 'ignore', detached: true });
  const stop = () => {
    try {
      process.kill(-server.pid);
    } catch {
      /* already gone */
    }
  };
  process.on('exit', stop);
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return stop;
    } catch {
      /* not up yet */
    }
    await sleep(100);
  }
  stop();
  throw new Error(`vite preview on port ${port} did not answer within 60 s`);
}
