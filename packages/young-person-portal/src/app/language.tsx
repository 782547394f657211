import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { DEFAULT_PORTAL_LANGUAGE } from '@forever-planning/shared';
import { MyLanguageDocument, SetMyLanguageDocument, type MyLanguageChoiceFragment } from '../gql/graphql';
import { showLanguage } from '../i18n/i18n';
import { useSession } from './session';

export interface LanguageState {
  /** The code the pages are in now. */
  language: string;
  /** English and the languages the child's council has switched on. */
  languages: MyLanguageChoiceFragment['languages'];
  /** Keeps the child's choice on the server and shows the pages in it. */
  choose(code: string): Promise<void>;
  choosing: boolean;
}

const ENGLISH_ONLY: MyLanguageChoiceFragment['languages'] = [{ code: 'en', ownName: 'English', englishName: 'English', dir: 'ltr' }];

const LanguageContext = createContext<LanguageState>({ language: DEFAULT_PORTAL_LANGUAGE, languages: ENGLISH_ONLY, choose: async () => undefined, choosing: false });

export function useLanguage(): LanguageState {
  return useContext(LanguageContext);
}

/**
 * The language of the pages: from the server once the child has signed in (their
 * choice, else their first language on the record, if the council has it on),
 * English before. Nothing about it is kept on the device.
 */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const { me } = useSession();
  const { data } = useQuery(MyLanguageDocument, { skip: !me, fetchPolicy: 'network-only' });
  const [setMyLanguage, { loading: choosing }] = useMutation(SetMyLanguageDocument);
  const [language, setLanguage] = useState(DEFAULT_PORTAL_LANGUAGE);
  const wanted = me ? (data?.myLanguage.language ?? null) : DEFAULT_PORTAL_LANGUAGE;

  useEffect(() => {
    if (!wanted) return;
    let current = true;
    void showLanguage(wanted).then(() => {
      if (current) setLanguage(wanted);
    });
    return () => {
      current = false;
    };
  }, [wanted]);

  const choose = useCallback(
    async (code: string) => {
      const result = await setMyLanguage({ variables: { language: code }, refetchQueries: [MyLanguageDocument], awaitRefetchQueries: true });
      const next = result.data?.setMyLanguage.language ?? code;
      await showLanguage(next);
      setLanguage(next);
    },
    [setMyLanguage],
  );

  const value = useMemo<LanguageState>(
    () => ({ language, languages: me && data ? data.myLanguage.languages : ENGLISH_ONLY, choose, choosing }),
    [language, me, data, choose, choosing],
  );
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}
