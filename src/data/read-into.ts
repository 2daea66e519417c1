import { readSync } from 'node:fs';

/** Fills `bytes` from an open file, from `position` on; false when the file ends first. */
export function readInto(fd: number, bytes: Uint8Array, position: number): boolean {
  for (let done = 0; done < bytes.length; ) {
    const read = readSync(fd, bytes, done, bytes.length - done, position + done);
    if (read === 0) return false;
    done += read;
  }
  return true;
}
