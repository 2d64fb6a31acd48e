// Turns name spans into entities: a canonical key (so "Meta" and "Meta Platforms", "GPT-5.4" and
// "GPT 5.4" are one entity across the corpus), a type, aliases, and family links ("Llama 4 Scout" is a
// member of "Llama 4"). Keys are computed from the name alone, so documents can be analysed independently
// and still agree on them.

import type { Entity, EntityMention, EntityType, Glossary } from '../model';
import type { NameSpan } from './names';
import { lookupKnown } from './gazetteer';

const CORPORATE_SUFFIX = /,?\s+(?:inc|incorporated|corp|corporation|co|company|ltd|limited|llc|plc|platforms|holdings|sa|ag|nv|gmbh)\.?$/i;
const ORG_HEADS = new Set([
  'inc', 'corp', 'corporation', 'company', 'co', 'ltd', 'llc', 'plc', 'group', 'holdings', 'labs', 'lab', 'laboratories', 'bank', 'university', 'institute',
  'agency', 'department', 'ministry', 'commission', 'council', 'service', 'services', 'survey', 'association', 'foundation', 'fund', 'systems', 'technologies',
  'robotics', 'partners', 'capital', 'media', 'news', 'press', 'times', 'post', 'journal', 'tribune', 'courier', 'gazette', 'herald', 'daily', 'wire', 'review',
  'insurance', 'insurers', 'motors', 'airlines', 'energy', 'pharmaceuticals', 'therapeutics', 'analytics', 'research', 'securities', 'authority', 'office',
  'administration', 'network', 'organization', 'organisation', 'police', 'army', 'navy', 'court', 'parliament', 'congress', 'senate', 'committee', 'board',
  'bureau', 'center', 'centre', 'hospital', 'cross', 'crescent', 'ventures', 'industries', 'reinsurance', 'exchange', 'federation', 'union', 'party', 'club',
  'team', 'studios', 'games', 'records', 'brands', 'motors', 'bancorp', 'financial', 'trust', 'ledger', 'report', 'weekly', 'monthly', 'tribune', 'observer',
  'intelligence', 'data', 'science', 'sciences', 'solutions', 'consulting', 'advisors', 'advisers', 'management', 'markets', 'digital', 'labs', 'ai',
  'semiconductor', 'semiconductors', 'electronics', 'devices', 'instruments', 'computing', 'communications', 'telecom', 'telecommunications', 'chemicals',
  'foods', 'mining', 'petroleum', 'logistics', 'aerospace', 'automotive', 'biotech', 'pharma', 'healthcare', 'microsystems', 'utilities', 'entertainment',
  'publishing', 'investments', 'equity', 'asset', 'assets', 'lending', 'payments', 'airways', 'railways', 'shipping', 'structures', 'construction', 'builders',
]);
const PLACE_HEADS = new Set(['city', 'county', 'province', 'state', 'bay', 'island', 'islands', 'valley', 'region', 'coast', 'peninsula', 'river', 'lake', 'mountains', 'strait', 'district', 'harbor', 'harbour', 'port', 'beach', 'heights', 'hills', 'springs', 'falls', 'canyon', 'gulf', 'sea', 'ocean', 'prefecture', 'territory', 'village', 'town', 'delta', 'basin', 'plateau', 'desert', 'highlands', 'lowlands', 'archipelago']);
const BENCHMARK_HEADS = /(?:^|\s)(?:index|benchmark|benchmarks|bench|leaderboard|arena|eval|evals|exam|test|olympiad)(?:\s+v?\d[\d.]*)?$/i;
/** CamelCase benchmark names: "TensorScore 3", "PCMark", "HealthBench". */
const BENCHMARK_CAMEL = /\p{Ll}(?:Bench|Score|Mark)(?:\s+v?\d[\d.]*)?$/u;
const PRODUCT_CUES = /^\s+(?:reasoning\s+|language\s+|ai\s+|flagship\s+|frontier\s+|new\s+)?(?:model|models|app|apps|application|chatbot|assistant|glasses|phone|phones|device|devices|chip|chips|robot|robots|arm|platform|browser|headset|car|truck|drone|software|system)\b/i;
const LAUNCH_BEFORE = /\b(?:launch(?:ed|es)?|releas(?:ed|es|ing)|unveil(?:ed|s|ing)|debut(?:ed|s)?|introduc(?:ed|es|ing)|ship(?:ped|s)?|rolled out|rolls out|called|dubbed|named)\s+(?:the\s+|its\s+|a\s+|an\s+|new\s+|proprietary\s+)*["'“‘]?$/i;
const SPEECH_AFTER = /^\s*(?:,\s*[^,]{0,60},\s*)?(?:said|says|told|added|wrote|argued|explained|noted|stated|warned|claimed|insisted|tweeted|posted)\b/i;
const TITLE_BEFORE = /\b(?:alderman|alderwoman|councillor|councilor|minister|mayor|chairman|chairwoman|president|director|spokesman|spokeswoman|spokesperson|secretary|governor|senator|executive|officer|leader|manager|analyst|economist|professor|coach|captain|striker|midfielder|defender|goalkeeper|chair)\s+$/;
const SPEECH_BEFORE = /\b(?:said|says|according to|told)\s+$/i;

const GIVEN_NAMES = new Set(
  ('james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian ' +
    'george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank ' +
    'patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle noah ethan jeremy walter christian keith roger terry austin ' +
    'sean gerald carl harold dylan arthur lawrence jordan jesse bryan billy bruce gabriel joe logan alan juan albert willie elijah wayne randy vincent mason roy ' +
    'ralph bobby russell bradley philip eugene mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty sandra margaret ashley ' +
    'kimberly emily donna michelle carol amanda melissa deborah stephanie dorothy rebecca sharon laura cynthia amy kathleen angela shirley brenda emma anna pamela ' +
    'nicole samantha katherine christine helen debra rachel carolyn janet maria catherine heather diane olivia julie joyce victoria ruth virginia lauren kelly ' +
    'christina joan evelyn judith andrea hannah megan cheryl jacqueline martha madison teresa gloria sara janice ann kathryn abigail sophia frances jean alice ' +
    'judy isabella julia grace amber denise danielle marilyn beverly charlotte natalie theresa diana brittany doris kayla alexis lori marie sam alex satya sundar ' +
    'sam elon jensen tim jeff sergey larry mustafa demis dario daniela ilya greg yann fei ming wei li chen hiroshi yuki akira kenji raj priya amit anil sunil ' +
    'mohammed muhammad ahmed ali fatima omar hassan ibrahim yusuf olga ivan dmitri sergei natalia elena sofia lucia carlos luis miguel pedro javier diego ana ' +
    'francois pierre jean jacques marie claude hans klaus jurgen ingrid lars sven erik mats nils kai leila nadia amara kwame chidi ngozi aisha zainab kofi thabo ' +
    'alexandr alexandra aleksandr andrei mikhail xi jinping narendra emmanuel olaf rishi keir giorgia pedro luiz javier gustavo claudia marta sigrid astrid ' +
    'jane joan june jill joanna jenna tom tony ben dan dave don jim bob bill ted ken ray roy leo max finn liam owen ella ava mia zoe chloe lucy amelia isla ' +
    'priya ana anna sara').split(/\s+/),
);

export interface EntityInput {
  text: string;
  names: NameSpan[];
  glossary?: Glossary;
  /** Places the document's dateline names ("KESTREL BAY, March 3"), in any case. */
  places?: string[];
}

/** Words naming a company's trade, dropped from keys: "Northwind Robotics" is "Northwind" on second mention. */
const TRADE_SUFFIX = /\s+(?:robotics|systems|technologies|technology|labs|group|holdings|motors|airlines|mutual|networks|software|semiconductors?|pharmaceuticals|therapeutics|industries|enterprises|solutions|ventures|analytics|insurance|bancorp|financial|energy|media)$/i;
const GENERIC_FIRST = /^(?:general|national|united|american|first|new|international|global|royal|standard|central|southern|northern|eastern|western|pacific|atlantic|digital|advanced|applied|allied|capital|public|federal|state|city|regional|great|north|south|east|west|old|big|the)$/i;

const keyCache = new Map<string, string>();

/** Canonical key of a name: case, spacing, hyphens, possessives and corporate suffixes do not matter. */
export function entityKey(name: string): string {
  let key = keyCache.get(name);
  if (key === undefined) {
    if (keyCache.size > 50_000) keyCache.clear();
    keyCache.set(name, (key = computeKey(name)));
  }
  return key;
}

function computeKey(name: string): string {
  // NFKC changes nothing in plain ASCII, the common case, and is costly.
  let s = (/^[\x20-\x7e]*$/.test(name) ? name : name.normalize('NFKC')).replace(/['’]s$/u, '').replace(/(?<=s)['’]$/u, '').trim();
  s = s.replace(/^the\s+/i, '');
  // "Meta Platforms Inc." → "Meta": suffixes can stack.
  for (let k = 0; k < 3 && CORPORATE_SUFFIX.test(s); k++) s = s.replace(CORPORATE_SUFFIX, '').replace(/,$/, '');
  const trade = TRADE_SUFFIX.exec(s);
  if (trade && !/\s/.test(s.slice(0, trade.index)) && !GENERIC_FIRST.test(s.slice(0, trade.index)) && s.slice(0, trade.index).length >= 4) s = s.slice(0, trade.index);
  s = s.toLowerCase();
  // Versioned names: "GPT-5.4", "GPT 5.4" and "gpt5.4" are one name.
  if (/\d/.test(s)) return s.replace(/[\s\-_]+/g, '');
  return s.replace(/[\s\-_]+/g, ' ').replace(/\.$/, '');
}

export function typeOfName(name: string, span: NameSpan | undefined, before: string, after: string): { type: EntityType; confidence: number } {
  const known = lookupKnown(name) ?? lookupKnown(name.replace(CORPORATE_SUFFIX, ''));
  if (known) return { type: known.type, confidence: 1 };
  const words = name.split(/\s+/);
  const lastWord = words[words.length - 1].toLowerCase().replace(/\.$/, '');
  if (BENCHMARK_HEADS.test(name) || BENCHMARK_CAMEL.test(name) || /bench\b/i.test(name) || /^[A-Z]{3,}-(?:Pro|Hard|Lite|Verified|Bench)$/.test(name)) return { type: 'benchmark', confidence: 0.9 };
  if (span?.kind === 'versioned') return { type: 'product', confidence: 0.9 };
  if (span?.titled) return { type: 'person', confidence: 0.9 };
  if (words.length > 1 && ORG_HEADS.has(lastWord)) return { type: 'organization', confidence: 0.8 };
  if (words.length > 1 && PLACE_HEADS.has(lastWord)) return { type: 'place', confidence: 0.8 };
  if (PRODUCT_CUES.test(after) || LAUNCH_BEFORE.test(before)) return { type: 'product', confidence: 0.7 };
  if (words.length >= 2 && words.length <= 3 && GIVEN_NAMES.has(words[0].toLowerCase()) && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) return { type: 'person', confidence: 0.8 };
  // "Finance alderman Sanne de Ruyter", "union leader Mara Velt": a title in lower case before a name of two to four words.
  if (words.length >= 2 && words.length <= 4 && TITLE_BEFORE.test(before) && /^\p{Lu}\p{Ll}/u.test(words[0]) && /^\p{Lu}\p{Ll}/u.test(words[words.length - 1])) return { type: 'person', confidence: 0.7 };
  if (words.length >= 2 && words.length <= 3 && words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) && (SPEECH_AFTER.test(after) || SPEECH_BEFORE.test(before))) return { type: 'person', confidence: 0.6 };
  if (/^\p{Lu}{2,6}$/u.test(name) || /\p{Ll}\p{Lu}/u.test(name)) return { type: 'organization', confidence: 0.5 };
  if (SPEECH_AFTER.test(after)) return { type: 'organization', confidence: 0.4 };
  return { type: 'other', confidence: 0.2 };
}

