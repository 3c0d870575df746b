<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AppSettings</name>
    <message>
        <source>Cannot read the CA certificate %1: %2</source>
        <translation>Impossible de lire le certificat d&apos;autorité %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No certificate found in %1</source>
        <translation>Aucun certificat trouvé dans %1</translation>
    </message>
</context>
<context>
    <name>Aria2Input</name>
    <message>
        <source>aria2 option line without a URI line before it; ignored</source>
        <translation>ligne d’option aria2 sans ligne d’URI avant elle ; ignorée</translation>
    </message>
    <message>
        <source>non-URL</source>
        <translation>non-URL</translation>
    </message>
    <message>
        <source>ignored: %1 URI (only http and https are fetched)</source>
        <translation>ignoré : URI %1 (seuls http et https sont téléchargés)</translation>
    </message>
    <message>
        <source>not an aria2 option (expected NAME=VALUE)</source>
        <translation>pas une option aria2 (attendu : NOM=VALEUR)</translation>
    </message>
    <message>
        <source>the aria2 option %1 %2</source>
        <translation>l’option aria2 %1 %2</translation>
    </message>
    <message>
        <source>malformed aria2 checksum (expected checksum=ALGO=HEX)</source>
        <translation>somme de contrôle aria2 mal formée (attendu : checksum=ALGO=HEX)</translation>
    </message>
    <message>
        <source>ignored: checksum algorithm %1 (md5, sha-1, sha-256 and sha-512 are checked)</source>
        <translation>ignoré : algorithme de somme de contrôle %1 (md5, sha-1, sha-256 et sha-512 sont vérifiés)</translation>
    </message>
    <message>
        <source>ignored: aria2 option %1</source>
        <translation>ignoré : option aria2 %1</translation>
    </message>
    <message>
        <source>not converted: %1</source>
        <translation>non converti : %1</translation>
    </message>
</context>
<context>
    <name>AuthPrompter</name>
    <message>
        <source>Proxy password</source>
        <translation>Mot de passe du proxy</translation>
    </message>
    <message>
        <source>Password needed</source>
        <translation>Mot de passe requis</translation>
    </message>
    <message>
        <source>The proxy %1 asks for a user name and password.</source>
        <translation>Le proxy %1 demande un nom d&apos;utilisateur et un mot de passe.</translation>
    </message>
    <message>
        <source>%1 asks for a user name and password.</source>
        <translation>%1 demande un nom d&apos;utilisateur et un mot de passe.</translation>
    </message>
    <message>
        <source>1 download waits for them.</source>
        <translation>1 téléchargement les attend.</translation>
    </message>
    <message>
        <source>They are used for this batch only and are never saved.</source>
        <translation>Ils ne servent que pour ce lot et ne sont jamais enregistrés.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n downloads wait for them.</source>
        <translation>
            <numerusform>%n téléchargement les attend.</numerusform>
            <numerusform>%n téléchargements les attendent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchNotifier</name>
    <message numerus="yes">
        <source>%n download(s) ok</source>
        <translation>
            <numerusform>%n téléchargement réussi</numerusform>
            <numerusform>%n téléchargements réussis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n annulé</numerusform>
            <numerusform>%n annulés</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch finished</source>
        <translation>Lot terminé</translation>
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
        <translation>Impossible d&apos;enregistrer la session&#xa0;: %1</translation>
    </message>
    <message>
        <source>This batch goes on in %1; the new folder is for the next batch</source>
        <translation>Ce lot continue dans %1&#xa0;; le nouveau dossier servira au lot suivant</translation>
    </message>
    <message>
        <source>The list saves to %1: clear it or let it finish first</source>
        <translation>La liste enregistre dans %1&#xa0;: videz-la ou laissez-la d&apos;abord se terminer</translation>
    </message>
    <message>
        <source>Resumed in %1: %2 finished earlier, %3 to download</source>
        <translation>Repris dans %1&#xa0;: %2 déjà terminés, %3 à télécharger</translation>
    </message>
    <message>
        <source>Batch finished: %1 ok, %2 failed, %3 cancelled</source>
        <translation>Lot terminé&#xa0;: %1 réussis, %2 en échec, %3 annulés</translation>
    </message>
</context>
<context>
    <name>BodyOpener</name>
    <message>
        <source>HTTP 206 for a request without Range</source>
        <translation>HTTP 206 pour une requête sans Range</translation>
    </message>
</context>
<context>
    <name>ChecksumAttacher</name>
    <message>
        <source>%1: the list&apos;s %2 differs from line %3 of the checksum file; the list&apos;s is kept</source>
        <translation>%1 : le %2 de la liste diffère de la ligne %3 du fichier de sommes de contrôle ; celui de la liste est conservé</translation>
    </message>
</context>
<context>
    <name>ChecksumFile</name>
    <message>
        <source>ignored: %1 digests are not checked (MD5, SHA1, SHA256 and SHA512 are)</source>
        <translation>ignoré : les empreintes %1 ne sont pas vérifiées (MD5, SHA1, SHA256 et SHA512 le sont)</translation>
    </message>
    <message>
        <source>a %1 digest has %2 hex digits</source>
        <translation>une empreinte %1 a %2 chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>not a checksum line (HEX  NAME or TAG (NAME) = HEX)</source>
        <translation>pas une ligne de somme de contrôle (HEX  NOM ou TAG (NOM) = HEX)</translation>
    </message>
    <message>
        <source>a digest of %1 hex digits (32 md5, 40 sha1, 64 sha256, 128 sha512)</source>
        <translation>une empreinte de %1 chiffres hexadécimaux (32 md5, 40 sha1, 64 sha256, 128 sha512)</translation>
    </message>
    <message>
        <source>no file name</source>
        <translation>pas de nom de fichier</translation>
    </message>
    <message>
        <source>a malformed escape in the file name</source>
        <translation>une séquence d’échappement mal formée dans le nom de fichier</translation>
    </message>
    <message>
        <source>%1 has another %2 on line %3; the first is kept</source>
        <translation>%1 a un autre %2 à la ligne %3 ; le premier est conservé</translation>
    </message>
</context>
<context>
    <name>ClearListPrompt</name>
    <message numerus="yes">
        <source>Remove all %n row(s) from the list?</source>
        <translation>
            <numerusform>Retirer la ligne de la liste&#xa0;?</numerusform>
            <numerusform>Retirer les %n lignes de la liste&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished download(s) will be cancelled.</source>
        <translation>
            <numerusform>%n téléchargement inachevé sera annulé.</numerusform>
            <numerusform>%n téléchargements inachevés seront annulés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Vider la liste</translation>
    </message>
</context>
<context>
    <name>ClipboardBar</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Links on the clipboard</source>
        <translation>Liens dans le presse-papiers</translation>
    </message>
    <message>
        <source>Add the copied links</source>
        <translation>Ajouter les liens copiés</translation>
    </message>
    <message>
        <source>Add the copied links to the list, as Paste URLs would</source>
        <translation>Ajouter les liens copiés à la liste, comme Coller des URL</translation>
    </message>
    <message>
        <source>Dismiss the copied links</source>
        <translation>Ignorer les liens copiés</translation>
    </message>
    <message>
        <source>Do not offer these links again</source>
        <translation>Ne plus proposer ces liens</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) copied:</source>
        <translation>
            <numerusform>%n lien copié&#xa0;:</numerusform>
            <numerusform>%n liens copiés&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <source>The system&apos;s settings</source>
        <translation>Réglages du système</translation>
    </message>
    <message>
        <source>None: connect directly</source>
        <translation>Aucun&#xa0;: connexion directe</translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation>Ce proxy&#xa0;:</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy&#xa0;:</translation>
    </message>
    <message>
        <source>the system&apos;s proxy settings (the default), none at all (--no-proxy), or this proxy (--proxy URL).</source>
        <translation>les réglages de proxy du système (par défaut), aucun proxy (--no-proxy) ou ce proxy (--proxy URL).</translation>
    </message>
    <message>
        <source>Proxy URL</source>
        <translation>URL du proxy</translation>
    </message>
    <message>
        <source>go through this proxy: http://[user:password@]host[:port] (port 3128 when none is given) or socks5://host[:port] (1080); socks5h:// lets the proxy resolve names.</source>
        <translation>passer par ce proxy&#xa0;: http://[utilisateur:motdepasse@]hôte[:port] (port 3128 si aucun n&apos;est donné) ou socks5://hôte[:port] (1080)&#xa0;; avec socks5h://, c&apos;est le proxy qui résout les noms.</translation>
    </message>
    <message>
        <source>None: the system&apos;s certificates only</source>
        <translation>Aucun&#xa0;: seulement les certificats du système</translation>
    </message>
    <message>
        <source>&amp;Extra CA certificate:</source>
        <translation>Certificat d&apos;autorité &amp;supplémentaire&#xa0;:</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificat d&apos;autorité</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>also trust the CA certificates in FILE (PEM or DER), besides the system&apos;s; for a company or test CA.</source>
        <translation>fait aussi confiance aux certificats d&apos;autorité de FICHIER (PEM ou DER), en plus de ceux du système&#xa0;; pour une autorité d&apos;entreprise ou de test.</translation>
    </message>
    <message>
        <source>Automatic: HTTP/2 where a TLS server offers it</source>
        <translation>Automatique&#xa0;: HTTP/2 quand un serveur TLS le propose</translation>
    </message>
    <message>
        <source>HTTP/1.1 only: never use HTTP/2</source>
        <translation>HTTP/1.1 seulement&#xa0;: jamais HTTP/2</translation>
    </message>
    <message>
        <source>HTTP/2 also without TLS (prior knowledge)</source>
        <translation>HTTP/2 aussi sans TLS (connaissance préalable)</translation>
    </message>
    <message>
        <source>&amp;HTTP version:</source>
        <translation>Version &amp;HTTP&#xa0;:</translation>
    </message>
    <message>
        <source>HTTP/2 where an https:// server offers it (the default); never HTTP/2, for servers that misbehave with it (--http1); or HTTP/2 from the first byte to http:// servers too, without TLS or an upgrade, for servers that speak it (--http2-prior-knowledge).</source>
        <translation>HTTP/2 quand un serveur https:// le propose (par défaut)&#xa0;; jamais HTTP/2, pour les serveurs qui le gèrent mal (--http1)&#xa0;; ou HTTP/2 dès le premier octet, aussi vers les serveurs http://, sans TLS ni mise à niveau, pour les serveurs qui le parlent (--http2-prior-knowledge).</translation>
    </message>
</context>
<context>
    <name>CookieFile</name>
    <message>
        <source>%1 tab-separated fields instead of 7</source>
        <translation>%1 champs séparés par des tabulations au lieu de 7</translation>
    </message>
    <message>
        <source>bad domain</source>
        <translation>domaine incorrect</translation>
    </message>
    <message>
        <source>the include-subdomains field is neither TRUE nor FALSE</source>
        <translation>le champ des sous-domaines n&apos;est ni TRUE ni FALSE</translation>
    </message>
    <message>
        <source>the path does not start with /</source>
        <translation>le chemin ne commence pas par /</translation>
    </message>
    <message>
        <source>the secure field is neither TRUE nor FALSE</source>
        <translation>le champ «&#xa0;secure&#xa0;» n&apos;est ni TRUE ni FALSE</translation>
    </message>
    <message>
        <source>the expiry is not a number of seconds</source>
        <translation>l&apos;expiration n&apos;est pas un nombre de secondes</translation>
    </message>
    <message>
        <source>the cookie has no name</source>
        <translation>le cookie n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2&#xa0;: %3</translation>
    </message>
    <message>
        <source>cookies</source>
        <translation>cookies</translation>
    </message>
    <message>
        <source>… and %1 more malformed lines</source>
        <translation>… et %1 autres lignes mal formées</translation>
    </message>
    <message>
        <source>Cannot read the cookies file %1: %2</source>
        <translation>Impossible de lire le fichier de cookies %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The cookies file %1 is larger than 64 MB</source>
        <translation>Le fichier de cookies %1 dépasse 64 Mo</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>DownloadList</name>
    <message numerus="yes">
        <source>Retrying %n download(s)</source>
        <translation>
            <numerusform>Nouvelle tentative pour %n téléchargement</numerusform>
            <numerusform>Nouvelle tentative pour %n téléchargements</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a failed, cancelled, waiting or paused download can change its URL</source>
        <translation>Seul un téléchargement en échec, annulé, en attente ou en pause peut changer d&apos;URL</translation>
    </message>
    <message>
        <source>Continuing at %1</source>
        <translation>Reprise à %1</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n download(s) for updates</source>
        <translation>
            <numerusform>Recherche de mises à jour pour %n téléchargement</numerusform>
            <numerusform>Recherche de mises à jour pour %n téléchargements</numerusform>
        </translation>
    </message>
    <message>
        <source>The list is empty</source>
        <translation>La liste est vide</translation>
    </message>
