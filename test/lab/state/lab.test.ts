import { describe, expect, it } from 'vitest';
import { formatStateLab, runStateLab } from '../../../src/lab/state/index.ts';
import { runCli } from '../../cli/capture.ts';
import { runLabScript } from '../lab-script.ts';

const lab = (...args: string[]) => runLabScript('state', ...args);

describe('the state lab report', () => {
  it('runs the five patterns of PS-07 in table order and shows every bug', () => {
    const report = runStateLab();
    expect(report.patterns.map((p) => p.pattern)).toEqual(['Condition logic', 'Control flow', 'Deep copy', 'TTL recalculation', 'None checks']);
    expect(report.allBugsShown).toBe(true);
  });

  it('is plain JSON data: it survives a JSON round trip unchanged', () => {
    const report = runStateLab();
    expect(JSON.parse(JSON.stringify(report))).toStrictEqual(report);
  });

  it('formats a table of pattern, buggy outcome, correct outcome and verdict, one row per pattern', () => {
    const lines = formatStateLab(runStateLab());
    const header = lines.findIndex((line) => line.startsWith('pattern'));
    expect(lines[header]!.split('|').map((cell) => cell.trim())).toEqual(['pattern', 'buggy outcome', 'correct outcome', 'verdict']);
    const rows = lines.slice(header + 2, header + 7);
    expect(rows.every((row) => row.endsWith('| bug shown'))).toBe(true);
    expect(lines.at(-1)).toBe('5/5 bugs shown');
  });

  it('renders --json as one JSON document equal to the report', async () => {
    expect(JSON.parse((await runCli('lab', 'state', '--json')).out)).toEqual(JSON.parse(JSON.stringify(runStateLab())));
  });

  it('prints one JSON document with `labs/state.ts --json` and exits 0', async () => {
    const { code, stdout } = await lab('--json');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { lab: string; patterns: unknown[]; allBugsShown: boolean };
    expect(report).toMatchObject({ lab: 'state', allBugsShown: true });
    expect(report.patterns).toHaveLength(5);
  });

  it('prints the table without --json and refuses an unknown argument with exit code 2', async () => {
    const table = await lab();
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('| bug shown');
    const wrong = await lab('--yaml');
    expect(wrong.code).toBe(2);
    expect(wrong.stdout).toBe('');
    expect(wrong.stderr).toContain("Unknown option '--yaml'");
  });
});
