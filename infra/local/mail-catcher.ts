import { MailDev } from "maildev";

export interface MailCatcher {
  readonly smtpPort: number;
  /** The web inbox; its REST API is under `/api/email`. */
  readonly webUrl: string;
  stop(): Promise<void>;
}

/**
 * The local mail catcher (maildev): an SMTP server that keeps every e-mail and a web inbox to read them, so
 * the hub's notices can be read on one machine without sending anything anywhere.
 */
export async function startMailCatcher(options: { smtpPort: number; webPort: number }): Promise<MailCatcher> {
  const maildev = new MailDev({ smtp: options.smtpPort, web: options.webPort, ip: "127.0.0.1", webIp: "127.0.0.1", silent: true });
  await maildev.start();
  return {
    smtpPort: options.smtpPort,
    webUrl: `http://localhost:${options.webPort}`,
    async stop() {
      await maildev.stop();
    },
  };
}
