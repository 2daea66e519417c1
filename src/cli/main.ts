// The process edge: the only code that touches process.* . Everything below it
// takes argv, environment and streams as values.
import { run } from './run.js';

// A reader that hangs up early (`lms resources | head -1`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

process.exitCode = run(process.argv.slice(2), {
  stdout: { isTTY: process.stdout.isTTY === true, columns: process.stdout.columns, write: (t) => process.stdout.write(t) },
  stderr: { write: (t) => process.stderr.write(t) },
  env: process.env,
});
