import type { ValueTransformer } from 'typeorm';

/**
 * A `bigint` column read as a JS number: for sizes and counts that stay far below
 * 2^53 (a byte count of 9 PB). Money uses real bigints, never this.
 */
export const bigintAsNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | number | null) => (value === null ? null : Number(value)),
};

/** A `bigint` column as a JS `bigint`: money in micro-euros, exact at any size. */
export const bigintAsBigint: ValueTransformer = {
  to: (value: bigint | null | undefined) => (value === null || value === undefined ? value : value.toString()),
  from: (value: string | number | bigint | null) => (value === null ? null : BigInt(value)),
};
