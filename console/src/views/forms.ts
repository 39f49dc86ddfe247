import { describeError } from "../api.js";
import { fields, h } from "../dom.js";
import type { Child, Props } from "../dom.js";

/**
 * A form whose submit calls `action` with its field values, disables its
 * buttons meanwhile, and shows the error of a failed call inside itself.
 */
export function actionForm(
  props: Props,
  children: Child[],
  action: (values: Record<string, string>, form: HTMLFormElement) => Promise<void>,
): HTMLFormElement {
  const problem = h("p", { class: "error", role: "alert" });
  const form = h("form", props, ...children, problem);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    problem.textContent = "";
    const buttons = form.querySelectorAll("button");
    buttons.forEach((b) => (b.disabled = true));
    action(fields(form), form)
      .catch((error) => {
        problem.textContent = describeError(error);
      })
      .finally(() => buttons.forEach((b) => (b.disabled = false)));
  });
  return form;
}

/** A labelled input. */
export function field(label: string, input: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement): HTMLLabelElement {
  return h("label", { class: "field" }, h("span", {}, label), input);
}

/** A select of an enum's values (the unspecified zero left out). */
export function enumSelect(name: string, values: object, chosen: number, label: (v: number) => string): HTMLSelectElement {
  const options = Object.values(values)
    .filter((v): v is number => typeof v === "number" && v !== 0)
    .map((v) => h("option", { value: v, selected: v === chosen }, label(v)));
  return h("select", { name }, ...options);
}

/** A table with a header row; `empty` stands in when there are no rows. */
export function table(headings: string[], rows: Child[][], empty: string): HTMLElement {
  if (rows.length === 0) return h("p", { class: "muted" }, empty);
  return h(
    "table",
    {},
    h("thead", {}, h("tr", {}, ...headings.map((t) => h("th", {}, t)))),
    h("tbody", {}, ...rows.map((cells) => h("tr", {}, ...cells.map((c) => h("td", {}, c))))),
  );
}
