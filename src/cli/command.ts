import type { CliIo } from './io.ts';

/** One `conclab` subcommand. */
export interface Command {
  readonly name: string;
  /** One line for `conclab --help`. */
  readonly summary: string;
  /** The full `--help` text. */
  readonly help: string;
  /** Run with the arguments after the command name; resolves to the exit code. */
  run(args: string[], io: CliIo): Promise<number>;
}
