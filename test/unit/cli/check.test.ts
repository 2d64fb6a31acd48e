// The command line: options, the report it writes, and bad input (missing folder, binary, oversized,
// invalid UTF-8, empty files).

import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { run, parseArgs } from '../../../src/cli/main';
import { ReportSchema } from '../../../src/core/report/json';

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

describe('triangulate check', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'triangulate-cli-'));
    writeFileSync(path.join(dir, 'a.md'), '# Launch\n\nApril 10, 2026\n\nAcme launched the Rocket phone on April 8.\n');
    mkdirSync(path.join(dir, 'more'));
    writeFileSync(path.join(dir, 'more', 'b.txt'), 'April 11, 2026\n\nAcme launched the Rocket phone on April 9.\n');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a JSON report with relative paths, UTF-16 offsets and the conflict', async () => {
    const { code, out } = await cli(['check', dir, '--format', 'json']);
    assert.equal(code, 0);
    const report = ReportSchema.parse(JSON.parse(out));
    assert.deepEqual(report.documents.map((d) => d.path), ['a.md', 'more/b.txt']);
    const f = report.figures.find((x) => x.text === 'April 8')!;
    const text = readFileSync(path.join(dir, 'a.md'), 'utf8');
    assert.equal(text.slice(f.start, f.end), 'April 8');
    assert.equal(f.value, '2026-04-08');
    assert.equal(report.conflicts.length, 1);
    assert.equal(report.conflicts[0].label, 'Rocket · launch date');
  });

  it('writes Markdown that opens with the conflicts, and CSV', async () => {
    const md = await cli(['check', dir]);
    assert.equal(md.code, 0);
    assert.match(md.out, /## Conflicts\n\n### 1\. Rocket · launch date/);
    assert.ok(md.out.indexOf('## Conflicts') < md.out.indexOf('## Documents'));
    const csv = await cli(['check', dir, '--format=csv']);
    assert.match(csv.out.split('\r\n')[0], /^id,doc,start,end,text,kind,value/);
  });

  it('writes to --out and says so on stderr', async () => {
    const out = path.join(dir, 'report.json');
    const r = await cli(['check', dir, '--format', 'json', '--out', out]);
    assert.equal(r.code, 0);
    assert.equal(r.out, '');
    assert.match(r.err, /wrote .*report\.json \(2 documents, 1 conflicts\)/);
    assert.equal(JSON.parse(readFileSync(out, 'utf8')).documents.length, 2);
  });

  it('skips binary and oversized files with a reason, reads invalid UTF-8 with a note, accepts empty files', async () => {
    writeFileSync(path.join(dir, 'image.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
    writeFileSync(path.join(dir, 'big.txt'), 'x'.repeat(3000));
    writeFileSync(path.join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 prices rose 5% in 2025.', 'latin1'));
    writeFileSync(path.join(dir, 'empty.md'), '');
    const { code, out, err } = await cli(['check', dir, '--format', 'json', '--max-size', '2KB']);
    assert.equal(code, 0);
    const report = ReportSchema.parse(JSON.parse(out));
    assert.deepEqual(report.skipped.map((s) => s.path).sort(), ['big.txt', 'image.md']);
    assert.match(report.skipped.find((s) => s.path === 'image.md')!.reason, /binary/);
    assert.match(report.skipped.find((s) => s.path === 'big.txt')!.reason, /larger than the 2 KB limit/);
    assert.match(err, /skipped image\.md: binary/);
    const latin = report.documents.find((d) => d.path === 'latin1.txt')!;
    assert.match(latin.notes.join(' '), /invalid UTF-8: 1 byte sequence replaced/);
    assert.ok(report.documents.some((d) => d.path === 'empty.md' && d.figures === 0));
  });

  it('fails clearly on a missing folder, a file instead of a folder, and bad options', async () => {
    const missing = await cli(['check', path.join(dir, 'nope')]);
    assert.equal(missing.code, 1);
    assert.match(missing.err, /cannot read folder .*nope: it does not exist/);
    const file = await cli(['check', path.join(dir, 'a.md')]);
    assert.equal(file.code, 1);
    assert.match(file.err, /is not a folder/);
    const format = await cli(['check', dir, '--format', 'xml']);
    assert.equal(format.code, 2);
    assert.match(format.err, /--format must be json, md or csv/);
    assert.equal((await cli(['chek', dir])).code, 2);
    assert.equal((await cli(['check', dir, '--frobnicate', '1'])).code, 2);
  });

  it('reads a glossary and rejects an invalid one', async () => {
    writeFileSync(path.join(dir, 'a.md'), 'Zyx launched the Rocket phone on April 8, 2026, said zyx.\n');
    mkdirSync(path.join(dir, '.triangulate'));
    writeFileSync(path.join(dir, '.triangulate', 'glossary.json'), JSON.stringify({ entries: [{ name: 'Zyx Corp', type: 'organization', aliases: ['Zyx'] }] }));
    const ok = await cli(['check', dir, '--format', 'json']);
    const report = ReportSchema.parse(JSON.parse(ok.out));
    assert.ok(report.entities.some((e) => e.name === 'Zyx Corp' && e.type === 'organization'));
    writeFileSync(path.join(dir, '.triangulate', 'glossary.json'), '{"entries": [{"type": "org"}]}');
    const bad = await cli(['check', dir]);
    assert.equal(bad.code, 1);
    assert.match(bad.err, /glossary .*entries\.0\.name/);
  });

  it('parses options', () => {
    assert.deepEqual(parseArgs(['check', 'x', '--max-size', '1MB', '--date', '2026-01-02']), { folder: 'x', format: 'md', maxSize: 1048576, date: '2026-01-02' });
    assert.equal(parseArgs(['--help']), 'help');
  });
});
