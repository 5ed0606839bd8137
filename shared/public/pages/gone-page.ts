/**
 * The page at an address a redaction took away (the old address held personal data): the local server
 * answers it with 410 Gone, and in AWS the site build writes it at the old address (`scripts/gone-pages.ts`)
 * so that no copy of the old page is served. It asks search engines not to index it, and names nothing of
 * the trial.
 */
export const GONE_PAGE_HTML =
  '<!doctype html><html lang="nb"><head><meta charset="utf-8"><meta name="robots" content="noindex"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Siden er fjernet – Utprøvingsbanken</title></head><body><main><h1>Siden er fjernet</h1><p>Denne adressen er tatt bort fordi den inneholdt personopplysninger. Utprøvingen finnes fortsatt i <a href="/">Utprøvingsbanken</a> under en ny adresse.</p></main></body></html>\n';

/** A trial's address as the site serves it: `/utproving/<slug>/`. */
export const TRIAL_PATH = /^\/utproving\/([a-z0-9-]{1,200})\/?$/;
