// The rules of "same quantity" and "disagree", one table row each, on small two-source corpora.
// Each row states what a careful reader concludes; negative rows state what must NOT be linked.

import assert from 'node:assert/strict';
import { Corpus } from '../../../../src/core/corpus';
import type { Related } from '../../../../src/core/compare/grouping';

/** Two sources; returns what source B says about the figure of source A whose text is `figure`. */
function relate(a: string, b: string, figure: string, opts: { dateA?: string; dateB?: string } = {}): Related[] {
  const corpus = new Corpus({ referenceDate: '2026-11-22' });
  corpus.set('a.md', `${opts.dateA ?? 'April 10, 2026'}\n\n${a}\n`);
  corpus.set('b.md', `${opts.dateB ?? 'April 11, 2026'}\n\n${b}\n`);
  const analysis = corpus.get('a.md')!;
  const index = analysis.figures.findIndex((f) => f.text === figure);
  assert.ok(index >= 0, `no figure "${figure}" in: ${analysis.figures.map((f) => f.text).join(', ')}`);
  return corpus.related({ uri: 'a.md', index }).filter((r) => !r.uncertain);
}

function verdictOf(a: string, b: string, figure: string, other: string, opts?: { dateA?: string; dateB?: string }): Related {
  const related = relate(a, b, figure, opts);
  const r = related.find((x) => x.ref.figure.text === other);
  assert.ok(r, `"${figure}" is not linked to "${other}" (linked: ${related.map((x) => x.ref.figure.text).join(', ') || 'nothing'})`);
  return r;
}

/** One test per row: the two sources' figures are linked and disagree. */
function disagreeingRows(story: string, rows: [string, string, string, string][]): void {
  for (const [a, b, fa, fb] of rows) {
    it(`"${a}" / "${b}"`, () => {
      const r = verdictOf(story + a, story + b, fa, fb);
      assert.equal(r.verdict.agree, false);
    });
  }
}

function notLinked(a: string, b: string, figure: string, other: string): void {
  const related = relate(a, b, figure);
  assert.ok(!related.some((x) => x.ref.figure.text === other), `"${figure}" must not be linked to "${other}"`);
}

describe('same quantity', () => {
  it('subject: a figure in parentheses belongs to the name before it, not to the sentence subject', () => {
    const a = "Acme's revenue rose 12%, ahead of Globex (9%).";
    const b = "Globex's revenue rose 9% in the quarter.";
    assert.ok(verdictOf(a, b, '9%', '9%').verdict.agree);
    notLinked(a, b, '12%', '9%');
  });
  it('subject: different companies are different quantities', () => {
    notLinked('Acme said its revenue rose 12% last year.', 'Globex said its revenue rose 7% last year.', '12%', '7%');
  });
  it('measure: released, launched, unveiled and debuted are one launch date', () => {
    const r = verdictOf('Acme released the Rocket phone on April 8.', 'Acme launched the Rocket phone on April 9.', 'April 8', 'April 9');
    assert.equal(r.verdict.agree, false);
    assert.ok(verdictOf('Acme unveiled the Rocket phone on April 8.', 'Acme debuted the Rocket phone on April 8.', 'April 8', 'April 8').verdict.agree);
  });
  it('measure: shares, stock and stock price are one share-price move', () => {
    const r = verdictOf("Acme's shares rose 9% on Friday.", "Acme's stock price jumped 5% on Friday.", '9%', '5%');
    assert.equal(r.verdict.agree, false);
  });
  it('measure: homes destroyed and homes damaged are different quantities', () => {
    notLinked('The quake destroyed about 3,000 homes.', 'About 3,000 homes were damaged by the quake.', '3,000', '3,000');
  });
  it('measure: dead and rescuers are different counts even with the same number', () => {
    notLinked('At least 2,000 people were killed in the quake.', 'Some 2,000 rescuers were working in the city.', '2,000', '2,000');
  });
  it('conditions: different periods separate, a period on one side only does not', () => {
    notLinked('Acme reported revenue of $5 billion in 2024.', 'Acme reported revenue of $6 billion in 2025.', '$5 billion', '$6 billion');
    const one = verdictOf('Acme reported revenue of $5 billion in 2024.', 'Acme reported revenue of $6 billion.', '$5 billion', '$6 billion');
    assert.ok(one.link.confidence < 1, 'a one-sided condition lowers the confidence');
    assert.ok(one.link.caveats.some((c) => /period/.test(c)));
  });
  it('conditions: the first quarter is not the full year', () => {
    notLinked('Acme reported first-quarter revenue of $2.4 billion.', 'Acme expects full-year revenue of $9.8 billion.', '$2.4 billion', '$9.8 billion');
  });
  it('conditions: adjusted and standard-accounting earnings are different settings', () => {
    notLinked('Adjusted earnings at Acme came to $1.12 a share.', 'Under standard accounting, Acme earned $0.98 a share.', '$1.12', '$0.98');
  });
  it('conditions: monthly and daily users are different measures', () => {
    notLinked('Acme has over 3 billion monthly active users.', 'Acme serves three billion users daily.', '3 billion', 'three billion');
  });
  it('dimension: dollars, people and percent never match', () => {
    notLinked('Acme will spend $3 billion on data centres.', 'Acme has 3 billion users.', '$3 billion', '3 billion');
    notLinked('Acme shares rose 3% on Friday.', 'Acme shares rose to $3 on Friday.', '3%', '$3');
  });
  it('a publication date is never compared with an event date', () => {
    const related = relate('Acme launched the Rocket phone on April 8, 2026.', 'Acme launched the Rocket phone on April 8, 2026.', 'April 10, 2026');
    assert.equal(related.length, 0);
  });
  it('a version number is not a figure, so it is never compared', () => {
    const corpus = new Corpus();
    corpus.set('a.md', 'Acme compared its model with GPT-5.4 and Claude Opus 4.6.');
    assert.equal(corpus.get('a.md')!.figures.length, 0);
  });
});

