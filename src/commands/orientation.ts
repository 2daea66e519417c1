import { defineCommand } from '../cli/define-command.js';
import { orientationText } from '../cli/orientation.js';
import { disclaimerOf } from '../query/disclaimer.js';

export const run = defineCommand(({ shipped }) => {
  const disclaimer = disclaimerOf(shipped());
  return {
    json: null,
    lines: [],
    text: (style) => orientationText(disclaimer, style),
    markdown: () => '',
  };
});
