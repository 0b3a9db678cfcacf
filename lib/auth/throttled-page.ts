// The small HTML page a throttled sign-in answers with (status 429), readable without JavaScript.
import { describeWait } from './throttle-words';

export function throttledHtml(retryAfterSeconds: number): string {
  const wait = describeWait(retryAfterSeconds);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Too many sign-in attempts · IMG Pathways</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;color:#0f172a}a{color:#174c94}</style>
</head><body><main>
<h1>Too many sign-in attempts</h1>
<p role="alert">Too many failed sign-in attempts. Please wait ${wait} and try again.</p>
<p><a href="/admin/login">Back to sign-in</a></p>
</main></body></html>`;
}
