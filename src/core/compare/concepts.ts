// Measures, normalised across wording: "released / launched / unveiled / debuted" are one launch; "shares /
// stock / stock price" one share price. A word maps to a concept only for the kinds of figure it can
// measure: "released" is a launch for a date, but "released 2,000 prisoners" counts prisoners.

import type { FigureKind } from '../model';

interface Concept {
  id: string;
  label: string;
  kinds: FigureKind[];
  words: string[];
}

const CONCEPTS: Concept[] = [
  { id: 'launch', label: 'launch date', kinds: ['date'], words: ['launch', 'launched', 'launches', 'launching', 'release', 'released', 'releases', 'releasing', 'unveil', 'unveiled', 'unveils', 'unveiling', 'debut', 'debuted', 'debuts', 'introduce', 'introduced', 'introduces', 'introducing', 'rollout', 'roll-out', 'announced', 'announces', 'announcing', 'announcement', 'arrival', 'premiered'] },
  { id: 'shipping', label: 'shipping date', kinds: ['date'], words: ['ship', 'ships', 'shipped', 'shipping', 'shipment', 'shipments', 'deliveries', 'delivered', 'delivery', 'available', 'availability', 'stores', 'on sale', 'preorders', 'pre-orders'] },
  { id: 'occurred', label: 'date it happened', kinds: ['date'], words: ['struck', 'strikes', 'hit', 'hits', 'occurred', 'happened', 'erupted', 'collapsed', 'ignited', 'sparked', 'broke', 'began', 'begun', 'started', 'derailed', 'derailment', 'crashed', 'exploded', 'explosion', 'blast', 'capsized', 'sank'] },
  { id: 'results', label: 'results date', kinds: ['date'], words: ['results', 'earnings', 'reported', 'reports', 'posted'] },
  { id: 'declared', label: 'date it was declared', kinds: ['date'], words: ['declared', 'declare', 'declares', 'declaration', 'proclaimed', 'proclamation'] },
  { id: 'founded', label: 'founding date', kinds: ['date'], words: ['founded', 'established', 'incorporated', 'formed'] },
  { id: 'died', label: 'date of death', kinds: ['date'], words: ['died', 'death'] },
  { id: 'deal', label: 'deal date', kinds: ['date'], words: ['acquired', 'acquisition', 'agreed', 'deal', 'merger', 'bought'] },
  { id: 'election', label: 'election date', kinds: ['date'], words: ['election', 'elected', 'polls'] },
  { id: 'decision', label: 'date of the decision', kinds: ['date'], words: ['vote', 'voted', 'votes', 'approved', 'approves', 'approve', 'passed', 'adopted', 'rejected', 'ratified', 'endorsed', 'backed', 'decided', 'ruled', 'signed'] },
  { id: 'opening', label: 'opening date', kinds: ['date'], words: ['opens', 'opened', 'opening', 'inaugurated', 'inauguration'] },
  { id: 'deadline', label: 'deadline', kinds: ['date'], words: ['deadline', 'deadlines'] },
  { id: 'effective', label: 'date it takes effect', kinds: ['date'], words: ['effective'] },
  { id: 'closing', label: 'closing date', kinds: ['date'], words: ['close', 'closes', 'closing', 'closed', 'completed', 'completion', 'finalise', 'finalize', 'finalised', 'finalized'] },
  { id: 'resigned', label: 'resignation date', kinds: ['date'], words: ['resigned', 'resigns', 'resign', 'resignation', 'quit', 'quits'] },

  // What something costs, from whichever side: spent, invested, committed, priced, paid for a deal.
  { id: 'cost', label: 'cost', kinds: ['money'], words: ['spend', 'spent', 'spends', 'spending', 'invest', 'invested', 'investing', 'invests', 'investment', 'investments', 'commit', 'committed', 'committing', 'commits', 'commitment', 'capex', 'expenditure', 'expenditures', 'outlay', 'outlays', 'pour', 'poured', 'pouring', 'allocate', 'allocated', 'allocating', 'budget', 'budgeted', 'earmarked', 'plow', 'plowed', 'put', 'puts', 'putting', 'pump', 'pumped', 'pumping', 'funnel', 'funneled', 'funnelled', 'sink', 'sunk', 'rebuild', 'overhaul', 'buildout', 'build-out', 'expansion', 'upgrade', 'programme', 'program', 'project', 'construction', 'built', 'cost', 'costs', 'costing', 'costed', 'price', 'priced', 'pricing', 'sell', 'sells', 'selling', 'retail', 'retails', 'msrp', 'acquire', 'acquired', 'acquisition', 'buy', 'bought', 'purchase', 'purchased', 'takeover', 'deal', 'merger', 'plan', 'plans', 'bill', 'package'] },
  { id: 'revenue', label: 'revenue', kinds: ['money', 'percent'], words: ['revenue', 'revenues', 'sales', 'turnover', 'top-line', 'topline'] },
  { id: 'profit', label: 'profit', kinds: ['money', 'percent'], words: ['profit', 'profits', 'income', 'earnings', 'ebitda'] },
  { id: 'eps', label: 'earnings per share', kinds: ['money'], words: ['eps', 'per-share'] },
  { id: 'loss', label: 'losses', kinds: ['money'], words: ['loss', 'losses', 'lost', 'damage', 'damages', 'write-down', 'writedown'] },
  { id: 'sample', label: 'people surveyed', kinds: ['count'], words: ['poll', 'polled', 'polling', 'survey', 'surveyed', 'surveys', 'respondents', 'interviewed', 'sample'] },
  { id: 'attendance', label: 'attendance', kinds: ['count'], words: ['attendance', 'crowd', 'spectators', 'drew', 'attended', 'turned'] },
  { id: 'valuation', label: 'valuation', kinds: ['money'], words: ['valued', 'valuation', 'valuing', 'worth', 'value', 'capitalisation', 'capitalization', 'cap'] },
  { id: 'funding', label: 'funding raised', kinds: ['money'], words: ['raised', 'raise', 'raises', 'raising', 'funding', 'financing', 'round'] },
  { id: 'aid', label: 'aid', kinds: ['money'], words: ['aid', 'relief', 'appeal', 'appeals', 'donated', 'donation', 'donations', 'pledged', 'pledge', 'grant', 'grants', 'assistance', 'emergency'] },
  { id: 'rent', label: 'rent', kinds: ['money'], words: ['rent', 'rents', 'lease', 'leases'] },
  { id: 'penalty', label: 'penalty', kinds: ['money'], words: ['fine', 'fines', 'fined', 'penalty', 'penalties', 'settlement', 'settle', 'settled'] },
  { id: 'demand', label: 'amount demanded', kinds: ['money'], words: ['ransom', 'ransoms', 'demand', 'demands', 'demanded', 'demanding', 'extortion'] },
  { id: 'insurance', label: 'insurance cover', kinds: ['money'], words: ['insured', 'insurance', 'coverage', 'insurer', 'insurers'] },
  { id: 'payment', label: 'payment', kinds: ['money'], words: ['payment', 'payments', 'repay', 'repayment', 'repayments', 'instalment', 'installment'] },
  { id: 'pay', label: 'pay', kinds: ['money'], words: ['salary', 'pay', 'compensation', 'bonus', 'wage', 'wages'] },
  { id: 'savings', label: 'savings', kinds: ['money'], words: ['savings', 'save', 'saves', 'saved', 'saving', 'synergies', 'synergy'] },
  { id: 'reserves', label: 'reserves', kinds: ['money'], words: ['reserve', 'reserves', 'rainy-day', 'cushion'] },
  { id: 'per-share', label: 'price per share', kinds: ['money'], words: [] },
  { id: 'fee', label: 'fee', kinds: ['money'], words: ['fee', 'fees', 'break-fee', 'breakup'] },
  { id: 'premium', label: 'premium', kinds: ['percent', 'money'], words: ['premium', 'premiums'] },
  { id: 'debt', label: 'debt', kinds: ['money'], words: ['debt', 'debts', 'loan', 'loans', 'bond', 'bonds', 'borrow', 'borrows', 'borrowed', 'borrowing'] },
  { id: 'backlog', label: 'order backlog', kinds: ['money'], words: ['backlog', 'orders', 'bookings'] },
  { id: 'guidance', label: 'forecast', kinds: ['money', 'percent'], words: ['forecast', 'forecasts', 'guidance', 'guide', 'outlook', 'projected', 'projects', 'expects', 'expected'] },

  { id: 'share-price', label: 'share price move', kinds: ['percent', 'money'], words: ['shares', 'share', 'stock', 'stocks', 'share-price', 'stock-price'] },
  { id: 'market-share', label: 'market share', kinds: ['percent'], words: ['market-share'] },
  { id: 'margin', label: 'margin', kinds: ['percent'], words: ['margin', 'margins'] },
  { id: 'inflation', label: 'inflation', kinds: ['percent'], words: ['inflation', 'cpi'] },
  { id: 'unemployment', label: 'unemployment', kinds: ['percent'], words: ['unemployment', 'jobless'] },
  { id: 'interest-rate', label: 'interest rate', kinds: ['percent'], words: ['rate', 'rates', 'yield', 'yields'] },
  { id: 'turnout', label: 'turnout', kinds: ['percent'], words: ['turnout'] },
  { id: 'poll', label: 'poll share', kinds: ['percent'], words: ['poll', 'polls', 'polling', 'survey', 'surveys', 'pollster', 'pollsters'] },
  { id: 'approval', label: 'approval', kinds: ['percent'], words: ['approval', 'approve', 'favorability'] },
  { id: 'stake', label: 'stake', kinds: ['percent'], words: ['stake', 'holding', 'ownership'] },
  { id: 'growth', label: 'growth', kinds: ['percent'], words: ['growth', 'gdp'] },
  { id: 'tax-rate', label: 'tax rate', kinds: ['percent'], words: ['tax-rate', 'levy'] },
  { id: 'containment', label: 'containment', kinds: ['percent'], words: ['contained', 'containment'] },
  { id: 'positivity', label: 'test positivity', kinds: ['percent'], words: ['positive', 'positivity'] },
  { id: 'price-target', label: 'price target', kinds: ['money'], words: ['price-target'] },

  { id: 'deaths', label: 'deaths', kinds: ['count'], words: ['dead', 'deaths', 'death', 'killed', 'kills', 'kill', 'killing', 'fatalities', 'fatality', 'died', 'die', 'dies', 'lives', 'toll', 'bodies', 'victims'] },
  { id: 'injured', label: 'injured', kinds: ['count'], words: ['injured', 'injuries', 'wounded', 'hurt', 'injuring'] },
  { id: 'missing', label: 'missing', kinds: ['count'], words: ['missing', 'unaccounted'] },
  { id: 'displaced', label: 'displaced', kinds: ['count'], words: ['displaced', 'evacuated', 'evacuees', 'evacuation', 'evacuations', 'evacuate', 'homeless', 'shelters', 'fled'] },
  { id: 'rescued', label: 'rescued', kinds: ['count'], words: ['rescued', 'saved', 'plucked', 'airlifted', 'winched', 'rescue', 'rescues'] },
  { id: 'rescuers', label: 'rescuers', kinds: ['count'], words: ['rescuers', 'responders', 'volunteers', 'firefighters', 'troops', 'soldiers'] },
  { id: 'users', label: 'users', kinds: ['count'], words: ['users', 'user', 'subscribers', 'customers', 'accounts', 'members', 'reach', 'reaches', 'reached', 'reaching', 'serves', 'serving', 'served', 'serve'] },
  { id: 'downloads', label: 'downloads', kinds: ['count'], words: ['downloads', 'downloaded', 'installs', 'installed'] },
  { id: 'employees', label: 'employees', kinds: ['count'], words: ['employees', 'staff', 'workers', 'workforce', 'headcount', 'jobs', 'employ', 'employs', 'employed', 'people-employed'] },
  { id: 'doctors', label: 'doctors', kinds: ['count'], words: ['doctors', 'physicians', 'clinicians', 'medics'] },
  { id: 'aftershocks', label: 'aftershocks', kinds: ['count'], words: ['aftershocks', 'tremors'] },
  { id: 'homes', label: 'homes', kinds: ['count'], words: ['homes', 'houses', 'dwellings', 'buildings', 'residences', 'structures'] },
  { id: 'population', label: 'population', kinds: ['count'], words: ['population', 'inhabitants'] },
  { id: 'votes', label: 'votes', kinds: ['count'], words: ['votes', 'ballots'] },
  { id: 'signatures', label: 'signatures', kinds: ['count'], words: ['signatures', 'signed', 'signatories', 'petition', 'petitions'] },
  { id: 'parameters', label: 'parameters', kinds: ['count'], words: ['parameters', 'params'] },
  { id: 'tokens', label: 'tokens', kinds: ['count'], words: ['tokens'] },
  { id: 'gpus', label: 'GPUs', kinds: ['count'], words: ['gpus', 'chips', 'accelerators'] },

  { id: 'magnitude', label: 'magnitude', kinds: ['score'], words: ['magnitude'] },
  // A river's or a tide's highest level, and when it came: "crested at 6.71 metres", "the 2011 high of 6.12 metres".
  { id: 'peak', label: 'peak level', kinds: ['measure'], words: ['peak', 'peaked', 'peaks', 'crest', 'crested', 'crests', 'high', 'highest', 'reached', 'topped'] },
  { id: 'intrusion', label: 'date of the intrusion', kinds: ['date'], words: ['intrusion', 'intrusions', 'breached', 'hacked', 'infiltrated', 'compromised', 'penetrated'] },
  { id: 'detected', label: 'date it was detected', kinds: ['date'], words: ['detected', 'detect', 'detects', 'detection', 'discovered', 'discovery', 'spotted', 'noticed', 'uncovered'] },
  { id: 'peak-date', label: 'date of the peak', kinds: ['date'], words: ['peak', 'peaked', 'crest', 'crested'] },
];

