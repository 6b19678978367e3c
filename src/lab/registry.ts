import { deadlockLab } from './deadlock/deadlock-lab.ts';
import type { Lab } from './lab.ts';
import { orderLab } from './order/lab.ts';
import { rateLimitLab } from './rate-limit/lab.ts';
import { stateLab } from './state/lab.ts';

/** Every lab, by name. */
export const labs: ReadonlyMap<string, Lab> = new Map([deadlockLab, orderLab, rateLimitLab, stateLab].map((lab) => [lab.name, lab]));
