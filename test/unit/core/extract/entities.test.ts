// Entities: canonical keys (aliases across wording), types, family links, acronyms, people by title and
// surname, shared prefixes, the glossary. Read through analyseDocument, with exact mention spans.

import assert from 'node:assert/strict';
import { entityKey, typeOfName } from '../../../../src/core/extract/entities';
import { parseGlossary } from '../../../../src/core/glossary';
import type { Glossary } from '../../../../src/core/model';
import { analyse, entityByKey, mentionTuples, spanOf } from '../helpers';

/** [start, end, text, via] of the n-th occurrence of `needle`. */
function at(text: string, needle: string, occurrence = 0, via?: string): [number, number, string, string | undefined] {
  const s = spanOf(text, needle, occurrence);
  return [s.start, s.end, needle, via];
}

function keys(text: string, glossary?: Glossary): string[] {
  return analyse(text, { glossary }).entities.map((e) => e.key);
}

describe('extract/entities', () => {
  it('the first word after a live-blog timestamp opens the sentence: "**14:05** — View from the water" names nothing', () => {
    assert.deepEqual(keys('# Live\n\n**14:05** — View from the water: our photographer counted more than 50 ships.\n'), []);
  });
  it('a title word before an institution\'s noun is part of its name ("Aberlow General Hospital")', () => {
    const a = analyse('Aberlow General Hospital said 23 people were taken there. General Sarah Holt said so.\n');
    assert.deepEqual(a.entities.map((e) => [e.name, e.type]), [['Aberlow General Hospital', 'organization'], ['Sarah Holt', 'person']]);
  });
  it('council titles are titles, and a possessive inside a company name stays in it', () => {
    const a = analyse('Councilmember Imani Okoro voted no. The bonds are rated by Moody\'s Investors Service, and Meta\'s revenue rose.\n');
    assert.deepEqual(a.entities.map((e) => [e.name, e.type]), [['Imani Okoro', 'person'], ["Moody's Investors Service", 'organization'], ['Meta', 'organization']]);
  });
  it('a lower-case title before a name with a particle makes one person ("Finance alderman Sanne de Ruyter")', () => {
    const a = analyse('Finance alderman Sanne de Ruyter defended the deal, under which the club will pay €6 million a year.\n');
    assert.deepEqual(a.entities.map((e) => [e.name, e.type]), [['Sanne de Ruyter', 'person']]);
  });
  it('a number word opening a sentence is not a name, but "Three Gorges Dam" is', () => {
    assert.deepEqual(keys('ABERLOW, May 18 (Meridian News) — Four people were killed.\n'), ['meridian news']);
    assert.deepEqual(keys('The Three Gorges Dam is large.\n'), ['three gorges dam']);
  });
  describe('entityKey', () => {
    const same: [string, string, string][] = [
      ['Meta', 'Meta Platforms', 'meta'],
      ['Meta', "Meta's", 'meta'],
      ['GPT-5.4', 'GPT 5.4', 'gpt5.4'],
      ['GPT-5.4', 'gpt5.4', 'gpt5.4'],
      ['Northwind Robotics', 'Northwind', 'northwind'],
      ['Acme Corp.', 'Acme', 'acme'],
      ['Apple Inc.', 'Apple', 'apple'],
      ['The Verge', 'Verge', 'verge'],
      ['New York Times', 'the New York Times', 'new york times'],
      ['Ray-Ban', 'Ray Ban', 'ray ban'],
      ['Muse  Spark', 'muse spark', 'muse spark'],
      ['Analysts’', 'Analysts', 'analysts'],
    ];
    for (const [a, b, key] of same) {
      it(`"${a}" and "${b}" share the key "${key}"`, () => {
        assert.equal(entityKey(a), key);
        assert.equal(entityKey(b), key);
      });
    }
    const different: [string, string][] = [
      ['GPT-5.4', 'GPT-5'],
      ['Llama 4', 'Llama 4 Scout'],
      ['General Motors', 'General'], // a generic first word keeps its trade word
      ['Meta', 'Metadata'],
    ];
    for (const [a, b] of different) it(`"${a}" and "${b}" differ`, () => assert.notEqual(entityKey(a), entityKey(b)));
  });

  describe('versioned product names', () => {
    it('"Claude Opus 4.6" is one product entity', () => {
      const text = 'Anthropic shipped Claude Opus 4.6 to users.';
      const e = entityByKey(analyse(text), 'claudeopus4.6');
      assert.equal(e.name, 'Claude Opus 4.6');
      assert.equal(e.type, 'product');
      assert.deepEqual(mentionTuples(e), [at(text, 'Claude Opus 4.6')]);
    });

    it('"Llama 4 Scout" is a member of "Llama 4" and a mention of it, via the member', () => {
      const text = 'Meta released Llama 4 Scout today. Llama 4 was weak.';
      const a = analyse(text);
      const scout = entityByKey(a, 'llama4scout');
      assert.equal(scout.name, 'Llama 4 Scout');
      assert.equal(scout.parent, 'llama4');
      assert.deepEqual(mentionTuples(scout), [at(text, 'Llama 4 Scout')]);
      const family = entityByKey(a, 'llama4');
      assert.equal(family.type, 'product');
      assert.deepEqual(mentionTuples(family), [at(text, 'Llama 4', 0, 'Llama 4 Scout'), at(text, 'Llama 4', 1)]);
    });

    it('a release stage does not make a different model ("Gemini 3.1 Pro Preview" is "Gemini 3.1 Pro")', () => {
      const text = 'Google released Gemini 3.1 Pro Preview this week. Gemini 3.1 Pro is fast.';
      const a = analyse(text);
      const e = entityByKey(a, 'gemini3.1pro');
      assert.equal(e.name, 'Gemini 3.1 Pro');
      assert.deepEqual(e.aliases, ['Gemini 3.1 Pro Preview']);
      assert.deepEqual(mentionTuples(e), [at(text, 'Gemini 3.1 Pro Preview'), at(text, 'Gemini 3.1 Pro', 1)]);
      assert.ok(!a.entities.some((x) => /preview/.test(x.key)));
    });

    it('"GPT-5.4" and "GPT 5.4" are one entity', () => {
      const text = 'OpenAI released GPT-5.4. The GPT 5.4 model is slow.';
      const e = entityByKey(analyse(text), 'gpt5.4');
      assert.equal(e.name, 'GPT-5.4');
      assert.deepEqual(e.aliases, ['GPT 5.4']);
      assert.deepEqual(mentionTuples(e), [at(text, 'GPT-5.4'), at(text, 'GPT 5.4')]);
    });
  });

  describe('aliases by key', () => {
    it('"Meta Platforms" and "Meta" are one organisation', () => {
      const text = 'Meta Platforms said revenue rose. Meta also hired staff.';
      const a = analyse(text);
      assert.deepEqual(a.entities.map((e) => e.key), ['meta']);
      const e = entityByKey(a, 'meta');
      assert.equal(e.type, 'organization');
      assert.deepEqual(mentionTuples(e), [at(text, 'Meta Platforms'), at(text, 'Meta', 1)]);
      assert.ok(e.aliases.includes('Meta'));
    });

    it('"Northwind Robotics" and "Northwind" are one organisation', () => {
      const text = 'Shares of Northwind Robotics rose. Northwind said demand grew.';
      const e = entityByKey(analyse(text), 'northwind');
      assert.equal(e.name, 'Northwind Robotics');
      assert.equal(e.type, 'organization');
      assert.deepEqual(mentionTuples(e), [at(text, 'Northwind Robotics'), at(text, 'Northwind', 1)]);
    });

    it('an acronym in parentheses merges with the name before it', () => {
      const text = 'Northwind Robotics (NWR) shipped a robot. Northwind said NWR will grow.';
      const a = analyse(text);
      assert.deepEqual(a.entities.map((e) => e.key), ['northwind']);
      const e = a.entities[0];
      assert.deepEqual(mentionTuples(e), [at(text, 'Northwind Robotics'), at(text, 'NWR'), at(text, 'Northwind', 1), at(text, 'NWR', 1)]);
      assert.ok(e.aliases.includes('NWR'));
    });

    it('an acronym after a long organisation name', () => {
      const text = 'The Global Seismology Network (GSN) measured it. GSN said so.';
      const a = analyse(text);
      assert.deepEqual(a.entities.map((e) => e.key), ['global seismology network']);
      assert.equal(a.entities[0].mentions.length, 3);
    });
  });

  describe('people', () => {
    it('a title marks a person ("CEO Mark Zuckerberg"); the surname alone is the same person', () => {
      const text = 'Meta CEO Mark Zuckerberg announced the model. Zuckerberg said it was fast.';
      const a = analyse(text);
      assert.deepEqual(a.entities.map((e) => [e.key, e.type]), [['meta', 'organization'], ['mark zuckerberg', 'person']]);
      assert.deepEqual(mentionTuples(entityByKey(a, 'mark zuckerberg')), [at(text, 'Mark Zuckerberg'), at(text, 'Zuckerberg', 1)]);
    });

    for (const tail of ['The model is fast, Wang said.', 'It is fast, said Wang.']) {
      it(`surname coreference: "${tail}"`, () => {
        const text = `Chief AI Officer Alexandr Wang led the work. ${tail}`;
        const a = analyse(text);
        assert.deepEqual(a.entities.map((e) => e.key), ['alexandr wang']);
        const e = a.entities[0];
        assert.equal(e.type, 'person');
        assert.deepEqual(mentionTuples(e), [at(text, 'Alexandr Wang'), at(text, 'Wang', 1)]);
      });
    }

    it('a given name makes a person without a title', () => {
      const text = 'The team was led by Alexandr Wang. It is fast, said Wang.';
      assert.equal(entityByKey(analyse(text), 'alexandr wang').type, 'person');
    });
  });

  describe('what is not an entity', () => {
    it('a participle opening a sentence ("Developed under…")', () => {
      assert.deepEqual(keys('Developed under a new plan, the model is fast. Meta said so.'), ['meta']);
    });
    it('an adverb opening a sentence ("Surprisingly Meta won")', () => {
      assert.deepEqual(keys('Surprisingly Meta won.'), ['meta']);
    });
    it('months and weekdays', () => {
      assert.deepEqual(keys('It fell in April and rose on Tuesday.'), []);
    });
    it('a headline’s unknown capitalised words', () => {
      assert.deepEqual(keys('# Acme Unveils Rocket Phone With Bold Claims\n\nThe phone is fast.'), []);
    });
  });

  describe('headlines only repeat known names', () => {
    it('names the body establishes, or the gazetteer knows, are found in the headline', () => {
      const text = '# Meta Unveils Muse Spark With Bold Claims\n\nMeta said Muse Spark is fast.';
      const a = analyse(text);
      assert.deepEqual(a.entities.map((e) => e.key), ['meta', 'muse spark']);
      assert.deepEqual(mentionTuples(entityByKey(a, 'muse spark')), [at(text, 'Muse Spark'), at(text, 'Muse Spark', 1)]);
      assert.ok(!a.entities.some((e) => /unveils|bold|claims/.test(e.key)));
    });
  });

  describe('shared prefixes are names of their own', () => {
    it('"Artificial Analysis" from "… Intelligence Index" and "… Benchmark"', () => {
      const text = 'Artificial Analysis Intelligence Index rated it. The Artificial Analysis Benchmark agreed.';
      const a = analyse(text);
      const e = entityByKey(a, 'artificial analysis');
      assert.equal(e.type, 'organization');
      assert.deepEqual(mentionTuples(e), [
        at(text, 'Artificial Analysis', 0, 'Artificial Analysis Intelligence Index'),
        at(text, 'Artificial Analysis', 1, 'Artificial Analysis Benchmark'),
      ]);
      assert.equal(entityByKey(a, 'artificial analysis intelligence index').type, 'benchmark');
      assert.equal(entityByKey(a, 'artificial analysis benchmark').type, 'benchmark');
    });

    it('a prefix of one name only is not an entity', () => {
      assert.ok(!keys('Artificial Analysis Intelligence Index rated it.').includes('artificial analysis'));
    });
  });

  describe('types', () => {
    const rows: { text: string; key: string; type: string }[] = [
      { text: 'GPT-5.4 scored 57 on the Intelligence Index.', key: 'intelligence index', type: 'benchmark' },
      { text: 'It scored 42.8 on HealthBench Hard.', key: 'healthbench hard', type: 'benchmark' },
      { text: 'It topped SWE-bench Verified last week.', key: 'swe bench verified', type: 'benchmark' },
      { text: 'The road, Coastal Highway 12, closed.', key: 'coastalhighway12', type: 'place' },
      { text: 'It filed for Chapter 11 protection.', key: 'chapter11', type: 'other' },
      { text: 'Workers in Kestrel Bay were evacuated.', key: 'kestrel bay', type: 'place' },
      { text: 'Shares of Halvorsen Systems fell.', key: 'halvorsen', type: 'organization' },
      { text: 'The model was built in San Francisco.', key: 'san francisco', type: 'place' },
      { text: 'Rivals such as Anthropic reacted.', key: 'anthropic', type: 'organization' },
      { text: 'The company launched Rocket Phone last year.', key: 'rocket phone', type: 'product' },
      { text: 'Moonshot released Kimi K2.6 quietly.', key: 'kimik2.6', type: 'product' },
    ];
    for (const r of rows) it(`${JSON.stringify(r.text)}: ${r.key} is ${r.type}`, () => assert.equal(entityByKey(analyse(r.text), r.key).type, r.type));

    it('typeOfName: the gazetteer wins', () => {
      assert.deepEqual(typeOfName('Reuters', undefined, '', ''), { type: 'organization', confidence: 1 });
      assert.deepEqual(typeOfName('WhatsApp', undefined, '', ''), { type: 'product', confidence: 1 });
    });
  });

  describe('glossary', () => {
    const glossary: Glossary = { entries: [{ name: 'Muse Spark', type: 'product', aliases: ['Spark'] }, { name: 'zeta labs', type: 'organization' }] };

    it('names and aliases from the glossary are found, with the glossary name and type', () => {
      const text = 'The new model, Muse Spark, is fast. Buyers found that Spark was cheap. It was built by zeta labs in a year.';
      const a = analyse(text, { glossary });
      const spark = entityByKey(a, 'muse spark');
      assert.equal(spark.name, 'Muse Spark');
      assert.equal(spark.type, 'product');
      assert.deepEqual(mentionTuples(spark), [at(text, 'Muse Spark'), at(text, 'Spark', 1)]);
      assert.deepEqual(spark.aliases, ['Spark']);
      const zeta = a.entities.find((e) => e.name === 'zeta labs');
      assert.ok(zeta, 'lower-case glossary name found');
      assert.equal(zeta.type, 'organization');
      assert.deepEqual(mentionTuples(zeta), [at(text, 'zeta labs')]);
    });

    it('a glossary name is not found inside a longer word', () => {
      const text = 'Sparkling water is popular.';
      assert.deepEqual(keys(text, glossary), []);
    });

    describe('parseGlossary', () => {
      it('accepts a valid file', () => {
        const r = parseGlossary(JSON.stringify(glossary));
        assert.deepEqual(r, { glossary });
      });
      it('reports invalid JSON', () => {
        const r = parseGlossary('{ entries: [');
        assert.ok('error' in r);
        assert.match(r.error, /^not valid JSON: /);
      });
      it('reports schema errors with their path', () => {
        const r = parseGlossary(JSON.stringify({ entries: [{ name: '' }, { name: 'X', type: 'planet' }] }));
        assert.ok('error' in r);
        assert.match(r.error, /entries\.0\.name: /);
        assert.match(r.error, /entries\.1\.type: /);
      });
      it('reports a missing root field', () => {
        const r = parseGlossary('{}');
        assert.ok('error' in r);
        assert.match(r.error, /^entries: /);
      });
    });
  });

  it('every mention span matches its text; entities are ordered by first mention', () => {
    const text = 'Meta CEO Mark Zuckerberg said Llama 4 Scout trails GPT-5.4 on the Intelligence Index, according to Artificial Analysis. Zuckerberg disagreed.';
    const a = analyse(text);
    assert.ok(a.entities.length >= 5);
    for (const e of a.entities) for (const m of e.mentions) assert.equal(text.slice(m.start, m.end), m.text);
    for (let i = 1; i < a.entities.length; i++) assert.ok(a.entities[i - 1].mentions[0].start <= a.entities[i].mentions[0].start);
  });
});
