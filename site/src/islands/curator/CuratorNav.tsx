import { HStack, Link } from "@navikt/ds-react";

export function CuratorNav() {
  return (
    <HStack as="nav" aria-label="Kuratorsider" gap="space-16" wrap>
      <Link href="/kurator/">Vurderingskø</Link>
      <Link href="/kurator/metoder/">Metoder</Link>
      <Link href="/kurator/resultater/">Mangler resultater</Link>
      <Link href="/kurator/kandidater/">Hva bør evalueres?</Link>
      <Link href="/kurator/varsler/">Mine varsler</Link>
    </HStack>
  );
}
