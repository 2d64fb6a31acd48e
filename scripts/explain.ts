// Explains, for every cross-source judgement in a gold annotation, what the engine read from each mention
// (subject, measure, conditions) and why two mentions were or were not linked. A development aid:
// `npx tsx scripts/explain.ts test/fixtures/blind/outbreak/gold.json [--all]`.

import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { Corpus } from '../src/core/corpus';
import { linkFigures } from '../src/core/compare/link';
import { compareFigures } from '../src/core/compare/verdict';
import type { QuantityDescriptor } from '../src/core/model';

interface Mention { doc: string; context?: string; text: string }
interface Judgement { id: string; why?: string; tolerance?: string; mentions: Mention[] }

const [goldPath, ...flags] = process.argv.slice(2);
const gold = JSON.parse(readFileSync(goldPath, 'utf8'));
const folder = path.isAbsolute(gold.corpus) ? gold.corpus : path.resolve(path.dirname(goldPath), gold.corpus);
const corpus = new Corpus({ referenceDate: '2026-11-22' });
for (const name of readdirSync(folder).sort()) if (/\.(?:md|txt)$/.test(name)) corpus.set(name, readFileSync(path.join(folder, name), 'utf8'));

function find(m: Mention) {
  const t = corpus.text(m.doc)!;
  const ctx = m.context ?? m.text;
  const at = t.indexOf(ctx) + ctx.indexOf(m.text);
  return corpus.figureAt(m.doc, at);
}
const show = (q: QuantityDescriptor) => `subj=${q.subject ?? '-'}${q.subjectHow ? '(' + q.subjectHow + ')' : ''} measure=${q.measure ?? '-'} cond=${JSON.stringify(q.conditions)}${q.reported ? ' rep=' + q.reported : ''}${q.subject ? '' : ' topics=' + (q.topics ?? []).join('+')}`;
for (const [kind, list] of [['CONFLICT', gold.conflicts], ['CORROB', gold.corroborations], ['TRAP', gold.non_conflicts]] as const) {
  for (const g of (list ?? []) as Judgement[]) {
    const refs = g.mentions.map(find);
    const lines: string[] = [];
    let linkedAll = true;
    refs.forEach((r, i) => {
      const m = g.mentions[i];
      if (!r) { lines.push(`   ${m.doc} "${m.text}": NO FIGURE`); linkedAll = false; return; }
      lines.push(`   ${m.doc} "${r.figure.text}" v=${r.figure.value}${r.figure.qualifier ? ' q=' + r.figure.qualifier : ''} ${show(r.quantity)}`);
    });
    for (let i = 0; i < refs.length; i++) for (let j = i + 1; j < refs.length; j++) {
      const a = refs[i], b = refs[j];
      if (!a || !b || a.uri === b.uri) continue;
      const l = linkFigures(a.figure, a.quantity, b.figure, b.quantity);
      const v = compareFigures(a.figure, b.figure, a.quantity, b.quantity);
      if (!l) linkedAll = false;
      lines.push(`     ${i}-${j}: ${l ? 'link ' + l.confidence + (l.caveats.length ? ' [' + l.caveats.join('; ') + ']' : '') : 'NO LINK'} → ${v.agree ? 'agree' : 'DISAGREE'} (${v.reason})`);
    }
    const ok = kind === 'TRAP' ? true : linkedAll;
    if (!flags.includes('--all') && ok && kind !== 'TRAP') continue;
    console.log(`${kind} ${g.id}${g.why ? ' — ' + g.why : ''}`);
    console.log(lines.join('\n'));
  }
}