describe('disagree', () => {
  it('rounding at the coarser precision: $2.4 million and $2 million agree', () => {
    const r = verdictOf('The council pledged $2.4 million in emergency aid.', 'The council pledged $2 million in emergency aid.', '$2.4 million', '$2 million');
    assert.equal(r.verdict.agree, true);
    assert.equal(r.verdict.tolerance, 'rounding');
  });
  it('rounding: 12% and 12.4 percent agree', () => {
    assert.ok(verdictOf("Acme's revenue rose 12% in the quarter.", "Acme's revenue rose 12.4 percent in the quarter.", '12%', '12.4 percent').verdict.agree);
  });
  it('qualifiers: "more than 40" and "nearly 40" exclude each other', () => {
    const r = verdictOf('More than 40 people were killed in the fire.', 'Nearly 40 people were killed in the fire.', '40', '40');
    assert.equal(r.verdict.agree, false);
    assert.match(r.verdict.reason, /qualifiers exclude each other/);
  });
  it('qualifiers: "about 3,000 homes" and "4,100 homes" disagree', () => {
    assert.equal(verdictOf('The quake destroyed about 3,000 homes.', 'The quake destroyed 4,100 homes.', '3,000', '4,100').verdict.agree, false);
  });
  it('qualifiers: a bound is a count so far: "at least 2,000" and "more than 5,000" disagree', () => {
    assert.equal(verdictOf('At least 2,000 people were killed.', 'More than 5,000 people were killed.', '2,000', '5,000').verdict.agree, false);
  });
  it('qualifiers: "over $115 billion" and "$115bn" agree', () => {
    assert.ok(verdictOf('Acme will spend over $115 billion on AI infrastructure in 2026.', 'Acme will spend $115bn on AI infrastructure in 2026.', '$115 billion', '$115bn').verdict.agree);
  });
  it('ranges: "up to 50 mm" and "30 to 50 mm" are compatible', () => {
    const r = verdictOf('Forecasters expect up to 50 mm of rain.', 'Forecasters expect 30 to 50 mm of rain.', '50 mm', '50 mm');
    assert.ok(r.verdict.agree);
  });
  it('ranges: a point inside a range is compatible, outside it is not', () => {
    assert.ok(verdictOf('Modellers put insured losses at $1.5 billion to $3 billion.', 'Insured losses will come to about $2 billion.', '$3 billion', '$2 billion').verdict.agree);
    assert.equal(verdictOf('Modellers put insured losses at $1.5 billion to $3 billion.', 'Insured losses could reach $4 billion.', '$3 billion', '$4 billion').verdict.agree, false);
  });
  it('ranks: third is inside the top 5; third and 4th disagree', () => {
    const inside = verdictOf('Acme ranks third on the Speed Index.', 'Acme is a top-5 model on the Speed Index.', 'third', 'top-5');
    assert.ok(inside.verdict.agree);
    assert.match(inside.verdict.reason, /3rd is within top 5/);
    assert.equal(verdictOf('Acme ranks third on the Speed Index.', 'Acme ranks 4th on the Speed Index.', 'third', '4th').verdict.agree, false);
  });
  it('dates: March 2026 contains March 3, 2026; March 3 and March 4 disagree', () => {
    assert.ok(verdictOf('Acme launched the Rocket phone in March 2026.', 'Acme launched the Rocket phone on March 3, 2026.', 'March 2026', 'March 3, 2026').verdict.agree);
    assert.equal(verdictOf('Acme launched the Rocket phone on March 3, 2026.', 'Acme launched the Rocket phone on March 4, 2026.', 'March 3, 2026', 'March 4, 2026').verdict.agree, false);
  });
  it('dates: a weekday is resolved against the publication date', () => {
    // April 10, 2026 is a Friday: "on Wednesday" is April 8.
    assert.ok(verdictOf('Acme launched the Rocket phone on Wednesday.', 'Acme launched the Rocket phone on April 8, 2026.', 'Wednesday', 'April 8, 2026').verdict.agree);
    assert.equal(verdictOf('Acme launched the Rocket phone on Tuesday.', 'Acme launched the Rocket phone on April 8, 2026.', 'Tuesday', 'April 8, 2026').verdict.agree, false);
  });
  it('direction: rose and fell disagree even with the same number', () => {
    const r = verdictOf("Acme's shares rose 5% on Friday.", "Acme's shares fell 5% on Friday.", '5%', '5%');
    assert.equal(r.verdict.agree, false);
    assert.equal(r.verdict.tolerance, 'direction');
  });
  it('related() lists disagreements first', () => {
    const corpus = new Corpus({ referenceDate: '2026-11-22' });
    corpus.set('a.md', 'April 10, 2026\n\nAcme launched the Rocket phone on April 8.');
    corpus.set('b.md', 'April 11, 2026\n\nAcme launched the Rocket phone on April 8.');
    corpus.set('c.md', 'April 12, 2026\n\nAcme launched the Rocket phone on April 9.');
    const index = corpus.get('a.md')!.figures.findIndex((f) => f.text === 'April 8');
    const related = corpus.related({ uri: 'a.md', index });
    assert.deepEqual(related.map((r) => [r.ref.uri, r.verdict.agree]), [['c.md', false], ['b.md', true]]);
  });
});

describe('same quantity: what real coverage adds', () => {
  it('values far apart in size are an uncertain link unless a specific condition is shared', () => {
    // A $126 million fee and $3 billion of financing: the engine says it is unsure, it does not call a conflict.
    const far = relate('Halden agreed to a fee of $126 million.', 'Halden agreed to a fee of $3 billion.', '$126 million');
    assert.ok(!far.some((r) => r.ref.figure.text === '$3 billion'));
    // Both spend on AI infrastructure: eight times apart, still one quantity in dispute.
    const r = verdictOf('Meta will spend $115 billion on AI infrastructure.', 'Meta will spend $14.3 billion on AI infrastructure.', '$115 billion', '$14.3 billion');
    assert.equal(r.verdict.agree, false);
  });
  it('a rise and a fall are two moves unless both give the same day', () => {
    notLinked('Acme shares rose 6% on Tuesday.', 'Acme shares fell 3% in early trading on Thursday.', '6%', '3%');
    notLinked('Acme shares rose 6% on Tuesday.', 'Acme shares fell 3%.', '6%', '3%');
  });
  it('a move during the session is not the close', () => {
    notLinked('Acme shares rose 6% on Tuesday to close at $187.', 'Acme shares are up about 5% in late-morning trading.', '6%', '5%');
  });
  it('a worldwide share is not a share in one place', () => {
    notLinked('Acme holds 17% of the global laptop chip market.', 'Acme holds 18% of the market in Europe.', '17%', '18%');
  });
  it('a part of a count is not the count: "eight of them"', () => {
    notLinked('The V9 has 16 cores, eight of them performance cores.', 'The V9 has eight cores.', 'eight', 'eight');
  });
  it('the value a change starts from is another period\'s value', () => {
    notLinked('Gross margin at Acme widened to 58.2% from 55.9%.', 'Acme reported a gross margin of 55.9%.', '55.9%', '55.9%');
  });
  it('a label before a colon names the measure', () => {
    const r = verdictOf('**Revenue:** $3.2 billion in the third quarter at Acme.', 'Acme reported third-quarter revenue of $3.4 billion.', '$3.2 billion', '$3.4 billion');
    assert.equal(r.verdict.agree, false);
  });
  it('a closing price and a price target are not what something costs', () => {
    notLinked('Acme will sell the V9 for $499.', 'Analysts set a price target of $230 for Acme.', '$499', '$230');
    notLinked('Acme will sell the V9 for $38.', 'Pellham shares had a closing price of $30 on Friday.', '$38', '$30');
  });
  it('a count the clause names by the verb of reaching: "cases have passed 400"', () => {
    const r = verdictOf('Confirmed cholera cases in the province have passed 400.', 'Nearly 400 cholera cases have been confirmed.', '400', '400');
    assert.equal(r.ref.quantity.measure, 'noun:case', 'both count cases');
  });
  it('how many live in a town is not a toll', () => {
    notLinked('Two people died outside Pine Hollow, a community of about 3,400 people.', 'Three people died in the fire.', '3,400', 'Three');
  });
  it('a fire that started and a campaign that began are different events', () => {
    notLinked('A fire started near the ridge on August 4.', 'The vaccination campaign began on August 3.', 'August 4', 'August 3');
    const r = verdictOf('A fire started near the ridge on August 4.', 'The fire was first reported on Monday, August 3.', 'August 4', 'Monday, August 3');
    assert.equal(r.verdict.agree, false);
  });
});

