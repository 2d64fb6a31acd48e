// Name spans, found before numbers are read: versioned names (with their family and release stage),
// designations, and runs of capitalised words with the evidence sentence-initial words need.

import assert from 'node:assert/strict';
import { tokenize } from '../../../../src/core/text/tokens';
import { findNames, isCapitalised, stripPossessive, type NameKind, type WordEvidence } from '../../../../src/core/extract/names';
import { lookupKnown } from '../../../../src/core/extract/gazetteer';

interface N {
  text: string;
  kind: NameKind;
  family?: string;
  stage?: string;
  titled?: boolean;
}

function evidence(opts: { lower?: string[]; capitalised?: string[]; known?: string[] } = {}): WordEvidence {
  const known = new Set((opts.known ?? []).map((k) => k.toLowerCase()));
  return {
    lower: new Set(opts.lower ?? []),
    capitalised: new Set(opts.capitalised ?? []),
    isKnown: (name) => !!lookupKnown(name) || known.has(name.toLowerCase()),
  };
}

function namesOf(text: string, opts: { headline?: boolean; lower?: string[]; capitalised?: string[]; known?: string[] } = {}): N[] {
  return findNames(tokenize(text), 0, opts.headline ?? false, evidence(opts)).map((n) => {
    const out: N = { text: text.slice(n.start, n.end), kind: n.kind };
    if (n.familyEnd !== undefined) out.family = text.slice(n.start, n.familyEnd);
    if (n.stageStart !== undefined) out.stage = text.slice(n.stageStart, n.end);
    if (n.titled) out.titled = true;
    return out;
  });
}

