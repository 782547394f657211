import { LocalDateResolver } from 'graphql-scalars';
import { GraphQLScalarType } from 'graphql';

/** A calendar date, YYYY-MM-DD, with no time or zone: birthdays, review dates, placement dates. */
export const LocalDate = new GraphQLScalarType({ ...LocalDateResolver.toConfig(), name: 'LocalDate' });