</context>
<context>
    <name>DownloadsPage</name>
    <message>
        <source>Chec&amp;k only: download and measure, save nothing</source>
        <translation>Vér&amp;ifier seulement&#xa0;: télécharger et mesurer, ne rien enregistrer</translation>
    </message>
    <message>
        <source>Stop the batch at the &amp;first failure</source>
        <translation>Arrêt&amp;er le lot au premier échec</translation>
    </message>
    <message>
        <source>&amp;Skip files an earlier run completed (verified first)</source>
        <translation>I&amp;gnorer les fichiers qu&apos;une exécution précédente a terminés (vérifiés d&apos;abord)</translation>
    </message>
    <message>
        <source>O&amp;utput folder:</source>
        <translation>Dossier de de&amp;stination&#xa0;:</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Dossier de destination</translation>
    </message>
    <message>
        <source>where downloaded files are saved; the folder is created when missing.</source>
        <translation>où les fichiers téléchargés sont enregistrés&#xa0;; le dossier est créé s&apos;il n&apos;existe pas.</translation>
    </message>
    <message>
        <source>fetch every file and measure it (bytes, SHA-256) but save nothing.</source>
        <translation>télécharge chaque fichier et le mesure (octets, SHA-256) sans rien enregistrer.</translation>
    </message>
    <message>
        <source>Downloads at o&amp;nce:</source>
        <translation>Téléchargements simulta&amp;nés&#xa0;:</translation>
    </message>
    <message>
        <source>at most N requests in flight in all, whatever their origin (1 to %1).</source>
        <translation>au plus N requêtes en cours au total, quelle que soit leur origine (1 à %1).</translation>
    </message>
    <message>
        <source>Retr&amp;ies:</source>
        <translation>Nouvelles tent&amp;atives&#xa0;:</translation>
    </message>
    <message>
        <source>retry what can succeed later (timeouts, dropped connections, 429, 5xx) up to N times after the first attempt.</source>
        <translation>relance ce qui peut réussir plus tard (délais dépassés, connexions coupées, 429, 5xx) jusqu&apos;à N fois après la première tentative.</translation>
    </message>
    <message>
        <source>Retry de&amp;lay:</source>
        <translation>Délai avant n&amp;ouvelle tentative&#xa0;:</translation>
    </message>
    <message>
        <source>the base delay before a retry, in seconds; it doubles with each attempt, with full jitter.</source>
        <translation>le délai de base avant une nouvelle tentative, en secondes&#xa0;; il double à chaque tentative, avec une gigue complète.</translation>
    </message>
    <message>
        <source>Lon&amp;gest retry delay:</source>
        <translation>Délai ma&amp;ximal&#xa0;:</translation>
    </message>
    <message>
        <source>the longest wait before one retry, a server&apos;s Retry-After included.</source>
        <translation>l&apos;attente la plus longue avant une nouvelle tentative, Retry-After du serveur compris.</translation>
    </message>
    <message>
        <source>cancel everything else at the first failure.</source>
        <translation>annule tout le reste au premier échec.</translation>
    </message>
    <message>
        <source>the same as unchecking this box: download again files an earlier run completed. Checked, such a file is verified and kept, never fetched twice.</source>
        <translation>équivaut à décocher cette case&#xa0;: retélécharger les fichiers qu&apos;une exécution précédente a terminés. Cochée, un tel fichier est vérifié et conservé, jamais téléchargé deux fois.</translation>
    </message>
    <message>
        <source>Choose a folder to save files into</source>
        <translation>Choisissez un dossier où enregistrer les fichiers</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation>%1 est un fichier, pas un dossier</translation>
    </message>
    <message>
        <source>You cannot write into %1</source>
        <translation>Vous ne pouvez pas écrire dans %1</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>The language of the window, its numbers, sizes and dates; the system&apos;s unless chosen here.</source>
        <translation>La langue de la fenêtre, de ses nombres, tailles et dates&#xa0;; celle du système sauf choix ici.</translation>
    </message>
    <message>
        <source>A new language applies at the next start.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage.</translation>
    </message>
    <message>
        <source>Auto: up to %1, in slots that would stay idle</source>
        <translation>Auto&#xa0;: jusqu’à %1, dans les places qui resteraient libres</translation>
    </message>
    <message>
        <source>Off: one request a file</source>
        <translation>Désactivé&#xa0;: une requête par fichier</translation>
    </message>
    <message>
        <source>Up to %1 ranges</source>
        <translation>Jusqu’à %1 plages</translation>
    </message>
    <message>
        <source>Larg&amp;e files in ranges:</source>
        <translation>Gros fichiers pa&amp;r plages&#xa0;:</translation>
    </message>
    <message>
        <source>fetch a large file as several byte ranges at once, from a server that allows it. Every range counts against the caps and the rate, and queued files go first. Auto splits only a file whose connection is slow (under %1 MiB/s).</source>
        <translation>télécharge un gros fichier en plusieurs plages d’octets à la fois, si le serveur le permet. Chaque plage compte dans les plafonds et le débit, et les fichiers en attente passent d’abord. En automatique, seul un fichier dont la connexion est lente (moins de %1 Mio/s) est découpé.</translation>
    </message>
    <message>
        <source>Ranges from si&amp;ze:</source>
        <translation>Taille minimale po&amp;ur les plages&#xa0;:</translation>
    </message>
    <message>
        <source>only files of at least this size are fetched in ranges (512k, 8M).</source>
        <translation>seuls les fichiers d’au moins cette taille sont téléchargés par plages (512k, 8M).</translation>
    </message>
    <message>
        <source>Not a size: a number of bytes, with k or M (512k, 8M)</source>
        <translation>Pas une taille&#xa0;: un nombre d’octets, avec k ou M (512k, 8M)</translation>
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
        <translation>connexion refusée par %1</translation>
    </message>
    <message>
        <source>connection closed by %1 before a response</source>
        <translation>connexion fermée par %1 avant une réponse</translation>
    </message>
    <message>
        <source>host not found: %1</source>
        <translation>hôte introuvable : %1</translation>
    </message>
    <message>
        <source>invalid Content-Length &apos;%1&apos;</source>
        <translation>Content-Length non valide « %1 »</translation>
    </message>
    <message>
        <source>connection ended after %L1 of %L2 bytes (%3)</source>
        <translation>connexion terminée après %L1 octets sur %L2 (%3)</translation>
    </message>
    <message>
        <source>connection ended after %L1 bytes (%2)</source>
        <translation>connexion terminée après %L1 octets (%2)</translation>
    </message>
    <message>
        <source>no connection within %1</source>
        <translation>aucune connexion en %1</translation>
    </message>
    <message>
        <source>no data received for %1</source>
        <translation>aucune donnée reçue depuis %1</translation>
    </message>
    <message>
        <source>item budget used up during attempt %1</source>
        <translation>budget de temps de l’élément épuisé pendant la tentative %1</translation>
    </message>
    <message>
        <source>attempt not finished within %1</source>
        <translation>tentative non terminée en %1</translation>
    </message>
</context>
<context>
    <name>FileSink</name>
    <message>
        <source>%1 is %2, the list expects %3</source>
        <translation>%1 vaut %2, la liste attend %3</translation>
    </message>
    <message>
        <source>cannot create output folder %1</source>
        <translation>impossible de créer le dossier de destination %1</translation>
    </message>
    <message>
        <source>%1 is being written by another transfer</source>
        <translation>%1 est en cours d’écriture par un autre téléchargement</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>impossible de créer %1 : %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>received %L1 of %L2 bytes</source>
        <translation>%L1 octets reçus sur %L2</translation>
    </message>
    <message>
        <source>cannot close %1: %2</source>
        <translation>impossible de fermer %1 : %2</translation>
    </message>
    <message>
        <source>%1; kept aside as %2</source>
        <translation>%1 ; mis de côté sous %2</translation>
    </message>
    <message>
        <source>the output folder %1 was removed while downloading</source>
        <translation>le dossier de destination %1 a été supprimé pendant le téléchargement</translation>
    </message>
    <message>
        <source>cannot rename %1: %2</source>
        <translation>impossible de renommer %1 : %2</translation>
    </message>
</context>
<context>
    <name>HeaderLine</name>
    <message>
        <source>&quot;Name: value&quot; expected</source>
        <translation>«&#xa0;Nom: valeur&#xa0;» attendu</translation>
    </message>
    <message>
        <source>the header has no name</source>
        <translation>l&apos;en-tête n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>the header name &quot;%1&quot; has a character names may not have</source>
        <translation>le nom d&apos;en-tête «&#xa0;%1&#xa0;» contient un caractère interdit dans les noms</translation>
    </message>
    <message>
        <source>the value of %1 has a control character or one beyond Latin-1</source>
        <translation>la valeur de %1 contient un caractère de contrôle ou hors Latin-1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;host: Name: value&quot; expected</source>
        <translation>«&#xa0;hôte: Nom: valeur&#xa0;» attendu</translation>
    </message>
    <message>
        <source>no host before the first colon</source>
        <translation>aucun hôte avant le premier deux-points</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name (no scheme, port or path)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom d&apos;hôte (sans schéma, port ni chemin)</translation>
    </message>
