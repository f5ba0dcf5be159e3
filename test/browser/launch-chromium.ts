/**
 * A Chromium for the browser tests, found on any machine with Node alone. Tried in order:
 *
 *   1. IPASIM_CHROMIUM (a path to a Chrome or Chromium binary; only it, when set);
 *   2. a system Chrome or Chromium (Debian's /usr/bin/chromium, Google Chrome, one on PATH),
 *      unless IPASIM_HIDE_SYSTEM_CHROMIUM=1 (CI sets it once to prove step 3 works);
 *   3. @sparticuz/chromium, a devDependency that ships a Linux x64 Chromium inside the npm
 *      package (no apt, no download at run time): `npm ci` installs it.
 *
 * Each candidate is launched, not just looked for: the first that starts wins. When none does,
 * the error names every attempt and the exact command that fixes it.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { tempDir } from '../temp-dir.js';

/** The launch flags this closed network needs (env notes); playwright adds --headless. */
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** The version pinned in package.json's devDependencies: the last to support Node 20. */
export const NPM_CHROMIUM = '@sparticuz/chromium@147.0.0';

export interface Candidate {
  source: 'IPASIM_CHROMIUM' | 'system' | 'npm';
  /** The binary, or for npm the package (unpacked into the temporary folder when launched). */
  path: string;
}

const SYSTEM_PATHS = [
  '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium',
];
const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

const isFile = (p: string) => existsSync(p) && statSync(p).isFile();

/** The candidates in the order they are tried, from the environment and the file system (pure given both). */
export function chromiumCandidates(env: NodeJS.ProcessEnv = process.env, exists: (p: string) => boolean = isFile, platform = `${process.platform}-${process.arch}`): Candidate[] {
  if (env.IPASIM_CHROMIUM) return [{ source: 'IPASIM_CHROMIUM', path: env.IPASIM_CHROMIUM }];
  const out: Candidate[] = [];
  if (env.IPASIM_HIDE_SYSTEM_CHROMIUM !== '1') {
    const onPath = (env.PATH ?? '').split(delimiter).filter(Boolean).flatMap((d) => PATH_NAMES.map((n) => join(d, n)));
    for (const p of [...new Set([...SYSTEM_PATHS, ...onPath])]) if (exists(p)) out.push({ source: 'system', path: p });
  }
  if (platform === 'linux-x64') out.push({ source: 'npm', path: NPM_CHROMIUM });
  return out;
}

/** The command that fixes a machine where no candidate ran. */
export function fixCommand(platform = `${process.platform}-${process.arch}`): string {
  return platform === 'linux-x64'
    ? `npm install --no-save ${NPM_CHROMIUM}   (or: IPASIM_CHROMIUM=/path/to/chrome npm test)`
    : 'IPASIM_CHROMIUM=/path/to/chrome npm test   (@sparticuz/chromium ships Linux x64 only)';
}

/**
 * Unpacks the npm Chromium (into os.tmpdir()/chromium, once per machine) and returns its path.
 * Two test files may do this at once: a lock folder (mkdir is atomic) serialises them, so
 * neither launches a half-written binary. The lock names its owner's process id; a lock whose
 * owner is gone was left by a killed process and is taken over. No clock decides it, so a slow
 * unpack on a loaded machine is waited for, never raced.
 */
async function npmChromiumPath(): Promise<string> {
  const lock = join(tmpdir(), 'ipasim-chromium-unpack.lock');
  // The lock is made whole beside its place and renamed into it (atomic), so it always names its owner.
  const mine = `${lock}.${process.pid}`;
  for (;;) {
    mkdirSync(mine, { recursive: true });
    writeFileSync(join(mine, 'pid'), String(process.pid));
    try { renameSync(mine, lock); break; } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST' && code !== 'ENOTEMPTY') throw err;
      rmSync(mine, { recursive: true, force: true });
      if (!ownerAlive(lock)) rmSync(lock, { recursive: true, force: true });
      else await new Promise((ok) => setTimeout(ok, 200));
    }
  }
  try {
    const { default: sparticuz } = await import('@sparticuz/chromium');
    return await sparticuz.executablePath();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Whether the process that holds the lock still runs (a lock removed meanwhile is free). */
function ownerAlive(lock: string): boolean {
  let pid: number;
  try { pid = Number(readFileSync(join(lock, 'pid'), 'utf8')); } catch { return false; }
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try { process.kill(pid, 0); return true; } catch (err) { return (err as NodeJS.ErrnoException).code === 'EPERM'; }
}

export interface LaunchedChromium {
  context: BrowserContext;
  candidate: Candidate;
  /** Closes the browser and removes its profile. */
  close(): Promise<void>;
}

/** Launches the first candidate that starts, with a new empty profile; throws with every attempt and the fix when none does. */
export async function launchChromium(opts: { offline?: boolean; viewport?: { width: number; height: number } } = {}): Promise<LaunchedChromium> {
  const failures: string[] = [];
  for (const candidate of chromiumCandidates()) {
    const profile = tempDir('ipasim-chromium-');
    try {
      const executablePath = candidate.source === 'npm' ? await npmChromiumPath() : candidate.path;
      // timeout 0: Playwright's 30 s defaults (launch, every wait, every navigation) are wall-time limits that a
      // loaded machine can pass; the suite's hang guard (test/hang-guard.ts) ends a stuck test instead.
      const context = await chromium.launchPersistentContext(profile, { executablePath, headless: true, args: CHROMIUM_FLAGS, timeout: 0, ...opts });
      context.setDefaultTimeout(0);
      context.setDefaultNavigationTimeout(0);
      return { context, candidate, close: async () => { await context.close(); rmSync(profile, { recursive: true, force: true }); } };
    } catch (err) {
      rmSync(profile, { recursive: true, force: true });
      failures.push(`  ${candidate.source} ${candidate.path}: ${String((err as Error).message).split('\n')[0]}`);
    }
  }
  throw new Error(['no Chromium could run for the browser tests.', ...(failures.length ? ['tried:', ...failures] : ['no candidate found (IPASIM_CHROMIUM unset, no system Chrome or Chromium, no Linux x64 for the npm one)']), `fix: ${fixCommand()}`].join('\n'));
}
