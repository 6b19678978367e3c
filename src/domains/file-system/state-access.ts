import type { StateAccess } from '../../core/state-access.ts';
import { FileSystem } from './file-system.ts';
import type { FileInfo } from './types.ts';

/**
 * FileSystem's state by lock key: a path guards the file at that path (absent while there is none).
 * Backups are only read and written by `backup` and `rollback`, which no L5 or L6 section calls.
 *
 * The lazy purge that every method runs first scans every file without their locks. A batch purges
 * once before any op when some op will call a method (`batchOperations`), and an L6 call purges
 * before its items, at the call's timestamp; inside a batch no file can fall due at that same
 * timestamp (an add never expires, a copy keeps the live source's expiry, which is later), so each
 * op's purge finds nothing: on a thread it runs over the loaded paths and changes nothing.
 */
export const fileSystemState: StateAccess<FileSystem> = {
  create: () => new FileSystem(),
  read: (fs, key) => fs.files[key],
  write(fs, key, file) {
    if (file === undefined) delete fs.files[key];
    else fs.files[key] = file as FileInfo;
  },
};
