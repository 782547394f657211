import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { DEFAULT_PORTAL_LANGUAGE } from '@forever-planning/shared';
import { MyLanguageDocument, SetMyLanguageDocument, SignInLanguagesDocument, type MyLanguageChoiceFragment } from '../gql/graphql';
import { showLanguage } from '../i18n/i18n';
import { useSession } from './session';

export interface LanguageState {
  /** The code the pages are in now. */
  language: string;
  /** English and the languages the child's council has switched on (before sign-in: those any council here has on). */
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
 * choice, else their first language on the record, if the council has it on).
 * Before sign-in the child can pick from English and the languages councils on
 * this server have on; that pick lives only in this page (nothing about it is
 * kept on the device) and, once they sign in, becomes their choice on the server
 * if their council has that language on.
 */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const { me } = useSession();
  const { data } = useQuery(MyLanguageDocument, { skip: !me, fetchPolicy: 'network-only' });
  const { data: before } = useQuery(SignInLanguagesDocument, { skip: !!me });
  const [setMyLanguage, { loading: choosing }] = useMutation(SetMyLanguageDocument);
  const [language, setLanguage] = useState(DEFAULT_PORTAL_LANGUAGE);
  const [pickedBeforeSignIn, setPickedBeforeSignIn] = useState<string | null>(null);
  const wanted = me ? (data?.myLanguage.language ?? null) : (pickedBeforeSignIn ?? DEFAULT_PORTAL_LANGUAGE);

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
      if (!me) {
        setPickedBeforeSignIn(code === DEFAULT_PORTAL_LANGUAGE ? null : code);
        return;
      }
      const result = await setMyLanguage({ variables: { language: code }, refetchQueries: [MyLanguageDocument], awaitRefetchQueries: true });
      const next = result.data?.setMyLanguage.language ?? code;
      await showLanguage(next);
      setLanguage(next);
    },
    [me, setMyLanguage],
  );

  // The language picked on the sign-in page is kept on the server once the child is in, if their council has it on.
  useEffect(() => {
    if (!me || !data || !pickedBeforeSignIn) return;
    const picked = pickedBeforeSignIn;
    setPickedBeforeSignIn(null);
    if (picked !== data.myLanguage.language && data.myLanguage.languages.some((l) => l.code === picked)) void choose(picked).catch(() => undefined);
  }, [me, data, pickedBeforeSignIn, choose]);

  const languages = me ? (data?.myLanguage.languages ?? ENGLISH_ONLY) : (before?.signInLanguages ?? ENGLISH_ONLY);
  const value = useMemo<LanguageState>(() => ({ language, languages, choose, choosing }), [language, languages, choose, choosing]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}
