import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { AlignedGroup, AnalyzedDocument } from '../../src/analysis.js';
import { tokenize } from '../../src/text/tokenize.js';
import { negationDetector } from '../../src/detect/negation.js';
import type { Finding } from '../../src/detect/detector.js';
import { peaceTalk } from '../fixtures.js';
import { analyzedDocument } from './documents.js';
import { validateOptions } from '../../src/validate.js';

/** A bundled report by its file name (the first three characters are its id). */
const example = (name: string): string => peaceTalk(name.slice(0, 3));
const texts: Record<string, string> = {
  '000': example('000_3e5736599ecf1829'),
  '001': example('001_ac05ff67ba5d1a5b'),
  '002': example('002_55bbaaab72ef30d4'),
  '003': example('003_d7746ce21e992e0e'),
  '004': example('004_c03d9d5b242cb57b'),
};

/** A document whose only analyzed sentence is `sentence`, cut by hand out of `text` (the detector reads tokens only). */
function docWith(id: string, text: string, sentence: string): AnalyzedDocument {
  const start = text.indexOf(sentence);
  if (start < 0) throw new Error(`"${sentence}" is not in ${id}`);
  const end = start + sentence.length;
  const tokens = tokenize(text, start, end);
  return analyzedDocument(id, text, [{ index: 0, start, end, text: sentence, paragraph: 0, role: 'text', tokens, quantities: [], names: [], dates: [] }]);
}

const real = (id: string, sentence: string): AnalyzedDocument => docWith(id, texts[id]!, sentence);
const made = (id: string, sentence: string): AnalyzedDocument => docWith(id, `Intro line.\n\n${sentence}\n`, sentence);

function align(...docs: AnalyzedDocument[]): AlignedGroup {
  return { id: 'a1', score: 0.6, members: docs.map((doc) => ({ doc, sentence: doc.sentences[0]! })) };
}

const detect = (...docs: AnalyzedDocument[]): Finding[] =>
  negationDetector.detect({ documents: docs, alignments: [align(...docs)], options: validateOptions({}), similarity: () => 0 });

const shape = (findings: Finding[]) => findings.map((f) => f.variants.map((v) => [v.value, v.text, v.spans.map((s) => s.docId).join(',')]));

function spansSliceBack(findings: Finding[], docs: AnalyzedDocument[]): void {
  for (const f of findings) {
    for (const v of f.variants) {
      for (const s of v.spans) {
        const doc = docs.find((d) => d.id === s.docId)!;
        expect(s.start).toBeGreaterThanOrEqual(doc.sentences[0]!.start);
        expect(s.end).toBeLessThanOrEqual(doc.sentences[0]!.end);
      }
      const first = v.spans[0]!;
      expect(docs.find((d) => d.id === first.docId)!.text.slice(first.start, first.end)).toBe(v.text);
    }
  }
}

describe('negationDetector on the peace-talks reports', () => {
  const claim000 = real('000', 'On the ground, Russian forces continue to advance, and the Kremlin announced the capture of the strategic city of Bakhrovsk in the Donetsk region of eastern Ukraine, although Zelensky stated that fighting is still ongoing in Bakhrovsk.');
  const claim001 = real('001', 'As diplomatic efforts intensify, Russian officials claim to have captured strategic eastern towns of Pokrovsk (Krasnoarmeysk) and Vovshansk—assertions contradicted by Ukrainian authorities and open-source intelligence monitoring the conflict.');
  const claim002 = real('002', 'Moscow attributed its hardened stance to recent military advances, including the claimed capture of the strategic Donetsk stronghold of Pokrovsk, where urban fighting persists according to Ukrainian sources.');
  const claim003 = real('003', 'Russian officials asserted that their forces had captured the strategically significant town of Pokrovsk in eastern Ukraine as well as Vovchansk in the northeast.');
  const denial003 = real('003', 'Ukraine strongly denied that either location had fallen, and several open-source intelligence groups tracking frontline developments said available evidence did not confirm Russian control over either city.');
  const claim004 = real('004', 'The discussions follow claims by Russian officials on Tuesday that they had captured the strategic eastern Ukrainian town of Pokrovsk-known in Russian as Krasnoarmeysk-and the northeastern border town of Vovchansk.');
  const denial004 = real('004', 'Ukrainian authorities have not confirmed these claims, and independent open-source intelligence monitors indicate neither location has fully fallen to Russian forces.');

  it('a claimed capture and a denial of it are the same story in every report: no finding', () => {
    // However the alignment stage groups these sentences, no pair tells of a capture as fact against a denial.
    const all = [claim000, claim001, claim002, claim003, denial003, claim004, denial004];
    for (let i = 0; i < all.length; i++) {
      for (let j = 0; j < all.length; j++) {
        if (all[i]!.id !== all[j]!.id) expect(detect(all[i]!, all[j]!)).toEqual([]);
      }
    }
  });

  it('"have not confirmed" (004) against a report saying Ukraine confirmed the capture', () => {
    const confirmed = made('x', 'Ukrainian authorities have confirmed these claims, and independent monitors agree.');
    const findings = detect(denial004, confirmed);
    expect(shape(findings)).toEqual([[['affirms', 'have confirmed', 'x'], ['negates', 'have not confirmed', '004']]]);
    expect(findings[0]).toMatchObject({ kind: 'negation', severity: 'high', alignment: 'a1' });
    spansSliceBack(findings, [denial004, confirmed]);
  });

  it('a capture stated as fact against "denied that either location had fallen" (003) and "neither location has fully fallen" (004)', () => {
    const fact = made('x', 'Russian forces captured Pokrovsk and Vovchansk on Tuesday, taking both locations.');
    const findings = detect(denial003, denial004, fact);
    expect(shape(findings)).toEqual([
      [
        // "captured" and "taking": one report, two words of the same event.
        ['affirms', 'captured', 'x,x'],
        ['negates', 'denied that either location had fallen', '003,004'],
      ],
    ]);
    expect(findings[0]!.variants[1]!.spans.map((s) => [s.docId, texts[s.docId]!.slice(s.start, s.end)])).toEqual([
      ['003', 'denied that either location had fallen'],
      ['004', 'neither location has fully fallen'],
    ]);
  });
});

