import { defineCommand } from '../kit/define-command.js';
import { disclaimerOf } from '../query/disclaimer.js';

export const run = defineCommand(({ shipped }) => {
  const directory = shipped();
  return { view: { kind: 'checklist', checklist: directory.checklist, disclaimer: disclaimerOf(directory) }, notes: [] };
});
