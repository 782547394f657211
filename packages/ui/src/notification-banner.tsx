import { useEffect, useRef, type ReactNode } from 'react';
import { cx } from './link';

export interface NotificationBannerProps {
  /** Success banners are announced (role alert) and focused, as after a completed action. */
  type?: 'important' | 'success';
  title?: string;
  heading?: ReactNode;
  children?: ReactNode;
  id?: string;
}

export function NotificationBanner({ type = 'important', title, heading, children, id }: NotificationBannerProps) {
  const ref = useRef<HTMLDivElement>(null);
  const success = type === 'success';
  const titleId = `${id ?? 'notification-banner'}-title`;
  useEffect(() => {
    if (success) ref.current?.focus();
  }, [success]);
  return (
    <div
      ref={ref}
      id={id}
      className={cx('govuk-notification-banner', success && 'govuk-notification-banner--success')}
      role={success ? 'alert' : 'region'}
      aria-labelledby={titleId}
      tabIndex={success ? -1 : undefined}
      data-module="govuk-notification-banner"
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={titleId}>
          {title ?? (success ? 'Success' : 'Important')}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        {heading && <p className="govuk-notification-banner__heading">{heading}</p>}
        {children}
      </div>
    </div>
  );
}
