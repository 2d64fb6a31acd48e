// The engine on whole stories written for the project, each with a reader's gold annotation: the bundled
// sample and two test stories with the traps of real coverage (a toll that rises, a quake measured by two
// agencies, quarterly vs full-year revenue, adjusted vs standard earnings, a rival's figure in parentheses).

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { scoreGold } from '../goldReport';

const root = path.resolve(__dirname, '../../..');
const stories = [
  { name: 'bundled sample (model launch)', gold: 'test/fixtures/gold/muse-spark-launch.json' },
  { name: 'coastal earthquake', gold: 'test/fixtures/stories/coastal-quake/gold.json' },
  { name: 'quarterly results', gold: 'test/fixtures/stories/quarterly-results/gold.json' },
];

describe('stories scored against their gold annotation', () => {
  for (const story of stories) {
    describe(story.name, () => {
      const s = scoreGold(path.join(root, story.gold));
      const explain = () => s.misses.join('\n');
      it('finds the figures with their values and nothing where nothing belongs', () => {
        assert.ok(s.figureRecall >= 0.95, `figure recall ${s.figureRecall}\n${explain()}`);
        assert.ok(s.valueAccuracy >= 0.95, `value accuracy ${s.valueAccuracy}\n${explain()}`);
        assert.ok(s.figurePrecision >= 0.9, `figure precision ${s.figurePrecision}\n${explain()}`);
        assert.equal(s.nonFigureAvoidance, 1, explain());
      });
      it('finds the names', () => {
        assert.ok(s.entityRecall >= 0.9, `entity recall ${s.entityRecall}\n${explain()}`);
      });
      it('finds the conflicts a reader finds, and only those', () => {
        assert.ok(s.conflictRecall >= 0.8, `conflict recall ${s.conflictRecall}\n${explain()}`);
        assert.ok(s.conflictPrecision >= 0.8, `conflict precision ${s.conflictPrecision}\n${explain()}`);
      });
      it('links agreeing sources and never calls an agreement or a trap a conflict', () => {
        assert.ok(s.corroborationRecall >= 0.8, `corroboration recall ${s.corroborationRecall}\n${explain()}`);
        assert.equal(s.agreementNotSetAgainst, 1, explain());
        assert.ok(s.trapAvoidance >= 0.9, `trap avoidance ${s.trapAvoidance}\n${explain()}`);
      });
    });
  }
});
