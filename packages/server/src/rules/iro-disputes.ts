import type { PolicySettings } from './policy-profile';

/**
 * The stages of the council's dispute resolution protocol, in order: the IRO
 * first tries to resolve a concern informally with the social worker, then
 * escalates to the team manager, the service manager or head of service, and
 * last the director. Each stage has its own timescale in working days, set in
 * the council's policy; a stage ends resolved or escalated to the next.
 */
export const IRO_DISPUTE_STAGES = ['INFORMAL', 'TEAM_MANAGER', 'SERVICE_MANAGER', 'DIRECTOR'] as const;
export type IroDisputeStage = (typeof IRO_DISPUTE_STAGES)[number];

export const IRO_DISPUTE_STAGE_LABELS: Record<IroDisputeStage, string> = {
  INFORMAL: 'informal resolution with the social worker',
  TEAM_MANAGER: 'team manager',
  SERVICE_MANAGER: 'service manager or head of service',
  DIRECTOR: 'director',
};

/** The policy setting that holds each stage's timescale. */
export const IRO_DISPUTE_STAGE_SETTINGS = {
  INFORMAL: 'disputeInformalWorkingDays',
  TEAM_MANAGER: 'disputeTeamManagerWorkingDays',
  SERVICE_MANAGER: 'disputeServiceManagerWorkingDays',
  DIRECTOR: 'disputeDirectorWorkingDays',
} as const satisfies Record<IroDisputeStage, keyof PolicySettings>;

export const stageWorkingDays = (profile: PolicySettings, stage: IroDisputeStage): number => profile[IRO_DISPUTE_STAGE_SETTINGS[stage]];

/** The stage after this one; null after the director, the last stage of the protocol. */
export function nextDisputeStage(stage: IroDisputeStage): IroDisputeStage | null {
  return IRO_DISPUTE_STAGES[IRO_DISPUTE_STAGES.indexOf(stage) + 1] ?? null;
}
