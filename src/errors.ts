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

export class LmsError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
    this.name = new.target.name;
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
