import { expect } from '@open-wc/testing';
import { parsePolicy } from '../../src/core/policy/parse-policy.js';
import { missingWords, outline, visibleSyntax } from '../support/policy-helpers.js';

interface Expectation {
  lang: string;
  habits: string[];
  title: string | null;
  dates: { label: string; date: string }[];
  headings: { number: string | null; title: string; level: number }[];
  lists: { section: string | null; ordered: boolean; items: number; depth?: number }[];
  links: string[];
}

// test/fixtures/policies: policies of small fictional organisations in the eight languages,
// each with what a careful human reader sees in it (see the README there).
const corpus: { name: string; text: string; expect: Expectation }[] = await (await fetch('/test-api/policy-corpus')).json();

describe('parsePolicy: the corpus of policies in other habits and languages', () => {
  it('has at least 30 policies, three or more in each of the seven other languages', () => {
    expect(corpus.length).to.be.at.least(30);
    for (const lang of ['de', 'fr', 'es', 'it', 'nl', 'pt', 'pl']) expect(corpus.filter((c) => c.expect.lang === lang).length, lang).to.be.at.least(3);
  });

  for (const { name, text, expect: want } of corpus) {
    describe(name, () => {
      const doc = parsePolicy(text);
      const seen = outline(doc);

      it('title and dates', () => {
        expect(doc.title, 'title').to.equal(want.title);
        expect(doc.dates.map((d) => ({ label: d.label, date: d.date }))).to.deep.equal(want.dates);
      });
      it(`headings (${want.habits.join('; ')})`, () => {
        expect(seen.headings).to.deep.equal(want.headings);
      });
      it('lists with their item counts', () => {
        expect(seen.lists).to.deep.equal(want.lists.map((l) => ({ ...l, depth: l.depth ?? 1 })));
      });
      it('links', () => {
        expect(seen.links).to.deep.equal(want.links);
      });
      it('keeps every word and shows no markup', () => {
        expect(missingWords(text, doc)).to.deep.equal([]);
        expect(visibleSyntax(doc)).to.deep.equal([]);
      });
    });
  }
});
