import { expect } from '@open-wc/testing';
import { parsePolicy } from '../../src/core/policy/parse-policy.js';
import { inlineText, parseInline } from '../../src/core/policy/inline.js';
import { safeHref } from '../../src/core/policy/safe-href.js';
import { toIsoDate } from '../../src/core/policy/dates.js';
import type { Block, PolicyDocument, Section } from '../../src/core/policy/policy-types.js';
import { allSections, byTitle, headings, itemCounts, links, lists, missingWords, paragraphs, section, visibleSyntax } from '../support/policy-helpers.js';

const sample = async (name: string) => parsePolicy(await (await fetch(`/shared-policies/${name}.txt`)).text());

function noDashParagraphs(doc: PolicyDocument) {
  for (const p of paragraphs(doc)) {
    expect(p.trim(), p).not.to.equal('-');
    expect(p.startsWith('- '), p).to.equal(false);
    expect(/^[•*]\s/.test(p), p).to.equal(false);
  }
}

describe('parsePolicy: the five sample policies', () => {
  it('cloudios: title, ISO dates, numbered sections and subsections, colon-nested lists, code and e-mails', async () => {
    const text = await (await fetch('/shared-policies/cloudios.txt')).text();
    const doc = parsePolicy(text);
    expect(doc.title).to.equal('Privacy Policy — Cloudios');
    expect(doc.dates).to.deep.equal([
      { label: 'Last updated', date: '2026-05-24', text: '2026-05-24' },
      { label: 'Effective date', date: '2026-06-01', text: '2026-06-01' },
    ]);
    expect(headings(doc.sections)).to.deep.equal([
      ['1', 'Information We Collect'],
      ['2', 'How We Use Information'],
      ['3', 'Sharing of Information'],
      ['4', 'Data Retention'],
      ['5', 'Security'],
      ['6', 'Your Rights (GDPR / CCPA)'],
      ['7', 'International Transfers'],
      ['8', "Children's Privacy"],
      ['9', 'Changes to This Policy'],
      ['10', 'Contact'],
    ]);
    expect(headings(section(doc, '1').children)).to.deep.equal([
      ['1.1', 'Account Information'],
      ['1.2', 'Cloud Account Metadata'],
      ['1.3', 'Usage Data'],
      ['1.4', 'Cookies'],
    ]);
    expect(section(doc, '1.1').slug).to.equal('1-1-account-information');
    expect(itemCounts(section(doc, '1.1').blocks)).to.deep.equal([3]);
    expect(itemCounts(section(doc, '1.2').blocks)).to.deep.equal([4, 3]);
    expect(itemCounts(section(doc, '5').blocks)).to.deep.equal([7]);
    // "Service providers … :" holds the six sub-processors; "Legal requirements" is its sibling.
    const sharing = lists(section(doc, '3').blocks)[0];
    expect(sharing.items).to.have.length(2);
    expect(sharing.items[0].children!.items.map((i) => inlineText(i.content).split(' ')[0])).to.deep.equal(['Supabase', 'Vercel', 'Clerk', 'Stripe', 'OpenRouter', 'Sentry']);
    expect(inlineText(sharing.items[1].content)).to.match(/^Legal requirements : court orders/);
    const cookies = lists(section(doc, '1.4').blocks)[0];
    expect(cookies.items[0].content[0]).to.deep.equal({ type: 'code', text: '__clerk_session' });
    // Hard-wrapped paragraphs are joined back together.
    expect(paragraphs(doc)).to.include('You can request data deletion at any time via support@cloudios.com or /api/account/delete (GDPR right to erasure).');
    expect(paragraphs(doc)[0]).to.match(/collects, uses, and discloses your information .* optimization platform \(the "Service"\)\.$/);
    expect(links(doc)).to.include.members(['mailto:support@cloudios.com', 'mailto:privacy@cloudios.com', 'mailto:dpo@cloudios.com']);
    noDashParagraphs(doc);
    expect(missingWords(text, doc)).to.deep.equal([]);
  });

  it('cloudmates: a dash alone before each item, day-first dates with a second date in brackets', async () => {
    const text = await (await fetch('/shared-policies/cloudmates.txt')).text();
    const doc = parsePolicy(text);
    expect(doc.title).to.equal('Privacy Policy');
    expect(doc.dates).to.deep.equal([
      { label: 'Effective Date', date: '2022-07-30', text: '30-07-2022' },
      { label: 'Updated', date: '2025-01-12', text: '12-01-2025' },
    ]);
    expect(doc.sections.map((s) => s.number)).to.deep.equal(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(headings(section(doc, '1').children)).to.deep.equal([
      ['1.1', 'Personal Data'],
      ['1.2', 'Automatically Collected Data'],
      ['1.3', 'AI and Generative AI Data Considerations'],
    ]);
    expect(itemCounts(section(doc, '1.1').blocks)).to.deep.equal([2]);
    expect(itemCounts(section(doc, '1.2').blocks)).to.deep.equal([3]);
    expect(itemCounts(section(doc, '2').blocks)).to.deep.equal([5]);
    expect(itemCounts(section(doc, '6').blocks)).to.deep.equal([4]);
    expect(inlineText(lists(section(doc, '1.1').blocks)[0].items[0].content)).to.match(/^User-provided information: Name, email address/);
    expect(links(doc)).to.include.members(['mailto:support@cloudmates.com', 'https://www.cloudmates.me']);
    noDashParagraphs(doc);
    expect(missingWords(text, doc)).to.deep.equal([]);
  });

  it('cloudnexus: no title, a number that skips, an emoji before an unnumbered heading', async () => {
    const text = await (await fetch('/shared-policies/cloudnexus.txt')).text();
    const doc = parsePolicy(text);
    expect(doc.title).to.equal(null);
    expect(doc.dates).to.deep.equal([]);
    expect(doc.sections.map((s) => s.number)).to.deep.equal(['1', '2', '3', '4', '5', '6', '7', '9', '10', '11']);
    expect(section(doc, '9').slug).to.equal('9-international-data-transfers');
    expect(headings(section(doc, '2').children)).to.deep.equal([
      ['2.1', 'Personal Identification Information'],
      ['2.2', 'Technical & Usage Data'],
      ['2.3', 'Communication Data'],
    ]);
    const inquiries = section(doc, '10').children;
    expect(inquiries).to.have.length(1);
    expect(inquiries[0].number).to.equal(null);
    expect(inquiries[0].title).to.contain('Data Protection Inquiries');
    expect(inquiries[0].slug).to.equal('data-protection-inquiries');
    expect(itemCounts(section(doc, '2.1').blocks)).to.deep.equal([3]);
    expect(itemCounts(section(doc, '2.2').blocks)).to.deep.equal([4]);
    expect(itemCounts(section(doc, '3').blocks)).to.deep.equal([5]);
    expect(itemCounts(section(doc, '7').blocks)).to.deep.equal([6]);
    noDashParagraphs(doc);
    expect(missingWords(text, doc)).to.deep.equal([]);
  });

  it('cloudpruneai: pipe tables with header cells, a written-out date, wrapped list items', async () => {
    const text = await (await fetch('/shared-policies/cloudpruneai.txt')).text();
    const doc = parsePolicy(text);
    expect(doc.title).to.equal('Privacy Policy');
    expect(doc.dates).to.deep.equal([{ label: 'Last updated', date: '2026-05-08', text: 'May 8, 2026' }]);
    expect(doc.sections.map((s) => s.number)).to.deep.equal(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14']);
    const tables = (s: Section) => s.blocks.filter((b) => b.type === 'table') as Extract<Block, { type: 'table' }>[];
    const t21 = tables(section(doc, '2.1'))[0];
    expect(t21.header.map(inlineText)).to.deep.equal(['Data', 'Source', 'Purpose', 'Legal Basis']);
    expect(t21.rows).to.have.length(4);
    expect(t21.rows[0].map(inlineText)).to.deep.equal(['Email address', 'Auth0', 'Account creation, authentication', 'Contractual necessity']);
    const t63 = tables(section(doc, '6.3'))[0];
    expect(t63.header.map(inlineText)).to.deep.equal(['Sub-Processor', 'Purpose', 'Location']);
    expect(t63.rows).to.have.length(6);
    const t8 = tables(section(doc, '8'))[0];
    expect(t8.header.map(inlineText)).to.deep.equal(['Data Type', 'Retention Period']);
    expect(t8.rows).to.have.length(6);
    expect(itemCounts(section(doc, '4').blocks)).to.deep.equal([8]);
    // A bullet hard-wrapped onto a second line stays one item.
    expect(itemCounts(section(doc, '5').blocks)).to.deep.equal([8]);
    expect(itemCounts(section(doc, '9').blocks)).to.deep.equal([8]);
    expect(links(doc)).to.include('mailto:privacy@cloudpruneai.com');
    noDashParagraphs(doc);
    expect(missingWords(text, doc)).to.deep.equal([]);
  });

  it('cloustral: unnumbered sub-headings under numbered sections', async () => {
    const text = await (await fetch('/shared-policies/cloustral.txt')).text();
    const doc = parsePolicy(text);
    expect(doc.title).to.equal('Privacy Policy');
    expect(doc.dates).to.deep.equal([{ label: 'Last updated', date: '2026-05-14', text: 'May 14, 2026' }]);
    expect(doc.sections.map((s) => s.number)).to.deep.equal(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']);
    expect(section(doc, '2').children.map((s) => s.title)).to.deep.equal([
      'Account and Identity Data',
      'Cloud Credentials and Integration Data',
      'Usage and Interaction Data',
      'Technical and Device Data',
      'Communication Data',
    ]);
    expect(section(doc, '2').children.every((s) => s.number === null && s.level === 2)).to.equal(true);
    expect(section(doc, '6').children.map((s) => s.slug)).to.deep.equal(['essential-cookies', 'analytics-cookies']);
    expect(itemCounts(section(doc, '3').blocks)).to.deep.equal([4]);
    expect(itemCounts(section(doc, '4').blocks)).to.deep.equal([10]);
    expect(itemCounts(section(doc, '9').blocks)).to.deep.equal([7]);
    expect(byTitle(doc, 'Essential cookies').blocks).to.have.length(1);
    noDashParagraphs(doc);
    expect(missingWords(text, doc)).to.deep.equal([]);
  });

  it('gives every section a unique slug', async () => {
    for (const name of ['cloudios', 'cloudmates', 'cloudnexus', 'cloudpruneai', 'cloustral']) {
      const slugs = allSections(await sample(name)).map((s) => s.slug);
      expect(new Set(slugs).size, name).to.equal(slugs.length);
      for (const slug of slugs) expect(slug, name).to.match(/^[\p{Ll}\p{N}]+(-[\p{Ll}\p{N}]+)*$/u);
    }
  });

  it('shows no list marker, #, **, table separator or Setext underline as text', async () => {
    for (const name of ['cloudios', 'cloudmates', 'cloudnexus', 'cloudpruneai', 'cloustral']) expect(visibleSyntax(await sample(name)), name).to.deep.equal([]);
  });
});

describe('parsePolicy: Markdown', () => {
  const md = `# Privacy Policy

_Last updated: 2026-05-24_

Intro with a [link](https://example.org/privacy) and \`code\`.

## 1. What we collect

We collect:

* your **name**
* your *e-mail*
  * only when you write to us
+ cookies

1. First
2. Second
4. Fourth (a number that skips)

## 2. Contact

| Who | How |
| --- | --- |
| DPO | dpo@example.org |

### 2.1 Postal address

Setext heading
==============

Paragraph under it.
`;

  it('reads headings, lists with nesting, ordered numbers as written, tables, inline markup and links', () => {
    const doc = parsePolicy(md);
    expect(doc.title).to.equal('Privacy Policy');
    expect(doc.sections.map((s) => [s.number, s.title, s.level])).to.deep.equal([
      ['1', 'What we collect', 1],
      ['2', 'Contact', 1],
      [null, 'Setext heading', 1],
    ]);
    expect(section(doc, '2.1').level).to.equal(2);
    const [bullets, ordered] = lists(section(doc, '1').blocks);
    expect(bullets.items.map((i) => inlineText(i.content))).to.deep.equal(['your name', 'your e-mail', 'cookies']);
    expect(bullets.items[0].content).to.deep.equal([
      { type: 'text', text: 'your ' },
      { type: 'strong', children: [{ type: 'text', text: 'name' }] },
    ]);
    expect(bullets.items[1].children!.items.map((i) => inlineText(i.content))).to.deep.equal(['only when you write to us']);
    expect(ordered.ordered).to.equal(true);
    expect(ordered.items.map((i) => i.value)).to.deep.equal([undefined, undefined, 4]);
    const table = section(doc, '2').blocks.find((b) => b.type === 'table')!;
    expect(table).to.deep.include({ header: [[{ type: 'text', text: 'Who' }], [{ type: 'text', text: 'How' }]] });
    expect(links(doc)).to.include.members(['https://example.org/privacy', 'mailto:dpo@example.org']);
    expect(missingWords(md, doc)).to.deep.equal([]);
  });
});

describe('inline text', () => {
  it('links only http, https and mailto, and keeps the text of anything else', () => {
    const runs = parseInline('[a](https://x.example) [b](javascript:alert(1)) [c](/relative) <https://auto.example> mail me@example.org, www.site.example.');
    expect(runs.filter((r) => r.type === 'link').map((r) => (r as { href: string }).href)).to.deep.equal([
      'https://x.example',
      '/relative',
      'https://auto.example',
      'mailto:me@example.org',
      'https://www.site.example',
    ]);
    expect(inlineText(runs)).to.contain('[b](javascript:alert(1))');
  });

  it('leaves snake_case and lone delimiters alone', () => {
    expect(parseInline('audit_events table and a * star and 2*3')).to.deep.equal([{ type: 'text', text: 'audit_events table and a * star and 2*3' }]);
  });

  const hrefs: Array<[string, string | null]> = [
    ['https://example.org', 'https://example.org'],
    ['mailto:a@b.example', 'mailto:a@b.example'],
    ['/privacy#x', '/privacy#x'],
    ['javascript:alert(1)', null],
    [' JaVaScRiPt:alert(1)', null],
    ['java\tscript:alert(1)', null],
    ['java\u0000script:alert(1)', null],
    ['data:text/html,<script>', null],
    ['vbscript:x', null],
    ['file:///etc/passwd', null],
    ['\\\\evil\\share', null],
  ];
  for (const [url, expected] of hrefs) {
    it(`safeHref(${JSON.stringify(url)})`, () => expect(safeHref(url)).to.equal(expected));
  }

  it('reads dates in every form the samples use', () => {
    expect(toIsoDate('2026-05-24')).to.equal('2026-05-24');
    expect(toIsoDate('30-07-2022')).to.equal('2022-07-30');
    expect(toIsoDate('12-01-2025')).to.equal('2025-01-12');
    expect(toIsoDate('12-01-2025', true)).to.equal('2025-12-01');
    expect(toIsoDate('May 8, 2026')).to.equal('2026-05-08');
    expect(toIsoDate('8th May 2026')).to.equal('2026-05-08');
    expect(toIsoDate('31-02-2026')).to.equal(null);
  });
});

describe('parsePolicy: date lines in the eight languages', () => {
  // [the line under a title, the document's language sample, the label, the ISO date]
  const cases: [string, string, string][] = [
    ['Last updated: 1 February 2026', 'Last updated', '2026-02-01'],
    ['Effective: February 1st, 2026', 'Effective', '2026-02-01'],
    ['Updated on the 1st of February 2026', 'Updated on', '2026-02-01'],
    ['Effective date: 03/01/2026', 'Effective date', '2026-03-01'],
    ['Last revised: 2026-03-01', 'Last revised', '2026-03-01'],
    ['**Last updated:** 3 March 2026', 'Last updated', '2026-03-03'],
    ['_Effective:_ 2 April 2026', 'Effective', '2026-04-02'],
    ['Stand: 1. März 2026', 'Stand', '2026-03-01'],
    ['Zuletzt aktualisiert: 01.03.2026', 'Zuletzt aktualisiert', '2026-03-01'],
    ['Gültig ab 15. Januar 2026', 'Gültig ab', '2026-01-15'],
    ['Dernière mise à jour\u00a0: 3 mars 2026', 'Dernière mise à jour', '2026-03-03'],
    ['En vigueur le 1er mars 2026', 'En vigueur le', '2026-03-01'],
    ['Última actualización: 1 de marzo de 2026', 'Última actualización', '2026-03-01'],
    ['Ultimo aggiornamento: 3 marzo 2026', 'Ultimo aggiornamento', '2026-03-03'],
    ['In vigore dal 1° marzo 2026', 'In vigore dal', '2026-03-01'],
    ['Laatst bijgewerkt: 3 maart 2026', 'Laatst bijgewerkt', '2026-03-03'],
    ['Última atualização: 3 de março de 2026', 'Última atualização', '2026-03-03'],
    ['Ostatnia aktualizacja: 3 marca 2026', 'Ostatnia aktualizacja', '2026-03-03'],
    ['Obowiązuje od 1 lutego 2026 r.', 'Obowiązuje od', '2026-02-01'],
    ['Obowiązuje od: 01.03.2026 r.', 'Obowiązuje od', '2026-03-01'],
    ['*Last reviewed: January 28, 2026*', 'Last reviewed', '2026-01-28'],
  ];
  for (const [line, label, date] of cases) {
    it(line, () => {
      const doc = parsePolicy(`Privacy Policy\n${line}\n\nWe keep your data safe.`);
      expect(doc.dates.map((d) => [d.label, d.date])).to.deep.equal([[label, date]]);
      expect(doc.blocks).to.have.length(1);
    });
  }

  it('reads the numeric order from the document: month first in English, day first in other languages and where a day is over 12', () => {
    const date = (text: string) => parsePolicy(text).dates[0]?.date;
    expect(date('Privacy Policy\nEffective: 03/01/2026\n\nWe use the data that you give us and we keep it safe.')).to.equal('2026-03-01');
    expect(date('Politique de confidentialité\nMis à jour le 03/01/2026\n\nNous traitons les données que vous nous donnez pour vos commandes.')).to.equal('2026-01-03');
    expect(date('Privacy Policy\nEffective: 03/01/2026 (Updated: 25/01/2026)\n\nWe use the data.')).to.equal('2026-01-03');
    expect(date('Privacy Policy\nLast updated: 01.03.2026\n\nWe use the data.')).to.equal('2026-03-01');
  });

  it('takes a long first line that cites the law as the title', () => {
    const title = 'Informativa sul trattamento dei dati personali di alunni e famiglie (artt. 13 e 14 del Regolamento UE 2016/679)';
    expect(parsePolicy(`${title}\n1. Titolare\nLa scuola è il titolare.\n2. Diritti\nPuoi chiedere l'accesso.`).title).to.equal(title);
  });

  it('takes date lines whose label names a date right under other lines at the end (Polish BIP, Portuguese approval)', () => {
    const pl = parsePolicy(
      'Klauzula informacyjna\n\n1. Administratorem jest Wójt Gminy.\n2. Dane przechowujemy przez okres wymagany przepisami.\n\nWytworzył: Anna Nowicka, Sekretarz Gminy\nData wytworzenia: 2 stycznia 2026 r.\nOpublikował: Tomasz Zieliński\nData publikacji: 5 stycznia 2026 r.',
    );
    expect(pl.dates.map((d) => [d.label, d.date])).to.deep.equal([
      ['Data wytworzenia', '2026-01-02'],
      ['Data publikacji', '2026-01-05'],
    ]);
    const pt = parsePolicy(
      'Política de Privacidade\n\n1. Responsável\nO coro é o responsável.\n\n2. Direitos\nA versão em vigor está no sítio.\nAprovada pela Direção: 2 de fevereiro de 2026\nEm vigor desde: 10 de fevereiro de 2026',
    );
    expect(pt.dates.map((d) => [d.label, d.date])).to.deep.equal([
      ['Aprovada pela Direção', '2026-02-02'],
      ['Em vigor desde', '2026-02-10'],
    ]);
  });

  it('takes a labelled date line at the end of the document (German “Stand”)', () => {
    for (const end of ['Sie haben Rechte.\n', 'Sie haben Rechte:\n- Auskunft\n- Löschung\n', 'Sie haben Rechte.']) {
      const doc = parsePolicy(`Datenschutzerklärung\n\n§ 1 Verantwortlicher\nMusterbau GmbH.\n\n§ 2 Rechte\n${end}\nStand: 1. März 2026`);
      expect(doc.dates).to.deep.equal([{ label: 'Stand', date: '2026-03-01', text: '1. März 2026' }]);
      expect(doc.sections.map((s) => s.number)).to.deep.equal(['§ 1', '§ 2']);
    }
  });
});

describe('parsePolicy: any string', () => {
  /** A small seeded generator, so a failure can be replayed. */
  function random(seed: number) {
    return () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  const PIECES = [
    'word',
    'Privacy',
    'Policy',
    '1.',
    '2.1',
    '10.',
    '-',
    '- ',
    '* ',
    '+ ',
    '• ',
    '#',
    '## ',
    '|',
    '| a | b |',
    '|---|',
    '---',
    '===',
    '**',
    '*',
    '_',
    '`',
    '[',
    ']',
    '(',
    ')',
    '<',
    '>',
    'https://x.example/a_(b)',
    'www.y.example',
    'me@mail.example',
    'javascript:',
    ':',
    ' : ',
    '\n',
    '\n\n',
    '  ',
    '\t',
    '\r\n',
    '\u0000',
    '\u2028',
    'é',
    'ß',
    '東京',
    '😀',
    '📧 ',
    'Last updated: ',
    '2026-05-24',
    '30-07-2022',
    'May 8, 2026',
    '(',
    '.',
    ',',
    '\\',
    '&amp;',
    '<script>',
    '${x}',
    '{{y}}',
    'Zürich',
    '٣',
    'Ω',
  ];

  it('never throws and keeps every word, on 400 random documents', () => {
    const rnd = random(20261123);
    for (let n = 0; n < 400; n++) {
      let text = '';
      const length = Math.floor(rnd() * 200);
      for (let k = 0; k < length; k++) text += PIECES[Math.floor(rnd() * PIECES.length)];
      let doc: PolicyDocument;
      try {
        doc = parsePolicy(text);
      } catch (e) {
        throw new Error(`threw on ${JSON.stringify(text)}: ${e}`, { cause: e });
      }
      const missing = missingWords(text, doc);
      expect(missing, JSON.stringify(text)).to.deep.equal([]);
      expect(JSON.parse(JSON.stringify(doc))).to.deep.equal(doc);
    }
  });

  it('handles empty input, binary junk and non-strings', () => {
    expect(parsePolicy('')).to.deep.equal({ title: null, dates: [], blocks: [], sections: [] });
    let junk = '';
    const rnd = random(7);
    for (let k = 0; k < 5000; k++) junk += String.fromCharCode(Math.floor(rnd() * 0xffff));
    const doc = parsePolicy(junk);
    expect(missingWords(junk.replace(/[\ud800-\udfff]/g, ' '), doc)).to.deep.equal([]);
    expect(() => parsePolicy(undefined as unknown as string)).not.to.throw();
    expect(() => parsePolicy(42 as unknown as string)).not.to.throw();
  });

  it('stays linear on hostile input (many unclosed delimiters)', () => {
    for (const unit of ['*a ', '[a](', '`', '**', '_x ', '<', '- ', '1. ', '|a|\n']) {
      const text = unit.repeat(Math.ceil(200000 / unit.length));
      const doc = parsePolicy(text);
      expect(missingWords(text.slice(0, 5000), doc), unit).to.deep.equal([]);
    }
  });
});

describe('parsePolicy: heading schemes and list markers it has not seen together', () => {
  const body = 'We keep what you tell us for as long as the law asks us to keep it.';
  const heads = (text: string) => {
    const out: [string | null, string, number][] = [];
    const walk = (ss: Section[]) => ss.forEach((s) => (out.push([s.number, s.title, s.level]), walk(s.children)));
    walk(parsePolicy(text).sections);
    return out;
  };
  const schemes: [string, string[], [string | null, string, number][]][] = [
    [
      'dotted three levels',
      ['1. Data', '1.1 Accounts', '1.1.1 Logins', '2. Rights'],
      [
        ['1', 'Data', 1],
        ['1.1', 'Accounts', 2],
        ['1.1.1', 'Logins', 3],
        ['2', 'Rights', 1],
      ],
    ],
    [
      '1.0 / 2.0',
      ['1.0 Introduction', '2.0 Data', '2.1 Accounts', '3.0 Rights'],
      [
        ['1.0', 'Introduction', 1],
        ['2.0', 'Data', 1],
        ['2.1', 'Accounts', 2],
        ['3.0', 'Rights', 1],
      ],
    ],
    [
      'Roman with letters under it',
      ['I. Who we are', 'A. Members', 'B. Guests', 'II. Rights', 'IV - Complaints'],
      [
        ['I', 'Who we are', 1],
        ['A', 'Members', 2],
        ['B', 'Guests', 2],
        ['II', 'Rights', 1],
        ['IV', 'Complaints', 1],
      ],
    ],
    [
      'letters with a parenthesis',
      ['A) Scope', 'B) Data', 'C) Rights'],
      [
        ['A', 'Scope', 1],
        ['B', 'Data', 1],
        ['C', 'Rights', 1],
      ],
    ],
    [
      'Section —',
      ['Section 1 — Scope', 'Section 2 — Data'],
      [
        ['Section 1', 'Scope', 1],
        ['Section 2', 'Data', 1],
      ],
    ],
    [
      'Article –',
      ['Article 4 – Data', 'Article 5 – Retention'],
      [
        ['Article 4', 'Data', 1],
        ['Article 5', 'Retention', 1],
      ],
    ],
    [
      'Art.',
      ['Art. 1 Zweck', 'Art. 2 Rechte'],
      [
        ['Art. 1', 'Zweck', 1],
        ['Art. 2', 'Rechte', 1],
      ],
    ],
    [
      '§',
      ['§ 1 Verantwortlicher', '§ 2 Rechte'],
      [
        ['§ 1', 'Verantwortlicher', 1],
        ['§ 2', 'Rechte', 1],
      ],
    ],
    [
      'Chapter with clauses under it',
      ['Chapter 1: General', 'Clause 1. Scope', 'Clause 2. Data', 'Chapter 2: Rights', 'Clause 3. Access'],
      [
        ['Chapter 1', 'General', 1],
        ['Clause 1', 'Scope', 2],
        ['Clause 2', 'Data', 2],
        ['Chapter 2', 'Rights', 1],
        ['Clause 3', 'Access', 2],
      ],
    ],
    [
      'Artículo with `.-`',
      ['Artículo 1.- Responsable', 'Artículo 2.- Derechos'],
      [
        ['Artículo 1', 'Responsable', 1],
        ['Artículo 2', 'Derechos', 1],
      ],
    ],
    [
      'Rozdział and Artigo',
      ['Rozdział 1. Administrator', 'Artigo 5.º – Direitos'],
      [
        ['Rozdział 1', 'Administrator', 1],
        ['Artigo 5.º', 'Direitos', 2],
      ],
    ],
    [
      'a tab or several spaces',
      ['1\tScope', '2\tData', '3    Rights'],
      [
        ['1', 'Scope', 1],
        ['2', 'Data', 1],
        ['3', 'Rights', 1],
      ],
    ],
    [
      'ALL-CAPS lines',
      ['WHO WE ARE', 'YOUR RIGHTS'],
      [
        [null, 'WHO WE ARE', 1],
        [null, 'YOUR RIGHTS', 1],
      ],
    ],
    [
      'short lines ending with a colon',
      ['Who we are:', 'Your rights:', 'Questions:'],
      [
        [null, 'Who we are', 1],
        [null, 'Your rights', 1],
        [null, 'Questions', 1],
      ],
    ],
    [
      'numbers that skip',
      ['1. Data', '2. Cookies', '4. Rights'],
      [
        ['1', 'Data', 1],
        ['2', 'Cookies', 1],
        ['4', 'Rights', 1],
      ],
    ],
  ];
  for (const [name, lines, expected] of schemes) {
    it(`headings: ${name}`, () => {
      expect(heads(`Privacy Policy\n\n${lines.map((l) => `${l}\n${body}`).join('\n\n')}`)).to.deep.equal(expected);
    });
  }

  const markers: [string, string, boolean][] = [
    ['-', '-', false],
    ['–', '–', false],
    ['—', '—', false],
    ['*', '*', false],
    ['+', '+', false],
    ['•', '•', false],
    ['◦', '◦', false],
    ['▪', '▪', false],
    ['o with a tab', 'o\t', false],
    ['(a)', '(a)', true],
    ['a)', 'a)', true],
    ['a.', 'a.', true],
    ['(i)', '(i)', true],
    ['i)', 'i)', true],
    ['1)', '1)', true],
    ['(1)', '(1)', true],
    ['a marker with a tab', '-\t', false],
    ['a marker alone on its line', '-\n', false],
  ];
  for (const [name, marker, ordered] of markers) {
    it(`list marker ${name}`, () => {
      const next = (k: number) =>
        marker.includes('a') && marker !== 'o\t'
          ? marker.replace('a', 'abc'[k])
          : marker.includes('i')
            ? marker.replace('i', ['i', 'ii', 'iii'][k])
            : marker.includes('1')
              ? marker.replace('1', String(k + 1))
              : marker;
      const item = (k: number) => `${next(k)}${/[\t\n]$/.test(marker) ? '' : ' '}Item number ${k + 1}`;
      const doc = parsePolicy(`Privacy Policy\n\n1. Data\nWe collect:\n${[0, 1, 2].map(item).join('\n')}\n\n2. Rights\n${body}`);
      const list = lists(doc.sections[0].blocks)[0];
      expect(
        list?.items.map((i) => inlineText(i.content)),
        name,
      ).to.deep.equal(['Item number 1', 'Item number 2', 'Item number 3']);
      expect(list.ordered).to.equal(ordered);
      expect(doc.sections.map((s) => s.number)).to.deep.equal(['1', '2']);
    });
  }

  it('reads `(i)` after `(h)` as the letter and before `(ii)` as the numeral', () => {
    const letters = 'abcdefghij'
      .split('')
      .map((c) => `(${c}) Item ${c}`)
      .join('\n');
    const doc = parsePolicy(`Terms:\n${letters}\n\nAlso:\n(i) first\n(ii) second\n(iii) third`);
    const [abc, roman] = lists(doc.blocks);
    expect(abc.items).to.have.length(10);
    expect(abc.style).to.equal('lower-alpha');
    expect(roman.style).to.equal('lower-roman');
    expect(roman.items).to.have.length(3);
  });

  it('reads `Label:` sub-headings right under an ALL-CAPS heading, and a longer heading in sentence case', () => {
    const doc = parsePolicy(
      'Política de Privacidade\n\nQUE DADOS RECOLHEMOS\nClientes da loja online:\n• nome;\n• morada.\nVisitantes do sítio:\nRegistamos o endereço IP durante sete dias, para a segurança do sítio na Internet.\n\nCONTACTOS\nPor correio eletrónico:\nEscreva para privacidade@alfarrabio.example, indicando o assunto no seu pedido.',
    );
    const out: [string, number][] = [];
    const walk = (ss: Section[]) => ss.forEach((s) => (out.push([s.title, s.level]), walk(s.children)));
    walk(doc.sections);
    expect(out).to.deep.equal([
      ['QUE DADOS RECOLHEMOS', 1],
      ['Clientes da loja online', 2],
      ['Visitantes do sítio', 2],
      ['CONTACTOS', 1],
      ['Por correio eletrónico', 2],
    ]);
    const fr = parsePolicy(
      "Politique de confidentialité\n\nL'association met en relation des familles et des producteurs.\n\nQui est responsable de vos données\nLe responsable du traitement est l'association Les Paniers de la Vallée, représentée par sa présidente.",
    );
    expect(fr.sections.map((s) => s.title)).to.deep.equal(['Qui est responsable de vos données']);
  });

  it('reads a title on two lines, a version before the date, questions, bold numbered headings and an annex', () => {
    const text = [
      'Datenschutzerklärung für die Website',
      'und den Onlineshop der Weinkellerei Roth GmbH',
      'Version 2.1 — Stand: 1. März 2026',
      '',
      '**1. Verantwortlicher**',
      'Weinkellerei Roth GmbH, Weinstraße 3, 67098 Bad Dürkheim.',
      '',
      '**1.1 Kontakt**',
      'Schreiben Sie uns an datenschutz@roth.example, wir antworten binnen einer Woche.',
      '',
      '**2. Ihre Rechte**',
      'Welche Rechte haben Sie gegenüber uns als Verantwortlichem?',
      'Sie haben das Recht auf Auskunft, Berichtigung, Löschung und Einschränkung der Verarbeitung.',
      '',
      'Anhang 1 – Auftragsverarbeiter',
      'Unser Hoster und unser Zahlungsdienstleister verarbeiten Daten in unserem Auftrag.',
    ].join('\n');
    const doc = parsePolicy(text);
    expect(doc.title).to.equal('Datenschutzerklärung für die Website und den Onlineshop der Weinkellerei Roth GmbH');
    expect(doc.dates.map((d) => [d.label, d.date])).to.deep.equal([['Version 2.1 — Stand', '2026-03-01']]);
    expect(heads(text)).to.deep.equal([
      ['1', 'Verantwortlicher', 1],
      ['1.1', 'Kontakt', 2],
      ['2', 'Ihre Rechte', 1],
      [null, 'Welche Rechte haben Sie gegenüber uns als Verantwortlichem?', 2],
      ['Anhang 1', 'Auftragsverarbeiter', 1],
    ]);
  });

  it('reads `1. We process your data to:` over a list as a list item, not a heading', () => {
    const doc = parsePolicy(
      'Polityka prywatności\n\n§ 1. Administrator\nAdministratorem jest Wędrowiec sp. z o.o.\n\n§ 2. Cele\n1. Dane osobowe przetwarzamy w celu:\na) zawarcia umowy,\nb) obsługi reklamacji.\n2. Podanie danych jest dobrowolne.\n\n§ 3. Odbiorcy\n1. Dane mogą być przekazywane:\na) przewoźnikom,\nb) hotelom.',
    );
    expect(doc.sections.map((s) => s.number)).to.deep.equal(['§ 1', '§ 2', '§ 3']);
    expect(lists(doc.sections[1].blocks)[0].items).to.have.length(2);
  });

  it('reads short lines standing alone between blank lines as headings where the text is written that way', () => {
    const text = [
      'Privacyverklaring',
      '',
      'Van Dijk Advies is verantwoordelijk voor de verwerking van persoonsgegevens zoals weergegeven in deze verklaring.',
      '',
      'Contactgegevens',
      '',
      'Van Dijk Advies B.V.',
      'Stationsweg 44',
      '3811 JK Amersfoort',
      '',
      'Met welk doel en op basis van welke grondslag wij persoonsgegevens verwerken',
      '',
      'Wij verwerken uw persoonsgegevens om u te kunnen bellen of e-mailen als dit nodig is om onze dienstverlening uit te voeren.',
      '',
      'Cookies',
      '',
      'Wij gebruiken alleen technische en functionele cookies die geen inbreuk maken op uw privacy.',
    ].join('\n');
    expect(heads(text).map((h) => h[1])).to.deep.equal(['Contactgegevens', 'Met welk doel en op basis van welke grondslag wij persoonsgegevens verwerken', 'Cookies']);
  });

  it('reads an address block as text: `NIPC 515 123 456`, `220 – 1133 Melville Street`', () => {
    for (const text of [
      'Política de Privacidade\n\n1. Responsável\nColmeia Cowork, Lda.\nRua de Cedofeita, 210\n4050-174 Porto\nNIPC 515 123 456\nTelefone: +351 220 555 310\n\n2. Direitos\nPode pedir o acesso aos seus dados.',
      '# Privacy Policy\n\n## Contact us\n\nPrivacy Officer  \nShiftwise Software Inc.  \n220 – 1133 Melville Street  \nVancouver, BC V6E 4E5',
    ]) {
      const doc = parsePolicy(text);
      expect(
        allSections(doc).map((s) => s.title),
        text,
      ).to.not.include('NIPC 515 123 456');
      expect(
        allSections(doc).flatMap((s) => lists(s.blocks)),
        text,
      ).to.deep.equal([]);
      expect(missingWords(text, doc)).to.deep.equal([]);
    }
  });

  it('reads a sentence that runs on into its list as a lead-in, not a heading', () => {
    const doc = parsePolicy(
      'Datenschutz\n\n3. Zwecke\n\nWir verarbeiten die Daten\n– zur Erfüllung des Vertrags,\n– zur Erfüllung gesetzlicher Pflichten.\n\n4. Empfänger\nNiemand sonst erhält Ihre Daten.',
    );
    expect(allSections(doc).map((s) => s.title)).to.deep.equal(['Zwecke', 'Empfänger']);
    expect(paragraphs(doc)[0]).to.equal('Wir verarbeiten die Daten');
  });

  it('joins a wrapped line after an open bracket, even after a colon', () => {
    const doc = parsePolicy('Datenschutz\n\nVerantwortlich ist der TSV Eichenau, vertreten durch den Vorstand (Vorsitzende:\nSabine Huber). Kontakt siehe Impressum.');
    expect(paragraphs(doc)).to.deep.equal(['Verantwortlich ist der TSV Eichenau, vertreten durch den Vorstand (Vorsitzende: Sabine Huber). Kontakt siehe Impressum.']);
  });

  it('reads an ALL-CAPS name announced by a colon as text, not as a heading', () => {
    const doc = parsePolicy('Datenschutzerklärung\n\n§ 1 Verantwortlicher\nVerantwortlich ist:\nMUSTERBAU GMBH\nHauptstraße 1, 10115 Berlin\n\n§ 2 Rechte\nSie haben Rechte.');
    expect(doc.sections.map((s) => s.number)).to.deep.equal(['§ 1', '§ 2']);
    expect(doc.sections[0].children).to.deep.equal([]);
  });

  it('keeps `o`, `a` and `i` at the start of wrapped lines as words', () => {
    const text = 'Política de Privacidade\n\nOs seus dados são tratados pelo\no responsável pelo tratamento, que\na empresa designou, e\ni outros.';
    const doc = parsePolicy(text);
    expect(paragraphs(doc)).to.deep.equal(['Os seus dados são tratados pelo o responsável pelo tratamento, que a empresa designou, e i outros.']);
  });

  it('nests lists by indentation, by an item ending with a colon, and by a new bullet character', () => {
    const doc = parsePolicy('We collect:\n• Account data:\no Name\no E-mail\n• Usage data\n  - pages\n  - clicks\n• Steps:\n1. Open the app\n2. Tap Settings\n• Cookies');
    const [top] = lists(doc.blocks);
    expect(top.items.map((i) => inlineText(i.content))).to.deep.equal(['Account data:', 'Usage data', 'Steps:', 'Cookies']);
    expect(top.items.map((i) => i.children?.items.length ?? 0)).to.deep.equal([2, 2, 2, 0]);
    expect(top.items[2].children!.ordered).to.equal(true);
  });

  it('reads \\r\\n and \\r line ends, non-breaking spaces and zero-width characters', () => {
    const text = 'Privacy Policy\r\n\r\n1.\u200b Data\rWe keep it\u00a0: safely.\r\n\r\n2. Rights\r\nYou have “rights”.';
    const doc = parsePolicy(text);
    expect(doc.sections.map((s) => [s.number, s.title])).to.deep.equal([
      ['1', 'Data'],
      ['2', 'Rights'],
    ]);
    expect(paragraphs(doc)).to.deep.equal(['We keep it\u00a0: safely.', 'You have “rights”.']);
  });
});
