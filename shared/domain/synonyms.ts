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
  ["rusproblemer", "rus", "rusavhengighet", "rusavhengig", "ROP"],
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

/**
 * Groups whose terms are one name in different forms (an abbreviation, its long form, an old name): a query
 * for any of them is the same query. In the other groups a term is a word of its own with related words
 * beside it: a trial holding the term itself ranks a little above one holding only another word of the group.
 * Named by their first term.
 */
export const NAME_GROUPS: ReadonlySet<string> = new Set([
  "AAP",
  "KVP",
  "tiltakspenger",
  "IPS",
  "supported employment",
  "AFT",
  "VTA",
  "lønnstilskudd",
  "arbeids- og utdanningsreiser",
  "innovativ anskaffelse",
  "sosial entreprenør",
  "NAV-kontor",
  "hull i CV-en",
  "langtidsledige",
]);

const isNameGroup = (group: number, groups: readonly (readonly string[])[]) => NAME_GROUPS.has(groups[group]?.[0] ?? "");

export interface SynonymMatcher {
  /** The words of every group one of whose terms occurs in the text, except those already in it. */
  expand(text: string): string[];
  /** The token of every group that occurs in the text (as `synonymTokens`, with the matcher's prepared index). */
  tokens(text: string): string[];
  /**
   * The term tokens of the terms that occur in the text (groups outside `NAME_GROUPS`), and those of the other
   * terms of their groups: the first go beside the text, the others where a synonym's hit counts a little less.
   */
  termTokens(text: string): { present: string[]; related: string[] };
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
  const prepared = groups.map((group) => ({ terms: group.map(words), text: group }));
  // First words index the terms, so a text is read once.
  const byFirstWord = new Map<string, { group: number; term: string[] }[]>();
  const byPrefix: { prefix: string; group: number; term: string[] }[] = [];
  prepared.forEach((g, group) => {
    for (const term of g.terms) {
      if (term.length === 0) continue;
      const first = term[0]!;
      if (term.length === 1 && first.length >= PREFIX_MIN) byPrefix.push({ prefix: first, group, term });
      else {
        const list = byFirstWord.get(first) ?? [];
        list.push({ group, term });
        byFirstWord.set(first, list);
      }
    }
  });
  const termsIn = (tokens: readonly string[]): Set<string> => {
    const found = new Set<string>();
    tokens.forEach((token, at) => {
      for (const { group, term } of byFirstWord.get(token) ?? []) if (termMatches(term, tokens, at)) found.add(`${group}:${term.join(" ")}`);
      for (const { prefix, group, term } of byPrefix) if (token.startsWith(prefix)) found.add(`${group}:${term.join(" ")}`);
    });
    return found;
  };
  const groupsIn = (tokens: readonly string[]): Set<number> => new Set([...termsIn(tokens)].map((key) => Number(key.slice(0, key.indexOf(":")))));
  return {
    tokens(text) {
      return [...groupsIn(words(text))].sort((a, b) => a - b).map(groupToken);
    },
    termTokens(text) {
      const present = new Set<string>();
      const related = new Set<string>();
      const found = termsIn(words(text));
      const matched = new Set([...found].map((key) => Number(key.slice(0, key.indexOf(":")))));
      for (const group of matched) {
        if (isNameGroup(group, groups)) continue;
        prepared[group]!.terms.forEach((term, i) => (found.has(`${group}:${term.join(" ")}`) ? present : related).add(termToken(group, i)));
      }
      return { present: [...present].sort(), related: [...related].filter((t) => !present.has(t)).sort() };
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

/**
 * A word that stands for one term of a group (outside `NAME_GROUPS`): "qz", the group's two consonants and
 * the term's, so it is never the start of a group token or of another term token.
 */
export function termToken(group: number, term: number): string {
  return `qz${groupToken(group).slice(2)}${TOKEN_LETTERS[term % TOKEN_LETTERS.length]}`;
}

/** Whether a word is one of the index's tokens (a group's or a term's). */
export const TOKEN_PATTERN = /^q[xz][^aeiouyæøå\s]{2,3}$/u;

interface Occurrence {
  group: number;
  term: number;
  at: number;
  length: number;
}

/** Every place a term of a group occurs in the words, longest terms first where they overlap. */
function occurrences(tokens: readonly string[], groups: readonly (readonly string[])[]): Occurrence[] {
  const found: Occurrence[] = [];
  groups.forEach((group, index) => {
    group.forEach((term, termIndex) => {
      const parts = words(term);
      if (parts.length === 0) return;
      for (let at = 0; at < tokens.length; at += 1) {
        if (termMatches(parts, tokens, at)) found.push({ group: index, term: termIndex, at, length: parts.length });
      }
    });
  });
  return found.sort((a, b) => a.at - b.at || b.length - a.length);
}

/** The group tokens for every group that occurs in the text. */
export function synonymTokens(text: string, groups: readonly (readonly string[])[] = SYNONYM_GROUPS): string[] {
  return synonymMatcher(groups).tokens(text);
}

/**
 * A query with each synonym it holds replaced by its group's token, so "IPS" and "individuell jobbstøtte"
 * ask the index the same question. In a group of related words (not in `NAME_GROUPS`) the term's own token
 * is asked for instead: every trial of the group has it, where the term itself occurs at that part's weight and
 * elsewhere a little lower. Words outside the list are kept as typed.
 */
export function synonymQuery(query: string, groups: readonly (readonly string[])[] = SYNONYM_GROUPS): string {
  const tokens = words(query);
  const out: string[] = [];
  const found = occurrences(tokens, groups);
  let at = 0;
  while (at < tokens.length) {
    const hit = found.find((o) => o.at === at);
    if (hit) {
      // Every trial of a group of related words holds each term's token, so the term's token alone finds them
      // all, the term itself ranked above its synonyms, from one place in the index.
      out.push(isNameGroup(hit.group, groups) ? groupToken(hit.group) : termToken(hit.group, hit.term));
      at += hit.length;
    } else {
      out.push(tokens[at]!);
      at += 1;
    }
  }
  return out.join(" ");
}
