import type { DataSource } from 'typeorm';
import type { Clock } from './common/clock';
import type { ServerConfig } from './config';
import { AuthService } from './modules/auth/auth.service';
import { SessionService } from './modules/auth/session.service';
import { SignInThrottle, type ThrottleSettings } from './modules/auth/sign-in-throttle';
import { ChildrenService } from './modules/children/children.service';
import { MeetingsService } from './modules/meetings/meetings.service';
import { PlansService } from './modules/plans/plans.service';

/** The application's services, made once per process; they keep no per-request state. */
export interface Services {
  dataSource: DataSource;
  config: ServerConfig;
  clock: Clock;
  sessions: SessionService;
  auth: AuthService;
  children: ChildrenService;
  plans: PlansService;
  meetings: MeetingsService;
}

export function createServices(
  dataSource: DataSource,
  config: ServerConfig,
  clock: Clock,
  options: { throttle?: ThrottleSettings } = {},
): Services {
  const sessions = new SessionService(dataSource, config, clock);
  const throttle = new SignInThrottle(dataSource, options.throttle);
  return {
    dataSource,
    config,
    clock,
    sessions,
    auth: new AuthService(dataSource, sessions, throttle, clock),
    children: new ChildrenService(dataSource, clock),
    plans: new PlansService(dataSource, clock),
    meetings: new MeetingsService(dataSource, clock),
  };
}
