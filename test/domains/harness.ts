/** Generic test pieces shared by the per-system suites under `test/domains/`. */
import { expect } from 'vitest';
import { deepCopy, dict, type Dict } from '../../src/core/dict.ts';
import { InvalidInputError } from '../../src/core/errors.ts';
import { RecordingTracer } from '../../src/core/tracer.ts';
import type { Engine } from '../../src/core/engine.ts';
import { createEventLoopEngine, createVirtualClock, type VirtualClock } from '../../src/engines/event-loop/index.ts';

/** A system bound to an event-loop engine on a virtual clock, with a recording tracer. */
export function bound<S extends { useEngine(engine: Engine): unknown }>(system: S): { system: S; clock: VirtualClock; tracer: RecordingTracer; engine: Engine } {
  const clock = createVirtualClock();
  const tracer = new RecordingTracer();
  const engine = createEventLoopEngine({ clock, tracer });
  system.useEngine(engine);
  return { system, clock, tracer, engine };
}

/** The owners (`item N`) that took a permit, in order. */
export function permitOwners(tracer: RecordingTracer): string[] {
  return tracer.events.filter((event) => event.kind === 'permit-acquired').map((event) => event.owner);
}

/** The keys of every lock acquisition, in order (copies, so a test may sort them). */
export function lockedKeys(tracer: RecordingTracer): string[][] {
  return tracer.events.flatMap((event) => (event.kind === 'lock-acquired' ? [[...event.keys]] : []));
}

/** The most permits held at once, from the trace. */
export function peakPermits(tracer: RecordingTracer): number {
  let held = 0;
  let peak = 0;
  for (const event of tracer.events) {
    if (event.kind === 'permit-acquired') peak = Math.max(peak, ++held);
    if (event.kind === 'permit-released') held--;
  }
  return peak;
}

/** A null-prototype dict from a literal, to compare with state fields. */
export function d<T>(record: Record<string, T>): Dict<T> {
  return dict(Object.entries(record));
}

/** The error a bad-input call must raise: the offending field, and the op's index in a batch. */
export type Expected = { field: string; index?: number };

/**
 * A `rejects(run, expected)` check: call `run` on a fresh `seeded()` system and check it fails with an
 * `InvalidInputError` naming `expected`, and leaves `snapshot(system)` unchanged.
 */
export function rejecter<S>(seeded: () => S, snapshot: (system: S) => unknown): (run: (system: S) => unknown, expected: Expected) => Promise<void> {
  return async (run, expected) => {
    const system = seeded();
    const before = deepCopy(snapshot(system));
    let caught: unknown;
    try {
      await run(system);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidInputError);
    expect((caught as InvalidInputError).field).toBe(expected.field);
    expect((caught as InvalidInputError).index).toBe(expected.index);
    expect(snapshot(system)).toEqual(before);
  };
}

/** A deliberately mistyped call, as a JavaScript caller could make it. */
export function call(target: object, method: string, ...args: unknown[]): unknown {
  return (target as Record<string, (...a: unknown[]) => unknown>)[method]!.apply(target, args);
}
