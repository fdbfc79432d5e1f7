<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <source>Could not connect to %1: the connection was refused. Is the server running, and is the base URL right?</source>
        <translation>Keine Verbindung zu %1: Die Verbindung wurde abgelehnt. Läuft der Server, und stimmt die Basis-URL?</translation>
    </message>
    <message>
        <source>The host %1 was not found. Check the base URL and your network connection.</source>
        <translation>Der Host %1 wurde nicht gefunden. Prüfen Sie die Basis-URL und Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Network error talking to %1: %2</source>
        <translation>Netzwerkfehler bei der Verbindung mit %1: %2</translation>
    </message>
    <message>
        <source>Sequence rejected the credentials (HTTP 401). Check the client id and secret of this connection.</source>
        <translation>Sequence hat die Zugangsdaten abgelehnt (HTTP 401). Prüfen Sie Client-ID und Client-Secret dieser Verbindung.</translation>
    </message>
    <message>
        <source>This API client may not list users (HTTP 403). Ask an admin of the Sequence account to grant it access.</source>
        <translation>Dieser API-Client darf keine Benutzer auflisten (HTTP 403). Bitten Sie einen Administrator des Sequence-Kontos, ihm Zugriff zu geben.</translation>
    </message>
    <message>
        <source>Sequence is limiting the rate of requests for this API key (HTTP 429).</source>
        <translation>Sequence begrenzt die Anfragerate für diesen API-Schlüssel (HTTP 429).</translation>
    </message>
    <message>
        <source>Sequence had a server error (HTTP %1).</source>
        <translation>Bei Sequence ist ein Serverfehler aufgetreten (HTTP %1).</translation>
    </message>
    <message>
        <source>Not found (HTTP 404). Check that the base URL ends in /api.</source>
        <translation>Nicht gefunden (HTTP 404). Prüfen Sie, ob die Basis-URL auf /api endet.</translation>
    </message>
    <message>
        <source>Sequence refused the request (HTTP %1).</source>
        <translation>Sequence hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>Sequence refused the request (HTTP %1): %2</source>
        <translation>Sequence hat die Anfrage abgelehnt (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The system keychain is not available.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>The system keychain is not available: %1</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Sequence access report</source>
        <translation>Sequence-Zugriffsbericht</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>(no role)</source>
        <translation>(keine Rolle)</translation>
    </message>
    <message>
        <source>Users per role</source>
        <translation>Benutzer je Rolle</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Users per state</source>
        <translation>Benutzer je Status</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Access overview</source>
        <translation>Zugriffsübersicht</translation>
    </message>
    <message>
        <source>Number of users holding each permission.</source>
        <translation>Anzahl der Benutzer mit der jeweiligen Berechtigung.</translation>
    </message>
    <message>
        <source>Permissions per resource. &lt;b&gt;extra&lt;/b&gt;: granted beyond the standard role of that name. &lt;i&gt;missing&lt;/i&gt;: the standard role grants it, this user&apos;s role does not.</source>
        <translation>Berechtigungen je Ressource. &lt;b&gt;zusätzlich&lt;/b&gt;: über die gleichnamige Standardrolle hinaus gewährt. &lt;i&gt;fehlt&lt;/i&gt;: Die Standardrolle gewährt sie, die Rolle dieses Benutzers nicht.</translation>
    </message>
    <message>
        <source>%1 (custom role)</source>
        <translation>%1 (eigene Rolle)</translation>
    </message>
    <message>
        <source>%1 (differs from the standard role)</source>
        <translation>%1 (weicht von der Standardrolle ab)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>extra</source>
        <translation>zusätzlich</translation>
    </message>
    <message>
        <source>A PDF report needs fonts, so it needs a QGuiApplication.</source>
        <translation>Ein PDF-Bericht braucht Schriften und damit eine QGuiApplication.</translation>
    </message>
    <message>
        <source>The output is not open for writing.</source>
        <translation>Die Ausgabe ist nicht zum Schreiben geöffnet.</translation>
    </message>
    <message>
        <source>no output file given</source>
        <translation>keine Ausgabedatei angegeben</translation>
    </message>
    <message>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation>%1 kann nicht geschrieben werden: Der Ordner %2 existiert nicht</translation>
    </message>
    <message>
        <source>cannot write %1: it is a folder</source>
        <translation>%1 kann nicht geschrieben werden: Es ist ein Ordner</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not write the report.</source>
        <translation>Der Bericht konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Comparing %1 (%2 users) with %3 (%4 users)
</source>
        <translation>Vergleich von %1 (%2 Benutzer) mit %3 (%4 Benutzer)
</translation>
    </message>
    <message>
        <source>the older report</source>
        <translation>dem älteren Bericht</translation>
    </message>
    <message>
        <source>the newer report</source>
        <translation>dem neueren Bericht</translation>
    </message>
    <message>
        <source>No differences.
</source>
        <translation>Keine Unterschiede.
</translation>
    </message>
    <message>
        <source>+ user %1 (%2) added
</source>
        <translation>+ Benutzer %1 (%2) hinzugekommen
</translation>
    </message>
    <message>
        <source>- user %1 (%2) removed
</source>
        <translation>- Benutzer %1 (%2) entfernt
</translation>
    </message>
    <message>
        <source>~ user %1 (%2)
</source>
        <translation>~ Benutzer %1 (%2)
</translation>
    </message>
    <message>
        <source>    gained %1 on %2
</source>
        <translation>    erhält %1 auf %2
</translation>
    </message>
    <message>
        <source>    lost %1 on %2
</source>
        <translation>    verliert %1 auf %2
</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a json report of Sequence Admin: %2</source>
        <translation>%1 ist kein JSON-Bericht von Sequence Admin: %2</translation>
    </message>
    <message>
        <source>Permission matrix</source>
        <translation>Berechtigungsmatrix</translation>
    </message>
    <message>
        <source>Resources as rows, actions as columns</source>
        <translation>Ressourcen als Zeilen, Aktionen als Spalten</translation>
    </message>
    <message>
        <source>✓ granted &#x2003; ✓+ extra: beyond the standard role &#x2003; − missing: the standard role grants it &#x2003; · no role grants this &#x2003; framed: differs from the other user</source>
        <translation>✓ gewährt &#x2003; ✓+ zusätzlich: über die Standardrolle hinaus &#x2003; − fehlt: Die Standardrolle gewährt es &#x2003; · keine Rolle gewährt es &#x2003; umrahmt: anders als beim anderen Benutzer</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>search “%1”</source>
        <translation>Suche „%1“</translation>
    </message>
    <message>
        <source>state %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <source>role %1</source>
        <translation>Rolle %1</translation>
    </message>
    <message>
        <source>can %1 on %2</source>
        <translation>darf %1 auf %2</translation>
    </message>
    <message>
        <source>can %1 on any resource</source>
        <translation>darf %1 auf jeder Ressource</translation>
    </message>
    <message>
        <source>can do anything on %1</source>
        <translation>darf alles auf %1</translation>
    </message>
    <message>
        <source>Partial: only the %1 users loaded so far are included; the account has more.</source>
        <translation>Unvollständig: Nur die %1 bisher geladenen Benutzer sind enthalten; das Konto hat mehr.</translation>
    </message>
    <message>
        <source>Partial: only %1 of the account&apos;s %2 users were loaded; %3 are not in this report.</source>
        <translation>Unvollständig: Nur %1 der %2 Benutzer des Kontos wurden geladen; %3 fehlen in diesem Bericht.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 closed the connection before the answer was complete.</source>
        <translation>%1 hat die Verbindung geschlossen, bevor die Antwort vollständig war.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a folder, pipe or device); give the path of a report file.</source>
        <translation>%1 ist keine gewöhnliche Datei (ein Ordner, eine Pipe oder ein Gerät); geben Sie den Pfad einer Berichtsdatei an.</translation>
    </message>
    <message>
        <source>%1 is %2, larger than the limit of %3; it was not read.</source>
        <translation>%1 ist %2 groß, mehr als die Grenze von %3; die Datei wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>departs from its standard role</source>
        <translation>weicht von ihrer Standardrolle ab</translation>
    </message>
    <message>
        <source>From snapshot</source>
        <translation>Aus dem Snapshot</translation>
    </message>
    <message>
        <source>Access policy findings</source>
        <translation>Befunde der Zugriffsrichtlinie</translation>
    </message>
    <message>
        <source>Policy %1: %2 of %3 rules violated.</source>
        <translation>Richtlinie %1: %2 von %3 Regeln verletzt.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>in Ordnung</translation>
    </message>
    <message>
        <source>%1 holders; at most %2 allowed.</source>
        <translation>%1 Inhaber; höchstens %2 erlaubt.</translation>
    </message>
    <message>
        <source> (exception approved by %1)</source>
        <translation> (Ausnahme genehmigt von %1)</translation>
    </message>
    <message>
        <source>%1 (counts toward its cap of %2)</source>
        <translation>%1 (zählt zur Obergrenze von %2)</translation>
    </message>
    <message>
        <source>duplicate id “%1”</source>
        <translation>doppelte ID „%1“</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>a reviewer is given as &quot;Name &lt;email&gt;&quot;, e.g. &quot;Ana Lima &lt;ana@example.com&gt;&quot;; not &quot;%1&quot;</source>
        <translation>ein Prüfer wird als „Name &lt;E-Mail&gt;“ angegeben, z. B. „Ana Lima &lt;ana@example.com&gt;“; nicht „%1“</translation>
    </message>
    <message>
        <source>Could not record page %1 of the review in %2: %3</source>
        <translation>Seite %1 der Prüfung konnte nicht in %2 aufgezeichnet werden: %3</translation>
    </message>
    <message>
        <source>%1 already holds pages; a review records into an empty folder</source>
        <translation>%1 enthält schon Seiten; eine Prüfung zeichnet in einen leeren Ordner auf</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 lists no page</source>
        <translation>%1 nennt keine Seite</translation>
    </message>
    <message>
        <source>%1: request %2 names the file &quot;%3&quot;, not %4</source>
        <translation>%1: Anfrage %2 nennt die Datei „%3“, nicht %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: its SHA-256 differs from the one %2 recorded when it arrived</source>
        <translation>%1: ihr SHA-256 weicht von dem ab, den %2 beim Empfang aufgezeichnet hat</translation>
    </message>
    <message>
        <source>%1: the request asked for the page after &quot;%2&quot;, but the page before named &quot;%3&quot; as the next</source>
        <translation>%1: Die Anfrage verlangte die Seite nach „%2“, aber die Seite davor nannte „%3“ als nächste</translation>
    </message>
    <message>
        <source>%1: the user %2 was already on an earlier page</source>
        <translation>%1: Der Benutzer %2 stand schon auf einer früheren Seite</translation>
    </message>
    <message>
        <source>%1: the last page recorded names a next page; pages are missing</source>
        <translation>%1: Die letzte aufgezeichnete Seite nennt eine nächste; es fehlen Seiten</translation>
    </message>
    <message>
        <source>%1: names no next page, yet more pages follow</source>
        <translation>%1: nennt keine nächste Seite, doch es folgen weitere</translation>
    </message>
    <message>
        <source>%1 is not a review folder: it has no review.json</source>
        <translation>%1 ist kein Prüfungsordner: Er enthält keine review.json</translation>
    </message>
    <message>
        <source>%1 is not a Sequence Admin review</source>
        <translation>%1 ist keine Prüfung von Sequence Admin</translation>
    </message>
    <message>
        <source>%1 is a review of format version %2; this Sequence Admin reads version %3</source>
        <translation>%1 ist eine Prüfung im Format Version %2; dieses Sequence Admin liest Version %3</translation>
    </message>
    <message>
        <source>%1: user %2 has no id or an unknown decision</source>
        <translation>%1: Benutzer %2 hat keine ID oder eine unbekannte Entscheidung</translation>
    </message>
    <message>
        <source>%1 is the reviewer&apos;s own access; another reviewer must decide it</source>
        <translation>%1 ist der eigene Zugriff des Prüfers; ein anderer Prüfer muss darüber entscheiden</translation>
    </message>
    <message>
        <source>1 user in scope is undecided</source>
        <translation>1 Benutzer im Umfang ist unentschieden</translation>
    </message>
    <message>
        <source>%1 users in scope are undecided</source>
        <translation>%1 Benutzer im Umfang sind unentschieden</translation>
    </message>
    <message>
        <source>%1 decided about their own access; another reviewer must decide it</source>
        <translation>%1 hat über den eigenen Zugriff entschieden; ein anderer Prüfer muss darüber entscheiden</translation>
    </message>
    <message>
        <source>1 revoke or flag decision gives no reason</source>
        <translation>1 Entzug oder Markierung nennt keinen Grund</translation>
    </message>
    <message>
        <source>%1 revoke or flag decisions give no reason</source>
        <translation>%1 Entzüge oder Markierungen nennen keinen Grund</translation>
    </message>
    <message>
        <source>this review is signed and read-only; start a new review to change a decision</source>
        <translation>diese Prüfung ist abgezeichnet und schreibgeschützt; beginnen Sie eine neue Prüfung, um eine Entscheidung zu ändern</translation>
    </message>
    <message>
        <source>a %1 decision needs a reason</source>
        <translation>eine Entscheidung „%1“ braucht einen Grund</translation>
    </message>
    <message>
        <source>the load did not finish; a review needs every user of the account</source>
        <translation>das Laden wurde nicht abgeschlossen; eine Prüfung braucht jeden Benutzer des Kontos</translation>
    </message>
    <message>
        <source>gpg is not installed</source>
        <translation>gpg ist nicht installiert</translation>
    </message>
    <message>
        <source>gpg did not finish within 60 s</source>
        <translation>gpg ist nicht innerhalb von 60 s fertig geworden</translation>
    </message>
    <message>
        <source>gpg failed: %1</source>
        <translation>gpg ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 is signed already; a signed review is read-only</source>
        <translation>%1 ist schon abgezeichnet; eine abgezeichnete Prüfung ist schreibgeschützt</translation>
    </message>
    <message>
        <source>cannot sign off: %1</source>
        <translation>Abzeichnen nicht möglich: %1</translation>
    </message>
    <message>
        <source>review.json names %1, who is on no recorded page</source>
        <translation>review.json nennt %1, der auf keiner aufgezeichneten Seite steht</translation>
    </message>
    <message>
        <source>Access review: %1</source>
        <translation>Zugriffsprüfung: %1</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>every user of the account</source>
        <translation>jeder Benutzer des Kontos</translation>
    </message>
    <message>
        <source>Extraction</source>
        <translation>Abruf</translation>
    </message>
    <message>
        <source>GET %1/users (Sequence-Version %2, %3 users a page), %4 pages, %5 of the account&apos;s %6 users, from %7 to %8 UTC; each page as received in pages/, listed with its SHA-256 in pages/requests.json</source>
        <translation>GET %1/users (Sequence-Version %2, %3 Benutzer je Seite), %4 Seiten, %5 der %6 Benutzer des Kontos, von %7 bis %8 UTC; jede Seite wie empfangen in pages/, mit ihrem SHA-256 in pages/requests.json aufgeführt</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Users in scope</source>
        <translation>Benutzer im Umfang</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>keep %1, revoke %2, flag %3</source>
        <translation>behalten %1, entziehen %2, markieren %3</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Abgezeichnet</translation>
    </message>
    <message>
        <source>Review started</source>
        <translation>Prüfung begonnen</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>Replaces the review sealed by manifest</source>
        <translation>Ersetzt die Prüfung mit dem Manifest</translation>
    </message>
    <message>
        <source>Access policy</source>
        <translation>Zugriffsrichtlinie</translation>
    </message>
    <message>
        <source>%1: %2 of %3 rules violated (details after the overview)</source>
        <translation>%1: %2 von %3 Regeln verletzt (Einzelheiten nach der Übersicht)</translation>
    </message>
    <message>
        <source>Manifest SHA-256: %1</source>
        <translation>Manifest-SHA-256: %1</translation>
    </message>
    <message>
        <source>the review is signed off, but the manifest could not be signed with key %1: %2</source>
        <translation>die Prüfung ist abgezeichnet, aber das Manifest konnte nicht mit dem Schlüssel %1 signiert werden: %2</translation>
    </message>
    <message>
        <source>sign the review off before confirming it</source>
        <translation>zeichnen Sie die Prüfung ab, bevor Sie sie bestätigen</translation>
    </message>
    <message>
        <source>%1 is confirmed already</source>
        <translation>%1 ist schon bestätigt</translation>
    </message>
    <message>
        <source>the load did not finish; confirming needs every user of the account</source>
        <translation>das Laden wurde nicht abgeschlossen; die Bestätigung braucht jeden Benutzer des Kontos</translation>
    </message>
    <message>
        <source>no longer in the account</source>
        <translation>nicht mehr im Konto</translation>
    </message>
    <message>
        <source>now %1</source>
        <translation>jetzt %1</translation>
    </message>
    <message>
        <source>still %1, with %2</source>
        <translation>weiterhin %1, mit %2</translation>
    </message>
    <message>
        <source>no longer holds %1</source>
        <translation>hat %1 nicht mehr</translation>
    </message>
    <message>
        <source>still holds %1</source>
        <translation>hat weiterhin %1</translation>
    </message>
    <message>
        <source>a line is not &quot;SHA-256  file&quot;</source>
        <translation>eine Zeile hat nicht die Form „SHA-256  Datei“</translation>
    </message>
    <message>
        <source>missing (listed in SHA256SUMS)</source>
        <translation>fehlt (in SHA256SUMS aufgeführt)</translation>
    </message>
    <message>
        <source>changed: its SHA-256 differs from SHA256SUMS</source>
        <translation>geändert: ihr SHA-256 weicht von SHA256SUMS ab</translation>
    </message>
    <message>
        <source>not part of the sealed review (not in SHA256SUMS)</source>
        <translation>nicht Teil der versiegelten Prüfung (nicht in SHA256SUMS)</translation>
    </message>
    <message>
        <source>%1 files checked against SHA256SUMS</source>
        <translation>%1 Dateien gegen SHA256SUMS geprüft</translation>
    </message>
    <message>
        <source>missing (listed in manifest.json)</source>
        <translation>fehlt (in manifest.json aufgeführt)</translation>
    </message>
    <message>
        <source>changed: its SHA-256 differs from manifest.json</source>
        <translation>geändert: ihr SHA-256 weicht von manifest.json ab</translation>
    </message>
    <message>
        <source>not in manifest.json</source>
        <translation>nicht in manifest.json</translation>
    </message>
    <message>
        <source>manifest.json SHA-256 %1 (printed at the foot of every page of report.pdf)</source>
        <translation>SHA-256 von manifest.json: %1 (am Fuß jeder Seite von report.pdf gedruckt)</translation>
    </message>
    <message>
        <source>manifest.json.asc not checked: gpg is not installed</source>
        <translation>manifest.json.asc nicht geprüft: gpg ist nicht installiert</translation>
    </message>
    <message>
        <source>the OpenPGP signature does not verify (%1)</source>
        <translation>die OpenPGP-Signatur ist ungültig (%1)</translation>
    </message>
    <message>
        <source>manifest.json.asc: a good OpenPGP signature</source>
        <translation>manifest.json.asc: eine gültige OpenPGP-Signatur</translation>
    </message>
    <message>
        <source>not signed off yet: only the recorded pages and the scope are checked</source>
        <translation>noch nicht abgezeichnet: nur die aufgezeichneten Seiten und der Umfang werden geprüft</translation>
    </message>
    <message>
        <source>records %1 pages and %2 users, the pages hold %3 and %4</source>
        <translation>verzeichnet %1 Seiten und %2 Benutzer, die Seiten enthalten %3 und %4</translation>
    </message>
    <message>
        <source>lists %1 users in scope; the scope over the raw pages selects %2</source>
        <translation>nennt %1 Benutzer im Umfang; der Umfang über den Rohseiten wählt %2</translation>
    </message>
    <message>
        <source>user %1 in scope is %2 on the raw pages, not %3</source>
        <translation>Benutzer %1 im Umfang ist auf den Rohseiten %2, nicht %3</translation>
    </message>
    <message>
        <source>%1 pages and %2 users parsed again; %3 in scope</source>
        <translation>%1 Seiten und %2 Benutzer erneut gelesen; %3 im Umfang</translation>
    </message>
    <message>
        <source>holds %1 users; %2 are in scope</source>
        <translation>enthält %1 Benutzer; %2 sind im Umfang</translation>
    </message>
    <message>
        <source>%1 users differ from the raw pages (users, roles or permissions), first %2</source>
        <translation>%1 Benutzer weichen von den Rohseiten ab (Benutzer, Rollen oder Berechtigungen), zuerst %2</translation>
    </message>
    <message>
        <source>report.json holds exactly the users and permissions of the raw pages</source>
        <translation>report.json enthält genau die Benutzer und Berechtigungen der Rohseiten</translation>
    </message>
    <message>
        <source>names another manifest.json than this review&apos;s</source>
        <translation>nennt eine andere manifest.json als die dieser Prüfung</translation>
    </message>
    <message>
        <source>changed or missing: its SHA-256 differs from confirm/manifest.json</source>
        <translation>geändert oder fehlend: ihr SHA-256 weicht von confirm/manifest.json ab</translation>
    </message>
    <message>
        <source>confirmation: %1 pages and %2 users parsed again</source>
        <translation>Bestätigung: %1 Seiten und %2 Benutzer erneut gelesen</translation>
    </message>
    <message>
        <source>not a file of this folder (listed in SHA256SUMS)</source>
        <translation>keine Datei dieses Ordners (in SHA256SUMS aufgeführt)</translation>
    </message>
    <message>
        <source>not a file of this folder (listed in manifest.json)</source>
        <translation>keine Datei dieses Ordners (in manifest.json aufgeführt)</translation>
    </message>
    <message>
        <source>The certificate of %1 expired on %2.</source>
        <translation>Das Zertifikat von %1 ist am %2 abgelaufen.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not valid before %2; check this computer&apos;s date and time.</source>
        <translation>Das Zertifikat von %1 gilt erst ab %2; prüfen Sie Datum und Uhrzeit dieses Computers.</translation>
    </message>
    <message>
        <source>The certificate of %1 is for %2, not for %1; check the base URL.</source>
        <translation>Das Zertifikat von %1 gilt für %2, nicht für %1; prüfen Sie die Basis-URL.</translation>
    </message>
    <message>
        <source>The certificate of %1 is issued by “%2”, which this computer does not trust. If your organisation inspects HTTPS traffic, install its CA certificate in the system&apos;s certificate store, or name it as this connection&apos;s CA file.</source>
        <translation>Das Zertifikat von %1 wurde von „%2“ ausgestellt, dem dieser Computer nicht vertraut. Wenn Ihre Organisation HTTPS-Verkehr prüft, installieren Sie deren CA-Zertifikat im Zertifikatspeicher des Systems, oder geben Sie es als CA-Datei dieser Verbindung an.</translation>
    </message>
    <message>
        <source>an unnamed authority</source>
        <translation>einer namenlosen Stelle</translation>
    </message>
    <message>
        <source>The certificate of %1 was refused: %2.</source>
        <translation>Das Zertifikat von %1 wurde abgelehnt: %2.</translation>
    </message>
    <message>
        <source>Your credentials were not sent.</source>
        <translation>Ihre Zugangsdaten wurden nicht gesendet.</translation>
    </message>
    <message>
        <source>Cannot use the CA certificates in %1: %2</source>
        <translation>Die CA-Zertifikate in %1 sind nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>%1 enthält kein PEM-Zertifikat (-----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <source>%1 closed the connection before a secure (TLS) connection was made. Check that the base URL names the server&apos;s HTTPS port.</source>
        <translation>%1 hat die Verbindung geschlossen, bevor eine sichere (TLS-)Verbindung bestand. Prüfen Sie, ob die Basis-URL den HTTPS-Port des Servers nennt.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The built-in emulator could not start: %1</source>
        <translation>Der eingebaute Emulator konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Demo (built-in emulator)</source>
        <translation>Demo (eingebauter Emulator)</translation>
    </message>
</context>
<context>
    <name>sa::AccessOverviewModel</name>
    <message numerus="yes">
        <source>%n of %1 users can %2 on %3. Click to list them.</source>
        <translation>
            <numerusform>%n von %1 Benutzern darf %2 auf %3. Klicken, um ihn aufzulisten.</numerusform>
            <numerusform>%n von %1 Benutzern dürfen %2 auf %3. Klicken, um sie aufzulisten.</numerusform>
        </translation>
    </message>
    <message>
        <source>In %1: %2 of %3.</source>
        <translation>In %1: %2 von %3.</translation>
    </message>
</context>
<context>
    <name>sa::AccountsRequest</name>
    <message>
        <source>The server sent a list of accounts this app cannot read: %1</source>
        <translation>Der Server hat eine Kontenliste gesendet, die diese Anwendung nicht lesen kann: %1</translation>
    </message>
</context>
<context>
    <name>sa::ApiClient</name>
    <message>
        <source>“%1” is not a valid URL. It should look like https://eu.sequencehq.com/api.</source>
        <translation>„%1“ ist keine gültige URL. Sie sollte wie https://eu.sequencehq.com/api aussehen.</translation>
    </message>
    <message>
        <source>Plain http:// would send the API secret unencrypted to %1. Use https://, or http:// only for a server on this computer.</source>
        <translation>Einfaches http:// würde das API-Secret unverschlüsselt an %1 senden. Verwenden Sie https://, oder http:// nur für einen Server auf diesem Computer.</translation>
    </message>
    <message>
        <source>The URL must start with https://.</source>
        <translation>Die URL muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>The URL must not hold a user name or password (the part before @): it would be stored and shown in plain text. Give the client id as the client id, and the secret where the secret goes (the keychain, or SEQUENCE_CLIENT_SECRET for the command line).</source>
        <translation>Die URL darf keinen Benutzernamen und kein Passwort enthalten (der Teil vor @): sie würden im Klartext gespeichert und angezeigt. Geben Sie die Client-ID als Client-ID an und das Geheimnis dort, wo es hingehört (im Schlüsselbund oder in SEQUENCE_CLIENT_SECRET für die Kommandozeile).</translation>
    </message>
    <message>
        <source>This build has no TLS support, so it cannot use the CA certificates in %1.</source>
        <translation>Diese Version unterstützt kein TLS und kann die CA-Zertifikate in %1 daher nicht verwenden.</translation>
    </message>
</context>
<context>
    <name>sa::ApiRequest</name>
    <message>
        <source>The connection was closed.</source>
        <translation>Die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>The server sent a response larger than the limit of %1 MiB; it was not read.</source>
        <translation>Die Antwort des Servers ist größer als die Grenze von %1 MiB; sie wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s.</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet.</translation>
    </message>
    <message>
        <source>The server redirected to %1, another host. Sequence Admin does not send your credentials there; check the base URL.</source>
        <translation>Der Server hat auf %1 umgeleitet, einen anderen Host. Sequence Admin sendet Ihre Zugangsdaten nicht dorthin; prüfen Sie die Basis-URL.</translation>
    </message>
    <message>
        <source>The server redirected too many times.</source>
        <translation>Der Server hat zu oft umgeleitet.</translation>
    </message>
    <message>
        <source>%1 did not finish answering within %2 s, the longest one request may take.</source>
        <translation>%1 hat nicht innerhalb von %2 s fertig geantwortet, der längsten Zeit, die eine Anfrage dauern darf.</translation>
    </message>
    <message>
        <source>The server&apos;s response could not be decoded (Content-Encoding: %1): %2</source>
        <translation>Die Antwort des Servers ließ sich nicht dekodieren (Content-Encoding: %1): %2</translation>
    </message>
    <message>
        <source>The server asked to wait %1 before trying again, longer than the %2 this app waits. Try again later.</source>
        <translation>Der Server bat, %1 bis zum nächsten Versuch zu warten, länger als die %2, die diese App wartet. Versuchen Sie es später erneut.</translation>
    </message>
</context>
<context>
    <name>sa::ComparePane</name>
    <message>
        <source>Permissions of the first user</source>
        <translation>Berechtigungen des ersten Benutzers</translation>
    </message>
    <message>
        <source>Permissions of the second user</source>
        <translation>Berechtigungen des zweiten Benutzers</translation>
    </message>
    <message>
        <source>Select two users in the table, then choose Compare (Ctrl+D).</source>
        <translation>Wählen Sie zwei Benutzer in der Tabelle und dann „Vergleichen“ (Strg+D).</translation>
    </message>
    <message>
        <source>These two users hold exactly the same permissions.</source>
        <translation>Diese beiden Benutzer haben genau dieselben Berechtigungen.</translation>
    </message>
    <message>
        <source>Hidden by the current filters: %1.</source>
        <translation>Durch die aktuellen Filter ausgeblendet: %1.</translation>
    </message>
    <message>
        <source>E&amp;xport the differences…</source>
        <translation>Unterschiede e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>Export the differences</source>
        <translation>Unterschiede exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: only %2</source>
        <translation>%1: nur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n permissions differ; they are framed.</source>
        <translation>
            <numerusform>%n Berechtigung unterscheidet sich; sie ist umrahmt.</numerusform>
            <numerusform>%n Berechtigungen unterscheiden sich; sie sind umrahmt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sa::ConnectionDialog</name>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Production (EU)</source>
        <translation>Produktion (EU)</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Dev</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation>Eigene URL</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>S&amp;peichern</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>Basis-U&amp;RL:</translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation>Schlüsselbund des Systems wird geprüft …</translation>
    </message>
    <message>
        <source>Stored in the system keychain. Type a new secret to replace it.</source>
        <translation>Im Schlüsselbund des Systems gespeichert. Geben Sie ein neues Secret ein, um es zu ersetzen.</translation>
    </message>
    <message>
        <source>stored in keychain</source>
        <translation>im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>No secret stored. Paste the API client&apos;s secret here.</source>
        <translation>Kein Secret gespeichert. Fügen Sie hier das Secret des API-Clients ein.</translation>
    </message>
    <message>
        <source>Held for this session only; it was not saved.</source>
        <translation>Nur für diese Sitzung gehalten; es wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>%1. A secret typed here is used for this session only and is not saved.</source>
        <translation>%1. Ein hier eingegebenes Secret gilt nur für diese Sitzung und wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>Geben Sie der Verbindung einen Namen.</translation>
    </message>
    <message>
        <source>Another connection is already called “%1”.</source>
        <translation>Eine andere Verbindung heißt bereits „%1“.</translation>
    </message>
    <message>
        <source>Give the API client&apos;s id.</source>
        <translation>Geben Sie die ID des API-Clients an.</translation>
    </message>
    <message>
        <source>Connection not saved</source>
        <translation>Verbindung nicht gespeichert</translation>
    </message>
    <message>
        <source>Secret not saved</source>
        <translation>Secret nicht gespeichert</translation>
    </message>
    <message>
        <source>%1. The secret was not saved; it will be used for this session only.</source>
        <translation>%1. Das Secret wurde nicht gespeichert; es gilt nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>New connection %1</source>
        <translation>Neue Verbindung %1</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (Kopie %2)</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>Verbindung löschen</translation>
    </message>
    <message>
        <source>Delete “%1” and its secret from the system keychain?</source>
        <translation>„%1“ und sein Secret aus dem Schlüsselbund des Systems löschen?</translation>
    </message>
    <message>
        <source>Connection kept</source>
        <translation>Verbindung behalten</translation>
    </message>
    <message>
        <source>%1. The connection was kept so its secret does not stay behind.</source>
        <translation>%1. Die Verbindung wurde behalten, damit ihr Secret nicht zurückbleibt.</translation>
    </message>
    <message>
        <source>Type the client secret first.</source>
        <translation>Geben Sie zuerst das Client-Secret ein.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden …</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Verbunden.</translation>
    </message>
    <message>
        <source>Authentication failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>Keine Verbindung möglich: %1</translation>
    </message>
    <message>
        <source>Du&amp;plicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Test c&amp;onnection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Show the secret as typed</source>
        <translation>Das Secret wie eingegeben zeigen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>No saved connections yet. Click Add to connect to your Sequence account: you need the client id and secret of an API client, from Sequence&apos;s settings.</source>
        <translation>Noch keine gespeicherten Verbindungen. Klicken Sie auf Hinzufügen, um Ihr Sequence-Konto zu verbinden: Sie brauchen Client-ID und Secret eines API-Clients aus den Einstellungen von Sequence.</translation>
    </message>
    <message>
        <source>Client I&amp;D:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <source>Client secre&amp;t:</source>
        <translation>Client-Secr&amp;et:</translation>
    </message>
    <message>
        <source>Page si&amp;ze:</source>
        <translation>Seiten&amp;größe:</translation>
    </message>
    <message>
        <source>the new connection</source>
        <translation>die neue Verbindung</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them?</source>
        <translation>„%1“ hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>Paste the API client&apos;s secret here; it goes to the system keychain.</source>
        <translation>Fügen Sie hier das Secret des API-Clients ein; es kommt in den Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation>%1 (nicht gespeichert)</translation>
    </message>
    <message>
        <source>Reading the secret from the system keychain…</source>
        <translation>Das Secret wird aus dem Schlüsselbund des Systems gelesen …</translation>
    </message>
    <message numerus="yes">
        <source>Connected. The account has %Ln users.</source>
        <translation>
            <numerusform>Verbunden. Das Konto hat %Ln Benutzer.</numerusform>
            <numerusform>Verbunden. Das Konto hat %Ln Benutzer.</numerusform>
        </translation>
    </message>
    <message>
        <source>none: the system&apos;s CAs only</source>
        <translation>keine: nur die CAs des Systems</translation>
    </message>
    <message>
        <source>A PEM file of CA certificates to trust for https besides the system&apos;s: those of your organisation&apos;s TLS-inspecting proxy, or of a private endpoint.</source>
        <translation>Eine PEM-Datei mit CA-Zertifikaten, denen für https zusätzlich zu denen des Systems vertraut wird: die des TLS-prüfenden Proxys Ihrer Organisation oder eines privaten Endpunkts.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation>CA-Zertifikate</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>CA &amp;file (optional):</source>
        <translation>CA-Date&amp;i (optional):</translation>
    </message>
</context>
<context>
    <name>sa::CredentialStore</name>
    <message>
        <source>The system keychain did not answer within %1 s</source>
        <translation>Der Schlüsselbund des Systems hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
</context>
<context>
    <name>sa::ExportDialog</name>
    <message>
        <source>Export permission report</source>
        <translation>Berechtigungsbericht exportieren</translation>
    </message>
    <message>
        <source>CSV, one row per permission (csv)</source>
        <translation>CSV, eine Zeile je Berechtigung (csv)</translation>
    </message>
    <message>
        <source>CSV, one column per permission (matrix-csv)</source>
        <translation>CSV, eine Spalte je Berechtigung (matrix-csv)</translation>
    </message>
    <message>
        <source>JSON, as the API sends it (json)</source>
        <translation>JSON, wie die API es sendet (json)</translation>
    </message>
    <message>
        <source>HTML report (html)</source>
        <translation>HTML-Bericht (html)</translation>
    </message>
    <message>
        <source>PDF report (pdf)</source>
        <translation>PDF-Bericht (pdf)</translation>
    </message>
    <message>
        <source>Report format</source>
        <translation>Berichtsformat</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>Ausgabedatei</translation>
    </message>
    <message>
        <source>Exports the users that match the current filters: %1 of the %2 loaded.</source>
        <translation>Exportiert die Benutzer, die den aktuellen Filtern entsprechen: %1 der %2 geladenen.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Dur&amp;chsuchen …</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>&amp;Load the users not loaded yet first</source>
        <translation>Noch nicht geladene Benutzer zuerst &amp;laden</translation>
    </message>
    <message>
        <source>Without it, the report holds only the users loaded so far and says it is partial.</source>
        <translation>Ohne dies enthält der Bericht nur die bisher geladenen Benutzer und weist sich als unvollständig aus.</translation>
    </message>
    <message>
        <source>Partial report: only the users loaded so far are written. A csv file cannot say so itself; html, pdf and json reports say it at the top.</source>
        <translation>Unvollständiger Bericht: Nur die bisher geladenen Benutzer werden geschrieben. Eine CSV-Datei kann das selbst nicht sagen; HTML-, PDF- und JSON-Berichte sagen es oben.</translation>
    </message>
    <message>
        <source>JSON, one user per line (ndjson)</source>
        <translation>JSON, ein Benutzer pro Zeile (ndjson)</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Wählen Sie eine Datei für den Export.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Create it?</source>
        <translation>Der Ordner %1 existiert nicht. Anlegen?</translation>
    </message>
    <message>
        <source>The folder %1 could not be created; choose another one.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden; wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existiert bereits. Ersetzen?</translation>
    </message>
    <message numerus="yes">
        <source>Exports all %Ln loaded users.</source>
        <translation>
            <numerusform>Exportiert den %Ln geladenen Benutzer.</numerusform>
            <numerusform>Exportiert alle %Ln geladenen Benutzer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The other %Ln users of the account are not loaded yet.</source>
        <translation>
            <numerusform>Der übrige %Ln Benutzer des Kontos ist noch nicht geladen.</numerusform>
            <numerusform>Die übrigen %Ln Benutzer des Kontos sind noch nicht geladen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exports the %Ln selected users, and no others.</source>
        <translation>
            <numerusform>Exportiert den %Ln ausgewählten Benutzer und keinen anderen.</numerusform>
            <numerusform>Exportiert die %Ln ausgewählten Benutzer und keine anderen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sa::FindingsModel</name>
    <message>
        <source>ok</source>
        <translation>in Ordnung</translation>
    </message>
    <message>
        <source>%1 of at most %2</source>
        <translation>%1 von höchstens %2</translation>
    </message>
    <message numerus="yes">
        <source>(+%n with an exception)</source>
        <translation>
            <numerusform>(+%n mit Ausnahme)</numerusform>
            <numerusform>(+%n mit Ausnahme)</numerusform>
        </translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Verantwortlich: %1</translation>
    </message>
    <message>
        <source>Matches nothing this account uses: %1</source>
        <translation>Trifft nichts, was dieses Konto verwendet: %1</translation>
    </message>
    <message>
        <source>Click to list the users who break it.</source>
        <translation>Klicken Sie, um die Benutzer aufzulisten, die sie verletzen.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>What it forbids</source>
        <translation>Was sie verbietet</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Exception for %1 until %2, approved by %3: %4</source>
        <translation>Ausnahme für %1 bis %2, genehmigt von %3: %4</translation>
    </message>
    <message>
        <source>Exception for %1 with no end, approved by %2: %3</source>
        <translation>Ausnahme für %1 ohne Ende, genehmigt von %2: %3</translation>
    </message>
</context>
<context>
    <name>sa::MainWindow</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Sequence Admin — %1</source>
        <translation>Sequence Admin — %1</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>The Sequence account this window is connected to</source>
        <translation>Das Sequence-Konto, mit dem dieses Fenster verbunden ist</translation>
    </message>
    <message>
        <source>Search e-mail or id (Ctrl+F)</source>
        <translation>E-Mail oder ID suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Benutzer suchen</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Access overview</source>
        <translation>Zugriffsübersicht</translation>
    </message>
    <message>
        <source>How many of the users shown hold each permission. Click a cell to list them.</source>
        <translation>Wie viele der angezeigten Benutzer die jeweilige Berechtigung haben. Klicken Sie auf eine Zelle, um sie aufzulisten.</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Access &amp;overview</source>
        <translation>Zugriffs&amp;übersicht</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>&amp;Vergleich</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Ladefortschritt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Reload the users from the first page (F5)</source>
        <translation>Die Benutzer ab der ersten Seite neu laden (F5)</translation>
    </message>
    <message>
        <source>Load &amp;all</source>
        <translation>Alle &amp;laden</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Load every remaining page of users (Ctrl+L)</source>
        <translation>Alle übrigen Seiten mit Benutzern laden (Strg+L)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <source>Stop loading all users; what is loaded stays (Esc)</source>
        <translation>Laden aller Benutzer anhalten; Geladenes bleibt (Esc)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export a permission report of the users shown (Ctrl+E)</source>
        <translation>Einen Berechtigungsbericht der angezeigten Benutzer exportieren (Strg+E)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Who gained or lost which permissions since a saved json report</source>
        <translation>Wer seit einem gespeicherten JSON-Bericht welche Berechtigungen erhalten oder verloren hat</translation>
    </message>
    <message>
        <source>Com&amp;pare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Compare the permissions of the two selected users (Ctrl+D)</source>
        <translation>Die Berechtigungen der beiden gewählten Benutzer vergleichen (Strg+D)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Su&amp;chen</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>&amp;Verbindungen …</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <source>Filter by role</source>
        <translation>Nach Rolle filtern</translation>
    </message>
    <message>
        <source>Filter by action</source>
        <translation>Nach Aktion filtern</translation>
    </message>
    <message>
        <source>Filter by resource</source>
        <translation>Nach Ressource filtern</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;olle:</translation>
    </message>
    <message>
        <source>C&amp;an:</source>
        <translation>Da&amp;rf:</translation>
    </message>
    <message>
        <source>o&amp;n:</source>
        <translation>a&amp;uf:</translation>
    </message>
    <message>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>anything</source>
        <translation>alles</translation>
    </message>
    <message>
        <source>Loading all users %1…</source>
        <translation>Alle Benutzer werden geladen %1 …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelled: not all users were loaded %1.</source>
        <translation>Abgebrochen: Nicht alle Benutzer wurden geladen %1.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The report was not written: %1.</source>
        <translation>Der Bericht wurde nicht geschrieben: %1.</translation>
    </message>
    <message>
        <source>for the export</source>
        <translation>für den Export</translation>
    </message>
    <message>
        <source>The report was not written: %1. Any file already there is unchanged.</source>
        <translation>Der Bericht wurde nicht geschrieben: %1. Eine dort vorhandene Datei ist unverändert.</translation>
    </message>
    <message>
        <source>Compare with snapshot</source>
        <translation>Mit Snapshot vergleichen</translation>
    </message>
    <message>
        <source>JSON reports (*.json);;All files (*)</source>
        <translation>JSON-Berichte (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>to compare with the snapshot</source>
        <translation>für den Vergleich mit dem Snapshot</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>Demo (built-in emulator)</source>
        <translation>Demo (eingebauter Emulator)</translation>
    </message>
    <message>
        <source>Manage connections…</source>
        <translation>Verbindungen verwalten …</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>%1.
The secret for “%2” can be used for this session only; it will not be saved.</source>
        <translation>%1.
Das Secret für „%2“ gilt nur für diese Sitzung; es wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>No secret is stored for “%1”. Client secret:</source>
        <translation>Für „%1“ ist kein Secret gespeichert. Client-Secret:</translation>
    </message>
    <message>
        <source>Not connected to “%1”: no secret given.</source>
        <translation>Nicht mit „%1“ verbunden: kein Secret angegeben.</translation>
    </message>
    <message>
        <source>Secret not saved</source>
        <translation>Secret nicht gespeichert</translation>
    </message>
    <message>
        <source>The system keychain did not take the secret. It is used for this session only.</source>
        <translation>Der Schlüsselbund des Systems hat das Secret nicht angenommen. Es gilt nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation>Benutzer werden geladen …</translation>
    </message>
    <message>
        <source>No users could be loaded. See the message above.</source>
        <translation>Es konnten keine Benutzer geladen werden. Siehe die Meldung oben.</translation>
    </message>
    <message>
        <source>This account has no users.</source>
        <translation>Dieses Konto hat keine Benutzer.</translation>
    </message>
    <message>
        <source>None of the users loaded so far match the filters. Load all users (Ctrl+L) to search the whole account, or clear the filters (Ctrl+Shift+L).</source>
        <translation>Keiner der bisher geladenen Benutzer entspricht den Filtern. Laden Sie alle Benutzer (Strg+L), um das ganze Konto zu durchsuchen, oder setzen Sie die Filter zurück (Strg+Umschalt+L).</translation>
    </message>
    <message>
        <source>No user matches the filters. Clear them with Ctrl+Shift+L.</source>
        <translation>Kein Benutzer entspricht den Filtern. Setzen Sie sie mit Strg+Umschalt+L zurück.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Sequence Admin</source>
        <translation>Ü&amp;ber Sequence Admin</translation>
    </message>
    <message>
        <source>About Sequence Admin</source>
        <translation>Über Sequence Admin</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Der Bericht wird geschrieben …</translation>
    </message>
    <message>
        <source>Export cancelled; any file already at %1 is unchanged.</source>
        <translation>Export abgebrochen; eine Datei unter %1 ist unverändert.</translation>
    </message>
    <message>
        <source>more</source>
        <translation>weitere</translation>
    </message>
    <message>
        <source>Partial: %1 of %2 loaded users match: %3; %4 not loaded yet</source>
        <translation>Unvollständig: %1 von %2 geladenen Benutzern passen: %3; %4 noch nicht geladen</translation>
    </message>
    <message>
        <source>Partial: %1 of %2 loaded users match: %3</source>
        <translation>Unvollständig: %1 von %2 geladenen Benutzern passen: %3</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sequence Admin %1&lt;/h3&gt;&lt;p&gt;Review who can do what in a Sequence billing account: users, roles, permissions, and reports for auditors.&lt;/p&gt;&lt;p&gt;Saved connections: %2&lt;br&gt;Client secrets: the system keychain, never a file.&lt;/p&gt;&lt;p&gt;Built with Qt %3, running on Qt %4.&lt;/p&gt;&lt;p&gt;Copyright 2026 The Sequence Admin developers. Free software under the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License, version 3 or later&lt;/a&gt; (%5): you may share and change it. There is no warranty.&lt;br&gt;&lt;a href=&quot;%6&quot;&gt;%6&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Sequence Admin %1&lt;/h3&gt;&lt;p&gt;Prüfen, wer in einem Sequence-Abrechnungskonto was darf: Benutzer, Rollen, Berechtigungen und Berichte für Prüfer.&lt;/p&gt;&lt;p&gt;Gespeicherte Verbindungen: %2&lt;br&gt;Client-Secrets: im Schlüsselbund des Systems, nie in einer Datei.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %3, läuft mit Qt %4.&lt;/p&gt;&lt;p&gt;Copyright 2026 Die Entwickler von Sequence Admin. Freie Software unter der &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License, Version 3 oder später&lt;/a&gt; (%5): Sie dürfen sie weitergeben und ändern. Es gibt keine Gewährleistung.&lt;br&gt;&lt;a href=&quot;%6&quot;&gt;%6&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open report</source>
        <translation>Bericht öffnen</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner zeigen</translation>
    </message>
    <message>
        <source>De&amp;parts from standard</source>
        <translation>&amp;Weicht vom Standard ab</translation>
    </message>
    <message>
        <source>Only users holding a standard role whose permissions differ from Sequence&apos;s standard role of that name</source>
        <translation>Nur Benutzer mit einer Standardrolle, deren Berechtigungen von der gleichnamigen Standardrolle von Sequence abweichen</translation>
    </message>
    <message>
        <source>Not all users were loaded</source>
        <translation>Nicht alle Benutzer wurden geladen</translation>
    </message>
    <message>
        <source>Not all users could be loaded %1, so nothing was written.

%2

Use Retry in the banner, then try again.</source>
        <translation>Nicht alle Benutzer konnten %1 geladen werden, daher wurde nichts geschrieben.

%2

Verwenden Sie „Erneut versuchen“ im Hinweisbalken und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <source>&amp;Next tab</source>
        <translation>&amp;Nächster Reiter</translation>
    </message>
    <message>
        <source>Pre&amp;vious tab</source>
        <translation>Vor&amp;heriger Reiter</translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation>Zeilen &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;e-mail</source>
        <translation>&amp;E-Mail kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;id</source>
        <translation>&amp;ID kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;rows</source>
        <translation>&amp;Zeilen kopieren</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>&amp;Details zeigen</translation>
    </message>
    <message>
        <source>Com&amp;pare the two selected</source>
        <translation>Die beiden gewählten &amp;vergleichen</translation>
    </message>
    <message>
        <source>Demo data: made-up users from the built-in emulator, not a Sequence account. Connect yours in File &gt; Connections (Ctrl+Shift+C).</source>
        <translation>Demodaten: erfundene Benutzer aus dem eingebauten Emulator, kein Sequence-Konto. Verbinden Sie Ihres unter Datei &gt; Verbindungen (Strg+Umschalt+C).</translation>
    </message>
    <message>
        <source>%1
Retrying in %2 s (attempt %3)…</source>
        <translation>%1
Neuer Versuch in %2 s (Versuch %3) …</translation>
    </message>
    <message>
        <source>Welcome to Sequence Admin</source>
        <translation>Willkommen bei Sequence Admin</translation>
    </message>
    <message>
        <source>See who can do what in your Sequence billing account. Connect it with the client id and secret of an API client, or look around on made-up demo data first.</source>
        <translation>Sehen Sie, wer in Ihrem Sequence-Abrechnungskonto was darf. Verbinden Sie es mit Client-ID und Secret eines API-Clients, oder sehen Sie sich zuerst erfundene Demodaten an.</translation>
    </message>
    <message>
        <source>&amp;Connect to your Sequence account…</source>
        <translation>Mit Ihrem Sequence-Konto &amp;verbinden …</translation>
    </message>
    <message>
        <source>&amp;Try the demo</source>
        <translation>Demo &amp;ausprobieren</translation>
    </message>
    <message>
        <source>The server said: “%1”</source>
        <translation>Der Server sagte: „%1“</translation>
    </message>
    <message>
        <source>Fix the connection&apos;s credentials, then Retry or Refresh (F5).</source>
        <translation>Korrigieren Sie die Zugangsdaten der Verbindung, dann „Erneut versuchen“ oder Aktualisieren (F5).</translation>
    </message>
    <message>
        <source>Report on %1</source>
        <translation>Bericht über %1</translation>
    </message>
    <message>
        <source>PDF report (*.pdf);;HTML report (*.html)</source>
        <translation>PDF-Bericht (*.pdf);;HTML-Bericht (*.html)</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>&amp;Copy “%1”</source>
        <translation>„%1“ &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Who can do this?</source>
        <translation>&amp;Wer darf das?</translation>
    </message>
    <message>
        <source>&amp;Save the current filters…</source>
        <translation>Aktuelle Filter &amp;speichern …</translation>
    </message>
    <message>
        <source>Save filters</source>
        <translation>Filter speichern</translation>
    </message>
    <message>
        <source>Name of these filters:</source>
        <translation>Name dieser Filter:</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Vergessen</translation>
    </message>
    <message>
        <source>Saved the filters as “%1” (Users &gt; Saved filters).</source>
        <translation>Filter als „%1“ gespeichert (Benutzer &gt; Gespeicherte Filter).</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln users to %1</source>
        <translation>
            <numerusform>%Ln Benutzer nach %1 exportiert</numerusform>
            <numerusform>%Ln Benutzer nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Compared with the snapshot of %1 (%Ln users):</source>
        <translation>
            <numerusform>Verglichen mit dem Snapshot vom %1 (%Ln Benutzer):</numerusform>
            <numerusform>Verglichen mit dem Snapshot vom %1 (%Ln Benutzer):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln users added, </source>
        <translation>
            <numerusform>%Ln Benutzer hinzugekommen, </numerusform>
            <numerusform>%Ln Benutzer hinzugekommen, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln removed, </source>
        <translation>
            <numerusform>%Ln entfernt, </numerusform>
            <numerusform>%Ln entfernt, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln permissions gained or lost.</source>
        <translation>
            <numerusform>%Ln Berechtigung erhalten oder verloren.</numerusform>
            <numerusform>%Ln Berechtigungen erhalten oder verloren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading the rest of the account: counts, filters, the overview and exports cover the %Ln users loaded so far; %1 are not loaded yet. Esc stops loading.</source>
        <translation>
            <numerusform>Der Rest des Kontos wird geladen: Zählungen, Filter, Übersicht und Exporte umfassen den %Ln bisher geladenen Benutzer; %1 sind noch nicht geladen. Esc hält das Laden an.</numerusform>
            <numerusform>Der Rest des Kontos wird geladen: Zählungen, Filter, Übersicht und Exporte umfassen die %Ln bisher geladenen Benutzer; %1 sind noch nicht geladen. Esc hält das Laden an.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Partial answers: counts, filters, the overview and exports cover only the %Ln users loaded; %1 are not loaded. &lt;a href=&quot;load&quot;&gt;Load the rest&lt;/a&gt; (Ctrl+L).</source>
        <translation>
            <numerusform>Unvollständige Antworten: Zählungen, Filter, Übersicht und Exporte umfassen nur den %Ln geladenen Benutzer; %1 sind nicht geladen. &lt;a href=&quot;load&quot;&gt;Den Rest laden&lt;/a&gt; (Strg+L).</numerusform>
            <numerusform>Unvollständige Antworten: Zählungen, Filter, Übersicht und Exporte umfassen nur die %Ln geladenen Benutzer; %1 sind nicht geladen. &lt;a href=&quot;load&quot;&gt;Den Rest laden&lt;/a&gt; (Strg+L).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Partial: users holding each permission among the %Ln users shown, drawn from the %1 loaded so far; %2 users of the account are not loaded yet. Click a cell to list them.</source>
        <translation>
            <numerusform>Unvollständig: Benutzer mit der jeweiligen Berechtigung unter dem %Ln angezeigten, aus den %1 bisher geladenen; %2 Benutzer des Kontos sind noch nicht geladen. Klicken Sie auf eine Zelle, um sie aufzulisten.</numerusform>
            <numerusform>Unvollständig: Benutzer mit der jeweiligen Berechtigung unter den %Ln angezeigten, aus den %1 bisher geladenen; %2 Benutzer des Kontos sind noch nicht geladen. Klicken Sie auf eine Zelle, um sie aufzulisten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Users holding each permission, among the %Ln users shown. Click a cell to list exactly who can do that.</source>
        <translation>
            <numerusform>Benutzer mit der jeweiligen Berechtigung, unter dem %Ln angezeigten. Klicken Sie auf eine Zelle, um genau diese aufzulisten.</numerusform>
            <numerusform>Benutzer mit der jeweiligen Berechtigung, unter den %Ln angezeigten. Klicken Sie auf eine Zelle, um genau diese aufzulisten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The choices come from the %Ln users loaded so far.</source>
        <translation>
            <numerusform>Die Auswahl stammt aus dem %Ln bisher geladenen Benutzer.</numerusform>
            <numerusform>Die Auswahl stammt aus den %Ln bisher geladenen Benutzern.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded %1 of %Ln users</source>
        <translation>
            <numerusform>%1 von %Ln Benutzer geladen</numerusform>
            <numerusform>%1 von %Ln Benutzern geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded %Ln users</source>
        <translation>
            <numerusform>%Ln Benutzer geladen</numerusform>
            <numerusform>%Ln Benutzer geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln users match: %1</source>
        <translation>
            <numerusform>%Ln Benutzer passt: %1</numerusform>
            <numerusform>%Ln Benutzer passen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>selected by hand in the window (not a filter)</source>
        <translation>im Fenster von Hand ausgewählt (kein Filter)</translation>
    </message>
    <message numerus="yes">
        <source>E&amp;xport the %Ln selected users…</source>
        <translation>
            <numerusform>Den %Ln ausgewählten Benutzer e&amp;xportieren…</numerusform>
            <numerusform>Die %Ln ausgewählten Benutzer e&amp;xportieren…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export all the users &amp;shown…</source>
        <translation>Alle &amp;angezeigten Benutzer exportieren…</translation>
    </message>
    <message>
        <source>Compare &amp;with snapshot…</source>
        <translation>Mit Snapshot ver&amp;gleichen …</translation>
    </message>
    <message>
        <source>Sa&amp;ved filters</source>
        <translation>Gespeicherte F&amp;ilter</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>History of the selected user</source>
        <translation>Verlauf des ausgewählten Benutzers</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Verl&amp;auf</translation>
    </message>
    <message>
        <source>The stored snapshot could not be opened (%1); loading from the server.</source>
        <translation>Der gespeicherte Snapshot ließ sich nicht öffnen (%1); es wird vom Server geladen.</translation>
    </message>
    <message>
        <source>Remembered as snapshot @%1.</source>
        <translation>Als Snapshot @%1 gespeichert.</translation>
    </message>
    <message>
        <source>This load could not be remembered in the snapshot store: %1</source>
        <translation>Dieses Laden konnte nicht im Snapshot-Speicher abgelegt werden: %1</translation>
    </message>
    <message>
        <source>Compare stored sna&amp;pshots…</source>
        <translation>Gespeicherte Sna&amp;pshots vergleichen …</translation>
    </message>
    <message>
        <source>Who gained or lost which permissions between two remembered loads</source>
        <translation>Wer zwischen zwei gespeicherten Ladevorgängen welche Berechtigungen erhalten oder verloren hat</translation>
    </message>
    <message>
        <source>Snap&amp;shots</source>
        <translation>Snap&amp;shots</translation>
    </message>
    <message>
        <source>&amp;Remember every complete load</source>
        <translation>Jedes vollständige Laden &amp;speichern</translation>
    </message>
    <message>
        <source>When a stored snapshot opens</source>
        <translation>Wenn ein gespeicherter Snapshot geöffnet wird</translation>
    </message>
    <message>
        <source>Refresh it &amp;at once</source>
        <translation>Sofort &amp;aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Keep it until Refresh (F5)</source>
        <translation>&amp;Behalten bis Aktualisieren (F5)</translation>
    </message>
    <message>
        <source>%1, loaded %2</source>
        <translation>%1, geladen %2</translation>
    </message>
    <message>
        <source>Opening the stored snapshot %1…</source>
        <translation>Gespeicherter Snapshot %1 wird geöffnet …</translation>
    </message>
    <message>
        <source>it was stopped</source>
        <translation>es wurde angehalten</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>As of %1 (%2) — the stored snapshot %3, not the account as it is now.</source>
        <translation>Stand %1 (%2) — der gespeicherte Snapshot %3, nicht das Konto, wie es jetzt ist.</translation>
    </message>
    <message numerus="yes">
        <source>Refreshing in the background: %1 of %Ln users…</source>
        <translation>
            <numerusform>Aktualisierung im Hintergrund: %1 von %Ln Benutzer …</numerusform>
            <numerusform>Aktualisierung im Hintergrund: %1 von %Ln Benutzern …</numerusform>
        </translation>
    </message>
    <message>
        <source>Refreshing in the background…</source>
        <translation>Aktualisierung im Hintergrund …</translation>
    </message>
    <message>
        <source>It could not be refreshed: %1</source>
        <translation>Er konnte nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Load the account now?</source>
        <translation>Das Konto jetzt laden?</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>The demo is not remembered: history needs loads of a real connection.</source>
        <translation>Die Demo wird nicht gespeichert: Der Verlauf braucht Ladevorgänge einer echten Verbindung.</translation>
    </message>
    <message>
        <source>No snapshot store is in use, so there is no history.</source>
        <translation>Es wird kein Snapshot-Speicher verwendet, daher gibt es keinen Verlauf.</translation>
    </message>
    <message>
        <source>Select a user to see what changed for them across the stored snapshots.</source>
        <translation>Wählen Sie einen Benutzer, um zu sehen, was sich für ihn über die gespeicherten Snapshots geändert hat.</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Der Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This user is in no complete stored snapshot of this connection yet.</source>
        <translation>Dieser Benutzer ist noch in keinem vollständigen gespeicherten Snapshot dieser Verbindung.</translation>
    </message>
    <message>
        <source>What changed for this user across the complete stored snapshots of this connection, oldest first.</source>
        <translation>Was sich für diesen Benutzer über die vollständigen gespeicherten Snapshots dieser Verbindung geändert hat, älteste zuerst.</translation>
    </message>
    <message>
        <source>First seen, %1</source>
        <translation>Zuerst gesehen, %1</translation>
    </message>
    <message>
        <source>Back in the account, %1</source>
        <translation>Wieder im Konto, %1</translation>
    </message>
    <message>
        <source>No longer in the account</source>
        <translation>Nicht mehr im Konto</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Role %1 added</source>
        <translation>Rolle %1 hinzugefügt</translation>
    </message>
    <message>
        <source>Role %1 removed</source>
        <translation>Rolle %1 entfernt</translation>
    </message>
    <message>
        <source>Can now: %1</source>
        <translation>Darf jetzt: %1</translation>
    </message>
    <message>
        <source>Can no longer: %1</source>
        <translation>Darf nicht mehr: %1</translation>
    </message>
    <message>
        <source>Last seen, %1</source>
        <translation>Zuletzt gesehen, %1</translation>
    </message>
    <message>
        <source>Compare stored snapshots</source>
        <translation>Gespeicherte Snapshots vergleichen</translation>
    </message>
    <message>
        <source>Stored snapshots are kept for real connections only, with a snapshot store in use.</source>
        <translation>Snapshots werden nur für echte Verbindungen gespeichert, wenn ein Snapshot-Speicher verwendet wird.</translation>
    </message>
    <message>
        <source>This connection has fewer than two stored snapshots. Each complete load adds one.</source>
        <translation>Diese Verbindung hat weniger als zwei gespeicherte Snapshots. Jedes vollständige Laden fügt einen hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, %Ln users</source>
        <translation>
            <numerusform>%1, %2, %Ln Benutzer</numerusform>
            <numerusform>%1, %2, %Ln Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source> (partial)</source>
        <translation> (unvollständig)</translation>
    </message>
    <message>
        <source>&amp;Older:</source>
        <translation>Ä&amp;lter:</translation>
    </message>
    <message>
        <source>&amp;Newer:</source>
        <translation>&amp;Neuer:</translation>
    </message>
    <message>
        <source>From %1 to %2:</source>
        <translation>Von %1 bis %2:</translation>
    </message>
    <message>
        <source>Ask &amp;before refreshing</source>
        <translation>Vor dem Aktualisieren &amp;fragen</translation>
    </message>
    <message>
        <source>Show the change &amp;since:</source>
        <translation>Die Änderung &amp;seit:</translation>
    </message>
    <message>
        <source>nothing: counts only</source>
        <translation>nichts: nur die Zahlen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 vom %2</translation>
    </message>
    <message>
        <source>Choose a polic&amp;y file…</source>
        <translation>Richtlinie&amp;ndatei wählen …</translation>
    </message>
    <message>
        <source>Access policy</source>
        <translation>Zugriffsrichtlinie</translation>
    </message>
    <message>
        <source>Access policies (*.yaml *.yml);;All files (*)</source>
        <translation>Zugriffsrichtlinien (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Access policy findings</source>
        <translation>Befunde der Zugriffsrichtlinie</translation>
    </message>
    <message>
        <source>F&amp;indings</source>
        <translation>&amp;Befunde</translation>
    </message>
    <message>
        <source>the starter policy (billing-baseline)</source>
        <translation>die Start-Richtlinie (billing-baseline)</translation>
    </message>
    <message>
        <source>Policy: the starter policy (billing-baseline), built in.</source>
        <translation>Richtlinie: die eingebaute Start-Richtlinie (billing-baseline).</translation>
    </message>
    <message>
        <source>Policy: %1</source>
        <translation>Richtlinie: %1</translation>
    </message>
    <message>
        <source>The policy cannot be used: %1</source>
        <translation>Die Richtlinie ist nicht verwendbar: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln rules violated. Click a rule to list the users who break it.</source>
        <translation>
            <numerusform>%1 von %Ln Regel verletzt. Klicken Sie auf eine Regel, um die Benutzer aufzulisten, die sie verletzen.</numerusform>
            <numerusform>%1 von %Ln Regeln verletzt. Klicken Sie auf eine Regel, um die Benutzer aufzulisten, die sie verletzen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Partial: evaluated on the %Ln users loaded so far; load all (Ctrl+L) for the whole account.</source>
        <translation>
            <numerusform>Unvollständig: ausgewertet für den %Ln bisher geladenen Benutzer; laden Sie alle (Strg+L) für das ganze Konto.</numerusform>
            <numerusform>Unvollständig: ausgewertet für die %Ln bisher geladenen Benutzer; laden Sie alle (Strg+L) für das ganze Konto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired exception: %1 for %2 ended on %3 (approved by %4).</source>
        <translation>Abgelaufene Ausnahme: %1 für %2 endete am %3 (genehmigt von %4).</translation>
    </message>
    <message>
        <source>break policy rule %1</source>
        <translation>verletzen Richtlinienregel %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln users break %1.</source>
        <translation>
            <numerusform>%Ln Benutzer verletzt %1.</numerusform>
            <numerusform>%Ln Benutzer verletzen %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use the &amp;built-in policy</source>
        <translation>Eingebaute Ric&amp;htlinie</translation>
    </message>
    <message>
        <source>Would break: %1</source>
        <translation>Würde verletzen: %1</translation>
    </message>
    <message>
        <source>Would no longer break: %1</source>
        <translation>Würde nicht mehr verletzen: %1</translation>
    </message>
    <message>
        <source>No change in what this user breaks.</source>
        <translation>Keine Änderung an dem, was dieser Benutzer verletzt.</translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>noch etwa %n Minute</numerusform>
            <numerusform>noch etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>noch etwa %n Sekunde</numerusform>
            <numerusform>noch etwa %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Start access &amp;review…</source>
        <translation>Zugriffsprüfung &amp;starten …</translation>
    </message>
    <message>
        <source>A quarterly user-access review of the users the filters select, with evidence an auditor can check offline</source>
        <translation>Eine vierteljährliche Zugriffsprüfung der Benutzer, die die Filter auswählen, mit Nachweisen, die ein Prüfer offline kontrollieren kann</translation>
    </message>
    <message>
        <source>&amp;Open access review…</source>
        <translation>Zugriffsprüfung ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>every user of the account</source>
        <translation>jeder Benutzer des Kontos</translation>
    </message>
    <message>
        <source>Start access review</source>
        <translation>Zugriffsprüfung starten</translation>
    </message>
    <message>
        <source>Title of the review (it covers %1, as the filters select):</source>
        <translation>Titel der Prüfung (sie umfasst %1, wie die Filter auswählen):</translation>
    </message>
    <message>
        <source>Access review %1</source>
        <translation>Zugriffsprüfung %1</translation>
    </message>
    <message>
        <source>Folder to keep the review in</source>
        <translation>Ordner für die Prüfung</translation>
    </message>
    <message>
        <source>Open an access review folder</source>
        <translation>Ordner einer Zugriffsprüfung öffnen</translation>
    </message>
    <message>
        <source>Still comparing the stored snapshots chosen before.</source>
        <translation>Die zuvor gewählten gespeicherten Snapshots werden noch verglichen.</translation>
    </message>
    <message>
        <source>Comparing the stored snapshots…</source>
        <translation>Gespeicherte Snapshots werden verglichen…</translation>
    </message>
    <message>
        <source>Reading the stored snapshot to compare with…</source>
        <translation>Der gespeicherte Snapshot für den Vergleich wird gelesen…</translation>
    </message>
</context>
<context>
    <name>sa::PermissionMatrixModel</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>%1: granted by %2</source>
        <translation>%1: gewährt durch %2</translation>
    </message>
    <message>
        <source>%1: not granted</source>
        <translation>%1: nicht gewährt</translation>
    </message>
    <message>
        <source>%1: no role grants this</source>
        <translation>%1: keine Rolle gewährt das</translation>
    </message>
    <message>
        <source>Extra: the standard role of this name does not grant it.</source>
        <translation>Zusätzlich: Die gleichnamige Standardrolle gewährt es nicht.</translation>
    </message>
    <message>
        <source>Missing: the standard role of this name grants it.</source>
        <translation>Fehlt: Die gleichnamige Standardrolle gewährt es.</translation>
    </message>
    <message>
        <source>Differs from the other user.</source>
        <translation>Anders als beim anderen Benutzer.</translation>
    </message>
    <message>
        <source>Takes part in breaking policy rule %1.</source>
        <translation>Trägt zur Verletzung der Richtlinienregel %1 bei.</translation>
    </message>
</context>
<context>
    <name>sa::ReviewSession</name>
    <message>
        <source>review.json names %1, who is on no recorded page.</source>
        <translation>review.json nennt %1, der auf keiner aufgezeichneten Seite steht.</translation>
    </message>
    <message>
        <source>%1 exists and is not an empty folder.</source>
        <translation>%1 existiert und ist kein leerer Ordner.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Sign the review off before confirming it.</source>
        <translation>Zeichnen Sie die Prüfung ab, bevor Sie sie bestätigen.</translation>
    </message>
    <message>
        <source>This review is confirmed already.</source>
        <translation>Diese Prüfung ist schon bestätigt.</translation>
    </message>
    <message>
        <source>This review was extracted from %1; connect to that account to confirm it.</source>
        <translation>Diese Prüfung wurde von %1 abgerufen; verbinden Sie sich mit diesem Konto, um sie zu bestätigen.</translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation>Das Laden wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Every revoke took effect.</source>
        <translation>Jeder Entzug ist wirksam.</translation>
    </message>
    <message>
        <source>%1 of %2 revokes have not taken effect.</source>
        <translation>%1 von %2 Entzügen sind nicht wirksam.</translation>
    </message>
</context>
<context>
    <name>sa::ReviewTableModel</name>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Entziehen</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Markieren</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Unentschieden</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
</context>
<context>
    <name>sa::ReviewWindow</name>
    <message>
        <source>Users in the review</source>
        <translation>Benutzer der Prüfung</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Unentschieden</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Entziehen</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Markieren</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>Loading and recording every page: %1 of %2 users</source>
        <translation>Jede Seite wird geladen und aufgezeichnet: %1 von %2 Benutzern</translation>
    </message>
    <message>
        <source>an unknown number of</source>
        <translation>einer unbekannten Zahl von</translation>
    </message>
    <message>
        <source>Start a review</source>
        <translation>Prüfung starten</translation>
    </message>
    <message>
        <source>The review could not be started: %1</source>
        <translation>Die Prüfung konnte nicht begonnen werden: %1</translation>
    </message>
    <message>
        <source>Confirm the review</source>
        <translation>Prüfung bestätigen</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Prüfung</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <source>Keep the selected users&apos; access (K)</source>
        <translation>Den Zugriff der ausgewählten Benutzer behalten (K)</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>&amp;Entziehen</translation>
    </message>
    <message>
        <source>Revoke the selected users&apos; access, with a reason (R)</source>
        <translation>Den Zugriff der ausgewählten Benutzer entziehen, mit Grund (R)</translation>
    </message>
    <message>
        <source>&amp;Flag</source>
        <translation>&amp;Markieren</translation>
    </message>
    <message>
        <source>Flag the selected users for a follow-up, with a reason (F)</source>
        <translation>Die ausgewählten Benutzer zur Nachverfolgung markieren, mit Grund (F)</translation>
    </message>
    <message>
        <source>&amp;Undecided</source>
        <translation>&amp;Unentschieden</translation>
    </message>
    <message>
        <source>Take the selected users&apos; decisions back (U)</source>
        <translation>Die Entscheidungen der ausgewählten Benutzer zurücknehmen (U)</translation>
    </message>
    <message>
        <source>&amp;Sign off…</source>
        <translation>&amp;Abzeichnen …</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Seal the review: reports, decisions and the SHA-256 of every file</source>
        <translation>Die Prüfung versiegeln: Berichte, Entscheidungen und der SHA-256 jeder Datei</translation>
    </message>
    <message>
        <source>&amp;Confirm…</source>
        <translation>Bes&amp;tätigen …</translation>
    </message>
    <message>
        <source>After the revokes were carried out: load the account again and check each one</source>
        <translation>Nachdem die Entzüge umgesetzt wurden: das Konto erneut laden und jeden prüfen</translation>
    </message>
    <message>
        <source>V&amp;erify</source>
        <translation>&amp;Verifizieren</translation>
    </message>
    <message>
        <source>Check every file&apos;s SHA-256 and re-read the raw pages</source>
        <translation>Den SHA-256 jeder Datei prüfen und die Rohseiten erneut lesen</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>Schl&amp;ießen</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Who decides? Your name and e-mail address, as Name &lt;email&gt;:</source>
        <translation>Wer entscheidet? Ihr Name und Ihre E-Mail-Adresse, als Name &lt;E-Mail&gt;:</translation>
    </message>
    <message>
        <source>Open a review</source>
        <translation>Prüfung öffnen</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a review: %2</source>
        <translation>%1 kann nicht als Prüfung geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Connect to an account first.</source>
        <translation>Verbinden Sie sich zuerst mit einem Konto.</translation>
    </message>
    <message>
        <source>Starting the review: loading and recording every page…</source>
        <translation>Die Prüfung beginnt: Jede Seite wird geladen und aufgezeichnet …</translation>
    </message>
    <message>
        <source>Select the users to decide first.</source>
        <translation>Wählen Sie zuerst die Benutzer aus, über die Sie entscheiden.</translation>
    </message>
    <message>
        <source>Why? (recorded with the decision)</source>
        <translation>Warum? (wird mit der Entscheidung aufgezeichnet)</translation>
    </message>
    <message>
        <source>Why? (recorded with each of the %1 decisions)</source>
        <translation>Warum? (wird mit jeder der %1 Entscheidungen aufgezeichnet)</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>Entscheiden</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>Abzeichnen</translation>
    </message>
    <message>
        <source>The review cannot be signed off yet: %1.</source>
        <translation>Die Prüfung kann noch nicht abgezeichnet werden: %1.</translation>
    </message>
    <message>
        <source>Signing off: writing the reports and sealing every file…</source>
        <translation>Abzeichnen: Die Berichte werden geschrieben und jede Datei versiegelt …</translation>
    </message>
    <message>
        <source>The review is signed off. The SHA-256 of manifest.json, printed at the foot of every page of report.pdf, is %1.</source>
        <translation>Die Prüfung ist abgezeichnet. Der SHA-256 von manifest.json, am Fuß jeder Seite von report.pdf gedruckt, ist %1.</translation>
    </message>
    <message>
        <source>The review could not be signed off: %1</source>
        <translation>Die Prüfung konnte nicht abgezeichnet werden: %1</translation>
    </message>
    <message>
        <source>Connect to the reviewed account first.</source>
        <translation>Verbinden Sie sich zuerst mit dem geprüften Konto.</translation>
    </message>
    <message>
        <source>Confirming: loading the account again…</source>
        <translation>Bestätigung: Das Konto wird erneut geladen …</translation>
    </message>
    <message>
        <source>Verifying every file…</source>
        <translation>Jede Datei wird verifiziert …</translation>
    </message>
    <message>
        <source>Tampered or inconsistent: %1</source>
        <translation>Verändert oder widersprüchlich: %1</translation>
    </message>
    <message>
        <source>The review is intact.</source>
        <translation>Die Prüfung ist unversehrt.</translation>
    </message>
    <message>
        <source>The review does not verify.</source>
        <translation>Die Prüfung ist nicht gültig.</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verifizieren</translation>
    </message>
    <message>
        <source>Access review</source>
        <translation>Zugriffsprüfung</translation>
    </message>
    <message>
        <source>No review open.</source>
        <translation>Keine Prüfung geöffnet.</translation>
    </message>
    <message>
        <source> (signed and confirmed, read-only)</source>
        <translation> (abgezeichnet und bestätigt, schreibgeschützt)</translation>
    </message>
    <message>
        <source> (signed, read-only)</source>
        <translation> (abgezeichnet, schreibgeschützt)</translation>
    </message>
    <message>
        <source>Access review: %1%2</source>
        <translation>Zugriffsprüfung: %1%2</translation>
    </message>
    <message>
        <source>Decided %1 of %2: keep %3, revoke %4, flag %5; undecided %6. Scope: %7.</source>
        <translation>Entschieden %1 von %2: behalten %3, entziehen %4, markieren %5; unentschieden %6. Umfang: %7.</translation>
    </message>
    <message>
        <source>every user</source>
        <translation>jeder Benutzer</translation>
    </message>
    <message>
        <source>Select a user to see their permissions as the review recorded them.</source>
        <translation>Wählen Sie einen Benutzer, um seine Berechtigungen so zu sehen, wie die Prüfung sie aufgezeichnet hat.</translation>
    </message>
    <message>
        <source>%1 (%2): permissions as recorded on %3 UTC</source>
        <translation>%1 (%2): Berechtigungen wie aufgezeichnet am %3 UTC</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Signing off: writing %1, %2 of %3 users</source>
        <translation>Abzeichnen: %1 wird geschrieben, %2 von %3 Benutzern</translation>
    </message>
    <message>
        <source>Signing off was cancelled; the review is not signed.</source>
        <translation>Das Abzeichnen wurde abgebrochen; die Prüfung ist nicht abgezeichnet.</translation>
    </message>
    <message>
        <source>%1 of %2 decided</source>
        <translation>%1 von %2 entschieden</translation>
    </message>
    <message>
        <source>Revoke r&amp;oles…</source>
        <translation>&amp;Rollen entziehen …</translation>
    </message>
    <message>
        <source>Take some roles away from the selected users, with a reason (Shift+R)</source>
        <translation>Den ausgewählten Benutzern einzelne Rollen entziehen, mit Grund (Umschalt+R)</translation>
    </message>
</context>
<context>
    <name>sa::RevokeRolesDialog</name>
    <message>
        <source>Revoke roles</source>
        <translation>Rollen entziehen</translation>
    </message>
    <message>
        <source>&amp;Roles to take away from the selected user:</source>
        <translation>&amp;Rollen, die dem ausgewählten Benutzer entzogen werden:</translation>
    </message>
    <message>
        <source>&amp;Roles to take away from the %1 selected users:</source>
        <translation>&amp;Rollen, die den %1 ausgewählten Benutzern entzogen werden:</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>&amp;Entziehen</translation>
    </message>
</context>
<context>
    <name>sa::SignOffDialog</name>
    <message>
        <source>Sign off the review</source>
        <translation>Prüfung abzeichnen</translation>
    </message>
    <message>
        <source>Name &lt;email&gt;</source>
        <translation>Name &lt;E-Mail&gt;</translation>
    </message>
    <message>
        <source>e.g. Head of Finance</source>
        <translation>z. B. Leitung Finanzen</translation>
    </message>
    <message>
        <source>optional: an OpenPGP key id</source>
        <translation>optional: eine OpenPGP-Schlüssel-ID</translation>
    </message>
    <message>
        <source>&amp;Reviewer:</source>
        <translation>&amp;Prüfer:</translation>
    </message>
    <message>
        <source>Signing off writes the reports, decisions.csv, manifest.json and SHA256SUMS. The review is read-only afterwards.</source>
        <translation>Das Abzeichnen schreibt die Berichte, decisions.csv, manifest.json und SHA256SUMS. Danach ist die Prüfung schreibgeschützt.</translation>
    </message>
    <message>
        <source>&amp;Sign off</source>
        <translation>Ab&amp;zeichnen</translation>
    </message>
    <message>
        <source>Ro&amp;le:</source>
        <translation>Ro&amp;lle:</translation>
    </message>
    <message>
        <source>Open&amp;PGP key:</source>
        <translation>OpenPGP-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>I have re&amp;viewed every user in scope; the decisions are mine or my reviewers&apos;.</source>
        <translation>Ich habe jeden Benutzer im Umfang &amp;geprüft; die Entscheidungen sind meine oder die meiner Prüfer.</translation>
    </message>
</context>
<context>
    <name>sa::SnapshotDiffDialog</name>
    <message>
        <source>Changes since the snapshot</source>
        <translation>Änderungen seit dem Snapshot</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>user added</source>
        <translation>Benutzer hinzugekommen</translation>
    </message>
    <message>
        <source>user removed</source>
        <translation>Benutzer entfernt</translation>
    </message>
    <message>
        <source>gained</source>
        <translation>erhalten</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>verloren</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
</context>
<context>
    <name>sa::UserDetailPane</name>
    <message>
        <source>Select a user to see their roles and permissions.</source>
        <translation>Wählen Sie einen Benutzer, um seine Rollen und Berechtigungen zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the user id to the clipboard</source>
        <translation>Die Benutzer-ID in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copy user id</source>
        <translation>Benutzer-ID kopieren</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Accounts:</source>
        <translation>Konten:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rollen:</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 (custom role)</source>
        <translation>%1 (eigene Rolle)</translation>
    </message>
    <message>
        <source>%1 (differs from the standard role: %2 extra, %3 missing)</source>
        <translation>%1 (weicht von der Standardrolle ab: %2 zusätzlich, %3 fehlend)</translation>
    </message>
    <message>
        <source>This user is hidden by the current filters: the table does not show them.</source>
        <translation>Dieser Benutzer ist durch die aktuellen Filter ausgeblendet: Die Tabelle zeigt ihn nicht.</translation>
    </message>
    <message>
        <source>Report on th&amp;is user…</source>
        <translation>Bericht über d&amp;iesen Benutzer …</translation>
    </message>
    <message>
        <source>A PDF or HTML report of this user&apos;s roles and permissions</source>
        <translation>Ein PDF- oder HTML-Bericht über Rollen und Berechtigungen dieses Benutzers</translation>
    </message>
    <message>
        <source>What if this user gained or lost a role</source>
        <translation>Was wäre, wenn dieser Benutzer eine Rolle erhielte oder verlöre</translation>
    </message>
    <message>
        <source>&amp;What if:</source>
        <translation>&amp;Was wäre, wenn:</translation>
    </message>
    <message>
        <source>— a role added or removed, against the policy —</source>
        <translation>— eine Rolle hinzu oder weg, gegen die Richtlinie —</translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>sa::UserLoader</name>
    <message numerus="yes">
        <source>Loading did not finish within %1 s, the deadline set for it. The %n users loaded so far are kept.</source>
        <translation>
            <numerusform>Das Laden war nicht innerhalb der dafür gesetzten Frist von %1 s fertig. Der bisher geladene %n Benutzer bleibt erhalten.</numerusform>
            <numerusform>Das Laden war nicht innerhalb der dafür gesetzten Frist von %1 s fertig. Die bisher geladenen %n Benutzer bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pages in a row brought no user not already loaded, yet each named a next page.</source>
        <translation>
            <numerusform>%n Seite brachte keinen noch nicht geladenen Benutzer und nannte doch eine nächste Seite.</numerusform>
            <numerusform>%n Seiten hintereinander brachten keinen noch nicht geladenen Benutzer und nannten doch jeweils eine nächste Seite.</numerusform>
        </translation>
    </message>
    <message>
        <source>It has sent %1 pages for an account it says has %2 users.</source>
        <translation>Er hat %1 Seiten für ein Konto gesendet, das laut ihm %2 Benutzer hat.</translation>
    </message>
    <message>
        <source>It has sent %1 users for an account it says has %2.</source>
        <translation>Er hat %1 Benutzer für ein Konto gesendet, das laut ihm %2 hat.</translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s paging is not making progress at page %1: %2 Loading stopped; the %n users loaded so far are kept.</source>
        <translation>
            <numerusform>Das Blättern des Servers kommt bei Seite %1 nicht voran: %2 Das Laden wurde beendet; der bisher geladene %n Benutzer bleibt erhalten.</numerusform>
            <numerusform>Das Blättern des Servers kommt bei Seite %1 nicht voran: %2 Das Laden wurde beendet; die bisher geladenen %n Benutzer bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s pagination loops: page %1 named a next page it had named before. Loading stopped; the %n users loaded so far are kept.</source>
        <translation>
            <numerusform>Das Blättern des Servers dreht sich im Kreis: Seite %1 nannte eine nächste Seite, die er schon einmal genannt hatte. Das Laden wurde beendet; der bisher geladene %n Benutzer bleibt erhalten.</numerusform>
            <numerusform>Das Blättern des Servers dreht sich im Kreis: Seite %1 nannte eine nächste Seite, die er schon einmal genannt hatte. Das Laden wurde beendet; die bisher geladenen %n Benutzer bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server sent a page of users this app cannot read: %1</source>
        <translation>Der Server hat eine Seite mit Benutzern gesendet, die diese Anwendung nicht lesen kann: %1</translation>
    </message>
</context>
<context>
    <name>sa::UserTableModel</name>
    <message>
        <source>%1 (custom role)</source>
        <translation>%1 (eigene Rolle)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (differs from the standard role: %n extra, %2 missing)</source>
        <translation>
            <numerusform>%1 (weicht von der Standardrolle ab: %n zusätzlich, %2 fehlend)</numerusform>
            <numerusform>%1 (weicht von der Standardrolle ab: %n zusätzlich, %2 fehlend)</numerusform>
        </translation>
    </message>
    <message>
        <source>No roles</source>
        <translation>Keine Rollen</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>As the standard roles grant, or no standard role</source>
        <translation>Wie die Standardrollen es gewähren, oder keine Standardrolle</translation>
    </message>
    <message>
        <source>Differs from the standard role: %1 permissions more, %2 fewer</source>
        <translation>Weicht von der Standardrolle ab: %1 Berechtigungen mehr, %2 weniger</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>Abweichung</translation>
    </message>
</context>
<context>
    <name>sa::UsersPageRequest</name>
    <message>
        <source>The server sent a page of users this app cannot read: %1</source>
        <translation>Der Server hat eine Seite mit Benutzern gesendet, die diese Anwendung nicht lesen kann: %1</translation>
    </message>
</context>
</TS>
