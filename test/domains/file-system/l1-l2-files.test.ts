import { describe, expect, it } from 'vitest';
import { FileSystem } from '../../../src/domains/file-system/index.ts';

/** The manual's intro directory: two plain files and two with TTLs (expiring at 5000 and 2000). */
function introDirectory(): FileSystem {
  const fs = new FileSystem();
  expect(fs.addFile(0, '/foo.txt', 100)).toBe(true);
  expect(fs.addFile(0, '/bar.log', 50)).toBe(true);
  expect(fs.addFileWithTtl(0, '/tmp/a.tmp', 20, 5000)).toBe(true);
  expect(fs.addFileWithTtl(0, '/tmp/b.tmp', 30, 2000)).toBe(true);
  return fs;
}

/** /foo.txt 100, /bar.log 50, /abc.txt 100, added at 1, 2, 3. */
function threeFiles(): FileSystem {
  const fs = new FileSystem();
  expect(fs.addFile(1, '/foo.txt', 100)).toBe(true);
  expect(fs.addFile(2, '/bar.log', 50)).toBe(true);
  expect(fs.addFile(3, '/abc.txt', 100)).toBe(true);
  return fs;
}

describe('FileSystem: the intro directory', () => {
  it('stores absolute expiries for TTL files and null for the others', () => {
    expect(introDirectory().files).toEqual({
      '/foo.txt': { size_kb: 100, expires_at: null },
      '/bar.log': { size_kb: 50, expires_at: null },
      '/tmp/a.tmp': { size_kb: 20, expires_at: 5000 },
      '/tmp/b.tmp': { size_kb: 30, expires_at: 2000 },
    });
  });

  it('gives a file size, and -1 for a missing path', () => {
    const fs = introDirectory();
    expect(fs.getFileSize(1, '/foo.txt')).toBe(100);
    expect(fs.getFileSize(1, '/zz.txt')).toBe(-1);
  });

  it('lists by size, largest first, with full paths', () => {
    expect(introDirectory().listFiles(1, 'size')).toBe('/foo.txt(100), /bar.log(50), /tmp/b.tmp(30), /tmp/a.tmp(20)');
  });

  it('lists by path', () => {
    expect(introDirectory().listFiles(1, 'path')).toBe('/bar.log(50), /foo.txt(100), /tmp/a.tmp(20), /tmp/b.tmp(30)');
  });

  it('totals 200 KB at 1', () => {
    expect(introDirectory().totalSize(1)).toBe(200);
  });

  it('purges /tmp/b.tmp at exactly 2000', () => {
    const fs = introDirectory();
    expect(fs.listFiles(2000, 'size')).toBe('/foo.txt(100), /bar.log(50), /tmp/a.tmp(20)');
    expect(fs.totalSize(2000)).toBe(170);
  });

  it('purges /tmp/a.tmp at exactly 5000: 150 KB left', () => {
    expect(introDirectory().totalSize(5000)).toBe(150);
  });
});

describe('FileSystem L1: add, delete, size', () => {
  it('refuses to add over an existing path, keeping the old size', () => {
    const fs = threeFiles();
    expect(fs.addFile(4, '/foo.txt', 1)).toBe(false);
    expect(fs.getFileSize(4, '/foo.txt')).toBe(100);
  });

  it('deletes a file once; the second delete is false', () => {
    const fs = threeFiles();
    expect(fs.deleteFile(7, '/abc.txt')).toBe(true);
    expect(fs.deleteFile(7, '/abc.txt')).toBe(false);
    expect(fs.getFileSize(7, '/abc.txt')).toBe(-1);
  });

  it('keeps paths like "__proto__" and "constructor" as plain files', () => {
    const fs = new FileSystem();
    expect(fs.getFileSize(0, 'constructor')).toBe(-1);
    expect(fs.addFile(0, '__proto__', 1)).toBe(true);
    expect(fs.addFile(0, 'constructor', 2)).toBe(true);
    expect(fs.listFiles(0, 'path')).toBe('__proto__(1), constructor(2)');
  });
});

describe('FileSystem L2: listing and total', () => {
  it('sorts by size with ties by path: "/abc.txt(100), /foo.txt(100), /bar.log(50)"', () => {
    expect(threeFiles().listFiles(5, 'size')).toBe('/abc.txt(100), /foo.txt(100), /bar.log(50)');
  });

  it('sorts by path: "/abc.txt(100), /bar.log(50), /foo.txt(100)"', () => {
    expect(threeFiles().listFiles(5, 'path')).toBe('/abc.txt(100), /bar.log(50), /foo.txt(100)');
  });

  it('sorts any other value by path, the default', () => {
    expect(threeFiles().listFiles(5, 'other')).toBe('/abc.txt(100), /bar.log(50), /foo.txt(100)');
  });

  it('totals 250 KB', () => {
    expect(threeFiles().totalSize(5)).toBe(250);
  });

  it('lists an empty system as ""', () => {
    expect(new FileSystem().listFiles(0, 'size')).toBe('');
    expect(new FileSystem().totalSize(0)).toBe(0);
  });

  it('orders paths by code unit, not locale: "/B" before "/a"', () => {
    const fs = new FileSystem();
    fs.addFile(0, '/a', 1);
    fs.addFile(0, '/B', 1);
    expect(fs.listFiles(0, 'path')).toBe('/B(1), /a(1)');
  });
});
