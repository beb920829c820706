import { createTransport, Transporter } from 'nodemailer';
import { MessageTransport, OutgoingMessage } from './message-transport';

/** E-mail through the SMTP server of `SMTP_URL`, from `MAIL_FROM`. */
export class SmtpTransport implements MessageTransport {
  readonly channel = 'email' as const;
  private readonly transporter: Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string,
  ) {
    // a server that does not answer fails the attempt in seconds, not in nodemailer's ten minutes
    this.transporter = createTransport({
      url: smtpUrl,
      connectionTimeout: 15_000,
      greetingTimeout: 15_000,
      socketTimeout: 30_000,
    });
  }

  async send(message: OutgoingMessage): Promise<void> {
    await this.transporter.sendMail({
      from: this.from,
      to: { name: message.recipientName, address: message.recipient },
      subject: message.subject,
      text: message.text,
      ...(message.html ? { html: message.html } : {}),
    });
  }

  async close(): Promise<void> {
    this.transporter.close();
  }
}
