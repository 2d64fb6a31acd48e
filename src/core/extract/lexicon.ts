// Word lists for reading numbers in English news: written numbers, scales, currencies, units, qualifiers.

import type { Qualifier } from '../model';

/**
 * A lookup table with no prototype: `"constructor" in table` is false and lookups of arbitrary words stay
 * fast (they are made for every token).
 */
export function table<T>(entries: Record<string, T>): Record<string, T> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}

export const UNITS: Record<string, number> = table({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
});
export const TENS: Record<string, number> = table({ twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 });

/** Scale words and suffixes. Single letters are only read as scales when they touch the number ("58M"). */
export const SCALES: Record<string, number> = table({
  hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, mm: 1e6, b: 1e9, bn: 1e9, bln: 1e9, t: 1e12, tn: 1e12, trn: 1e12,
  lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
});
/** Scale suffixes that may stand apart from the number ("$35.1 bn"). */
export const SPACED_SCALES = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion', 'mn', 'mln', 'bn', 'bln', 'tn', 'trn', 'lakh', 'lakhs', 'crore', 'crores']);
/** Vague magnitudes: "billions of users", "hundreds of millions". */
export const VAGUE: Record<string, [number, number]> = table({
  dozens: [24, 100], scores: [40, 200], hundreds: [200, 1000], thousands: [2000, 1e4], millions: [2e6, 1e7], billions: [2e9, 1e10], trillions: [2e12, 1e13],
  tens: [20, 100],
});

export const ORDINALS: Record<string, number> = table({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20,
});

/** Denominators of written fractions ("one-tenth", "two-thirds"). */
export const FRACTIONS: Record<string, number> = table({
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5, sixth: 6, sixths: 6,
  seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9, tenth: 10, tenths: 10, twelfth: 12, twentieth: 20, twentieths: 20,
  thirtieth: 30, thirtieths: 30, fortieth: 40, fiftieth: 50, hundredth: 100, hundredths: 100, thousandth: 1000, thousandths: 1000,
});

export const MULTIPLIER_WORDS: Record<string, number> = table({ twice: 2, thrice: 3, double: 2, doubled: 2, triple: 3, tripled: 3, quadruple: 4, quadrupled: 4, half: 0.5 });

/** Currency symbols and codes, longest first where they share a prefix. */
export const CURRENCY_SYMBOLS: [string, string][] = [
  ['US$', 'USD'], ['A$', 'AUD'], ['C$', 'CAD'], ['HK$', 'HKD'], ['S$', 'SGD'], ['NZ$', 'NZD'], ['R$', 'BRL'],
  ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['₹', 'INR'], ['₩', 'KRW'], ['₽', 'RUB'], ['₺', 'TRY'], ['₦', 'NGN'], ['₱', 'PHP'], ['Fr', 'CHF'],
];
export const CURRENCY_CODES = new Set(['USD', 'EUR', 'GBP', 'JPY', 'CNY', 'RMB', 'INR', 'AUD', 'CAD', 'CHF', 'HKD', 'SGD', 'KRW', 'BRL', 'MXN', 'ZAR', 'SEK', 'NOK', 'DKK', 'NZD', 'TRY', 'RUB', 'NGN', 'KES', 'PHP', 'IDR', 'AED', 'SAR']);
export const CURRENCY_WORDS: Record<string, string> = table({
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP', sterling: 'GBP', yen: 'JPY', yuan: 'CNY', renminbi: 'CNY',
  rupee: 'INR', rupees: 'INR', won: 'KRW', francs: 'CHF', franc: 'CHF', pesos: 'MXN', rand: 'ZAR', naira: 'NGN', shillings: 'KES', reais: 'BRL',
});

export const PERCENT_WORDS = new Set(['percent', 'pct', 'percentage']);

