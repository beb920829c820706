import { Injectable } from '@nestjs/common';
import { EventAnswerCache, ReadyAnswer, SharedChanges } from '@tryggplan/api/core';

/**
 * Partner revision answers per share and revision, kept until the next comment, reply, visibility
 * change, review, share change or publication in the event. Access is never cached: callers check
 * the share before asking.
 */
@Injectable()
export class PartnerAnswers extends EventAnswerCache<ReadyAnswer> {
  constructor(shared: SharedChanges) {
    super(shared);
  }
}
