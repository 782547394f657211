/**
 * Every action the audit trail records, and how the trail says it. This is
 * the one list: the server can write no other action (its audit entries are
 * typed by it), the API offers it as an enum to filter by, and the trail
 * reads each one in words.
 *
 * `verb` is for a change or read of a record ("Sam Worker changed Damian's
 * plan: ..."); `sentence` is for an event about a person or the service
 * ("Sam Worker signed in").
 */
export const AUDIT_ACTIONS = {
  // Records: what happened to a record of a child's, or to an account.
  CREATE: { verb: 'added' },
  UPDATE: { verb: 'changed' },
  DELETE: { verb: 'removed' },
  WITHDRAW: { verb: 'withdrew' },
  RESTORE: { verb: 'restored' },
  READ: { verb: 'looked at' },
  RELEASE_SET: { verb: 'changed when the child can see' },
  ESCALATE: { verb: 'escalated' },
  RESOLVE: { verb: 'resolved' },
  // A plan's workflow (the plan and what the step changed are in the row).
  SUBMIT: { verb: 'submitted' },
  APPROVE: { verb: 'approved' },
  APPROVE_HEAD_OF_SERVICE: { verb: 'gave the head of service’s approval to' },
  RETURN: { verb: 'sent back' },
  PANEL_RECOMMENDATION: { verb: 'recorded the panel’s recommendation on' },
  PANEL_DECISION: { verb: 'recorded the decision maker’s decision on' },
  ENDORSE: { verb: 'endorsed' },
  ACHIEVE: { verb: 'marked as achieved' },
  END: { verb: 'ended' },
  SHARE: { verb: 'shared' },
  // A meeting's steps.
  RECORD: { verb: 'recorded' },
  SIGN_OFF: { verb: 'signed off' },
  // People and the service.
  SIGN_IN: { sentence: 'signed in' },
  SIGN_IN_FAILED: { sentence: 'could not sign in' },
  SIGN_OUT: { sentence: 'signed out' },
  SIGN_OUT_BY_PROVIDER: { sentence: 'was signed out by the council’s sign-in service' },
  PASSWORD_CHANGED: { sentence: 'changed their password' },
  SECOND_FACTOR_FAILED: { sentence: 'gave a wrong authenticator code' },
  TOTP_ENROLLED: { sentence: 'set up an authenticator app' },
  RECOVERY_CODE_USED: { sentence: 'signed in with a recovery code' },
  RECOVERY_CODES_REPLACED: { sentence: 'made a fresh set of recovery codes' },
  TOTP_RESET: { sentence: 'reset a staff member’s authenticator app' },
  YOUNG_PERSON_LANGUAGES_CHANGED: { sentence: 'changed the languages of the young people’s portal' },
  STAFF_TOTP_POLICY_CHANGED: { sentence: 'changed whether staff need an authenticator app' },
  ACCOUNT_CREATED: { sentence: 'created a staff account' },
  ACCOUNT_REQUESTED: { sentence: 'asked for a staff account to be created' },
  ACCOUNT_REQUEST_APPROVED: { sentence: 'approved a request for a staff account' },
  ACCOUNT_REQUEST_REFUSED: { sentence: 'refused a request for a staff account' },
  ACCOUNT_DISABLED: { sentence: 'disabled a staff account' },
  ACCOUNT_DISABLED_IDLE: { sentence: 'disabled an account not used for a long time' },
  ACCOUNT_LINKED: { sentence: 'linked an account to the council’s sign-in service' },
  ROLE_FROM_PROVIDER: { sentence: 'was given a role by the council’s sign-in service' },
  SIGN_IN_PROVIDER_SET_UP: { sentence: 'set up the council’s sign-in service' },
  SIGN_IN_PROVIDER_CHANGED: { sentence: 'changed the council’s sign-in service' },
  INVITATION_CREATED: { sentence: 'invited a young person to their portal' },
  INVITATION_USED: { sentence: 'used an invitation to the young person’s portal' },
  AUDIT_READ: { sentence: 'looked at the audit trail' },
  POLICY_CHANGED: { sentence: 'changed the local policy' },
  NON_WORKING_DAY_ADDED: { sentence: 'added a non-working day' },
  SUBJECT_ACCESS_EXPORT: { sentence: 'made a subject access export' },
  SYNC_CASE_SYSTEM: { sentence: 'brought in records from the case system' },
  UPLOAD_SSDA903: { sentence: 'uploaded an SSDA903 return to check' },
  IMPORT_SSDA903: { sentence: 'imported children from an SSDA903 return' },
  CONFIRM_SSDA903_UPLOAD: { sentence: 'confirmed the import of an SSDA903 return' },
  CANCEL_SSDA903_UPLOAD: { sentence: 'cancelled the import of an SSDA903 return' },
} as const satisfies Record<string, { verb: string } | { sentence: string }>;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

export const AUDIT_ACTION_NAMES = Object.keys(AUDIT_ACTIONS) as AuditAction[];

export const isAuditAction = (value: string): value is AuditAction => Object.hasOwn(AUDIT_ACTIONS, value);

/** An action as a choice in a filter: "Signed in", "Sent back a record". */
export function auditActionLabel(action: AuditAction): string {
  const words: { verb: string } | { sentence: string } = AUDIT_ACTIONS[action];
  const text = 'sentence' in words ? words.sentence : `${words.verb} a record`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
