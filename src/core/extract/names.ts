// Finds names before numbers are read, so that the digits inside "GPT-5.4", "Claude Opus 4.6", "Llama 4
// Scout", "Index v4.0" or "Qwen2.5-Max" are never taken for figures. Two passes over a unit's tokens:
// versioned names (a name with its version is one name), then runs of capitalised words.

import type { Token } from '../text/tokens';
import { MONTHS, WEEKDAYS, SCALES, DURATION_UNITS, PERCENT_WORDS, CURRENCY_WORDS, MEASURE_UNITS, UNITS, TENS } from './lexicon';

export type NameKind = 'versioned' | 'run' | 'quoted' | 'designation';

export interface NameSpan {
  start: number;
  end: number;
  kind: NameKind;
  /** End of the family and version, when tier words follow ("Llama 4" in "Llama 4 Scout"). */
  familyEnd?: number;
  /** Start of a trailing release-stage word ("Preview"), which does not make a different model. */
  stageStart?: number;
  /** A title word stood before the name ("CEO Mark Zuckerberg"): a person. */
  titled?: boolean;
  /** The unit is a headline, where capitals say nothing. */
  unit: number;
}

/** What the document says about words: capitalised in mid-sentence, or written in lower case. */
export interface WordEvidence {
  capitalised: Set<string>;
  lower: Set<string>;
  isKnown: (name: string) => boolean;
}

/** Words that head designations ("Chapter 11", "Phase 3"): their digits are not figures, but they are not names. */
const DESIGNATIONS = new Set([
  'chapter', 'section', 'article', 'phase', 'level', 'stage', 'category', 'class', 'route', 'highway', 'interstate', 'page', 'figure', 'fig', 'table', 'room',
  'gate', 'terminal', 'floor', 'season', 'episode', 'part', 'volume', 'vol', 'round', 'title', 'grade', 'type', 'tier', 'block', 'unit', 'lot', 'zone', 'ward',
  'district', 'precinct', 'apartment', 'suite', 'flight', 'step', 'exhibit', 'appendix', 'rule', 'amendment', 'proposition', 'prop', 'item', 'form', 'schedule',
  'line', 'lane', 'pier', 'dock', 'berth', 'issue', 'no', 'number', 'act', 'bill', 'resolution', 'game', 'match', 'week', 'day', 'stage', 'patch', 'build', 'gen', 'generation',
]);
/** Words that never head a name, so a number after them stays a number ("Top 5", "Nearly 40"). */
const NOT_HEADS = new Set([
  'top', 'nos', 'rank', 'ranked', 'q', 'h', 'fy', 'magnitude', 'score', 'scores', 'scored', 'revenue', 'sales', 'profit', 'shares', 'stock', 'up', 'down',
  'about', 'over', 'nearly', 'more', 'less', 'fewer', 'around', 'roughly', 'approximately', 'almost', 'some', 'at', 'in', 'on', 'by', 'for', 'from', 'to', 'of',
  'and', 'or', 'but', 'the', 'a', 'an', 'since', 'until', 'after', 'before', 'during', 'with', 'without', 'than', 'only', 'just', 'each', 'every', 'all', 'both',
  'between', 'among', 'per', 'via', 'also', 'it', 'its', 'they', 'we', 'he', 'she', 'this', 'that', 'these', 'those', 'there', 'here', 'under', 'above', 'below',
  'nearly', 'exactly', 'just', 'another', 'last', 'next', 'first', 'total', 'totaling', 'totalling', 'aged', 'age', 'ages', 'killed', 'injured', 'dead', 'deaths',
  'toll', 'rate', 'index', 'grew', 'rose', 'fell', 'is', 'was', 'were', 'are', 'be', 'has', 'had', 'have', 'will', 'would', 'could', 'may', 'might', 'must',
  'who', 'which', 'what', 'when', 'where', 'why', 'how', 'if', 'as', 'so', 'then', 'now', 'not', 'no', 'yes', 'i', 'you', 'our', 'their', 'his', 'her',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tomorrow', 'tonight',
]);
/** Words that make a title, not a name, before a title word: "Health Minister", "Finance Director". */
const ROLE_WORDS = new Set([
  'health', 'finance', 'foreign', 'interior', 'defence', 'defense', 'education', 'justice', 'economy', 'economic', 'energy', 'transport', 'trade', 'labour',
  'labor', 'home', 'culture', 'environment', 'agriculture', 'sports', 'science', 'technology', 'communications', 'housing', 'industry', 'budget', 'treasury',
  'junior', 'senior', 'regional', 'provincial', 'national', 'federal', 'state', 'city', 'acting', 'interim', 'former', 'outgoing', 'incoming', 'assistant',
  'marketing', 'sales', 'operations', 'product', 'research', 'engineering', 'legal', 'communications', 'press', 'public', 'emergency', 'police', 'fire',
]);

