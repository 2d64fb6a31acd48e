// The report for people: the conflicts first, each with every source's own sentence, then what sources
// corroborate, then each document's figures and names.

import type { Report } from './json';

export function renderMarkdown(report: Report): string {
  const out: string[] = [];
  const figure = new Map(report.figures.map((f) => [f.id, f]));
  const docTitle = new Map(report.documents.map((d) => [d.path, d]));
  out.push(`# Triangulate report: ${report.folder}`, '');
  out.push(`${report.documents.length} documents · ${report.figures.length} figures · ${report.entities.length} names · ${report.conflicts.length} conflicts · ${report.corroborations.length} corroborations`, '');

  const byQuantity = new Map<string, Report['conflicts']>();
  for (const c of report.conflicts) byQuantity.set(c.quantity, [...(byQuantity.get(c.quantity) ?? []), c]);
  out.push('## Conflicts', '');
  if (!byQuantity.size) out.push('No two sources disagree on a figure they both give.', '');
  let n = 0;
  for (const [qid, list] of byQuantity) {
    const q = report.quantities.find((x) => x.id === qid)!;
    out.push(`### ${++n}. ${escape(q.label)}`, '');
    const seen = new Set<string>();
    for (const fid of q.figures) {
      const f = figure.get(fid)!;
      if (seen.has(fid)) continue;
      seen.add(fid);
      const d = docTitle.get(f.doc);
      out.push(`- **${escape(valueOf(f))}** — ${escape(f.doc)}${d?.published ? ` (${d.published})` : ''}: “${emphasise(f.sentence, f.text)}”`);
    }
    out.push('');
    for (const c of list) for (const p of c.pairs) out.push(`  - ${escape(p.docs.join(' vs '))}: ${escape(p.reason)}${p.confidence < 1 ? ` (confidence ${p.confidence})` : ''}`);
    out.push('');
  }

  out.push('## Corroborated', '');
  if (!report.corroborations.length) out.push('No figure is given by two sources.', '');
  for (const k of report.corroborations) {
    const values = k.values.map((v) => `${v.value} (${v.doc})`).join('; ');
    out.push(`- **${escape(k.label)}**: ${escape(values)} — ${escape(k.reason)}`);
  }
  out.push('');

  out.push('## Documents', '');
  for (const d of report.documents) {
    out.push(`### ${escape(d.title || d.path)}`, '');
    out.push(`\`${d.path}\`${d.published ? ` · published ${d.published}` : ''} · ${d.figures} figures · ${d.entities} names · ${d.claims} claims`, '');
    for (const note of d.notes) out.push(`> ${escape(note)}`, '');
    const figs = report.figures.filter((f) => f.doc === d.path);
    if (figs.length) {
      out.push('| Figure | Kind | Value | Quantity | Status |', '| --- | --- | --- | --- | --- |');
      for (const f of figs) out.push(`| ${cell(f.text)} | ${f.kind}${f.dateRole === 'publication' ? ' (publication)' : ''} | ${cell(valueOf(f))} | ${cell(f.quantity.measure ? f.quantity.label : '—')} | ${f.status} |`);
      out.push('');
    }
    const names = report.entities.filter((e) => e.mentions.some((m) => m.doc === d.path && !m.via));
    if (names.length) out.push(`Names: ${names.map((e) => `${escape(e.name)} (${e.type})`).join(', ')}`, '');
  }
  if (report.skipped.length) {
    out.push('## Skipped', '');
    for (const s of report.skipped) out.push(`- \`${s.path}\`: ${escape(s.reason)}`);
    out.push('');
  }
  return out.join('\n');
}

function valueOf(f: Report['figures'][number]): string {
  let v = f.value === null ? 'vague' : typeof f.value === 'number' ? String(f.value) : f.value;
  if (f.low !== undefined && f.high !== undefined) v = `${f.low}–${f.high}`;
  if (f.unit && f.kind !== 'date' && f.kind !== 'count') v += ` ${f.unit}`;
  if (f.kind === 'count' && f.unit) v += ` ${f.unit}`;
  if (f.qualifierText) v = `${f.qualifierText} ${v}`;
  return v;
}

function emphasise(sentence: string, figureText: string): string {
  const flat = figureText.replace(/\s+/g, ' ');
  const at = sentence.indexOf(flat);
  if (at < 0) return escape(sentence);
  return escape(sentence.slice(0, at)) + '**' + escape(flat) + '**' + escape(sentence.slice(at + flat.length));
}

function escape(s: string): string {
  return s.replace(/([\\`*_[\]<>|])/g, '\\$1');
}

function cell(s: string): string {
  return escape(s.replace(/\s+/g, ' '));
}
