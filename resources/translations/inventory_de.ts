<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>QObject</name>
    <message>
        <source>This build has no keychain support; use ~/.pgpass.</source>
        <translation>Diese Version unterstützt keinen Schlüsselbund; verwenden Sie ~/.pgpass.</translation>
    </message>
    <message>
        <source>Browse stock, reserve items and manage reservations.</source>
        <translation>Bestand ansehen, Artikel reservieren und Reservierungen verwalten.</translation>
    </message>
    <message>
        <source>Server to use, as a postgresql:// URI or a libpq connection string (default: the server chosen in the app, else the PG* environment, else the local database).</source>
        <translation>Zu verwendender Server, als postgresql://-URI oder libpq-Verbindungszeichenfolge (Standard: der in der App gewählte Server, sonst die PG*-Umgebungsvariablen, sonst die lokale Datenbank).</translation>
    </message>
    <message>
        <source>Render the main views into PNG files in &lt;dir&gt; and quit (for the documentation).</source>
        <translation>Die Hauptansichten als PNG-Dateien in &lt;dir&gt; speichern und beenden (für die Dokumentation).</translation>
    </message>
    <message>
        <source>Show every category&apos;s top items and the reservations, print the peak memory and quit (for the benchmark).</source>
        <translation>Die Top-Artikel jeder Kategorie und die Reservierungen anzeigen, den höchsten Speicherverbrauch ausgeben und beenden (für den Benchmark).</translation>
    </message>
    <message>
        <source>Inventory Desk</source>
        <translation>Inventory Desk</translation>
    </message>
    <message>
        <source>Reservation #</source>
        <translation>Reservierung #</translation>
    </message>
    <message>
        <source>Show the app in &lt;code&gt;: en, de or fr (default: as chosen in View → Language, else the system&apos;s language).</source>
        <translation>Die App in &lt;code&gt; anzeigen: en, de oder fr (Standard: wie unter Ansicht → Sprache gewählt, sonst die Sprache des Systems).</translation>
    </message>
    <message>
        <source>Hot standbys to browse from, as a URI or connection string (&quot;host=s1,s2&quot;); what it leaves out is taken from --db (default: $INVENTORY_READ_DB, else the connection dialog&apos;s standbys, else everything from --db).</source>
        <translation>Hot-Standbys zum Lesen, als URI oder Verbindungszeichenfolge („host=s1,s2“); was sie nicht angibt, kommt von --db (Standard: $INVENTORY_READ_DB, sonst die Standbys des Verbindungsdialogs, sonst alles von --db).</translation>
    </message>
