import { defineCommand } from '../kit/define-command.js';
import { checklistMarkdown, checklistText } from '../format/checklist.js';
import { disclaimerOf } from '../query/disclaimer.js';

export const run = defineCommand(({ shipped }) => {
  const directory = shipped();
  const disclaimer = disclaimerOf(directory);
  const { checklist } = directory;
  return {
    json: checklist,
    lines: checklist.items,
    text: (style) => checklistText(checklist, disclaimer, style),
    markdown: () => checklistMarkdown(checklist, disclaimer),
  };
});