/** Corporate suffixes standing alone ("Meta Platforms, Inc."). */
const CORPORATE_WORDS = new Set(['inc', 'corp', 'corporation', 'ltd', 'llc', 'plc', 'co', 'gmbh', 'ag', 'sa', 'nv', 'limited', 'incorporated']);

/** Model tiers and variants that belong to the name before them. */
const TIERS = new Set([
  'pro', 'max', 'mini', 'ultra', 'flash', 'nano', 'lite', 'plus', 'turbo', 'opus', 'sonnet', 'haiku', 'scout', 'maverick', 'behemoth', 'instruct', 'chat', 'coder',
  'vision', 'omni', 'large', 'medium', 'small', 'base', 'air', 'edge', 'thinking', 'instant', 'reasoner', 'deep', 'think', 'se', 'xl', 'xxl', 'fast', 'heavy',
  'code', 'preview', 'beta', 'alpha', 'experimental', 'exp', 'rc',
]);
/** Release stages: the same model, not a different one ("Gemini 3.1 Pro Preview" is "Gemini 3.1 Pro"). */
const STAGES = new Set(['preview', 'beta', 'alpha', 'experimental', 'exp', 'rc']);
/** Connectors inside organisation names, allowed after these heads ("Bank of America", "Department of Commerce"). */
const CONNECTOR_HEADS = new Set([
  'bank', 'department', 'ministry', 'university', 'institute', 'board', 'bureau', 'council', 'office', 'secretary', 'minister', 'agency', 'commission',
  'association', 'federation', 'society', 'school', 'college', 'museum', 'court', 'house', 'state', 'states', 'republic', 'kingdom', 'center', 'centre',
  'academy', 'foundation', 'fund', 'union', 'league', 'party', 'committee', 'chamber', 'corps', 'administration', 'authority', 'service', 'survey',
  'organization', 'organisation', 'city', 'county', 'province', 'gulf', 'bay', 'isle', 'sea', 'lake', 'port', 'mount', 'cape', 'coast', 'director', 'governor', 'mayor', 'chief',
]);
const CONNECTORS = new Set(['of', 'for', 'de', 'du', 'la', 'von', 'van', 'der', 'del', 'da', 'of the', 'on']);