</context>
<context>
    <name>inventory</name>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Only the schema&apos;s owner can %1.</source>
        <translation>Nur der Eigentümer des Schemas kann %1.</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>make API tokens</source>
        <translation>API-Tokens erstellen</translation>
    </message>
    <message>
        <source>list API tokens</source>
        <translation>API-Tokens auflisten</translation>
    </message>
    <message>
        <source>revoke API tokens</source>
        <translation>API-Tokens widerrufen</translation>
    </message>
    <message>
        <source>Token &apos;%1&apos; was revoked already, at %2.</source>
        <translation>Token „%1“ wurde bereits widerrufen, um %2.</translation>
    </message>
    <message>
        <source>read the API tokens</source>
        <translation>die API-Tokens lesen</translation>
    </message>
    <message>
        <source>The server&apos;s database login %1 cannot act as %2; grant it inventory_server.</source>
        <translation>Die Datenbankanmeldung %1 des Servers kann nicht als %2 handeln; gewähren Sie ihr inventory_server.</translation>
    </message>
    <message>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>%1 is not between 1 and 10000.</source>
        <translation>%1 liegt nicht zwischen 1 und 10000.</translation>
    </message>
    <message>
        <source>The Qt PostgreSQL driver (QPSQL) is not installed (Debian: libqt6sql6-psql).</source>
        <translation>Der PostgreSQL-Treiber von Qt (QPSQL) ist nicht installiert (Debian: libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>kein Speicher mehr</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port number (1-65535)</source>
        <translation>„%1“ ist keine Portnummer (1–65535)</translation>
    </message>
    <message>
        <source>socket %1</source>
        <translation>Socket %1</translation>
    </message>
    <message>
        <source>see the dashboard</source>
        <translation>die Übersicht sehen</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time zone name.</source>
        <translation>„%1“ ist kein Name einer Zeitzone.</translation>
    </message>
    <message>
        <source>top</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>%1 is not between 1 and 1000.</source>
        <translation>%1 liegt nicht zwischen 1 und 1000.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>%1 is not between 1 and 366.</source>
        <translation>%1 liegt nicht zwischen 1 und 366.</translation>
    </message>
    <message>
        <source>%1 is not between 0 and 100000000.</source>
        <translation>%1 liegt nicht zwischen 0 und 100000000.</translation>
    </message>
    <message>
        <source>%1 is not between 1 and 100000.</source>
        <translation>%1 liegt nicht zwischen 1 und 100000.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>import items</source>
        <translation>Artikel importieren</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>it is empty; the first line must name the columns.</source>
        <translation>sie ist leer; die erste Zeile muss die Spalten benennen.</translation>
    </message>
    <message>
        <source>unknown column &apos;%1&apos;; the columns are %2.</source>
        <translation>unbekannte Spalte „%1“; die Spalten sind %2.</translation>
    </message>
    <message>
        <source>the column &apos;%1&apos; appears twice.</source>
        <translation>die Spalte „%1“ kommt zweimal vor.</translation>
    </message>
    <message>
        <source>the header has no &apos;%1&apos; column.</source>
        <translation>die Kopfzeile hat keine Spalte „%1“.</translation>
    </message>
    <message>
        <source>%1 fields; the header has %2.</source>
        <translation>%1 Felder; die Kopfzeile hat %2.</translation>
    </message>
    <message>
        <source>the quantity &apos;%1&apos; is not a whole number.</source>
        <translation>die Menge „%1“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>the price &apos;%1&apos; is not a price (a number with at most two decimals, e.g. 12.50).</source>
        <translation>der Preis „%1“ ist kein Preis (eine Zahl mit höchstens zwei Nachkommastellen, z.&#xa0;B. 12.50).</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 of %2 lines are invalid, so nothing was imported. The first: %3</source>
        <translation>%1 von %2 Zeilen sind ungültig, daher wurde nichts importiert. Die erste: %3</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>Stapelgröße</translation>
    </message>
    <message>
        <source>%1 is not a positive number.</source>
        <translation>%1 ist keine positive Zahl.</translation>
    </message>
    <message>
        <source>(%1 items were imported before this.)</source>
        <translation>(%1 Artikel wurden davor importiert.)</translation>
    </message>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>Die Datei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The database&apos;s schema is version %1, newer than this program&apos;s %2. Install a newer Inventory Desk; nothing was changed.</source>
        <translation>Das Schema der Datenbank hat Version %1, neuer als die %2 dieses Programms. Installieren Sie ein neueres Inventory Desk; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>run migrations (connected as %1; the schema belongs to %2)</source>
        <translation>Migrationen ausführen (angemeldet als %1; das Schema gehört %2)</translation>
    </message>
    <message>
        <source>Cannot read the built-in migration %1.</source>
        <translation>Die eingebaute Migration %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Migration %1 failed and was rolled back: %2</source>
        <translation>Migration %1 ist fehlgeschlagen und wurde zurückgerollt: %2</translation>
    </message>
    <message>
        <source>The database %1 has no Inventory Desk schema yet; run &apos;inventoryctl migrate&apos; as its owner.</source>
        <translation>Die Datenbank %1 hat noch kein Inventory-Desk-Schema; führen Sie „inventoryctl migrate“ als ihr Eigentümer aus.</translation>
    </message>
    <message>
        <source>The database&apos;s schema is version %1; this program needs %2. Run &apos;inventoryctl migrate&apos; as its owner.</source>
        <translation>Das Schema der Datenbank hat Version %1; dieses Programm braucht %2. Führen Sie „inventoryctl migrate“ als ihr Eigentümer aus.</translation>
    </message>
    <message>
        <source>item id</source>
        <translation>Artikel-ID</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>create items</source>
        <translation>Artikel anlegen</translation>
    </message>
    <message>
        <source>The server created no item.</source>
        <translation>Der Server hat keinen Artikel angelegt.</translation>
    </message>
    <message>
        <source>search text</source>
        <translation>Suchtext</translation>
    </message>
    <message>
        <source>categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>%1 categories were asked for at once; at most %2 are.</source>
        <translation>%1 Kategorien wurden auf einmal angefragt; höchstens %2 sind möglich.</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was already used for reservation #%2 of %3 units of item #%4; a retry must ask for the same quantity, a new reservation needs a new reference.</source>
        <translation>„%1“ wurde bereits für Reservierung #%2 über %3 Einheiten von Artikel #%4 verwendet; eine Wiederholung muss dieselbe Menge anfragen, eine neue Reservierung braucht eine neue Referenz.</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>reserviert</translation>
    </message>
    <message>
        <source>a reservation</source>
        <translation>eine Reservierung</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>reserve items</source>
        <translation>Artikel reservieren</translation>
    </message>
    <message>
        <source>The server did not answer the reservation.</source>
        <translation>Der Server hat auf die Reservierung nicht geantwortet.</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>A batch holds 1 to %1 reservations; this one has %2.</source>
        <translation>Ein Stapel umfasst 1 bis %1 Reservierungen; dieser hat %2.</translation>
    </message>
    <message>
        <source>The server answered %1 of %2 reservations of the batch.</source>
        <translation>Der Server hat %1 von %2 Reservierungen des Stapels beantwortet.</translation>
    </message>
    <message>
        <source>reservation id</source>
        <translation>Reservierungs-ID</translation>
    </message>
    <message>
        <source>confirm reservations</source>
        <translation>Reservierungen bestätigen</translation>
    </message>
    <message>
        <source>The server did not answer the confirmation.</source>
        <translation>Der Server hat auf die Bestätigung nicht geantwortet.</translation>
    </message>
    <message>
        <source>Reservation</source>
        <translation>Reservierung</translation>
    </message>
    <message>
        <source>Reservation #%1 expired at %2 and can no longer be confirmed.</source>
        <translation>Reservierung #%1 ist um %2 abgelaufen und kann nicht mehr bestätigt werden.</translation>
    </message>
    <message>
        <source>a confirmation</source>
        <translation>eine Bestätigung</translation>
    </message>
    <message>
        <source>release reservations</source>
        <translation>Reservierungen freigeben</translation>
    </message>
    <message>
        <source>The server did not answer the release.</source>
        <translation>Der Server hat auf die Freigabe nicht geantwortet.</translation>
    </message>
    <message>
        <source>Reservation #%1 is permanent (its order is complete) and cannot be released.</source>
        <translation>Reservierung #%1 ist dauerhaft (ihre Bestellung ist abgeschlossen) und kann nicht freigegeben werden.</translation>
    </message>
    <message>
        <source>a release</source>
        <translation>eine Freigabe</translation>
    </message>
    <message>
        <source>extend reservations</source>
        <translation>Reservierungen verlängern</translation>
    </message>
    <message>
        <source>The server did not answer the extension.</source>
        <translation>Der Server hat auf die Verlängerung nicht geantwortet.</translation>
    </message>
    <message>
        <source>Reservation #%1 is permanent and has no expiry to extend.</source>
        <translation>Reservierung #%1 ist dauerhaft und hat keinen Ablauf, der verlängert werden könnte.</translation>
    </message>
    <message>
        <source>Reservation #%1 expired at %2 and can no longer be extended.</source>
        <translation>Reservierung #%1 ist um %2 abgelaufen und kann nicht mehr verlängert werden.</translation>
    </message>
    <message>
        <source>expiry</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>reservation #%1 expires at %2; extending it by %3 would hold it more than %4 from now.</source>
        <translation>Reservierung #%1 läuft um %2 ab; eine Verlängerung um %3 würde sie länger als %4 ab jetzt halten.</translation>
    </message>
    <message>
        <source>an extension</source>
        <translation>eine Verlängerung</translation>
    </message>
    <message>
        <source>clean up expired reservations</source>
        <translation>abgelaufene Reservierungen bereinigen</translation>
    </message>
    <message>
        <source>The server did not answer the cleanup.</source>
        <translation>Der Server hat auf die Bereinigung nicht geantwortet.</translation>
    </message>
    <message>
        <source>parallel cleaners</source>
        <translation>parallele Bereinigungen</translation>
    </message>
    <message>
        <source>%1 is not between 1 and %2.</source>
        <translation>%1 liegt nicht zwischen 1 und %2.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Wareneingang</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Rücksendung</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Beschädigt</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Inventur</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>item #%1</source>
        <translation>Artikel #%1</translation>
    </message>
    <message>
        <source>item #%1 &apos;%2&apos;</source>
        <translation>Artikel #%1 „%2“</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of %2.</source>
        <translation>„%1“ ist keiner von %2.</translation>
    </message>
    <message>
        <source>open stock counts</source>
        <translation>Inventuren eröffnen</translation>
    </message>
    <message>
        <source>The server did not answer the count.</source>
        <translation>Der Server hat auf die Inventur nicht geantwortet.</translation>
    </message>
    <message>
        <source>None of the listed items can be counted (unknown or archived).</source>
        <translation>Keiner der aufgeführten Artikel kann gezählt werden (unbekannt oder archiviert).</translation>
    </message>
    <message>
        <source>Category &apos;%1&apos; has no items to count.</source>
        <translation>Die Kategorie „%1“ hat keine Artikel zum Zählen.</translation>
    </message>
    <message>
        <source>opening a count</source>
        <translation>das Eröffnen einer Inventur</translation>
    </message>
    <message>
        <source>count id</source>
        <translation>Inventur-ID</translation>
    </message>
    <message>
        <source>counted quantity</source>
        <translation>gezählte Menge</translation>
    </message>
    <message>
        <source>enter counted quantities</source>
        <translation>gezählte Mengen erfassen</translation>
    </message>
    <message>
        <source>Count #%1 has been posted; its figures can no longer change.</source>
        <translation>Inventur #%1 ist gebucht; ihre Zahlen können sich nicht mehr ändern.</translation>
    </message>
    <message>
        <source>Item #%1 is not part of count #%2.</source>
        <translation>Artikel #%1 gehört nicht zu Inventur #%2.</translation>
    </message>
    <message>
        <source>%1 more on top of %2 is above the maximum of %3.</source>
        <translation>%1 mehr zusätzlich zu %2 liegt über dem Maximum von %3.</translation>
    </message>
    <message>
        <source>entering a count</source>
        <translation>das Erfassen einer Zählung</translation>
    </message>
    <message>
        <source>receive stock</source>
        <translation>Wareneingänge buchen</translation>
    </message>
    <message>
        <source>The server did not answer the receipt.</source>
        <translation>Der Server hat auf den Wareneingang nicht geantwortet.</translation>
    </message>
    <message>
        <source>received</source>
        <translation>eingebucht</translation>
    </message>
    <message>
        <source>%1 has %2 units; %3 more would exceed the maximum of %4.</source>
        <translation>%1 hat %2 Einheiten; %3 weitere würden das Maximum von %4 überschreiten.</translation>
    </message>
    <message>
        <source>a receipt</source>
        <translation>einen Wareneingang</translation>
    </message>
    <message>
        <source>adjustment</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>give either a change (by) or a new quantity (to), not both or neither.</source>
        <translation>geben Sie entweder eine Änderung (um) oder eine neue Menge (auf) an, nicht beides und nicht keins.</translation>
    </message>
    <message>
        <source>change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>0 changes nothing.</source>
        <translation>0 ändert nichts.</translation>
    </message>
    <message>
        <source>%1 is outside ±%2.</source>
        <translation>%1 liegt außerhalb von ±%2.</translation>
    </message>
    <message>
        <source>new quantity</source>
        <translation>neue Menge</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>adjust stock</source>
        <translation>Bestand korrigieren</translation>
    </message>
    <message>
        <source>The server did not answer the adjustment.</source>
        <translation>Der Server hat auf die Korrektur nicht geantwortet.</translation>
    </message>
    <message>
        <source>Only %1 of %2 are on hand; %3 cannot be taken off.</source>
        <translation>Von %2 sind nur %1 am Lager; %3 können nicht abgebucht werden.</translation>
    </message>
    <message>
        <source>%1 has %2 units already; nothing to adjust.</source>
        <translation>%1 hat bereits %2 Einheiten; nichts zu korrigieren.</translation>
    </message>
    <message>
        <source>%1 has %2 units; the result would exceed the maximum of %3.</source>
        <translation>%1 hat %2 Einheiten; das Ergebnis würde das Maximum von %3 überschreiten.</translation>
    </message>
    <message>
        <source>an adjustment</source>
        <translation>eine Korrektur</translation>
    </message>
    <message>
        <source>movement id</source>
        <translation>Buchungs-ID</translation>
    </message>
    <message>
        <source>undo adjustments or other people&apos;s receipts</source>
        <translation>Korrekturen oder Wareneingänge anderer rückgängig machen</translation>
    </message>
    <message>
        <source>The server did not answer the undo.</source>
        <translation>Der Server hat auf das Rückgängigmachen nicht geantwortet.</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Buchung</translation>
    </message>
    <message>
        <source>Movement #%1 is not a receipt or an adjustment and cannot be undone.</source>
        <translation>Buchung #%1 ist weder ein Wareneingang noch eine Korrektur und kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Movement #%1 was undone already, by movement #%2.</source>
        <translation>Buchung #%1 wurde bereits rückgängig gemacht, durch Buchung #%2.</translation>
    </message>
    <message>
        <source>Only %1 of %2 are on hand; undoing movement #%3 would take %4 off.</source>
        <translation>Von %2 sind nur %1 am Lager; das Rückgängigmachen von Buchung #%3 würde %4 abbuchen.</translation>
    </message>
    <message>
        <source>an undo</source>
        <translation>ein Rückgängigmachen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a reason.</source>
        <translation>„%1“ ist kein Grund.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>reorder point</source>
        <translation>Meldebestand</translation>
    </message>
    <message>
        <source>reorder quantity</source>
        <translation>Bestellmenge</translation>
    </message>
    <message>
        <source>edit items</source>
        <translation>Artikel bearbeiten</translation>
    </message>
    <message>
        <source>The server did not answer the edit.</source>
        <translation>Der Server hat auf die Bearbeitung nicht geantwortet.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already the SKU of item #%2.</source>
        <translation>„%1“ ist bereits die SKU von Artikel #%2.</translation>
    </message>
    <message>
        <source>barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already the barcode of item #%2.</source>
        <translation>„%1“ ist bereits der Barcode von Artikel #%2.</translation>
    </message>
    <message>
        <source>an item edit</source>
        <translation>eine Artikeländerung</translation>
    </message>
    <message>
        <source>archive items</source>
        <translation>Artikel archivieren</translation>
    </message>
    <message>
        <source>The server did not answer the archive.</source>
        <translation>Der Server hat auf das Archivieren nicht geantwortet.</translation>
    </message>
    <message numerus="yes">
        <source>Item #%1 has %n temporary reservation(s) holding %2 units; it can be archived once they are confirmed, released or expired.</source>
        <translation>
            <numerusform>Artikel #%1 hat %n befristete Reservierung mit %2 Einheiten; er kann archiviert werden, sobald sie bestätigt, freigegeben oder abgelaufen ist.</numerusform>
            <numerusform>Artikel #%1 hat %n befristete Reservierungen mit %2 Einheiten; er kann archiviert werden, sobald sie bestätigt, freigegeben oder abgelaufen sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>an archive</source>
        <translation>ein Archivieren</translation>
    </message>
    <message>
        <source>unarchive items</source>
        <translation>die Archivierung von Artikeln aufheben</translation>
    </message>
    <message>
        <source>The server did not answer the unarchive.</source>
        <translation>Der Server hat auf das Aufheben der Archivierung nicht geantwortet.</translation>
    </message>
    <message>
        <source>an unarchive</source>
        <translation>ein Aufheben der Archivierung</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>No item has the SKU or barcode &apos;%1&apos;.</source>
        <translation>Kein Artikel hat die SKU oder den Barcode „%1“.</translation>
    </message>
    <message>
        <source>items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>name at least one item to count.</source>
        <translation>nennen Sie mindestens einen Artikel zum Zählen.</translation>
    </message>
    <message>
        <source>%1 items were listed; at most 100000 can be counted at once.</source>
        <translation>%1 Artikel wurden aufgeführt; höchstens 100000 können auf einmal gezählt werden.</translation>
    </message>
    <message>
        <source>post stock counts</source>
        <translation>Inventuren buchen</translation>
    </message>
    <message>
        <source>The server did not answer the posting.</source>
        <translation>Der Server hat auf die Buchung nicht geantwortet.</translation>
    </message>
    <message>
        <source>Count #%1 was posted already, at %2.</source>
        <translation>Inventur #%1 wurde bereits gebucht, um %2.</translation>
    </message>
    <message>
        <source>Count #%1 cannot be posted: %2 has %3 units not reserved, and the count takes %4 off; release reservations of it or count again. Nothing was booked.</source>
        <translation>Inventur #%1 kann nicht gebucht werden: %2 hat %3 nicht reservierte Einheiten, und die Inventur bucht %4 ab; geben Sie Reservierungen davon frei oder zählen Sie erneut. Es wurde nichts gebucht.</translation>
    </message>
    <message>
        <source>posting a count</source>
        <translation>das Buchen einer Inventur</translation>
    </message>
    <message>
        <source>The server did not answer the check.</source>
        <translation>Der Server hat auf die Prüfung nicht geantwortet.</translation>
    </message>
    <message>
        <source>repair the ledger</source>
        <translation>das Bestandsjournal reparieren</translation>
    </message>
    <message>
        <source>Item #%1 &apos;%2&apos; is archived and cannot be %3; unarchive it first.</source>
        <translation>Artikel #%1 „%2“ ist archiviert und kann nicht %3 werden; heben Sie zuerst die Archivierung auf.</translation>
    </message>
    <message>
        <source>The server answered &apos;%1&apos; to %2, which this version does not understand.</source>
        <translation>Der Server antwortete „%1“ auf %2, was diese Version nicht versteht.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a token name: 1 to 64 letters (A-Z, a-z), digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>„%1“ ist kein Token-Name: 1 bis 64 Buchstaben (A–Z, a–z), Ziffern, „.“, „_“ oder „-“.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a token role; use staff, manager or shop.</source>
        <translation>„%1“ ist keine Token-Rolle; verwenden Sie staff, manager oder shop.</translation>
    </message>
    <message>
        <source>A token named &apos;%1&apos; exists already (a revoked one keeps its name); choose another name.</source>
        <translation>Ein Token namens „%1“ gibt es schon (ein widerrufener behält seinen Namen); wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>There is no token named &apos;%1&apos;.</source>
        <translation>Es gibt kein Token namens „%1“.</translation>
    </message>
    <message>
        <source>The database login %1 is not a member of inventory_server, so it cannot read the API tokens; grant it inventory_server (or serve as the schema&apos;s owner).</source>
        <translation>Die Datenbankanmeldung %1 ist kein Mitglied von inventory_server und kann daher die API-Tokens nicht lesen; gewähren Sie ihr inventory_server (oder starten Sie den Server als Eigentümer des Schemas).</translation>
    </message>
    <message>
        <source>the name for the history is empty.</source>
        <translation>der Name für den Verlauf ist leer.</translation>
    </message>
    <message>
        <source>%1 ports were given for %2 hosts; give one port, or one per host</source>
        <translation>%1 Ports für %2 Hosts angegeben; geben Sie einen Port an oder einen je Host</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not host or host:port (port 1-65535)</source>
        <translation>„%1“ ist weder Host noch Host:Port (Port 1–65535)</translation>
    </message>
    <message>
        <source>--read-db (or %1): %2</source>
        <translation>--read-db (oder %1): %2</translation>
    </message>
    <message>
        <source>Primary unavailable: %1</source>
        <translation>Primärserver nicht erreichbar: %1</translation>
    </message>
</context>
<context>
    <name>inventory::AboutBox</name>
    <message>
        <source>About Inventory Desk</source>
        <translation>Über Inventory Desk</translation>
    </message>
    <message>
        <source>Database server:</source>
        <translation>Datenbankserver:</translation>
    </message>
    <message>
        <source>PostgreSQL %1</source>
        <translation>PostgreSQL %1</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>%1, schema version %2</source>
        <translation>%1, Schemaversion %2</translation>
    </message>
    <message>
        <source> (this program&apos;s is %1)</source>
        <translation> (die dieses Programms: %1)</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>no inventory role</source>
        <translation>keine Inventory-Rolle</translation>
    </message>
    <message>
        <source>Connected as:</source>
        <translation>Angemeldet als:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (erstellt mit %2)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Inventory Desk %1&lt;/h3&gt;&lt;p&gt;Stock and reservations over PostgreSQL.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Inventory Desk %1&lt;/h3&gt;&lt;p&gt;Bestand und Reservierungen über PostgreSQL.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reads served from:</source>
        <translation>Lesen von:</translation>
    </message>
    <message>
        <source>standby %1</source>
        <translation>Standby %1</translation>
    </message>
    <message>
        <source>primary %1</source>
        <translation>Primärserver %1</translation>
    </message>
    <message>
        <source>Replay lag:</source>
        <translation>Replikationsverzug:</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>none (not a standby)</source>
        <translation>keiner (kein Standby)</translation>
    </message>
    <message>
        <source>Writes:</source>
        <translation>Schreiben:</translation>
    </message>
</context>
<context>
    <name>inventory::AdjustDialog</name>
    <message>
        <source>Change &amp;by</source>
        <translation>Ändern &amp;um</translation>
    </message>
    <message>
        <source>Set &amp;to</source>
        <translation>Setzen &amp;auf</translation>
    </message>
    <message>
        <source>Adjust Stock</source>
        <translation>Bestand korrigieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 on hand, %3 reserved</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 am Lager, %3 reserviert</translation>
    </message>
    <message>
        <source>What happened (optional)</source>
        <translation>Was ist passiert (optional)</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Menge:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>&amp;Adjust…</source>
        <translation>&amp;Korrigieren…</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a change; write for example -3 or +5.</source>
        <translation>„%1“ ist keine Änderung; schreiben Sie zum Beispiel -3 oder +5.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of units.</source>
        <translation>„%1“ ist keine Anzahl von Einheiten.</translation>
    </message>
    <message>
        <source>A change of 0 books nothing.</source>
        <translation>Eine Änderung um 0 bucht nichts.</translation>
    </message>
    <message>
        <source>%1 is already the quantity on hand.</source>
        <translation>%1 ist bereits der Bestand am Lager.</translation>
    </message>
    <message>
        <source>Only %1 on hand; %2 cannot be removed.</source>
        <translation>Nur %1 am Lager; %2 können nicht abgebucht werden.</translation>
    </message>
    <message>
        <source>At most %1 units fit in an item&apos;s stock.</source>
        <translation>Höchstens %1 Einheiten passen in den Bestand eines Artikels.</translation>
    </message>
    <message>
        <source>Adjust %1 by %2 (%3): %4 → %5 on hand</source>
        <translation>%1 um %2 korrigieren (%3): %4 → %5 am Lager</translation>
    </message>
    <message>
        <source>e.g. -3 or +5</source>
        <translation>z.&#xa0;B. -3 oder +5</translation>
    </message>
    <message>
        <source>the quantity on hand now</source>
        <translation>der Bestand am Lager jetzt</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>&amp;Adjust</source>
        <translation>&amp;Korrigieren</translation>
    </message>
    <message>
        <source>Adjusting…</source>
        <translation>Wird korrigiert…</translation>
    </message>
</context>
<context>
    <name>inventory::BlocksModel</name>
    <message>
        <source>temporary</source>
        <translation>befristet</translation>
    </message>
    <message>
        <source>permanent</source>
        <translation>dauerhaft</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln s</source>
        <translation>
            <numerusform>in %Ln s</numerusform>
            <numerusform>in %Ln s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln min</source>
        <translation>
            <numerusform>in %Ln min</numerusform>
            <numerusform>in %Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln h</source>
        <translation>
            <numerusform>in %Ln h</numerusform>
            <numerusform>in %Ln h</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1 h %2 min</source>
        <translation>in %1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln day(s)</source>
        <translation>
            <numerusform>in %Ln Tag</numerusform>
            <numerusform>in %Ln Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>Permanent since %1</source>
        <translation>Dauerhaft seit %1</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>Dauerhaft</translation>
    </message>
    <message>
        <source>Expires at %1</source>
        <translation>Läuft ab um %1</translation>
    </message>
    <message>
        <source>Reservation</source>
        <translation>Reservierung</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
</context>
<context>
    <name>inventory::BrowsePane</name>
    <message>
        <source>&amp;Reserve…</source>
        <translation>&amp;Reservieren…</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;New Item…</source>
        <translation>&amp;Neuer Artikel…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;Go to Item #…</source>
        <translation>&amp;Gehe zu Artikel #…</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>Find by name prefix, or #id to go to an item  (Ctrl+F)</source>
        <translation>Nach Namensanfang suchen, oder #ID, um zu einem Artikel zu gehen  (Strg+F)</translation>
    </message>
    <message>
        <source>Top 100 by quantity</source>
        <translation>Top 100 nach Menge</translation>
    </message>
    <message>
        <source>Whole category</source>
        <translation>Ganze Kategorie</translation>
    </message>
    <message>
        <source>The top 100 by quantity, or every item of the category, loaded as you scroll and sorted by the server on the column clicked</source>
        <translation>Die 100 Artikel mit der größten Menge oder jeder Artikel der Kategorie, beim Blättern nachgeladen und vom Server nach der angeklickten Spalte sortiert</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Filter categories</source>
        <translation>Kategorien filtern</translation>
    </message>
    <message>
        <source>&amp;Browse</source>
        <translation>&amp;Katalog</translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>Nicht mit dem Server verbunden.</translation>
    </message>
    <message>
        <source>Only staff and managers (inventory_staff, inventory_manager) can reserve items.</source>
        <translation>Nur Mitarbeiter und Manager (inventory_staff, inventory_manager) können Artikel reservieren.</translation>
    </message>
    <message>
        <source>Reserve units of the chosen item (Ctrl+R)</source>
        <translation>Einheiten des gewählten Artikels reservieren (Strg+R)</translation>
    </message>
    <message>
        <source>Choose an item first.</source>
        <translation>Wählen Sie zuerst einen Artikel.</translation>
    </message>
    <message>
        <source>Add an item to the catalogue (Ctrl+N)</source>
        <translation>Einen Artikel in den Katalog aufnehmen (Strg+N)</translation>
    </message>
    <message>
        <source>Only staff and managers can create items.</source>
        <translation>Nur Mitarbeiter und Manager können Artikel anlegen.</translation>
    </message>
    <message>
        <source>Reservation #%1 placed: %2 × #%3 %4.</source>
        <translation>Reservierung #%1 angelegt: %2 × #%3 %4.</translation>
    </message>
    <message>
        <source>Item #%1 %2 created.</source>
        <translation>Artikel #%1 %2 angelegt.</translation>
    </message>
    <message>
        <source>Search items</source>
        <translation>Artikel suchen</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
</context>
<context>
    <name>inventory::CategoriesModel</name>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Units in stock in %1: being summed</source>
        <translation>Einheiten im Bestand in %1: werden summiert</translation>
    </message>
    <message>
        <source>Units in stock in %1, summed at %2</source>
        <translation>Einheiten im Bestand in %1, summiert um %2</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
</context>
<context>
    <name>inventory::CleanupDialog</name>
    <message>
        <source>Counting expired reservations…</source>
        <translation>Abgelaufene Reservierungen werden gezählt…</translation>
    </message>
    <message>
        <source>Clean Up Expired Reservations</source>
        <translation>Abgelaufene Reservierungen bereinigen</translation>
    </message>
    <message>
        <source>&amp;Clean Up</source>
        <translation>&amp;Bereinigen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln expired reservation(s) removed, %1 returned to stock at %2.</source>
        <translation>
            <numerusform>%Ln abgelaufene Reservierung entfernt, %1 um %2 in den Bestand zurückgebucht.</numerusform>
            <numerusform>%Ln abgelaufene Reservierungen entfernt, %1 um %2 in den Bestand zurückgebucht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unit(s)</source>
        <translation>
            <numerusform>%Ln Einheit</numerusform>
            <numerusform>%Ln Einheiten</numerusform>
        </translation>
    </message>
    <message>
        <source>No reservation has expired: there is nothing to clean up.</source>
        <translation>Keine Reservierung ist abgelaufen: Es gibt nichts zu bereinigen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln expired reservation(s) holds/hold %1. Cleaning up gives the units back to stock and removes the reservation(s).</source>
        <translation>
            <numerusform>%Ln abgelaufene Reservierung hält %1. Das Bereinigen bucht die Einheiten in den Bestand zurück und entfernt die Reservierung.</numerusform>
            <numerusform>%Ln abgelaufene Reservierungen halten %1. Das Bereinigen bucht die Einheiten in den Bestand zurück und entfernt die Reservierungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cleaning up…</source>
        <translation>Wird bereinigt…</translation>
    </message>
</context>
<context>
    <name>inventory::CodeScanner</name>
    <message>
        <source>No item has the barcode &apos;%1&apos;. Nothing was changed.</source>
        <translation>Kein Artikel hat den Barcode „%1“. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>inventory::ConnectionDialog</name>
    <message>
        <source>Remember the password in the system &amp;keychain</source>
        <translation>Passwort im &amp;Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <source>Connect to a Server</source>
        <translation>Mit einem Server verbinden</translation>
    </message>
    <message>
        <source>db.example.com, or a socket directory</source>
        <translation>db.example.com oder ein Socket-Verzeichnis</translation>
    </message>
    <message>
        <source>empty: from the keychain or ~/.pgpass</source>
        <translation>leer: aus dem Schlüsselbund oder ~/.pgpass</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;SSL mode:</source>
        <translation>SS&amp;L-Modus:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Passwords are never written to the settings file.</source>
        <translation>Passwörter werden nie in die Einstellungsdatei geschrieben.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Use the &amp;Local Database</source>
        <translation>Lokale Datenbank &amp;nutzen</translation>
    </message>
    <message>
        <source>standby1, standby2:5433 (empty: read from the server)</source>
        <translation>standby1, standby2:5433 (leer: vom Server lesen)</translation>
    </message>
    <message>
        <source>Browse from these hot standbys; reservations and other changes still go to the server above. You see your own changes at once either way.</source>
        <translation>Von diesen Hot-Standbys lesen; Reservierungen und andere Änderungen gehen weiter an den Server oben. Ihre eigenen Änderungen sehen Sie in jedem Fall sofort.</translation>
    </message>
    <message>
        <source>&amp;Read from standbys:</source>
        <translation>Von Standbys &amp;lesen:</translation>
    </message>
    <message>
        <source>Read from standbys</source>
        <translation>Von Standbys lesen</translation>
    </message>
</context>
<context>
    <name>inventory::CountModel</name>
    <message>
        <source>counted quantity</source>
        <translation>gezählte Menge</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of units (0 or more)</source>
        <translation>„%1“ ist keine Anzahl von Einheiten (0 oder mehr)</translation>
    </message>
    <message>
        <source>On hand plus reserved when the count was opened</source>
        <translation>Bestand am Lager plus reserviert beim Eröffnen der Inventur</translation>
    </message>
    <message>
        <source>Counted by %1 at %2</source>
        <translation>Gezählt von %1 um %2</translation>
    </message>
    <message>
        <source>Type the figure, or scan one unit at a time</source>
        <translation>Zahl eingeben oder Einheit für Einheit scannen</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Gezählt</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
</context>
<context>
    <name>inventory::CountPane</name>
    <message>
        <source>&amp;Post Count…</source>
        <translation>Inventur &amp;buchen…</translation>
    </message>
    <message>
        <source>Scan or type a barcode or SKU, then Enter: one unit counted</source>
        <translation>Barcode oder SKU scannen oder eingeben, dann Enter: eine Einheit gezählt</translation>
    </message>
    <message>
        <source>Count:</source>
        <translation>Inventur:</translation>
    </message>
    <message>
        <source>Sc&amp;an:</source>
        <translation>Sc&amp;annen:</translation>
    </message>
    <message>
        <source>%1: %2 counted (expected %3).</source>
        <translation>%1: %2 gezählt (erwartet %3).</translation>
    </message>
    <message>
        <source>C&amp;ount</source>
        <translation>&amp;Inventur</translation>
    </message>
    <message>
        <source>#%1 %2 — opened %3 by %4</source>
        <translation>#%1 %2 — eröffnet %3 von %4</translation>
    </message>
    <message>
        <source>(listed items)</source>
        <translation>(aufgeführte Artikel)</translation>
    </message>
    <message>
        <source>No count is open</source>
        <translation>Keine Inventur offen</translation>
    </message>
    <message>
        <source>No count is open: &apos;%1&apos; was not counted.</source>
        <translation>Keine Inventur ist offen: „%1“ wurde nicht gezählt.</translation>
    </message>
    <message>
        <source>Only staff and managers can enter counts; &apos;%1&apos; was not counted.</source>
        <translation>Nur Mitarbeiter und Manager können Zählungen erfassen; „%1“ wurde nicht gezählt.</translation>
    </message>
    <message>
        <source>No item in this count has the barcode or SKU &apos;%1&apos;. Nothing was counted.</source>
        <translation>Kein Artikel dieser Inventur hat den Barcode oder die SKU „%1“. Es wurde nichts gezählt.</translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>Nicht mit dem Server verbunden.</translation>
    </message>
    <message>
        <source>Only staff and managers can enter counts.</source>
        <translation>Nur Mitarbeiter und Manager können Zählungen erfassen.</translation>
    </message>
    <message>
        <source>Open a count first.</source>
        <translation>Eröffnen Sie zuerst eine Inventur.</translation>
    </message>
    <message>
        <source>A scanner types the code and Enter; each scan counts one unit.</source>
        <translation>Ein Scanner tippt den Code und Enter; jeder Scan zählt eine Einheit.</translation>
    </message>
    <message>
        <source>Only managers (inventory_manager) can post counts.</source>
        <translation>Nur Manager (inventory_manager) können Inventuren buchen.</translation>
    </message>
    <message>
        <source>Nothing has been counted yet.</source>
        <translation>Es wurde noch nichts gezählt.</translation>
    </message>
    <message>
        <source>Book each difference as a count movement, all at once</source>
        <translation>Jede Differenz als Inventurbuchung buchen, alle auf einmal</translation>
    </message>
    <message>
        <source>No count chosen.</source>
        <translation>Keine Inventur gewählt.</translation>
    </message>
    <message>
        <source>%1 of %2 counted; %3 (%4 / %5 units)</source>
        <translation>%1 von %2 gezählt; %3 (%4 / %5 Einheiten)</translation>
    </message>
    <message>
        <source>%1: expected %2, counted %3 → %4</source>
        <translation>%1: erwartet %2, gezählt %3 → %4</translation>
    </message>
    <message>
        <source>Post count #%1? Every counted item matches what was expected: nothing will be booked.</source>
        <translation>Inventur #%1 buchen? Jeder gezählte Artikel entspricht der Erwartung: Es wird nichts gebucht.</translation>
    </message>
    <message>
        <source>Reservations taken or released since the count was opened are kept: each difference is applied to the quantity as it is now.</source>
        <translation>Seit dem Eröffnen der Inventur angelegte oder freigegebene Reservierungen bleiben erhalten: Jede Differenz wird auf die aktuelle Menge angewendet.</translation>
    </message>
    <message>
        <source>Post Count</source>
        <translation>Inventur buchen</translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation>&amp;Buchen</translation>
    </message>
    <message>
        <source>Count #%1 posted: %2 (%3 / %4 units).</source>
        <translation>Inventur #%1 gebucht: %2 (%3 / %4 Einheiten).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln differs/differ</source>
        <translation>
            <numerusform>%Ln weicht ab</numerusform>
            <numerusform>%Ln weichen ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Post count #%1? It books %Ln count movement(s):</source>
        <translation>
            <numerusform>Inventur #%1 buchen? Es wird %Ln Inventurbuchung gebucht:</numerusform>
            <numerusform>Inventur #%1 buchen? Es werden %Ln Inventurbuchungen gebucht:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) was/were not counted and books/book nothing.</source>
        <translation>
            <numerusform>%Ln Artikel wurde nicht gezählt und bucht nichts.</numerusform>
            <numerusform>%Ln Artikel wurden nicht gezählt und buchen nichts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln movement(s)</source>
        <translation>
            <numerusform>%Ln Buchung</numerusform>
            <numerusform>%Ln Buchungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Count sheet</source>
        <translation>Zählliste</translation>
    </message>
</context>
<context>
    <name>inventory::DashboardPane</name>
    <message>
        <source>millions of units</source>
        <translation>Millionen Einheiten</translation>
    </message>
    <message>
        <source>thousands of units</source>
        <translation>Tausend Einheiten</translation>
    </message>
    <message>
        <source>units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Units in stock by category</source>
        <translation>Einheiten im Bestand nach Kategorie</translation>
    </message>
    <message>
        <source>Reservations expiring in the next 24 hours</source>
        <translation>In den nächsten 24 Stunden ablaufende Reservierungen</translation>
    </message>
    <message>
        <source>Reservations expiring in the next 24 hours, per hour</source>
        <translation>In den nächsten 24 Stunden ablaufende Reservierungen, pro Stunde</translation>
    </message>
    <message>
        <source>Stock movements per day, last 30 days</source>
        <translation>Bestandsbuchungen pro Tag, letzte 30 Tage</translation>
    </message>
    <message>
        <source>Stock movements per day over the last 30 days, by reason</source>
        <translation>Bestandsbuchungen pro Tag in den letzten 30 Tagen, nach Grund</translation>
    </message>
    <message>
        <source>Items below their reorder point</source>
        <translation>Artikel unter ihrem Meldebestand</translation>
    </message>
    <message>
        <source>Enter or double-click opens the item</source>
        <translation>Enter oder Doppelklick öffnet den Artikel</translation>
    </message>
    <message>
        <source>Today:</source>
        <translation>Heute:</translation>
    </message>
    <message>
        <source>Below their reorder point, most urgent first</source>
        <translation>Unter ihrem Meldebestand, dringendste zuerst</translation>
    </message>
    <message>
        <source>Items without a category: %1 units in stock</source>
        <translation>Artikel ohne Kategorie: %1 Einheiten im Bestand</translation>
    </message>
    <message>
        <source>%1: %2 units in stock (on the shelf and in reservations); Enter shows the category</source>
        <translation>%1: %2 Einheiten im Bestand (im Regal und in Reservierungen); Enter zeigt die Kategorie</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2: %Ln reservation(s) expire, %3; Enter shows them</source>
        <translation>
            <numerusform>%1 bis %2: %Ln Reservierung läuft ab, %3; Enter zeigt sie</numerusform>
            <numerusform>%1 bis %2: %Ln Reservierungen laufen ab, %3; Enter zeigt sie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unit(s)</source>
        <translation>
            <numerusform>%Ln Einheit</numerusform>
            <numerusform>%Ln Einheiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %Ln movement(s), net %3; Enter shows them in the history</source>
        <translation>
            <numerusform>%1, %2: %Ln Buchung, netto %3; Enter zeigt sie im Verlauf</numerusform>
            <numerusform>%1, %2: %Ln Buchungen, netto %3; Enter zeigt sie im Verlauf</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <source>Units in stock by category: nothing in stock</source>
        <translation>Einheiten im Bestand nach Kategorie: nichts im Bestand</translation>
    </message>
    <message>
        <source>Units in stock</source>
        <translation>Einheiten im Bestand</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(keine Kategorie)</translation>
    </message>
    <message>
        <source>Reservations expiring in the next 24 hours: none</source>
        <translation>In den nächsten 24 Stunden ablaufende Reservierungen: keine</translation>
    </message>
    <message>
        <source>Reservations expiring in the next 24 hours: %1</source>
        <translation>Reservierungen, die in 24 Stunden ablaufen: %1</translation>
    </message>
    <message>
        <source>Reservations expiring</source>
        <translation>Ablaufende Reservierungen</translation>
    </message>
    <message>
        <source>reservations</source>
        <translation>Reservierungen</translation>
    </message>
    <message>
        <source>Stock movements per day, last 30 days: none</source>
        <translation>Bestandsbuchungen pro Tag, letzte 30 Tage: keine</translation>
    </message>
    <message>
        <source>movements</source>
        <translation>Buchungen</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>reserviert</translation>
    </message>
    <message>
        <source>Reserved today</source>
        <translation>Heute reserviert</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>Confirmed today</source>
        <translation>Heute bestätigt</translation>
    </message>
    <message>
        <source>released</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <source>Released today</source>
        <translation>Heute freigegeben</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>Expired today (cleaned up)</source>
        <translation>Heute abgelaufen (bereinigt)</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2, %3; click to see them in the history</source>
        <translation>%1: %2, %3; klicken, um sie im Verlauf zu sehen</translation>
    </message>
    <message>
        <source>below reorder point</source>
        <translation>unter Meldebestand</translation>
    </message>
    <message>
        <source>Items below their reorder point: %1</source>
        <translation>Artikel unter ihrem Meldebestand: %1</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>noch nicht bekannt</translation>
    </message>
    <message>
        <source>Items at or below their reorder point; click for the Low Stock tab</source>
        <translation>Artikel auf oder unter ihrem Meldebestand; klicken für den Tab „Meldebestand“</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message numerus="yes">
        <source>%1; %Ln more category(s): %2</source>
        <translation>
            <numerusform>%1; %Ln weitere Kategorie: %2</numerusform>
            <numerusform>%1; %Ln weitere Kategorien: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>inventory::EditItemDialog</name>
    <message>
        <source>Edit Item %1</source>
        <translation>Artikel %1 bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>&amp;Preis:</translation>
    </message>
    <message>
        <source>&amp;SKU:</source>
        <translation>&amp;SKU:</translation>
    </message>
    <message>
        <source>your own article number (optional)</source>
        <translation>Ihre eigene Artikelnummer (optional)</translation>
    </message>
    <message>
        <source>&amp;Barcode:</source>
        <translation>&amp;Barcode:</translation>
    </message>
    <message>
        <source>EAN-13 or UPC-A (optional)</source>
        <translation>EAN-13 oder UPC-A (optional)</translation>
    </message>
    <message>
        <source>Reorder &amp;at:</source>
        <translation>&amp;Meldebestand:</translation>
    </message>
    <message>
        <source>low stock at or below this many units (optional)</source>
        <translation>knapp bei dieser Anzahl Einheiten oder weniger (optional)</translation>
    </message>
    <message>
        <source>Reorder &amp;quantity:</source>
        <translation>Bestell&amp;menge:</translation>
    </message>
    <message>
        <source>units to order when low (optional)</source>
        <translation>zu bestellende Einheiten, wenn knapp (optional)</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Beschrei&amp;bung:</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>Speic&amp;hern…</translation>
    </message>
    <message>
        <source>An item needs a name.</source>
        <translation>Ein Artikel braucht einen Namen.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>An item needs a price.</source>
        <translation>Ein Artikel braucht einen Preis.</translation>
    </message>
    <message>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>A SKU has at most %1 characters.</source>
        <translation>Eine SKU hat höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>A SKU has no spaces.</source>
        <translation>Eine SKU enthält keine Leerzeichen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of units.</source>
        <translation>„%1“ ist keine Anzahl von Einheiten.</translation>
    </message>
    <message>
        <source>At most %1.</source>
        <translation>Höchstens %1.</translation>
    </message>
    <message>
        <source>Order at least 1 unit, or leave it empty.</source>
        <translation>Bestellen Sie mindestens 1 Einheit, oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description: changed</source>
        <translation>Beschreibung: geändert</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>Reorder at</source>
        <translation>Meldebestand</translation>
    </message>
    <message>
        <source>Reorder quantity</source>
        <translation>Bestellmenge</translation>
    </message>
    <message>
        <source>Nothing changed yet.</source>
        <translation>Noch nichts geändert.</translation>
    </message>
    <message>
        <source>Edit Item</source>
        <translation>Artikel bearbeiten</translation>
    </message>
    <message>
        <source>Change %1:

%2</source>
        <translation>%1 ändern:

%2</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Speic&amp;hern</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>A barcode has digits only.</source>
        <translation>Ein Barcode besteht nur aus Ziffern.</translation>
    </message>
    <message>
        <source>An EAN-13 barcode has 13 digits and a UPC-A one 12; this has %1.</source>
        <translation>Ein EAN-13-Barcode hat 13 Ziffern und ein UPC-A-Barcode 12; dieser hat %1.</translation>
    </message>
    <message>
        <source>The check digit should be %1, not %2: a digit is mistyped.</source>
        <translation>Die Prüfziffer müsste %1 sein, nicht %2: Eine Ziffer ist vertippt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a price; write for example 12 or %2.</source>
        <translation>„%1“ ist kein Preis; schreiben Sie zum Beispiel 12 oder %2.</translation>
    </message>
</context>
<context>
    <name>inventory::Error</name>
    <message>
        <source>%1 #%2 does not exist.</source>
        <translation>%1 #%2 existiert nicht.</translation>
    </message>
    <message>
        <source>Only %1 of item #%2 &apos;%3&apos; are available; %4 were requested.</source>
        <translation>Von Artikel #%2 „%3“ sind nur %1 verfügbar; %4 wurden angefragt.</translation>
    </message>
    <message>
        <source>Reservation #%1 expired at %2 and can no longer be confirmed or extended.</source>
        <translation>Reservierung #%1 ist um %2 abgelaufen und kann nicht mehr bestätigt oder verlängert werden.</translation>
    </message>
    <message>
        <source>Reservation #%1 is already permanent (its order is complete).</source>
        <translation>Reservierung #%1 ist bereits dauerhaft (ihre Bestellung ist abgeschlossen).</translation>
    </message>
    <message>
        <source>Invalid %1: %2</source>
        <translation>Ungültiger Wert (%1): %2</translation>
    </message>
    <message>
        <source>Only managers can %1.</source>
        <translation>Nur Manager können %1.</translation>
    </message>
    <message>
        <source>Only members of %1 can %2.</source>
        <translation>Nur Mitglieder von %1 können %2.</translation>
    </message>
    <message>
        <source>Lost connection to %1.</source>
        <translation>Verbindung zu %1 verloren.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>do that (the server said: %1)</source>
        <translation>das tun (der Server meldete: %1)</translation>
    </message>
    <message>
        <source>input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>The server reported an error.</source>
        <translation>Der Server hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>(unbekannte Zeit)</translation>
    </message>
</context>
<context>
    <name>inventory::ExportDialog</name>
    <message>
        <source>Export All Items</source>
        <translation>Alle Artikel exportieren</translation>
    </message>
    <message>
        <source>Export Category</source>
        <translation>Kategorie exportieren</translation>
    </message>
    <message>
        <source>Writing every item to %1.</source>
        <translation>Alle Artikel werden nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Writing the items of %1 to %2.</source>
        <translation>Die Artikel von %1 werden nach %2 geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln item(s) to %1.</source>
        <translation>
            <numerusform>%Ln Artikel nach %1 exportiert.</numerusform>
            <numerusform>%Ln Artikel nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) written</source>
        <translation>
            <numerusform>%Ln Artikel geschrieben</numerusform>
            <numerusform>%Ln Artikel geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nicht exportiert</translation>
    </message>
</context>
<context>
    <name>inventory::ExtendDialog</name>
    <message>
        <source>Extend Reservations</source>
        <translation>Reservierungen verlängern</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration; write for example 30m, 1h or 2h30m.</source>
        <translation>„%1“ ist keine Dauer; schreiben Sie zum Beispiel 30m, 1h oder 2h30m.</translation>
    </message>
</context>
<context>
    <name>inventory::HistoryModel</name>
    <message>
        <source>Opening stock</source>
        <translation>Anfangsbestand</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Wareneingang</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Inventur</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Reservation confirmed</source>
        <translation>Reservierung bestätigt</translation>
    </message>
    <message>
        <source>Reservation released</source>
        <translation>Reservierung freigegeben</translation>
    </message>
    <message>
        <source>Reservation extended</source>
        <translation>Reservierung verlängert</translation>
    </message>
    <message>
        <source>Reservation expired</source>
        <translation>Reservierung abgelaufen</translation>
    </message>
    <message>
        <source>reservation #%1</source>
        <translation>Reservierung #%1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Am Lager</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>inventory::HistoryPane</name>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Item:</source>
        <translation>Artikel:</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>Bi&amp;s</translation>
    </message>
    <message>
        <source>E&amp;xport to CSV…</source>
        <translation>Als CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Stock movements</source>
        <translation>Bestandsbuchungen</translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation>Reservierungen</translation>
    </message>
    <message>
        <source>Any reason</source>
        <translation>Jeder Grund</translation>
    </message>
    <message>
        <source>By (role)</source>
        <translation>Von (Rolle)</translation>
    </message>
    <message>
        <source>Item id</source>
        <translation>Artikel-ID</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Write every entry the filters match to a CSV file</source>
        <translation>Jeden zu den Filtern passenden Eintrag in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <source>Nothing to export: no entry matches the filters.</source>
        <translation>Nichts zu exportieren: Kein Eintrag passt zu den Filtern.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>history-item-%1.csv</source>
        <translation>verlauf-artikel-%1.csv</translation>
    </message>
    <message>
        <source>history.csv</source>
        <translation>verlauf.csv</translation>
    </message>
    <message>
        <source>Export History to CSV</source>
        <translation>Verlauf als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest %Ln entry(s); more as you scroll</source>
        <translation>
            <numerusform>Der neueste Eintrag; mehr beim Blättern</numerusform>
            <numerusform>Die neuesten %Ln Einträge; mehr beim Blättern</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by role</source>
        <translation>Nach Rolle filtern</translation>
    </message>
    <message>
        <source>Filter by item id</source>
        <translation>Nach Artikel-ID filtern</translation>
    </message>
    <message>
        <source>History from</source>
        <translation>Verlauf ab</translation>
    </message>
    <message>
        <source>History until</source>
        <translation>Verlauf bis</translation>
    </message>
    <message>
        <source>Stock history</source>
        <translation>Bestandsverlauf</translation>
    </message>
</context>
<context>
    <name>inventory::ImportDialog</name>
    <message>
        <source>Import Items from CSV</source>
        <translation>Artikel aus CSV importieren</translation>
    </message>
    <message>
        <source>Show &amp;only the lines with problems</source>
        <translation>&amp;Nur die Zeilen mit Problemen zeigen</translation>
    </message>
    <message>
        <source>&amp;All or nothing: one transaction; every line is imported, or none is</source>
        <translation>&amp;Alles oder nichts: eine Transaktion; jede Zeile wird importiert oder keine</translation>
    </message>
    <message>
        <source>Import the &amp;valid rows: in batches, leaving out the lines with problems</source>
        <translation>Die &amp;gültigen Zeilen importieren: in Stapeln, ohne die Zeilen mit Problemen</translation>
    </message>
    <message>
        <source>How to import</source>
        <translation>Wie importieren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln item(s)</source>
        <translation>
            <numerusform>%Ln Artikel importiert</numerusform>
            <numerusform>%Ln Artikel importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <translation>%1; %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) skipped</source>
        <translation>
            <numerusform>%Ln Zeile übersprungen</numerusform>
            <numerusform>%Ln Zeilen übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the file… %p%</source>
        <translation>Datei wird gelesen… %p%</translation>
    </message>
    <message>
        <source>Reading and checking every line; nothing is sent yet.</source>
        <translation>Jede Zeile wird gelesen und geprüft; noch wird nichts gesendet.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>cannot open &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>Nicht gelesen</translation>
    </message>
    <message>
        <source>This file cannot be imported. %1</source>
        <translation>Diese Datei kann nicht importiert werden. %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) read</source>
        <translation>
            <numerusform>%Ln Zeile gelesen</numerusform>
            <numerusform>%Ln Zeilen gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>The file names its columns but has no lines to import.</source>
        <translation>Die Datei benennt ihre Spalten, hat aber keine Zeilen zum Importieren.</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln line(s) are valid.</source>
        <translation>
            <numerusform>Die %Ln Zeile ist gültig.</numerusform>
            <numerusform>Alle %Ln Zeilen sind gültig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln line(s) is valid; there is nothing to import.</source>
        <translation>
            <numerusform>Die %Ln Zeile ist ungültig; es gibt nichts zu importieren.</numerusform>
            <numerusform>Keine der %Ln Zeilen ist gültig; es gibt nichts zu importieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 lines are valid; %3.</source>
        <translation>%1 von %2 Zeilen sind gültig; %3.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln have problems</source>
        <translation>
            <numerusform>%Ln hat Probleme</numerusform>
            <numerusform>%Ln haben Probleme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show &amp;only the %Ln line(s) with problems</source>
        <translation>
            <numerusform>&amp;Nur die %Ln Zeile mit Problemen zeigen</numerusform>
            <numerusform>&amp;Nur die %Ln Zeilen mit Problemen zeigen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not possible for this file: %Ln line(s) have problems. Correct them and open the file again, or import the valid rows.</source>
        <translation>
            <numerusform>Für diese Datei nicht möglich: %Ln Zeile hat Probleme. Korrigieren Sie sie und öffnen Sie die Datei erneut, oder importieren Sie die gültigen Zeilen.</numerusform>
            <numerusform>Für diese Datei nicht möglich: %Ln Zeilen haben Probleme. Korrigieren Sie sie und öffnen Sie die Datei erneut, oder importieren Sie die gültigen Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the &amp;valid rows: %1, leaving out %2</source>
        <translation>Die &amp;gültigen Zeilen importieren: %1, ohne %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln Artikel</numerusform>
            <numerusform>%Ln Artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %Ln line(s) with problems</source>
        <translation>
            <numerusform>die %Ln Zeile mit Problemen</numerusform>
            <numerusform>die %Ln Zeilen mit Problemen</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>%1 of %2 items imported</source>
        <translation>%1 von %2 Artikeln importiert</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Preview of the file&apos;s lines</source>
        <translation>Vorschau der Zeilen der Datei</translation>
    </message>
