import type { SchemaError } from '../generated/validators.js';

/** "/3/phones/0/e164" → "[3].phones[0].e164": the path a person reads in a JSON file. */
function readablePath(instancePath: string): string {
  return instancePath
    .split('/')
    .slice(1)
    .map((part) => (/^\d+$/.test(part) ? `[${part}]` : `.${part.replace(/~1/g, '/').replace(/~0/g, '~')}`))
    .join('');
}

/** The schemas' patterns in words, with an example: a person fixing a file should not have to read a regular expression. */
const PATTERN_WORDS: Record<string, string> = {
  '\\S': 'must not be empty',
  '^[a-z0-9]+(-[a-z0-9]+)*$': 'must be lower-case letters, digits and single hyphens, like leeds-support-group',
  '^\\+[1-9][0-9]{4,14}$': 'must be the number in international form, a + and digits only, like +441134960000',
  '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$': 'must be a date like 2026-11-25',
  '^[0-9]{4}-[0-9]{2}-[0-9]{2}$': 'must be a date like 2026-11-25',
  '^[0-9]{4}-[0-9]{2}-[0-9]{2}': 'must start with a date like 2026-11-25',
  '^https?://[^\\s/$.?#][^\\s]*$': 'must be a web address starting with https:// or http://',
  '^[A-Z]{2}$': 'must be a two-letter country code in capitals, like GB',
};

function expectation(error: SchemaError): string {
  const p = error.params;
  switch (error.keyword) {
    case 'enum':
      return `must be one of: ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'additionalProperties':
      return `has an unknown field "${String(p.additionalProperty)}"`;
    case 'required':
      return `is missing the required field "${String(p.missingProperty)}"`;
    case 'pattern':
      return PATTERN_WORDS[String(p.pattern)] ?? `must match the pattern ${String(p.pattern)}`;
    default:
      return error.message ?? `fails the "${error.keyword}" rule`;
  }
}

/**
 * One line per schema error, naming the record (by index and id, when it has one)
 * and the field. `label` names the file or part of the data being checked.
 */
export function describeSchemaErrors(label: string, data: unknown, errors: readonly SchemaError[]): string[] {
  // oneOf/anyOf/if report a summary error on top of the detailed ones beneath it.
  const detailed = errors.filter((e) => !['oneOf', 'anyOf', 'if'].includes(e.keyword));
  const chosen = detailed.length > 0 ? detailed : errors;
  const lines = chosen.map((error) => {
    const record = recordLabel(data, error.instancePath);
    // Inside a record, the path starts after the record's own index.
    const path = readablePath(record ? error.instancePath.replace(/^\/\d+/, '') : error.instancePath).replace(/^\./, '');
    const subject = [record, path].filter(Boolean).join(': ') || 'the top level';
    return `${label}: ${subject} ${expectation(error)}`;
  });
  return [...new Set(lines)];
}

function recordLabel(data: unknown, instancePath: string): string {
  const index = /^\/(\d+)/.exec(instancePath)?.[1];
  if (!Array.isArray(data) || index === undefined) return '';
  const record: unknown = data[Number(index)];
  const id = record && typeof record === 'object' && 'id' in record ? (record as { id: unknown }).id : undefined;
  // Counted from 1, as a person counts the records in a file.
  const number = Number(index) + 1;
  return typeof id === 'string' ? `record ${number} ("${id}")` : `record ${number}`;
}
