import { FileSystem, fileSystemDescriptor } from '../../../src/domains/file-system/index.ts';
import { bound } from '../harness.ts';

export { lockedKeys, permitOwners } from '../harness.ts';

/** A file system bound to an event-loop engine on a virtual clock, with a tracer that records everything. */
export function boundFs() {
  const { system: fs, ...rest } = bound(new FileSystem());
  return { fs, ...rest };
}

/** The file system's public state as plain data, for before/after comparisons. */
export function stateOf(fs: FileSystem): unknown {
  return fileSystemDescriptor.state(fs);
}
