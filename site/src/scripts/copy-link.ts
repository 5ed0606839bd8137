/**
 * A trial page's "Kopier lenke": copies the page's absolute address and says so in a live region. Also
 * writes each link's absolute address beside it for the print stylesheet, which prints it after the link.
 */
const button = document.querySelector<HTMLButtonElement>("[data-copy-link]");
const status = document.querySelector<HTMLElement>("[data-copy-status]");

function pageAddress(): string {
  return new URL(location.pathname, location.origin).href;
}

button?.addEventListener("click", () => {
  const address = pageAddress();
  const say = (text: string) => {
    if (status) status.textContent = text;
  };
  say("");
  navigator.clipboard.writeText(address).then(
    () => say("Lenken er kopiert"),
    () => say(`Kunne ikke kopiere. Adressen er ${address}`),
  );
});

for (const link of document.querySelectorAll<HTMLAnchorElement>("main a[href]")) {
  if (/^https?:/.test(link.href) && !link.getAttribute("href")?.startsWith("#")) link.dataset.printHref = link.href;
}
