import { SendEmailCommand, type SESv2Client } from "@aws-sdk/client-sesv2";
import type { Mailer, MailMessage, SenderConfig, SentMail } from "../../application/ports/mailer.ts";

/**
 * Sends through Amazon SES v2 with the hub's configuration set, so that bounces and complaints put the address
 * on the account's suppression list and delivery events reach CloudWatch.
 */
export function createSesMailer(options: SenderConfig & { readonly configurationSet: string; readonly client: Pick<SESv2Client, "send"> }): Mailer {
  const { client } = options;
  return {
    async send(message: MailMessage): Promise<SentMail> {
      const out = await client.send(
        new SendEmailCommand({
          FromEmailAddress: options.from,
          Destination: { ToAddresses: [message.to] },
          ConfigurationSetName: options.configurationSet,
          Content: {
            Simple: {
              Subject: { Data: message.subject, Charset: "UTF-8" },
              Body: { Text: { Data: message.text, Charset: "UTF-8" }, Html: { Data: message.html, Charset: "UTF-8" } },
              ...(message.unsubscribeUrl
                ? {
                    // A link to the unsubscribe page; not RFC 8058 one-click, since the page asks for a click.
                    Headers: [{ Name: "List-Unsubscribe", Value: `<${message.unsubscribeUrl}>` }],
                  }
                : {}),
            },
          },
          EmailTags: Object.entries(message.tags ?? {}).map(([Name, Value]) => ({ Name, Value })),
        }),
      );
      return { messageId: out.MessageId ?? "" };
    },
  };
}
