// The directory's resources as columns, one row per resource: what filters and
// search scan (status, regions, types, origin as numbers and bit sets) without
// touching the records. A record is only needed when it is shown, so a large
// directory read from an index file (index-file.ts) parses just those.
import type { Directory, Resource, Vocabularies } from '../types.js';

/** The texts search narrows on, lower-cased, one per row (see query/narrow.ts). */
export type SearchField = 'title' | 'aliases' | 'body';

/** One field of many rows, joined: row i is text[starts[i] .. starts[i + 1] - 1). */
export interface JoinedTexts {
  text: string;
  starts: Int32Array;
}

/** Rows with one source: a list of records, or an index file. */
export interface TablePart {
  readonly size: number;
  /** Index in vocabularies.statuses. */
  readonly status: Uint8Array;
  /** Bit i set: serves vocabularies.regions[i]. */
  readonly regions: Uint32Array;
  /** Bit i set: is of vocabularies.types[i]. */
  readonly types: Uint32Array;
  /** 1 when the flyer names it (origin "flyer"). */
  readonly flyer: Uint8Array;
  readonly ids: readonly string[];
  record(row: number): Resource;
  searchTexts(field: SearchField): JoinedTexts;
}

/** A vocabulary longer than a bit set can hold would need a wider column. */
const MAX_BITS = 32;

/** Bit positions and status numbers, from the vocabularies' order. */
export class Coding {
  readonly statuses: ReadonlyMap<string, number>;
  readonly regions: ReadonlyMap<string, number>;
  readonly types: ReadonlyMap<string, number>;

  constructor(vocabularies: Vocabularies) {
    const numbered = (entries: ReadonlyArray<{ id: string }>) => new Map(entries.map((e, i) => [e.id, i]));
    if (vocabularies.regions.length > MAX_BITS || vocabularies.types.length > MAX_BITS) throw new Error(`resource tables hold at most ${MAX_BITS} regions and ${MAX_BITS} types`);
    this.statuses = numbered(vocabularies.statuses);
    this.regions = numbered(vocabularies.regions);
    this.types = numbered(vocabularies.types);
  }

  /** The bit set of ids; ids the vocabulary lacks have no bit (validation refuses them before this). */
  bits(ids: readonly string[], numbers: ReadonlyMap<string, number>): number {
    let set = 0;
    for (const id of ids) {
      const bit = numbers.get(id);
      if (bit !== undefined) set |= 1 << bit;
    }
    return set >>> 0;
  }
}

/** A resource's text in a search field, before lower-casing: its name; its id, aliases and former names; its description. */
export function searchText(resource: Resource, field: SearchField): string {
  if (field === 'title') return resource.name;
  if (field === 'body') return resource.description;
  const { id, aliases, formerNames } = resource;
  return aliases.length + formerNames.length === 0 ? id : [id, ...aliases, ...formerNames].join('\n');
}

/**
 * Lower-cases texts and joins them with a separator no query holds, so no
 * match spans two rows. Lower-casing can lengthen a character (İ becomes two),
 * and the starts must count what is joined: when the whole got longer, each
 * text is lower-cased on its own.
 */
export function joinTexts(texts: readonly string[]): JoinedTexts {
  const joined = texts.join('\u0000');
  let text = joined.toLowerCase();
  const lower = text.length === joined.length ? texts : texts.map((t) => t.toLowerCase());
  if (lower !== texts) text = lower.join('\u0000');
  const starts = new Int32Array(texts.length + 1);
  let at = 0;
  lower.forEach((t, i) => {
    starts[i] = at;
    at += t.length + 1;
  });
  starts[texts.length] = at;
  return { text, starts };
}

/** The columns of records already in memory. */
export class RecordsPart implements TablePart {
  readonly size: number;
  readonly status: Uint8Array;
  readonly regions: Uint32Array;
  readonly types: Uint32Array;
  readonly flyer: Uint8Array;
  private readonly texts = new Map<SearchField, JoinedTexts>();

  constructor(
    readonly resources: readonly Resource[],
    coding: Coding,
  ) {
    const size = resources.length;
    this.size = size;
    this.status = new Uint8Array(size);
    this.regions = new Uint32Array(size);
    this.types = new Uint32Array(size);
    this.flyer = new Uint8Array(size);
    resources.forEach((r, i) => {
      this.status[i] = coding.statuses.get(r.status) ?? 0;
      this.regions[i] = coding.bits(r.regions, coding.regions);
      this.types[i] = coding.bits(r.types, coding.types);
      this.flyer[i] = r.origin === 'flyer' ? 1 : 0;
    });
  }

  get ids(): string[] {
    return this.resources.map((r) => r.id);
  }

  record(row: number): Resource {
    return this.resources[row] as Resource;
  }

