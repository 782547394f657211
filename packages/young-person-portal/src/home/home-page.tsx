import { UiLink } from '@forever-planning/ui';
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
  { href: '/who-looked', page: 'whoLooked' },
  { href: '/advocate', page: 'advocate' },
  { href: PATHS.notHappy, page: 'notHappy' },
  { href: PATHS.unsafe, page: 'unsafe' },
  { href: PATHS.private, page: 'private' },
];

export function HomePage() {
  const me = useMe();
  return (
    <Page title={`${WORDS.home.title} ${me.firstName}`} tabTitle={WORDS.tabTitles.home} lead={WORDS.home.intro}>
      <ul className="yp-tiles">
        {TILES.map((t) => (
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