describe('extract/names', () => {
  describe('versioned names are one name', () => {
    const rows: { text: string; names: N[] }[] = [
      { text: 'It uses Claude Opus 4.6 today.', names: [{ text: 'Claude Opus 4.6', kind: 'versioned' }] },
      { text: 'It uses Llama 4 Scout today.', names: [{ text: 'Llama 4 Scout', kind: 'versioned', family: 'Llama 4' }] },
      { text: 'It uses Gemini 3.1 Pro Preview today.', names: [{ text: 'Gemini 3.1 Pro Preview', kind: 'versioned', family: 'Gemini 3.1', stage: 'Preview' }] },
      { text: 'It uses GPT-5.4 and GPT-4o today.', names: [{ text: 'GPT-5.4', kind: 'versioned' }, { text: 'GPT-4o', kind: 'versioned' }] },
      { text: 'It uses Qwen2.5-Max and Qwen 3.5.', names: [{ text: 'Qwen2.5-Max', kind: 'versioned', family: 'Qwen2.5' }, { text: 'Qwen 3.5', kind: 'versioned' }] },
      { text: 'It beat DeepSeek V4 and Kimi K2.6.', names: [{ text: 'DeepSeek V4', kind: 'versioned' }, { text: 'Kimi K2.6', kind: 'versioned' }] },
      { text: 'The Llama 3.1 405B model is big.', names: [{ text: 'Llama 3.1 405B', kind: 'versioned', family: 'Llama 3.1' }] },
      { text: 'It uses o3 today.', names: [{ text: 'o3', kind: 'versioned' }] },
      { text: 'The COVID-19 pandemic hit sales.', names: [{ text: 'COVID-19', kind: 'versioned' }] },
    ];
    for (const r of rows) it(JSON.stringify(r.text), () => assert.deepEqual(namesOf(r.text), r.names));
  });

  describe('designations: digits that are not figures, names of things', () => {
    const rows: { text: string; names: N[] }[] = [
      { text: 'Traffic on Coastal Highway 12 stopped.', names: [{ text: 'Coastal Highway 12', kind: 'designation' }] },
      { text: 'It filed for Chapter 11 protection.', names: [{ text: 'Chapter 11', kind: 'designation' }] },
    ];
    for (const r of rows) it(JSON.stringify(r.text), () => assert.deepEqual(namesOf(r.text), r.names));
  });

  describe('a capitalised word and a number that are not a versioned name', () => {
    const rows: string[] = [
      'Sales in Q1 2026 and FY2025 grew.', // periods
      'Nearly 40 people came.', // a qualifier
      'On Jan 8, 2026 it rained.', // a date
      'Bay 40-45 was closed.', // a range
    ];
    for (const text of rows) it(JSON.stringify(text), () => assert.deepEqual(namesOf(text).filter((n) => /\d/.test(n.text)), []));

    it('a measurement after a name is not its version ("Meta 40 percent")', () => {
      assert.deepEqual(namesOf('Analysts put Meta 40 percent higher.'), [{ text: 'Meta', kind: 'run' }]);
    });
  });

  describe('runs of capitalised words', () => {
    const rows: { name: string; text: string; names: N[]; lower?: string[]; capitalised?: string[] }[] = [
      { name: 'mid-sentence name', text: 'Shares of Northwind Robotics rose.', names: [{ text: 'Northwind Robotics', kind: 'run' }] },
      { name: 'connector after an organisation head', text: 'Shares of Bank of America rose.', names: [{ text: 'Bank of America', kind: 'run' }] },
      { name: 'a lower-case particle inside a person\'s name', text: 'Then Ludwig van Beethoven and Sanne de Ruyter spoke.', names: [{ text: 'Ludwig van Beethoven', kind: 'run' }, { text: 'Sanne de Ruyter', kind: 'run' }] },
      { name: 'but not after a possessive or across the end of a name', text: 'We met Kestrel in de facto terms.', names: [{ text: 'Kestrel', kind: 'run' }] },
      { name: 'hyphen and ampersand pieces', text: 'Ray-Ban and AT&T merged.', names: [{ text: 'Ray-Ban', kind: 'run' }, { text: 'AT&T', kind: 'run' }] },
      { name: 'a title makes a person ("CEO Mark Zuckerberg"), the organisation before it stays', text: 'Meta CEO Mark Zuckerberg spoke.', names: [{ text: 'Meta', kind: 'run' }, { text: 'Mark Zuckerberg', kind: 'run', titled: true }] },
      { name: 'several title words', text: 'Chief AI Officer Alexandr Wang spoke.', names: [{ text: 'Alexandr Wang', kind: 'run', titled: true }] },
      { name: 'a possessive ends the name', text: 'Analysts liked Acme’s revenue.', names: [{ text: 'Acme', kind: 'run' }] },
      { name: 'a common acronym at the end is dropped', text: 'The team used the OpenAI API.', names: [{ text: 'OpenAI', kind: 'run' }] },
      { name: 'common acronyms alone are not names', text: 'It used 400 GPUs and the AI team.', names: [] },
      { name: 'weekdays are not names', text: 'It fell on Tuesday and rose on Friday.', names: [] },
      { name: 'a month before a number is not a name', text: 'It fell on April 8 and rose in March 2026.', names: [] },
    ];
    for (const r of rows) it(r.name, () => assert.deepEqual(namesOf(r.text, r), r.names));
  });

  describe('sentence-initial words need evidence', () => {
    const rows: { name: string; text: string; names: N[]; lower?: string[]; capitalised?: string[]; known?: string[] }[] = [
      { name: 'a participle opening a sentence is not a name', text: 'Developed under a new plan, it works.', names: [], lower: ['developed'] },
      { name: 'even with no evidence either way', text: 'Developed under a new plan, it works.', names: [] },
      { name: 'a function word opening a sentence is not a name', text: 'However the plan works.', names: [] },
      { name: 'a common word written lower case elsewhere goes ("Rival")', text: 'Rival Halvorsen Systems grew.', names: [{ text: 'Halvorsen Systems', kind: 'run' }], lower: ['rival'] },
      { name: 'a verb of saying after a lone word marks a name', text: 'Acme said it grew.', names: [{ text: 'Acme', kind: 'run' }] },
      { name: 'a possessive after a lone word marks a name', text: 'Acme’s revenue grew.', names: [{ text: 'Acme', kind: 'run' }] },
      { name: 'a known name', text: 'Meta grew.', names: [{ text: 'Meta', kind: 'run' }] },
      { name: 'a word capitalised elsewhere in the document', text: 'Globex grew.', names: [{ text: 'Globex', kind: 'run' }], capitalised: ['Globex'] },
      { name: 'an unknown lone word with no evidence is not a name', text: 'Globex grew.', names: [] },
      { name: 'a run of two capitalised words is a name', text: 'Artificial Analysis placed it first.', names: [{ text: 'Artificial Analysis', kind: 'run' }] },
    ];
    for (const r of rows) it(r.name, () => assert.deepEqual(namesOf(r.text, r), r.names));
  });

  describe('headlines only repeat known names', () => {
    it('known names are kept', () => {
      assert.deepEqual(namesOf('Meta Unveils Muse Spark With Bold Claims', { headline: true, known: ['Muse Spark'] }), [
        { text: 'Meta', kind: 'run' },
        { text: 'Muse Spark', kind: 'run' },
      ]);
    });
    it('a time zone after a live-blog timestamp is not a name', () => {
      assert.deepEqual(namesOf('11:02 ET — Some pushback from an investor on Corvessa.', { capitalised: ['Corvessa'] }).map((n) => n.text), ['Corvessa']);
    });
    it('unknown capitalised words are not names', () => {
      assert.deepEqual(namesOf('Acme Unveils Rocket Phone With Bold Claims', { headline: true }), []);
    });
  });

  describe('helpers', () => {
    const caps: [string, boolean][] = [['Meta', true], ['meta', false], ['iPhone', true], ['xAI', true], ['Élan', true], ['42', false], ['', false], ['aéB', false], ['aÉx', true], ['a-B', false]];
    for (const [w, v] of caps) it(`isCapitalised(${JSON.stringify(w)}) = ${v}`, () => assert.equal(isCapitalised(w), v));
    const poss: [string, string][] = [
      ["Meta's", 'Meta'], ['Meta’s', 'Meta'], ["analysts'", 'analysts'], ['Boss', 'Boss'], ["Xi'an", "Xi'an"], ["boss's", 'boss'], ["bosses's'", "bosses's"],
      ["s's", 's'], ["'s", ''], ["s'", 's'], ["'", "'"], ['s', 's'], ['', ''], ["Meta'S", "Meta'S"], ["James's’", "James's"],
    ];
    for (const [w, v] of poss) it(`stripPossessive(${JSON.stringify(w)}) = ${v}`, () => assert.equal(stripPossessive(w), v));
  });
});