const byWord = new Map<string, Concept[]>();
for (const c of CONCEPTS) {
  for (const w of c.words) {
    const list = byWord.get(w) ?? [];
    list.push(c);
    byWord.set(w, list);
  }
}

export function conceptFor(word: string, kind: FigureKind): { id: string; label: string } | null {
  const list = byWord.get(word.toLowerCase());
  if (!list) return null;
  for (const c of list) if (c.kinds.includes(kind)) return { id: c.id, label: c.label };
  return null;
}

/** Nouns of events that date them when they follow the date: "the March 3 earthquake". */
export const EVENT_NOUNS = new Set(['quake', 'earthquake', 'storm', 'hurricane', 'typhoon', 'cyclone', 'flood', 'floods', 'attack', 'crash', 'explosion', 'blast', 'fire', 'wildfire', 'collapse', 'eruption', 'tsunami', 'landslide', 'shooting', 'outage', 'accident']);

export function conceptLabel(id: string): string {
  return CONCEPTS.find((c) => c.id === id)?.label ?? id.replace(/^[a-z]+:/, '').replace(/-/g, ' ');
}

/** Light lemmatisation for nouns used as measures: "physicians" → "physician". */
export function nounLemma(word: string): string {
  const w = word.toLowerCase();
  if (/(?:ss|us|is)$/.test(w)) return w;
  if (/ies$/.test(w) && w.length > 4) return w.slice(0, -3) + 'y';
  if (/(?:ches|shes|xes|zes|sses)$/.test(w)) return w.slice(0, -2);
  if (/s$/.test(w) && w.length > 3) return w.slice(0, -1);
  return w;
}

