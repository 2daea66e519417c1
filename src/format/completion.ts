// Shell completion scripts, generated from the command catalog and the data:
// commands, options, and the values users type (sections, regions, types,
// statuses, formats). Printed for the user to install; lms edits no rc file.
import type { TableOf } from './registry.js';

export interface CompletionModel {
  commands: Array<{
    name: string;
    summary: string;
    options: Array<{ long: string; short?: string; takesValue: boolean; description: string }>;
    /** Words for an option's value in this command only (the formats it prints), by long option name. */
    values?: Record<string, string[]>;
  }>;
  globalOptions: Array<{ long: string; short?: string; takesValue: boolean; description: string }>;
  /** Words to offer for an option's value, by long option name (without dashes); "@files" for paths. */
  values: Record<string, string[]>;
  /** What a value means, where its word alone does not say (a place's id: its name); shells that show descriptions show these. */
  labels?: Record<string, string>;
  /** Words to offer as a command's operand, by command name; "@files" for paths. */
  operands: Record<string, string[]>;
}

const FILES = '@files';
const words = (list: readonly string[]) => list.join(' ');
const shellQuote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

export function bashCompletion(model: CompletionModel): string {
  const valueOptions = [...model.commands.flatMap((c) => c.options), ...model.globalOptions].filter((o) => o.takesValue);
  const valueCases = [...new Map(valueOptions.map((o) => [o.long, o])).values()].map((o) => {
    const flags = [`--${o.long}`, ...(o.short ? [`-${o.short}`] : [])].join('|');
    const reply = (values: readonly string[]) => (values.includes(FILES) ? 'COMPREPLY=($(compgen -f -- "$cur"))' : `COMPREPLY=($(compgen -W ${shellQuote(words(values))} -- "$cur"))`);
    const own = model.commands.filter((c) => c.values?.[o.long]);
    if (own.length === 0) return `    ${flags}) ${reply(model.values[o.long] ?? [])}; return ;;`;
    const byCommand = own.map((c) => `${c.name}) ${reply(c.values?.[o.long] ?? [])} ;; `).join('');
    return `    ${flags}) case "$command" in ${byCommand}*) ${reply(model.values[o.long] ?? [])} ;; esac; return ;;`;
  });
  const commandCases = model.commands.map((c) => {
    const operands = model.operands[c.name] ?? [];
    const options = c.options.map((o) => `--${o.long}`);
    if (operands.includes(FILES)) return `    ${c.name}) COMPREPLY=($(compgen -f -- "$cur") $(compgen -W ${shellQuote(words([...options, '$global']))} -- "$cur")) ;;`;
    return `    ${c.name}) COMPREPLY=($(compgen -W "${words([...operands, ...options])} $global" -- "$cur")) ;;`;
  });
  const takesValue = valueOptions.flatMap((o) => [`--${o.long}`, ...(o.short ? [`-${o.short}`] : [])]);
  return `# bash completion for lms. Install it with one of:
#   lms completion bash > ~/.local/share/bash-completion/completions/lms
#   echo 'source <(lms completion bash)' >> ~/.bashrc
_lms() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}"
  local global=${shellQuote(words(model.globalOptions.map((o) => `--${o.long}`)))}
  local command="" i skip=""
  for ((i = 1; i < COMP_CWORD; i++)); do
    if [[ -n $skip ]]; then skip=""; continue; fi
    case "\${COMP_WORDS[i]}" in
      ${takesValue.join('|')}) skip=1 ;;
      -*) ;;
      *) command="\${COMP_WORDS[i]}"; break ;;
    esac
  done
  case "$prev" in
${valueCases.join('\n')}
  esac
  case "$command" in
    "") COMPREPLY=($(compgen -W ${shellQuote(words(model.commands.map((c) => c.name)))}" $global" -- "$cur")) ;;
${commandCases.join('\n')}
    *) COMPREPLY=($(compgen -W "$global" -- "$cur")) ;;
  esac
}
complete -F _lms lms
`;
}

