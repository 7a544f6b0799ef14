import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parsePolicy } from '../../src/core/policy/parse-policy.js';
import { missingWords, outline, visibleSyntax } from '../support/policy-helpers.js';

// Generated policies: each document picks a language, a heading scheme, list markers, line
// ends, wrapping and blank-line habits; the parser must find its headings and lists again,
// lose no word and show no markup. Runs are seeded, so a failure replays.

const WORDS: Record<string, string[]> = {
  en: 'data we your the of and to process store share account service provider cookies request time law contract purpose retention'.split(' '),
  de: 'daten wir ihre der die und zu verarbeiten speichern konto dienst anbieter cookies anfrage zeit gesetz vertrag zweck Daten Vertrag Kunden'.split(' '),
  fr: 'données nous vos les de et pour traiter conserver compte service prestataire cookies demande durée loi contrat finalité'.split(' '),
  es: 'datos nosotros sus los de y para tratar conservar cuenta servicio proveedor cookies solicitud plazo ley contrato finalidad'.split(' '),
  it: 'dati noi tuoi i di e per trattare conservare account servizio fornitore cookie richiesta tempo legge contratto finalità o a'.split(' '),
  nl: 'gegevens wij uw de van en voor verwerken bewaren account dienst leverancier cookies verzoek termijn wet overeenkomst doel'.split(' '),
  pt: 'dados nós seus os de e para tratar conservar conta serviço fornecedor cookies pedido prazo lei contrato finalidade o a'.split(' '),
  pl: 'dane my twoje i w z na przetwarzać przechowywać konto usługa dostawca pliki żądanie okres prawo umowa cel o'.split(' '),
};
const TITLES: Record<string, string> = {
  en: 'Privacy Policy',
  de: 'Datenschutzerklärung',
  fr: 'Politique de confidentialité',
  es: 'Política de privacidad',
  it: 'Informativa sulla privacy',
  nl: 'Privacyverklaring',
  pt: 'Política de Privacidade',
  pl: 'Polityka prywatności',
};
const DATES: Record<string, [string, string]> = {
  en: ['Last updated:', '1 February 2026'],
  de: ['Stand:', '1. Februar 2026'],
  fr: ['Dernière mise à jour\u00a0:', '1er février 2026'],
  es: ['Última actualización:', '1 de febrero de 2026'],
  it: ['Ultimo aggiornamento:', '1 febbraio 2026'],
  nl: ['Laatst bijgewerkt:', '1 februari 2026'],
  pt: ['Última atualização:', '1 de fevereiro de 2026'],
  pl: ['Ostatnia aktualizacja:', '1 lutego 2026'],
};
const SCHEMES = ['num', 'numTab', 'dotZero', 'roman', 'romanDash', 'word', 'paragraph', 'caps', 'atx', 'setext'] as const;
const LISTS = ['-', '•', '*', '–', '▪', '(a)', 'a)', '1)', '(i)', '1.'] as const;
const WORD_LABELS = ['Section', 'Article', 'Art.', '§', 'Artikel', 'Artículo', 'Rozdział', 'Chapter'];

const roman = (n: number) => ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'][n - 1];
const listMarker = (kind: string, k: number) =>
  kind === '(a)'
    ? `(${String.fromCharCode(97 + k)})`
    : kind === 'a)'
      ? `${String.fromCharCode(97 + k)})`
      : kind === '1)'
        ? `${k + 1})`
        : kind === '(i)'
          ? `(${roman(k + 1)!.toLowerCase()})`
          : kind === '1.'
            ? `${k + 1}.`
            : kind;

/** Nouns that end a heading's title. */
const NOUNS: Record<string, string[]> = {
  en: ['Retention', 'Cookies', 'Rights', 'Recipients', 'Security'],
  de: ['Speicherdauer', 'Cookies', 'Rechte', 'Empfänger', 'Sicherheit'],
  fr: ['conservation', 'cookies', 'droits', 'destinataires', 'sécurité'],
  es: ['conservación', 'cookies', 'derechos', 'destinatarios', 'seguridad'],
  it: ['conservazione', 'cookie', 'diritti', 'destinatari', 'sicurezza'],
  nl: ['bewaartermijn', 'cookies', 'rechten', 'ontvangers', 'beveiliging'],
  pt: ['conservação', 'cookies', 'direitos', 'destinatários', 'segurança'],
  pl: ['przechowywanie', 'cookies', 'prawa', 'odbiorcy', 'bezpieczeństwo'],
};

