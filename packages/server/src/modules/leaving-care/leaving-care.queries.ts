import type { EntityManager } from 'typeorm';
import { LeavingCareEntity } from './leaving-care.entity';

/** The leaving care record for other modules (the young person's own page): plain data, no entity class. */
export async function leavingCareOf(manager: EntityManager, childId: string) {
  const r = await manager.findOneBy(LeavingCareEntity, { childId });
  if (!r) return null;
  return {
    pathwayPlanAgreedOn: r.pathwayPlanAgreedOn,
    pathwayPlanReviewedOn: r.pathwayPlanReviewedOn,
    personalAdviserName: r.personalAdviserName,
    personalAdviserPhone: r.personalAdviserPhone,
    personalAdviserEmail: r.personalAdviserEmail,
    afterEighteen: r.afterEighteen,
    planInMyWords: r.planInMyWords,
  };
}