</context>
<context>
    <name>inventory::ImportPreviewModel</name>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>inventory::ItemDetails</name>
    <message>
        <source>Res&amp;erve…</source>
        <translation>R&amp;eservieren…</translation>
    </message>
    <message>
        <source>Reservations of this item:</source>
        <translation>Reservierungen dieses Artikels:</translation>
    </message>
    <message>
        <source>No item selected</source>
        <translation>Kein Artikel gewählt</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=2&gt;&lt;tr&gt;&lt;td&gt;Category:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;td width=24&gt;&lt;/td&gt;&lt;td&gt;Price:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Available:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;Reserved:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Created:&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;Last change:&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=2&gt;&lt;tr&gt;&lt;td&gt;Kategorie:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;td width=24&gt;&lt;/td&gt;&lt;td&gt;Preis:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Verfügbar:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;Reserviert:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Angelegt:&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;Letzte Änderung:&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Available: %1 on the shelf and %2 held by expired reservations not cleaned up yet; a reservation takes those back first, so they count as available.</source>
        <translation>Verfügbar: %1 im Regal und %2 in noch nicht bereinigten abgelaufenen Reservierungen; eine Reservierung nimmt zuerst diese, daher zählen sie als verfügbar.</translation>
    </message>
    <message>
        <source>Available counts the units of expired reservations not cleaned up yet: a reservation takes those back first.</source>
        <translation>Verfügbar zählt die Einheiten noch nicht bereinigter abgelaufener Reservierungen mit: Eine Reservierung nimmt zuerst diese.</translation>
    </message>
    <message>
        <source>Reservations of this item</source>
        <translation>Reservierungen dieses Artikels</translation>
    </message>
