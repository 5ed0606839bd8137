/** Configuration of the notice functions, read once; a missing value stops the function at start-up. */
function requiredEnv(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === "") throw new Error(`Missing environment variable ${name}`);
  return value;
}

export const config = {
  tableName: requiredEnv("TABLE_NAME"),
  region: process.env.AWS_REGION || "eu-north-1",
  /** The site's public URL, for the links in the e-mails. */
  siteUrl: requiredEnv("SITE_URL"),
  /** The verified SES identity the notices come from, e.g. `Utprøvingsbanken <ikke-svar@utprovingsbanken.nav.no>`. */
  mailFrom: requiredEnv("MAIL_FROM"),
  /** The SES configuration set (suppression of bounces and complaints, delivery events). */
  configurationSet: requiredEnv("SES_CONFIGURATION_SET"),
  /** The curators' addresses, comma-separated (a shared mailbox of the directorate). */
  curatorEmails: requiredEnv("CURATOR_EMAILS")
    .split(",")
    .map((a) => a.trim())
    .filter(Boolean),
} as const;
