import type { EngineName } from '../core/engine.ts';

/** What a lab is asked to do, from `conclab lab <name> …` or `labs/<name>.ts …`. */
export interface LabOptions {
  readonly engine: EngineName;
  readonly seed: number;
  /** Rerun the fixed pattern (the deadlock lab: sorted lock order). */
  readonly fix: boolean;
}

/** What a lab produced: one JSON document, the lines for a person, and the exit code. */
export interface LabRun {
  readonly report: unknown;
  readonly lines: readonly string[];
  /** 0, or the lab's own code (the deadlock lab exits with `DEADLOCK_EXIT_CODE` when it caught one). */
  readonly exitCode: number;
}

/** A lab: runs in seconds, on the engines it lists. */
export interface Lab {
  readonly name: string;
  readonly summary: string;
  readonly engines: readonly EngineName[];
  run(options: LabOptions): Promise<LabRun>;
}
