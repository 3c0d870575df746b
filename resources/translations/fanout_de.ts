<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AppSettings</name>
    <message>
        <source>Cannot read the CA certificate %1: %2</source>
        <translation>Das CA-Zertifikat %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>No certificate found in %1</source>
        <translation>Kein Zertifikat in %1 gefunden</translation>
    </message>
</context>
<context>
    <name>Aria2Input</name>
    <message>
        <source>aria2 option line without a URI line before it; ignored</source>
        <translation>aria2-Optionszeile ohne vorangehende URI-Zeile; ignoriert</translation>
    </message>
    <message>
        <source>non-URL</source>
        <translation>Nicht-URL</translation>
    </message>
    <message>
        <source>ignored: %1 URI (only http and https are fetched)</source>
        <translation>ignoriert: %1-URI (nur http und https werden heruntergeladen)</translation>
    </message>
    <message>
        <source>not an aria2 option (expected NAME=VALUE)</source>
        <translation>keine aria2-Option (erwartet: NAME=WERT)</translation>
    </message>
    <message>
        <source>the aria2 option %1 %2</source>
        <translation>die aria2-Option %1 %2</translation>
    </message>
    <message>
        <source>malformed aria2 checksum (expected checksum=ALGO=HEX)</source>
        <translation>fehlerhafte aria2-Prüfsumme (erwartet: checksum=ALGO=HEX)</translation>
    </message>
    <message>
        <source>ignored: checksum algorithm %1 (md5, sha-1, sha-256 and sha-512 are checked)</source>
        <translation>ignoriert: Prüfsummenverfahren %1 (geprüft werden md5, sha-1, sha-256 und sha-512)</translation>
    </message>
    <message>
        <source>ignored: aria2 option %1</source>
        <translation>ignoriert: aria2-Option %1</translation>
    </message>
    <message>
        <source>not converted: %1</source>
        <translation>nicht übernommen: %1</translation>
    </message>
</context>
<context>
    <name>AuthPrompter</name>
    <message>
        <source>Proxy password</source>
        <translation>Proxy-Passwort</translation>
    </message>
    <message>
        <source>Password needed</source>
        <translation>Passwort erforderlich</translation>
    </message>
    <message>
        <source>The proxy %1 asks for a user name and password.</source>
        <translation>Der Proxy %1 verlangt einen Benutzernamen und ein Passwort.</translation>
    </message>
    <message>
        <source>%1 asks for a user name and password.</source>
        <translation>%1 verlangt einen Benutzernamen und ein Passwort.</translation>
    </message>
    <message>
        <source>1 download waits for them.</source>
        <translation>1 Download wartet darauf.</translation>
    </message>
    <message>
        <source>They are used for this batch only and are never saved.</source>
        <translation>Sie gelten nur für diesen Durchlauf und werden nie gespeichert.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message numerus="yes">
        <source>%n downloads wait for them.</source>
        <translation>
            <numerusform>%n Download wartet darauf.</numerusform>
            <numerusform>%n Downloads warten darauf.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchNotifier</name>
    <message numerus="yes">
        <source>%n download(s) ok</source>
        <translation>
            <numerusform>%n Download ok</numerusform>
            <numerusform>%n Downloads ok</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n abgebrochen</numerusform>
            <numerusform>%n abgebrochen</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch finished</source>
        <translation>Durchlauf beendet</translation>
    </message>
    <message>
        <source>Fanout</source>
        <translation>Fanout</translation>
    </message>
</context>
<context>
    <name>BatchSession</name>
    <message>
        <source>The session cannot be saved: %1</source>
        <translation>Die Sitzung kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>This batch goes on in %1; the new folder is for the next batch</source>
        <translation>Dieser Durchlauf läuft in %1 weiter; der neue Ordner gilt für den nächsten</translation>
    </message>
    <message>
        <source>The list saves to %1: clear it or let it finish first</source>
        <translation>Die Liste speichert nach %1: Leeren Sie sie oder lassen Sie sie erst fertig werden</translation>
    </message>
    <message>
        <source>Resumed in %1: %2 finished earlier, %3 to download</source>
        <translation>Fortgesetzt in %1: %2 bereits fertig, %3 herunterzuladen</translation>
    </message>
    <message>
        <source>Batch finished: %1 ok, %2 failed, %3 cancelled</source>
        <translation>Durchlauf beendet: %1 erfolgreich, %2 fehlgeschlagen, %3 abgebrochen</translation>
    </message>
</context>
<context>
    <name>BodyOpener</name>
    <message>
        <source>HTTP 206 for a request without Range</source>
        <translation>HTTP 206 auf eine Anfrage ohne Range</translation>
    </message>
</context>
<context>
    <name>ChecksumAttacher</name>
    <message>
        <source>%1: the list&apos;s %2 differs from line %3 of the checksum file; the list&apos;s is kept</source>
        <translation>%1: %2 der Liste weicht von Zeile %3 der Prüfsummendatei ab; der Wert der Liste bleibt</translation>
    </message>
</context>
<context>
    <name>ChecksumFile</name>
    <message>
        <source>ignored: %1 digests are not checked (MD5, SHA1, SHA256 and SHA512 are)</source>
        <translation>ignoriert: %1-Prüfsummen werden nicht geprüft (MD5, SHA1, SHA256 und SHA512 schon)</translation>
    </message>
    <message>
        <source>a %1 digest has %2 hex digits</source>
        <translation>eine %1-Prüfsumme hat %2 Hexadezimalziffern</translation>
    </message>
    <message>
        <source>not a checksum line (HEX  NAME or TAG (NAME) = HEX)</source>
        <translation>keine Prüfsummenzeile (HEX  NAME oder TAG (NAME) = HEX)</translation>
    </message>
    <message>
        <source>a digest of %1 hex digits (32 md5, 40 sha1, 64 sha256, 128 sha512)</source>
        <translation>eine Prüfsumme mit %1 Hexadezimalziffern (32 md5, 40 sha1, 64 sha256, 128 sha512)</translation>
    </message>
    <message>
        <source>no file name</source>
        <translation>kein Dateiname</translation>
    </message>
    <message>
        <source>a malformed escape in the file name</source>
        <translation>eine fehlerhafte Escape-Sequenz im Dateinamen</translation>
    </message>
    <message>
        <source>%1 has another %2 on line %3; the first is kept</source>
        <translation>%1 hat in Zeile %3 eine andere %2-Prüfsumme; die erste bleibt</translation>
    </message>
</context>
<context>
    <name>ClearListPrompt</name>
    <message numerus="yes">
        <source>Remove all %n row(s) from the list?</source>
        <translation>
            <numerusform>Die %n Zeile aus der Liste entfernen?</numerusform>
            <numerusform>Alle %n Zeilen aus der Liste entfernen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished download(s) will be cancelled.</source>
        <translation>
            <numerusform>%n unfertiger Download wird abgebrochen.</numerusform>
            <numerusform>%n unfertige Downloads werden abgebrochen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
</context>
<context>
    <name>ClipboardBar</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Links on the clipboard</source>
        <translation>Links in der Zwischenablage</translation>
    </message>
    <message>
        <source>Add the copied links</source>
        <translation>Die kopierten Links hinzufügen</translation>
    </message>
    <message>
        <source>Add the copied links to the list, as Paste URLs would</source>
        <translation>Die kopierten Links zur Liste hinzufügen, wie „URLs einfügen“</translation>
    </message>
    <message>
        <source>Dismiss the copied links</source>
        <translation>Die kopierten Links verwerfen</translation>
    </message>
    <message>
        <source>Do not offer these links again</source>
        <translation>Diese Links nicht erneut anbieten</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) copied:</source>
        <translation>
            <numerusform>%n Link kopiert:</numerusform>
            <numerusform>%n Links kopiert:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <source>The system&apos;s settings</source>
        <translation>Einstellungen des Systems</translation>
    </message>
    <message>
        <source>None: connect directly</source>
        <translation>Keiner: direkt verbinden</translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation>Dieser Proxy:</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <source>the system&apos;s proxy settings (the default), none at all (--no-proxy), or this proxy (--proxy URL).</source>
        <translation>die Proxy-Einstellungen des Systems (Standard), gar keiner (--no-proxy) oder dieser Proxy (--proxy URL).</translation>
    </message>
    <message>
        <source>Proxy URL</source>
        <translation>Proxy-URL</translation>
    </message>
    <message>
        <source>go through this proxy: http://[user:password@]host[:port] (port 3128 when none is given) or socks5://host[:port] (1080); socks5h:// lets the proxy resolve names.</source>
        <translation>über diesen Proxy verbinden: http://[benutzer:passwort@]host[:port] (Port 3128, wenn keiner angegeben ist) oder socks5://host[:port] (1080); mit socks5:// löst der Proxy die Namen auf, wenn socks5h:// verwendet wird.</translation>
    </message>
    <message>
        <source>None: the system&apos;s certificates only</source>
        <translation>Keines: nur die Zertifikate des Systems</translation>
    </message>
    <message>
        <source>&amp;Extra CA certificate:</source>
        <translation>Zusätzliches &amp;CA-Zertifikat:</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.der);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>also trust the CA certificates in FILE (PEM or DER), besides the system&apos;s; for a company or test CA.</source>
        <translation>vertraut zusätzlich zu denen des Systems den CA-Zertifikaten in DATEI (PEM oder DER); für eine Firmen- oder Test-CA.</translation>
    </message>
    <message>
        <source>Automatic: HTTP/2 where a TLS server offers it</source>
        <translation>Automatisch: HTTP/2, wo ein TLS-Server es anbietet</translation>
    </message>
    <message>
        <source>HTTP/1.1 only: never use HTTP/2</source>
        <translation>Nur HTTP/1.1: nie HTTP/2 verwenden</translation>
    </message>
    <message>
        <source>HTTP/2 also without TLS (prior knowledge)</source>
        <translation>HTTP/2 auch ohne TLS (Prior Knowledge)</translation>
    </message>
    <message>
        <source>&amp;HTTP version:</source>
        <translation>&amp;HTTP-Version:</translation>
    </message>
    <message>
        <source>HTTP/2 where an https:// server offers it (the default); never HTTP/2, for servers that misbehave with it (--http1); or HTTP/2 from the first byte to http:// servers too, without TLS or an upgrade, for servers that speak it (--http2-prior-knowledge).</source>
        <translation>HTTP/2, wo ein https://-Server es anbietet (Standard); nie HTTP/2, für Server, die damit Probleme haben (--http1); oder HTTP/2 ab dem ersten Byte auch zu http://-Servern, ohne TLS oder Upgrade, für Server, die es sprechen (--http2-prior-knowledge).</translation>
    </message>
</context>
<context>
    <name>CookieFile</name>
    <message>
        <source>%1 tab-separated fields instead of 7</source>
        <translation>%1 durch Tabulatoren getrennte Felder statt 7</translation>
    </message>
    <message>
        <source>bad domain</source>
        <translation>ungültige Domain</translation>
    </message>
    <message>
        <source>the include-subdomains field is neither TRUE nor FALSE</source>
        <translation>das Feld für Subdomains ist weder TRUE noch FALSE</translation>
    </message>
    <message>
        <source>the path does not start with /</source>
        <translation>der Pfad beginnt nicht mit /</translation>
    </message>
    <message>
        <source>the secure field is neither TRUE nor FALSE</source>
        <translation>das Feld „secure“ ist weder TRUE noch FALSE</translation>
    </message>
    <message>
        <source>the expiry is not a number of seconds</source>
        <translation>das Ablaufdatum ist keine Anzahl von Sekunden</translation>
    </message>
    <message>
        <source>the cookie has no name</source>
        <translation>das Cookie hat keinen Namen</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>cookies</source>
        <translation>Cookies</translation>
    </message>
    <message>
        <source>… and %1 more malformed lines</source>
        <translation>… und %1 weitere fehlerhafte Zeilen</translation>
    </message>
    <message>
        <source>Cannot read the cookies file %1: %2</source>
        <translation>Die Cookie-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The cookies file %1 is larger than 64 MB</source>
        <translation>Die Cookie-Datei %1 ist größer als 64 MB</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>DownloadList</name>
    <message numerus="yes">
        <source>Retrying %n download(s)</source>
        <translation>
            <numerusform>%n Download wird erneut versucht</numerusform>
            <numerusform>%n Downloads werden erneut versucht</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a failed, cancelled, waiting or paused download can change its URL</source>
        <translation>Nur ein fehlgeschlagener, abgebrochener, wartender oder pausierter Download kann seine URL ändern</translation>
    </message>
    <message>
        <source>Continuing at %1</source>
        <translation>Weiter mit %1</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n download(s) for updates</source>
        <translation>
            <numerusform>%n Download wird auf Aktualisierungen geprüft</numerusform>
            <numerusform>%n Downloads werden auf Aktualisierungen geprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>The list is empty</source>
        <translation>Die Liste ist leer</translation>
    </message>
