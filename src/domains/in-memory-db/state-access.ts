import type { StateAccess } from '../../core/state-access.ts';
import { InMemoryDB } from './in-memory-db.ts';
import type { Cell } from './types.ts';

/** InMemDB's state by lock key: a top-level key guards its row (every field of it). */
export const inMemoryDbState: StateAccess<InMemoryDB> = {
  create: () => new InMemoryDB(),
  read: (db, key) => db.data[key],
  write(db, key, row) {
    if (row === undefined) delete db.data[key];
    else db.data[key] = row as Record<string, Cell>;
  },
};
