/** The checkout's build lock, through its functions, with real files and real processes. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireLock, BuildLockedError, isStale, processStart, type LockHolder } from '../../src/lib/build/lock.ts';
import { deadPid } from '../support/dead-pid';
import { scratchForTest } from '../support/scratch';

const lockIn = () => join(scratchForTest('build-lock-'), 'build.lock');
const holder = (pid: number, extra: Partial<LockHolder> = {}): LockHolder => ({
  pid,
  host: hostname(),
  processStart: processStart(pid),
  since: '2026-01-01T00:00:00.000Z',
  command: 'npm run build',
  ...extra,
});

describe('acquireLock', () => {
  it('takes a free lock, names its holder, and releases it', async () => {
    const lock = lockIn();
    const release = await acquireLock(lock, { wait: false, command: 'npm run build' });
    expect(JSON.parse(readFileSync(lock, 'utf8'))).toMatchObject({ pid: process.pid, host: hostname(), command: 'npm run build' });
    release();
    expect(existsSync(lock)).toBe(false);
  });

  it('refuses a second build at once when asked not to wait, naming the first', async () => {
    const lock = lockIn();
    const release = await acquireLock(lock, { wait: false });
    const second = acquireLock(lock, { wait: false });
    await expect(second).rejects.toBeInstanceOf(BuildLockedError);
    await expect(second).rejects.toThrow(`another build is running in this checkout (pid ${process.pid}, `);
    release();
  });

  it('makes a second build wait until the first releases', async () => {
    const lock = lockIn();
    const release = await acquireLock(lock, { wait: false });
    const waited: (LockHolder | undefined)[] = [];
    let acquired = false;
    const second = acquireLock(lock, { wait: true, pollMs: 20, onWait: (first) => waited.push(first) }).then((releaseSecond) => {
      acquired = true;
      return releaseSecond;
    });
    await expect.poll(() => waited.length).toBe(1);
    expect(acquired).toBe(false);
    expect(waited[0]?.pid).toBe(process.pid);
    release();
    (await second)();
    expect(acquired).toBe(true);
  });

  it('removes a stale lock whose process is gone, and says whose it was', async () => {
    const lock = lockIn();
    const dead = holder(await deadPid());
    writeFileSync(lock, JSON.stringify(dead));
    const stale: LockHolder[] = [];
    const release = await acquireLock(lock, { wait: false, onStale: (left) => stale.push(left) });
    expect(stale).toEqual([dead]);
    expect(JSON.parse(readFileSync(lock, 'utf8')).pid).toBe(process.pid);
    release();
  });

  it('gives up waiting after its timeout', async () => {
    const lock = lockIn();
    const release = await acquireLock(lock, { wait: false });
    await expect(acquireLock(lock, { wait: true, pollMs: 10, timeoutMs: 50 })).rejects.toBeInstanceOf(BuildLockedError);
    release();
  });
});

describe('isStale', () => {
  it('holds a lock of a running process, on this or another machine', () => {
    expect(isStale(holder(process.pid))).toBe(false);
    expect(isStale(holder(process.pid, { host: 'another-machine' }))).toBe(false);
  });

  it('drops a lock whose pid now runs a process started later (a reused pid)', () => {
    if (processStart(process.pid) === undefined) return; // no /proc: the pid alone decides
    expect(isStale(holder(process.pid, { processStart: '1' }))).toBe(true);
  });
});
