import { describe, expect, it } from 'vitest';
import { traceTtlStore } from '../../../src/lab/state/hand-trace.ts';
import { clock } from './helpers.ts';

describe('Exercise 1: trace before code', () => {
  it('matches the state written out by hand after every call of the 10:00 / 10:03 / 10:08 example', () => {
    const rows = traceTtlStore([
      { call: 'set', args: [clock('10:00'), 'temp', 'v', 600] },
      { call: 'set', args: [clock('10:00'), 'config', 'on', null] },
      { call: 'backup', args: [clock('10:03'), 'snap1'] },
      { call: 'set', args: [clock('10:05'), 'late', 'x', 60] },
      { call: 'restore', args: [clock('10:08'), 'snap1'] },
      { call: 'get', args: [clock('10:14'), 'temp'] },
      { call: 'get', args: [clock('10:15'), 'temp'] },
    ]);
    const temp0 = { value: 'v', upload_time: 0, ttl: 600 };
    const config0 = { value: 'on', upload_time: 0, ttl: null };
    const snap1 = { temp: { value: 'v', remaining_ttl: 420 }, config: { value: 'on', remaining_ttl: null } };
    const restored = { temp: { value: 'v', upload_time: 480, ttl: 420 }, config: { value: 'on', upload_time: 480, ttl: null } };
    expect(rows).toEqual([
      { call: 'set(0, "temp", "v", 600)', result: undefined, data: { temp: temp0 }, backups: {} },
      { call: 'set(0, "config", "on", null)', result: undefined, data: { temp: temp0, config: config0 }, backups: {} },
      { call: 'backup(180, "snap1")', result: 2, data: { temp: temp0, config: config0 }, backups: { snap1 } },
      {
        call: 'set(300, "late", "x", 60)',
        result: undefined,
        data: { temp: temp0, config: config0, late: { value: 'x', upload_time: 300, ttl: 60 } },
        backups: { snap1 },
      },
      { call: 'restore(480, "snap1")', result: true, data: restored, backups: { snap1 } },
      { call: 'get(840, "temp")', result: 'v', data: restored, backups: { snap1 } },
      { call: 'get(900, "temp")', result: null, data: restored, backups: { snap1 } },
    ]);
  });
});
