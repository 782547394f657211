import { useQuery } from '@apollo/client/react';
import { UiLink } from '@forever-planning/ui';
import { isNearlyEighteen } from '../eighteen/eighteen-page';
import { MyAgeForTilesDocument } from '../gql/graphql';
import { PATHS } from '../app/paths';
import { useMe } from '../app/session';
import { Page } from '../common/page';
import { WORDS } from '../words';
import { MyMessages } from '../help/my-messages';

const TILES: { href: string; page: keyof typeof WORDS.pages }[] = [
  { href: '/plan', page: 'plan' },
  { href: '/have-my-say', page: 'haveMySay' },
  { href: '/life-story', page: 'lifeStory' },
  { href: '/brothers-and-sisters', page: 'family' },
  { href: '/when-i-am-18', page: 'eighteen' },
  { href: '/who-looked', page: 'whoLooked' },
  { href: '/advocate', page: 'advocate' },
  { href: PATHS.notHappy, page: 'notHappy' },
  { href: PATHS.unsafe, page: 'unsafe' },
  { href: PATHS.private, page: 'private' },
];

export function HomePage() {
  const me = useMe();
  // "When I'm 18" is for 16- and 17-year-olds.
  const { data } = useQuery(MyAgeForTilesDocument);
  const tiles = TILES.filter((t) => t.page !== 'eighteen' || (data && isNearlyEighteen(data.myLeavingCare.age)));
  return (
    <Page title={`${WORDS.home.title} ${me.firstName}`} tabTitle={WORDS.tabTitles.home} lead={WORDS.home.intro}>
      <ul className="yp-tiles">
        {tiles.map((t) => (
          <li key={t.href} className={t.page === 'unsafe' ? 'yp-tile yp-tile--help' : 'yp-tile'}>
            <UiLink href={t.href} className="yp-tile__link">
              <span className="yp-tile__title">{WORDS.pages[t.page]}</span>
              <span className="yp-tile__hint">{WORDS.pageHints[t.page]}</span>
            </UiLink>
          </li>
        ))}
      </ul>
      <MyMessages />
    </Page>
  );
}
