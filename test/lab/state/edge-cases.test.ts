import { describe, expect, it } from 'vitest';
import { deepCopy } from '../../../src/core/dict.ts';
import { RollbackEngine } from '../../../src/lab/state/rollback-engine.ts';
import { SnapshotManager } from '../../../src/lab/state/snapshot-manager.ts';
import { TtlStore } from '../../../src/lab/state/ttl-store.ts';
import { clock } from './helpers.ts';

describe('Exercise 5: edge cases', () => {
  it('returns false for an unknown backup id and leaves the store untouched', () => {
    const store = new TtlStore<string>();
    store.set(0, 'temp', 'v', 600);
    store.backup(180, 'snap1');
    const before = deepCopy(store.data);
    expect(store.restore(480, 'snap2')).toBe(false);
    expect(store.data).toEqual(before);
    const snapshots = new SnapshotManager<number>();
    snapshots.set('a', 1);
    expect(snapshots.restore('nope')).toBe(false);
    expect(snapshots.data).toEqual({ a: 1 });
  });

  it('backs up an empty store as a real, empty backup that restores to an empty store', () => {
    const store = new TtlStore<string>();
    expect(store.backup(0, 'empty')).toBe(0);
    expect(store.backupOf('empty')).toEqual({});
    store.set(10, 'temp', 'v', 600);
    expect(store.restore(20, 'empty')).toBe(true);
    expect(store.data).toEqual({});
  });

  it('treats a TTL exactly at its boundary as dead everywhere: get, backup and rollback agree', () => {
    const store = new TtlStore<string>();
    store.set(clock('10:00'), 'temp', 'v', 600);
    expect(store.get(clock('10:10'), 'temp')).toBeNull();
    expect(store.backup(clock('10:10'), 'b')).toBe(0);
    const engine = new RollbackEngine<string>();
    engine.upload(clock('10:00'), 'temp', 'v', 600);
    expect(engine.rollback(clock('10:20'), clock('10:10')).expired).toEqual(['temp']);
  });

  it('keeps the backup as it was when the store changes after the backup and after the restore', () => {
    const store = new TtlStore<{ tags: string[] }>();
    store.set(0, 'doc', { tags: ['draft'] }, 600);
    store.backup(180, 'b1');
    store.data['doc']!.value.tags.push('after-backup');
    store.set(200, 'other', { tags: [] });
    expect(store.backupOf('b1')).toEqual({ doc: { value: { tags: ['draft'] }, remaining_ttl: 420 } });
    store.restore(480, 'b1');
    store.data['doc']!.value.tags.push('after-restore');
    store.data['doc']!.ttl = 1;
    expect(store.backupOf('b1')).toEqual({ doc: { value: { tags: ['draft'] }, remaining_ttl: 420 } });
  });
});
