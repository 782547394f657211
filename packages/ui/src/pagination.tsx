import { UiLink } from './link';

export interface PageLink {
  href: string;
  /** Under the word Previous or Next, e.g. "Page 2 of 5". */
  label?: string;
}

const arrow = (dir: 'prev' | 'next') => (
  <svg
    className={`govuk-pagination__icon govuk-pagination__icon--${dir}`}
    xmlns="http://www.w3.org/2000/svg"
    height="13"
    width="15"
    aria-hidden="true"
    focusable="false"
    viewBox="0 0 15 13"
  >
    <path
      d={dir === 'prev' ? 'm6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z' : 'm8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z'}
    />
  </svg>
);

/** GOV.UK pagination for lists read in pages through a cursor: previous and next only. */
export function Pagination({ previous, next, label = 'Pages' }: { previous?: PageLink; next?: PageLink; label?: string }) {
  if (!previous && !next) return null;
  return (
    <nav className="govuk-pagination govuk-pagination--block" aria-label={label}>
      {previous && <PageLinkItem dir="prev" link={previous} />}
      {next && <PageLinkItem dir="next" link={next} />}
    </nav>
  );
}

function PageLinkItem({ dir, link }: { dir: 'prev' | 'next'; link: PageLink }) {
  const title = dir === 'prev' ? 'Previous' : 'Next';
  return (
    <div className={`govuk-pagination__${dir}`}>
      <UiLink className="govuk-link govuk-pagination__link" href={link.href} rel={dir}>
        {arrow(dir)}
        <span className="govuk-pagination__link-title">
          {title}
          <span className="govuk-visually-hidden"> page</span>
        </span>
        {link.label && (
          <>
            <span className="govuk-visually-hidden">:</span>
            <span className="govuk-pagination__link-label">{link.label}</span>
          </>
        )}
      </UiLink>
    </div>
  );
}
