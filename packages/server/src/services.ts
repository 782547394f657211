import type { DataSource } from 'typeorm';
import type { Clock } from './common/clock';
import type { ServerConfig } from './config';
import { AuthService } from './modules/auth/auth.service';
import { SessionService } from './modules/auth/session.service';
import { SignInThrottle, type ThrottleSettings } from './modules/auth/sign-in-throttle';
import { ChildrenService } from './modules/children/children.service';
import { ViewsService } from './modules/views/views.service';
import { LifeStoryService } from './modules/life-story/life-story.service';
import { ChildMessagesService } from './modules/child-messages/child-messages.service';
import { YoungPersonService } from './modules/young-person/young-person.service';
import { AdvocateViewService } from './modules/advocacy/advocate-view.service';

/** The application's services, made once per process; they keep no per-request state. */
export interface Services {
  dataSource: DataSource;
  config: ServerConfig;
  clock: Clock;
  sessions: SessionService;
  auth: AuthService;
  children: ChildrenService;
  views: ViewsService;
  lifeStory: LifeStoryService;
  childMessages: ChildMessagesService;
  youngPerson: YoungPersonService;
  advocateView: AdvocateViewService;
}

export function createServices(
  dataSource: DataSource,
  config: ServerConfig,
  clock: Clock,
  options: { throttle?: ThrottleSettings } = {},
): Services {
  const sessions = new SessionService(dataSource, config, clock);
  const throttle = new SignInThrottle(dataSource, options.throttle);
  const childMessages = new ChildMessagesService(dataSource, clock);
  return {
    dataSource,
    config,
    clock,
    sessions,
    auth: new AuthService(dataSource, sessions, throttle, clock),
    children: new ChildrenService(dataSource, clock),
    views: new ViewsService(dataSource, clock),
    lifeStory: new LifeStoryService(dataSource, clock),
    childMessages,
    youngPerson: new YoungPersonService(dataSource, clock),
    advocateView: new AdvocateViewService(dataSource, clock, childMessages),
  };
}
