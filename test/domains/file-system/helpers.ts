import { RecordingTracer, type TraceEvent } from '../../../src/core/tracer.ts';
import { FileSystem, fileSystemDescriptor } from '../../../src/domains/file-system/index.ts';
import { createEventLoopEngine, createVirtualClock } from '../../../src/engines/event-loop/index.ts';

/** A file system bound to an event-loop engine on a virtual clock, with a tracer that records everything. */
export function boundFs() {
  const clock = createVirtualClock();
  const tracer = new RecordingTracer();
  const engine = createEventLoopEngine({ clock, tracer });
  const fs = new FileSystem().useEngine(engine);
  return { fs, clock, tracer, engine };
}

/** The file system's public state as plain data, for before/after comparisons. */
export function stateOf(fs: FileSystem): unknown {
  return fileSystemDescriptor.state(fs);
}

/** The owners (`item N`) that took a permit, in order. */
export function permitOwners(events: readonly TraceEvent[]): string[] {
  return events.filter((e) => e.kind === 'permit-acquired').map((e) => e.owner);
}

/** The keys of every lock acquisition, in order. */
export function lockedKeys(events: readonly TraceEvent[]): (readonly string[])[] {
  return events.flatMap((e) => (e.kind === 'lock-acquired' ? [e.keys] : []));
}