export function zshCompletion(model: CompletionModel): string {
  const valueOptions = [...new Map([...model.commands.flatMap((c) => c.options), ...model.globalOptions].filter((o) => o.takesValue).map((o) => [o.long, o])).values()];
  const valueCases = valueOptions.map((o) => {
    const flags = [`--${o.long}`, ...(o.short ? [`-${o.short}`] : [])].join('|');
    const reply = (values: readonly string[]) => (values.includes(FILES) ? '_files' : `compadd -- ${words(values.map(shellQuote))}`);
    const own = model.commands.filter((c) => c.values?.[o.long]);
    if (own.length === 0) return `    ${flags}) ${reply(model.values[o.long] ?? [])}; return ;;`;
    const byCommand = own.map((c) => `${c.name}) ${reply(c.values?.[o.long] ?? [])} ;; `).join('');
    return `    ${flags}) case $command in ${byCommand}*) ${reply(model.values[o.long] ?? [])} ;; esac; return ;;`;
  });
  const takesValue = valueOptions.flatMap((o) => [`--${o.long}`, ...(o.short ? [`-${o.short}`] : [])]);
  const commandCases = model.commands.map((c) => {
    const operands = model.operands[c.name] ?? [];
    const options = c.options.map((o) => `--${o.long}`);
    const files = operands.includes(FILES) ? '_files; ' : '';
    return `    ${c.name}) ${files}compadd -- ${words([...operands.filter((o) => o !== FILES), ...options].map(shellQuote))} $global ;;`;
  });
  const described = model.commands.map((c) => shellQuote(`${c.name}:${c.summary.replace(/:/g, '\\:')}`));
  return `#compdef lms
# zsh completion for lms. Install it with:
#   lms completion zsh > "\${fpath[1]}/_lms"   (then restart zsh)
# or, for one session: source <(lms completion zsh)
_lms() {
  local cur=\${words[CURRENT]} prev=\${words[CURRENT-1]}
  local -a global=(${words(model.globalOptions.map((o) => `--${o.long}`))})
  local command="" skip="" i
  for (( i = 2; i < CURRENT; i++ )); do
    if [[ -n $skip ]]; then skip=""; continue; fi
    case \${words[i]} in
      ${takesValue.join('|')}) skip=1 ;;
      -*) ;;
      *) command=\${words[i]}; break ;;
    esac
  done
  case $prev in
${valueCases.join('\n')}
  esac
  case $command in
    "")
      local -a commands=(${described.join(' ')})
      _describe 'command' commands
      compadd -- $global ;;
${commandCases.join('\n')}
    *) compadd -- $global ;;
  esac
}
if [[ $zsh_eval_context[-1] == loadautofunc ]]; then _lms "$@"; else compdef _lms lms; fi
`;
}

export function fishCompletion(model: CompletionModel): string {
  const lines = ['# fish completion for lms. Install it with:', '#   lms completion fish > ~/.config/fish/completions/lms.fish', 'complete -c lms -f'];
  for (const c of model.commands) lines.push(`complete -c lms -n __fish_use_subcommand -a ${c.name} -d ${shellQuote(c.summary)}`);
  const optionLine = (o: CompletionModel['globalOptions'][number], condition: string, values = model.values[o.long] ?? []) => {
    const flag = `complete -c lms${condition} -l ${o.long}${o.short ? ` -s ${o.short}` : ''}`;
    const labelled = values.filter((v) => model.labels?.[v] !== undefined);
    const plain = values.filter((v) => model.labels?.[v] === undefined);
    const value = !o.takesValue ? '' : values.includes(FILES) ? ' -r -F' : plain.length > 0 ? ` -x -a ${shellQuote(words(plain))}` : ' -x';
    // A value with a label (a place's id) gets a line of its own, so fish shows what it means, not the option's description.
    const each = labelled.map((v) => `${flag} -x -a ${shellQuote(v)} -d ${shellQuote(model.labels?.[v] ?? '')}`);
    return [`${flag}${value} -d ${shellQuote(o.description)}`, ...each].join('\n');
  };
  // An option whose values depend on the command (--format) is offered with all of them only before a command.
  const perCommand = new Set(model.commands.flatMap((c) => Object.keys(c.values ?? {})));
  for (const o of model.globalOptions) lines.push(optionLine(o, perCommand.has(o.long) ? ' -n __fish_use_subcommand' : ''));
  for (const c of model.commands) {
    const condition = ` -n ${shellQuote(`__fish_seen_subcommand_from ${c.name}`)}`;
    for (const o of c.options) lines.push(optionLine(o, condition));
    for (const o of model.globalOptions.filter((g) => perCommand.has(g.long))) lines.push(optionLine(o, condition, c.values?.[o.long] ?? model.values[o.long]));
    const operands = model.operands[c.name] ?? [];
    if (operands.includes(FILES)) lines.push(`complete -c lms${condition} -F`);
    else if (operands.length > 0) lines.push(`complete -c lms${condition} -a ${shellQuote(words(operands))}`);
  }
  return `${lines.join('\n')}\n`;
}

/** `lms completion SHELL`: the script, to be saved where the shell looks. */
export interface CompletionView {
  kind: 'completion';
  script: string;
}

export const completionFormats = (): TableOf<'completion'> => ({ text: (view) => view.script });
