// Hostile policy text through every source <privacy-policy> reads (the text property, src,
// an inline <script type="text/plain">, a <template>, its own text): nothing executes, no
// element but the document's own appears, no link leaves http(s)/mailto; and inputs built to
// exhaust a parser (deep nesting, 10 MB, one endless line, binary junk) still come back.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/privacy-policy.js';
import type { PrivacyPolicy } from '../../src/privacy-policy.js';
import { parsePolicy } from '../../src/core/policy/parse-policy.js';
import { INJECTION_VECTORS } from '../fixtures/injection-vectors.js';

type Win = Window & { __xss?: number; __alerts?: unknown[] };
const win = window as Win;
const shadow = (el: Element) => el.shadowRoot!;
const qa = (el: Element, selector: string) => [...shadow(el).querySelectorAll<HTMLElement>(selector)];

/** What a rendered policy may contain; anything else came from the text. */
const ALLOWED = new Set('DIV ARTICLE HEADER H1 H2 H3 H4 H5 H6 P SPAN TIME NAV OL UL LI A SECTION TABLE THEAD TBODY TR TH TD CODE STRONG EM'.split(' '));
const FOREIGN = 'img, svg, iframe, object, embed, form, base, meta[http-equiv], details, math, video, audio, marquee, input, x-evil, link[rel=stylesheet]';

const policyText = (vector: string) => `Privacy Policy\n\n1. Section\n\n${vector}\n\nafter`;

type Source = 'text property' | 'src' | 'inline script' | 'template' | 'own text';
const SOURCES: Source[] = ['text property', 'src', 'inline script', 'template', 'own text'];

/** The element, given the text through one source; the text is always set as data (a text node), never parsed as HTML here. */
async function render(source: Source, text: string): Promise<PrivacyPolicy> {
  const holder = await fixture<HTMLElement>(html`<div></div>`);
  const el = document.createElement('privacy-policy') as PrivacyPolicy;
  if (source === 'text property') el.text = text;
  // A server sends UTF-8, which has no lone surrogates: they arrive as U+FFFD.
  if (source === 'src')
    el.src = `/test-api/policy/echo?text=${encodeURIComponent(text.replace(/[\uD800-\uDFFF]/g, (c, i: number, all: string) => (/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(all.slice(i - 1, i + 1)) || /[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(all.slice(i, i + 2)) ? c : '\uFFFD')))}`;
  if (source === 'inline script') {
    const script = document.createElement('script');
    script.type = 'text/plain';
    script.textContent = text;
    el.append(script);
  }
  if (source === 'template') {
    const template = document.createElement('template');
    template.content.append(document.createTextNode(text));
    el.append(template);
  }
  if (source === 'own text') el.append(document.createTextNode(text));
  const done = Promise.race([oneEvent(el, 'policy-load'), oneEvent(el, 'policy-error')]);
  holder.append(el);
  await done;
  await el.updateComplete;
  // Give anything that would run (an error handler, a load event) its turn.
  await new Promise((r) => setTimeout(r, 0));
  return el;
}

function assertInert(el: PrivacyPolicy, label: string) {
  expect(win.__xss, `${label}: a script ran`).to.equal(undefined);
  expect(win.__alerts, `${label}: alert was called`).to.deep.equal([]);
  for (const node of qa(el, '*')) {
    expect(ALLOWED.has(node.tagName), `${label}: <${node.tagName.toLowerCase()}>`).to.equal(true);
    for (const attr of node.getAttributeNames()) {
      expect(attr.startsWith('on'), `${label}: ${attr}`).to.equal(false);
      expect(['style', 'srcdoc', 'formaction', 'xlink:href'].includes(attr), `${label}: ${attr}`).to.equal(false);
    }
  }
  for (const a of qa(el, 'a') as HTMLAnchorElement[]) {
    expect(['http:', 'https:', 'mailto:'].includes(new URL(a.href).protocol), `${label}: ${a.href}`).to.equal(true);
  }
}

