import { rowColumns } from './columns.ts';
import type { BenchReport, SuiteReport } from './suite.ts';
import { renderChart } from './svg/render-chart.ts';
import { xml } from './svg/xml.ts';

const STYLE = `body{font:14px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:1100px;padding:0 1rem;color:#222}
h1{margin-bottom:.2rem}h2{margin-top:2.5rem;border-bottom:1px solid #ccc}.meta{color:#555}
.charts{display:flex;flex-wrap:wrap;gap:1rem}figure{margin:0}figcaption{color:#555;max-width:680px;font-size:13px}
table{border-collapse:collapse;font-size:12px;margin-top:1rem}th,td{padding:2px 8px;border-bottom:1px solid #eee;text-align:right}
th{background:#f5f5f5}td.l,th.l{text-align:left}`;

/**
 * The run as ONE self-contained HTML page: every suite's question, notes, charts (inline SVG drawn by
 * `renderChart`) and rows. No script, no stylesheet or font from anywhere: it opens offline, and every
 * number on it comes from `report`.
 */
export function renderHtmlReport(report: BenchReport): string {
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>conclab bench — ${xml(report.startedAt)}</title><style>${STYLE}</style></head><body>`,
    '<h1>conclab bench</h1>',
    `<p class="meta">${xml(describeRun(report))}</p>`,
    `<ul>${report.suites.map((s) => `<li><a href="#${xml(s.name)}">${xml(s.name)}</a>: ${xml(s.question)}</li>`).join('')}</ul>`,
    ...report.suites.map(renderSection),
    '</body></html>',
  ].join('\n');
}

function describeRun(report: BenchReport): string {
  const { cpus, node, platform, loadAverage } = report.machine;
  const load = `load average ${loadAverage[0].toFixed(1)} at the start, ${loadAverage[1].toFixed(1)} at the end`;
  return `Run of ${report.startedAt}${report.size === 'full' ? '' : ` (--${report.size})`}, ${report.seconds.toFixed(0)} s on ${cpus} cores (${load}), Node ${node}, ${platform}. Ratios compare alternatives measured side by side in this run.`;
}

function renderSection(suite: SuiteReport): string {
  const figures = suite.charts.map(
    (chart) => `<figure>${renderChart(chart)}${chart.caption === undefined ? '' : `<figcaption>${xml(chart.caption)}</figcaption>`}</figure>`,
  );
  return [
    `<section id="${xml(suite.name)}"><h2>${xml(suite.name)}: ${xml(suite.question)}</h2>`,
    suite.notes.length === 0 ? '' : `<ul>${suite.notes.map((n) => `<li>${xml(n)}</li>`).join('')}</ul>`,
    `<div class="charts">${figures.join('')}</div>`,
    renderRows(suite),
    '</section>',
  ].join('\n');
}

// The page shows every column, used or not; only the terminal table leaves the unused ones out.
function renderRows(suite: SuiteReport): string {
  const columns = rowColumns(suite.columns);
  const cell = (tag: 'th' | 'td', left: boolean | undefined, text: string): string => `<${tag}${left === true ? ' class="l"' : ''}>${xml(text)}</${tag}>`;
  const th = columns.map((c) => cell('th', c.left, c.label)).join('');
  const trs = suite.rows.map((row) => `<tr>${columns.map((c) => cell('td', c.left, c.cell(row))).join('')}</tr>`);
  return `<table><thead><tr>${th}</tr></thead><tbody>${trs.join('')}</tbody></table>`;
}
