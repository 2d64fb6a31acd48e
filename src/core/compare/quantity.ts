// What a figure measures, read from its sentence: the subject (which entity), the measure (what is counted
// or scored, normalised), the conditions (period, frequency, setting, scope) and the dimension (dollars,
// people, percent, dates). Two figures from different sources describe the same quantity when these agree.
// Everything here is per document, so it is cached with the document's analysis.

import type { QuantityDescriptor, Unit, EntityType } from '../model';
import { bareOf, type Token } from '../text/tokens';
import type { RawFigure } from '../extract/figures';
import { conceptFor, nounLemma, GENERIC_NOUNS, UP_WORDS, DOWN_WORDS, EVENT_NOUNS } from './concepts';
import { FREQUENCY_WORDS, STATE_WORDS, NOUN_STOP, table } from '../extract/lexicon';

export interface UnitMention {
  start: number;
  end: number;
  key: string;
  type: EntityType;
  /** Cached answers about the mention's surroundings (computed on first use). */
  prep?: boolean;
  paren?: boolean;
  reporting?: boolean;
}

export interface QuantityInput {
  text: string;
  /** The article's publication date, if known. */
  published?: string;
  units: readonly Unit[];
  unitTokens: readonly (readonly Token[])[];
  figures: readonly RawFigure[];
  /** Entity mentions per unit, in order. */
  mentions: readonly (readonly UnitMention[])[];
}

const HARD_BOUNDARY_WORDS = new Set(['while', 'whereas', 'but', 'ahead', 'than', 'versus', 'vs', 'compared', 'behind', 'outperforming', 'beating', 'trailing', 'unlike', 'against', 'outpacing', 'topping', 'as', 'when', 'because', 'although', 'though', 'unless', 'which', 'who', 'wiping', 'making']);
const HARD_BOUNDARY_PUNCT = new Set([';', '—', '–', '(', ')', ':']);
const SUBJECT_TYPES = new Set<EntityType>(['organization', 'product', 'person', 'place', 'other']);
const STOP = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those', 'of', 'to', 'in', 'on', 'for', 'and', 'or', 'with', 'by', 'at', 'from', 'as', 'entire', 'new', 'whole', 'full', 'total', 'own']);
const QUARTERS: Record<string, string> = table({ first: 'Q1', second: 'Q2', third: 'Q3', fourth: 'Q4', q1: 'Q1', q2: 'Q2', q3: 'Q3', q4: 'Q4' });
const ADJUSTED = new Set(['adjusted', 'non-gaap', 'underlying', 'core', 'pro-forma', 'normalized', 'normalised', 'comparable']);
const UNADJUSTED = new Set(['gaap', 'unadjusted', 'statutory']);
const SCOPE_WORDS: Record<string, string> = table({ global: 'global', globally: 'global', worldwide: 'global', international: 'global', internationally: 'global', domestic: 'domestic', domestically: 'domestic', nationwide: 'national', national: 'national', nationally: 'national', regional: 'regional' });

function lw(t: Token | undefined): string {
  return t ? bareOf(t) : '';
}

/** Token range [from, to] of the clause around tokens [first, last]. */
/** Does token k start a new clause? Conjunctions, comparisons ("ahead of", "up from"), ", and". */
function isBoundaryWord(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t.type !== 'word') return false;
  const w = t.text.toLowerCase();
  // "Insured losses are already topping $500 million": after an auxiliary, "topping" is the clause's verb.
  if (w === 'topping' && /^(?:is|are|was|were|been|already|now|still)$/i.test(tokens[k - 1]?.text ?? '')) return false;
  if (HARD_BOUNDARY_WORDS.has(w)) return !(w === 'than' && /^(?:more|less|fewer|greater|rather|other)$/i.test(tokens[k - 1]?.text ?? ''));
  if (w === 'from' && /^(?:up|down|rising|falling|rose|fell|increase|decrease|jump|drop)$/i.test(tokens[k - 1]?.text ?? '')) return true;
  if (w === 'and' && tokens[k - 1]?.text === ',') return true;
  if (w === 'below' || w === 'above') return /^(?:the|its|a|an|their)$/i.test(tokens[k + 1]?.text ?? '');
  return false;
}

/** Farthest a clause reaches from its figure, in tokens: a run-on line without punctuation must not make
 * every figure read the whole line (that would be quadratic). */
const CLAUSE_REACH = 40;

function clauseOf(tokens: readonly Token[], first: number, last: number): [number, number] {
  let from = first;
  while (from > 0 && first - from < CLAUSE_REACH) {
    const p = tokens[from - 1];
    if (HARD_BOUNDARY_PUNCT.has(p.text) && !(p.text === '(' && from - 1 === first - 1) && !(p.text === '–' && !p.ws)) break;
    if (isBoundaryWord(tokens, from - 1)) break;
    // "up from", "down from": the boundary is the word before "from".
    if (tokens[from - 1].text.toLowerCase() === 'from' && isBoundaryWord(tokens, from - 1)) break;
    from--;
  }
  let to = last;
  while (to < tokens.length - 1 && to - last < CLAUSE_REACH) {
    const n = tokens[to + 1];
    if (HARD_BOUNDARY_PUNCT.has(n.text) && !(n.text === ')' && to + 1 === last + 1) && !(n.text === '–' && !n.ws)) break;
    if (isBoundaryWord(tokens, to + 1)) break;
    if (/^(?:up|down)$/i.test(n.text) && tokens[to + 2]?.text.toLowerCase() === 'from') break;
    to++;
  }
  return [from, to];
}