</context>
<context>
    <name>inventory::ItemsModel</name>
    <message>
        <source>Top %1 of %2 in %3</source>
        <translation>Top %1 von %2 in %3</translation>
    </message>
    <message>
        <source>by quantity ascending</source>
        <translation>nach Menge aufsteigend</translation>
    </message>
    <message>
        <source>by quantity descending</source>
        <translation>nach Menge absteigend</translation>
    </message>
    <message>
        <source>by name A–Z</source>
        <translation>nach Name A–Z</translation>
    </message>
    <message>
        <source>by name Z–A</source>
        <translation>nach Name Z–A</translation>
    </message>
    <message>
        <source>by id ascending</source>
        <translation>nach ID aufsteigend</translation>
    </message>
    <message>
        <source>by id descending</source>
        <translation>nach ID absteigend</translation>
    </message>
    <message>
        <source>by price ascending</source>
        <translation>nach Preis aufsteigend</translation>
    </message>
    <message>
        <source>by price descending</source>
        <translation>nach Preis absteigend</translation>
    </message>
    <message>
        <source>by last change, oldest first</source>
        <translation>nach letzter Änderung, älteste zuerst</translation>
    </message>
    <message>
        <source>by last change, newest first</source>
        <translation>nach letzter Änderung, neueste zuerst</translation>
    </message>
    <message>
        <source>All %1 in %2, %3</source>
        <translation>Alle %1 in %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) named &apos;%1…&apos;</source>
        <translation>
            <numerusform>%Ln Artikel namens „%1…“</numerusform>
            <numerusform>%Ln Artikel namens „%1…“</numerusform>
        </translation>
    </message>
    <message>
        <source>No item #%1</source>
        <translation>Kein Artikel #%1</translation>
    </message>
    <message>
        <source>Item #%1</source>
        <translation>Artikel #%1</translation>
    </message>
    <message>
        <source>%1 on the shelf and %2 held by expired reservations not cleaned up yet: a reservation takes those back first, so they count as available.</source>
        <translation>%1 im Regal und %2 in noch nicht bereinigten abgelaufenen Reservierungen: Eine Reservierung nimmt zuerst diese, daher zählen sie als verfügbar.</translation>
    </message>
    <message>
        <source>Units a reservation can take now: on the shelf, plus the units of expired reservations not cleaned up yet (they count as available).</source>
        <translation>Einheiten, die eine Reservierung jetzt nehmen kann: im Regal, plus die Einheiten noch nicht bereinigter abgelaufener Reservierungen (sie zählen als verfügbar).</translation>
    </message>
    <message>
        <source>Units held by running temporary reservations</source>
        <translation>Von laufenden befristeten Reservierungen gehaltene Einheiten</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
