import { basename } from 'node:path';
import { DataError } from '../errors.js';
import { isValidResources } from '../generated/fast-validators.js';
import { validateHsdsOrganizations, validateResources } from '../generated/validators.js';
import type { Directory, Resource, Vocabularies } from '../model.js';
import { dialable, fromHsds } from './hsds-import.js';
import { shippedGazetteer } from './gazetteer-files.js';
import type { HsdsOrganization } from './hsds-import.js';
import { indexOf, worthIndexing, writeIndexFile } from './index-file.js';
import { referenceProblemsOf } from './validate.js';
import type { RecordProblem } from './validate.js';
import { completeResource } from './records.js';
import type { ResourceInput } from './records.js';
import { readJsonFile } from './read-json.js';
import { countryCodes } from '../query/places.js';
import { getCountryCallingCode, parsePhoneNumberFromString } from 'libphonenumber-js/min';
import type { CountryCode } from 'libphonenumber-js/min';
import type { Coding } from './columns.js';
import { RecordsPart } from './store.js';
import { fromRecords, loadIndexed, mergeFiles } from './load-files.js';
import type { DataFilesOptions, LoadedFiles, LoadedFile } from './load-files.js';
import { describeSchemaErrors } from './schema-errors.js';
import type { SchemaError } from '../generated/validators.js';

export type DataFormat = 'lms' | 'hsds';

