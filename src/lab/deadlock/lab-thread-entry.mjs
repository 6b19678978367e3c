// A lab thread's entry. Node 20 cannot load a TypeScript entry in a worker, even with `--import tsx`
// (the entry starts loading before the hooks take effect), so this plain-JS entry registers tsx first.
import { register } from 'tsx/esm/api';

register();
await import('./lab-thread.ts');
