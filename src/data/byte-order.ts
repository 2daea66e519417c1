// The build writes its binary files (the search index's numbers, the shipped
// table's) in little-endian order, as typed arrays hold numbers on every
// platform Node runs on but IBM Z (s390x). There each number's bytes are turned
// around, on a copy, before the numbers are viewed: never read the wrong way.

/** Whether typed arrays on this machine hold numbers as the build writes them. */
export const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

/** Reverses the bytes of each `size`-byte number in bytes[start, end), in place: little-endian to big and back. */
export function reverseEach(bytes: Uint8Array, start: number, end: number, size: number): void {
  for (let at = start; at < end; at += size) bytes.subarray(at, at + size).reverse();
}
