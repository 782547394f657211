const LONG = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const TIME = new Intl.DateTimeFormat('en-GB', { hour: 'numeric', minute: '2-digit', hour12: true, timeZone: 'Europe/London' });
const DAY_AND_TIME = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', hour: 'numeric', minute: '2-digit', hour12: true, timeZone: 'Europe/London' });

/** "2014-03-02" as "2 March 2014" (GOV.UK date style); empty stays empty. */
export const formatDate = (iso: string | null | undefined) => (iso ? LONG.format(new Date(`${iso}T00:00:00Z`)) : '');

export const formatTime = (iso: string) => TIME.format(new Date(iso)).replace(' ', '');

export const formatDayAndTime = (iso: string) => DAY_AND_TIME.format(new Date(iso));
