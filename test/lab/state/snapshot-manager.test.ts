import { describe, expect, it } from 'vitest';
import { SnapshotManager } from '../../../src/lab/state/snapshot-manager.ts';

describe('Exercise 2: snapshot manager (deep copy, no TTL)', () => {
  it('restores exactly the keys and values there were at backup time', () => {
    const snapshots = new SnapshotManager<number>();
    snapshots.set('a', 1);
    snapshots.set('b', 2);
    expect(snapshots.backup('b1')).toBe(2);
    snapshots.set('a', 10);
    snapshots.delete('b');
    snapshots.set('c', 3);
    expect(snapshots.restore('b1')).toBe(true);
    expect(snapshots.data).toEqual({ a: 1, b: 2 });
  });

  it('copies on backup: changing a stored list in place afterwards does not reach the backup', () => {
    const snapshots = new SnapshotManager<string[]>();
    snapshots.set('cart', ['apple']);
    snapshots.backup('b1');
    snapshots.get('cart')!.push('pear');
    expect(snapshots.backupOf('b1')).toEqual({ cart: ['apple'] });
    snapshots.restore('b1');
    expect(snapshots.get('cart')).toEqual(['apple']);
  });

  it('copies on restore: changing a restored list in place does not reach the backup', () => {
    const snapshots = new SnapshotManager<{ tags: string[] }>();
    snapshots.set('doc', { tags: ['draft'] });
    snapshots.backup('b1');
    snapshots.restore('b1');
    snapshots.get('doc')!.tags.push('edited');
    snapshots.restore('b1');
    expect(snapshots.get('doc')).toEqual({ tags: ['draft'] });
  });

  it('keeps backups apart by id and restores the one named', () => {
    const snapshots = new SnapshotManager<number>();
    snapshots.set('n', 1);
    snapshots.backup('first');
    snapshots.set('n', 2);
    snapshots.backup('second');
    snapshots.restore('first');
    expect(snapshots.get('n')).toBe(1);
    snapshots.restore('second');
    expect(snapshots.get('n')).toBe(2);
    expect(snapshots.backupIds).toEqual(['first', 'second']);
  });

  it('hands out copies of a backup, so looking at one cannot change it', () => {
    const snapshots = new SnapshotManager<string[]>();
    snapshots.set('cart', ['apple']);
    snapshots.backup('b1');
    snapshots.backupOf('b1')!['cart']!.push('pear');
    expect(snapshots.backupOf('b1')).toEqual({ cart: ['apple'] });
  });
});
