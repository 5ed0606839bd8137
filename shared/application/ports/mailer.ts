/**
 * One way to send an e-mail, whatever carries it: Amazon SES v2 in AWS (`ses-mailer.ts`), SMTP to the local
 * mail catcher on one machine (`smtp-mailer.ts`). The notifier only knows this interface.
 */
export interface MailMessage {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  /** `List-Unsubscribe` target (the unsubscribe page with its signed token) for the optional notices. */
  readonly unsubscribeUrl?: string | undefined;
  /** Tags for delivery events (SES message tags); letters, digits, `_` and `-` only. */
  readonly tags?: Readonly<Record<string, string>>;
}

export interface SentMail {
  readonly messageId: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<SentMail>;
}

/** The sender every notice comes from, e.g. `Utprøvingsbanken <ikke-svar@utprovingsbanken.nav.no>`. */
export interface SenderConfig {
  readonly from: string;
}
