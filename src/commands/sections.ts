import { defineCommand } from '../kit/define-command.js';

export const run = defineCommand(async ({ directory: load }) => ({ view: { kind: 'sections', sections: (await load()).sections }, notes: [] }));
