import { defineCommand } from '../kit/define-command.js';
import { disclaimerOf } from '../query/disclaimer.js';
import { COMMANDS } from './catalog.js';

export const run = defineCommand(({ shipped }) => ({ view: { kind: 'orientation', commands: COMMANDS, disclaimer: disclaimerOf(shipped()) }, notes: [] }));
