// What a list of resources shows of each in a pipe (lms resources as TSV or
// CSV): its id, name, status, places, types, first phone and first web address.
// The build packs it for the shipped records (shipped-table.ts), so such a list
// parses no record: parsing them costs more than the rest of the run.
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

export function listingOf(resource: Resource): Listing {
  const phone = resource.phones[0]?.e164;
  const website = resource.websites[0]?.url;
  return {
    id: resource.id,
    name: resource.name,
    status: resource.status,
    regions: resource.regions,
    types: resource.types,
    ...(phone === undefined ? {} : { phone }),
    ...(website === undefined ? {} : { website }),
  };
}