  searchTexts(field: SearchField): JoinedTexts {
    let texts = this.texts.get(field);
    if (!texts) {
      texts = joinTexts(this.resources.map((r) => searchText(r, field)));
      this.texts.set(field, texts);
    }
    return texts;
  }
}

/** Where each row of a table comes from, in table order: its part, and its row within the part. */
export class Placements {
  size = 0;
  readonly part: Uint16Array;
  readonly row: Int32Array;

  /** Room for every row of these parts, the most a table of them can have. */
  constructor(parts: readonly TablePart[]) {
    const capacity = parts.reduce((n, p) => n + p.size, 0);
    this.part = new Uint16Array(capacity);
    this.row = new Int32Array(capacity);
  }

  /** Adds one row at the end, and says where it went. */
  add(part: number, row: number): number {
    this.set(this.size, part, row);
    return this.size++;
  }

  /** Adds every row of a part, in order. */
  addAll(part: number, count: number): void {
    this.part.fill(part, this.size, this.size + count);
    for (let row = 0; row < count; row++) this.row[this.size + row] = row;
    this.size += count;
  }

  /** Puts a row in place `at`. */
  set(at: number, part: number, row: number): void {
    this.part[at] = part;
    this.row[at] = row;
  }
}

/** Every row of every part, in order. */
function allRows(parts: readonly TablePart[]): Placements {
  const placements = new Placements(parts);
  parts.forEach((p, part) => placements.addAll(part, p.size));
  return placements;
}

/**
 * The directory's resources: the rows of one or more parts, in order. A row
 * can be left out (a later file replaced it) or taken from another part in its
 * place, as the data files' merge decides.
 */
export class ResourceTable {
  readonly size: number;
  readonly status: Uint8Array;
  readonly regions: Uint32Array;
  readonly types: Uint32Array;
  readonly flyer: Uint8Array;
  /** For each part, the table row of each of its rows, or -1 when it is not in the table. */
  readonly rowsOf: readonly Int32Array[];
  private readonly partOf: Uint16Array;
  private readonly localOf: Int32Array;

  constructor(
    readonly coding: Coding,
    readonly parts: readonly TablePart[],
    placements: Placements = allRows(parts),
  ) {
    const { size } = placements;
    this.size = size;
    this.status = new Uint8Array(size);
    this.regions = new Uint32Array(size);
    this.types = new Uint32Array(size);
    this.flyer = new Uint8Array(size);
    this.partOf = placements.part.subarray(0, size);
    this.localOf = placements.row.subarray(0, size);
    this.rowsOf = parts.map((p) => new Int32Array(p.size).fill(-1));
    for (let i = 0; i < size; i++) {
      const part = this.partOf[i] as number;
      const row = this.localOf[i] as number;
      const from = parts[part] as TablePart;
      this.status[i] = from.status[row] as number;
      this.regions[i] = from.regions[row] as number;
      this.types[i] = from.types[row] as number;
      this.flyer[i] = from.flyer[row] as number;
      (this.rowsOf[part] as Int32Array)[row] = i;
    }
  }

  record(row: number): Resource {
    return (this.parts[this.partOf[row] as number] as TablePart).record(this.localOf[row] as number);
  }

  /** Every record, in order: parses them all when they come from an index file. */
  records(): Resource[] {
    return Array.from({ length: this.size }, (_, i) => this.record(i));
  }
}

/**
 * A directory built with its table holds it under this key: registered, so
 * every bundle of the program finds it, and not enumerable, so a copy made with
 * other resources ({ ...directory, resources }) does not carry it.
 */
const TABLE = Symbol.for('lms-directory.resource-table');

/** Tables made over a directory's list of records, kept while the list is the same length. */
const madeFor = new WeakMap<readonly Resource[], ResourceTable>();

/** The table of a directory: the one it was built with, or one over its records. */
export function tableOf(directory: Directory): ResourceTable {
  const built = (directory as { [TABLE]?: ResourceTable })[TABLE];
  if (built) return built;
  const { resources } = directory;
  let table = madeFor.get(resources);
  if (!table || table.size !== resources.length) {
    const coding = new Coding(directory.vocabularies);
    table = new ResourceTable(coding, [new RecordsPart(resources, coding)]);
    madeFor.set(resources, table);
  }
  return table;
}

/**
 * A directory whose resources are the table's rows. Its `resources` list is
 * made on first use, so commands that only filter or search never parse every record.
 */
export function directoryWithTable(base: Omit<Directory, 'resources'>, table: ResourceTable): Directory {
  let resources: Resource[] | undefined;
  const directory: Directory = {
    sections: base.sections,
    vocabularies: base.vocabularies,
    about: base.about,
    checklist: base.checklist,
    get resources() {
      return (resources ??= table.records());
    },
  };
  Object.defineProperty(directory, TABLE, { value: table, enumerable: false });
  return directory;
}
