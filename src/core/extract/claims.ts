// Claims: sentences that assert something a reader could check — a figure, a date, or a named entity
// with an assertion — scored for check-worthiness, with their attribution ("according to Bloomberg",
// "Wang said") recorded.

import type { Attribution, Claim, Entity, Figure, Unit } from '../model';

const ASSERTION_VERBS = /\b(?:is|are|was|were|has|have|had|will|said|says|announced|launched|released|reported|raised|spent|rose|fell|grew|dropped|reached|scored|ranks?|ranked|killed|injured|destroyed|damaged|confirmed|estimated|plans?|planned|signed|acquired|bought|sold|cut|hired|fired|won|lost|beat|topped|trails?|trailed|leads?|led|struck|hit|opened|closed|filed|approved|rejected|banned|fined|agreed|paid|invested|committed|launch(?:es)?|unveiled|debuted|built|trained|costs?|earned|posted|reported|recorded|expects?|forecast|projects?)\b/i;
// "may" only in lower case: "May" is a month.
const HEDGES = /\b(?:may|[Mm]ight|[Cc]ould|[Pp]erhaps|[Pp]ossibly|[Rr]eportedly|[Aa]llegedly|appears? to|seems? to|[Ll]ikely|[Uu]nlikely|rumou?red|speculat\w*|[Ii]f)\b/;
const OPINION = /\b(?:should|must|we believe|i think|in my view|arguably|frankly|obviously|clearly|imagine|let's|you|your)\b/i;
const COMPARATIVE = /\b(?:more|less|fewer|higher|lower|larger|smaller|bigger|best|worst|first|largest|biggest|highest|lowest|fastest|most|least|record|outperform\w*|ahead of|behind|than|surpass\w*|beat|beats|trails?)\b/i;
const ATTRIBUTION_PATTERNS: { re: RegExp; cue: string; group: number }[] = [
  { re: /\b[Aa]ccording to\s+((?:the\s+)?(?:[\p{Lu}][\p{L}\p{N}&.'’-]*(?:\s+(?:of\s+)?[\p{Lu}][\p{L}\p{N}&.'’-]*)*|[\p{Ll}]+(?:\s+[\p{Ll}]+){0,6}?(?=[,.;])))/u, cue: 'according to', group: 1 },
  { re: /\b((?:[\p{Lu}][\p{L}\p{N}&.'’-]*)(?:\s+[\p{Lu}][\p{L}\p{N}&.'’-]*){0,3})\s+reports?\s+that\b/u, cue: 'reports that', group: 1 },
  { re: /((?:[\p{Lu}][\p{L}\p{N}&.'’-]*)(?:\s+[\p{Lu}][\p{L}\p{N}&.'’-]*){0,3}|the company|the firm|the agency|officials|analysts|the governor|the ministry|a spokes(?:person|man|woman))\s+(?:said|says|told|reported|reports|announced|estimated|confirmed|wrote|noted|added|stated)\b/u, cue: 'said', group: 1 },
  { re: /\b(?:said|says|told reporters|wrote|noted|added)\s+((?:[\p{Lu}][\p{L}\p{N}&.'’-]*)(?:\s+[\p{Lu}][\p{L}\p{N}&.'’-]*){0,3})/u, cue: 'said', group: 1 },
  { re: /\b((?:[\p{Lu}][\p{L}\p{N}&.'’-]*)(?:\s+[\p{Lu}][\p{L}\p{N}&.'’-]*){0,3})\s+reports?\s+that\b/u, cue: 'reports that', group: 1 },
];

/** Words without which no attribution pattern can match (checked first: most sentences have none). */
const ATTRIBUTION_CUES = /ccording to|\b(?:said|says|told|reported|reports|announced|estimated|confirmed|wrote|noted|added|stated)\b/;

export function findAttribution(sentence: string, base: number): Attribution | undefined {
  if (!ATTRIBUTION_CUES.test(sentence)) return undefined;
  for (const p of ATTRIBUTION_PATTERNS) {
    const m = p.re.exec(sentence);
    if (!m) continue;
    const source = m[p.group].replace(/[,.;:]+$/, '').trim();
    if (!source || /^(?:It|This|That|He|She|They|We|I|There)$/.test(source)) continue;
    const at = m.index + m[0].indexOf(m[p.group]);
    return { start: base + at, end: base + at + source.length, source, cue: p.cue };
  }
  return undefined;
}

export function findClaims(text: string, scan: string, units: readonly Unit[], figures: readonly Figure[], entities: readonly Entity[]): Claim[] {
  const claims: Claim[] = [];
  // Index figures and entity mentions by unit.
  const figuresByUnit = new Map<number, Figure[]>();
  for (const f of figures) {
    if (f.dateRole === 'publication') continue;
    const list = figuresByUnit.get(f.unit_index) ?? [];
    list.push(f);
    figuresByUnit.set(f.unit_index, list);
  }
  const entityKeysByUnit = new Map<number, Set<string>>();
  let u = 0;
  const mentions = entities.flatMap((e) => e.mentions.filter((m) => !m.via).map((m) => ({ m, key: e.key }))).sort((a, b) => a.m.start - b.m.start);
  for (const { m, key } of mentions) {
    while (u < units.length && units[u].end <= m.start) u++;
    if (u < units.length && units[u].start <= m.start) {
      const set = entityKeysByUnit.get(u) ?? new Set<string>();
      set.add(key);
      entityKeysByUnit.set(u, set);
    }
  }
  units.forEach((unit, index) => {
    if (unit.kind !== 'sentence' && unit.kind !== 'list-item') return;
    const sentence = scan.slice(unit.start, unit.end);
    const figs = figuresByUnit.get(index) ?? [];
    const ents = [...(entityKeysByUnit.get(index) ?? [])];
    const reasons: string[] = [];
    const asserts = ASSERTION_VERBS.test(sentence);
    if (!figs.length && !(ents.length && asserts)) return;
    if (/\?\s*$/.test(sentence.trim())) return; // a question asserts nothing
    let score = 0.2;
    if (figs.length) {
      score += 0.3 + Math.min(0.15, 0.05 * (figs.length - 1));
      reasons.push(figs.length === 1 ? 'states a figure' : `states ${figs.length} figures`);
    }
    if (ents.length) {
      score += 0.1;
      reasons.push(`names ${ents.length === 1 ? 'an entity' : `${ents.length} entities`}`);
    }
    if (asserts) score += 0.1;
    const attribution = findAttribution(sentence, unit.start);
    if (attribution) {
      score += 0.1;
      reasons.push(`attributed to ${attribution.source}`);
    }
    if (COMPARATIVE.test(sentence)) {
      score += 0.1;
      reasons.push('compares or ranks');
    }
    if (HEDGES.test(sentence)) {
      score -= 0.15;
      reasons.push('hedged');
    }
    if (OPINION.test(sentence)) {
      score -= 0.2;
      reasons.push('opinion or advice');
    }
    score = Math.max(0, Math.min(1, Math.round(score * 100) / 100));
    if (score < 0.3) return;
    const claim: Claim = {
      id: `c${claims.length + 1}`,
      start: unit.start,
      end: unit.end,
      text: text.slice(unit.start, unit.end),
      unit_index: index,
      score,
      figures: idsOf(figs),
      entities: ents,
      reasons,
    };
    if (attribution) claim.attribution = attribution;
    claims.push(claim);
  });
  return claims;
}

/** Figure ids, in a packed array: a map() result changes elements kind once its caller is optimised. */
function idsOf(figures: readonly Figure[]): string[] {
  const out: string[] = [];
  for (const f of figures) out.push(f.id);
  return out;
}