describe('disagree: rounding at its edges', () => {
  it('rounding intervals do not meet at their ends: 17 and 18 votes, €1.1 and €1.2 billion disagree', () => {
    assert.equal(verdictOf('The council voted 31 in favour and 17 against.', 'The council voted 31 in favour and 18 against.', '17', '18').verdict.agree, false);
    assert.equal(verdictOf('The stadium will cost €1.1 billion to build.', 'The stadium will cost €1.2 billion to build.', '€1.1 billion', '€1.2 billion').verdict.agree, false);
  });
  it('a small round number is not a decade wide: 40% and 45% disagree, 400 and 412 agree', () => {
    assert.equal(verdictOf('The city will pay 40% of the construction costs.', 'The city will pay 45% of the construction costs.', '40%', '45%').verdict.agree, false);
    assert.ok(verdictOf('The ministry has confirmed 400 cholera cases.', 'The ministry has confirmed 412 cholera cases.', '400', '412').verdict.agree);
  });
  it('"about" allows a point either way on a number written to its last digit, not more', () => {
    assert.ok(verdictOf('Acme shares dropped about 11% on Tuesday.', 'Acme shares fell 12% on Tuesday.', '11%', '12%').verdict.agree);
    assert.equal(verdictOf('Meta expects to spend roughly $110 billion on AI infrastructure.', 'Meta plans to spend more than $115 billion on AI infrastructure.', '$110 billion', '$115 billion').verdict.agree, false);
  });
});

describe('same quantity: deals and budgets', () => {
  it('a price a share is not earnings a share', () => {
    notLinked('Halden will buy Pellham for $38.50 a share in cash.', 'Pellham earned $1.20 a share last year.', '$38.50', '$1.20');
    const r = verdictOf('Halden will pay $38.50 for each Pellham share.', 'Halden will buy Pellham for $38.50 a share in cash.', '$38.50', '$38.50');
    assert.ok(r.verdict.agree);
  });
  it('the one owed a fee is not whose fee it is', () => {
    const a = 'Halden Freight agreed to buy Pellham Cold Storage. If Pellham walks away, it would owe Halden a termination fee of $126 million.';
    const b = 'Halden Freight agreed to buy Pellham Cold Storage. Pellham would pay a termination fee of $145 million if it accepts a rival bid.';
    const r = verdictOf(a, b, '$126 million', '$145 million');
    assert.equal(r.ref.quantity.subject, 'pellham');
    assert.equal(r.verdict.agree, false);
  });
  it('a percentage of a company is a stake', () => {
    const r = verdictOf('Harrow Capital, which owns about 9.8% of Pellham, backed the deal.', 'Harrow Capital built a 12% stake in Pellham.', '9.8%', '12%');
    assert.equal(r.verdict.agree, false);
  });
  it('an amount of bonds is debt, whatever else the sentence names', () => {
    const r = verdictOf('The budget authorizes up to $305 million of general obligation bonds for streets.', 'The city will borrow $350 million through a bond sale for streets.', '$305 million', '$350 million');
    assert.equal(r.verdict.agree, false);
  });
  it('budget lines are told apart by what they fund', () => {
    notLinked("The police department's budget rises to $268 million.", 'The fire department will receive $171 million.', '$268 million', '$171 million');
    const r = verdictOf("The police department's budget rises to $268 million.", 'The police department will receive $286 million.', '$268 million', '$286 million');
    assert.equal(r.verdict.agree, false);
  });
  it('a rate is the rate the noun before it names', () => {
    notLinked('Riverton ended the year with a vacancy rate near 11%.', 'The central bank raised rates to 11%.', '11%', '11%');
  });
});

describe('same quantity: counts named by compounds and sides', () => {
  it('"142 full-time positions" counts positions', () => {
    const r = verdictOf('The city budget adds 142 full-time positions.', 'The city budget adds 160 positions.', '142', '160');
    assert.equal(r.verdict.agree, false);
  });
  it('votes take their side from the words around them', () => {
    const r = verdictOf('The council passed the budget with nine votes.', 'The council passed the budget with eight votes in favor and five against.', 'nine', 'eight');
    assert.equal(r.verdict.agree, false);
    notLinked('The council passed the budget with nine votes.', 'The amendment failed with six yes votes and seven no votes.', 'nine', 'seven');
  });
});

describe('same quantity: guessed subjects and parts', () => {
  it('two subjects both carried from earlier sentences do not separate a figure: the link is kept, with its caveat', () => {
    const a = "Aldenbrook's Corvessa won approval. The Food and Drug Administration approved the pill on Friday. In its main trial, 47% of patients had their migraine days halved.";
    const b = "Aldenbrook's Corvessa is taken once a day. In its main trial, 38% of patients had their migraine days halved.";
    const r = verdictOf(a, b, '47%', '38%');
    assert.equal(r.verdict.agree, false);
    assert.ok(r.link.caveats.some((c) => /names whose figure/.test(c)), r.link.caveats.join('; '));
  });
  it('a subject named in the clause still separates figures', () => {
    notLinked('Acme said its revenue rose 12% last year.', 'Globex said its revenue rose 7% last year.', '12%', '7%');
  });
  it('a part of a count is not the whole another source states', () => {
    notLinked("Calder Logistics operates two of Halverton's four terminals.", 'Picket lines formed outside all four terminals at Halverton.', 'two', 'four');
    const r = verdictOf("Calder Logistics operates two of Halverton's four terminals.", "Calder Logistics operates three of Halverton's terminals.", 'two', 'three');
    assert.equal(r.verdict.agree, false);
  });
});

describe('same quantity: events, speeds and durations', () => {
  it('an event noun dates the same event as its verb ("the derailment … on May 17" / "derailed on May 16")', () => {
    const r = verdictOf('The derailment at the Carrick Water viaduct on May 17 is under investigation.', 'A train derailed at the Carrick Water viaduct on the evening of May 16.', 'May 17', 'May 16');
    assert.equal(r.verdict.agree, false);
  });
  it('a speed told with different verbs is one speed; "nearly 70" and "more than 70" disagree', () => {
    const r = verdictOf('The train was travelling at nearly 70 mph on the curve.', 'The train was recorded at more than 70 mph on the curve.', '70 mph', '70 mph');
    assert.equal(r.verdict.agree, false);
  });
  it('"the first two weeks" and "the first two years" are not one duration', () => {
    notLinked('Most nausea cases were mild and faded within the first two weeks.', 'Payers will slow the ramp in the first two years, bears say.', 'two weeks', 'two years');
  });
  it('"open" alone is not an opening: a market open and an open house are not dated alike', () => {
    notLinked('Aldenbrook will hold a public open house on June 20.', 'Aldenbrook shares open up 11%, after gains in late trading on Friday.', 'June 20', 'Friday');
  });
  it('the whole a part was counted from is the same count as another source\'s whole', () => {
    const r = verdictOf("Calder Logistics operates two of Halverton's four terminals.", 'Picket lines formed outside all four terminals at Halverton.', 'four', 'four');
    assert.ok(r.verdict.agree);
  });
});