export const TITLE_WORDS = new Set([
  'chief', 'officer', 'executive', 'ceo', 'cfo', 'cto', 'coo', 'cio', 'president', 'vice', 'director', 'head', 'minister', 'prime', 'secretary', 'governor',
  'senator', 'mayor', 'dr', 'mr', 'mrs', 'ms', 'prof', 'professor', 'sir', 'dame', 'lord', 'judge', 'justice', 'general', 'colonel', 'captain', 'chairman',
  'chairwoman', 'chair', 'founder', 'co-founder', 'cofounder', 'analyst', 'spokesperson', 'spokesman', 'spokeswoman', 'commissioner', 'chancellor', 'king',
  'queen', 'prince', 'princess', 'pope', 'rep', 'sen', 'gov', 'lt', 'sgt', 'deputy', 'managing', 'partner', 'economist', 'strategist', 'researcher', 'scientist',
  'engineer', 'editor', 'reporter', 'correspondent', 'chairperson', 'treasurer', 'premier', 'ambassador', 'inspector', 'superintendent', 'sheriff', 'detective',
  'councilmember', 'councilman', 'councilwoman', 'councillor', 'councilor', 'alderman', 'alderwoman', 'assemblyman', 'assemblywoman', 'assemblymember',
  'congressman', 'congresswoman', 'supervisor', 'trustee', 'coroner', 'constable', 'magistrate', 'legislator', 'lawmaker',
]);
/** Acronyms that are vocabulary, not names. */
const COMMON_ACRONYMS = new Set([
  'ai', 'api', 'apis', 'llm', 'llms', 'ceo', 'cfo', 'cto', 'coo', 'gpu', 'gpus', 'cpu', 'cpus', 'ipo', 'eps', 'gaap', 'fy', 'pc', 'tv', 'am', 'pm', 'ok', 'id',
  'phd', 'faq', 'pdf', 'url', 'usb', 'ui', 'ux', 'vr', 'ar', 'ml', 'nlp', 'r&d', 'ev', 'evs', 'gdp', 'cpi', 'esg', 'b2b', 'saas', 'hr', 'pr', 'q&a', 'diy', 'nb',
  'i', 'a', 'ok', 'vs', 'etc', 'ie', 'eg', 'utc', 'gmt', 'est', 'pst', 'edt', 'pdt', 'bst', 'cet', 'et', 'pt', 'ct', 'mt', 'cst', 'cdt', 'mst', 'mdt', 'cest', 'aest', 'aedt', 'jst', 'asap', 'fyi', 'mw', 'gw', 'kw', 'kwh', 'tb', 'gb', 'mb', 'rpm',
]);

export function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c >= 97 && c <= 122) {
    // "iPhone", "xAI": lower-case letters, then a capital. Plain lower-case words are decided without a regex.
    let k = 1;
    while (k < word.length && word.charCodeAt(k) >= 97 && word.charCodeAt(k) <= 122) k++;
    if (k === word.length) return false;
    const d = word.charCodeAt(k);
    if (d < 128) return d >= 65 && d <= 90;
    return /^\p{Lu}/u.test(word.slice(k));
  }
  return /^\p{Lu}/u.test(word) || /^\p{Ll}+\p{Lu}/u.test(word);
}

