import { DownloadIcon } from "@navikt/aksel-icons";
import { Accordion, BodyShort, Button, Checkbox, CheckboxGroup, ReadMore, Select } from "@navikt/ds-react";

/**
 * The search page's filter groups as Aksel's own markup, rendered at build time without hydration: each
 * group an Accordion item, checkboxes as a CheckboxGroup, the office list as a Select. The search script
 * opens and closes the items and reads the controls by their `data-filter` attributes.
 */

export interface FilterOptionView {
  readonly value: string;
  readonly label: string;
  /** How many trials the option gives, formatted for reading. */
  readonly count: string;
  readonly zero: boolean;
}

export interface FilterGroupView {
  readonly key: string;
  readonly legend: string;
  readonly hint?: string | undefined;
  readonly control: "checkboxes" | "select";
  readonly open: boolean;
  readonly options: readonly FilterOptionView[];
}

function GroupControl({ group }: { group: FilterGroupView }) {
  if (group.control === "select") {
    return (
      <Select label={group.legend} hideLabel id={`filter-${group.key}`} name={group.key} data-filter={group.key}>
        <option value="">Alle kontorer</option>
        {group.options.map((o) => (
          <option key={o.value} value={o.value} data-label={o.label}>
            {`${o.label} (${o.count})`}
          </option>
        ))}
      </Select>
    );
  }
  return (
    <>
      {group.hint && (
        <BodyShort size="small" className="utp-muted utp-filter-hint">
          {group.hint}
        </BodyShort>
      )}
      <CheckboxGroup legend={group.legend} hideLegend id={`filter-${group.key}-gruppe`}>
        {group.options.map((o) => (
          <Checkbox
            key={o.value}
            id={`filter-${group.key}-${o.value}`}
            value={o.value}
            name={group.key}
            data-filter={group.key}
            className={o.zero ? "utp-check is-zero" : "utp-check"}
          >
            {o.label}{" "}
            <span className="utp-count" data-count-for={group.key} data-value={o.value}>
              ({o.count})
            </span>
          </Checkbox>
        ))}
      </CheckboxGroup>
    </>
  );
}

export function SearchFilters({ groups }: { groups: readonly FilterGroupView[] }) {
  return (
    <Accordion size="small" className="utp-filter-groups">
      {groups.map((group) => (
        <Accordion.Item key={group.key} defaultOpen={group.open} data-filter-group={group.key}>
          <Accordion.Header id={`filtergruppe-${group.key}`} aria-controls={`filtergruppe-${group.key}-innhold`} data-filter-group-toggle>
            {group.legend}
          </Accordion.Header>
          <Accordion.Content id={`filtergruppe-${group.key}-innhold`}>
            <GroupControl group={group} />
          </Accordion.Content>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}

/** The sort menu: which order the results are in. */
export function SortSelect() {
  return (
    <Select label="Sorter" size="small" id="sok-sort" name="sort" className="utp-sort__select">
      <option value="relevans">Beste treff</option>
      <option value="nyeste">Nyeste først</option>
      <option value="evidens">Sterkest kunnskapsgrunnlag</option>
    </Select>
  );
}

/** "Vis treffene" (closes the filters on phones) and "Nullstill søk og filtre". */
export function FilterActions() {
  return (
    <div className="utp-section utp-filter-actions">
      <Button variant="primary" type="button" data-filter-close="">
        Vis treffene
      </Button>
      <Button variant="secondary" type="button" data-search-reset="">
        Nullstill søk og filtre
      </Button>
    </div>
  );
}

/** The button that opens the filters on phones; the script writes how many are chosen into its text. */
export function FilterToggle() {
  return (
    <Button variant="secondary" size="small" type="button" aria-expanded="false" aria-controls="filtre" data-filter-toggle="">
      <span data-filter-toggle-text="">Filtrer</span>
    </Button>
  );
}

/** "Vis flere": the next page of results. */
export function MoreButton({ hidden }: { hidden: boolean }) {
  return (
    <Button variant="secondary" type="button" data-search-more="" hidden={hidden}>
      Vis flere
    </Button>
  );
}

/** "Last ned treffene": the current result as a workbook or a CSV file, written when asked for. */
export function DownloadHits() {
  return (
    <div className="utp-download" data-search-download="">
      <span className="aksel-body-short utp-download__label" id="last-ned-treffene">
        Last ned treffene
      </span>
      <Button
        variant="tertiary"
        size="small"
        type="button"
        icon={<DownloadIcon aria-hidden />}
        data-download-format="xlsx"
        aria-describedby="last-ned-treffene"
      >
        Excel-arbeidsbok
      </Button>
      <Button variant="tertiary" size="small" type="button" icon={<DownloadIcon aria-hidden />} data-download-format="csv" aria-describedby="last-ned-treffene">
        CSV-fil
      </Button>
    </div>
  );
}

/** "Slik sorterer vi": Aksel's ReadMore, opened and closed by the search script. */
export function SortHelp() {
  return (
    <ReadMore header="Slik sorterer vi" size="small" data-read-more-toggle="">
      «Beste treff» setter først utprøvingene der ordet ditt står i tittelen, sammendraget eller problemet de ville løse, foran dem som bare nevner det i en
      tiltakstype eller lenger ned i teksten; et ord med samme betydning (som «ungdom» for «unge») teller litt mindre enn ordet selv, og blant like gode treff
      kommer de best dokumenterte og nyeste først. Et ord vi ikke finner, søker vi som det nærmeste ordet i banken.
    </ReadMore>
  );
}
