import type { Lab } from './lab.ts';
import { stateLab } from './state-lab.ts';

/** Every lab, by name. */
export const labs: ReadonlyMap<string, Lab> = new Map([stateLab].map((lab) => [lab.name, lab]));
