// Scores the engine on every story with a gold annotation in this repository and prints the metrics.
// `npm run eval`. The stories under test/fixtures/blind were written blind to the engine; the others are
// the ones it was developed on (their thresholds are gated in test/unit/core/stories.test.ts); those under
// test/fixtures/heldout were written blind and are scored, never tuned on; stories move to blind/ once studied.

import * as path from 'node:path';
import { existsSync, readdirSync } from 'node:fs';
import { scoreGold } from '../test/unit/goldReport';

const root = path.resolve(__dirname, '..');
const golds = [
  'test/fixtures/gold/muse-spark-launch.json',
  ...['stories', 'blind', 'heldout'].flatMap((dir) => {
    const base = path.join(root, 'test/fixtures', dir);
    return existsSync(base) ? readdirSync(base).sort().map((s) => `test/fixtures/${dir}/${s}/gold.json`).filter((g) => existsSync(path.join(root, g))) : [];
  }),
];
const keys = ['figureRecall', 'valueAccuracy', 'figurePrecision', 'entityRecall', 'conflictRecall', 'conflictPrecision', 'corroborationRecall', 'agreementNotFlagged', 'agreementNotSetAgainst', 'trapAvoidance'] as const;
console.log(['story'.padEnd(34), ...keys.map((k) => k.replace(/([A-Z])/g, ' $1').toLowerCase().slice(0, 11).padStart(12))].join(''));
for (const g of golds) {
  const s = scoreGold(path.join(root, g));
  console.log([g.replace(/^test\/fixtures\//, '').replace(/\/gold\.json$|\.json$/, '').padEnd(34), ...keys.map((k) => s[k].toFixed(3).padStart(12))].join(''));
}
