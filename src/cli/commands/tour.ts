import { catalog } from '../../catalog.ts';
import { Random } from '../../core/random.ts';
import { createEngine } from '../../engines/index.ts';
import type { Command } from '../command.ts';
import { parseCommandLine, refuseExtraArguments } from '../parse.ts';

const help = `Usage: conclab tour

A short tour: each system's L5 batch and L6 rate-limited call on the event loop with real timers,
with what came back and how long it took against the theory.`;

const COMPARED_OPS = 5_000;

/** Each threaded system's seeded batch on both engines: whether they agree, and how long each took. */
async function engineComparison(): Promise<string[]> {
  const workers = createEngine('workers', { clock: 'real' });
  try {
    const lines: string[] = [];
    for (const descriptor of [...catalog.values()].filter((d) => d.engines.includes('workers') && d.name !== 'task-queue')) {
      const runs = [];
      for (const engine of [createEngine('event-loop', { clock: 'virtual' }), workers]) {
        const system = descriptor.create();
        system.useEngine(engine);
        const started = performance.now();
        const { results } = await descriptor.runScenario(system, new Random(1), COMPARED_OPS);
        runs.push({ ms: performance.now() - started, outcome: JSON.stringify([results, descriptor.state(system)]) });
      }
      const [loop, threads] = runs as [(typeof runs)[number], (typeof runs)[number]];
      const same = loop.outcome === threads.outcome ? 'same results and state' : 'RESULTS DIFFER';
      lines.push(`${descriptor.name}: ${COMPARED_OPS} ops, event loop ${loop.ms.toFixed(0)} ms, workers ${threads.ms.toFixed(0)} ms (×${(threads.ms / loop.ms).toFixed(1)}): ${same}`);
    }
    return lines;
  } finally {
    await workers.close?.();
  }
}

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
    refuseExtraArguments(positionals, 0);
    for (const descriptor of catalog.values()) {
      const system = descriptor.create();
      system.useEngine(createEngine('event-loop', { clock: 'real' }));
      io.out(`\n${descriptor.title} (${descriptor.name})`);
      for (const line of await descriptor.tour(system)) io.out(`  ${line}`);
    }
    io.out('\nOne seeded L5 batch per system, on the event loop and on worker threads (fifo locks):');
    for (const line of await engineComparison()) io.out(`  ${line}`);
    return 0;
  },
};
