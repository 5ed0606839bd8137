/**
 * Where a login may send the user back to: a path of the hub's own origin, nothing else. The address is parsed
 * with `URL` against the origin, and refused (giving "/") when the result leaves the origin, or when the raw
 * text holds what browsers read in surprising ways: a backslash, a control character or white space, an
 * encoded slash or backslash, or anything that does not start with a single "/".
 */
// eslint-disable-next-line no-control-regex
const SUSPICIOUS = /[\\\u0000-\u0020\u007F-\u009F]|%(?:2f|5c|0[0-9a-f]|1[0-9a-f]|7f)/i;
/** The same once decoded, where an encoded space ("%20") is an ordinary part of a query. */
// eslint-disable-next-line no-control-regex
const SUSPICIOUS_DECODED = /[\\\u0000-\u001F\u007F-\u009F]|%(?:2f|5c|0[0-9a-f]|1[0-9a-f]|7f)/i;

export function safeReturnPath(wanted: string | null | undefined, origin: string): string {
  if (!wanted || !wanted.startsWith("/") || wanted.startsWith("//") || SUSPICIOUS.test(wanted)) return "/";
  let decoded: string;
  try {
    decoded = decodeURIComponent(wanted);
  } catch {
    return "/";
  }
  if (decoded.startsWith("//") || SUSPICIOUS_DECODED.test(decoded)) return "/";
  let url: URL;
  try {
    url = new URL(wanted, origin);
  } catch {
    return "/";
  }
  if (url.origin !== new URL(origin).origin) return "/";
  return `${url.pathname}${url.search}${url.hash}`;
}
