/** Small DOM helpers for components, so every component can be rendered with a test document (linkedom). */

export type Attributes = Record<string, string | number | boolean | null | undefined>;

/** Creates an element with attributes (false/null/undefined omitted) and children (strings become text nodes). */
export function element<K extends keyof HTMLElementTagNameMap>(
  document: Document,
  tag: K,
  attributes: Attributes = {},
  children: readonly (Node | string | null | undefined | false)[] = []
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    node.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return node;
}

/** The document to build with: the option if given (tests), else the page's. */
export function documentOf(options: {document?: Document}): Document {
  return options.document ?? globalThis.document;
}

/** Writes text only when it differs: an unchanged count is no change to the page (no mutation, no layout). */
export function setText(node: Node, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

/** Sets or clears a class only when that changes it, for the same reason. */
export function classed(node: Element, name: string, on: boolean): void {
  if (node.classList.contains(name) !== on) node.classList.toggle(name, on);
}
