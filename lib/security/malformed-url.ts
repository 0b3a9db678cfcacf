// Paths whose percent-encoding does not decode (`/schools/%`, `/guides/%E0%A4%A`, overlong UTF-8 such as
// `%C0%AF`). Next 16.4.6 answers them with a bare 500 on App Router dynamic segments (its DecodeError → /400
// fallback has no page to render), so proxy.ts answers 400 itself before routing. Pure: no Next imports.

export function hasMalformedPercentEncoding(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

export const MALFORMED_URL_MESSAGE = 'This address contains invalid percent-encoding, so it does not name any page.';

/** A self-contained 400 page; it never echoes the address back. */
export function malformedUrlHtml(): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Invalid address · IMG Pathways</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#0f172a;line-height:1.5}h1{font-size:1.5rem}</style>
</head><body><main><h1>That address is not valid</h1>
<p>${MALFORMED_URL_MESSAGE} Check the link you followed.</p>
<p><a href="/">Go to the home page</a> or <a href="/schools">search the schools</a>.</p></main></body></html>`;
}
