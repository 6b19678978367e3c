import { catalog, enginesOf } from '../../catalog.ts';
import { ENGINE_NAMES } from '../../core/engine.ts';
import { Random } from '../../core/random.ts';
import { CLOCK_KINDS, createEngine } from '../../engines/index.ts';
import type { Command } from '../command.ts';
import { choiceOption, integerOption, parseCommandLine } from '../parse.ts';
import { UsageError } from '../usage-error.ts';

const help = `Usage: conclab run <system> [--engine event-loop] [--seed N] [--ops M] [--clock virtual|real] [--json]

Build a seeded random L5 input for <system> (the same seed gives the same input), run it on an engine,
and print the results and the final state.

Options:
  --engine E   event-loop (default)
  --seed N     seed of the random input (default 1)
  --ops M      size of the input (default 100)
  --clock C    virtual (default: exact and instant, so runs repeat exactly) or real (wall-time sleeps)
  --json       one JSON document on stdout: system, engine, seed, ops, clock, input, results, state
  -h, --help   show this help

Systems: ${[...catalog.keys()].join(', ')}`;

export const runCommand: Command = {
  name: 'run',
  summary: 'run a seeded random L5 batch of a system on an engine',
  help,
  async run(args, io) {
    const { values, positionals } = parseCommandLine(args, {
      engine: { type: 'string' },
      seed: { type: 'string' },
      ops: { type: 'string' },
      clock: { type: 'string' },
      json: { type: 'boolean' },
    });
    if (values.help) {
      io.out(help);
      return 0;
    }
    const [name, extra] = positionals;
    if (name === undefined) throw new UsageError('missing <system> (see conclab domains)');
    if (extra !== undefined) throw new UsageError(`unexpected argument '${extra}'`);
    const descriptor = catalog.get(name);
    if (descriptor === undefined) throw new UsageError(`unknown system '${name}' (see conclab domains)`);
    const engineName = choiceOption(values.engine, 'engine', ENGINE_NAMES, 'event-loop');
    if (!enginesOf(name).includes(engineName)) throw new UsageError(`engine '${engineName}' is not available for ${name} yet`);
    const seed = integerOption(values.seed, 'seed', 1, 0, 2 ** 32 - 1);
    const ops = integerOption(values.ops, 'ops', 100, 1, 1_000_000);
    const clock = choiceOption(values.clock, 'clock', CLOCK_KINDS, 'virtual');

    const system = descriptor.create();
    system.useEngine(createEngine(engineName, { clock }));
    const { input, results } = await descriptor.runScenario(system, new Random(seed), ops);
    const report = { system: name, engine: engineName, seed, ops, clock, input, results, state: descriptor.state(system) };
    if (values.json) {
      io.out(JSON.stringify(report));
      return 0;
    }
    const shown = Array.isArray(results) ? results.slice(0, 12) : results;
    io.out(`${descriptor.title} on ${engineName}, seed ${seed}, ${ops} ops (${clock} clock)`);
    io.out(`results${Array.isArray(results) ? ` (first ${Math.min(12, results.length)} of ${results.length})` : ''}: ${JSON.stringify(shown)}`);
    const state = JSON.stringify(report.state);
    io.out(`final state: ${state.length > 600 ? `${state.slice(0, 600)}… (${state.length} chars; --json prints it all)` : state}`);
    return 0;
  },
};
