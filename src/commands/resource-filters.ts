import type { OptionSpec } from '../cli/command.js';
import { listOption } from '../cli/command.js';
import type { ResourceQuery } from '../query/filter.js';

/** The filter options that `resources` and `export` share. */
export const FILTER_OPTIONS: readonly OptionSpec[] = [
  { flags: '-r, --region <region>', description: 'only those serving this region, including ones that serve a wider area (repeatable)', repeatable: true },
  { flags: '-t, --type <type>', description: 'only those of this type (repeatable)', repeatable: true },
  { flags: '-s, --status <status>', description: 'only those with this status: active, unknown, merged, closed (repeatable)', repeatable: true },
  { flags: '--source <source>', description: 'only those named in the flyer (flyer) or added since (added)', repeatable: true },
  { flags: '-a, --all', description: 'include merged and closed ones' },
];

export function filterQuery(options: Readonly<Record<string, unknown>>, allByDefault = false): ResourceQuery {
  return {
    regions: listOption(options.region),
    types: listOption(options.type),
    statuses: listOption(options.status),
    origins: listOption(options.source),
    all: allByDefault || options.all === true,
  };
}
