#!/usr/bin/env node
// Writes a synthetic directory of N resources in the project's own format, for
// benchmarks and the search equivalence test:
//   node scripts/generate-directory.mjs 10000 [seed] > directory.json
// Every record is marked synthetic: invented names and descriptions, no phone
// numbers, no web addresses. Never load one as real data. Records leave out the
// optional fields, as a large export from another directory would.

const WORDS = (
  'sarcoma leiomyosarcoma oncologist surgeon radiation chemotherapy clinic centre center support group family carers ' +
  'patients helpline nurse information research trial second opinion referral diagnosis treatment scan follow recurrence ' +
  'tumour tumor tissue margin specialist hospital network foundation charity grant travel cost advice booklet meeting ' +
  'monthly weekly online forum community volunteer counselling counseling children adults teenagers uterine abdominal ' +
  'retroperitoneal bone soft rare cancer care palliative pain nutrition exercise wellbeing benefits housing transport ' +
  'interpreter language spanish french welsh gaelic maori local regional national city county district rural urban ' +
  'evening morning appointment records summary questions notes consultation imaging pathology report surgery recovery ' +
  'survivorship bereavement grief hope peer mentor buddy phone email chat webinar conference newsletter awareness campaign'
).split(' ');
const PLACES = ['Leeds', 'York', 'Bristol', 'Denver', 'Boston', 'Austin', 'Toronto', 'Ottawa', 'Perth', 'Hobart', 'Otago', 'Nelson', 'Lyon', 'Turin', 'Porto', 'Ghent'];
const KINDS = ['Sarcoma Support Group', 'Cancer Centre', 'Patient Network', 'Carers Circle', 'Information Service', 'Research Fund', 'Helpline', 'Foundation'];
// Regions of every level: world areas, 60 countries, and states and nations inside them.
const REGIONS = [
  'us', 'uk', 'ca', 'au', 'nz', 'europe', 'international', 'asia', 'africa', 'latin-america', 'oceania', 'north-america',
  'ie', 'de', 'fr', 'nl', 'be', 'ch', 'it', 'es', 'pt', 'no', 'se', 'fi', 'dk', 'pl', 'cz', 'at', 'hu', 'ro', 'bg', 'gr', 'ru', 'ua', 'tr',
  'jp', 'kr', 'cn', 'tw', 'in', 'pk', 'sg', 'my', 'th', 'id', 'ph', 'vn', 'il', 'sa', 'ae', 'eg', 'ng', 'ke', 'za', 'gh', 'ma',
  'br', 'ar', 'mx', 'cl', 'co', 'pe', 'uy', 'pr', 'ge', 'is', 'lu', 'mt',
  'us-ny', 'us-ca', 'us-tx', 'us-ga', 'ca-on', 'ca-qc', 'au-nsw', 'au-wa', 'gb-sct', 'gb-nir',
];
const TYPES = ['charity', 'foundation', 'helpline', 'online-community', 'information', 'research', 'network', 'support', 'financial-help', 'advocacy'];
const STATUSES = ['active', 'active', 'active', 'active', 'active', 'active', 'unknown', 'merged', 'closed'];

/** mulberry32: a small seeded generator, so the same N and seed give the same file. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateDirectory(count, seed = 1) {
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const some = (list, max) => [...new Set(Array.from({ length: 1 + Math.floor(next() * max) }, () => pick(list)))];
  const records = [];
  for (let i = 0; i < count; i++) {
    const status = pick(STATUSES);
    const words = Array.from({ length: 25 }, () => pick(WORDS));
    records.push({
      id: `synthetic-${i}`,
      name: `${pick(PLACES)} ${pick(WORDS)} ${pick(KINDS)} ${i}`,
      types: some(TYPES, 3),
      regions: some(REGIONS, 2),
      status,
      ...(status === 'merged' ? { successor: { name: `Synthetic successor ${i}` } } : {}),
      description: `${words.join(' ')}.`,
      sources: [{ citation: 'synthetic' }],
      verification: { checked: '2026-01-01', method: 'imported', confidence: 'low', notes: 'Synthetic.' },
    });
  }
  return records;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2]);
  if (!Number.isInteger(count) || count < 1) {
    process.stderr.write('usage: node scripts/generate-directory.mjs COUNT [SEED] > directory.json\n');
    process.exitCode = 2;
  } else {
    process.stdout.write(JSON.stringify(generateDirectory(count, Number(process.argv[3] ?? 1))));
  }
}