function lowerNoPossessive(word: string): string {
  return word.replace(/['’]s?$/u, '').toLowerCase();
}

/** "Meta's" → "Meta", "analysts'" → "analysts" (as /['’]s$/ and then /(?<=s)['’]$/ removed). */
export function stripPossessive(word: string): string {
  let n = word.length;
  if (n >= 2 && word.charCodeAt(n - 1) === 115 && isApostrophe(word.charCodeAt(n - 2))) word = word.slice(0, (n -= 2));
  if (n >= 2 && isApostrophe(word.charCodeAt(n - 1)) && word.charCodeAt(n - 2) === 115) word = word.slice(0, n - 1);
  return word;
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

function isPossessive(word: string): boolean {
  return /['’]s$/u.test(word) || /s['’]$/u.test(word);
}

function isVersionNumber(text: string): boolean {
  if (text.includes(',')) return false;
  if (text.includes('.')) return /^\d{1,3}(?:\.\d{1,3}){1,2}$/.test(text);
  const n = Number(text);
  return n < 1000;
}

/** A number after a word is a measurement, not a version, when a scale, unit or percent follows it. */
function measurementFollows(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k];
  if (!next) return false;
  if (next.type === 'punct') return next.text === '%' || (next.text === '-' && !next.ws && tokens[k + 1]?.type === 'word' && /^(?:year|month|day|week|hour|minute|point|percent)s?$/i.test(tokens[k + 1].text));
  if (next.type !== 'word') return false;
  const w = next.text.toLowerCase();
  if (w in SCALES && (SPACED_SCALE_WORDS.has(w) || !next.ws)) return true;
  return w in DURATION_UNITS || PERCENT_WORDS.has(w) || w in CURRENCY_WORDS || (w in MEASURE_UNITS && w.length > 1) || w === 'per' || w === 'points' || w === 'times';
}
const SPACED_SCALE_WORDS = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion', 'mn', 'bn', 'tn']);

export function findNames(tokens: readonly Token[], unitIndex: number, titleCase: boolean, evidence: WordEvidence): NameSpan[] {
  const out: NameSpan[] = [];
  const taken = new Uint8Array(tokens.length);
  findVersioned(tokens, unitIndex, evidence, out, taken);
  findRuns(tokens, unitIndex, titleCase, evidence, out, taken);
  out.sort((a, b) => a.start - b.start);
  return out;
}

function isNameHead(tokens: readonly Token[], i: number, evidence: WordEvidence): boolean {
  const t = tokens[i];
  if (t.type !== 'word' || !isCapitalised(t.text)) return false;
  const lower = t.text.toLowerCase();
  if (NOT_HEADS.has(lower) || MONTHS.has(lower) || WEEKDAYS.has(lower)) return false;
  if (isNumberWordAlone(tokens, i)) return false;
  if (i === 0 || tokens[i - 1].nl || /^["“‘'([]$/.test(tokens[i - 1].text) && i === 1) {
    // Sentence-initial: a name only if the document shows it is one.
    if (evidence.isKnown(t.text)) return true;
    if (evidence.lower.has(lower) && !evidence.capitalised.has(t.text)) return false;
  }
  return true;
}

function findVersioned(tokens: readonly Token[], unitIndex: number, evidence: WordEvidence, out: NameSpan[], taken: Uint8Array): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    let versionEnd: number; // index of the last token of the version
    let designation = false;
    if (t.type === 'word' && t.text === 'o' && tokens[i + 1]?.type === 'num' && !tokens[i + 1].ws && /^\d$/.test(tokens[i + 1].text) && (i === 0 || tokens[i].ws)) {
      // OpenAI's lower-case "o1", "o3".
      versionEnd = i + 1;
    } else if (t.type === 'word' && (isCapitalised(t.text) || /^[a-z]{2,}$/.test(t.text) === false)) {
      const lower = t.text.toLowerCase();
      const next = tokens[i + 1];
      if (!next) continue;
      // Q1–Q4, H1–H2 and FY2025 are periods, not names ("H100" is a name).
      if ((/^q$/i.test(t.text) && /^[1-4]$/.test(next.text)) || (/^h$/i.test(t.text) && /^[12]$/.test(next.text)) || lower === 'fy') continue;
      if (next.type === 'num' && !next.ws && !isPossessive(t.text)) {
        // "Qwen2.5", "H100", "A380", "K2" — but not a credit rating ("rated Aa2 by Moody's").
        if (!isCapitalised(t.text) && !/^[a-z]+[A-Z]/.test(t.text)) continue;
        versionEnd = i + 1;
        if (/^(?:Aa|A|Baa|Ba|B|Caa)$/.test(t.text) && /^[123]$/.test(next.text) && /^(?:rated|rating|ratings|to|at|from|of)$/i.test(tokens[i - 1]?.text ?? '')) designation = true;
      } else if (next.text === '-' && !next.ws && tokens[i + 2]?.type === 'num' && !tokens[i + 2].ws && isCapitalised(t.text) && !NOT_HEADS.has(lower)) {
        // "GPT-5.4", "NR-7", "F-35", "COVID-19"
        if (MONTHS.has(lower)) continue;
        versionEnd = i + 2;
        designation = DESIGNATIONS.has(lower);
      } else if (next.type === 'num' && next.ws && isVersionNumber(next.text) && !isPossessive(t.text) && isNameHead(tokens, i, evidence)) {
        // "Llama 4", "Claude Opus 4.6", "Qwen 3.5": a capitalised word and a small number, not a measurement.
        if (measurementFollows(tokens, i + 2)) continue;
        if (tokens[i + 2]?.text === '-' && tokens[i + 3]?.type === 'num') continue; // "Bay 40-45" is a range
        if (tokens[i + 2]?.text === ',' && tokens[i + 3]?.type === 'num') continue; // "Jan 8, 2026"
        versionEnd = i + 1;
        designation = DESIGNATIONS.has(lower);
      } else if (next.type === 'word' && next.ws && /^[vV]$|^[A-Z]{1,2}$/.test(next.text) && tokens[i + 2]?.type === 'num' && !tokens[i + 2].ws && (isNameHead(tokens, i, evidence) || (next.text.toLowerCase() === 'v' && isCapitalised(t.text) && !MONTHS.has(lower)))) {
        // "Index v4.0", "DeepSeek V4", "Kimi K2.6", "Atlas X2"
        versionEnd = i + 2;
      } else continue;
    } else continue;

    // A letter touching the version ("GPT-4o", "405B") or a decimal part belongs to it.
    let end = versionEnd;
    while (tokens[end + 1] && !tokens[end + 1].ws && tokens[end + 1].type === 'word' && /^[a-zA-Z]{1,2}$/.test(tokens[end + 1].text) && !(tokens[end + 1].text.toLowerCase() in SCALES && !/^[bB]$/.test(tokens[end + 1].text) && false)) end++;
    const familyEnd = tokens[end].end;
    // Parameter sizes after the version ("Llama 3.1 405B").
    if (tokens[end + 1]?.type === 'num' && tokens[end + 1].ws && /^[BMK]$/.test(tokens[end + 2]?.text ?? '') && !tokens[end + 2].ws) end += 2;
    // Hyphenated and spaced tiers ("Qwen2.5-Max", "Gemini 3.1 Pro", "Llama 4 Scout").
    let stageStart: number | undefined;
    for (;;) {
      const n = tokens[end + 1];
      if (!n) break;
      if (n.text === '-' && !n.ws && tokens[end + 2]?.type === 'word' && !tokens[end + 2].ws && (isCapitalised(tokens[end + 2].text) || TIERS.has(tokens[end + 2].text.toLowerCase()))) {
        end += 2;
        continue;
      }
      if (n.type === 'word' && n.ws && (TIERS.has(n.text.toLowerCase()) && isCapitalised(n.text) || /^[A-Z]{2,3}$/.test(n.text) && TIERS.has(n.text.toLowerCase()))) {
        if (STAGES.has(n.text.toLowerCase())) stageStart ??= n.start;
        end += 1;
        continue;
      }
      break;
    }
    // Words before the family name ("Claude Opus 4.6", "Artificial Intelligence Index v4.0").
    let start = i;
    if (t.text !== 'o') {
      while (start > 0) {
        const p = tokens[start - 1];
        if (p.type !== 'word' || !isCapitalised(p.text) || isPossessive(p.text) || taken[start - 1]) break;
        const pl = p.text.toLowerCase();
        if (NOT_HEADS.has(pl) || MONTHS.has(pl) || TITLE_WORDS.has(pl)) break;
        if (start - 1 === 0 && !evidence.isKnown(p.text) && evidence.lower.has(pl)) break;
        start--;
      }
    }
    for (let k = start; k <= end; k++) taken[k] = 1;
    const span: NameSpan = { start: tokens[start].start, end: tokens[end].end, kind: designation ? 'designation' : 'versioned', unit: unitIndex };
    if (familyEnd < span.end) span.familyEnd = familyEnd;
    if (stageStart !== undefined) span.stageStart = stageStart;
    out.push(span);
    i = end;
  }
}

/** "Four people were killed", "Five of the eight carriages": a number word heads a name only when a
 * capitalised word follows it ("Three Gorges"). */
function isNumberWordAlone(tokens: readonly Token[], i: number): boolean {
  const lower = tokens[i].text.toLowerCase();
  if (!(lower in UNITS || lower in TENS || lower === 'dozen' || lower === 'hundred')) return false;
  const n = tokens[i + 1];
  return !(n?.type === 'word' && n.ws && !n.nl && isCapitalised(n.text));
}

/** Particles inside people's names, written in lower case. */
const NAME_PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'del', 'della', 'le', 'la', 'ter', 'bin', 'ibn']);

