import { catalog, enginesOf } from '../../catalog.ts';
import type { Command } from '../command.ts';
import { parseCommandLine, refuseExtraArguments } from '../parse.ts';

const help = `Usage: conclab domains [--json]

List the systems conclab implements, with their levels and the engines their L5/L6 run on.

Options:
  --json      one JSON document on stdout
  -h, --help  show this help`;

/** `L1–L6` for a contiguous run of levels, else the list. */
function levelRange(levels: readonly number[]): string {
  const first = levels[0];
  const last = levels.at(-1);
  if (first === undefined || last === undefined) return '';
  const contiguous = levels.every((level, i) => level === first + i);
  return contiguous ? `L${first}–L${last}` : levels.map((level) => `L${level}`).join(',');
}

export const domainsCommand: Command = {
  name: 'domains',
  summary: 'list the systems, their levels and engines',
  help,
  async run(args, io) {
    const { values, positionals } = parseCommandLine(args, { json: { type: 'boolean' } });
    if (values.help) {
      io.out(help);
      return 0;
    }
    refuseExtraArguments(positionals, 0);
    const rows = [...catalog.values()].map((d) => ({ name: d.name, title: d.title, levels: d.levels, engines: enginesOf(d.name) }));
    if (values.json) {
      io.out(JSON.stringify(rows));
      return 0;
    }
    const table = [['system', 'title', 'levels', 'engines'], ...rows.map((r) => [r.name, r.title, levelRange(r.levels), r.engines.join(', ')])];
    const widths = table[0]!.map((_, column) => Math.max(...table.map((row) => row[column]!.length)));
    for (const row of table) io.out(row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd());
    return 0;
  },
};
