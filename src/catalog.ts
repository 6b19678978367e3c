/**
 * Every system conclab implements, with what the CLI and the tour need of it. The public registry of
 * classes is `src/domains/index.ts`; this adds the descriptors beside it.
 */
import type { DomainDescriptor } from './core/domain.ts';
import { bankDescriptor } from './domains/bank/descriptor.ts';
import { inMemoryDbDescriptor } from './domains/in-memory-db/descriptor.ts';
import { taskQueueDescriptor } from './domains/task-queue/descriptor.ts';

export const catalog: ReadonlyMap<string, DomainDescriptor> = new Map(
  [bankDescriptor, inMemoryDbDescriptor, taskQueueDescriptor].map((d) => [d.name, d]),
);

/** The engines each system runs its L5/L6 on. */
export const enginesOf = (_name: string): readonly string[] => ['event-loop'];
