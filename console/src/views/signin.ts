import { describeError } from "../api.js";
import { fill, h } from "../dom.js";

export interface SignIn {
  signIn: (key: string) => Promise<void>;
  signal: AbortSignal;
}

/** Paste an API key; it is checked before it is kept. */
export async function signInView(root: HTMLElement, { signIn }: SignIn): Promise<void> {
  const problem = h("p", { class: "error", role: "alert", id: "sign-in-error" });
  const key = h("input", {
    id: "api-key",
    name: "key",
    type: "password",
    autocomplete: "off",
    placeholder: "rtk_…",
    required: true,
  });
  const form = h(
    "form",
    {
      id: "sign-in",
      class: "card narrow",
      onsubmit: (event) => {
        event.preventDefault();
        problem.textContent = "";
        signIn(key.value.trim()).catch((error) => {
          problem.textContent = describeError(error);
        });
      },
    },
    h("h1", {}, "Roundtable console"),
    h("label", { for: "api-key" }, "API key"),
    key,
    h("p", { class: "muted" }, "Kept in this tab only (sessionStorage) until you sign out or close it."),
    h("button", { type: "submit" }, "Sign in"),
    problem,
  );
  fill(root, form);
  key.focus();
}
