/**
 * Open a local page in headless Chromium and return the DOM it built and every console message it
 * logged. The page must open offline: the browser runs with networking features off and a throwaway
 * profile.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const CHROMIUM = '/usr/bin/chromium';

/** What the browser saw. */
export interface PageDump {
  readonly dom: string;
  /** Console lines (`console.*`, uncaught errors, and the browser's own page errors such as bad SVG attributes). */
  readonly console: readonly string[];
}

/**
 * Fail loudly when the browser is missing: CI installs it (`.ci/run`), so a missing browser is a
 * broken setup, not a reason to skip.
 */
export function requireChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: the HTML report test needs headless Chromium (apt-get install -y chromium; .ci/run installs it)`);
  }
}

/** Load `file` in headless Chromium; resolves with the dumped DOM and the console lines. */
export async function dumpPage(file: string): Promise<PageDump> {
  requireChromium();
  const profile = await mkdtemp(join(tmpdir(), 'conclab-chromium-'));
  const args = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    `--user-data-dir=${profile}`,
    '--enable-logging=stderr',
    '--v=0',
    '--dump-dom',
    pathToFileURL(file).href,
  ];
  try {
    const { stdout, stderr } = await run(args);
    // Chromium logs each console message as `…:INFO:CONSOLE:<line>] "<message>", source: <url> (<line>)`.
    return { dom: stdout, console: stderr.split('\n').filter((line) => line.includes(':CONSOLE')) };
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

function run(args: string[]): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(CHROMIUM, args, { timeout: 20_000, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`chromium failed: ${error.message}\n${stderr}`));
      else resolve({ stdout, stderr });
    });
  });
}

/** Each `<svg class="chart">` of a dumped DOM: its id and the `data-y` of every mark. */
export function chartsIn(dom: string): { id: string; kind: string; marks: number[] }[] {
  return [...dom.matchAll(/<svg class="chart" data-chart="([^"]+)" data-kind="([^"]+)"[\s\S]*?<\/svg>/g)].map(([svg, id, kind]) => ({
    id: id!,
    kind: kind!,
    marks: [...svg.matchAll(/class="mark"[^>]*?data-y="([^"]*)"/g)].map((m) => Number(m[1])),
  }));
}