export function describeQuantities(input: QuantityInput): QuantityDescriptor[] {
  const { text, units, unitTokens, figures, mentions, published } = input;
  const out: QuantityDescriptor[] = [];
  // The organisation the article is about: the one it names most.
  const orgCounts = new Map<string, number>();
  for (const list of mentions) for (const m of list) if (m.type === 'organization' && !inParentheses(text, m) && !isAttribution(text, m)) orgCounts.set(m.key, (orgCounts.get(m.key) ?? 0) + 1);
  const dominantOrg = [...orgCounts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  // What the article is about: its most named organisations, products and places.
  const topicCounts = new Map<string, number>();
  for (const list of mentions) for (const m of list) if ((m.type === 'organization' || m.type === 'product' || m.type === 'place' || m.type === 'other') && !inParentheses(text, m)) topicCounts.set(m.key, (topicCounts.get(m.key) ?? 0) + 1);
  const topics: string[] = [];
  for (const [k] of [...topicCounts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 6)) topics.push(k);
  // "Riverton City Council" is also about Riverton: an article naming only the council meets one naming the city.
  for (let i = 0, n = topics.length; i < n; i++) {
    const space = topics[i].indexOf(' ');
    const first = space > 0 ? topics[i].slice(0, space) : '';
    if (first.length >= 4 && !GENERIC_TOPIC_WORDS.test(first) && !topics.includes(first)) topics.push(first);
  }
  const productCounts = new Map<string, number>();
  for (const list of mentions) for (const m of list) if (m.type === 'product') productCounts.set(m.key, (productCounts.get(m.key) ?? 0) + 1);
  const dominantProduct = [...productCounts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  let carried: { key: string; unit: number } | null = null;
  let paragraphAsOf: { value: string; block: number | undefined } | null = null;
  let carriedOrg: { key: string; unit: number } | null = null;
  let lastBenchmark: { key: string; unit: number } | null = null;
  const byUnit = new Map<number, number[]>();
  figures.forEach((f, i) => {
    const list = byUnit.get(f.unit_index) ?? [];
    list.push(i);
    byUnit.set(f.unit_index, list);
  });
  const results = new Array<QuantityDescriptor>(figures.length);

  for (let u = 0; u < units.length; u++) {
    const unit = units[u];
    const tokens = unitTokens[u];
    const ms = mentions[u] ?? [];
    const figIdx = byUnit.get(u) ?? [];
    const tokenIndexAt = (offset: number) => {
      let lo = 0;
      let hi = tokens.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (tokens[mid].end <= offset) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    const subjectMentions = ms.filter((m) => SUBJECT_TYPES.has(m.type) && m.type !== 'place' && !inParentheses(text, m) && !isAttribution(text, m) && !isReporting(text, m) && !RANKER.test(text.slice(m.end, m.end + 60)));
    const benchmarks = ms.filter((m) => m.type === 'benchmark');
    const unitRelated = [...new Set(ms.filter((m) => SUBJECT_TYPES.has(m.type)).map((m) => m.key))];
    const respectively = tokens.some((t) => t.type === 'word' && lw(t) === 'respectively');
    const previousScoreMeasure: { value: string | null } = { value: null };
    let lastFigureSubject: string | null = null;
    const recentBenchmark = () => (lastBenchmark && u - lastBenchmark.unit <= 4 ? lastBenchmark.key : null);

    for (const fi of figIdx) {
      const f = figures[fi];
      const qualifierFirst = f.qualifierSpan ? tokenIndexAt(f.qualifierSpan.start) : f.firstToken;
      const [cFrom, cTo] = clauseOf(tokens, Math.min(qualifierFirst, f.firstToken), f.lastToken);
      // Figures near this one (within reach), so that a unit holding thousands of figures stays linear.
      const near = nearFigures(figIdx, figures, cFrom - CLAUSE_REACH, cTo + CLAUSE_REACH);
      const clauseStart = tokens[cFrom]?.start ?? unit.start;
      const clauseEnd = tokens[cTo]?.end ?? unit.end;
      const figStart = f.qualifierSpan?.start ?? f.start;

      // Measure, conditions, direction.
      const conditions: Record<string, string> = {};
      let reported: string | undefined;
      let measure: string | null = null;
      let measureText: string | undefined;
      const nounTokens = new Set<number>();
      for (const k of near) {
        if (k === fi) continue;
        const g = figures[k];
        // "after Tuesday's launch", "the May 3 vote": the noun after a date is that date's event.
        if (g.kind === 'date' && f.kind === 'date' && tokens[g.lastToken + 1]?.type === 'word') nounTokens.add(g.lastToken + 1);
        // "on a turnout of 81%": the word before "of" names that figure, not this one.
        const gFirst = g.qualifierSpan ? tokenIndexAt(g.qualifierSpan.start) : g.firstToken;
        if (g.kind !== 'date' && lw(tokens[gFirst - 1]) === 'of' && tokens[gFirst - 2]?.type === 'word' && gFirst - 2 > f.lastToken) nounTokens.add(gFirst - 2);
        // Only a count's noun is its own ("14 deaths"); "a 12-month price target" still names what $230 is.
        if (g.kind !== 'count' && g.kind !== 'measure') continue;
        for (let j = g.lastToken + 1; j <= g.lastToken + 3 && j < tokens.length; j++) {
          if (tokens[j].type !== 'word' || STOP.has(lw(tokens[j])) || NOUN_STOP.has(lw(tokens[j]))) break;
          nounTokens.add(j);
          if (g.noun && lw(tokens[j]) === g.noun) break;
        }
      }
      // After the figure, a word past another figure is that figure's: "23 people were taken to hospital, of
      // whom 12 were seriously injured". The first such figure's end, worked out once.
      let nextFigureEnd = Infinity;
      for (const j of near) if (j !== fi && figures[j].firstToken > f.lastToken && figures[j].kind !== 'date' && figures[j].lastToken < nextFigureEnd) nextFigureEnd = figures[j].lastToken;
      // "The general fund, which pays for police, fire and parks, will total $812 million": the clause opened by
      // "which" closes at its last comma, and its words describe the subject, not the figure.
      let relativeEnd = -1;
      if (/^(?:which|who)$/.test(lw(tokens[cFrom - 1])) && tokens[cFrom - 2]?.text === ',') {
        for (let k = f.firstToken - 1; k > cFrom; k--) {
          if (tokens[k].text === ',') {
            relativeEnd = k;
            break;
          }
        }
      }
      const nearestConcept = (kind: typeof f.kind): { id: string; word: string; k?: number } | null => {
        let best: { id: string; word: string; d: number; k: number } | null = null;
        for (let k = relativeEnd >= 0 ? relativeEnd + 1 : cFrom; k <= cTo; k++) {
          if (k >= f.firstToken && k <= f.lastToken) continue;
          // A word that is another figure's noun ("14 deaths") says what that figure counts, not this one.
          if (nounTokens.has(k)) continue;
          if (k > f.lastToken && k > nextFigureEnd) continue;
          const c = conceptAt(tokens, k, kind);
          if (!c) continue;
          const d = (k < f.firstToken ? f.firstToken - k : (k - f.lastToken) + 0.5) + (WEAK_CONCEPT_WORDS.has(lw(tokens[k])) ? 3 : 0);
          if (!best || d < best.d) best = { id: c.id, word: tokens[k].text, d, k };
        }
        return best;
      };
      const words = (from: number, to: number) => {
        const out: string[] = [];
        const end = Math.min(tokens.length, to + 1);
        for (let k = Math.max(0, from); k < end; k++) out.push(tokens[k].text.toLowerCase());
        return out;
      };

      // Split in steps so that V8 compiles smaller functions (one long loop body was recompiled for seconds).
      const measureStep = () => {
      if (f.kind === 'date') {
        if (f.dateRole === 'publication') measure = 'published';
        else {
          // A year that sets the period of another figure ("$115 billion for 2026") is not an event date.
          const prev = lw(tokens[f.firstToken - 1]);
          const otherFigureInClause = near.some((k) => k !== fi && figures[k].kind !== 'date' && figures[k].firstToken >= cFrom && figures[k].lastToken <= cTo);
          // "as of Monday", "in the week to May 17", "the May 18 bulletin": the date of a count, not an event.
          const before = text.slice(Math.max(0, f.start - 40), f.start).toLowerCase();
          const snapshot = /\b(?:as of|(?:week|weeks|fortnight|days|month)\s+(?:to|ending|ended|through))\s+$/.test(before) || REPORT_NOUNS.test(lw(tokens[f.lastToken + 1]));
          // "Shares rose 8.3% on Friday": the day of that move, not an event of its own.
          const attachedIndex = near.find((k) => figures[k].kind !== 'date' && figures[k].lastToken < f.firstToken && f.firstToken - figures[k].lastToken <= 2 && /^(?:on|in|at|by)$/.test(prev));
          // "the largest outbreak since 2019": the year a record goes back to.
          const record = f.datePrecision === 'year' && prev === 'since' ? superlativeBefore(tokens, f.firstToken - 1, cFrom) : null;
          // "the first strike at the port since 1998", "the last strike at the port, in 2004": when the one
          // before happened.
          const previous = f.datePrecision !== 'day' && !record ? previousOccurrence(tokens, f.firstToken, prev) : null;
          // "on strike since June 1", "in hospital since Monday": when that state began.
          const stateSince = prev === 'since' && f.datePrecision !== 'year' && /^(?:on|in|at)$/.test(lw(tokens[f.firstToken - 3])) && tokens[f.firstToken - 2]?.type === 'word'
            && /^\p{Ll}+$/u.test(tokens[f.firstToken - 2].text) && !/(?:ed|en|ing)$/.test(lw(tokens[f.firstToken - 2])) && !STOP.has(lw(tokens[f.firstToken - 2])) ? lw(tokens[f.firstToken - 2]) : null;
          if (record) {
            measure = 'record-since:' + record;
            measureText = `${record} since`;
          } else if (previous) {
            measure = 'previous:' + nounLemma(previous);
            measureText = `last ${previous}`;
          } else if (stateSince) {
            measure = 'occurred';
            measureText = `${stateSince} since`;
            conditions.event = nounLemma(stateSince);
          } else if (snapshot) {
            // no measure of its own
          } else if (attachedIndex !== undefined) {
            const owner = results[attachedIndex];
            if (f.datePrecision === 'day' && owner?.measure) {
              measure = 'when:' + owner.measure;
              measureText = figures[attachedIndex].text;
            }
          } else if (!(f.datePrecision === 'year' && otherFigureInClause && /^(?:for|in|during|of|fiscal|by)$/.test(prev) && !conceptAt(tokens, f.firstToken - 2, 'date'))) {
            // "the March 3, 2026 earthquake": an event noun right after the date.
            const next1 = lw(tokens[f.lastToken + 1]);
            const next2 = lw(tokens[f.lastToken + 2]);
            const eventNoun = EVENT_NOUNS.has(next1) ? next1 : EVENT_NOUNS.has(next2) ? next2 : undefined;
            let c: { id: string; word: string; k?: number } | null = eventNoun ? { id: 'occurred', word: eventNoun } : nearestConcept('date');
            // "detected the intrusion on April 13": the verb says what happened to the event its object names.
            if (c?.k !== undefined && /^(?:the|a|an|its|their)$/.test(lw(tokens[c.k - 1])) && c.k - 2 >= cFrom) {
              const governing = conceptAt(tokens, c.k - 2, 'date');
              if (governing && governing.id !== c.id) c = { id: governing.id, word: tokens[c.k - 2].text, k: c.k - 2 };
            }
            // "after the April floods": the floods are what happened then.
            if (eventNoun) conditions.event = /^(?:quake|earthquake|temblor)$/.test(eventNoun) ? 'main shock' : nounLemma(eventNoun);
            // "The agreement, signed in 2022, expired in March": the verb that dates it comes before a concept
            // word farther back.
            const verb = c && !eventNoun && c.k !== undefined ? eventVerb(tokens, f.firstToken, cFrom) : null;
            if (verb && verb.k > c!.k! && verb.k >= f.firstToken - 3 && c!.k! < f.firstToken && !conceptAt(tokens, verb.k, 'date')) c = null;
            // Results are released too: "results released on Thursday" dates the results, not a launch.
            const results = c && c.id === 'launch' && !/^launch/i.test(c.word) && words(cFrom, cTo).some((w) => w === 'results' || w === 'earnings');
            if (c) {
              measure = results ? 'results' : c.id;
              measureText = c.word;
              // What happened: "a fire started", "the vaccination campaign began" are different events.
              if (c.id === 'occurred' && c.k !== undefined) {
                let j = c.k - 1;
                while (j > cFrom && /^(?:was|were|had|has|have|first|officially|reportedly|out)$/.test(lw(tokens[j]))) j--;
                // "The strike at the port began": the subject's head, not the noun of its prepositional phrase.
                let p = j - 1;
                if (/^(?:the|a|an|its|their)$/.test(lw(tokens[p]))) p--;
                if (p - 1 >= cFrom && /^(?:at|in|on|of|near|across|along)$/.test(lw(tokens[p])) && tokens[p - 1]?.type === 'word' && /^\p{Ll}+$/u.test(tokens[p - 1].text) && !STOP.has(lw(tokens[p - 1]))) j = p - 1;
                const n = tokens[j];
                if (n && n.type === 'word' && /^\p{Ll}+$/u.test(n.text) && !STOP.has(lw(n)) && !NOUN_STOP.has(lw(n)) && !/(?:ly|ed)$/.test(lw(n))) conditions.event ??= /^(?:quake|earthquake|temblor|mainshock|shock)$/.test(lw(n)) ? 'main shock' : nounLemma(lw(n));
              }
            } else {
              // No known event: the verb that dates it ("fell ill on April 14", "declared an outbreak on May 2").
              const v = eventVerb(tokens, f.firstToken, cFrom) ?? frontedVerb(tokens, f.firstToken, f.lastToken);
              if (v) {
                const c = conceptFor(v.word, 'date');
                measure = c ? c.id : 'verb:' + v.stem;
                measureText = v.word;
              }
            }
          }
        }
      } else if (f.kind === 'count') {
        // "142 full-time positions": the head of the compound, not its first part.
        let compoundHead: string | null = null;
        if (f.noun && /^(?:full|part|first|one|two|multi|long|short|high|low)(?:-\p{L}+)?$/iu.test(f.noun)) {
          let j = f.lastToken + 1;
          while (tokens[j + 1]?.text === '-' && !tokens[j + 1].ws && tokens[j + 2]?.type === 'word') j += 2;
          compoundHead = headNoun(tokens, j + 1, cTo);
        }
        // "9,400 current and former employees": adjectives joined by "and" before the noun counted.
        if (!compoundHead && f.noun && /^(?:current|former|present|past|existing|new|permanent|temporary|retired|active)$/i.test(f.noun) && lw(tokens[f.lastToken + 2]) === 'and') compoundHead = headNoun(tokens, f.lastToken + 3, cTo);
        const noun = compoundHead ? nounLemma(compoundHead) : f.noun ? nounLemma(f.noun) : null;
        const nounConcept = (compoundHead ? conceptFor(compoundHead, 'count') : null) ?? (f.noun ? conceptFor(f.noun, 'count') ?? compoundConcept(f.noun) : null);
        let modifierState: string | undefined;
        for (const mod of f.modifiers ?? []) {
          const m = mod.toLowerCase();
          if (STATE_WORDS.has(m) || ACTED_ON.has(m)) {
            modifierState = m;
            break;
          }
        }
        const state = normaliseState(f.state ?? modifierState ?? stateBefore(tokens, f.firstToken) ?? (wholeOfPart(tokens, qualifierFirst, cFrom) && !relativeAfter(tokens, f.lastToken + 1) ? undefined : stateAfter(tokens, f.lastToken + 1, cTo)) ?? stateVerbBefore(tokens, qualifierFirst, cFrom));
        const residents = /^(?:residents|inhabitants|people|souls|population)$/i.test(f.noun ?? '');
        const pre = words(Math.max(0, qualifierFirst - 3), qualifierFirst - 1).join(' ');
        if (residents && (/\b(?:community|town|city|village|population|home|county|district|suburb|island) (?:of|to)$/.test(pre) || /['’]s$/.test(tokens[qualifierFirst - 1]?.text ?? ''))) {
          // "a community of about 3,400 people", "Pine Hollow's 2,900 residents": how many live there.
          measure = 'population';
          measureText = f.noun;
        } else if (nounConcept && nounConcept.id !== 'deaths') {
          measure = nounConcept.id;
          measureText = f.noun;
        } else if (nounConcept) {
          measure = 'deaths';
          measureText = f.noun;
        } else if (noun && !GENERIC_NOUNS.has(f.noun!.toLowerCase()) && !(PEOPLE_NOUNS.has(f.noun!.toLowerCase()) && roleBefore(tokens, qualifierFirst, cFrom))) {
          measure = 'noun:' + (COUNTED_SYNONYMS[noun] ?? noun);
          measureText = f.noun;
        } else if (noun && !GENERIC_NOUNS.has(f.noun!.toLowerCase())) {
          // "a poll of 1,200 adults", "drew 45,000 fans": the role the people counted are in.
          const c = roleBefore(tokens, qualifierFirst, cFrom)!;
          measure = c.id;
          measureText = c.word;
        } else {
          const c = nearestConcept('count');
          const reach = noun ? null : nounBeforeReach(tokens, qualifierFirst, cFrom);
          if (c) {
            measure = c.id;
            measureText = c.word;
          } else if (reach) {
            // "Confirmed cholera cases have passed 400": the noun before the verb of reaching is what is counted.
            measure = 'noun:' + nounLemma(reach.noun);
            measureText = reach.noun;
            for (let k = Math.max(cFrom, reach.at - 4); k < reach.at; k++) if (STATUS[lw(tokens[k])]) conditions.status ??= STATUS[lw(tokens[k])];
          } else if (noun) {
            // "downloaded 1.2 billion times": the verb before says what is counted; "41,000 people had
            // received a first dose": what the people did.
            const v = verbBefore(tokens, f.firstToken, cFrom);
            const p = v ? null : predicateAfter(tokens, f.lastToken + 1, cTo);
            if (v) {
              measure = 'verb:' + v;
              measureText = v;
            } else if (p) {
              measure = 'did:' + p.key;
              measureText = p.text;
            }
          }
        }
        // "31 councillors voted in favour": a count of voters is a count of votes.
        // "four members who voted no", "six members in favor and seven opposed": also past a clause boundary.
        const voterAfter = words(f.lastToken + 1, f.lastToken + 6).join(' ');
        if (noun && VOTERS.has(noun) && (words(cFrom, cTo).some((w) => /^vot(?:e|ed|es|ing)$/.test(w)) || /^\S+ (?:who )?(?:voted|in favou?r|opposed|against)\b/.test(voterAfter))) {
          const rest = words(f.lastToken + 2, Math.max(cTo, f.lastToken + 6)).join(' ').replace(/^(?:who\s+)?(?:voted|vote|votes)\s+/, '');
          const side = voteSide(rest, true) ?? voteSide(rest);
          if (side) {
            measure = 'votes:' + side;
            measureText = `votes ${side}`;
          }
        }
        // "eight votes in favor", "six yes votes", "passed with nine votes": which side the votes were on.
        if (measure === 'votes') {
          const after = words(f.lastToken + 1, Math.min(cTo, f.lastToken + 4)).join(' ');
          const before = words(Math.max(cFrom, qualifierFirst - 6), qualifierFirst - 1).join(' ');
          const mods = (f.modifiers ?? []).join(' ').toLowerCase();
          const side = voteSide(mods) ?? (/^votes? /.test(after) ? voteSide(after.replace(/^votes? /, ''), true) : null) ?? (PASSED_WITH.test(before) ? 'for' : null);
          if (side) {
            measure = 'votes:' + side;
            measureText = `votes ${side}`;
          }
        }
        // Who voted: the council's tally is not its finance committee's.
        if (measure?.startsWith('votes')) {
          // In the clause, else anywhere in the sentence ("the council said yes: 31 to 17").
          for (const [from, to] of [[cFrom, cTo], [0, tokens.length - 1]]) {
            for (let k = from; k <= to; k++) {
              const w = lw(tokens[k]);
              if (/^(?:council|committee|board|parliament|senate|assembly|house|shareholders|panel|jury|court|cabinet|commission)$/.test(w)) conditions.body = w;
            }
            if (conditions.body) break;
          }
        }
        // A verb made a noun ("arrested 45 people", "45 arrests") is one measure.
        if (measure?.startsWith('verb:') && f.kind === 'count') measure = 'noun:' + measure.slice(5);
        if (measure && state && measure !== 'deaths' && measure !== 'injured' && measure !== state && !measure.endsWith(':' + state) && !(measure.startsWith('noun:') && state.startsWith(measure.slice(5)))) {
          measure += ':' + state;
          measureText = `${measureText} ${state}`;
        }
      } else if (f.kind === 'money') {
        const after = words(f.lastToken + 1, f.lastToken + 3).join(' ');
        const perShare = /^(?:a|per|each) share\b/.test(after) || /^\s*(?:in\s+(?:cash|stock)\s+)?(?:for|per)\s+(?:each|every)\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}share\b/u.test(text.slice(f.end, f.end + 50));
        const earnings = words(cFrom, cTo).some((w) => /^(?:eps|earnings|earned|earn|earns|profit|profits|income|loss|losses|net)$/.test(w));
        if ((perShare && earnings) || words(cFrom, cTo).includes('eps')) {
          measure = 'eps';
          measureText = 'per share';
        } else if (perShare) {
          // "$38.50 a share in cash", "$38.50 for each Pellham share": a price per share, not earnings.
          measure = 'per-share';
          measureText = 'a share';
        } else {
          // "$305m of general obligation bonds", "$180m of cost synergies": what the amount is of comes first.
          const ofHead = lw(tokens[f.lastToken + 1]) === 'of' ? headNoun(tokens, f.lastToken + 2, cTo) : null;
          const ofConcept = ofHead ? conceptFor(ofHead, 'money') : null;
          const c = ofConcept ? { id: ofConcept.id, word: ofHead!, k: undefined } : nearestConcept('money');
          const per = /^(?:per|a|each)$/.test(lw(tokens[f.lastToken + 1])) && tokens[f.lastToken + 2]?.type === 'word' && !/^(?:year|month|week|day|annum|share|head|person|capita)$/.test(lw(tokens[f.lastToken + 2]));
          if (c) {
            measure = c.id;
            measureText = c.word;
          } else if (per || (lw(tokens[f.lastToken + 1]) === 'for' && ms.some((m) => m.start >= f.end && m.start - f.end < 12 && m.type === 'product'))) {
            // "$549 per chip", "$499 for the V9": a price.
            measure = 'cost';
            measureText = per ? `per ${lw(tokens[f.lastToken + 2])}` : 'price';
          }
        }
        const spendVerb = [1, 2, 3].some((d) => /^(?:spend|spent|spending|commit|committed|committing|invest|invested|investing|allocate|allocated|pledged|put|poured|pump|pumped|devote|devoted|earmarked)$/.test(lw(tokens[f.firstToken - d])));
        const object = objectAfter(tokens, f.lastToken + 1, cTo, spendVerb);
        if (object) conditions.object = object;
      } else if (f.kind === 'percent') {
        const onBench = benchmarks.find((b) => b.start >= f.end && b.start - f.end < 12);
        const ofNoun = lw(tokens[f.lastToken + 1]) === 'of' ? headNoun(tokens, f.lastToken + 2, cTo) : null;
        if (onBench) {
          measure = 'score:' + benchKey(onBench.key);
          measureText = text.slice(onBench.start, onBench.end);
          lastBenchmark = { key: onBench.key, unit: u };
        } else if (ofNoun) {
          // "34% of samples tested were positive": a rate named in the clause says more than the noun after "of".
          const strong = nearestConcept('percent');
          // "9.8% of Pellham" is a stake; "6% of Norvik revenue" is a share of its revenue.
          const ofName = ms.some((m) => m.start >= f.end && m.start - f.end < 12 && /^\s*of\s+(?:the\s+)?$/.test(text.slice(f.end, m.start)) && (m.type === 'organization' || m.type === 'other') && !nounFollows(text.slice(m.end, m.end + 24)));
          const c = ofNoun === 'market' ? conceptFor('market-share', 'percent') : ofName || /^(?:shares|stock|equity|company|firm|business)$/.test(ofNoun) ? conceptFor('stake', 'percent') : conceptFor(ofNoun, 'percent') ?? (strong && STRONG_RATES.has(strong.id) ? { id: strong.id } : null);
          measure = c ? c.id : 'share-of:' + nounLemma(SYNONYMS[ofNoun] ?? ofNoun);
          measureText = c && strong && c.id === strong.id ? strong.word : `of ${ofNoun}`;
        } else {
          const c = nearestConcept('percent');
          if (c) {
            measure = c.id;
            measureText = c.word;
          } else {
            const n = nounBeforeChange(tokens, f.firstToken, cFrom);
            if (n) {
              measure = 'change:' + nounLemma(n);
              measureText = n;
            }
          }
        }
        // "94% of members who voted backed strike action", "members voted 96% in favour": a share of a vote, by side.
        // "38.0% for Harrow" is a candidate's share, not the side of a yes-or-no vote.
        if ((!measure || measure.startsWith('share-of:')) && !/^\s*for\s+\p{Lu}/u.test(text.slice(f.end, f.end + 40)) && words(f.firstToken - 8, f.lastToken + 8).some((w) => /^(?:vote|voted|votes|voting|ballot|balloted)$/.test(w))) {
          // Read from the text as written: "against 38.0% for Harrow" sets one figure against another and names a
          // candidate, and "ran for Civic Renewal" names a party; neither is a side of a yes-or-no vote.
          const span = (from: number, to: number) => text.slice(tokens[Math.max(0, from)]?.start ?? 0, tokens[Math.min(tokens.length - 1, to)]?.end ?? 0);
          const after = span(f.lastToken + 1, f.lastToken + 10);
          const all = span(f.firstToken - 8, f.lastToken + 10);
          const side = (t: string) => sideOf(t.replace(/\b(?:for|against)\s+(?=\p{Lu}|[\d$€£])/gu, ' ').toLowerCase());
          const sideOf = (s: string) => /\b(?:against|rejected|opposed)\b/.test(s) ? 'against' : /\b(?:backed|supported|approved|in favou?r|for|yes)\b/.test(s) ? 'for' : null;
          const v = side(after) ?? side(all);
          if (v) {
            measure = 'vote-share:' + v;
            measureText = `voted ${v}`;
          }
        }
      } else if (f.kind === 'score') {
        if (f.unit === 'magnitude') measure = 'magnitude';
        else {
          const onBench = benchmarks.find((b) => b.start >= f.end) ?? benchmarks[benchmarks.length - 1];
          const recent = recentBenchmark();
          if (onBench) {
            measure = 'score:' + benchKey(onBench.key);
            measureText = text.slice(onBench.start, onBench.end);
            lastBenchmark = { key: onBench.key, unit: u };
          } else if (previousScoreMeasure.value) {
            measure = previousScoreMeasure.value;
          } else if (recent) {
            // "Muse Spark scored 42.8": the benchmark named in the sentences just before.
            measure = 'score:' + benchKey(recent);
          }
        }
        if (measure) previousScoreMeasure.value = measure;
      } else if (f.kind === 'rank') {
        // "the second-largest maker of warehouse robots", "the No. 1 warehouse-robot maker", "the third-deadliest quake".
        const sup = /-(\p{L}+est|most|largest|biggest|best|worst)$/u.exec(f.text);
        const nextWord = lw(tokens[f.lastToken + 1]);
        const supWord = sup ? sup[1].toLowerCase() : /^(?:\p{L}+est|largest|biggest|best|worst)$/u.test(nextWord) ? nextWord : null;
        const nounStart = sup ? f.lastToken + 1 : supWord ? f.lastToken + 2 : f.lastToken + 1;
        const head = tokens[nounStart]?.type === 'word' && !STOP.has(lw(tokens[nounStart])) && !NOUN_STOP.has(lw(tokens[nounStart])) ? headNoun(tokens, nounStart, cTo) : null;
        if (supWord && !/^(?:largest|biggest)$/.test(supWord)) conditions.superlative = supWord;
        const rankedOn = benchmarks[benchmarks.length - 1];
        if (rankedOn) {
          // "a top-5 model on the Speed Index": the index is the ranking.
          measure = 'rank:' + benchKey(rankedOn.key);
          lastBenchmark = { key: rankedOn.key, unit: u };
        } else if (head) {
          measure = 'rank:' + nounLemma(SYNONYMS[head] ?? head);
          measureText = head;
        } else if (supWord) measure = 'rank:' + supWord;
        else if (finishVerb(tokens, f.firstToken, cFrom)) {
          // "came fourth with 6.2%", "finished a distant fifth": a place in a race or a contest.
          measure = 'rank:finish';
          measureText = 'finished';
        } else {
          const bench = benchmarks[benchmarks.length - 1];
          const recent = recentBenchmark();
          if (bench) {
            measure = 'rank:' + benchKey(bench.key);
            lastBenchmark = { key: bench.key, unit: u };
          } else if (recent && tokens.some((t) => /^(?:rank|ranks|ranked|ranking|leaderboard|index|globally|overall|global)$/i.test(t.text))) measure = 'rank:' + benchKey(recent);
        }
      } else if (f.kind === 'duration') {
        const n = durationActivity(tokens, f, cFrom, cTo);
        if (n) {
          measure = 'activity:' + n;
          measureText = n;
        }
      } else if (f.kind === 'measure') {
        const area = /^(?:acre|acres|hectare|hectares|ha|km2|km²|sq\s?mi|square\s+(?:miles?|kilometres?|kilometers?))$/i.test(f.unit ?? '');
        const after = lw(tokens[f.lastToken + 1]);
        // "the 6.32m reached in 2011": a participle after the figure says what it was.
        let n = after === 'of' ? headNoun(tokens, f.lastToken + 2, cTo) : area ? 'area' : nounBefore(tokens, qualifierFirst, cFrom) ?? (conceptFor(after, 'measure') ? after : null);
        // "the altitude reading at 46 km": a reading is of what the word before it names.
        if (n && /^(?:reading|readings|measurement|measurements|figure)$/.test(n)) {
          let k = qualifierFirst - 1;
          while (k > cFrom && lw(tokens[k]) !== n) k--;
          const w = tokens[k - 1];
          n = w?.type === 'word' && /^\p{Ll}{3,}$/u.test(w.text) && !STOP.has(lw(w)) ? lw(w) : n;
        }
        const level = n ? conceptFor(n, 'measure') : null;
        if (n && /^(?:mph|km\/h|knot)$/.test(f.unit ?? '') && /\p{L}{3,}(?:ing|ed)$/u.test(n)) {
          // "travelling at nearly 70 mph", "recorded at more than 70 mph": the verb says how it was told, the
          // unit what was measured.
          measure = 'measure:speed';
          measureText = n;
        } else if (level) {
          measure = level.id;
          measureText = n!;
        } else if (n) {
          measure = 'measure:' + nounLemma(n).replace(/fall$/, '');
          measureText = n;
        }
      } else if (f.kind === 'ratio' && f.unit === 'fraction' && lw(tokens[f.lastToken + 1]) === 'of' && headNoun(tokens, f.lastToken + 2, cTo)) {
        // "four-fifths of the port's capacity" is a share, like "80% of the port's capacity".
        const n = headNoun(tokens, f.lastToken + 2, cTo)!;
        const c = conceptFor(n, 'percent');
        measure = c ? c.id : 'share-of:' + nounLemma(SYNONYMS[n] ?? n);
        measureText = `of ${n}`;
      } else if (f.kind === 'ratio' && f.unit === 'fraction' && / in /i.test(f.text) && headNoun(tokens, f.lastToken + 1, cTo)) {
        // "one in four homes" is a share of homes, like "25% of homes".
        const n = headNoun(tokens, f.lastToken + 1, cTo)!;
        const c = conceptFor(n, 'percent');
        measure = c ? c.id : 'share-of:' + nounLemma(SYNONYMS[n] ?? n);
        measureText = n;
      } else if (f.kind === 'ratio') {
        // "twice as fast", "2.5x faster", "three times faster": the quality compared, without its comparative ending.
        const nx = lw(tokens[f.lastToken + 1]);
        const quality = nx === 'as' ? lw(tokens[f.lastToken + 2]) : /^\p{Ll}{3,}er$/u.test(nx) && !/^(?:over|under|after|other|power|water|number|order|never|either|neither|rather|whether)$/.test(nx) ? nx : null;
        const n = quality ? null : headNoun(tokens, nx === 'the' || nx === 'of' ? f.lastToken + 2 : f.lastToken + 1, cTo);
        if (quality && /^\p{Ll}+$/u.test(quality) && !STOP.has(quality)) {
          const base = quality.replace(/(?:([bdglmnpt])\1)?er$/, '$1').replace(/ier$/, 'y');
          measure = 'ratio:' + base;
          measureText = quality;
        } else if (n) {
          measure = 'ratio:' + nounLemma(n);
          measureText = n;
        }
      }

      };
      measureStep();

      // "**Revenue:** $3.2 billion in the third quarter": a short label before a colon names the measure.
      const conditionStep = () => {
      if (!measure && f.kind !== 'date') {
        // "…the city's first property tax rate increase since 2017: a 3.9% rise": what the colon introduces.
        let colon = -1;
        for (let k = Math.min(f.firstToken, tokens.length) - 1; k >= 0 && k >= f.firstToken - 4; k--) if (tokens[k].text === ':') colon = k;
        if (colon < 0) colon = tokens.findIndex((t, k) => k < f.firstToken && k <= 6 && t.text === ':');
        for (let k = colon - 1; k >= 0 && k >= colon - 8 && !measure; k--) {
          const c = conceptAt(tokens, k, f.kind);
          if (c) {
            measure = c.id;
            measureText = tokens[k].text;
          }
        }
      }

      // "a $312 million contract", "a 12-year lease": the noun the amount describes.
      if (!measure && f.kind === 'money') {
        let j = f.lastToken + 1;
        if (tokens[j]?.text === '-' && !tokens[j].ws) j++;
        const n = tokens[j];
        const w = lw(n);
        if (n?.type === 'word' && /^\p{Ll}{3,}$/u.test(n.text) && !STOP.has(w) && !NOUN_STOP.has(w) && !/(?:ly|ed|ing)$/.test(w) && !(w in FREQUENCY_WORDS) && !/^(?:a|per|each|in|for|year|month|week|day|share|apiece|more|less)$/.test(w)) {
          const head = headNoun(tokens, j, cTo) ?? w;
          const c = conceptFor(head, 'money');
          measure = c ? c.id : 'noun:' + nounLemma(head);
          measureText = head;
        }
      }
      // "insured for $150 million", "valued at $2 billion": the verb says what the amount is.
      if (!measure && (f.kind === 'money' || f.kind === 'percent')) {
        let j = qualifierFirst - 1;
        if (/^(?:for|at|to|by)$/.test(lw(tokens[j]))) j--;
        const w = lw(tokens[j]);
        if (j >= cFrom && tokens[j]?.type === 'word' && /^\p{Ll}{4,}ed$/u.test(w) && !NOT_EVENTS.test(w) && !UP_WORDS.has(w) && !DOWN_WORDS.has(w)) {
          measure = 'verb:' + pastStem(w);
          measureText = w;
        }
      }
      // "The ransom demand was $12 million", "the river's peak stood at 6.71 m": the noun the figure is said of.
      if (!measure && f.kind !== 'date' && f.kind !== 'rank' && f.kind !== 'score') {
        const n = copulaSubject(tokens, qualifierFirst, cFrom);
        if (n) {
          const c = conceptFor(n, f.kind);
          measure = c ? c.id : 'noun:' + nounLemma(SYNONYMS[n] ?? n);
          measureText = n;
        }
      }
      // "the vote on March 10", "the hearing in June": the event the date is of.
      if (!measure && f.kind === 'date' && f.dateRole !== 'publication' && /^(?:on|in)$/.test(lw(tokens[f.firstToken - 1]))) {
        const t = tokens[f.firstToken - 2];
        const w = lw(t);
        if (t?.type === 'word' && /^\p{Ll}{4,}$/u.test(t.text) && !STOP.has(w) && !NOUN_STOP.has(w) && !/(?:ly|ed)$/.test(w) && !NOT_EVENTS.test(w) && !/^(?:held|said|people|year|years|time|place|effect|trading|session)$/.test(w)) {
          measure = 'verb:' + w.replace(/(?:ing|ment|ure)$/, '').replace(/e$/, '');
          measureText = w;
        }
      }

      // Conditions.
      // A period is a year or a month the clause puts the figure in ("for 2026", "in March"); a day is
      // when something happened, not the period a count covers.
      for (const k of near) {
        const g = figures[k];
        if (k === fi || g.kind !== 'date' || g.firstToken < cFrom || g.lastToken > cTo || f.kind === 'date') continue;
        if (g.datePrecision === 'day' || g.dateRole === 'publication' || typeof g.value !== 'string') continue;
        // "The viaduct, built in 1878, has 14 arches", "the 12-arch viaduct opened in 1868": the year dates
        // an event of the thing (built, opened), not the period a count or a measure covers.
        if (lw(tokens[g.firstToken - 1]) === 'in' && ((f.kind === 'count' || f.kind === 'measure') ? DATED_EVENTS : FOUNDING_EVENTS).test(lw(tokens[g.firstToken - 2]))) continue;
        // "according to figures the company provided last year": the year dates the source, not the figure.
        if (g.firstToken > f.lastToken && /\baccording to\b/i.test(text.slice(f.end, g.start))) continue;
        // "whose total revenue last year was under $200 million": a year nearer another figure is that one's.
        if (near.some((j) => j !== fi && j !== k && figures[j].kind !== 'date' && Math.abs(figures[j].firstToken - g.lastToken) < Math.abs(f.firstToken - g.lastToken) && (figures[j].firstToken > g.lastToken) !== (f.firstToken > g.lastToken))) continue;
        // "reported $9.7bn of revenue last year": a relative year needs no preposition.
        if (g.relative && /\b(?:year|quarter|month)\b/i.test(g.text) && g.firstToken > f.lastToken) {
          conditions.period = g.value;
          continue;
        }
        // "the largest outbreak since 2019" is a record, not the period of the clause's other figures.
        if (lw(tokens[g.firstToken - 1]) === 'since' && superlativeBefore(tokens, g.firstToken - 1, cFrom)) continue;
        if (/^(?:in|for|during|since|by|fiscal|through|throughout|of|over|until)$/.test(lw(tokens[g.firstToken - 1]))) conditions.period = (lw(tokens[g.firstToken - 1]) === 'since' ? 'since ' : '') + g.value;
      }
      for (let k = cFrom; k <= cTo; k++) {
        const w = lw(tokens[k]);
        if (QUARTERS[w] && /^q\d$/.test(w)) conditions.quarter = QUARTERS[w];
        else if (QUARTERS[w] && /^quarter/.test(tokens[k + 1]?.text === '-' ? lw(tokens[k + 2]) : lw(tokens[k + 1]))) conditions.quarter = QUARTERS[w];
        else if ((w === 'full' && (lw(tokens[k + 1]) === 'year' || lw(tokens[k + 2]) === 'year')) || (w === 'fiscal' && lw(tokens[k + 1]) === 'year') || w === 'full-year') conditions.quarter = 'full year';
        else if ((w === 'quarterly' || (w === 'quarter' && /^(?:the|this|last|that|latest|same)$/.test(lw(tokens[k - 1])))) && f.kind !== 'date') conditions.quarter ??= 'Q?';
        // "Retail Systems Weekly", "Capital Business Daily": a capitalised frequency word mid-sentence ends a name.
        else if (w in FREQUENCY_WORDS && k !== f.firstToken && f.kind !== 'date' && !(k > cFrom && /^\p{Lu}/u.test(tokens[k].text) && /^\p{Lu}/u.test(tokens[k - 1]?.text ?? ''))) conditions.frequency = FREQUENCY_WORDS[w];
        else if (w === 'standard' && lw(tokens[k + 1]) === 'accounting') conditions.setting = 'unadjusted';
        else if (ADJUSTED.has(w) && !(w === 'core' && tokens[k - 1]?.text === '-')) conditions.setting = 'adjusted';
        else if (UNADJUSTED.has(w) && f.kind === 'money') conditions.setting ??= 'unadjusted';
        else if (w in SCOPE_WORDS && !ms.some((m) => m.start <= tokens[k].start && m.end >= tokens[k].end)) conditions.scope = SCOPE_WORDS[w];
        else if ((w === 'wider' || w === 'broader') && k < f.firstToken) conditions.which = 'wider';
        else if ((w === 'including' || w === 'excluding') && k + 1 <= cTo) {
          const n = scopeNoun(tokens, k + 1, cTo);
          if (n) conditions[w] = n;
        }
      }
      if (f.frequency) conditions.frequency = f.frequency;
      // "Excluding state and federal grants, …, the budget comes to $1.62bn": a leading phrase scopes the sentence.
      if (f.kind !== 'date' && cFrom > 0 && /^(?:including|excluding)$/.test(lw(tokens[0])) && !conditions[lw(tokens[0])]) {
        const n = scopeNoun(tokens, 1, Math.min(tokens.length - 1, 8));
        if (n) conditions[lw(tokens[0])] = n;
      }
      if (f.kind === 'money' && /^(?:a|per|each|every)$/.test(lw(tokens[f.lastToken + 1])) && /^(?:year|month|week|day|annum)$/.test(lw(tokens[f.lastToken + 2]))) {
        conditions.frequency = lw(tokens[f.lastToken + 2]) === 'annum' ? 'annual' : { year: 'annual', month: 'monthly', week: 'weekly', day: 'daily' }[lw(tokens[f.lastToken + 2])]!;
      }
      // What kind of count: "suspected" or "confirmed" cases, "new" or cumulative ones, the "first" or "second" shipment.
      if (f.kind !== 'date') {
        for (let k = Math.max(cFrom, f.firstToken - 4); k <= Math.min(cTo, f.lastToken + 5); k++) {
          const w = lw(tokens[k]);
          if (STATUS[w]) conditions.status ??= STATUS[w];
          else if (FLOW[w] && f.kind === 'count' && !(k > f.lastToken && lw(tokens[k - 1]) === 'the')) conditions.flow ??= FLOW[w];
          else if (ORDINAL_MODIFIERS[w] && k < f.firstToken && k >= f.firstToken - 4 && tokens[k + 1]?.type === 'word') conditions.which ??= ORDINAL_MODIFIERS[w];
        }
      }
      // "eight of them performance cores": a part of a count stated just before.
      if (f.kind === 'count' && lw(tokens[f.lastToken + 1]) === 'of' && /^(?:them|those|these|whom|which)$/.test(lw(tokens[f.lastToken + 2]))) conditions.which = 'part';
      // "widened to 58.2% from 55.9%", "55.9% a year earlier": the value it is compared with is another period's.
      if (f.kind !== 'date' && f.kind !== 'rank') {
        const prevW = lw(tokens[(f.qualifierSpan ? tokenIndexAt(f.qualifierSpan.start) : f.firstToken) - 1]);
        const afterText = text.slice(f.end, f.end + 40);
        const comparedWith = near.some((k) => k !== fi && figures[k].kind === f.kind && figures[k].lastToken < f.firstToken && figures[k].firstToken >= cFrom);
        if ((prevW === 'from' && comparedWith && words(cFrom, f.firstToken - 1).some((w) => UP_WORDS.has(w) || DOWN_WORDS.has(w) || w === 'to')) || /^\s*(?:(?:a|one)\s+year\s+(?:earlier|ago|before)|in\s+the\s+(?:year-earlier|previous|prior|same)\b|(?:the\s+)?(?:previous|prior)\s+(?:year|quarter)|last\s+year)/i.test(afterText)) conditions.which = 'earlier';
      }
      // "The police department will receive $286 million", "police get $268 million": a line of the budget.
      if (f.kind === 'money' && !measure) {
        let v = f.firstToken - 1;
        while (v > cFrom && /^(?:up|to|about|nearly|some|around|roughly|more|than|over|almost|at|least)$/.test(lw(tokens[v]))) v--;
        if (/^(?:receive|receives|received|receiving|get|gets|got|getting)$/.test(lw(tokens[v]))) {
          const item = itemBefore(tokens, v, cFrom, 4);
          if (item.length) {
            measure = 'cost';
            measureText = 'budget';
            conditions.item = budgetItem(item);
          }
        }
      }
      // "The police department's budget rises to $268 million": a line of the budget, not the whole.
      if (f.kind === 'money' && measureText && /^(?:budget|budgets|spending|funding|allocation)$/i.test(measureText)) {
        const at = tokens.findIndex((t, k) => k >= cFrom && k <= cTo && t.text === measureText && (k < f.firstToken || k > f.lastToken));
        // Not a title: "Budget Director Harlan Fitch" names a person, not a budget.
        const item = at > 0 && (at <= f.firstToken || at - 1 > f.lastToken) && !/^\p{Lu}/u.test(tokens[at].text) ? itemBefore(tokens, at, cFrom, 3) : [];
        if (item.length && !item.every((w) => /^(?:annual|city|state|federal|county|total|overall|operating|proposed|new|its|their|next|year|year's|fiscal|\d+)$/.test(w))) conditions.item = budgetItem(item);
      }
      // "a reverse termination fee" is owed by the buyer, a break fee by the target.
      if (measure === 'fee' && words(Math.max(cFrom, f.firstToken - 6), cTo).includes('reverse')) conditions.sort = 'reverse';
      // "two neighbouring districts" and "three vaccination districts" count different districts.
      // "12 were seriously injured", "a dozen in serious condition": how badly, a part of all the injured.
      if (measure === 'injured') {
        const around = words(f.firstToken - 4, f.lastToken + 6).join(' ');
        if (/\b(?:seriously|critically|severely|gravely|badly|serious|critical)\b/.test(around)) conditions.severity = 'serious';
        else if (/\b(?:minor|slightly|lightly)\b/.test(around)) conditions.severity = 'minor';
      }
      // "about 2,300 casual workers": a kind of the workers counted, as for nouns ("efficiency cores").
      if (f.kind === 'count' && f.modifiers?.length && (measure?.startsWith('noun:') || measure === 'employees' || measure === 'users')) {
        // Names ("cancelled Kestrel departures") and what was done to them (a state) are not kinds.
        const named = new Set(tokens.slice(f.lastToken + 1, f.lastToken + 6).filter((t) => /^\p{Lu}/u.test(t.text)).map((t) => lw(t)));
        const kinds: string[] = [];
        for (const mod of f.modifiers) {
          const m = mod.toLowerCase();
          if (!named.has(m) && !/^\d/.test(m) && !(m in FREQUENCY_WORDS) && !STATUS[m] && !FLOW[m] && !ORDINAL_MODIFIERS[m] && !STOP.has(m) && !STATE_WORDS.has(m) && !ACTED_ON.has(m)) kinds.push(m);
        }
        if (kinds.length) conditions.sort = kinds.join(' ');
      }
      // "finished on 75,235 votes, or 38.4 per cent": the share those votes are of the total.
      if (!measure && f.kind === 'percent' && /,\s*or\s+(?:about\s+|some\s+|roughly\s+|just\s+)?$/.test(text.slice(Math.max(clauseStart, figStart - 20), figStart))) {
        const count = near.filter((k) => k !== fi && figures[k].kind === 'count' && figures[k].lastToken < f.firstToken && figures[k].noun).pop();
        if (count !== undefined) {
          const noun = nounLemma(figures[count].noun!);
          measure = 'share-of:' + nounLemma(SYNONYMS[noun] ?? noun);
          measureText = `share of ${figures[count].noun}`;
        }
      }
      // "40% of construction costs, or €500 million": the amount of that share, not the whole.
      if (f.kind === 'money' && /,\s*or\s+(?:about\s+|some\s+|roughly\s+)?$/.test(text.slice(Math.max(clauseStart, figStart - 20), figStart))) {
        const share = near.filter((k) => k !== fi && figures[k].kind === 'percent' && figures[k].lastToken < f.firstToken && lw(tokens[figures[k].lastToken + 1]) === 'of').pop();
        if (share !== undefined && results[share]?.measure) {
          measure = 'part:' + results[share].measure;
          measureText = `share of ${results[share].measureText ?? ''}`.trim();
        }
      }
      };
      conditionStep();
      // "two of Halverton's four terminals": the two is a part of the four.
      let partOf: number | undefined;
      if (f.kind === 'count' && lw(tokens[f.lastToken + 1]) === 'of') {
        let k = f.lastToken + 2;
        if (/^(?:the|its|their|all)$/.test(lw(tokens[k]))) k++;
        if (/['’]s$/.test(tokens[k]?.text ?? '')) k++;
        const whole = near.find((j) => j !== fi && figures[j].firstToken === k && figures[j].kind === 'count');
        if (whole !== undefined && typeof figures[whole].value === 'number') partOf = figures[whole].value as number;
      }
      // "five of the province's 11 districts": the 11 is the whole, not a count of the same thing.
      if (f.kind === 'count') {
        let k = f.firstToken - 1;
        if (/['’]s$/.test(tokens[k]?.text ?? '')) k--;
        if (/^(?:the|its|their|all)$/.test(lw(tokens[k]))) k--;
        if (k < f.firstToken - 1 && lw(tokens[k]) === 'of' && near.some((j) => j !== fi && figures[j].lastToken === k - 1)) conditions.which = 'whole';
      }
      // A count "as of" a date, or in a report of that date, is a snapshot of that day.
      if (f.kind !== 'date') {
        const asOf = asOfDate(tokens, figures, near, fi, text);
        if (asOf?.week) conditions.period = 'week to ' + asOf.value;
        else if (asOf) conditions.asof = asOf.value;
        else if (paragraphAsOf && paragraphAsOf.block === unit.block && !conditions.period) conditions.asof = paragraphAsOf.value;
        if (asOf && !asOf.week) paragraphAsOf = { value: asOf.value, block: unit.block };
        if (!conditions.asof && !conditions.period && published && f.kind === 'count') reported = published;
      }
      // "Software revenue" is part of revenue: a segment named on one side is not the total on the other.
      if (measure === 'revenue' || measure === 'profit') {
        let at = -1;
        for (let k = cFrom; k <= cTo; k++) if (conceptFor(lw(tokens[k]), f.kind)?.id === measure) {
          at = k;
          break;
        }
        const mw = at > 0 ? lw(tokens[at - 1]) : '';
        const compound = tokens[at - 2]?.text === '-' && !tokens[at - 1]?.ws ? `${lw(tokens[at - 3])}-${mw}` : null;
        conditions.segment = compound ? (SEGMENTS.has(compound) ? compound : 'total') : SEGMENTS.has(mw) ? mw : 'total';
      }
      // A share move is a move on a given day, in regular or extended trading.
      if (measure === 'share-price' && (f.kind === 'percent' || f.kind === 'money')) {
        const clauseText = text.slice(clauseStart, clauseEnd);
        conditions.session = /\b(?:extended|after-hours|after hours|pre-market|premarket|after the bell|before the bell|late trading)\b/i.test(clauseText)
          ? 'extended'
          : /\b(?:intraday|early trading|morning|midday|afternoon|lunchtime|at one point|as much as)\b/i.test(clauseText) ? 'intraday' : 'regular';
        let best = Infinity;
        for (const k of near) {
          const g = figures[k];
          if (g.kind !== 'date' || g.datePrecision !== 'day' || g.dateRole !== 'event' || g.firstToken < cFrom || g.lastToken > cTo || typeof g.value !== 'string') continue;
          const d = Math.abs(g.firstToken - f.lastToken);
          if (d < best) {
            best = d;
            conditions.day = g.value;
          }
        }
      }
      // "The strongest aftershock, a magnitude 5.9 tremor": another event than the main shock.
      for (let k = cFrom; k <= cTo; k++) {
        const w = lw(tokens[k]);
        if (/^(?:aftershocks?|foreshocks?)$/.test(w) && !/^(?:including|excluding|and|of)$/.test(lw(tokens[k - 1])) && !(measure === 'aftershocks')) conditions.event = nounLemma(w);
        else if ((measure === 'magnitude' || measure === 'occurred') && /^(?:quake|earthquake|temblor|mainshock)$/.test(w) && !conditions.event) conditions.event = 'main shock';
      }
      // Places say where, not whose: "3,000 homes in Marisford" and "4,100 homes" may still be one count.
      const place = mentionsBetween(ms, clauseStart, clauseEnd).find((m) => m.type === 'place' && m.start >= clauseStart && m.end <= clauseEnd && inPrepositionalPhrase(text, m));
      if (place) conditions.place = place.key;
      if (f.kind === 'date' && f.datePrecision === 'year') delete conditions.period;

      // Direction of change.
      let direction: 'up' | 'down' | undefined;
      for (let k = f.firstToken - 1; k >= cFrom && k >= f.firstToken - 6; k--) {
        const w = lw(tokens[k]);
        // "spins up a dozen agents", "set up 40 stations", "shut down 12 plants": phrasal verbs, not moves.
        if ((w === 'up' || w === 'down') && PHRASAL.test(lw(tokens[k - 1]))) continue;
        if (UP_WORDS.has(w)) {
          direction = 'up';
          break;
        }
        if (DOWN_WORDS.has(w)) {
          direction = 'down';
          break;
        }
      }
      if (!direction) {
        const w = lw(tokens[f.lastToken + 1]);
        if (/^(?:rise|increase|jump|gain|surge|climb|growth|higher|up)$/.test(w)) direction = 'up';
        else if (/^(?:fall|drop|decline|slide|plunge|loss|lower|down|cut|decrease)$/.test(w)) direction = 'down';
      }
      if (direction && (f.kind === 'percent' || f.kind === 'money' || f.kind === 'count')) conditions.direction = direction;
      // "Its share is strongest in North America, at 18%": a share that neither rises nor falls is a market share.
      if (measure === 'share-price' && f.kind === 'percent' && !direction && measureText?.toLowerCase() === 'share' && /\b(?:its|their|his|her|market)\s+share\b|\bshare\s+of\b/i.test(text.slice(clauseStart, clauseEnd))) {
        measure = 'market-share';
        delete conditions.session;
        delete conditions.day;
      }

      // "Acme's revenue rose 12%, ahead of Globex (9%)": a figure in parentheses after a name measures what
      // the figure it is set against measures.
      // So does a figure set against it: "Harrow's campaign spent $2.3 million, against $1.46 million for Lindqvist's".
      if (!measure && (/\(\s*$/.test(text.slice(Math.max(unit.start, figStart - 3), figStart)) || /\b(?:against|versus|vs\.?|compared with|compared to)\s+$/i.test(text.slice(Math.max(unit.start, figStart - 14), figStart)))) {
        const against = near.filter((k) => k !== fi && figures[k].lastToken < f.firstToken && dimensionOf(figures[k]) === dimensionOf(f) && results[k]?.measure).pop();
        if (against !== undefined) {
          measure = results[against].measure;
          if (results[against].measureText) measureText = results[against].measureText;
          for (const [k, v] of Object.entries(results[against].conditions)) if (!(k in conditions)) conditions[k] = v;
        }
      }

      // Subject: bound to the figure, else the clause's, else carried from an earlier sentence.
      const financial = measure !== null && FINANCIAL.has(measure.split(':')[0]);
      // Counts of an event (deaths, homes destroyed, magnitude, the day it struck) belong to the event, which
      // is rarely a name: the agencies that report them are sources, not subjects.
      const eventMeasure = measure !== null && EVENT_MEASURES.has(measure.split(':')[0]);
      const nearMentions = mentionsBetween(subjectMentions, clauseStart - 400, clauseEnd + 400);
      let { subject, how } = eventMeasure ? { subject: null, how: undefined } : chooseSubject({ text, f, fi, figures, figIdx: figIdx.length <= 50 ? figIdx : near, subjectMentions: nearMentions, respectively, clauseStart, clauseEnd, figStart, tokens, lastToken: f.lastToken, financial, unitStart: unit.start, stake: measure === 'stake' });
      // Carried only where the clause points back: "it", "they" (the last subject), "the company" (the
      // organisation the article is about), "the stock".
      const anaphor = ANAPHOR.exec(text.slice(clauseStart, clauseEnd));
      if (!subject && !eventMeasure && anaphor && /^(?:its|their|it|they)$/i.test(anaphor[0])) {
        // "Acme said its revenue rose 12%": the pronoun points at the one who said it.
        const source = mentionsBetween(ms, clauseStart - 400, figStart).filter((m) => m.end <= figStart && m.type !== 'person' && m.type !== 'place' && isReporting(text, m)).pop();
        if (source) {
          subject = source.key;
          how = 'clause';
        }
      }
      // A company's figures in an article about that company: "Revenue for the quarter was $2.38 billion".
      if (!subject && financial && dominantOrg && !anaphor) {
        subject = dominantOrg;
        how = 'carried';
      }
      if (!subject && !eventMeasure && anaphor) {
        const definite = /^the\s/i.test(anaphor[0]) || /^(?:shares|stock)$/i.test(anaphor[0].trim());
        const productNoun = /^the\s+(?:model|app|product|device|phone|robot|chip|system)\b/i.test(anaphor[0]);
        const dominant = productNoun ? dominantProduct : dominantOrg;
        const c: { key: string; unit: number } | null = definite && dominant ? { key: dominant, unit: u } : financial ? carriedOrg : carried;
        if (c && u - c.unit <= 6) {
          subject = c.key;
          how = 'carried';
        }
      }
      // "Natarajan, who finished a distant fifth": who finished is a person, named before the verb.
      if ((measure === 'rank:finish' || measure === 'share-of:vote' || measure === 'poll') && how !== 'bound') {
        const runner = mentionsBetween(ms, unit.start, figStart).filter((m) => m.end <= figStart && m.type === 'person').pop();
        if (runner) {
          subject = runner.key;
          how = 'clause';
        }
      }
      if (subject && how !== 'carried') lastFigureSubject = subject;

      results[fi] = {
        subject,
        ...(how ? { subjectHow: how } : {}),
        related: unitRelated,
        measure,
        ...(measureText ? { measureText } : {}),
        conditions,
        dimension: dimensionOf(f),
        ...(f.datePrecision ? { grain: f.datePrecision } : {}),
        ...(subject && how !== 'carried' ? {} : { topics }),
        ...(reported ? { reported } : {}),
        ...(partOf !== undefined ? { partOf } : {}),
      };
    }
    // Carry the sentence's subject to later sentences that only say "it", "they" or "the company".
    if (unit.kind === 'sentence' || unit.kind === 'list-item') {
      const main = subjectMentions.filter((m) => !inPrepositionalPhrase(text, m) && !inParentheses(text, m) && m.type !== 'person' && m.type !== 'place');
      const key: string | undefined = lastFigureSubject ?? main[0]?.key;
      if (key) carried = { key, unit: u };
      const org = main.find((m) => m.type === 'organization');
      if (org) carriedOrg = { key: org.key, unit: u };
      const b = benchmarks[benchmarks.length - 1];
      if (b) lastBenchmark = { key: b.key, unit: u };
    }
  }
  // Both ends of a range measure the same thing: "30 to 50 mm of rain".
  const byStart = new Map(figures.map((f, i) => [f.start, i]));
  figures.forEach((f, i) => {
    const j = f.rangeWith === undefined ? undefined : byStart.get(f.rangeWith);
    if (j === undefined || j < i) return;
    const a = results[i];
    const b = results[j];
    const best = b.measure ? b : a;
    for (const r of [a, b]) {
      r.measure = best.measure;
      if (best.measureText) r.measureText = best.measureText;
      r.conditions = { ...a.conditions, ...b.conditions };
      r.subject = a.subject ?? b.subject;
    }
  });
  // "Vantor V9" and "V9": a model is the same subject with or without its maker's name before it.
  const orgKeys = new Set<string>();
  for (const list of mentions) for (const m of list) if (m.type === 'organization') orgKeys.add(m.key.replace(/\s+/g, ''));
  for (let i = 0; i < figures.length; i++) {
    const r = results[i];
    if (r.subject && /\d/.test(r.subject)) {
      for (const k of orgKeys) {
        const rest = r.subject.slice(k.length);
        if (k.length >= 2 && r.subject.startsWith(k) && /^\p{L}{0,3}\d/u.test(rest)) {
          r.subject = rest;
          break;
        }
      }
    }
    out.push(r);
  }
  return out;
}

export function dimensionOf(f: RawFigure | { kind: string; unit?: string }): string {
  switch (f.kind) {
    case 'money':
      return 'money:' + (f.unit ?? 'USD');
    case 'percent':
      return f.unit === '%' || !f.unit ? 'share' : 'percent:' + f.unit;
    case 'ratio':
      return f.unit === 'fraction' ? 'share' : 'ratio:' + (f.unit ?? '');
    case 'measure':
      return 'measure:' + (f.unit ?? '');
    default:
      return f.kind;
  }
}

const ANAPHOR = /\b(?:it|its|it's|they|their|them|theirs|he|she|his|her|the (?:company|firm|group|model|stock|shares|insurer|startup|lab|app|maker|business|bank|carrier|retailer|platform|chipmaker|automaker|carmaker|developer|manufacturer|brand|service|network|conglomerate))\b|^\s*(?:shares|stock)\b/i;

/** Verbs and nouns of making something, which durations of the same work share. */
const ACTIVITY: Record<string, string> = Object.fromEntries(
  ['build', 'built', 'building', 'rebuild', 'rebuilt', 'rebuilding', 'assemble', 'assembled', 'assembling', 'develop', 'developed', 'developing', 'create', 'created', 'construct', 'constructed', 'overhaul', 'overhauled', 'train', 'trained', 'training', 'make', 'made']
    .map((w) => [w, 'build']),
);

/** Parts of a business that have revenue of their own: "software revenue" is not the company's revenue. */
const SEGMENTS = new Set([
  'software', 'hardware', 'cloud', 'advertising', 'ad', 'ads', 'services', 'service', 'product', 'products', 'subscription', 'subscriptions', 'licensing', 'license',
  'segment', 'division', 'retail', 'wholesale', 'online', 'digital', 'streaming', 'gaming', 'mobile', 'automotive', 'consumer', 'enterprise', 'commercial',
  'international', 'domestic', 'foreign', 'overseas', 'legacy', 'device', 'devices', 'data-center', 'data-centre', 'datacenter', 'datacentre', 'pc', 'laptop', 'server', 'gaming-chip', 'chip', 'chips', 'search', 'hosting', 'insurance',
]);

/** Whether a count is confirmed, suspected…: different counts of the same thing. */
const STATUS: Record<string, string> = table({
  suspected: 'suspected', confirmed: 'confirmed', 'laboratory-confirmed': 'confirmed', 'lab-confirmed': 'confirmed', probable: 'probable', presumptive: 'probable',
  possible: 'suspected', estimated: 'estimated', projected: 'projected', forecast: 'projected', expected: 'projected', official: 'official', unofficial: 'unofficial',
  proposed: 'proposed', draft: 'proposed', requested: 'proposed',
});
/** New in a period, or the running total. */
const FLOW: Record<string, string> = table({ new: 'new', additional: 'new', cumulative: 'cumulative', total: 'cumulative', overall: 'cumulative', active: 'active' });
const ORDINAL_MODIFIERS: Record<string, string> = table({ first: '1', second: '2', third: '3', initial: '1', next: 'next', latest: 'latest', previous: 'previous', final: 'final' });
const REPORT_NOUNS = /^(?:bulletin|bulletins|report|reports|update|updates|count|tally|data|figures|statement|briefing|release|survey|census|numbers)$/;

/** The snapshot date of a count: "as of Monday", "by May 18", "the May 18 bulletin", "in the week to May 17". */
function asOfDate(tokens: readonly Token[], figures: readonly RawFigure[], figIdx: readonly number[], fi: number, text: string): { value: string; week: boolean } | null {
  let best: { value: string; week: boolean; d: number } | null = null;
  for (const k of figIdx) {
    const g = figures[k];
    if (k === fi || g.kind !== 'date' || g.datePrecision !== 'day' || g.dateRole !== 'event' || typeof g.value !== 'string') continue;
    const p1 = lw(tokens[g.firstToken - 1]);
    const p2 = lw(tokens[g.firstToken - 2]);
    const before = text.slice(Math.max(0, g.start - 40), g.start).toLowerCase();
    const week = /\b(?:week|weeks|fortnight|days|month)\s+(?:to|ending|ended|through)\s+$/.test(before);
    const snapshot = week || (p1 === 'of' && p2 === 'as') || /^(?:by|through|until|till)$/.test(p1) || (p1 === 'to' && p2 === 'up') ||
      REPORT_NOUNS.test(lw(tokens[g.lastToken + 1])) || (lw(tokens[g.lastToken + 1]) === "'" && REPORT_NOUNS.test(lw(tokens[g.lastToken + 2]))) || /\b(?:bulletin|report|update|count|tally|figures|statement|briefing)\s*,?\s*(?:of|dated|from|published|released|issued)?\s*(?:on\s+)?$/.test(before) || /['’]s$/.test(tokens[g.lastToken].text) && REPORT_NOUNS.test(lw(tokens[g.lastToken + 1]));
    // "On May 11, the ministry listed 342 suspected cases": a date opening a sentence whose verb reports a count.
    const opening = !snapshot && g.firstToken <= 1 && (g.firstToken === 0 || p1 === 'on') && tokens[g.lastToken + 1]?.text === ',' &&
      tokens.slice(g.lastToken + 2, figures[fi].firstToken).some((t) => /^(?:listed|recorded|reported|counted|registered|tallied|logged|confirmed|put|stood)$/.test(lw(t)));
    if (!snapshot && !opening) continue;
    const d = Math.abs(g.firstToken - figures[fi].firstToken);
    if (!best || d < best.d) best = { value: g.value, week, d };
  }
  return best && { value: best.value, week: best.week };
}

const MONTH_OR_WEEKDAY = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow)$/;
const QUALIFIER_WORDS = new Set(['under', 'over', 'about', 'nearly', 'almost', 'around', 'roughly', 'just', 'some', 'than', 'less', 'more', 'least', 'at', 'up', 'to', 'most', 'only']);

/** Words that name the same thing in news copy. */
const SYNONYMS: Record<string, string> = table({ build: 'cost', construction: 'cost', bill: 'cost', costs: 'cost', price: 'cost', budget: 'cost', spending: 'cost', quake: 'earthquake', quakes: 'earthquakes', temblor: 'earthquake', firm: 'company', firms: 'companies', maker: 'maker', makers: 'makers', manufacturer: 'maker', manufacturers: 'makers', producer: 'maker' });

const VOTERS = new Set(['councillor', 'councilor', 'lawmaker', 'senator', 'member', 'delegate', 'legislator', 'mp', 'representative', 'voter', 'shareholder', 'director', 'judge', 'juror']);

/** Measures of an event rather than of an owner. */
const EVENT_MEASURES = new Set(['deaths', 'injured', 'missing', 'displaced', 'rescued', 'rescuers', 'homes', 'aftershocks', 'magnitude', 'occurred', 'measure', 'loss']);
/** Verbs that make the name before them a source of the figure, not its subject. */
const REPORTING = /^\s*(?:,[^,]{1,60},\s*)?(?:(?:officials?|spokesman|spokeswoman|spokesperson|authorities|sources|police)\s+)?(?:has\s+|have\s+|had\s+)?(?:said|says|say|estimated|estimates|estimate|reported|reports|recorded|records|revised|revises|found|finds|put|puts|expects|expected|forecast|forecasts|projected|projects|calculated|counted|confirmed|told|tallied|measured)\b/;

/** "Artificial Analysis ranks the model third": whoever ranks something else is a source. */
const RANKER = /^\s+(?:ranks|ranked|places|placed|puts|put|rates|rated|lists|listed)\s+(?!(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|No\.|number|\d|top)\b)/i;

/** Measures that belong to organisations (a product has no share price). */
const FINANCIAL = new Set(['share-price', 'revenue', 'profit', 'eps', 'valuation', 'funding', 'market-share', 'employees', 'debt', 'guidance', 'margin', 'stake', 'penalty']);
const PREPOSITIONS = new Set(['on', 'in', 'at', 'of', 'from', 'by', 'across', 'to', 'for', 'with', 'than', 'like', 'including', 'through', 'via', 'behind', 'over', 'under', 'against', 'into', 'onto', 'about', 'among', 'between', 'as']);

/** A benchmark whatever its edition: "Intelligence Index v4.0" and "Intelligence Index" rank the same way. */
function benchKey(key: string): string {
  return key.replace(/\s+/g, '').replace(/v?\d+(?:\.\d+)*$/, '');
}

/** Mentions (in text order) that start within [from, to]. */
function mentionsBetween(ms: readonly UnitMention[], from: number, to: number): readonly UnitMention[] {
  if (ms.length < 32) return ms;
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < ms.length && ms[end].start <= to) end++;
  return ms.slice(lo, end);
}

/** Indices (into figures) of the unit's figures whose tokens lie in [from, to]; figIdx is in text order. */
function nearFigures(figIdx: readonly number[], figures: readonly RawFigure[], from: number, to: number): number[] {
  let lo = 0;
  let hi = figIdx.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (figures[figIdx[mid]].lastToken < from) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let i = lo; i < figIdx.length && figures[figIdx[i]].firstToken <= to; i++) out.push(figIdx[i]);
  return out;
}

function inParentheses(text: string, m: UnitMention): boolean {
  return (m.paren ??= /\(\s*$/.test(text.slice(Math.max(0, m.start - 3), m.start)) && /^\s*\)/.test(text.slice(m.end, m.end + 3)));
}

function isReporting(text: string, m: UnitMention): boolean {
  return (m.reporting ??= REPORTING.test(text.slice(m.end, m.end + 90)));
}

/** Is the mention inside a prepositional phrase ("by the independent firm Artificial Analysis")? Walks back
 * over at most a determiner and three lower-case words to a preposition. */
function inPrepositionalPhrase(text: string, m: UnitMention): boolean {
  if (m.prep !== undefined) return m.prep;
  const words = text.slice(Math.max(0, m.start - 60), m.start).split(/\s+/);
  let seen = 0;
  let result = false;
  for (let i = words.length - 1; i >= 0 && seen < 5; i--) {
    const w = words[i];
    if (!w) continue;
    seen++;
    if (PREPOSITIONS.has(w)) {
      result = true;
      break;
    }
    if (!/^[\p{Ll}-]+(?:['’]s)?$/u.test(w)) break;
  }
  return (m.prep = result);
}

interface SubjectInput {
  text: string;
  f: RawFigure;
  fi: number;
  figures: readonly RawFigure[];
  figIdx: readonly number[];
  subjectMentions: readonly UnitMention[];
  respectively: boolean;
  clauseStart: number;
  clauseEnd: number;
  figStart: number;
  tokens: readonly Token[];
  lastToken: number;
  financial: boolean;
  unitStart: number;
  stake: boolean;
}

/** Verbs whose next name is their (indirect) object. */
const OBJECT_OF_VERB = /\b(?:owe|owes|owed|pay|pays|paid|offer|offers|offered|lend|lent|send|sent|charge|charged|tell|told|ask|asked)\s+(?:the\s+)?$/;

/** Words that open a leading clause. */
const LEADING = /^\W*(?:after|before|having|despite|following|with|without|since|while|by|once|when|although|though|if|unless|amid|through|besides|beyond|on top of|in addition to)\b/i;

function chooseSubject(x: SubjectInput): { subject: string | null; how?: QuantityDescriptor['subjectHow'] } {
  const { text, f, fi, figures, figIdx, subjectMentions, clauseStart, clauseEnd, figStart, tokens } = x;
  const before = subjectMentions.filter((m) => m.end <= figStart);
  const prev = before[before.length - 1];
  // Bound: "Gemini 3.1 Pro (20.6)", "Claude Opus 4.6's 157M", "GPT-5.4: 40.1".
  if (prev && (/^\s*\(\s*$/.test(text.slice(prev.end, figStart)) || /^['’]s?\s*$/.test(text.slice(prev.end, figStart)) || /^\s*[:=]\s*$/.test(text.slice(prev.end, figStart)))) {
    return { subject: prev.key, how: 'bound' };
  }
  // Bound: "A and B scored 13 and 18 respectively".
  if (x.respectively) {
    const sameKind = figIdx.filter((k) => figures[k].kind === f.kind);
    const firstFig = figures[sameKind[0]];
    const owners = subjectMentions.filter((m) => m.end <= (firstFig.qualifierSpan?.start ?? firstFig.start));
    if (owners.length >= sameKind.length && sameKind.length > 1) return { subject: owners[owners.length - sameKind.length + sameKind.indexOf(fi)].key, how: 'bound' };
  }
  // Bound: "$499 for the V9", "against 38.0% for Harrow".
  if ((f.kind === 'money' || f.kind === 'percent') && tokens[x.lastToken + 1]?.text.toLowerCase() === 'for') {
    const next = subjectMentions.find((m) => m.start >= f.end && /^\s*for\s+(?:the\s+)?$/i.test(text.slice(f.end, m.start)));
    if (next) return { subject: next.key, how: 'bound' };
  }
  // Bound: "the $14.3 billion rebuild of Meta's AI stack", "3 billion users of Meta's apps" — but "9.8% of
  // Pellham" is a stake whose subject is whoever holds it.
  for (let k = x.lastToken + 1; !x.stake && k < tokens.length && k <= x.lastToken + 4; k++) {
    const t = tokens[k];
    if (t.type === 'punct' && t.text !== '-') break;
    // "wiped half a billion dollars off Kestrel's market value", "a $3 billion boost to Acme's revenue".
    if (/^(?:off|to|from)$/i.test(t.text)) {
      const owner = subjectMentions.find((m) => m.start >= t.end && /^\s+$/.test(text.slice(t.end, m.start)) && /^['’]s?\s+\p{Ll}/u.test(text.slice(m.end, m.end + 4)));
      if (owner && owner.type !== 'person') return { subject: owner.key, how: 'bound' };
    }
    if (t.type === 'word' && t.text.toLowerCase() !== 'of' && (STOP.has(t.text.toLowerCase()) || NOUN_STOP.has(t.text.toLowerCase()))) break;
    if (t.text.toLowerCase() === 'of') {
      const next = subjectMentions.find((m) => m.start >= t.end && /^\s*(?:the\s+)?$/.test(text.slice(t.end, m.start)));
      if (next && next.type !== 'person') return { subject: next.key, how: 'bound' };
      break;
    }
  }
  // The clause: the nearest name before the figure that is not inside a prepositional phrase.
  const inClause = before.filter((m) => m.start >= clauseStart);
  // "Northwind Robotics, the Larkspur company whose robots…, reported": a name inside an appositive or a
  // relative clause set off after another name describes that name ("Lindqvist, 44, a former chair who ran
  // for Civic Renewal, took 38.4%").
  const asides = new Map<UnitMention, boolean>();
  const aside = (m: UnitMention): boolean => {
    let v = asides.get(m);
    if (v === undefined) asides.set(m, (v = before.some((o) => o !== m && o.end <= m.start && /^\s*,\s+(?:\d+\s*,\s+)?(?:the|a|an|who|which|whose)\s[^,;]*$/u.test(text.slice(o.end, m.start)))));
    return v;
  };
  const ranked = [...inClause].reverse().sort((a, b) => score(a) - score(b));
  function score(m: UnitMention): number {
    let s = 0;
    if (inPrepositionalPhrase(text, m)) s += 2;
    if (aside(m)) s += 3;
    if (m.type === 'person') s += 3;
    // "it would owe Halden a fee": the one owed is the object, not whose fee it is.
    if (OBJECT_OF_VERB.test(text.slice(Math.max(0, m.start - 12), m.start))) s += 3;
    if (x.financial && m.type !== 'organization') s += 1;
    return s;
  }
  if (ranked.length && score(ranked[0]) < 3) return { subject: ranked[0].key, how: 'clause' };
  // A figure in a leading clause belongs to the main clause's subject: "After committing $115 billion…, Meta
  // recognised". Only a leading clause: "the city will pay 40%, with … Havenfront Partners covering the rest" is not.
  const lead = text.slice(x.unitStart, figStart);
  const after = LEADING.test(lead) && !/[,;:]/.test(lead) ? subjectMentions.filter((m) => m.start >= f.end && m.end <= clauseEnd) : [];
  if (after.length && /,/.test(text.slice(f.end, after[0].start)) && !inPrepositionalPhrase(text, after[0])) return { subject: after[0].key, how: 'clause' };
  // A person is the subject only when the figure is bound to them; otherwise they are speaking about it.
  // Nor is the one told or paid: "Railcorp told the Gazette that…".
  const objectOfVerb = (m: UnitMention) => OBJECT_OF_VERB.test(text.slice(Math.max(0, m.start - 12), m.start));
  const notPerson = ranked.filter((m) => m.type !== 'person' && !objectOfVerb(m) && !aside(m));
  if (notPerson.length) return { subject: notPerson[0].key, how: 'clause' };
  const earlier = before.filter((m) => !inPrepositionalPhrase(text, m) && m.type !== 'person' && !objectOfVerb(m) && !aside(m) && (!x.financial || m.type === 'organization'));
  if (earlier.length) return { subject: earlier[earlier.length - 1].key, how: 'clause' };
  return { subject: null };
}

const MODAL_OR_TO = /^(?:to|will|would|must|could|should|can|may|might|and|or|not|never|also|then|'ll|agreed|refused)$/;

/** The concept a word names in its context: "market share" is not a share price, "to pay for" is spending,
 * not pay, and a "price target" is an analyst's target, not a price. */
function conceptAt(tokens: readonly Token[], k: number, kind: RawFigure['kind']): { id: string; label: string } | null {
  const w = lw(tokens[k]);
  const prev = lw(tokens[k - 1]);
  const next = lw(tokens[k + 1]);
  // "rainy-day", "pay-out": a hyphenated compound may name the concept as one word.
  if (next === '-' && !tokens[k + 1].ws && tokens[k + 2]?.type === 'word' && !tokens[k + 2].ws) {
    const joined = conceptFor(w + '-' + lw(tokens[k + 2]), kind);
    if (joined) return joined;
  }
  // "the attackers got in on February 9", "first got into its systems": when they broke in.
  if (kind === 'date' && w === 'got' && /^(?:in|into)$/.test(next)) return conceptFor('intrusion', kind);
  if (kind === 'percent' && /^shares?$/.test(w) && prev === 'market') return conceptFor('market-share', kind);
  if (kind === 'percent' && /^rates?$/.test(w) && /^(?:tax|levy|property|millage|vat)$/.test(prev)) return conceptFor('tax-rate', kind);
  // "the vacancy rate", "the growth rate": a rate of what the noun before names; bare "rates" are interest rates.
  if (kind === 'percent' && /^rates?$/.test(w) && tokens[k - 1]?.type === 'word' && /^\p{Ll}+$/u.test(tokens[k - 1].text) && !STOP.has(prev) && !/^(?:interest|policy|lending|mortgage|benchmark|base|key|bank|borrowing|deposit|repo|discount)$/.test(prev)) {
    const named = conceptFor(prev, kind);
    return named ?? { id: 'rate:' + nounLemma(prev), label: `${prev} rate` };
  }
  // "forced 20,000 people from their homes": people displaced, not homes.
  if (kind === 'count' && /^(?:homes|houses)$/.test(w) && /^(?:their|its)$/.test(prev) && /^(?:from|fled|left|flee|leave|abandoned)$/.test(lw(tokens[k - 2]))) return conceptFor('displaced', kind);
  if (kind === 'date' && w === 'reported' && prev === 'first') return conceptFor('started', kind);
  // "The budget takes effect on July 1", "comes into force": the date it applies from.
  if (kind === 'date' && ((w === 'effect' && /^(?:takes|take|took|taking|taken|into)$/.test(prev)) || (w === 'force' && prev === 'into'))) return conceptFor('effective', kind);
  // "stepped down", "went on sale", "begin operating", "completed the acquisition".
  if (kind === 'date' && w === 'down' && /^(?:stepped|steps|step|stepping|stood|stands)$/.test(prev)) return conceptFor('resigned', kind);
  if (kind === 'date' && w === 'sale' && prev === 'on' && /^(?:went|goes|go|going|gone)$/.test(lw(tokens[k - 2]))) return conceptFor('launch', kind);
  if (kind === 'date' && /^(?:operating|operations|service)$/.test(w) && /^(?:begin|begins|began|start|starts|started|enter|enters|entered|into)$/.test(prev)) return conceptFor('opening', kind);
  if (kind === 'date' && /^(?:acquisition|merger|deal|takeover|purchase)$/.test(w) && [prev, lw(tokens[k - 2])].some((x) => /^(?:completed|completes|complete|closed|closes|finalised|finalized|finalises|finalizes)$/.test(x))) return conceptFor('closing', kind);
  // "is due to open in 2029", "will open": a future opening; a bare "open" (a market open, an open house) is not.
  if (kind === 'date' && w === 'open' && /^(?:to|will|would|could|may|might|shall)$/.test(prev)) return conceptFor('opening', kind);
  // "the agency's May 22 target date", "had until June 8 to decide": a deadline.
  if (kind === 'date' && ((w === 'target' && /^(?:date|dates)$/.test(next)) || (w === 'until' && /^(?:had|has|have)$/.test(prev)))) return conceptFor('deadline', kind);
  // "is listing the drug at $1,350 a month": a price.
  if (kind === 'money' && /^(?:list|lists|listing|listed)$/.test(w) && (next === 'price' || tokens.slice(k + 1, k + 6).some((t) => lw(t) === 'at'))) return conceptFor('cost', kind);
  // "insured losses", "insured value": the losses and the value, not the cover.
  if (kind === 'money' && w === 'insured' && /^(?:losses|loss|damage|damages|value|values|claims)$/.test(next)) return null;
  // "a 95% success record": a rate, like "the success rate".
  if (kind === 'percent' && w === 'record' && tokens[k - 1]?.type === 'word' && /^\p{Ll}{4,}$/u.test(tokens[k - 1].text) && !STOP.has(prev) && /^(?:success|failure|safety|reliability|win|approval|attendance|completion)$/.test(prev)) return { id: 'rate:' + prev, label: `${prev} rate` };
  // "valued its share of the cargo at $185 million": a portion of something, not a share price.
  if (kind === 'money' && w === 'share' && next === 'of') return null;
  // "closing price", "share price": what a share trades at, not what something costs.
  if (kind === 'money' && /^prices?$/.test(w) && /^(?:closing|share|stock|trading|opening|market)$/.test(prev)) return conceptFor('share-price', kind);
  if (kind === 'money' && /^prices?$/.test(w) && /^(?:offer|bid|takeover|tender|deal)$/.test(prev)) return conceptFor('per-share', kind);
  // "cost savings", "cost synergies", "cost cuts": savings, not a cost.
  if (kind === 'money' && /^costs?$/.test(w) && /^(?:savings|synergies|cuts|reductions)$/.test(next)) return conceptFor('savings', kind);
  if (kind === 'money' && ((w === 'price' && next === 'target') || (w === 'target' && (prev === 'price' || next === 'price')))) return conceptFor('price-target', kind);
  if (kind === 'money' && w === 'pay' && (MODAL_OR_TO.test(prev) || /^(?:for|its|their|the|a|an|back|out|off|it|them|up)$/.test(next) || tokens[k + 1]?.type === 'num' || /^[$€£¥]$/.test(tokens[k + 1]?.text ?? ''))) return conceptFor('payment', kind);
  if (kind === 'money' && /^(?:pays|paid|paying)$/.test(w)) return conceptFor('payment', kind);
  return conceptFor(w, kind);
}

function isAttribution(text: string, m: UnitMention): boolean {
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  const after = text.slice(m.end, m.end + 10);
  // "tell Capital Business Daily", "seen by Retail Systems Weekly": the outlet a source spoke to.
  if (/(?:according to|\btells?|\btold|\bseen by|\bobtained by|\breviewed by|\bconfirmed to|\bspeaking to|\binterview with)\s+(?:the\s+)?$/i.test(before) || (m.type === 'person' && (/^\s*(?:said|says|told|wrote|added)\b/.test(after) || /\b(?:said|says|told)\s+$/.test(before)))) return true;
  // Where a quoted person works: "an analyst at Halden Securities", "who covers chipmakers at", "Priya Raman of".
  return m.type === 'organization' && /(?:\b(?:analysts?|economists?|strategists?|researchers?|professor|fellow|director|chief|head|partner|covers\s+\S+|works|worked)\s+(?:at|with|from|of|for)|\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+,?\s+(?:of|at|from))\s+(?:the\s+)?$/u.test(before);
}

/** Words that name a measure only when nothing closer does: "a plan for the $3 billion in bridge financing". */
const WEAK_CONCEPT_WORDS = new Set(['plan', 'plans', 'project', 'program', 'programme', 'package', 'bill', 'deal', 'put', 'puts', 'putting', 'announced', 'announcement']);

/** The words before token `at` naming what a budget line funds ("the police department's budget",
 * "police will get"), at most `max` of them, modal verbs skipped. */
function itemBefore(tokens: readonly Token[], at: number, from: number, max: number): string[] {
  const item: string[] = [];
  for (let j = at - 1; j >= from && j >= at - max; j--) {
    const t = tokens[j];
    const w = lw(t).replace(/['’]s$/, '');
    if (/^(?:will|would|is|are|to|also|now|could|should|must|may)$/.test(w)) continue;
    if (t.type !== 'word' || STOP.has(w) || NOUN_STOP.has(w) || (/^\p{Lu}/u.test(t.text) && j > 0 && !/^(?:the|a|an)$/.test(lw(tokens[j - 1])))) break;
    item.unshift(w);
  }
  return item;
}

/** What "including …" or "excluding …" names: a noun, never a verb ("including 14 killed") or a number. */
function scopeNoun(tokens: readonly Token[], k: number, to: number): string | null {
  const n = headNoun(tokens, k, to);
  return n && !/(?:ed|ing)$/.test(n) && !/^\d/.test(n) ? nounLemma(n) : null;
}

const SIDE_AGAINST = /\b(?:against|no|opposed)\b/;
const SIDE_FOR = /\b(?:in favou?r|favou?rable|for|yes)\b/;
const SIDE_AGAINST_FIRST = /^(?:against|no|opposed)\b/;
const SIDE_FOR_FIRST = /^(?:in favou?r|for|yes)\b/;
const PASSED_WITH = /\b(?:passed|approved|adopted|won|carried)\b(?: \S+){0,3} (?:with|by)$/;

/** Which side votes were on, from the words around them; `first` reads only the words that open `s`. */
function voteSide(s: string, first = false): 'for' | 'against' | null {
  if ((first ? SIDE_AGAINST_FIRST : SIDE_AGAINST).test(s)) return 'against';
  return (first ? SIDE_FOR_FIRST : SIDE_FOR).test(s) ? 'for' : null;
}

/** A budget line by what it funds: "police department" and "police" are one line. */
function budgetItem(words: string[]): string {
  const kept = words.filter((w) => !/^(?:department|departments|dept|budget|agency|office|service|services|division)$/.test(w));
  return (kept.length ? kept : words).join(' ');
}

/** Rates that a clause names more precisely than the noun after "of". */
const STRONG_RATES = new Set(['positivity', 'turnout', 'approval', 'unemployment', 'inflation']);
const NOT_SUPERLATIVES = /^(?:interest|forest|protest|request|contest|honest|modest|suggest|invest|harvest|arrest|manifest|digest|latest|earliest|least|west|rest|test|best-selling)$/;

/** The superlative a record is stated with: "the largest outbreak … since 2019" → "largest". */
function superlativeBefore(tokens: readonly Token[], k: number, from: number): string | null {
  for (let j = k - 1; j >= from && j >= k - 10; j--) {
    const w = lw(tokens[j]);
    if (/^(?:most|worst|best)$/.test(w) || (w.length >= 6 && /est$/.test(w) && !NOT_SUPERLATIVES.test(w))) return w;
  }
  return null;
}

const REACH_VERBS = /^(?:passed|pass|passes|reached|reach|reaches|hit|hits|topped|tops|top|exceeded|exceeds|exceed|surpassed|surpasses|crossed|crosses|totalled|totaled|totals|numbered|numbers|stood|stands|rose|risen|climbed|grown|grew|jumped|increased|swelled)$/;
const AUXILIARIES = /^(?:have|has|had|now|already|were|was|are|is|been|be|will|would|could|may|might|reportedly|also|since|then|just)$/;

/** "Cases in Kessel Delta have passed 400": the plural noun the verb of reaching has for subject. */
function nounBeforeReach(tokens: readonly Token[], first: number, from: number): { noun: string; at: number } | null {
  let k = first - 1;
  if (/^(?:to|at)$/.test(lw(tokens[k]))) k--;
  if (k < from || !REACH_VERBS.test(lw(tokens[k]))) return null;
  for (let j = k - 1; j >= from && j >= k - 8; j--) {
    const t = tokens[j];
    if (t.type !== 'word') {
      if (t.text === '-' && !t.ws) continue;
      return null;
    }
    const w = lw(t);
    if (AUXILIARIES.test(w) || STOP.has(w) || /^\p{Lu}/u.test(t.text) && j > from) continue;
    if (/[^su]s$/.test(w) && w.length > 3 && !NOUN_STOP.has(w) && !/^(?:has|was|is|this|thus|its)$/.test(w)) return { noun: w, at: j };
  }
  return null;
}

/** What the counted people did: "had received a first dose" → receive/dose; skips a phrase of place. */
function predicateAfter(tokens: readonly Token[], from: number, to: number): { key: string; text: string } | null {
  let k = from;
  // The counted noun itself ("people").
  if (tokens[k]?.type === 'word' && GENERIC_NOUNS.has(lw(tokens[k]))) k++;
  // Where they are: "400 people on board", "318 people aboard", "23 people in hospital".
  const w0 = lw(tokens[k]);
  if (w0 === 'aboard' || w0 === 'onboard' || (w0 === 'on' && lw(tokens[k + 1]) === 'board')) return { key: 'aboard', text: 'on board' };
  if (/^(?:in|inside)$/.test(w0) && /^(?:hospital|hospitals)$/.test(lw(tokens[k + 1]))) return { key: 'hospital', text: 'in hospital' };
  let sawAux = false;
  for (let steps = 0; k <= to && steps < 10; k++, steps++) {
    const t = tokens[k];
    if (t.type !== 'word') {
      if (t.type === 'num') continue;
      return null;
    }
    const w = lw(t);
    if (AUXILIARIES.test(w)) {
      sawAux = true;
      continue;
    }
    const verb = IRREGULAR_PAST.test(w) || (/ed$/.test(w) && w.length > 4) || (sawAux && /ing$/.test(w));
    if (!verb) {
      if (sawAux) return null;
      continue; // "across the three vaccination districts"
    }
    const object = headNoun(tokens, k + 1, to);
    const stem = w.replace(/(?:ied)$/, 'y').replace(/(?:ed|d|ing)$/, '');
    return { key: stem + (object && !/^\d/.test(object) ? ':' + nounLemma(object) : ''), text: w + (object ? ' ' + object : '') };
  }
  return null;
}

/** "Norvik revenue", "Norvik's sales": a lower-case noun right after a name, not a conjunction or a verb. */
/** Verbs that take "up" or "down" as a particle: "spins up", "sets up", "shut down", "broke down". */
const PHRASAL = /^(?:spin|spins|spun|spinning|set|sets|setting|sign|signs|signed|signing|pick|picks|picked|line|lines|lined|sum|sums|summed|make|makes|made|take|takes|took|taken|open|opens|opened|end|ends|ended|show|shows|showed|turn|turns|turned|bring|brings|brought|come|comes|came|wind|winds|wound|fire|fires|fired|start|starts|started|shut|shuts|shutting|break|breaks|broke|broken|back|backs|backed|stand|stands|stood|step|steps|stepped|sit|sits|sat|lay|lays|laid|call|calls|called|hold|holds|held|put|puts|tie|ties|tied|gear|gears|geared|team|teams|teamed|wrap|wraps|wrapped|pay|pays|paid|clean|cleans|cleaned|head|heads|headed|hand|hands|handed)$/;

/** "came fourth", "finished a distant fifth", "placed third": the verb of a place in a contest before a rank. */
function finishVerb(tokens: readonly Token[], first: number, from: number): boolean {
  for (let k = first - 1; k >= from && k >= first - 4; k--) {
    const w = lw(tokens[k]);
    if (/^(?:finished|finishes|finish|finishing|came|comes|coming|placed|ended|ends)$/.test(w)) return true;
    if (!/^(?:a|an|the|distant|close|strong|narrow|joint|equal|in|up)$/.test(w)) return false;
  }
  return false;
}

/** First words that say nothing of what an article is about on their own ("North Sea", "National Grid"). */
const GENERIC_TOPIC_WORDS = /^(?:the|general|national|united|american|first|international|global|royal|standard|central|southern|northern|eastern|western|pacific|atlantic|north|south|east|west|new|great|state|city|federal|public|capital|regional|county|saint)$/;

/** Participles of events that a year after "in" dates: "built in 1878", "opened in 1868". */
const DATED_EVENTS = /^(?:built|opened|founded|established|completed|constructed|inaugurated|erected|born|died|formed|incorporated|launched|introduced|acquired|bought)$/;
/** Of those, the ones that date a thing's beginning or end, whatever the figure: "a party founded in 2021". */
const FOUNDING_EVENTS = /^(?:founded|established|constructed|erected|born|died|formed|incorporated)$/;

function nounFollows(after: string): boolean {
  // "1.4% of Corvessa-treated patients": the name opens a compound that goes on to a noun.
  if (/^[-‐]\p{Ll}{3,}\s+\p{Ll}{3,}/u.test(after)) return true;
  const m = /^['’]?s?\s+(\p{Ll}{3,})\b/u.exec(after);
  return !!m && !STOP.has(m[1]) && !NOUN_STOP.has(m[1]) && !/(?:ed|ly)$/.test(m[1]) && !/^(?:said|says|had|has|and|but|which|who|that|shares|stock)$/.test(m[1]);
}

/** Counted nouns that name the same things: "cancelled departures" are cancelled flights. */
const COUNTED_SYNONYMS: Record<string, string> = table({ departure: 'flight', carrier: 'airline', vessel: 'ship', facility: 'site', location: 'site', car: 'vehicle', automobile: 'vehicle', lorry: 'truck', aircraft: 'plane', jet: 'plane', airliner: 'plane' });

/** People counted by what they are, which a word before them may put in a role ("a poll of 1,200 adults"). */
const PEOPLE_NOUNS = new Set(['adults', 'fans', 'voters', 'visitors', 'spectators', 'citizens', 'participants', 'americans', 'britons', 'men', 'women', 'children', 'students']);

/** A counted concept named just before the figure: "a poll of", "the crowd of", "drew". */
function roleBefore(tokens: readonly Token[], first: number, from: number): { id: string; word: string } | null {
  for (let k = first - 1; k >= from && k >= first - 4; k--) {
    const c = conceptFor(lw(tokens[k]), 'count');
    if (c && (c.id === 'sample' || c.id === 'attendance')) return { id: c.id, word: tokens[k].text };
  }
  return null;
}

/** "350 houses in Tosk were destroyed": the state said of the counted noun later in the clause. */
function stateAfter(tokens: readonly Token[], from: number, to: number): string | undefined {
  for (let k = from; k <= to && k < from + 8; k++) {
    const w = lw(tokens[k]);
    const st = (x: string) => (STATE_WORDS.has(x) || ACTED_ON.has(x)) && !/^(?:cut|laid|lost|sold|built|employed|affected)$/.test(x);
    if (/^(?:were|was|had|have|has|been|be|being)$/.test(w) && st(lw(tokens[k + 1]))) return lw(tokens[k + 1]);
    if (/^(?:were|was|had|have|has|been)$/.test(w) && lw(tokens[k + 1]) === 'been' && st(lw(tokens[k + 2]))) return lw(tokens[k + 2]);
    // "five of the eight carriages derailed", "four carriages came off the track", "left the rails".
    if (w === 'derailed' || (/^(?:came|come|comes|left|leave|leaves|jumped|went)$/.test(w) && /^(?:off|the)$/.test(lw(tokens[k + 1])) && /^(?:track|tracks|rails|line)$/.test(lw(tokens[k + (lw(tokens[k + 1]) === 'off' ? 3 : 2)])))) return 'derailed';
  }
  return undefined;
}

/** "five of the train's eight carriages derailed": the eight are the whole the part is counted from; the
 * verb after them says what happened to the part. */
function wholeOfPart(tokens: readonly Token[], first: number, from: number): boolean {
  for (let k = first - 1; k >= from && k >= first - 4; k--) {
    const w = lw(tokens[k]);
    if (w === 'of') return tokens[k - 1]?.type === 'num' || /^(?:one|two|three|four|five|six|seven|eight|nine|ten|all|most|some|half|many|none)$/.test(lw(tokens[k - 1]));
    if (!/^(?:the|its|their|his|her|s|'|’)$/.test(w) && !/['’]s?$/.test(tokens[k].text)) return false;
  }
  return false;
}

/** "one of 1,140 homes across the valley that were flooded": a relative clause says what the whole is. */
function relativeAfter(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < from + 7 && k < tokens.length; k++) if (/^(?:that|which|who)$/.test(lw(tokens[k]))) return true;
  return false;
}

/** "cut 1,200 jobs", "laid off 1,500 workers", "shed 800 staff": the count was cut. */
function stateVerbBefore(tokens: readonly Token[], first: number, from: number): string | undefined {
  const w = lw(tokens[first - 1]);
  if (first - 1 >= from && /^(?:cut|cuts|cutting|shed|sheds|shedding|eliminated|eliminate|eliminates|axed|axe|axes|slashed|slash|slashes)$/.test(w)) return 'cut';
  if (first - 2 >= from && /^(?:laid|lay|lays|laying)$/.test(lw(tokens[first - 2])) && w === 'off') return 'cut';
  // "cancelled 1,420 flights", "cancelling 1,420 flights", "destroyed 300 homes": what was done to what is counted.
  const past = /ing$/.test(w) ? w.replace(/ing$/, 'ed') : w;
  if (first - 1 >= from && (STATE_WORDS.has(past) || ACTED_ON.has(past)) && !/^(?:employed|sold|built|lost|affected)$/.test(past)) return past;
  return undefined;
}

/** Past participles that say what happened to the things counted, beyond the lexicon's states. */
const ACTED_ON = new Set(['closed']);

/** One word per state: "laid" (off) is cut. */
function normaliseState(state: string | undefined): string | undefined {
  return state === 'laid' ? 'cut' : state === 'canceled' ? 'cancelled' : state;
}

function stateBefore(tokens: readonly Token[], first: number): string | undefined {
  for (let k = first - 1; k >= 0 && k >= first - 3; k--) {
    const w = lw(tokens[k]);
    if (STATE_WORDS.has(w)) return w;
    if (!/^(?:about|nearly|some|around|roughly|over|than|more|least|at|almost|the|a|an)$/.test(w)) break;
    if (/^[,;.]$/.test(w)) break;
  }
  return undefined;
}

const NOT_EVENTS = /^(?:said|says|say|told|tells|added|noted|wrote|reported|stated|confirmed|explained|announced|published|posted|updated|is|was|were|are|been|be|had|has|have|did|does|do|expected|scheduled|due)$/;
const IRREGULAR_PAST = /^(?:fell|began|begun|struck|hit|won|lost|met|held|took|made|became|rose|came|went|broke|sold|bought|left|died|opened|closed|voted|signed|declared|ended|started|occurred|happened|arrived|opened)$/;

/** The verb a date attaches to, before it in the clause: "fell" in "fell ill on April 14". */
/** A closed compound ending in a counted concept: "dockworkers", "steelworkers" are workers. */
function compoundConcept(noun: string): { id: string; label: string } | null {
  const w = noun.toLowerCase();
  for (let i = 3; i <= w.length - 5; i++) {
    const c = conceptFor(w.slice(i), 'count');
    // "dockworkers" are workers, but "warehouses" and "greenhouses" are not homes.
    if (c && c.id !== 'deaths' && c.id !== 'homes') return c;
  }
  return null;
}

/** The head noun of a subject the figure is predicated of: "the ransom demand was $12 million", "turnout
 * stood at 47.8%", "the bill came to $96". */
function copulaSubject(tokens: readonly Token[], first: number, from: number): string | null {
  let k = first - 1;
  if (/^(?:at|to)$/.test(lw(tokens[k]))) k--;
  if (k < from || !/^(?:is|was|are|were|stood|stands|remains|remained|reached|totalled|totaled|totals|total|came|comes|hit|amounted|amounts)$/.test(lw(tokens[k]))) return null;
  if (lw(tokens[k]) === 'total' && !/^(?:will|would|could|should|may|might|to)$/.test(lw(tokens[k - 1]))) return null;
  k--;
  while (k >= from && /^(?:has|have|had|now|already|still|been|reportedly|will|would|could|should|may|might)$/.test(lw(tokens[k]))) k--;
  // "The general fund, which pays for most services, will total $812 million": over the relative clause.
  if (tokens[k]?.text === ',') {
    let j = k - 1;
    while (j > 0 && k - j < 30 && !/^(?:which|who)$/.test(lw(tokens[j])) && !/^[.;:!?]$/.test(tokens[j].text)) j--;
    if (j < 2 || !/^(?:which|who)$/.test(lw(tokens[j])) || tokens[j - 1].text !== ',') return null;
    k = j - 2;
    from = 0;
  }
  const t = tokens[k];
  if (!t || k < from || t.type !== 'word' || !/^\p{Ll}{3,}$/u.test(t.text)) return null;
  const w = lw(t);
  if (STOP.has(w) || NOUN_STOP.has(w) || /(?:ly|ed|ing)$/.test(w) || /^(?:it|there|this|that|which|who|what|one|each|figure|number|total|amount|estimate|count|tally)$/.test(w)) return null;
  return w;
}

/** The noun of "the first <noun> … since <year>" or "the last/previous <noun> …, in <year>", read back
 * from the year over at most eight tokens. */
function previousOccurrence(tokens: readonly Token[], first: number, prev: string): string | null {
  if (prev !== 'since' && prev !== 'in') return null;
  for (let k = first - 2; k >= 0 && k >= first - 9; k--) {
    const w = lw(tokens[k]);
    if (tokens[k].type === 'punct' && tokens[k].text !== ',') return null;
    const cue = prev === 'since' ? w === 'first' : /^(?:last|previous)$/.test(w);
    if (cue && /^(?:the|its|their|a)$/.test(lw(tokens[k - 1]))) {
      const n = tokens[k + 1];
      return n?.type === 'word' && /^\p{Ll}+$/u.test(n.text) && !STOP.has(lw(n)) && !NOUN_STOP.has(lw(n)) ? lw(n) : null;
    }
  }
  return null;
}

/** "detected" → "detect", "stopped" → "stop", "carried" → "carry". */
function pastStem(w: string): string {
  return w.replace(/(?:ied)$/, 'y').replace(/(?:ed|d)$/, '').replace(/e$/, '').replace(/([bdgklmnprt])\1$/, '$1');
}

/**
 * "On Monday, March 16, the Marrow crested", "At 4:52 a.m. on July 17, Kestrel's platform stopped responding":
 * a date that opens the sentence before a comma dates the verb of the clause after it.
 */
function frontedVerb(tokens: readonly Token[], first: number, last: number): { stem: string; word: string; k: number } | null {
  for (let k = 0; k < first; k++) if (tokens[k].type === 'word' && !/^(?:on|at|in|by|early|late|before|after|shortly|just|dawn|the|of|morning|afternoon|evening|night|around|about)$/i.test(tokens[k].text)) return null;
  if (tokens[last + 1]?.text !== ',') return null;
  for (let k = last + 2, seen = 0; k < tokens.length && seen < 10; k++) {
    const t = tokens[k];
    if (t.type !== 'word') {
      if (/^[.;:]$/.test(t.text)) return null;
      continue;
    }
    seen++;
    const w = lw(t);
    if (NOT_EVENTS.test(w)) return null;
    if (IRREGULAR_PAST.test(w) || (/\p{Ll}{3,}ed$/u.test(w) && !/^(?:the|a|an|its|their)$/.test(lw(tokens[k - 1])))) return { stem: pastStem(w), word: w, k };
  }
  return null;
}

function eventVerb(tokens: readonly Token[], first: number, from: number): { stem: string; word: string; k: number } | null {
  // Words counted back from the date; "on the evening of" is part of the date, not a distance from its verb.
  let seen = 0;
  for (let k = first - 1; k >= from && seen < 14; k--) {
    const t = tokens[k];
    if (t.type !== 'word') continue;
    const w = lw(t);
    if (!(k >= first - 5 && /^(?:on|the|of|morning|afternoon|evening|night|early|late)$/.test(w)) && !STOP.has(w)) seen++;
    if (NOT_EVENTS.test(w)) return null;
    if (seen <= 12 && (IRREGULAR_PAST.test(w) || (/ed$/.test(w) && w.length > 4))) return { stem: pastStem(w), word: w, k };
    // The noun of the same event: "the derailment … on May 17" is when it derailed, "the closure" when it closed.
    if (/^\p{Ll}{4,}(?:ment|ure)$/u.test(w) && !/^(?:measure|nature|future|figure|culture|procedure|structure|pressure|treasure|government|department|moment|element|statement|document|comment)$/.test(w)) {
      return { stem: w.replace(/(?:ment|ure)$/, '').replace(/e$/, ''), word: w, k };
    }
  }
  return null;
}

function verbBefore(tokens: readonly Token[], first: number, from: number): string | undefined {
  for (let k = first - 1; k >= from && k >= first - 4; k--) {
    const w = lw(tokens[k]);
    if (/(?:ed|ing)$/.test(w) && w.length > 4) return w.replace(/(?:ed|ing)$/, '');
  }
  return undefined;
}

/** Head noun of the phrase starting at k ("its AI infrastructure" → "infrastructure"). */
function headNoun(tokens: readonly Token[], k: number, to: number): string | null {
  let head: string | null = null;
  for (let j = k; j <= to && j < k + 5; j++) {
    const t = tokens[j];
    if (!t) break;
    if (t.type !== 'word') {
      if (t.text === '-' && !t.ws) continue;
      break;
    }
    const w = lw(t);
    if (STOP.has(w) && head === null) continue;
    if (/['’]s$/.test(t.text)) continue; // "the port's capacity": a possessive modifies the head
    if (STOP.has(w) || NOUN_STOP.has(w) || /['’]/.test(t.text) || /^(?:is|are|was|were|has|have|will|would|said|says)$/.test(w)) break;
    head = w;
    // A plural noun ends the phrase: "the coast's exports leave through the port".
    if (/[^su]s$/.test(w) && w.length > 3) break;
  }
  return head;
}

/** Object of spending: "to AI infrastructure", "on marketing", "rebuilding its AI infrastructure". */
/** What money is spent on: "$115 billion to AI infrastructure", "on marketing", "rebuilding its stack". Only
 * after a verb of spending for "to" (a price "to laptop makers" names the buyer), and never a date or a name. */
function objectAfter(tokens: readonly Token[], k: number, to: number, spendVerb: boolean): string | null {
  const w = lw(tokens[k]);
  if (/^(?:on|into)$/.test(w) || (w === 'to' && spendVerb)) {
    const n = headNoun(tokens, k + 1, to);
    return n && !/^\d/.test(n) && !MONTH_OR_WEEKDAY.test(n) && !/^\p{Lu}/u.test(tokens.find((t) => lw(t) === n)?.text ?? '') ? nounLemma(n) : null;
  }
  if (/ing$/.test(w) && tokens[k]?.type === 'word') {
    const n = headNoun(tokens, k + 1, to);
    return n ? nounLemma(n) : null;
  }
  return null;
}

function nounBefore(tokens: readonly Token[], first: number, from: number): string | null {
  for (let k = first - 1; k >= from && k >= first - 5; k--) {
    const t = tokens[k];
    if (t.type !== 'word') continue;
    const w = lw(t);
    if (STOP.has(w) || /^(?:is|are|was|were|of|up|to|reached|hit|totaled|totalled|stood)$/.test(w)) continue;
    if (UP_WORDS.has(w) || DOWN_WORDS.has(w)) continue;
    return w;
  }
  return null;
}

/** "Revenue rose 12%": the noun before the verb of change. */
function nounBeforeChange(tokens: readonly Token[], first: number, from: number): string | null {
  for (let k = first - 1; k > from && k >= first - 4; k--) {
    const w = lw(tokens[k]);
    if (UP_WORDS.has(w) || DOWN_WORDS.has(w)) {
      const n = tokens[k - 1];
      if (n && n.type === 'word' && !STOP.has(lw(n))) return lw(n);
    }
  }
  return null;
}

/** What a duration measures: the noun it modifies ("a nine-month rebuild"), the object of its purpose
 * ("nine months to rebuild the stack"), or what lasted ("the port will stay shut for two weeks"). */
function durationActivity(tokens: readonly Token[], f: RawFigure, from: number, to: number): string | null {
  const n = readActivity(tokens, f, from, to);
  // "within the first two weeks", "over three years": a preposition or an ordinal names no activity.
  return n && !NOT_ACTIVITIES.has(n) ? n : null;
}

const NOT_ACTIVITIES = new Set(['over', 'first', 'last', 'past', 'next', 'within', 'for', 'after', 'before', 'than', 'about', 'under', 'just', 'only', 'since', 'during', 'some', 'another', 'further', 'more', 'less', 'least', 'nearly', 'almost', 'around']);

function readActivity(tokens: readonly Token[], f: RawFigure, from: number, to: number): string | null {
  const next = tokens[f.lastToken + 1];
  if (/-/.test(f.text) && next && next.type === 'word' && !STOP.has(lw(next))) {
    const n = headNoun(tokens, f.lastToken + 1, to) ?? lw(next);
    return ACTIVITY[n] ?? nounLemma(n);
  }
  if (lw(next) === 'to') {
    // Purpose: "nine months to tear down and rebuild the stack" — a verb of building, else the first verb.
    let first: string | null = null;
    for (let j = f.lastToken + 2; j <= to && j < f.lastToken + 10; j++) {
      const t = tokens[j];
      if (t.type !== 'word') break;
      const w = lw(t);
      if (STOP.has(w)) continue;
      if (ACTIVITY[w]) return ACTIVITY[w];
      first ??= w;
    }
    return first;
  }
  // "assembled in six months", "closes in under 15 minutes": the verb before the preposition.
  let k = f.firstToken - 1;
  while (k > from && QUALIFIER_WORDS.has(lw(tokens[k]))) k--;
  if (/^(?:in|within|over|after|for)$/.test(lw(tokens[k])) && tokens[k - 1]?.type === 'word') {
    const verb = lw(tokens[k - 1]);
    if (ACTIVITY[verb]) return ACTIVITY[verb];
    if (!STOP.has(verb) && !NOUN_STOP.has(verb) && !/^(?:is|are|was|were|be|been|has|have|had|will|would|can|could)$/.test(verb)) return verb.replace(/(?:ing|ed|es|s|e)$/, '');
  }
  if (lw(next) === 'of' && tokens[f.lastToken + 2]?.type === 'word') return nounLemma(headNoun(tokens, f.lastToken + 2, to) ?? lw(tokens[f.lastToken + 2]));
  // "The outage lasted nearly 27 hours": what lasted, not the verb of lasting.
  if (/^(?:lasted|lasts|last|lasting|took|takes|ran|runs)$/.test(lw(tokens[k]))) {
    const subject = tokens[k - 1];
    if (subject?.type === 'word' && /^\p{Ll}{3,}$/u.test(subject.text) && !STOP.has(lw(subject)) && !NOUN_STOP.has(lw(subject)) && !/(?:ly|ed)$/.test(lw(subject))) return nounLemma(lw(subject));
  }
  const n = nounBefore(tokens, lw(tokens[f.firstToken - 1]) === 'for' ? f.firstToken - 1 : f.firstToken, from);
  return n ? nounLemma(n) : null;
}
