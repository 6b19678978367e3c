import { describe, expect, it } from 'vitest';
import { deepCopy } from '../../../src/core/dict.ts';
import { RollbackEngine } from '../../../src/lab/state/rollback-engine.ts';
import { expiryOf } from '../../../src/lab/state/ttl.ts';
import { expectInvalid } from './helpers.ts';

describe('Exercise 4: rollback engine', () => {
  it('removes the files uploaded AFTER the rollback point and keeps the older ones', () => {
    const engine = new RollbackEngine<string>();
    engine.upload(0, 'old.txt', 'o');
    engine.upload(300, 'new.txt', 'n');
    engine.rollback(400, 120);
    expect(Object.keys(engine.files)).toEqual(['old.txt']);
  });

  it('keeps a file uploaded exactly at the rollback point, with its whole TTL', () => {
    const engine = new RollbackEngine<string>();
    engine.upload(120, 'edge.txt', 'e', 600);
    expect(engine.rollback(400, 120).kept).toEqual(['edge.txt']);
    expect(engine.files['edge.txt']).toEqual({ value: 'e', upload_time: 400, ttl: 600 });
  });

  it('recalculates a kept TTL as original − (rollback − upload), running from the rollback call', () => {
    const engine = new RollbackEngine<string>();
    engine.upload(0, 'a.txt', 'A', 600);
    engine.rollback(400, 120);
    const file = engine.files['a.txt']!;
    expect(file).toEqual({ value: 'A', upload_time: 400, ttl: 480 });
    expect(expiryOf(file)).toBe(880);
    expect(engine.get(879, 'a.txt')).toBe('A');
    expect(engine.get(880, 'a.txt')).toBeNull();
  });

  it('keeps a null TTL as null (no arithmetic on it) and the file never expires', () => {
    const engine = new RollbackEngine<string>();
    engine.upload(0, 'keep.txt', 'k', null);
    engine.rollback(400, 120);
    expect(engine.files['keep.txt']).toEqual({ value: 'k', upload_time: 400, ttl: null });
    expect(engine.get(10 ** 9, 'keep.txt')).toBe('k');
  });

  it('drops a file whose TTL had run out at the rollback point (remaining ≤ 0), exactly at expiry too', () => {
    const engine = new RollbackEngine<string>();
    engine.upload(0, 'gone.txt', 'g', 100);
    engine.upload(20, 'edge.txt', 'e', 100);
    engine.upload(30, 'alive.txt', 'a', 100);
    expect(engine.rollback(400, 120)).toEqual({ removed: [], expired: ['gone.txt', 'edge.txt'], kept: ['alive.txt'] });
    expect(engine.files).toEqual({ 'alive.txt': { value: 'a', upload_time: 400, ttl: 10 } });
  });

  it('handles removed and kept files side by side without reading a removed one, reporting each in store order', () => {
    const engine = new RollbackEngine<string>();
    engine.upload(0, 'a.txt', 'A', 600);
    engine.upload(300, 'b.txt', 'B', 600);
    engine.upload(50, 'c.txt', 'C', null);
    engine.upload(200, 'd.txt', 'D', null);
    expect(engine.rollback(400, 120)).toEqual({ removed: ['b.txt', 'd.txt'], expired: [], kept: ['a.txt', 'c.txt'] });
    expect(Object.keys(engine.files)).toEqual(['a.txt', 'c.txt']);
  });

  it('refuses a rollback point after the current time, changing nothing; a rollback to now keeps each expiry', () => {
    const engine = new RollbackEngine<string>();
    engine.upload(0, 'a.txt', 'A', 600);
    const before = deepCopy(engine.files);
    expectInvalid(() => engine.rollback(100, 101), 'rollbackTime');
    expect(engine.files).toEqual(before);
    engine.rollback(100, 100);
    expect(expiryOf(engine.files['a.txt']!)).toBe(600);
  });
});
