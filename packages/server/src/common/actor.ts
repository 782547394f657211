import type { Role } from '@forever-planning/shared';

/** The signed-in person and the role they are acting in, from their session. */
export interface Actor {
  userId: string;
  sessionId: string;
  role: Role;
  councilId: string;
  /** For social workers and team managers. */
  teamId: string | null;
  /** For a young person: their own record. */
  childId: string | null;
  firstName: string;
  lastName: string;
}