describe('hostile policy text', () => {
  let alert: typeof window.alert;
  before(() => {
    alert = window.alert;
    window.alert = (...args: unknown[]) => void win.__alerts!.push(args);
  });
  beforeEach(() => {
    win.__alerts = [];
    delete win.__xss;
  });
  after(() => (window.alert = alert));

  it(`has at least 60 vectors (${INJECTION_VECTORS.length})`, () => expect(INJECTION_VECTORS.length).to.be.at.least(60));

  for (const source of SOURCES) {
    it(`renders every vector from the ${source} as text`, async () => {
      const foreign = document.querySelectorAll(FOREIGN).length;
      for (const vector of INJECTION_VECTORS) {
        const el = await render(source, policyText(vector));
        assertInert(el, `${source}: ${JSON.stringify(vector)}`);
        expect(shadow(el).textContent, vector).to.contain('after');
      }
      // Nothing reached the page outside the shadow roots either.
      expect(document.querySelectorAll(FOREIGN).length).to.equal(foreign);
    });
  }

  it('keeps a right-to-left override from turning a link around: the href is the written one', async () => {
    const el = await render('text property', policyText('See [\u202Efdp.yciloP\u202C](https://example.org/policy.pdf) for more.'));
    const link = qa(el, 'a').find((a) => a.textContent!.includes('yciloP')) as HTMLAnchorElement;
    expect(link.href).to.equal('https://example.org/policy.pdf');
  });
});

describe('inputs built to exhaust a parser', () => {
  // Each returns (the test's own timeout is the bound) with a document that keeps the text.
  const CASES: [string, () => string][] = [
    ['10,000 nested block quotes', () => `${'>'.repeat(10_000)} deep`],
    ['10,000 nested list items', () => Array.from({ length: 10_000 }, (_, i) => `${' '.repeat(i * 2)}- item ${i}`).join('\n')],
    ['10,000 open brackets', () => `${'['.repeat(10_000)}x${'](y)'.repeat(10_000)}`],
    ['10,000 unclosed emphasis markers', () => `${'**'.repeat(10_000)}x`],
    ['10,000 nested parentheses in a link', () => `[x](${'('.repeat(10_000)}https://example.org${')'.repeat(10_000)})`],
    ['10,000 backticks', () => '`'.repeat(10_000)],
    ['10,000 nested HTML tags', () => '<div>'.repeat(10_000) + 'x' + '</div>'.repeat(10_000)],
    [
      'a heading numbered 1.1.1… 1,000 levels deep, and each level below it',
      () =>
        Array.from(
          { length: 1000 },
          (_, i) =>
            `${Array(i + 1)
              .fill('1')
              .join('.')} Level ${i}\n\nText ${i}.`,
        ).join('\n\n'),
    ],
    [
      '10,000 nested numbering schemes',
      () => Array.from({ length: 10_000 }, (_, i) => `${' '.repeat(i)}${['1.', '(a)', '(i)', 'A.', 'a)', '-', '*', '•'][i % 8]} item ${i}`).join('\n'),
    ],
    ['one 1 MB line', () => 'word '.repeat(200_000)],
    ['1 MB of one character', () => '*'.repeat(1 << 20)],
    ['10 MB of ordinary policy text', () => '## Section\n\nWe keep your data for as long as the law requires. [Contact](mailto:dpo@example.org)\n\n'.repeat(110_000)],
    ['binary junk', () => String.fromCharCode(...Array.from({ length: 1 << 16 }, (_, i) => (i * 7919) % 65536).filter((c) => c < 0xd800 || c > 0xdfff))],
    ['NUL bytes and control characters', () => 'a\u0000b\u0001c\u0007d\u001be\u007f'.repeat(10_000)],
  ];
  for (const [name, make] of CASES) {
    it(`parsePolicy returns on ${name}`, () => {
      const text = make();
      const doc = parsePolicy(text);
      expect(doc).to.be.an('object');
      expect(doc.sections).to.be.an('array');
    }).timeout(20_000);
  }

  it('the element renders each of them (but the 10 MB one) as text', async () => {
    for (const [name, make] of CASES.filter(([n]) => !n.startsWith('10 MB'))) {
      const el = await fixture<PrivacyPolicy>(html`<privacy-policy .text=${`Privacy Policy\n\n${make()}\n\nafter`}></privacy-policy>`);
      await el.updateComplete;
      expect(shadow(el).textContent).to.contain('after');
      assertInert(el, name);
    }
  }).timeout(60_000);
});