/** Words that end a company's name, after which a possessive earlier in the run belongs to the name. */
const COMPANY_ENDS = new Set(['service', 'services', 'corporation', 'corp', 'inc', 'company', 'group', 'holdings', 'restaurants', 'stores', 'investors', 'bank', 'ltd', 'plc', 'llc']);

function possessiveInName(tokens: readonly Token[], j: number): boolean {
  for (let k = j + 1; k <= j + 3 && k < tokens.length; k++) {
    const t = tokens[k];
    if (t.type !== 'word' || !t.ws || t.nl || !isCapitalised(t.text)) return false;
    if (COMPANY_ENDS.has(lowerNoPossessive(t.text))) return true;
  }
  return false;
}

function isRunWord(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t.type !== 'word') return false;
  if (!isCapitalised(t.text)) return false;
  const lower = lowerNoPossessive(t.text);
  return !WEEKDAYS.has(lower) && !(MONTHS.has(lower) && tokens[k + 1]?.type === 'num');
}

function findRuns(tokens: readonly Token[], unitIndex: number, titleCase: boolean, evidence: WordEvidence, out: NameSpan[], taken: Uint8Array): void {
  let i = 0;
  while (i < tokens.length) {
    if (taken[i] || !isRunWord(tokens, i) || isNumberWordAlone(tokens, i)) {
      // Quoted names: 'Muse Spark', "Atlas".
      i++;
      continue;
    }
    const runStart = i;
    let j = i;
    // Extend the run over capitalised words, hyphenated pieces, "&" and connectors after organisation heads.
    for (;;) {
      const cur = tokens[j];
      // "Moody's Investors Service", "McDonald's Corporation": a possessive inside a company's name.
      if (isPossessive(cur.text) && !possessiveInName(tokens, j)) break;
      const n = tokens[j + 1];
      if (!n || taken[j + 1]) break;
      if ((n.text === '-' || n.text === '&' || n.text === '.') && !n.ws && tokens[j + 2] && !tokens[j + 2].ws && tokens[j + 2].type === 'word' && !taken[j + 2]) {
        // "Ray-Ban", "MMMU-Pro", "SWE-bench", "AT&T", "DeepLearning.AI"
        const piece = tokens[j + 2].text;
        if (n.text === '.' && !/^[A-Z]{1,4}$/.test(piece)) break;
        if (isCapitalised(piece) || /^[A-Z]{2,}$/.test(cur.text)) {
          j += 2;
          continue;
        }
        break;
      }
      if (n.text === '&' && n.ws && tokens[j + 2]?.type === 'word' && isCapitalised(tokens[j + 2].text)) {
        j += 2;
        continue;
      }
      if (n.type === 'word' && n.ws && !n.nl && isRunWord(tokens, j + 1)) {
        j++;
        continue;
      }
      // "Sanne de Ruyter", "Ludwig van Beethoven": a lower-case particle between two capitalised words.
      if (n.type === 'word' && NAME_PARTICLES.has(n.text) && n.ws && !isPossessive(cur.text) && tokens[j + 2]?.ws && !tokens[j + 2].nl && isRunWord(tokens, j + 2) && !taken[j + 2]) {
        j += 2;
        continue;
      }
      if (n.type === 'word' && CONNECTORS.has(n.text) && CONNECTOR_HEADS.has(lowerNoPossessive(cur.text))) {
        let k = j + 2;
        if (tokens[k]?.text === 'the') k++;
        if (tokens[k] && isRunWord(tokens, k) && !taken[k]) {
          j = k;
          continue;
        }
      }
      break;
    }
    i = j + 1;
    emitRun(tokens, runStart, j, unitIndex, titleCase, evidence, out);
  }
  // Quoted product names the capitals missed are rare; quotes around a capitalised run are already covered.
}

