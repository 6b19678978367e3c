// Node 20 cannot start a worker on a `.ts` file, even with `--import tsx` (the entry starts loading
// before the hooks take effect). This plain-JS entry registers tsx in the worker first, then imports
// the bench worker named in `workerData.entry`.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
