import { Semaphore as Gate } from 'async-mutex';
import type { Clock } from '../../core/clock.ts';
import { promised } from '../../core/lock-table.ts';
import type { PermitOptions, Semaphore } from '../../core/semaphore.ts';
import type { Tracer } from '../../core/tracer.ts';
import { expectPositiveInteger } from '../../core/validate.ts';
import { boundedWait } from './bounded-wait.ts';

let nextId = 0;

/** A FIFO counting semaphore on async-mutex; a free permit is taken without yielding. */
export function createCountingSemaphore(permits: number, clock: Clock, tracer: Tracer): Semaphore {
  expectPositiveInteger(permits, 'maxConcurrent');
  const id = nextId++;
  const gate = new Gate(permits);
  let granted = 0;
  let peak = 0;

  const hold = <T>(owner: string, fn: () => T | Promise<T>): Promise<T> => {
    granted++;
    peak = Math.max(peak, permits - gate.getValue());
    tracer.record({ kind: 'permit-acquired', at: clock.now(), owner, semaphore: id });
    const release = (): void => {
      tracer.record({ kind: 'permit-released', at: clock.now(), owner, semaphore: id });
      gate.release();
    };
    return promised(fn).finally(release);
  };

  return {
    permits,
    get available() {
      return Math.max(0, gate.getValue());
    },
    get granted() {
      return granted;
    },
    get peak() {
      return peak;
    },
    withPermit<T>(fn: () => T | Promise<T>, options: PermitOptions = {}): Promise<T> {
      const owner = options.owner ?? 'anonymous';
      if (!gate.isLocked()) {
        void gate.acquire(); // granted synchronously: the permit is ours on return
        return hold(owner, fn);
      }
      tracer.record({ kind: 'permit-wait', at: clock.now(), owner, semaphore: id });
      let abandoned = false;
      const grant = gate.acquire().then(() => {
        if (abandoned) gate.release();
      });
      return boundedWait(grant, clock, options, () => ({ resource: `a permit of semaphore ${id}` }), () => {
        abandoned = true;
      }).then(() => hold(owner, fn));
    },
  };
}
