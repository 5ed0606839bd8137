import type { DevUser } from "./users.ts";

/** The pages of the local login: the dev-user picker, errors and logout, in Norwegian. No scripts, no outside resources. */

export const HTML_CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

export function escapeHtml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;").replaceAll("'", "&#39;");
}

const STYLE = `
  :root { color-scheme: light; }
  body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; font-size: 1.125rem;
    line-height: 1.5; color: #23262a; background: #f2f3f5; }
  main { max-width: 36rem; margin: 3rem auto; padding: 2rem; background: #fff; border-radius: 0.5rem;
    box-shadow: 0 1px 3px rgba(0, 0, 0, 0.15); }
  h1 { font-size: 1.75rem; line-height: 1.25; margin: 0 0 1rem; }
  label { display: block; font-weight: 600; margin: 1.5rem 0 0.5rem; }
  select { width: 100%; font: inherit; padding: 0.5rem; border: 1px solid #6f7785; border-radius: 0.25rem; }
  button { margin-top: 1.5rem; font: inherit; font-weight: 600; color: #fff; background: #0063c1; border: 0;
    border-radius: 0.25rem; padding: 0.75rem 1.5rem; cursor: pointer; }
  button:hover { background: #0056b4; }
  :focus-visible { outline: 3px solid #23262a; outline-offset: 2px; }
  .note { color: #49515e; font-size: 1rem; }
  code { overflow-wrap: anywhere; }
  a { color: #0063c1; }
`;

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

export function errorPage(heading: string, message: string): string {
  return page(
    `${heading} – Utprøvingsbanken (lokal utvikling)`,
    `<h1>${escapeHtml(heading)}</h1>
<p>${escapeHtml(message)}</p>
<p class="note">Dette er den lokale innloggingstjenesten for utvikling.</p>`,
  );
}

export function loggedOutPage(home: string): string {
  return page(
    "Du er logget ut – Utprøvingsbanken (lokal utvikling)",
    `<h1>Du er logget ut</h1>
<p><a href="${escapeHtml(home)}">Gå til forsiden</a></p>`,
  );
}

/** Asks before logging out; `form` is the provider's hidden form (with its CSRF token), submitted by the button. */
export function logoutPage(form: string, home: string, autoSubmit?: string): string {
  return page(
    "Logg ut – Utprøvingsbanken (lokal utvikling)",
    `<h1>Logg ut av Utprøvingsbanken?</h1>
${form}
<button autofocus type="submit" form="op.logoutForm" value="yes" name="logout">Logg ut</button>
<p><a href="${escapeHtml(home)}">Tilbake uten å logge ut</a></p>${autoSubmit ? `\n<script>${autoSubmit}</script>` : ""}`,
  );
}

/** The dev-user picker: curators first, then one user per office, sorted by office name. */
export function loginPage(users: readonly DevUser[], action: string, options: { loginHint?: string | undefined; redirectUri?: string | undefined }): string {
  const curators = users.filter((u) => u.groups.includes("kurator"));
  const staff = users
    .filter((u) => !u.groups.includes("kurator"))
    .sort((a, b) => officeLabel(a).localeCompare(officeLabel(b), "nb") || a.sub.localeCompare(b.sub));
  const selected = users.some((u) => u.sub === options.loginHint) ? options.loginHint : users[0]?.sub;
  const option = (user: DevUser, text: string) =>
    `<option value="${escapeHtml(user.sub)}"${user.sub === selected ? " selected" : ""}>${escapeHtml(text)}</option>`;

  const groups: string[] = [];
  if (curators.length > 0) {
    groups.push(`<optgroup label="Kuratorer">\n${curators.map((u) => option(u, u.name)).join("\n")}\n</optgroup>`);
  }
  if (staff.length > 0) {
    groups.push(`<optgroup label="Ansatte på NAV-kontor">\n${staff.map((u) => option(u, `${officeLabel(u)} – ${u.name}`)).join("\n")}\n</optgroup>`);
  }

  const form =
    users.length === 0
      ? `<p>Det finnes ingen testbrukere ennå.</p>`
      : `<form method="post" action="${escapeHtml(action)}">
<label for="sub">Velg testbruker</label>
<select id="sub" name="sub" required>
${groups.join("\n")}
</select>
<button type="submit">Logg inn</button>
</form>`;

  const target = options.redirectUri ? `\n<p class="note">Etter innlogging sendes du til <code>${escapeHtml(options.redirectUri)}</code>.</p>` : "";
  return page(
    "Logg inn – Utprøvingsbanken (lokal utvikling)",
    `<h1>Logg inn i Utprøvingsbanken (lokal utvikling)</h1>
<p>Dette er en innloggingsside for lokal utvikling. Velg hvem du vil være. Det trengs ikke passord.</p>
${form}${target}`,
  );
}

function officeLabel(user: DevUser): string {
  return user.officeName ?? user.office ?? user.name;
}
