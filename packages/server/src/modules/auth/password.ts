import argon2 from 'argon2';

/**
 * argon2id at OWASP's minimum: 19 MiB memory, 2 iterations, parallelism 1.
 * Stored hashes carry their parameters, so raising these later still verifies old ones.
 */
const OPTIONS = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OPTIONS);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}
