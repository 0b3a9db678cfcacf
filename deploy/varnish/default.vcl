# Varnish 7 front cache for IMG Pathways (docs/deploy.md, decisions 060–061).
# Debian: apt-get install varnish varnish-modules (xkey comes with varnish-modules).
#   varnishd -a :80 -f /etc/varnish/default.vcl -s malloc,256m
# The app decides what may be kept (Cache-Control) and names what each response shows (Surrogate-Key); this
# file only stores, serves and purges. The app purges by tag after every admin save:
#   FRONT_CACHE_PURGE_URL=http://127.0.0.1:80/   →   PURGE /  with  xkey-purge: schools school:harvard-md
vcl 4.1;

import xkey;

backend app {
    .host = "127.0.0.1";
    .port = "3000";
    .connect_timeout = 2s;
    .first_byte_timeout = 60s;
    .between_bytes_timeout = 60s;
}

# Who may purge: the app's own hosts. Add the app servers' addresses when they run elsewhere.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Purging is not allowed from " + client.ip));
        }
        if (!req.http.xkey-purge) {
            return (synth(400, "PURGE needs an xkey-purge header naming the cache tags"));
        }
        set req.http.n-gone = xkey.purge(req.http.xkey-purge);
        return (synth(200, "Invalidated " + req.http.n-gone + " objects"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # The dashboard, sign-in and the health check are never stored (the app says no-store too).
    if (req.url ~ "^/admin(/|\?|$)" || req.url ~ "^/healthz") {
        return (pass);
    }
    # No public page reads a cookie: drop them so visitors with cookies (signed-in editors browsing the
    # site, analytics) share the cache. Sign-in cookies only matter under /admin, passed above.
    unset req.http.Cookie;
    return (hash);
}

sub vcl_backend_response {
    # The app names what a response shows in Surrogate-Key (space-separated); xkey indexes the xkey header.
    if (beresp.http.Surrogate-Key) {
        set beresp.http.xkey = beresp.http.Surrogate-Key;
    }
    # Serve a stored page for up to a day past its s-maxage while one request refreshes it in the
    # background (purges remove objects outright, so a save is never answered from grace).
    if (beresp.ttl > 0s && beresp.status == 200) {
        set beresp.grace = 1d;
    }
    # Errors are never kept, whatever they say.
    if (beresp.status >= 400) {
        set beresp.uncacheable = true;
        set beresp.ttl = 0s;
        return (deliver);
    }
}

sub vcl_deliver {
    # Internal: the tags are for this cache (and CDNs), not for browsers.
    unset resp.http.xkey;
    unset resp.http.Surrogate-Key;
    unset resp.http.Cache-Tag;
    unset resp.http.x-nextjs-cache;
    unset resp.http.x-nextjs-prerender;
    unset resp.http.x-nextjs-stale-time;
    unset resp.http.X-Response-Cache;
    if (obj.uncacheable) {
        set resp.http.X-Cache = "PASS";
    } else if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}

sub vcl_synth {
    set resp.http.Cache-Control = "no-store";
    set resp.http.Content-Type = "text/plain; charset=utf-8";
    set resp.body = resp.reason + {"
"};
    return (deliver);
}
