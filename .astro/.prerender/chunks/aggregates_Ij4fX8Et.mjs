import * as z from "zod";
import { stringify } from "csv-stringify/sync";
// shared/domain/outcome-measures.ts
var STANDARD_MEASURES = [
	{
		code: "arbeid-utdanning-6m",
		label: "Andel i arbeid eller utdanning 6 måneder etter",
		unit: "prosent",
		followUpMonths: 6,
		pooling: "share",
		higherIsBetter: true,
		description: "Andel av deltakerne som var i arbeid eller utdanning seks måneder etter avsluttet deltakelse."
	},
	{
		code: "arbeid-utdanning-12m",
		label: "Andel i arbeid eller utdanning 12 måneder etter",
		unit: "prosent",
		followUpMonths: 12,
		pooling: "share",
		higherIsBetter: true,
		description: "Andel av deltakerne som var i arbeid eller utdanning tolv måneder etter avsluttet deltakelse."
	},
	{
		code: "ordinaert-arbeid-6m",
		label: "Andel i ordinært arbeid 6 måneder etter",
		unit: "prosent",
		followUpMonths: 6,
		pooling: "share",
		higherIsBetter: true,
		description: "Andel i ordinært arbeid uten lønnstilskudd seks måneder etter."
	},
	{
		code: "fullfort-vgs",
		label: "Andel som fullfører videregående opplæring",
		unit: "prosent",
		pooling: "share",
		higherIsBetter: true,
		description: "Andel av deltakerne som fullførte og bestod videregående opplæring i perioden."
	},
	{
		code: "ventetid-dager",
		label: "Ventetid til første samtale (dager)",
		unit: "dager",
		pooling: "mean",
		higherIsBetter: false,
		description: "Gjennomsnittlig antall dager fra henvendelse til første oppfølgingssamtale."
	},
	{
		code: "brukertilfredshet",
		label: "Brukertilfredshet (1–6)",
		unit: "skala-1-6",
		pooling: "mean",
		higherIsBetter: true,
		description: "Gjennomsnittlig svar på spørsmålet om hvor fornøyd deltakeren var, på en skala fra 1 til 6."
	},
	{
		code: "ny-straffesak-12m",
		label: "Andel med ny straffesak innen 12 måneder",
		unit: "prosent",
		followUpMonths: 12,
		pooling: "share",
		higherIsBetter: false,
		description: "Andel av deltakerne som fikk en ny straffesak innen tolv måneder etter løslatelse."
	},
	{
		code: "sosialhjelp-avsluttet-6m",
		label: "Andel uten økonomisk sosialhjelp 6 måneder etter",
		unit: "prosent",
		followUpMonths: 6,
		pooling: "share",
		higherIsBetter: true,
		description: "Andel av deltakerne som ikke mottok økonomisk sosialhjelp seks måneder etter."
	}
];
function standardMeasure(code) {
	return STANDARD_MEASURES.find((m) => m.code === code);
}
// shared/domain/taxonomy.ts
function terms(list) {
	return list;
}
function codes(list) {
	return list.map((t) => t.code);
}
function labelOf(list, code) {
	return list.find((t) => t.code === code)?.label ?? code;
}
/** Norway's 15 counties (fylker) from 2024. */
var COUNTIES = terms([
	{
		code: "oslo",
		label: "Oslo"
	},
	{
		code: "akershus",
		label: "Akershus"
	},
	{
		code: "ostfold",
		label: "Østfold"
	},
	{
		code: "buskerud",
		label: "Buskerud"
	},
	{
		code: "innlandet",
		label: "Innlandet"
	},
	{
		code: "vestfold",
		label: "Vestfold"
	},
	{
		code: "telemark",
		label: "Telemark"
	},
	{
		code: "agder",
		label: "Agder"
	},
	{
		code: "rogaland",
		label: "Rogaland"
	},
	{
		code: "vestland",
		label: "Vestland"
	},
	{
		code: "more-og-romsdal",
		label: "Møre og Romsdal"
	},
	{
		code: "trondelag",
		label: "Trøndelag"
	},
	{
		code: "nordland",
		label: "Nordland"
	},
	{
		code: "troms",
		label: "Troms"
	},
	{
		code: "finnmark",
		label: "Finnmark"
	}
]);
var TRIAL_STATUSES = terms([
	{
		code: "planlagt",
		label: "Planlagt"
	},
	{
		code: "pagar",
		label: "Pågår"
	},
	{
		code: "avsluttet",
		label: "Avsluttet"
	},
	{
		code: "avbrutt",
		label: "Avbrutt",
		description: "Stoppet før planlagt slutt"
	}
]);
/** A trial in one of these statuses has ended and must report results. */
var ENDED_TRIAL_STATUSES = ["avsluttet", "avbrutt"];
var TARGET_GROUPS = terms([
	{
		code: "unge-under-30",
		label: "Unge under 30 år"
	},
	{
		code: "innvandrere-utenfor-eos",
		label: "Innvandrere fra land utenfor EU/EØS"
	},
	{
		code: "langtidsledige",
		label: "Langtidsledige"
	},
	{
		code: "nedsatt-arbeidsevne",
		label: "Personer med nedsatt arbeidsevne"
	},
	{
		code: "sosialhjelpsmottakere",
		label: "Mottakere av økonomisk sosialhjelp"
	},
	{
		code: "psykisk-helse-rus",
		label: "Personer med psykiske helseproblemer og/eller rusproblemer"
	},
	{
		code: "tidligere-innsatte",
		label: "Tidligere innsatte"
	},
	{
		code: "hull-i-cv",
		label: "Personer med hull i CV-en"
	},
	{
		code: "sykmeldte",
		label: "Sykmeldte"
	},
	{
		code: "uten-fullfort-vgs",
		label: "Unge som ikke har fullført videregående skole"
	}
]);
/** Labour-market measure types (tiltakstyper), Meld. St. 32 (2020–2021) box 8.9, or none. */
var MEASURE_TYPES = terms([
	{
		code: "avklaring",
		label: "Avklaring"
	},
	{
		code: "oppfolging",
		label: "Oppfølging"
	},
	{
		code: "arbeidstrening",
		label: "Arbeidstrening"
	},
	{
		code: "aft",
		label: "Arbeidsforberedende trening (AFT)"
	},
	{
		code: "opplaering",
		label: "Opplæring"
	},
	{
		code: "arbeidsrettet-rehabilitering",
		label: "Arbeidsrettet rehabilitering"
	},
	{
		code: "inkluderingstilskudd",
		label: "Inkluderingstilskudd"
	},
	{
		code: "midlertidig-lonnstilskudd",
		label: "Midlertidig lønnstilskudd"
	},
	{
		code: "varig-lonnstilskudd",
		label: "Varig lønnstilskudd"
	},
	{
		code: "arbeids-og-utdanningsreiser",
		label: "Arbeids- og utdanningsreiser"
	},
	{
		code: "funksjonsassistanse",
		label: "Funksjonsassistanse"
	},
	{
		code: "vta",
		label: "Varig tilrettelagt arbeid (VTA)"
	},
	{
		code: "ips",
		label: "Individuell jobbstøtte (IPS)"
	},
	{
		code: "ingen",
		label: "Ingen tiltakstype (ny arbeidsmåte)"
	}
]);
var INNSATSGRUPPER = terms([
	{
		code: "standard",
		label: "Standard innsats"
	},
	{
		code: "situasjonsbestemt",
		label: "Situasjonsbestemt innsats"
	},
	{
		code: "spesielt-tilpasset",
		label: "Spesielt tilpasset innsats"
	},
	{
		code: "varig-tilpasset",
		label: "Varig tilpasset innsats"
	}
]);
var PARTNER_TYPES = terms([
	{
		code: "sosial-entreprenor",
		label: "Sosial entreprenør"
	},
	{
		code: "ideell-aktor",
		label: "Ideell aktør"
	},
	{
		code: "kommersiell-leverandor",
		label: "Kommersiell leverandør"
	},
	{
		code: "arbeidsgiver",
		label: "Arbeidsgiver"
	},
	{
		code: "forskningsmiljo",
		label: "Forskningsmiljø"
	},
	{
		code: "kommunal-tjeneste",
		label: "Kommunal tjeneste"
	},
	{
		code: "helsetjeneste",
		label: "Helsetjeneste"
	},
	{
		code: "utdanning",
		label: "Utdanning"
	},
	{
		code: "frivillig-organisasjon",
		label: "Frivillig organisasjon"
	},
	{
		code: "offentlig-etat",
		label: "Annen offentlig etat",
		description: "For eksempel kriminalomsorgen eller fylkeskommunen"
	},
	{
		code: "investor",
		label: "Investor eller finansiør",
		description: "For eksempel investorer i en effektkontrakt"
	}
]);
var FUNDING_SOURCES = terms([
	{
		code: "eget-budsjett",
		label: "Eget budsjett"
	},
	{
		code: "tilskudd-sosiale-tjenester",
		label: "Tilskudd til utvikling av sosiale tjenester"
	},
	{
		code: "tilskudd-sosialt-entreprenorskap",
		label: "Tilskudd til sosialt entreprenørskap"
	},
	{
		code: "effektkontrakt",
		label: "Effektkontrakt / velferdsobligasjon"
	},
	{
		code: "innovativ-anskaffelse",
		label: "Innovativ anskaffelse (StartOff)"
	},
	{
		code: "resultatbasert-finansiering",
		label: "Resultatbasert finansiering"
	},
	{
		code: "annet",
		label: "Annet"
	}
]);
/** The outcome as the office reports it. */
var OUTCOMES = terms([
	{
		code: "virket",
		label: "Virket"
	},
	{
		code: "delvis",
		label: "Delvis"
	},
	{
		code: "virket-ikke",
		label: "Virket ikke"
	},
	{
		code: "negativ",
		label: "Negativ"
	},
	{
		code: "for-tidlig",
		label: "For tidlig å si"
	}
]);
/** Outcomes for which the coded reasons why it did not work are required. */
var NOT_WORKED_OUTCOMES = ["virket-ikke", "negativ"];
var FAILURE_REASONS = terms([
	{
		code: "ideen",
		label: "Selve ideen",
		description: "Arbeidsmåten ga ikke ønsket effekt"
	},
	{
		code: "gjennomforingen",
		label: "Gjennomføringen",
		description: "Arbeidsmåten ble ikke gjennomført som planlagt"
	},
	{
		code: "feil-malgruppe",
		label: "Feil målgruppe"
	},
	{
		code: "for-fa-deltakere",
		label: "For få deltakere"
	},
	{
		code: "partner-trakk-seg",
		label: "Samarbeidspartner trakk seg"
	},
	{
		code: "ytre-forhold",
		label: "Ytre forhold",
		description: "For eksempel pandemien eller endringer i arbeidsmarkedet"
	},
	{
		code: "ressurser-tok-slutt",
		label: "Ressursene tok slutt"
	}
]);
var EVALUATION_DESIGNS = terms([
	{
		code: "ingen",
		label: "Ingen evaluering"
	},
	{
		code: "brukertilbakemeldinger",
		label: "Brukertilbakemeldinger"
	},
	{
		code: "for-etter",
		label: "Før–etter-måling"
	},
	{
		code: "sammenligningsgruppe",
		label: "Sammenligningsgruppe",
		description: "For eksempel kontrollkontorer"
	},
	{
		code: "kvasi-eksperiment",
		label: "Kvasi-eksperiment"
	},
	{
		code: "rct",
		label: "Randomisert kontrollert forsøk (RCT)"
	}
]);
var EVALUATORS = terms([{
	code: "intern",
	label: "Internt ved kontoret"
}, {
	code: "forskningspartner",
	label: "Med forskningspartner"
}]);
var DOCUMENT_KINDS = terms([
	{
		code: "rapport",
		label: "Rapport"
	},
	{
		code: "presentasjon",
		label: "Presentasjon"
	},
	{
		code: "evaluering",
		label: "Evaluering"
	},
	{
		code: "annet",
		label: "Annet"
	}
]);
var MEASURE_UNITS = terms([
	{
		code: "prosent",
		label: "Prosent"
	},
	{
		code: "antall",
		label: "Antall"
	},
	{
		code: "dager",
		label: "Dager"
	},
	{
		code: "skala-1-6",
		label: "Skala 1–6"
	}
]);
/** The direction of a published result, set by the curator next to the evidence strength. */
var EVIDENCE_DIRECTIONS = terms([
	{
		code: "positiv",
		label: "Positiv effekt"
	},
	{
		code: "blandet",
		label: "Blandet effekt"
	},
	{
		code: "ingen",
		label: "Ingen effekt"
	},
	{
		code: "negativ",
		label: "Negativ effekt"
	},
	{
		code: "uavklart",
		label: "Uavklart"
	}
]);
/** Workflow states of a record in the bank. */
var PILOT_STATES = terms([
	{
		code: "draft",
		label: "Utkast"
	},
	{
		code: "submitted",
		label: "Sendt til vurdering"
	},
	{
		code: "changes_requested",
		label: "Returnert for endringer"
	},
	{
		code: "published",
		label: "Publisert"
	},
	{
		code: "withdrawn",
		label: "Trukket tilbake"
	}
]);
// shared/privacy/canonical-text.ts
/**
* Canonical text: what every string the hub accepts is turned into, once, at the boundary, before any check.
*
* - Characters with no visible use in NAV's text are refused, not silently dropped: default-ignorable code
*   points (zero-width characters, joiners, variation selectors, tag characters, fillers, bidirectional
*   marks), other format characters, control characters other than tab and line breaks, lone surrogates and
*   noncharacters, and combining marks that stand between two digits. Dropping them would hide that the text
*   was tampered with; refusing them names the character and where it is.
* - The rest is normalised to Unicode NFKC, and every decimal digit of any script is mapped to 0–9, so that
*   what a reader sees as a number is stored as that number.
*
* Pure TypeScript without dependencies: the API and the browser's form run the same rule.
*/
/** Default-ignorable code points and format characters (Cf): invisible, or changing how text around them reads. */
var INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}]/u;
/** C0 and C1 control characters except tab, line feed and carriage return. */
var CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
/** Noncharacters: U+FDD0–U+FDEF and the last two code points of every plane. */
var NONCHARACTER = /[\uFDD0-\uFDEF\uFFFE\uFFFF\u{1FFFE}\u{1FFFF}\u{2FFFE}\u{2FFFF}\u{10FFFE}\u{10FFFF}]/u;
var SURROGATE = /^[\uD800-\uDFFF]$/u;
var MARK = /^\p{M}$/u;
var DECIMAL_DIGIT = /^\p{Nd}$/u;
var hex = (code) => `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
/** Whether a code point (as a string) is a decimal digit in some script, or an ASCII digit. */
function isDigit(char) {
	return char !== void 0 && DECIMAL_DIGIT.test(char);
}
function refusal(char) {
	if (SURROGATE.test(char) || NONCHARACTER.test(char)) return "invalid";
	if (CONTROL.test(char)) return "control";
	if (INVISIBLE.test(char)) return "invisible";
}
/** The first character the hub refuses in `text`, or undefined. */
function refusedCharacter(text) {
	const chars = Array.from(text);
	for (let i = 0; i < chars.length; i++) {
		const char = chars[i] ?? "";
		const code = char.codePointAt(0) ?? 0;
		const kind = refusal(char);
		if (kind) return {
			codePoint: hex(code),
			position: i + 1,
			kind
		};
		if (MARK.test(char)) {
			let before = i - 1;
			while (before >= 0 && MARK.test(chars[before] ?? "")) before--;
			let after = i + 1;
			while (after < chars.length && MARK.test(chars[after] ?? "")) after++;
			if (isDigit(chars[before]) && isDigit(chars[after])) return {
				codePoint: hex(code),
				position: i + 1,
				kind: "mark-between-digits"
			};
		}
	}
}
/** Zero of the run of ten decimal digits a digit belongs to; cached per code point. */
var digitValues = /* @__PURE__ */ new Map();
/**
* The value 0–9 of a decimal digit of any script. Unicode keeps every script's decimal digits as runs of ten
* consecutive code points from 0 to 9 (a stability guarantee), so a digit's value is its distance from the
* start of its run, modulo ten (some runs of ten follow one another).
*/
function digitValue$1(char) {
	const code = char.codePointAt(0) ?? 0;
	if (code >= 48 && code <= 57) return code - 48;
	if (!isDigit(char)) return void 0;
	const cached = digitValues.get(code);
	if (cached !== void 0) return cached;
	let start = code;
	while (isDigit(String.fromCodePoint(start - 1))) start--;
	const value = (code - start) % 10;
	digitValues.set(code, value);
	return value;
}
/** The Norwegian message for a refused character, naming it and where it is. */
function refusedCharacterMessage(refused) {
	return `Feltet inneholder ${refused.kind === "mark-between-digits" ? `et kombinerende tegn mellom to sifre (${refused.codePoint})` : refused.kind === "control" ? `et styretegn (${refused.codePoint})` : refused.kind === "invalid" ? `et ugyldig tegn (${refused.codePoint})` : `et usynlig tegn (${refused.codePoint})`} på plass ${refused.position}. Fjern det, for eksempel ved å skrive teksten inn på nytt.`;
}
// shared/privacy/identity-number.ts
/**
* Privacy guard for Norwegian national identity numbers (fødselsnummer,
* D-nummer and H-nummer) in free text.
*
* Pure TypeScript without dependencies so that the same check can run in
* the browser (before a form is submitted) and on the server.
*
* Structure of an identity number: DDMMYY III K1 K2
*   - DDMMYY: date of birth. D-nummer adds 4 to the first digit (day 41–71),
*     H-nummer adds 4 to the third digit (month 41–52).
*   - III: individual number. For numbers issued before 2032 it also tells
*     the century (see `centuriesFromIndividualNumber`).
*   - K1, K2: check digits (see `hasValidCheckDigits`).
*
* The synthetic numbers of NAV's test environments (month + 40 or + 80, also
* on a D-nummer) are recognised too: they are written exactly like real ones,
* and a real number typed into a test field is just as much a leak.
*
* A number is found on the text's digit skeleton (see digitChains), so no
* list of separators or invisible characters decides what is caught.
*/
var ELEVEN_DIGITS = /^[0-9]{11}$/;
/** Weights for the first check digit, applied to d1..d9. */
var K1_WEIGHTS = [
	3,
	7,
	6,
	1,
	8,
	9,
	4,
	5,
	2
];
/** Weights for the second check digit, applied to d1..d9 and k1. */
var K2_WEIGHTS = [
	5,
	4,
	3,
	2,
	7,
	6,
	5,
	4,
	3,
	2
];
/**
* Remainders of the first modulus 11 control that are accepted.
*
* Today's rule: k1 = 11 − (Σ 3,7,6,1,8,9,4,5,2 · d1..d9 mod 11), where 11
* maps to 0 and 10 makes the number invalid. Equivalently, with the weights
* 3,7,6,1,8,9,4,5,2,1 over d1..d9,k1 the weighted sum mod 11 must be 0.
*
* Rule for numbers issued from 1 January 2032 (Skatteetaten, "Nytt
* fødselsnummer fra 2032", Folkeregisteret API documentation): to allow more
* numbers per birth date, the first control accepts the remainders 0, 1, 2
* and 3, i.e. k1 = {11, 12, 13, 14} − (Σ 3,7,6,1,8,9,4,5,2 · d1..d9 mod 11),
* reduced to a single digit; a computed value of 10 is still rejected. Put
* differently, Σ 3,7,6,1,8,9,4,5,2,1 · d1..d9,k1 mod 11 ∈ {0, 1, 2, 3}.
* The second check digit k2 is computed exactly as today. Systems must
* accept both rules in parallel; NAV's own validator (@navikt/fnrvalidator
* 2.x) implements the same extension.
*/
var TODAYS_K1_REMAINDER = 0;
var MAX_K1_REMAINDER_FROM_2032 = 3;
/** Weighted digit sum modulo 11. */
function weightedSumMod11(digits, weights) {
	let sum = 0;
	for (let i = 0; i < weights.length; i++) sum += (weights[i] ?? 0) * (digits[i] ?? 0);
	return sum % 11;
}
/**
* Remainder of the first control (weights 3,7,6,1,8,9,4,5,2,1 over
* d1..d9,k1), or undefined when the second check digit is wrong.
*/
function firstControlRemainder(digits) {
	const k2 = digits[10] ?? 0;
	if ((weightedSumMod11(digits, K2_WEIGHTS) + k2) % 11 !== 0) return void 0;
	const k1 = digits[9] ?? 0;
	return (weightedSumMod11(digits, K1_WEIGHTS) + k1) % 11;
}
function isLeapYear(year) {
	return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}
var DAYS_IN_MONTH = [
	31,
	28,
	31,
	30,
	31,
	30,
	31,
	31,
	30,
	31,
	30,
	31
];
function isCalendarDate(year, month, day) {
	if (month < 1 || month > 12 || day < 1) return false;
	return day <= (month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1] ?? 0);
}
/** Centuries that are plausible when the individual number tells nothing. */
var ANY_CENTURY = [
	1800,
	1900,
	2e3
];
/**
* Century of birth for numbers issued under today's scheme, from the
* individual number ranges defined by Skatteetaten:
*   000–499            → 1900–1999
*   500–749, year ≥ 54 → 1854–1899
*   500–999, year ≤ 39 → 2000–2039
*   900–999, year ≥ 40 → 1940–1999
* Numbers issued from 2032 no longer encode the century, so a combination
* outside these ranges is treated as ambiguous rather than invalid.
*/
function centuriesFromIndividualNumber(individual, year) {
	const centuries = [];
	if (individual <= 499) centuries.push(1900);
	if (individual >= 500 && individual <= 749 && year >= 54) centuries.push(1800);
	if (individual >= 500 && year <= 39) centuries.push(2e3);
	if (individual >= 900 && year >= 40) centuries.push(1900);
	return centuries.length > 0 ? centuries : ANY_CENTURY;
}
/**
* Whether the date part (with the D-nummer / H-nummer offsets removed) is a
* real calendar date in at least one plausible century. The century matters
* only for 29 February: in practice it decides whether year 00 is 1900 (not
* a leap year) or 2000 (a leap year).
*/
function hasValidDatePart(digits, todaysRule) {
	const [d1 = 0, d2 = 0, d3 = 0, d4 = 0, d5 = 0, d6 = 0, d7 = 0, d8 = 0, d9 = 0] = digits;
	let day = d1 * 10 + d2;
	let month = d3 * 10 + d4;
	const year = d5 * 10 + d6;
	const individual = d7 * 100 + d8 * 10 + d9;
	if (day > 40) day -= 40;
	if (month > 80) month -= 80;
	else if (month > 40) month -= 40;
	return (todaysRule ? centuriesFromIndividualNumber(individual, year) : ANY_CENTURY).some((century) => isCalendarDate(century + year, month, day));
}
/**
* True for an 11-digit string that is a valid fødselsnummer, D-nummer or
* H-nummer: a real date of birth and check digits that are valid under
* today's rule or under the rule for numbers issued from 2032.
*/
function isIdentityNumber(digits) {
	if (!ELEVEN_DIGITS.test(digits)) return false;
	const values = Array.from(digits, (c) => c.charCodeAt(0) - 48);
	const remainder = firstControlRemainder(values);
	if (remainder === void 0 || remainder > MAX_K1_REMAINDER_FROM_2032) return false;
	return hasValidDatePart(values, remainder === TODAYS_K1_REMAINDER);
}
/** Letters of any script: they end a number ("sak15038512345" still holds one; "ab12" and "12ab" are groups). */
var LETTER = /^\p{L}$/u;
/**
* Characters a reader does not see as standing between two digits: default-ignorable code points, format
* characters and combining marks. The boundary refuses them in what it stores; here they are skipped, so
* that a text read back from before that rule, or one being scanned, is read as a reader sees it.
*/
var UNSEEN = /^[\p{Default_Ignorable_Code_Point}\p{Cf}\p{M}]$/u;
/**
* At most this many characters (of any kind that is neither a letter nor a digit) between two digits of one
* number: "150385 - 12363", "150385\r\n12363", "15_03_85__123_63", "150385 · · · 12363".
*/
var MAX_SEPARATOR_RUN = 8;
/** A calling code written before a number ("+47", "0047"), at most three digits after the plus or the 00. */
function callingCodeLength(text, group) {
	const extra = group.digits.length - 11;
	if (extra < 1) return 0;
	let before = group.start - 1;
	while (before >= 0 && UNSEEN.test(text[before] ?? "")) before--;
	if (text[before] === "+" || text[before] === "＋") return extra <= 3 ? extra : 0;
	return group.digits.startsWith("00") && extra >= 3 && extra <= 5 ? extra : 0;
}
/** The value of a decimal digit of any script, or of a character NFKC folds to one ("¹", "①"). */
function digitValue(char) {
	const value = digitValue$1(char);
	if (value !== void 0 || char.charCodeAt(0) < 128) return value;
	const folded = char.normalize("NFKC");
	return folded.length === 1 ? digitValue$1(folded) : void 0;
}
/**
* The text's digit skeleton as chains of digit groups. Digits of any script count, by their value. Two
* groups belong to one chain when only characters that are neither letters nor digits stand between them,
* at most MAX_SEPARATOR_RUN of them; a letter or a longer gap ends the chain. A calling code before a longer
* group ("+4715038512345") is a group of its own.
*/
function digitChains(text) {
	const chains = [];
	let chain = [];
	let group;
	let separators = 0;
	const closeGroup = () => {
		if (!group) return;
		const code = callingCodeLength(text, group);
		if (code > 0) {
			chain.push({
				start: group.start,
				end: group.start + code,
				digits: group.digits.slice(0, code)
			});
			chain.push({
				start: group.start + code,
				end: group.end,
				digits: group.digits.slice(code)
			});
		} else chain.push(group);
		group = void 0;
	};
	const closeChain = () => {
		closeGroup();
		if (chain.length > 0) chains.push(chain);
		chain = [];
	};
	for (let i = 0; i < text.length;) {
		const char = String.fromCodePoint(text.codePointAt(i) ?? 0);
		const width = char.length;
		const value = digitValue(char);
		if (value !== void 0) {
			if (!group) {
				if (separators > MAX_SEPARATOR_RUN) closeChain();
				group = {
					start: i,
					end: i + width,
					digits: ""
				};
			}
			group.digits += String(value);
			group.end = i + width;
			separators = 0;
		} else if (UNSEEN.test(char)) {} else if (LETTER.test(char)) {
			closeChain();
			separators = 0;
		} else {
			closeGroup();
			separators++;
		}
		i += width;
	}
	closeChain();
	return chains;
}
/**
* Account numbers (kontonummer) are written 4.2.5; their check digit is computed like an identity
* number's second one, so a number in that layout right after the word "konto" is read as an account number.
*/
function isAccountNumberInContext(text, groups) {
	if (groups.length !== 3 || groups.map((g) => g.digits.length).join(".") !== "4.2.5") return false;
	const before = text.slice(Math.max(0, (groups[0]?.start ?? 0) - 30), groups[0]?.start ?? 0);
	return /konto(?:nummer|nr)?\.?\s*:?\s*$/iu.test(before);
}
/**
* Every identity number in `text`, however it is written: eleven digits in any grouping, with any mix of
* spaces, hyphens, dashes, dots, slashes and line breaks between the groups, invisible characters
* anywhere, full-width digits. A number is made of whole groups: digits inside a longer group never match.
*/
function findIdentityNumbers(text) {
	const found = [];
	for (const chain of digitChains(text)) for (let first = 0; first < chain.length; first++) {
		let digits = "";
		for (let last = first; last < chain.length && digits.length < 11; last++) {
			digits += chain[last]?.digits ?? "";
			if (digits.length !== 11) continue;
			const groups = chain.slice(first, last + 1);
			if (!isIdentityNumber(digits) || isAccountNumberInContext(text, groups)) continue;
			const start = groups[0]?.start ?? 0;
			const end = groups[groups.length - 1]?.end ?? start;
			found.push({
				start,
				end,
				written: text.slice(start, end),
				digits
			});
			first = last;
		}
	}
	return found;
}
/** True if `text` contains a valid identity number (see findIdentityNumbers). */
function containsIdentityNumber(text) {
	return findIdentityNumbers(text).length > 0;
}
// shared/privacy/text-guard.ts
/**
* The guard over every piece of text a client sends: no identity number in any written form (also
* percent-encoded, as in a link), and no characters that hide or reorder text — control characters other
* than line breaks and tabs, lone surrogates, bidirectional embeddings, overrides and isolates.
*
* `textGuardIssues` walks a whole parsed body, so every field is guarded, including fields added later.
* Pure TypeScript, so the browser can run the same check.
*/
var IDENTITY_NUMBER_MESSAGE = "Feltet ser ut til å inneholde et fødselsnummer eller D-nummer. Fjern det: Utprøvingsbanken skal ikke ha personopplysninger om brukere.";
var HIDDEN_CHARACTER_MESSAGE = "Feltet inneholder usynlige styretegn eller tegn som snur skriveretningen. Fjern dem, for eksempel ved å skrive teksten inn på nytt.";
/**
* True when the text holds a character the hub refuses (see canonical-text.ts): control characters, lone
* surrogates, noncharacters, invisible and format characters (bidirectional controls among them), and
* combining marks between digits.
*/
function hasHiddenCharacters(text) {
	return refusedCharacter(text) !== void 0;
}
/** Percent-decoding that never throws: valid UTF-8 sequences are decoded, stray bytes read as Latin-1. */
function percentDecode(text) {
	return text.replace(/(?:%[0-9A-Fa-f]{2})+/g, (sequence) => {
		try {
			return decodeURIComponent(sequence);
		} catch {
			return sequence.replace(/%([0-9A-Fa-f]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
		}
	});
}
/** The text and what it reads as once percent-encoding (up to three layers) and `+` for space are undone. */
function readings(text) {
	const out = [text];
	let current = text;
	for (let layer = 0; layer < 3 && /%[0-9A-Fa-f]{2}/.test(current); layer++) {
		current = percentDecode(current);
		out.push(current);
	}
	if (current.includes("+")) out.push(current.replaceAll("+", " "));
	return out;
}
/** What is wrong with one piece of text, or undefined when it may be stored. */
function textProblem(text) {
	if (readings(text).some((reading) => containsIdentityNumber(reading))) return "identity-number";
	if (hasHiddenCharacters(text)) return "hidden-character";
}
function textProblemMessage(problem) {
	return problem === "identity-number" ? IDENTITY_NUMBER_MESSAGE : HIDDEN_CHARACTER_MESSAGE;
}
/** The message for a text's problem that says the most: for a refused character, which one and where. */
function textProblemMessageFor(text, problem) {
	const refused = problem === "hidden-character" ? refusedCharacter(text) : void 0;
	return refused ? refusedCharacterMessage(refused) : textProblemMessage(problem);
}
// shared/domain/messages.ts
var REQUIRED_MESSAGE = "Feltet må fylles ut";
function sizeMessage(kind, origin, limit) {
	const n = Number(limit);
	switch (origin) {
		case "string":
			if (kind === "small") return n <= 1 ? REQUIRED_MESSAGE : `Skriv minst ${n} tegn`;
			return `Teksten kan ha høyst ${n} tegn`;
		case "array":
		case "set": return kind === "small" ? n <= 1 ? "Velg eller legg til minst én" : `Legg til minst ${n}` : `Du kan ha høyst ${n}`;
		default: return kind === "small" ? `Verdien må være minst ${n}` : `Verdien kan være høyst ${n}`;
	}
}
var norwegianErrorMap = (issue) => {
	switch (issue.code) {
		case "invalid_type":
			if (issue.input === void 0 || issue.input === null) return REQUIRED_MESSAGE;
			if (issue.expected === "number" || issue.expected === "int") return "Skriv et tall";
			if (issue.expected === "string") return "Skriv tekst";
			if (issue.expected === "array") return "Forventet en liste";
			if (issue.expected === "object") return "Forventet et objekt";
			return "Ugyldig verdi";
		case "too_small": return sizeMessage("small", issue.origin, issue.minimum);
		case "too_big": return sizeMessage("big", issue.origin, issue.maximum);
		case "invalid_format": switch (issue.format) {
			case "email": return "Skriv en gyldig e-postadresse, for eksempel navn@nav.no";
			case "url": return "Skriv en gyldig lenke som begynner med https://";
			case "date": return "Skriv en gyldig dato (ÅÅÅÅ-MM-DD)";
			case "datetime": return "Skriv et gyldig tidspunkt (ISO 8601)";
			default: return "Ugyldig format";
		}
		case "invalid_value": return "Ugyldig valg";
		case "unrecognized_keys": return issue.keys.length === 1 ? `Ukjent felt: ${issue.keys[0]}` : `Ukjente felt: ${issue.keys.join(", ")}`;
		case "not_multiple_of": return `Verdien må gå opp i ${String(issue.divisor)}`;
		case "invalid_union": return "Ugyldig verdi";
		default: return;
	}
};
var installed = false;
function installNorwegianMessages() {
	if (installed) return;
	z.config({ customError: norwegianErrorMap });
	installed = true;
}
// shared/domain/fields.ts
installNorwegianMessages();
/**
* The text guard as a zod check, for the field itself (so the form can show it next to the field). The API
* also runs the guard over the whole parsed body, so a field without this check is guarded too.
*/
var textGuard = z.superRefine((s, ctx) => {
	const problem = textProblem(s);
	if (problem) ctx.addIssue({
		code: "custom",
		message: textProblemMessageFor(s, problem),
		params: { privacy: problem },
		input: s
	});
});
/** Free text written by users: trimmed, bounded, and refused when it holds an identity number or hidden characters. */
function freeText(max) {
	return z.string().trim().max(max).check(textGuard);
}
/** Required free text: at least one character after trimming. */
function requiredText(max) {
	return freeText(max).pipe(z.string().min(1));
}
var UserRefSchema = z.strictObject({
	sub: z.string().max(200),
	name: z.string().max(200)
});
var IsoDate = z.iso.date();
var IsoDateTime = z.iso.datetime({ offset: true });
var Ulid = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, { error: "Ugyldig id" });
var Slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "Ugyldig kortnavn (bruk a–z, 0–9 og bindestrek)" }).max(120);
var LocalId = z.string().regex(/^[a-z0-9-]{1,40}$/, { error: "Ugyldig id" });
var WebLink = z.url({
	protocol: /^https?$/,
	hostname: z.regexes.domain,
	error: "Skriv en gyldig lenke som begynner med https://"
}).max(2e3).check(textGuard);
var WorkEmail = z.email({ error: "Skriv en gyldig e-postadresse, for eksempel navn@nav.no" }).max(254);
var NonNegativeInt = (max) => z.int().min(0).max(max);
/**
* A decimal figure within [min, max]. Magnitudes below 1e-100 are refused: DynamoDB cannot store numbers
* smaller than 1e-130, and no figure in a trial is that small.
*/
var Figure = (min, max) => z.number().min(min).max(max).refine((n) => n === 0 || Math.abs(n) >= 1e-100, { error: "Tallet er for nær null. Skriv 0 eller et større tall." });
// shared/domain/pilot.ts
var CountyCode = z.enum(codes(COUNTIES));
var TrialStatusCode = z.enum(codes(TRIAL_STATUSES));
var TargetGroupCode = z.enum(codes(TARGET_GROUPS));
var MeasureTypeCode = z.enum(codes(MEASURE_TYPES));
var InnsatsgruppeCode = z.enum(codes(INNSATSGRUPPER));
var PartnerTypeCode = z.enum(codes(PARTNER_TYPES));
var FundingSourceCode = z.enum(codes(FUNDING_SOURCES));
var OutcomeCode = z.enum(codes(OUTCOMES));
var FailureReasonCode = z.enum(codes(FAILURE_REASONS));
var EvaluationDesignCode = z.enum(codes(EVALUATION_DESIGNS));
var EvaluatorCode = z.enum(codes(EVALUATORS));
var DocumentKindCode = z.enum(codes(DOCUMENT_KINDS));
var MeasureUnitCode = z.enum(codes(MEASURE_UNITS));
var EvidenceDirectionCode = z.enum(codes(EVIDENCE_DIRECTIONS));
var PilotStateCode = z.enum(codes(PILOT_STATES));
var StandardMeasureCode = z.enum(STANDARD_MEASURES.map((m) => m.code));
var FAILURE_REASONS_MAX = 7;
var TARGET_GROUPS_MAX = 10;
var MEASURE_TYPES_MAX = 14;
var uniqueList = (item, max) => z.array(item).max(max).refine((list) => new Set(list).size === list.length, { error: "Samme valg står flere ganger" });
var PeriodSchema = z.strictObject({
	start: IsoDate.optional(),
	end: IsoDate.optional()
}).refine((p) => !p.start || !p.end || p.end >= p.start, {
	error: "Sluttdato kan ikke være før startdato",
	path: ["end"]
});
var PartnerSchema = z.strictObject({
	name: requiredText(200),
	type: PartnerTypeCode,
	role: freeText(1e3).optional()
});
var FundingSchema = z.strictObject({
	source: FundingSourceCode,
	amountNok: NonNegativeInt(1e10).optional(),
	note: freeText(500).optional()
});
var ParticipantsSchema = z.strictObject({
	/** The number of participants, as an aggregate only. */
	count: NonNegativeInt(1e6).optional(),
	/** How many were planned to take part, registered at the start (held against the count afterwards). */
	planned: NonNegativeInt(1e6).optional(),
	description: freeText(1e3).optional()
});
var CostSchema = z.strictObject({
	/** Staff effort in full-time equivalents (årsverk). */
	staffYears: Figure(0, 1e4).optional(),
	costNok: NonNegativeInt(1e10).optional(),
	/** The staff effort planned at the start, in full-time equivalents. */
	plannedStaffYears: Figure(0, 1e4).optional(),
	/** The cost planned at the start (the budget), in kroner. */
	plannedCostNok: NonNegativeInt(1e10).optional(),
	note: freeText(2e3).optional()
});
var RecipeSchema = z.strictObject({
	steps: z.array(requiredText(2e3)).max(40).optional(),
	requirements: freeText(4e3).optional()
});
var PlannedOutcomeSchema = z.strictObject({
	id: LocalId,
	measureCode: StandardMeasureCode.optional(),
	name: requiredText(200),
	how: freeText(1e3).optional(),
	followUpMonths: NonNegativeInt(120).optional(),
	/** For a share: the share expected without the trial, in percent, from which the detectable difference is worked out. */
	expectedShare: Figure(0, 100).optional()
});
var ComparisonSchema = z.strictObject({
	value: Figure(-1e9, 1e9),
	n: NonNegativeInt(1e7).optional(),
	description: requiredText(500)
});
var BaselineSchema = z.strictObject({
	/** The figure before the trial (before–after designs). */
	value: Figure(-1e9, 1e9),
	description: requiredText(500)
});
var ResultMeasureSchema = z.strictObject({
	plannedOutcomeId: LocalId.optional(),
	measureCode: StandardMeasureCode.optional(),
	name: requiredText(200),
	unit: MeasureUnitCode,
	value: Figure(-1e9, 1e9),
	/** The number of participants the figure is based on. */
	n: NonNegativeInt(1e7),
	followUpMonths: NonNegativeInt(120).optional(),
	comparison: ComparisonSchema.optional(),
	baseline: BaselineSchema.optional()
}).refine((m) => !m.measureCode || standardMeasure(m.measureCode)?.unit === m.unit, {
	error: "Enheten må være den standardmålet bruker",
	path: ["unit"]
});
/** A planned outcome that was not measured, with the reason: reported, never silently dropped. */
var NotMeasuredSchema = z.strictObject({
	plannedOutcomeId: LocalId,
	reason: requiredText(1e3)
});
/** A result reported while the trial is still running (delresultat), with the date it describes. */
var InterimResultSchema = z.strictObject({
	date: IsoDate,
	summary: requiredText(2e3),
	plannedOutcomeId: LocalId.optional(),
	value: Figure(-1e9, 1e9).optional(),
	/** The number of participants the figure is based on. */
	n: NonNegativeInt(1e7).optional()
});
var ResultsSchema = z.strictObject({
	outcome: OutcomeCode,
	summary: freeText(4e3).optional(),
	measures: z.array(ResultMeasureSchema).max(30).optional(),
	notMeasured: z.array(NotMeasuredSchema).max(20).optional(),
	failureReasons: uniqueList(FailureReasonCode, FAILURE_REASONS_MAX).optional(),
	evaluationDesign: EvaluationDesignCode.optional(),
	evaluatedBy: EvaluatorCode.optional(),
	researchPartner: freeText(200).optional()
});
var LessonsSchema = z.strictObject({
	whatWorked: freeText(4e3).optional(),
	whatDidNot: freeText(4e3).optional(),
	doDifferently: freeText(4e3).optional()
});
var DocumentSchema = z.strictObject({
	title: requiredText(200),
	url: WebLink,
	kind: DocumentKindCode
});
var ContactSchema = z.strictObject({
	name: freeText(200).optional(),
	email: WorkEmail.optional(),
	phone: z.string().trim().regex(/^\+?[0-9 ]{8,15}$/, { error: "Skriv et gyldig telefonnummer" }).optional()
});
/**
* What an office writes about its trial. A draft may be this incomplete: only the title is required.
* `PilotCompleteSchema` adds what a submitted trial must hold.
*/
var PilotContentSchema = z.strictObject({
	title: requiredText(200).pipe(z.string().min(3)),
	summary: freeText(1e3).optional(),
	need: freeText(4e3).optional(),
	partnerOfficeIds: uniqueList(Slug, 20).optional(),
	period: PeriodSchema.optional(),
	trialStatus: TrialStatusCode.optional(),
	methodDescription: freeText(8e3).optional(),
	/** The shared method the office believes this is; curators confirm or change it when publishing. */
	methodId: Slug.optional(),
	targetGroups: uniqueList(TargetGroupCode, TARGET_GROUPS_MAX).optional(),
	innsatsgrupper: uniqueList(InnsatsgruppeCode, 4).optional(),
	measureTypes: uniqueList(MeasureTypeCode, MEASURE_TYPES_MAX).optional(),
	partners: z.array(PartnerSchema).max(30).optional(),
	funding: z.array(FundingSchema).max(10).optional(),
	participants: ParticipantsSchema.optional(),
	cost: CostSchema.optional(),
	recipe: RecipeSchema.optional(),
	plannedOutcomes: z.array(PlannedOutcomeSchema).max(20).refine((list) => new Set(list.map((o) => o.id)).size === list.length, { error: "To planlagte resultatmål har samme id" }).optional(),
	results: ResultsSchema.optional(),
	interimResults: z.array(InterimResultSchema).max(20).optional(),
	lessons: LessonsSchema.optional(),
	preconditions: freeText(4e3).optional(),
	documents: z.array(DocumentSchema).max(30).optional(),
	contact: ContactSchema.optional(),
	/** The trial this one copies ("Vil du prøve dette?"). */
	replicatesPilotId: Ulid.optional()
});
/** The rules a submitted trial must meet on top of the content schema; each miss names its field. */
function completenessIssues(p) {
	const issues = [];
	const need = (ok, path, message = REQUIRED_MESSAGE) => {
		if (!(Array.isArray(ok) ? ok.length > 0 : typeof ok === "string" ? ok.trim().length > 0 : ok !== void 0 && ok !== null && ok !== false)) issues.push({
			path,
			message
		});
	};
	need(p.summary, ["summary"], "Skriv et kort sammendrag");
	need(p.need, ["need"], "Beskriv behovet utprøvingen svarer på");
	need(p.period?.start, ["period", "start"], "Oppgi startdato");
	need(p.trialStatus, ["trialStatus"], "Velg status for utprøvingen");
	need(p.methodDescription, ["methodDescription"], "Beskriv arbeidsmåten");
	need(p.targetGroups, ["targetGroups"], "Velg minst én målgruppe");
	need(p.measureTypes, ["measureTypes"], "Velg minst én tiltakstype, eller «Ingen tiltakstype»");
	need(p.funding, ["funding"], "Oppgi minst én finansieringskilde");
	need(p.cost?.staffYears, ["cost", "staffYears"], "Oppgi omtrentlig innsats i årsverk");
	need(p.recipe?.steps, ["recipe", "steps"], "Beskriv minst ett steg i oppskriften");
	need(p.plannedOutcomes, ["plannedOutcomes"], "Legg til minst ett planlagt resultatmål");
	need(p.contact?.name, ["contact", "name"], "Oppgi navn på kontaktperson");
	need(p.contact?.email, ["contact", "email"], "Oppgi e-postadressen til kontaktpersonen");
	if (p.measureTypes && p.measureTypes.includes("ingen") && p.measureTypes.length > 1) issues.push({
		path: ["measureTypes"],
		message: "«Ingen tiltakstype» kan ikke kombineres med andre tiltakstyper"
	});
	if (p.trialStatus !== void 0 && ENDED_TRIAL_STATUSES.includes(p.trialStatus)) {
		need(p.period?.end, ["period", "end"], "Oppgi sluttdato for en avsluttet utprøving");
		need(p.participants?.count, ["participants", "count"], "Oppgi antall deltakere");
		const r = p.results;
		if (!r) issues.push({
			path: ["results"],
			message: "En avsluttet eller avbrutt utprøving må ha resultater"
		});
		else {
			need(r.evaluationDesign, ["results", "evaluationDesign"], "Velg hvordan resultatene ble målt");
			if (r.evaluationDesign && r.evaluationDesign !== "ingen") need(r.measures, ["results", "measures"], "Legg til minst ett resultatmål med tall");
			if (NOT_WORKED_OUTCOMES.includes(r.outcome)) need(r.failureReasons, ["results", "failureReasons"], "Velg minst én grunn til at det ikke virket");
			if (r.evaluatedBy === "forskningspartner") need(r.researchPartner, ["results", "researchPartner"], "Oppgi forskningspartneren");
		}
		need(p.lessons?.whatWorked || p.lessons?.whatDidNot || p.lessons?.doDifferently, ["lessons", "whatDidNot"], "Skriv hvilke erfaringer dere gjorde");
	}
	return issues;
}
PilotContentSchema.superRefine((p, ctx) => {
	for (const issue of completenessIssues(p)) ctx.addIssue({
		code: "custom",
		path: issue.path,
		message: issue.message,
		input: void 0
	});
});
var EvidenceRatingSchema = z.strictObject({
	strength: z.union([
		z.literal(1),
		z.literal(2),
		z.literal(3),
		z.literal(4)
	], { error: "Velg et nivå fra 1 til 4" }),
	direction: EvidenceDirectionCode
});
z.strictObject({
	id: Ulid,
	slug: Slug,
	officeId: Slug,
	county: CountyCode,
	state: PilotStateCode,
	version: z.int().min(1),
	createdAt: IsoDateTime,
	createdBy: UserRefSchema,
	updatedAt: IsoDateTime,
	updatedBy: UserRefSchema,
	stateChangedAt: IsoDateTime,
	submittedAt: IsoDateTime.optional(),
	publishedAt: IsoDateTime.optional(),
	firstPublishedAt: IsoDateTime.optional(),
	/** The revision whose content is public; kept while a newer edit waits for review. */
	publishedVersion: z.int().min(1).optional(),
	/** A published trial whose office has edited it since: the edit waits for a curator. */
	hasPendingChanges: z.boolean().optional(),
	evidence: EvidenceRatingSchema.optional(),
	/** The shared method, as decided by a curator. */
	methodId: Slug.optional(),
	/** The curators' latest comment to the office (request for changes, withdrawal reason). */
	reviewComment: z.string().max(4e3).optional(),
	content: PilotContentSchema
});
// shared/public/public-pilot.ts
/** How public output shows a count below the threshold, so nobody in a small trial can be recognised. */
var SMALL_COUNT_LABEL = "færre enn 5";
var PublicCountSchema = z.union([
	z.int().min(5),
	z.literal(0),
	z.literal(SMALL_COUNT_LABEL)
]);
/**
* A measured figure as public output may show it: the number, or "færre enn 5" when it is a count of
* people below 5 or a share, mean or rate computed from fewer than 5 people.
*/
var PublicFigureSchema = z.union([z.number(), z.literal(SMALL_COUNT_LABEL)]);
var PublicComparisonSchema = z.strictObject({
	value: PublicFigureSchema,
	n: PublicCountSchema.optional(),
	description: z.string()
});
var PublicMeasureSchema = z.strictObject({
	plannedOutcomeId: LocalId.optional(),
	measureCode: StandardMeasureCode.optional(),
	name: z.string(),
	unit: MeasureUnitCode,
	value: PublicFigureSchema,
	n: PublicCountSchema,
	followUpMonths: z.int().optional(),
	comparison: PublicComparisonSchema.optional(),
	baseline: z.strictObject({
		value: PublicFigureSchema,
		description: z.string()
	}).optional()
});
/** Planned outcomes held against the reported ones: what was dropped and what was added. */
var OutcomeSwitchSchema = z.strictObject({
	/** Planned outcomes with no reported measure. */
	dropped: z.array(z.strictObject({
		id: LocalId,
		name: z.string()
	})),
	/** Reported measures that were not planned. */
	added: z.array(z.strictObject({ name: z.string() }))
});
/**
* A published trial as it leaves the database: no review comments, no revision authors, no drafts, and
* counts below 5 shown as "færre enn 5". Names of offices and methods are resolved from their exports.
*/
var PublicPilotSchema = z.strictObject({
	id: Ulid,
	slug: Slug,
	title: z.string(),
	summary: z.string().optional(),
	need: z.string().optional(),
	officeId: Slug,
	partnerOfficeIds: z.array(Slug),
	county: CountyCode,
	period: PeriodSchema.optional(),
	trialStatus: TrialStatusCode.optional(),
	methodId: Slug.optional(),
	methodDescription: z.string().optional(),
	targetGroups: z.array(TargetGroupCode),
	innsatsgrupper: z.array(InnsatsgruppeCode),
	measureTypes: z.array(MeasureTypeCode),
	partners: z.array(PartnerSchema),
	funding: z.array(FundingSchema),
	participants: z.strictObject({
		count: PublicCountSchema.optional(),
		planned: PublicCountSchema.optional(),
		description: z.string().optional()
	}).optional(),
	cost: CostSchema.optional(),
	recipe: RecipeSchema.optional(),
	plannedOutcomes: z.array(PlannedOutcomeSchema),
	results: z.strictObject({
		outcome: OutcomeCode,
		summary: z.string().optional(),
		measures: z.array(PublicMeasureSchema),
		notMeasured: z.array(NotMeasuredSchema).optional(),
		failureReasons: z.array(FailureReasonCode),
		evaluationDesign: EvaluationDesignCode.optional(),
		evaluatedBy: EvaluatorCode.optional(),
		researchPartner: z.string().optional()
	}).optional(),
	/** Results reported while the trial ran, each with its date; counts below 5 suppressed. */
	interimResults: z.array(z.strictObject({
		date: z.iso.date(),
		summary: z.string(),
		plannedOutcomeId: LocalId.optional(),
		value: z.number().optional(),
		n: PublicCountSchema.optional()
	})).optional(),
	/** Total cost divided by participants; left out when there are fewer than 5 (it would reveal the count). */
	costPerParticipantNok: z.int().min(0).optional(),
	outcomeSwitch: OutcomeSwitchSchema,
	lessons: LessonsSchema.optional(),
	preconditions: z.string().optional(),
	documents: z.array(DocumentSchema),
	contact: ContactSchema.optional(),
	replicatesPilotId: Ulid.optional(),
	evidence: EvidenceRatingSchema,
	firstPublishedAt: IsoDateTime,
	publishedAt: IsoDateTime,
	/** When this public record last changed (a new revision published, a rating or method changed). */
	updatedAt: IsoDateTime
});
/** What the export returns for a trial that has left it (withdrawn), when asked for changes. */
var PublicTombstoneSchema = z.strictObject({
	id: Ulid,
	slug: Slug,
	deleted: z.literal(true),
	deletedAt: IsoDateTime
});
// shared/public/projection.ts
/**
* The small-count rule, the one place public output decides what to hide so that nobody in a small trial
* can be recognised:
*   - a count of people between 0 and 5 (exclusive) is shown as "færre enn 5": participants, a measure's
*     `n`, a comparison's `n`, and every measure value whose unit is a count of people (`antall`);
*   - a figure computed from fewer than 5 people (a share, a mean, a count) is shown as "færre enn 5" too.
* The trial pages, the JSON export, the CSV and the workbook, the feed, method pooling and the statistics all
* read the projection, so none can show what it hides.
*/
function isSmallCount(n) {
	return n !== void 0 && n > 0 && n < 5;
}
/** Units whose values are counts of people. */
var PEOPLE_COUNT_UNITS = ["antall"];
/**
* A measured figure as public output may show it: hidden when it is a count of people below 5, or when it
* was computed from fewer than 5 people (`basedOn`).
*/
function publicFigure(value, unit, basedOn) {
	if (isSmallCount(basedOn)) return SMALL_COUNT_LABEL;
	if (PEOPLE_COUNT_UNITS.includes(unit) && isSmallCount(value)) return SMALL_COUNT_LABEL;
	return value;
}
// shared/public/aggregates-method.ts
function emptyOutcomeCounts() {
	return Object.fromEntries(OUTCOMES.map((o) => [o.code, 0]));
}
/** Newest first by when a trial was first published, then by id, so every listing is stable. */
function byNewest(a, b) {
	return b.firstPublishedAt.localeCompare(a.firstPublishedAt) || b.id.localeCompare(a.id);
}
/** Strongest evidence first, then newest. */
function byStrongestEvidence(a, b) {
	return b.evidence.strength - a.evidence.strength || byNewest(a, b);
}
/** The strongest rating among trials; ties go to the most recently published. */
function strongestEvidence(pilots) {
	const best = [...pilots].sort(byStrongestEvidence)[0];
	return best ? {
		strength: best.evidence.strength,
		direction: best.evidence.direction,
		pilotId: best.id
	} : void 0;
}
/** Every office that took part in a trial: the owner first, then partner offices. */
function pilotOfficeIds(pilot) {
	return [.../* @__PURE__ */ new Set([pilot.officeId, ...pilot.partnerOfficeIds])];
}
/**
* Follows merges to the method that was kept: old ids map to the live one. A chain (a merged into b merged
* into c) resolves to c; a cycle or a dangling reference leaves the id as it is.
*/
function methodResolver(methods) {
	const byId = new Map(methods.map((m) => [m.id, m]));
	return (id) => {
		let current = id;
		for (let hops = 0; hops < 10; hops++) {
			const next = byId.get(current)?.mergedInto;
			if (!next || !byId.has(next)) return current;
			current = next;
		}
		return id;
	};
}
function usableCount(n) {
	return typeof n === "number" && n > 0 ? n : void 0;
}
/** Pools every standard measure that more than one trial reports. */
function poolMeasures(pilots) {
	const byCode = /* @__PURE__ */ new Map();
	for (const pilot of pilots) {
		const seen = /* @__PURE__ */ new Set();
		for (const measure of pilot.results?.measures ?? []) {
			if (!measure.measureCode || seen.has(measure.measureCode)) continue;
			seen.add(measure.measureCode);
			const list = byCode.get(measure.measureCode) ?? [];
			list.push({
				pilot,
				measure
			});
			byCode.set(measure.measureCode, list);
		}
	}
	const pooled = [];
	for (const [code, reports] of byCode) {
		if (reports.length < 2) continue;
		const standard = standardMeasure(code);
		if (!standard) continue;
		const included = [];
		const excluded = [];
		let participants = 0;
		let weighted = 0;
		let comparisonN = 0;
		let comparisonWeighted = 0;
		let comparisonTrials = 0;
		for (const { pilot, measure } of reports) {
			const n = usableCount(measure.n);
			if (n === void 0 || typeof measure.value !== "number") {
				const small = measure.n === "færre enn 5" || measure.value === "færre enn 5";
				excluded.push({
					pilotId: pilot.id,
					reason: small ? "small-count" : "no-participants"
				});
				continue;
			}
			included.push(pilot.id);
			participants += n;
			weighted += measure.value * n;
			const cn = usableCount(measure.comparison?.n);
			if (measure.comparison && cn !== void 0 && typeof measure.comparison.value === "number") {
				comparisonN += cn;
				comparisonWeighted += measure.comparison.value * cn;
				comparisonTrials += 1;
			}
		}
		pooled.push({
			measureCode: code,
			label: standard.label,
			unit: standard.unit,
			pooling: standard.pooling,
			reportedBy: reports.length,
			included,
			excluded,
			participants,
			...participants > 0 ? { value: publicFigure(weighted / participants, standard.unit, participants) } : {},
			...comparisonN > 0 ? { comparison: {
				value: publicFigure(comparisonWeighted / comparisonN, standard.unit, comparisonN),
				n: comparisonN,
				trials: comparisonTrials
			} } : {}
		});
	}
	return pooled.sort((a, b) => b.reportedBy - a.reportedBy || a.measureCode.localeCompare(b.measureCode));
}
/**
* The family tree of replications among a method's trials: a trial that copies another hangs under it;
* a trial that copies one outside the set (or none) is a root. Oldest first at every level.
*/
function replicationTree(pilots) {
	const ids = new Set(pilots.map((p) => p.id));
	const children = /* @__PURE__ */ new Map();
	const roots = [];
	for (const pilot of pilots) {
		const parent = pilot.replicatesPilotId;
		if (parent && parent !== pilot.id && ids.has(parent)) {
			const list = children.get(parent) ?? [];
			list.push(pilot);
			children.set(parent, list);
		} else roots.push(pilot);
	}
	const oldestFirst = (a, b) => byNewest(b, a);
	const visited = /* @__PURE__ */ new Set();
	const build = (pilot) => {
		visited.add(pilot.id);
		const kids = (children.get(pilot.id) ?? []).filter((c) => !visited.has(c.id)).sort(oldestFirst);
		return {
			pilotId: pilot.id,
			children: kids.map(build)
		};
	};
	const tree = roots.sort(oldestFirst).map(build);
	for (const pilot of [...pilots].sort(oldestFirst)) if (!visited.has(pilot.id)) tree.push(build(pilot));
	return tree;
}
/**
* Everything a method page (and later the API) shows about a method, derived from its published trials.
* `pilots` may hold every trial: only those of this method (or of a method merged into it) are used.
*/
function aggregateMethod(method, pilots, options = {}) {
	const resolve = options.resolveMethodId ?? ((id) => id);
	const trials = pilots.filter((p) => p.methodId !== void 0 && resolve(p.methodId) === method.id);
	const officeIds = [...new Set(trials.flatMap(pilotOfficeIds))].sort();
	const outcomes = emptyOutcomeCounts();
	let withoutResults = 0;
	for (const pilot of trials) if (pilot.results) outcomes[pilot.results.outcome] += 1;
	else withoutResults += 1;
	const strongest = strongestEvidence(trials);
	return {
		methodId: method.id,
		trials: trials.length,
		offices: officeIds.length,
		officeIds,
		outcomes,
		withoutResults,
		...strongest ? { strongestEvidence: strongest } : {},
		recommended: method.recommended === true,
		pooled: poolMeasures(trials),
		replicationTree: replicationTree(trials)
	};
}
/** The method's record in one sentence, e.g. "Prøvd ved 5 kontorer: 2 virket, 3 delvis". */
function methodSummaryText(aggregate) {
	if (aggregate.trials === 0) return "Ingen publiserte utprøvinger ennå";
	const where = aggregate.offices === 1 ? "Prøvd ved 1 kontor" : `Prøvd ved ${aggregate.offices} kontorer`;
	const parts = OUTCOMES.filter((o) => aggregate.outcomes[o.code] > 0).map((o) => `${aggregate.outcomes[o.code]} ${o.label.toLocaleLowerCase("nb")}`);
	if (aggregate.withoutResults > 0) parts.push(`${aggregate.withoutResults} uten resultater ennå`);
	const trials = aggregate.trials === 1 ? "1 utprøving" : `${aggregate.trials} utprøvinger`;
	const strongest = aggregate.strongestEvidence ? `; sterkeste kunnskapsgrunnlag: nivå ${aggregate.strongestEvidence.strength}` : "";
	return `${where} (${trials}): ${parts.join(", ")}${strongest}`;
}
// shared/domain/verdict.ts
var KIND_OF_OUTCOME = {
	virket: "worked",
	delvis: "mixed",
	"virket-ikke": "not-worked",
	negativ: "harmful",
	"for-tidlig": "inconclusive"
};
var VERDICT_FINDING = {
	worked: "Virket",
	mixed: "Virket delvis",
	"not-worked": "Virket ikke",
	harmful: "Negativ virkning",
	inconclusive: "For tidlig å si",
	"no-results": "Ingen resultater ennå"
};
var VERDICT_COLOR = {
	worked: "success",
	mixed: "warning",
	"not-worked": "meta-purple",
	harmful: "danger",
	inconclusive: "info",
	"no-results": "neutral"
};
/**
* How well a result is documented, by evidence level (1–4, as in the published rubric). A trial that
* worked uses the rubric's own words for an effect; every other finding says how it was measured.
*/
var STRENGTH_WORDS = {
	effect: {
		1: "ikke målt",
		2: "lovende, ikke sammenlignet",
		3: "sannsynlig effekt",
		4: "dokumentert effekt"
	},
	other: {
		1: "ikke målt",
		2: "ikke sammenlignet",
		3: "målt mot sammenligning",
		4: "godt dokumentert"
	}
};
function strengthLevel(strength) {
	return strength === 1 || strength === 2 || strength === 3 || strength === 4 ? strength : void 0;
}
/** The verdict for one trial. Pure: the same input always gives the same words and colour. */
function verdict(input) {
	const kind = input.outcome ? KIND_OF_OUTCOME[input.outcome] : "no-results";
	const finding = VERDICT_FINDING[kind];
	const color = VERDICT_COLOR[kind];
	const level = strengthLevel(input.evidence?.strength);
	if (kind === "no-results" || kind === "inconclusive" || level === void 0) return {
		kind,
		label: finding,
		finding,
		color
	};
	const strength = STRENGTH_WORDS[kind === "worked" ? "effect" : "other"][level];
	return {
		kind,
		label: `${finding} – ${strength}`,
		finding,
		strength,
		color
	};
}
// shared/public/aggregates-gap-map.ts
var GAP_MAP_FINDINGS = [
	{
		code: "worked",
		label: "Virket",
		description: "Alle rapporterte resultater viste at det virket"
	},
	{
		code: "mixed",
		label: "Blandet",
		description: "Delvis virket, eller resultatene peker i ulike retninger"
	},
	{
		code: "not-worked",
		label: "Virket ikke",
		description: "Alle rapporterte resultater viste ingen eller negativ effekt"
	},
	{
		code: "no-results",
		label: "Ingen resultater ennå",
		description: "Prøvd, men ingen resultater er rapportert"
	},
	{
		code: "untried",
		label: "Ikke prøvd",
		description: "Ingen utprøving ennå"
	}
];
/** The finding of a set of trials, from each trial's verdict. */
function gapMapFinding(pilots) {
	if (pilots.length === 0) return "untried";
	const kinds = new Set(pilots.map((p) => verdict({
		outcome: p.results?.outcome,
		evidence: p.evidence
	}).kind).filter((k) => k !== "no-results" && k !== "inconclusive"));
	if (kinds.size === 0) return "no-results";
	if (kinds.size === 1 && kinds.has("worked")) return "worked";
	if ([...kinds].every((k) => k === "not-worked" || k === "harmful")) return "not-worked";
	return "mixed";
}
/**
* The gap map: target groups × measure types. A trial counts in every cell its target groups and measure
* types span; an empty cell means nothing has been tried there.
*/
function gapMap(pilots) {
	const byCell = /* @__PURE__ */ new Map();
	for (const pilot of pilots) for (const tg of new Set(pilot.targetGroups)) for (const mt of new Set(pilot.measureTypes)) {
		const key = `${tg}|${mt}`;
		const list = byCell.get(key) ?? [];
		list.push(pilot);
		byCell.set(key, list);
	}
	let untried = 0;
	const rows = TARGET_GROUPS.map(({ code: targetGroup }) => ({
		targetGroup,
		cells: MEASURE_TYPES.map(({ code: measureType }) => {
			const trials = byCell.get(`${targetGroup}|${measureType}`) ?? [];
			if (trials.length === 0) untried += 1;
			const outcomes = emptyOutcomeCounts();
			let withoutResults = 0;
			for (const p of trials) if (p.results) outcomes[p.results.outcome] += 1;
			else withoutResults += 1;
			const strongest = strongestEvidence(trials);
			return {
				targetGroup,
				measureType,
				trials: trials.length,
				...strongest ? { strongestEvidence: strongest } : {},
				outcomes,
				withoutResults,
				finding: gapMapFinding(trials)
			};
		})
	}));
	return {
		targetGroups: TARGET_GROUPS.map((t) => t.code),
		measureTypes: MEASURE_TYPES.map((m) => m.code),
		rows,
		untried
	};
}
// shared/public/aggregates-format.ts
/**
* How public output writes numbers, dates and ratings in Norwegian bokmål. Plain functions, shared by the
* site, the CSV and the feed, so a figure reads the same everywhere.
*/
var integerFormat = new Intl.NumberFormat("nb-NO", { maximumFractionDigits: 0 });
var decimalFormat = new Intl.NumberFormat("nb-NO", { maximumFractionDigits: 1 });
var dateFormat = new Intl.DateTimeFormat("nb-NO", {
	day: "numeric",
	month: "long",
	year: "numeric",
	timeZone: "Europe/Oslo"
});
var monthFormat = new Intl.DateTimeFormat("nb-NO", {
	month: "long",
	year: "numeric",
	timeZone: "Europe/Oslo"
});
/** A whole number with Norwegian digit grouping (a narrow no-break space). */
function formatInteger(n) {
	return integerFormat.format(n);
}
/** A number with at most one decimal, decimal comma. */
function formatDecimal(n) {
	return decimalFormat.format(n);
}
/** A public count: "færre enn 5" stays as it is. */
function formatCount(count) {
	if (count === void 0) return "ikke oppgitt";
	return count === "færre enn 5" ? SMALL_COUNT_LABEL : formatInteger(count);
}
/** A share as Norwegian writes it: "31 %". */
function formatPercent(value) {
	return `${formatDecimal(value)}\u00a0%`;
}
/** A share of a whole (0–1) as a percentage, or a dash when there is nothing to divide by. */
function formatShare(part, whole) {
	return whole > 0 ? formatPercent(part / whole * 100) : "–";
}
/** A measured value in its unit. */
function formatMeasureValue(value, unit) {
	if (value === "færre enn 5") return SMALL_COUNT_LABEL;
	switch (unit) {
		case "prosent": return formatPercent(value);
		case "dager": return `${formatDecimal(value)} ${value === 1 ? "dag" : "dager"}`;
		case "skala-1-6": return `${formatDecimal(value)} av 6`;
		case "antall": return formatDecimal(value);
	}
}
/** An ISO date or date-time as "15. januar 2025". */
function formatDate(iso) {
	const date = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
	return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
}
var months = /* @__PURE__ */ new Map();
/** "januar 2024"; memoised by month, since 50,000 trials share a few hundred months. */
function formatMonth(iso) {
	const key = iso.slice(0, 7);
	let text = months.get(key);
	if (text === void 0) {
		const date = /* @__PURE__ */ new Date(`${key}-15T12:00:00Z`);
		text = Number.isNaN(date.getTime()) ? iso : monthFormat.format(date);
		months.set(key, text);
	}
	return text;
}
/** A trial's period as "januar 2024 – juni 2025", "fra januar 2024" or "ikke oppgitt". */
function formatPeriod(period) {
	if (!period?.start && !period?.end) return "ikke oppgitt";
	if (period.start && period.end) return `${formatMonth(period.start)} – ${formatMonth(period.end)}`;
	if (period.start) return `fra ${formatMonth(period.start)}`;
	return `til ${formatMonth(period.end ?? "")}`;
}
/** The year a trial belongs to in filters and statistics: its start year, else the year it was published. */
function pilotYear(pilot) {
	return (pilot.period?.start ?? pilot.firstPublishedAt).slice(0, 4);
}
/** Amounts in kroner: "1 250 000 kr". */
function formatNok(amount) {
	return `${formatInteger(amount)}\u00a0kr`;
}
// shared/public/aggregates-statistics.ts
var NO_RESULTS_CODE = "ingen-resultater";
var NO_RESULTS_LABEL = "Ingen resultater ennå";
function countBy(terms, pilots, codesOf) {
	const counts = new Map(terms.map((t) => [t.code, 0]));
	for (const pilot of pilots) for (const code of new Set(codesOf(pilot))) if (counts.has(code)) counts.set(code, (counts.get(code) ?? 0) + 1);
	return terms.map((t) => ({
		code: t.code,
		label: t.label,
		count: counts.get(t.code) ?? 0
	}));
}
/** Counts for the statistics page, over published trials. A trial counts once in each row it belongs to. */
function statistics(pilots, resolveMethodId = (id) => id) {
	const ended = pilots.filter((p) => p.trialStatus !== void 0 && ENDED_TRIAL_STATUSES.includes(p.trialStatus));
	const withResults = pilots.filter((p) => p.results !== void 0);
	const years = [...new Set(pilots.map(pilotYear))].sort();
	const ids = new Set(pilots.map((p) => p.id));
	const officesByMethod = /* @__PURE__ */ new Map();
	for (const p of pilots) {
		if (!p.methodId) continue;
		const method = resolveMethodId(p.methodId);
		const offices = officesByMethod.get(method) ?? /* @__PURE__ */ new Set();
		for (const office of [p.officeId, ...p.partnerOfficeIds]) offices.add(office);
		officesByMethod.set(method, offices);
	}
	return {
		published: pilots.length,
		byCounty: countBy(COUNTIES, pilots, (p) => [p.county]),
		byTargetGroup: countBy(TARGET_GROUPS, pilots, (p) => p.targetGroups),
		byMeasureType: countBy(MEASURE_TYPES, pilots, (p) => p.measureTypes),
		byOutcome: [...countBy(OUTCOMES, pilots, (p) => p.results ? [p.results.outcome] : []), {
			code: NO_RESULTS_CODE,
			label: NO_RESULTS_LABEL,
			count: pilots.length - withResults.length
		}],
		byStatus: countBy(TRIAL_STATUSES, pilots, (p) => p.trialStatus ? [p.trialStatus] : []),
		byEvidenceStrength: countBy([
			1,
			2,
			3,
			4
		].map((s) => ({
			code: String(s),
			label: `Nivå ${s}`
		})), pilots, (p) => [String(p.evidence.strength)]),
		byEvidenceDirection: countBy(EVIDENCE_DIRECTIONS, pilots, (p) => [p.evidence.direction]),
		byYear: countBy(years.map((y) => ({
			code: y,
			label: y
		})), pilots, (p) => [pilotYear(p)]),
		ended: ended.length,
		endedWithResults: ended.filter((p) => p.results !== void 0).length,
		withResults: withResults.length,
		noEffect: withResults.filter((p) => p.results && NOT_WORKED_OUTCOMES.includes(p.results.outcome)).length,
		replications: pilots.filter((p) => p.replicatesPilotId !== void 0 && ids.has(p.replicatesPilotId)).length,
		methodsAtThreeOffices: [...officesByMethod.values()].filter((o) => o.size >= 3).length,
		methodsTried: officesByMethod.size
	};
}
/**
* Counts over every registered trial, drafts included — counts only, never content — so the share that
* reports results is held against all trials that have ended, not only the published ones.
*/
var RegistryStatisticsSchema = z.strictObject({
	asOf: z.string(),
	registered: z.int().min(0),
	byState: z.record(z.string(), z.int().min(0)),
	/** Trials whose status is ended (avsluttet or avbrutt), in any workflow state, and those with results. */
	ended: z.int().min(0),
	endedWithResults: z.int().min(0),
	/** Median days from the last submission to publication, by the quarter of publication. */
	publicationDays: z.array(z.strictObject({
		quarter: z.string(),
		medianDays: z.number(),
		trials: z.int().min(1)
	}))
});
// shared/public/aggregates-similar.ts
/** How many of the best trials of each target group × measure type pair are weighed for a trial. */
var CANDIDATES_PER_PAIR = 25;
function pairKeys(pilot) {
	const keys = [];
	for (const tg of new Set(pilot.targetGroups)) for (const mt of new Set(pilot.measureTypes)) keys.push(`${tg}|${mt}`);
	return keys;
}
/** How alike two trials are: shared target groups and measure types, more when both match. */
function similarityScore(a, b) {
	const targetGroups = b.targetGroups.filter((t) => a.targetGroups.includes(t)).length;
	const measureTypes = b.measureTypes.filter((m) => a.measureTypes.includes(m) && m !== "ingen").length;
	const sameWayOfWorking = b.measureTypes.includes("ingen") && a.measureTypes.includes("ingen") ? 1 : 0;
	const sameCounty = a.county === b.county ? .5 : 0;
	return targetGroups * 2 + measureTypes * 2 + sameWayOfWorking + sameCounty;
}
/**
* Finds trials like a given one — sharing a target group and a measure type — among trials of other
* methods (the same method is listed on its own). Built once over all trials; each lookup weighs only the
* strongest and newest trials of the pairs the trial spans, so 50,000 trials stay fast.
*/
function similarPilotsIndex(pilots) {
	const byPair = /* @__PURE__ */ new Map();
	for (const pilot of pilots) for (const key of pairKeys(pilot)) {
		const list = byPair.get(key) ?? [];
		list.push(pilot);
		byPair.set(key, list);
	}
	const rank = new Map([...pilots].sort(byStrongestEvidence).map((p, i) => [p.id, i]));
	const rankOf = (p) => rank.get(p.id) ?? Number.MAX_SAFE_INTEGER;
	for (const list of byPair.values()) list.sort((a, b) => rankOf(a) - rankOf(b));
	return (pilot, limit = 5) => {
		const candidates = /* @__PURE__ */ new Map();
		for (const key of pairKeys(pilot)) {
			let taken = 0;
			for (const other of byPair.get(key) ?? []) {
				if (taken >= CANDIDATES_PER_PAIR) break;
				if (other.id === pilot.id || pilot.methodId !== void 0 && other.methodId === pilot.methodId) continue;
				candidates.set(other.id, other);
				taken += 1;
			}
		}
		return [...candidates.values()].map((other) => ({
			other,
			score: similarityScore(pilot, other)
		})).sort((a, b) => b.score - a.score || rankOf(a.other) - rankOf(b.other)).slice(0, limit).map((s) => s.other);
	};
}
// shared/domain/evidence.ts
var EVIDENCE_LEVELS = [
	{
		strength: 1,
		label: "Beskrevet",
		labelNoEffect: "Beskrevet",
		summary: "Utprøvingen er beskrevet, men har ingen resultatdata.",
		criteria: ["Arbeidsmåten, målgruppen og gjennomføringen er beskrevet så andre kan forstå hva som ble gjort.", "Det finnes ingen målte resultater, eller bare enkeltstående inntrykk."],
		typicalDesigns: ["ingen", "brukertilbakemeldinger"]
	},
	{
		strength: 2,
		label: "Lovende",
		labelNoEffect: "Lovende, men uten påvist effekt",
		summary: "Utprøvingen har målte resultater, men ingen sammenligning.",
		criteria: ["Minst ett resultatmål er målt for deltakerne, med antall og oppfølgingstid.", "Det finnes ingen sammenligningsgruppe, så vi vet ikke hva som ville skjedd uten utprøvingen."],
		typicalDesigns: ["for-etter", "brukertilbakemeldinger"]
	},
	{
		strength: 3,
		label: "Sannsynlig effekt",
		labelNoEffect: "Ingen effekt påvist",
		summary: "Resultatene er sammenlignet med en gruppe som ikke fikk tilbudet.",
		criteria: [
			"Resultatene er holdt opp mot en sammenligningsgruppe, for eksempel kontrollkontorer eller en historisk gruppe.",
			"Gruppene er rimelig like, og forskjeller mellom dem er beskrevet.",
			"Det planlagte resultatmålet er rapportert (ikke byttet ut underveis)."
		],
		typicalDesigns: ["sammenligningsgruppe"]
	},
	{
		strength: 4,
		label: "Dokumentert effekt",
		labelNoEffect: "Dokumentert uten effekt",
		summary: "Effekten er målt i et randomisert kontrollert forsøk eller et sterkt kvasi-eksperiment.",
		criteria: [
			"Deltakerne er fordelt tilfeldig, eller et kvasi-eksperiment gir like sammenlignbare grupper.",
			"Evalueringen er gjort av eller sammen med et forskningsmiljø.",
			"Utvalget er stort nok til at resultatet ikke bare er tilfeldig, og frafall er rapportert."
		],
		typicalDesigns: ["rct", "kvasi-eksperiment"]
	}
];
var EVIDENCE_RUBRIC = {
	title: "Slik vurderer vi kunnskapsgrunnlaget",
	introduction: "Kuratorer i Arbeids- og velferdsdirektoratet vurderer hver utprøving før den publiseres. Vi vurderer to ting hver for seg: hvor sterkt kunnskapsgrunnlaget er (nivå 1–4), og hvilken retning resultatet har. En godt gjennomført utprøving som ikke viste effekt, er sterk kunnskap og får samme nivå som en som viste effekt.",
	howWeDecide: [
		"Vi leser hva kontoret planla å måle da utprøvingen ble registrert, og holder det opp mot det som er rapportert.",
		"Nivået settes ut fra evalueringsdesignet og hvor godt det er gjennomført, ikke ut fra om resultatet er positivt.",
		"Et resultatmål som er byttet ut eller droppet, merkes synlig i den publiserte utprøvingen.",
		"Kontoret kan be om ny vurdering med en begrunnelse. Kuratoren svarer, og svaret lagres i historikken."
	],
	levels: EVIDENCE_LEVELS
};
function evidenceLevel(strength) {
	return EVIDENCE_LEVELS.find((l) => l.strength === strength);
}
/** The label for a rating: the no-effect wording when the direction says the trial showed none. */
function evidenceLabel(strength, direction) {
	const level = evidenceLevel(strength);
	if (!level) return "Ukjent";
	return direction === "ingen" || direction === "negativ" ? level.labelNoEffect : level.label;
}
// shared/public/aggregates-csv.ts
/**
* Characters that make a spreadsheet read a cell as a formula (or hide what follows): =, +, -, @, tab and
* carriage return, also their full-width forms and after leading spaces.
*/
var FORMULA_START = /^(?:[\s\u00A0]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|[\t\r])/u;
/**
* Text a spreadsheet will show as text: a leading apostrophe before anything that would start a formula
* (OWASP's advice for CSV injection), so opening the export can never run anything.
*/
function neutralise(text) {
	return FORMULA_START.test(text) ? `'${text}` : text;
}
/** A multi-value cell: each part neutralised, so splitting the cell on "; " can never produce a formula. */
function listCell(values) {
	return neutralise(values.map(neutralise).join("; "));
}
/** The columns of the open data table, in order; the CSV and the workbook have exactly these. */
var OPEN_DATA_COLUMNS = [
	{
		key: "id",
		type: "text"
	},
	{
		key: "tittel",
		type: "text"
	},
	{
		key: "sammendrag",
		type: "text"
	},
	{
		key: "kontor",
		type: "text"
	},
	{
		key: "kontor_id",
		type: "text"
	},
	{
		key: "samarbeidskontorer",
		type: "text"
	},
	{
		key: "fylke",
		type: "text"
	},
	{
		key: "status",
		type: "text"
	},
	{
		key: "startdato",
		type: "date"
	},
	{
		key: "sluttdato",
		type: "date"
	},
	{
		key: "metode",
		type: "text"
	},
	{
		key: "metode_id",
		type: "text"
	},
	{
		key: "malgrupper",
		type: "text"
	},
	{
		key: "innsatsgrupper",
		type: "text"
	},
	{
		key: "tiltakstyper",
		type: "text"
	},
	{
		key: "samarbeidspartnere",
		type: "text"
	},
	{
		key: "finansiering",
		type: "text"
	},
	{
		key: "deltakere",
		type: "count"
	},
	{
		key: "arsverk",
		type: "decimal"
	},
	{
		key: "kostnad_nok",
		type: "integer"
	},
	{
		key: "kostnad_per_deltaker_nok",
		type: "integer"
	},
	{
		key: "resultat",
		type: "text"
	},
	{
		key: "arsaker_til_at_det_ikke_virket",
		type: "text"
	},
	{
		key: "evalueringsdesign",
		type: "text"
	},
	{
		key: "kunnskapsgrunnlag_niva",
		type: "integer"
	},
	{
		key: "kunnskapsgrunnlag_retning",
		type: "text"
	},
	{
		key: "kunnskapsgrunnlag",
		type: "text"
	},
	{
		key: "planlagte_resultatmal",
		type: "text"
	},
	{
		key: "rapporterte_resultatmal",
		type: "text"
	},
	{
		key: "planlagte_mal_ikke_rapportert",
		type: "text"
	},
	{
		key: "rapporterte_mal_ikke_planlagt",
		type: "text"
	},
	{
		key: "planlagte_mal_ikke_malt",
		type: "text"
	},
	{
		key: "delresultater",
		type: "text"
	},
	{
		key: "erfaringer_som_virket",
		type: "text"
	},
	{
		key: "erfaringer_som_ikke_virket",
		type: "text"
	},
	{
		key: "rammebetingelser",
		type: "text"
	},
	{
		key: "kontaktperson",
		type: "text"
	},
	{
		key: "kontakt_epost",
		type: "text"
	},
	{
		key: "kopi_av",
		type: "text"
	},
	{
		key: "forst_publisert",
		type: "datetime"
	},
	{
		key: "sist_publisert",
		type: "datetime"
	},
	{
		key: "lenke",
		type: "url"
	}
];
var list = listCell;
function measureText(m) {
	const unit = labelOf(MEASURE_UNITS, m.unit).toLocaleLowerCase("nb");
	const comparison = m.comparison ? `, sammenligning ${m.comparison.value} (${m.comparison.description})` : "";
	return `${m.name}: ${m.value} ${unit} (n=${m.n})${comparison}`;
}
function plannedName(pilot, plannedOutcomeId) {
	return pilot.plannedOutcomes.find((o) => o.id === plannedOutcomeId)?.name ?? plannedOutcomeId;
}
function interimText(r) {
	const figure = r.value !== void 0 ? ` ${r.value}${r.n !== void 0 ? ` (n=${r.n})` : ""}` : "";
	return `${r.date}: ${r.summary}${figure}`;
}
/**
* The open-data table: one row per published trial, the main fields flattened, lists joined with "; ".
* Codes are written as their Norwegian labels; ids are kept so rows can be joined with the JSON export.
* Every text cell is neutralised against formulas. The CSV and the workbook are both written from it.
*/
function openDataRows(pilots, context) {
	const offices = new Map(context.offices.map((o) => [o.id, o.name]));
	const methods = new Map(context.methods.map((m) => [m.id, m.name]));
	const rows = [];
	for (const p of pilots) {
		const row = [
			p.id,
			p.title,
			p.summary,
			offices.get(p.officeId) ?? p.officeId,
			p.officeId,
			list(p.partnerOfficeIds.map((id) => offices.get(id) ?? id)),
			labelOf(COUNTIES, p.county),
			p.trialStatus ? labelOf(TRIAL_STATUSES, p.trialStatus) : void 0,
			p.period?.start,
			p.period?.end,
			p.methodId ? methods.get(p.methodId) ?? p.methodId : void 0,
			p.methodId,
			list(p.targetGroups.map((c) => labelOf(TARGET_GROUPS, c))),
			list(p.innsatsgrupper.map((c) => labelOf(INNSATSGRUPPER, c))),
			list(p.measureTypes.map((c) => labelOf(MEASURE_TYPES, c))),
			list(p.partners.map((x) => x.name)),
			list(p.funding.map((f) => labelOf(FUNDING_SOURCES, f.source) + (f.amountNok !== void 0 ? ` (${f.amountNok} kr)` : ""))),
			p.participants?.count,
			p.cost?.staffYears,
			p.cost?.costNok,
			p.costPerParticipantNok,
			p.results ? labelOf(OUTCOMES, p.results.outcome) : void 0,
			list((p.results?.failureReasons ?? []).map((c) => labelOf(FAILURE_REASONS, c))),
			p.results?.evaluationDesign ? labelOf(EVALUATION_DESIGNS, p.results.evaluationDesign) : void 0,
			p.evidence.strength,
			labelOf(EVIDENCE_DIRECTIONS, p.evidence.direction),
			evidenceLabel(p.evidence.strength, p.evidence.direction),
			list(p.plannedOutcomes.map((o) => o.name)),
			list((p.results?.measures ?? []).map(measureText)),
			list(p.outcomeSwitch.dropped.map((o) => o.name)),
			list(p.outcomeSwitch.added.map((o) => o.name)),
			list((p.results?.notMeasured ?? []).map((m) => `${plannedName(p, m.plannedOutcomeId)}: ikke målt (${m.reason})`)),
			list((p.interimResults ?? []).map(interimText)),
			p.lessons?.whatWorked,
			p.lessons?.whatDidNot,
			p.preconditions,
			p.contact?.name,
			p.contact?.email,
			p.replicatesPilotId,
			p.firstPublishedAt,
			p.publishedAt,
			context.pilotUrl(p)
		];
		rows.push(row.map((cell) => typeof cell === "string" ? neutralise(cell) : cell));
	}
	return rows;
}
/**
* The open-data CSV, written by csv-stringify: RFC 4180 (quoted where needed, CRLF), UTF-8 with a BOM so that
* Excel reads æ, ø and å, a fixed header and the same number of columns in every row.
*/
function pilotsToCsv(pilots, context) {
	return stringify(openDataRows(pilots, context), {
		bom: true,
		header: true,
		columns: OPEN_DATA_COLUMNS.map((c) => c.key),
		record_delimiter: "windows",
		cast: { number: (n) => String(n) }
	});
}
var CSV_COLUMNS = OPEN_DATA_COLUMNS.map((c) => c.key);
var MethodSchema = z.strictObject({
	name: requiredText(200).pipe(z.string().min(2)),
	description: freeText(8e3).optional(),
	aliases: z.array(requiredText(200)).max(20).optional(),
	/** Curator decision: anbefalt for spredning. */
	recommended: z.boolean().optional(),
	recommendationNote: freeText(2e3).optional()
}).extend({
	id: Slug,
	slug: Slug,
	version: z.int().min(1),
	createdAt: IsoDateTime,
	updatedAt: IsoDateTime,
	/** Set when merged into another method: the slug keeps resolving to that one. */
	mergedInto: Slug.optional()
});
var OfficeSchema = z.strictObject({
	name: requiredText(200).pipe(z.string().min(2)),
	county: CountyCode,
	municipality: requiredText(200).optional()
}).extend({
	id: Slug,
	version: z.int().min(1),
	createdAt: IsoDateTime,
	updatedAt: IsoDateTime
});
// shared/public/aggregates-schemas.ts
/**
* The shapes of the public export besides the trials: methods, offices, the rubric, and one page of the
* trial feed. Methods and offices are read tolerantly (unknown fields are dropped) so that the export can
* grow without breaking the site build; each field that is read is validated by the domain's own schema.
*/
var PublicMethodSchema = z.object({
	id: MethodSchema.shape.id,
	slug: MethodSchema.shape.slug,
	name: z.string().min(1),
	description: z.string().optional(),
	aliases: z.array(z.string()).optional(),
	recommended: z.boolean().optional(),
	recommendationNote: z.string().optional(),
	mergedInto: MethodSchema.shape.mergedInto
});
var PublicOfficeSchema = z.object({
	id: OfficeSchema.shape.id,
	name: z.string().min(1),
	county: OfficeSchema.shape.county,
	municipality: z.string().optional()
});
var EvidenceLevelSchema = z.object({
	strength: z.union([
		z.literal(1),
		z.literal(2),
		z.literal(3),
		z.literal(4)
	]),
	label: z.string(),
	labelNoEffect: z.string(),
	summary: z.string(),
	criteria: z.array(z.string()),
	typicalDesigns: z.array(z.string())
});
/** The published rubric, as `GET /api/public/rubric` returns it (the `EVIDENCE_RUBRIC` object). */
var PublicRubricSchema = z.object({
	title: z.string(),
	introduction: z.string(),
	howWeDecide: z.array(z.string()),
	levels: z.array(EvidenceLevelSchema).min(1)
});
/** The rubric in the code, checked against the schema the export is read with. */
var DEFAULT_RUBRIC = PublicRubricSchema.parse(EVIDENCE_RUBRIC);
/** A record in the trial export: a published trial, or a tombstone for one that was withdrawn. */
var PublicExportItemSchema = z.union([PublicTombstoneSchema, PublicPilotSchema]);
z.object({
	items: z.array(PublicExportItemSchema),
	cursor: z.string().min(1).optional(),
	asOf: IsoDateTime
});
z.object({ items: z.array(PublicMethodSchema) });
z.object({ items: z.array(PublicOfficeSchema) });
z.object({
	generatedAt: IsoDateTime,
	pilots: z.array(PublicPilotSchema),
	methods: z.array(PublicMethodSchema),
	offices: z.array(PublicOfficeSchema),
	rubric: PublicRubricSchema
});
export { pilotOfficeIds as A, MEASURE_UNITS as B, gapMap as C, byNewest as D, aggregateMethod as E, EVIDENCE_DIRECTIONS as F, labelOf as G, PARTNER_TYPES as H, FAILURE_REASONS as I, STANDARD_MEASURES as K, FUNDING_SOURCES as L, DOCUMENT_KINDS as M, EVALUATION_DESIGNS as N, methodResolver as O, EVALUATORS as P, INNSATSGRUPPER as R, GAP_MAP_FINDINGS as S, verdict as T, TARGET_GROUPS as U, OUTCOMES as V, TRIAL_STATUSES as W, formatMeasureValue as _, pilotsToCsv as a, formatShare as b, similarPilotsIndex as c, RegistryStatisticsSchema as d, statistics as f, formatInteger as g, formatDecimal as h, openDataRows as i, COUNTIES as j, methodSummaryText as k, NO_RESULTS_CODE as l, formatDate as m, CSV_COLUMNS as n, evidenceLabel as o, formatCount as p, standardMeasure as q, OPEN_DATA_COLUMNS as r, evidenceLevel as s, DEFAULT_RUBRIC as t, NO_RESULTS_LABEL as u, formatNok as v, VERDICT_COLOR as w, pilotYear as x, formatPeriod as y, MEASURE_TYPES as z };
