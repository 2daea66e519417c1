import { Command } from 'commander';
import packageJson from '../../package.json' with { type: 'json' };
import { COMMANDS } from '../commands/catalog.js';
import { formatsOf } from '../format/registry.js';
import { optionHelp } from '../kit/command.js';
import type { CommandMeta, OptionSpec } from '../kit/command.js';
import { GLOBAL_OPTIONS, GLOBAL_VALUE_OPTIONS } from '../kit/global-options.js';

/** What the command line asked for, before anything runs. */
export type Invocation =
  | { kind: 'orientation'; options: Record<string, unknown>; unknownCommand?: string }
  | { kind: 'command'; spec: CommandMeta; args: string[]; options: Record<string, unknown> };

export interface ProgramOutput {
  writeOut(text: string): void;
  writeErr(text: string): void;
  /** The columns help may fill on stdout (or, for `error`, stderr): a terminal's width, else 80. */
  helpWidth(error: boolean): number;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

/**
 * An option as commander takes it: a repeatable one gathers every use into a
 * list. Its help is written when help is shown: some read the shipped
 * vocabularies, which a run that shows no help has no use for.
 */
function addOption(command: Command, option: OptionSpec): void {
  const made = command.createOption(option.flags);
  Object.defineProperty(made, 'description', { get: () => optionHelp(option), enumerable: true, configurable: true });
  if (option.repeatable) made.argParser(collect);
  command.addOption(made);
}

function examplesHelp(spec: CommandMeta): string {
  const width = Math.max(...spec.examples.map(([c]) => c.length));
  return `\nFormats (--format): ${formatsOf(spec.views).join(', ')}\n\nExamples:\n${spec.examples.map(([c, what]) => `  $ ${c.padEnd(width)}  # ${what}`).join('\n')}\n`;
}

/**
 * The subcommand a command line names, when its first word that is neither an
 * option nor an option's value is one: only that subcommand then needs
 * registering. Anything else (help, no command, a mistyped one) gets the whole
 * program.
 */
export function namedCommand(argv: readonly string[]): CommandMeta | undefined {
  if (argv.some((a) => a === '-h' || a === '--help')) return undefined;
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i] as string;
    if (GLOBAL_VALUE_OPTIONS.has(word)) i++;
    else if (!word.startsWith('-')) return COMMANDS.find((c) => c.name === word || c.aliases?.includes(word));
  }
  return undefined;
}

/**
 * The commander program, configured from the command specs. Parsing only
 * records the invocation through `onInvoke`; nothing runs inside commander, and
 * commander never exits the process (exitOverride) or prints by itself.
 */
export function buildProgram(output: ProgramOutput, onInvoke: (invocation: Invocation) => void, only?: CommandMeta): Command {
  const program = new Command('lms')
    .description('Leiomyosarcoma (LMS) and sarcoma resources: the advice of a patient flyer, and the organizations that can help.')
    .usage('[options] <command>')
    .argument('[command]')
    .version(packageJson.version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .exitOverride()
    // Help is plain text, as wide as the edge says: commander's own defaults ask process.stdout, whose making loads Node's stream stack.
    .configureOutput({
      writeOut: output.writeOut,
      writeErr: output.writeErr,
      outputError: () => {},
      getOutHelpWidth: () => output.helpWidth(false),
      getErrHelpWidth: () => output.helpWidth(true),
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    })
    .configureHelp({ showGlobalOptions: true })
    .helpCommand('help [command]', 'show help for a command')
    .allowExcessArguments(false)
    .action((unknownCommand: string | undefined, options: Record<string, unknown>) => {
      onInvoke({ kind: 'orientation', options, ...(unknownCommand === undefined ? {} : { unknownCommand }) });
    });

  for (const option of GLOBAL_OPTIONS) addOption(program, option);

  program.addHelpText(
    'after',
    `\nExamples:\n  $ lms resources --region uk     # organizations for people in the UK\n  $ lms section second-opinion    # the flyer's advice on referrals and second opinions\n  $ lms search "sarcoma specialist"\n  $ lms resources --json | jq '.[] | {name, phones}'\n\nExit codes: 0 success (an empty list too), 1 a named section or resource was not found (or a check found faults), 2 a usage or data error, 69 no network for check-links.\n`,
  );

  // Registering every subcommand costs start-up time that a run of one does not need.
  for (const spec of only ? [only] : COMMANDS) {
    const command = program.command(spec.name).description(spec.summary).addHelpText('after', () => examplesHelp(spec));
    if (spec.arguments) command.arguments(spec.arguments);
    if (spec.aliases) command.aliases([...spec.aliases]);
    for (const option of spec.options ?? []) addOption(command, option);
    command.action((...params: unknown[]) => {
      const self = params.at(-1) as Command;
      const args = self.processedArgs.flat().filter((a): a is string => typeof a === 'string');
      onInvoke({ kind: 'command', spec, args, options: self.optsWithGlobals() });
    });
  }
  return program;
}
