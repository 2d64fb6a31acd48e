// A small gazetteer of names that capitalisation alone cannot find or type: a sentence-initial "Microsoft"
// looks like any other first word, and nothing in "WhatsApp" says it is a product. It is a starting point,
// not a knowledge base: users add their own names and aliases in a glossary file.

import type { EntityType } from '../model';

interface Known {
  type: EntityType;
  aliases?: string[];
}

const ORGANIZATIONS = [
  'Meta', 'Google', 'Alphabet', 'Microsoft', 'Apple', 'Amazon', 'Nvidia', 'AMD', 'Intel', 'IBM', 'Oracle', 'Salesforce', 'Adobe', 'Cisco', 'Qualcomm', 'Arm', 'TSMC',
  'Samsung', 'Huawei', 'Tencent', 'Alibaba', 'Baidu', 'ByteDance', 'Xiaomi', 'Tesla', 'SpaceX', 'Netflix', 'Uber', 'Airbnb', 'Spotify', 'PayPal', 'Visa', 'Mastercard',
  'OpenAI', 'Anthropic', 'xAI', 'Mistral', 'Mistral AI', 'DeepSeek', 'Cohere', 'Hugging Face', 'Scale AI', 'Perplexity', 'Stability AI', 'Inflection', 'Moonshot AI',
  'Google DeepMind', 'DeepMind', 'Epoch AI',
  'Reuters', 'Bloomberg', 'Associated Press', 'AFP', 'CNBC', 'CNN', 'BBC', 'Axios', 'Wired', 'TechCrunch', 'The Verge', 'Ars Technica', 'VentureBeat', 'The Information',
  'Financial Times', 'Wall Street Journal', 'New York Times', 'Washington Post', 'The Guardian', 'The Economist', 'Forbes', 'Fortune', 'Politico', 'NPR', 'Al Jazeera',
  'SEC', 'FTC', 'FCC', 'FDA', 'CDC', 'NASA', 'FEMA', 'USGS', 'NOAA', 'Federal Reserve', 'European Commission', 'European Union', 'United Nations', 'World Bank',
  'IMF', 'WHO', 'World Health Organization', 'Red Cross', 'Red Crescent', 'UNICEF', 'NATO', 'OPEC', 'Nasdaq', 'NYSE', 'Goldman Sachs', 'Morgan Stanley', 'JPMorgan',
  'Citigroup', 'BlackRock', 'Berkshire Hathaway', 'Boeing', 'Airbus', 'Ford', 'Toyota', 'Volkswagen', 'Pfizer', 'Moderna', 'Walmart', 'Exxon', 'Shell', 'BP',
];
const PRODUCTS = [
  'WhatsApp', 'Instagram', 'Facebook', 'Messenger', 'Threads', 'ChatGPT', 'Gemini', 'Claude', 'Llama', 'Copilot', 'Siri', 'Alexa', 'YouTube', 'TikTok', 'iPhone',
  'Android', 'Windows', 'Grok', 'Qwen', 'Kimi', 'Falcon', 'Sora', 'Midjourney', 'Bard', 'Bing', 'Azure', 'AWS', 'Xbox', 'PlayStation', 'Meta AI',
];
const BENCHMARKS = ['HealthBench', 'HealthBench Hard', 'MMMU', 'MMMU-Pro', 'MMLU', 'MMLU-Pro', 'GPQA', 'SWE-bench', 'HumanEval', 'Arena-Hard', 'LMArena', 'Chatbot Arena', "Humanity's Last Exam", 'ARC-AGI'];
const PLACES = [
  'United States', 'U.S.', 'US', 'USA', 'America', 'United Kingdom', 'U.K.', 'UK', 'Britain', 'England', 'Scotland', 'Wales', 'Ireland', 'France', 'Germany', 'Italy', 'Spain',
  'Portugal', 'Netherlands', 'Belgium', 'Switzerland', 'Austria', 'Sweden', 'Norway', 'Denmark', 'Finland', 'Poland', 'Ukraine', 'Russia', 'Turkey', 'Greece', 'Israel',
  'Iran', 'Iraq', 'Syria', 'Egypt', 'Saudi Arabia', 'United Arab Emirates', 'UAE', 'Qatar', 'India', 'Pakistan', 'Bangladesh', 'China', 'Japan', 'South Korea', 'Korea',
  'North Korea', 'Taiwan', 'Hong Kong', 'Singapore', 'Indonesia', 'Malaysia', 'Thailand', 'Vietnam', 'Philippines', 'Myanmar', 'Nepal', 'Afghanistan', 'Australia',
  'New Zealand', 'Canada', 'Mexico', 'Brazil', 'Argentina', 'Chile', 'Colombia', 'Peru', 'Venezuela', 'Nigeria', 'Kenya', 'Ethiopia', 'South Africa', 'Morocco', 'Haiti',
  'Europe', 'Asia', 'Africa', 'Latin America', 'Middle East', 'North America', 'South America', 'Silicon Valley', 'Wall Street', 'Washington', 'New York', 'London',
  'Paris', 'Berlin', 'Brussels', 'Beijing', 'Shanghai', 'Tokyo', 'Seoul', 'Mumbai', 'Delhi', 'San Francisco', 'Los Angeles', 'Seattle', 'Boston', 'Chicago', 'Texas',
  'California', 'Florida',
];
const ALIASES: Record<string, string[]> = {
  Meta: ['Meta Platforms', 'Meta Platforms Inc'],
  Google: ['Google LLC'],
  'United States': ['U.S.', 'US', 'USA', 'the United States', 'America'],
  'United Kingdom': ['U.K.', 'UK', 'Britain'],
  'Associated Press': ['AP'],
  'Wall Street Journal': ['WSJ', 'The Wall Street Journal'],
  'New York Times': ['NYT', 'The New York Times'],
  'Financial Times': ['FT'],
  'European Union': ['EU', 'E.U.'],
  'United Nations': ['UN', 'U.N.'],
  'World Health Organization': ['WHO'],
  'Google DeepMind': ['DeepMind'],
  'Mistral AI': ['Mistral'],
};

const table = new Map<string, { name: string } & Known>();
function add(names: string[], type: EntityType): void {
  for (const name of names) table.set(name.toLowerCase(), { name, type, aliases: ALIASES[name] });
}
add(ORGANIZATIONS, 'organization');
add(PRODUCTS, 'product');
add(BENCHMARKS, 'benchmark');
add(PLACES, 'place');
for (const [name, aliases] of Object.entries(ALIASES)) {
  const known = table.get(name.toLowerCase());
  if (!known) continue;
  for (const a of aliases) if (!table.has(a.toLowerCase())) table.set(a.toLowerCase(), { name, type: known.type, aliases });
}

export function lookupKnown(name: string): ({ name: string } & Known) | undefined {
  return table.get(name.toLowerCase());
}

/** Longest known name, in words, so the scanner knows how far to look ahead. */
export const MAX_KNOWN_WORDS = 4;