const PRONOUNS = new Set('we your wir ihre nous vos nosotros sus noi tuoi wij uw nós seus my twoje'.split(' '));

const words = (lang: string, min: number, max: number) => fc.array(fc.constantFrom(...WORDS[lang]), { minLength: min, maxLength: max });
const capital = (w: string) => w[0].toUpperCase() + w.slice(1);
const sentence = (ws: string[]) => `${capital(ws.join(' '))}.`;

const block = (lang: string) =>
  fc.oneof(
    fc.record({ type: fc.constant('p' as const), sentences: fc.array(words(lang, 4, 14), { minLength: 1, maxLength: 4 }) }),
    fc.record({
      type: fc.constant('list' as const),
      kind: fc.constantFrom(...LISTS),
      // Items end with a noun, as list items do.
      items: fc.array(
        fc.tuple(words(lang, 1, 9), fc.constantFrom(...NOUNS[lang])).map(([ws, noun]) => [...ws, noun.toLowerCase()]),
        { minLength: 2, maxLength: 6 },
      ),
      nested: fc.option(fc.array(words(lang, 1, 6), { minLength: 2, maxLength: 4 }), { nil: null }),
    }),
  );

const policy = fc.constantFrom(...Object.keys(WORDS)).chain((lang) =>
  fc.record({
    lang: fc.constant(lang),
    title: fc.boolean(),
    date: fc.boolean(),
    scheme: fc.constantFrom(...SCHEMES),
    word: fc.constantFrom(...WORD_LABELS),
    eol: fc.constantFrom('\n', '\r\n', '\r'),
    blank: fc.boolean(),
    width: fc.constantFrom(0, 60, 72),
    // A heading names a thing: a noun, maybe after a few words that are not a pronoun.
    sections: fc.array(
      fc.record({
        title: fc
          .tuple(fc.array(fc.constantFrom(...WORDS[lang].filter((w) => !PRONOUNS.has(w) && w.length >= 5)), { maxLength: 3 }), fc.constantFrom(...NOUNS[lang]))
          .map(([ws, noun]) => [...ws, noun]),
        blocks: fc.array(block(lang), { minLength: 1, maxLength: 3 }),
      }),
      { minLength: 2, maxLength: 7 },
    ),
  }),
);

type Policy = typeof policy extends fc.Arbitrary<infer T> ? T : never;

