import type { SESv2Client } from "@aws-sdk/client-sesv2";
import { describe, expect, it } from "vitest";
import { createSesMailer } from "../../shared/adapters/mail/ses-mailer.ts";

/** Records the commands it is asked to send, as the SES client would receive them. */
function recordingClient() {
  const inputs: unknown[] = [];
  const client: Pick<SESv2Client, "send"> = {
    send: (async (command: { input: unknown }) => {
      inputs.push(command.input);
      return { MessageId: "0100-abc", $metadata: {} };
    }) as unknown as SESv2Client["send"],
  };
  return { client, inputs };
}

describe("the SES v2 mailer", () => {
  it("sends text and HTML through the configuration set, with the unsubscribe link as a header, and tags", async () => {
    // Prepare
    const { client, inputs } = recordingClient();
    const mailer = createSesMailer({ from: "Utprøvingsbanken <ikke-svar@utprovingsbanken.nav.example>", configurationSet: "utp-test-notices", client });
    // Act
    const sent = await mailer.send({
      to: "kari@nav.example",
      subject: "Publisert: Jobbklubb",
      text: "Hei",
      html: "<p>Hei</p>",
      unsubscribeUrl: "https://utprovingsbanken.example/varsler/avmeld/?token=t",
      tags: { kind: "published" },
    });
    // Assess
    expect(sent.messageId).toBe("0100-abc");
    expect(inputs).toEqual([
      {
        FromEmailAddress: "Utprøvingsbanken <ikke-svar@utprovingsbanken.nav.example>",
        Destination: { ToAddresses: ["kari@nav.example"] },
        ConfigurationSetName: "utp-test-notices",
        Content: {
          Simple: {
            Subject: { Data: "Publisert: Jobbklubb", Charset: "UTF-8" },
            Body: { Text: { Data: "Hei", Charset: "UTF-8" }, Html: { Data: "<p>Hei</p>", Charset: "UTF-8" } },
            Headers: [{ Name: "List-Unsubscribe", Value: "<https://utprovingsbanken.example/varsler/avmeld/?token=t>" }],
          },
        },
        EmailTags: [{ Name: "kind", Value: "published" }],
      },
    ]);
  });

  it("sends a results reminder without unsubscribe headers", async () => {
    const { client, inputs } = recordingClient();
    await createSesMailer({ from: "a@b.example", configurationSet: "c", client }).send({ to: "kari@nav.example", subject: "s", text: "t", html: "h" });
    expect(JSON.stringify(inputs[0])).not.toContain("List-Unsubscribe");
  });
});