</context>
<context>
    <name>inventory::LanguageMenu</name>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Applies when Inventory Desk starts again.</source>
        <translation>Gilt ab dem nächsten Start von Inventory Desk.</translation>
    </message>
    <message>
        <source>&amp;System (%1)</source>
        <translation>S&amp;ystem (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Inventory Desk will be in %1 from its next start.</source>
        <translation>Inventory Desk erscheint ab dem nächsten Start auf %1.</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>Jetzt &amp;neu starten</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
</context>
<context>
    <name>inventory::LocalCluster</name>
    <message>
        <source>Cannot tell whether the local server in %1 runs: %2</source>
        <translation>Es lässt sich nicht feststellen, ob der lokale Server in %1 läuft: %2</translation>
    </message>
    <message>
        <source>initdb could not create the local cluster in %1: %2</source>
        <translation>initdb konnte den lokalen Cluster in %1 nicht anlegen: %2</translation>
    </message>
    <message>
        <source>Cannot configure %1.</source>
        <translation>%1 kann nicht konfiguriert werden.</translation>
    </message>
    <message>
        <source>The local PostgreSQL server in %1 did not start: %2
%3</source>
        <translation>Der lokale PostgreSQL-Server in %1 ist nicht gestartet: %2
%3</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>Das Verzeichnis %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Another program holds %1.</source>
        <translation>Ein anderes Programm hält %1.</translation>
    </message>
    <message>
        <source>pg_ctl could not stop the local server: %1</source>
        <translation>pg_ctl konnte den lokalen Server nicht stoppen: %1</translation>
    </message>
    <message>
        <source>Running as root, the local PostgreSQL server must run as the &apos;%1&apos; account, which does not exist. Install the postgresql package, or run as an ordinary user.</source>
        <translation>Unter root muss der lokale PostgreSQL-Server als Konto „%1“ laufen, das es nicht gibt. Installieren Sie das Paket postgresql, oder arbeiten Sie als gewöhnlicher Benutzer.</translation>
    </message>
    <message>
        <source>Cannot hand %1 to the &apos;%2&apos; account: %3</source>
        <translation>%1 kann nicht an das Konto „%2“ übergeben werden: %3</translation>
    </message>
    <message>
        <source>Cannot make %1 private.</source>
        <translation>%1 kann nicht privat gemacht werden.</translation>
    </message>
    <message>
        <source>The PostgreSQL server is not installed (no pg_ctl found). On Debian: apt-get install postgresql.</source>
        <translation>Der PostgreSQL-Server ist nicht installiert (kein pg_ctl gefunden). Unter Debian: apt-get install postgresql.</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 s.</source>
        <translation>%1 ist nicht innerhalb von %2 s fertig geworden.</translation>
    </message>
    <message>
        <source>%1 failed for %2: %3</source>
        <translation>%1 ist für %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>%1 holds a cluster already; a standby starts empty.</source>
        <translation>%1 enthält bereits einen Cluster; ein Standby beginnt leer.</translation>
    </message>
</context>
<context>
    <name>inventory::LowStockModel</name>
    <message>
        <source>%1 on the shelf and %2 in expired reservations not yet cleaned up, which count as available</source>
        <translation>%1 im Regal und %2 in noch nicht bereinigten abgelaufenen Reservierungen, die als verfügbar zählen</translation>
    </message>
    <message>
        <source>%1 below the reorder point of %2</source>
        <translation>%1 unter dem Meldebestand von %2</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Reorder at</source>
        <translation>Meldebestand</translation>
    </message>
    <message>
        <source>Below by</source>
        <translation>Darunter um</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>#%1 %2, in %3</source>
        <translation>#%1 %2, in %3</translation>
    </message>
    <message>
        <source>Out of stock: nothing can be reserved</source>
        <translation>Nicht vorrätig: Es kann nichts reserviert werden</translation>
    </message>
</context>
<context>
    <name>inventory::LowStockPane</name>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Enter or double-click opens the item</source>
        <translation>Enter oder Doppelklick öffnet den Artikel</translation>
    </message>
    <message>
        <source>Items at or below their reorder point in</source>
        <translation>Artikel auf oder unter ihrem Meldebestand in</translation>
    </message>
    <message>
        <source>&amp;Low Stock</source>
        <translation>&amp;Meldebestand</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Nothing is low.</source>
        <translation>Nichts ist knapp.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) to reorder</source>
        <translation>
            <numerusform>%Ln Artikel nachzubestellen</numerusform>
            <numerusform>%Ln Artikel nachzubestellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Items at or below their reorder point</source>
        <translation>Artikel auf oder unter ihrem Meldebestand</translation>
    </message>
