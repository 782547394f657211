type Listener = () => void;

/**
 * The bridge between the Apollo link (outside React) and the session provider:
 * the link reports, the provider listens.
 */
export class SessionEvents {
  private activity = new Set<Listener>();
  private ended = new Set<Listener>();

  onActivity(listener: Listener): () => void {
    this.activity.add(listener);
    return () => this.activity.delete(listener);
  }

  onEnded(listener: Listener): () => void {
    this.ended.add(listener);
    return () => this.ended.delete(listener);
  }

  /** Sign-in, sign-out and the session check itself are not work that keeps a session alive. */
  readonly signals = {
    onActivity: (operationName: string | undefined) => {
      if (operationName && ['Me', 'SignIn', 'SignOut'].includes(operationName)) return;
      this.activity.forEach((l) => l());
    },
    onUnauthenticated: (operationName: string | undefined) => {
      if (operationName === 'SignIn') return;
      this.ended.forEach((l) => l());
    },
  };
}
