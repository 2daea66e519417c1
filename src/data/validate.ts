import { DataError } from '../errors.js';
import { validateAbout, validateChecklist, validateResources, validateSections, validateVocabularies } from '../generated/validators.js';
import type { Validator } from '../generated/validators.js';
import type { About, Checklist, Directory, Region, Resource, Section, Vocabularies } from '../model.js';
import { PlaceIndex } from '../query/places.js';
import { suggest } from '../query/suggest.js';
import { describeSchemaErrors } from './schema-errors.js';
import { completeResource, successorRefs, unknownSuccessor } from './records.js';
import type { ResourceInput } from './records.js';

/** The four parts of a directory as parsed JSON, before validation. */
export interface RawDirectory {
  resources: unknown;
  sections: unknown;
  vocabularies: unknown;
  about: unknown;
  checklist: unknown;
}

function check<T>(label: string, data: unknown, validate: Validator, problems: string[]): data is T {
  if (validate(data)) return true;
  problems.push(...describeSchemaErrors(label, data, validate.errors ?? []));
  return false;
}

/**
 * Validates raw data against the schemas, then checks what a schema cannot:
 * unique ids, and that every reference (region, type, parent, successor, linked
 * resource) names something that exists. Throws a DataError listing every problem.
 */
export function validateDirectory(raw: RawDirectory): Directory {
  const problems: string[] = [];
  const ok =
    check<Resource[]>('resources', raw.resources, validateResources, problems) &&
    check<Section[]>('sections', raw.sections, validateSections, problems) &&
    check<Vocabularies>('vocabularies', raw.vocabularies, validateVocabularies, problems) &&
    check<About>('about', raw.about, validateAbout, problems) &&
    check<Checklist>('checklist', raw.checklist, validateChecklist, problems);
  if (!ok) throw new DataError(problems);
  const directory = { ...(raw as unknown as Directory), resources: (raw.resources as ResourceInput[]).map(completeResource) };
  problems.push(...crossReferenceProblems(directory));
  if (problems.length > 0) throw new DataError(problems);
  return directory;
}

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const v of values) {
    if (seen.has(v)) twice.add(v);
    else seen.add(v);
  }
  return [...twice];
}

function crossReferenceProblems({ resources, sections, vocabularies, checklist }: Directory): string[] {
  const problems: string[] = [];
  if (!sections.some((s) => s.id === checklist.section)) problems.push(`checklist: section "${checklist.section}" does not exist`);
  const regionIds = new Set(vocabularies.regions.map((r) => r.id));
  const resourceIds = new Set(resources.map((r) => r.id));

  for (const id of duplicates(sections.map((s) => s.id))) problems.push(`sections: id "${id}" is used by more than one section`);
  for (const name of duplicates(sections.flatMap((s) => [s.id, ...s.aliases]))) {
    problems.push(`sections: "${name}" names more than one section (ids and aliases must be unique)`);
  }
  for (const [label, entries] of [['types', vocabularies.types], ['services', vocabularies.services]] as const) {
    for (const name of duplicates(entries.flatMap((e) => [e.id, ...e.aliases]))) problems.push(`vocabularies: "${name}" names more than one of the ${label}`);
  }
  for (const id of duplicates(vocabularies.regions.map((r) => r.id))) problems.push(`vocabularies: region id "${id}" is used more than once`);
  // Places share names (Georgia the country and the US state; WA): the one asked for is found by kind and by asking.
  // Within one parent a shared name could never be told apart.
  const siblings = new Map<string | null, Region[]>();
  for (const r of vocabularies.regions) siblings.set(r.parent, [...(siblings.get(r.parent) ?? []), r]);
  for (const [parent, group] of siblings) {
    for (const name of duplicates(group.flatMap((r) => [...new Set([r.id, ...r.aliases])]))) {
      problems.push(`vocabularies: "${name}" names more than one region inside ${parent ?? 'the root'}`);
    }
  }

  for (const required of ['disclaimer', 'credits']) {
    if (!sections.some((s) => s.id === required)) problems.push(`sections: the "${required}" section is missing; every medical section is shown with it`);
  }

  const roots = vocabularies.regions.filter((r) => r.parent === null);
  if (roots.length !== 1) problems.push(`vocabularies: regions must have exactly one root (parent null); found ${roots.length}`);
  for (const region of vocabularies.regions) {
    if (region.parent !== null && !regionIds.has(region.parent)) {
      problems.push(`vocabularies: region "${region.id}" has an unknown parent "${region.parent}"`);
    }
  }

  problems.push(...resourceReferenceProblems(resources, vocabularies, 'resources'), ...successorProblems(resources, resourceIds, 'resources'));
  sections.forEach((s, i) => {
    for (const id of s.blocks.flatMap((b) => b.resources ?? [])) {
      if (!resourceIds.has(id)) problems.push(`sections: section ${i} ("${s.id}"): links unknown resource "${id}"`);
    }
  });
  return problems;
}