/** Wraps a paragraph at `width` columns (0: one line). */
function wrap(text: string, width: number): string[] {
  if (!width) return [text];
  const lines: string[] = [];
  let line = '';
  for (const w of text.split(' ')) {
    if (line && line.length + 1 + w.length > width) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  return [...lines, line];
}

/** The text, and what a reader must find in it. */
function render(p: Policy) {
  const out: string[] = [];
  const heads: { number: string | null; title: string }[] = [];
  const lists: number[] = [];
  const gap = () => p.blank && out.push('');
  if (p.title) {
    out.push(TITLES[p.lang]);
    if (p.scheme === 'setext') out.push('='.repeat(TITLES[p.lang].length));
  }
  if (p.date) out.push(DATES[p.lang].join(' '));
  gap();
  p.sections.forEach((s, k) => {
    const n = k + 1;
    const title = capital(s.title.join(' '));
    const caps = title.toUpperCase();
    const [line, number, shown] =
      p.scheme === 'num'
        ? [`${n}. ${title}`, String(n), title]
        : p.scheme === 'numTab'
          ? [`${n}\t${title}`, String(n), title]
          : p.scheme === 'dotZero'
            ? [`${n}.0   ${title}`, `${n}.0`, title]
            : p.scheme === 'roman'
              ? [`${roman(n)}. ${title}`, roman(n), title]
              : p.scheme === 'romanDash'
                ? [`${roman(n)} - ${title}`, roman(n), title]
                : p.scheme === 'word'
                  ? [`${p.word} ${n} – ${title}`, `${p.word} ${n}`, title]
                  : p.scheme === 'caps'
                    ? [caps, null, caps]
                    : p.scheme === 'atx'
                      ? [`## ${title}`, null, title]
                      : p.scheme === 'setext'
                        ? [`${title}\n${'-'.repeat(title.length)}`, null, title]
                        : [`${title}:`, null, title];
    if (k || !p.blank) gap();
    out.push(line);
    heads.push({ number, title: shown });
    if (p.scheme === 'atx' || p.scheme === 'setext') out.push('');
    s.blocks.forEach((b, j) => {
      if (j) gap();
      if (b.type === 'p') {
        // A paragraph under a colon heading opens with a long line, as such policies do.
        out.push(...wrap(b.sentences.map(sentence).join(' ') + (p.scheme === 'paragraph' && j === 0 ? ' Wir verarbeiten Daten nur, wenn es nötig ist.' : ''), p.width));
        if (p.scheme === 'atx' || p.scheme === 'setext') out.push('');
        return;
      }
      // A list follows a lead-in line, as lists in policies do.
      out.push(`${sentence(['we', 'list', 'them', 'here']).slice(0, -1)}:`);
      b.items.forEach((item, i) => {
        out.push(`${listMarker(b.kind, i)} ${capital(item.join(' '))}${b.nested && i === 0 ? ':' : ''}`);
        if (b.nested && i === 0) b.nested.forEach((sub) => out.push(`    ${b.kind === '–' ? '-' : '–'} ${sub.join(' ')}`));
      });
      lists.push(b.items.length);
      if (b.nested) lists.push(b.nested.length);
      if (p.scheme === 'atx' || p.scheme === 'setext') out.push('');
    });
  });
  return { text: out.join('\n').replace(/\n/g, p.eol), heads, lists };
}

describe('parsePolicy: 2,300 generated policies', () => {
  it('keeps every word, shows no markup, finds title and dates and never throws', () => {
    fc.assert(
      fc.property(policy, (p) => {
        const { text } = render(p);
        const doc = parsePolicy(text);
        expect(JSON.parse(JSON.stringify(doc))).to.deep.equal(doc);
        expect(missingWords(text, doc), 'missing words').to.deep.equal([]);
        expect(visibleSyntax(doc), 'visible syntax').to.deep.equal([]);
        expect(doc.title, 'title').to.equal(p.title ? TITLES[p.lang] : null);
        if (p.date) expect(doc.dates.map((d) => d.date)).to.deep.equal(['2026-02-01']);
      }),
      { numRuns: 1200, seed: 20261130 },
    );
  });

  it('finds the headings and lists again on documents with blank lines between blocks', () => {
    fc.assert(
      fc.property(policy, (p) => {
        const { text, heads, lists } = render({ ...p, blank: true });
        const seen = outline(parsePolicy(text));
        expect(
          seen.headings.map((h) => ({ number: h.number, title: h.title })),
          'headings',
        ).to.deep.equal(heads);
        expect(
          seen.lists.map((l) => l.items),
          'list item counts',
        ).to.deep.equal(lists);
      }),
      { numRuns: 300, seed: 20261201 },
    );
  });

  it('finds the headings and lists again without blank lines, where a reader can tell them apart', () => {
    // Without blank lines, `1.` items right under a `5.` heading and a `6.` heading after them
    // read either way even to a person; those documents use another list marker here.
    const distinct = (p: Policy): Policy => ({
      ...p,
      blank: false,
      sections: p.sections.map((s) => ({
        ...s,
        blocks: s.blocks.map((b) => (b.type === 'list' && b.kind === '1.' && (p.scheme === 'num' || p.scheme === 'dotZero') ? { ...b, kind: '-' as const } : b)),
      })),
    });
    fc.assert(
      fc.property(policy.map(distinct), (p) => {
        const { text, heads, lists } = render(p);
        const seen = outline(parsePolicy(text));
        expect(
          seen.headings.map((h) => ({ number: h.number, title: h.title })),
          'headings',
        ).to.deep.equal(heads);
        expect(
          seen.lists.map((l) => l.items),
          'list item counts',
        ).to.deep.equal(lists);
      }),
      { numRuns: 500, seed: 20261202 },
    );
  });

  it('never throws and keeps every word of arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.string({ maxLength: 200 }), (a, b) => {
        const text = `${a}\n${b}\n- ${a}\n1. ${b}\n§ 4 ${a}`;
        const doc = parsePolicy(text);
        expect(missingWords(text, doc)).to.deep.equal([]);
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
