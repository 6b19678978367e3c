import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** What a finished process gave: its exit code and everything it printed. */
export interface ProcessResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Node with `args` in its own process, from `cwd`; a non-zero exit is a result, not a rejection. */
export async function runNode(args: readonly string[], cwd?: string): Promise<ProcessResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, [...args], { maxBuffer: 64 * 1024 * 1024, ...(cwd !== undefined && { cwd }) });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}
