import { createContext, useContext, type AnchorHTMLAttributes, type ComponentType, type ReactNode } from 'react';

export interface UiLinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  href: string;
  children?: ReactNode;
}

/** A plain anchor; a portal swaps in its router's link through UiLinkProvider. */
const PlainLink = ({ href, children, ...rest }: UiLinkProps) => (
  <a href={href} {...rest}>
    {children}
  </a>
);

const LinkContext = createContext<ComponentType<UiLinkProps>>(PlainLink);

export const UiLinkProvider = LinkContext.Provider;

/** The link every component renders: client-side navigation inside a portal, a plain anchor elsewhere. */
export function UiLink(props: UiLinkProps) {
  const Link = useContext(LinkContext);
  return <Link {...props} />;
}

/** Joins class names, skipping empty ones. */
export function cx(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}
