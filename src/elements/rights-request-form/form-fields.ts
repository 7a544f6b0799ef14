import { html, nothing, type TemplateResult } from 'lit';
import type { RightsMessages } from '../../core/i18n/messages.js';
import type { RequestFields } from '../../core/rights-request/request-types.js';
import { GDPR_COUNTRIES, US_PRIVACY_STATES } from '../../core/rights-request/jurisdictions.js';

type FieldName = keyof RequestFields | 'confirm';

export interface FieldsView {
  t: RightsMessages;
  lang: string;
  fields: RequestFields;
  confirmed: boolean;
  errors: Partial<Record<FieldName, string>>;
  types: string[];
  disabled: boolean;
}

/** ids of a field's control, hint and error, for `for` and `aria-describedby`. */
const describedBy = (name: string, hint: boolean, error: boolean) => [hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean).join(' ') || nothing;

function errorText(v: FieldsView, name: FieldName) {
  return v.errors[name] ? html`<p part="error" class="error" id="${name}-error">${v.errors[name]}</p>` : nothing;
}

function country(code: string, lang: string): string {
  try {
    return new Intl.DisplayNames([lang, 'en'], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function textField(
  v: FieldsView,
  name: 'name' | 'email' | 'account',
  label: string,
  options: { type?: 'text' | 'email'; autocomplete: 'name' | 'email' | 'username'; hint?: string; optional?: boolean; max: number },
) {
  const error = !!v.errors[name];
  return html`<div part="field" class="field">
    <label part="label" for=${name}>${label}${options.optional ? html`${' '}<span class="optional">${v.t.optional}</span>` : nothing}</label>
    ${options.hint ? html`<p class="hint" id="${name}-hint">${options.hint}</p>` : nothing}
    <input
      part="input"
      id=${name}
      name=${name}
      type=${options.type ?? 'text'}
      autocomplete=${options.autocomplete}
      maxlength=${options.max}
      .value=${v.fields[name]}
      ?required=${!options.optional}
      ?disabled=${v.disabled}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${describedBy(name, !!options.hint, error)}
    />
    ${errorText(v, name)}
  </div>`;
}

/** The form's controls, each a native control whose `name` is its wire key. */
export function renderFields(v: FieldsView): TemplateResult {
  const { t } = v;
  const sorted = (codes: readonly string[]) => codes.map((c) => [c, country(c, v.lang)] as const).sort((a, b) => a[1].localeCompare(b[1], v.lang));
  return html`
    <div part="field" class="field">
      <label part="label" for="jurisdiction">${t.jurisdiction}</label>
      <p class="hint" id="jurisdiction-hint">${t.jurisdictionHint}</p>
      <select
        part="input"
        id="jurisdiction"
        name="jurisdiction"
        autocomplete="country"
        required
        ?disabled=${v.disabled}
        aria-invalid=${v.errors.jurisdiction ? 'true' : 'false'}
        aria-describedby=${describedBy('jurisdiction', true, !!v.errors.jurisdiction)}
        .value=${v.fields.jurisdiction}
      >
        <option value="" ?selected=${!v.fields.jurisdiction}>${t.jurisdictionPrompt}</option>
        <optgroup label=${t.groups.gdpr}>
          ${sorted(GDPR_COUNTRIES).map(([code, label]) => html`<option value=${code} ?selected=${v.fields.jurisdiction === code}>${label}</option>`)}
        </optgroup>
        <optgroup label=${t.groups.us}>
          ${US_PRIVACY_STATES.map((code) => html`<option value=${code} ?selected=${v.fields.jurisdiction === code}>${t.states[code as keyof RightsMessages['states']] ?? code}</option>`)}
        </optgroup>
        <optgroup label=${t.groups.other}>
          <option value="ZZ" ?selected=${v.fields.jurisdiction === 'ZZ'}>${t.otherCountry}</option>
        </optgroup>
      </select>
      ${errorText(v, 'jurisdiction')}
    </div>

    <fieldset part="field" class="field" aria-describedby=${v.errors.type ? 'type-error' : nothing} ?disabled=${v.disabled}>
      <legend part="label">${t.type}</legend>
      ${v.types.map(
        (type) => html`<div class="choice">
          <input
            part="input"
            type="radio"
            id="type-${type}"
            name="type"
            value=${type}
            required
            .checked=${v.fields.type === type}
            aria-invalid=${v.errors.type ? 'true' : 'false'}
            aria-describedby="type-${type}-hint"
          />
          <label for="type-${type}">${t.types[type as keyof RightsMessages['types']]?.label ?? type}</label>
          <p class="hint" id="type-${type}-hint">${t.types[type as keyof RightsMessages['types']]?.hint ?? ''}</p>
        </div>`,
      )}
      ${errorText(v, 'type')}
    </fieldset>

    ${textField(v, 'name', t.name, { autocomplete: 'name', max: 200 })}
    ${textField(v, 'email', t.email, { type: 'email', autocomplete: 'email', hint: t.emailHint, max: 254 })}

    <fieldset part="field" class="field" aria-describedby=${v.errors.relationship ? 'relationship-error' : nothing} ?disabled=${v.disabled}>
      <legend part="label">${t.relationship}</legend>
      ${(['self', 'agent'] as const).map(
        (r) => html`<div class="choice">
          <input part="input" type="radio" id="relationship-${r}" name="relationship" value=${r} .checked=${v.fields.relationship === r} />
          <label for="relationship-${r}">${t[r]}</label>
        </div>`,
      )}
      ${errorText(v, 'relationship')}
    </fieldset>

    ${textField(v, 'account', t.account, { autocomplete: 'username', hint: t.accountHint, optional: true, max: 200 })}

    <div part="field" class="field">
      <label part="label" for="details">${t.details} <span class="optional">${t.optional}</span></label>
      <p class="hint" id="details-hint">${t.detailsHint}</p>
      <textarea
        part="input"
        id="details"
        name="details"
        rows="4"
        maxlength="5000"
        .value=${v.fields.details}
        ?disabled=${v.disabled}
        aria-invalid=${v.errors.details ? 'true' : 'false'}
        aria-describedby=${describedBy('details', true, !!v.errors.details)}
      ></textarea>
      ${errorText(v, 'details')}
    </div>

    <div part="field" class="field choice">
      <input
        part="input"
        type="checkbox"
        id="confirm"
        required
        .checked=${v.confirmed}
        ?disabled=${v.disabled}
        aria-invalid=${v.errors.confirm ? 'true' : 'false'}
        aria-describedby=${describedBy('confirm', false, !!v.errors.confirm)}
      />
      <label for="confirm">${t.confirm}</label>
      ${errorText(v, 'confirm')}
    </div>

    <div class="honeypot" aria-hidden="true">
      <label for="website">${t.honeypot}</label>
      <input id="website" name="website" type="text" tabindex="-1" autocomplete="off" />
    </div>
  `;
}