</context>
<context>
    <name>DownloadsPage</name>
    <message>
        <source>Chec&amp;k only: download and measure, save nothing</source>
        <translation>Nur &amp;prüfen: herunterladen und messen, nichts speichern</translation>
    </message>
    <message>
        <source>Stop the batch at the &amp;first failure</source>
        <translation>Durchlauf beim &amp;ersten Fehler anhalten</translation>
    </message>
    <message>
        <source>&amp;Skip files an earlier run completed (verified first)</source>
        <translation>Dateien &amp;überspringen, die ein früherer Lauf abgeschlossen hat (vorher geprüft)</translation>
    </message>
    <message>
        <source>O&amp;utput folder:</source>
        <translation>Ziel&amp;ordner:</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Zielordner</translation>
    </message>
    <message>
        <source>where downloaded files are saved; the folder is created when missing.</source>
        <translation>wohin heruntergeladene Dateien gespeichert werden; der Ordner wird angelegt, wenn er fehlt.</translation>
    </message>
    <message>
        <source>fetch every file and measure it (bytes, SHA-256) but save nothing.</source>
        <translation>lädt jede Datei und misst sie (Bytes, SHA-256), speichert aber nichts.</translation>
    </message>
    <message>
        <source>Downloads at o&amp;nce:</source>
        <translation>&amp;Gleichzeitige Downloads:</translation>
    </message>
    <message>
        <source>at most N requests in flight in all, whatever their origin (1 to %1).</source>
        <translation>höchstens N Anfragen gleichzeitig insgesamt, egal zu welchem Ursprung (1 bis %1).</translation>
    </message>
    <message>
        <source>Retr&amp;ies:</source>
        <translation>&amp;Wiederholungen:</translation>
    </message>
    <message>
        <source>retry what can succeed later (timeouts, dropped connections, 429, 5xx) up to N times after the first attempt.</source>
        <translation>wiederholt, was später gelingen kann (Zeitüberschreitungen, abgebrochene Verbindungen, 429, 5xx), bis zu N-mal nach dem ersten Versuch.</translation>
    </message>
    <message>
        <source>Retry de&amp;lay:</source>
        <translation>Verzögerung vor Wieder&amp;holung:</translation>
    </message>
    <message>
        <source>the base delay before a retry, in seconds; it doubles with each attempt, with full jitter.</source>
        <translation>die Grundwartezeit vor einer Wiederholung in Sekunden; sie verdoppelt sich mit jedem Versuch, mit voller Streuung (Jitter).</translation>
    </message>
    <message>
        <source>Lon&amp;gest retry delay:</source>
        <translation>&amp;Längste Verzögerung:</translation>
    </message>
    <message>
        <source>the longest wait before one retry, a server&apos;s Retry-After included.</source>
        <translation>die längste Wartezeit vor einer Wiederholung, ein Retry-After des Servers eingeschlossen.</translation>
    </message>
    <message>
        <source>cancel everything else at the first failure.</source>
        <translation>bricht beim ersten Fehler alles andere ab.</translation>
    </message>
    <message>
        <source>the same as unchecking this box: download again files an earlier run completed. Checked, such a file is verified and kept, never fetched twice.</source>
        <translation>dasselbe wie das Abwählen dieses Kästchens: Dateien, die ein früherer Lauf abgeschlossen hat, erneut herunterladen. Ausgewählt wird eine solche Datei geprüft und behalten, nie zweimal geladen.</translation>
    </message>
    <message>
        <source>Choose a folder to save files into</source>
        <translation>Wählen Sie einen Ordner, in den Dateien gespeichert werden</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation>%1 ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>You cannot write into %1</source>
        <translation>Sie können nicht in %1 schreiben</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>Spra&amp;che:</translation>
    </message>
    <message>
        <source>The language of the window, its numbers, sizes and dates; the system&apos;s unless chosen here.</source>
        <translation>Die Sprache des Fensters, seiner Zahlen, Größen und Datumsangaben; die des Systems, sofern hier keine gewählt ist.</translation>
    </message>
    <message>
        <source>A new language applies at the next start.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Auto: up to %1, in slots that would stay idle</source>
        <translation>Automatisch: bis zu %1, nur in sonst freien Plätzen</translation>
    </message>
    <message>
        <source>Off: one request a file</source>
        <translation>Aus: eine Anfrage je Datei</translation>
    </message>
    <message>
        <source>Up to %1 ranges</source>
        <translation>Bis zu %1 Bereiche</translation>
    </message>
    <message>
        <source>Larg&amp;e files in ranges:</source>
        <translation>&amp;Mehrere Bereiche für große Dateien:</translation>
    </message>
    <message>
        <source>fetch a large file as several byte ranges at once, from a server that allows it. Every range counts against the caps and the rate, and queued files go first. Auto splits only a file whose connection is slow (under %1 MiB/s).</source>
        <translation>lädt eine große Datei in mehreren Byte-Bereichen zugleich, wenn der Server es erlaubt. Jeder Bereich zählt gegen die Obergrenzen und die Rate, und wartende Dateien gehen vor. „Automatisch“ teilt nur eine Datei, deren Verbindung langsam ist (unter %1 MiB/s).</translation>
    </message>
    <message>
        <source>Ranges from si&amp;ze:</source>
        <translation>&amp;Untergrenze für Bereiche:</translation>
    </message>
    <message>
        <source>only files of at least this size are fetched in ranges (512k, 8M).</source>
        <translation>nur Dateien ab dieser Größe werden in Bereichen geladen (512k, 8M).</translation>
    </message>
    <message>
        <source>Not a size: a number of bytes, with k or M (512k, 8M)</source>
        <translation>Keine Größe: eine Anzahl Bytes, mit k oder M (512k, 8M)</translation>
    </message>
</context>
<context>
    <name>ErrorMapping</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>connection refused by %1</source>
        <translation>Verbindung von %1 abgelehnt</translation>
    </message>
    <message>
        <source>connection closed by %1 before a response</source>
        <translation>Verbindung von %1 vor einer Antwort geschlossen</translation>
    </message>
    <message>
        <source>host not found: %1</source>
        <translation>Host nicht gefunden: %1</translation>
    </message>
    <message>
        <source>invalid Content-Length &apos;%1&apos;</source>
        <translation>ungültige Content-Length „%1“</translation>
    </message>
    <message>
        <source>connection ended after %L1 of %L2 bytes (%3)</source>
        <translation>Verbindung nach %L1 von %L2 Bytes beendet (%3)</translation>
    </message>
    <message>
        <source>connection ended after %L1 bytes (%2)</source>
        <translation>Verbindung nach %L1 Bytes beendet (%2)</translation>
    </message>
    <message>
        <source>no connection within %1</source>
        <translation>keine Verbindung innerhalb von %1</translation>
    </message>
    <message>
        <source>no data received for %1</source>
        <translation>seit %1 keine Daten empfangen</translation>
    </message>
    <message>
        <source>item budget used up during attempt %1</source>
        <translation>Zeitbudget des Eintrags in Versuch %1 aufgebraucht</translation>
    </message>
    <message>
        <source>attempt not finished within %1</source>
        <translation>Versuch nicht innerhalb von %1 abgeschlossen</translation>
    </message>
</context>
<context>
    <name>FileSink</name>
    <message>
        <source>%1 is %2, the list expects %3</source>
        <translation>%1 ist %2, die Liste erwartet %3</translation>
    </message>
    <message>
        <source>cannot create output folder %1</source>
        <translation>Zielordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 is being written by another transfer</source>
        <translation>%1 wird gerade von einem anderen Download geschrieben</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>received %L1 of %L2 bytes</source>
        <translation>%L1 von %L2 Bytes empfangen</translation>
    </message>
    <message>
        <source>cannot close %1: %2</source>
        <translation>%1 kann nicht geschlossen werden: %2</translation>
    </message>
    <message>
        <source>%1; kept aside as %2</source>
        <translation>%1; beiseitegelegt als %2</translation>
    </message>
    <message>
        <source>the output folder %1 was removed while downloading</source>
        <translation>der Zielordner %1 wurde während des Downloads entfernt</translation>
    </message>
    <message>
        <source>cannot rename %1: %2</source>
        <translation>%1 kann nicht umbenannt werden: %2</translation>
    </message>
</context>
<context>
    <name>HeaderLine</name>
    <message>
        <source>&quot;Name: value&quot; expected</source>
        <translation>„Name: Wert“ erwartet</translation>
    </message>
    <message>
        <source>the header has no name</source>
        <translation>der Header hat keinen Namen</translation>
    </message>
    <message>
        <source>the header name &quot;%1&quot; has a character names may not have</source>
        <translation>der Header-Name „%1“ enthält ein Zeichen, das Namen nicht enthalten dürfen</translation>
    </message>
    <message>
        <source>the value of %1 has a control character or one beyond Latin-1</source>
        <translation>der Wert von %1 enthält ein Steuerzeichen oder eines außerhalb von Latin-1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>&quot;host: Name: value&quot; expected</source>
        <translation>„host: Name: Wert“ erwartet</translation>
    </message>
    <message>
        <source>no host before the first colon</source>
        <translation>kein Host vor dem ersten Doppelpunkt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name (no scheme, port or path)</source>
        <translation>„%1“ ist kein Hostname (ohne Schema, Port oder Pfad)</translation>
    </message>
</context>
<context>
    <name>HooksPage</name>
    <message>
        <source>Each command runs with /bin/sh -c in the batch&apos;s folder. What happened is in its environment (FANOUT_URL, FANOUT_OUTCOME, FANOUT_FILE, FANOUT_SHA256, …), never in the command&apos;s text. Empty: none.</source>
        <translation>Jeder Befehl läuft mit /bin/sh -c im Ordner des Durchlaufs. Was geschehen ist, steht in seiner Umgebung (FANOUT_URL, FANOUT_OUTCOME, FANOUT_FILE, FANOUT_SHA256, …), nie im Text des Befehls. Leer: keiner.</translation>
    </message>
    <message>
        <source>After each do&amp;wnload:</source>
        <translation>Nach jedem Do&amp;wnload:</translation>
    </message>
    <message>
        <source>run CMD when a download ends, whatever its outcome, with FANOUT_URL, FANOUT_FINAL_URL, FANOUT_OUTCOME, FANOUT_ERROR, FANOUT_HTTP_STATUS, FANOUT_BYTES, FANOUT_FILE, FANOUT_SHA256 and FANOUT_ATTEMPTS in its environment. At most as many run at once as downloads do.</source>
        <translation>führt CMD aus, wenn ein Download endet, wie auch immer, mit FANOUT_URL, FANOUT_FINAL_URL, FANOUT_OUTCOME, FANOUT_ERROR, FANOUT_HTTP_STATUS, FANOUT_BYTES, FANOUT_FILE, FANOUT_SHA256 und FANOUT_ATTEMPTS in seiner Umgebung. Höchstens so viele laufen gleichzeitig wie Downloads.</translation>
    </message>
    <message>
        <source>After each &amp;batch:</source>
        <translation>Nach jedem Durch&amp;lauf:</translation>
    </message>
    <message>
        <source>run CMD once every download of the batch has ended, with FANOUT_TOTAL, FANOUT_OK, FANOUT_FAILED and FANOUT_ELAPSED_MS in its environment (FANOUT_CSV is empty: the window writes no CSV by itself).</source>
        <translation>führt CMD aus, sobald jeder Download des Durchlaufs beendet ist, mit FANOUT_TOTAL, FANOUT_OK, FANOUT_FAILED und FANOUT_ELAPSED_MS in seiner Umgebung (FANOUT_CSV ist leer: Das Fenster schreibt von sich aus keine CSV).</translation>
    </message>
    <message>
        <source>&amp;Kill a hook after:</source>
        <translation>Befehl be&amp;enden nach:</translation>
    </message>
    <message>
        <source>a hook still running after S seconds is killed, with everything it started. A hook never changes a download&apos;s outcome.</source>
        <translation>ein Befehl, der nach S Sekunden noch läuft, wird mit allem, was er gestartet hat, beendet. Ein Befehl ändert nie das Ergebnis eines Downloads.</translation>
    </message>
