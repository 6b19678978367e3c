import type { Command } from './command.ts';
import { benchCommand } from './commands/bench.ts';
import { domainsCommand } from './commands/domains.ts';
import { labCommand } from './commands/lab.ts';
import { runCommand } from './commands/run.ts';
import { tourCommand } from './commands/tour.ts';
import type { CliIo } from './io.ts';
import { EXIT, UsageError } from './usage-error.ts';

const commands: readonly Command[] = [domainsCommand, runCommand, labCommand, tourCommand, benchCommand];

function usage(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'Usage: conclab <command> [options]',
    '',
    'conclab: the field manual\'s in-memory systems through six levels, on the event loop and on worker threads.',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run conclab <command> --help for its options.',
  ].join('\n');
}

/** Run the `conclab` command line; resolves to the process exit code. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = commands.find((c) => c.name === name);
  try {
    if (command === undefined) throw new UsageError(`unknown command '${name}' (see conclab --help)`);
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`conclab: ${error.message}`);
      return EXIT.usage;
    }
    io.err(`conclab: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
    return EXIT.failure;
  }
}
