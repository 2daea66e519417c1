import type { Directory } from '../model.js';

/** The flyer's own disclaimer, shown under every medical section (validation ensures it exists). */
export function disclaimerOf(directory: Directory): string {
  return (directory.sections.find((s) => s.id === 'disclaimer')?.blocks ?? []).map((b) => b.text).join(' ');
}
