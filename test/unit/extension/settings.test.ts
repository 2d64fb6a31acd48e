import * as assert from 'node:assert/strict';
import { parseSettings, maxBytes, DEFAULT_EXCLUDE, type SettingKey } from '../../../src/extension/settings';

const read = (values: Partial<Record<SettingKey, unknown>>) => (key: SettingKey) => values[key];

describe('extension settings', () => {
  it('uses the defaults when nothing is set', () => {
    const { settings, problems } = parseSettings(read({}));
    assert.deepEqual(problems, []);
    assert.deepEqual(settings, {
      include: '**/*.{md,txt}', exclude: DEFAULT_EXCLUDE, maxFileSize: 5, diagnosticsSeverity: 'warning',
      highlights: { figures: true, entities: true, claims: true }, glossaryFile: '.triangulate/glossary.json', referenceDate: undefined,
    });
    assert.equal(maxBytes(settings), 5 * 1024 * 1024);
  });

  it('accepts valid values', () => {
    const { settings, problems } = parseSettings(read({ include: '**/*.md', exclude: ['drafts/**'], maxFileSize: 0.5, 'diagnostics.severity': 'off', 'highlights.claims': false, referenceDate: '2026-04-10' }));
    assert.deepEqual(problems, []);
    assert.equal(settings.include, '**/*.md');
    assert.deepEqual(settings.exclude, ['drafts/**']);
    assert.equal(settings.maxFileSize, 0.5);
    assert.equal(settings.diagnosticsSeverity, 'off');
    assert.deepEqual(settings.highlights, { figures: true, entities: true, claims: false });
    assert.equal(settings.referenceDate, '2026-04-10');
  });

  const invalid: [SettingKey, unknown, RegExp][] = [
    ['maxFileSize', 'huge', /"triangulate\.maxFileSize" must be a number of megabytes between 0 and 1024, but it is "huge"\. Using the default, 5\./],
    ['maxFileSize', -1, /but it is -1\. Using the default, 5\./],
    ['diagnostics.severity', 'loud', /"triangulate\.diagnostics\.severity" must be one of "error", "warning", "information", "hint", "off"/],
    ['include', '', /"triangulate\.include" must be a glob pattern.*but it is empty/],
    ['exclude', ['ok/**', 3], /"triangulate\.exclude" must be a list of glob patterns \(item 1\)/],
    ['highlights.figures', 'yes', /"triangulate\.highlights\.figures" must be true or false/],
    ['referenceDate', '2026-02-30', /"triangulate\.referenceDate" must be a date written YYYY-MM-DD/],
    ['referenceDate', 'April 10', /"triangulate\.referenceDate"/],
  ];
  for (const [key, value, message] of invalid) {
    it(`reports ${key} = ${JSON.stringify(value)} once, naming the setting, and uses the default`, () => {
      const { settings, problems } = parseSettings(read({ [key]: value }));
      assert.equal(problems.length, 1);
      assert.equal(problems[0].setting, `triangulate.${key}`);
      assert.match(problems[0].message, message);
      assert.deepEqual(settings, parseSettings(read({})).settings, 'every value is the default');
    });
  }

  it('keeps the valid settings when another one is invalid', () => {
    const { settings, problems } = parseSettings(read({ maxFileSize: 'x', include: '**/*.txt' }));
    assert.equal(problems.length, 1);
    assert.equal(settings.include, '**/*.txt');
  });

  it('treats an empty reference date as unset', () => {
    assert.equal(parseSettings(read({ referenceDate: '' })).settings.referenceDate, undefined);
    assert.equal(parseSettings(read({ referenceDate: null })).settings.referenceDate, undefined);
  });
});
