// The shapes of the dataset. They mirror data/schema/*.schema.json, which is the
// authority: the loader validates raw data against the schemas before it is typed.
import type { Store } from './data/store.js';

export type Confidence = 'high' | 'medium' | 'low';
export type Status = 'active' | 'unknown' | 'merged' | 'closed';
export type Origin = 'flyer' | 'added';

export interface Website {
  url: string;
  label: string;
  confidence: Confidence;
  note?: string;
}

/** One thing an organization offers, as an imported directory describes it, in short text. */
export interface Offer {
  name: string;
  description?: string;
  hours?: string;
  languages?: string[];
  fees?: string;
  eligibility?: string;
}

export interface Phone {
  /** As a person reads it, e.g. "1-800-4-CANCER (1-800-422-6237)". */
  display: string;
  /** Dialable international form, e.g. "+18004226237". */
  e164: string;
  label: string;
  confidence: Confidence;
  note?: string;
}

export interface Address {
  label: string;
  lines: string[];
  country: string;
  confidence: Confidence;
  note?: string;
}

export interface Coordinates {
  latitude: number;
  longitude: number;
  /** town: a town's centre, not the building; postcode: the middle of a postcode area; given: as an imported file gives them. */
  precision: 'town' | 'postcode' | 'given';
  /** Where they come from, e.g. "GeoNames: Leeds, England, GB (2644688)". */
  source: string;
}

/** Where a treatment centre sees patients (an HSDS location). */
export interface Location {
  /** The hospital or site, for a service run across several. */
  name?: string;
  role?: string;
  city?: string;
  /** Present when the town is inferred rather than stated by a source. */
  cityNote?: string;
  area?: string;
  /** The smallest place in the region vocabulary that holds it. */
  region?: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  address?: { lines: string[]; postcode?: string; confidence: Confidence; note?: string };
  coordinates?: Coordinates;
  phones?: Phone[];
}

/** A designation, certification or list a treatment centre is on, as its sources word it. */
export interface Standing {
  text: string;
  source?: string;
}

export interface Gap {
  field: 'websites' | 'phones' | 'addresses' | 'locations' | 'standing' | 'status' | 'successor';
  note: string;
}

export interface AsListed {
  name: string;
  websites: string[];
  phones: string[];
  addresses: string[];
  note: string | null;
}

export interface Source {
  url?: string;
  title?: string;
  citation?: string;
}

export interface Verification {
  /** YYYY-MM-DD, or null for an imported record that was never checked. */
  checked: string | null;
  method: 'desk research' | 'website' | 'phone call' | 'imported';
  confidence: Confidence;
  notes: string;
}

export interface Successor {
  name: string;
  id?: string;
  url?: string;
}

export interface Resource {
  id: string;
  name: string;
  aliases: string[];
  formerNames: string[];
  types: string[];
  regions: string[];
  status: Status;
  successor?: Successor;
  description: string;
  websites: Website[];
  phones: Phone[];
  addresses: Address[];
  /** Where a treatment centre sees patients; empty for an organization. */
  locations: Location[];
  /** Ids from the service vocabulary: what a treatment centre treats and offers. */
  services: string[];
  standing: Standing[];
  /** What it offers, from an imported directory (HSDS services); present only when there is something. */
  offers?: Offer[];
  gaps: Gap[];
  asListed: AsListed | null;
  origin: Origin;
  sources: Source[];
  verification: Verification;
}

export interface Block {
  type: 'paragraph' | 'item';
  text: string;
  resources?: string[];
  gap?: string;
}

export interface Section {
  id: string;
  title: string;
  flyerHeading: string | null;
  aliases: string[];
  medical: boolean;
  /** What lms can do next for a reader, in the project's words: shown after the flyer's text. */
  next?: { text: string; command: string };
  blocks: Block[];
}

/** world: the root; area: a UN M49 world area; country: an ISO 3166-1 country or territory; subdivision: a nation, state or province. */
export type RegionKind = 'world' | 'area' | 'country' | 'subdivision';

export interface Region {
  id: string;
  name: string;
  kind: RegionKind;
  description: string;
  parent: string | null;
  /** ISO 3166-1 alpha-2, for a country. */
  countryCode?: string;
  /** ISO 3166-2, for a subdivision. */
  subdivisionCode?: string;
  /** UN M49 code, for a world area. */
  m49?: string;
  /** Build instruction in data/vocabularies.json: the ISO 3166-2 subdivisions to add inside this country. */
  subdivisions?: 'all' | string[];
  aliases: string[];
}

/** The type of a treatment centre: records the code treats as places to be treated, with locations. */
export const CENTRE_TYPE = 'treatment-centre';

export interface ResourceType {
  id: string;
  name: string;
  description: string;
  aliases: string[];
}

/** What a treatment centre treats and offers: a kind of sarcoma, an age group or a treatment. */
export interface Service {
  id: string;
  name: string;
  description: string;
  aliases: string[];
}

export interface StatusInfo {
  id: Status;
  name: string;
  description: string;
  shownByDefault: boolean;
}

export interface Vocabularies {
  regions: Region[];
  types: ResourceType[];
  services: Service[];
  statuses: StatusInfo[];
  /**
   * Each region's name by its id, where the vocabularies keep them apart (the
   * shipped ones): a card that names the few places a record serves then
   * reads no more. Reading every place cost a card 160 kB of objects, and with
   * them a garbage collection.
   */
  readonly regionNames?: Readonly<Record<string, string>>;
}

export interface About {
  title: string;
  summary: string;
  flyer: {
    title: string;
    written: string;
    credit: string;
    source: { url: string; title: string };
    treatment: string;
  };
  research: { checked: string; method: string; gapsPolicy: string };
  corrections: string;
}

export interface Checklist {
  title: string;
  /** The id of the section its items come from. */
  section: string;
  intro: string;
  items: Array<{ text: string; detail?: string }>;
}

export interface Directory {
  resources: readonly Resource[];
  /**
   * The resources as a store with columns, which filters and search read. Set,
   * not enumerable, on the shipped directory (over the table the build packs) and
   * by withDataFiles for a file large enough to index (the records it holds in
   * memory are then frozen); a directory without one (or a copy,
   * { ...directory, resources }) gets one made over its resources for each query.
   */
  readonly store?: Store;
  sections: Section[];
  vocabularies: Vocabularies;
  about: About;
  checklist: Checklist;
}
