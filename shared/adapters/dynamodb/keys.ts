/**
 * Every key of every item, built in one place. Items:
 *   PILOT#<id> / PILOT             the working copy of a trial   gsi1: office list, gsi2: state queue, gsi3: results due, gsi4: by method
 *   PILOT#<id> / REV#<000001>      a kept revision (full snapshot, who, when, action, note)
 *   PILOT#<id> / PUBLIC            the published projection or a tombstone   gsi2: the public feed by change time
 *   PILOT#<id> / RECON#<time>      a request to reconsider a rating          gsi2: the reconsideration queue
 *   METHOD#<id> / METHOD           a method                      gsi1: methods by name
 *   OFFICE#<id> / OFFICE           an office                     gsi1: offices by name
 *   IDEMPOTENCY#<sub>#<key> / IDEMPOTENCY   a create's idempotency key (expires after 24 h)
 *   NOTICE#<event> / TO#<address>  a notice claimed or sent to one address (sent once)   gsi1: what was sent about an office's trials
 *   PREFS#<address> / PREFS        one address's notice preferences and what it follows
 *   FOLLOW#<kind>#<id> / TO#<address>   a follower of a method or target group
 *   USER#<sub> / PROFILE           a signed-in user's work e-mail, for notices to a trial's author
 *   DIGEST#<address> / <time>#<event>   a notice waiting for the recipient's digest   gsi2: pending digests by rhythm
 *   CONFIG#<name> / CONFIG         hub settings kept in the table (the unsubscribe signing key)
 *   GONE#<sha256 of slug> / GONE   an address taken away by a redaction (410 Gone); the slug itself is not kept
 *   METHOD_AGGREGATES / METHOD#<id>         a method's derived figures, all in one partition (one query reads them)
 *   STATISTICS / REGISTRY          the counts over every registered trial, kept by the stream's consumer
 *   MERGE#<method id> / MERGE      a method merge under way: the kept method, so a rerun continues it
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
  notice: (eventKey: string, address: string) => ({ pk: `NOTICE#${eventKey}`, sk: `TO#${address}` }),
  preferences: (address: string) => ({ pk: `PREFS#${address}`, sk: "PREFS" }),
  follower: (kind: string, id: string, address: string) => ({ pk: `FOLLOW#${kind}#${id}`, sk: `TO#${address}` }),
  followerPrefix: "TO#",
  profile: (sub: string) => ({ pk: `USER#${sub}`, sk: "PROFILE" }),
  digestEntry: (address: string, at: string, eventKey: string) => ({ pk: `DIGEST#${address}`, sk: `${at}#${eventKey}` }),
  setting: (name: string) => ({ pk: `CONFIG#${name}`, sk: "CONFIG" }),
  goneSlug: (slugHash: string) => ({ pk: `GONE#${slugHash}`, sk: "GONE" }),
  methodAggregate: (methodId: string) => ({ pk: "METHOD_AGGREGATES", sk: `METHOD#${methodId}` }),
  registryStatistics: () => ({ pk: "STATISTICS", sk: "REGISTRY" }),
  methodMerge: (methodId: string) => ({ pk: `MERGE#${methodId}`, sk: "MERGE" }),
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
  noticeByOffice: (officeId: string, sentAt: string, eventKey: string, address: string) => ({
    gsi1pk: `NOTICES#${officeId}`,
    gsi1sk: `${sentAt}#${eventKey}#${address}`,
  }),
  pendingDigest: (rhythm: string, address: string, at: string) => ({ gsi2pk: `DIGEST#${rhythm}`, gsi2sk: `${address}#${at}` }),
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
  followers: (kind: string, id: string) => `FOLLOW#${kind}#${id}`,
  officeNotices: (officeId: string) => `NOTICES#${officeId}`,
  pendingDigests: (rhythm: string) => `DIGEST#${rhythm}`,
} as const;