/** Nouns that say nothing about what is counted on their own. */
export const GENERIC_NOUNS = new Set(['people', 'persons', 'person', 'individuals', 'times', 'residents', 'others', 'ones', 'units', 'items', 'things', 'total', 'number', 'figure']);

/** Verbs of change, with their direction. */
export const UP_WORDS = new Set(['rose', 'rise', 'rises', 'rising', 'widened', 'widening', 'grew', 'grow', 'grows', 'growing', 'jumped', 'jump', 'jumps', 'climbed', 'climb', 'climbs', 'gained', 'gain', 'gains', 'surged', 'surge', 'surges', 'soared', 'soar', 'increased', 'increase', 'increases', 'up', 'higher', 'advanced', 'rallied', 'spiked', 'added', 'boosted', 'expanded']);
export const DOWN_WORDS = new Set(['fell', 'fall', 'falls', 'falling', 'narrowed', 'narrowing', 'dropped', 'drop', 'drops', 'declined', 'decline', 'declines', 'slid', 'slide', 'slides', 'tumbled', 'tumble', 'plunged', 'plunge', 'sank', 'sink', 'lost', 'lose', 'loses', 'decreased', 'decrease', 'down', 'lower', 'slumped', 'slump', 'shed', 'dipped', 'dip', 'eased', 'shrank', 'contracted', 'cut', 'retreated']);
