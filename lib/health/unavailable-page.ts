// The self-contained page served with status 503 while the database is unreachable.
export function unavailableHtml(): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Temporarily unavailable · IMG Pathways</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#0f172a;line-height:1.5}h1{font-size:1.5rem}</style>
</head><body><main><h1>We’ll be right back</h1>
<p>IMG Pathways cannot reach its database at the moment, so we cannot show school data right now. Nothing you saved in your browser is lost.</p>
<p>Please try again in a minute. If this lasts, the team has been alerted by our health check.</p>
<p><a href="/">Try the home page again</a></p></main></body></html>`;
}