export interface DataFile {
  path: string;
  format: DataFormat;
  resources: Resource[];
  /** Records left out with --skip-invalid. */
  skipped?: SkippedRecord[];
  /** What the reader should know of how the file was read (a page of an API). */
  notes?: string[];
  /** False when its strings certainly hold no control characters (see mayHoldControls). */
  controls?: boolean;
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * The records of a file as published: an array, or one record; a page of an
 * HSDS API (`contents`, with its page fields) unwrapped; a list of HSDS
 * services read as the organizations embedded in them. Other formats are
 * named, with what to do: the data packages of HSDS 2.x (CSV files) and
 * Ohana's API JSON, and services without their organizations.
 */
function recognised(data: object, path: string): { items: unknown[]; notes: string[] } {
  const notes: string[] = [];
  let items: unknown[] = Array.isArray(data) ? data : [data];
  if (isObject(data) && Array.isArray(data.contents) && ['total_items', 'total_pages', 'page_number', 'size'].some((k) => k in data)) {
    items = data.contents;
    const page = [data.page_number !== undefined ? `page ${String(data.page_number)}` : '', data.total_pages !== undefined ? `of ${String(data.total_pages)}` : '', data.total_items !== undefined ? `(${String(data.total_items)} items in all)` : '']
      .filter(Boolean)
      .join(' ');
    if (Number(data.total_pages) > 1) notes.push(`${path}: is a page of an HSDS API${page ? `, ${page}` : ''}; only the ${items.length} item${items.length === 1 ? '' : 's'} of this page ${items.length === 1 ? 'is' : 'are'} read`);
  }
  if (isObject(data) && Array.isArray(data.resources) && data.resources.some((r) => isObject(r) && typeof r.path === 'string' && /\.csv$/i.test(r.path))) {
    throw new DataError([`${path}: is an HSDS 2.x data package (CSV files); lms reads Open Referral HSDS 3.0 JSON: convert the package to HSDS 3.0 organizations first`]);
  }
  const first = items[0];
  if (isObject(first) && ['short_desc', 'slug', 'admin_emails', 'accessibility'].filter((k) => k in first).length >= 2) {
    throw new DataError([`${path}: is Ohana API JSON (HSDS 2.x); lms reads Open Referral HSDS 3.0 JSON: convert it to HSDS 3.0 organizations first`]);
  }
  // A list of services: each carries its organization (embedded, or only its id) and no services of its own.
  if (isObject(first) && !('services' in first) && ('organization' in first || 'organization_id' in first) && !('verification' in first)) {
    if (!items.every((s) => isObject(s) && isObject(s.organization))) {
      throw new DataError([`${path}: is a list of HSDS services without their organizations (only organization_id); lms reads organizations: export the organizations with their services, or the services with their organization embedded`]);
    }
    const services = items.length;
    const byOrganization = new Map<string, Record<string, unknown>>();
    for (const service of items as Array<Record<string, unknown>>) {
      const organization = service.organization as Record<string, unknown>;
      const key = String(organization.id);
      const entry = byOrganization.get(key) ?? { ...organization, services: [] };
      (entry.services as unknown[]).push(Object.fromEntries(Object.entries(service).filter(([k]) => k !== 'organization')));
      byOrganization.set(key, entry);
    }
    items = [...byOrganization.values()];
    notes.push(`${path}: is a list of ${services} HSDS service${services === 1 ? '' : 's'}; read as the ${items.length} organization${items.length === 1 ? '' : 's'} they belong to`);
  }
  return { items, notes };
}

/** lms records carry fields HSDS has no name for; anything else is read as HSDS. */
function detectFormat(items: readonly unknown[]): DataFormat {
  const first = items[0];
  const lmsKeys = ['verification', 'regions', 'types', 'origin'];
  return first && typeof first === 'object' && lmsKeys.some((k) => k in first) ? 'lms' : 'hsds';
}

/** A record a file held that was left out (--skip-invalid): its number in the file, and what is wrong with it. */
export interface SkippedRecord {
  number: number;
  problems: string[];
}

export interface ParseOptions {
  /** Leave out the records that are not valid, and say which (SkippedRecord), rather than refuse the file. */
  skipInvalid?: boolean;
}

/** Schema errors as problems, each of its record where it has one (its path starts with the record's index). */
function schemaProblems(path: string, items: readonly unknown[], errors: readonly SchemaError[]): RecordProblem[] {
  const byRecord = new Map<number | undefined, SchemaError[]>();
  for (const error of errors) {
    const index = /^\/(\d+)/.exec(error.instancePath)?.[1];
    const key = index === undefined ? undefined : Number(index);
    byRecord.set(key, [...(byRecord.get(key) ?? []), error]);
  }
  return [...byRecord].flatMap(([index, group]) => describeSchemaErrors(path, items, group).map((message) => ({ index, message })));
}

/**
 * What a user's record states that cannot be so: checked on a date still to
 * come (a day's grace, for time zones), or a phone number dialled in a country
 * the record does not serve (one that serves a world area, or everyone, may
 * list any).
 */
function implausible(resources: readonly Resource[], vocabularies: Vocabularies, label: string, numberOf: (i: number) => number): RecordProblem[] {
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  const regions = new Map(vocabularies.regions.map((r) => [r.id, r]));
  const countryOf = countryCodes(vocabularies);
  const problems: RecordProblem[] = [];
  // Each lookup of a calling code builds the phone library's metadata: once per country.
  const prefixes = new Map<string, string>();
  const prefixOf = (country: CountryCode) => prefixes.get(country) ?? (prefixes.set(country, `+${getCountryCallingCode(country)}`).get(country) as string);
  resources.forEach((r, i) => {
    const at = `${label}: record ${numberOf(i)} ("${r.id}")`;
    const checked = r.verification?.checked;
    if (typeof checked === 'string' && checked > tomorrow) problems.push({ index: i, message: `${at}: verification.checked is ${checked}, a day still to come; give the date it was checked` });
    if (r.phones.length === 0 || r.regions.some((id) => ['world', 'area'].includes(regions.get(id)?.kind ?? ''))) return;
    const countries = [...new Set(r.regions.flatMap((id) => countryOf.get(id) ?? []))] as CountryCode[];
    if (countries.length === 0) return;
    // Calling codes never begin one another, so a number's start says whose it is; only a foreign one is parsed, to name its code.
    const served = countries.map(prefixOf);
    r.phones.forEach((phone, k) => {
      if (served.some((prefix) => phone.e164.startsWith(prefix))) return;
      const code = parsePhoneNumberFromString(phone.e164)?.countryCallingCode;
      if (code !== undefined) {
        problems.push({ index: i, message: `${at}: phones[${k}] ${phone.e164} is dialled in +${code}, a country the record does not serve (${countries.join(', ')}); add the region it serves, or check the number` });
      }
    });
  });
  return problems;
}

/**
 * Phones of a user's records that give only the number as people write it get
 * its dialable form (e164) from it: international (+44 …, 00 44 …), or national
 * in a country the record serves. A number it cannot read is left without one,
 * and the schema then says e164 is missing.
 */
function fillE164(items: readonly unknown[], vocabularies: Vocabularies): void {
  let countryOf: Map<string, string> | undefined;
  for (const item of items) {
    if (!isObject(item) || !Array.isArray(item.phones)) continue;
    for (const phone of item.phones) {
      if (!isObject(phone) || phone.e164 !== undefined || typeof phone.display !== 'string') continue;
      countryOf ??= countryCodes(vocabularies);
      const map = countryOf;
      const countries = (strings(item.regions) ? (item.regions as string[]) : []).flatMap((id) => map.get(id) ?? []) as CountryCode[];
      const e164 = dialable(phone.display.replace(/\bext\.?\s*\d+.*$/i, ''), countries);
      if (e164) phone.e164 = e164;
    }
  }
}

const strings = (value: unknown) => Array.isArray(value) && value.every((v) => typeof v === 'string');

/** Whether a record the schema refused can still have its references checked: an id, and lists of ids where they are looked up. */
function referable(r: unknown): boolean {
  if (!isObject(r)) return false;
  const locations = r.locations === undefined || (Array.isArray(r.locations) && r.locations.every((l) => l !== null && typeof l === 'object'));
  const verification = r.verification === undefined || (r.verification !== null && typeof r.verification === 'object');
  return typeof r.id === 'string' && strings(r.regions) && strings(r.types) && (r.services === undefined || strings(r.services)) && locations && verification;
}

/**
 * The records of a file that pass each check in turn. A record that fails one
 * is not checked further (what it holds may not even be a record), so one run
 * finds every problem of the file. Without skipInvalid, any problem refuses the
 * file, with all of them (refuse); with it, the records with problems are left
 * out, but a problem of the whole file (an id used twice) still refuses it.
 */
class Sieve {
  readonly skipped = new Map<number, string[]>();
  private readonly fileProblems: string[] = [];
  /** Positions in the file of the records still kept, in order. */
  kept: number[];