export function buildEntities({ text, names, glossary, places = [] }: EntityInput): Entity[] {
  const placeKeys = new Set(places.map((p) => entityKey(p.toLowerCase())));
  const glossaryKeys = new Map<string, { key: string; name: string; type?: EntityType }>();
  for (const e of glossary?.entries ?? []) {
    const key = entityKey(e.name);
    for (const n of [e.name, ...(e.aliases ?? [])]) glossaryKeys.set(entityKey(n), { key, name: e.name, type: e.type });
  }
  const byKey = new Map<string, Entity & { votes: Map<EntityType, number>; surfaces: Map<string, number>; fixedName?: string }>();
  const acronyms = new Map<string, string>();
  const fixed = new Map<string, string>();
  const add = (key: string, name: string, surface: string, mention: EntityMention, type: EntityType, confidence: number, parent?: string) => {
    let e = byKey.get(key);
    if (!e) {
      e = { key, name, type, aliases: [], mentions: [], votes: new Map(), surfaces: new Map() };
      byKey.set(key, e);
    }
    e.mentions.push(mention);
    e.votes.set(type, (e.votes.get(type) ?? 0) + confidence);
    e.surfaces.set(surface, (e.surfaces.get(surface) ?? 0) + 1);
    if (parent) e.parent = parent;
  };

  for (const span of names) {
    const surface = text.slice(span.start, span.end).replace(/\s+/g, ' ');
    // A release stage does not make a different model: "Gemini 3.1 Pro Preview" is "Gemini 3.1 Pro".
    const canonicalText = span.stageStart !== undefined ? text.slice(span.start, span.stageStart).trim().replace(/\s+/g, ' ') : surface;
    let key = entityKey(canonicalText);
    let name = canonicalText.replace(/['’]s$/u, '');
    const g = glossaryKeys.get(key) ?? glossaryKeys.get(entityKey(surface));
    let type: EntityType;
    let confidence: number;
    if (g) {
      key = g.key;
      name = g.name;
      fixed.set(key, g.name);
      type = g.type ?? typeOfName(g.name, span, '', '').type;
      confidence = 2;
    } else {
      const before = text.slice(Math.max(0, span.start - 40), span.start);
      const after = text.slice(span.end, Math.min(text.length, span.end + 60));
      ({ type, confidence } = typeOfName(name, span, before, after));
      if (placeKeys.has(key)) {
        type = 'place';
        confidence = 1.5;
      }
      // Designations name things, not models: "Coastal Highway 12", "Pier 4", "Chapter 11".
      if (span.kind === 'designation') {
        type = /\b(?:highway|route|interstate|pier|gate|terminal|berth|dock|lane|road|street|avenue)\b/i.test(name) ? 'place' : 'other';
        confidence = 0.6;
      }
    }
    let parentKey: string | undefined;
    if (span.familyEnd !== undefined && span.familyEnd < (span.stageStart ?? span.end)) {
      const familyText = text.slice(span.start, span.familyEnd).replace(/\s+/g, ' ');
      parentKey = entityKey(familyText);
      // The family is mentioned too: "Llama 4 Scout" is a mention of Llama 4.
      add(parentKey, familyText, familyText, { start: span.start, end: span.familyEnd, text: familyText, key: parentKey, via: name }, 'product', 0.5);
    }
    add(key, name, surface, { start: span.start, end: span.end, text: surface, key }, type, confidence, parentKey);
  }

  // A leading part shared by two different names is a name of its own: "Artificial Analysis" in
  // "Artificial Analysis Intelligence Index" and "Artificial Analysis Benchmark"; "New York" in
  // "New York Times" and "New York Post".
  const prefixes = new Map<string, { text: string; fulls: Set<string>; mentions: EntityMention[] }>();
  for (const span of names) {
    if (span.kind !== 'run') continue;
    const surface = text.slice(span.start, span.end);
    const parts = [...surface.matchAll(/\S+/g)];
    if (parts.length < 3) continue;
    const full = entityKey(surface);
    for (let n = 2; n < parts.length; n++) {
      const end = span.start + parts[n - 1].index! + parts[n - 1][0].length;
      const prefixText = text.slice(span.start, end).replace(/\s+/g, ' ');
      if (/['’]s$/u.test(prefixText) || /^(?:the|a|an)\s/i.test(prefixText)) continue;
      const key = entityKey(prefixText);
      const entry = prefixes.get(key) ?? { text: prefixText, fulls: new Set<string>(), mentions: [] };
      entry.fulls.add(full);
      entry.mentions.push({ start: span.start, end, text: prefixText, key, via: surface });
      prefixes.set(key, entry);
    }
  }
  for (const [key, entry] of prefixes) {
    if (entry.fulls.size < 2 || byKey.has(key)) continue;
    const { type, confidence } = typeOfName(entry.text, undefined, '', '');
    for (const m of entry.mentions) add(key, entry.text, entry.text, m, type === 'other' ? 'organization' : type, confidence);
  }

  // Glossary names the heuristics did not find.
  for (const e of glossary?.entries ?? []) {
    for (const n of [e.name, ...(e.aliases ?? [])]) {
      if (n.length < 2) continue;
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const key = entityKey(e.name);
        const existing = byKey.get(key);
        if (existing?.mentions.some((x) => x.start <= m!.index && x.end >= m!.index + n.length)) continue;
        if (names.some((s) => s.start < m!.index + n.length && m!.index < s.end && !(s.start <= m!.index && s.end >= m!.index + n.length))) continue;
        add(key, e.name, n, { start: m.index, end: m.index + n.length, text: n, key }, e.type ?? 'other', 2);
        fixed.set(key, e.name);
      }
    }
  }

  // An acronym in parentheses right after a name is that name: "Northwind Robotics (NWR)", "the Global
  // Seismology Network (GSN)".
  const spans = [...names].sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < spans.length; i++) {
    const a = spans[i];
    const b = spans[i + 1];
    if (!/^\s*\(\s*$/.test(text.slice(a.end, b.start)) || !/^\s*\)/.test(text.slice(b.end, b.end + 3))) continue;
    const acronym = text.slice(b.start, b.end);
    if (!/^[\p{Lu}&.]{2,8}$/u.test(acronym)) continue;
    const longKey = findKey(byKey, a, text);
    const shortKey = entityKey(acronym);
    const short = byKey.get(shortKey);
    const long = longKey ? byKey.get(longKey) : undefined;
    if (!short || !long || short === long) continue;
    for (const m of short.mentions) long.mentions.push({ ...m, key: long.key });
    for (const [s, n] of short.surfaces) long.surfaces.set(s, (long.surfaces.get(s) ?? 0) + n * 0.01);
    byKey.delete(shortKey);
    acronyms.set(shortKey, long.key);
  }

  // People named in full and then by surname: "Alexandr Wang … Wang said".
  const people = [...byKey.values()].filter((e) => bestType(e.votes) === 'person' && e.name.includes(' '));
  for (const e of [...byKey.values()]) {
    if (e.name.includes(' ')) continue;
    const full = people.filter((p) => p.name.split(' ').pop()!.toLowerCase() === e.key);
    if (full.length === 1) {
      const p = full[0];
      for (const m of e.mentions) p.mentions.push({ ...m, key: p.key });
      p.surfaces.set(e.name, (p.surfaces.get(e.name) ?? 0) + 1);
      byKey.delete(e.key);
    }
  }

  const out: Entity[] = [];
  for (const e of byKey.values()) {
    const type = bestType(e.votes);
    // The most frequent full surface is the display name.
    let name = e.name;
    let best = 0;
    for (const [s, n] of e.surfaces) {
      const clean = s.replace(/['’]s$/u, '');
      if (n > best || (n === best && clean.length > name.length)) {
        if (entityKey(clean) === e.key) {
          best = n;
          name = clean;
        }
      }
    }
    const aliasSet = new Set<string>();
    for (const s of e.surfaces.keys()) {
      const alias = s.replace(/['’]s$/u, '');
      if (alias !== name) aliasSet.add(alias);
    }
    const aliases = [...aliasSet];
    const known = lookupKnown(name);
    for (const a of known?.aliases ?? []) if (a !== name && !aliases.includes(a)) aliases.push(a);
    e.mentions.sort((a, b) => a.start - b.start);
    const glossaryName = fixed.get(e.key);
    if (glossaryName && glossaryName !== name) {
      if (!aliases.includes(name)) aliases.push(name);
      name = glossaryName;
    }
    const entity: Entity = { key: e.key, name, type, aliases: aliases.filter((a) => a !== name), mentions: e.mentions };
    if (e.parent) entity.parent = e.parent;
    if (glossaryName) entity.glossary = true;
    out.push(entity);
  }
  out.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  return out;
}

function findKey(byKey: Map<string, Entity>, span: NameSpan, text: string): string | undefined {
  const k = entityKey(text.slice(span.start, span.stageStart ?? span.end).replace(/\s+/g, ' '));
  if (byKey.has(k)) return k;
  for (const [key, e] of byKey) if (e.mentions.some((m) => m.start === span.start && !m.via)) return key;
  return undefined;
}

function bestType(votes: Map<EntityType, number>): EntityType {
  let best: EntityType = 'other';
  let score = -1;
  for (const [t, v] of votes) {
    if (t === 'other') continue;
    if (v > score) {
      best = t;
      score = v;
    }
  }
  return score < 0 ? 'other' : best;
}
