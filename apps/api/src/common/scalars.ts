import { DateTimeResolver } from 'graphql-scalars';

/** ISO-8601 date-time, the contract's `DateTime`. */
export const DateTime = DateTimeResolver;
