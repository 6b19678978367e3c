import { describe, expect, it } from 'vitest';
import { FileSystem } from '../../../src/domains/file-system/index.ts';

describe('FileSystem L4: copy', () => {
  it('copies size and remaining TTL: /b.txt also expires at 8000, /a.txt unchanged', () => {
    const fs = new FileSystem();
    fs.addFileWithTtl(0, '/a.txt', 100, 8000);
    expect(fs.copyFile(5000, '/a.txt', '/b.txt')).toBe(true);
    expect(fs.files).toEqual({
      '/a.txt': { size_kb: 100, expires_at: 8000 },
      '/b.txt': { size_kb: 100, expires_at: 8000 },
    });
  });

  it('overwrites the destination, TTL included: /b becomes {10, null}', () => {
    const fs = new FileSystem();
    fs.addFile(0, '/a', 10);
    fs.addFileWithTtl(0, '/b', 99, 100);
    expect(fs.copyFile(1, '/a', '/b')).toBe(true);
    expect(fs.files['/b']).toEqual({ size_kb: 10, expires_at: null });
  });

  it('fails for a missing source', () => {
    const fs = new FileSystem();
    fs.addFile(0, '/a', 10);
    expect(fs.copyFile(1, '/zz', '/a')).toBe(false);
    expect(fs.files).toEqual({ '/a': { size_kb: 10, expires_at: null } });
  });

  it('copies a file onto itself as true, with no change', () => {
    const fs = new FileSystem();
    fs.addFile(0, '/a', 10);
    expect(fs.copyFile(1, '/a', '/a')).toBe(true);
    expect(fs.files).toEqual({ '/a': { size_kb: 10, expires_at: null } });
  });

  it('keeps an overwritten destination in its place and appends a new one', () => {
    const fs = new FileSystem();
    fs.addFile(0, '/b', 1);
    fs.addFile(0, '/a', 2);
    fs.copyFile(1, '/a', '/b');
    fs.copyFile(1, '/a', '/c');
    expect(Object.keys(fs.files)).toEqual(['/b', '/a', '/c']);
  });

  it('fails for a source that has just expired', () => {
    const fs = new FileSystem();
    fs.addFileWithTtl(0, '/a', 10, 50);
    expect(fs.copyFile(50, '/a', '/b')).toBe(false);
  });
});

describe('FileSystem L4: backup and rollback', () => {
  function withBackup(): FileSystem {
    const fs = new FileSystem();
    fs.addFileWithTtl(0, '/a.txt', 100, 5000);
    expect(fs.backup(100)).toBeNull();
    return fs;
  }

  it('stores the remaining TTL, not the absolute expiry', () => {
    expect(withBackup().backups).toEqual([[100, { '/a.txt': { size_kb: 100, remaining_ttl: 4900 } }]]);
  });

  it('has nothing to roll back to before the first backup', () => {
    expect(withBackup().rollback(99)).toBe(false);
  });

  it('restores with the expiry recomputed from the rollback time: 1000 + 4900', () => {
    const fs = withBackup();
    expect(fs.rollback(1000)).toBe(true);
    expect(fs.files).toEqual({ '/a.txt': { size_kb: 100, expires_at: 5900 } });
  });

  it('runs the cross-domain illustration: null TTL kept, /tmp.log expires at 8000 after rollback(6000)', () => {
    const fs = new FileSystem();
    fs.addFile(0, '/foo.txt', 100);
    fs.addFileWithTtl(0, '/tmp.log', 50, 7000);
    fs.backup(5000);
    expect(fs.backups).toEqual([[5000, { '/foo.txt': { size_kb: 100, remaining_ttl: null }, '/tmp.log': { size_kb: 50, remaining_ttl: 2000 } }]]);
    expect(fs.rollback(6000)).toBe(true);
    expect(fs.files['/tmp.log']).toEqual({ size_kb: 50, expires_at: 8000 });
    expect(fs.files['/foo.txt']).toEqual({ size_kb: 100, expires_at: null });
  });

  it('picks the latest backup at or before the time, even an empty one', () => {
    const fs = new FileSystem();
    fs.addFileWithTtl(0, '/x', 1, 50);
    fs.backup(10);
    fs.backup(60);
    expect(fs.backups[1]).toEqual([60, {}]);
    expect(fs.rollback(59)).toBe(true);
    expect(fs.files).toEqual({ '/x': { size_kb: 1, expires_at: 99 } });
    expect(fs.rollback(60)).toBe(true);
    expect(fs.files).toEqual({});
  });

  it('keeps the earlier of two backups with the same stamp', () => {
    const fs = new FileSystem();
    fs.addFile(0, '/first', 1);
    fs.backup(10);
    fs.addFile(0, '/second', 2);
    fs.backup(10);
    fs.rollback(10);
    expect(Object.keys(fs.files)).toEqual(['/first']);
  });

  it('picks the greatest stamp, not the last taken, when backups were taken out of order', () => {
    const fs = new FileSystem();
    fs.addFile(0, '/late', 1);
    fs.backup(200);
    fs.deleteFile(0, '/late');
    fs.addFile(0, '/early', 1);
    fs.backup(100);
    fs.rollback(300);
    expect(Object.keys(fs.files)).toEqual(['/late']);
  });

  it('leaves the backups unchanged by later edits and rollbacks', () => {
    const fs = withBackup();
    fs.rollback(1000);
    fs.files['/a.txt']!.size_kb = 1;
    fs.addFile(1000, '/new', 5);
    expect(fs.backups).toEqual([[100, { '/a.txt': { size_kb: 100, remaining_ttl: 4900 } }]]);
  });

  it('does not back up files that have expired by the backup time', () => {
    const fs = new FileSystem();
    fs.addFileWithTtl(0, '/gone', 1, 10);
    fs.backup(10);
    expect(fs.backups).toEqual([[10, {}]]);
  });
});
