import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('AllocationChoice', { description: 'A person a team manager may allocate to a child.' })
export class AllocationChoice {
  @Field(() => ID)
  id!: string;

  @Field()
  displayName!: string;

  @Field(() => String, { nullable: true, description: 'Their Social Work England number, where the account holds one.' })
  sweNumber!: string | null;
}

@ObjectType('AllocationChoices', { description: "The people allocateChild accepts from you: your team's social workers and your council's IROs." })
export class AllocationChoices {
  @Field(() => [AllocationChoice])
  socialWorkers!: AllocationChoice[];

  @Field(() => [AllocationChoice])
  iros!: AllocationChoice[];
}
