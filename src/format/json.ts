import { escapeJsonControls } from './neutralize.js';

/** Pretty JSON with a final newline: what `--json` prints. Every string is exact, and inert on a terminal. */
export function toJson(value: unknown): string {
  return `${escapeJsonControls(JSON.stringify(value, null, 2) ?? 'null')}\n`;
}

/** One compact JSON value per line. */
export function toNdjson(values: readonly unknown[]): string {
  return values.map((v) => `${escapeJsonControls(JSON.stringify(v))}\n`).join('');
}
