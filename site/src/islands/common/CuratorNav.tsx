import { HStack, Link } from "@navikt/ds-react";

const PAGES = [
  { href: "/kurator/", label: "Vurderingskø" },
  { href: "/kurator/metoder/", label: "Metoder" },
  { href: "/kurator/resultater/", label: "Mangler resultater" },
  { href: "/kurator/kandidater/", label: "Hva bør evalueres?" },
  { href: "/kurator/varsler/", label: "Mine varsler" },
] as const;

/** The curators' pages, the one open marked as the current page. */
export function CuratorNav() {
  const here = typeof window === "undefined" ? "" : window.location.pathname;
  return (
    <HStack as="nav" aria-label="Kuratorsider" gap="space-16" wrap className="utp-curator-nav">
      {PAGES.map((p) => (
        <Link key={p.href} href={p.href} {...(here === p.href ? { "aria-current": "page" as const } : {})}>
          {p.label}
        </Link>
      ))}
    </HStack>
  );
}