  constructor(
    count: number,
    private readonly skipInvalid: boolean,
  ) {
    this.kept = Array.from({ length: count }, (_, i) => i);
  }

  /** Leaves out the records with problems; `index` of a problem is a position in the file. */
  drop(problems: readonly RecordProblem[]): void {
    for (const { index, message } of problems) {
      if (index === undefined) this.fileProblems.push(message);
      else this.skipped.set(index, [...(this.skipped.get(index) ?? []), message]);
    }
    this.kept = this.kept.filter((i) => !this.skipped.has(i));
  }

  /** Throws every problem found, unless the file may be loaded without the records left out. */
  refuse(): void {
    if (this.fileProblems.length > 0 || (!this.skipInvalid && this.skipped.size > 0)) {
      throw new DataError([...this.fileProblems, ...this.records().flatMap((r) => r.problems)]);
    }
  }

  /** The number a person counts the record at position i of `kept` by. */
  readonly numberOf = (i: number) => (this.kept[i] as number) + 1;

  records(): SkippedRecord[] {
    return [...this.skipped].sort(([a], [b]) => a - b).map(([index, problems]) => ({ number: index + 1, problems }));
  }
}

/**
 * Checks a data file's parsed JSON and converts it to resources if it is in
 * HSDS form. An lms file is one resource or an array of them (as `lms
 * resources --json` prints); an HSDS file is one organization or an array of
 * them. Returns its resources, or throws a DataError with every problem; with
 * skipInvalid, the valid records and the ones left out.
 */
export function parseDataFile(data: unknown, path: string, vocabularies: Vocabularies, options: ParseOptions = {}): DataFile {
  if (data === null || typeof data !== 'object') {
    throw new DataError([`${path}: expected a JSON array of resources (as 'lms resources --json' prints) or of HSDS organizations, not ${data === null ? 'null' : typeof data}`]);
  }
  const { items, notes } = recognised(data, path);
  const format = detectFormat(items);
  const sieve = new Sieve(items.length, options.skipInvalid === true);
  // Problems found among the kept records, placed at their positions in the file.
  const inFile = (problems: readonly RecordProblem[], positions: readonly number[]) => problems.map((p) => ({ ...p, index: p.index === undefined ? undefined : positions[p.index] }));
  let resources: Resource[];
  if (format === 'lms') {
    fillE164(items, vocabularies);
    // The quick check settles a valid file; only a bad one pays for the full list of errors.
    if (!isValidResources(items)) {
      validateResources(items);
      sieve.drop(schemaProblems(path, items, validateResources.errors ?? []));
    }
    // References are checked on every record whose shape allows it, those the schema refused too, so one run finds every problem.
    const kept = new Set(sieve.kept);
    const positions = items.flatMap((item, i) => (kept.has(i) || referable(item) ? [i] : []));
    const checked = positions.map((i) => (kept.has(i) ? completeResource(items[i] as ResourceInput) : completeResource({ ...(items[i] as ResourceInput) })));
    sieve.drop(inFile(referenceProblemsOf(checked, vocabularies, path, (j) => (positions[j] as number) + 1), positions));
    resources = checked.filter((_, j) => kept.has(positions[j] as number) && !sieve.skipped.has(positions[j] as number));
    const standing = positions.filter((i) => kept.has(i) && !sieve.skipped.has(i));
    sieve.drop(inFile(implausible(resources, vocabularies, path, (j) => (standing[j] as number) + 1), standing));
    resources = resources.filter((_, j) => !sieve.skipped.has(standing[j] as number));
  } else {
    if (!validateHsdsOrganizations(items)) sieve.drop(schemaProblems(path, items, validateHsdsOrganizations.errors ?? []));
    const organizations = sieve.kept;
    const converted = fromHsds(organizations.map((i) => items[i] as HsdsOrganization), vocabularies, basename(path), shippedGazetteer, sieve.numberOf, path);
    sieve.drop(inFile(converted.problems, organizations));
    // The conversion must itself yield valid records; if it does not, say so rather than load them.
    if (!validateResources(converted.resources)) throw new DataError(describeSchemaErrors(`${path} (converted from HSDS)`, converted.resources, validateResources.errors ?? []));
    const positions = converted.positions.map((j) => organizations[j] as number);
    sieve.drop(inFile(referenceProblemsOf(converted.resources, vocabularies, path, (j) => (positions[j] as number) + 1), positions));
    resources = converted.resources.filter((_, j) => !sieve.skipped.has(positions[j] as number));
  }
  sieve.refuse();
  if (resources.length === 0 && sieve.skipped.size > 0) {
    throw new DataError([...sieve.records().flatMap((r) => r.problems), `${path}: no record is valid, so nothing could be loaded (--skip-invalid)`]);
  }
  return { path, format, resources, ...(sieve.skipped.size > 0 ? { skipped: sieve.records() } : {}), ...(notes.length > 0 ? { notes } : {}) };
}

/**
 * Reads and checks one data file; with `spans`, also where each element of its
 * array lies (see json-spans.ts), found while the text is at hand.
 */
function readChecked(path: string, vocabularies: Vocabularies, options: ParseOptions, withSpans = false): { file: DataFile; spans?: Uint32Array } {
  const { value, controls, spans } = readJsonFile(path, { spans: withSpans });
  return { file: { ...parseDataFile(value, path, vocabularies, options), controls }, spans };
}

/** Reads and checks one data file; see parseDataFile. */
export function readDataFile(path: string, vocabularies: Vocabularies, options: ParseOptions = {}): DataFile {
  return readChecked(path, vocabularies, options).file;
}

/**
 * Reads and checks a data file whole, when it has no index to load (see load-files.ts),
 * and writes its index when it is large enough to have one.
 */
export function readWhole(path: string, vocabularies: Vocabularies, coding: Coding, options: DataFilesOptions): LoadedFile {
  // The key is taken before reading: a change made while the file is read then shows next time.
  const at = indexOf(path, options.cacheDirectory);
  if (!at) {
    const file = readDataFile(path, vocabularies, options);
    return fromRecords(file, new RecordsPart(file.resources, coding));
  }
  const worth = worthIndexing(at.stats, Date.now());
  const { file, spans } = readChecked(path, vocabularies, options, worth);
  // Strings with control characters are made safe record by record for display; such files are not indexed, nor one with records left out.
  if (!worth || file.controls !== false || file.skipped !== undefined) return fromRecords(file, new RecordsPart(file.resources, coding), true);
  // Indexed for search only when first searched, which then writes the index again with them.
  const { file: index, key } = at;
  const records: RecordsPart = new RecordsPart(file.resources, coding, (search) => writeIndexFile(index, key, { format: file.format, part: records, spans, search }));
  writeIndexFile(index, key, { format: file.format, part: records, spans });
  return fromRecords(file, records, true);
}

/**
 * The directory with the files' resources added, in order: a record whose id
 * already exists replaces it. Every file is read and checked before anything is
 * merged, so a bad file leaves nothing half-loaded. A file whose index is
 * sound is loaded from it (see load-files.ts, which loads the checks only when
 * a file must be read).
 */
export function withDataFiles(base: Directory, paths: readonly string[], options: DataFilesOptions = {}): LoadedFiles {
  return mergeFiles(base, paths, (path, coding) => loadIndexed(path, options) ?? readWhole(path, base.vocabularies, coding, options));
}