</context>
<context>
    <name>inventory::MainWindow</name>
    <message>
        <source>Inventory Desk</source>
        <translation>Inventory Desk</translation>
    </message>
    <message>
        <source>the local database</source>
        <translation>die lokale Datenbank</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Clean &amp;Up Expired…</source>
        <translation>Abgelaufene &amp;bereinigen…</translation>
    </message>
    <message>
        <source>C&amp;onnect to Server…</source>
        <translation>Mit Server &amp;verbinden…</translation>
    </message>
    <message>
        <source>&amp;Automatic Cleanup…</source>
        <translation>A&amp;utomatische Bereinigung…</translation>
    </message>
    <message>
        <source>&amp;Import Items from CSV…</source>
        <translation>Artikel aus CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>E&amp;xport Current View to CSV…</source>
        <translation>Aktuelle Ansicht als CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export &amp;Category to CSV…</source>
        <translation>&amp;Kategorie als CSV exportieren…</translation>
    </message>
    <message>
        <source>Export A&amp;ll Items to CSV…</source>
        <translation>A&amp;lle Artikel als CSV exportieren…</translation>
    </message>
    <message>
        <source>&amp;About Inventory Desk</source>
        <translation>&amp;Über Inventory Desk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation>Ar&amp;tikel</translation>
    </message>
    <message>
        <source>&amp;Stock</source>
        <translation>Be&amp;stand</translation>
    </message>
    <message>
        <source>&amp;Reservations</source>
        <translation>&amp;Reservierungen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <source>Show Dashboard &amp;Tab</source>
        <translation>Tab „Übersicht“ &amp;zeigen</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>no inventory role</source>
        <translation>keine Inventory-Rolle</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Inventory Desk — %1</source>
        <translation>Inventory Desk — %1</translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>Nicht mit dem Server verbunden.</translation>
    </message>
    <message>
        <source> You are %1.</source>
        <translation> Sie sind %1.</translation>
    </message>
    <message>
        <source>Add items from a CSV file: name, description, quantity, price, category (Ctrl+I)</source>
        <translation>Artikel aus einer CSV-Datei hinzufügen: Name, Beschreibung, Menge, Preis, Kategorie (Strg+I)</translation>
    </message>
    <message>
        <source>Only staff and managers can import items.</source>
        <translation>Nur Mitarbeiter und Manager können Artikel importieren.</translation>
    </message>
    <message>
        <source>Write the items shown (%1) to a CSV file</source>
        <translation>Die angezeigten Artikel (%1) in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <source>Nothing to export: choose a category or find items first.</source>
        <translation>Nichts zu exportieren: Wählen Sie zuerst eine Kategorie, oder suchen Sie Artikel.</translation>
    </message>
    <message>
        <source>Export &amp;Category “%1” to CSV…</source>
        <translation>&amp;Kategorie „%1“ als CSV exportieren…</translation>
    </message>
    <message>
        <source>Choose a category first.</source>
        <translation>Wählen Sie zuerst eine Kategorie.</translation>
    </message>
    <message>
        <source>Write every item of %1 to a CSV file</source>
        <translation>Jeden Artikel von %1 in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <source>Write every item to a CSV file</source>
        <translation>Jeden Artikel in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <source>Give back the units of expired reservations and remove them</source>
        <translation>Die Einheiten abgelaufener Reservierungen zurückbuchen und diese entfernen</translation>
    </message>
    <message>
        <source>Only managers (inventory_manager) can clean up expired reservations.</source>
        <translation>Nur Manager (inventory_manager) können abgelaufene Reservierungen bereinigen.</translation>
    </message>
    <message>
        <source>Import Items from CSV</source>
        <translation>Artikel aus CSV importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export Current View to CSV</source>
        <translation>Aktuelle Ansicht als CSV exportieren</translation>
    </message>
    <message>
        <source>items</source>
        <translation>artikel</translation>
    </message>
    <message>
        <source>Not Exported</source>
        <translation>Nicht exportiert</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export Category to CSV</source>
        <translation>Kategorie als CSV exportieren</translation>
    </message>
    <message>
        <source>Export All Items to CSV</source>
        <translation>Alle Artikel als CSV exportieren</translation>
    </message>
    <message>
        <source>all-items</source>
        <translation>alle-artikel</translation>
    </message>
    <message>
        <source>Automatic cleanup: %1</source>
        <translation>Automatische Bereinigung: %1</translation>
    </message>
    <message>
        <source>Automatic Cleanup</source>
        <translation>Automatische Bereinigung</translation>
    </message>
    <message>
        <source>Clean up expired reservations every (minutes, 0 = never):</source>
        <translation>Abgelaufene Reservierungen bereinigen alle (Minuten, 0 = nie):</translation>
    </message>
    <message numerus="yes">
        <source>Expired reservations will be cleaned up every %Ln minute(s) while this window is open.</source>
        <translation>
            <numerusform>Abgelaufene Reservierungen werden jede Minute bereinigt, solange dieses Fenster offen ist.</numerusform>
            <numerusform>Abgelaufene Reservierungen werden alle %Ln Minuten bereinigt, solange dieses Fenster offen ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic cleanup is off.</source>
        <translation>Die automatische Bereinigung ist aus.</translation>
    </message>
    <message>
        <source>The password could not be kept in the keychain (%1); use ~/.pgpass.</source>
        <translation>Das Passwort konnte nicht im Schlüsselbund gespeichert werden (%1); verwenden Sie ~/.pgpass.</translation>
    </message>
    <message>
        <source>read from standbys</source>
        <translation>von Standbys lesen</translation>
    </message>
    <message>
        <source>standby %1</source>
        <translation>Standby %1</translation>
    </message>
    <message>
        <source>primary %1</source>
        <translation>Primärserver %1</translation>
    </message>
    <message>
        <source>, lag %1 s</source>
        <translation>, Verzug %1 s</translation>
    </message>
    <message>
        <source>%1 · reads: %2%3</source>
        <translation>%1 · Lesen: %2%3</translation>
    </message>
    <message>
        <source>Writes: %1
