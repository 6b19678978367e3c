import { catalog } from '../../catalog.ts';
import { createEngine } from '../../engines/index.ts';
import type { Command } from '../command.ts';
import { parseCommandLine } from '../parse.ts';
import { UsageError } from '../usage-error.ts';

const help = `Usage: conclab tour

A short tour: each system's L5 batch and L6 rate-limited call on the event loop with real timers,
with what came back and how long it took against the theory.`;

export const tourCommand: Command = {
  name: 'tour',
  summary: 'each system\'s L5/L6 on the event loop, with a printed summary',
  help,
  async run(args, io) {
    const { values, positionals } = parseCommandLine(args, {});
    if (values.help) {
      io.out(help);
      return 0;
    }
    if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
    for (const descriptor of catalog.values()) {
      const system = descriptor.create();
      system.useEngine(createEngine('event-loop', { clock: 'real' }));
      io.out(`\n${descriptor.title} (${descriptor.name})`);
      for (const line of await descriptor.tour(system)) io.out(`  ${line}`);
    }
    return 0;
  },
};
