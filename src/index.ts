// The lms query library: load the directory, filter, search and resolve.
// Importing it has no side effects; nothing here reads the environment or writes output.
export { loadDirectory } from './data/shipped.js';
export { parseDataFile, readDataFile, withDataFiles } from './data/data-files.js';
export type { DataFile, DataFormat } from './data/data-files.js';
export type { Replacement } from './data/load-files.js';
export { toHsds } from './data/hsds-export.js';
export { validateDirectory } from './data/validate.js';
export type { RawDirectory } from './data/validate.js';
export { completeResource } from './data/records.js';
export type { ResourceInput } from './data/records.js';
export { DataError, ExitCode, LmsError, NotFoundError, UsageError } from './errors.js';
export { filterResources, statusesFor } from './query/filter.js';
export type { RegionMatch, ResourceMatch, ResourceQuery } from './query/filter.js';
export type { Listing } from './data/listing.js';
export { normalizeKey } from './query/normalize.js';
export { resolveResource, resolveSection } from './query/resolve.js';
export type { Resolved } from './query/resolve.js';
export { FIELD_WEIGHTS, HIT_KINDS, MIN_RELEVANCE, SearchIndex, normalizeQuery, search } from './query/search.js';
export type { HitKind, SearchDocument, SearchHit, SearchOptions } from './query/search.js';
export { suggest } from './query/suggest.js';
export { ancestorsOf, resolveRegion, resolveStatus, resolveType } from './query/vocabulary.js';
export type * from './model.js';
