import { BodyShort, Button, Heading, Textarea, VStack } from "@navikt/ds-react";
import { useEffect, useRef } from "react";
import { labelForPath } from "../../../../shared/domain/forms/pilot-form.ts";

/** Every text value of the content by its dotted path (lists of codes as one value). */
export function flattenContent(value: unknown, prefix = "", out = new Map<string, string>()): Map<string, string> {
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v !== "object")) out.set(prefix, value.join(", "));
    else value.forEach((v, i) => flattenContent(v, `${prefix}.${i}`, out));
  } else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) flattenContent(v, prefix ? `${prefix}.${k}` : k, out);
  } else if (value !== undefined) out.set(prefix, String(value));
  return out;
}

/** After a conflict: what the user wrote that the newest version lacks, each with "Bruk min tekst". */
export function ConflictPanel({
  differences,
  onUse,
  onClose,
}: {
  differences: [string, string][];
  onUse: (path: string, value: string) => void;
  onClose: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <aside className="utp-conflict-panel" aria-labelledby="utp-conflict-heading">
      <VStack gap="space-16">
        <Heading level="2" size="small" id="utp-conflict-heading" tabIndex={-1} ref={heading}>
          Dine endringer som ikke ble lagret
        </Heading>
        {differences.length === 0 ? <BodyShort>Ingen forskjeller: det du skrev er med i den nyeste versjonen.</BodyShort> : null}
        {differences.map(([path, value]) => (
          <VStack key={path} gap="space-8">
            <Textarea label={`Din tekst: ${labelForPath(path)}`} value={value} readOnly minRows={2} onChange={() => {}} />
            <div>
              <Button type="button" variant="secondary" size="small" onClick={() => onUse(path, value)}>
                Bruk min tekst
              </Button>
            </div>
          </VStack>
        ))}
        <div>
          <Button type="button" variant="tertiary" size="small" onClick={onClose}>
            Lukk
          </Button>
        </div>
      </VStack>
    </aside>
  );
}
