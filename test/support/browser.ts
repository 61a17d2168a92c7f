/**
 * A browser as a report page sees one: it keeps the cookies the page gives it and sends them back, so a link
 * opened twice in one browser is one browser's, and a link opened in another is someone else's.
 */
export class Browser {
  private readonly cookies = new Map<string, string>();

  async open(url: string): Promise<{ status: number; headers: Headers; body: string; bytes: Buffer<ArrayBuffer> }> {
    const cookie = [...this.cookies.entries()].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await fetch(url, cookie ? { headers: { cookie } } : {});
    for (const set of response.headers.getSetCookie()) {
      const [pair = ''] = set.split(';');
      const [name = '', value = ''] = pair.split('=');
      this.cookies.set(name.trim(), value.trim());
    }
    const bytes = Buffer.from(await response.arrayBuffer());
    return { status: response.status, headers: response.headers, body: bytes.toString('utf8'), bytes };
  }
}
