import type { Engine, EngineName } from './engine.ts';
import type { Random } from './random.ts';

/** A system whose L5/L6 can be bound to an engine. */
export interface EngineBound {
  useEngine(engine: Engine): unknown;
}

/** A seeded L5 run of a system: what went in, what came out. */
export interface ScenarioRun {
  /** The L5 input (a batch of ops, or for a worker pool its task list and worker count). */
  readonly input: unknown;
  /** The L5 result, in the system's own shape. */
  readonly results: unknown;
}

/**
 * What the CLI, the tour and the benchmarks need to know of a system, beside its class: how to build a
 * seeded random L5 run, and how to show its state. Each domain folder exports one.
 */
export interface DomainDescriptor<S extends EngineBound = any> {
  /** The spec file's name: `bank`, `in-memory-db`, `task-queue`. */
  readonly name: string;
  /** The manual's name for it: `Bank`. */
  readonly title: string;
  readonly levels: readonly number[];
  /** The engines its L5/L6 run on: `workers` once its definitions are portable and its state has a `StateAccess`. */
  readonly engines: readonly EngineName[];
  /** A fresh system (its constructor with the spec's arguments). */
  create(): S;
  /** Seed the system with L1–L4 calls, then run one random L5 input of about `size` ops on it. */
  runScenario(system: S, random: Random, size: number): Promise<ScenarioRun>;
  /**
   * Seed the system, then make one random L6 call of about `size` items (valid and invalid mixed, a
   * random `maxConcurrent`); callbacks, where the call takes one, are deterministic and may throw.
   */
  runExternalScenario?(system: S, random: Random, size: number): Promise<ScenarioRun>;
  /** Show the L5 and L6 patterns at work on a small input, as lines for a person. */
  tour(system: S): Promise<string[]>;
  /** The system's state as plain JSON data. */
  state(system: S): unknown;
}
