// One row per figure, for spreadsheets: where it is, what it says, what it measures, how it stands.

import type { Report } from './json';

const COLUMNS = ['id', 'doc', 'start', 'end', 'text', 'kind', 'value', 'low', 'high', 'unit', 'qualifier', 'date_role', 'quantity', 'status', 'sentence'] as const;

export function renderCsv(report: Report): string {
  const rows = [COLUMNS.join(',')];
  for (const f of report.figures) {
    const values = [f.id, f.doc, f.start, f.end, f.text, f.kind, f.value ?? '', f.low ?? '', f.high ?? '', f.unit ?? '', f.qualifierText ?? f.qualifier ?? '', f.dateRole ?? '', f.quantity.measure ? f.quantity.label : '', f.status, f.sentence];
    rows.push(values.map(field).join(','));
  }
  return rows.join('\r\n') + '\r\n';
}

/** RFC 4180 quoting; a leading =, +, - or @ is prefixed so spreadsheets do not run it as a formula. */
function field(v: string | number): string {
  let s = String(v);
  if (/^[=+\-@\t\r]/.test(s) && typeof v === 'string') s = "'" + s;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
