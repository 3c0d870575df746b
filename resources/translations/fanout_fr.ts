<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AppSettings</name>
    <message>
        <source>Cannot read the CA certificate %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate found in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthPrompter</name>
    <message>
        <source>Proxy password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy %1 asks for a user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks for a user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 download waits for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 downloads wait for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are used for this batch only and are never saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchSession</name>
    <message>
        <source>The session cannot be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This batch goes on in %1; the new folder is for the next batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list saves to %1: clear it or let it finish first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed in %1: %2 finished earlier, %3 to download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch finished: %1 ok, %2 failed, %3 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClearListPrompt</name>
    <message numerus="yes">
        <source>Remove all %n row(s) from the list?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished download(s) will be cancelled.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <source>The system&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: connect directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system&apos;s proxy settings (the default), none at all (--no-proxy), or this proxy (--proxy URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>go through this proxy: http://[user:password@]host[:port] (port 3128 when none is given) or socks5://host[:port] (1080); socks5h:// lets the proxy resolve names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the system&apos;s certificates only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Extra CA certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also trust the CA certificates in FILE (PEM or DER), besides the system&apos;s; for a company or test CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic: HTTP/2 where a TLS server offers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/1.1 only: never use HTTP/2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/2 also without TLS (prior knowledge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;HTTP version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/2 where an https:// server offers it (the default); never HTTP/2, for servers that misbehave with it (--http1); or HTTP/2 from the first byte to http:// servers too, without TLS or an upgrade, for servers that speak it (--http2-prior-knowledge).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CookieFile</name>
    <message>
        <source>%1 tab-separated fields instead of 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the include-subdomains field is neither TRUE nor FALSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path does not start with /</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secure field is neither TRUE nor FALSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the expiry is not a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cookie has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cookies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more malformed lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the cookies file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cookies file %1 is larger than 64 MB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DownloadList</name>
    <message numerus="yes">
        <source>Retrying %n download(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Only a failed, cancelled, waiting or paused download can change its URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuing at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checking %n download(s) for updates</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The list is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DownloadsPage</name>
    <message>
        <source>Chec&amp;k only: download and measure, save nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the batch at the &amp;first failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip files an earlier run completed (verified first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;utput folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where downloaded files are saved; the folder is created when missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetch every file and measure it (bytes, SHA-256) but save nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads at o&amp;nce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most N requests in flight in all, whatever their origin (1 to %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retr&amp;ies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retry what can succeed later (timeouts, dropped connections, 429, 5xx) up to N times after the first attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry de&amp;lay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the base delay before a retry, in seconds; it doubles with each attempt, with full jitter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lon&amp;gest retry delay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the longest wait before one retry, a server&apos;s Retry-After included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel everything else at the first failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same as unchecking this box: download again files an earlier run completed. Checked, such a file is verified and kept, never fetched twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder to save files into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot write into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the window, its numbers, sizes and dates; the system&apos;s unless chosen here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeaderLine</name>
    <message>
        <source>&quot;Name: value&quot; expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header name &quot;%1&quot; has a character names may not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of %1 has a control character or one beyond Latin-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;host: Name: value&quot; expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no host before the first colon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name (no scheme, port or path)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HooksPage</name>
    <message>
        <source>Each command runs with /bin/sh -c in the batch&apos;s folder. What happened is in its environment (FANOUT_URL, FANOUT_OUTCOME, FANOUT_FILE, FANOUT_SHA256, …), never in the command&apos;s text. Empty: none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After each do&amp;wnload:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run CMD when a download ends, whatever its outcome, with FANOUT_URL, FANOUT_FINAL_URL, FANOUT_OUTCOME, FANOUT_ERROR, FANOUT_HTTP_STATUS, FANOUT_BYTES, FANOUT_FILE, FANOUT_SHA256 and FANOUT_ATTEMPTS in its environment. At most as many run at once as downloads do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After each &amp;batch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run CMD once every download of the batch has ended, with FANOUT_TOTAL, FANOUT_OK, FANOUT_FAILED and FANOUT_ELAPSED_MS in its environment (FANOUT_CSV is empty: the window writes no CSV by itself).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kill a hook after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a hook still running after S seconds is killed, with everything it started. A hook never changes a download&apos;s outcome.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputPanel</name>
    <message>
        <source>&amp;Add to list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URLs to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste URLs here, one per line — or any text with links in it (a web page, Markdown, an e-mail).
After a tab: name=, dir=, md5=/sha1=/sha256=/sha512=, mirror URLs, header=; img[001-250].jpg expands to 250 URLs.
Drop text, links or list files (also aria2, Metalink, results CSV) anywhere on the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found in the pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines that will not be downloaded, and why. Click to show the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the pasted URLs to the download list (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add from &amp;File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the URLs listed in a text file (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear &amp;Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the paste area (the list of downloads stays)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste or type URLs above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add 1 URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add %1 URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to add: 1 URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to add: %1 URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 characters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 invalid (listed, not downloaded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 duplicate kept once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 duplicates kept once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>links picked out of free text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the paste area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 characters from %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n URL(s) from %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No URLs found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… (%1 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n digest(s) (%1)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mirror(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n header(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not added: the text is %1 characters long, more than a list of %2 URLs can be. Split it into smaller lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added: %1 lines are more than the %2 URLs Fanout takes at a time. Split the list into smaller ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: already in the list, skipped — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: invalid — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: duplicate of line %2, kept once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: range expands to %2 URLs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Fanout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Netrc</name>
    <message>
        <source>netrc line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;machine&quot; without a host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; without a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; before any &quot;machine&quot; or &quot;default&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;macdef&quot; without a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown keyword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the netrc file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The netrc file %1 is larger than 16 MB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OriginPolicy</name>
    <message>
        <source>429s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>503s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stalls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked to slow down (Retry-After)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keeps failing: resting, then one probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 allows %2 of %3 now (after %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 of %3 in flight (its cap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is limited to %2 requests a second</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutputFolderLabel</name>
    <message>
        <source>Check mode: nothing is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change it in Settings (Ctrl+,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This batch&apos;s own folder, kept until it ends; Settings (Ctrl+,) name %1 for the next one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolitenessPage</name>
    <message>
        <source>&amp;Adapt: fewer at once to an origin that struggles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These rules hold per origin: scheme, host and port, so http://example.com and https://example.com:8443 are two origins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the global cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At once per ori&amp;gin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most N requests in flight to one origin (scheme, host and port); 0 = only the global cap (Downloads at once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> requests/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Req&amp;uests a second per origin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most R requests a second to one origin (scheme, host and port), after a burst of up to R; decimals allowed (0.5 = one every 2 s); 0 = no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same as unchecking this box: keep each origin&apos;s allowance fixed. Checked, an origin that answers 429 or 503 or times out gets fewer requests at once, and more again as it recovers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> failure(s) in a row</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Circuit &amp;breaker after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop sending to an origin (scheme, host and port) after N consecutive connection failures or 5xx answers, then probe it with one request; 0 = off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaker coo&amp;ldown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how long an open breaker waits before its probe, in seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes/s (500k, 2M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bandwidth of the &amp;whole batch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most RATE bytes a second for the whole batch, shared between downloads; k = 1024, M = 1024 k (500k, 1.5M). Empty or 0: no limit. A change applies at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a speed: a number of bytes a second, with k or M (500k, 1.5M)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProxySpec</name>
    <message>
        <source>The proxy URL is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a proxy URL: use http://host:port or socks5://host:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https:// proxies (TLS to the proxy) are not supported; use http:// (https downloads still go through it encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only SOCKS5 proxies are supported (socks5:// or socks5h://)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown proxy scheme &quot;%1&quot;: use http:// or socks5://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy URL has no host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proxy URL has no path: use scheme://host:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proxy URL has no query or fragment: use scheme://host:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy port must be between 1 and 65535</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuitQuestion</name>
    <message>
        <source>1 download is not finished yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 downloads are not finished yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Fanout?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list is kept: the next time Fanout starts, it offers to run the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check mode saves nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was downloaded stays in %1. The next time Fanout starts, it offers to continue each download where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was downloaded stays in %1; adding the same URLs again continues them where they stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit and continue later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>&amp;User-Agent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what Fanout calls itself to servers; empty for Fanout/&lt;version&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referer: https://example.com/
Accept-Language: en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>files.example.com: Authorization: Bearer …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra h&amp;eaders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent with every request, one &quot;Name: value&quot; a line (the flag is repeated for each).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers for o&amp;ne host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Window only&lt;/b&gt; (the headless mode has -H for every host): sent only to that host name, one &quot;host: Name: value&quot; a line. A redirect to another host does not get them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coo&amp;kies file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookies file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookies (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start each batch from the cookies in FILE (a cookies.txt in Netscape/Mozilla format, exported from a browser); cookies servers set are kept for the batch. The file is never written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;words file (netrc):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netrc file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer a server&apos;s password challenge with the login and password FILE (.netrc format) gives for its host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A control character or one beyond Latin-1 cannot be sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResumeBar</name>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the rows back and download what is missing; finished files are kept, part files are continued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the unfinished batch (downloaded files stay on disk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A batch of %n download(s) did not finish (%1 done, last saved %2).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>It ran in check mode: nothing is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It continues in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It continues in its own folder, %1 (Settings stay as they are).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduledStart</name>
    <message>
        <source>Start At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the rows that wait for Start at
HH:MM (local time, the next such moment) or a date and time (2026-12-24T06:00:00+01:00):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a time Fanout understands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts at %1 (in %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where files go, how many at once, retries, failures and completed files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long connecting, silence, one attempt, one item and the batch may take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Politeness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules per origin (scheme, host and port) and the batch&apos;s bandwidth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy, extra CA certificate, HTTP/1.1 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;ooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands to run after each download and after each batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;quests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User-Agent, headers, cookies and passwords sent with requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put every setting on every tab back to its default (until you press OK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To save, fix what is marked in red on the %1 tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To save, fix what is marked in red on these tabs: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartGate</name>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryBar</name>
    <message>
        <source>Batch summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of the whole batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Scheduled Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows keep waiting for Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n downloading</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to retry</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETA unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File %L1 of %L2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThroughputChart</name>
    <message>
        <source>Throughput chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput (filled) and requests in flight (line) over the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peak %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>at most %n in flight</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeoutsPage</name>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 turns a limit off. An attempt that runs out of time is retried while retries are left; an item or a batch that does is given up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nnect timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give up connecting (name lookup, TCP and TLS) after S seconds; 0 = never.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stall timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give up an attempt when nothing arrives for S seconds; 0 = never.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit per &amp;attempt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give up one attempt S seconds after it starts, however fast data arrives; 0 = no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit per &amp;item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give up on one file S seconds after its first attempt, all its retries and waits included; 0 = no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit for the &amp;whole batch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel whatever is unfinished S seconds after the batch starts; 0 = no limit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferFormat</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)/s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checksum mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferModel</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated time left for this download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued — press Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued — paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting %1 s — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying (attempt %1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry in %1 s (attempt %2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading (attempt %1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done — already complete, verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done — already complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done — verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not finished when exported (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferView</name>
    <message>
        <source>Show downloads by state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every download (Alt+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued, downloading, paused and waiting to retry (Alt+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed (Alt+3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished successfully (Alt+4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled (Alt+5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines that are not URLs Fanout can fetch (Alt+6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search URL, file or error (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escape clears the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UrlIntake</name>
    <message>
        <source>an aria2 input file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Metalink document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a results CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a checksum file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for a URL list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1 as %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Read %1 as %2; %n note(s): %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Read %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checksum line in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a checksum file: its digests attach to the URLs in the paste area, which is empty. Paste or open the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n URL(s) in the paste area got a checksum from %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n name(s) in it match no URL: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add URLs from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists (*.txt *.csv *.list *.meta4 *.metalink *.aria2);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add checksums to the URLs in the paste area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checksum files (*SUMS* *sums* *.sha256 *.sha512 *.sha1 *.md5 *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dropped text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>Add from &amp;File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the URLs listed in a file: a list, an aria2 input file, a Metalink document or a results CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Checksums…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the digests of a checksum file (SHA256SUMS, …) to the URLs in the paste area, by file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save one line per download, as the headless mode&apos;s --csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Fanout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the URLs on the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the Paste &amp;Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the focus to the paste area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the downloads by URL, file or error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start downloading the rows that wait for Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or resume every download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a&amp;t…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the rows that wait for Start at a time you choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start downloads as soon as they are &amp;added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On: added URLs start at once. Off: they wait for Start, also after an earlier batch has finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel every download that has not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry &amp;Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run every failed download again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel every download and empty the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Failed &amp;URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the URLs of the failed downloads, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Failed as &amp;List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the downloads that did not end ok as a list that runs them again (names, folders, digests, mirrors kept; as --failed-list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output folder, parallel downloads, timeouts, retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Unfinished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show queued, downloading, paused and retrying downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show failed downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show finished downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Ca&amp;ncelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show cancelled downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the lines that are not URLs Fanout can fetch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the selected downloads again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for &amp;Updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask whether the selected finished downloads changed on the server; a new version replaces a file you have not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the selected downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel and remove the selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the errors of the selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the downloaded file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Containing &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the downloaded file in its folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit &amp;Speed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap the download speed of the selected rows (0 lifts the cap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;URL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on from another URL: the part file is continued when the new URL serves the same file, and the list&apos;s digests still apply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowCommands</name>
    <message>
        <source>Paused: running downloads hold, none start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes a second for the selected rows (500k, 2M; 0 = none):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a speed such as 500k or 2M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one row to change its URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on from this URL (the part file is continued when it serves the same file):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) capped at %1/s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Speed cap lifted for %n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Copied 1 line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No downloaded file for this row yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 rows; %2 not finished yet are marked cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 rows to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n download(s) not ok written to %1 — add it to run them again</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed downloads as a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowHooks</name>
    <message>
        <source>The hook after %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hook after the batch: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>runGui</name>
    <message>
        <source>the command line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
