import { describe, expect, it } from 'vitest';
import { expiryOf, isAlive, remainingTtl } from '../../../src/lab/state/ttl.ts';
import { clock, expectInvalid } from './helpers.ts';

const temp = { upload_time: clock('10:00'), ttl: 600 };

describe('Exercise 3: TTL calculator', () => {
  it('gives the remaining TTL as a number: 600 − (10:03 − 10:00) = 420', () => {
    const remaining = remainingTtl(temp, clock('10:03'));
    expect(remaining).toBe(420);
    expect(typeof remaining).toBe('number');
  });

  it('gives the full TTL at upload, 0 at the expiry and a negative number after it', () => {
    expect(remainingTtl(temp, clock('10:00'))).toBe(600);
    expect(remainingTtl(temp, clock('10:10'))).toBe(0);
    expect(remainingTtl(temp, clock('10:11'))).toBe(-60);
  });

  it('computes the expiry as upload_time + ttl: 10:08 + 420 s = 10:15', () => {
    expect(expiryOf({ upload_time: clock('10:08'), ttl: 420 })).toBe(clock('10:15'));
  });

  it('is alive one second before the expiry and dead exactly at it (remaining > 0 is alive)', () => {
    expect(isAlive(temp, clock('10:10') - 1)).toBe(true);
    expect(isAlive(temp, clock('10:10'))).toBe(false);
  });

  it('checks a null TTL before any arithmetic: remaining and expiry are null, alive forever', () => {
    const forever = { upload_time: 0, ttl: null };
    expect(remainingTtl(forever, 10 ** 9)).toBeNull();
    expect(expiryOf(forever)).toBeNull();
    expect(isAlive(forever, 10 ** 9)).toBe(true);
  });

  it('refuses a time before the upload, a non-integer time and a malformed record', () => {
    expectInvalid(() => remainingTtl({ upload_time: 100, ttl: 60 }, 99), 'at');
    expectInvalid(() => isAlive(temp, 1.5), 'at');
    expectInvalid(() => expiryOf({ upload_time: 0, ttl: '420' as unknown as number }), 'ttl');
    expectInvalid(() => remainingTtl(null as unknown as typeof temp, 0), 'record');
  });
});