</context>
<context>
    <name>InputPanel</name>
    <message>
        <source>&amp;Add to list</source>
        <translation>Zur Liste &amp;hinzufügen</translation>
    </message>
    <message>
        <source>URLs to add</source>
        <translation>Hinzuzufügende URLs</translation>
    </message>
    <message>
        <source>Paste URLs here, one per line — or any text with links in it (a web page, Markdown, an e-mail).
After a tab: name=, dir=, md5=/sha1=/sha256=/sha512=, mirror URLs, header=; img[001-250].jpg expands to 250 URLs.
Drop text, links or list files (also aria2, Metalink, results CSV) anywhere on the window.</source>
        <translation>URLs hier einfügen, eine pro Zeile – oder beliebigen Text mit Links darin (eine Webseite, Markdown, eine E-Mail).
Nach einem Tabulator: name=, dir=, md5=/sha1=/sha256=/sha512=, Spiegel-URLs, header=; img[001-250].jpg ergibt 250 URLs.
Text, Links oder Listendateien (auch aria2, Metalink, Ergebnis-CSV) irgendwo auf das Fenster ziehen.</translation>
    </message>
    <message>
        <source>Paste preview</source>
        <translation>Vorschau des Eingefügten</translation>
    </message>
    <message>
        <source>Problems found in the pasted text</source>
        <translation>Probleme im eingefügten Text</translation>
    </message>
    <message>
        <source>Lines that will not be downloaded, and why. Click to show the line.</source>
        <translation>Zeilen, die nicht heruntergeladen werden, und warum. Klicken zeigt die Zeile.</translation>
    </message>
    <message>
        <source>Add the pasted URLs to the download list (Ctrl+Enter)</source>
        <translation>Die eingefügten URLs zur Download-Liste hinzufügen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Add from &amp;File…</source>
        <translation>Aus &amp;Datei hinzufügen…</translation>
    </message>
    <message>
        <source>Add the URLs listed in a text file (Ctrl+O)</source>
        <translation>Die in einer Textdatei aufgeführten URLs hinzufügen (Strg+O)</translation>
    </message>
    <message>
        <source>Clear &amp;Box</source>
        <translation>Feld &amp;leeren</translation>
    </message>
    <message>
        <source>Empty the paste area (the list of downloads stays)</source>
        <translation>Das Einfügefeld leeren (die Download-Liste bleibt)</translation>
    </message>
    <message>
        <source>the clipboard</source>
        <translation>der Zwischenablage</translation>
    </message>
    <message>
        <source>the pasted text</source>
        <translation>dem eingefügten Text</translation>
    </message>
    <message>
        <source>Paste or type URLs above.</source>
        <translation>URLs oben einfügen oder eingeben.</translation>
    </message>
    <message>
        <source>&amp;Add 1 URL</source>
        <translation>1 URL &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Ready to add: 1 URL</source>
        <translation>Bereit zum Hinzufügen: 1 URL</translation>
    </message>
    <message>
        <source>Reading %1 characters…</source>
        <translation>%1 Zeichen werden gelesen…</translation>
    </message>
    <message>
        <source>1 duplicate kept once</source>
        <translation>1 Duplikat nur einmal übernommen</translation>
    </message>
    <message>
        <source>%1 already in the list</source>
        <translation>%1 bereits in der Liste</translation>
    </message>
    <message>
        <source>links picked out of free text</source>
        <translation>Links aus freiem Text herausgesucht</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>the paste area</source>
        <translation>dem Einfügefeld</translation>
    </message>
    <message>
        <source>Reading %1 characters from %2…</source>
        <translation>%1 Zeichen aus %2 werden gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>Added %n URL(s) from %1</source>
        <translation>
            <numerusform>%n URL aus %1 hinzugefügt</numerusform>
            <numerusform>%n URLs aus %1 hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>No URLs found in %1.</source>
        <translation>Keine URLs in %1 gefunden.</translation>
    </message>
    <message>
        <source>… (%1 characters)</source>
        <translation>… (%1 Zeichen)</translation>
    </message>
    <message numerus="yes">
        <source>%n digest(s) (%1)</source>
        <translation>
            <numerusform>%n Prüfsumme (%1)</numerusform>
            <numerusform>%n Prüfsummen (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mirror(s)</source>
        <translation>
            <numerusform>%n Spiegel</numerusform>
            <numerusform>%n Spiegel</numerusform>
        </translation>
    </message>
    <message>
        <source>folder %1</source>
        <translation>Ordner %1</translation>
    </message>
    <message numerus="yes">
        <source>%n header(s)</source>
        <translation>
            <numerusform>%n Header</numerusform>
            <numerusform>%n Header</numerusform>
        </translation>
    </message>
    <message>
        <source>Not added: the text is %1 characters long, more than a list of %2 URLs can be. Split it into smaller lists.</source>
        <translation>Nicht hinzugefügt: Der Text ist %1 Zeichen lang, mehr als eine Liste von %2 URLs sein kann. Teilen Sie ihn in kleinere Listen auf.</translation>
    </message>
    <message>
        <source>Not added: %1 lines are more than the %2 URLs Fanout takes at a time. Split the list into smaller ones.</source>
        <translation>Nicht hinzugefügt: %1 Zeilen sind mehr als die %2 URLs, die Fanout auf einmal annimmt. Teilen Sie die Liste in kleinere auf.</translation>
    </message>
    <message>
        <source>Line %1: already in the list, skipped — %2</source>
        <translation>Zeile %1: bereits in der Liste, übersprungen – %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Line %1: invalid — %2 (%3)</source>
        <translation>Zeile %1: ungültig – %2 (%3)</translation>
    </message>
    <message>
        <source>Line %1: duplicate of line %2, kept once</source>
        <translation>Zeile %1: Duplikat von Zeile %2, nur einmal übernommen</translation>
    </message>
    <message>
        <source>Line %1: range expands to %2 URLs</source>
        <translation>Zeile %1: Bereich ergibt %2 URLs</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n URLs</source>
        <translation>
            <numerusform>%n URL &amp;hinzufügen</numerusform>
            <numerusform>%n URLs &amp;hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready to add: %n URLs</source>
        <translation>
            <numerusform>Bereit zum Hinzufügen: %n URL</numerusform>
            <numerusform>Bereit zum Hinzufügen: %n URLs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicates kept once</source>
        <translation>
            <numerusform>%n Duplikat nur einmal übernommen</numerusform>
            <numerusform>%n Duplikate nur einmal übernommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid (listed, not downloaded)</source>
        <translation>
            <numerusform>%n ungültig (aufgeführt, nicht heruntergeladen)</numerusform>
            <numerusform>%n ungültig (aufgeführt, nicht heruntergeladen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lane</name>
    <message>
        <source>shut down</source>
        <translation>beendet</translation>
    </message>
</context>
<context>
    <name>LineBuilder</name>
    <message>
        <source>the URL %1</source>
        <translation>die URL %1</translation>
    </message>
    <message>
        <source>the %1 %2</source>
        <translation>das Feld %1 %2</translation>
    </message>
    <message>
        <source>the line grew past %1 characters; later fields are left out</source>
        <translation>die Zeile wurde länger als %1 Zeichen; spätere Felder fehlen</translation>
    </message>
    <message>
        <source>holds a TAB, which a list line cannot carry</source>
        <translation>enthält einen Tabulator, den eine Listenzeile nicht aufnehmen kann</translation>
    </message>
    <message>
        <source>holds a line break, which a list line cannot carry</source>
        <translation>enthält einen Zeilenumbruch, den eine Listenzeile nicht aufnehmen kann</translation>
    </message>
</context>
<context>
    <name>ListConverter</name>
    <message>
        <source>a checksum file is not a list: give it with --checksums</source>
        <translation>eine Prüfsummendatei ist keine Liste: mit --checksums angeben</translation>
    </message>
</context>
<context>
    <name>ListFields</name>
    <message>
        <source>unknown field &apos;%1=&apos; (a file name with &apos;=&apos; is given as name=…)</source>
        <translation>unbekanntes Feld „%1=“ (ein Dateiname mit „=“ wird als name=… angegeben)</translation>
    </message>
    <message>
        <source>more than one file name field</source>
        <translation>mehr als ein Dateinamen-Feld</translation>
    </message>
    <message>
        <source>empty name= field</source>
        <translation>leeres Feld name=</translation>
    </message>
    <message>
        <source>more than one dir= field</source>
        <translation>mehr als ein Feld dir=</translation>
    </message>
    <message>
        <source>malformed %1 field (expected %1= and %2 hex digits)</source>
        <translation>fehlerhaftes Feld %1 (erwartet: %1= und %2 Hexadezimalziffern)</translation>
    </message>
    <message>
        <source>more than one %1 field</source>
        <translation>mehr als ein Feld %1</translation>
    </message>
    <message>
        <source>mirror %1: %2</source>
        <translation>Spiegel %1: %2</translation>
    </message>
    <message>
        <source>more than one size= field</source>
        <translation>mehr als ein Feld size=</translation>
    </message>
    <message>
        <source>malformed size field (expected size= and a byte count)</source>
        <translation>fehlerhaftes Feld size (erwartet: size= und eine Byte-Anzahl)</translation>
    </message>
    <message>
        <source>header= field: %1</source>
        <translation>Feld header=: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Fanout</source>
        <translation>Fanout</translation>
    </message>
    <message>
        <source>the clipboard</source>
        <translation>der Zwischenablage</translation>
    </message>
</context>
<context>
    <name>MetalinkReader</name>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>not a Metalink document: the root element is &lt;%1&gt;</source>
        <translation>kein Metalink-Dokument: das Wurzelelement ist &lt;%1&gt;</translation>
    </message>
    <message>
        <source>malformed Metalink at %1: %2</source>
        <translation>fehlerhaftes Metalink in %1: %2</translation>
    </message>
    <message>
        <source>not a Metalink document: no element</source>
        <translation>kein Metalink-Dokument: kein Element</translation>
    </message>
    <message>
        <source>ignored: &lt;url type=&quot;%1&quot;&gt; (only http and https are fetched)</source>
        <translation>ignoriert: &lt;url type=&quot;%1&quot;&gt; (nur http und https werden heruntergeladen)</translation>
    </message>
    <message>
        <source>ignored: hash type %1 (md5, sha-1, sha-256 and sha-512 are checked)</source>
        <translation>ignoriert: Hash-Typ %1 (geprüft werden md5, sha-1, sha-256 und sha-512)</translation>
    </message>
    <message>
        <source>ignored: &lt;metaurl&gt; (torrents and other metalinks)</source>
        <translation>ignoriert: &lt;metaurl&gt; (Torrents und andere Metalinks)</translation>
    </message>
    <message>
        <source>ignored: 1 URL that is not http or https</source>
        <translation>ignoriert: 1 URL, die nicht http oder https ist</translation>
    </message>
    <message numerus="yes">
        <source>ignored: %n URLs that are not http or https</source>
        <translation>
            <numerusform>ignoriert: %n URL, die nicht http oder https ist</numerusform>
            <numerusform>ignoriert: %n URLs, die nicht http oder https sind</numerusform>
        </translation>
    </message>
    <message>
        <source>not converted: the &lt;file&gt; %1 has no &lt;url&gt;</source>
        <translation>nicht übernommen: &lt;file&gt; %1 hat keine &lt;url&gt;</translation>
    </message>
    <message>
        <source>not converted: %1</source>
        <translation>nicht übernommen: %1</translation>
    </message>
</context>
<context>
    <name>Netrc</name>
    <message>
        <source>netrc line %1: %2</source>
        <translation>netrc-Zeile %1: %2</translation>
    </message>
    <message>
        <source>unterminated quote</source>
        <translation>nicht geschlossenes Anführungszeichen</translation>
    </message>
    <message>
        <source>&quot;machine&quot; without a host name</source>
        <translation>„machine“ ohne Hostnamen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; without a value</source>
        <translation>„%1“ ohne Wert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; before any &quot;machine&quot; or &quot;default&quot;</source>
        <translation>„%1“ vor jedem „machine“ oder „default“</translation>
    </message>
    <message>
        <source>&quot;macdef&quot; without a name</source>
        <translation>„macdef“ ohne Namen</translation>
    </message>
    <message>
        <source>unknown keyword</source>
        <translation>unbekanntes Schlüsselwort</translation>
    </message>
    <message>
        <source>Cannot read the netrc file %1: %2</source>
        <translation>Die netrc-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The netrc file %1 is larger than 16 MB</source>
        <translation>Die netrc-Datei %1 ist größer als 16 MB</translation>
    </message>
</context>
<context>
    <name>NextStep</name>
    <message numerus="yes">
        <source>item budget of %1 s used up after %n attempts (last: %2)</source>
        <translation>
            <numerusform>Zeitbudget von %1 s nach %n Versuch aufgebraucht (zuletzt: %2)</numerusform>
            <numerusform>Zeitbudget von %1 s nach %n Versuchen aufgebraucht (zuletzt: %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (the last of %1 URLs tried in %n attempts)</source>
        <translation>
            <numerusform> (die letzte von %1 URLs, probiert in %n Versuch)</numerusform>
            <numerusform> (die letzte von %1 URLs, probiert in %n Versuchen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OriginPolicy</name>
    <message>
        <source>429s</source>
        <translation>429-Antworten</translation>
    </message>
    <message>
        <source>503s</source>
        <translation>503-Antworten</translation>
    </message>
    <message>
        <source>timeouts</source>
        <translation>Zeitüberschreitungen</translation>
    </message>
    <message>
        <source>stalls</source>
        <translation>Stillstände</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>%1 asked to slow down (Retry-After)</source>
        <translation>%1 bittet um Zurückhaltung (Retry-After)</translation>
    </message>
    <message>
        <source>%1 keeps failing: resting, then one probe</source>
        <translation>%1 schlägt wiederholt fehl: Pause, dann ein Testversuch</translation>
    </message>
    <message>
        <source>%1 allows %2 of %3 now (after %4)</source>
        <translation>%1 erlaubt jetzt %2 von %3 (nach %4)</translation>
    </message>
    <message>
        <source>%1 has %2 of %3 in flight (its cap)</source>
        <translation>%1 hat %2 von %3 in Arbeit (seine Obergrenze)</translation>
    </message>
    <message>
        <source>%1 is limited to %2 requests a second</source>
        <translation>%1 ist auf %2 Anfragen pro Sekunde begrenzt</translation>
    </message>
</context>
<context>
    <name>OriginQueues</name>
    <message>
        <source>waiting for a free slot (%1 of %2 in flight)</source>
        <translation>wartet auf einen freien Platz (%1 von %2 laufen)</translation>
    </message>
</context>
<context>
    <name>OutputFolderLabel</name>
    <message>
        <source>Check mode: nothing is saved</source>
        <translation>Prüfmodus: Es wird nichts gespeichert</translation>
    </message>
    <message>
        <source>Saving to %1</source>
        <translation>Speichert nach %1</translation>
    </message>
    <message>
        <source>Change it in Settings (Ctrl+,)</source>
        <translation>In den Einstellungen ändern (Strg+,)</translation>
    </message>
    <message>
        <source>This batch&apos;s own folder, kept until it ends; Settings (Ctrl+,) name %1 for the next one</source>
        <translation>Der eigene Ordner dieses Durchlaufs, bis er endet; die Einstellungen (Strg+,) nennen %1 für den nächsten</translation>
    </message>
</context>
<context>
    <name>PartAtOffsets</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot sync %1: %2</source>
        <translation>%1 kann nicht auf den Datenträger geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>PolitenessPage</name>
    <message>
        <source>&amp;Adapt: fewer at once to an origin that struggles</source>
        <translation>An&amp;passen: weniger gleichzeitig zu einem Ursprung, der Mühe hat</translation>
    </message>
    <message>
        <source>These rules hold per origin: scheme, host and port, so http://example.com and https://example.com:8443 are two origins.</source>
        <translation>Diese Regeln gelten pro Ursprung: Schema, Host und Port; http://example.com und https://example.com:8443 sind also zwei Ursprünge.</translation>
    </message>
    <message>
        <source>Only the global cap</source>
        <translation>Nur die globale Obergrenze</translation>
    </message>
    <message>
        <source>At once per ori&amp;gin:</source>
        <translation>Gleichzeitig pro &amp;Ursprung:</translation>
    </message>
    <message>
        <source>at most N requests in flight to one origin (scheme, host and port); 0 = only the global cap (Downloads at once).</source>
        <translation>höchstens N Anfragen gleichzeitig zu einem Ursprung (Schema, Host und Port); 0 = nur die globale Obergrenze (Gleichzeitige Downloads).</translation>
    </message>
    <message>
        <source> requests/s</source>
        <translation> Anfragen/s</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Keine Grenze</translation>
    </message>
    <message>
        <source>Req&amp;uests a second per origin:</source>
        <translation>Anfragen pro Se&amp;kunde und Ursprung:</translation>
    </message>
    <message>
        <source>at most R requests a second to one origin (scheme, host and port), after a burst of up to R; decimals allowed (0.5 = one every 2 s); 0 = no limit.</source>
        <translation>höchstens R Anfragen pro Sekunde zu einem Ursprung (Schema, Host und Port), nach einem Schub von bis zu R; Dezimalzahlen erlaubt (0,5 = eine alle 2 s); 0 = keine Grenze.</translation>
    </message>
    <message>
        <source>the same as unchecking this box: keep each origin&apos;s allowance fixed. Checked, an origin that answers 429 or 503 or times out gets fewer requests at once, and more again as it recovers.</source>
        <translation>dasselbe wie das Abwählen dieses Kästchens: Die Zuteilung jedes Ursprungs bleibt fest. Ausgewählt bekommt ein Ursprung, der mit 429 oder 503 antwortet oder nicht rechtzeitig antwortet, weniger gleichzeitige Anfragen und wieder mehr, wenn er sich erholt.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message numerus="yes">
        <source> failure(s) in a row</source>
        <translation>
            <numerusform> Fehler in Folge</numerusform>
            <numerusform> Fehlern in Folge</numerusform>
        </translation>
    </message>
    <message>
        <source>Circuit &amp;breaker after:</source>
        <translation>Sic&amp;herung auslösen nach:</translation>
    </message>
    <message>
        <source>stop sending to an origin (scheme, host and port) after N consecutive connection failures or 5xx answers, then probe it with one request; 0 = off.</source>
        <translation>sendet nach N aufeinanderfolgenden Verbindungsfehlern oder 5xx-Antworten nichts mehr an einen Ursprung (Schema, Host und Port) und testet ihn dann mit einer Anfrage; 0 = aus.</translation>
    </message>
    <message>
        <source>Breaker coo&amp;ldown:</source>
        <translation>Abküh&amp;lzeit der Sicherung:</translation>
    </message>
    <message>
        <source>how long an open breaker waits before its probe, in seconds.</source>
        <translation>wie lange eine ausgelöste Sicherung vor ihrem Testversuch wartet, in Sekunden.</translation>
    </message>
    <message>
        <source>bytes/s (500k, 2M)</source>
        <translation>Bytes/s (500k, 2M)</translation>
    </message>
    <message>
        <source>Bandwidth of the &amp;whole batch:</source>
        <translation>Bandbreite des ganzen Durchlau&amp;fs:</translation>
    </message>
    <message>
        <source>at most RATE bytes a second for the whole batch, shared between downloads; k = 1024, M = 1024 k (500k, 1.5M). Empty or 0: no limit. A change applies at once.</source>
        <translation>höchstens RATE Bytes pro Sekunde für den ganzen Durchlauf, auf die Downloads verteilt; k = 1024, M = 1024 k (500k, 1.5M). Leer oder 0: keine Grenze. Eine Änderung gilt sofort.</translation>
    </message>
    <message>
        <source>Not a speed: a number of bytes a second, with k or M (500k, 1.5M)</source>
        <translation>Keine Geschwindigkeit: eine Anzahl Bytes pro Sekunde, mit k oder M (500k, 1.5M)</translation>
    </message>
</context>
<context>
    <name>ProxySpec</name>
    <message>
        <source>The proxy URL is empty</source>
        <translation>Die Proxy-URL ist leer</translation>
    </message>
    <message>
        <source>Not a proxy URL: use http://host:port or socks5://host:port</source>
        <translation>Keine Proxy-URL: http://host:port oder socks5://host:port verwenden</translation>
    </message>
    <message>
        <source>https:// proxies (TLS to the proxy) are not supported; use http:// (https downloads still go through it encrypted)</source>
        <translation>https://-Proxys (TLS zum Proxy) werden nicht unterstützt; verwenden Sie http:// (https-Downloads laufen trotzdem verschlüsselt hindurch)</translation>
    </message>
    <message>
        <source>Only SOCKS5 proxies are supported (socks5:// or socks5h://)</source>
        <translation>Nur SOCKS5-Proxys werden unterstützt (socks5:// oder socks5h://)</translation>
    </message>
    <message>
        <source>Unknown proxy scheme &quot;%1&quot;: use http:// or socks5://</source>
        <translation>Unbekanntes Proxy-Schema „%1“: http:// oder socks5:// verwenden</translation>
    </message>
    <message>
        <source>The proxy URL has no host</source>
        <translation>Die Proxy-URL hat keinen Host</translation>
    </message>
    <message>
        <source>A proxy URL has no path: use scheme://host:port</source>
        <translation>Eine Proxy-URL hat keinen Pfad: schema://host:port verwenden</translation>
    </message>
    <message>
        <source>A proxy URL has no query or fragment: use scheme://host:port</source>
        <translation>Eine Proxy-URL hat keine Abfrage und kein Fragment: schema://host:port verwenden</translation>
    </message>
    <message>
        <source>The proxy port must be between 1 and 65535</source>
        <translation>Der Proxy-Port muss zwischen 1 und 65535 liegen</translation>
    </message>
</context>
<context>
    <name>QuitQuestion</name>
    <message>
        <source>1 download is not finished yet.</source>
        <translation>1 Download ist noch nicht fertig.</translation>
    </message>
    <message>
        <source>Quit Fanout?</source>
        <translation>Fanout beenden?</translation>
    </message>
    <message>
        <source>The list is kept: the next time Fanout starts, it offers to run the rest.</source>
        <translation>Die Liste bleibt erhalten: Beim nächsten Start bietet Fanout an, den Rest auszuführen.</translation>
    </message>
    <message>
        <source>Check mode saves nothing.</source>
        <translation>Der Prüfmodus speichert nichts.</translation>
    </message>
    <message>
        <source>&amp;Quit and continue later</source>
        <translation>&amp;Beenden und später fortsetzen</translation>
    </message>
    <message numerus="yes">
        <source>%n downloads are not finished yet.</source>
        <translation>
            <numerusform>%n Download ist noch nicht fertig.</numerusform>
            <numerusform>%n Downloads sind noch nicht fertig.</numerusform>
        </translation>
    </message>
    <message>
        <source>What was downloaded stays in this folder:</source>
        <translation>Was heruntergeladen wurde, bleibt in diesem Ordner:</translation>
    </message>
    <message>
        <source>The next time Fanout starts, it offers to continue each download where it stopped.</source>
        <translation>Beim nächsten Start bietet Fanout an, jeden Download dort fortzusetzen, wo er aufgehört hat.</translation>
    </message>
    <message>
        <source>Adding the same URLs again continues them where they stopped.</source>
        <translation>Fügen Sie dieselben URLs erneut hinzu, werden sie dort fortgesetzt, wo sie aufgehört haben.</translation>
    </message>
</context>
<context>
    <name>RedirectChain</name>
    <message>
        <source>HTTP %1 without a Location header</source>
        <translation>HTTP %1 ohne Location-Header</translation>
    </message>
    <message>
        <source>invalid redirect target %1</source>
        <translation>ungültiges Weiterleitungsziel %1</translation>
    </message>
    <message>
        <source>redirect to unsupported scheme &apos;%1&apos; (%2)</source>
        <translation>Weiterleitung auf nicht unterstütztes Schema „%1“ (%2)</translation>
    </message>
    <message>
        <source>refused redirect from https to http (%1)</source>
        <translation>Weiterleitung von https auf http abgelehnt (%1)</translation>
    </message>
    <message numerus="yes">
        <source>more than %n redirects</source>
        <translation>
            <numerusform>mehr als %n Weiterleitung</numerusform>
            <numerusform>mehr als %n Weiterleitungen</numerusform>
        </translation>
    </message>
    <message>
        <source>redirect loop at %1</source>
        <translation>Weiterleitungsschleife bei %1</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>&amp;User-Agent:</source>
        <translation>&amp;User-Agent:</translation>
    </message>
    <message>
        <source>what Fanout calls itself to servers; empty for Fanout/&lt;version&gt;.</source>
        <translation>wie sich Fanout gegenüber Servern nennt; leer für Fanout/&lt;Version&gt;.</translation>
    </message>
    <message>
        <source>Referer: https://example.com/
Accept-Language: en</source>
        <translation>Referer: https://example.com/
Accept-Language: de</translation>
    </message>
    <message>
        <source>files.example.com: Authorization: Bearer …</source>
        <translation>files.example.com: Authorization: Bearer …</translation>
    </message>
    <message>
        <source>Extra h&amp;eaders:</source>
        <translation>Zusätzliche &amp;Header:</translation>
    </message>
    <message>
        <source>sent with every request, one &quot;Name: value&quot; a line (the flag is repeated for each).</source>
        <translation>mit jeder Anfrage gesendet, ein „Name: Wert“ pro Zeile (die Option wird für jede wiederholt).</translation>
    </message>
    <message>
        <source>Headers for o&amp;ne host:</source>
        <translation>Header für &amp;einen Host:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Window only&lt;/b&gt; (the headless mode has -H for every host): sent only to that host name, one &quot;host: Name: value&quot; a line. A redirect to another host does not get them.</source>
        <translation>&lt;b&gt;Nur im Fenster&lt;/b&gt; (der Modus ohne Fenster hat -H für jeden Host): nur an diesen Hostnamen gesendet, ein „host: Name: Wert“ pro Zeile. Eine Weiterleitung zu einem anderen Host bekommt sie nicht.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Coo&amp;kies file:</source>
        <translation>&amp;Cookie-Datei:</translation>
    </message>
    <message>
        <source>Cookies file</source>
        <translation>Cookie-Datei</translation>
    </message>
    <message>
        <source>Cookies (*.txt);;All files (*)</source>
        <translation>Cookies (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>start each batch from the cookies in FILE (a cookies.txt in Netscape/Mozilla format, exported from a browser); cookies servers set are kept for the batch. The file is never written.</source>
        <translation>beginnt jeden Durchlauf mit den Cookies aus DATEI (eine cookies.txt im Netscape/Mozilla-Format, aus einem Browser exportiert); Cookies, die Server setzen, bleiben für den Durchlauf erhalten. Die Datei wird nie geschrieben.</translation>
    </message>
    <message>
        <source>Pass&amp;words file (netrc):</source>
        <translation>&amp;Passwortdatei (netrc):</translation>
    </message>
    <message>
        <source>Netrc file</source>
        <translation>Netrc-Datei</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>answer a server&apos;s password challenge with the login and password FILE (.netrc format) gives for its host.</source>
        <translation>beantwortet die Passwortabfrage eines Servers mit dem Login und Passwort, die DATEI (.netrc-Format) für seinen Host nennt.</translation>
    </message>
    <message>
        <source>A control character or one beyond Latin-1 cannot be sent</source>
        <translation>Ein Steuerzeichen oder eines außerhalb von Latin-1 kann nicht gesendet werden</translation>
    </message>
</context>
<context>
    <name>ResultsCsv</name>
    <message>
        <source>a field is longer than %1 characters (or the row has more than %2 fields); row left out</source>
        <translation>ein Feld ist länger als %1 Zeichen (oder die Zeile hat mehr als %2 Felder); Zeile ausgelassen</translation>
    </message>
    <message>
        <source>a quoted field is not closed; row left out</source>
        <translation>ein Feld in Anführungszeichen ist nicht geschlossen; Zeile ausgelassen</translation>
    </message>
    <message>
        <source>not a results CSV: the first row names no url column</source>
        <translation>keine Ergebnis-CSV: die erste Zeile nennt keine Spalte url</translation>
    </message>
    <message>
        <source>the row has no url column; left out</source>
        <translation>die Zeile hat keine Spalte url; ausgelassen</translation>
    </message>
    <message>
        <source>not converted: %1</source>
        <translation>nicht übernommen: %1</translation>
    </message>
</context>
<context>
    <name>ResumeBar</name>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Unfinished batch</source>
        <translation>Unfertiger Durchlauf</translation>
    </message>
    <message>
        <source>Bring the rows back and download what is missing; finished files are kept, part files are continued</source>
        <translation>Die Zeilen zurückholen und herunterladen, was fehlt; fertige Dateien bleiben, Teildateien werden fortgesetzt</translation>
    </message>
    <message>
        <source>Forget the unfinished batch (downloaded files stay on disk)</source>
        <translation>Den unfertigen Durchlauf vergessen (heruntergeladene Dateien bleiben auf der Festplatte)</translation>
    </message>
    <message numerus="yes">
        <source>A batch of %n download(s) did not finish (%1 done, last saved %2).</source>
        <translation>
            <numerusform>Ein Durchlauf mit %n Download wurde nicht fertig (%1 fertig, zuletzt gespeichert %2).</numerusform>
            <numerusform>Ein Durchlauf mit %n Downloads wurde nicht fertig (%1 fertig, zuletzt gespeichert %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>It ran in check mode: nothing is saved.</source>
        <translation>Er lief im Prüfmodus: Es wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>It continues in this folder:</source>
        <translation>Er wird in diesem Ordner fortgesetzt:</translation>
    </message>
    <message>
        <source>It continues in its own folder (Settings stay as they are):</source>
        <translation>Er wird in seinem eigenen Ordner fortgesetzt (die Einstellungen bleiben, wie sie sind):</translation>
    </message>
    <message>
        <source>Resume it?</source>
        <translation>Fortsetzen?</translation>
    </message>
</context>
<context>
    <name>ScheduledStart</name>
    <message>
        <source>Start At</source>
        <translation>Starten um</translation>
    </message>
    <message>
        <source>Start the rows that wait for Start at
HH:MM (local time, the next such moment) or a date and time (2026-12-24T06:00:00+01:00):</source>
        <translation>Die Zeilen, die auf Start warten, starten um
HH:MM (Ortszeit, der nächste solche Zeitpunkt) oder an einem Datum mit Uhrzeit (2026-12-24T06:00:00+01:00):</translation>
    </message>
    <message>
        <source>“%1” is not a time Fanout understands.</source>
        <translation>„%1“ ist keine Zeit, die Fanout versteht.</translation>
    </message>
    <message>
        <source>Starts at %1 (in %2)</source>
        <translation>Start um %1 (in %2)</translation>
    </message>
    <message>
        <source>Queued — starts at %1</source>
        <translation>Wartend – startet um %1</translation>
    </message>
</context>
<context>
    <name>Scheduler</name>
    <message>
        <source>batch deadline of %1 s passed</source>
        <translation>Frist des Stapels von %1 s abgelaufen</translation>
    </message>
    <message>
        <source>fail-fast: stopped after %1 failed</source>
        <translation>sofortiger Abbruch: angehalten, nachdem %1 fehlschlug</translation>
    </message>
    <message>
        <source>cancelled by user</source>
        <translation>abgebrochen durch den Benutzer</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>URL changed</source>
        <translation>URL geändert</translation>
    </message>
</context>
<context>
    <name>SegmentToolTip</name>
    <message>
        <source>%1–%2 %3%</source>
        <translation>%1–%2 %3 %</translation>
    </message>
    <message numerus="yes">
        <source>%n range(s): %1</source>
        <translation>
            <numerusform>%n Bereich: %1</numerusform>
            <numerusform>%n Bereiche: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SegmentedBody</name>
    <message>
        <source>a range request was answered with status %1</source>
        <translation>eine Bereichsanfrage wurde mit Status %1 beantwortet</translation>
    </message>
    <message>
        <source>a range request was answered with another range</source>
        <translation>eine Bereichsanfrage wurde mit einem anderen Bereich beantwortet</translation>
    </message>
    <message>
        <source>a range request was answered with another total length</source>
        <translation>eine Bereichsanfrage wurde mit einer anderen Gesamtlänge beantwortet</translation>
    </message>
    <message>
        <source>the file changed on the server during a segmented download</source>
        <translation>die Datei hat sich während eines segmentierten Downloads auf dem Server geändert</translation>
    </message>
    <message numerus="yes">
        <source>a range failed %n times in a row (HTTP status %1)</source>
        <translation>
            <numerusform>ein Bereich ist %n-mal in Folge fehlgeschlagen (HTTP-Status %1)</numerusform>
            <numerusform>ein Bereich ist %n-mal in Folge fehlgeschlagen (HTTP-Status %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionJournal</name>
    <message>
        <source>cannot read session %1: %2</source>
        <translation>Sitzung %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a Fanout session</source>
        <translation>%1 ist keine Fanout-Sitzung</translation>
    </message>
    <message>
        <source>cannot write session %1: %2</source>
        <translation>Sitzung %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Downloads</source>
        <translation>&amp;Downloads</translation>
    </message>
    <message>
        <source>Where files go, how many at once, retries, failures and completed files</source>
        <translation>Wohin Dateien gehen, wie viele gleichzeitig, Wiederholungen, Fehler und fertige Dateien</translation>
    </message>
    <message>
        <source>&amp;Timeouts</source>
        <translation>&amp;Zeitlimits</translation>
    </message>
    <message>
        <source>How long connecting, silence, one attempt, one item and the batch may take</source>
        <translation>Wie lange Verbindungsaufbau, Stille, ein Versuch, ein Eintrag und der Durchlauf dauern dürfen</translation>
    </message>
    <message>
        <source>&amp;Politeness</source>
        <translation>&amp;Rücksicht</translation>
    </message>
    <message>
        <source>Rules per origin (scheme, host and port) and the batch&apos;s bandwidth</source>
        <translation>Regeln pro Ursprung (Schema, Host und Port) und die Bandbreite des Durchlaufs</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <source>Proxy, extra CA certificate, HTTP/1.1 only</source>
        <translation>Proxy, zusätzliches CA-Zertifikat, nur HTTP/1.1</translation>
    </message>
    <message>
        <source>H&amp;ooks</source>
        <translation>&amp;Befehle</translation>
    </message>
    <message>
        <source>Commands to run after each download and after each batch</source>
        <translation>Befehle nach jedem Download und nach jedem Durchlauf</translation>
    </message>
    <message>
        <source>Re&amp;quests</source>
        <translation>&amp;Anfragen</translation>
    </message>
    <message>
        <source>User-Agent, headers, cookies and passwords sent with requests</source>
        <translation>User-Agent, Header, Cookies und Passwörter, die mit Anfragen gesendet werden</translation>
    </message>
    <message>
        <source>&amp;Restore Defaults</source>
        <translation>&amp;Standardwerte</translation>
    </message>
    <message>
        <source>Put every setting on every tab back to its default (until you press OK)</source>
        <translation>Jede Einstellung auf jedem Reiter auf ihren Standardwert zurücksetzen (bis Sie OK drücken)</translation>
    </message>
    <message>
        <source>To save, fix what is marked in red on the %1 tab.</source>
        <translation>Zum Speichern korrigieren Sie, was auf dem Reiter %1 rot markiert ist.</translation>
    </message>
    <message>
        <source>To save, fix what is marked in red on these tabs: %1.</source>
        <translation>Zum Speichern korrigieren Sie, was auf diesen Reitern rot markiert ist: %1.</translation>
    </message>
    <message>
        <source>&amp;View &amp;&amp; Desktop</source>
        <translation>Fens&amp;ter</translation>
    </message>
    <message>
        <source>Theme, copied links, notifications</source>
        <translation>Design, kopierte Links, Benachrichtigungen</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Ordner wählen</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Datei wählen</translation>
    </message>
</context>
<context>
    <name>StartGate</name>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
</context>
<context>
    <name>SubFolder</name>
    <message>
        <source>empty dir= field</source>
        <translation>leeres Feld dir=</translation>
    </message>
    <message>
        <source>dir= is longer than %1 characters</source>
        <translation>dir= ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>dir= may not contain a backslash (use / between folders)</source>
        <translation>dir= darf keinen Backslash enthalten (/ zwischen Ordnern verwenden)</translation>
    </message>
    <message>
        <source>dir= must be relative to the output folder (it starts with /)</source>
        <translation>dir= muss relativ zum Zielordner sein (es beginnt mit /)</translation>
    </message>
    <message>
        <source>dir= must be relative to the output folder (it starts with a drive letter)</source>
        <translation>dir= muss relativ zum Zielordner sein (es beginnt mit einem Laufwerksbuchstaben)</translation>
    </message>
    <message>
        <source>dir= has more than %1 folders</source>
        <translation>dir= hat mehr als %1 Ordner</translation>
    </message>
    <message>
        <source>dir= has an empty folder name (//)</source>
        <translation>dir= enthält einen leeren Ordnernamen (//)</translation>
    </message>
    <message>
        <source>dir= may not contain &apos;.&apos; or &apos;..&apos; (it must stay inside the output folder)</source>
        <translation>dir= darf weder „.“ noch „..“ enthalten (es muss im Zielordner bleiben)</translation>
    </message>
    <message>
        <source>dir= may not contain an encoded &apos;.&apos;, &apos;..&apos; or separator</source>
        <translation>dir= darf kein kodiertes „.“, „..“ oder Trennzeichen enthalten</translation>
    </message>
    <message>
        <source>dir= folder %1 is not a safe name (no leading dot, control or reserved characters, device names or trailing dots and spaces)</source>
        <translation>Ordner %1 in dir= ist kein sicherer Name (kein Punkt am Anfang, keine Steuer- oder reservierten Zeichen, keine Gerätenamen, keine Punkte und Leerzeichen am Ende)</translation>
    </message>
    <message>
        <source>cannot create output folder %1</source>
        <translation>Zielordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot find output folder %1</source>
        <translation>Zielordner %1 nicht gefunden</translation>
    </message>
    <message>
        <source>refused: %1 is a symbolic link (dir= stays inside the output folder)</source>
        <translation>abgelehnt: %1 ist ein symbolischer Link (dir= bleibt im Zielordner)</translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation>Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder</source>
        <translation>%1 existiert und ist kein Ordner</translation>
    </message>
    <message>
        <source>refused: %1 leads outside the output folder</source>
        <translation>abgelehnt: %1 führt aus dem Zielordner hinaus</translation>
    </message>
</context>
<context>
    <name>SummaryBar</name>
    <message>
        <source>Batch summary</source>
        <translation>Zusammenfassung des Durchlaufs</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Gesamtfortschritt</translation>
    </message>
    <message>
        <source>Progress of the whole batch</source>
        <translation>Fortschritt des ganzen Durchlaufs</translation>
    </message>
    <message>
        <source>Cancel Scheduled Start</source>
        <translation>Geplanten Start abbrechen</translation>
    </message>
    <message>
        <source>The rows keep waiting for Start</source>
        <translation>Die Zeilen warten weiter auf Start</translation>
    </message>
    <message numerus="yes">
        <source>%n downloading</source>
        <translation>
            <numerusform>%n lädt</numerusform>
            <numerusform>%n laden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <translation>
            <numerusform>%n pausiert</numerusform>
            <numerusform>%n pausiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n wartend</numerusform>
            <numerusform>%n wartend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to retry</source>
        <translation>
            <numerusform>%n wartet auf Wiederholung</numerusform>
            <numerusform>%n warten auf Wiederholung</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation>%1 empfangen</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Elapsed %1</source>
        <translation>Vergangen %1</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>Restzeit %1</translation>
    </message>
    <message>
        <source>ETA unknown</source>
        <translation>Restzeit unbekannt</translation>
    </message>
    <message>
        <source>Unfinished %L1</source>
        <translation>Offen %L1</translation>
    </message>
    <message>
        <source>Failed %L1</source>
        <translation>Fehlgeschlagen %L1</translation>
    </message>
    <message>
        <source>Done %L1</source>
        <translation>Fertig %L1</translation>
    </message>
    <message>
        <source>Cancelled %L1</source>
        <translation>Abgebrochen %L1</translation>
    </message>
    <message>
        <source>Invalid %L1</source>
        <translation>Ungültig %L1</translation>
    </message>
    <message>
        <source>File %L1 of %L2</source>
        <translation>Datei %L1 von %L2</translation>
    </message>
</context>
<context>
    <name>ThroughputChart</name>
    <message>
        <source>Throughput chart</source>
        <translation>Durchsatzdiagramm</translation>
    </message>
    <message>
        <source>Throughput (filled) and requests in flight (line) over the batch</source>
        <translation>Durchsatz (gefüllt) und laufende Anfragen (Linie) über den Durchlauf</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>peak %1</source>
        <translation>Spitze %1</translation>
    </message>
    <message numerus="yes">
        <source>at most %n in flight</source>
        <translation>
            <numerusform>höchstens %n gleichzeitig</numerusform>
            <numerusform>höchstens %n gleichzeitig</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeoutsPage</name>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Keine Grenze</translation>
    </message>
    <message>
        <source>0 turns a limit off. An attempt that runs out of time is retried while retries are left; an item or a batch that does is given up.</source>
        <translation>0 schaltet eine Grenze ab. Ein Versuch, dem die Zeit ausgeht, wird wiederholt, solange Wiederholungen übrig sind; ein Eintrag oder Durchlauf, dem sie ausgeht, wird aufgegeben.</translation>
    </message>
    <message>
        <source>Co&amp;nnect timeout:</source>
        <translation>Zeitlimit für Verb&amp;indung:</translation>
    </message>
    <message>
        <source>give up connecting (name lookup, TCP and TLS) after S seconds; 0 = never.</source>
        <translation>gibt den Verbindungsaufbau (Namensauflösung, TCP und TLS) nach S Sekunden auf; 0 = nie.</translation>
    </message>
    <message>
        <source>&amp;Stall timeout:</source>
        <translation>Zeitlimit bei Stillsta&amp;nd:</translation>
    </message>
    <message>
        <source>give up an attempt when nothing arrives for S seconds; 0 = never.</source>
        <translation>gibt einen Versuch auf, wenn S Sekunden lang nichts ankommt; 0 = nie.</translation>
    </message>
    <message>
        <source>Time limit per &amp;attempt:</source>
        <translation>Zeitlimit pro Vers&amp;uch:</translation>
    </message>
    <message>
        <source>give up one attempt S seconds after it starts, however fast data arrives; 0 = no limit.</source>
        <translation>gibt einen Versuch S Sekunden nach seinem Beginn auf, egal wie schnell Daten ankommen; 0 = keine Grenze.</translation>
    </message>
    <message>
        <source>Time limit per &amp;item:</source>
        <translation>Zeitlimit pro &amp;Eintrag:</translation>
    </message>
    <message>
        <source>give up on one file S seconds after its first attempt, all its retries and waits included; 0 = no limit.</source>
        <translation>gibt eine Datei S Sekunden nach ihrem ersten Versuch auf, alle Wiederholungen und Wartezeiten eingeschlossen; 0 = keine Grenze.</translation>
    </message>
    <message>
        <source>Time limit for the &amp;whole batch:</source>
        <translation>Zeitlimit für den &amp;ganzen Durchlauf:</translation>
    </message>
    <message>
        <source>cancel whatever is unfinished S seconds after the batch starts; 0 = no limit.</source>
        <translation>bricht ab, was S Sekunden nach dem Start des Durchlaufs noch offen ist; 0 = keine Grenze.</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>size is %L1 bytes, the list expects %L2</source>
        <translation>Größe ist %L1 Bytes, die Liste erwartet %L2</translation>
    </message>
    <message>
        <source> (sent as HTTP/2 with prior knowledge: does the server speak HTTP/2 without TLS?)</source>
        <translation> (als HTTP/2 mit Vorwissen gesendet: spricht der Server HTTP/2 ohne TLS?)</translation>
    </message>
</context>
<context>
    <name>TransferFormat</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)/s</source>
        <translation>
            <numerusform>%n Byte/s</numerusform>
            <numerusform>%n Bytes/s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation>HTTP-Fehler</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>Stillstand</translation>
    </message>
    <message>
        <source>Cannot connect</source>
        <translation>Verbindung nicht möglich</translation>
    </message>
    <message>
        <source>Host not found</source>
        <translation>Host nicht gefunden</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Sichere Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Redirect failed</source>
        <translation>Weiterleitung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cut short</source>
        <translation>Vorzeitig abgebrochen</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Checksum mismatch</source>
        <translation>Prüfsumme stimmt nicht</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <source>%1 of an unknown size</source>
        <translation>%1 von unbekannter Größe</translation>
    </message>
    <message>
        <source>%1, %2 of %3</source>
        <extracomment>&quot;42%, 1.31 MiB of 3.00 MiB&quot;</extracomment>
        <translation>%1, %2 von %3</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>A share of a download, &quot;42%&quot;: French writes a (no-break) space before the sign</extracomment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Bad Request</source>
        <translation>Ungültige Anfrage</translation>
    </message>
    <message>
        <source>Unauthorized</source>
        <translation>Nicht autorisiert</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>Verboten</translation>
    </message>
    <message>
        <source>Not Found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Method Not Allowed</source>
        <translation>Methode nicht erlaubt</translation>
    </message>
    <message>
        <source>Request Timeout</source>
        <translation>Zeitüberschreitung der Anfrage</translation>
    </message>
    <message>
        <source>Gone</source>
        <translation>Nicht mehr vorhanden</translation>
    </message>
    <message>
        <source>Range Not Satisfiable</source>
        <translation>Bereich nicht erfüllbar</translation>
    </message>
    <message>
        <source>Too Many Requests</source>
        <translation>Zu viele Anfragen</translation>
    </message>
    <message>
        <source>Internal Server Error</source>
        <translation>Interner Serverfehler</translation>
    </message>
    <message>
        <source>Bad Gateway</source>
        <translation>Fehlerhaftes Gateway</translation>
    </message>
    <message>
        <source>Service Unavailable</source>
        <translation>Dienst nicht verfügbar</translation>
    </message>
    <message>
        <source>Gateway Timeout</source>
        <translation>Zeitüberschreitung am Gateway</translation>
    </message>
</context>
<context>
    <name>TransferModel</name>
    <message>
        <source>Queued</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>Wartet auf Wiederholung</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Lädt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Vergangen</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Estimated time left for this download</source>
        <translation>Geschätzte Restzeit für diesen Download</translation>
    </message>
    <message>
        <source>Queued — press Start</source>
        <translation>Wartend – Start drücken</translation>
    </message>
    <message>
        <source>Queued — paused</source>
        <translation>Wartend – pausiert</translation>
    </message>
    <message>
        <source>Waiting %1 s — %2</source>
        <translation>Wartet %1 s – %2</translation>
    </message>
    <message>
        <source>Queued — %1</source>
        <translation>Wartend – %1</translation>
    </message>
    <message>
        <source>Retrying (attempt %1 of %2)</source>
        <translation>Wird wiederholt (Versuch %1 von %2)</translation>
    </message>
    <message>
        <source>Retry in %1 s (attempt %2 of %3)</source>
        <translation>Wiederholung in %1 s (Versuch %2 von %3)</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Downloading (attempt %1 of %2)</source>
        <translation>Lädt (Versuch %1 von %2)</translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation>Ungültig: %1</translation>
    </message>
    <message>
        <source>Done — already complete, verified</source>
        <translation>Fertig – bereits vollständig, geprüft</translation>
    </message>
    <message>
        <source>Done — already complete</source>
        <translation>Fertig – bereits vollständig</translation>
    </message>
    <message>
        <source>Done — verified</source>
        <translation>Fertig – geprüft</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>not finished when exported (%1)</source>
        <translation>beim Export nicht fertig (%1)</translation>
    </message>
</context>
<context>
    <name>TransferView</name>
    <message>
        <source>Show downloads by state</source>
        <translation>Downloads nach Zustand anzeigen</translation>
    </message>
    <message>
        <source>Every download (Alt+1)</source>
        <translation>Alle Downloads (Alt+1)</translation>
    </message>
    <message>
        <source>Queued, downloading, paused and waiting to retry (Alt+2)</source>
        <translation>Wartend, ladend, pausiert und auf Wiederholung wartend (Alt+2)</translation>
    </message>
    <message>
        <source>Failed (Alt+3)</source>
        <translation>Fehlgeschlagen (Alt+3)</translation>
    </message>
    <message>
        <source>Finished successfully (Alt+4)</source>
        <translation>Erfolgreich abgeschlossen (Alt+4)</translation>
    </message>
    <message>
        <source>Cancelled (Alt+5)</source>
        <translation>Abgebrochen (Alt+5)</translation>
    </message>
    <message>
        <source>Lines that are not URLs Fanout can fetch (Alt+6)</source>
        <translation>Zeilen, die keine URLs sind, die Fanout laden kann (Alt+6)</translation>
    </message>
    <message>
        <source>Search downloads</source>
        <translation>Downloads durchsuchen</translation>
    </message>
    <message>
        <source>Search URL, file or error (Ctrl+F)</source>
        <translation>URL, Datei oder Fehler suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Escape clears the search</source>
        <translation>Escape leert die Suche</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>UrlCheck</name>
    <message>
        <source>URL too long (%L1 characters, the limit is %L2)</source>
        <translation>URL zu lang (%L1 Zeichen, die Grenze ist %L2)</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>enthält Steuerzeichen</translation>
    </message>
    <message>
        <source>contains invalid characters (the input is not valid UTF-8)</source>
        <translation>enthält ungültige Zeichen (die Eingabe ist kein gültiges UTF-8)</translation>
    </message>
    <message>
        <source>not a URL</source>
        <translation>keine URL</translation>
    </message>
    <message>
        <source>unsupported scheme &apos;%1&apos; (only http and https)</source>
        <translation>nicht unterstütztes Schema „%1“ (nur http und https)</translation>
    </message>
    <message>
        <source>not a valid URL</source>
        <translation>keine gültige URL</translation>
    </message>
    <message>
        <source>missing host</source>
        <translation>Host fehlt</translation>
    </message>
</context>
<context>
    <name>UrlIntake</name>
    <message>
        <source>an aria2 input file</source>
        <translation>aria2-Eingabedatei</translation>
    </message>
    <message>
        <source>a Metalink document</source>
        <translation>Metalink-Dokument</translation>
    </message>
    <message>
        <source>a results CSV</source>
        <translation>Ergebnis-CSV</translation>
    </message>
    <message>
        <source>a checksum file</source>
        <translation>Prüfsummendatei</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a URL list</source>
        <translation>%1 ist zu groß für eine URL-Liste</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Cannot read %1 as %2: %3</source>
        <translation>%1 kann nicht als %2 gelesen werden: %3</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Read %1 as %2; %n note(s): %3</source>
        <translation>
            <numerusform>%1 als %2 gelesen; %n Hinweis: %3</numerusform>
            <numerusform>%1 als %2 gelesen; %n Hinweise: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Read %1 as %2</source>
        <translation>%1 als %2 gelesen</translation>
    </message>
    <message>
        <source>No checksum line in %1</source>
        <translation>Keine Prüfsummenzeile in %1</translation>
    </message>
    <message>
        <source>%1 is a checksum file: its digests attach to the URLs in the paste area, which is empty. Paste or open the list first.</source>
        <translation>%1 ist eine Prüfsummendatei: Ihre Prüfsummen gehören zu den URLs im Einfügefeld, das leer ist. Fügen Sie zuerst die Liste ein oder öffnen Sie sie.</translation>
    </message>
    <message numerus="yes">
        <source>%n URL(s) in the paste area got a checksum from %1</source>
        <translation>
            <numerusform>%n URL im Einfügefeld hat eine Prüfsumme aus %1 erhalten</numerusform>
            <numerusform>%n URLs im Einfügefeld haben eine Prüfsumme aus %1 erhalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n name(s) in it match no URL: %1</source>
        <translation>
            <numerusform>; %n Name darin passt zu keiner URL: %1</numerusform>
            <numerusform>; %n Namen darin passen zu keiner URL: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Add URLs from a file</source>
        <translation>URLs aus einer Datei hinzufügen</translation>
    </message>
    <message>
        <source>Lists (*.txt *.csv *.list *.meta4 *.metalink *.aria2);;All files (*)</source>
        <translation>Listen (*.txt *.csv *.list *.meta4 *.metalink *.aria2);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Add checksums to the URLs in the paste area</source>
        <translation>Prüfsummen zu den URLs im Einfügefeld hinzufügen</translation>
    </message>
    <message>
        <source>Checksum files (*SUMS* *sums* *.sha256 *.sha512 *.sha1 *.md5 *.txt);;All files (*)</source>
        <translation>Prüfsummendateien (*SUMS* *sums* *.sha256 *.sha512 *.sha1 *.md5 *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The clipboard holds no text</source>
        <translation>Die Zwischenablage enthält keinen Text</translation>
    </message>
    <message>
        <source>the clipboard</source>
        <translation>der Zwischenablage</translation>
    </message>
    <message>
        <source>the dropped text</source>
        <translation>dem abgelegten Text</translation>
    </message>
</context>
<context>
    <name>UrlList</name>
    <message>
        <source>URL too long (%L1 characters, the limit is %L2)</source>
        <translation>URL zu lang (%L1 Zeichen, die Grenze ist %L2)</translation>
    </message>
    <message>
        <source>line too long (%L1 characters, the limit is %L2)</source>
        <translation>Zeile zu lang (%L1 Zeichen, die Grenze ist %L2)</translation>
    </message>
    <message>
        <source>a file name, digest or mirror cannot apply to a range of URLs</source>
        <translation>ein Dateiname, eine Prüfsumme oder ein Spiegel kann nicht für einen URL-Bereich gelten</translation>
    </message>
</context>
<context>
    <name>UrlRange</name>
    <message>
        <source>malformed range: no closing &apos;]&apos;</source>
        <translation>fehlerhafter Bereich: kein schließendes „]“</translation>
    </message>
    <message>
        <source>malformed range %1: number too large</source>
        <translation>fehlerhafter Bereich %1: Zahl zu groß</translation>
    </message>
    <message>
        <source>malformed range %1</source>
        <translation>fehlerhafter Bereich %1</translation>
    </message>
    <message>
        <source>reversed range %1</source>
        <translation>umgekehrter Bereich %1</translation>
    </message>
    <message>
        <source>range expands to %L1 URLs, more than the limit %L2</source>
        <translation>Bereich ergibt %L1 URLs, mehr als die Grenze %L2</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>Add from &amp;File…</source>
        <translation>Aus &amp;Datei hinzufügen…</translation>
    </message>
    <message>
        <source>Add the URLs listed in a file: a list, an aria2 input file, a Metalink document or a results CSV</source>
        <translation>Die URLs aus einer Datei hinzufügen: eine Liste, eine aria2-Eingabedatei, ein Metalink-Dokument oder eine Ergebnis-CSV</translation>
    </message>
    <message>
        <source>Add &amp;Checksums…</source>
        <translation>&amp;Prüfsummen hinzufügen…</translation>
    </message>
    <message>
        <source>Attach the digests of a checksum file (SHA256SUMS, …) to the URLs in the paste area, by file name</source>
        <translation>Die Prüfsummen einer Prüfsummendatei (SHA256SUMS, …) nach Dateinamen den URLs im Einfügefeld zuordnen</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Save one line per download, as the headless mode&apos;s --csv</source>
        <translation>Eine Zeile pro Download speichern, wie --csv im Modus ohne Fenster</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close Fanout</source>
        <translation>Fanout schließen</translation>
    </message>
    <message>
        <source>&amp;Paste URLs</source>
        <translation>URLs &amp;einfügen</translation>
    </message>
    <message>
        <source>Add the URLs on the clipboard</source>
        <translation>Die URLs aus der Zwischenablage hinzufügen</translation>
    </message>
    <message>
        <source>Go to the Paste &amp;Area</source>
        <translation>Zum Einfüge&amp;feld</translation>
    </message>
    <message>
        <source>Move the focus to the paste area</source>
        <translation>Den Fokus in das Einfügefeld setzen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Search the downloads by URL, file or error</source>
        <translation>Die Downloads nach URL, Datei oder Fehler durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Start downloading the rows that wait for Start</source>
        <translation>Die Zeilen herunterladen, die auf Start warten</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>Pause or resume every download</source>
        <translation>Alle Downloads pausieren oder fortsetzen</translation>
    </message>
    <message>
        <source>Start a&amp;t…</source>
        <translation>Starten &amp;um…</translation>
    </message>
    <message>
        <source>Start the rows that wait for Start at a time you choose</source>
        <translation>Die Zeilen, die auf Start warten, zu einer gewählten Zeit starten</translation>
    </message>
    <message>
        <source>Start downloads as soon as they are a&amp;dded</source>
        <translation>Downloads sofort beim &amp;Hinzufügen starten</translation>
    </message>
    <message>
        <source>On: added URLs start at once. Off: they wait for Start, also after an earlier batch has finished</source>
        <translation>Ein: Hinzugefügte URLs starten sofort. Aus: Sie warten auf Start, auch nachdem ein früherer Durchlauf beendet ist</translation>
    </message>
    <message>
        <source>Cancel &amp;All</source>
        <translation>&amp;Alle abbrechen</translation>
    </message>
    <message>
        <source>Cancel every download that has not finished</source>
        <translation>Jeden Download abbrechen, der nicht fertig ist</translation>
    </message>
    <message>
        <source>Retry &amp;Failed</source>
        <translation>Fehlschläge wie&amp;derholen</translation>
    </message>
    <message>
        <source>Run every failed download again</source>
        <translation>Jeden fehlgeschlagenen Download erneut ausführen</translation>
    </message>
    <message>
        <source>C&amp;lear List…</source>
        <translation>&amp;Liste leeren…</translation>
    </message>
    <message>
        <source>Cancel every download and empty the list</source>
        <translation>Jeden Download abbrechen und die Liste leeren</translation>
    </message>
    <message>
        <source>Cop&amp;y Failed URLs</source>
        <translation>Fehlgeschlagene URLs &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the URLs of the failed downloads, one per line</source>
        <translation>Die URLs der fehlgeschlagenen Downloads kopieren, eine pro Zeile</translation>
    </message>
    <message>
        <source>Export Failed as &amp;List…</source>
        <translation>Fehlgeschlagene als &amp;Liste exportieren…</translation>
    </message>
    <message>
        <source>Save the downloads that did not end ok as a list that runs them again (names, folders, digests, mirrors kept; as --failed-list)</source>
        <translation>Die nicht erfolgreichen Downloads als Liste speichern, die sie erneut ausführt (Namen, Ordner, Prüfsummen, Spiegel bleiben erhalten; wie --failed-list)</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Output folder, parallel downloads, timeouts, retries</source>
        <translation>Zielordner, parallele Downloads, Zeitlimits, Wiederholungen</translation>
    </message>
    <message>
        <source>Show &amp;All</source>
        <translation>&amp;Alle anzeigen</translation>
    </message>
    <message>
        <source>Show every download</source>
        <translation>Jeden Download anzeigen</translation>
    </message>
    <message>
        <source>Show &amp;Unfinished</source>
        <translation>&amp;Offene anzeigen</translation>
    </message>
    <message>
        <source>Show queued, downloading, paused and retrying downloads</source>
        <translation>Wartende, ladende, pausierte und auf Wiederholung wartende Downloads anzeigen</translation>
    </message>
    <message>
        <source>Show &amp;Failed</source>
        <translation>&amp;Fehlgeschlagene anzeigen</translation>
    </message>
    <message>
        <source>Show failed downloads</source>
        <translation>Fehlgeschlagene Downloads anzeigen</translation>
    </message>
    <message>
        <source>Show &amp;Done</source>
        <translation>F&amp;ertige anzeigen</translation>
    </message>
    <message>
        <source>Show finished downloads</source>
        <translation>Fertige Downloads anzeigen</translation>
    </message>
    <message>
        <source>Show Ca&amp;ncelled</source>
        <translation>A&amp;bgebrochene anzeigen</translation>
    </message>
    <message>
        <source>Show cancelled downloads</source>
        <translation>Abgebrochene Downloads anzeigen</translation>
    </message>
    <message>
        <source>Show &amp;Invalid</source>
        <translation>U&amp;ngültige anzeigen</translation>
    </message>
    <message>
        <source>Show the lines that are not URLs Fanout can fetch</source>
        <translation>Die Zeilen anzeigen, die keine URLs sind, die Fanout laden kann</translation>
    </message>
    <message>
        <source>Retr&amp;y</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Run the selected downloads again</source>
        <translation>Die ausgewählten Downloads erneut ausführen</translation>
    </message>
    <message>
        <source>C&amp;heck for Updates</source>
        <translation>Auf A&amp;ktualisierungen prüfen</translation>
    </message>
    <message>
        <source>Ask whether the selected finished downloads changed on the server; a new version replaces a file you have not changed</source>
        <translation>Fragen, ob sich die ausgewählten fertigen Downloads auf dem Server geändert haben; eine neue Version ersetzt eine Datei, die Sie nicht verändert haben</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <source>Cancel the selected downloads</source>
        <translation>Die ausgewählten Downloads abbrechen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Entfe&amp;rnen</translation>
    </message>
    <message>
        <source>Cancel and remove the selected rows</source>
        <translation>Die ausgewählten Zeilen abbrechen und entfernen</translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation>&amp;URL kopieren</translation>
    </message>
    <message>
        <source>Copy the selected URLs</source>
        <translation>Die ausgewählten URLs kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Error</source>
        <translation>Fe&amp;hler kopieren</translation>
    </message>
    <message>
        <source>Copy the errors of the selected rows</source>
        <translation>Die Fehler der ausgewählten Zeilen kopieren</translation>
    </message>
    <message>
        <source>&amp;Open File</source>
        <translation>Datei &amp;öffnen</translation>
    </message>
    <message>
        <source>Open the downloaded file</source>
        <translation>Die heruntergeladene Datei öffnen</translation>
    </message>
    <message>
        <source>Open Contai&amp;ning Folder</source>
        <translation>Enthaltenden &amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Show the downloaded file in its folder</source>
        <translation>Die heruntergeladene Datei in ihrem Ordner zeigen</translation>
    </message>
    <message>
        <source>L&amp;imit Speed…</source>
        <translation>&amp;Geschwindigkeit begrenzen…</translation>
    </message>
    <message>
        <source>Cap the download speed of the selected rows (0 lifts the cap)</source>
        <translation>Die Download-Geschwindigkeit der ausgewählten Zeilen begrenzen (0 hebt die Grenze auf)</translation>
    </message>
    <message>
        <source>Chan&amp;ge URL…</source>
        <translation>URL ä&amp;ndern…</translation>
    </message>
    <message>
        <source>Go on from another URL: the part file is continued when the new URL serves the same file, and the list&apos;s digests still apply</source>
        <translation>Von einer anderen URL weitermachen: Die Teildatei wird fortgesetzt, wenn die neue URL dieselbe Datei liefert, und die Prüfsummen der Liste gelten weiter</translation>
    </message>
    <message>
        <source>Copy Failed URLs</source>
        <comment>toolbar button</comment>
        <translation>Fehler-URLs kopieren</translation>
    </message>
    <message>
        <source>&amp;Watch the Clipboard</source>
        <translation>&amp;Zwischenablage überwachen</translation>
    </message>
    <message>
        <source>Offer the links of text copied in any program (never added without Add)</source>
        <translation>Die Links aus Text anbieten, der in einem beliebigen Programm kopiert wird (hinzugefügt wird erst mit Hinzufügen)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>The desktop&apos;s colours</source>
        <translation>Die Farben des Desktops</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>Light colours</source>
        <translation>Helle Farben</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Dark colours</source>
        <translation>Dunkle Farben</translation>
    </message>
</context>
<context>
    <name>WindowCommands</name>
    <message>
        <source>Paused: running downloads hold, none start</source>
        <translation>Pausiert: Laufende Downloads halten an, keiner startet</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Fortgesetzt</translation>
    </message>
    <message>
        <source>Limit Speed</source>
        <translation>Geschwindigkeit begrenzen</translation>
    </message>
    <message>
        <source>Bytes a second for the selected rows (500k, 2M; 0 = none):</source>
        <translation>Bytes pro Sekunde für die ausgewählten Zeilen (500k, 2M; 0 = keine Grenze):</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a speed such as 500k or 2M</source>
        <translation>„%1“ ist keine Geschwindigkeit wie 500k oder 2M</translation>
    </message>
    <message>
        <source>Select one row to change its URL</source>
        <translation>Wählen Sie eine Zeile, um ihre URL zu ändern</translation>
    </message>
    <message>
        <source>Change URL</source>
        <translation>URL ändern</translation>
    </message>
    <message>
        <source>Go on from this URL (the part file is continued when it serves the same file):</source>
        <translation>Von dieser URL weitermachen (die Teildatei wird fortgesetzt, wenn sie dieselbe Datei liefert):</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) capped at %1/s</source>
        <translation>
            <numerusform>%n Zeile auf %1/s begrenzt</numerusform>
            <numerusform>%n Zeilen auf %1/s begrenzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Speed cap lifted for %n row(s)</source>
        <translation>
            <numerusform>Geschwindigkeitsgrenze für %n Zeile aufgehoben</numerusform>
            <numerusform>Geschwindigkeitsgrenze für %n Zeilen aufgehoben</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied 1 line</source>
        <translation>1 Zeile kopiert</translation>
    </message>
    <message>
        <source>No downloaded file for this row yet</source>
        <translation>Für diese Zeile gibt es noch keine heruntergeladene Datei</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%n download(s) not ok written to %1 — add it to run them again</source>
        <translation>
            <numerusform>%n nicht erfolgreicher Download in %1 geschrieben – fügen Sie die Datei hinzu, um ihn erneut auszuführen</numerusform>
            <numerusform>%n nicht erfolgreiche Downloads in %1 geschrieben – fügen Sie die Datei hinzu, um sie erneut auszuführen</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed downloads as a list</source>
        <translation>Fehlgeschlagene Downloads als Liste exportieren</translation>
    </message>
    <message>
        <source>Lists (*.txt)</source>
        <translation>Listen (*.txt)</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n lines</source>
        <translation>
            <numerusform>%n Zeile kopiert</numerusform>
            <numerusform>%n Zeilen kopiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s); %1 not finished yet are marked cancelled</source>
        <translation>
            <numerusform>%n Zeile exportiert; %1 noch nicht fertige sind als abgebrochen markiert</numerusform>
            <numerusform>%n Zeilen exportiert; %1 noch nicht fertige sind als abgebrochen markiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>%n Zeile nach %1 exportiert</numerusform>
            <numerusform>%n Zeilen nach %1 exportiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowHooks</name>
    <message>
        <source>The hook after %1: %2</source>
        <translation>Der Befehl nach %1: %2</translation>
    </message>
    <message>
        <source>The hook after the batch: %1</source>
        <translation>Der Befehl nach dem Durchlauf: %1</translation>
    </message>
    <message>
        <source>did not finish in time</source>
        <translation>wurde nicht rechtzeitig fertig</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>killed by a signal</source>
        <translation>durch ein Signal beendet</translation>
    </message>
    <message>
        <source>failed with exit code %1</source>
        <translation>mit Exit-Code %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>cannot start: %1</source>
        <translation>kann nicht starten: %1</translation>
    </message>
    <message>
        <source>finished ok</source>
        <translation>erfolgreich beendet</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Downloads</source>
        <translation>Do&amp;wnloads</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
</context>
<context>
    <name>WindowPage</name>
    <message>
        <source>Offer links copied to the clip&amp;board</source>
        <translation>In die Zwischenablage kopierte &amp;Links anbieten</translation>
    </message>
    <message>
        <source>Notif&amp;y when a batch ends while the window is in the background</source>
        <translation>Be&amp;nachrichtigen, wenn ein Durchlauf endet, während das Fenster im Hintergrund ist</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>Des&amp;ign:</translation>
    </message>
    <message>
        <source>The window&apos;s colours: the desktop&apos;s (System), or Fanout&apos;s own Light or Dark. Also in View ▸ Theme.</source>
        <translation>Die Farben des Fensters: die des Desktops (System) oder Fanouts eigenes Hell oder Dunkel. Auch unter Ansicht ▸ Design.</translation>
    </message>
    <message>
        <source>When text with http(s) links is copied in any program, a bar over the table offers to add the links not in the list yet. Nothing is added without Add. Also in Edit ▸ Watch the Clipboard.</source>
        <translation>Wird in einem beliebigen Programm Text mit http(s)-Links kopiert, bietet eine Leiste über der Tabelle an, die Links hinzuzufügen, die noch nicht in der Liste sind. Ohne Hinzufügen wird nichts hinzugefügt. Auch unter Bearbeiten ▸ Zwischenablage überwachen.</translation>
    </message>
    <message>
        <source>One desktop notification says how many downloads are ok and how many failed; clicking it brings the window back.</source>
        <translation>Eine Desktop-Benachrichtigung meldet, wie viele Downloads erfolgreich waren und wie viele fehlgeschlagen sind; ein Klick darauf holt das Fenster zurück.</translation>
    </message>
</context>
<context>
    <name>runGui</name>
    <message>
        <source>the command line</source>
        <translation>der Befehlszeile</translation>
    </message>
</context>
</TS>
