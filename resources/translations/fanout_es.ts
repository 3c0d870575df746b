<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AppSettings</name>
    <message>
        <source>Cannot read the CA certificate %1: %2</source>
        <translation>No se puede leer el certificado de CA %1: %2</translation>
    </message>
    <message>
        <source>No certificate found in %1</source>
        <translation>No se encontró ningún certificado en %1</translation>
    </message>
</context>
<context>
    <name>Aria2Input</name>
    <message>
        <source>aria2 option line without a URI line before it; ignored</source>
        <translation>línea de opción de aria2 sin una línea de URI antes; ignorada</translation>
    </message>
    <message>
        <source>non-URL</source>
        <translation>no URL</translation>
    </message>
    <message>
        <source>ignored: %1 URI (only http and https are fetched)</source>
        <translation>ignorado: URI %1 (solo se descargan http y https)</translation>
    </message>
    <message>
        <source>not an aria2 option (expected NAME=VALUE)</source>
        <translation>no es una opción de aria2 (se espera NOMBRE=VALOR)</translation>
    </message>
    <message>
        <source>the aria2 option %1 %2</source>
        <translation>la opción de aria2 %1 %2</translation>
    </message>
    <message>
        <source>malformed aria2 checksum (expected checksum=ALGO=HEX)</source>
        <translation>suma de verificación de aria2 mal formada (se espera checksum=ALGO=HEX)</translation>
    </message>
    <message>
        <source>ignored: checksum algorithm %1 (md5, sha-1, sha-256 and sha-512 are checked)</source>
        <translation>ignorado: algoritmo de suma de verificación %1 (se comprueban md5, sha-1, sha-256 y sha-512)</translation>
    </message>
    <message>
        <source>ignored: aria2 option %1</source>
        <translation>ignorada: opción de aria2 %1</translation>
    </message>
    <message>
        <source>not converted: %1</source>
        <translation>no convertido: %1</translation>
    </message>
</context>
<context>
    <name>AuthPrompter</name>
    <message>
        <source>Proxy password</source>
        <translation>Contraseña del proxy</translation>
    </message>
    <message>
        <source>Password needed</source>
        <translation>Se necesita una contraseña</translation>
    </message>
    <message>
        <source>The proxy %1 asks for a user name and password.</source>
        <translation>El proxy %1 pide un nombre de usuario y una contraseña.</translation>
    </message>
    <message>
        <source>%1 asks for a user name and password.</source>
        <translation>%1 pide un nombre de usuario y una contraseña.</translation>
    </message>
    <message>
        <source>1 download waits for them.</source>
        <translation>1 descarga los espera.</translation>
    </message>
    <message>
        <source>They are used for this batch only and are never saved.</source>
        <translation>Solo se usan para este lote y nunca se guardan.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message numerus="yes">
        <source>%n downloads wait for them.</source>
        <translation>
            <numerusform>%n descarga los espera.</numerusform>
            <numerusform>%n descargas los esperan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchNotifier</name>
    <message numerus="yes">
        <source>%n download(s) ok</source>
        <translation>
            <numerusform>%n descarga correcta</numerusform>
            <numerusform>%n descargas correctas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallida</numerusform>
            <numerusform>%n fallidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelada</numerusform>
            <numerusform>%n canceladas</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch finished</source>
        <translation>Lote terminado</translation>
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
        <translation>No se puede guardar la sesión: %1</translation>
    </message>
    <message>
        <source>This batch goes on in %1; the new folder is for the next batch</source>
        <translation>Este lote sigue en %1; la nueva carpeta es para el próximo lote</translation>
    </message>
    <message>
        <source>The list saves to %1: clear it or let it finish first</source>
        <translation>La lista guarda en %1: vacíela o deje que termine primero</translation>
    </message>
    <message>
        <source>Resumed in %1: %2 finished earlier, %3 to download</source>
        <translation>Reanudado en %1: %2 terminadas antes, %3 por descargar</translation>
    </message>
    <message>
        <source>Batch finished: %1 ok, %2 failed, %3 cancelled</source>
        <translation>Lote terminado: %1 correctas, %2 fallidas, %3 canceladas</translation>
    </message>
</context>
<context>
    <name>BodyOpener</name>
    <message>
        <source>HTTP 206 for a request without Range</source>
        <translation>HTTP 206 para una petición sin Range</translation>
    </message>
</context>
<context>
    <name>ChecksumAttacher</name>
    <message>
        <source>%1: the list&apos;s %2 differs from line %3 of the checksum file; the list&apos;s is kept</source>
        <translation>%1: el %2 de la lista difiere de la línea %3 del archivo de sumas de verificación; se conserva el de la lista</translation>
    </message>
</context>
<context>
    <name>ChecksumFile</name>
    <message>
        <source>ignored: %1 digests are not checked (MD5, SHA1, SHA256 and SHA512 are)</source>
        <translation>ignorado: los resúmenes %1 no se comprueban (MD5, SHA1, SHA256 y SHA512 sí)</translation>
    </message>
    <message>
        <source>a %1 digest has %2 hex digits</source>
        <translation>un resumen %1 tiene %2 dígitos hexadecimales</translation>
    </message>
    <message>
        <source>not a checksum line (HEX  NAME or TAG (NAME) = HEX)</source>
        <translation>no es una línea de suma de verificación (HEX  NOMBRE o TAG (NOMBRE) = HEX)</translation>
    </message>
    <message>
        <source>a digest of %1 hex digits (32 md5, 40 sha1, 64 sha256, 128 sha512)</source>
        <translation>un resumen de %1 dígitos hexadecimales (32 md5, 40 sha1, 64 sha256, 128 sha512)</translation>
    </message>
    <message>
        <source>no file name</source>
        <translation>sin nombre de archivo</translation>
    </message>
    <message>
        <source>a malformed escape in the file name</source>
        <translation>una secuencia de escape mal formada en el nombre de archivo</translation>
    </message>
    <message>
        <source>%1 has another %2 on line %3; the first is kept</source>
        <translation>%1 tiene otro %2 en la línea %3; se conserva el primero</translation>
    </message>
</context>
<context>
    <name>ClearListPrompt</name>
    <message numerus="yes">
        <source>Remove all %n row(s) from the list?</source>
        <translation>
            <numerusform>¿Quitar la fila de la lista?</numerusform>
            <numerusform>¿Quitar las %n filas de la lista?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished download(s) will be cancelled.</source>
        <translation>
            <numerusform>Se cancelará %n descarga sin terminar.</numerusform>
            <numerusform>Se cancelarán %n descargas sin terminar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Vaciar la lista</translation>
    </message>
</context>
<context>
    <name>ClipboardBar</name>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Links on the clipboard</source>
        <translation>Enlaces en el portapapeles</translation>
    </message>
    <message>
        <source>Add the copied links</source>
        <translation>Añadir los enlaces copiados</translation>
    </message>
    <message>
        <source>Add the copied links to the list, as Paste URLs would</source>
        <translation>Añadir los enlaces copiados a la lista, como haría Pegar URL</translation>
    </message>
    <message>
        <source>Dismiss the copied links</source>
        <translation>Descartar los enlaces copiados</translation>
    </message>
    <message>
        <source>Do not offer these links again</source>
        <translation>No volver a ofrecer estos enlaces</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) copied:</source>
        <translation>
            <numerusform>%n enlace copiado:</numerusform>
            <numerusform>%n enlaces copiados:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <source>The system&apos;s settings</source>
        <translation>Configuración del sistema</translation>
    </message>
    <message>
        <source>None: connect directly</source>
        <translation>Ninguno: conectar directamente</translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation>Este proxy:</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <source>the system&apos;s proxy settings (the default), none at all (--no-proxy), or this proxy (--proxy URL).</source>
        <translation>la configuración de proxy del sistema (predeterminada), ninguno (--no-proxy) o este proxy (--proxy URL).</translation>
    </message>
    <message>
        <source>Proxy URL</source>
        <translation>URL del proxy</translation>
    </message>
    <message>
        <source>go through this proxy: http://[user:password@]host[:port] (port 3128 when none is given) or socks5://host[:port] (1080); socks5h:// lets the proxy resolve names.</source>
        <translation>usar este proxy: http://[usuario:contraseña@]host[:puerto] (puerto 3128 si no se indica) o socks5://host[:puerto] (1080); con socks5h:// el proxy resuelve los nombres.</translation>
    </message>
    <message>
        <source>None: the system&apos;s certificates only</source>
        <translation>Ninguno: solo los certificados del sistema</translation>
    </message>
    <message>
        <source>&amp;Extra CA certificate:</source>
        <translation>Certificado de CA &amp;adicional:</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificado de CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer *.der);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>also trust the CA certificates in FILE (PEM or DER), besides the system&apos;s; for a company or test CA.</source>
        <translation>confiar también en los certificados de CA de ARCHIVO (PEM o DER), además de los del sistema; para una CA de empresa o de pruebas.</translation>
    </message>
    <message>
        <source>Automatic: HTTP/2 where a TLS server offers it</source>
        <translation>Automático: HTTP/2 cuando un servidor TLS lo ofrece</translation>
    </message>
    <message>
        <source>HTTP/1.1 only: never use HTTP/2</source>
        <translation>Solo HTTP/1.1: no usar nunca HTTP/2</translation>
    </message>
    <message>
        <source>HTTP/2 also without TLS (prior knowledge)</source>
        <translation>HTTP/2 también sin TLS (conocimiento previo)</translation>
    </message>
    <message>
        <source>&amp;HTTP version:</source>
        <translation>Versión de &amp;HTTP:</translation>
    </message>
    <message>
        <source>HTTP/2 where an https:// server offers it (the default); never HTTP/2, for servers that misbehave with it (--http1); or HTTP/2 from the first byte to http:// servers too, without TLS or an upgrade, for servers that speak it (--http2-prior-knowledge).</source>
        <translation>HTTP/2 cuando un servidor https:// lo ofrece (predeterminado); nunca HTTP/2, para servidores que fallan con él (--http1); o HTTP/2 desde el primer byte también con servidores http://, sin TLS ni actualización, para servidores que lo hablan (--http2-prior-knowledge).</translation>
    </message>
</context>
<context>
    <name>CookieFile</name>
    <message>
        <source>%1 tab-separated fields instead of 7</source>
        <translation>%1 campos separados por tabuladores en lugar de 7</translation>
    </message>
    <message>
        <source>bad domain</source>
        <translation>dominio incorrecto</translation>
    </message>
    <message>
        <source>the include-subdomains field is neither TRUE nor FALSE</source>
        <translation>el campo de subdominios no es ni TRUE ni FALSE</translation>
    </message>
    <message>
        <source>the path does not start with /</source>
        <translation>la ruta no empieza por /</translation>
    </message>
    <message>
        <source>the secure field is neither TRUE nor FALSE</source>
        <translation>el campo «secure» no es ni TRUE ni FALSE</translation>
    </message>
    <message>
        <source>the expiry is not a number of seconds</source>
        <translation>la caducidad no es un número de segundos</translation>
    </message>
    <message>
        <source>the cookie has no name</source>
        <translation>la cookie no tiene nombre</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>cookies</source>
        <translation>cookies</translation>
    </message>
    <message>
        <source>… and %1 more malformed lines</source>
        <translation>… y %1 líneas mal formadas más</translation>
    </message>
    <message>
        <source>Cannot read the cookies file %1: %2</source>
        <translation>No se puede leer el archivo de cookies %1: %2</translation>
    </message>
    <message>
        <source>The cookies file %1 is larger than 64 MB</source>
        <translation>El archivo de cookies %1 ocupa más de 64 MB</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>DownloadList</name>
    <message numerus="yes">
        <source>Retrying %n download(s)</source>
        <translation>
            <numerusform>Reintentando %n descarga</numerusform>
            <numerusform>Reintentando %n descargas</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a failed, cancelled, waiting or paused download can change its URL</source>
        <translation>Solo una descarga fallida, cancelada, en espera o en pausa puede cambiar de URL</translation>
    </message>
    <message>
        <source>Continuing at %1</source>
        <translation>Continuando en %1</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n download(s) for updates</source>
        <translation>
            <numerusform>Buscando actualizaciones de %n descarga</numerusform>
            <numerusform>Buscando actualizaciones de %n descargas</numerusform>
        </translation>
    </message>
    <message>
        <source>The list is empty</source>
        <translation>La lista está vacía</translation>
    </message>
