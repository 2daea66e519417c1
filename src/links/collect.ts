import type { Resource } from '../model.js';

export interface LinkUse {
  url: string;
  /** Where it appears: "nci websites[0]", "cancerbackup successor.url", "nci sources[2]". */
  usedBy: string[];
}

/** Every web address in the records, once each, with where it is used. */
export function collectLinks(resources: readonly Resource[]): LinkUse[] {
  const byUrl = new Map<string, string[]>();
  const add = (url: string | undefined, where: string) => {
    if (url === undefined) return;
    const uses = byUrl.get(url) ?? [];
    uses.push(where);
    byUrl.set(url, uses);
  };
  for (const r of resources) {
    r.websites.forEach((w, i) => add(w.url, `${r.id} websites[${i}]`));
    add(r.successor?.url, `${r.id} successor.url`);
    r.sources.forEach((s, i) => add(s.url, `${r.id} sources[${i}]`));
    r.standing.forEach((s, i) => add(s.source, `${r.id} standing[${i}].source`));
  }
  return [...byUrl].map(([url, usedBy]) => ({ url, usedBy }));
}
