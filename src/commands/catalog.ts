// Every subcommand as data: what commander registers, what help and the
// orientation print, and where its code is. The code of a command is loaded
// only when that command runs, so start-up pays for one command, not all.
import type { CommandMeta } from '../kit/command.js';
import { loadDirectory } from '../data/shipped.js';
import { DEFAULT_STALE_DAYS } from '../query/age.js';
import { atLeast } from '../kit/command.js';
import { FILTER_OPTIONS, NEAR_OPTIONS, limitOption } from './resource-filters.js';

export const COMMANDS: readonly CommandMeta[] = [
  {
    name: 'resources',
    views: ['resources', 'nearby'],
    summary: 'list organizations and services, by region, type and status, or nearest a place',
    options: [...FILTER_OPTIONS, ...NEAR_OPTIONS, limitOption('with --near, at most this many', '10')],
    examples: [
      ['lms resources --region uk', 'everything that serves people in the UK'],
      ['lms resources --region deutschland', 'in Germany: any country, by its English or own name'],
      ['lms resources --region "new york"', 'a US state, Canadian province, Australian state or UK nation'],
      ['lms resources --type helpline --region us', 'helplines for people in the US'],
      ['lms resources --all', 'include merged and closed organizations'],
      ['lms resources --near auckland --within 50km', 'records with a location near a place, nearest first'],
      ['lms resources --source flyer --all', 'the organizations the flyer named, as they are now'],
      ['lms resources --data our-group.json', 'with your own entries added'],
      ['lms resources | cut -f2,6', 'names and phone numbers, one per line'],
      ['lms resources --json | jq -r ".[].name"', 'full records as JSON'],
    ],
    load: () => import('./resources.js'),
  },
  {
    name: 'centres',
    aliases: ['centers'],
    views: ['centres', 'nearby'],
    summary: 'find sarcoma treatment centres, nearest a town, ZIP code or LAT,LON first',
    options: [
      ...NEAR_OPTIONS,
      limitOption('at most this many', '5 with --near, else all'),
      { flags: '-r, --region <place>', description: 'only those in this place: a country, state, nation or world area (repeatable)', repeatable: true },
      {
        flags: '--service <service>',
        get description() {
          return `only those offering this: ${loadDirectory().vocabularies.services.map((s) => s.id).join(', ')} (repeatable; all must match)`;
        },
        repeatable: true,
      },
    ],
    examples: [
      ['lms centres --near leeds', 'the five nearest centres to Leeds, with distances'],
      ['lms centres --near "perth, scotland" --within 100mi', 'a town of a shared name, by its country or state'],
      ['lms centres --near 10065 --service bone', 'from a US ZIP code, those that treat bone sarcoma'],
      ['lms centres --region de', 'every centre in Germany'],
      ['lms centres --near munich --json | jq ".[0].record.phones"', 'in full, as JSON'],
      ['lms centres --near leeds --format html > centres.html', 'a page with a map, to open, share or print'],
    ],
    load: () => import('./centres.js'),
  },
  {
    name: 'resource',
    views: ['resource', 'template'],
    arguments: '<name...>',
    summary: 'show one organization in full: contacts, sources, what the flyer printed',
    options: [{ flags: '--as-template', description: 'print it as JSON to start a record of your own from: a new id, origin added, nothing listed in the flyer, not yet checked' }],
    // One record reads as text in a pipe too (lms resource nci | less, > nci.txt); --format tsv gives its row.
    preferredFormat: 'text',
    examples: [
      ['lms resource sarcoma-uk', 'by id'],
      ['lms resource "Sarcoma Alliance"', 'by name'],
      ['lms resource NCI', 'by a short name'],
      ['lms resource nci --json', 'the record as JSON'],
      ['lms resource sarcoma-uk --as-template > our-group.json', 'a starting point for your own record'],
    ],
    load: () => import('./resource.js'),
  },
  {
    name: 'sections',
    views: ['sections'],
    summary: "list the flyer's sections in reading order",
    examples: [
      ['lms sections', 'titles and the names each answers to'],
      ['lms sections | cut -f1', 'just the ids'],
    ],
    load: () => import('./sections.js'),
  },
  {
    name: 'section',
    views: ['section'],
    arguments: '<name...>',
    summary: "show one section of the flyer's advice",
    examples: [
      ['lms section treatment', 'treatment options'],
      ['lms section second-opinion', 'getting the referral and a second opinion'],
      ['lms section what-to-bring', 'what to send or take to the specialist'],
      ['lms section follow-up --format md', 'as Markdown'],
    ],
    load: () => import('./section.js'),
  },
  {
    name: 'search',
    views: ['search'],
    arguments: '<words...>',
    summary: 'search the flyer\'s advice, organizations and treatment centres, forgiving typos',
    options: [
      { ...limitOption('at most this many results'), default: 10 },
      { flags: '-k, --kind <kind>', description: 'only this kind of result: section, resource (an organization) or centre (repeatable)', repeatable: true },
      { flags: '-r, --region <place>', description: 'only resources and centres serving this place, including ones that serve a wider area (repeatable)', repeatable: true },
      { flags: '-t, --type <type>', description: 'only resources of this type; leaves out sections (repeatable)', repeatable: true },
      { flags: '-a, --all', description: 'include merged and closed organizations, after the live ones' },
    ],
    examples: [
      ['lms search what should i bring to my appointment', 'ask in your own words'],
      ['lms search "secnd opinion"', 'typos are forgiven'],
      ['lms search helpline --region uk', 'helplines for people in the UK'],
      ['lms search bone sarcoma --kind centre', 'treatment centres only'],
      ['lms search grants --json | jq ".[0].record"', 'the best match in full'],
    ],
    load: () => import('./search.js'),
  },
  {
    name: 'regions',
    views: ['regions'],
    summary: 'list the places (world areas, countries, states), how they nest, and how many resources serve each',
    options: [{ flags: '-a, --all', description: 'on a terminal, every place, not only those that resources serve (a pipe and --json always get every place)' }],
    examples: [
      ['lms regions', 'the places resources serve, with the areas around them'],
      ['lms regions --all', 'every country, territory, state and province'],
      ['lms regions --json', 'every place with its names and counts, as JSON'],
    ],
    load: () => import('./regions.js'),
  },
  {
    name: 'types',
    views: ['types'],
    summary: 'list the types of resource and how many there are of each',
    examples: [
      ['lms types', 'each type with its meaning'],
      ['lms types | sort -t"\t" -k3 -n -r', 'most common first'],
    ],
    load: () => import('./types.js'),
  },
  {
    name: 'stale',
    views: ['stale'],
    summary: 'list the records due for re-checking, oldest first',
    options: [{ flags: '-d, --days <n>', description: 'due when last checked more than this many days ago', default: DEFAULT_STALE_DAYS, parse: atLeast(0) }],
    examples: [
      ['lms stale', `records not checked in the last ${DEFAULT_STALE_DAYS} days`],
      ['lms stale --days 90', 'a stricter schedule'],
      ['lms stale --data our-group.json', 'your own records too'],
      ['lms stale --format md', 'a checklist to work through'],
    ],
    load: () => import('./stale.js'),
  },
  {
    name: 'validate',
    views: ['validation'],
    arguments: '<files...>',
    summary: 'check data files (lms or Open Referral HSDS JSON) without loading them',
    examples: [
      ['lms validate our-group.json', 'check a file before using it with --data'],
      ['lms validate *.json --json', 'a machine-readable report'],
    ],
    load: () => import('./validate.js'),
  },
  {
    name: 'export',
    views: ['export'],
    preferredFormat: 'json',
    summary: 'write the whole directory, merged and closed records included, as HSDS, JSON, NDJSON, CSV or Markdown',
    // Every status is exported unless --status narrows it: --all would change nothing.
    options: FILTER_OPTIONS.filter((o) => !o.flags.includes('--all')),
    examples: [
      ['lms export --format hsds > directory.hsds.json', 'Open Referral HSDS 3.0 organizations'],
      ['lms export --format csv > directory.csv', 'a spreadsheet (RFC 4180)'],
      ['lms export --region uk --format md', 'UK resources as Markdown'],
      ['lms export --data our-group.json --format hsds', 'with your own entries'],
    ],
    load: () => import('./export.js'),
  },
  {
    name: 'check-links',
    views: ['links'],
    arguments: '[files...]',
    summary: 'check every web address in data files, or in the whole directory',
    options: [
      { flags: '--timeout <seconds>', description: 'give up on a request after this long', default: 10, parse: atLeast(0.1, false) },
      { flags: '--concurrency <n>', description: 'requests under way at once', default: 8, parse: atLeast(1) },
      { flags: '--max-redirects <n>', description: 'follow at most this many redirects', default: 5, parse: atLeast(0) },
    ],
    examples: [
      ['lms check-links', 'every address in the directory'],
      ['lms check-links our-group.json', 'the addresses in one data file'],
      ['lms check-links --json > links.json', 'a report to keep'],
    ],
    load: () => import('./check-links.js'),
  },
  {
    name: 'handout',
    views: ['handout'],
    summary: 'a printable handout for one place: key advice, the organizations and the specialist centres with a map, on two pages',
    options: [
      { flags: '-r, --region <place>', description: 'the place the handout is for: a country, state or world area (default: everywhere)', repeatable: true },
      { flags: '--near <place>', description: 'for a town, US ZIP code or LAT,LON: the centres nearest it, and the organizations of its country' },
    ],
    preferredFormat: 'html',
    examples: [
      ['lms handout --region uk > handout.html', 'open it in a browser and print it'],
      ['lms handout --near leeds > handout.html', 'the five centres nearest Leeds, on a map'],
      ['lms handout --region us --format md', 'as Markdown'],
    ],
    load: () => import('./handout.js'),
  },
  {
    name: 'checklist',
    views: ['checklist'],
    summary: 'what to gather and take to the sarcoma specialist, as a checklist',
    preferredFormat: 'md',
    examples: [
      ['lms checklist', 'a Markdown checklist'],
      ['lms checklist --format text', 'plain text'],
      ['lms checklist > appointment.md', 'to print or tick off'],
    ],
    load: () => import('./checklist.js'),
  },
  {
    name: 'completion',
    views: ['completion'],
    arguments: '<shell>',
    summary: 'print a completion script for bash, zsh or fish (to install yourself)',
    examples: [
      ['lms completion bash > ~/.local/share/bash-completion/completions/lms', 'bash'],
      ['lms completion zsh > "${fpath[1]}/_lms"', 'zsh'],
      ['lms completion fish > ~/.config/fish/completions/lms.fish', 'fish'],
    ],
    load: () => import('./completion.js'),
  },
  {
    name: 'about',
    views: ['about'],
    summary: 'where the data comes from, when it was checked, credits and disclaimer',
    examples: [
      ['lms about', 'read it'],
      ['lms about --json', 'the same as JSON'],
    ],
    load: () => import('./about.js'),
  },
];
