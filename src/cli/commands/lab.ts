import { labs } from '../../lab/registry.ts';
import type { Command } from '../command.ts';
import { engineOption, parseCommandLine, refuseExtraArguments, seedOption } from '../parse.ts';
import { UsageError } from '../usage-error.ts';

const help = (): string => `Usage: conclab lab <name> [--engine event-loop|workers] [--seed N] [--fix] [--json]

Run a lab: a pattern triggered on purpose and explained. Each lab finishes in seconds.

Labs:
${[...labs.values()].map((lab) => `  ${lab.name.padEnd(12)} ${lab.summary}`).join('\n')}

Options:
  --engine E   event-loop (default) or workers
  --seed N     seed of the lab's random choices (default 1)
  --fix        rerun with the fix applied (where the lab has one)
  --json       one JSON document on stdout
  -h, --help   show this help`;

export const labCommand: Command = {
  name: 'lab',
  summary: 'run a lab: deadlocks, orders, rate limits, state bugs',
  get help() {
    return help();
  },
  async run(args, io) {
    const { values, positionals } = parseCommandLine(args, {
      engine: { type: 'string' },
      seed: { type: 'string' },
      fix: { type: 'boolean' },
      json: { type: 'boolean' },
    });
    if (values.help) {
      io.out(help());
      return 0;
    }
    const [name] = positionals;
    if (name === undefined) throw new UsageError(`missing <name> (labs: ${[...labs.keys()].join(', ')})`);
    refuseExtraArguments(positionals, 1);
    const lab = labs.get(name);
    if (lab === undefined) throw new UsageError(`unknown lab '${name}' (labs: ${[...labs.keys()].join(', ')})`);
    const engine = engineOption(values.engine);
    if (!lab.engines.includes(engine)) throw new UsageError(`the ${name} lab does not run on ${engine}`);
    const seed = seedOption(values.seed);
    const run = await lab.run({ engine, seed, fix: values.fix === true });
    if (values.json) io.out(JSON.stringify(run.report));
    else for (const line of run.lines) io.out(line);
    return run.exitCode;
  },
};
