import { MessageTransport, OutgoingMessage } from './message-transport';

export interface ElksSettings {
  /** https://api.46elks.com/a1 unless set otherwise (tests point it at a local server). */
  baseUrl: string;
  username: string;
  password: string;
  from: string;
}

/** How long a call to the provider may take before the attempt counts as failed. */
const REQUEST_TIMEOUT_MS = 15_000;

/**
 * SMS through 46elks' HTTP API: POST {baseUrl}/sms with basic auth and the form fields from, to and
 * message (https://46elks.com/docs/send-sms). Any answer but 2xx is a failed attempt.
 */
export class ElksSmsTransport implements MessageTransport {
  readonly channel = 'sms' as const;

  constructor(private readonly settings: ElksSettings) {}

  async send(message: OutgoingMessage): Promise<void> {
    const { baseUrl, username, password, from } = this.settings;
    const response = await fetch(`${baseUrl}/sms`, {
      method: 'POST',
      headers: {
        Authorization: `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`,
        'Content-Type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({ from, to: message.recipient, message: message.text }).toString(),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    if (!response.ok) {
      const detail = (await response.text()).slice(0, 200);
      throw new Error(`46elks answered ${response.status}${detail ? `: ${detail}` : ''}`);
    }
  }

  async close(): Promise<void> {
    // nothing held open between requests
  }
}