describe('same quantity: vote shares and the words that belong to other figures', () => {
  it('"94% of members who voted backed" and "members voted 96% in favour" are one vote share, and disagree', () => {
    const r = verdictOf('In a ballot last month, 94% of members who voted backed strike action.', 'Their members voted 96% in favour of striking.', '94%', '96%');
    assert.equal(r.verdict.agree, false);
  });
  it('"on a turnout of 81%": the turnout is the 81%, not the 94% before it', () => {
    notLinked('Of members who voted, 94% backed the action, on a turnout of 81%.', 'Turnout in the ballot was 94%.', '94%', '94%');
  });
  it('the verb right before a date dates it, not a concept word farther back ("signed in 2022, expired in March")', () => {
    notLinked('The previous agreement, signed in 2022, expired in March.', 'The strike vote in May was decisive.', 'March', 'May');
  });
});

describe('same quantity: days, events and voters', () => {
  it('closing prices on different days are different quantities', () => {
    notLinked("Halden offered a premium to Pellham's closing price of $30.31 on Friday.", 'Pellham shares closed at $37.52 on Monday.', '$30.31', '$37.52');
  });
  it('"$38.50 in cash for every share" is a price per share, not a share price', () => {
    notLinked('Shareholders will get $38.50 in cash for every share they own.', 'Pellham shares closed at $37.52 on Monday.', '$38.50', '$37.52');
  });
  it('"after Tuesday\'s launch": the launch is Tuesday\'s, not the Thursday of a share move', () => {
    notLinked('The shares fell 3% in early trading on Thursday, after Tuesday\'s launch of the V9 processor.', 'Vantor unveiled the V9 processor on Wednesday.', 'Thursday', 'Wednesday', );
  });
  it('"after the April floods" dates floods, not an outbreak', () => {
    notLinked('Cholera is spreading in the delta after the April floods.', 'The cholera outbreak began in May in the delta.', 'April', 'May');
  });
  it('members who voted no and members in favour are votes by side', () => {
    const r = verdictOf('Okoro, one of the four members who voted no, spoke after the budget vote.', 'The budget passed with nine votes in favor and five against.', 'four', 'five');
    assert.equal(r.verdict.agree, false);
    const six = verdictOf('The amendment failed with six members in favor and seven opposed.', 'The amendment failed with five votes in favor and eight against.', 'six', 'five');
    assert.equal(six.verdict.agree, false);
  });
});

describe('disagree: qualifiers from verbs, and documents that tell two values apart', () => {
  it('"cases have passed 400" is more than 400, so it disagrees with "nearly 400"', () => {
    const r = verdictOf('Confirmed cholera cases have passed 400 in the delta.', 'There are nearly 400 confirmed cholera cases in the delta.', '400', '400');
    assert.equal(r.verdict.agree, false);
  });
  it('a source that states both values is not contradicted by one that agrees with either', () => {
    const corpus = new Corpus({ referenceDate: '2026-11-22' });
    corpus.set('a.md', 'June 16, 2026\n\nThe council approved a $1.84 billion budget on Tuesday. In its first draft the budget totalled $1.9 billion.\n');
    corpus.set('b.md', 'June 17, 2026\n\nThe council approved a $1.84 billion budget this week.\n');
    const group = corpus.quantities().find((g) => g.figures.some((r) => r.figure.text === '$1.9 billion'));
    assert.ok(group && group.figures.length === 3, 'the three figures are read as one quantity');
    assert.deepEqual(group.conflicts, []);
    // Without the agreeing statement, the draft figure is a disagreement.
    corpus.set('a.md', 'June 16, 2026\n\nIn its first draft the budget totalled $1.9 billion.\n');
    assert.equal(corpus.conflicts().length, 1);
  });
});

describe('same quantity: sources are not subjects', () => {
  it('the newspaper told something is not whose figure it is', () => {
    const r = verdictOf('Railcorp told the Gazette on Monday that it expected the route to be closed for up to six weeks.', 'The route will be closed for 14 weeks, Railcorp said.', 'six weeks', '14 weeks');
    assert.equal(r.verdict.agree, false);
  });
});

describe('same quantity: parts, comparatives and the one before', () => {
  it('"4.1 fewer migraine days" and "5.1 fewer migraine days" are one quantity, and disagree', () => {
    const r = verdictOf('On average, patients on the drug had 4.1 fewer migraine days a month.', 'Patients who took the drug had 5.1 fewer migraine days each month.', '4.1', '5.1');
    assert.equal(r.verdict.agree, false);
  });
  it('"the first strike since 1998" and "the last strike, in 2004" date the strike before, and disagree', () => {
    const r = verdictOf('It is the first strike at the port since 1998.', 'The last strike at the port, in 2004, lasted a week.', '1998', '2004');
    assert.equal(r.verdict.agree, false);
  });
  it('a figure with no subject meets one whose subject was only carried from an earlier sentence', () => {
    const r = verdictOf('The Halverton Port Employers Association bargains for the port. It is the first strike at the port since 1998.', 'Officials at the Halverton Port Employers Association were silent. The last strike at the port, in 2004, lasted a week.', '1998', '2004');
    assert.equal(r.verdict.agree, false);
  });
  it('a place or kind stated on one side only, with values far apart, is a part: no conflict', () => {
    notLinked('Aldenbrook Pharmaceuticals employs 640 people at the Hadley Falls campus.', 'Aldenbrook Pharmaceuticals employs about 1,900 people.', '640', '1,900');
    notLinked('Organisers say about 2,300 casual workers are taking part.', 'Some 6,000 workers have walked out.', '2,300', '6,000');
    const close = verdictOf('Aldenbrook Pharmaceuticals employs 1,800 people at the Hadley Falls campus.', 'Aldenbrook Pharmaceuticals employs about 1,900 people.', '1,800', '1,900');
    assert.ok(close.link.confidence >= 0.5, 'close values with a one-sided place still link');
  });
});

describe('same quantity: deadlines, states, ratios, prices and places aboard', () => {
  it('"the May 22 target date" and "had until June 8" are one deadline, and disagree', () => {
    const r = verdictOf("The decision came two weeks ahead of the agency's May 22 target date.", 'The agency had until June 8 to make its decision.', 'May 22', 'June 8');
    assert.equal(r.verdict.agree, false);
  });
  it('"on strike since June 1" and "the strike began on June 2" date one start, and disagree', () => {
    const r = verdictOf('Some 6,000 workers have been on strike since June 1 at the port.', 'The strike at the port began on June 2.', 'June 1', 'June 2');
    assert.equal(r.verdict.agree, false);
  });
  it('"twice as fast" and "2.5x faster" compare one speed-up, and disagree', () => {
    const r = verdictOf('The V9 runs AI tasks twice as fast as the V8.', 'The V9 is 2.5x faster than the V8 on AI tasks.', 'twice', '2.5x');
    assert.equal(r.verdict.agree, false);
  });
  it('"listing the drug at $1,350 a month" is its price', () => {
    const r = verdictOf('Aldenbrook is listing Corvessa at $1,350 a month.', 'Aldenbrook set a list price for Corvessa of $1,150 a month.', '$1,350', '$1,150');
    assert.equal(r.verdict.agree, false);
  });
  it('"nearly 400 people on board" and "318 people aboard in total" count the people aboard, and disagree', () => {
    const r = verdictOf('The operator estimates there were nearly 400 people on board the Northline train.', 'There were 318 people aboard the Northline train in total.', '400', '318');
    assert.equal(r.verdict.agree, false);
  });
  it('"due to open in 2029" is an opening, unlike an "open house"', () => {
    const r = verdictOf('The stadium is due to open in 2029, the city said.', 'The city says the stadium will open in 2028.', '2029', '2028');
    assert.equal(r.verdict.agree, false);
  });
});

