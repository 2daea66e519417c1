import type { CommandSpec } from '../cli/command.js';
import { explainNotFound } from '../cli/not-found.js';
import { sectionMarkdown, sectionText } from '../format/sections.js';
import { disclaimerOf } from '../query/disclaimer.js';
import { resolveSection } from '../query/resolve.js';

export const section: CommandSpec = {
  name: 'section',
  arguments: '<name...>',
  summary: "show one section of the flyer's advice",
  examples: [
    ['lms section treatment', 'treatment options'],
    ['lms section second-opinion', 'getting the referral and a second opinion'],
    ['lms section what-to-bring', 'what to send or take to the specialist'],
    ['lms section follow-up --format md', 'as Markdown'],
  ],
  run({ args, directory: load }) {
    const directory = load();
    const input = args.join(' ');
    const { item, exact } = explainNotFound(() => resolveSection(directory, input), 'lms sections');
    const disclaimer = disclaimerOf(directory);
    return {
      json: item,
      lines: [item],
      text: (style) => sectionText(item, disclaimer, style),
      markdown: () => sectionMarkdown(item, disclaimer),
      notes: exact ? [] : [`'${input}' is not an exact name; showing '${item.id}' (${item.title}).`],
    };
  },
};
