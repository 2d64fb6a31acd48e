import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, fileOf, getApi, hoverMarkdown, offsetOf, positionOf, sampleUri, spendingLabel, waitFor } from './support';
import { parseOpenLinks } from '../../src/extension/views/text';
import type { TriangulateApi } from '../../src/extension/api';

describe('hover cards', () => {
  let api: TriangulateApi;
  const ledger = sampleUri('01-ledger-wire-launch.md');

  before(async () => {
    api = await getApi();
  });
  after(closeAllEditors);

  it('on a conflicting figure: value, kind, quantity, then the other sources, disagreements first', async () => {
    const md = await hoverMarkdown(ledger, await positionOf(api, ledger, '$115 billion'));
    assert.ok(md, 'no Triangulate hover on "$115 billion"');
    assert.match(md, /\*\*\$115 billion \\\(more than\\\)\*\* · money/, 'the normalised value and kind come first');
    assert.ok(md.includes(`Quantity: **${spendingLabel(api).replace(/[()]/g, '\\$&')}**`), md);
    assert.match(md, /\*\*In other sources\*\*/);
    // Model Drift says roughly $110 billion: a disagreement, with its sentence and the verdict's reason.
    const disagree = md.indexOf('**Disagree**');
    assert.ok(disagree > 0, 'no Disagree section');
    assert.match(md, /\*\*\$110 billion \\\(roughly\\\)\*\* — \[Model Drift \\- notes on AI releases\]\(command:triangulate\.openFigure\?/);
    assert.match(md, /“[^”]*spend roughly \*\*\$110 billion\*\* on AI infrastructure[^”]*”/, 'the other sentence, figure in bold');
    assert.match(md, /too far apart, even allowing for the qualifier/, 'the reason for the verdict');
    assert.match(md, /link confidence 0\.\d/, 'the link confidence when below 1');
    assert.doesNotMatch(md, /No other source gives this figure/);
  });

  it('lists the sources in the order of the analysis, disagreements before agreements, links opening each figure', async () => {
    const offset = offsetOf(api, ledger, 'April 8, 2026');
    const doc = await vscode.workspace.openTextDocument(ledger);
    const md = await hoverMarkdown(ledger, doc.positionAt(offset + 2));
    assert.ok(md);
    const related = api.corpus.related(api.corpus.figureAt(ledger.toString(), offset)!);
    assert.ok(related.some((r) => !r.verdict.agree) && related.some((r) => r.verdict.agree), 'the sample has both for the launch date');
    const links = parseOpenLinks(md);
    // One link per other source's figure, in the hover's order: disagreements, agreements, uncertain links.
    const expected = [...related.filter((r) => !r.uncertain && !r.verdict.agree), ...related.filter((r) => !r.uncertain && r.verdict.agree), ...related.filter((r) => r.uncertain)];
    assert.deepEqual(links.map((l) => `${fileOf(l.uri)}@${l.start}`), expected.map((r) => `${fileOf(r.ref.uri)}@${r.ref.figure.start}`));
    assert.equal(fileOf(links[0].uri), '04-pacific-tech-report.txt', 'Pacific Tech Report (April 9) is the disagreement');
    assert.ok(md.indexOf('**Disagree**') < md.indexOf('**Agree**'), 'Disagree comes before Agree');
    assert.ok(md.indexOf('2026\\-04\\-09') < md.indexOf('**Agree**'));

    // Each link opens that document with that figure selected.
    for (const link of links) {
      await vscode.commands.executeCommand('triangulate.openFigure', link.uri, link.start, link.end);
      const editor = await waitFor('the linked editor', () => vscode.window.activeTextEditor?.document.uri.toString() === link.uri && vscode.window.activeTextEditor);
      assert.equal(editor.document.offsetAt(editor.selection.start), link.start);
      assert.equal(editor.document.getText(editor.selection), api.corpus.text(link.uri)!.slice(link.start, link.end));
    }
    assert.equal(vscode.window.activeTextEditor!.document.getText(vscode.window.activeTextEditor!.selection).replace(/\s+/g, ' '), expected.at(-1)!.ref.figure.text.replace(/\s+/g, ' '));
  });

  it('says when no other source gives a figure', async () => {
    const a = api.corpus.get(ledger.toString())!;
    const index = a.figures.findIndex((f, i) => f.dateRole !== 'publication' && api.corpus.related({ uri: ledger.toString(), index: i }).length === 0);
    assert.ok(index >= 0, 'the sample has a figure only one source gives');
    const doc = await vscode.workspace.openTextDocument(ledger);
    const md = await hoverMarkdown(ledger, doc.positionAt(a.figures[index].start + 1));
    assert.ok(md);
    assert.match(md, /No other source gives this figure\./);
    assert.equal(parseOpenLinks(md).length, 0);
  });

  it('on an entity: its type, aliases and how many documents mention it', async () => {
    const md = await hoverMarkdown(ledger, await positionOf(api, ledger, 'Muse Spark public', 0, 2));
    assert.ok(md, 'no hover on "Muse Spark"');
    const entity = api.corpus.entities().find((e) => e.key === api.corpus.entityAt(ledger.toString(), offsetOf(api, ledger, 'Muse Spark public') + 2)!.entity.key)!;
    assert.match(md, new RegExp(`\\*\\*Muse Spark\\*\\* · ${entity.type}`));
    assert.match(md, new RegExp(`Mentioned in \\*\\*${entity.docs.length}\\*\\* of 6 documents`));
    assert.equal(entity.docs.length, 6, 'every sample article names Muse Spark');
    assert.equal(parseOpenLinks(md).length, 5, 'a link to each other document');
  });

  it('on a claim: the claims about the same names and figures in other sources', async () => {
    // "cannot download" sits in the first claim, away from any figure or name.
    const md = await hoverMarkdown(ledger, await positionOf(api, ledger, 'cannot download', 0, 3));
    assert.ok(md, 'no hover on the claim');
    assert.match(md, /\*\*Claim\*\* · check-worthiness/);
    assert.match(md, /\*\*In other sources\*\*/);
    const links = parseOpenLinks(md);
    assert.ok(links.length > 0, 'the launch claim has counterparts in other sources');
    assert.ok(links.every((l) => l.uri !== ledger.toString()), 'only other documents');
    assert.match(md, /same figure: Muse Spark · launch date/, 'a claim stating the same launch date is matched by its figure');
  });
});