describe('same quantity: makers and effective dates', () => {
  it('"the Vantor V9" and "the V9" are one subject', () => {
    const r = verdictOf('Vantor Semiconductor says the Vantor V9 runs AI tasks twice as fast as the V8.', 'Vantor Semiconductor says the V9 is 2.5x faster than the V8.', 'twice', '2.5x');
    assert.equal(r.verdict.agree, false);
  });
  it('"takes effect on July 1" dates when it applies', () => {
    const r = verdictOf('The budget takes effect on July 1, 2026.', 'The budget, which takes effect July 2, raises the tax.', 'July 1, 2026', 'July 2');
    assert.equal(r.verdict.agree, false);
  });
});

describe('same quantity: words past another figure are that figure\'s', () => {
  it('"23 people were taken to hospital, of whom 12 were seriously injured": the 23 are not the injured', () => {
    notLinked('The hospital said 23 people were taken there by ambulance, of whom 12 were seriously injured.', 'At least 61 people were injured in the crash.', '23', '61');
    const r = verdictOf('The hospital said 23 people were taken there by ambulance, of whom 12 were seriously injured.', 'Police said 14 people were seriously injured.', '12', '14');
    assert.equal(r.verdict.agree, false);
  });
});

describe('same quantity: a company in full and by its first word', () => {
  it('"Pellham Cold Storage" and "Pellham" are one subject; "Halden Freight" and "Halden Securities" are not', () => {
    const r = verdictOf('Pellham Cold Storage employs about 400 people in Ohio.', 'Pellham said it employs 480 people in Ohio.', '400', '480');
    assert.equal(r.verdict.agree, false);
    notLinked('Halden Freight employs about 400 people in Ohio.', 'Halden Securities employs 480 people in Ohio.', '400', '480');
  });
});

describe('same quantity: the seriously injured are a part of the injured', () => {
  it('"12 were seriously injured" is not set against "61 people were injured"', () => {
    notLinked('The hospital said 23 people were taken there, of whom 12 were seriously injured.', 'Emergency services said 61 people were injured.', '12', '61');
    const r = verdictOf('The hospital said 23 people were taken there, of whom 12 were seriously injured.', 'Police said 14 people were seriously injured.', '12', '14');
    assert.equal(r.verdict.agree, false);
  });
});

describe('same quantity: what a figure is said of', () => {
  it('"the ransom demand was $12 million" and "the demand is $15 million" are one demand', () => {
    const r = verdictOf('Gravel Moth said the ransom demand was $12 million.', 'The demand is $15 million, according to Gravel Moth.', '$12 million', '$15 million');
    assert.equal(r.verdict.agree, false);
    notLinked('Gravel Moth said the ransom demand was $12 million.', 'The retailer said its loss was $15 million, Gravel Moth claimed.', '$12 million', '$15 million');
  });
  it('"the hearing on June 3" and "the hearing on June 4" date one hearing', () => {
    const r = verdictOf('The hearing on June 3 was adjourned, the court said.', 'The court said the hearing on June 4 was adjourned.', 'June 3', 'June 4');
    assert.equal(r.verdict.agree, false);
  });
});

describe('same quantity: closed compounds', () => {
  it('"7,400 dockworkers" and "6,000 workers" count the same workers, and disagree', () => {
    const r = verdictOf('About 7,400 dockworkers walked off the job at Halverton on Monday.', 'Some 6,000 workers have been on strike at Halverton since Monday.', '7,400', '6,000');
    assert.equal(r.verdict.agree, false);
  });
});

describe('same quantity: proportions', () => {
  it('"one in four homes" is a share of homes, and disagrees with "about 30% of homes"', () => {
    const r = verdictOf('One in four homes in Tosk was damaged.', 'About 30% of homes in Tosk were damaged.', 'One in four', '30%');
    assert.equal(r.verdict.agree, false);
  });
});

describe('same quantity: the noun an amount describes, the verb that says what it is, what lasted', () => {
  it('"a $312 million contract" and "the contract, worth $340 million" are one contract… and "insured for" is insurance', () => {
    const r = verdictOf('Halcyon signed a $312 million contract with Brightwater last year.', 'Halcyon has a $340 million contract with Brightwater.', '$312 million', '$340 million');
    assert.equal(r.verdict.agree, false);
    const i = verdictOf('The satellites were insured for $150 million, Brightwater said.', 'Brightwater said the satellites were insured for $120 million.', '$150 million', '$120 million');
    assert.equal(i.verdict.agree, false);
    notLinked('Halcyon signed a $312 million contract with Brightwater.', 'The satellites were insured for $300 million, Brightwater said.', '$312 million', '$300 million');
  });
  it('"the outage lasted nearly 27 hours" and "the outage lasted more than 30 hours" disagree', () => {
    const r = verdictOf('The outage lasted nearly 27 hours, Kestrel said.', 'Kestrel said the outage lasted more than 30 hours.', '27 hours', '30 hours');
    assert.equal(r.verdict.agree, false);
  });
});

describe('same quantity: paraphrases of one count', () => {
  const story = 'This is a story about Norvik Group, Tosk Herald and Vessland.\n\n';
  const rows: [string, string, string, string][] = [
    ['Norvik cut 1,200 jobs at its plants, the company said.', 'Norvik laid off 1,500 workers at its plants.', '1,200', '1,500'],
    ['The fire destroyed 300 homes in Tosk.', 'About 380 houses in Tosk were destroyed by the fire.', '300', '380'],
    ['Police arrested 45 people after the protest in Tosk.', 'A total of 60 arrests were made after the protest in Tosk.', '45', '60'],
    ['The Tosk Herald poll of 1,200 adults was taken in May.', 'The Tosk Herald surveyed 1,500 people in May.', '1,200', '1,500'],
    ['The final in Tosk drew 45,000 fans.', 'Attendance at the final in Tosk was 52,000.', '45,000', '52,000'],
    ['The Tosk flood displaced 5,000 residents.', 'About 6,000 people in Tosk were forced from their homes by the flood.', '5,000', '6,000'],
    ['Norvik reported a net loss of $45 million for the quarter.', 'Norvik lost $58 million in the quarter.', '$45 million', '$58 million'],
  ];
  disagreeingRows(story, rows);
  it('but cut jobs are not the jobs a company has', () => {
    notLinked(story + 'Norvik cut 1,200 jobs at its plants.', story + 'Norvik has 1,500 jobs at its plants.', '1,200', '1,500');
  });
});

