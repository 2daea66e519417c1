import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LmsError, SearchIndex, filterResources, loadDirectory, resolveResource, resolveSection } from '../../src/index.js';
import { lmsIn } from '../helpers/in-process.js';

const directory = loadDirectory();
const index = new SearchIndex(directory);

/** Runs `act`; anything thrown must be one of the library's own typed errors. */
function onlyOwnErrors(act: () => unknown): void {
  try {
    act();
  } catch (error) {
    if (!(error instanceof LmsError)) throw error;
  }
}

// Any Unicode, control characters and NUL included; regex and shell metacharacters; very long strings.
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: fc.constantFrom(...'.*+?^${}()|[]\\/\'"`;&<>!#~% \t\n\u0000\u001b'), maxLength: 40 }),
  fc.string({ unit: 'grapheme', minLength: 150, maxLength: 400 }),
  fc.constantFrom('', ' ', '\t\n', 'uk', 'gb', 'helpline', 'active', 'treatmnt', 'secnd opinion'),
);
const vocabularyValue = fc.oneof(anyText, fc.constantFrom(...directory.vocabularies.regions.map((r) => r.id), ...directory.vocabularies.types.map((t) => t.id), 'active', 'closed'));

describe('the library, given anything', () => {
  it('search returns hits or throws its own UsageError', () => {
    fc.assert(
      fc.property(anyText, fc.option(fc.integer({ min: 1, max: 50 }), { nil: undefined }), (query, limit) => {
        onlyOwnErrors(() => {
          const hits = index.search(query, limit === undefined ? {} : { limit });
          for (const hit of hits) expect(hit.relevance).toBeGreaterThanOrEqual(0);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('filters by any combination of regions, types and statuses, or names the bad value', () => {
    fc.assert(
      fc.property(fc.array(vocabularyValue, { maxLength: 3 }), fc.array(vocabularyValue, { maxLength: 3 }), fc.array(vocabularyValue, { maxLength: 2 }), fc.boolean(), (regions, types, statuses, all) => {
        onlyOwnErrors(() => filterResources(directory, { regions, types, statuses, all }));
      }),
      { numRuns: 300 },
    );
  });

  // Each fuzzy lookup ranks every name of 217 records: 300 of them take some 15 to 30 s on a 2-core machine.
  it('resolves any name to a record or a NotFoundError', () => {
    fc.assert(
      fc.property(anyText, (name) => {
        onlyOwnErrors(() => resolveSection(directory, name));
        onlyOwnErrors(() => resolveResource(directory, name));
      }),
      { numRuns: 300 },
    );
  }, 90_000);
});

// Strings a command line can carry (no NUL: the operating system cannot pass one).
const argText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }).map((s) => s.replace(/\u0000/g, '')),
  fc.constantFrom('uk', 'nz', 'helpline', 'active', 'json', 'tsv', 'md', 'csv', '--', '-', '--json', '--all', 'x'.repeat(250)),
);
const option = fc.oneof(
  fc.tuple(fc.constantFrom('--region', '--type', '--status', '--source', '--format', '--color', '--limit', '--days'), argText).map(([flag, value]) => [flag, value]),
  fc.constantFrom(['--json'], ['--all'], ['--no-color'], ['--help'], ['--bogus']),
);
const command = fc.constantFrom('resources', 'resource', 'sections', 'section', 'search', 'regions', 'types', 'stale', 'about', 'export', 'nonsense', '');

describe('the command line, given anything', () => {
  // In-process (run(argv, io), as main.ts calls it), so many more command lines than processes could be tried.
  it('always ends with a documented exit code and no stack trace', async () => {
    await fc.assert(
      fc.asyncProperty(command, fc.array(argText, { maxLength: 2 }), fc.array(option, { maxLength: 3 }), fc.boolean(), async (name, operands, options, optionsFirst) => {
        const flags = options.flat();
        const args = [...(optionsFirst ? flags : []), ...(name ? [name] : []), ...operands, ...(optionsFirst ? [] : flags)];
        const { status, stderr } = await lmsIn(args);
        expect([0, 1, 2]).toContain(status);
        expect(stderr).not.toMatch(/^\s+at |internal error/m);
        if (status !== 0) expect(stderr).toMatch(/^lms: /);
      }),
      { numRuns: 200 },
    );
  }, 120_000);

  it('treats an empty or blank search query as a usage error', async () => {
    for (const query of ['', ' ', '\t \n']) expect((await lmsIn(['search', query])).status).toBe(2);
  });
});
