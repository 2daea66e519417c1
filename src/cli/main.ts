// The process edge: the only code that touches process.* . Everything below it
// takes argv, environment and streams as values.
import { run } from './run.js';

// A reader that hangs up early (`lms resources | head -1`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

// Ctrl-C asks a long run (check-links) to stop and report what it has; the command decides how.
const interrupt = new AbortController();
process.once('SIGINT', () => interrupt.abort());

void run(process.argv.slice(2), {
  stdout: { isTTY: process.stdout.isTTY === true, columns: process.stdout.columns, write: (t) => process.stdout.write(t) },
  stderr: { isTTY: process.stderr.isTTY === true, write: (t) => process.stderr.write(t) },
  env: process.env,
  today: new Date().toISOString().slice(0, 10),
  signal: interrupt.signal,
}).then((code) => {
  process.exitCode = code;
  // A pending SIGINT listener would keep nothing alive, but a second Ctrl-C should kill at once.
  process.removeAllListeners('SIGINT');
});
