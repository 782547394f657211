import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LEGAL_STATUSES, LEGAL_STATUS_LABELS, type LegalStatusKind } from '@forever-planning/shared';
import { graphqlEnum } from '../../common/enums';
import { LocalDate } from '../../common/scalars';
import type { LegalStatusEntity } from './legal-status.entity';

export const LegalStatusKindEnum = graphqlEnum('LegalStatusKind', LEGAL_STATUSES);

@ObjectType('LegalStatus', { description: 'One period under one legal status.' })
export class LegalStatusType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => LegalStatusKindEnum)
  status!: LegalStatusKind;

  @Field()
  label!: string;

  @Field(() => LocalDate)
  startDate!: string;

  @Field(() => LocalDate, { nullable: true })
  endDate!: string | null;
}

export function presentLegalStatus(s: LegalStatusEntity): LegalStatusType {
  return { id: s.id, version: s.version, status: s.status, label: LEGAL_STATUS_LABELS[s.status], startDate: s.startDate, endDate: s.endDate };
}
