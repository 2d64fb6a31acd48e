// The plain data the engine produces. Everything here is serialisable (no classes, no functions), so a
// document's analysis can be cached, sent across a worker boundary and written into a report as is.
// Offsets are UTF-16 code units into the document's text (JavaScript string indices), end exclusive.

export interface Span {
  start: number;
  end: number;
}

export type FigureKind = 'money' | 'percent' | 'count' | 'score' | 'ratio' | 'rank' | 'duration' | 'date' | 'measure';

/**
 * How a figure is hedged. Recorded beside the value, never folded into it: "more than 40" has value 40.
 * - about: about, roughly, approximately, around, some, an estimated
 * - over: more than, over, above, exceeding, upwards of
 * - at-least: at least, no fewer than, a minimum of
 * - nearly: nearly, almost, just under, close to
 * - under: less than, fewer than, under, below
 * - up-to: up to, as many as, as much as, at most, no more than
 */
export type Qualifier = 'about' | 'over' | 'at-least' | 'nearly' | 'under' | 'up-to';

export type DatePrecision = 'day' | 'month' | 'quarter' | 'year';

/** A date is either when something happened (an event) or when the article was published. */
export type DateRole = 'event' | 'publication';

export interface Figure extends Span {
  /** Document-local id ("f3"); the report prefixes it to make it corpus-unique. */
  id: string;
  text: string;
  kind: FigureKind;
  /** A number for amounts (fully scaled: 115000000000 for "$115 billion"), an ISO string for dates, null when vague ("billions"). */
  value: number | string | null;
  /** Both bounds of a range ("$2 billion to $3 billion"), as scaled numbers or ISO dates. */
  low?: number | string;
  high?: number | string;
  /** "USD", "EUR", "%", "pp" (percentage points), "day", "month", "year", a measurement unit, or the counted noun. */
  unit?: string;
  /** The counted noun for counts ("users" in "3 billion monthly active users"), lower case. */
  noun?: string;
  /** The words between the number and the noun ("monthly active"). */
  modifiers?: string[];
  /** The scale word as written ("billion", "bn", "M"). */
  scale?: string;
  qualifier?: Qualifier;
  /** The qualifier as written ("more than"), with its span. */
  qualifierText?: string;
  qualifierSpan?: Span;
  /** The size of the last digit stated, in the figure's unit: 100000 for "$2.4 million", 1 for "12%". */
  precision?: number;
  /** Dates only. */
  datePrecision?: DatePrecision;
  dateRole?: DateRole;
  /** Dates resolved from relative words ("on Tuesday", "last year") against the publication date. */
  relative?: boolean;
  /** "rose"/"fell": the direction of a change the figure measures. */
  direction?: 'up' | 'down';
  /** Index of the sentence unit the figure stands in. */
  unit_index: number;
}

export type EntityType = 'organization' | 'person' | 'product' | 'benchmark' | 'place' | 'other';

export interface EntityMention extends Span {
  text: string;
  /** Canonical key of the entity (see names/normalise). */
  key: string;
  /** Set when the mention names a member of this entity ("Llama 4 Scout" is a mention of "Llama 4"). */
  via?: string;
}

export interface Entity {
  key: string;
  name: string;
  type: EntityType;
  aliases: string[];
  mentions: EntityMention[];
  /** Key of the family this entity belongs to ("llama 4" for "Llama 4 Scout"). */
  parent?: string;
  /** Named by the user's glossary: its name is the one to show. */
  glossary?: boolean;
}

export interface Attribution extends Span {
  /** Who the claim is attributed to, as written ("Bloomberg", "Wang", "the company"). */
  source: string;
  /** The cue ("according to", "said"). */
  cue: string;
}

export interface Claim extends Span {
  id: string;
  text: string;
  unit_index: number;
  /** 0..1: how much the sentence is worth checking. */
  score: number;
  figures: string[];
  entities: string[];
  attribution?: Attribution;
  /** Why the score is what it is, in words, for the hover and the report. */
  reasons: string[];
}

export type UnitKind = 'heading' | 'sentence' | 'list-item' | 'dateline' | 'meta';

/** A sentence unit: a sentence, a heading, a list item, a dateline or a metadata line. */
export interface Unit extends Span {
  kind: UnitKind;
  /** True for Title Case lines (headlines), where capitals say nothing about names. */
  titleCase: boolean;
  /** Paragraph (or heading, list item) the unit belongs to: sentences of one paragraph share it. */
  block?: number;
}

/** What a figure measures, derived from its sentence: the basis of "same quantity". */
export interface QuantityDescriptor {
  /** Canonical key of the entity the figure is about, or null when the sentence does not say. */
  subject: string | null;
  /** How the subject was found: bound (parenthesis, possessive, "respectively"), clause subject, or carried from an earlier sentence. */
  subjectHow?: 'bound' | 'clause' | 'carried';
  /** Other entities in the figure's clause (for events such as launches, whose subject may be the maker or the product). */
  related: string[];
  /** What is measured, normalised across wording ("launch", "deaths", "share price", "spending"), or null when unknown. */
  measure: string | null;
  /** The words the measure was read from, for explanations. */
  measureText?: string;
  /** Conditions stated in the clause: period, frequency, setting, scope, object. */
  conditions: Record<string, string>;
  /** The things the figure's article is mostly about (its most named organisations, products, places):
   * a figure with no subject is compared only with figures about the same things. */
  topics?: string[];
  /** Counts with no snapshot date of their own: the day the article was published. A count pinned to a
   * snapshot ("as of May 11") is not compared with one reported days later. */
  reported?: string;
  /** Dates only: how precise the date is. */
  grain?: DatePrecision;
  /** A part of a count stated beside it ("two of Halverton's four terminals"): the whole's value. Another
   * source's figure of that value is the whole, not the part. */
  partOf?: number;
  /** Coarse dimension: never compare across dimensions ("money:USD", "count", "percent", "date", "duration"...). */
  dimension: string;
}

export interface DocAnalysis {
  /** Schema version of this structure; bump when cached analyses must be discarded. */
  version: number;
  /** Hash of the text the analysis was made from. */
  hash: string;
  length: number;
  title: string;
  /** ISO date of publication (dateline, timestamp or front matter), if found. */
  published?: string;
  publishedSpan?: Span;
  units: Unit[];
  figures: Figure[];
  /** Same order as figures. */
  quantities: QuantityDescriptor[];
  entities: Entity[];
  claims: Claim[];
  /** Problems with the input worth telling the user (replacement characters, very long lines...). */
  notes: string[];
}

export interface Glossary {
  entries: { name: string; type?: EntityType; aliases?: string[] }[];
}

export interface AnalysisOptions {
  /** 'markdown' masks Markdown syntax; 'plain' reads the text as is. */
  format?: 'markdown' | 'plain';
  glossary?: Glossary;
  /** Used when the document states no publication date; relative dates stay unresolved without one. */
  referenceDate?: string;
}