Reads: %2%3</source>
        <translation>Schreiben: %1
Lesen: %2%3</translation>
    </message>
</context>
<context>
    <name>inventory::NewCountDialog</name>
    <message>
        <source>New Stock Count</source>
        <translation>Neue Inventur</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>&amp;Open Count…</source>
        <translation>Inventur &amp;eröffnen…</translation>
    </message>
    <message>
        <source>There is no category to count.</source>
        <translation>Es gibt keine Kategorie zum Zählen.</translation>
    </message>
    <message>
        <source>: what each should hold is taken now; staff then enter or scan what is on the shelf, and posting books the differences.</source>
        <translation>: Der Sollbestand jedes Artikels wird jetzt festgehalten; Mitarbeiter erfassen oder scannen dann, was im Regal liegt, und das Buchen bucht die Differenzen.</translation>
    </message>
    <message>
        <source>&amp;Open Count</source>
        <translation>Inventur &amp;eröffnen</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Wird eröffnet…</translation>
    </message>
    <message numerus="yes">
        <source>Open a count of the %Ln item(s) in %1</source>
        <translation>
            <numerusform>Eine Inventur des %Ln Artikels in %1 eröffnen</numerusform>
            <numerusform>Eine Inventur der %Ln Artikel in %1 eröffnen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>inventory::NewItemDialog</name>
    <message>
        <source>New Item</source>
        <translation>Neuer Artikel</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>&amp;Preis:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Menge:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Beschrei&amp;bung:</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>Give the item a name.</source>
        <translation>Geben Sie dem Artikel einen Namen.</translation>
    </message>
    <message>
        <source>Quantity: %1.</source>
        <translation>Menge: %1.</translation>
    </message>
    <message>
        <source>Give the item a price.</source>
        <translation>Geben Sie dem Artikel einen Preis.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a new category; did you mean &apos;%2&apos;?</source>
        <translation>„%1“ ist eine neue Kategorie; meinten Sie „%2“?</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a new category.</source>
        <translation>„%1“ ist eine neue Kategorie.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Wird angelegt…</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a price; write for example 12 or %2.</source>
        <translation>„%1“ ist kein Preis; schreiben Sie zum Beispiel 12 oder %2.</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
</context>
<context>
    <name>inventory::Pane</name>
    <message>
        <source> You are %1.</source>
        <translation> Sie sind %1.</translation>
    </message>
</context>
<context>
    <name>inventory::QuantityField</name>
    <message>
        <source>Between %1 and %2</source>
        <translation>Zwischen %1 und %2</translation>
    </message>
    <message>
        <source>Enter a quantity</source>
        <translation>Geben Sie eine Menge ein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>„%1“ ist keine ganze Zahl</translation>
    </message>
</context>
<context>
    <name>inventory::ReceiveDialog</name>
    <message>
        <source>#%1 &apos;%2&apos;</source>
        <translation>#%1 „%2“</translation>
    </message>
    <message>
        <source>Receive Stock</source>
        <translation>Wareneingang buchen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 available, %3 reserved</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 verfügbar, %3 reserviert</translation>
    </message>
    <message>
        <source>units, e.g. 24</source>
        <translation>Einheiten, z.&#xa0;B. 24</translation>
    </message>
    <message>
        <source>Delivery note or return number (optional)</source>
        <translation>Lieferschein- oder Retourennummer (optional)</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Menge:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Re&amp;ference:</source>
        <translation>&amp;Referenz:</translation>
    </message>
    <message>
        <source>&amp;Receive…</source>
        <translation>&amp;Einbuchen…</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of units.</source>
        <translation>„%1“ ist keine Anzahl von Einheiten.</translation>
    </message>
    <message>
        <source>Receive at least 1 unit.</source>
        <translation>Buchen Sie mindestens 1 Einheit ein.</translation>
    </message>
    <message>
        <source>At most %1 more units fit in this item&apos;s stock.</source>
        <translation>Höchstens %1 weitere Einheiten passen in den Bestand dieses Artikels.</translation>
    </message>
    <message>
        <source>Take back %1 of %2 (customer return): %3 → %4 available</source>
        <translation>%1 von %2 zurücknehmen (Kundenretoure): %3 → %4 verfügbar</translation>
    </message>
    <message>
        <source>Receive %1 of %2: %3 → %4 available</source>
        <translation>%1 von %2 einbuchen: %3 → %4 verfügbar</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Referenz: %1</translation>
    </message>
    <message>
        <source>&amp;Receive</source>
        <translation>&amp;Einbuchen</translation>
    </message>
    <message>
        <source>Receiving…</source>
        <translation>Wird eingebucht…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln unit(s)</source>
        <translation>
            <numerusform>%Ln Einheit</numerusform>
            <numerusform>%Ln Einheiten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>inventory::ReservationsPane</name>
    <message>
        <source>#%1: %2 × #%3 %4</source>
        <translation>#%1: %2 × #%3 %4</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… und %Ln weitere</numerusform>
            <numerusform>… und %Ln weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unit(s)</source>
        <translation>
            <numerusform>%Ln Einheit</numerusform>
            <numerusform>%Ln Einheiten</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>Be&amp;stätigen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Re&amp;lease</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;Extend…</source>
        <translation>Ver&amp;längern…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Make the selected reservations permanent (order completed)</source>
        <translation>Die gewählten Reservierungen dauerhaft machen (Bestellung abgeschlossen)</translation>
    </message>
    <message>
        <source>Cancel the selected reservations and give their units back</source>
        <translation>Die gewählten Reservierungen stornieren und ihre Einheiten zurückbuchen</translation>
    </message>
    <message>
        <source>Move the expiry of the selected reservations later</source>
        <translation>Den Ablauf der gewählten Reservierungen nach hinten verschieben</translation>
    </message>
    <message>
        <source>All reservations</source>
        <translation>Alle Reservierungen</translation>
    </message>
    <message>
        <source>Temporary (running)</source>
        <translation>Befristet (laufend)</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>Dauerhaft</translation>
    </message>
    <message>
        <source>Expired (awaiting cleanup)</source>
        <translation>Abgelaufen (wartet auf Bereinigung)</translation>
    </message>
    <message>
        <source>&amp;Mine only</source>
        <translation>Nur &amp;meine</translation>
    </message>
    <message>
        <source>Item id</source>
        <translation>Artikel-ID</translation>
    </message>
    <message>
        <source>Order number or note</source>
        <translation>Bestellnummer oder Notiz</translation>
    </message>
    <message>
        <source>Reservations whose reference contains this text, in any case</source>
        <translation>Reservierungen, deren Referenz diesen Text enthält, ohne Beachtung der Groß-/Kleinschreibung</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reservation(s)</source>
        <translation>
            <numerusform>%Ln Reservierung</numerusform>
            <numerusform>%Ln Reservierungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>I&amp;tem:</source>
        <translation>Ar&amp;tikel:</translation>
    </message>
    <message>
        <source>R&amp;eference:</source>
        <translation>R&amp;eferenz:</translation>
    </message>
    <message>
        <source>Reservatio&amp;ns</source>
        <translation>Reservierun&amp;gen</translation>
    </message>
    <message>
        <source>#%1 has expired</source>
        <translation>#%1 ist abgelaufen</translation>
    </message>
    <message>
        <source>#%1 is permanent</source>
        <translation>#%1 ist dauerhaft</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the %1 selected is/are left out: %2.</source>
        <translation>
            <numerusform>%Ln der %1 gewählten wird ausgelassen: %2.</numerusform>
            <numerusform>%Ln der %1 gewählten werden ausgelassen: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only managers (inventory_manager) can confirm reservations.</source>
        <translation>Nur Manager (inventory_manager) können Reservierungen bestätigen.</translation>
    </message>
    <message>
        <source>Cancel the selected reservations; their units go back to stock</source>
        <translation>Die gewählten Reservierungen stornieren; ihre Einheiten gehen in den Bestand zurück</translation>
    </message>
    <message>
        <source>Only managers (inventory_manager) can release reservations.</source>
        <translation>Nur Manager (inventory_manager) können Reservierungen freigeben.</translation>
    </message>
    <message>
        <source>Only managers (inventory_manager) can extend reservations.</source>
        <translation>Nur Manager (inventory_manager) können Reservierungen verlängern.</translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>Nicht mit dem Server verbunden.</translation>
    </message>
    <message>
        <source> — select temporary reservations on the Reservations tab first.</source>
        <translation> — wählen Sie zuerst befristete Reservierungen im Tab „Reservierungen“.</translation>
    </message>
    <message>
        <source>Confirm Reservations</source>
        <translation>Reservierungen bestätigen</translation>
    </message>
    <message numerus="yes">
        <source>Make %Ln reservation(s) permanent? It/They keeps/keep %1 out of stock for good and no longer expires/expire.</source>
        <translation>
            <numerusform>%Ln Reservierung dauerhaft machen? Sie nimmt %1 endgültig aus dem Bestand und läuft nicht mehr ab.</numerusform>
            <numerusform>%Ln Reservierungen dauerhaft machen? Sie nehmen %1 endgültig aus dem Bestand und laufen nicht mehr ab.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reservation(s) confirmed.</source>
        <translation>
            <numerusform>%Ln Reservierung bestätigt.</numerusform>
            <numerusform>%Ln Reservierungen bestätigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Release Reservations</source>
        <translation>Reservierungen freigeben</translation>
    </message>
    <message numerus="yes">
        <source>Release %Ln reservation(s)? It/They gives/give %1 back to stock and is/are cancelled.</source>
        <translation>
            <numerusform>%Ln Reservierung freigeben? Sie bucht %1 in den Bestand zurück und wird storniert.</numerusform>
            <numerusform>%Ln Reservierungen freigeben? Sie buchen %1 in den Bestand zurück und werden storniert.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reservation(s) released.</source>
        <translation>
            <numerusform>%Ln Reservierung freigegeben.</numerusform>
            <numerusform>%Ln Reservierungen freigegeben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extend %Ln reservation(s) by (30m, 1h, 2h30m, 1d):</source>
        <translation>
            <numerusform>%Ln Reservierung verlängern um (30m, 1h, 2h30m, 1d):</numerusform>
            <numerusform>%Ln Reservierungen verlängern um (30m, 1h, 2h30m, 1d):</numerusform>
        </translation>
    </message>
    <message>
        <source>Extend Reservations</source>
        <translation>Reservierungen verlängern</translation>
    </message>
    <message numerus="yes">
        <source>Move the expiry of %Ln reservation(s) %1 later?</source>
        <translation>
            <numerusform>Den Ablauf von %Ln Reservierung um %1 verschieben?</numerusform>
            <numerusform>Den Ablauf von %Ln Reservierungen um %1 verschieben?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Extend</source>
        <translation>Ver&amp;längern</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reservation(s) extended.</source>
        <translation>
            <numerusform>%Ln Reservierung verlängert.</numerusform>
            <numerusform>%Ln Reservierungen verlängert.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 done. %3</source>
        <translation>%1 von %2 erledigt. %3</translation>
    </message>
    <message>
        <source>Not Everything Was Done</source>
        <translation>Nicht alles wurde erledigt</translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation>Reservierungen</translation>
    </message>
