import { catalog, enginesOf } from '../../catalog.ts';
import { Random } from '../../core/random.ts';
import { CLOCK_KINDS, createEngine, LOCK_MODES } from '../../engines/index.ts';
import type { Command } from '../command.ts';
import { choiceOption, engineOption, integerOption, parseCommandLine, refuseExtraArguments, seedOption } from '../parse.ts';
import { UsageError } from '../usage-error.ts';

const help = `Usage: conclab run <system> [--engine event-loop|workers] [--seed N] [--ops M] [--json]
                    [--clock virtual|real] [--threads N] [--lock-mode fifo|plain]

Build a seeded random L5 input for <system> (the same seed gives the same input), run it on an engine,
and print the results and the final state.

Options:
  --engine E      event-loop (default) or workers (real threads on shared memory)
  --seed N        seed of the random input (default 1)
  --ops M         size of the input (default 100)
  --json          one JSON document on stdout: system, engine, seed, ops, clock, input, results, state
  --clock C       event loop: virtual (default: exact and instant, so runs repeat exactly) or real;
                  worker threads always sleep in real time
  --threads N     workers: pool threads (default: the machine's parallelism)
  --lock-mode M   workers: fifo (default: ops on one key in input order, same results as the event
                  loop) or plain (compare-exchange locks, no order promise)
  -h, --help      show this help

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
      threads: { type: 'string' },
      'lock-mode': { type: 'string' },
      json: { type: 'boolean' },
    });
    if (values.help) {
      io.out(help);
      return 0;
    }
    const [name] = positionals;
    if (name === undefined) throw new UsageError('missing <system> (see conclab domains)');
    refuseExtraArguments(positionals, 1);
    const descriptor = catalog.get(name);
    if (descriptor === undefined) throw new UsageError(`unknown system '${name}' (see conclab domains)`);
    const engineName = engineOption(values.engine);
    if (!enginesOf(name).includes(engineName)) throw new UsageError(`engine '${engineName}' is not available for ${name} yet`);
    const seed = seedOption(values.seed);
    const ops = integerOption(values.ops, 'ops', 100, 1, 1_000_000);
    const onWorkers = engineName === 'workers';
    const clock = onWorkers ? 'real' : choiceOption(values.clock, 'clock', CLOCK_KINDS, 'virtual');
    if (!onWorkers && (values.threads !== undefined || values['lock-mode'] !== undefined)) {
      throw new UsageError('--threads and --lock-mode are options of --engine workers');
    }
    const threads = values.threads === undefined ? {} : { threads: integerOption(values.threads, 'threads', 1, 1, 64) };
    const lockMode = choiceOption(values['lock-mode'], 'lock mode', LOCK_MODES, 'fifo');

    const engine = createEngine(engineName, { clock, lockMode, ...threads });
    const system = descriptor.create();
    system.useEngine(engine);
    const { input, results } = await descriptor.runScenario(system, new Random(seed), ops).finally(() => engine.close?.());
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
