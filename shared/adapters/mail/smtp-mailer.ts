import nodemailer from "nodemailer";
import type { Mailer, MailMessage, SenderConfig, SentMail } from "../../application/ports/mailer.ts";

/** Sends over SMTP with nodemailer: locally to the mail catcher (maildev), which needs no TLS or login. */
export function createSmtpMailer(options: SenderConfig & { readonly host: string; readonly port: number }): Mailer & { close(): void } {
  const transport = nodemailer.createTransport({
    host: options.host,
    port: options.port,
    secure: false,
    ignoreTLS: true,
    pool: true,
    maxConnections: 2,
  });
  return {
    async send(message: MailMessage): Promise<SentMail> {
      const info = await transport.sendMail({
        from: options.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
        ...(message.unsubscribeUrl ? { list: { unsubscribe: { url: message.unsubscribeUrl, comment: "Meld av" } } } : {}),
      });
      return { messageId: String(info.messageId) };
    },
    close() {
      transport.close();
    },
  };
}