</context>
<context>
    <name>DownloadsPage</name>
    <message>
        <source>Chec&amp;k only: download and measure, save nothing</source>
        <translation>Solo compro&amp;bar: descargar y medir, sin guardar nada</translation>
    </message>
    <message>
        <source>Stop the batch at the &amp;first failure</source>
        <translation>Detener el lote al primer &amp;fallo</translation>
    </message>
    <message>
        <source>&amp;Skip files an earlier run completed (verified first)</source>
        <translation>Omitir arc&amp;hivos que una ejecución anterior completó (tras verificarlos)</translation>
    </message>
    <message>
        <source>O&amp;utput folder:</source>
        <translation>Carpeta de desti&amp;no:</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Carpeta de destino</translation>
    </message>
    <message>
        <source>where downloaded files are saved; the folder is created when missing.</source>
        <translation>dónde se guardan los archivos descargados; la carpeta se crea si no existe.</translation>
    </message>
    <message>
        <source>fetch every file and measure it (bytes, SHA-256) but save nothing.</source>
        <translation>descargar cada archivo y medirlo (bytes, SHA-256) sin guardar nada.</translation>
    </message>
    <message>
        <source>Downloads at o&amp;nce:</source>
        <translation>Descargas &amp;simultáneas:</translation>
    </message>
    <message>
        <source>at most N requests in flight in all, whatever their origin (1 to %1).</source>
        <translation>como máximo N peticiones en curso en total, sea cual sea su origen (de 1 a %1).</translation>
    </message>
    <message>
        <source>Retr&amp;ies:</source>
        <translation>Re&amp;intentos:</translation>
    </message>
    <message>
        <source>retry what can succeed later (timeouts, dropped connections, 429, 5xx) up to N times after the first attempt.</source>
        <translation>reintentar lo que puede salir bien más tarde (tiempos agotados, conexiones cortadas, 429, 5xx) hasta N veces tras el primer intento.</translation>
    </message>
    <message>
        <source>Retry de&amp;lay:</source>
        <translation>&amp;Espera entre reintentos:</translation>
    </message>
    <message>
        <source>the base delay before a retry, in seconds; it doubles with each attempt, with full jitter.</source>
        <translation>la espera base antes de un reintento, en segundos; se duplica con cada intento, con variación aleatoria completa.</translation>
    </message>
    <message>
        <source>Lon&amp;gest retry delay:</source>
        <translation>Espera &amp;máxima:</translation>
    </message>
    <message>
        <source>the longest wait before one retry, a server&apos;s Retry-After included.</source>
        <translation>la espera más larga antes de un reintento, incluido el Retry-After del servidor.</translation>
    </message>
    <message>
        <source>cancel everything else at the first failure.</source>
        <translation>cancelar todo lo demás al primer fallo.</translation>
    </message>
    <message>
        <source>the same as unchecking this box: download again files an earlier run completed. Checked, such a file is verified and kept, never fetched twice.</source>
        <translation>lo mismo que desmarcar esta casilla: volver a descargar archivos que una ejecución anterior completó. Marcada, ese archivo se verifica y se conserva, nunca se descarga dos veces.</translation>
    </message>
    <message>
        <source>Choose a folder to save files into</source>
        <translation>Elija una carpeta donde guardar los archivos</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation>%1 es un archivo, no una carpeta</translation>
    </message>
    <message>
        <source>You cannot write into %1</source>
        <translation>No puede escribir en %1</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>Idiom&amp;a:</translation>
    </message>
    <message>
        <source>The language of the window, its numbers, sizes and dates; the system&apos;s unless chosen here.</source>
        <translation>El idioma de la ventana, de sus números, tamaños y fechas; el del sistema salvo que se elija aquí.</translation>
    </message>
    <message>
        <source>A new language applies at the next start.</source>
        <translation>Un idioma nuevo se aplica en el próximo inicio.</translation>
    </message>
    <message>
        <source>Auto: up to %1, in slots that would stay idle</source>
        <translation>Automático: hasta %1, en huecos que quedarían libres</translation>
    </message>
    <message>
        <source>Off: one request a file</source>
        <translation>Desactivado: una petición por archivo</translation>
    </message>
    <message>
        <source>Up to %1 ranges</source>
        <translation>Hasta %1 rangos</translation>
    </message>
    <message>
        <source>Larg&amp;e files in ranges:</source>
        <translation>Archivos grandes en rangos a &amp;la vez:</translation>
    </message>
    <message>
        <source>fetch a large file as several byte ranges at once, from a server that allows it. Every range counts against the caps and the rate, and queued files go first. Auto splits only a file whose connection is slow (under %1 MiB/s).</source>
        <translation>descarga un archivo grande en varios rangos de bytes a la vez, si el servidor lo permite. Cada rango cuenta para los límites y la tasa, y los archivos en cola van primero. En automático solo se divide un archivo cuya conexión es lenta (menos de %1 MiB/s).</translation>
    </message>
    <message>
        <source>Ranges from si&amp;ze:</source>
        <translation>Tamaño mínimo para &amp;usar rangos:</translation>
    </message>
    <message>
        <source>only files of at least this size are fetched in ranges (512k, 8M).</source>
        <translation>solo los archivos de al menos este tamaño se descargan por rangos (512k, 8M).</translation>
    </message>
    <message>
        <source>Not a size: a number of bytes, with k or M (512k, 8M)</source>
        <translation>No es un tamaño: un número de bytes, con k o M (512k, 8M)</translation>
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
        <translation>conexión rechazada por %1</translation>
    </message>
    <message>
        <source>connection closed by %1 before a response</source>
        <translation>conexión cerrada por %1 antes de una respuesta</translation>
    </message>
    <message>
        <source>host not found: %1</source>
        <translation>host no encontrado: %1</translation>
    </message>
    <message>
        <source>invalid Content-Length &apos;%1&apos;</source>
        <translation>Content-Length no válido «%1»</translation>
    </message>
    <message>
        <source>connection ended after %L1 of %L2 bytes (%3)</source>
        <translation>conexión terminada tras %L1 de %L2 bytes (%3)</translation>
    </message>
    <message>
        <source>connection ended after %L1 bytes (%2)</source>
        <translation>conexión terminada tras %L1 bytes (%2)</translation>
    </message>
    <message>
        <source>no connection within %1</source>
        <translation>sin conexión en %1</translation>
    </message>
    <message>
        <source>no data received for %1</source>
        <translation>no se recibieron datos durante %1</translation>
    </message>
    <message>
        <source>item budget used up during attempt %1</source>
        <translation>presupuesto de tiempo del elemento agotado en el intento %1</translation>
    </message>
    <message>
        <source>attempt not finished within %1</source>
        <translation>intento no terminado en %1</translation>
    </message>
</context>
<context>
    <name>FileSink</name>
    <message>
        <source>%1 is %2, the list expects %3</source>
        <translation>%1 es %2, la lista espera %3</translation>
    </message>
    <message>
        <source>cannot create output folder %1</source>
        <translation>no se puede crear la carpeta de destino %1</translation>
    </message>
    <message>
        <source>%1 is being written by another transfer</source>
        <translation>otra descarga está escribiendo %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>no se puede crear %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>received %L1 of %L2 bytes</source>
        <translation>recibidos %L1 de %L2 bytes</translation>
    </message>
    <message>
        <source>cannot close %1: %2</source>
        <translation>no se puede cerrar %1: %2</translation>
    </message>
    <message>
        <source>%1; kept aside as %2</source>
        <translation>%1; apartado como %2</translation>
    </message>
    <message>
        <source>the output folder %1 was removed while downloading</source>
        <translation>la carpeta de destino %1 se eliminó durante la descarga</translation>
    </message>
    <message>
        <source>cannot rename %1: %2</source>
        <translation>no se puede renombrar %1: %2</translation>
    </message>
</context>
<context>
    <name>HeaderLine</name>
    <message>
        <source>&quot;Name: value&quot; expected</source>
        <translation>Se esperaba «Nombre: valor»</translation>
    </message>
    <message>
        <source>the header has no name</source>
        <translation>la cabecera no tiene nombre</translation>
    </message>
    <message>
        <source>the header name &quot;%1&quot; has a character names may not have</source>
        <translation>el nombre de cabecera «%1» tiene un carácter que los nombres no pueden tener</translation>
    </message>
    <message>
        <source>the value of %1 has a control character or one beyond Latin-1</source>
        <translation>el valor de %1 tiene un carácter de control o fuera de Latin-1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>&quot;host: Name: value&quot; expected</source>
        <translation>Se esperaba «host: Nombre: valor»</translation>
    </message>
    <message>
        <source>no host before the first colon</source>
        <translation>no hay host antes de los primeros dos puntos</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name (no scheme, port or path)</source>
        <translation>«%1» no es un nombre de host (sin esquema, puerto ni ruta)</translation>
    </message>
</context>
<context>
    <name>HooksPage</name>
    <message>
        <source>Each command runs with /bin/sh -c in the batch&apos;s folder. What happened is in its environment (FANOUT_URL, FANOUT_OUTCOME, FANOUT_FILE, FANOUT_SHA256, …), never in the command&apos;s text. Empty: none.</source>
        <translation>Cada orden se ejecuta con /bin/sh -c en la carpeta del lote. Lo ocurrido está en su entorno (FANOUT_URL, FANOUT_OUTCOME, FANOUT_FILE, FANOUT_SHA256, …), nunca en el texto de la orden. Vacío: ninguna.</translation>
    </message>
    <message>
        <source>After each do&amp;wnload:</source>
        <translation>Tras cada descar&amp;ga:</translation>
    </message>
    <message>
        <source>run CMD when a download ends, whatever its outcome, with FANOUT_URL, FANOUT_FINAL_URL, FANOUT_OUTCOME, FANOUT_ERROR, FANOUT_HTTP_STATUS, FANOUT_BYTES, FANOUT_FILE, FANOUT_SHA256 and FANOUT_ATTEMPTS in its environment. At most as many run at once as downloads do.</source>
        <translation>ejecutar CMD cuando termina una descarga, sea cual sea su resultado, con FANOUT_URL, FANOUT_FINAL_URL, FANOUT_OUTCOME, FANOUT_ERROR, FANOUT_HTTP_STATUS, FANOUT_BYTES, FANOUT_FILE, FANOUT_SHA256 y FANOUT_ATTEMPTS en su entorno. No se ejecutan a la vez más que descargas.</translation>
    </message>
    <message>
        <source>After each &amp;batch:</source>
        <translation>Tras cada &amp;lote:</translation>
    </message>
    <message>
        <source>run CMD once every download of the batch has ended, with FANOUT_TOTAL, FANOUT_OK, FANOUT_FAILED and FANOUT_ELAPSED_MS in its environment (FANOUT_CSV is empty: the window writes no CSV by itself).</source>
        <translation>ejecutar CMD cuando han terminado todas las descargas del lote, con FANOUT_TOTAL, FANOUT_OK, FANOUT_FAILED y FANOUT_ELAPSED_MS en su entorno (FANOUT_CSV está vacío: la ventana no escribe ningún CSV por sí misma).</translation>
    </message>
    <message>
        <source>&amp;Kill a hook after:</source>
        <translation>Dete&amp;ner una orden tras:</translation>
    </message>
    <message>
        <source>a hook still running after S seconds is killed, with everything it started. A hook never changes a download&apos;s outcome.</source>
        <translation>una orden que sigue en marcha tras S segundos se detiene, con todo lo que inició. Una orden nunca cambia el resultado de una descarga.</translation>
    </message>
