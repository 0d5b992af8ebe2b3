// UInt64: 64-bit unsigned values (IOVAs, addresses, lengths, registers) as "0x…" hex strings on the wire.
import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';
import { toHex, U64_MAX } from '../hw-model/u64.ts';

const DECIMAL = /^[0-9]+$/;
const HEX = /^0x[0-9a-fA-F]+$/;

// Errors come from Yoga's createGraphQLError so Yoga shows them (a GraphQLError from another copy of graphql
// would be masked as a server fault).
function reject(value: unknown): never {
  throw createGraphQLError(
    `UInt64 cannot represent ${JSON.stringify(value)}: expected a "0x" hex string, a decimal digit string, or an integer 0..2^53-1, within 0..2^64-1`,
  );
}

function inRange(value: bigint, original: unknown): bigint {
  if (value < 0n || value > U64_MAX) reject(original);
  return value;
}

export function parseUInt64(value: unknown): bigint {
  if (typeof value === 'string') {
    if (HEX.test(value) || DECIMAL.test(value)) return inRange(BigInt(value), value);
    return reject(value);
  }
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return BigInt(value);
  return reject(value);
}

function parseLiteral(ast: ValueNode): bigint {
  if (ast.kind === Kind.STRING) return parseUInt64(ast.value);
  if (ast.kind === Kind.INT) {
    const value = BigInt(ast.value);
    if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < 0n) reject(ast.value);
    return value;
  }
  return reject(ast.kind);
}

export const UInt64Scalar = new GraphQLScalarType<bigint, string>({
  name: 'UInt64',
  description:
    'Unsigned 64-bit integer (IOVAs, physical and user addresses, lengths, register values).\nSerialized as a lowercase hexadecimal string with a 0x prefix ("0xfee00000").\nAccepted as input: a "0x"-prefixed hex string, a decimal digit string, or a JSON integer up to 2^53-1.\nAnything else, or a value outside 0..2^64-1, is rejected with a GraphQL validation error.',
  serialize(value) {
    if (typeof value === 'bigint') {
      // Range first, message only on failure: a decimal copy of every value (for an error that almost never
      // happens) was 30,000 bigint-to-string conversions per 10,000-IOVA translateBatch.
      if (value >= 0n && value <= U64_MAX) return toHex(value);
      return reject(value.toString());
    }
    if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return toHex(value);
    throw createGraphQLError(`UInt64 cannot serialize ${String(value)}`);
  },
  parseValue: parseUInt64,
  parseLiteral,
});
