import { processIo } from './io.ts';
import { main } from './main.ts';

/** What `labs/<name>.ts` runs: `conclab lab <name>` with the script's arguments. */
export async function runLabScript(name: string): Promise<void> {
  process.exitCode = await main(['lab', name, ...process.argv.slice(2)], processIo);
}
