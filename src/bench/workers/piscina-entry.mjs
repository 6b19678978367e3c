// The piscina worker file of the bench's bare pools. Node 20 cannot load a TypeScript file in a worker,
// so this plain-JS entry registers tsx first and re-exports the TypeScript tasks by name.
import { register } from 'tsx/esm/api';

register();
const tasks = await import('./piscina-tasks.ts');

export const sleepTask = tasks.sleepTask;
export const spinOne = tasks.spinOne;
export const spinChunk = tasks.spinChunk;
export default tasks.sleepTask;
