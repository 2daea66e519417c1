// A large data file's resources, checked once and saved in a form that loads
// in a fraction of the time: the table's columns as bytes, the records indexed
// for search, and where each record lies, so it is read and parsed only when
// shown. Reading and checking 100,000 records takes most of a second; loading
// their index takes tens of milliseconds. An index belongs to one version of
// one file: its key holds the file's identity, size and change times and the
// build of lms that wrote it, and any difference means the file is read again.
import { closeSync, existsSync, fstatSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import type { BigIntStats } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { DataError } from '../errors.js';
import { BUILD_ID } from '../generated/build-id.js';
import type { Resource } from '../model.js';
import type { DataFormat } from './data-files.js';
import { completeResource, successorRefs } from './records.js';
import { COLUMNS, inRowOrder, wellFormed } from './columns.js';
import type { Column, ColumnName } from './columns.js';
import { readInto } from './read-into.js';
import type { RecordsPart, TablePart } from './store.js';
import type { IndexedRows } from '../query/rows-index.js';
import type { PackedIndex } from '../query/engine.js';
import { termEnds, termList } from '../query/term-list.js';

/**
 * Files smaller than this (a hundred-odd records) are read in full every time:
 * reading them, and indexing their records for a search, takes a few
 * milliseconds, and an index would not pay for itself. A search over a file of
 * 1,000 records indexes them in about 100 ms when read whole.
 */
export const INDEX_FROM_BYTES = 64 * 1024;

/**
 * A file changed this recently is not indexed: on a file system that keeps
 * change times to the second, a second change within the same second could
 * otherwise go unseen.
 */
const SETTLED_MS = 2000;

const MAGIC = Buffer.from('lms index\n');

/** Where a run writes an index before renaming it into place: named after the run, so a stopped one's is known. */
const temporaryFor = (file: string, pid: number) => `${file}.${pid}.tmp`;
/** The run that wrote a temporary index, from its name (see temporaryFor). */
const TEMPORARY = /\.lmsindex\.(\d+)\.tmp$/;

const align = (offset: number) => Math.ceil(offset / 8) * 8;
/** The file is MAGIC, the header's length and its checksum (4 bytes each), the header (JSON), then the blocks. */
const HEADER_AT = MAGIC.length + 8;
const dataStart = (headerLength: number) => align(HEADER_AT + headerLength);

/**
 * A 32-bit checksum of some bytes: FNV-1a over 32-bit words, then the bytes
 * left. Each step is a one-to-one map of the running value, so any one changed
 * word or byte always changes the sum; a few milliseconds for the text of
 * 100,000 records. Indexes are read on the machine that wrote them, so the
 * byte order of the words is the same on both sides.
 */
export function checksum(bytes: Uint8Array): number {
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : Uint8Array.from(bytes);
  const words = new Uint32Array(aligned.buffer, aligned.byteOffset, aligned.byteLength >>> 2);
  let sum = (0x811c9dc5 ^ bytes.length) >>> 0;
  for (let i = 0; i < words.length; i++) sum = Math.imul(sum ^ (words[i] as number), 0x01000193);
  for (let i = words.length * 4; i < aligned.length; i++) sum = Math.imul(sum ^ (aligned[i] as number), 0x01000193);
  return sum >>> 0;
}

/** What must not have changed for an index to stand for its file. */
export interface IndexKey {
  build: string;
  path: string;
  size: string;
  mtimeNs: string;
  ctimeNs: string;
  ino: string;
  dev: string;
}

function indexKey(path: string, stats: BigIntStats): IndexKey {
  return {
    build: BUILD_ID,
    path: resolve(path),
    size: String(stats.size),
    mtimeNs: String(stats.mtimeNs),
    ctimeNs: String(stats.ctimeNs),
    ino: String(stats.ino),
    dev: String(stats.dev),
  };
}

/** Where the index of a data file lives: one per path, replaced when the file changes. */
function indexPath(cacheDirectory: string, key: IndexKey): string {
  return join(cacheDirectory, `${pathHash(key.path)}.lmsindex`);
}

/**
 * The index a data file has, or would have: its key and where it lives, with
 * the file's stats. Undefined without a cache folder, for a file too small to
 * index, and for a path that cannot be read (reading it says why).
 */
export function indexOf(path: string, cacheDirectory: string | undefined): { key: IndexKey; file: string; stats: BigIntStats } | undefined {
  if (cacheDirectory === undefined) return undefined;
  try {
    const stats = statSync(path, { bigint: true });
    if (!stats.isFile() || stats.size < BigInt(INDEX_FROM_BYTES)) return undefined;
    const key = indexKey(path, stats);
    return { key, file: indexPath(cacheDirectory, key), stats };
  } catch {
    return undefined;
  }
}

/**
 * 64 bits of FNV-1a over the path's UTF-16 units, as hex: enough to keep paths
 * apart, and without loading Node's crypto module. Two paths that did share a
 * name would only take turns with one index, since its header names its path.
 */
function pathHash(path: string): string {
  // Two 32-bit halves, because JavaScript's bit operations work on 32 bits.
  let high = 0xcbf29ce4;
  let low = 0x84222325;
  for (let i = 0; i < path.length; i++) {
    low = (low ^ path.charCodeAt(i)) >>> 0;
    // Multiply by the 64-bit FNV prime, 2^40 + 0x1b3, keeping 64 bits.
    const lowTimes = low * 0x1b3;
    const carry = Math.floor(lowTimes / 0x100000000);
    high = (Math.imul(high, 0x1b3) + (low << 8) + carry) >>> 0;
    low = lowTimes >>> 0;
  }
  return high.toString(16).padStart(8, '0') + low.toString(16).padStart(8, '0');
}

/** Whether a file is worth indexing now. */
export function worthIndexing(stats: BigIntStats, now: number): boolean {
  return stats.size >= BigInt(INDEX_FROM_BYTES) && now - Number(stats.mtimeNs / 1_000_000n) >= SETTLED_MS;
}

/** Each declared column is two blocks, its starts and its codes (see columns.ts). */
const columnBlocks = (name: ColumnName) => [`${name}Starts`, `${name}Codes`] as const;
/**
 * The rows indexed for search (see query/rows-index.ts): the index's terms and
 * where each ends, where each term's postings start and their checksum, the fields' lengths, and
 * the entries' titles, names and flags, read whole; and the postings, of which
 * a search reads only those of the terms it matches.
 */
const SEARCH_BLOCKS = ['terms', 'termEnds', 'termStarts', 'termSums', 'lengths', 'titleStarts', 'titles', 'nameStarts', 'names', 'flags', 'postings'] as const;
type SearchBlock = (typeof SEARCH_BLOCKS)[number];
/** The blocks every index has: the columns, the ids, where records lie, and records converted from HSDS. */
const TABLE_BLOCKS = [...COLUMNS.flatMap((c) => columnBlocks(c.name)), 'ids', 'spans', 'records'] as const;
const BLOCKS = [...TABLE_BLOCKS, ...SEARCH_BLOCKS] as const;
type Block = (typeof BLOCKS)[number];

interface Header {
  key: IndexKey;
  format: DataFormat;
  count: number;
  /**
   * Where records are: `file`, in the data file itself, spans giving each
   * one's bytes (the project's own format); `index`, as JSON in the records
   * block, spans counted from its start (records converted from HSDS).
   */
  records: 'file' | 'index';
  /** Successors this file names that are not its own records: [row, id]. The merge checks them. */
  successors: Array<[number, string]>;
  /** Byte offset, length and checksum of each block, offsets from the first byte after the header; the search blocks only once a search has indexed the records. */
  blocks: Partial<Record<Block, [number, number, number]>>;
}

export interface IndexContent {
  format: DataFormat;
  /** The file's checked records, with their columns. */
  part: RecordsPart;
  /** Where each element of the file's array lies in its bytes, when it is an array. */
  spans: Uint32Array | undefined;
  /** The records indexed for search, when they are (a file is indexed for search when first searched). */
  search?: IndexedRows<PackedIndex>;
}

/** Each record as JSON, one per line, and each one's span in the bytes. */
function recordsAsJson(resources: readonly Resource[]): { bytes: Buffer; spans: Uint32Array } {
  const json = resources.map((r) => JSON.stringify(r));
  const spans = new Uint32Array(2 * json.length);
  let at = 0;
  json.forEach((text, i) => {
    const length = Buffer.byteLength(text);
    spans[2 * i] = at;
    spans[2 * i + 1] = at + length;
    at += length + 1;
  });
  return { bytes: Buffer.from(json.join('\n')), spans };
}

const bytesOf = (values: Uint8Array | Uint32Array | Int32Array) => Buffer.from(values.buffer, values.byteOffset, values.byteLength);

/** The search blocks of records indexed for search; their numbers are all stored as 32-bit words. */
function searchBlocks({ index, titles, names, flags }: IndexedRows<PackedIndex>): Record<SearchBlock, Buffer> {
  const words = (values: ArrayLike<number>) => (values instanceof Uint32Array ? values : Uint32Array.from(values));
  const postings = words(index.postings);
  const termSums = Uint32Array.from(index.terms, (_, t) => checksum(bytesOf(postings.subarray(index.starts[t] as number, index.starts[t + 1] as number))));
  return {
    terms: Buffer.from(index.terms.join('\n')),
    termEnds: bytesOf(termEnds(index.terms)),
    termStarts: bytesOf(words(index.starts)),
    termSums: bytesOf(termSums),
    postings: bytesOf(postings),
    lengths: bytesOf(words(index.lengths)),
    titleStarts: bytesOf(words(titles.starts)),
    titles: Buffer.from(titles.text),
    nameStarts: bytesOf(words(names.starts)),
    names: Buffer.from(names.text),
    flags: bytesOf(flags),
  };
}

/**
 * Writes the index of a checked data file, with its records indexed for search
 * when they are. Best effort: an index that cannot be written is simply not
 * there next time.
 */
export function writeIndexFile(file: string, key: IndexKey, { format, part, spans: fileSpans, search }: IndexContent): void {
  const { resources } = part;
  const count = resources.length;
  // The project's own format: the records are the file's array elements, in order.
  const inFile = format === 'lms' && fileSpans !== undefined && fileSpans.length === 2 * count;
  const converted = inFile ? undefined : recordsAsJson(resources);
  const ids = new Set(resources.map((r) => r.id));
  const columns = COLUMNS.flatMap(({ name }) => {
    const { starts, codes } = part.column(name);
    const [startsBlock, codesBlock] = columnBlocks(name);
    return [[startsBlock, bytesOf(starts)], [codesBlock, bytesOf(codes)]] as const;
  });
  const content: Partial<Record<Block, Buffer>> = {
    ...(Object.fromEntries(columns) as Record<Block, Buffer>),
    ids: Buffer.from(resources.map((r) => r.id).join('\n')),
    spans: bytesOf((inFile ? fileSpans : converted?.spans) as Uint32Array),
    records: converted?.bytes ?? Buffer.alloc(0),
    ...(search ? searchBlocks(search) : {}),
  };
  const successors = successorRefs(resources).filter(([, successor]) => !ids.has(successor));
  writeBlocks(file, { key, format, count, records: inFile ? 'file' : 'index', successors }, content);
}

/** Writes an index file: its header, saying where each block is, then the blocks. Best effort, as writeIndexFile. */
function writeBlocks(file: string, described: Omit<Header, 'blocks'>, content: Partial<Record<Block, Buffer>>): void {
  const names = BLOCKS.filter((name) => content[name] !== undefined);
  // Blocks start on 8-byte boundaries, counted from the first byte after the header.
  const blocks: Header['blocks'] = {};
  let at = 0;
  for (const name of names) {
    const bytes = content[name] as Buffer;
    at = align(at);
    blocks[name] = [at, bytes.length, checksum(bytes)];
    at += bytes.length;
  }
  const header = Buffer.from(JSON.stringify({ ...described, blocks } satisfies Header));
  const start = dataStart(header.length);
  const preamble = Buffer.alloc(start);
  MAGIC.copy(preamble, 0);
  preamble.writeUInt32LE(header.length, MAGIC.length);
  preamble.writeUInt32LE(checksum(header), MAGIC.length + 4);
  header.copy(preamble, HEADER_AT);

  const temporary = temporaryFor(file, process.pid);
  let fd: number | undefined;
  try {
    mkdirSync(dirname(file), { recursive: true });
    fd = openSync(temporary, 'w');
    // A short write (a full disk) is an error: what was written is removed, never renamed into place.
    const write = (bytes: Buffer, position: number) => {
      if (writeSync(fd as number, bytes, 0, bytes.length, position) !== bytes.length) throw new Error('short write');
    };
    write(preamble, 0);
    for (const name of names) write(content[name] as Buffer, start + (blocks[name] as [number, number, number])[0]);
    closeSync(fd);
    fd = undefined;
    // Renamed into place whole, so another run never reads half an index.
    renameSync(temporary, file);
    removeOrphans(dirname(file));
  } catch {
    try {
      if (fd !== undefined) closeSync(fd);
      rmSync(temporary, { force: true });
    } catch {
      // Nothing was written, or nothing more can be done about it.
    }
  }
}

/** The header of an index file, or undefined when it is not one. */
function readHeader(fd: number): { header: Header; length: number; size: number } | undefined {
  const { size } = fstatSync(fd);
  const opening = readAt(fd, 0, Math.min(size, 64 * 1024));
  if (opening.length < HEADER_AT || !opening.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  const length = opening.readUInt32LE(MAGIC.length);
  if (HEADER_AT + length > size) return undefined;
  const bytes = HEADER_AT + length <= opening.length ? opening.subarray(HEADER_AT, HEADER_AT + length) : readAt(fd, HEADER_AT, length);
  if (checksum(bytes) !== opening.readUInt32LE(MAGIC.length + 4)) return undefined;
  return { header: JSON.parse(bytes.toString('utf8')) as Header, length, size };
}

/** Whether a process of this id is running (one of another user's counts). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the indexes of data files that no longer exist, and those written by
 * another build of lms (which no run of this one can use), so the folder does
 * not grow with every file ever loaded. Also removes half-written indexes left
 * by runs that were stopped (Ctrl-C) while writing.
 */
function removeOrphans(directory: string): void {
  for (const name of readdirSync(directory)) {
    const writer = TEMPORARY.exec(name)?.[1];
    if (writer !== undefined) {
      if (!running(Number(writer))) rmSync(join(directory, name), { force: true });
      continue;
    }
    if (!name.endsWith('.lmsindex')) continue;
    const file = join(directory, name);
    try {
      const fd = openSync(file, 'r');
      let key: IndexKey | undefined;
      try {
        key = readHeader(fd)?.header.key;
      } finally {
        closeSync(fd);
      }
      if (key === undefined || key.build !== BUILD_ID || !existsSync(key.path)) rmSync(file, { force: true });
    } catch {
      // Another run may be replacing it; it is looked at again next time.
    }
  }
}

/** `length` bytes of an open file from `position`. */
function readAt(fd: number, position: number, length: number): Buffer {
  const bytes = Buffer.allocUnsafeSlow(length);
  if (!readInto(fd, bytes, position)) throw new Error('the file ended early');
  return bytes;
}

/** A block that does not match its checksum: the index is not used, and is removed. */
class DamagedIndex extends Error {}

/** The search blocks are read only by a search, so read then; the rest when the index is opened. */
const LATER: ReadonlySet<Block> = new Set(SEARCH_BLOCKS);

/**
 * The rows of an index file. Its blocks are checked against their checksums as
 * they are read: all but the search blocks when the index is opened (so a
 * damaged one is never used), the search blocks when a search first needs them.
 * When those fail their check, the index is removed and search indexes the
 * records itself, so the output is the same and the next run writes a sound
 * one. Records kept in the data file itself (the project's own format) are read
 * from it when shown.
 */
export class IndexPart implements TablePart {
  readonly size: number;
  readonly successors: ReadonlyArray<[number, string]>;
  readonly ids: readonly string[];
  private readonly columns: ReadonlyMap<ColumnName, Column>;
  private readonly spans: Uint32Array;
  private readonly blocks = new Map<Block, Buffer>();
  private search?: IndexedRows;
  private dataFile?: number;

  constructor(
    private readonly file: string,
    private readonly fd: number,
    private readonly header: Header,
    private readonly start: number,
  ) {
    for (const name of BLOCKS) if (!LATER.has(name)) this.blocks.set(name, this.checked(name));
    this.size = header.count;
    this.successors = header.successors;
    this.columns = new Map(
      COLUMNS.map(({ name }) => {
        const [startsBlock, codesBlock] = columnBlocks(name);
        return [name, inRowOrder(new Uint32Array(this.block(startsBlock).buffer), new Uint32Array(this.block(codesBlock).buffer))];
      }),
    );
    this.spans = new Uint32Array(this.block('spans').buffer);
    this.ids = this.size === 0 ? [] : this.block('ids').toString('utf8').split('\n');
  }

  /** A block's bytes, read from the file and checked, in a buffer of their own (typed arrays can view them whatever their offset). */
  private checked(name: Block): Buffer {
    // Present: readIndexFile checked that every block the index has lies inside it.
    const [offset, length, sum] = this.header.blocks[name] as [number, number, number];
    const bytes = readAt(this.fd, this.start + offset, length);
    if (checksum(bytes) !== sum) throw new DamagedIndex(`block ${name}`);
    return bytes;
  }

  /** A block's bytes, in a buffer of their own: typed arrays can view them whatever their offset in the file. */
  private block(name: Block): Buffer {
    return this.blocks.get(name) as Buffer;
  }

  /** Whether every column has a well-formed row for every record, as a whole index does. */
  get whole(): boolean {
    const rows = this.size;
    return this.ids.length === rows && this.spans.length === 2 * rows && COLUMNS.every(({ name }) => wellFormed(this.column(name), rows));
  }

  column(name: ColumnName): Column {
    return this.columns.get(name) as Column;
  }

  record(row: number): Resource {
    const from = this.spans[2 * row] as number;
    const to = this.spans[2 * row + 1] as number;
    try {
      if (this.header.records === 'index') return completeResource(JSON.parse(this.block('records').subarray(from, to).toString('utf8')));
      this.dataFile ??= openSync(this.header.key.path, 'r');
      return completeResource(JSON.parse(readAt(this.dataFile, from, to - from).toString('utf8')));
    } catch {
      // The index was checked whole when opened: only the data file can have changed since.
      throw new DataError([`${this.header.key.path}: changed while lms was reading it (index ${this.file}); run the command again`]);
    }
  }

  /**
   * The rows indexed for search, once a search has indexed them (undefined
   * before: see keep). All but the postings are read and checked now; each
   * term's postings when a search matches it, checked against the term's own
   * checksum. The index holds what indexing the records makes, so when a check
   * fails the index is removed and `made` answers in its place, for the rest of
   * the run.
   */
  searchRows(made: () => IndexedRows): IndexedRows | undefined {
    if (this.search) return this.search;
    const at = this.header.blocks.postings;
    if (at === undefined) return undefined;
    let remade: IndexedRows | undefined;
    const instead = () => {
      rmSync(this.file, { force: true });
      return (remade ??= made());
    };
    try {
      const words = (name: Block) => new Uint32Array(this.checked(name).buffer);
      const text = (name: Block) => this.checked(name).toString('utf8');
      const terms = text('terms');
      const starts = words('termStarts');
      const sums = words('termSums');
      const postings = (t: number): ArrayLike<number> => {
        if (remade) return remade.index.postings(t);
        const from = starts[t] as number;
        const bytes = readAt(this.fd, this.start + at[0] + 4 * from, 4 * ((starts[t + 1] as number) - from));
        return checksum(bytes) === sums[t] ? new Uint32Array(bytes.buffer) : instead().index.postings(t);
      };
      this.search = {
        index: { terms: termList(terms, words('termEnds')), postings, lengths: words('lengths') },
        titles: { text: text('titles'), starts: words('titleStarts') },
        names: { text: text('names'), starts: words('nameStarts') },
        flags: new Uint8Array(this.checked('flags').buffer),
      };
    } catch {
      this.search = instead();
    }
    return this.search;
  }

  /** Adds records indexed for search to an index without them, for the next run: rewritten whole, from the blocks read when it was opened. */
  keep(search: IndexedRows<PackedIndex>): void {
    if (this.header.blocks.postings !== undefined) return;
    const { key, format, count, records, successors } = this.header;
    writeBlocks(this.file, { key, format, count, records, successors }, { ...(Object.fromEntries(this.blocks) as Partial<Record<Block, Buffer>>), ...searchBlocks(search) });
  }
}

function sameKey(a: IndexKey, b: IndexKey): boolean {
  return (Object.keys(b) as Array<keyof IndexKey>).every((k) => a[k] === b[k]);
}

/**
 * The index for this key, or undefined when there is none, it is for another
 * version of the file, or it is not whole. An index that fails a check (its
 * header's or a block's checksum, or its shape) is removed, so the file is read
 * again and a new index written, with the same output as reading the file.
 */
export function readIndexFile(file: string, key: IndexKey): IndexPart | undefined {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return undefined;
  }
  let damaged = false;
  try {
    const read = readHeader(fd);
    if (!read) {
      damaged = true;
      return undefined;
    }
    if (!sameKey(read.header.key, key)) {
      closeSync(fd);
      return undefined;
    }
    const { header, length: headerLength, size } = read;
    const start = dataStart(headerLength);
    const within = (name: Block) => {
      const [offset, length, sum] = header.blocks[name] ?? [-1, -1, -1];
      return Number.isInteger(offset) && Number.isInteger(length) && Number.isInteger(sum) && offset >= 0 && length >= 0 && start + offset + length <= size;
    };
    // Every table block; the search blocks all or none.
    const searchable = SEARCH_BLOCKS.filter((name) => header.blocks[name] !== undefined).length;
    const inside = TABLE_BLOCKS.every(within) && (searchable === 0 || (searchable === SEARCH_BLOCKS.length && SEARCH_BLOCKS.every(within)));
    if (!inside) throw new DamagedIndex('cut short');
    // The file stays open: the search blocks are read from it when a search needs them.
    const part = new IndexPart(file, fd, header, start);
    if (!part.whole) throw new DamagedIndex('not whole');
    return part;
  } catch {
    damaged = true;
    return undefined;
  } finally {
    if (damaged) {
      closeSync(fd);
      rmSync(file, { force: true });
    }
  }
}
