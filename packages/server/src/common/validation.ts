import { Field, ID } from 'type-graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { registerDecorator, type ValidationOptions } from 'class-validator';
import { notFound } from './errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id that is not even a UUID names no record: NOT_FOUND, like any other unknown id. */
export function assertId(id: string, what: string): string {
  if (!UUID.test(id)) throw notFound(what);
  return id.toLowerCase();
}

export const isUuid = (id: string) => UUID.test(id);

/** A YYYY-MM-DD date within a sensible range (no year 0001, no year 3000). */
export function SensibleDate(options?: ValidationOptions): PropertyDecorator {
  return (object, propertyName) =>
    registerDecorator({
      name: 'sensibleDate',
      target: object.constructor,
      propertyName: String(propertyName),
      options: { message: `${String(propertyName)} must be a date between 1900 and 2100`, ...options },
      validator: {
        validate: (value: unknown) =>
          value === null || value === undefined || (typeof value === 'string' && value >= '1900-01-01' && value <= '2100-12-31'),
      },
    });
}

/**
 * An id argument inside an input. Validated only as a short string: an id that
 * names nothing the caller reaches is NOT_FOUND, decided by the service.
 */
export function IdField(options: { nullable?: boolean; description?: string } = {}): PropertyDecorator {
  return (target, key) => {
    Field(() => ID, options)(target, key);
    if (options.nullable) IsOptional()(target, key);
    IsString()(target, key);
    MaxLength(64)(target, key);
  };
}

/**
 * A free-text field an input may leave out or clear (null): a string of at
 * most `maxLength` characters. (NUL bytes and other control characters are
 * refused for every string at the edge, in input-hygiene.ts.)
 */
export function OptionalText(maxLength: number, description?: string): PropertyDecorator {
  return (target, key) => {
    Field(() => String, { nullable: true, description })(target, key);
    IsOptional()(target, key);
    IsString()(target, key);
    MaxLength(maxLength)(target, key);
  };
}

/**
 * An amount of money in pounds: a finite number from 0 to `max` with at most
 * two decimal places. (class-validator's maxDecimalPlaces reads the number's
 * text, and crashes on 1e-7, which has no "." in it.)
 */
export function Pounds(max: number, options?: ValidationOptions): PropertyDecorator {
  return (object, propertyName) =>
    registerDecorator({
      name: 'pounds',
      target: object.constructor,
      propertyName: String(propertyName),
      options: { message: `${String(propertyName)} must be an amount in pounds from 0 to ${max}, with at most 2 decimal places`, ...options },
      validator: {
        validate: (value: unknown) => {
          if (value === null || value === undefined) return true;
          if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > max) return false;
          const pence = value * 100;
          return Math.abs(pence - Math.round(pence)) < 1e-6;
        },
      },
    });
}
