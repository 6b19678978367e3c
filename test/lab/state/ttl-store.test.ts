import { describe, expect, it } from 'vitest';
import { expiryOf } from '../../../src/lab/state/ttl.ts';
import { TtlStore } from '../../../src/lab/state/ttl-store.ts';
import { clock } from './helpers.ts';

/** PS-07's example up to the backup: "temp" set at 10:00 for 600 s, backed up as "snap1" at 10:03. */
function backedUp(): TtlStore<string> {
  const store = new TtlStore<string>();
  store.set(clock('10:00'), 'temp', 'v', 600);
  store.backup(clock('10:03'), 'snap1');
  return store;
}

describe('Exercise 2B: backup/restore with remaining TTL', () => {
  it('stores the remaining TTL at backup: 600 − 180 = 420 s, not the 10:10 expiry', () => {
    expect(backedUp().backupOf('snap1')).toEqual({ temp: { value: 'v', remaining_ttl: 420 } });
  });

  it('restores at 10:08 with upload_time 10:08 and ttl 420, so the new expiry is 10:15', () => {
    const store = backedUp();
    expect(store.restore(clock('10:08'), 'snap1')).toBe(true);
    const temp = store.data['temp']!;
    expect(temp).toEqual({ value: 'v', upload_time: clock('10:08'), ttl: 420 });
    expect(expiryOf(temp)).toBe(clock('10:15'));
  });

  it('keeps the restored item alive past the old 10:10 expiry, until just before 10:15', () => {
    const store = backedUp();
    store.restore(clock('10:08'), 'snap1');
    expect(store.get(clock('10:10'), 'temp')).toBe('v');
    expect(store.get(clock('10:15') - 1, 'temp')).toBe('v');
    expect(store.get(clock('10:15'), 'temp')).toBeNull();
  });

  it('drops the item from a backup taken at 10:10 or later (remaining ≤ 0)', () => {
    const store = new TtlStore<string>();
    store.set(clock('10:00'), 'temp', 'v', 600);
    expect(store.backup(clock('10:10'), 'at-expiry')).toBe(0);
    expect(store.backup(clock('10:11'), 'after')).toBe(0);
    expect(store.backupOf('at-expiry')).toEqual({});
    expect(store.backupOf('after')).toEqual({});
  });

  it('keeps an item backed up one second before its expiry, with 1 s left', () => {
    const store = new TtlStore<string>();
    store.set(clock('10:00'), 'temp', 'v', 600);
    store.backup(clock('10:10') - 1, 'last-second');
    expect(store.backupOf('last-second')).toEqual({ temp: { value: 'v', remaining_ttl: 1 } });
  });

  it('keeps a null TTL as null through backup and restore: the item never expires', () => {
    const store = new TtlStore<string>();
    store.set(clock('10:00'), 'config', 'on', null);
    store.backup(clock('10:03'), 'snap1');
    expect(store.backupOf('snap1')).toEqual({ config: { value: 'on', remaining_ttl: null } });
    store.restore(clock('10:08'), 'snap1');
    expect(store.data['config']).toEqual({ value: 'on', upload_time: clock('10:08'), ttl: null });
    expect(store.get(1_000_000, 'config')).toBe('on');
  });

  it('drops only the dead items from a backup, keeping the alive ones beside them', () => {
    const store = new TtlStore<string>();
    store.set(0, 'short', 's', 60);
    store.set(0, 'long', 'l', 600);
    store.set(0, 'forever', 'f');
    expect(store.backup(120, 'b1')).toBe(2);
    expect(Object.keys(store.backupOf('b1')!)).toEqual(['long', 'forever']);
  });

  it('replaces the whole store on restore: keys set after the backup are gone, overwritten keys revert', () => {
    const store = backedUp();
    store.set(clock('10:05'), 'temp', 'changed', 30);
    store.set(clock('10:05'), 'new', 'n');
    store.restore(clock('10:08'), 'snap1');
    expect(store.data).toEqual({ temp: { value: 'v', upload_time: clock('10:08'), ttl: 420 } });
  });

  it('stores no absolute time: the same backup restored later expires later (restore time + 420)', () => {
    const store = backedUp();
    store.restore(clock('10:08'), 'snap1');
    expect(expiryOf(store.data['temp']!)).toBe(clock('10:15'));
    store.restore(clock('11:00'), 'snap1');
    expect(expiryOf(store.data['temp']!)).toBe(clock('11:07'));
  });
});
