import { HIT_KINDS } from '../query/documents.js';
import { optionHelp } from '../kit/command.js';
import { formatsOf } from '../format/registry.js';
import { defineCommand } from '../kit/define-command.js';
import { GLOBAL_OPTIONS } from '../kit/global-options.js';
import { FORMATS } from '../format/formats.js';
import { COLOR_WHEN } from '../kit/terminal.js';
import { UsageError } from '../errors.js';
import { bashCompletion, fishCompletion, zshCompletion } from '../format/completion.js';
import type { CompletionModel } from '../format/completion.js';
import { normalizeKey } from '../query/normalize.js';
import { UNITS } from '../query/distance.js';
import { ORIGINS } from '../data/columns.js';
import { unknownValueMessage } from '../query/suggest.js';
import { COMMANDS } from './catalog.js';

const SHELLS = { bash: bashCompletion, zsh: zshCompletion, fish: fishCompletion } as const;

/** "-r, --region <region>" → { long: 'region', short: 'r', takesValue: true } */
function parseFlags(flags: string, description: string) {
  const long = /--([\w-]+)/.exec(flags)?.[1] ?? flags;
  const short = /(?:^|\s)-(\w)\b/.exec(flags)?.[1];
  return { long, ...(short ? { short } : {}), takesValue: /[<[]/.test(flags), description };
}

export const run = defineCommand(({ args, shipped }) => {
  const shell = args[0] ?? '';
  const generate = SHELLS[shell as keyof typeof SHELLS];
  if (!generate) throw new UsageError(unknownValueMessage('shell', shell, Object.keys(SHELLS)));
  const { sections, resources, vocabularies } = shipped();
  const model: CompletionModel = {
    commands: [
      // A command's other names (centers) complete as it does.
      ...COMMANDS.flatMap((c) =>
        [c.name, ...(c.aliases ?? [])].map((name) => ({ name, summary: c.summary, options: (c.options ?? []).map((o) => parseFlags(o.flags, optionHelp(o))), values: { format: formatsOf(c.views) } })),
      ),
      { name: 'help', summary: 'show help for a command', options: [] },
    ],
    globalOptions: [
      // A completion menu shows a description's first clause: "output format", not the list of formats it completes.
      ...GLOBAL_OPTIONS.map((o) => parseFlags(o.flags, o.description.split(/:| \(/)[0] as string)),
      parseFlags('-h, --help', 'show help'),
      parseFlags('-V, --version', 'print the version'),
    ],
    values: {
      // Every place by id and English name; their other names (a dozen each) would make the script ten times larger.
      region: [...new Set(vocabularies.regions.flatMap((r) => [r.id, normalizeKey(r.name)]))],
      type: vocabularies.types.flatMap((t) => [t.id, ...t.aliases]),
      service: vocabularies.services.map((s) => s.id),
      units: [...UNITS],
      kind: [...HIT_KINDS],
      status: vocabularies.statuses.map((s) => s.id),
      source: [...ORIGINS],
      format: [...FORMATS],
      color: [...COLOR_WHEN],
      data: ['@files'],
    },
    labels: Object.fromEntries(vocabularies.regions.map((r) => [r.id, r.name])),
    operands: {
      section: sections.flatMap((s) => [s.id, ...s.aliases]),
      resource: resources.map((r) => r.id),
      validate: ['@files'],
      'check-links': ['@files'],
      completion: Object.keys(SHELLS),
      help: COMMANDS.map((c) => c.name),
    },
  };
  return { view: { kind: 'completion', script: generate(model) }, notes: [] };
});