describe('negationDetector, targeted cases', () => {
  it('finds the common negations of a shared verb', () => {
    const cases: [string, string, string][] = [
      ['The president will attend the summit in Brussels.', 'The president will not attend the summit in Brussels.', 'will not attend'],
      ['The senator voted for the bill on Friday.', "The senator didn't vote for the bill on Friday.", "didn't vote"],
      ['Kyiv received the promised weapons last month.', 'Kyiv never received the promised weapons last month.', 'never received'],
      ['The company supports the merger plan.', 'The company no longer supports the merger plan.', 'no longer supports'],
      ['Officials confirmed the death toll of the attack.', 'Officials could not verify the death toll of the attack.', 'could not verify'],
      ['The army seized the bridge near the town.', 'The army rejected reports that it had taken the bridge near the town.', 'rejected reports that it had taken'],
      ['The inquiry uncovered evidence of fraud in the accounts.', 'The inquiry uncovered no evidence of fraud in the accounts.', 'uncovered no'],
      // Neither sentence holds a negator: the negation is the object's alone.
      ['The search uncovered weapons in the house.', 'The search uncovered nothing in the house.', 'uncovered nothing'],
      ['The rebels captured the airport on Monday.', 'The government denied the capture of the airport on Monday.', 'denied the capture'],
    ];
    for (const [yes, no, phrase] of cases) {
      const findings = detect(made('a', yes), made('b', no));
      expect(findings, no).toHaveLength(1);
      expect(findings[0]!.variants[1]!.text).toBe(phrase);
      expect(findings[0]!.variants[0]!.value).toBe('affirms');
    }
  });

  it('leaves alone what is not a negation of the shared predicate', () => {
    const pairs: [string, string][] = [
      ['The army captured the bridge near the town.', 'The army not only captured the bridge but also the town.'],
      ['Officials confirmed the talks in Geneva.', 'There is no doubt officials confirmed the talks in Geneva.'],
      ['The minister signed the agreement in Paris.', 'The minister did not attend the dinner but signed the agreement in Paris.'],
      ['The senator voted for the bill.', 'The senator voted for the bill, and the governor did not sign it.'],
      ['Rebels claimed they had captured the airport.', 'The government denied that the airport had fallen.'],
      ['The ministry denied that the airport had fallen.', 'Officials denied that the airport had fallen to rebels.'],
      ['The president said: "We will attend the summit."', 'The president said: "We will not attend the summit."'],
      ['The vice president would be expected to attend the speech.', 'The vice president will not attend the speech.'],
      ['Clinton referred to the shooting as an act of terror.', 'Clinton did not reference radical Islam.'],
      ['McCain defended Lieberman in the debate.', 'Not a one defended Lieberman in the debate.'],
      ['Many speculated that the White House offered Sestak a job.', 'The White House never offered Sestak a job.'],
      ['Comey recommended no charges be filed against her.', 'Comey called her careless without recommending criminal charges.'],
      ['Steele announces whether he will step down or seek a second term.', 'Steele is expected to announce that he will not seek a second term.'],
    ];
    for (const [a, b] of pairs) expect(detect(made('a', a), made('b', b)), b).toEqual([]);
  });

  it('a report that says both is on no side', () => {
    const both = made('a', 'The army captured the bridge, though the town has not fallen.');
    expect(detect(both, made('b', 'The town has not fallen to the army.'))).toEqual([]);
  });

  it('ignores sentences of the same document', () => {
    const a = made('a', 'The president will attend the summit.');
    const b = made('a', 'The president will not attend the summit.');
    expect(negationDetector.detect({ documents: [a], alignments: [align(a, b)], options: validateOptions({}), similarity: () => 0 })).toEqual([]);
  });

  it('is deterministic and independent of member order', () => {
    const a = made('a', 'The president will attend the summit.');
    const b = made('b', 'The president will not attend the summit.');
    expect(JSON.stringify(detect(a, b))).toBe(JSON.stringify(detect(a, b)));
    expect(shape(detect(b, a))).toEqual(shape(detect(a, b)));
  });
});

describe('negationDetector properties', () => {
  const piece = fc.constantFrom('not', "didn't", 'never', 'denied that', 'captured', 'fallen', 'had', 'the', 'town', 'confirmed', 'will', 'attend', ',', '"', 'claimed');
  const sentence = fc
    .tuple(fc.string({ unit: 'grapheme', maxLength: 5 }), fc.array(fc.oneof(piece, fc.string({ unit: 'grapheme', maxLength: 5 })), { maxLength: 10 }))
    .map(([lead, parts]) => `${lead} ${parts.join(' ')}`);

  it('every variant slices back to its text, and affirming and negating reports never coincide', () => {
    fc.assert(
      fc.property(sentence, sentence, (a, b) => {
        const docs = [made('a', a), made('b', b)];
        const findings = detect(...docs);
        spansSliceBack(findings, docs);
        for (const f of findings) {
          const [yes, no] = f.variants;
          const yesDocs = new Set(yes!.spans.map((s) => s.docId));
          expect(no!.spans.some((s) => yesDocs.has(s.docId))).toBe(false);
        }
      }),
    );
  });
});
