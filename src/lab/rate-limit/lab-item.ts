/**
 * The rate-limit lab's own L6 item: a call to a remote service that accepts valid items only. Written
 * once as an op definition, module-level and `portable`, so the worker engine's threads import it too.
 */
import type { ExternalItemDefinition, Verdict } from '../../core/rate-limited.ts';
import type { StateAccess } from '../../core/state-access.ts';
import { epochNow } from '../epoch-now.ts';

/** One item of the lab's input. */
export interface LabItem {
  /** Its position in the input. */
  readonly id: number;
  /** Whether the local check lets it through (fail-fast) or the service accepts it (all-sleep). */
  readonly valid: boolean;
  /** How long its external step sleeps. */
  readonly stepMs: number;
}

/** When an external step ran, in wall-clock ms ({@link epochNow}: comparable across threads). */
export interface StepTimes {
  readonly start: number;
  readonly end: number;
}

/** An item's result: sent or rejected, and when its external step ran (`null`: it never took one). */
export interface LabItemResult {
  readonly status: 'sent' | 'rejected';
  readonly step: StepTimes | null;
}

/**
 * The lab's system: it keeps no state, because the lab studies time, not data. An object still, so
 * that engines have something to bind and threads something to create.
 */
export interface LabService {
  readonly kind: 'rate-limit-lab';
}

/** Nothing to share between threads: every key guards an empty partition. */
export const labServiceState: StateAccess<LabService> = {
  create: () => ({ kind: 'rate-limit-lab' }),
  read: () => undefined,
  write: () => undefined,
};

const PROCEED: Verdict<LabItemResult> = { proceed: true };
const REJECTED: Verdict<LabItemResult> = { proceed: false, result: { status: 'rejected', step: null } };

/**
 * The L6 item: the check is `valid`; the external step sleeps `stepMs` on the engine's clock; after
 * it, a valid item is sent and an invalid one (all-sleep learns only now) rejected.
 */
export const labItem: ExternalItemDefinition<LabService, LabItem, LabItemResult> = {
  portable: { module: import.meta.url, name: 'labItem', state: 'labServiceState' },
  // A lock per item, as a real check would lock the record it reads; free, so it costs no wait.
  keys: (item) => [`item ${item.id}`],
  before: (_service, item) => (item.valid ? PROCEED : REJECTED),
  // The tracer does not cross threads, so the step stamps its own start and end: on the worker engine
  // that is the only record of when permits were held.
  async external(_service, item, { clock }) {
    const start = epochNow();
    await clock.sleep(item.stepMs);
    return { start, end: epochNow() } satisfies StepTimes;
  },
  after: (_service, item, step) => ({ status: item.valid ? 'sent' : 'rejected', step: step as StepTimes }),
};
