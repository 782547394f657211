import type { DataSource } from 'typeorm';
import { UserEntity } from '../users/user.entity';
import type { Authenticator, AuthenticationResult } from './authentication';
import { hashPassword, verifyPassword } from './password';

export interface PasswordCredentials {
  username: string;
  password: string;
}

/**
 * Checks a username and password. An unknown account still costs one argon2
 * verification against a dummy hash, so the answer takes about the same time
 * whether or not the account exists.
 */
export class PasswordAuthenticator implements Authenticator<PasswordCredentials> {
  readonly method = 'password';
  private dummyHash: Promise<string> | null = null;

  constructor(private readonly dataSource: DataSource) {}

  async authenticate({ username, password }: PasswordCredentials): Promise<AuthenticationResult | null> {
    const user = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.username = :username', { username })
      .getOne();
    if (!user || !user.passwordHash || user.disabledAt) {
      this.dummyHash ??= hashPassword('not-a-real-password-for-timing');
      await verifyPassword(await this.dummyHash, password);
      return null;
    }
    return (await verifyPassword(user.passwordHash, password)) ? { userId: user.id } : null;
  }
}
