import { EVIDENCE_LEVELS } from "../../../shared/domain/evidence.ts";
import { EVIDENCE_DIRECTIONS } from "../../../shared/domain/taxonomy.ts";
import { append, el, link } from "./dom.ts";
import { fieldId, selectField } from "./fields.ts";

/** The evidence rating controls: strength 1–4 as radios with the rubric's criteria, and the direction. */
export function evidenceFields(prefix: string, legend = "Kunnskapsgrunnlag"): HTMLElement {
  const id = fieldId(`${prefix}.evidence.strength`);
  const set = el("fieldset", { className: "aksel-fieldset aksel-radio-group", id, tabindex: -1 }, el("legend", { className: "aksel-fieldset__legend aksel-label" }, `${legend}: nivå`));
  for (const level of EVIDENCE_LEVELS) {
    const rid = `${id}--${level.strength}`;
    const criteria = el("ul", { className: "aksel-body-short", id: `${rid}-criteria` });
    for (const c of level.criteria) criteria.append(el("li", {}, c));
    append(
      set,
      el(
        "div",
        { className: "aksel-radio" },
        el("input", { className: "aksel-radio__input", type: "radio", name: `${prefix}-strength`, id: rid, value: String(level.strength), "aria-describedby": `${rid}-criteria` }),
        el("label", { className: "aksel-radio__label", for: rid }, el("span", { className: "aksel-body-short" }, `${level.strength} ${level.label}`), el("span", { className: "aksel-radio__description aksel-body-short" }, ` – ${level.summary}`)),
      ),
      criteria,
    );
  }
  set.append(el("div", { className: "aksel-fieldset__error", id: `${id}-error`, "aria-live": "polite" }));
  const wrapper = el("div", {}, set, selectField(`${prefix}.evidence.direction`, "Retning på resultatet", EVIDENCE_DIRECTIONS));
  return wrapper;
}

export function readEvidence(root: HTMLElement, prefix: string): { strength: number | undefined; direction: string | undefined } {
  const checked = root.querySelector<HTMLInputElement>(`input[name="${prefix}-strength"]:checked`);
  const direction = root.querySelector<HTMLSelectElement>(`#${CSS.escape(fieldId(`${prefix}.evidence.direction`))}`)?.value;
  return { strength: checked ? Number(checked.value) : undefined, direction: direction || undefined };
}

export function submitButton(text: string, variant: "primary" | "secondary" | "danger" = "primary"): HTMLButtonElement {
  return el("button", { type: "submit", className: `aksel-button aksel-button--${variant} aksel-button--small` }, el("span", { className: "aksel-label aksel-label--small" }, text));
}

export function curatorNav(): HTMLElement {
  return el("nav", { className: "utp-actions", "aria-label": "Kuratorsider" }, link("/kurator/", "Vurderingskø"), link("/kurator/metoder/", "Metoder"), link("/kurator/resultater/", "Mangler resultater"));
}
