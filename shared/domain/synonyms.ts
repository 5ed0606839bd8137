/**
 * Words that mean the same in NAV's language: abbreviations and their long forms, old and new names of
 * measures, and the everyday words people search with for the taxonomy's labels. Kept as data: add a
 * group or a word and the next site build indexes it. The search index adds every word of a group to a
 * trial that holds any of them, so either word finds the trial.
 *
 * A term is matched as a whole word; terms of five letters or more also match longer word forms
 * ("sykmeldt" matches "sykmeldte"). Multi-word terms match as a phrase.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  // Target groups
  ["ungdom", "unge", "ungdommer", "unge voksne"],
  ["flyktning", "flyktninger", "innvandrer", "innvandrere", "minoritetsspråklige", "introduksjonsprogrammet"],
  ["sykmeldt", "sykmeldte", "sykemeldt", "sykefravær", "sykepenger"],
  ["sosialhjelp", "økonomisk sosialhjelp", "sosialhjelpsmottakere", "økonomisk stønad", "sosialstønad"],
  ["langtidsledige", "langtidsledig", "langtidsarbeidsledige", "langtidsledighet"],
  ["nedsatt arbeidsevne", "redusert arbeidsevne", "hindringer for arbeid"],
  ["psykiske helseproblemer", "psykisk helse", "psykiske lidelser", "psykisk uhelse"],
  ["rusproblemer", "rus", "rusavhengighet", "ROP"],
  ["tidligere innsatte", "løslatte", "straffedømte", "domfelte", "kriminalomsorgen"],
  ["hull i CV-en", "hull i CV"],
  ["videregående", "videregående skole", "VGS", "frafall", "drop-out"],
  // Benefits and programmes
  ["AAP", "arbeidsavklaringspenger"],
  ["KVP", "kvalifiseringsprogrammet", "kvalifiseringsprogram", "kvalifiseringsstønad"],
  ["uføretrygd", "uføre", "uførepensjon", "uføretrygdede"],
  ["tiltakspenger", "individstønad"],
  // Measure types, with their old names
  ["IPS", "individuell jobbstøtte", "individual placement and support", "jobbspesialist"],
  ["supported employment", "arbeid med bistand"],
  ["AFT", "arbeidsforberedende trening", "arbeidspraksis i skjermet virksomhet", "APS"],
  ["VTA", "varig tilrettelagt arbeid", "skjermet virksomhet", "VTO"],
  ["arbeidstrening", "arbeidspraksis", "praksisplass"],
  ["opplæring", "AMO", "arbeidsmarkedsopplæring", "kurs"],
  ["lønnstilskudd", "midlertidig lønnstilskudd", "varig lønnstilskudd", "LTS"],
  ["avklaring", "arbeidsevnevurdering", "kartlegging"],
  ["oppfølging", "oppfølgingstiltak", "tett oppfølging"],
  ["arbeids- og utdanningsreiser", "arbeidsreiser", "utdanningsreiser"],
  ["innsatsgruppe", "innsatsbehov", "standard innsats", "situasjonsbestemt innsats", "spesielt tilpasset innsats", "varig tilpasset innsats"],
  // Ways of financing and partners
  ["effektkontrakt", "velferdsobligasjon", "sosial impact bond", "SIB"],
  ["innovativ anskaffelse", "StartOff"],
  ["sosial entreprenør", "sosialt entreprenørskap", "sosiale entreprenører"],
  ["NAV-kontor", "NAV kontor", "NAV-kontoret"],
];

export interface SynonymMatcher {
  /** The words of every group one of whose terms occurs in the text, except those already in it. */
  expand(text: string): string[];
  /** The token of every group that occurs in the text (as `synonymTokens`, with the matcher's prepared index). */
  tokens(text: string): string[];
}

const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;
const PREFIX_MIN = 5;

function words(text: string): string[] {
  return text.toLocaleLowerCase("nb").match(WORD) ?? [];
}