</context>
<context>
    <name>InputPanel</name>
    <message>
        <source>&amp;Add to list</source>
        <translation>&amp;Añadir a la lista</translation>
    </message>
    <message>
        <source>URLs to add</source>
        <translation>URL que añadir</translation>
    </message>
    <message>
        <source>Paste URLs here, one per line — or any text with links in it (a web page, Markdown, an e-mail).
After a tab: name=, dir=, md5=/sha1=/sha256=/sha512=, mirror URLs, header=; img[001-250].jpg expands to 250 URLs.
Drop text, links or list files (also aria2, Metalink, results CSV) anywhere on the window.</source>
        <translation>Pegue aquí las URL, una por línea, o cualquier texto con enlaces (una página web, Markdown, un correo).
Tras un tabulador: name=, dir=, md5=/sha1=/sha256=/sha512=, URL espejo, header=; img[001-250].jpg se expande en 250 URL.
Suelte texto, enlaces o archivos de lista (también aria2, Metalink, CSV de resultados) en cualquier parte de la ventana.</translation>
    </message>
    <message>
        <source>Paste preview</source>
        <translation>Vista previa de lo pegado</translation>
    </message>
    <message>
        <source>Problems found in the pasted text</source>
        <translation>Problemas encontrados en el texto pegado</translation>
    </message>
    <message>
        <source>Lines that will not be downloaded, and why. Click to show the line.</source>
        <translation>Líneas que no se descargarán y por qué. Haga clic para ver la línea.</translation>
    </message>
    <message>
        <source>Add the pasted URLs to the download list (Ctrl+Enter)</source>
        <translation>Añadir las URL pegadas a la lista de descargas (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Add from &amp;File…</source>
        <translation>Añadir desde &amp;archivo…</translation>
    </message>
    <message>
        <source>Add the URLs listed in a text file (Ctrl+O)</source>
        <translation>Añadir las URL de un archivo de texto (Ctrl+O)</translation>
    </message>
    <message>
        <source>Clear &amp;Box</source>
        <translation>&amp;Vaciar el cuadro</translation>
    </message>
    <message>
        <source>Empty the paste area (the list of downloads stays)</source>
        <translation>Vaciar el área de pegado (la lista de descargas se mantiene)</translation>
    </message>
    <message>
        <source>the clipboard</source>
        <translation>el portapapeles</translation>
    </message>
    <message>
        <source>the pasted text</source>
        <translation>el texto pegado</translation>
    </message>
    <message>
        <source>Paste or type URLs above.</source>
        <translation>Pegue o escriba URL arriba.</translation>
    </message>
    <message>
        <source>&amp;Add 1 URL</source>
        <translation>&amp;Añadir 1 URL</translation>
    </message>
    <message>
        <source>Ready to add: 1 URL</source>
        <translation>Lista para añadir: 1 URL</translation>
    </message>
    <message>
        <source>Reading %1 characters…</source>
        <translation>Leyendo %1 caracteres…</translation>
    </message>
    <message>
        <source>1 duplicate kept once</source>
        <translation>1 duplicado conservado una vez</translation>
    </message>
    <message>
        <source>%1 already in the list</source>
        <translation>%1 ya en la lista</translation>
    </message>
    <message>
        <source>links picked out of free text</source>
        <translation>enlaces extraídos de texto libre</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… y %1 más</translation>
    </message>
    <message>
        <source>the paste area</source>
        <translation>el área de pegado</translation>
    </message>
    <message>
        <source>Reading %1 characters from %2…</source>
        <translation>Leyendo %1 caracteres de %2…</translation>
    </message>
    <message numerus="yes">
        <source>Added %n URL(s) from %1</source>
        <translation>
            <numerusform>%n URL añadida desde %1</numerusform>
            <numerusform>%n URL añadidas desde %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No URLs found in %1.</source>
        <translation>No se encontraron URL en %1.</translation>
    </message>
    <message>
        <source>… (%1 characters)</source>
        <translation>… (%1 caracteres)</translation>
    </message>
    <message numerus="yes">
        <source>%n digest(s) (%1)</source>
        <translation>
            <numerusform>%n suma de verificación (%1)</numerusform>
            <numerusform>%n sumas de verificación (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mirror(s)</source>
        <translation>
            <numerusform>%n espejo</numerusform>
            <numerusform>%n espejos</numerusform>
        </translation>
    </message>
    <message>
        <source>folder %1</source>
        <translation>carpeta %1</translation>
    </message>
    <message numerus="yes">
        <source>%n header(s)</source>
        <translation>
            <numerusform>%n cabecera</numerusform>
            <numerusform>%n cabeceras</numerusform>
        </translation>
    </message>
    <message>
        <source>Not added: the text is %1 characters long, more than a list of %2 URLs can be. Split it into smaller lists.</source>
        <translation>No se ha añadido: el texto tiene %1 caracteres, más de lo que puede ocupar una lista de %2 URL. Divídalo en listas más pequeñas.</translation>
    </message>
    <message>
        <source>Not added: %1 lines are more than the %2 URLs Fanout takes at a time. Split the list into smaller ones.</source>
        <translation>No se ha añadido: %1 líneas son más que las %2 URL que Fanout acepta a la vez. Divida la lista en otras más pequeñas.</translation>
    </message>
    <message>
        <source>Line %1: already in the list, skipped — %2</source>
        <translation>Línea %1: ya está en la lista, omitida — %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>Line %1: invalid — %2 (%3)</source>
        <translation>Línea %1: no válida — %2 (%3)</translation>
    </message>
    <message>
        <source>Line %1: duplicate of line %2, kept once</source>
        <translation>Línea %1: duplicado de la línea %2, se conserva una vez</translation>
    </message>
    <message>
        <source>Line %1: range expands to %2 URLs</source>
        <translation>Línea %1: el intervalo se expande a %2 URL</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n URLs</source>
        <translation>
            <numerusform>&amp;Añadir %n URL</numerusform>
            <numerusform>&amp;Añadir %n URL</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready to add: %n URLs</source>
        <translation>
            <numerusform>Lista para añadir: %n URL</numerusform>
            <numerusform>Listas para añadir: %n URL</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicates kept once</source>
        <translation>
            <numerusform>%n duplicado conservado una vez</numerusform>
            <numerusform>%n duplicados conservados una vez</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid (listed, not downloaded)</source>
        <translation>
            <numerusform>%n no válida (listada, no se descarga)</numerusform>
            <numerusform>%n no válidas (listadas, no se descargan)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lane</name>
    <message>
        <source>shut down</source>
        <translation>detenida</translation>
    </message>
</context>
<context>
    <name>LineBuilder</name>
    <message>
        <source>the URL %1</source>
        <translation>la URL %1</translation>
    </message>
    <message>
        <source>the %1 %2</source>
        <translation>el campo %1 %2</translation>
    </message>
    <message>
        <source>the line grew past %1 characters; later fields are left out</source>
        <translation>la línea superó los %1 caracteres; se omiten los campos siguientes</translation>
    </message>
    <message>
        <source>holds a TAB, which a list line cannot carry</source>
        <translation>contiene un tabulador, que una línea de lista no puede contener</translation>
    </message>
    <message>
        <source>holds a line break, which a list line cannot carry</source>
        <translation>contiene un salto de línea, que una línea de lista no puede contener</translation>
    </message>
</context>
<context>
    <name>ListConverter</name>
    <message>
        <source>a checksum file is not a list: give it with --checksums</source>
        <translation>un archivo de sumas de verificación no es una lista: indíquelo con --checksums</translation>
    </message>
</context>
<context>
    <name>ListFields</name>
    <message>
        <source>unknown field &apos;%1=&apos; (a file name with &apos;=&apos; is given as name=…)</source>
        <translation>campo desconocido «%1=» (un nombre de archivo con «=» se indica como name=…)</translation>
    </message>
    <message>
        <source>more than one file name field</source>
        <translation>más de un campo de nombre de archivo</translation>
    </message>
    <message>
        <source>empty name= field</source>
        <translation>campo name= vacío</translation>
    </message>
    <message>
        <source>more than one dir= field</source>
        <translation>más de un campo dir=</translation>
    </message>
    <message>
        <source>malformed %1 field (expected %1= and %2 hex digits)</source>
        <translation>campo %1 mal formado (se espera %1= y %2 dígitos hexadecimales)</translation>
    </message>
    <message>
        <source>more than one %1 field</source>
        <translation>más de un campo %1</translation>
    </message>
    <message>
        <source>mirror %1: %2</source>
        <translation>réplica %1: %2</translation>
    </message>
    <message>
        <source>more than one size= field</source>
        <translation>más de un campo size=</translation>
    </message>
    <message>
        <source>malformed size field (expected size= and a byte count)</source>
        <translation>campo size mal formado (se espera size= y un número de bytes)</translation>
    </message>
    <message>
        <source>header= field: %1</source>
        <translation>campo header=: %1</translation>
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
        <translation>el portapapeles</translation>
    </message>
</context>
<context>
    <name>MetalinkReader</name>
    <message>
        <source>line %1, column %2</source>
        <translation>línea %1, columna %2</translation>
    </message>
    <message>
        <source>not a Metalink document: the root element is &lt;%1&gt;</source>
        <translation>no es un documento Metalink: el elemento raíz es &lt;%1&gt;</translation>
    </message>
    <message>
        <source>malformed Metalink at %1: %2</source>
        <translation>Metalink mal formado en la %1: %2</translation>
    </message>
    <message>
        <source>not a Metalink document: no element</source>
        <translation>no es un documento Metalink: ningún elemento</translation>
    </message>
    <message>
        <source>ignored: &lt;url type=&quot;%1&quot;&gt; (only http and https are fetched)</source>
        <translation>ignorado: &lt;url type=&quot;%1&quot;&gt; (solo se descargan http y https)</translation>
    </message>
    <message>
        <source>ignored: hash type %1 (md5, sha-1, sha-256 and sha-512 are checked)</source>
        <translation>ignorado: tipo de hash %1 (se comprueban md5, sha-1, sha-256 y sha-512)</translation>
    </message>
    <message>
        <source>ignored: &lt;metaurl&gt; (torrents and other metalinks)</source>
        <translation>ignorado: &lt;metaurl&gt; (torrents y otros metalinks)</translation>
    </message>
    <message>
        <source>ignored: 1 URL that is not http or https</source>
        <translation>ignorada: 1 URL que no es http ni https</translation>
    </message>
    <message numerus="yes">
        <source>ignored: %n URLs that are not http or https</source>
        <translation>
            <numerusform>ignorada: %n URL que no es http ni https</numerusform>
            <numerusform>ignoradas: %n URL que no son http ni https</numerusform>
        </translation>
    </message>
    <message>
        <source>not converted: the &lt;file&gt; %1 has no &lt;url&gt;</source>
        <translation>no convertido: el &lt;file&gt; %1 no tiene &lt;url&gt;</translation>
    </message>
    <message>
        <source>not converted: %1</source>
        <translation>no convertido: %1</translation>
    </message>
</context>
<context>
    <name>Netrc</name>
    <message>
        <source>netrc line %1: %2</source>
        <translation>línea %1 de netrc: %2</translation>
    </message>
    <message>
        <source>unterminated quote</source>
        <translation>comillas sin cerrar</translation>
    </message>
    <message>
        <source>&quot;machine&quot; without a host name</source>
        <translation>«machine» sin nombre de host</translation>
    </message>
    <message>
        <source>&quot;%1&quot; without a value</source>
        <translation>«%1» sin valor</translation>
    </message>
    <message>
        <source>&quot;%1&quot; before any &quot;machine&quot; or &quot;default&quot;</source>
        <translation>«%1» antes de cualquier «machine» o «default»</translation>
    </message>
    <message>
        <source>&quot;macdef&quot; without a name</source>
        <translation>«macdef» sin nombre</translation>
    </message>
    <message>
        <source>unknown keyword</source>
        <translation>palabra clave desconocida</translation>
    </message>
    <message>
        <source>Cannot read the netrc file %1: %2</source>
        <translation>No se puede leer el archivo netrc %1: %2</translation>
    </message>
    <message>
        <source>The netrc file %1 is larger than 16 MB</source>
        <translation>El archivo netrc %1 ocupa más de 16 MB</translation>
    </message>
</context>
<context>
    <name>NextStep</name>
    <message numerus="yes">
        <source>item budget of %1 s used up after %n attempts (last: %2)</source>
        <translation>
            <numerusform>presupuesto de %1 s agotado tras %n intento (último: %2)</numerusform>
            <numerusform>presupuesto de %1 s agotado tras %n intentos (último: %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (the last of %1 URLs tried in %n attempts)</source>
        <translation>
            <numerusform> (la última de %1 URL probadas en %n intento)</numerusform>
            <numerusform> (la última de %1 URL probadas en %n intentos)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OriginPolicy</name>
    <message>
        <source>429s</source>
        <translation>respuestas 429</translation>
    </message>
    <message>
        <source>503s</source>
        <translation>respuestas 503</translation>
    </message>
    <message>
        <source>timeouts</source>
        <translation>tiempos agotados</translation>
    </message>
    <message>
        <source>stalls</source>
        <translation>bloqueos</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>%1 asked to slow down (Retry-After)</source>
        <translation>%1 pide que se vaya más despacio (Retry-After)</translation>
    </message>
    <message>
        <source>%1 keeps failing: resting, then one probe</source>
        <translation>%1 sigue fallando: pausa y luego una prueba</translation>
    </message>
    <message>
        <source>%1 allows %2 of %3 now (after %4)</source>
        <translation>%1 permite ahora %2 de %3 (tras %4)</translation>
    </message>
    <message>
        <source>%1 has %2 of %3 in flight (its cap)</source>
        <translation>%1 tiene %2 de %3 en curso (su límite)</translation>
    </message>
    <message>
        <source>%1 is limited to %2 requests a second</source>
        <translation>%1 está limitado a %2 peticiones por segundo</translation>
    </message>
</context>
<context>
    <name>OriginQueues</name>
    <message>
        <source>waiting for a free slot (%1 of %2 in flight)</source>
        <translation>esperando un hueco libre (%1 de %2 en curso)</translation>
    </message>
</context>
<context>
    <name>OutputFolderLabel</name>
    <message>
        <source>Check mode: nothing is saved</source>
        <translation>Modo de comprobación: no se guarda nada</translation>
    </message>
    <message>
        <source>Saving to %1</source>
        <translation>Guardando en %1</translation>
    </message>
    <message>
        <source>Change it in Settings (Ctrl+,)</source>
        <translation>Se cambia en Configuración (Ctrl+,)</translation>
    </message>
    <message>
        <source>This batch&apos;s own folder, kept until it ends; Settings (Ctrl+,) name %1 for the next one</source>
        <translation>La carpeta propia de este lote, hasta que termine; la Configuración (Ctrl+,) indica %1 para el siguiente</translation>
    </message>
</context>
<context>
    <name>PartAtOffsets</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>cannot sync %1: %2</source>
        <translation>no se puede sincronizar %1: %2</translation>
    </message>
</context>
<context>
    <name>PolitenessPage</name>
    <message>
        <source>&amp;Adapt: fewer at once to an origin that struggles</source>
        <translation>&amp;Adaptar: menos a la vez hacia un origen con problemas</translation>
    </message>
    <message>
        <source>These rules hold per origin: scheme, host and port, so http://example.com and https://example.com:8443 are two origins.</source>
        <translation>Estas reglas se aplican por origen: esquema, host y puerto, así que http://example.com y https://example.com:8443 son dos orígenes.</translation>
    </message>
    <message>
        <source>Only the global cap</source>
        <translation>Solo el límite global</translation>
    </message>
    <message>
        <source>At once per ori&amp;gin:</source>
        <translation>Simultáneas por ori&amp;gen:</translation>
    </message>
    <message>
        <source>at most N requests in flight to one origin (scheme, host and port); 0 = only the global cap (Downloads at once).</source>
        <translation>como máximo N peticiones en curso hacia un origen (esquema, host y puerto); 0 = solo el límite global (Descargas simultáneas).</translation>
    </message>
    <message>
        <source> requests/s</source>
        <translation> peticiones/s</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>Req&amp;uests a second per origin:</source>
        <translation>Peticiones por &amp;segundo y origen:</translation>
    </message>
    <message>
        <source>at most R requests a second to one origin (scheme, host and port), after a burst of up to R; decimals allowed (0.5 = one every 2 s); 0 = no limit.</source>
        <translation>como máximo R peticiones por segundo hacia un origen (esquema, host y puerto), tras una ráfaga de hasta R; se admiten decimales (0,5 = una cada 2 s); 0 = sin límite.</translation>
    </message>
    <message>
        <source>the same as unchecking this box: keep each origin&apos;s allowance fixed. Checked, an origin that answers 429 or 503 or times out gets fewer requests at once, and more again as it recovers.</source>
        <translation>lo mismo que desmarcar esta casilla: la asignación de cada origen queda fija. Marcada, un origen que responde 429 o 503 o agota el tiempo recibe menos peticiones a la vez, y más de nuevo a medida que se recupera.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message numerus="yes">
        <source> failure(s) in a row</source>
        <translation>
            <numerusform> fallo seguido</numerusform>
            <numerusform> fallos seguidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Circuit &amp;breaker after:</source>
        <translation>Cortac&amp;ircuitos tras:</translation>
    </message>
    <message>
        <source>stop sending to an origin (scheme, host and port) after N consecutive connection failures or 5xx answers, then probe it with one request; 0 = off.</source>
        <translation>dejar de enviar a un origen (esquema, host y puerto) tras N fallos de conexión o respuestas 5xx seguidos, y luego probarlo con una petición; 0 = desactivado.</translation>
    </message>
    <message>
        <source>Breaker coo&amp;ldown:</source>
        <translation>Pa&amp;usa del cortacircuitos:</translation>
    </message>
    <message>
        <source>how long an open breaker waits before its probe, in seconds.</source>
        <translation>cuánto espera un cortacircuitos abierto antes de su prueba, en segundos.</translation>
    </message>
    <message>
        <source>bytes/s (500k, 2M)</source>
        <translation>bytes/s (500k, 2M)</translation>
    </message>
    <message>
        <source>Bandwidth of the &amp;whole batch:</source>
        <translation>Ancho de &amp;banda de todo el lote:</translation>
    </message>
    <message>
        <source>at most RATE bytes a second for the whole batch, shared between downloads; k = 1024, M = 1024 k (500k, 1.5M). Empty or 0: no limit. A change applies at once.</source>
        <translation>como máximo RATE bytes por segundo para todo el lote, repartidos entre las descargas; k = 1024, M = 1024 k (500k, 1.5M). Vacío o 0: sin límite. Un cambio se aplica al instante.</translation>
    </message>
    <message>
        <source>Not a speed: a number of bytes a second, with k or M (500k, 1.5M)</source>
        <translation>No es una velocidad: un número de bytes por segundo, con k o M (500k, 1.5M)</translation>
    </message>
</context>
<context>
    <name>ProxySpec</name>
    <message>
        <source>The proxy URL is empty</source>
        <translation>La URL del proxy está vacía</translation>
    </message>
    <message>
        <source>Not a proxy URL: use http://host:port or socks5://host:port</source>
        <translation>No es una URL de proxy: use http://host:puerto o socks5://host:puerto</translation>
    </message>
    <message>
        <source>https:// proxies (TLS to the proxy) are not supported; use http:// (https downloads still go through it encrypted)</source>
        <translation>Los proxies https:// (TLS hacia el proxy) no se admiten; use http:// (las descargas https siguen pasando por él cifradas)</translation>
    </message>
    <message>
        <source>Only SOCKS5 proxies are supported (socks5:// or socks5h://)</source>
        <translation>Solo se admiten proxies SOCKS5 (socks5:// o socks5h://)</translation>
    </message>
    <message>
        <source>Unknown proxy scheme &quot;%1&quot;: use http:// or socks5://</source>
        <translation>Esquema de proxy desconocido «%1»: use http:// o socks5://</translation>
    </message>
    <message>
        <source>The proxy URL has no host</source>
        <translation>La URL del proxy no tiene host</translation>
    </message>
    <message>
        <source>A proxy URL has no path: use scheme://host:port</source>
        <translation>Una URL de proxy no lleva ruta: use esquema://host:puerto</translation>
    </message>
    <message>
        <source>A proxy URL has no query or fragment: use scheme://host:port</source>
        <translation>Una URL de proxy no lleva consulta ni fragmento: use esquema://host:puerto</translation>
    </message>
    <message>
        <source>The proxy port must be between 1 and 65535</source>
        <translation>El puerto del proxy debe estar entre 1 y 65535</translation>
    </message>
</context>
<context>
    <name>QuitQuestion</name>
    <message>
        <source>1 download is not finished yet.</source>
        <translation>1 descarga aún no ha terminado.</translation>
    </message>
    <message>
        <source>Quit Fanout?</source>
        <translation>¿Salir de Fanout?</translation>
    </message>
    <message>
        <source>The list is kept: the next time Fanout starts, it offers to run the rest.</source>
        <translation>La lista se conserva: la próxima vez que se inicie, Fanout ofrecerá ejecutar el resto.</translation>
    </message>
    <message>
        <source>Check mode saves nothing.</source>
        <translation>El modo de comprobación no guarda nada.</translation>
    </message>
    <message>
        <source>&amp;Quit and continue later</source>
        <translation>&amp;Salir y continuar más tarde</translation>
    </message>
    <message numerus="yes">
        <source>%n downloads are not finished yet.</source>
        <translation>
            <numerusform>%n descarga aún no ha terminado.</numerusform>
            <numerusform>%n descargas aún no han terminado.</numerusform>
        </translation>
    </message>
    <message>
        <source>What was downloaded stays in this folder:</source>
        <translation>Lo descargado se queda en esta carpeta:</translation>
    </message>
    <message>
        <source>The next time Fanout starts, it offers to continue each download where it stopped.</source>
        <translation>La próxima vez que se inicie, Fanout ofrecerá continuar cada descarga donde se detuvo.</translation>
    </message>
    <message>
        <source>Adding the same URLs again continues them where they stopped.</source>
        <translation>Al volver a añadir las mismas URL, continúan donde se detuvieron.</translation>
    </message>
</context>
<context>
    <name>RedirectChain</name>
    <message>
        <source>HTTP %1 without a Location header</source>
        <translation>HTTP %1 sin cabecera Location</translation>
    </message>
    <message>
        <source>invalid redirect target %1</source>
        <translation>destino de redirección no válido %1</translation>
    </message>
    <message>
        <source>redirect to unsupported scheme &apos;%1&apos; (%2)</source>
        <translation>redirección a un esquema no admitido «%1» (%2)</translation>
    </message>
    <message>
        <source>refused redirect from https to http (%1)</source>
        <translation>redirección de https a http rechazada (%1)</translation>
    </message>
    <message numerus="yes">
        <source>more than %n redirects</source>
        <translation>
            <numerusform>más de %n redirección</numerusform>
            <numerusform>más de %n redirecciones</numerusform>
        </translation>
    </message>
    <message>
        <source>redirect loop at %1</source>
        <translation>bucle de redirección en %1</translation>
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
        <translation>cómo se presenta Fanout ante los servidores; vacío para Fanout/&lt;versión&gt;.</translation>
    </message>
    <message>
        <source>Referer: https://example.com/
Accept-Language: en</source>
        <translation>Referer: https://example.com/
Accept-Language: es</translation>
    </message>
    <message>
        <source>files.example.com: Authorization: Bearer …</source>
        <translation>files.example.com: Authorization: Bearer …</translation>
    </message>
    <message>
        <source>Extra h&amp;eaders:</source>
        <translation>Cab&amp;eceras adicionales:</translation>
    </message>
    <message>
        <source>sent with every request, one &quot;Name: value&quot; a line (the flag is repeated for each).</source>
        <translation>se envían con cada petición, un «Nombre: valor» por línea (la opción se repite para cada una).</translation>
    </message>
    <message>
        <source>Headers for o&amp;ne host:</source>
        <translation>Cabeceras para un &amp;host:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Window only&lt;/b&gt; (the headless mode has -H for every host): sent only to that host name, one &quot;host: Name: value&quot; a line. A redirect to another host does not get them.</source>
        <translation>&lt;b&gt;Solo en la ventana&lt;/b&gt; (el modo sin ventana tiene -H para todos los hosts): se envían solo a ese nombre de host, un «host: Nombre: valor» por línea. Una redirección a otro host no las recibe.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Coo&amp;kies file:</source>
        <translation>Archivo de coo&amp;kies:</translation>
    </message>
    <message>
        <source>Cookies file</source>
        <translation>Archivo de cookies</translation>
    </message>
    <message>
        <source>Cookies (*.txt);;All files (*)</source>
        <translation>Cookies (*.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>start each batch from the cookies in FILE (a cookies.txt in Netscape/Mozilla format, exported from a browser); cookies servers set are kept for the batch. The file is never written.</source>
        <translation>empezar cada lote con las cookies de ARCHIVO (un cookies.txt en formato Netscape/Mozilla, exportado de un navegador); las cookies que fijan los servidores se conservan durante el lote. El archivo nunca se escribe.</translation>
    </message>
    <message>
        <source>Pass&amp;words file (netrc):</source>
        <translation>Archivo de contraseñas (&amp;netrc):</translation>
    </message>
    <message>
        <source>Netrc file</source>
        <translation>Archivo netrc</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>answer a server&apos;s password challenge with the login and password FILE (.netrc format) gives for its host.</source>
        <translation>responder a la petición de contraseña de un servidor con el usuario y la contraseña que ARCHIVO (formato .netrc) da para su host.</translation>
    </message>
    <message>
        <source>A control character or one beyond Latin-1 cannot be sent</source>
        <translation>No se puede enviar un carácter de control ni uno fuera de Latin-1</translation>
    </message>
</context>
<context>
    <name>ResultsCsv</name>
    <message>
        <source>a field is longer than %1 characters (or the row has more than %2 fields); row left out</source>
        <translation>un campo supera los %1 caracteres (o la fila tiene más de %2 campos); fila omitida</translation>
    </message>
    <message>
        <source>a quoted field is not closed; row left out</source>
        <translation>un campo entre comillas no está cerrado; fila omitida</translation>
    </message>
    <message>
        <source>not a results CSV: the first row names no url column</source>
        <translation>no es un CSV de resultados: la primera fila no nombra ninguna columna url</translation>
    </message>
    <message>
        <source>the row has no url column; left out</source>
        <translation>la fila no tiene columna url; omitida</translation>
    </message>
    <message>
        <source>not converted: %1</source>
        <translation>no convertido: %1</translation>
    </message>
</context>
<context>
    <name>ResumeBar</name>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Unfinished batch</source>
        <translation>Lote sin terminar</translation>
    </message>
    <message>
        <source>Bring the rows back and download what is missing; finished files are kept, part files are continued</source>
        <translation>Recuperar las filas y descargar lo que falta; los archivos terminados se conservan, los parciales se continúan</translation>
    </message>
    <message>
        <source>Forget the unfinished batch (downloaded files stay on disk)</source>
        <translation>Olvidar el lote sin terminar (los archivos descargados se quedan en el disco)</translation>
    </message>
    <message numerus="yes">
        <source>A batch of %n download(s) did not finish (%1 done, last saved %2).</source>
        <translation>
            <numerusform>Un lote de %n descarga no terminó (%1 completadas, guardado por última vez %2).</numerusform>
            <numerusform>Un lote de %n descargas no terminó (%1 completadas, guardado por última vez %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>It ran in check mode: nothing is saved.</source>
        <translation>Se ejecutó en modo de comprobación: no se guarda nada.</translation>
    </message>
    <message>
        <source>It continues in this folder:</source>
        <translation>Continúa en esta carpeta:</translation>
    </message>
    <message>
        <source>It continues in its own folder (Settings stay as they are):</source>
        <translation>Continúa en su propia carpeta (la Configuración no cambia):</translation>
    </message>
    <message>
        <source>Resume it?</source>
        <translation>¿Reanudarlo?</translation>
    </message>
</context>
<context>
    <name>ScheduledStart</name>
    <message>
        <source>Start At</source>
        <translation>Iniciar a las</translation>
    </message>
    <message>
        <source>Start the rows that wait for Start at
HH:MM (local time, the next such moment) or a date and time (2026-12-24T06:00:00+01:00):</source>
        <translation>Iniciar las filas que esperan a Iniciar a las
HH:MM (hora local, el próximo momento así) o en una fecha y hora (2026-12-24T06:00:00+01:00):</translation>
    </message>
    <message>
        <source>“%1” is not a time Fanout understands.</source>
        <translation>«%1» no es una hora que Fanout entienda.</translation>
    </message>
    <message>
        <source>Starts at %1 (in %2)</source>
        <translation>Empieza a las %1 (dentro de %2)</translation>
    </message>
    <message>
        <source>Queued — starts at %1</source>
        <translation>En cola: empieza a las %1</translation>
    </message>
</context>
<context>
    <name>Scheduler</name>
    <message>
        <source>batch deadline of %1 s passed</source>
        <translation>plazo del lote de %1 s superado</translation>
    </message>
    <message>
        <source>fail-fast: stopped after %1 failed</source>
        <translation>parada al primer fallo: detenida tras fallar %1</translation>
    </message>
    <message>
        <source>cancelled by user</source>
        <translation>cancelada por el usuario</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>eliminada</translation>
    </message>
    <message>
        <source>URL changed</source>
        <translation>URL cambiada</translation>
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
            <numerusform>%n rango: %1</numerusform>
            <numerusform>%n rangos: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SegmentedBody</name>
    <message>
        <source>a range request was answered with status %1</source>
        <translation>una petición de rango recibió el estado %1</translation>
    </message>
    <message>
        <source>a range request was answered with another range</source>
        <translation>una petición de rango recibió otro rango</translation>
    </message>
    <message>
        <source>a range request was answered with another total length</source>
        <translation>una petición de rango recibió otra longitud total</translation>
    </message>
    <message>
        <source>the file changed on the server during a segmented download</source>
        <translation>el archivo cambió en el servidor durante una descarga segmentada</translation>
    </message>
    <message numerus="yes">
        <source>a range failed %n times in a row (HTTP status %1)</source>
        <translation>
            <numerusform>un rango falló %n vez seguida (estado HTTP %1)</numerusform>
            <numerusform>un rango falló %n veces seguidas (estado HTTP %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionJournal</name>
    <message>
        <source>cannot read session %1: %2</source>
        <translation>no se puede leer la sesión %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Fanout session</source>
        <translation>%1 no es una sesión de Fanout</translation>
    </message>
    <message>
        <source>cannot write session %1: %2</source>
        <translation>no se puede escribir la sesión %1: %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>&amp;Downloads</source>
        <translation>&amp;Descargas</translation>
    </message>
    <message>
        <source>Where files go, how many at once, retries, failures and completed files</source>
        <translation>Adónde van los archivos, cuántos a la vez, reintentos, fallos y archivos completados</translation>
    </message>
    <message>
        <source>&amp;Timeouts</source>
        <translation>&amp;Tiempos de espera</translation>
    </message>
    <message>
        <source>How long connecting, silence, one attempt, one item and the batch may take</source>
        <translation>Cuánto pueden durar la conexión, el silencio, un intento, un elemento y el lote</translation>
    </message>
    <message>
        <source>&amp;Politeness</source>
        <translation>&amp;Cortesía</translation>
    </message>
    <message>
        <source>Rules per origin (scheme, host and port) and the batch&apos;s bandwidth</source>
        <translation>Reglas por origen (esquema, host y puerto) y ancho de banda del lote</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>C&amp;onexión</translation>
    </message>
    <message>
        <source>Proxy, extra CA certificate, HTTP/1.1 only</source>
        <translation>Proxy, certificado de CA adicional, solo HTTP/1.1</translation>
    </message>
    <message>
        <source>H&amp;ooks</source>
        <translation>&amp;Órdenes</translation>
    </message>
    <message>
        <source>Commands to run after each download and after each batch</source>
        <translation>Órdenes que ejecutar tras cada descarga y tras cada lote</translation>
    </message>
    <message>
        <source>Re&amp;quests</source>
        <translation>&amp;Peticiones</translation>
    </message>
    <message>
        <source>User-Agent, headers, cookies and passwords sent with requests</source>
        <translation>User-Agent, cabeceras, cookies y contraseñas que se envían con las peticiones</translation>
    </message>
    <message>
        <source>&amp;Restore Defaults</source>
        <translation>&amp;Restablecer valores predeterminados</translation>
    </message>
    <message>
        <source>Put every setting on every tab back to its default (until you press OK)</source>
        <translation>Devolver cada ajuste de cada pestaña a su valor predeterminado (hasta que pulse Aceptar)</translation>
    </message>
    <message>
        <source>To save, fix what is marked in red on the %1 tab.</source>
        <translation>Para guardar, corrija lo marcado en rojo en la pestaña %1.</translation>
    </message>
    <message>
        <source>To save, fix what is marked in red on these tabs: %1.</source>
        <translation>Para guardar, corrija lo marcado en rojo en estas pestañas: %1.</translation>
    </message>
    <message>
        <source>&amp;View &amp;&amp; Desktop</source>
        <translation>&amp;Ventana</translation>
    </message>
    <message>
        <source>Theme, copied links, notifications</source>
        <translation>Tema, enlaces copiados, notificaciones</translation>
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
        <translation>Elegir una carpeta</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Elegir un archivo</translation>
    </message>
</context>
<context>
    <name>StartGate</name>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
</context>
<context>
    <name>SubFolder</name>
    <message>
        <source>empty dir= field</source>
        <translation>campo dir= vacío</translation>
    </message>
    <message>
        <source>dir= is longer than %1 characters</source>
        <translation>dir= tiene más de %1 caracteres</translation>
    </message>
    <message>
        <source>dir= may not contain a backslash (use / between folders)</source>
        <translation>dir= no puede contener una barra invertida (use / entre carpetas)</translation>
    </message>
    <message>
        <source>dir= must be relative to the output folder (it starts with /)</source>
        <translation>dir= debe ser relativo a la carpeta de destino (empieza por /)</translation>
    </message>
    <message>
        <source>dir= must be relative to the output folder (it starts with a drive letter)</source>
        <translation>dir= debe ser relativo a la carpeta de destino (empieza por una letra de unidad)</translation>
    </message>
    <message>
        <source>dir= has more than %1 folders</source>
        <translation>dir= tiene más de %1 carpetas</translation>
    </message>
    <message>
        <source>dir= has an empty folder name (//)</source>
        <translation>dir= contiene un nombre de carpeta vacío (//)</translation>
    </message>
    <message>
        <source>dir= may not contain &apos;.&apos; or &apos;..&apos; (it must stay inside the output folder)</source>
        <translation>dir= no puede contener «.» ni «..» (debe quedarse dentro de la carpeta de destino)</translation>
    </message>
    <message>
        <source>dir= may not contain an encoded &apos;.&apos;, &apos;..&apos; or separator</source>
        <translation>dir= no puede contener «.», «..» ni separadores codificados</translation>
    </message>
    <message>
        <source>dir= folder %1 is not a safe name (no leading dot, control or reserved characters, device names or trailing dots and spaces)</source>
        <translation>la carpeta %1 de dir= no es un nombre seguro (sin punto inicial, caracteres de control o reservados, nombres de dispositivo ni puntos o espacios finales)</translation>
    </message>
    <message>
        <source>cannot create output folder %1</source>
        <translation>no se puede crear la carpeta de destino %1</translation>
    </message>
    <message>
        <source>cannot find output folder %1</source>
        <translation>no se encuentra la carpeta de destino %1</translation>
    </message>
    <message>
        <source>refused: %1 is a symbolic link (dir= stays inside the output folder)</source>
        <translation>rechazado: %1 es un enlace simbólico (dir= se queda dentro de la carpeta de destino)</translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder</source>
        <translation>%1 existe y no es una carpeta</translation>
    </message>
    <message>
        <source>refused: %1 leads outside the output folder</source>
        <translation>rechazado: %1 lleva fuera de la carpeta de destino</translation>
    </message>
</context>
<context>
    <name>SummaryBar</name>
    <message>
        <source>Batch summary</source>
        <translation>Resumen del lote</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Progreso total</translation>
    </message>
    <message>
        <source>Progress of the whole batch</source>
        <translation>Progreso de todo el lote</translation>
    </message>
    <message>
        <source>Cancel Scheduled Start</source>
        <translation>Cancelar el inicio programado</translation>
    </message>
    <message>
        <source>The rows keep waiting for Start</source>
        <translation>Las filas siguen esperando a Iniciar</translation>
    </message>
    <message numerus="yes">
        <source>%n downloading</source>
        <translation>
            <numerusform>%n descargando</numerusform>
            <numerusform>%n descargando</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <translation>
            <numerusform>%n en pausa</numerusform>
            <numerusform>%n en pausa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n en cola</numerusform>
            <numerusform>%n en cola</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to retry</source>
        <translation>
            <numerusform>%n esperando reintento</numerusform>
            <numerusform>%n esperando reintento</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation>%1 recibidos</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Elapsed %1</source>
        <translation>Transcurrido %1</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>Restante %1</translation>
    </message>
    <message>
        <source>ETA unknown</source>
        <translation>Tiempo restante desconocido</translation>
    </message>
    <message>
        <source>Unfinished %L1</source>
        <translation>Pendientes %L1</translation>
    </message>
    <message>
        <source>Failed %L1</source>
        <translation>Fallidas %L1</translation>
    </message>
    <message>
        <source>Done %L1</source>
        <translation>Completadas %L1</translation>
    </message>
    <message>
        <source>Cancelled %L1</source>
        <translation>Canceladas %L1</translation>
    </message>
    <message>
        <source>Invalid %L1</source>
        <translation>No válidas %L1</translation>
    </message>
    <message>
        <source>File %L1 of %L2</source>
        <translation>Archivo %L1 de %L2</translation>
    </message>
</context>
<context>
    <name>ThroughputChart</name>
    <message>
        <source>Throughput chart</source>
        <translation>Gráfico de rendimiento</translation>
    </message>
    <message>
        <source>Throughput (filled) and requests in flight (line) over the batch</source>
        <translation>Rendimiento (relleno) y peticiones en curso (línea) a lo largo del lote</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Rendimiento</translation>
    </message>
    <message>
        <source>peak %1</source>
        <translation>máximo %1</translation>
    </message>
    <message numerus="yes">
        <source>at most %n in flight</source>
        <translation>
            <numerusform>como máximo %n en curso</numerusform>
            <numerusform>como máximo %n en curso</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeoutsPage</name>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>0 turns a limit off. An attempt that runs out of time is retried while retries are left; an item or a batch that does is given up.</source>
        <translation>0 desactiva un límite. Un intento que se queda sin tiempo se reintenta mientras queden reintentos; un elemento o un lote que se queda sin tiempo se abandona.</translation>
    </message>
    <message>
        <source>Co&amp;nnect timeout:</source>
        <translation>Tiempo de cone&amp;xión:</translation>
    </message>
    <message>
        <source>give up connecting (name lookup, TCP and TLS) after S seconds; 0 = never.</source>
        <translation>abandonar la conexión (resolución de nombres, TCP y TLS) tras S segundos; 0 = nunca.</translation>
    </message>
    <message>
        <source>&amp;Stall timeout:</source>
        <translation>Tiempo de &amp;bloqueo:</translation>
    </message>
    <message>
        <source>give up an attempt when nothing arrives for S seconds; 0 = never.</source>
        <translation>abandonar un intento cuando no llega nada durante S segundos; 0 = nunca.</translation>
    </message>
    <message>
        <source>Time limit per &amp;attempt:</source>
        <translation>Límite por &amp;intento:</translation>
    </message>
    <message>
        <source>give up one attempt S seconds after it starts, however fast data arrives; 0 = no limit.</source>
        <translation>abandonar un intento S segundos después de empezar, por rápido que lleguen los datos; 0 = sin límite.</translation>
    </message>
    <message>
        <source>Time limit per &amp;item:</source>
        <translation>Límite por &amp;elemento:</translation>
    </message>
    <message>
        <source>give up on one file S seconds after its first attempt, all its retries and waits included; 0 = no limit.</source>
        <translation>abandonar un archivo S segundos después de su primer intento, con todos sus reintentos y esperas; 0 = sin límite.</translation>
    </message>
    <message>
        <source>Time limit for the &amp;whole batch:</source>
        <translation>Límite para todo el &amp;lote:</translation>
    </message>
    <message>
        <source>cancel whatever is unfinished S seconds after the batch starts; 0 = no limit.</source>
        <translation>cancelar lo que no haya terminado S segundos después de empezar el lote; 0 = sin límite.</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>size is %L1 bytes, the list expects %L2</source>
        <translation>el tamaño es de %L1 bytes, la lista espera %L2</translation>
    </message>
    <message>
        <source> (sent as HTTP/2 with prior knowledge: does the server speak HTTP/2 without TLS?)</source>
        <translation> (enviado como HTTP/2 con conocimiento previo: ¿habla el servidor HTTP/2 sin TLS?)</translation>
    </message>
</context>
<context>
    <name>TransferFormat</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)/s</source>
        <translation>
            <numerusform>%n byte/s</numerusform>
            <numerusform>%n bytes/s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation>Error HTTP</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Tiempo agotado</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <source>Cannot connect</source>
        <translation>No se puede conectar</translation>
    </message>
    <message>
        <source>Host not found</source>
        <translation>Host no encontrado</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Falló la conexión segura</translation>
    </message>
    <message>
        <source>Redirect failed</source>
        <translation>Falló la redirección</translation>
    </message>
    <message>
        <source>Cut short</source>
        <translation>Cortada antes de tiempo</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>No se puede guardar</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>No válida</translation>
    </message>
    <message>
        <source>Checksum mismatch</source>
        <translation>La suma de verificación no coincide</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin iniciar</translation>
    </message>
    <message>
        <source>%1 of an unknown size</source>
        <translation>%1 de un tamaño desconocido</translation>
    </message>
    <message>
        <source>%1, %2 of %3</source>
        <extracomment>&quot;42%, 1.31 MiB of 3.00 MiB&quot;</extracomment>
        <translation>%1, %2 de %3</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>A share of a download, &quot;42%&quot;: French writes a (no-break) space before the sign</extracomment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Bad Request</source>
        <translation>Petición incorrecta</translation>
    </message>
    <message>
        <source>Unauthorized</source>
        <translation>No autorizado</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>Prohibido</translation>
    </message>
    <message>
        <source>Not Found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>Method Not Allowed</source>
        <translation>Método no permitido</translation>
    </message>
    <message>
        <source>Request Timeout</source>
        <translation>Tiempo de espera de la petición agotado</translation>
    </message>
    <message>
        <source>Gone</source>
        <translation>Ya no existe</translation>
    </message>
    <message>
        <source>Range Not Satisfiable</source>
        <translation>Rango no satisfactorio</translation>
    </message>
    <message>
        <source>Too Many Requests</source>
        <translation>Demasiadas peticiones</translation>
    </message>
    <message>
        <source>Internal Server Error</source>
        <translation>Error interno del servidor</translation>
    </message>
    <message>
        <source>Bad Gateway</source>
        <translation>Puerta de enlace incorrecta</translation>
    </message>
    <message>
        <source>Service Unavailable</source>
        <translation>Servicio no disponible</translation>
    </message>
    <message>
        <source>Gateway Timeout</source>
        <translation>Tiempo de espera de la puerta de enlace agotado</translation>
    </message>
</context>
<context>
    <name>TransferModel</name>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>Esperando reintento</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Descargando</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>No válida</translation>
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
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>Restante</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Transcurrido</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Estimated time left for this download</source>
        <translation>Tiempo restante estimado para esta descarga</translation>
    </message>
    <message>
        <source>Queued — press Start</source>
        <translation>En cola: pulse Iniciar</translation>
    </message>
    <message>
        <source>Queued — paused</source>
        <translation>En cola: en pausa</translation>
    </message>
    <message>
        <source>Waiting %1 s — %2</source>
        <translation>Esperando %1 s: %2</translation>
    </message>
    <message>
        <source>Queued — %1</source>
        <translation>En cola: %1</translation>
    </message>
    <message>
        <source>Retrying (attempt %1 of %2)</source>
        <translation>Reintentando (intento %1 de %2)</translation>
    </message>
    <message>
        <source>Retry in %1 s (attempt %2 of %3)</source>
        <translation>Reintento en %1 s (intento %2 de %3)</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Downloading (attempt %1 of %2)</source>
        <translation>Descargando (intento %1 de %2)</translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation>No válida: %1</translation>
    </message>
    <message>
        <source>Done — already complete, verified</source>
        <translation>Completada: ya estaba completa, verificada</translation>
    </message>
    <message>
        <source>Done — already complete</source>
        <translation>Completada: ya estaba completa</translation>
    </message>
    <message>
        <source>Done — verified</source>
        <translation>Completada: verificada</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>not finished when exported (%1)</source>
        <translation>sin terminar al exportar (%1)</translation>
    </message>
</context>
<context>
    <name>TransferView</name>
    <message>
        <source>Show downloads by state</source>
        <translation>Mostrar las descargas por estado</translation>
    </message>
    <message>
        <source>Every download (Alt+1)</source>
        <translation>Todas las descargas (Alt+1)</translation>
    </message>
    <message>
        <source>Queued, downloading, paused and waiting to retry (Alt+2)</source>
        <translation>En cola, descargando, en pausa y esperando reintento (Alt+2)</translation>
    </message>
    <message>
        <source>Failed (Alt+3)</source>
        <translation>Fallidas (Alt+3)</translation>
    </message>
    <message>
        <source>Finished successfully (Alt+4)</source>
        <translation>Completadas correctamente (Alt+4)</translation>
    </message>
    <message>
        <source>Cancelled (Alt+5)</source>
        <translation>Canceladas (Alt+5)</translation>
    </message>
    <message>
        <source>Lines that are not URLs Fanout can fetch (Alt+6)</source>
        <translation>Líneas que no son URL que Fanout pueda descargar (Alt+6)</translation>
    </message>
    <message>
        <source>Search downloads</source>
        <translation>Buscar en las descargas</translation>
    </message>
    <message>
        <source>Search URL, file or error (Ctrl+F)</source>
        <translation>Buscar URL, archivo o error (Ctrl+F)</translation>
    </message>
    <message>
        <source>Escape clears the search</source>
        <translation>Esc borra la búsqueda</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Descargas</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidas</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completadas</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Canceladas</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>No válidas</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
</context>
<context>
    <name>UrlCheck</name>
    <message>
        <source>URL too long (%L1 characters, the limit is %L2)</source>
        <translation>URL demasiado larga (%L1 caracteres, el límite es %L2)</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>contiene caracteres de control</translation>
    </message>
    <message>
        <source>contains invalid characters (the input is not valid UTF-8)</source>
        <translation>contiene caracteres no válidos (la entrada no es UTF-8 válido)</translation>
    </message>
    <message>
        <source>not a URL</source>
        <translation>no es una URL</translation>
    </message>
    <message>
        <source>unsupported scheme &apos;%1&apos; (only http and https)</source>
        <translation>esquema no admitido «%1» (solo http y https)</translation>
    </message>
    <message>
        <source>not a valid URL</source>
        <translation>URL no válida</translation>
    </message>
    <message>
        <source>missing host</source>
        <translation>falta el host</translation>
    </message>
</context>
<context>
    <name>UrlIntake</name>
    <message>
        <source>an aria2 input file</source>
        <translation>archivo de entrada de aria2</translation>
    </message>
    <message>
        <source>a Metalink document</source>
        <translation>documento Metalink</translation>
    </message>
    <message>
        <source>a results CSV</source>
        <translation>CSV de resultados</translation>
    </message>
    <message>
        <source>a checksum file</source>
        <translation>archivo de sumas de verificación</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>lista</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a URL list</source>
        <translation>%1 es demasiado grande para una lista de URL</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>Cannot read %1 as %2: %3</source>
        <translation>No se puede leer %1 como %2: %3</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Read %1 as %2; %n note(s): %3</source>
        <translation>
            <numerusform>%1 leído como %2; %n nota: %3</numerusform>
            <numerusform>%1 leído como %2; %n notas: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Read %1 as %2</source>
        <translation>%1 leído como %2</translation>
    </message>
    <message>
        <source>No checksum line in %1</source>
        <translation>No hay ninguna línea de suma de verificación en %1</translation>
    </message>
    <message>
        <source>%1 is a checksum file: its digests attach to the URLs in the paste area, which is empty. Paste or open the list first.</source>
        <translation>%1 es un archivo de sumas de verificación: sus sumas se asocian a las URL del área de pegado, que está vacía. Pegue o abra primero la lista.</translation>
    </message>
    <message numerus="yes">
        <source>%n URL(s) in the paste area got a checksum from %1</source>
        <translation>
            <numerusform>%n URL del área de pegado recibió una suma de verificación de %1</numerusform>
            <numerusform>%n URL del área de pegado recibieron una suma de verificación de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n name(s) in it match no URL: %1</source>
        <translation>
            <numerusform>; %n nombre que contiene no corresponde a ninguna URL: %1</numerusform>
            <numerusform>; %n nombres que contiene no corresponden a ninguna URL: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Add URLs from a file</source>
        <translation>Añadir URL desde un archivo</translation>
    </message>
    <message>
        <source>Lists (*.txt *.csv *.list *.meta4 *.metalink *.aria2);;All files (*)</source>
        <translation>Listas (*.txt *.csv *.list *.meta4 *.metalink *.aria2);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Add checksums to the URLs in the paste area</source>
        <translation>Añadir sumas de verificación a las URL del área de pegado</translation>
    </message>
    <message>
        <source>Checksum files (*SUMS* *sums* *.sha256 *.sha512 *.sha1 *.md5 *.txt);;All files (*)</source>
        <translation>Archivos de sumas de verificación (*SUMS* *sums* *.sha256 *.sha512 *.sha1 *.md5 *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The clipboard holds no text</source>
        <translation>El portapapeles no contiene texto</translation>
    </message>
    <message>
        <source>the clipboard</source>
        <translation>el portapapeles</translation>
    </message>
    <message>
        <source>the dropped text</source>
        <translation>el texto soltado</translation>
    </message>
</context>
<context>
    <name>UrlList</name>
    <message>
        <source>URL too long (%L1 characters, the limit is %L2)</source>
        <translation>URL demasiado larga (%L1 caracteres, el límite es %L2)</translation>
    </message>
    <message>
        <source>line too long (%L1 characters, the limit is %L2)</source>
        <translation>línea demasiado larga (%L1 caracteres, el límite es %L2)</translation>
    </message>
    <message>
        <source>a file name, digest or mirror cannot apply to a range of URLs</source>
        <translation>un nombre de archivo, un resumen o una réplica no puede aplicarse a un rango de URL</translation>
    </message>
</context>
<context>
    <name>UrlRange</name>
    <message>
        <source>malformed range: no closing &apos;]&apos;</source>
        <translation>rango mal formado: falta el «]» de cierre</translation>
    </message>
    <message>
        <source>malformed range %1: number too large</source>
        <translation>rango mal formado %1: número demasiado grande</translation>
    </message>
    <message>
        <source>malformed range %1</source>
        <translation>rango mal formado %1</translation>
    </message>
    <message>
        <source>reversed range %1</source>
        <translation>rango invertido %1</translation>
    </message>
    <message>
        <source>range expands to %L1 URLs, more than the limit %L2</source>
        <translation>el rango da %L1 URL, más que el límite %L2</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>Add from &amp;File…</source>
        <translation>Añadir desde &amp;archivo…</translation>
    </message>
    <message>
        <source>Add the URLs listed in a file: a list, an aria2 input file, a Metalink document or a results CSV</source>
        <translation>Añadir las URL de un archivo: una lista, un archivo de entrada de aria2, un documento Metalink o un CSV de resultados</translation>
    </message>
    <message>
        <source>Add &amp;Checksums…</source>
        <translation>Añadir su&amp;mas de verificación…</translation>
    </message>
    <message>
        <source>Attach the digests of a checksum file (SHA256SUMS, …) to the URLs in the paste area, by file name</source>
        <translation>Asociar las sumas de un archivo de sumas de verificación (SHA256SUMS, …) a las URL del área de pegado, por nombre de archivo</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Save one line per download, as the headless mode&apos;s --csv</source>
        <translation>Guardar una línea por descarga, como --csv en el modo sin ventana</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Close Fanout</source>
        <translation>Cerrar Fanout</translation>
    </message>
    <message>
        <source>&amp;Paste URLs</source>
        <translation>&amp;Pegar URL</translation>
    </message>
    <message>
        <source>Add the URLs on the clipboard</source>
        <translation>Añadir las URL del portapapeles</translation>
    </message>
    <message>
        <source>Go to the Paste &amp;Area</source>
        <translation>Ir al área de pe&amp;gado</translation>
    </message>
    <message>
        <source>Move the focus to the paste area</source>
        <translation>Llevar el foco al área de pegado</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Search the downloads by URL, file or error</source>
        <translation>Buscar en las descargas por URL, archivo o error</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>Start downloading the rows that wait for Start</source>
        <translation>Descargar las filas que esperan a Iniciar</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>Pause or resume every download</source>
        <translation>Pausar o reanudar todas las descargas</translation>
    </message>
    <message>
        <source>Start a&amp;t…</source>
        <translation>Iniciar a una &amp;hora…</translation>
    </message>
    <message>
        <source>Start the rows that wait for Start at a time you choose</source>
        <translation>Iniciar a la hora elegida las filas que esperan a Iniciar</translation>
    </message>
    <message>
        <source>Start downloads as soon as they are a&amp;dded</source>
        <translation>Iniciar las descar&amp;gas en cuanto se añadan</translation>
    </message>
    <message>
        <source>On: added URLs start at once. Off: they wait for Start, also after an earlier batch has finished</source>
        <translation>Activado: las URL añadidas empiezan al momento. Desactivado: esperan a Iniciar, también tras terminar un lote anterior</translation>
    </message>
    <message>
        <source>Cancel &amp;All</source>
        <translation>Cancelar &amp;todas</translation>
    </message>
    <message>
        <source>Cancel every download that has not finished</source>
        <translation>Cancelar todas las descargas sin terminar</translation>
    </message>
    <message>
        <source>Retry &amp;Failed</source>
        <translation>Reintentar &amp;fallidas</translation>
    </message>
    <message>
        <source>Run every failed download again</source>
        <translation>Volver a ejecutar todas las descargas fallidas</translation>
    </message>
    <message>
        <source>C&amp;lear List…</source>
        <translation>&amp;Vaciar la lista…</translation>
    </message>
    <message>
        <source>Cancel every download and empty the list</source>
        <translation>Cancelar todas las descargas y vaciar la lista</translation>
    </message>
    <message>
        <source>Cop&amp;y Failed URLs</source>
        <translation>&amp;Copiar URL fallidas</translation>
    </message>
    <message>
        <source>Copy the URLs of the failed downloads, one per line</source>
        <translation>Copiar las URL de las descargas fallidas, una por línea</translation>
    </message>
    <message>
        <source>Export Failed as &amp;List…</source>
        <translation>Exportar fallidas como &amp;lista…</translation>
    </message>
    <message>
        <source>Save the downloads that did not end ok as a list that runs them again (names, folders, digests, mirrors kept; as --failed-list)</source>
        <translation>Guardar las descargas que no terminaron bien como una lista que las vuelve a ejecutar (se conservan nombres, carpetas, sumas y espejos; como --failed-list)</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>Output folder, parallel downloads, timeouts, retries</source>
        <translation>Carpeta de destino, descargas paralelas, tiempos de espera, reintentos</translation>
    </message>
    <message>
        <source>Show &amp;All</source>
        <translation>Mostrar &amp;todas</translation>
    </message>
    <message>
        <source>Show every download</source>
        <translation>Mostrar todas las descargas</translation>
    </message>
    <message>
        <source>Show &amp;Unfinished</source>
        <translation>Mostrar &amp;pendientes</translation>
    </message>
    <message>
        <source>Show queued, downloading, paused and retrying downloads</source>
        <translation>Mostrar las descargas en cola, descargando, en pausa y reintentando</translation>
    </message>
    <message>
        <source>Show &amp;Failed</source>
        <translation>Mostrar &amp;fallidas</translation>
    </message>
    <message>
        <source>Show failed downloads</source>
        <translation>Mostrar las descargas fallidas</translation>
    </message>
    <message>
        <source>Show &amp;Done</source>
        <translation>Mostrar &amp;completadas</translation>
    </message>
    <message>
        <source>Show finished downloads</source>
        <translation>Mostrar las descargas completadas</translation>
    </message>
    <message>
        <source>Show Ca&amp;ncelled</source>
        <translation>Mostrar c&amp;anceladas</translation>
    </message>
    <message>
        <source>Show cancelled downloads</source>
        <translation>Mostrar las descargas canceladas</translation>
    </message>
    <message>
        <source>Show &amp;Invalid</source>
        <translation>Mostrar &amp;no válidas</translation>
    </message>
    <message>
        <source>Show the lines that are not URLs Fanout can fetch</source>
        <translation>Mostrar las líneas que no son URL que Fanout pueda descargar</translation>
    </message>
    <message>
        <source>Retr&amp;y</source>
        <translation>Rei&amp;ntentar</translation>
    </message>
    <message>
        <source>Run the selected downloads again</source>
        <translation>Volver a ejecutar las descargas seleccionadas</translation>
    </message>
    <message>
        <source>C&amp;heck for Updates</source>
        <translation>Buscar actuali&amp;zaciones</translation>
    </message>
    <message>
        <source>Ask whether the selected finished downloads changed on the server; a new version replaces a file you have not changed</source>
        <translation>Preguntar si las descargas completadas seleccionadas cambiaron en el servidor; una versión nueva sustituye a un archivo que usted no haya modificado</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Cancel the selected downloads</source>
        <translation>Cancelar las descargas seleccionadas</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Cancel and remove the selected rows</source>
        <translation>Cancelar y quitar las filas seleccionadas</translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation>Copiar &amp;URL</translation>
    </message>
    <message>
        <source>Copy the selected URLs</source>
        <translation>Copiar las URL seleccionadas</translation>
    </message>
    <message>
        <source>Copy &amp;Error</source>
        <translation>Copiar &amp;error</translation>
    </message>
    <message>
        <source>Copy the errors of the selected rows</source>
        <translation>Copiar los errores de las filas seleccionadas</translation>
    </message>
    <message>
        <source>&amp;Open File</source>
        <translation>&amp;Abrir archivo</translation>
    </message>
    <message>
        <source>Open the downloaded file</source>
        <translation>Abrir el archivo descargado</translation>
    </message>
    <message>
        <source>Open Contai&amp;ning Folder</source>
        <translation>Abrir carpeta c&amp;ontenedora</translation>
    </message>
    <message>
        <source>Show the downloaded file in its folder</source>
        <translation>Mostrar el archivo descargado en su carpeta</translation>
    </message>
    <message>
        <source>L&amp;imit Speed…</source>
        <translation>&amp;Limitar velocidad…</translation>
    </message>
    <message>
        <source>Cap the download speed of the selected rows (0 lifts the cap)</source>
        <translation>Limitar la velocidad de descarga de las filas seleccionadas (0 quita el límite)</translation>
    </message>
    <message>
        <source>Chan&amp;ge URL…</source>
        <translation>Cam&amp;biar URL…</translation>
    </message>
    <message>
        <source>Go on from another URL: the part file is continued when the new URL serves the same file, and the list&apos;s digests still apply</source>
        <translation>Continuar desde otra URL: el archivo parcial se continúa si la nueva URL sirve el mismo archivo, y las sumas de la lista siguen valiendo</translation>
    </message>
    <message>
        <source>Copy Failed URLs</source>
        <comment>toolbar button</comment>
        <translation>Copiar fallidas</translation>
    </message>
    <message>
        <source>&amp;Watch the Clipboard</source>
        <translation>&amp;Vigilar el portapapeles</translation>
    </message>
    <message>
        <source>Offer the links of text copied in any program (never added without Add)</source>
        <translation>Ofrecer los enlaces del texto copiado en cualquier programa (nunca se añaden sin Añadir)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <source>The desktop&apos;s colours</source>
        <translation>Los colores del escritorio</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>Light colours</source>
        <translation>Colores claros</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>Dark colours</source>
        <translation>Colores oscuros</translation>
    </message>
</context>
<context>
    <name>WindowCommands</name>
    <message>
        <source>Paused: running downloads hold, none start</source>
        <translation>En pausa: las descargas en curso se detienen y no empieza ninguna</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Reanudado</translation>
    </message>
    <message>
        <source>Limit Speed</source>
        <translation>Limitar velocidad</translation>
    </message>
    <message>
        <source>Bytes a second for the selected rows (500k, 2M; 0 = none):</source>
        <translation>Bytes por segundo para las filas seleccionadas (500k, 2M; 0 = sin límite):</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a speed such as 500k or 2M</source>
        <translation>«%1» no es una velocidad como 500k o 2M</translation>
    </message>
    <message>
        <source>Select one row to change its URL</source>
        <translation>Seleccione una fila para cambiar su URL</translation>
    </message>
    <message>
        <source>Change URL</source>
        <translation>Cambiar URL</translation>
    </message>
    <message>
        <source>Go on from this URL (the part file is continued when it serves the same file):</source>
        <translation>Continuar desde esta URL (el archivo parcial se continúa si sirve el mismo archivo):</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) capped at %1/s</source>
        <translation>
            <numerusform>%n fila limitada a %1/s</numerusform>
            <numerusform>%n filas limitadas a %1/s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Speed cap lifted for %n row(s)</source>
        <translation>
            <numerusform>Límite de velocidad quitado para %n fila</numerusform>
            <numerusform>Límite de velocidad quitado para %n filas</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied 1 line</source>
        <translation>1 línea copiada</translation>
    </message>
    <message>
        <source>No downloaded file for this row yet</source>
        <translation>Esta fila aún no tiene archivo descargado</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>No se pudo abrir %1</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Falló la exportación: %1</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Exportar resultados</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falló la exportación</translation>
    </message>
    <message numerus="yes">
        <source>%n download(s) not ok written to %1 — add it to run them again</source>
        <translation>
            <numerusform>%n descarga no correcta escrita en %1: añada el archivo para volver a ejecutarla</numerusform>
            <numerusform>%n descargas no correctas escritas en %1: añada el archivo para volver a ejecutarlas</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed downloads as a list</source>
        <translation>Exportar las descargas fallidas como lista</translation>
    </message>
    <message>
        <source>Lists (*.txt)</source>
        <translation>Listas (*.txt)</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n lines</source>
        <translation>
            <numerusform>%n línea copiada</numerusform>
            <numerusform>%n líneas copiadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s); %1 not finished yet are marked cancelled</source>
        <translation>
            <numerusform>%n fila exportada; %1 sin terminar se marcan como canceladas</numerusform>
            <numerusform>%n filas exportadas; %1 sin terminar se marcan como canceladas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>%n fila exportada a %1</numerusform>
            <numerusform>%n filas exportadas a %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowHooks</name>
    <message>
        <source>The hook after %1: %2</source>
        <translation>La orden tras %1: %2</translation>
    </message>
    <message>
        <source>The hook after the batch: %1</source>
        <translation>La orden tras el lote: %1</translation>
    </message>
    <message>
        <source>did not finish in time</source>
        <translation>no terminó a tiempo</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>killed by a signal</source>
        <translation>terminado por una señal</translation>
    </message>
    <message>
        <source>failed with exit code %1</source>
        <translation>falló con el código de salida %1</translation>
    </message>
    <message>
        <source>cannot start: %1</source>
        <translation>no se puede iniciar: %1</translation>
    </message>
    <message>
        <source>finished ok</source>
        <translation>terminó correctamente</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Downloads</source>
        <translation>&amp;Descargas</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Barra principal</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>T&amp;ema</translation>
    </message>
</context>
<context>
    <name>WindowPage</name>
    <message>
        <source>Offer links copied to the clip&amp;board</source>
        <translation>Ofrecer los en&amp;laces copiados al portapapeles</translation>
    </message>
    <message>
        <source>Notif&amp;y when a batch ends while the window is in the background</source>
        <translation>&amp;Notificar cuando un lote termine con la ventana en segundo plano</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;ema:</translation>
    </message>
    <message>
        <source>The window&apos;s colours: the desktop&apos;s (System), or Fanout&apos;s own Light or Dark. Also in View ▸ Theme.</source>
        <translation>Los colores de la ventana: los del escritorio (Sistema), o los propios de Fanout, Claro u Oscuro. También en Ver ▸ Tema.</translation>
    </message>
    <message>
        <source>When text with http(s) links is copied in any program, a bar over the table offers to add the links not in the list yet. Nothing is added without Add. Also in Edit ▸ Watch the Clipboard.</source>
        <translation>Cuando se copia texto con enlaces http(s) en cualquier programa, una barra sobre la tabla ofrece añadir los enlaces que aún no están en la lista. No se añade nada sin Añadir. También en Editar ▸ Vigilar el portapapeles.</translation>
    </message>
    <message>
        <source>One desktop notification says how many downloads are ok and how many failed; clicking it brings the window back.</source>
        <translation>Una notificación del escritorio indica cuántas descargas han ido bien y cuántas han fallado; al pulsarla, vuelve la ventana.</translation>
    </message>
</context>
<context>
    <name>runGui</name>
    <message>
        <source>the command line</source>
        <translation>la línea de órdenes</translation>
    </message>
</context>
</TS>
