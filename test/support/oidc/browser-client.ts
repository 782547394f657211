/**
 * A browser without a page: follows redirects and keeps each host's cookies,
 * so a test can walk the OpenID Connect flow over real HTTP.
 */
export class HttpBrowser {
  private readonly jar = new Map<string, Map<string, string>>();

  cookie(host: string, name: string): string | undefined {
    return this.jar.get(host)?.get(name);
  }

  private remember(url: URL, res: Response): void {
    const cookies = this.jar.get(url.host) ?? new Map<string, string>();
    this.jar.set(url.host, cookies);
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      if (!value || /max-age=0|expires=thu, 01 jan 1970/i.test(line)) cookies.delete(name);
      else cookies.set(name, value);
    }
  }

  async request(url: string, init: RequestInit = {}): Promise<Response> {
    const target = new URL(url);
    const cookies = [...(this.jar.get(target.host) ?? new Map()).entries()].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await fetch(target, { ...init, redirect: 'manual', headers: { ...(init.headers as Record<string, string>), ...(cookies ? { cookie: cookies } : {}) } });
    this.remember(target, res);
    return res;
  }

  /** Goes to a URL and follows redirects; returns every address visited and the last response. */
  async go(url: string, init: RequestInit = {}): Promise<{ visited: string[]; res: Response; url: string }> {
    const visited: string[] = [];
    let current = url;
    let res = await this.request(current, init);
    visited.push(current);
    while (res.status >= 300 && res.status < 400 && res.headers.get('location')) {
      current = new URL(res.headers.get('location')!, current).href;
      visited.push(current);
      res = await this.request(current);
    }
    return { visited, res, url: current };
  }
}
