import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Block, Inline, List, PolicyDocument, Section, Table } from '../../core/policy/policy-types.js';

/** What the renderer needs besides the document. */
export interface RenderOptions {
  /** Level of the title heading; sections go one level below it. */
  headingLevel: number;
  toc: boolean;
  contentsLabel: string;
  /** Language and direction of the element's own texts (the contents heading). */
  ui: { lang: string; dir: 'ltr' | 'rtl' };
  formatDate: (iso: string) => string;
}

/**
 * A heading at any level: real `<h1>`–`<h6>`, then `role="heading"` with `aria-level`
 * for deeper ones. Lit has no dynamic tag names without unsafe statics, so one template
 * per level.
 */
function heading(level: number, id: string, part: string, content: unknown): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1 id=${id} part=${part} tabindex="-1">${content}</h1>`;
    case 2:
      return html`<h2 id=${id} part=${part} tabindex="-1">${content}</h2>`;
    case 3:
      return html`<h3 id=${id} part=${part} tabindex="-1">${content}</h3>`;
    case 4:
      return html`<h4 id=${id} part=${part} tabindex="-1">${content}</h4>`;
    case 5:
      return html`<h5 id=${id} part=${part} tabindex="-1">${content}</h5>`;
    case 6:
      return html`<h6 id=${id} part=${part} tabindex="-1">${content}</h6>`;
    default:
      return html`<p id=${id} part=${part} role="heading" aria-level=${level} tabindex="-1">${content}</p>`;
  }
}

export function renderInline(runs: Inline[]): unknown[] {
  return runs.map((r) => {
    switch (r.type) {
      case 'text':
        return r.text;
      case 'code':
        return html`<code>${r.text}</code>`;
      case 'strong':
        return html`<strong>${renderInline(r.children)}</strong>`;
      case 'em':
        return html`<em>${renderInline(r.children)}</em>`;
      case 'link':
        return html`<a href=${r.href}>${renderInline(r.children)}</a>`;
    }
  });
}

/** `(a)`, `A.`, `(i)`, `IV.` lists keep their letters and numerals. */
const OL_TYPE = { 'lower-alpha': 'a', 'upper-alpha': 'A', 'lower-roman': 'i', 'upper-roman': 'I' } as const;

function renderList(list: List): TemplateResult {
  const items = list.items.map(
    (item) => html`<li value=${ifDefined(item.value?.toString())}>${renderInline(item.content)}${item.children ? renderList(item.children) : nothing}</li>`,
  );
  return list.ordered
    ? html`<ol start=${ifDefined(list.start?.toString())} type=${ifDefined(list.style ? OL_TYPE[list.style] : undefined)}>${items}</ol>`
    : html`<ul>${items}</ul>`;
}

function renderTable(table: Table): TemplateResult {
  return html`<div class="table" part="table-scroll" tabindex="0" role="group" aria-label=${table.header.map((c) => inlineLabel(c)).join(', ')}>
    <table part="table">
      <thead>
        <tr>
          ${table.header.map((cell) => html`<th scope="col">${renderInline(cell)}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${table.rows.map((row) => html`<tr>${row.map((cell) => html`<td>${renderInline(cell)}</td>`)}</tr>`)}
      </tbody>
    </table>
  </div>`;
}

function inlineLabel(runs: Inline[]): string {
  return runs.map((r) => ('text' in r ? r.text : inlineLabel(r.children))).join('');
}

export function renderBlocks(blocks: Block[]): TemplateResult[] {
  return blocks.map((b) => {
    if (b.type === 'paragraph') return html`<p>${renderInline(b.content)}</p>`;
    if (b.type === 'list') return renderList(b);
    return renderTable(b);
  });
}

// The space after the number is a value, not template text, so minifying the template cannot drop it.
const headingText = (s: Section) => html`${s.number ? html`<span class="number">${s.number}</span>${' '}` : nothing}${s.title}`;

function renderSection(section: Section, level: number): TemplateResult {
  return html`<section part="section" id=${section.slug} aria-labelledby="${section.slug}-heading">
    ${heading(level, `${section.slug}-heading`, 'heading', headingText(section))} ${renderBlocks(section.blocks)}
    ${section.children.map((child) => renderSection(child, level + 1))}
  </section>`;
}

function renderToc(sections: Section[]): TemplateResult {
  return html`<ol>
    ${sections.map(
      (s) => html`<li>
        <a href="#${s.slug}">${headingText(s)}</a>
        ${s.children.length ? renderToc(s.children) : nothing}
      </li>`,
    )}
  </ol>`;
}

/** The whole document: title, dates, table of contents, introduction and sections. */
export function renderDocument(doc: PolicyDocument, o: RenderOptions): TemplateResult {
  const sectionLevel = doc.title ? o.headingLevel + 1 : o.headingLevel;
  return html`<article part="document">
    ${
      doc.title || doc.dates.length
        ? html`<header>
          ${doc.title ? heading(o.headingLevel, 'title', 'title', doc.title) : nothing}
          ${
            doc.dates.length
              ? html`<p part="dates" class="dates">
                ${doc.dates.map((d) => html`<span class="date">${d.label} <time datetime=${d.date}>${o.formatDate(d.date)}</time></span>`)}
              </p>`
              : nothing
          }
        </header>`
        : nothing
    }
    ${
      o.toc && doc.sections.length > 1
        ? html`<nav part="toc" aria-labelledby="toc-heading">
          <p id="toc-heading" class="toc-heading" lang=${o.ui.lang} dir=${o.ui.dir}>${o.contentsLabel}</p>
          ${renderToc(doc.sections)}
        </nav>`
        : nothing
    }
    ${renderBlocks(doc.blocks)} ${doc.sections.map((s) => renderSection(s, sectionLevel))}
  </article>`;
}
