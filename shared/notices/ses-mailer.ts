import { SendEmailCommand, SESv2Client } from "@aws-sdk/client-sesv2";
import type { Mailer, MailMessage, SenderConfig, SentMail } from "./mailer.ts";

/** Created once per Lambda instance and reused across invocations. */
const ses = new SESv2Client({ region: process.env.AWS_REGION || "eu-north-1", maxAttempts: 3 });

/**
 * Sends through Amazon SES v2 with the hub's configuration set, so that bounces and complaints put the address
 * on the account's suppression list and delivery events reach CloudWatch.
 */
export function createSesMailer(options: SenderConfig & { readonly configurationSet: string; readonly client?: SESv2Client }): Mailer {
  const client = options.client ?? ses;
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
                    Headers: [
                      { Name: "List-Unsubscribe", Value: `<${message.unsubscribeUrl}>` },
                      { Name: "List-Unsubscribe-Post", Value: "List-Unsubscribe=One-Click" },
                    ],
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
