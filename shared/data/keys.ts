/**
 * Every key of every item, built in one place. Items:
 *   PILOT#<id> / PILOT             the working copy of a trial   gsi1: office list, gsi2: state queue, gsi3: results due, gsi4: by method
 *   PILOT#<id> / REV#<000001>      a kept revision (full snapshot, who, when, action, note)
 *   PILOT#<id> / PUBLIC            the published projection or a tombstone   gsi2: the public feed by change time
 *   PILOT#<id> / RECON#<time>      a request to reconsider a rating          gsi2: the reconsideration queue
 *   METHOD#<id> / METHOD           a method                      gsi1: methods by name
 *   OFFICE#<id> / OFFICE           an office                     gsi1: offices by name
 *   IDEMPOTENCY#<sub>#<key> / IDEMPOTENCY   a create's idempotency key (expires after 24 h)
 *   METHOD_AGGREGATES / METHOD#<id>         a method's derived figures, all in one partition (one query reads them)
 *   GONE#<sha256 of slug> / GONE   an address taken away by a redaction (410 Gone); the slug itself is not kept
 */
const pad = (n: number) => String(n).padStart(6, "0");

export const keys = {
  pilot: (id: string) => ({ pk: `PILOT#${id}`, sk: "PILOT" }),
  revision: (id: string, version: number) => ({ pk: `PILOT#${id}`, sk: `REV#${pad(version)}` }),
  revisionPrefix: "REV#",
  publicPilot: (id: string) => ({ pk: `PILOT#${id}`, sk: "PUBLIC" }),
  reconsideration: (id: string, at: string) => ({ pk: `PILOT#${id}`, sk: `RECON#${at}` }),
  reconsiderationPrefix: "RECON#",
  method: (id: string) => ({ pk: `METHOD#${id}`, sk: "METHOD" }),
  office: (id: string) => ({ pk: `OFFICE#${id}`, sk: "OFFICE" }),
  idempotency: (sub: string, key: string) => ({ pk: `IDEMPOTENCY#${sub}#${key}`, sk: "IDEMPOTENCY" }),
  methodAggregate: (methodId: string) => ({ pk: "METHOD_AGGREGATES", sk: `METHOD#${methodId}` }),
  goneSlug: (slugHash: string) => ({ pk: `GONE#${slugHash}`, sk: "GONE" }),
} as const;

/** Index key values. Each returns the attributes to store on the item. */
export const indexKeys = {
  pilotByOffice: (officeId: string, createdAt: string, id: string) => ({ gsi1pk: `OFFICE#${officeId}`, gsi1sk: `${createdAt}#${id}` }),
  pilotByState: (state: string, stateChangedAt: string, id: string) => ({ gsi2pk: `STATE#${state}`, gsi2sk: `${stateChangedAt}#${id}` }),
  resultsDue: (dueDate: string, id: string) => ({ gsi3pk: "RESULTS_DUE", gsi3sk: `${dueDate}#${id}` }),
  pilotByMethod: (methodId: string, createdAt: string, id: string) => ({ gsi4pk: `METHOD#${methodId}`, gsi4sk: `${createdAt}#${id}` }),
  publicFeed: (changedAt: string, id: string) => ({ gsi2pk: "PUBLIC", gsi2sk: `${changedAt}#${id}` }),
  openReconsideration: (at: string, id: string) => ({ gsi2pk: "RECON#open", gsi2sk: `${at}#${id}` }),
  methodByName: (name: string, id: string) => ({ gsi1pk: "METHODS", gsi1sk: `${name.toLocaleLowerCase("nb")}#${id}` }),
  officeByName: (name: string, id: string) => ({ gsi1pk: "OFFICES", gsi1sk: `${name.toLocaleLowerCase("nb")}#${id}` }),
} as const;

export const partitions = {
  officePilots: (officeId: string) => `OFFICE#${officeId}`,
  state: (state: string) => `STATE#${state}`,
  resultsDue: "RESULTS_DUE",
  methodPilots: (methodId: string) => `METHOD#${methodId}`,
  publicFeed: "PUBLIC",
  openReconsiderations: "RECON#open",
  methods: "METHODS",
  offices: "OFFICES",
  methodAggregates: "METHOD_AGGREGATES",
} as const;
