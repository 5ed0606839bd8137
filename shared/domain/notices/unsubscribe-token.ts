import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * An unsubscribe link's token: the address, signed with the hub's key (HMAC-SHA-256), so the link works
 * without logging in and cannot be made for another address. It turns off the optional notices only.
 */
export function signUnsubscribeToken(address: string, key: Buffer): string {
  const payload = Buffer.from(JSON.stringify({ a: address, v: 1 }), "utf8").toString("base64url");
  return `${payload}.${mac(payload, key)}`;
}

/** The address a token was made for, or undefined when it is malformed or not signed with this key. */
export function verifyUnsubscribeToken(token: string, key: Buffer): string | undefined {
  const [payload, signature, ...rest] = token.split(".");
  if (!payload || !signature || rest.length > 0) return undefined;
  const expected = Buffer.from(mac(payload, key), "utf8");
  const given = Buffer.from(signature, "utf8");
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
    if (typeof value === "object" && value !== null && "a" in value && typeof value.a === "string" && value.a.length > 0) return value.a;
  } catch {
    // a payload that is not JSON is refused below
  }
  return undefined;
}

function mac(payload: string, key: Buffer): string {
  return createHmac("sha256", key).update(`unsubscribe:${payload}`).digest("base64url");
}
