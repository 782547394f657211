import { Field, Int } from 'type-graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** The version an update was based on; a stale one is a CONFLICT. Nullable where a first save creates the record. */
export function ExpectedVersionField(options: { nullable?: boolean } = {}): PropertyDecorator {
  return (target, key) => {
    Field(() => Int, { nullable: options.nullable, description: options.nullable ? 'Leave empty for the first save.' : 'The version the change was based on.' })(target, key);
    if (options.nullable) IsOptional()(target, key);
    IsInt()(target, key);
    Min(1)(target, key);
    Max(2_147_483_647)(target, key);
  };
}
