import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/commands/catalog.js';
import { optionHelp } from '../../src/kit/command.js';
import { GLOBAL_OPTIONS } from '../../src/kit/global-options.js';
import { ROOT } from '../helpers/paths.js';

/** The rows of the README's table under a heading: each row's cells, the code marks around the first taken off. */
function readmeTable(heading: string): string[][] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf(`\n${heading}\n`));
  const table = section.slice(section.indexOf('\n|')).split('\n\n')[0] as string;
  return table
    .trim()
    .split('\n')
    .slice(2)
    .map((row) =>
      row
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim().replace(/^`|`$/g, '').replaceAll('\\|', '|')),
    );
}

describe("the README's tables of options", () => {
  it('are the global options, option for option and word for word', () => {
    expect(readmeTable('### Global options')).toEqual(GLOBAL_OPTIONS.map((o) => [o.flags, optionHelp(o)]));
  });

  it("are each command's options, in the catalog's order, with their defaults", () => {
    const rows = COMMANDS.flatMap((c) => (c.options ?? []).map((o) => [`lms ${c.name}`, o.flags, optionHelp(o)]));
    expect(readmeTable('### Options of each command').map(([command = '', ...rest]) => [command.replace(/`$/, ''), ...rest.map((cell) => cell.replace(/^`|`$/g, ''))])).toEqual(rows);
  });
});
