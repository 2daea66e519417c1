// Kept apart from the import of HSDS files, which needs no UUIDs: loading
// uuid means loading Node's crypto module, milliseconds of every --data run.
import { v5 as uuidv5 } from 'uuid';

// A fixed namespace: the same record always gets the same UUIDs, export after export.
const NAMESPACE = uuidv5('https://lms.invalid/hsds', uuidv5.URL);

/** Deterministic UUID for one HSDS object, e.g. hsdsId('service', 'nci'). */
export function hsdsId(kind: string, ...key: string[]): string {
  return uuidv5(`${kind}:${key.join(':')}`, NAMESPACE);
}
