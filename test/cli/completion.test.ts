import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { lmsIn } from '../helpers/in-process.js';
import { tempDir, writeData } from '../helpers/temp.js';

const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
const shells = has('zsh') && has('fish');
if (!shells && process.env.LMS_REQUIRE_SHELLS) throw new Error('zsh and fish are required here (LMS_REQUIRE_SHELLS is set)');
if (!shells) console.warn('zsh and fish completion tests SKIPPED: install zsh and fish to run them');

const script = async (shell: string) => {
  const { status, stdout } = await lmsIn(['completion', shell]);
  expect(status).toBe(0);
  return writeData(tempDir(), `lms.${shell}`, stdout);
};

/** Asks the bash completion function what it offers after the given words (the last one is being typed). */
function bashComplete(file: string, words: string[]): string[] {
  const array = words.map((w) => `'${w}'`).join(' ');
  const result = spawnSync('bash', ['--noprofile', '--norc', '-c', `source '${file}'; COMP_WORDS=(${array}); COMP_CWORD=${words.length - 1}; _lms; printf '%s\\n' "\${COMPREPLY[@]}"`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  expect(result.stderr).toBe('');
  return result.stdout.split('\n').filter(Boolean);
}

const bashScript = await script('bash');

describe('lms completion bash, loaded in a real bash', () => {
  const file = bashScript;
  it.each<[string[], string[]]>([
    [['lms', 'res'], ['resources', 'resource']],
    [['lms', 'resources', '--region', 'u'], ['uk', 'us', 'united-kingdom']],
    [['lms', 'resources', '--type', 'help'], ['helpline', 'helplines']],
    [['lms', 'resources', '--status', ''], ['active', 'unknown', 'merged', 'closed']],
    [['lms', 'section', 'second'], ['second-opinion']],
    [['lms', 'section', 'follow'], ['follow-up', 'followup', 'follow-up-scans']],
    [['lms', '--format', ''], ['json', 'ndjson', 'tsv', 'csv', 'text', 'md', 'html', 'hsds']],
    [['lms', 'resources', '--re'], ['--region']],
    [['lms', '--region', 'uk', 'resou'], ['resources', 'resource']],
    [['lms', 'completion', ''], ['bash', 'zsh', 'fish']],
    [['lms', 'resource', 'sarcoma-'], ['sarcoma-alliance', 'sarcoma-uk', 'sarcoma-coalition']],
  ])('after %j offers %j', async (words, expected) => {
    expect(bashComplete(file, words)).toEqual(expect.arrayContaining(expected));
  });

  it('offers file names for --data', async () => {
    const dir = tempDir();
    writeData(dir, 'our-group.json', []);
    expect(bashComplete(file, ['lms', '--data', `${dir}/our`])).toEqual([`${dir}/our-group.json`]);
  });

  it('refuses an unknown shell, naming the ones it knows', async () => {
    const { status, stderr } = await lmsIn(['completion', 'tcsh']);
    expect(status).toBe(2);
    expect(stderr).toMatch(/unknown shell 'tcsh'.*Shells: bash, zsh, fish/);
  });
});

describe.skipIf(!shells)(`zsh and fish scripts${shells ? '' : ' (SKIPPED: zsh and fish are not installed)'}`, () => {
  it.each([
    ['zsh', ['-n']],
    ['fish', ['--no-execute']],
  ])('%s parses the script', async (shell, flags) => {
    const file = await script(shell);
    const result = spawnSync(shell, [...flags, file], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('fish offers the commands and the regions', async () => {
    const file = await script('fish');
    const result = spawnSync('fish', ['--no-config', '-c', `source '${file}'; complete -C 'lms res'; complete -C 'lms resources --region u'`], { encoding: 'utf8' });
    expect(result.stdout).toMatch(/^resources\t/m);
    expect(result.stdout).toMatch(/^uk\t/m);
  });
});