export const DURATION_UNITS: Record<string, string> = table({
  second: 'second', seconds: 'second', sec: 'second', secs: 'second', minute: 'minute', minutes: 'minute', min: 'minute', mins: 'minute',
  hour: 'hour', hours: 'hour', hr: 'hour', hrs: 'hour', day: 'day', days: 'day', week: 'week', weeks: 'week', fortnight: 'week',
  month: 'month', months: 'month', year: 'year', years: 'year', yr: 'year', yrs: 'year', decade: 'decade', decades: 'decade', century: 'century', centuries: 'century',
});
/** Length of a duration unit in days, to compare "72 hours" with "three days". */
export const DURATION_DAYS: Record<string, number> = table({
  second: 1 / 86400, minute: 1 / 1440, hour: 1 / 24, day: 1, week: 7, month: 30.44, year: 365.25, decade: 3652.5, century: 36525,
});

/** Physical measurement units, normalised. */
export const MEASURE_UNITS: Record<string, string> = table({
  mm: 'mm', millimetres: 'mm', millimeters: 'mm', cm: 'cm', centimetres: 'cm', centimeters: 'cm', m: 'm', metres: 'm', meters: 'm', metre: 'm', meter: 'm',
  km: 'km', kilometres: 'km', kilometers: 'km', kilometre: 'km', kilometer: 'km', mi: 'mile', mile: 'mile', miles: 'mile', ft: 'ft', feet: 'ft', foot: 'ft',
  inch: 'inch', inches: 'inch', kg: 'kg', kilograms: 'kg', kilogram: 'kg', g: 'g', grams: 'g', tonnes: 't', tonne: 't', tons: 't', ton: 't', lb: 'lb', lbs: 'lb', pounds: 'lb',
  mph: 'mph', kph: 'km/h', 'km/h': 'km/h', knots: 'knot', mw: 'MW', gw: 'GW', kw: 'kW', kwh: 'kWh', mwh: 'MWh', gwh: 'GWh', twh: 'TWh', tb: 'TB', gb: 'GB', pb: 'PB',
  hectares: 'ha', hectare: 'ha', acres: 'acre', acre: 'acre', litres: 'l', liters: 'l', barrels: 'barrel', degrees: '°', celsius: '°C', fahrenheit: '°F',
});

/** Qualifiers, as word sequences, with what they mean. Longest first. */
export const QUALIFIERS: [string[], Qualifier][] = [
  [['no', 'fewer', 'than'], 'at-least'], [['no', 'less', 'than'], 'at-least'], [['no', 'more', 'than'], 'up-to'],
  [['a', 'minimum', 'of'], 'at-least'], [['a', 'maximum', 'of'], 'up-to'], [['in', 'excess', 'of'], 'over'],
  [['a', 'little', 'over'], 'over'], [['a', 'little', 'more', 'than'], 'over'], [['slightly', 'more', 'than'], 'over'], [['slightly', 'over'], 'over'],
  [['just', 'over'], 'over'], [['just', 'above'], 'over'], [['well', 'over'], 'over'], [['just', 'under'], 'nearly'], [['just', 'below'], 'nearly'],
  [['just', 'shy', 'of'], 'nearly'], [['a', 'little', 'under'], 'nearly'], [['slightly', 'less', 'than'], 'nearly'], [['just', 'less', 'than'], 'nearly'],
  [['more', 'than'], 'over'], [['greater', 'than'], 'over'], [['better', 'than'], 'over'], [['upwards', 'of'], 'over'], [['upward', 'of'], 'over'], [['north', 'of'], 'over'],
  [['at', 'least'], 'at-least'], [['at', 'most'], 'up-to'], [['up', 'to'], 'up-to'], [['as', 'many', 'as'], 'up-to'], [['as', 'much', 'as'], 'up-to'], [['as', 'high', 'as'], 'up-to'],
  [['less', 'than'], 'under'], [['fewer', 'than'], 'under'], [['close', 'to'], 'nearly'], [['closer', 'to'], 'about'], [['an', 'estimated'], 'about'],
  [['some'], 'about'], [['about'], 'about'], [['around'], 'about'], [['roughly'], 'about'], [['approximately'], 'about'], [['approx'], 'about'], [['circa'], 'about'],
  [['estimated'], 'about'], [['nearly'], 'nearly'], [['almost'], 'nearly'], [['approaching'], 'nearly'], [['over'], 'over'], [['above'], 'over'], [['exceeding'], 'over'],
  [['under'], 'under'], [['below'], 'under'], [['~'], 'about'], [['>'], 'over'], [['<'], 'under'], [['≈'], 'about'],
];

