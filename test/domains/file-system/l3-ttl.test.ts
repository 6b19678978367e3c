import { describe, expect, it } from 'vitest';
import { FileSystem } from '../../../src/domains/file-system/index.ts';

function tmpFile(): FileSystem {
  const fs = new FileSystem();
  expect(fs.addFileWithTtl(0, '/tmp/a.tmp', 20, 5000)).toBe(true);
  return fs;
}

describe('FileSystem L3: TTL purged lazily', () => {
  it('keeps the file until just before its expiry', () => {
    expect(tmpFile().getFileSize(4999, '/tmp/a.tmp')).toBe(20);
  });

  it('purges it at exactly its expiry: -1 at 5000', () => {
    expect(tmpFile().getFileSize(5000, '/tmp/a.tmp')).toBe(-1);
  });

  it('frees the path again once expired, for a new TTL file', () => {
    const fs = tmpFile();
    expect(fs.getFileSize(5000, '/tmp/a.tmp')).toBe(-1);
    expect(fs.addFileWithTtl(5000, '/tmp/a.tmp', 7, 10)).toBe(true);
    expect(fs.listFiles(5001, 'size')).toBe('/tmp/a.tmp(7)');
  });

  it('purges on the add itself, so an expired path is reusable without an earlier call', () => {
    const fs = tmpFile();
    expect(fs.addFileWithTtl(5000, '/tmp/a.tmp', 7, 10)).toBe(true);
    expect(fs.files['/tmp/a.tmp']).toEqual({ size_kb: 7, expires_at: 5010 });
  });

  it('refuses to add over a live file with a TTL', () => {
    const fs = tmpFile();
    expect(fs.addFileWithTtl(4999, '/tmp/a.tmp', 1, 1)).toBe(false);
    expect(fs.addFile(4999, '/tmp/a.tmp', 1)).toBe(false);
  });

  it('removes expired files from the state, not only from views', () => {
    const fs = tmpFile();
    fs.addFile(0, '/keep', 1);
    fs.totalSize(5000);
    expect(Object.keys(fs.files)).toEqual(['/keep']);
  });

  it('cannot delete an expired file', () => {
    expect(tmpFile().deleteFile(5000, '/tmp/a.tmp')).toBe(false);
  });
});
