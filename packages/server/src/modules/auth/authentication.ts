/**
 * One interface for every way of proving who someone is. Passwords are the
 * first; OpenID Connect single sign-on can be added beside them by writing
 * another Authenticator that returns the user's id from the provider's claims.
 */
export interface AuthenticationResult {
  userId: string;
}

export interface Authenticator<Credentials> {
  readonly method: string;
  /** The user's id when the credentials prove who they are, otherwise null. Never says why. */
  authenticate(credentials: Credentials): Promise<AuthenticationResult | null>;
}
