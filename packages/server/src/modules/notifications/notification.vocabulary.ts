/** What a notification is about. */
export const NOTIFICATION_EVENTS = ['UNSAFE', 'UNSAFE_ESCALATION', 'NOT_HAPPY', 'VIEW_SHARED', 'DAILY_DIGEST', 'AUTHENTICATOR_RESET'] as const;
export type NotificationEvent = (typeof NOTIFICATION_EVENTS)[number];

export const NOTIFICATION_CHANNELS = ['EMAIL', 'SMS'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

/**
 * QUEUED: waiting to be sent (or being retried: attempts and failureReason say so).
 * WAITING_FOR_DIGEST: held for the person's daily digest. SENT: handed to the
 * service (or, with none configured, kept in the outbox). FAILED: given up,
 * failureReason says why and where it went instead.
 */
export const NOTIFICATION_STATUSES = ['QUEUED', 'WAITING_FOR_DIGEST', 'SENT', 'FAILED'] as const;
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];

export const NOTIFICATION_VIAS = ['NOTIFY', 'SMTP', 'OUTBOX'] as const;
export type NotificationVia = (typeof NOTIFICATION_VIAS)[number];

export const NOTIFICATION_PREFERENCES = ['IMMEDIATE', 'DAILY_DIGEST'] as const;
export type NotificationPreference = (typeof NOTIFICATION_PREFERENCES)[number];
