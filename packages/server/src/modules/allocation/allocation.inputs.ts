import { InputType } from 'type-graphql';
import { IdField } from '../../common/validation';
import { ExpectedVersionField } from '../case-records/case-record.inputs';

@InputType()
export class AllocateChildInput {
  @IdField()
  childId!: string;

  @IdField({ nullable: true, description: 'A social worker in your team; null takes the allocation away; leave out to keep.' })
  socialWorkerId?: string | null;

  @IdField({ nullable: true, description: 'An IRO in your council; null takes the allocation away; leave out to keep.' })
  iroId?: string | null;

  @ExpectedVersionField()
  expectedVersion!: number;
}
