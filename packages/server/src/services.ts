import type { DataSource } from 'typeorm';
import type { Clock } from './common/clock';
import type { ServerConfig } from './config';
import { AuthService } from './modules/auth/auth.service';
import { SessionService } from './modules/auth/session.service';
import { SignInThrottle, type ThrottleSettings } from './modules/auth/sign-in-throttle';
import { ChildrenService } from './modules/children/children.service';
import { AuditTrailService } from './modules/audit/audit-trail.service';
import { AlertsService } from './modules/alerts/alerts.service';
import { PolicyService } from './modules/policy/policy.service';
import { CaseFactsService } from './modules/alerts/case-facts.service';

/** The application's services, made once per process; they keep no per-request state. */
export interface Services {
  dataSource: DataSource;
  config: ServerConfig;
  clock: Clock;
  sessions: SessionService;
  auth: AuthService;
  children: ChildrenService;
  auditTrail: AuditTrailService;
  policy: PolicyService;
  alerts: AlertsService;
  caseFacts: CaseFactsService;
}

export function createServices(
  dataSource: DataSource,
  config: ServerConfig,
  clock: Clock,
  options: { throttle?: ThrottleSettings } = {},
): Services {
  const sessions = new SessionService(dataSource, config, clock);
  const throttle = new SignInThrottle(dataSource, options.throttle);
  const children = new ChildrenService(dataSource, clock);
  const policy = new PolicyService(dataSource);
  return {
    dataSource,
    config,
    clock,
    sessions,
    auth: new AuthService(dataSource, sessions, throttle, clock),
    children,
    policy,
    alerts: new AlertsService(dataSource, clock, policy, children),
    caseFacts: new CaseFactsService(dataSource, clock),
    auditTrail: new AuditTrailService(dataSource),
  };
}