function termMatches(term: readonly string[], tokens: readonly string[], at: number): boolean {
  for (let i = 0; i < term.length; i += 1) {
    const token = tokens[at + i];
    const part = term[i]!;
    if (token === undefined) return false;
    const last = i === term.length - 1;
    if (token !== part && !(last && part.length >= PREFIX_MIN && token.startsWith(part))) return false;
  }
  return true;
}

/** A matcher over the given groups (the product's list by default), prepared once and used per text. */
export function synonymMatcher(groups: readonly (readonly string[])[] = SYNONYM_GROUPS): SynonymMatcher {
  const prepared = groups.map((group) => ({ terms: group.map(words).filter((t) => t.length > 0), text: group }));
  // First words index the terms, so a text is read once.
  const byFirstWord = new Map<string, { group: number; term: string[] }[]>();
  const byPrefix: { prefix: string; group: number; term: string[] }[] = [];
  prepared.forEach((g, group) => {
    for (const term of g.terms) {
      const first = term[0]!;
      if (term.length === 1 && first.length >= PREFIX_MIN) byPrefix.push({ prefix: first, group, term });
      else {
        const list = byFirstWord.get(first) ?? [];
        list.push({ group, term });
        byFirstWord.set(first, list);
      }
    }
  });
  const groupsIn = (tokens: readonly string[]): Set<number> => {
    const found = new Set<number>();
    tokens.forEach((token, at) => {
      for (const { group, term } of byFirstWord.get(token) ?? []) if (termMatches(term, tokens, at)) found.add(group);
      for (const { prefix, group } of byPrefix) if (token.startsWith(prefix)) found.add(group);
    });
    return found;
  };
  return {
    tokens(text) {
      return [...groupsIn(words(text))].sort((a, b) => a - b).map(groupToken);
    },
    expand(text) {
      const tokens = words(text);
      const found = groupsIn(tokens);
      const present = new Set(tokens);
      const extra: string[] = [];
      for (const group of found) {
        for (const term of prepared[group]!.text) {
          const parts = words(term);
          if (!parts.every((p) => present.has(p))) extra.push(term);
        }
      }
      return extra;
    },
  };
}

const TOKEN_LETTERS = "bcdfghjklmnpqrstvwxz";

/**
 * A word that stands for a whole group in the index: "qx" and two consonants, so Norwegian stemming leaves
 * it alone and no token is the start of another (Pagefind matches the last word of a query as a prefix).
 */
export function groupToken(group: number): string {
  const n = TOKEN_LETTERS.length;
  return `qx${TOKEN_LETTERS[Math.floor(group / n) % n]}${TOKEN_LETTERS[group % n]}`;
}

interface Occurrence {
  group: number;
  at: number;
  length: number;
}

/** Every place a term of a group occurs in the words, longest terms first where they overlap. */
function occurrences(tokens: readonly string[], groups: readonly (readonly string[])[]): Occurrence[] {
  const found: Occurrence[] = [];
  groups.forEach((group, index) => {
    for (const term of group) {
      const parts = words(term);
      if (parts.length === 0) continue;
      for (let at = 0; at < tokens.length; at += 1) {
        if (termMatches(parts, tokens, at)) found.push({ group: index, at, length: parts.length });
      }
    }
  });
  return found.sort((a, b) => a.at - b.at || b.length - a.length);
}

/** The group tokens for every group that occurs in the text. */
export function synonymTokens(text: string, groups: readonly (readonly string[])[] = SYNONYM_GROUPS): string[] {
  return synonymMatcher(groups).tokens(text);
}

/**
 * A query with each synonym it holds replaced by its group's token, so "IPS" and "individuell jobbstøtte"
 * ask the index the same question. Words outside the list are kept as typed.
 */
export function synonymQuery(query: string, groups: readonly (readonly string[])[] = SYNONYM_GROUPS): string {
  const tokens = words(query);
  const out: string[] = [];
  const found = occurrences(tokens, groups);
  let at = 0;
  while (at < tokens.length) {
    const hit = found.find((o) => o.at === at);
    if (hit) {
      out.push(groupToken(hit.group));
      at += hit.length;
    } else {
      out.push(tokens[at]!);
      at += 1;
    }
  }
  return out.join(" ");
}
