/** What a folder holds, file by file (kind, mode, size, time, hash), so a test can say it is exactly as it was. */
import { createHash } from 'node:crypto';
import { lstatSync, readFileSync, readdirSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';

export function folderSnapshot(dir: string): Record<string, string> {
  const snapshot: Record<string, string> = {};
  for (const path of (readdirSync(dir, { recursive: true }) as string[]).sort()) {
    const full = join(dir, path);
    const stat = lstatSync(full);
    snapshot[path] = stat.isFile()
      ? `file ${stat.mode.toString(8)} ${stat.size} ${stat.mtimeMs} ${createHash('sha256').update(readFileSync(full)).digest('hex')}`
      : stat.isSymbolicLink()
        ? `link ${readlinkSync(full)}`
        : `dir ${stat.mode.toString(8)}`;
  }
  return snapshot;
}