/** A problem of a data file: of one record (its position in the list checked), or of the file as a whole. */
export interface RecordProblem {
  index?: number;
  message: string;
}

/**
 * What a list of resources gets wrong beyond its schema: duplicate ids (the
 * file's problem), and regions or types that do not exist (a record's).
 * `label` names the file; `numberOf` gives the number a person counts record
 * i by in the file (i + 1, unless some were left out before).
 */
export function referenceProblemsOf(resources: readonly Resource[], vocabularies: Vocabularies, label: string, numberOf = (i: number) => i + 1): RecordProblem[] {
  const problems: RecordProblem[] = [];
  const regionIds = new Set(vocabularies.regions.map((r) => r.id));
  const typeIds = new Set(vocabularies.types.map((t) => t.id));
  const serviceIds = new Set(vocabularies.services.map((s) => s.id));
  const ids = new Set<string>();
  const repeated = new Set<string>();
  let places: PlaceIndex | undefined;
  resources.forEach((r, i) => {
    if (ids.has(r.id)) repeated.add(r.id);
    ids.add(r.id);
    for (const region of r.regions) {
      if (regionIds.has(region)) continue;
      // Files name places by id; a name of a place gets its id, anything else the nearest ids.
      const meant = (places ??= new PlaceIndex(vocabularies)).lookUp(region);
      const hint = meant ? `; the id of ${meant.name} is "${meant.id}"` : unknownIdHint(region, regionIds);
      problems.push({ index: i, message: `${label}: record ${numberOf(i)} ("${r.id}"): regions has unknown region "${region}"${hint}` });
    }
    for (const type of r.types) {
      if (!typeIds.has(type)) problems.push({ index: i, message: `${label}: record ${numberOf(i)} ("${r.id}"): types has unknown type "${type}"; known: ${[...typeIds].join(', ')}` });
    }
    for (const service of r.services) {
      if (!serviceIds.has(service)) problems.push({ index: i, message: `${label}: record ${numberOf(i)} ("${r.id}"): services has unknown service "${service}"; known: ${[...serviceIds].join(', ')}` });
    }
    r.locations.forEach((location, j) => {
      if (location.region !== undefined && !regionIds.has(location.region)) {
        problems.push({ index: i, message: `${label}: record ${numberOf(i)} ("${r.id}"): location ${j + 1} has unknown region "${location.region}"${unknownIdHint(location.region, regionIds)}` });
      }
    });
  });
  return [...[...repeated].map((id) => ({ message: `${label}: id "${id}" is used by more than one record` })), ...problems];
}

/** The messages of referenceProblemsOf. */
export function resourceReferenceProblems(resources: readonly Resource[], vocabularies: Vocabularies, label: string): string[] {
  return referenceProblemsOf(resources, vocabularies, label).map((p) => p.message);
}

/** "(did you mean "de"?); 'lms regions --all' lists every region id" */
function unknownIdHint(value: string, ids: ReadonlySet<string>): string {
  const [closest] = suggest(value, [...ids], 1);
  return `${closest === undefined ? '' : ` (did you mean "${closest}"?)`}; 'lms regions --all' lists every region id`;
}

/** Successors that name a record the directory does not have. */
export function successorProblems(resources: readonly Resource[], knownIds: ReadonlySet<string>, label: string): string[] {
  return successorRefs(resources)
    .filter(([, successor]) => !knownIds.has(successor))
    .map(([row, successor]) => unknownSuccessor(label, row, (resources[row] as Resource).id, successor));
}