</context>
<context>
    <name>HooksPage</name>
    <message>
        <source>Each command runs with /bin/sh -c in the batch&apos;s folder. What happened is in its environment (FANOUT_URL, FANOUT_OUTCOME, FANOUT_FILE, FANOUT_SHA256, …), never in the command&apos;s text. Empty: none.</source>
        <translation>Chaque commande s&apos;exécute avec /bin/sh -c dans le dossier du lot. Ce qui s&apos;est passé se trouve dans son environnement (FANOUT_URL, FANOUT_OUTCOME, FANOUT_FILE, FANOUT_SHA256, …), jamais dans le texte de la commande. Vide&#xa0;: aucune.</translation>
    </message>
    <message>
        <source>After each do&amp;wnload:</source>
        <translation>Après chaque télécha&amp;rgement&#xa0;:</translation>
    </message>
    <message>
        <source>run CMD when a download ends, whatever its outcome, with FANOUT_URL, FANOUT_FINAL_URL, FANOUT_OUTCOME, FANOUT_ERROR, FANOUT_HTTP_STATUS, FANOUT_BYTES, FANOUT_FILE, FANOUT_SHA256 and FANOUT_ATTEMPTS in its environment. At most as many run at once as downloads do.</source>
        <translation>exécute CMD à la fin de chaque téléchargement, quelle qu&apos;en soit l&apos;issue, avec FANOUT_URL, FANOUT_FINAL_URL, FANOUT_OUTCOME, FANOUT_ERROR, FANOUT_HTTP_STATUS, FANOUT_BYTES, FANOUT_FILE, FANOUT_SHA256 et FANOUT_ATTEMPTS dans son environnement. Il n&apos;en tourne pas plus à la fois que de téléchargements.</translation>
    </message>
    <message>
        <source>After each &amp;batch:</source>
        <translation>Après chaque &amp;lot&#xa0;:</translation>
    </message>
    <message>
        <source>run CMD once every download of the batch has ended, with FANOUT_TOTAL, FANOUT_OK, FANOUT_FAILED and FANOUT_ELAPSED_MS in its environment (FANOUT_CSV is empty: the window writes no CSV by itself).</source>
        <translation>exécute CMD une fois tous les téléchargements du lot terminés, avec FANOUT_TOTAL, FANOUT_OK, FANOUT_FAILED et FANOUT_ELAPSED_MS dans son environnement (FANOUT_CSV est vide&#xa0;: la fenêtre n&apos;écrit aucun CSV d&apos;elle-même).</translation>
    </message>
    <message>
        <source>&amp;Kill a hook after:</source>
        <translation>&amp;Arrêter une commande après&#xa0;:</translation>
    </message>
    <message>
        <source>a hook still running after S seconds is killed, with everything it started. A hook never changes a download&apos;s outcome.</source>
        <translation>une commande encore en cours après S secondes est arrêtée, avec tout ce qu&apos;elle a lancé. Une commande ne change jamais l&apos;issue d&apos;un téléchargement.</translation>
    </message>
</context>
<context>
    <name>InputPanel</name>
    <message>
        <source>&amp;Add to list</source>
        <translation>&amp;Ajouter à la liste</translation>
    </message>
    <message>
        <source>URLs to add</source>
        <translation>URL à ajouter</translation>
    </message>
    <message>
        <source>Paste URLs here, one per line — or any text with links in it (a web page, Markdown, an e-mail).
After a tab: name=, dir=, md5=/sha1=/sha256=/sha512=, mirror URLs, header=; img[001-250].jpg expands to 250 URLs.
Drop text, links or list files (also aria2, Metalink, results CSV) anywhere on the window.</source>
        <translation>Collez les URL ici, une par ligne — ou tout texte contenant des liens (une page web, du Markdown, un e-mail).
Après une tabulation&#xa0;: name=, dir=, md5=/sha1=/sha256=/sha512=, URL miroirs, header=&#xa0;; img[001-250].jpg donne 250 URL.
Déposez du texte, des liens ou des fichiers de liste (aussi aria2, Metalink, CSV de résultats) n&apos;importe où sur la fenêtre.</translation>
    </message>
    <message>
        <source>Paste preview</source>
        <translation>Aperçu du collage</translation>
    </message>
    <message>
        <source>Problems found in the pasted text</source>
        <translation>Problèmes trouvés dans le texte collé</translation>
    </message>
    <message>
        <source>Lines that will not be downloaded, and why. Click to show the line.</source>
        <translation>Lignes qui ne seront pas téléchargées, et pourquoi. Cliquez pour afficher la ligne.</translation>
    </message>
    <message>
        <source>Add the pasted URLs to the download list (Ctrl+Enter)</source>
        <translation>Ajouter les URL collées à la liste des téléchargements (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Add from &amp;File…</source>
        <translation>Ajouter depuis un &amp;fichier…</translation>
    </message>
    <message>
        <source>Add the URLs listed in a text file (Ctrl+O)</source>
        <translation>Ajouter les URL listées dans un fichier texte (Ctrl+O)</translation>
    </message>
    <message>
        <source>Clear &amp;Box</source>
        <translation>&amp;Vider la zone</translation>
    </message>
    <message>
        <source>Empty the paste area (the list of downloads stays)</source>
        <translation>Vider la zone de collage (la liste des téléchargements reste)</translation>
    </message>
    <message>
        <source>the clipboard</source>
        <translation>le presse-papiers</translation>
    </message>
    <message>
        <source>the pasted text</source>
        <translation>le texte collé</translation>
    </message>
    <message>
        <source>Paste or type URLs above.</source>
        <translation>Collez ou saisissez des URL ci-dessus.</translation>
    </message>
    <message>
        <source>&amp;Add 1 URL</source>
        <translation>&amp;Ajouter 1 URL</translation>
    </message>
    <message>
        <source>Ready to add: 1 URL</source>
        <translation>Prête à ajouter&#xa0;: 1 URL</translation>
    </message>
    <message>
        <source>Reading %1 characters…</source>
        <translation>Lecture de %1 caractères…</translation>
    </message>
    <message>
        <source>1 duplicate kept once</source>
        <translation>1 doublon gardé une seule fois</translation>
    </message>
    <message>
        <source>%1 already in the list</source>
        <translation>%1 déjà dans la liste</translation>
    </message>
    <message>
        <source>links picked out of free text</source>
        <translation>liens extraits d&apos;un texte libre</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
    <message>
        <source>the paste area</source>
        <translation>la zone de collage</translation>
    </message>
    <message>
        <source>Reading %1 characters from %2…</source>
        <translation>Lecture de %1 caractères depuis %2…</translation>
    </message>
    <message numerus="yes">
        <source>Added %n URL(s) from %1</source>
        <translation>
            <numerusform>%n URL ajoutée depuis %1</numerusform>
            <numerusform>%n URL ajoutées depuis %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No URLs found in %1.</source>
        <translation>Aucune URL trouvée dans %1.</translation>
    </message>
    <message>
        <source>… (%1 characters)</source>
        <translation>… (%1 caractères)</translation>
    </message>
    <message numerus="yes">
        <source>%n digest(s) (%1)</source>
        <translation>
            <numerusform>%n somme de contrôle (%1)</numerusform>
            <numerusform>%n sommes de contrôle (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mirror(s)</source>
        <translation>
            <numerusform>%n miroir</numerusform>
            <numerusform>%n miroirs</numerusform>
        </translation>
    </message>
    <message>
        <source>folder %1</source>
        <translation>dossier %1</translation>
    </message>
    <message numerus="yes">
        <source>%n header(s)</source>
        <translation>
            <numerusform>%n en-tête</numerusform>
            <numerusform>%n en-têtes</numerusform>
        </translation>
    </message>
    <message>
        <source>Not added: the text is %1 characters long, more than a list of %2 URLs can be. Split it into smaller lists.</source>
        <translation>Non ajouté&#xa0;: le texte fait %1 caractères, plus qu&apos;une liste de %2 URL ne peut en compter. Divisez-le en listes plus petites.</translation>
    </message>
    <message>
        <source>Not added: %1 lines are more than the %2 URLs Fanout takes at a time. Split the list into smaller ones.</source>
        <translation>Non ajouté&#xa0;: %1 lignes, c&apos;est plus que les %2 URL que Fanout accepte à la fois. Divisez la liste en listes plus petites.</translation>
    </message>
    <message>
        <source>Line %1: already in the list, skipped — %2</source>
        <translation>Ligne %1&#xa0;: déjà dans la liste, ignorée — %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Line %1: invalid — %2 (%3)</source>
        <translation>Ligne %1&#xa0;: non valide — %2 (%3)</translation>
    </message>
    <message>
        <source>Line %1: duplicate of line %2, kept once</source>
        <translation>Ligne %1&#xa0;: doublon de la ligne %2, gardée une seule fois</translation>
    </message>
    <message>
        <source>Line %1: range expands to %2 URLs</source>
        <translation>Ligne %1&#xa0;: la plage donne %2 URL</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n URLs</source>
        <translation>
            <numerusform>&amp;Ajouter %n URL</numerusform>
            <numerusform>&amp;Ajouter %n URL</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready to add: %n URLs</source>
        <translation>
            <numerusform>Prête à ajouter&#xa0;: %n URL</numerusform>
            <numerusform>Prêtes à ajouter&#xa0;: %n URL</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicates kept once</source>
        <translation>
            <numerusform>%n doublon gardé une seule fois</numerusform>
            <numerusform>%n doublons gardés une seule fois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid (listed, not downloaded)</source>
        <translation>
            <numerusform>%n non valide (listée, non téléchargée)</numerusform>
            <numerusform>%n non valides (listées, non téléchargées)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lane</name>
    <message>
        <source>shut down</source>
        <translation>arrêté</translation>
    </message>
</context>
<context>
    <name>LineBuilder</name>
    <message>
        <source>the URL %1</source>
        <translation>l’URL %1</translation>
    </message>
    <message>
        <source>the %1 %2</source>
        <translation>le champ %1 %2</translation>
    </message>
    <message>
        <source>the line grew past %1 characters; later fields are left out</source>
        <translation>la ligne dépasse %1 caractères ; les champs suivants sont omis</translation>
    </message>
    <message>
        <source>holds a TAB, which a list line cannot carry</source>
        <translation>contient une tabulation, qu’une ligne de liste ne peut pas contenir</translation>
    </message>
    <message>
        <source>holds a line break, which a list line cannot carry</source>
        <translation>contient un saut de ligne, qu’une ligne de liste ne peut pas contenir</translation>
    </message>
</context>
<context>
    <name>ListConverter</name>
    <message>
        <source>a checksum file is not a list: give it with --checksums</source>
        <translation>un fichier de sommes de contrôle n’est pas une liste : donnez-le avec --checksums</translation>
    </message>
</context>
<context>
    <name>ListFields</name>
    <message>
        <source>unknown field &apos;%1=&apos; (a file name with &apos;=&apos; is given as name=…)</source>
        <translation>champ inconnu « %1= » (un nom de fichier contenant « = » s’écrit name=…)</translation>
    </message>
    <message>
        <source>more than one file name field</source>
        <translation>plus d’un champ de nom de fichier</translation>
    </message>
    <message>
        <source>empty name= field</source>
        <translation>champ name= vide</translation>
    </message>
    <message>
        <source>more than one dir= field</source>
        <translation>plus d’un champ dir=</translation>
    </message>
    <message>
        <source>malformed %1 field (expected %1= and %2 hex digits)</source>
        <translation>champ %1 mal formé (attendu : %1= et %2 chiffres hexadécimaux)</translation>
    </message>
    <message>
        <source>more than one %1 field</source>
        <translation>plus d’un champ %1</translation>
    </message>
    <message>
        <source>mirror %1: %2</source>
        <translation>miroir %1 : %2</translation>
    </message>
    <message>
        <source>more than one size= field</source>
        <translation>plus d’un champ size=</translation>
    </message>
    <message>
        <source>malformed size field (expected size= and a byte count)</source>
        <translation>champ size mal formé (attendu : size= et un nombre d’octets)</translation>
    </message>
    <message>
        <source>header= field: %1</source>
        <translation>champ header= : %1</translation>
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
        <translation>le presse-papiers</translation>
    </message>
</context>
<context>
    <name>MetalinkReader</name>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>not a Metalink document: the root element is &lt;%1&gt;</source>
        <translation>pas un document Metalink : l’élément racine est &lt;%1&gt;</translation>
    </message>
    <message>
        <source>malformed Metalink at %1: %2</source>
        <translation>Metalink mal formé à la %1 : %2</translation>
    </message>
    <message>
        <source>not a Metalink document: no element</source>
        <translation>pas un document Metalink : aucun élément</translation>
    </message>
    <message>
        <source>ignored: &lt;url type=&quot;%1&quot;&gt; (only http and https are fetched)</source>
        <translation>ignoré : &lt;url type=&quot;%1&quot;&gt; (seuls http et https sont téléchargés)</translation>
    </message>
    <message>
        <source>ignored: hash type %1 (md5, sha-1, sha-256 and sha-512 are checked)</source>
        <translation>ignoré : type de hachage %1 (md5, sha-1, sha-256 et sha-512 sont vérifiés)</translation>
    </message>
    <message>
        <source>ignored: &lt;metaurl&gt; (torrents and other metalinks)</source>
        <translation>ignoré : &lt;metaurl&gt; (torrents et autres metalinks)</translation>
    </message>
    <message>
        <source>ignored: 1 URL that is not http or https</source>
        <translation>ignorée : 1 URL qui n’est ni http ni https</translation>
    </message>
    <message numerus="yes">
        <source>ignored: %n URLs that are not http or https</source>
        <translation>
            <numerusform>ignorée : %n URL qui n’est ni http ni https</numerusform>
            <numerusform>ignorées : %n URL qui ne sont ni http ni https</numerusform>
        </translation>
    </message>
    <message>
        <source>not converted: the &lt;file&gt; %1 has no &lt;url&gt;</source>
        <translation>non converti : le &lt;file&gt; %1 n’a pas de &lt;url&gt;</translation>
    </message>
    <message>
        <source>not converted: %1</source>
        <translation>non converti : %1</translation>
    </message>
</context>
<context>
    <name>Netrc</name>
    <message>
        <source>netrc line %1: %2</source>
        <translation>ligne netrc %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>unterminated quote</source>
        <translation>guillemet non fermé</translation>
    </message>
    <message>
        <source>&quot;machine&quot; without a host name</source>
        <translation>«&#xa0;machine&#xa0;» sans nom d&apos;hôte</translation>
    </message>
    <message>
        <source>&quot;%1&quot; without a value</source>
        <translation>«&#xa0;%1&#xa0;» sans valeur</translation>
    </message>
    <message>
        <source>&quot;%1&quot; before any &quot;machine&quot; or &quot;default&quot;</source>
        <translation>«&#xa0;%1&#xa0;» avant tout «&#xa0;machine&#xa0;» ou «&#xa0;default&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;macdef&quot; without a name</source>
        <translation>«&#xa0;macdef&#xa0;» sans nom</translation>
    </message>
    <message>
        <source>unknown keyword</source>
        <translation>mot-clé inconnu</translation>
    </message>
    <message>
        <source>Cannot read the netrc file %1: %2</source>
        <translation>Impossible de lire le fichier netrc %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The netrc file %1 is larger than 16 MB</source>
        <translation>Le fichier netrc %1 dépasse 16 Mo</translation>
    </message>
</context>
<context>
    <name>NextStep</name>
    <message numerus="yes">
        <source>item budget of %1 s used up after %n attempts (last: %2)</source>
        <translation>
            <numerusform>budget de %1 s épuisé après %n tentative (dernière : %2)</numerusform>
            <numerusform>budget de %1 s épuisé après %n tentatives (dernière : %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (the last of %1 URLs tried in %n attempts)</source>
        <translation>
            <numerusform> (la dernière des %1 URL essayées en %n tentative)</numerusform>
            <numerusform> (la dernière des %1 URL essayées en %n tentatives)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OriginPolicy</name>
    <message>
        <source>429s</source>
        <translation>réponses 429</translation>
    </message>
    <message>
        <source>503s</source>
        <translation>réponses 503</translation>
    </message>
    <message>
        <source>timeouts</source>
        <translation>délais dépassés</translation>
    </message>
    <message>
        <source>stalls</source>
        <translation>blocages</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>%1 asked to slow down (Retry-After)</source>
        <translation>%1 demande de ralentir (Retry-After)</translation>
    </message>
    <message>
        <source>%1 keeps failing: resting, then one probe</source>
        <translation>%1 échoue sans cesse&#xa0;: pause, puis une requête d&apos;essai</translation>
    </message>
    <message>
        <source>%1 allows %2 of %3 now (after %4)</source>
        <translation>%1 autorise %2 sur %3 pour l&apos;instant (après des %4)</translation>
    </message>
    <message>
        <source>%1 has %2 of %3 in flight (its cap)</source>
        <translation>%1 a %2 sur %3 en cours (son plafond)</translation>
    </message>
    <message>
        <source>%1 is limited to %2 requests a second</source>
        <translation>%1 est limité à %2 requêtes par seconde</translation>
    </message>
</context>
<context>
    <name>OriginQueues</name>
    <message>
        <source>waiting for a free slot (%1 of %2 in flight)</source>
        <translation>en attente d’un emplacement libre (%1 sur %2 en cours)</translation>
    </message>
</context>
<context>
    <name>OutputFolderLabel</name>
    <message>
        <source>Check mode: nothing is saved</source>
        <translation>Mode vérification&#xa0;: rien n&apos;est enregistré</translation>
    </message>
    <message>
        <source>Saving to %1</source>
        <translation>Enregistrement dans %1</translation>
    </message>
    <message>
        <source>Change it in Settings (Ctrl+,)</source>
        <translation>Modifiable dans les Paramètres (Ctrl+,)</translation>
    </message>
    <message>
        <source>This batch&apos;s own folder, kept until it ends; Settings (Ctrl+,) name %1 for the next one</source>
        <translation>Le dossier propre à ce lot, gardé jusqu&apos;à sa fin&#xa0;; les Paramètres (Ctrl+,) indiquent %1 pour le suivant</translation>
    </message>
</context>
<context>
    <name>PartAtOffsets</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>cannot sync %1: %2</source>
        <translation>impossible de synchroniser %1 : %2</translation>
    </message>
</context>
<context>
    <name>PolitenessPage</name>
    <message>
        <source>&amp;Adapt: fewer at once to an origin that struggles</source>
        <translation>&amp;Adapter&#xa0;: moins de requêtes à la fois vers une origine en difficulté</translation>
    </message>
    <message>
        <source>These rules hold per origin: scheme, host and port, so http://example.com and https://example.com:8443 are two origins.</source>
        <translation>Ces règles s&apos;appliquent par origine&#xa0;: schéma, hôte et port&#xa0;; http://example.com et https://example.com:8443 sont donc deux origines.</translation>
    </message>
    <message>
        <source>Only the global cap</source>
        <translation>Seulement le plafond global</translation>
    </message>
    <message>
        <source>At once per ori&amp;gin:</source>
        <translation>Simultanées par ori&amp;gine&#xa0;:</translation>
    </message>
    <message>
        <source>at most N requests in flight to one origin (scheme, host and port); 0 = only the global cap (Downloads at once).</source>
        <translation>au plus N requêtes en cours vers une origine (schéma, hôte et port)&#xa0;; 0 = seulement le plafond global (Téléchargements simultanés).</translation>
    </message>
    <message>
        <source> requests/s</source>
        <translation> requêtes/s</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Aucune limite</translation>
    </message>
    <message>
        <source>Req&amp;uests a second per origin:</source>
        <translation>Req&amp;uêtes par seconde et par origine&#xa0;:</translation>
    </message>
    <message>
        <source>at most R requests a second to one origin (scheme, host and port), after a burst of up to R; decimals allowed (0.5 = one every 2 s); 0 = no limit.</source>
        <translation>au plus R requêtes par seconde vers une origine (schéma, hôte et port), après une rafale d&apos;au plus R&#xa0;; décimales permises (0,5 = une toutes les 2 s)&#xa0;; 0 = aucune limite.</translation>
    </message>
    <message>
        <source>the same as unchecking this box: keep each origin&apos;s allowance fixed. Checked, an origin that answers 429 or 503 or times out gets fewer requests at once, and more again as it recovers.</source>
        <translation>équivaut à décocher cette case&#xa0;: l&apos;allocation de chaque origine reste fixe. Cochée, une origine qui répond 429 ou 503 ou ne répond pas à temps reçoit moins de requêtes à la fois, puis davantage à mesure qu&apos;elle se rétablit.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message numerus="yes">
        <source> failure(s) in a row</source>
        <translation>
            <numerusform> échec consécutif</numerusform>
            <numerusform> échecs consécutifs</numerusform>
        </translation>
    </message>
    <message>
        <source>Circuit &amp;breaker after:</source>
        <translation>D&amp;isjoncteur après&#xa0;:</translation>
    </message>
    <message>
        <source>stop sending to an origin (scheme, host and port) after N consecutive connection failures or 5xx answers, then probe it with one request; 0 = off.</source>
        <translation>cesse d&apos;envoyer à une origine (schéma, hôte et port) après N échecs de connexion ou réponses 5xx consécutifs, puis la teste avec une requête&#xa0;; 0 = désactivé.</translation>
    </message>
    <message>
        <source>Breaker coo&amp;ldown:</source>
        <translation>Pause du dis&amp;joncteur&#xa0;:</translation>
    </message>
    <message>
        <source>how long an open breaker waits before its probe, in seconds.</source>
        <translation>combien de temps un disjoncteur ouvert attend avant sa requête d&apos;essai, en secondes.</translation>
    </message>
    <message>
        <source>bytes/s (500k, 2M)</source>
        <translation>octets/s (500k, 2M)</translation>
    </message>
    <message>
        <source>Bandwidth of the &amp;whole batch:</source>
        <translation>&amp;Bande passante du lot entier&#xa0;:</translation>
    </message>
    <message>
        <source>at most RATE bytes a second for the whole batch, shared between downloads; k = 1024, M = 1024 k (500k, 1.5M). Empty or 0: no limit. A change applies at once.</source>
        <translation>au plus RATE octets par seconde pour tout le lot, partagés entre les téléchargements&#xa0;; k = 1024, M = 1024 k (500k, 1.5M). Vide ou 0&#xa0;: aucune limite. Un changement s&apos;applique aussitôt.</translation>
    </message>
    <message>
        <source>Not a speed: a number of bytes a second, with k or M (500k, 1.5M)</source>
        <translation>Ce n&apos;est pas une vitesse&#xa0;: un nombre d&apos;octets par seconde, avec k ou M (500k, 1.5M)</translation>
    </message>
</context>
<context>
    <name>ProxySpec</name>
    <message>
        <source>The proxy URL is empty</source>
        <translation>L&apos;URL du proxy est vide</translation>
    </message>
    <message>
        <source>Not a proxy URL: use http://host:port or socks5://host:port</source>
        <translation>Ce n&apos;est pas une URL de proxy&#xa0;: utilisez http://hôte:port ou socks5://hôte:port</translation>
    </message>
    <message>
        <source>https:// proxies (TLS to the proxy) are not supported; use http:// (https downloads still go through it encrypted)</source>
        <translation>Les proxys https:// (TLS vers le proxy) ne sont pas pris en charge&#xa0;; utilisez http:// (les téléchargements https le traversent quand même chiffrés)</translation>
    </message>
    <message>
        <source>Only SOCKS5 proxies are supported (socks5:// or socks5h://)</source>
        <translation>Seuls les proxys SOCKS5 sont pris en charge (socks5:// ou socks5h://)</translation>
    </message>
    <message>
        <source>Unknown proxy scheme &quot;%1&quot;: use http:// or socks5://</source>
        <translation>Schéma de proxy inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez http:// ou socks5://</translation>
    </message>
    <message>
        <source>The proxy URL has no host</source>
        <translation>L&apos;URL du proxy n&apos;a pas d&apos;hôte</translation>
    </message>
    <message>
        <source>A proxy URL has no path: use scheme://host:port</source>
        <translation>Une URL de proxy n&apos;a pas de chemin&#xa0;: utilisez schéma://hôte:port</translation>
    </message>
    <message>
        <source>A proxy URL has no query or fragment: use scheme://host:port</source>
        <translation>Une URL de proxy n&apos;a ni requête ni fragment&#xa0;: utilisez schéma://hôte:port</translation>
    </message>
    <message>
        <source>The proxy port must be between 1 and 65535</source>
        <translation>Le port du proxy doit être compris entre 1 et 65535</translation>
    </message>
</context>
<context>
    <name>QuitQuestion</name>
    <message>
        <source>1 download is not finished yet.</source>
        <translation>1 téléchargement n&apos;est pas encore terminé.</translation>
    </message>
    <message>
        <source>Quit Fanout?</source>
        <translation>Quitter Fanout&#xa0;?</translation>
    </message>
    <message>
        <source>The list is kept: the next time Fanout starts, it offers to run the rest.</source>
        <translation>La liste est conservée&#xa0;: au prochain démarrage, Fanout proposera de lancer le reste.</translation>
    </message>
    <message>
        <source>Check mode saves nothing.</source>
        <translation>Le mode vérification n&apos;enregistre rien.</translation>
    </message>
    <message>
        <source>&amp;Quit and continue later</source>
        <translation>&amp;Quitter et reprendre plus tard</translation>
    </message>
    <message numerus="yes">
        <source>%n downloads are not finished yet.</source>
        <translation>
            <numerusform>%n téléchargement n&apos;est pas encore terminé.</numerusform>
            <numerusform>%n téléchargements ne sont pas encore terminés.</numerusform>
        </translation>
    </message>
    <message>
        <source>What was downloaded stays in this folder:</source>
        <translation>Ce qui a été téléchargé reste dans ce dossier&#xa0;:</translation>
    </message>
    <message>
        <source>The next time Fanout starts, it offers to continue each download where it stopped.</source>
        <translation>Au prochain démarrage, Fanout proposera de reprendre chaque téléchargement là où il s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>Adding the same URLs again continues them where they stopped.</source>
        <translation>Ajouter à nouveau les mêmes URL les reprend là où ils se sont arrêtés.</translation>
    </message>
</context>
<context>
    <name>RedirectChain</name>
    <message>
        <source>HTTP %1 without a Location header</source>
        <translation>HTTP %1 sans en-tête Location</translation>
    </message>
    <message>
        <source>invalid redirect target %1</source>
        <translation>cible de redirection non valide %1</translation>
    </message>
    <message>
        <source>redirect to unsupported scheme &apos;%1&apos; (%2)</source>
        <translation>redirection vers un schéma non pris en charge « %1 » (%2)</translation>
    </message>
    <message>
        <source>refused redirect from https to http (%1)</source>
        <translation>redirection de https vers http refusée (%1)</translation>
    </message>
    <message numerus="yes">
        <source>more than %n redirects</source>
        <translation>
            <numerusform>plus de %n redirection</numerusform>
            <numerusform>plus de %n redirections</numerusform>
        </translation>
    </message>
    <message>
        <source>redirect loop at %1</source>
        <translation>boucle de redirection sur %1</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>&amp;User-Agent:</source>
        <translation>&amp;User-Agent&#xa0;:</translation>
    </message>
    <message>
        <source>what Fanout calls itself to servers; empty for Fanout/&lt;version&gt;.</source>
        <translation>le nom que Fanout se donne auprès des serveurs&#xa0;; vide pour Fanout/&lt;version&gt;.</translation>
    </message>
    <message>
        <source>Referer: https://example.com/
Accept-Language: en</source>
        <translation>Referer: https://example.com/
Accept-Language: fr</translation>
    </message>
    <message>
        <source>files.example.com: Authorization: Bearer …</source>
        <translation>files.example.com: Authorization: Bearer …</translation>
    </message>
    <message>
        <source>Extra h&amp;eaders:</source>
        <translation>En-têtes suppl&amp;émentaires&#xa0;:</translation>
    </message>
    <message>
        <source>sent with every request, one &quot;Name: value&quot; a line (the flag is repeated for each).</source>
        <translation>envoyés avec chaque requête, un «&#xa0;Nom: valeur&#xa0;» par ligne (l&apos;option est répétée pour chacun).</translation>
    </message>
    <message>
        <source>Headers for o&amp;ne host:</source>
        <translation>En-têtes pour un &amp;hôte&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Window only&lt;/b&gt; (the headless mode has -H for every host): sent only to that host name, one &quot;host: Name: value&quot; a line. A redirect to another host does not get them.</source>
        <translation>&lt;b&gt;Fenêtre seulement&lt;/b&gt; (le mode sans fenêtre a -H pour tous les hôtes)&#xa0;: envoyés seulement à ce nom d&apos;hôte, un «&#xa0;hôte: Nom: valeur&#xa0;» par ligne. Une redirection vers un autre hôte ne les reçoit pas.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Coo&amp;kies file:</source>
        <translation>Fichier de coo&amp;kies&#xa0;:</translation>
    </message>
    <message>
        <source>Cookies file</source>
        <translation>Fichier de cookies</translation>
    </message>
    <message>
        <source>Cookies (*.txt);;All files (*)</source>
        <translation>Cookies (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>start each batch from the cookies in FILE (a cookies.txt in Netscape/Mozilla format, exported from a browser); cookies servers set are kept for the batch. The file is never written.</source>
        <translation>commence chaque lot avec les cookies de FICHIER (un cookies.txt au format Netscape/Mozilla, exporté d&apos;un navigateur)&#xa0;; les cookies posés par les serveurs sont gardés pour le lot. Le fichier n&apos;est jamais modifié.</translation>
    </message>
    <message>
        <source>Pass&amp;words file (netrc):</source>
        <translation>Fichier de mots de passe (&amp;netrc)&#xa0;:</translation>
    </message>
    <message>
        <source>Netrc file</source>
        <translation>Fichier netrc</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>answer a server&apos;s password challenge with the login and password FILE (.netrc format) gives for its host.</source>
        <translation>répond à la demande de mot de passe d&apos;un serveur avec l&apos;identifiant et le mot de passe que FICHIER (format .netrc) donne pour son hôte.</translation>
    </message>
    <message>
        <source>A control character or one beyond Latin-1 cannot be sent</source>
        <translation>Un caractère de contrôle ou hors Latin-1 ne peut pas être envoyé</translation>
    </message>
</context>
<context>
    <name>ResultsCsv</name>
    <message>
        <source>a field is longer than %1 characters (or the row has more than %2 fields); row left out</source>
        <translation>un champ dépasse %1 caractères (ou la ligne a plus de %2 champs) ; ligne omise</translation>
    </message>
    <message>
        <source>a quoted field is not closed; row left out</source>
        <translation>un champ entre guillemets n’est pas fermé ; ligne omise</translation>
    </message>
    <message>
        <source>not a results CSV: the first row names no url column</source>
        <translation>pas un CSV de résultats : la première ligne ne nomme aucune colonne url</translation>
    </message>
    <message>
        <source>the row has no url column; left out</source>
        <translation>la ligne n’a pas de colonne url ; omise</translation>
    </message>
    <message>
        <source>not converted: %1</source>
        <translation>non converti : %1</translation>
    </message>
</context>
<context>
    <name>ResumeBar</name>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>Unfinished batch</source>
        <translation>Lot inachevé</translation>
    </message>
    <message>
        <source>Bring the rows back and download what is missing; finished files are kept, part files are continued</source>
        <translation>Rétablir les lignes et télécharger ce qui manque&#xa0;; les fichiers terminés sont gardés, les fichiers partiels sont repris</translation>
    </message>
    <message>
        <source>Forget the unfinished batch (downloaded files stay on disk)</source>
        <translation>Oublier le lot inachevé (les fichiers téléchargés restent sur le disque)</translation>
    </message>
    <message numerus="yes">
        <source>A batch of %n download(s) did not finish (%1 done, last saved %2).</source>
        <translation>
            <numerusform>Un lot de %n téléchargement ne s&apos;est pas terminé (%1 terminé, dernier enregistrement %2).</numerusform>
            <numerusform>Un lot de %n téléchargements ne s&apos;est pas terminé (%1 terminés, dernier enregistrement %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>It ran in check mode: nothing is saved.</source>
        <translation>Il tournait en mode vérification&#xa0;: rien n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>It continues in this folder:</source>
        <translation>Il continue dans ce dossier&#xa0;:</translation>
    </message>
    <message>
        <source>It continues in its own folder (Settings stay as they are):</source>
        <translation>Il continue dans son propre dossier (les Paramètres restent tels quels)&#xa0;:</translation>
    </message>
    <message>
        <source>Resume it?</source>
        <translation>Le reprendre&#xa0;?</translation>
    </message>
</context>
<context>
    <name>ScheduledStart</name>
    <message>
        <source>Start At</source>
        <translation>Démarrer à</translation>
    </message>
    <message>
        <source>Start the rows that wait for Start at
HH:MM (local time, the next such moment) or a date and time (2026-12-24T06:00:00+01:00):</source>
        <translation>Démarrer les lignes qui attendent Démarrer à
HH:MM (heure locale, le prochain moment de ce genre) ou à une date et heure (2026-12-24T06:00:00+01:00)&#xa0;:</translation>
    </message>
    <message>
        <source>“%1” is not a time Fanout understands.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une heure que Fanout comprend.</translation>
    </message>
    <message>
        <source>Starts at %1 (in %2)</source>
        <translation>Démarre à %1 (dans %2)</translation>
    </message>
    <message>
        <source>Queued — starts at %1</source>
        <translation>En attente — démarre à %1</translation>
    </message>
</context>
<context>
    <name>Scheduler</name>
    <message>
        <source>batch deadline of %1 s passed</source>
        <translation>délai du lot de %1 s dépassé</translation>
    </message>
    <message>
        <source>fail-fast: stopped after %1 failed</source>
        <translation>arrêt au premier échec : arrêté après l’échec de %1</translation>
    </message>
    <message>
        <source>cancelled by user</source>
        <translation>annulé par l’utilisateur</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>URL changed</source>
        <translation>URL modifiée</translation>
    </message>
</context>
<context>
    <name>SegmentToolTip</name>
    <message>
        <source>%1–%2 %3%</source>
        <translation>%1–%2 %3&#xa0;%</translation>
    </message>
    <message numerus="yes">
        <source>%n range(s): %1</source>
        <translation>
            <numerusform>%n plage&#xa0;: %1</numerusform>
            <numerusform>%n plages&#xa0;: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SegmentedBody</name>
    <message>
        <source>a range request was answered with status %1</source>
        <translation>une requête de plage a reçu le statut %1</translation>
    </message>
    <message>
        <source>a range request was answered with another range</source>
        <translation>une requête de plage a reçu une autre plage</translation>
    </message>
    <message>
        <source>a range request was answered with another total length</source>
        <translation>une requête de plage a reçu une autre longueur totale</translation>
    </message>
    <message>
        <source>the file changed on the server during a segmented download</source>
        <translation>le fichier a changé sur le serveur pendant un téléchargement segmenté</translation>
    </message>
    <message numerus="yes">
        <source>a range failed %n times in a row (HTTP status %1)</source>
        <translation>
            <numerusform>une plage a échoué %n fois de suite (statut HTTP %1)</numerusform>
            <numerusform>une plage a échoué %n fois de suite (statut HTTP %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionJournal</name>
    <message>
        <source>cannot read session %1: %2</source>
        <translation>impossible de lire la session %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a Fanout session</source>
        <translation>%1 n’est pas une session Fanout</translation>
    </message>
    <message>
        <source>cannot write session %1: %2</source>
        <translation>impossible d’écrire la session %1 : %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Downloads</source>
        <translation>&amp;Téléchargements</translation>
    </message>
    <message>
        <source>Where files go, how many at once, retries, failures and completed files</source>
        <translation>Où vont les fichiers, combien à la fois, nouvelles tentatives, échecs et fichiers terminés</translation>
    </message>
    <message>
        <source>&amp;Timeouts</source>
        <translation>&amp;Délais</translation>
    </message>
    <message>
        <source>How long connecting, silence, one attempt, one item and the batch may take</source>
        <translation>Combien de temps peuvent durer la connexion, le silence, une tentative, un élément et le lot</translation>
    </message>
    <message>
        <source>&amp;Politeness</source>
        <translation>&amp;Politesse</translation>
    </message>
    <message>
        <source>Rules per origin (scheme, host and port) and the batch&apos;s bandwidth</source>
        <translation>Règles par origine (schéma, hôte et port) et bande passante du lot</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Connexion</translation>
    </message>
    <message>
        <source>Proxy, extra CA certificate, HTTP/1.1 only</source>
        <translation>Proxy, certificat d&apos;autorité supplémentaire, HTTP/1.1 seulement</translation>
    </message>
    <message>
        <source>H&amp;ooks</source>
        <translation>Co&amp;mmandes</translation>
    </message>
    <message>
        <source>Commands to run after each download and after each batch</source>
        <translation>Commandes à lancer après chaque téléchargement et après chaque lot</translation>
    </message>
    <message>
        <source>Re&amp;quests</source>
        <translation>Re&amp;quêtes</translation>
    </message>
    <message>
        <source>User-Agent, headers, cookies and passwords sent with requests</source>
        <translation>User-Agent, en-têtes, cookies et mots de passe envoyés avec les requêtes</translation>
    </message>
    <message>
        <source>&amp;Restore Defaults</source>
        <translation>&amp;Valeurs par défaut</translation>
    </message>
    <message>
        <source>Put every setting on every tab back to its default (until you press OK)</source>
        <translation>Remettre chaque réglage de chaque onglet à sa valeur par défaut (jusqu&apos;à ce que vous appuyiez sur OK)</translation>
    </message>
    <message>
        <source>To save, fix what is marked in red on the %1 tab.</source>
        <translation>Pour enregistrer, corrigez ce qui est marqué en rouge dans l&apos;onglet %1.</translation>
    </message>
    <message>
        <source>To save, fix what is marked in red on these tabs: %1.</source>
        <translation>Pour enregistrer, corrigez ce qui est marqué en rouge dans ces onglets&#xa0;: %1.</translation>
    </message>
    <message>
        <source>&amp;View &amp;&amp; Desktop</source>
        <translation>&amp;Fenêtre</translation>
    </message>
    <message>
        <source>Theme, copied links, notifications</source>
        <translation>Thème, liens copiés, notifications</translation>
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
        <translation>Choisir un dossier</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Choisir un fichier</translation>
    </message>
</context>
<context>
    <name>StartGate</name>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
</context>
<context>
    <name>SubFolder</name>
    <message>
        <source>empty dir= field</source>
        <translation>champ dir= vide</translation>
    </message>
    <message>
        <source>dir= is longer than %1 characters</source>
        <translation>dir= dépasse %1 caractères</translation>
    </message>
    <message>
        <source>dir= may not contain a backslash (use / between folders)</source>
        <translation>dir= ne peut pas contenir de barre oblique inverse (utilisez / entre les dossiers)</translation>
    </message>
    <message>
        <source>dir= must be relative to the output folder (it starts with /)</source>
        <translation>dir= doit être relatif au dossier de destination (il commence par /)</translation>
    </message>
    <message>
        <source>dir= must be relative to the output folder (it starts with a drive letter)</source>
        <translation>dir= doit être relatif au dossier de destination (il commence par une lettre de lecteur)</translation>
    </message>
    <message>
        <source>dir= has more than %1 folders</source>
        <translation>dir= compte plus de %1 dossiers</translation>
    </message>
    <message>
        <source>dir= has an empty folder name (//)</source>
        <translation>dir= contient un nom de dossier vide (//)</translation>
    </message>
    <message>
        <source>dir= may not contain &apos;.&apos; or &apos;..&apos; (it must stay inside the output folder)</source>
        <translation>dir= ne peut pas contenir « . » ni « .. » (il doit rester dans le dossier de destination)</translation>
    </message>
    <message>
        <source>dir= may not contain an encoded &apos;.&apos;, &apos;..&apos; or separator</source>
        <translation>dir= ne peut pas contenir de « . », « .. » ou séparateur encodé</translation>
    </message>
    <message>
        <source>dir= folder %1 is not a safe name (no leading dot, control or reserved characters, device names or trailing dots and spaces)</source>
        <translation>le dossier %1 de dir= n’est pas un nom sûr (pas de point initial, de caractères de contrôle ou réservés, de noms de périphériques, ni de points ou d’espaces finaux)</translation>
    </message>
    <message>
        <source>cannot create output folder %1</source>
        <translation>impossible de créer le dossier de destination %1</translation>
    </message>
    <message>
        <source>cannot find output folder %1</source>
        <translation>dossier de destination %1 introuvable</translation>
    </message>
    <message>
        <source>refused: %1 is a symbolic link (dir= stays inside the output folder)</source>
        <translation>refusé : %1 est un lien symbolique (dir= reste dans le dossier de destination)</translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder</source>
        <translation>%1 existe et n’est pas un dossier</translation>
    </message>
    <message>
        <source>refused: %1 leads outside the output folder</source>
        <translation>refusé : %1 mène hors du dossier de destination</translation>
    </message>
</context>
<context>
    <name>SummaryBar</name>
    <message>
        <source>Batch summary</source>
        <translation>Résumé du lot</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Progression globale</translation>
    </message>
    <message>
        <source>Progress of the whole batch</source>
        <translation>Progression de tout le lot</translation>
    </message>
    <message>
        <source>Cancel Scheduled Start</source>
        <translation>Annuler le démarrage programmé</translation>
    </message>
    <message>
        <source>The rows keep waiting for Start</source>
        <translation>Les lignes continuent d&apos;attendre Démarrer</translation>
    </message>
    <message numerus="yes">
        <source>%n downloading</source>
        <translation>
            <numerusform>%n en cours</numerusform>
            <numerusform>%n en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <translation>
            <numerusform>%n en pause</numerusform>
            <numerusform>%n en pause</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to retry</source>
        <translation>
            <numerusform>%n attend une nouvelle tentative</numerusform>
            <numerusform>%n attendent une nouvelle tentative</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation>%1 reçus</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Elapsed %1</source>
        <translation>Écoulé %1</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>Restant %1</translation>
    </message>
    <message>
        <source>ETA unknown</source>
        <translation>Temps restant inconnu</translation>
    </message>
    <message>
        <source>Unfinished %L1</source>
        <translation>Inachevés %L1</translation>
    </message>
    <message>
        <source>Failed %L1</source>
        <translation>Échecs %L1</translation>
    </message>
    <message>
        <source>Done %L1</source>
        <translation>Terminés %L1</translation>
    </message>
    <message>
        <source>Cancelled %L1</source>
        <translation>Annulés %L1</translation>
    </message>
    <message>
        <source>Invalid %L1</source>
        <translation>Non valides %L1</translation>
    </message>
    <message>
        <source>File %L1 of %L2</source>
        <translation>Fichier %L1 sur %L2</translation>
    </message>
</context>
<context>
    <name>ThroughputChart</name>
    <message>
        <source>Throughput chart</source>
        <translation>Graphique du débit</translation>
    </message>
    <message>
        <source>Throughput (filled) and requests in flight (line) over the batch</source>
        <translation>Débit (rempli) et requêtes en cours (ligne) au fil du lot</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>peak %1</source>
        <translation>pic %1</translation>
    </message>
    <message numerus="yes">
        <source>at most %n in flight</source>
        <translation>
            <numerusform>au plus %n en cours</numerusform>
            <numerusform>au plus %n en cours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeoutsPage</name>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Aucune limite</translation>
    </message>
    <message>
        <source>0 turns a limit off. An attempt that runs out of time is retried while retries are left; an item or a batch that does is given up.</source>
        <translation>0 désactive une limite. Une tentative à court de temps est relancée tant qu&apos;il reste des tentatives&#xa0;; un élément ou un lot à court de temps est abandonné.</translation>
    </message>
    <message>
        <source>Co&amp;nnect timeout:</source>
        <translation>Délai de co&amp;nnexion&#xa0;:</translation>
    </message>
    <message>
        <source>give up connecting (name lookup, TCP and TLS) after S seconds; 0 = never.</source>
        <translation>abandonne la connexion (résolution de nom, TCP et TLS) après S secondes&#xa0;; 0 = jamais.</translation>
    </message>
    <message>
        <source>&amp;Stall timeout:</source>
        <translation>Délai de &amp;blocage&#xa0;:</translation>
    </message>
    <message>
        <source>give up an attempt when nothing arrives for S seconds; 0 = never.</source>
        <translation>abandonne une tentative quand rien n&apos;arrive pendant S secondes&#xa0;; 0 = jamais.</translation>
    </message>
    <message>
        <source>Time limit per &amp;attempt:</source>
        <translation>Limite par tent&amp;ative&#xa0;:</translation>
    </message>
    <message>
        <source>give up one attempt S seconds after it starts, however fast data arrives; 0 = no limit.</source>
        <translation>abandonne une tentative S secondes après son début, quelle que soit la vitesse des données&#xa0;; 0 = aucune limite.</translation>
    </message>
    <message>
        <source>Time limit per &amp;item:</source>
        <translation>Limite par &amp;élément&#xa0;:</translation>
    </message>
    <message>
        <source>give up on one file S seconds after its first attempt, all its retries and waits included; 0 = no limit.</source>
        <translation>abandonne un fichier S secondes après sa première tentative, nouvelles tentatives et attentes comprises&#xa0;; 0 = aucune limite.</translation>
    </message>
    <message>
        <source>Time limit for the &amp;whole batch:</source>
        <translation>Limite pour le &amp;lot entier&#xa0;:</translation>
    </message>
    <message>
        <source>cancel whatever is unfinished S seconds after the batch starts; 0 = no limit.</source>
        <translation>annule ce qui n&apos;est pas terminé S secondes après le début du lot&#xa0;; 0 = aucune limite.</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>size is %L1 bytes, the list expects %L2</source>
        <translation>la taille est de %L1 octets, la liste attend %L2</translation>
    </message>
    <message>
        <source> (sent as HTTP/2 with prior knowledge: does the server speak HTTP/2 without TLS?)</source>
        <translation> (envoyé en HTTP/2 avec connaissance préalable : le serveur parle-t-il HTTP/2 sans TLS ?)</translation>
    </message>
</context>
<context>
    <name>TransferFormat</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)/s</source>
        <translation>
            <numerusform>%n octet/s</numerusform>
            <numerusform>%n octets/s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation>Erreur HTTP</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Délai dépassé</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>Cannot connect</source>
        <translation>Connexion impossible</translation>
    </message>
    <message>
        <source>Host not found</source>
        <translation>Hôte introuvable</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Échec de la connexion sécurisée</translation>
    </message>
    <message>
        <source>Redirect failed</source>
        <translation>Échec de la redirection</translation>
    </message>
    <message>
        <source>Cut short</source>
        <translation>Interrompu</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Non valide</translation>
    </message>
    <message>
        <source>Checksum mismatch</source>
        <translation>Somme de contrôle incorrecte</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non démarré</translation>
    </message>
    <message>
        <source>%1 of an unknown size</source>
        <translation>%1 sur une taille inconnue</translation>
    </message>
    <message>
        <source>%1, %2 of %3</source>
        <extracomment>&quot;42%, 1.31 MiB of 3.00 MiB&quot;</extracomment>
        <translation>%1, %2 sur %3</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>A share of a download, &quot;42%&quot;: French writes a (no-break) space before the sign</extracomment>
        <translation>%1&#x202f;%</translation>
    </message>
    <message>
        <source>Bad Request</source>
        <translation>Requête incorrecte</translation>
    </message>
    <message>
        <source>Unauthorized</source>
        <translation>Non autorisé</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>Interdit</translation>
    </message>
    <message>
        <source>Not Found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Method Not Allowed</source>
        <translation>Méthode non autorisée</translation>
    </message>
    <message>
        <source>Request Timeout</source>
        <translation>Délai de la requête dépassé</translation>
    </message>
    <message>
        <source>Gone</source>
        <translation>N’existe plus</translation>
    </message>
    <message>
        <source>Range Not Satisfiable</source>
        <translation>Plage non satisfaisable</translation>
    </message>
    <message>
        <source>Too Many Requests</source>
        <translation>Trop de requêtes</translation>
    </message>
    <message>
        <source>Internal Server Error</source>
        <translation>Erreur interne du serveur</translation>
    </message>
    <message>
        <source>Bad Gateway</source>
        <translation>Passerelle incorrecte</translation>
    </message>
    <message>
        <source>Service Unavailable</source>
        <translation>Service indisponible</translation>
    </message>
    <message>
        <source>Gateway Timeout</source>
        <translation>Délai de la passerelle dépassé</translation>
    </message>
</context>
<context>
    <name>TransferModel</name>
    <message>
        <source>Queued</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>En attente de nouvelle tentative</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Non valide</translation>
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
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>Restant</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Écoulé</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Estimated time left for this download</source>
        <translation>Temps restant estimé pour ce téléchargement</translation>
    </message>
    <message>
        <source>Queued — press Start</source>
        <translation>En attente — appuyez sur Démarrer</translation>
    </message>
    <message>
        <source>Queued — paused</source>
        <translation>En attente — en pause</translation>
    </message>
    <message>
        <source>Waiting %1 s — %2</source>
        <translation>Attente de %1 s — %2</translation>
    </message>
    <message>
        <source>Queued — %1</source>
        <translation>En attente — %1</translation>
    </message>
    <message>
        <source>Retrying (attempt %1 of %2)</source>
        <translation>Nouvelle tentative (tentative %1 sur %2)</translation>
    </message>
    <message>
        <source>Retry in %1 s (attempt %2 of %3)</source>
        <translation>Nouvelle tentative dans %1 s (tentative %2 sur %3)</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Downloading (attempt %1 of %2)</source>
        <translation>En cours (tentative %1 sur %2)</translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation>Non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Done — already complete, verified</source>
        <translation>Terminé — déjà complet, vérifié</translation>
    </message>
    <message>
        <source>Done — already complete</source>
        <translation>Terminé — déjà complet</translation>
    </message>
    <message>
        <source>Done — verified</source>
        <translation>Terminé — vérifié</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>not finished when exported (%1)</source>
        <translation>non terminé lors de l&apos;export (%1)</translation>
    </message>
</context>
<context>
    <name>TransferView</name>
    <message>
        <source>Show downloads by state</source>
        <translation>Afficher les téléchargements par état</translation>
    </message>
    <message>
        <source>Every download (Alt+1)</source>
        <translation>Tous les téléchargements (Alt+1)</translation>
    </message>
    <message>
        <source>Queued, downloading, paused and waiting to retry (Alt+2)</source>
        <translation>En attente, en cours, en pause et en attente de nouvelle tentative (Alt+2)</translation>
    </message>
    <message>
        <source>Failed (Alt+3)</source>
        <translation>En échec (Alt+3)</translation>
    </message>
    <message>
        <source>Finished successfully (Alt+4)</source>
        <translation>Terminés avec succès (Alt+4)</translation>
    </message>
    <message>
        <source>Cancelled (Alt+5)</source>
        <translation>Annulés (Alt+5)</translation>
    </message>
    <message>
        <source>Lines that are not URLs Fanout can fetch (Alt+6)</source>
        <translation>Lignes qui ne sont pas des URL que Fanout peut télécharger (Alt+6)</translation>
    </message>
    <message>
        <source>Search downloads</source>
        <translation>Rechercher dans les téléchargements</translation>
    </message>
    <message>
        <source>Search URL, file or error (Ctrl+F)</source>
        <translation>Rechercher une URL, un fichier ou une erreur (Ctrl+F)</translation>
    </message>
    <message>
        <source>Escape clears the search</source>
        <translation>Échap efface la recherche</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Téléchargements</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation>Inachevés</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminés</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulés</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Non valides</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>UrlCheck</name>
    <message>
        <source>URL too long (%L1 characters, the limit is %L2)</source>
        <translation>URL trop longue (%L1 caractères, la limite est %L2)</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>contient des caractères de contrôle</translation>
    </message>
    <message>
        <source>contains invalid characters (the input is not valid UTF-8)</source>
        <translation>contient des caractères non valides (l’entrée n’est pas de l’UTF-8 valide)</translation>
    </message>
    <message>
        <source>not a URL</source>
        <translation>pas une URL</translation>
    </message>
    <message>
        <source>unsupported scheme &apos;%1&apos; (only http and https)</source>
        <translation>schéma non pris en charge « %1 » (seulement http et https)</translation>
    </message>
    <message>
        <source>not a valid URL</source>
        <translation>URL non valide</translation>
    </message>
    <message>
        <source>missing host</source>
        <translation>hôte manquant</translation>
    </message>
</context>
<context>
    <name>UrlIntake</name>
    <message>
        <source>an aria2 input file</source>
        <translation>fichier d&apos;entrée aria2</translation>
    </message>
    <message>
        <source>a Metalink document</source>
        <translation>document Metalink</translation>
    </message>
    <message>
        <source>a results CSV</source>
        <translation>CSV de résultats</translation>
    </message>
    <message>
        <source>a checksum file</source>
        <translation>fichier de sommes de contrôle</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>liste</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a URL list</source>
        <translation>%1 est trop volumineux pour une liste d&apos;URL</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Cannot read %1 as %2: %3</source>
        <translation>Impossible de lire %1 comme %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Read %1 as %2; %n note(s): %3</source>
        <translation>
            <numerusform>%1 lu comme %2&#xa0;; %n remarque&#xa0;: %3</numerusform>
            <numerusform>%1 lu comme %2&#xa0;; %n remarques&#xa0;: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Read %1 as %2</source>
        <translation>%1 lu comme %2</translation>
    </message>
    <message>
        <source>No checksum line in %1</source>
        <translation>Aucune ligne de somme de contrôle dans %1</translation>
    </message>
    <message>
        <source>%1 is a checksum file: its digests attach to the URLs in the paste area, which is empty. Paste or open the list first.</source>
        <translation>%1 est un fichier de sommes de contrôle&#xa0;: ses sommes s&apos;attachent aux URL de la zone de collage, qui est vide. Collez ou ouvrez d&apos;abord la liste.</translation>
    </message>
    <message numerus="yes">
        <source>%n URL(s) in the paste area got a checksum from %1</source>
        <translation>
            <numerusform>%n URL de la zone de collage a reçu une somme de contrôle de %1</numerusform>
            <numerusform>%n URL de la zone de collage ont reçu une somme de contrôle de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n name(s) in it match no URL: %1</source>
        <translation>
            <numerusform>&#xa0;; %n nom qu&apos;il contient ne correspond à aucune URL&#xa0;: %1</numerusform>
            <numerusform>&#xa0;; %n noms qu&apos;il contient ne correspondent à aucune URL&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Add URLs from a file</source>
        <translation>Ajouter des URL depuis un fichier</translation>
    </message>
    <message>
        <source>Lists (*.txt *.csv *.list *.meta4 *.metalink *.aria2);;All files (*)</source>
        <translation>Listes (*.txt *.csv *.list *.meta4 *.metalink *.aria2);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Add checksums to the URLs in the paste area</source>
        <translation>Ajouter des sommes de contrôle aux URL de la zone de collage</translation>
    </message>
    <message>
        <source>Checksum files (*SUMS* *sums* *.sha256 *.sha512 *.sha1 *.md5 *.txt);;All files (*)</source>
        <translation>Fichiers de sommes de contrôle (*SUMS* *sums* *.sha256 *.sha512 *.sha1 *.md5 *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The clipboard holds no text</source>
        <translation>Le presse-papiers ne contient pas de texte</translation>
    </message>
    <message>
        <source>the clipboard</source>
        <translation>le presse-papiers</translation>
    </message>
    <message>
        <source>the dropped text</source>
        <translation>le texte déposé</translation>
    </message>
</context>
<context>
    <name>UrlList</name>
    <message>
        <source>URL too long (%L1 characters, the limit is %L2)</source>
        <translation>URL trop longue (%L1 caractères, la limite est %L2)</translation>
    </message>
    <message>
        <source>line too long (%L1 characters, the limit is %L2)</source>
        <translation>ligne trop longue (%L1 caractères, la limite est %L2)</translation>
    </message>
    <message>
        <source>a file name, digest or mirror cannot apply to a range of URLs</source>
        <translation>un nom de fichier, une empreinte ou un miroir ne peut pas s’appliquer à une plage d’URL</translation>
    </message>
</context>
<context>
    <name>UrlRange</name>
    <message>
        <source>malformed range: no closing &apos;]&apos;</source>
        <translation>plage mal formée : pas de « ] » fermant</translation>
    </message>
    <message>
        <source>malformed range %1: number too large</source>
        <translation>plage mal formée %1 : nombre trop grand</translation>
    </message>
    <message>
        <source>malformed range %1</source>
        <translation>plage mal formée %1</translation>
    </message>
    <message>
        <source>reversed range %1</source>
        <translation>plage inversée %1</translation>
    </message>
    <message>
        <source>range expands to %L1 URLs, more than the limit %L2</source>
        <translation>la plage donne %L1 URL, plus que la limite %L2</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>Add from &amp;File…</source>
        <translation>Ajouter depuis un &amp;fichier…</translation>
    </message>
    <message>
        <source>Add the URLs listed in a file: a list, an aria2 input file, a Metalink document or a results CSV</source>
        <translation>Ajouter les URL d&apos;un fichier&#xa0;: une liste, un fichier d&apos;entrée aria2, un document Metalink ou un CSV de résultats</translation>
    </message>
    <message>
        <source>Add &amp;Checksums…</source>
        <translation>Ajouter des &amp;sommes de contrôle…</translation>
    </message>
    <message>
        <source>Attach the digests of a checksum file (SHA256SUMS, …) to the URLs in the paste area, by file name</source>
        <translation>Attacher les sommes d&apos;un fichier de sommes de contrôle (SHA256SUMS, …) aux URL de la zone de collage, par nom de fichier</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Save one line per download, as the headless mode&apos;s --csv</source>
        <translation>Enregistrer une ligne par téléchargement, comme --csv en mode sans fenêtre</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Close Fanout</source>
        <translation>Fermer Fanout</translation>
    </message>
    <message>
        <source>&amp;Paste URLs</source>
        <translation>&amp;Coller des URL</translation>
    </message>
    <message>
        <source>Add the URLs on the clipboard</source>
        <translation>Ajouter les URL du presse-papiers</translation>
    </message>
    <message>
        <source>Go to the Paste &amp;Area</source>
        <translation>Aller à la &amp;zone de collage</translation>
    </message>
    <message>
        <source>Move the focus to the paste area</source>
        <translation>Placer le focus dans la zone de collage</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Search the downloads by URL, file or error</source>
        <translation>Rechercher dans les téléchargements par URL, fichier ou erreur</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>Start downloading the rows that wait for Start</source>
        <translation>Télécharger les lignes qui attendent Démarrer</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Pause or resume every download</source>
        <translation>Mettre en pause ou reprendre tous les téléchargements</translation>
    </message>
    <message>
        <source>Start a&amp;t…</source>
        <translation>Démarrer à l&apos;&amp;heure…</translation>
    </message>
    <message>
        <source>Start the rows that wait for Start at a time you choose</source>
        <translation>Démarrer à l&apos;heure choisie les lignes qui attendent Démarrer</translation>
    </message>
    <message>
        <source>Start downloads as soon as they are a&amp;dded</source>
        <translation>Démarrer les téléchargements dès leur &amp;ajout</translation>
    </message>
    <message>
        <source>On: added URLs start at once. Off: they wait for Start, also after an earlier batch has finished</source>
        <translation>Activé&#xa0;: les URL ajoutées démarrent aussitôt. Désactivé&#xa0;: elles attendent Démarrer, même après la fin d&apos;un lot précédent</translation>
    </message>
    <message>
        <source>Cancel &amp;All</source>
        <translation>&amp;Tout annuler</translation>
    </message>
    <message>
        <source>Cancel every download that has not finished</source>
        <translation>Annuler tous les téléchargements non terminés</translation>
    </message>
    <message>
        <source>Retry &amp;Failed</source>
        <translation>Relancer les é&amp;checs</translation>
    </message>
    <message>
        <source>Run every failed download again</source>
        <translation>Relancer tous les téléchargements en échec</translation>
    </message>
    <message>
        <source>C&amp;lear List…</source>
        <translation>Vid&amp;er la liste…</translation>
    </message>
    <message>
        <source>Cancel every download and empty the list</source>
        <translation>Annuler tous les téléchargements et vider la liste</translation>
    </message>
    <message>
        <source>Cop&amp;y Failed URLs</source>
        <translation>Cop&amp;ier les URL en échec</translation>
    </message>
    <message>
        <source>Copy the URLs of the failed downloads, one per line</source>
        <translation>Copier les URL des téléchargements en échec, une par ligne</translation>
    </message>
    <message>
        <source>Export Failed as &amp;List…</source>
        <translation>Exporter les échecs en &amp;liste…</translation>
    </message>
    <message>
        <source>Save the downloads that did not end ok as a list that runs them again (names, folders, digests, mirrors kept; as --failed-list)</source>
        <translation>Enregistrer les téléchargements qui n&apos;ont pas réussi dans une liste qui les relance (noms, dossiers, sommes, miroirs conservés&#xa0;; comme --failed-list)</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Output folder, parallel downloads, timeouts, retries</source>
        <translation>Dossier de destination, téléchargements parallèles, délais, nouvelles tentatives</translation>
    </message>
    <message>
        <source>Show &amp;All</source>
        <translation>&amp;Tout afficher</translation>
    </message>
    <message>
        <source>Show every download</source>
        <translation>Afficher tous les téléchargements</translation>
    </message>
    <message>
        <source>Show &amp;Unfinished</source>
        <translation>Afficher les &amp;inachevés</translation>
    </message>
    <message>
        <source>Show queued, downloading, paused and retrying downloads</source>
        <translation>Afficher les téléchargements en attente, en cours, en pause et à relancer</translation>
    </message>
    <message>
        <source>Show &amp;Failed</source>
        <translation>Afficher les é&amp;checs</translation>
    </message>
    <message>
        <source>Show failed downloads</source>
        <translation>Afficher les téléchargements en échec</translation>
    </message>
    <message>
        <source>Show &amp;Done</source>
        <translation>Afficher les ter&amp;minés</translation>
    </message>
    <message>
        <source>Show finished downloads</source>
        <translation>Afficher les téléchargements terminés</translation>
    </message>
    <message>
        <source>Show Ca&amp;ncelled</source>
        <translation>Afficher les &amp;annulés</translation>
    </message>
    <message>
        <source>Show cancelled downloads</source>
        <translation>Afficher les téléchargements annulés</translation>
    </message>
    <message>
        <source>Show &amp;Invalid</source>
        <translation>Afficher les &amp;non valides</translation>
    </message>
    <message>
        <source>Show the lines that are not URLs Fanout can fetch</source>
        <translation>Afficher les lignes qui ne sont pas des URL que Fanout peut télécharger</translation>
    </message>
    <message>
        <source>Retr&amp;y</source>
        <translation>Re&amp;lancer</translation>
    </message>
    <message>
        <source>Run the selected downloads again</source>
        <translation>Relancer les téléchargements sélectionnés</translation>
    </message>
    <message>
        <source>C&amp;heck for Updates</source>
        <translation>Rechercher les &amp;mises à jour</translation>
    </message>
    <message>
        <source>Ask whether the selected finished downloads changed on the server; a new version replaces a file you have not changed</source>
        <translation>Demander si les téléchargements terminés sélectionnés ont changé sur le serveur&#xa0;; une nouvelle version remplace un fichier que vous n&apos;avez pas modifié</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Cancel the selected downloads</source>
        <translation>Annuler les téléchargements sélectionnés</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Cancel and remove the selected rows</source>
        <translation>Annuler et retirer les lignes sélectionnées</translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation>Copier l&apos;&amp;URL</translation>
    </message>
    <message>
        <source>Copy the selected URLs</source>
        <translation>Copier les URL sélectionnées</translation>
    </message>
    <message>
        <source>Copy &amp;Error</source>
        <translation>Copier l&apos;&amp;erreur</translation>
    </message>
    <message>
        <source>Copy the errors of the selected rows</source>
        <translation>Copier les erreurs des lignes sélectionnées</translation>
    </message>
    <message>
        <source>&amp;Open File</source>
        <translation>&amp;Ouvrir le fichier</translation>
    </message>
    <message>
        <source>Open the downloaded file</source>
        <translation>Ouvrir le fichier téléchargé</translation>
    </message>
    <message>
        <source>Open Contai&amp;ning Folder</source>
        <translation>Ouvrir le doss&amp;ier parent</translation>
    </message>
    <message>
        <source>Show the downloaded file in its folder</source>
        <translation>Montrer le fichier téléchargé dans son dossier</translation>
    </message>
    <message>
        <source>L&amp;imit Speed…</source>
        <translation>Limiter la &amp;vitesse…</translation>
    </message>
    <message>
        <source>Cap the download speed of the selected rows (0 lifts the cap)</source>
        <translation>Plafonner la vitesse de téléchargement des lignes sélectionnées (0 lève le plafond)</translation>
    </message>
    <message>
        <source>Chan&amp;ge URL…</source>
        <translation>Chan&amp;ger d&apos;URL…</translation>
    </message>
    <message>
        <source>Go on from another URL: the part file is continued when the new URL serves the same file, and the list&apos;s digests still apply</source>
        <translation>Continuer depuis une autre URL&#xa0;: le fichier partiel est repris si la nouvelle URL sert le même fichier, et les sommes de la liste s&apos;appliquent toujours</translation>
    </message>
    <message>
        <source>Copy Failed URLs</source>
        <comment>toolbar button</comment>
        <translation>Copier les échecs</translation>
    </message>
    <message>
        <source>&amp;Watch the Clipboard</source>
        <translation>&amp;Surveiller le presse-papiers</translation>
    </message>
    <message>
        <source>Offer the links of text copied in any program (never added without Add)</source>
        <translation>Proposer les liens du texte copié dans n&apos;importe quel programme (jamais ajoutés sans Ajouter)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <source>The desktop&apos;s colours</source>
        <translation>Les couleurs du bureau</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>Light colours</source>
        <translation>Couleurs claires</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <source>Dark colours</source>
        <translation>Couleurs sombres</translation>
    </message>
</context>
<context>
    <name>WindowCommands</name>
    <message>
        <source>Paused: running downloads hold, none start</source>
        <translation>En pause&#xa0;: les téléchargements en cours s&apos;arrêtent, aucun ne démarre</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Repris</translation>
    </message>
    <message>
        <source>Limit Speed</source>
        <translation>Limiter la vitesse</translation>
    </message>
    <message>
        <source>Bytes a second for the selected rows (500k, 2M; 0 = none):</source>
        <translation>Octets par seconde pour les lignes sélectionnées (500k, 2M&#xa0;; 0 = aucune limite)&#xa0;:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a speed such as 500k or 2M</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une vitesse comme 500k ou 2M</translation>
    </message>
    <message>
        <source>Select one row to change its URL</source>
        <translation>Sélectionnez une ligne pour changer son URL</translation>
    </message>
    <message>
        <source>Change URL</source>
        <translation>Changer d&apos;URL</translation>
    </message>
    <message>
        <source>Go on from this URL (the part file is continued when it serves the same file):</source>
        <translation>Continuer depuis cette URL (le fichier partiel est repris si elle sert le même fichier)&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) capped at %1/s</source>
        <translation>
            <numerusform>%n ligne plafonnée à %1/s</numerusform>
            <numerusform>%n lignes plafonnées à %1/s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Speed cap lifted for %n row(s)</source>
        <translation>
            <numerusform>Plafond de vitesse levé pour %n ligne</numerusform>
            <numerusform>Plafond de vitesse levé pour %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied 1 line</source>
        <translation>1 ligne copiée</translation>
    </message>
    <message>
        <source>No downloaded file for this row yet</source>
        <translation>Pas encore de fichier téléchargé pour cette ligne</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>Impossible d&apos;ouvrir %1</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l&apos;export&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Exporter les résultats</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message numerus="yes">
        <source>%n download(s) not ok written to %1 — add it to run them again</source>
        <translation>
            <numerusform>%n téléchargement non réussi écrit dans %1 — ajoutez ce fichier pour le relancer</numerusform>
            <numerusform>%n téléchargements non réussis écrits dans %1 — ajoutez ce fichier pour les relancer</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed downloads as a list</source>
        <translation>Exporter les téléchargements en échec en liste</translation>
    </message>
    <message>
        <source>Lists (*.txt)</source>
        <translation>Listes (*.txt)</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n lines</source>
        <translation>
            <numerusform>%n ligne copiée</numerusform>
            <numerusform>%n lignes copiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s); %1 not finished yet are marked cancelled</source>
        <translation>
            <numerusform>%n ligne exportée&#xa0;; %1 non terminées sont marquées annulées</numerusform>
            <numerusform>%n lignes exportées&#xa0;; %1 non terminées sont marquées annulées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>%n ligne exportée dans %1</numerusform>
            <numerusform>%n lignes exportées dans %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowHooks</name>
    <message>
        <source>The hook after %1: %2</source>
        <translation>La commande après %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The hook after the batch: %1</source>
        <translation>La commande après le lot&#xa0;: %1</translation>
    </message>
    <message>
        <source>did not finish in time</source>
        <translation>ne s’est pas terminé à temps</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>killed by a signal</source>
        <translation>tué par un signal</translation>
    </message>
    <message>
        <source>failed with exit code %1</source>
        <translation>a échoué avec le code de sortie %1</translation>
    </message>
    <message>
        <source>cannot start: %1</source>
        <translation>ne peut pas démarrer : %1</translation>
    </message>
    <message>
        <source>finished ok</source>
        <translation>terminé sans erreur</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Downloads</source>
        <translation>&amp;Téléchargements</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Barre principale</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>T&amp;hème</translation>
    </message>
</context>
<context>
    <name>WindowPage</name>
    <message>
        <source>Offer links copied to the clip&amp;board</source>
        <translation>Proposer les &amp;liens copiés dans le presse-papiers</translation>
    </message>
    <message>
        <source>Notif&amp;y when a batch ends while the window is in the background</source>
        <translation>&amp;Notifier la fin d&apos;un lot quand la fenêtre est en arrière-plan</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;hème&#xa0;:</translation>
    </message>
    <message>
        <source>The window&apos;s colours: the desktop&apos;s (System), or Fanout&apos;s own Light or Dark. Also in View ▸ Theme.</source>
        <translation>Les couleurs de la fenêtre&#xa0;: celles du bureau (Système), ou le thème Clair ou Sombre de Fanout. Aussi dans Affichage ▸ Thème.</translation>
    </message>
    <message>
        <source>When text with http(s) links is copied in any program, a bar over the table offers to add the links not in the list yet. Nothing is added without Add. Also in Edit ▸ Watch the Clipboard.</source>
        <translation>Quand du texte contenant des liens http(s) est copié dans n&apos;importe quel programme, une barre au-dessus du tableau propose d&apos;ajouter les liens qui ne sont pas encore dans la liste. Rien n&apos;est ajouté sans Ajouter. Aussi dans Édition ▸ Surveiller le presse-papiers.</translation>
    </message>
    <message>
        <source>One desktop notification says how many downloads are ok and how many failed; clicking it brings the window back.</source>
        <translation>Une notification du bureau indique combien de téléchargements ont réussi et combien ont échoué&#xa0;; un clic dessus ramène la fenêtre.</translation>
    </message>
</context>
<context>
    <name>runGui</name>
    <message>
        <source>the command line</source>
        <translation>la ligne de commande</translation>
    </message>
</context>
</TS>
