// Build time only: the data files, with every place added (places-source.ts),
// validated, as the one JSON text the program embeds. A directory that fails
// validation stops the build.
import about from '../../data/about.json' with { type: 'json' };
import checklist from '../../data/checklist.json' with { type: 'json' };
import resources from '../../data/resources.json' with { type: 'json' };
import sections from '../../data/sections.json' with { type: 'json' };
import vocabularies from '../../data/vocabularies.json' with { type: 'json' };
import type { Vocabularies } from '../types.js';
import { validateDirectory } from './load.js';
import { withPlaces } from './places-source.js';

export function shippedJson(): string {
  return JSON.stringify(validateDirectory({ resources, sections, vocabularies: withPlaces(vocabularies as Vocabularies), about, checklist }));
}
