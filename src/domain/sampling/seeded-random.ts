import { createHash } from 'node:crypto';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

/** The name of the generator, recorded with every sample so the draw can be repeated and checked. */
export const GENERATOR_NAME = 'xoroshiro128+ (pure-rand), seeded from the first 32 bits of SHA-256 of the seed';

/** A random generator that gives the same numbers for the same seed text, on any machine. */
export function seededGenerator(seed: string): RandomGenerator {
  const digest = createHash('sha256').update(seed, 'utf8').digest();
  return xoroshiro128plus(digest.readInt32BE(0));
}

/** A Fisher–Yates shuffle driven by the generator (the input is not changed). */
export function shuffled<T>(items: readonly T[], random: RandomGenerator): T[] {
  const result = [...items];
  for (let index = result.length - 1; index > 0; index--) {
    const other = uniformInt(random, 0, index);
    [result[index], result[other]] = [result[other] as T, result[index] as T];
  }
  return result;
}