export const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
export const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Words after an ordinal that make it a rank ("third-largest", "second place"). */
export const RANK_NOUNS = new Set(['place', 'position', 'spot', 'rank', 'ranked', 'overall', 'globally', 'worldwide']);
/** Verbs and nouns before an ordinal that make it a rank ("ranks fourth", "finished third"). */
export const RANK_CUES = new Set(['rank', 'ranks', 'ranked', 'ranking', 'placed', 'places', 'place', 'finished', 'finishes', 'came', 'comes', 'sits', 'sat', 'stands', 'stood', 'position', 'positioned', 'rated', 'slot', 'slotted', 'landed', 'lands']);

/** Adverbs that may follow a counted noun; they are conditions, not the noun ("users daily"). */
export const FREQUENCY_WORDS: Record<string, string> = table({
  daily: 'daily', weekly: 'weekly', monthly: 'monthly', annually: 'annual', yearly: 'annual', annual: 'annual', quarterly: 'quarterly', hourly: 'hourly', nightly: 'daily',
});

/** Words that end a counted-noun phrase. */
export const NOUN_STOP = new Set([
  'of', 'in', 'on', 'at', 'to', 'for', 'from', 'with', 'by', 'and', 'or', 'but', 'nor', 'as', 'than', 'that', 'which', 'who', 'whom', 'whose', 'the', 'a', 'an',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'do', 'does', 'did',
  'it', 'its', 'their', 'this', 'these', 'those', 'per', 'each', 'every', 'respectively', 'apiece', 'alone', 'so', 'far', 'ago', 'earlier', 'later', 'before', 'after',
  'more', 'less', 'fewer', 'about', 'over', 'under', 'up', 'down', 'into', 'onto', 'out', 'off', 'via', 'across', 'against', 'between', 'among', 'through', 'during',
  'since', 'until', 'while', 'when', 'where', 'if', 'then', 'also', 'only', 'just', 'still', 'already', 'now', 'again', 'too', 'very', 'not', 'no', 'yet',
  'he', 'she', 'they', 'we', 'you', 'i', 'them', 'his', 'her', 'our', 'your', 'my', 'there', 'here', 'what', 'how', 'why', 'all', 'both', 'either', 'neither',
  'said', 'says', 'say', 'according', 'compared', 'including', 'excluding', 'versus', 'vs', 'like', 'unlike', 'toward', 'towards', 'behind', 'ahead', 'within', 'without',
  'times', 'time', 'overall', 'year', 'years', 'percent', 'overnight', 'today', 'yesterday', 'tonight', 'tomorrow', 'together', 'total', 'apiece', 'combined',
]);

/** Past participles and adjectives that qualify a counted noun ("homes destroyed", "people dead"). */
export const STATE_WORDS = new Set([
  'dead', 'killed', 'injured', 'wounded', 'missing', 'displaced', 'evacuated', 'rescued', 'destroyed', 'damaged', 'affected', 'hospitalized', 'hospitalised',
  'arrested', 'detained', 'infected', 'vaccinated', 'sold', 'shipped', 'employed', 'hired', 'laid', 'cut', 'lost', 'built', 'trapped', 'stranded', 'homeless',
  'cancelled', 'canceled', 'delayed', 'grounded', 'diverted', 'suspended', 'recalled', 'demolished', 'flooded', 'seized', 'stolen', 'exposed', 'breached',
]);
