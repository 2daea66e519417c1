import about from '../../data/about.json' with { type: 'json' };
import resources from '../../data/resources.json' with { type: 'json' };
import sections from '../../data/sections.json' with { type: 'json' };
import vocabularies from '../../data/vocabularies.json' with { type: 'json' };
import type { Directory } from '../types.js';
import { validateDirectory } from './load.js';

let cached: Directory | undefined;

/** The directory that ships with lms, validated once on first use. */
export function loadDirectory(): Directory {
  cached ??= validateDirectory({ resources, sections, vocabularies, about });
  return cached;
}
