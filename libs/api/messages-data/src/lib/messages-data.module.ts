import { Module } from '@nestjs/common';
import { AuditDataModule } from '@tryggplan/api/audit-data';
import { DeliveriesService } from './deliveries.service';
import { InvitationNotices } from './invitation-notices';
import { MessageOutbox } from './message-outbox';
import { messageTransportsProvider } from './message-transports.provider';
import { OutboxQueries } from './outbox.queries';
import { OutboxWorker } from './outbox-worker';
import { SharedRevisionNotices } from './shared-revision-notices';

/** The outbox, its worker and transports, and the delivery log. Import it to send a message. */
@Module({
  imports: [AuditDataModule],
  providers: [
    messageTransportsProvider,
    OutboxQueries,
    OutboxWorker,
    MessageOutbox,
    DeliveriesService,
    SharedRevisionNotices,
    InvitationNotices,
  ],
  exports: [MessageOutbox, DeliveriesService, OutboxWorker, SharedRevisionNotices, InvitationNotices],
})
export class MessagesDataModule {}
