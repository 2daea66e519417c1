// Typed errors carry the exit code the CLI ends with; the library throws only these.

export const ExitCode = {
  ok: 0,
  /** A named lookup (section, resource) found nothing. */
  notFound: 1,
  /** A check found faults: an invalid data file, a broken link. */
  findings: 1,
  /** The command line, or a data file, is wrong. */
  usage: 2,
  /** Something lms needs is not there: no network for check-links (sysexits EX_UNAVAILABLE). */
  unavailable: 69,
  /** A bug in lms (sysexits EX_SOFTWARE). */
  internal: 70,
} as const;

// The CLI loads its commands as separate bundles, each with its own copy of
// these classes; a registered symbol lets `instanceof` recognise an error made
// by any copy.
const KINDS = Symbol.for('lms.error.kinds');

export class LmsError extends Error {
  private readonly [KINDS]: string[];

  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
    this.name = new.target.name;
    const kinds: string[] = [];
    for (let c: unknown = new.target; c instanceof Function && c !== Error; c = Object.getPrototypeOf(c)) kinds.push((c as { name: string }).name);
    this[KINDS] = kinds;
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && ((value as { [KINDS]?: string[] })[KINDS]?.includes(this.name) ?? false);
  }
}

/** A bad command line: unknown value, option or command. */
export class UsageError extends LmsError {
  constructor(message: string) {
    super(message, ExitCode.usage);
  }
}

/** A named section or resource does not exist; `candidates` are the closest names. */
export class NotFoundError extends LmsError {
  constructor(
    message: string,
    readonly candidates: string[],
  ) {
    super(message, ExitCode.notFound);
  }
}

/** Data that breaks its schema or refers to things that do not exist; one problem per entry. */
export class DataError extends LmsError {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'), ExitCode.usage);
  }
}
