import { UiLink, cx } from './link';

export interface NavigationItem {
  href: string;
  text: string;
  current?: boolean;
}

export interface HeaderProps {
  /** The product shown in the header bar, e.g. "Forever Planning". */
  productName: string;
  homeHref?: string;
  /** The service line under the bar, e.g. the council's name. */
  serviceName?: string;
  navigation?: NavigationItem[];
  /** Who is signed in, shown before the sign-out button. */
  signedInAs?: string;
  onSignOut?: () => void;
}

/**
 * The GOV.UK header bar without the crown (councils are not GOV.UK), and the
 * service navigation beneath it with the service name, links and sign out.
 */
export function Header({ productName, homeHref = '/', serviceName, navigation = [], signedInAs, onSignOut }: HeaderProps) {
  return (
    <header>
      <div className="govuk-header fp-header">
        <div className="govuk-header__container govuk-width-container">
          <div className="govuk-header__logo">
            <UiLink href={homeHref} className="govuk-header__homepage-link fp-header__product">
              {/* In a child element: govuk-frontend closes up word spacing between the crown and text. */}
              <span>{productName}</span>
            </UiLink>
          </div>
        </div>
      </div>
      {(serviceName || navigation.length > 0 || onSignOut) && (
        <section aria-label="Service information" className="govuk-service-navigation" data-module="govuk-service-navigation">
          <div className="govuk-width-container fp-service-navigation">
            <div className="govuk-service-navigation__container">
              {serviceName && (
                <span className="govuk-service-navigation__service-name">
                  <span className="govuk-service-navigation__text">{serviceName}</span>
                </span>
              )}
              {navigation.length > 0 && (
                <nav aria-label="Menu" className="govuk-service-navigation__wrapper">
                  <ul className="govuk-service-navigation__list">
                    {navigation.map((item) => (
                      <li
                        key={item.href}
                        className={cx('govuk-service-navigation__item', item.current && 'govuk-service-navigation__item--active')}
                      >
                        <UiLink href={item.href} className="govuk-service-navigation__link" aria-current={item.current ? 'page' : undefined}>
                          {item.current ? <strong className="govuk-service-navigation__active-fallback">{item.text}</strong> : item.text}
                        </UiLink>
                      </li>
                    ))}
                  </ul>
                </nav>
              )}
            </div>
            {onSignOut && (
              <div className="fp-service-navigation__account">
                {signedInAs && <span className="govuk-body-s fp-service-navigation__user">{signedInAs}</span>}
                <button type="button" className="fp-link-button govuk-body-s" onClick={onSignOut}>
                  Sign out
                </button>
              </div>
            )}
          </div>
        </section>
      )}
    </header>
  );
}
