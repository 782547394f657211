import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { cx, UiLink } from './link';

type Variant = 'primary' | 'secondary' | 'warning';

const variantClass = (variant: Variant) => cx('govuk-button', variant !== 'primary' && `govuk-button--${variant}`);

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: Variant;
}

export function Button({ variant = 'primary', type = 'button', className, disabled, ...rest }: ButtonProps) {
  return (
    <button
      type={type}
      className={cx(variantClass(variant), className)}
      data-module="govuk-button"
      disabled={disabled}
      aria-disabled={disabled || undefined}
      {...rest}
    />
  );
}

/** A link that looks like a button, for navigation that starts a task. */
export function ButtonLink({ href, variant = 'primary', children }: { href: string; variant?: Variant; children: string }) {
  return (
    <UiLink href={href} role="button" draggable={false} className={variantClass(variant)} data-module="govuk-button">
      {children}
    </UiLink>
  );
}

/** A row of buttons and links, wrapping on narrow screens. */
export function ButtonGroup({ children }: { children: ReactNode }) {
  return <div className="govuk-button-group">{children}</div>;
}
