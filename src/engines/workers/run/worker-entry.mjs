// The piscina pool's worker file. Node 20 cannot load a TypeScript entry in a worker, even with
// `--import tsx` (the entry starts loading before the hooks take effect), so this plain-JS entry
// registers tsx first and hands every task to the TypeScript handler.
import { register } from 'tsx/esm/api';

register();
const { runTask } = await import('./worker-task.ts');

export default runTask;