describe('same quantity: paraphrases of one date or share', () => {
  const story = 'This is a story about Norvik Group, Halden, Tosk and Vessland.\n\n';
  const rows: [string, string, string, string][] = [
    ['The Vessland law takes effect on January 1, 2027.', 'The Vessland law comes into force on January 2, 2027.', 'January 1, 2027', 'January 2, 2027'],
    ['Norvik completed the acquisition on May 1.', 'The Norvik merger closed on May 2.', 'May 1', 'May 2'],
    ['The Norvik plant will open in 2028.', 'Norvik expects the plant to begin operating in 2029.', '2028', '2029'],
    ['Norvik launched the phone on March 3.', 'The Norvik phone went on sale on March 5.', 'March 3', 'March 5'],
    ['The Tosk quake measured 6.1 on the Richter scale.', 'The Tosk quake had a magnitude of 6.4.', '6.1', '6.4'],
    ['The Norvik fine amounts to 4% of its revenue.', 'The fine equals 6% of Norvik revenue.', '4%', '6%'],
    ['Okoro resigned from Norvik on June 2.', 'Okoro stepped down on June 3, Norvik said.', 'June 2', 'June 3'],
  ];
  disagreeingRows(story, rows);
  it('"9.8% of Pellham" is still a stake', () => {
    notLinked(story + 'Halden owns 9.8% of Norvik.', story + 'The fine equals 6% of Norvik revenue.', '9.8%', '6%');
  });
});

describe('same quantity: look-alikes that are different quantities', () => {
  const story = 'This is a story about Norvik Group, Halden, Tosk and Vessland.\n\n';
  const rows: [string, string, string, string][] = [
    ['Norvik cut 1,200 jobs this year.', 'Norvik employs 12,000 people.', '1,200', '12,000'],
    ['Norvik shares fell 5% on Monday.', 'Norvik shares rose 7% on Tuesday.', '5%', '7%'],
    ['The Tosk Herald poll of 1,200 adults found 45% support for Okoro.', 'Okoro won 52% of the vote in Tosk.', '45%', '52%'],
    ['The Norvik contract is worth $312 million.', 'The satellites were insured for $150 million by Norvik.', '$312 million', '$150 million'],
    ['The Norvik outage lasted 27 hours.', 'A previous Norvik outage, in 2024, lasted nine hours.', '27 hours', 'nine hours'],
    ['About 2,300 casual workers at Norvik are on strike.', 'About 7,400 Norvik workers are on strike.', '2,300', '7,400'],
    ['The Norvik ransom demand was $12 million.', 'Norvik spends $15 million a year on security.', '$12 million', '$15 million'],
    ['Norvik laid off 1,500 workers.', 'Norvik hired 900 workers last year.', '1,500', '900'],
    ['Norvik completed the acquisition on May 1.', 'Norvik announced the acquisition on March 3.', 'May 1', 'March 3'],
    ['The Vessland law takes effect on January 1, 2027.', 'The Vessland law was passed on June 3.', 'January 1, 2027', 'June 3'],
  ];
  for (const [a, b, fa, fb] of rows) it(`"${fa}" in "${a}" is not "${fb}" in "${b}"`, () => notLinked(story + a, story + b, fa, fb));
});

describe('same quantity: what was done to the things counted', () => {
  const story = 'This is a story about Kestrel Air, AeroPulse and Harrowgate.\n\n';
  it('"cancelling 1,420 flights", "1,400 flights were canceled" and "1,650 cancelled Kestrel departures" are one count of cancellations', () => {
    const r = verdictOf(story + 'The failure halted operations, cancelling 1,420 flights.', story + 'AeroPulse counted about 1,650 cancelled Kestrel departures.', '1,420', '1,650');
    assert.equal(r.verdict.agree, false);
    const s = verdictOf(story + 'The failure halted operations, cancelling 1,420 flights.', story + 'About 1,400 flights were canceled, Kestrel said.', '1,420', '1,400');
    assert.ok(s.verdict.agree);
  });
  it('cancelled flights are not delayed flights', () => {
    notLinked(story + 'Kestrel cancelled 1,420 flights.', story + 'AeroPulse counted 2,300 delayed departures.', '1,420', '2,300');
  });
  it('"fines of up to $20 million" is a penalty; "27 hours after the failure" is no date', () => {
    const r = verdictOf(story + 'The regulator can impose fines of up to $20 million on carriers.', story + 'The regulator can fine the airline up to $30 million.', '$20 million', '$30 million');
    assert.equal(r.verdict.agree, false, 'two different ceilings disagree');
    assert.ok(verdictOf(story + 'The regulator can impose fines of up to $20 million on carriers.', story + 'The regulator can fine the airline up to $20 million.', '$20 million', '$20 million').verdict.agree);
    const text = 'July 20, 2026\n\nCore systems came back about 27 hours after the failure began.\n';
    const c = new Corpus({ referenceDate: '2026-11-22' });
    assert.deepEqual(c.set('x.md', text).figures.filter((f) => f.kind === 'date' && f.dateRole !== 'publication').map((f) => f.text), []);
  });
});

describe('same quantity: a state after the noun, before it or after a verb is one state', () => {
  const story = 'This is a story about Kestrel Air and Tosk.\n\n';
  it('"1,140 homes flooded" and "more than 1,400 homes were flooded" disagree; "300 flights cancelled" is "flights were cancelled"', () => {
    const r = verdictOf(story + 'About 1,140 homes flooded in Tosk.', story + 'More than 1,400 homes were flooded in Tosk.', '1,140', '1,400');
    assert.equal(r.verdict.agree, false);
    const f = verdictOf(story + 'Kestrel saw 300 flights cancelled.', story + 'About 320 Kestrel flights were cancelled.', '300', '320');
    assert.ok(f.verdict.agree);
  });
});

describe('same quantity: levels, fronted dates and detection', () => {
  const story = 'This is a story about the Marrow River flood at Kessington.\n\n';
  disagreeingRows(story, [
    // A peak told as "peaked at", "the high of" and "reached" is one level.
    ['In 2011 the river peaked at 6.1 metres.', 'That is well above the 6.32m reached in 2011.', '6.1 metres', '6.32m'],
    ['The river beat the 2011 high of 6.12 metres.', 'In 2011 the river crested at 6.4 metres.', '6.12 metres', '6.4 metres'],
    // A date that opens the sentence dates the verb after the comma.
    ['The Marrow crested at Kessington early on Sunday, March 15.', 'On Monday, March 16, the Marrow crested higher than in 2011.', 'Sunday, March 15', 'Monday, March 16'],
    // Detected, spotted and discovered date one detection.
    ['Its security team detected the intrusion on April 13.', 'Its IT team spotted the intrusion on April 14.', 'April 13', 'April 14'],
  ]);
  it('a peak level is not the rain that caused it, and the date of the peak is not the date rain began', () => {
    notLinked(story + 'The river peaked at 6.71m on Sunday.', story + 'As much as 312 millimetres of rain fell at Greyholt.', '6.71m', '312 millimetres');
    notLinked(story + 'On Monday, March 16, the Marrow crested.', story + 'Rain began falling on March 12.', 'Monday, March 16', 'March 12');
  });
  it('the same peak told with different words agrees', () => {
    const r = verdictOf(story + 'The river peaked at 6.71m at 3:40 a.m.', story + 'The river crested at 6.7 metres at Kessington Bridge.', '6.71m', '6.7 metres');
    assert.ok(r.verdict.agree);
  });
});

