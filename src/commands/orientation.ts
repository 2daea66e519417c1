import { defineCommand } from '../kit/define-command.js';
import { orientationText } from '../format/orientation.js';
import { disclaimerOf } from '../query/disclaimer.js';
import { COMMANDS } from './catalog.js';

export const run = defineCommand(({ shipped }) => {
  const disclaimer = disclaimerOf(shipped());
  return {
    json: null,
    lines: [],
    text: (style) => orientationText(COMMANDS, disclaimer, style),
    markdown: () => '',
  };
});
