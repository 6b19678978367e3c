import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { formatStateLab, renderStateLab, runStateLab } from '../../../src/lab/state/index.ts';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../../', import.meta.url));

/** `labs/state.ts` in its own Node process, as `npx tsx labs/state.ts` starts it. */
async function lab(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'labs/state.ts', ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

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

  it('renders --json as one JSON document equal to the report', () => {
    expect(JSON.parse(renderStateLab(true))).toEqual(JSON.parse(JSON.stringify(runStateLab())));
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