describe('same quantity: demands, portions, outlets and verbs of exceeding', () => {
  const story = 'This is a story about the Ostrava Retail Group breach.\n\n';
  disagreeingRows(story, [
    // A ransom demanded, a ransom demand and a demand of are one amount demanded.
    ['The hackers demanded a ransom of $12 million.', 'The ransom demand reportedly stands at $15 million.', '$12 million', '$15 million'],
    ['The gang has demanded $12 million to delete the files.', 'The hackers are demanding $15 million in bitcoin.', '$12 million', '$15 million'],
    // "already topping" is the clause's verb and a bound: more than $500 million, against $480 million.
    ['Insured losses from the flood total $480 million.', 'Insured losses are already topping half a billion dollars.', '$480 million', 'half a billion dollars'],
  ]);
  it('"valued its share of the cargo at" is a valuation, not a share price', () => {
    const r = verdictOf(story + 'The lost satellites were valued at $185 million.', story + 'Brightwater valued its share of the cargo at $210 million.', '$185 million', '$210 million');
    assert.equal(r.verdict.agree, false);
    notLinked(story + 'Ostrava shares closed at $18.62.', story + 'Brightwater valued its share of the cargo at $18 million.', '$18.62', '$18 million');
  });
  it('the outlet a source spoke to is not a subject, and a "Weekly" in its name is no frequency', () => {
    const r = verdictOf(
      story + 'Ostrava says some 4.1 million customers had personal data taken.',
      story + 'Ostrava now says some 4.6 million customers had personal data taken, according to a filing seen by Retail Systems Weekly.',
      '4.1 million',
      '4.6 million',
    );
    assert.equal(r.verdict.agree, false);
  });
});

describe('same quantity: far verbs, years of other events, yearly sales', () => {
  const story = 'This is a story about the Carrick Water viaduct and Aldenbrook.\n\n';
  disagreeingRows(story, [
    // The verb a date is of may stand a long prepositional phrase back.
    ['The derailment at the Carrick Water viaduct on May 17 killed four.', 'An express train derailed on the approach to one of the oldest railway viaducts in the north on the evening of May 16.', 'May 17', 'May 16'],
    // "built in 1878" and "opened in 1868" date the viaduct, not the period of its arches.
    ['The viaduct, built in 1878 by the railway company, has 14 arches.', 'The 12-arch Carrick Water viaduct opened in 1868.', '14', '12'],
  ]);
  it('"peak annual sales" and "peak sales" are one yearly figure; "last year" belongs to the figure it stands by', () => {
    // Linked; "as much as $3.1 billion" is a ceiling that $2.4 billion does not break.
    const r = verdictOf(story + 'Consensus now puts Aldenbrook peak sales at $2.4 billion by 2031.', story + 'Analysts expect Aldenbrook to bring in as much as $3.1 billion in peak annual sales, a lot for a company whose total revenue last year was under $200 million.', '$2.4 billion', '$3.1 billion');
    assert.ok(r.verdict.agree);
  });
  it('"1.4% of Corvessa-treated patients" is a share of patients, not a stake in Corvessa', () => {
    const drug = 'This is a story about Corvessa, a drug made by Aldenbrook.\n\n';
    const r = verdictOf(drug + 'Liver-enzyme elevations were seen in 0.4% of treated patients.', drug + 'Liver-enzyme elevations occurred in 1.4% of Corvessa-treated patients.', '0.4%', '1.4%');
    assert.equal(r.verdict.agree, false);
  });
  it('a yearly fee is still not a total', () => {
    notLinked(story + 'Aldenbrook pays a fee of $6 million a year.', story + 'Aldenbrook pays a fee of $240 million.', '$6 million', '$240 million');
  });
});

describe('same quantity: market value wiped, carriers and airlines', () => {
  const story = 'This is a story about the Kestrel Air outage and Corvane.\n\n';
  it('"erasing $410 million of market value" and "wiped $600 million off Kestrel\'s market value" are one loss of value', () => {
    const r = verdictOf(story + 'Kestrel stock slid 11.6% on Friday, erasing about $410 million of market value.', story + 'Corvane makes the software. Investors have wiped $600 million off Kestrel\'s market value.', '$410 million', '$600 million');
    assert.equal(r.verdict.agree, false);
  });
  disagreeingRows(story, [
    ['Corvane says its software is used by more than 40 airlines.', 'Corvane says its software is used by some 35 carriers.', '40', '35'],
  ]);
});

describe('same quantity: places in a race, polls, and figures set against others', () => {
  const story = 'This is a story about the Vessholm mayoral race.\n\n';
  disagreeingRows(story, [
    // "came fourth" and "finished a distant fifth" are one place in the race, the runner's.
    ["The Vessholm Greens' Priya Natarajan came fourth with 6.2%.", 'Brandt spent about $30 per vote, while Natarajan, who finished a distant fifth, spent about $16.', 'fourth', 'fifth'],
    // A poll's shares are shares in the poll, by candidate.
    ['The final survey by Nordmark Research put Harrow on 41% and Lindqvist on 35%.', 'The final Nordmark poll had Harrow on 41 per cent and Lindqvist on 37 per cent.', '35%', '37 per cent'],
    // "spent $2.3 million, against $1.46 million for Lindqvist's": the second amount is spending too.
    ["Returns show Harrow's campaign spent $2.3 million, against $1.46 million for Lindqvist's.", "Lindqvist's campaign spent $1.9 million.", '$1.46 million', '$1.9 million'],
  ]);
  it('a poll share is not a share of the vote, and one runner\'s place is not another\'s', () => {
    notLinked(story + 'The final Nordmark poll had Lindqvist on 35%.', story + 'Lindqvist won 38.2% of the vote.', '35%', '38.2%');
    notLinked(story + 'Priya Natarajan came fourth.', story + 'Tomas Brandt finished third.', 'fourth', 'third');
  });
});

describe('same quantity: hyphenated concepts, sites, sources\' years and closed compounds', () => {
  const story = 'This is a story about Riverton and Pellham Cold Storage.\n\n';
  disagreeingRows(story, [
    // "rainy-day fund" names the reserve, nearer than "budget".
    ["The city's rainy-day reserve will be held at $65 million.", "The budget keeps the city's rainy-day fund at $81m.", '$65 million', '$81m'],
    // Sites and facilities are one count of places; the year the figures were given is not their period.
    ['Pellham runs 58 temperature-controlled sites.', 'Pellham has 64 facilities, according to figures the company provided last year.', '58', '64'],
  ]);
  it('"warehouses" are not homes', () => {
    notLinked(story + 'Pellham has a network of more than 60 warehouses.', story + 'The flood destroyed 45 homes.', '60', '45');
  });
});

describe('same quantity: readings, records and insurance cover', () => {
  const story = 'This is a story about the Halcyon rocket failure and Brightwater.\n\n';
  disagreeingRows(story, [
    // "the altitude reading at 46 km" is an altitude.
    ['Range safety destroyed the rocket at an altitude of about 38 km.', 'The telemetry froze with the altitude reading at 46 km.', '38 km', '46 km'],
    // "a better than 95% success record" is a success rate, and a bound.
    ['The rocket had a 92% success rate before this week.', 'The rocket went into this week with a better than 95% success record.', '92%', '95%'],
    // "insured for" and "coverage" are one insurance cover.
    ['Brightwater said the payload was insured for $150 million.', 'Brightwater carried $120 million of launch-plus-one-year coverage on the satellites.', '$150 million', '$120 million'],
  ]);
  it('insured losses are losses, not the cover', () => {
    notLinked(story + 'Brightwater said the payload was insured for $150 million.', story + 'Insurers put $480 million on insured losses from the storm.', '$150 million', '$480 million');
  });
});

