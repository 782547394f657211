import path from 'node:path';
import { SecondFactorService } from './modules/second-factor/second-factor.service';
import { SecretBox } from './modules/second-factor/secret-box';
import type { DataSource } from 'typeorm';
import type { Clock } from './common/clock';
import { useClock } from './database/clock-of';
import type { ServerConfig } from './config';
import { AuthService } from './modules/auth/auth.service';
import { SessionService } from './modules/auth/session.service';
import { SignInThrottle, type ThrottleSettings } from './modules/auth/sign-in-throttle';
import { ChildrenService } from './modules/children/children.service';
import { StaffService } from './modules/staff/staff.service';
import { AuditTrailService } from './modules/audit/audit-trail.service';
import { AlertsService } from './modules/alerts/alerts.service';
import { PolicyService } from './modules/policy/policy.service';
import { CaseFactsService } from './modules/alerts/case-facts.service';
import { AdvocacyService } from './modules/advocacy/advocacy.service';
import { AllocationService } from './modules/allocation/allocation.service';
import { HealthOutcomesService } from './modules/health-outcomes/health-outcomes.service';
import { MissingEpisodeService } from './modules/missing-episodes/missing-episode.service';
import { DeprivationOfLibertyService } from './modules/deprivation-of-liberty/deprivation-of-liberty.service';
import { LeavingCareService } from './modules/leaving-care/leaving-care.service';
import { CourtService } from './modules/court/court.service';
import { FamilyFindingService } from './modules/family-finding/family-finding.service';
import { LegalStatusService } from './modules/legal-status/legal-status.service';
import { MatchingService } from './modules/matching/matching.service';
import { NetworkService } from './modules/network/network.service';
import { PlacementsService } from './modules/placements/placements.service';
import { SiblingsService } from './modules/siblings/siblings.service';
import { MeetingsService } from './modules/meetings/meetings.service';
import { PlansService } from './modules/plans/plans.service';
import { ViewsService } from './modules/views/views.service';
import { LifeStoryService } from './modules/life-story/life-story.service';
import { MediaService } from './modules/media/media.service';
import { LifeStoryBookService } from './modules/life-story-book/life-story-book.service';
import { ChildMessagesService } from './modules/child-messages/child-messages.service';
import { YoungPersonService } from './modules/young-person/young-person.service';
import { AdvocateViewService } from './modules/advocacy/advocate-view.service';
import { TrackerService } from './modules/tracker/tracker.service';
import { RetentionService } from './modules/data-protection/retention.service';
import { SubjectAccessService } from './modules/data-protection/subject-access.service';
import { NotificationsService } from './modules/notifications/notifications.service';
import { NotificationQueue } from './modules/notifications/notification.queue';
import { senderFor, type Sender } from './modules/notifications/notification.senders';
import { YoungPersonDraftsService } from './modules/young-person-drafts/young-person-drafts.service';
import { SingleSignOnService } from './modules/single-sign-on/single-sign-on.service';
import { Ssda903UploadsService } from './modules/imports/ssda903-uploads.service';
import { ReportingReads } from './database/reporting-reads';

/** The application's services, made once per process; they keep no per-request state. */
export interface Services {
  dataSource: DataSource;
  /** Where the tracker, reports, SSDA903 return and audit searches read: a replica when FP_REPLICA_URL is set and recent enough. Stopped with the server. */
  reportingReads: ReportingReads;
  config: ServerConfig;
  clock: Clock;
  sessions: SessionService;
  auth: AuthService;
  singleSignOn: SingleSignOnService;
  secondFactor: SecondFactorService;
  /** Seals sign-in secrets at rest (FP_TOTP_KEY). */
  secrets: SecretBox;
  children: ChildrenService;
  staff: StaffService;
  auditTrail: AuditTrailService;
  policy: PolicyService;
  alerts: AlertsService;
  caseFacts: CaseFactsService;
  placements: PlacementsService;
  legalStatus: LegalStatusService;
  healthOutcomes: HealthOutcomesService;
  missingEpisodes: MissingEpisodeService;
  deprivationOfLiberty: DeprivationOfLibertyService;
  leavingCare: LeavingCareService;
  court: CourtService;
  familyFinding: FamilyFindingService;
  siblings: SiblingsService;
  network: NetworkService;
  matching: MatchingService;
  advocacy: AdvocacyService;
  allocation: AllocationService;
  plans: PlansService;
  meetings: MeetingsService;
  views: ViewsService;
  lifeStory: LifeStoryService;
  media: MediaService;
  lifeStoryBook: LifeStoryBookService;
  childMessages: ChildMessagesService;
  youngPerson: YoungPersonService;
  youngPersonDrafts: YoungPersonDraftsService;
  advocateView: AdvocateViewService;
  tracker: TrackerService;
  retention: RetentionService;
  subjectAccess: SubjectAccessService;
  notifications: NotificationsService;
  ssda903Uploads: Ssda903UploadsService;
  /** The job queue: started and stopped with the server (startBackgroundWork / stopBackgroundWork). */
  queue: NotificationQueue;
  sender: Sender;
}