</context>
<context>
    <name>inventory::ReserveDialog</name>
    <message>
        <source>&amp;Reserve</source>
        <translation>&amp;Reservieren</translation>
    </message>
    <message>
        <source>Reserve #%1 %2</source>
        <translation>#%1 %2 reservieren</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Reserve at least 1</source>
        <translation>Reservieren Sie mindestens 1</translation>
    </message>
    <message>
        <source>How long the units are held: 30m, 1h, 2h30m, 1d (at most %1).</source>
        <translation>Wie lange die Einheiten gehalten werden: 30m, 1h, 2h30m, 1d (höchstens %1).</translation>
    </message>
    <message>
        <source>Order number or note (optional)</source>
        <translation>Bestellnummer oder Notiz (optional)</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Menge:</translation>
    </message>
    <message>
        <source>&amp;Expires after:</source>
        <translation>&amp;Läuft ab nach:</translation>
    </message>
    <message>
        <source>Re&amp;ference:</source>
        <translation>&amp;Referenz:</translation>
    </message>
    <message>
        <source>&lt;b&gt;#%1 %2&lt;/b&gt;&lt;br&gt;%3 available, %4 already reserved</source>
        <translation>&lt;b&gt;#%1 %2&lt;/b&gt;&lt;br&gt;%3 verfügbar, %4 bereits reserviert</translation>
    </message>
    <message>
        <source>Only %1 available</source>
        <translation>Nur %1 verfügbar</translation>
    </message>
    <message>
        <source>Nothing of this item is available.</source>
        <translation>Von diesem Artikel ist nichts verfügbar.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration; write for example 30m, 1h or 2h30m.</source>
        <translation>„%1“ ist keine Dauer; schreiben Sie zum Beispiel 30m, 1h oder 2h30m.</translation>
    </message>
    <message>
        <source>Reserving…</source>
        <translation>Wird reserviert…</translation>
    </message>
    <message>
        <source>Reservation #%1: %2 of #%3 %4 held until %5. %6 left in stock.</source>
        <translation>Reservierung #%1: %2 von #%3 %4 gehalten bis %5. %6 bleiben im Bestand.</translation>
    </message>
</context>
<context>
    <name>inventory::Session</name>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Lost connection to %1; retrying…</source>
        <translation>Verbindung zu %1 verloren; neuer Versuch…</translation>
    </message>
    <message>
        <source>Cannot use %1: %2</source>
        <translation>%1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>Reading only: primary unavailable; retrying…</source>
        <translation>Nur Lesen: Primärserver nicht erreichbar; neuer Versuch…</translation>
    </message>
    <message>
        <source>Local database</source>
        <translation>Lokale Datenbank</translation>
    </message>
</context>
<context>
    <name>inventory::StockActions</name>
    <message>
        <source>Re&amp;ceive…</source>
        <translation>Ware &amp;einbuchen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Adjust…</source>
        <translation>&amp;Korrigieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Edit &amp;Item…</source>
        <translation>Artikel &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Arc&amp;hive…</source>
        <translation>Arc&amp;hivieren…</translation>
    </message>
    <message>
        <source>U&amp;narchive…</source>
        <translation>Archivierung a&amp;ufheben…</translation>
    </message>
    <message>
        <source>Item &amp;History</source>
        <translation>Artikel&amp;verlauf</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>New &amp;Count…</source>
        <translation>Neue &amp;Inventur…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source> You are %1.</source>
        <translation> Sie sind %1.</translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>Nicht mit dem Server verbunden.</translation>
    </message>
    <message>
        <source>Only staff and managers (inventory_staff, inventory_manager) can receive stock.</source>
        <translation>Nur Mitarbeiter und Manager (inventory_staff, inventory_manager) können Wareneingänge buchen.</translation>
    </message>
    <message>
        <source>Choose an item first.</source>
        <translation>Wählen Sie zuerst einen Artikel.</translation>
    </message>
    <message>
        <source>%1 is archived: unarchive it to receive stock.</source>
        <translation>%1 ist archiviert: Heben Sie die Archivierung auf, um Ware einzubuchen.</translation>
    </message>
    <message>
        <source>Book goods in for %1: a delivery or a customer return</source>
        <translation>Ware für %1 einbuchen: eine Lieferung oder eine Kundenretoure</translation>
    </message>
    <message>
        <source>Only managers (inventory_manager) can adjust stock.</source>
        <translation>Nur Manager (inventory_manager) können den Bestand korrigieren.</translation>
    </message>
    <message>
        <source>Correct the quantity of %1: damaged, lost, found</source>
        <translation>Die Menge von %1 korrigieren: beschädigt, verloren, gefunden</translation>
    </message>
    <message>
        <source>Only managers (inventory_manager) can edit items.</source>
        <translation>Nur Manager (inventory_manager) können Artikel bearbeiten.</translation>
    </message>
    <message>
        <source>Change the name, price, codes or reorder figures of %1</source>
        <translation>Name, Preis, Codes oder Bestellwerte von %1 ändern</translation>
    </message>
    <message>
        <source>Only managers (inventory_manager) can archive items.</source>
        <translation>Nur Manager (inventory_manager) können Artikel archivieren.</translation>
    </message>
    <message>
        <source>%1 is archived already.</source>
        <translation>%1 ist bereits archiviert.</translation>
    </message>
    <message>
        <source>Hide %1 from browsing; it keeps its history</source>
        <translation>%1 im Katalog ausblenden; der Verlauf bleibt erhalten</translation>
    </message>
    <message>
        <source>Only managers (inventory_manager) can unarchive items.</source>
        <translation>Nur Manager (inventory_manager) können die Archivierung von Artikeln aufheben.</translation>
    </message>
    <message>
        <source>%1 is not archived.</source>
        <translation>%1 ist nicht archiviert.</translation>
    </message>
    <message>
        <source>Bring %1 back into browsing</source>
        <translation>%1 wieder im Katalog zeigen</translation>
    </message>
    <message>
        <source>Every movement of %1&apos;s stock, newest first</source>
        <translation>Jede Bestandsbuchung von %1, neueste zuerst</translation>
    </message>
    <message>
        <source>Only managers (inventory_manager) can open stock counts.</source>
        <translation>Nur Manager (inventory_manager) können Inventuren eröffnen.</translation>
    </message>
    <message>
        <source>There is no category to count.</source>
        <translation>Es gibt keine Kategorie zum Zählen.</translation>
    </message>
    <message>
        <source>Open a stock count of a category</source>
        <translation>Eine Inventur einer Kategorie eröffnen</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>%1 &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Book the opposite movement of: %1</source>
        <translation>Die Gegenbuchung buchen zu: %1</translation>
    </message>
    <message>
        <source>Nothing to undo: only the last receipt or adjustment can be undone.</source>
        <translation>Nichts rückgängig zu machen: Nur der letzte Wareneingang oder die letzte Korrektur kann rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Received %1 of %2: %3 on hand now. Undo with Ctrl+Z.</source>
        <translation>%1 von %2 eingebucht: jetzt %3 am Lager. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>adjustment of %1 by %2</source>
        <translation>Korrektur von %1 um %2</translation>
    </message>
    <message>
        <source>Adjusted %1 by %2 (%3): %4 on hand now. Undo with Ctrl+Z.</source>
        <translation>%1 um %2 korrigiert (%3): jetzt %4 am Lager. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>Item %1 saved.</source>
        <translation>Artikel %1 gespeichert.</translation>
    </message>
    <message>
        <source>Count #%1 of %2 opened: %3 to count.</source>
        <translation>Inventur #%1 von %2 eröffnet: %3 zu zählen.</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Verlauf von %1</translation>
    </message>
    <message>
        <source>Archive Item</source>
        <translation>Artikel archivieren</translation>
    </message>
    <message>
        <source>Archive %1?

It will be hidden from browsing and can no longer be reserved or received; its %2 on hand and its history stay. Items with running reservations cannot be archived until they end.</source>
        <translation>%1 archivieren?

Der Artikel wird im Katalog ausgeblendet und kann nicht mehr reserviert oder eingebucht werden; sein Bestand von %2 und sein Verlauf bleiben. Artikel mit laufenden Reservierungen können erst archiviert werden, wenn diese enden.</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivieren</translation>
    </message>
    <message>
        <source>Unarchive Item</source>
        <translation>Archivierung aufheben</translation>
    </message>
    <message>
        <source>Unarchive %1? It will be shown in browsing again and can be reserved and received.</source>
        <translation>Archivierung von %1 aufheben? Der Artikel erscheint wieder im Katalog und kann reserviert und eingebucht werden.</translation>
    </message>
    <message>
        <source>U&amp;narchive</source>
        <translation>Archivierung &amp;aufheben</translation>
    </message>
    <message>
        <source>%1 archived.</source>
        <translation>%1 archiviert.</translation>
    </message>
    <message>
        <source>%1 is back in browsing.</source>
        <translation>%1 ist wieder im Katalog.</translation>
    </message>
    <message>
        <source>Could not undo the %1: %2</source>
        <translation>%1 konnte nicht rückgängig gemacht werden: %2</translation>
    </message>
    <message>
        <source>Undone: the %1 (booked %2; %3 on hand now).</source>
        <translation>Rückgängig gemacht: %1 (gebucht %2; jetzt %3 am Lager).</translation>
    </message>
    <message numerus="yes">
        <source>receipt of %Ln unit(s) of %1</source>
        <translation>
            <numerusform>Wareneingang von %Ln Einheit von %1</numerusform>
            <numerusform>Wareneingang von %Ln Einheiten von %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unit(s)</source>
        <translation>
            <numerusform>%Ln Einheit</numerusform>
            <numerusform>%Ln Einheiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln Artikel</numerusform>
            <numerusform>%Ln Artikel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>inventory::TableView</name>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>Zeilen &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Sort by This Column</source>
        <translation>Nach dieser Spalte &amp;sortieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>%1 (problem)</source>
        <translation>%1 (Problem)</translation>
    </message>
    <message>
        <source>%1 (warning)</source>
        <translation>%1 (Warnung)</translation>
    </message>
</context>
<context>
    <name>inventory::csv::Reader</name>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>ein Feld in Anführungszeichen ist vor dem Dateiende nicht geschlossen</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field (quote the whole field and double the quote)</source>
        <translation>ein Anführungszeichen in einem Feld ohne Anführungszeichen (setzen Sie das ganze Feld in Anführungszeichen und verdoppeln Sie das Zeichen)</translation>
    </message>
    <message>
        <source>text after the closing quote of a field</source>
        <translation>Text nach dem schließenden Anführungszeichen eines Felds</translation>
    </message>
    <message>
        <source>field %1 is not valid UTF-8</source>
        <translation>Feld %1 ist kein gültiges UTF-8</translation>
    </message>
</context>
<context>
    <name>inventory::validate</name>
    <message>
        <source>%1 is not a valid id; ids are positive whole numbers.</source>
        <translation>%1 ist keine gültige ID; IDs sind positive ganze Zahlen.</translation>
    </message>
    <message>
        <source>%1 is below the minimum of %2.</source>
        <translation>%1 liegt unter dem Minimum von %2.</translation>
    </message>
    <message>
        <source>%1 is above the maximum of %2.</source>
        <translation>%1 liegt über dem Maximum von %2.</translation>
    </message>
    <message>
        <source>price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>%1 is negative.</source>
        <translation>%1 ist negativ.</translation>
    </message>
    <message>
        <source>the text is not valid Unicode.</source>
        <translation>der Text ist kein gültiges Unicode.</translation>
    </message>
    <message>
        <source>it must not be empty.</source>
        <translation>darf nicht leer sein.</translation>
    </message>
    <message>
        <source>it is %1 characters long; at most %2 are allowed.</source>
        <translation>%1 Zeichen lang; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <source>it contains the control character U+%1 at position %2.</source>
        <translation>enthält das Steuerzeichen U+%1 an Position %2.</translation>
    </message>
    <message>
        <source>expiry</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>it must be longer than zero.</source>
        <translation>muss länger als null sein.</translation>
    </message>
    <message>
        <source>%1 is longer than the maximum of %2.</source>
        <translation>%1 ist länger als das Maximum von %2.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>reorder point</source>
        <translation>Meldebestand</translation>
    </message>
    <message>
        <source>reorder quantity</source>
        <translation>Bestellmenge</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>&apos;%1&apos; starts or ends with a space.</source>
        <translation>„%1“ beginnt oder endet mit einem Leerzeichen.</translation>
    </message>
    <message>
        <source>barcode</source>
        <translation>Barcode</translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; has %n digit(s); an EAN-13 has 13 and a UPC-A 12.</source>
        <translation>
            <numerusform>„%1“ hat %n Ziffer; ein EAN-13 hat 13 und ein UPC-A 12.</numerusform>
            <numerusform>„%1“ hat %n Ziffern; ein EAN-13 hat 13 und ein UPC-A 12.</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not all digits.</source>
        <translation>„%1“ besteht nicht nur aus Ziffern.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; ends in %2, but its check digit is %3.</source>
        <translation>„%1“ endet auf %2, aber seine Prüfziffer ist %3.</translation>
    </message>
</context>
</TS>
