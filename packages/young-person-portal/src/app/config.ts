declare const __FP_EXIT_URL__: string | undefined;

/**
 * Where "leave this site quickly" goes: a neutral page. Set FP_EXIT_URL when
 * building to change it; the browser tests send it to a page on this machine.
 */
export const EXIT_URL = typeof __FP_EXIT_URL__ === 'string' && __FP_EXIT_URL__ ? __FP_EXIT_URL__ : 'https://www.bbc.co.uk/weather';