describe('same quantity: articles about a place and about its council meet', () => {
  it('figures without a subject meet across an article naming "Riverton City Council" and one naming "Riverton"', () => {
    const a = 'The Riverton City Council met. The Riverton City Council voted.\n\nThe rainy-day reserve will be held at $65 million.';
    const b = 'Bond buyers like Riverton. Moody’s rates Riverton highly.\n\nThe budget keeps the rainy-day fund at $81m.';
    const r = verdictOf(a, b, '$65 million', '$81m');
    assert.equal(r.verdict.agree, false);
  });
  it('but a generic first word ("North") joins nothing', () => {
    notLinked('North Harbour Council met. North Harbour Council voted.\n\nThe reserve will be held at $65 million.', 'North Ridge Mining sold bonds. North Ridge Mining grew.\n\nThe reserve stands at $81m.', '$65 million', '$81m');
  });
});

describe('same quantity: the day of the accident, whatever the verb', () => {
  const story = 'This is a story about the Northline train accident at the Carrick Water viaduct.\n\n';
  disagreeingRows(story, [
    ['The derailment at the viaduct on May 17 killed four people.', 'The express crashed at the viaduct on May 16.', 'May 17', 'May 16'],
    ['A gas line exploded at the plant on June 2.', 'The blast at the plant on June 3 shook the town.', 'June 2', 'June 3'],
  ]);
  it('the day of the accident is not the day the inquiry opened', () => {
    notLinked(story + 'The express crashed at the viaduct on May 16.', story + 'The inquiry into the crash opened on May 20.', 'May 16', 'May 20');
  });
});

describe('same quantity: carriages that derailed are not the train\'s carriages', () => {
  const story = 'This is a story about the Northline train accident at the Carrick Water viaduct.\n\n';
  disagreeingRows(story, [
    // "derailed", "came off the track" and "left the rails" are one state.
    ["Five of the train's eight carriages derailed.", 'Four carriages came off the track before the train stopped.', 'Five', 'Four'],
  ]);
  it('the whole of a partitive does not take the part\'s verb, but a relative clause on the whole does', () => {
    notLinked(story + "Five of the train's eight carriages derailed.", story + 'Four carriages came off the track before the train stopped.', 'eight', 'Four');
    const r = verdictOf(story + 'More than 1,400 homes were flooded.', story + "Ms Teal's house is one of 1,140 homes across the valley that were flooded.", '1,400', '1,140');
    assert.equal(r.verdict.agree, false);
  });
});

describe('same quantity: intrusions and current and former staff', () => {
  const story = 'This is a story about the Ostrava breach.\n\n';
  disagreeingRows(story, [
    ['Ostrava says the attackers got in on February 9.', 'Forensics points to a first intrusion at Ostrava on January 27.', 'February 9', 'January 27'],
    ['Ostrava said data of 9,400 current and former employees had been accessed.', 'Ostrava said details of nearly 12,000 staff, past and present, were accessed.', '9,400', '12,000'],
  ]);
  it('the day of the intrusion is not the day it was detected', () => {
    notLinked(story + 'Ostrava says the attackers got in on February 9.', story + 'Ostrava detected the intrusion on April 13.', 'February 9', 'April 13');
  });
});

describe('same quantity: officials of a place report, vessels are ships', () => {
  const story = 'This is a story about the Halverton dock strike.\n\n';
  disagreeingRows(story, [
    ['Port officials said 34 container ships were anchored offshore.', 'Our photographer counted more than 50 ships waiting at anchor.', '34', '50'],
    ['Some 34 vessels were waiting offshore on Tuesday.', 'More than 50 ships were waiting at anchor on Tuesday.', '34', '50'],
  ]);
});

describe('same quantity: a named subject meets unnamed figures in articles about its first word', () => {
  it('"The Northline Rail service … five carriages derailed" meets "four carriages came off the track" in an article about a Northline express', () => {
    const a = 'Northline Rail runs trains to Harrowgate. The Northline Rail service from Easton derailed, and five of its carriages derailed.';
    const b = 'Passengers on the Northline express were hurt. Experts blamed Northline for the crash. Four carriages came off the track.';
    const r = verdictOf(a, b, 'five', 'Four');
    assert.equal(r.verdict.agree, false);
  });
});

describe('same quantity: people plucked from the water were rescued', () => {
  const story = 'This is a story about the Marrow River flood.\n\n';
  disagreeingRows(story, [
    ['Emergency crews rescued 212 people from rooftops over the weekend.', 'More than 250 people have been plucked from floodwaters, many from the roofs of homes.', '212', '250'],
  ]);
});

describe('same quantity: a name inside an appositive is not the subject', () => {
  it('"Northwind Robotics, the Larkspur company whose robots…, reported results on April 23" dates Northwind\'s results', () => {
    const r = verdictOf(
      'Northwind Robotics, the Larkspur company whose orange robots have become a fixture in warehouses around the world, reported first-quarter results on April 23.',
      'Northwind Robotics reported first-quarter results on April 22.',
      'April 23',
      'April 22',
    );
    assert.equal(r.verdict.agree, false);
  });
});

describe('conditions: phrasal verbs are not moves', () => {
  it('"spins up a dozen agents" and "shut down 12 plants" carry no direction; "rose 12%" does', () => {
    const corpus = new Corpus({ referenceDate: '2026-11-22' });
    const a = corpus.set('a.md', 'April 10, 2026\n\nMeta spins up a dozen agents. The utility shut down 12 plants. Revenue rose 12%.\n');
    const direction = (text: string) => a.quantities[a.figures.findIndex((f) => f.text === text)].conditions.direction;
    assert.equal(direction('a dozen'), undefined);
    assert.equal(direction('12'), undefined);
    assert.equal(direction('12%'), 'up');
  });
});

describe('same quantity: candidates\' shares of the vote', () => {
  const story = 'This is a story about the Vessholm mayoral count. Voters backed Lindqvist over Harrow.\n\n';
  it('"took 38.4% of the valid vote" (in a sentence with a relative clause and a party founded in 2021) and "finished on 75,235 votes, or 38.2 per cent" are one share, Lindqvist\'s', () => {
    const r = verdictOf(
      story + "Lindqvist, 44, a former chair of the council's planning committee who ran for Civic Renewal, a party founded in 2021, took 38.4% of the valid vote, against 38.0% for Harrow.",
      story + 'Lindqvist, the Civic Renewal candidate, finished on 75,235 votes, or 38.2 per cent.',
      '38.4%',
      '38.2 per cent',
    );
    assert.equal(r.verdict.agree, false);
  });
  it('"38.0% for Harrow" is Harrow\'s share, not the "for" side of a vote', () => {
    const r = verdictOf(story + 'Lindqvist took 38.4% of the valid vote, against 38.0% for Harrow.', story + 'Harrow won 37.5% of the vote.', '38.0%', '37.5%');
    assert.equal(r.verdict.agree, false);
    notLinked(story + 'Lindqvist took 38.4% of the valid vote, against 38.0% for Harrow.', story + 'Harrow won 37.5% of the vote.', '38.4%', '37.5%');
  });
});

describe('same quantity: what a figure is said of, over a relative clause', () => {
  const story = 'This is a story about the Riverton budget.\n\n';
  disagreeingRows(story, [
    ['The general fund, which pays for police, fire, parks and libraries, will total $812 million.', 'Key points: the general fund is $790 million.', '$812 million', '$790 million'],
  ]);
});
