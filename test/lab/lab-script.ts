import { fileURLToPath } from 'node:url';
import { runNode, type ProcessResult } from '../cli/node-process.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** `labs/<name>.ts` in its own Node process, as `npx tsx labs/<name>.ts` starts it from the project root. */
export function runLabScript(name: string, ...args: string[]): Promise<ProcessResult> {
  return runNode(['--import', 'tsx', `labs/${name}.ts`, ...args], root);
}
