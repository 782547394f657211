import type { DataSource } from 'typeorm';
import type { OperationDefinitionNode } from 'graphql';
import type { Actor } from '../../common/actor';
import { columnsSql, hydrate, positional, runPrepared } from '../../common/screen-query';
import { clockOf } from '../../database/clock-of';
import { activeAdvocateIdSql } from '../advocacy/advocacy.queries';
import { ChildEntity } from '../children/child.entity';
import { confirmSession, sessionCtes, type ScreenRequest } from '../children/children.screen-query';
import { meetingFromJson, nextMeetingJsonSql } from '../meetings/meetings.queries';
import { trustedAdultsJsonSql, type trustedAdultsShownToChild } from '../network/network.queries';
import { placementFromJson, placementOnJsonSql } from '../placements/placements.queries';
import { sharedPlanFromJson, sharedPlanJsonSql, type SharedPlanRead } from '../plans/plans.queries';
import { myViewsFromJson, myViewsJsonSql, type MyViewsRead } from '../views/views.queries';
import type { MeetingEntity } from '../meetings/meeting.entity';
import type { PlacementEntity } from '../placements/placement.entity';

/**
 * The young person's home (myProfile, myPlan, myNextMeeting, myViews: any of them, each once) in
 * ONE statement: the session check (when the process remembers the session), the young person's
 * own child record (their reach: only the child of their account, in their council), what each
 * field reads as JSON built by PostgreSQL, and each field's READ audit row (a data-modifying CTE).
 * The general path reads the same in 17 statements (YoungPersonService, ViewsService.myViews);
 * test/api/screen-queries.test.ts compares the answers and the audit rows.
 */
export const HOME_FIELDS = ['myProfile', 'myPlan', 'myNextMeeting', 'myViews'] as const;
export type HomeField = (typeof HOME_FIELDS)[number];

/** Each field's audit row, as the general path writes it (YoungPersonService.audit, ViewsService.myViews). */
const AUDIT_RECORD_TYPE: Record<HomeField, string> = { myProfile: 'Child', myPlan: 'Child', myNextMeeting: 'Child', myViews: 'View' };

/**
 * The home fields a query asks for, or null when it is not the home shape: only home fields at
 * the root (and __typename), each once, with no alias or directive that would change how many
 * times a resolver runs.
 */
export function homeFieldsOf(operation: OperationDefinitionNode | null | undefined): HomeField[] | null {
  if (operation?.operation !== 'query') return null;
  const fields: HomeField[] = [];
  for (const s of operation.selectionSet.selections) {
    if (s.kind !== 'Field' || s.directives?.length) return null;
    if (s.name.value === '__typename' && !s.alias) continue;
    const name = s.name.value as HomeField;
    if (s.alias || !HOME_FIELDS.includes(name) || fields.includes(name)) return null;
    fields.push(name);
  }
  return fields.length ? fields : null;
}

export interface HomeRead {
  child: ChildEntity;
  /** Present for the fields asked for. */
  profile?: { advocateId: string | null; users: { id: string; firstName: string; phone: string | null; email: string | null }[]; trusted: Awaited<ReturnType<typeof trustedAdultsShownToChild>> };
  plan?: { shared: SharedPlanRead | null; placement: PlacementEntity | null };
  meeting?: MeetingEntity | null;
  views?: MyViewsRead;
}

/** Null when the child is not found (the general path then answers, as it would). */
export async function youngPersonHomeScreen(
  dataSource: DataSource,
  actor: Actor,
  childId: string,
  fields: readonly HomeField[],
  ip: string | null,
  today: string,
  screen: Pick<ScreenRequest, 'session'>,
): Promise<HomeRead | null> {
  const params: Record<string, unknown> = {
    homeChildId: childId,
    homeCouncilId: actor.councilId,
    homeToday: today,
    auditUser: actor.userId,
    auditRole: actor.role,
    auditIp: ip,
    auditAt: clockOf(dataSource.manager).now().toISOString(),
    auditTypes: fields.map((f) => AUDIT_RECORD_TYPE[f]),
    auditParts: [...fields],
  };
  const session = sessionCtes(screen, params);
  const has = (f: HomeField) => fields.includes(f);
  const parts = [
    has('myProfile') &&
      `json_build_object('advocate', adv.id,
        'users', (SELECT coalesce(json_agg(json_build_object('id', u.id, 'firstName', u.first_name, 'phone', u.phone, 'email', u.email)), '[]'::json)
                    FROM users u WHERE u.id IN (me.social_worker_id, me.iro_id, adv.id) AND u.council_id = me.council_id AND u.disabled_at IS NULL),
        'trusted', ${trustedAdultsJsonSql('me')}) AS home_profile`,
    has('myPlan') && `${sharedPlanJsonSql(dataSource, 'me')} AS home_plan, ${placementOnJsonSql(dataSource, 'me', 'homeToday')} AS home_placement`,
    has('myNextMeeting') && `${nextMeetingJsonSql(dataSource, 'me', 'homeToday')} AS home_meeting`,
    has('myViews') && `${myViewsJsonSql(dataSource, 'me')} AS home_views`,
  ].filter(Boolean);
  const sql = `WITH ${session.ctes}me AS (SELECT ${columnsSql(dataSource.getMetadata(ChildEntity), 'c')} FROM children c
      WHERE c.id = :homeChildId AND c.council_id = :homeCouncilId AND ${session.gate}),
  audit AS (INSERT INTO audit_events (action, actor_user_id, actor_role, child_id, record_type, record_id, parts, changes, ip_address, attempted_username, occurred_at)
    SELECT 'READ', :auditUser::uuid, :auditRole, me.id, a.record_type, CASE WHEN a.record_type = 'Child' THEN me.id END, ARRAY[a.part], NULL, :auditIp, NULL, :auditAt::timestamptz
      FROM me CROSS JOIN unnest(:auditTypes::text[], :auditParts::text[]) WITH ORDINALITY AS a(record_type, part, n) ORDER BY a.n)
  SELECT ${screen.session ? '(SELECT count(*) FROM session_actor)::int AS session_ok, ' : ''}row_to_json(me) AS home_child${parts.map((p) => `, ${p}`).join('')}
    FROM (SELECT 1) one LEFT JOIN me ON TRUE
    LEFT JOIN LATERAL (SELECT ${activeAdvocateIdSql('me')} AS id) adv ON TRUE`;
  const [text, values] = positional(dataSource, sql, params);
  const [row] = await runPrepared<Record<string, unknown>>(dataSource, text, values);
  confirmSession(screen, row);
  if (!row?.home_child) return null;
  const child = hydrate<ChildEntity>(dataSource, dataSource.getMetadata(ChildEntity), row.home_child as Record<string, unknown>);
  const read: HomeRead = { child };
  if (has('myProfile')) {
    const json = row.home_profile as { advocate: string | null; users: NonNullable<HomeRead['profile']>['users']; trusted: NonNullable<HomeRead['profile']>['trusted'] };
    read.profile = { advocateId: json.advocate, users: json.users, trusted: json.trusted };
  }
  if (has('myPlan')) read.plan = { shared: sharedPlanFromJson(dataSource, row.home_plan), placement: placementFromJson(dataSource, row.home_placement) };
  if (has('myNextMeeting')) read.meeting = meetingFromJson(dataSource, row.home_meeting);
  if (has('myViews')) read.views = myViewsFromJson(dataSource, child, row.home_views);
  return read;
}
