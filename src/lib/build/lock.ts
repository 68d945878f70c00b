/**
 * One build at a time in a checkout. Builds share Astro's cache (`node_modules/.astro`), and
 * two at once failed with `ERR_MODULE_NOT_FOUND dist/.prerender/chunks/…`; so a build holds
 * a lock file, created exclusively, that names its process. A second build waits for it, or
 * refuses at once when asked not to wait. A lock whose process is gone (killed, machine
 * restarted) is stale and is removed: the pid no longer runs, or runs a process that started
 * later than the one that took the lock.
 */
import { closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';

/** What a lock file says about the build holding it. */
export interface LockHolder {
  pid: number;
  host: string;
  /** When the process started, as the kernel counts it (`/proc/<pid>/stat`), to tell a reused pid apart. */
  processStart?: string;
  /** When the lock was taken (ISO 8601), and by what command: for the waiting build's message. */
  since: string;
  command: string;
}

export class BuildLockedError extends Error {
  readonly holder: LockHolder | undefined;
  constructor(holder: LockHolder | undefined, lockPath: string) {
    super(`another build is running in this checkout (${describeHolder(holder)}); if none is, remove ${lockPath}`);
    this.name = 'BuildLockedError';
    this.holder = holder;
  }
}

export function describeHolder(holder: LockHolder | undefined): string {
  if (!holder) return 'its lock file is being written';
  return `pid ${holder.pid}${holder.host === hostname() ? '' : ` on ${holder.host}`}, \`${holder.command}\`, since ${holder.since}`;
}

/** The kernel's start time of a process, where `/proc` tells it (Linux); undefined elsewhere or when it is gone. */
export function processStart(pid: number): string | undefined {
  try {
    // Field 22, after the command name in parentheses, which may itself hold spaces.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

/** Whether a process of this pid runs on this machine. */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Whether the process that took the lock is certainly gone. A lock taken on another host
 * (a shared disk) cannot be checked from here, so it counts as held.
 */
export function isStale(holder: LockHolder): boolean {
  if (holder.host !== hostname()) return false;
  if (!isRunning(holder.pid)) return true;
  const start = processStart(holder.pid);
  return holder.processStart !== undefined && start !== undefined && start !== holder.processStart;
}

function readHolder(lockPath: string): { text: string; holder?: LockHolder } | undefined {
  let text: string;
  try {
    text = readFileSync(lockPath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    return { text, holder: JSON.parse(text) as LockHolder };
  } catch {
    // Being written this instant (it is created, then written), or cut short by a crash.
    return { text };
  }
}

/** A lock file being written for this long without holding a holder was left by a crash. */
const HALF_WRITTEN_MS = 10_000;

/**
 * Removes the lock whose contents were `seen`, if it still holds exactly that. Only one
 * process removes stale locks at a time (a second, short-lived exclusive file), so a lock
 * taken anew between reading the stale one and removing it is never removed by mistake.
 */
function removeStale(lockPath: string, seen: string): boolean {
  const guard = `${lockPath}.breaking`;
  let fd: number;
  try {
    fd = openSync(guard, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    // Another process is removing it; unless that one died doing so, let it.
    if (Date.now() - statSync(guard, { throwIfNoEntry: false })!.mtimeMs > HALF_WRITTEN_MS) unlinkSync(guard);
    return false;
  }
  try {
    if (readHolder(lockPath)?.text !== seen) return false;
    unlinkSync(lockPath);
    return true;
  } finally {
    closeSync(fd);
    unlinkSync(guard);
  }
}

export interface LockOptions {
  /** Wait for a running build (true), or refuse at once (false). */
  wait: boolean;
  /** Called once, when the lock is found held and the caller waits. */
  onWait?: (holder: LockHolder | undefined) => void;
  /** Called when a stale lock is removed. */
  onStale?: (holder: LockHolder) => void;
  /** How often to look again while waiting. */
  pollMs?: number;
  /** Give up waiting after this long (then refuse as with `wait: false`). */
  timeoutMs?: number;
  command?: string;
}

/** Takes the lock at `lockPath`; resolves to the function that releases it. */
export async function acquireLock(lockPath: string, options: LockOptions): Promise<() => void> {
  const { wait, pollMs = 250, timeoutMs = 60 * 60_000, command = process.argv.slice(1).join(' ') } = options;
  const deadline = Date.now() + timeoutMs;
  let told = false;
  for (;;) {
    try {
      const fd = openSync(lockPath, 'wx');
      const holder: LockHolder = {
        pid: process.pid,
        host: hostname(),
        processStart: processStart(process.pid),
        since: new Date().toISOString(),
        command,
      };
      writeSync(fd, JSON.stringify(holder));
      closeSync(fd);
      return () => {
        // Only our own lock: never one a later build took after ours was (wrongly) judged stale.
        if (readHolder(lockPath)?.holder?.pid === process.pid) unlinkSync(lockPath);
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const current = readHolder(lockPath);
    if (!current) continue;
    const { text, holder } = current;
    const halfWritten = !holder && Date.now() - (statSync(lockPath, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > HALF_WRITTEN_MS;
    if ((holder && isStale(holder)) || halfWritten) {
      if (removeStale(lockPath, text) && holder) options.onStale?.(holder);
      continue;
    }
    if (!wait || Date.now() > deadline) throw new BuildLockedError(holder, lockPath);
    if (!told) {
      options.onWait?.(holder);
      told = true;
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
