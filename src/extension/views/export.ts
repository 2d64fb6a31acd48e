// Export Report: the formats offered, and the report rendered with the core's builders and renderers.

import type { Corpus } from '../../core/corpus';
import { buildReport } from '../../core/report/json';
import { renderMarkdown } from '../../core/report/markdown';
import { renderCsv } from '../../core/report/csv';

export type ExportFormat = 'markdown' | 'json' | 'csv';

export interface FormatChoice {
  format: ExportFormat;
  label: string;
  description: string;
  extension: string;
  /** For the save dialog's filters. */
  filterName: string;
}

export const EXPORT_FORMATS: readonly FormatChoice[] = [
  { format: 'markdown', label: 'Markdown', description: 'for people: conflicts first, each source’s own sentence', extension: 'md', filterName: 'Markdown' },
  { format: 'json', label: 'JSON', description: 'every figure, entity, claim and quantity (schema: ReportSchema)', extension: 'json', filterName: 'JSON' },
  { format: 'csv', label: 'CSV', description: 'one row per figure, for spreadsheets', extension: 'csv', filterName: 'CSV' },
];

export function formatChoice(format: ExportFormat): FormatChoice {
  return EXPORT_FORMATS.find((f) => f.format === format)!;
}

/** The format a file name asks for by its extension, if any. */
export function formatOfFileName(name: string): ExportFormat | undefined {
  const ext = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  if (ext === 'json') return 'json';
  if (ext === 'csv') return 'csv';
  return undefined;
}

export interface ExportInput {
  folder: string;
  version: string;
  pathOf: (uri: string) => string;
  skipped?: { path: string; reason: string }[];
}

export function renderReport(corpus: Corpus, format: ExportFormat, input: ExportInput): string {
  const report = buildReport({ corpus, ...input });
  switch (format) {
    case 'markdown':
      return renderMarkdown(report);
    case 'json':
      return JSON.stringify(report, null, 2) + '\n';
    case 'csv':
      return renderCsv(report);
  }
}
