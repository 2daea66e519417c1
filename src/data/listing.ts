// What a list of resources shows of each in a pipe (lms resources as TSV or
// CSV): the filterable columns, and its name, first phone and first web
// address. The shipped table packs the last three (shipped-table.ts), so such a
// list parses no record: parsing them costs more than the rest of the run.
import type { Resource, Status } from '../model.js';

export interface Listing {
  id: string;
  name: string;
  status: Status;
  regions: readonly string[];
  types: readonly string[];
  /** The first phone, dialable (E.164). */
  phone?: string;
  /** The first web address. */
  website?: string;
}

/** What a part's table may hold of a row beside its columns. */
export type ListedFields = Pick<Listing, 'name' | 'phone' | 'website'>;

export function listedFieldsOf(resource: Resource): ListedFields {
  const phone = resource.phones[0]?.e164;
  const website = resource.websites[0]?.url;
  return { name: resource.name, ...(phone === undefined ? {} : { phone }), ...(website === undefined ? {} : { website }) };
}

export function listingOf(resource: Resource): Listing {
  return { id: resource.id, status: resource.status, regions: resource.regions, types: resource.types, ...listedFieldsOf(resource) };
}
