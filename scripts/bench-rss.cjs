// Preloaded by scripts/bench.mjs in its memory runs: records the process's peak
// resident memory (KiB) in the file LMS_BENCH_RSS names, when it exits.
const { writeFileSync } = require('node:fs');

process.on('exit', () => {
  writeFileSync(process.env.LMS_BENCH_RSS, String(process.resourceUsage().maxRSS));
});
