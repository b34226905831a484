/**
 * "Copy link" beside the filter panel: the address of the view the reader has (filters and the page's own
 * settings are in it), on the clipboard, to paste into a message. The button is in the HTML with the panel and
 * shown only where scripts run (CSS's `scripting` media feature); one listener serves the static panel and the
 * live one that replaces it. Where the clipboard is refused, the address is shown selected, to copy by hand.
 */
import {element, setText} from "./dom.js";

/** The button and its status line, as the filter panel holds them. */
export function copyLinkControl(document: Document): HTMLElement {
  return element(document, "div", {class: "copy-link"}, [
    element(document, "button", {type: "button", "data-copy-link": ""}, ["Copy link to this view"]),
    element(document, "span", {class: "copy-link-status", role: "status"})
  ]);
}

/** Makes every Copy link button of the page copy the page's current address. */
export function enableCopyLink(document: Document, clipboard: Pick<Clipboard, "writeText"> | undefined = globalThis.navigator?.clipboard): void {
  document.addEventListener("click", (event) => {
    const button = (event.target as Element | null)?.closest?.("[data-copy-link]");
    const control = button?.closest(".copy-link");
    if (!button || !control) return;
    const status = control.querySelector<HTMLElement>(".copy-link-status")!;
    const href = document.location.href;
    const shown = () => {
      // The address to copy by hand, selected.
      const field = element(document, "input", {type: "text", readonly: true, value: href, "aria-label": "This view's address", class: "copy-link-field"});
      status.replaceChildren("Copy this address: ", field);
      field.select();
    };
    if (!clipboard) return shown();
    clipboard.writeText(href).then(() => setText(status, "Link copied."), shown);
  });
}