/** The texts of tokens a..b joined by spaces, as `tokens.slice(a, b + 1).map((t) => t.text).join(' ')` but
 * without map(), whose optimised result has another elements kind and deoptimises the caller. */
function textOf(tokens: readonly Token[], a: number, b: number): string {
  const parts: string[] = [];
  for (const t of tokens.slice(a, b + 1)) parts.push(t.text);
  return parts.join(' ');
}

function emitRun(tokens: readonly Token[], s: number, e: number, unitIndex: number, titleCase: boolean, evidence: WordEvidence, out: NameSpan[]): void {
  const words = (a: number, b: number) => textOf(tokens, a, b);
  if (titleCase) {
    // In a headline, keep only the names the document or the gazetteer already knows, longest first.
    let a = s;
    while (a <= e) {
      let matched = -1;
      for (let b = Math.min(e, a + 5); b >= a; b--) {
        const name = stripPossessive(textOf(tokens, a, b));
        if (evidence.isKnown(name)) {
          matched = b;
          break;
        }
      }
      if (matched >= 0) {
        out.push({ start: tokens[a].start, end: endOf(tokens[matched]), kind: 'run', unit: unitIndex });
        a = matched + 1;
      } else a++;
    }
    return;
  }
  // Title words before a name make it a person: "Chief AI Officer Alexandr Wang", "CEO Mark Zuckerberg".
  let titled = false;
  let lastTitle = -1;
  for (let k = s; k <= e; k++) if (TITLE_WORDS.has(tokens[k].text.toLowerCase().replace(/\.$/, ''))) lastTitle = k;
  // "Aberlow General Hospital", "Attorney General's Office": a title word before an institution's noun names the institution.
  if (lastTitle >= s && lastTitle < e && INSTITUTIONS.has(lowerNoPossessive(tokens[lastTitle + 1].text))) lastTitle = -1;
  if (lastTitle >= s && lastTitle < e) {
    // What stands before the titles may be an organisation ("Meta CEO Mark Zuckerberg").
    let firstTitle = s;
    while (firstTitle <= lastTitle && !TITLE_WORDS.has(tokens[firstTitle].text.toLowerCase())) firstTitle++;
    // "Health Minister Selin Harrow": a lone word before the title is part of the title, not a name,
    // unless the document knows it ("Meta CEO Mark Zuckerberg").
    const prefix = textOf(tokens, s, firstTitle - 1);
    if (firstTitle > s && !ROLE_WORDS.has(prefix.toLowerCase()) && (firstTitle - s > 1 || evidence.isKnown(stripPossessive(prefix)) || evidence.capitalised.has(stripPossessive(prefix)))) emitRun(tokens, s, firstTitle - 1, unitIndex, false, evidence, out);
    s = lastTitle + 1;
    titled = true;
    // "Officer Alexandr Wang": stop at a following title-less name only.
    if (e - s > 3) e = s + 3;
  } else if (lastTitle === e && s === e) return;
  // Sentence-initial words are names only with evidence.
  // Also after a leading timestamp or dash: "**14:05** — View from the water".
  const initial = s === 0 || tokens[s - 1].nl || (s === 1 && /^["“‘'(]$/.test(tokens[0].text)) || (s < 10 && tokens.slice(0, s).every((t) => t.type !== 'word'));
  if (initial && !titled) {
    const first = tokens[s].text;
    const whole = stripPossessive(words(s, e));
    if (!evidence.isKnown(whole) && !evidence.isKnown(stripPossessive(first))) {
      const lower = lowerNoPossessive(first);
      const capitalisedElsewhere = evidence.capitalised.has(stripPossessive(first));
      // A run of two or more capitalised words opening a sentence is a name ("Artificial Analysis placed…")
      // unless it starts with a function word or an adverb or participle ("Surprisingly Meta…").
      // A common word written lower case elsewhere ("Rival Halvorsen Systems") goes when a name of two words remains.
      // A possessive or a verb of saying after a lone capitalised word marks a name: "Acme's revenue", "Acme said".
      const nameCue = s === e && !evidence.lower.has(lower) && !PLURAL_ROLES.has(lower) && (/['’]s$/u.test(first) || /^(?:said|says|reported|announced|told|posted|unveiled|launched|released|confirmed|added|expects|plans)$/i.test(tokens[s + 1]?.text ?? ''));
      const dropFirst = !nameCue && (FUNCTION_WORDS.has(lower) || /^\p{Lu}\p{Ll}+(?:ed|ing|ly)$/u.test(first) || (s === e && !capitalisedElsewhere) || (e - s >= 2 && evidence.lower.has(lower)));
      if (dropFirst && !capitalisedElsewhere || FUNCTION_WORDS.has(lower)) {
        if (s === e) return;
        s++;
        if (s === e && !evidence.isKnown(stripPossessive(tokens[s].text)) && !evidence.capitalised.has(stripPossessive(tokens[s].text)) && !/^\p{Lu}{2,}|\p{Ll}\p{Lu}/u.test(tokens[s].text)) return;
      }
    }
  }
  // Leading articles are not part of names.
  while (s <= e && /^(?:The|A|An)$/.test(tokens[s].text) && !evidence.isKnown(words(s, e))) s++;
  if (s > e) return;
  if (s === e) {
    const w = lowerNoPossessive(tokens[s].text);
    if (COMMON_ACRONYMS.has(w) || FUNCTION_WORDS.has(w) || NOT_HEADS.has(w) || CORPORATE_WORDS.has(w)) return;
    if (tokens[s].text.length < 2) return;
  }
  // A trailing common acronym is not part of the name ("Meta AI" stays, but "OpenAI API" drops "API").
  while (e > s && COMMON_ACRONYMS.has(tokens[e].text.toLowerCase()) && tokens[e].text !== 'AI') e--;
  out.push({ start: tokens[s].start, end: endOf(tokens[e]), kind: 'run', unit: unitIndex, ...(titled ? { titled } : {}) });
}

/** End of a token without its possessive ending. */
function endOf(t: Token): number {
  const m = /['’]s?$/u.exec(t.text);
  return m && t.text.length > m[0].length ? t.end - m[0].length : t.end;
}

/** Nouns that end the names of institutions. */
const INSTITUTIONS = new Set(['hospital', 'infirmary', 'clinic', 'school', 'college', 'university', 'office', 'assembly', 'council', 'court', 'store', 'stores', 'hotel', 'motors', 'electric', 'dynamics', 'mills', 'insurance', 'bank']);

/** Plural nouns that open sentences before "said" without being names ("Critics said…"). */
const PLURAL_ROLES = new Set([
  'critics', 'analysts', 'officials', 'reviewers', 'experts', 'investors', 'residents', 'authorities', 'police', 'researchers', 'scientists', 'economists',
  'witnesses', 'observers', 'sources', 'executives', 'employees', 'workers', 'users', 'customers', 'regulators', 'lawmakers', 'doctors', 'engineers',
  'developers', 'officers', 'organizers', 'organisers', 'prosecutors', 'rescuers', 'volunteers', 'traders', 'shareholders', 'voters', 'activists', 'lawyers',
]);

const FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'for', 'by', 'with', 'from', 'to', 'of', 'and', 'or', 'but', 'as', 'if', 'when', 'while', 'after', 'before', 'since',
  'it', 'its', 'this', 'that', 'these', 'those', 'there', 'here', 'he', 'she', 'they', 'we', 'you', 'i', 'his', 'her', 'their', 'our', 'your', 'my',
  'what', 'why', 'how', 'who', 'which', 'where', 'whether', 'unlike', 'like', 'despite', 'although', 'though', 'because', 'however', 'meanwhile', 'still',
  'yet', 'so', 'then', 'now', 'today', 'yesterday', 'tomorrow', 'some', 'many', 'most', 'all', 'each', 'every', 'both', 'either', 'neither', 'no', 'not',
  'more', 'less', 'only', 'just', 'even', 'also', 'instead', 'perhaps', 'maybe', 'imagine', 'according', 'during', 'under', 'over', 'about', 'above', 'below',
  'do', 'does', 'did', 'is', 'are', 'was', 'were', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'let', 'here', 'sources', 'source',
  'update', 'updated', 'note', 'editor', 'read', 'see', 'watch', 'related', 'share', 'photo', 'image', 'video', 'advertisement', 'subscribe',
]);
