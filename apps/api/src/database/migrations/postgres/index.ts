import { PostgresInitialSchema1764000000000 } from './1764000000000-initial-schema';
import { PostgresLiveEventsAndLeases1764420000000 } from './1764420000000-live-events-and-leases';
import { PostgresRiskSites1764430000000 } from './1764430000000-risk-sites';
import { PostgresIncidents1764440000000 } from './1764440000000-incidents';
import { PostgresEventTextsInEnglish1764450000000 } from './1764450000000-event-texts-in-english';
import { PostgresRateLimits1764460000000 } from './1764460000000-rate-limits';
import { PostgresPartnerFeedbackSeen1764470000000 } from './1764470000000-partner-feedback-seen';
import { PostgresCheckIns1764480000000 } from './1764480000000-check-ins';
import { PostgresMessages1764490000000 } from './1764490000000-messages';
import { PostgresStaff1764500000000 } from './1764500000000-staff';
import { PostgresPermitApplication1764510000000 } from './1764510000000-permit-application';
import { PostgresSiteSize1764520000000 } from './1764520000000-site-size';
import { PostgresStaffAssignee1764530000000 } from './1764530000000-staff-assignee';

/** PostgreSQL's own migration set: the SQLite set's end state first, then each later SQLite step mirrored. */
export const POSTGRES_MIGRATIONS = [
  PostgresInitialSchema1764000000000,
  PostgresLiveEventsAndLeases1764420000000,
  PostgresRiskSites1764430000000,
  PostgresIncidents1764440000000,
  PostgresEventTextsInEnglish1764450000000,
  PostgresRateLimits1764460000000,
  PostgresPartnerFeedbackSeen1764470000000,
  PostgresCheckIns1764480000000,
  PostgresMessages1764490000000,
  PostgresStaff1764500000000,
  PostgresPermitApplication1764510000000,
  PostgresSiteSize1764520000000,
  PostgresStaffAssignee1764530000000,
];
