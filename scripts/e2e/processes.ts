// Process helpers for the e2e runner: detached process groups that are always killed, free ports, polling.
import { spawn, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';

/** Where the e2e runs find the repo, the tools installed by setup.sh, code-server and Debian's Chromium. */
export const repoRoot = path.resolve(__dirname, '..', '..', '..');
export const toolsDir = process.env.LAWCITE_E2E_TOOLS ?? path.join(os.homedir(), '.cache', 'lawcite-e2e');
export const codeServerEntry = path.join(toolsDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const chromiumPath = process.env.LAWCITE_E2E_CHROMIUM ?? '/usr/bin/chromium';

const groups = new Set<number>();

/** Start a command in its own process group, output to a log file. */
export function startGroup(command: string, args: string[], env: NodeJS.ProcessEnv, logFile: string): ChildProcess {
  const log = fs.openSync(logFile, 'a');
  const child = spawn(command, args, { env, detached: true, stdio: ['ignore', log, log] });
  fs.closeSync(log);
  if (child.pid) groups.add(child.pid);
  return child;
}

function alive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/** TERM every group started here, KILL what is left after `graceMs`. */
export async function killGroups(graceMs = 3000): Promise<void> {
  for (const pgid of groups) {
    try {
      process.kill(-pgid, 'SIGTERM');
    } catch {
      groups.delete(pgid);
    }
  }
  const deadline = Date.now() + graceMs;
  while ([...groups].some(alive) && Date.now() < deadline) await sleep(100);
  for (const pgid of groups) {
    try {
      process.kill(-pgid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  groups.clear();
}

export function sleep(ms: number): Promise<void> {
  // Not unref'd: an unref'd timer lets Node exit in the middle of teardown when nothing else is pending.
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** GET url → status code, or 0 when nothing answers. No keep-alive, so no socket outlives the run. */
export function httpStatus(url: string): Promise<number> {
  return new Promise((resolve) => {
    const req = http.get(url, { agent: false, timeout: 2000 }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', () => resolve(0));
    req.on('timeout', () => {
      req.destroy();
      resolve(0);
    });
  });
}

/**
 * Poll `probe` until it returns a truthy value or `timeoutMs` passes. `retry` (a gesture, e.g. re-trigger hover)
 * runs every `retryEveryMs`. Throws with the last observation on timeout.
 */
export async function until<T>(
  what: string,
  timeoutMs: number,
  probe: () => Promise<T | undefined | null | false>,
  retry?: { everyMs: number; run: () => Promise<void> },
): Promise<T> {
  const start = Date.now();
  let lastRetry = start;
  let lastError: unknown;
  while (Date.now() - start < timeoutMs) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (err) {
      lastError = err;
    }
    if (retry && Date.now() - lastRetry >= retry.everyMs) {
      lastRetry = Date.now();
      await retry.run().catch((err: unknown) => (lastError = err));
    }
    await sleep(150);
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? ` (last error: ${String(lastError)})` : ''}`);
}

/**
 * Launch Debian's Chromium with playwright-core from the tools folder (never a browser download). Playwright's own
 * signal handlers are off: ours close the browser and then kill code-server's group.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
/** The environment without VS Code's own variables, with XDG folders and TMPDIR inside `runDir` (created). */
export function isolatedEnv(runDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('VSCODE_')) env[k] = v;
  const xdg = path.join(runDir, 'xdg');
  for (const dir of ['config', 'data', 'cache', 'state', 'tmp']) fs.mkdirSync(path.join(xdg, dir), { recursive: true });
  return Object.assign(env, {
    XDG_CONFIG_HOME: path.join(xdg, 'config'),
    XDG_DATA_HOME: path.join(xdg, 'data'),
    XDG_CACHE_HOME: path.join(xdg, 'cache'),
    XDG_STATE_HOME: path.join(xdg, 'state'),
    TMPDIR: path.join(xdg, 'tmp'),
  });
}

export interface CodeServerDirs {
  /** `--config`, `--user-data-dir`, `--extensions-dir` of code-server. */
  config: string;
  userData: string;
  extensions: string;
}

/** code-server without auth on a free local port, opening `workspace`, logging to `logFile`; its port once /healthz answers. */
export async function startCodeServer(dirs: CodeServerDirs, workspace: string, env: NodeJS.ProcessEnv, logFile: string): Promise<number> {
  const port = await freePort();
  startGroup(
    'node',
    [codeServerEntry, '--config', dirs.config, '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions,
      '--auth', 'none', '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--ignore-last-opened',
      '--bind-addr', `127.0.0.1:${port}`, workspace],
    env,
    logFile,
  );
  await until('code-server /healthz', 30000, async () => (await httpStatus(`http://127.0.0.1:${port}/healthz`)) === 200);
  return port;
}

export async function launchChromium(tools: string, executablePath: string, env: NodeJS.ProcessEnv): Promise<any> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports, @typescript-eslint/no-explicit-any
  const { chromium } = require(path.join(tools, 'node_modules', 'playwright-core')) as { chromium: any };
  return chromium.launch({
    executablePath,
    headless: true,
    env,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}
