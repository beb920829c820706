import { Provider } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@tryggplan/api/core';
import { ElksSmsTransport } from './elks-sms-transport';
import { MESSAGE_TRANSPORTS, MessageTransports } from './message-transport';
import { SmtpTransport } from './smtp-transport';

/** The transports the configuration switches on: e-mail with SMTP_URL, SMS with SMS_PROVIDER. */
export function transportsFor(config: AppConfig): MessageTransports {
  return {
    ...(config.mail ? { email: new SmtpTransport(config.mail.smtpUrl, config.mail.from) } : {}),
    ...(config.sms ? { sms: new ElksSmsTransport(config.sms) } : {}),
  };
}

export const messageTransportsProvider: Provider = {
  provide: MESSAGE_TRANSPORTS,
  inject: [APP_CONFIG],
  useFactory: transportsFor,
};
