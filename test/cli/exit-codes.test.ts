import { describe, expect, it } from 'vitest';
import { lmsIn as lms } from '../helpers/in-process.js';

describe('exit codes and error messages', () => {
  it.each([
    [['resources'], 0, /^$/],
    [['resources', '--region', 'au', '--status', 'merged'], 0, /^$/],
    [['search', 'xqzwv'], 0, /^$/],
    [['section', 'treatmnt'], 0, /^lms: 'treatmnt' is not an exact name; showing 'treatment'/],
    [['section', 'xyzzy'], 1, /^lms: no section named 'xyzzy'\. List them with: lms sections\n$/],
    [['resource', 'sarcoma'], 1, /^lms: no resource named 'sarcoma' \(did you mean .*'sarcoma-uk'.*\?\)\. List them with: lms resources --all\n$/],
    [['resources', '--region', 'eurpe'], 2, /^lms: unknown region 'eurpe' \(did you mean 'europe'\?\); 'lms regions --all' lists every place\n$/],
    [['resources', '--region', 'canda'], 2, /^lms: unknown region 'canda' \(did you mean 'canada'\?\); 'lms regions --all' lists every place\n$/],
    [['resources', '--region', 'brtain'], 2, /^lms: unknown region 'brtain' \(did you mean 'britain' \(United Kingdom\)\?\)/],
    [['resources', '--region', 'mars'], 2, /^lms: unknown region 'mars' \(did you mean 'mar' \(Morocco\)\?\); 'lms regions --all' lists every place\n$/],
    [['resources', '--region', 'wa'], 2, /^lms: 'wa' could mean Washington \(us-wa\) or Western Australia \(au-wa\); ask for one by its id\n$/],
    [['resources', '--region', 'springfield, us'], 2, /^lms: unknown region 'springfield' in United States; 'lms regions --all' lists every place\n$/],
    [['resources', '--type', 'helpine'], 2, /^lms: unknown type 'helpine' \(did you mean 'helpline'\?\)\. Types: government, .*\n$/],
    [['resources', '--status', 'gone'], 2, /^lms: unknown status 'gone'.*Statuses: active, unknown, merged, closed\n$/],
    [['resources', '--format', 'jsn'], 2, /^lms: unknown format 'jsn' \(did you mean 'json'\?\)\. Formats: json, ndjson, tsv, csv, text, md, html, hsds\n$/],
    [['resources', '--color', 'sometimes'], 2, /^lms: unknown --color value 'sometimes'.*auto, always, never\n$/],
    [['resoures'], 2, /^lms: unknown command 'resoures' \(did you mean 'resources'\?\)\. Commands: resources, centres, resource, sections, section, search, regions, types, stale, validate, export, check-links, handout, checklist, completion, about\n$/],
    [['resources', '--regoin', 'uk'], 2, /^lms: unknown option '--regoin' \(did you mean --region\?\) Options for 'lms resources': --region, --type, --status, --source, --all, /],
    [['section'], 2, /^lms: missing required argument 'name'\. See 'lms section --help'/],
    [['search', ' '], 2, /^lms: the search query is empty/],
    [['search', 'x', '--limit', '0'], 2, /^lms: --limit takes a whole number of at least 1, not '0'\n$/],
    [['section', 'treatment', '--format', 'tsv'], 2, /^lms: 'lms section' cannot print --format tsv\. Formats for it: json, ndjson, text, md\n$/],
    [['resources', '--json', '--format', 'csv'], 2, /^lms: --json and --format csv ask for different formats; use one\n$/],
  ])('lms %j exits %i', async (args, code, stderr) => {
    const result = await lms(args);
    expect(result.stderr).toMatch(stderr);
    expect(result.status).toBe(code);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    if (code !== 0) expect(result.stdout).toBe('');
  });

  it('writes each error as one line', async () => {
    for (const args of [['resoures'], ['resources', '--regoin', 'uk'], ['section'], ['resources', 'extra']]) {
      expect((await lms(args)).stderr.trimEnd().split('\n'), args.join(' ')).toHaveLength(1);
    }
  });
});

describe('help and version', () => {
  it('prints the version', async () => {
    const { status, stdout } = await lms(['--version']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it.each(['resources', 'resource', 'sections', 'section', 'search', 'regions', 'types', 'about'])('lms %s --help shows usage and examples', async (command) => {
    const { status, stdout } = await lms([command, '--help']);
    expect(status).toBe(0);
    expect(stdout).toContain(`Usage: lms ${command}`);
    expect(stdout).toMatch(/Examples:\n {2}\$ lms /);
    expect((await lms(['help', command])).stdout).toBe(stdout);
  });

  it('lms --help lists the commands and the exit codes', async () => {
    const { status, stdout } = await lms(['--help']);
    expect(status).toBe(0);
    expect(stdout).toContain('Commands:');
    expect(stdout).toContain('Exit codes: 0 success');
  });
});

describe('global options before the command', () => {
  it('reads a value that looks like a command as the value', async () => {
    const { spawnSync } = await import('node:child_process');
    const { CLI } = await import('../helpers/paths.js');
    const { tempDir, writeData } = await import('../helpers/temp.js');
    const dir = tempDir();
    writeData(dir, 'resources', []);
    const result = spawnSync(process.execPath, [CLI, '--data', 'resources', '--format', 'text', 'section', 'credits'], { cwd: dir, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Joyce wrote this flyer');
  });
});
