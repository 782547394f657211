import type { PlanStatus, Role } from '@forever-planning/shared';
import type { Actor } from '../common/actor';
import { CASE_EDITORS, CHILD_RECORD_READERS, rolesThatMay as childRolesThatMay } from './child.policy';
import { planAbilities, rolesThatMay, type PlanAbilities, type PlanFactsForPolicy } from './plan.policy';
import type { ChildFactsForPolicy } from './predicates';

const child: ChildFactsForPolicy = { id: 'c1', councilId: 'k1', teamId: 't1', socialWorkerId: 'sw', iroId: 'iro', activeAdvocateIds: ['adv'] };
const actor = (role: Role, userId: string, teamId: string | null = null): Actor => ({
  userId, sessionId: 's', role, councilId: 'k1', teamId, childId: role === 'YOUNG_PERSON' ? 'c1' : null, firstName: '', lastName: '',
});
const WORKER = actor('SOCIAL_WORKER', 'sw', 't1');
const MANAGER = actor('TEAM_MANAGER', 'tm', 't1');
const OTHER_MANAGER = actor('TEAM_MANAGER', 'tm2', 't2');
const IRO = actor('IRO', 'iro');
const HEAD = actor('HEAD_OF_SERVICE', 'hos');
const ADMIN = actor('ADMINISTRATOR', 'admin');

const facts = (status: PlanStatus, extra: Partial<PlanFactsForPolicy> = {}): PlanFactsForPolicy => ({
  status, needsHeadOfServiceApproval: false, headOfServiceApprovedAt: null, panelDecision: null, sharedWithChildAt: null, childOldEnough: true, ...extra,
});
const shown = (a: PlanAbilities) => (Object.keys(a) as (keyof PlanAbilities)[]).filter((k) => a[k]);

describe('plan abilities: role × status × the head of service rule, as the service checks them', () => {
  it.each<[string, Actor, PlanFactsForPolicy, (keyof PlanAbilities)[]]>([
    ['the worker on a draft', WORKER, facts('DRAFT'), ['canEdit', 'canUpdateProgress', 'canSubmit', 'canEnd']],
    ['the manager on a proposal', MANAGER, facts('PROPOSED'), ['canStartNewVersion', 'canUpdateProgress', 'canApprove', 'canReturn', 'canEnd']],
    ['another team’s manager', OTHER_MANAGER, facts('PROPOSED'), []],
    ['the worker on an approved plan', WORKER, facts('APPROVED'), ['canStartNewVersion', 'canUpdateProgress', 'canEnd', 'canShareWithChild']],
    ['the worker, child too young to share with', WORKER, facts('APPROVED', { childOldEnough: false }), ['canStartNewVersion', 'canUpdateProgress', 'canEnd']],
    ['the IRO on an approved plan', IRO, facts('APPROVED'), ['canEndorse']],
    ['the IRO while head of service approval is pending', IRO, facts('APPROVED', { needsHeadOfServiceApproval: true }), []],
    ['the head of service while their approval is pending', HEAD, facts('APPROVED', { needsHeadOfServiceApproval: true }), ['canApproveAsHeadOfService']],
    ['the head of service with nothing pending', HEAD, facts('APPROVED'), ['canRecordPanelRecommendation']],
    // The old portal offered this on an ENDORSED plan; the service refuses it there.
    ['the head of service on an endorsed plan', HEAD, facts('ENDORSED', { needsHeadOfServiceApproval: true }), ['canRecordPanelDecision']],
    ['the manager after the panel decision', MANAGER, facts('RECOMMENDED_BY_PANEL', { panelDecision: 'AGREED' }), ['canStartNewVersion', 'canUpdateProgress', 'canEnd', 'canShareWithChild']],
    ['the worker on an endorsed plan already shared', WORKER, facts('ENDORSED', { sharedWithChildAt: new Date() }), ['canStartNewVersion', 'canUpdateProgress', 'canMarkAchieved', 'canEnd']],
    ['the worker on an achieved plan', WORKER, facts('ACHIEVED'), ['canStartNewVersion', 'canShareWithChild']],
    ['the administrator', ADMIN, facts('PROPOSED'), []],
  ])('%s', (_name, who, plan, expected) => {
    expect(shown(planAbilities(who, child, plan))).toEqual(expected);
  });
});

describe('role lists derived from the policies', () => {
  it('are the roles the predicates can ever grant', () => {
    expect(CASE_EDITORS).toEqual(['SOCIAL_WORKER', 'TEAM_MANAGER']);
    expect(CHILD_RECORD_READERS).toEqual(['SOCIAL_WORKER', 'TEAM_MANAGER', 'IRO', 'HEAD_OF_SERVICE']);
    expect(childRolesThatMay('own')).toEqual(['YOUNG_PERSON']);
    expect(childRolesThatMay('advocate')).toEqual(['ADVOCATE']);
    expect(rolesThatMay('approve')).toEqual(['TEAM_MANAGER']);
    expect(rolesThatMay('recordPanelDecision')).toEqual(['TEAM_MANAGER', 'HEAD_OF_SERVICE']);
    expect(rolesThatMay('endorse')).toEqual(['IRO']);
  });
});
