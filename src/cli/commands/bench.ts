import type { BenchSuite } from '../../bench/suite.ts';
import { runBench } from '../../bench/run-bench.ts';
import { sizeFromFlags } from '../../bench/size-flags.ts';
import type { Command } from '../command.ts';
import { parseCommandLine } from '../parse.ts';
import { UsageError } from '../usage-error.ts';

const help = `Usage: conclab bench [suite…] [--quick | --smoke] [--json] [--out DIR]

Run the lab's benchmark questions, each one's alternatives side by side on both engines, and print a
table per suite with ratios (to each group's baseline and to theory). Progress goes to stderr.
Writes DIR/bench.json (every row) and DIR/index.html (one self-contained page of charts).

Options:
  --quick      fewer sizes and samples, under two minutes for all suites (npm start)
  --smoke      every suite at its smallest: checks the whole pipeline (runs, tables, report) in
               seconds; its numbers mean little
  --json       one JSON document on stdout (every row), instead of the tables
  --out DIR    where to write the reports (default: reports)
  -h, --help   show this help`;

/** The suites, loaded only when benchmarking: they pull in piscina, tinybench and every peer library. */
async function loadSuites(): Promise<readonly BenchSuite[]> {
  return (await import('../../../bench/suites.ts')).suites;
}

const listing = (suites: readonly BenchSuite[]): string => `Suites (all by default):\n${suites.map((s) => `  ${s.name.padEnd(24)} ${s.question}`).join('\n')}`;

export const benchCommand: Command = {
  name: 'bench',
  summary: 'benchmark the lab\'s questions on both engines, with reports/index.html',
  help,
  async run(args, io) {
    const { values, positionals } = parseCommandLine(args, { quick: { type: 'boolean' }, smoke: { type: 'boolean' }, json: { type: 'boolean' }, out: { type: 'string' } });
    const suites = await loadSuites();
    if (values.help) {
      io.out(`${help}\n\n${listing(suites)}`);
      return 0;
    }
    const size = sizeFromFlags(values);
    const unknown = positionals.find((name) => !suites.some((s) => s.name === name));
    if (unknown !== undefined) throw new UsageError(`unknown suite '${unknown}' (suites: ${suites.map((s) => s.name).join(', ')})`);
    const chosen = positionals.length === 0 ? suites : suites.filter((s) => positionals.includes(s.name));
    await runBench(chosen, { size, json: values.json === true, out: values.out ?? 'reports' }, io);
    return 0;
  },
};