export function createServices(
  dataSource: DataSource,
  config: ServerConfig,
  clock: Clock,
  options: { throttle?: Partial<ThrottleSettings> } = {},
): Services {
  // Every record this data source writes is stamped with this clock (database/clock-of.ts).
  useClock(dataSource, clock);
  const reportingReads = new ReportingReads(dataSource, { replicaUrl: config.replicaUrl, maxLagSeconds: config.replicaMaxLagSeconds });
  if (reportingReads.replica) useClock(reportingReads.replica, clock);
  reportingReads.start();
  const sessions = new SessionService(dataSource, config, clock);
  const throttle = new SignInThrottle(dataSource, options.throttle);
  const children = new ChildrenService(dataSource, clock);
  const policy = new PolicyService(dataSource, clock, config.policyCacheSeconds);
  const sender = senderFor(config.notifications);
  const databaseUrl = (dataSource.options as { url?: string }).url ?? '';
  const media = new MediaService(dataSource, config, clock);
  const alerts = new AlertsService(dataSource, clock, policy, children);
  const retention = new RetentionService(dataSource, clock);
  const notifications = new NotificationsService(dataSource, clock, config.notifications, sender, { alerts, children, policy });
  // Messages and views queue their notifications in their own transactions.
  const childMessages = new ChildMessagesService(dataSource, clock, children, (manager, id) => notifications.queueForChildMessage(manager, id));
  // One key seals sign-in secrets at rest: authenticator secrets and the provider's client secret.
  const secrets = new SecretBox({ configuredKey: config.totpKey, keyFile: path.join(config.dataDir, 'totp-secret.key') });
  const secondFactor = new SecondFactorService(dataSource, clock, throttle, secrets, {
    sessions,
    tellOfReset: (manager, input) => notifications.queueAuthenticatorReset(manager, input),
  });
  const auth = new AuthService(dataSource, sessions, throttle, clock, policy, secondFactor);
  const singleSignOn = new SingleSignOnService(dataSource, auth, sessions, clock, secrets);
  return {
    dataSource,
    reportingReads,
    config,
    clock,
    sessions,
    auth,
    singleSignOn,
    secondFactor,
    secrets,
    children,
    staff: new StaffService(dataSource, sessions, clock),
    policy,
    alerts,
    caseFacts: new CaseFactsService(dataSource, clock),
    auditTrail: new AuditTrailService(reportingReads),
    placements: new PlacementsService(dataSource, clock),
    legalStatus: new LegalStatusService(dataSource, clock),
    healthOutcomes: new HealthOutcomesService(dataSource, clock),
    missingEpisodes: new MissingEpisodeService(dataSource, clock),
    deprivationOfLiberty: new DeprivationOfLibertyService(dataSource, clock),
    leavingCare: new LeavingCareService(dataSource, clock, policy),
    court: new CourtService(dataSource, clock, policy),
    familyFinding: new FamilyFindingService(dataSource, clock),
    siblings: new SiblingsService(dataSource, clock),
    network: new NetworkService(dataSource),
    matching: new MatchingService(dataSource),
    advocacy: new AdvocacyService(dataSource, clock),
    allocation: new AllocationService(dataSource, clock, children),
    plans: new PlansService(dataSource, clock, policy),
    meetings: new MeetingsService(dataSource, clock),
    views: new ViewsService(dataSource, clock, (manager, id) => notifications.queueForView(manager, id)),
    lifeStory: new LifeStoryService(dataSource, clock, media),
    media,
    lifeStoryBook: new LifeStoryBookService(dataSource, clock, media),
    childMessages,
    youngPerson: new YoungPersonService(dataSource, clock, policy),
    youngPersonDrafts: new YoungPersonDraftsService(dataSource),
    advocateView: new AdvocateViewService(dataSource, clock, childMessages),
    tracker: new TrackerService(reportingReads, clock, policy),
    retention,
    subjectAccess: new SubjectAccessService(dataSource, clock, alerts, retention, media.links),
    notifications,
    ssda903Uploads: new Ssda903UploadsService(dataSource, config, clock, reportingReads),
    queue: new NotificationQueue(databaseUrl, config.notifications, notifications, () => singleSignOn.disableIdleAccounts()),
    sender,
  };
}
