import packageJson from '../../package.json' with { type: 'json' };
import { defineCommand } from '../cli/define-command.js';
import { UsageError } from '../errors.js';
import { handoutHtml, handoutMarkdown } from '../format/handout.js';
import type { Handout } from '../format/handout.js';
import { checkDates } from '../query/age.js';
import { disclaimerOf } from '../query/disclaimer.js';
import { filterResources } from '../query/filter.js';
import type { Section } from '../types.js';
import { placesAsked } from './resource-filters.js';

/** The flyer's key advice, in its order: what fits on two pages beside the organizations. */
export const HANDOUT_SECTIONS = ['after-diagnosis', 'referral', 'what-to-bring', 'treatment', 'follow-up'];

export const run = defineCommand(async ({ options, directory: load, stdoutIsTTY }) => {
  const directory = await load();
  const places = placesAsked(directory.vocabularies, options.region);
  if (places.ids.length > 1) throw new UsageError('a handout is for one region: give --region once, e.g. --region uk');
  const region = directory.vocabularies.regions.find((r) => r.id === places.ids[0]);
  const resources = filterResources(directory, { regions: region ? [region.id] : [], statuses: ['active'] }).map((m) => m.resource);
  const checked = checkDates(resources).oldest ?? directory.about.research.checked;
  const handout: Handout = {
    title: 'Leiomyosarcoma and soft tissue sarcoma: where to start',
    ...(region ? { regionName: region.name } : {}),
    sections: HANDOUT_SECTIONS.map((id) => directory.sections.find((s) => s.id === id)).filter((s): s is Section => s !== undefined),
    resources,
    checked,
    disclaimer: disclaimerOf(directory),
    credit: directory.about.flyer.credit,
    version: packageJson.version,
  };
  const markdown = handoutMarkdown(handout);
  return {
    json: handout,
    lines: [handout],
    text: () => markdown,
    markdown: () => markdown,
    html: () => handoutHtml(handout),
    notes: [...places.notes, ...(stdoutIsTTY && options.format === undefined && options.json !== true ? ['this is a web page to print: save it with lms handout > handout.html and open it in a browser'] : [])],
  };
});
