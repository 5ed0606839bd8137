/** A user of the local issuer. Nobody has a password; the login page just lets you pick one. */
export interface DevUser {
  sub: string;
  name: string;
  email: string;
  groups: ("kontor" | "kurator")[];
  /** The office id, for office staff only. */
  office?: string;
  /** The office's display name, for the login page. Not put in tokens. */
  officeName?: string;
}

/** Domain for dev e-mail addresses (reserved by RFC 2606, never delivered). */
export const DEV_EMAIL_DOMAIN = "nav.example";

const FIRST_NAMES = [
  "Ola",
  "Kari",
  "Nora",
  "Jakob",
  "Ingrid",
  "Emil",
  "Sofie",
  "Lars",
  "Sigrid",
  "Magnus",
  "Hanne",
  "Eirik",
  "Maja",
  "Torbjørn",
  "Astrid",
  "Håkon",
  "Liv",
  "Sindre",
  "Åse",
  "Øystein",
] as const;

const LAST_NAMES = [
  "Nordmann",
  "Hansen",
  "Johansen",
  "Olsen",
  "Larsen",
  "Andersen",
  "Pedersen",
  "Nilsen",
  "Berg",
  "Haugen",
  "Hagen",
  "Bakken",
  "Solberg",
  "Strand",
  "Lie",
  "Dahl",
  "Lunde",
  "Moen",
  "Sæther",
  "Østby",
] as const;

/** The dev user for staff at one office. The name depends only on the office id, so it is stable. */
export function officeUser(office: { id: string; name?: string }): DevUser {
  const sub = `kontor-${office.id}`;
  return {
    sub,
    name: plausibleName(office.id),
    email: `${sub}@${DEV_EMAIL_DOMAIN}`,
    groups: ["kontor"],
    office: office.id,
    ...(office.name ? { officeName: office.name } : {}),
  };
}

/** The dev curators (kuratorer i direktoratet). */
export function curatorUsers(): DevUser[] {
  return [
    { sub: "kurator", name: "Kari Kurator", email: `kurator@${DEV_EMAIL_DOMAIN}`, groups: ["kurator"] },
    { sub: "kurator-2", name: "Kåre Kurator", email: `kurator-2@${DEV_EMAIL_DOMAIN}`, groups: ["kurator"] },
  ];
}

/** One user per office plus two curators. Curators first, then office staff sorted by office name. */
export function devUsersFor(offices: readonly { id: string; name: string }[]): DevUser[] {
  const staff = offices
    .map((office) => officeUser(office))
    .sort((a, b) => (a.officeName ?? "").localeCompare(b.officeName ?? "", "nb") || a.sub.localeCompare(b.sub));
  return [...curatorUsers(), ...staff];
}

function plausibleName(seed: string): string {
  const hash = fnv1a(seed);
  const first = FIRST_NAMES[hash % FIRST_NAMES.length] ?? "Ola";
  const last = LAST_NAMES[Math.floor(hash / FIRST_NAMES.length) % LAST_NAMES.length] ?? "Nordmann";
  return `${first} ${last}`;
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
