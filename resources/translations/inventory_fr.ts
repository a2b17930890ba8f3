<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>QObject</name>
    <message>
        <source>This build has no keychain support; use ~/.pgpass.</source>
        <translation>Cette version ne prend pas en charge le trousseau&#xa0;; utilisez ~/.pgpass.</translation>
    </message>
    <message>
        <source>Browse stock, reserve items and manage reservations.</source>
        <translation>Consulter le stock, réserver des articles et gérer les réservations.</translation>
    </message>
    <message>
        <source>Server to use, as a postgresql:// URI or a libpq connection string (default: the server chosen in the app, else the PG* environment, else the local database).</source>
        <translation>Serveur à utiliser, sous forme d’URI postgresql:// ou de chaîne de connexion libpq (par défaut&#xa0;: le serveur choisi dans l’application, sinon les variables PG*, sinon la base locale).</translation>
    </message>
    <message>
        <source>Render the main views into PNG files in &lt;dir&gt; and quit (for the documentation).</source>
        <translation>Enregistrer les vues principales en fichiers PNG dans &lt;dir&gt; et quitter (pour la documentation).</translation>
    </message>
    <message>
        <source>Show every category&apos;s top items and the reservations, print the peak memory and quit (for the benchmark).</source>
        <translation>Afficher les premiers articles de chaque catégorie et les réservations, indiquer la mémoire maximale utilisée et quitter (pour le banc d’essai).</translation>
    </message>
    <message>
        <source>Inventory Desk</source>
        <translation>Inventory Desk</translation>
    </message>
    <message>
        <source>Reservation #</source>
        <translation>Réservation #</translation>
    </message>
    <message>
        <source>Show the app in &lt;code&gt;: en, de or fr (default: as chosen in View → Language, else the system&apos;s language).</source>
        <translation>Afficher l’application en &lt;code&gt;&#xa0;: en, de ou fr (par défaut&#xa0;: le choix fait dans Affichage → Langue, sinon la langue du système).</translation>
    </message>
    <message>
        <source>Hot standbys to browse from, as a URI or connection string (&quot;host=s1,s2&quot;); what it leaves out is taken from --db (default: $INVENTORY_READ_DB, else the connection dialog&apos;s standbys, else everything from --db).</source>
        <translation>Serveurs de secours à consulter, en URI ou chaîne de connexion (« host=s1,s2 ») ; ce qu&apos;elle omet vient de --db (par défaut : $INVENTORY_READ_DB, sinon les secours du dialogue de connexion, sinon tout sur --db).</translation>
    </message>
</context>
<context>
    <name>inventory</name>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Only the schema&apos;s owner can %1.</source>
        <translation>Seul le propriétaire du schéma peut %1.</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>make API tokens</source>
        <translation>créer des jetons d’API</translation>
    </message>
    <message>
        <source>list API tokens</source>
        <translation>lister les jetons d’API</translation>
    </message>
    <message>
        <source>revoke API tokens</source>
        <translation>révoquer des jetons d’API</translation>
    </message>
    <message>
        <source>Token &apos;%1&apos; was revoked already, at %2.</source>
        <translation>Le jeton «&#xa0;%1&#xa0;» a déjà été révoqué, à %2.</translation>
    </message>
    <message>
        <source>read the API tokens</source>
        <translation>lire les jetons d’API</translation>
    </message>
    <message>
        <source>The server&apos;s database login %1 cannot act as %2; grant it inventory_server.</source>
        <translation>La connexion %1 du serveur à la base ne peut pas agir en tant que %2&#xa0;; accordez-lui inventory_server.</translation>
    </message>
    <message>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>limite</translation>
    </message>
    <message>
        <source>%1 is not between 1 and 10000.</source>
        <translation>%1 n’est pas compris entre 1 et 10000.</translation>
    </message>
    <message>
        <source>The Qt PostgreSQL driver (QPSQL) is not installed (Debian: libqt6sql6-psql).</source>
        <translation>Le pilote PostgreSQL de Qt (QPSQL) n’est pas installé (Debian&#xa0;: libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port number (1-65535)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un numéro de port (1–65535)</translation>
    </message>
    <message>
        <source>socket %1</source>
        <translation>socket %1</translation>
    </message>
    <message>
        <source>see the dashboard</source>
        <translation>voir le tableau de bord</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>fuseau horaire</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time zone name.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom de fuseau horaire.</translation>
    </message>
    <message>
        <source>top</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>%1 is not between 1 and 1000.</source>
        <translation>%1 n’est pas compris entre 1 et 1000.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>%1 is not between 1 and 366.</source>
        <translation>%1 n’est pas compris entre 1 et 366.</translation>
    </message>
    <message>
        <source>%1 is not between 0 and 100000000.</source>
        <translation>%1 n’est pas compris entre 0 et 100000000.</translation>
    </message>
    <message>
        <source>%1 is not between 1 and 100000.</source>
        <translation>%1 n’est pas compris entre 1 et 100000.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>import items</source>
        <translation>importer des articles</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>it is empty; the first line must name the columns.</source>
        <translation>il est vide&#xa0;; la première ligne doit nommer les colonnes.</translation>
    </message>
    <message>
        <source>unknown column &apos;%1&apos;; the columns are %2.</source>
        <translation>colonne «&#xa0;%1&#xa0;» inconnue&#xa0;; les colonnes sont %2.</translation>
    </message>
    <message>
        <source>the column &apos;%1&apos; appears twice.</source>
        <translation>la colonne «&#xa0;%1&#xa0;» apparaît deux fois.</translation>
    </message>
    <message>
        <source>the header has no &apos;%1&apos; column.</source>
        <translation>l’en-tête n’a pas de colonne «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 fields; the header has %2.</source>
        <translation>%1 champs&#xa0;; l’en-tête en a %2.</translation>
    </message>
    <message>
        <source>the quantity &apos;%1&apos; is not a whole number.</source>
        <translation>la quantité «&#xa0;%1&#xa0;» n’est pas un nombre entier.</translation>
    </message>
    <message>
        <source>the price &apos;%1&apos; is not a price (a number with at most two decimals, e.g. 12.50).</source>
        <translation>le prix «&#xa0;%1&#xa0;» n’est pas un prix (un nombre avec au plus deux décimales, p. ex. 12.50).</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 of %2 lines are invalid, so nothing was imported. The first: %3</source>
        <translation>%1 lignes sur %2 ne sont pas valides, rien n’a donc été importé. La première&#xa0;: %3</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>taille de lot</translation>
    </message>
    <message>
        <source>%1 is not a positive number.</source>
        <translation>%1 n’est pas un nombre positif.</translation>
    </message>
    <message>
        <source>(%1 items were imported before this.)</source>
        <translation>(%1 articles avaient été importés auparavant.)</translation>
    </message>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>Impossible d’écrire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>The database&apos;s schema is version %1, newer than this program&apos;s %2. Install a newer Inventory Desk; nothing was changed.</source>
        <translation>Le schéma de la base est en version %1, plus récente que la version %2 de ce programme. Installez un Inventory Desk plus récent&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>run migrations (connected as %1; the schema belongs to %2)</source>
        <translation>exécuter les migrations (connecté en tant que %1&#xa0;; le schéma appartient à %2)</translation>
    </message>
    <message>
        <source>Cannot read the built-in migration %1.</source>
        <translation>Impossible de lire la migration intégrée %1.</translation>
    </message>
    <message>
        <source>Migration %1 failed and was rolled back: %2</source>
        <translation>La migration %1 a échoué et a été annulée&#xa0;: %2</translation>
    </message>
    <message>
        <source>The database %1 has no Inventory Desk schema yet; run &apos;inventoryctl migrate&apos; as its owner.</source>
        <translation>La base %1 n’a pas encore de schéma Inventory Desk&#xa0;; exécutez «&#xa0;inventoryctl migrate&#xa0;» en tant que son propriétaire.</translation>
    </message>
    <message>
        <source>The database&apos;s schema is version %1; this program needs %2. Run &apos;inventoryctl migrate&apos; as its owner.</source>
        <translation>Le schéma de la base est en version %1&#xa0;; ce programme a besoin de la version %2. Exécutez «&#xa0;inventoryctl migrate&#xa0;» en tant que son propriétaire.</translation>
    </message>
    <message>
        <source>item id</source>
        <translation>identifiant d’article</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>create items</source>
        <translation>créer des articles</translation>
    </message>
    <message>
        <source>The server created no item.</source>
        <translation>Le serveur n’a créé aucun article.</translation>
    </message>
    <message>
        <source>search text</source>
        <translation>texte recherché</translation>
    </message>
    <message>
        <source>categories</source>
        <translation>catégories</translation>
    </message>
    <message>
        <source>%1 categories were asked for at once; at most %2 are.</source>
        <translation>%1 catégories ont été demandées à la fois&#xa0;; %2 au plus sont possibles.</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>référence</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was already used for reservation #%2 of %3 units of item #%4; a retry must ask for the same quantity, a new reservation needs a new reference.</source>
        <translation>«&#xa0;%1&#xa0;» a déjà servi pour la réservation #%2 de %3 unités de l’article #%4&#xa0;; une nouvelle tentative doit demander la même quantité, une nouvelle réservation demande une nouvelle référence.</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>réservé</translation>
    </message>
    <message>
        <source>a reservation</source>
        <translation>une réservation</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>quantité</translation>
    </message>
    <message>
        <source>reserve items</source>
        <translation>réserver des articles</translation>
    </message>
    <message>
        <source>The server did not answer the reservation.</source>
        <translation>Le serveur n’a pas répondu à la réservation.</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>demandes</translation>
    </message>
    <message>
        <source>A batch holds 1 to %1 reservations; this one has %2.</source>
        <translation>Un lot contient de 1 à %1 réservations&#xa0;; celui-ci en a %2.</translation>
    </message>
    <message>
        <source>The server answered %1 of %2 reservations of the batch.</source>
        <translation>Le serveur a répondu à %1 réservations sur %2 du lot.</translation>
    </message>
    <message>
        <source>reservation id</source>
        <translation>identifiant de réservation</translation>
    </message>
    <message>
        <source>confirm reservations</source>
        <translation>confirmer des réservations</translation>
    </message>
    <message>
        <source>The server did not answer the confirmation.</source>
        <translation>Le serveur n’a pas répondu à la confirmation.</translation>
    </message>
    <message>
        <source>Reservation</source>
        <translation>Réservation</translation>
    </message>
    <message>
        <source>Reservation #%1 expired at %2 and can no longer be confirmed.</source>
        <translation>La réservation #%1 a expiré à %2 et ne peut plus être confirmée.</translation>
    </message>
    <message>
        <source>a confirmation</source>
        <translation>une confirmation</translation>
    </message>
    <message>
        <source>release reservations</source>
        <translation>libérer des réservations</translation>
    </message>
    <message>
        <source>The server did not answer the release.</source>
        <translation>Le serveur n’a pas répondu à la libération.</translation>
    </message>
    <message>
        <source>Reservation #%1 is permanent (its order is complete) and cannot be released.</source>
        <translation>La réservation #%1 est définitive (sa commande est terminée) et ne peut pas être libérée.</translation>
    </message>
    <message>
        <source>a release</source>
        <translation>une libération</translation>
    </message>
    <message>
        <source>extend reservations</source>
        <translation>prolonger des réservations</translation>
    </message>
    <message>
        <source>The server did not answer the extension.</source>
        <translation>Le serveur n’a pas répondu à la prolongation.</translation>
    </message>
    <message>
        <source>Reservation #%1 is permanent and has no expiry to extend.</source>
        <translation>La réservation #%1 est définitive et n’a pas d’échéance à prolonger.</translation>
    </message>
    <message>
        <source>Reservation #%1 expired at %2 and can no longer be extended.</source>
        <translation>La réservation #%1 a expiré à %2 et ne peut plus être prolongée.</translation>
    </message>
    <message>
        <source>expiry</source>
        <translation>échéance</translation>
    </message>
    <message>
        <source>reservation #%1 expires at %2; extending it by %3 would hold it more than %4 from now.</source>
        <translation>la réservation #%1 expire à %2&#xa0;; la prolonger de %3 la maintiendrait plus de %4 à partir de maintenant.</translation>
    </message>
    <message>
        <source>an extension</source>
        <translation>une prolongation</translation>
    </message>
    <message>
        <source>clean up expired reservations</source>
        <translation>nettoyer les réservations expirées</translation>
    </message>
    <message>
        <source>The server did not answer the cleanup.</source>
        <translation>Le serveur n’a pas répondu au nettoyage.</translation>
    </message>
    <message>
        <source>parallel cleaners</source>
        <translation>nettoyages en parallèle</translation>
    </message>
    <message>
        <source>%1 is not between 1 and %2.</source>
        <translation>%1 n’est pas compris entre 1 et %2.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Réception</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Endommagé</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdu</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Retrouvé</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Inventaire</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>item #%1</source>
        <translation>article #%1</translation>
    </message>
    <message>
        <source>item #%1 &apos;%2&apos;</source>
        <translation>article #%1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motif</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of %2.</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie de %2.</translation>
    </message>
    <message>
        <source>open stock counts</source>
        <translation>ouvrir des inventaires</translation>
    </message>
    <message>
        <source>The server did not answer the count.</source>
        <translation>Le serveur n’a pas répondu à l’inventaire.</translation>
    </message>
    <message>
        <source>None of the listed items can be counted (unknown or archived).</source>
        <translation>Aucun des articles indiqués ne peut être compté (inconnu ou archivé).</translation>
    </message>
    <message>
        <source>Category &apos;%1&apos; has no items to count.</source>
        <translation>La catégorie «&#xa0;%1&#xa0;» n’a aucun article à compter.</translation>
    </message>
    <message>
        <source>opening a count</source>
        <translation>l’ouverture d’un inventaire</translation>
    </message>
    <message>
        <source>count id</source>
        <translation>identifiant d’inventaire</translation>
    </message>
    <message>
        <source>counted quantity</source>
        <translation>quantité comptée</translation>
    </message>
    <message>
        <source>enter counted quantities</source>
        <translation>saisir des quantités comptées</translation>
    </message>
    <message>
        <source>Count #%1 has been posted; its figures can no longer change.</source>
        <translation>L’inventaire #%1 a été validé&#xa0;; ses chiffres ne peuvent plus changer.</translation>
    </message>
    <message>
        <source>Item #%1 is not part of count #%2.</source>
        <translation>L’article #%1 ne fait pas partie de l’inventaire #%2.</translation>
    </message>
    <message>
        <source>%1 more on top of %2 is above the maximum of %3.</source>
        <translation>%1 de plus en sus de %2 dépasse le maximum de %3.</translation>
    </message>
    <message>
        <source>entering a count</source>
        <translation>la saisie d’un comptage</translation>
    </message>
    <message>
        <source>receive stock</source>
        <translation>réceptionner du stock</translation>
    </message>
    <message>
        <source>The server did not answer the receipt.</source>
        <translation>Le serveur n’a pas répondu à la réception.</translation>
    </message>
    <message>
        <source>received</source>
        <translation>réceptionné</translation>
    </message>
    <message>
        <source>%1 has %2 units; %3 more would exceed the maximum of %4.</source>
        <translation>%1 a %2 unités&#xa0;; %3 de plus dépasseraient le maximum de %4.</translation>
    </message>
    <message>
        <source>a receipt</source>
        <translation>une réception</translation>
    </message>
    <message>
        <source>adjustment</source>
        <translation>ajustement</translation>
    </message>
    <message>
        <source>give either a change (by) or a new quantity (to), not both or neither.</source>
        <translation>indiquez soit une variation (de), soit une nouvelle quantité (à), mais pas les deux ni aucune.</translation>
    </message>
    <message>
        <source>change</source>
        <translation>variation</translation>
    </message>
    <message>
        <source>0 changes nothing.</source>
        <translation>0 ne change rien.</translation>
    </message>
    <message>
        <source>%1 is outside ±%2.</source>
        <translation>%1 est en dehors de ±%2.</translation>
    </message>
    <message>
        <source>new quantity</source>
        <translation>nouvelle quantité</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>adjust stock</source>
        <translation>ajuster le stock</translation>
    </message>
    <message>
        <source>The server did not answer the adjustment.</source>
        <translation>Le serveur n’a pas répondu à l’ajustement.</translation>
    </message>
    <message>
        <source>Only %1 of %2 are on hand; %3 cannot be taken off.</source>
        <translation>Seulement %1 de %2 en stock&#xa0;; impossible de retirer %3.</translation>
    </message>
    <message>
        <source>%1 has %2 units already; nothing to adjust.</source>
        <translation>%1 a déjà %2 unités&#xa0;; rien à ajuster.</translation>
    </message>
    <message>
        <source>%1 has %2 units; the result would exceed the maximum of %3.</source>
        <translation>%1 a %2 unités&#xa0;; le résultat dépasserait le maximum de %3.</translation>
    </message>
    <message>
        <source>an adjustment</source>
        <translation>un ajustement</translation>
    </message>
    <message>
        <source>movement id</source>
        <translation>identifiant de mouvement</translation>
    </message>
    <message>
        <source>undo adjustments or other people&apos;s receipts</source>
        <translation>annuler des ajustements ou les réceptions d’autres personnes</translation>
    </message>
    <message>
        <source>The server did not answer the undo.</source>
        <translation>Le serveur n’a pas répondu à l’annulation.</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Mouvement</translation>
    </message>
    <message>
        <source>Movement #%1 is not a receipt or an adjustment and cannot be undone.</source>
        <translation>Le mouvement #%1 n’est ni une réception ni un ajustement et ne peut pas être annulé.</translation>
    </message>
    <message>
        <source>Movement #%1 was undone already, by movement #%2.</source>
        <translation>Le mouvement #%1 a déjà été annulé, par le mouvement #%2.</translation>
    </message>
    <message>
        <source>Only %1 of %2 are on hand; undoing movement #%3 would take %4 off.</source>
        <translation>Seulement %1 de %2 en stock&#xa0;; annuler le mouvement #%3 retirerait %4.</translation>
    </message>
    <message>
        <source>an undo</source>
        <translation>une annulation</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a reason.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un motif.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>auteur</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>reorder point</source>
        <translation>seuil de réapprovisionnement</translation>
    </message>
    <message>
        <source>reorder quantity</source>
        <translation>quantité à commander</translation>
    </message>
    <message>
        <source>edit items</source>
        <translation>modifier des articles</translation>
    </message>
    <message>
        <source>The server did not answer the edit.</source>
        <translation>Le serveur n’a pas répondu à la modification.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already the SKU of item #%2.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà la SKU de l’article #%2.</translation>
    </message>
    <message>
        <source>barcode</source>
        <translation>code-barres</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already the barcode of item #%2.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà le code-barres de l’article #%2.</translation>
    </message>
    <message>
        <source>an item edit</source>
        <translation>une modification d’article</translation>
    </message>
    <message>
        <source>archive items</source>
        <translation>archiver des articles</translation>
    </message>
    <message>
        <source>The server did not answer the archive.</source>
        <translation>Le serveur n’a pas répondu à l’archivage.</translation>
    </message>
    <message numerus="yes">
        <source>Item #%1 has %n temporary reservation(s) holding %2 units; it can be archived once they are confirmed, released or expired.</source>
        <translation>
            <numerusform>L’article #%1 a %n réservation temporaire portant sur %2 unités&#xa0;; il pourra être archivé une fois qu’elle sera confirmée, libérée ou expirée.</numerusform>
            <numerusform>L’article #%1 a %n réservations temporaires portant sur %2 unités&#xa0;; il pourra être archivé une fois qu’elles seront confirmées, libérées ou expirées.</numerusform>
        </translation>
    </message>
    <message>
        <source>an archive</source>
        <translation>un archivage</translation>
    </message>
    <message>
        <source>unarchive items</source>
        <translation>désarchiver des articles</translation>
    </message>
    <message>
        <source>The server did not answer the unarchive.</source>
        <translation>Le serveur n’a pas répondu au désarchivage.</translation>
    </message>
    <message>
        <source>an unarchive</source>
        <translation>un désarchivage</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>No item has the SKU or barcode &apos;%1&apos;.</source>
        <translation>Aucun article n’a la SKU ou le code-barres «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>items</source>
        <translation>articles</translation>
    </message>
    <message>
        <source>name at least one item to count.</source>
        <translation>indiquez au moins un article à compter.</translation>
    </message>
    <message>
        <source>%1 items were listed; at most 100000 can be counted at once.</source>
        <translation>%1 articles ont été indiqués&#xa0;; 100000 au plus peuvent être comptés à la fois.</translation>
    </message>
    <message>
        <source>post stock counts</source>
        <translation>valider des inventaires</translation>
    </message>
    <message>
        <source>The server did not answer the posting.</source>
        <translation>Le serveur n’a pas répondu à la validation.</translation>
    </message>
    <message>
        <source>Count #%1 was posted already, at %2.</source>
        <translation>L’inventaire #%1 a déjà été validé, à %2.</translation>
    </message>
    <message>
        <source>Count #%1 cannot be posted: %2 has %3 units not reserved, and the count takes %4 off; release reservations of it or count again. Nothing was booked.</source>
        <translation>L’inventaire #%1 ne peut pas être validé&#xa0;: %2 a %3 unités non réservées et l’inventaire en retire %4&#xa0;; libérez des réservations de cet article ou comptez à nouveau. Rien n’a été comptabilisé.</translation>
    </message>
    <message>
        <source>posting a count</source>
        <translation>la validation d’un inventaire</translation>
    </message>
    <message>
        <source>The server did not answer the check.</source>
        <translation>Le serveur n’a pas répondu à la vérification.</translation>
    </message>
    <message>
        <source>repair the ledger</source>
        <translation>réparer le journal des stocks</translation>
    </message>
    <message>
        <source>Item #%1 &apos;%2&apos; is archived and cannot be %3; unarchive it first.</source>
        <translation>L’article #%1 «&#xa0;%2&#xa0;» est archivé et ne peut pas être %3&#xa0;; désarchivez-le d’abord.</translation>
    </message>
    <message>
        <source>The server answered &apos;%1&apos; to %2, which this version does not understand.</source>
        <translation>Le serveur a répondu «&#xa0;%1&#xa0;» à %2, ce que cette version ne comprend pas.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a token name: 1 to 64 letters (A-Z, a-z), digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom de jeton&#xa0;: de 1 à 64 lettres (A–Z, a–z), chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» ou «&#xa0;-&#xa0;».</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a token role; use staff, manager or shop.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un rôle de jeton&#xa0;; utilisez staff, manager ou shop.</translation>
    </message>
    <message>
        <source>A token named &apos;%1&apos; exists already (a revoked one keeps its name); choose another name.</source>
        <translation>Un jeton nommé «&#xa0;%1&#xa0;» existe déjà (un jeton révoqué garde son nom)&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>token</source>
        <translation>jeton</translation>
    </message>
    <message>
        <source>There is no token named &apos;%1&apos;.</source>
        <translation>Il n’y a aucun jeton nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The database login %1 is not a member of inventory_server, so it cannot read the API tokens; grant it inventory_server (or serve as the schema&apos;s owner).</source>
        <translation>La connexion %1 à la base n’est pas membre d’inventory_server et ne peut donc pas lire les jetons d’API&#xa0;; accordez-lui inventory_server (ou lancez le serveur en tant que propriétaire du schéma).</translation>
    </message>
    <message>
        <source>the name for the history is empty.</source>
        <translation>le nom pour l’historique est vide.</translation>
    </message>
    <message>
        <source>%1 ports were given for %2 hosts; give one port, or one per host</source>
        <translation>%1 ports donnés pour %2 hôtes ; donnez un port, ou un par hôte</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not host or host:port (port 1-65535)</source>
        <translation>« %1 » n&apos;est ni hôte ni hôte:port (port 1-65535)</translation>
    </message>
    <message>
        <source>--read-db (or %1): %2</source>
        <translation>--read-db (ou %1) : %2</translation>
    </message>
    <message>
        <source>Primary unavailable: %1</source>
        <translation>Serveur primaire indisponible : %1</translation>
    </message>
</context>
<context>
    <name>inventory::AboutBox</name>
    <message>
        <source>About Inventory Desk</source>
        <translation>À propos d’Inventory Desk</translation>
    </message>
    <message>
        <source>Database server:</source>
        <translation>Serveur de base de données&#xa0;:</translation>
    </message>
    <message>
        <source>PostgreSQL %1</source>
        <translation>PostgreSQL %1</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>%1, schema version %2</source>
        <translation>%1, schéma en version %2</translation>
    </message>
    <message>
        <source> (this program&apos;s is %1)</source>
        <translation> (celle de ce programme&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>employé</translation>
    </message>
    <message>
        <source>no inventory role</source>
        <translation>aucun rôle d’inventaire</translation>
    </message>
    <message>
        <source>Connected as:</source>
        <translation>Connecté en tant que&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (compilé avec %2)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Inventory Desk %1&lt;/h3&gt;&lt;p&gt;Stock and reservations over PostgreSQL.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Inventory Desk %1&lt;/h3&gt;&lt;p&gt;Stock et réservations sur PostgreSQL.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reads served from:</source>
        <translation>Lectures servies par :</translation>
    </message>
    <message>
        <source>standby %1</source>
        <translation>secours %1</translation>
    </message>
    <message>
        <source>primary %1</source>
        <translation>primaire %1</translation>
    </message>
    <message>
        <source>Replay lag:</source>
        <translation>Retard de réplication :</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>none (not a standby)</source>
        <translation>aucun (pas un serveur de secours)</translation>
    </message>
    <message>
        <source>Writes:</source>
        <translation>Écritures :</translation>
    </message>
</context>
<context>
    <name>inventory::AdjustDialog</name>
    <message>
        <source>Change &amp;by</source>
        <translation>Modifier &amp;de</translation>
    </message>
    <message>
        <source>Set &amp;to</source>
        <translation>Fixer &amp;à</translation>
    </message>
    <message>
        <source>Adjust Stock</source>
        <translation>Ajuster le stock</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 on hand, %3 reserved</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 en stock, %3 réservés</translation>
    </message>
    <message>
        <source>What happened (optional)</source>
        <translation>Ce qui s’est passé (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Quantité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Adjust…</source>
        <translation>A&amp;juster…</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a change; write for example -3 or +5.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une variation&#xa0;; écrivez par exemple -3 ou +5.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of units.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre d’unités.</translation>
    </message>
    <message>
        <source>A change of 0 books nothing.</source>
        <translation>Une variation de 0 ne comptabilise rien.</translation>
    </message>
    <message>
        <source>%1 is already the quantity on hand.</source>
        <translation>%1 est déjà la quantité en stock.</translation>
    </message>
    <message>
        <source>Only %1 on hand; %2 cannot be removed.</source>
        <translation>Seulement %1 en stock&#xa0;; impossible de retirer %2.</translation>
    </message>
    <message>
        <source>At most %1 units fit in an item&apos;s stock.</source>
        <translation>Le stock d’un article peut contenir au plus %1 unités.</translation>
    </message>
    <message>
        <source>Adjust %1 by %2 (%3): %4 → %5 on hand</source>
        <translation>Ajuster %1 de %2 (%3)&#xa0;: %4 → %5 en stock</translation>
    </message>
    <message>
        <source>e.g. -3 or +5</source>
        <translation>p. ex. -3 ou +5</translation>
    </message>
    <message>
        <source>the quantity on hand now</source>
        <translation>la quantité en stock actuelle</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Adjust</source>
        <translation>A&amp;juster</translation>
    </message>
    <message>
        <source>Adjusting…</source>
        <translation>Ajustement…</translation>
    </message>
</context>
<context>
    <name>inventory::BlocksModel</name>
    <message>
        <source>temporary</source>
        <translation>temporaire</translation>
    </message>
    <message>
        <source>permanent</source>
        <translation>définitive</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expirée</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln s</source>
        <translation>
            <numerusform>dans %Ln s</numerusform>
            <numerusform>dans %Ln s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln min</source>
        <translation>
            <numerusform>dans %Ln min</numerusform>
            <numerusform>dans %Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln h</source>
        <translation>
            <numerusform>dans %Ln h</numerusform>
            <numerusform>dans %Ln h</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1 h %2 min</source>
        <translation>dans %1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln day(s)</source>
        <translation>
            <numerusform>dans %Ln jour</numerusform>
            <numerusform>dans %Ln jours</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>Permanent since %1</source>
        <translation>Définitive depuis %1</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>Définitive</translation>
    </message>
    <message>
        <source>Expires at %1</source>
        <translation>Expire à %1</translation>
    </message>
    <message>
        <source>Reservation</source>
        <translation>Réservation</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
</context>
<context>
    <name>inventory::BrowsePane</name>
    <message>
        <source>&amp;Reserve…</source>
        <translation>&amp;Réserver…</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;New Item…</source>
        <translation>&amp;Nouvel article…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>&amp;Go to Item #…</source>
        <translation>&amp;Aller à l’article #…</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>Find by name prefix, or #id to go to an item  (Ctrl+F)</source>
        <translation>Rechercher par début de nom, ou #id pour aller à un article  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Top 100 by quantity</source>
        <translation>Les 100 premiers par quantité</translation>
    </message>
    <message>
        <source>Whole category</source>
        <translation>Catégorie entière</translation>
    </message>
    <message>
        <source>The top 100 by quantity, or every item of the category, loaded as you scroll and sorted by the server on the column clicked</source>
        <translation>Les 100 premiers par quantité, ou tous les articles de la catégorie, chargés au fil du défilement et triés par le serveur selon la colonne cliquée</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Filter categories</source>
        <translation>Filtrer les catégories</translation>
    </message>
    <message>
        <source>&amp;Browse</source>
        <translation>&amp;Catalogue</translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>Non connecté au serveur.</translation>
    </message>
    <message>
        <source>Only staff and managers (inventory_staff, inventory_manager) can reserve items.</source>
        <translation>Seuls les employés et les responsables (inventory_staff, inventory_manager) peuvent réserver des articles.</translation>
    </message>
    <message>
        <source>Reserve units of the chosen item (Ctrl+R)</source>
        <translation>Réserver des unités de l’article choisi (Ctrl+R)</translation>
    </message>
    <message>
        <source>Choose an item first.</source>
        <translation>Choisissez d’abord un article.</translation>
    </message>
    <message>
        <source>Add an item to the catalogue (Ctrl+N)</source>
        <translation>Ajouter un article au catalogue (Ctrl+N)</translation>
    </message>
    <message>
        <source>Only staff and managers can create items.</source>
        <translation>Seuls les employés et les responsables peuvent créer des articles.</translation>
    </message>
    <message>
        <source>Reservation #%1 placed: %2 × #%3 %4.</source>
        <translation>Réservation #%1 enregistrée&#xa0;: %2 × #%3 %4.</translation>
    </message>
    <message>
        <source>Item #%1 %2 created.</source>
        <translation>Article #%1 %2 créé.</translation>
    </message>
    <message>
        <source>Search items</source>
        <translation>Rechercher des articles</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
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
        <translation>Unités en stock dans %1&#xa0;: calcul en cours</translation>
    </message>
    <message>
        <source>Units in stock in %1, summed at %2</source>
        <translation>Unités en stock dans %1, calculées à %2</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
</context>
<context>
    <name>inventory::CleanupDialog</name>
    <message>
        <source>Counting expired reservations…</source>
        <translation>Comptage des réservations expirées…</translation>
    </message>
    <message>
        <source>Clean Up Expired Reservations</source>
        <translation>Nettoyer les réservations expirées</translation>
    </message>
    <message>
        <source>&amp;Clean Up</source>
        <translation>&amp;Nettoyer</translation>
    </message>
    <message numerus="yes">
        <source>%Ln expired reservation(s) removed, %1 returned to stock at %2.</source>
        <translation>
            <numerusform>%Ln réservation expirée supprimée, %1 remis en stock à %2.</numerusform>
            <numerusform>%Ln réservations expirées supprimées, %1 remis en stock à %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unit(s)</source>
        <translation>
            <numerusform>%Ln unité</numerusform>
            <numerusform>%Ln unités</numerusform>
        </translation>
    </message>
    <message>
        <source>No reservation has expired: there is nothing to clean up.</source>
        <translation>Aucune réservation n’a expiré&#xa0;: il n’y a rien à nettoyer.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln expired reservation(s) holds/hold %1. Cleaning up gives the units back to stock and removes the reservation(s).</source>
        <translation>
            <numerusform>%Ln réservation expirée retient %1. Le nettoyage remet les unités en stock et supprime la réservation.</numerusform>
            <numerusform>%Ln réservations expirées retiennent %1. Le nettoyage remet les unités en stock et supprime les réservations.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cleaning up…</source>
        <translation>Nettoyage…</translation>
    </message>
</context>
<context>
    <name>inventory::CodeScanner</name>
    <message>
        <source>No item has the barcode &apos;%1&apos;. Nothing was changed.</source>
        <translation>Aucun article n’a le code-barres «&#xa0;%1&#xa0;». Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>inventory::ConnectionDialog</name>
    <message>
        <source>Remember the password in the system &amp;keychain</source>
        <translation>Mémoriser le mot de passe dans le &amp;trousseau du système</translation>
    </message>
    <message>
        <source>Connect to a Server</source>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <source>db.example.com, or a socket directory</source>
        <translation>db.example.com, ou un répertoire de socket</translation>
    </message>
    <message>
        <source>empty: from the keychain or ~/.pgpass</source>
        <translation>vide&#xa0;: depuis le trousseau ou ~/.pgpass</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;SSL mode:</source>
        <translation>Mode &amp;SSL&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Passwords are never written to the settings file.</source>
        <translation>Les mots de passe ne sont jamais écrits dans le fichier de paramètres.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Use the &amp;Local Database</source>
        <translation>Utiliser la base &amp;locale</translation>
    </message>
    <message>
        <source>standby1, standby2:5433 (empty: read from the server)</source>
        <translation>standby1, standby2:5433 (vide : lire sur le serveur)</translation>
    </message>
    <message>
        <source>Browse from these hot standbys; reservations and other changes still go to the server above. You see your own changes at once either way.</source>
        <translation>Consulter depuis ces serveurs de secours ; les réservations et autres modifications vont toujours au serveur ci-dessus. Vos propres modifications sont visibles aussitôt dans les deux cas.</translation>
    </message>
    <message>
        <source>&amp;Read from standbys:</source>
        <translation>&amp;Lire sur les secours :</translation>
    </message>
    <message>
        <source>Read from standbys</source>
        <translation>Lire sur les serveurs de secours</translation>
    </message>
</context>
<context>
    <name>inventory::CountModel</name>
    <message>
        <source>counted quantity</source>
        <translation>quantité comptée</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of units (0 or more)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre d’unités (0 ou plus)</translation>
    </message>
    <message>
        <source>On hand plus reserved when the count was opened</source>
        <translation>En stock plus réservé à l’ouverture de l’inventaire</translation>
    </message>
    <message>
        <source>Counted by %1 at %2</source>
        <translation>Compté par %1 à %2</translation>
    </message>
    <message>
        <source>Type the figure, or scan one unit at a time</source>
        <translation>Saisissez le chiffre, ou scannez une unité à la fois</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Code-barres</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
</context>
<context>
    <name>inventory::CountPane</name>
    <message>
        <source>&amp;Post Count…</source>
        <translation>&amp;Valider l’inventaire…</translation>
    </message>
    <message>
        <source>Scan or type a barcode or SKU, then Enter: one unit counted</source>
        <translation>Scannez ou saisissez un code-barres ou une SKU, puis Entrée&#xa0;: une unité comptée</translation>
    </message>
    <message>
        <source>Count:</source>
        <translation>Inventaire&#xa0;:</translation>
    </message>
    <message>
        <source>Sc&amp;an:</source>
        <translation>&amp;Scanner&#xa0;:</translation>
    </message>
    <message>
        <source>%1: %2 counted (expected %3).</source>
        <translation>%1&#xa0;: compté %2 (attendu %3).</translation>
    </message>
    <message>
        <source>C&amp;ount</source>
        <translation>&amp;Inventaire</translation>
    </message>
    <message>
        <source>#%1 %2 — opened %3 by %4</source>
        <translation>#%1 %2 — ouvert %3 par %4</translation>
    </message>
    <message>
        <source>(listed items)</source>
        <translation>(articles indiqués)</translation>
    </message>
    <message>
        <source>No count is open</source>
        <translation>Aucun inventaire ouvert</translation>
    </message>
    <message>
        <source>No count is open: &apos;%1&apos; was not counted.</source>
        <translation>Aucun inventaire n’est ouvert&#xa0;: «&#xa0;%1&#xa0;» n’a pas été compté.</translation>
    </message>
    <message>
        <source>Only staff and managers can enter counts; &apos;%1&apos; was not counted.</source>
        <translation>Seuls les employés et les responsables peuvent saisir des comptages&#xa0;; «&#xa0;%1&#xa0;» n’a pas été compté.</translation>
    </message>
    <message>
        <source>No item in this count has the barcode or SKU &apos;%1&apos;. Nothing was counted.</source>
        <translation>Aucun article de cet inventaire n’a le code-barres ou la SKU «&#xa0;%1&#xa0;». Rien n’a été compté.</translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>Non connecté au serveur.</translation>
    </message>
    <message>
        <source>Only staff and managers can enter counts.</source>
        <translation>Seuls les employés et les responsables peuvent saisir des comptages.</translation>
    </message>
    <message>
        <source>Open a count first.</source>
        <translation>Ouvrez d’abord un inventaire.</translation>
    </message>
    <message>
        <source>A scanner types the code and Enter; each scan counts one unit.</source>
        <translation>Un scanner saisit le code puis Entrée&#xa0;; chaque scan compte une unité.</translation>
    </message>
    <message>
        <source>Only managers (inventory_manager) can post counts.</source>
        <translation>Seuls les responsables (inventory_manager) peuvent valider des inventaires.</translation>
    </message>
    <message>
        <source>Nothing has been counted yet.</source>
        <translation>Rien n’a encore été compté.</translation>
    </message>
    <message>
        <source>Book each difference as a count movement, all at once</source>
        <translation>Comptabiliser chaque écart comme mouvement d’inventaire, tous à la fois</translation>
    </message>
    <message>
        <source>No count chosen.</source>
        <translation>Aucun inventaire choisi.</translation>
    </message>
    <message>
        <source>%1 of %2 counted; %3 (%4 / %5 units)</source>
        <translation>%1 sur %2 comptés&#xa0;; %3 (%4 / %5 unités)</translation>
    </message>
    <message>
        <source>%1: expected %2, counted %3 → %4</source>
        <translation>%1&#xa0;: attendu %2, compté %3 → %4</translation>
    </message>
    <message>
        <source>Post count #%1? Every counted item matches what was expected: nothing will be booked.</source>
        <translation>Valider l’inventaire #%1&#xa0;? Chaque article compté correspond à l’attendu&#xa0;: rien ne sera comptabilisé.</translation>
    </message>
    <message>
        <source>Reservations taken or released since the count was opened are kept: each difference is applied to the quantity as it is now.</source>
        <translation>Les réservations prises ou libérées depuis l’ouverture de l’inventaire sont conservées&#xa0;: chaque écart s’applique à la quantité actuelle.</translation>
    </message>
    <message>
        <source>Post Count</source>
        <translation>Valider l’inventaire</translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation>&amp;Valider</translation>
    </message>
    <message>
        <source>Count #%1 posted: %2 (%3 / %4 units).</source>
        <translation>Inventaire #%1 validé&#xa0;: %2 (%3 / %4 unités).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln differs/differ</source>
        <translation>
            <numerusform>%Ln écart</numerusform>
            <numerusform>%Ln écarts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Post count #%1? It books %Ln count movement(s):</source>
        <translation>
            <numerusform>Valider l’inventaire #%1&#xa0;? %Ln mouvement d’inventaire sera comptabilisé&#xa0;:</numerusform>
            <numerusform>Valider l’inventaire #%1&#xa0;? %Ln mouvements d’inventaire seront comptabilisés&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) was/were not counted and books/book nothing.</source>
        <translation>
            <numerusform>%Ln article n’a pas été compté et ne comptabilise rien.</numerusform>
            <numerusform>%Ln articles n’ont pas été comptés et ne comptabilisent rien.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln movement(s)</source>
        <translation>
            <numerusform>%Ln mouvement</numerusform>
            <numerusform>%Ln mouvements</numerusform>
        </translation>
    </message>
    <message>
        <source>Count sheet</source>
        <translation>Feuille d&apos;inventaire</translation>
    </message>
</context>
<context>
    <name>inventory::DashboardPane</name>
    <message>
        <source>millions of units</source>
        <translation>millions d’unités</translation>
    </message>
    <message>
        <source>thousands of units</source>
        <translation>milliers d’unités</translation>
    </message>
    <message>
        <source>units</source>
        <translation>unités</translation>
    </message>
    <message>
        <source>Units in stock by category</source>
        <translation>Unités en stock par catégorie</translation>
    </message>
    <message>
        <source>Reservations expiring in the next 24 hours</source>
        <translation>Réservations expirant dans les 24 prochaines heures</translation>
    </message>
    <message>
        <source>Reservations expiring in the next 24 hours, per hour</source>
        <translation>Réservations expirant dans les 24 prochaines heures, par heure</translation>
    </message>
    <message>
        <source>Stock movements per day, last 30 days</source>
        <translation>Mouvements de stock par jour, 30 derniers jours</translation>
    </message>
    <message>
        <source>Stock movements per day over the last 30 days, by reason</source>
        <translation>Mouvements de stock par jour sur les 30 derniers jours, par motif</translation>
    </message>
    <message>
        <source>Items below their reorder point</source>
        <translation>Articles sous leur seuil de réapprovisionnement</translation>
    </message>
    <message>
        <source>Enter or double-click opens the item</source>
        <translation>Entrée ou un double-clic ouvre l’article</translation>
    </message>
    <message>
        <source>Today:</source>
        <translation>Aujourd’hui&#xa0;:</translation>
    </message>
    <message>
        <source>Below their reorder point, most urgent first</source>
        <translation>Sous leur seuil de réapprovisionnement, les plus urgents d’abord</translation>
    </message>
    <message>
        <source>Items without a category: %1 units in stock</source>
        <translation>Articles sans catégorie&#xa0;: %1 unités en stock</translation>
    </message>
    <message>
        <source>%1: %2 units in stock (on the shelf and in reservations); Enter shows the category</source>
        <translation>%1&#xa0;: %2 unités en stock (en rayon et dans des réservations)&#xa0;; Entrée affiche la catégorie</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2: %Ln reservation(s) expire, %3; Enter shows them</source>
        <translation>
            <numerusform>De %1 à %2&#xa0;: %Ln réservation expire, %3&#xa0;; Entrée les affiche</numerusform>
            <numerusform>De %1 à %2&#xa0;: %Ln réservations expirent, %3&#xa0;; Entrée les affiche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unit(s)</source>
        <translation>
            <numerusform>%Ln unité</numerusform>
            <numerusform>%Ln unités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %Ln movement(s), net %3; Enter shows them in the history</source>
        <translation>
            <numerusform>%1, %2&#xa0;: %Ln mouvement, net %3&#xa0;; Entrée les affiche dans l’historique</numerusform>
            <numerusform>%1, %2&#xa0;: %Ln mouvements, net %3&#xa0;; Entrée les affiche dans l’historique</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>État à %1</translation>
    </message>
    <message>
        <source>Units in stock by category: nothing in stock</source>
        <translation>Unités en stock par catégorie&#xa0;: rien en stock</translation>
    </message>
    <message>
        <source>Units in stock</source>
        <translation>Unités en stock</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(sans catégorie)</translation>
    </message>
    <message>
        <source>Reservations expiring in the next 24 hours: none</source>
        <translation>Réservations expirant dans les 24 prochaines heures&#xa0;: aucune</translation>
    </message>
    <message>
        <source>Reservations expiring in the next 24 hours: %1</source>
        <translation>Réservations expirant dans les 24 prochaines heures&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reservations expiring</source>
        <translation>Réservations expirant</translation>
    </message>
    <message>
        <source>reservations</source>
        <translation>réservations</translation>
    </message>
    <message>
        <source>Stock movements per day, last 30 days: none</source>
        <translation>Mouvements de stock par jour, 30 derniers jours&#xa0;: aucun</translation>
    </message>
    <message>
        <source>movements</source>
        <translation>mouvements</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>réservées</translation>
    </message>
    <message>
        <source>Reserved today</source>
        <translation>Réservées aujourd’hui</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmées</translation>
    </message>
    <message>
        <source>Confirmed today</source>
        <translation>Confirmées aujourd’hui</translation>
    </message>
    <message>
        <source>released</source>
        <translation>libérées</translation>
    </message>
    <message>
        <source>Released today</source>
        <translation>Libérées aujourd’hui</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expirées</translation>
    </message>
    <message>
        <source>Expired today (cleaned up)</source>
        <translation>Expirées aujourd’hui (nettoyées)</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2, %3; click to see them in the history</source>
        <translation>%1&#xa0;: %2, %3&#xa0;; cliquez pour les voir dans l’historique</translation>
    </message>
    <message>
        <source>below reorder point</source>
        <translation>sous le seuil</translation>
    </message>
    <message>
        <source>Items below their reorder point: %1</source>
        <translation>Articles sous leur seuil de réapprovisionnement&#xa0;: %1</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>pas encore connu</translation>
    </message>
    <message>
        <source>Items at or below their reorder point; click for the Low Stock tab</source>
        <translation>Articles à leur seuil de réapprovisionnement ou en dessous&#xa0;; cliquez pour l’onglet Stock bas</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message numerus="yes">
        <source>%1; %Ln more category(s): %2</source>
        <translation>
            <numerusform>%1 ; %Ln autre catégorie : %2</numerusform>
            <numerusform>%1 ; %Ln autres catégories : %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>inventory::EditItemDialog</name>
    <message>
        <source>Edit Item %1</source>
        <translation>Modifier l’article %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>&amp;Prix&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;SKU:</source>
        <translation>&amp;SKU&#xa0;:</translation>
    </message>
    <message>
        <source>your own article number (optional)</source>
        <translation>votre propre référence d’article (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Barcode:</source>
        <translation>Code-&amp;barres&#xa0;:</translation>
    </message>
    <message>
        <source>EAN-13 or UPC-A (optional)</source>
        <translation>EAN-13 ou UPC-A (facultatif)</translation>
    </message>
    <message>
        <source>Reorder &amp;at:</source>
        <translation>Seuil de réappro&amp;visionnement&#xa0;:</translation>
    </message>
    <message>
        <source>low stock at or below this many units (optional)</source>
        <translation>stock bas à ce nombre d’unités ou moins (facultatif)</translation>
    </message>
    <message>
        <source>Reorder &amp;quantity:</source>
        <translation>Quantité à comman&amp;der&#xa0;:</translation>
    </message>
    <message>
        <source>units to order when low (optional)</source>
        <translation>unités à commander quand le stock est bas (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>D&amp;escription&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>An item needs a name.</source>
        <translation>Un article doit avoir un nom.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>An item needs a price.</source>
        <translation>Un article doit avoir un prix.</translation>
    </message>
    <message>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <source>A SKU has at most %1 characters.</source>
        <translation>Une SKU a au plus %1 caractères.</translation>
    </message>
    <message>
        <source>A SKU has no spaces.</source>
        <translation>Une SKU ne contient pas d’espace.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of units.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre d’unités.</translation>
    </message>
    <message>
        <source>At most %1.</source>
        <translation>Au plus %1.</translation>
    </message>
    <message>
        <source>Order at least 1 unit, or leave it empty.</source>
        <translation>Commandez au moins 1 unité, ou laissez vide.</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description: changed</source>
        <translation>Description&#xa0;: modifiée</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Code-barres</translation>
    </message>
    <message>
        <source>Reorder at</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>Reorder quantity</source>
        <translation>Quantité à commander</translation>
    </message>
    <message>
        <source>Nothing changed yet.</source>
        <translation>Rien n’a encore changé.</translation>
    </message>
    <message>
        <source>Edit Item</source>
        <translation>Modifier l’article</translation>
    </message>
    <message>
        <source>Change %1:

%2</source>
        <translation>Modifier %1&#xa0;:

%2</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>A barcode has digits only.</source>
        <translation>Un code-barres ne contient que des chiffres.</translation>
    </message>
    <message>
        <source>An EAN-13 barcode has 13 digits and a UPC-A one 12; this has %1.</source>
        <translation>Un code-barres EAN-13 a 13 chiffres et un UPC-A 12&#xa0;; celui-ci en a %1.</translation>
    </message>
    <message>
        <source>The check digit should be %1, not %2: a digit is mistyped.</source>
        <translation>La clé de contrôle devrait être %1, et non %2&#xa0;: un chiffre est mal saisi.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a price; write for example 12 or %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un prix&#xa0;; écrivez par exemple 12 ou %2.</translation>
    </message>
</context>
<context>
    <name>inventory::Error</name>
    <message>
        <source>%1 #%2 does not exist.</source>
        <translation>%1 #%2 n’existe pas.</translation>
    </message>
    <message>
        <source>Only %1 of item #%2 &apos;%3&apos; are available; %4 were requested.</source>
        <translation>Seulement %1 de l’article #%2 «&#xa0;%3&#xa0;» sont disponibles&#xa0;; %4 ont été demandés.</translation>
    </message>
    <message>
        <source>Reservation #%1 expired at %2 and can no longer be confirmed or extended.</source>
        <translation>La réservation #%1 a expiré à %2 et ne peut plus être confirmée ni prolongée.</translation>
    </message>
    <message>
        <source>Reservation #%1 is already permanent (its order is complete).</source>
        <translation>La réservation #%1 est déjà définitive (sa commande est terminée).</translation>
    </message>
    <message>
        <source>Invalid %1: %2</source>
        <translation>Valeur non valide (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Only managers can %1.</source>
        <translation>Seuls les responsables peuvent %1.</translation>
    </message>
    <message>
        <source>Only members of %1 can %2.</source>
        <translation>Seuls les membres de %1 peuvent %2.</translation>
    </message>
    <message>
        <source>Lost connection to %1.</source>
        <translation>Connexion à %1 perdue.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>Impossible de joindre %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>do that (the server said: %1)</source>
        <translation>faire cela (le serveur a répondu&#xa0;: %1)</translation>
    </message>
    <message>
        <source>input</source>
        <translation>saisie</translation>
    </message>
    <message>
        <source>The server reported an error.</source>
        <translation>Le serveur a signalé une erreur.</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>(heure inconnue)</translation>
    </message>
</context>
<context>
    <name>inventory::ExportDialog</name>
    <message>
        <source>Export All Items</source>
        <translation>Exporter tous les articles</translation>
    </message>
    <message>
        <source>Export Category</source>
        <translation>Exporter la catégorie</translation>
    </message>
    <message>
        <source>Writing every item to %1.</source>
        <translation>Écriture de tous les articles dans %1.</translation>
    </message>
    <message>
        <source>Writing the items of %1 to %2.</source>
        <translation>Écriture des articles de %1 dans %2.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln item(s) to %1.</source>
        <translation>
            <numerusform>%Ln article exporté vers %1.</numerusform>
            <numerusform>%Ln articles exportés vers %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) written</source>
        <translation>
            <numerusform>%Ln article écrit</numerusform>
            <numerusform>%Ln articles écrits</numerusform>
        </translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Non exporté</translation>
    </message>
</context>
<context>
    <name>inventory::ExtendDialog</name>
    <message>
        <source>Extend Reservations</source>
        <translation>Prolonger les réservations</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration; write for example 30m, 1h or 2h30m.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une durée&#xa0;; écrivez par exemple 30m, 1h ou 2h30m.</translation>
    </message>
</context>
<context>
    <name>inventory::HistoryModel</name>
    <message>
        <source>Opening stock</source>
        <translation>Stock initial</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Réception</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Ajustement</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Inventaire</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <source>Reservation confirmed</source>
        <translation>Réservation confirmée</translation>
    </message>
    <message>
        <source>Reservation released</source>
        <translation>Réservation libérée</translation>
    </message>
    <message>
        <source>Reservation extended</source>
        <translation>Réservation prolongée</translation>
    </message>
    <message>
        <source>Reservation expired</source>
        <translation>Réservation expirée</translation>
    </message>
    <message>
        <source>reservation #%1</source>
        <translation>réservation #%1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>En stock</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>inventory::HistoryPane</name>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Item:</source>
        <translation>Article&#xa0;:</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>A&amp;u</translation>
    </message>
    <message>
        <source>E&amp;xport to CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Stock movements</source>
        <translation>Mouvements de stock</translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation>Réservations</translation>
    </message>
    <message>
        <source>Any reason</source>
        <translation>Tout motif</translation>
    </message>
    <message>
        <source>By (role)</source>
        <translation>Par (rôle)</translation>
    </message>
    <message>
        <source>Item id</source>
        <translation>Id d’article</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Write every entry the filters match to a CSV file</source>
        <translation>Écrire dans un fichier CSV toutes les entrées correspondant aux filtres</translation>
    </message>
    <message>
        <source>Nothing to export: no entry matches the filters.</source>
        <translation>Rien à exporter&#xa0;: aucune entrée ne correspond aux filtres.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>history-item-%1.csv</source>
        <translation>historique-article-%1.csv</translation>
    </message>
    <message>
        <source>history.csv</source>
        <translation>historique.csv</translation>
    </message>
    <message>
        <source>Export History to CSV</source>
        <translation>Exporter l’historique en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>%Ln entrée</numerusform>
            <numerusform>%Ln entrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest %Ln entry(s); more as you scroll</source>
        <translation>
            <numerusform>La %Ln entrée la plus récente&#xa0;; la suite en faisant défiler</numerusform>
            <numerusform>Les %Ln entrées les plus récentes&#xa0;; la suite en faisant défiler</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by role</source>
        <translation>Filtrer par rôle</translation>
    </message>
    <message>
        <source>Filter by item id</source>
        <translation>Filtrer par identifiant d&apos;article</translation>
    </message>
    <message>
        <source>History from</source>
        <translation>Historique depuis</translation>
    </message>
    <message>
        <source>History until</source>
        <translation>Historique jusqu&apos;au</translation>
    </message>
    <message>
        <source>Stock history</source>
        <translation>Historique du stock</translation>
    </message>
</context>
<context>
    <name>inventory::ImportDialog</name>
    <message>
        <source>Import Items from CSV</source>
        <translation>Importer des articles depuis un CSV</translation>
    </message>
    <message>
        <source>Show &amp;only the lines with problems</source>
        <translation>Afficher &amp;seulement les lignes avec des problèmes</translation>
    </message>
    <message>
        <source>&amp;All or nothing: one transaction; every line is imported, or none is</source>
        <translation>&amp;Tout ou rien&#xa0;: une transaction&#xa0;; chaque ligne est importée, ou aucune</translation>
    </message>
    <message>
        <source>Import the &amp;valid rows: in batches, leaving out the lines with problems</source>
        <translation>Importer les lignes &amp;valides&#xa0;: par lots, sans les lignes avec des problèmes</translation>
    </message>
    <message>
        <source>How to import</source>
        <translation>Mode d’importation</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln item(s)</source>
        <translation>
            <numerusform>%Ln article importé</numerusform>
            <numerusform>%Ln articles importés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <translation>%1&#xa0;; %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) skipped</source>
        <translation>
            <numerusform>%Ln ligne ignorée</numerusform>
            <numerusform>%Ln lignes ignorées</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the file… %p%</source>
        <translation>Lecture du fichier… %p%</translation>
    </message>
    <message>
        <source>Reading and checking every line; nothing is sent yet.</source>
        <translation>Lecture et vérification de chaque ligne&#xa0;; rien n’est encore envoyé.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>cannot open &apos;%1&apos;: %2</source>
        <translation>impossible d’ouvrir «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>Non lu</translation>
    </message>
    <message>
        <source>This file cannot be imported. %1</source>
        <translation>Ce fichier ne peut pas être importé. %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) read</source>
        <translation>
            <numerusform>%Ln ligne lue</numerusform>
            <numerusform>%Ln lignes lues</numerusform>
        </translation>
    </message>
    <message>
        <source>The file names its columns but has no lines to import.</source>
        <translation>Le fichier nomme ses colonnes mais n’a aucune ligne à importer.</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln line(s) are valid.</source>
        <translation>
            <numerusform>La %Ln ligne est valide.</numerusform>
            <numerusform>Les %Ln lignes sont toutes valides.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln line(s) is valid; there is nothing to import.</source>
        <translation>
            <numerusform>La %Ln ligne n’est pas valide&#xa0;; il n’y a rien à importer.</numerusform>
            <numerusform>Aucune des %Ln lignes n’est valide&#xa0;; il n’y a rien à importer.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 lines are valid; %3.</source>
        <translation>%1 lignes sur %2 sont valides&#xa0;; %3.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln have problems</source>
        <translation>
            <numerusform>%Ln a des problèmes</numerusform>
            <numerusform>%Ln ont des problèmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show &amp;only the %Ln line(s) with problems</source>
        <translation>
            <numerusform>Afficher &amp;seulement la %Ln ligne avec des problèmes</numerusform>
            <numerusform>Afficher &amp;seulement les %Ln lignes avec des problèmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not possible for this file: %Ln line(s) have problems. Correct them and open the file again, or import the valid rows.</source>
        <translation>
            <numerusform>Impossible pour ce fichier&#xa0;: %Ln ligne a des problèmes. Corrigez-la et rouvrez le fichier, ou importez les lignes valides.</numerusform>
            <numerusform>Impossible pour ce fichier&#xa0;: %Ln lignes ont des problèmes. Corrigez-les et rouvrez le fichier, ou importez les lignes valides.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the &amp;valid rows: %1, leaving out %2</source>
        <translation>Importer les lignes &amp;valides&#xa0;: %1, sans %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %Ln line(s) with problems</source>
        <translation>
            <numerusform>la %Ln ligne avec des problèmes</numerusform>
            <numerusform>les %Ln lignes avec des problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>%1 of %2 items imported</source>
        <translation>%1 articles sur %2 importés</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Non importé</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Preview of the file&apos;s lines</source>
        <translation>Aperçu des lignes du fichier</translation>
    </message>
</context>
<context>
    <name>inventory::ImportPreviewModel</name>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>inventory::ItemDetails</name>
    <message>
        <source>Res&amp;erve…</source>
        <translation>Ré&amp;server…</translation>
    </message>
    <message>
        <source>Reservations of this item:</source>
        <translation>Réservations de cet article&#xa0;:</translation>
    </message>
    <message>
        <source>No item selected</source>
        <translation>Aucun article sélectionné</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=2&gt;&lt;tr&gt;&lt;td&gt;Category:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;td width=24&gt;&lt;/td&gt;&lt;td&gt;Price:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Available:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;Reserved:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Created:&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;Last change:&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=2&gt;&lt;tr&gt;&lt;td&gt;Catégorie&#xa0;:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;td width=24&gt;&lt;/td&gt;&lt;td&gt;Prix&#xa0;:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Disponible&#xa0;:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;Réservé&#xa0;:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Créé&#xa0;:&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;Dernière modification&#xa0;:&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Available: %1 on the shelf and %2 held by expired reservations not cleaned up yet; a reservation takes those back first, so they count as available.</source>
        <translation>Disponible&#xa0;: %1 en rayon et %2 retenus par des réservations expirées pas encore nettoyées&#xa0;; une réservation reprend d’abord celles-ci, elles comptent donc comme disponibles.</translation>
    </message>
    <message>
        <source>Available counts the units of expired reservations not cleaned up yet: a reservation takes those back first.</source>
        <translation>Disponible compte les unités des réservations expirées pas encore nettoyées&#xa0;: une réservation reprend d’abord celles-ci.</translation>
    </message>
    <message>
        <source>Reservations of this item</source>
        <translation>Réservations de cet article</translation>
    </message>
</context>
<context>
    <name>inventory::ItemsModel</name>
    <message>
        <source>Top %1 of %2 in %3</source>
        <translation>Les %1 premiers sur %2 dans %3</translation>
    </message>
    <message>
        <source>by quantity ascending</source>
        <translation>par quantité croissante</translation>
    </message>
    <message>
        <source>by quantity descending</source>
        <translation>par quantité décroissante</translation>
    </message>
    <message>
        <source>by name A–Z</source>
        <translation>par nom A–Z</translation>
    </message>
    <message>
        <source>by name Z–A</source>
        <translation>par nom Z–A</translation>
    </message>
    <message>
        <source>by id ascending</source>
        <translation>par id croissant</translation>
    </message>
    <message>
        <source>by id descending</source>
        <translation>par id décroissant</translation>
    </message>
    <message>
        <source>by price ascending</source>
        <translation>par prix croissant</translation>
    </message>
    <message>
        <source>by price descending</source>
        <translation>par prix décroissant</translation>
    </message>
    <message>
        <source>by last change, oldest first</source>
        <translation>par dernière modification, les plus anciennes d’abord</translation>
    </message>
    <message>
        <source>by last change, newest first</source>
        <translation>par dernière modification, les plus récentes d’abord</translation>
    </message>
    <message>
        <source>All %1 in %2, %3</source>
        <translation>Les %1 de %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) named &apos;%1…&apos;</source>
        <translation>
            <numerusform>%Ln article nommé «&#xa0;%1…&#xa0;»</numerusform>
            <numerusform>%Ln articles nommés «&#xa0;%1…&#xa0;»</numerusform>
        </translation>
    </message>
    <message>
        <source>No item #%1</source>
        <translation>Pas d’article #%1</translation>
    </message>
    <message>
        <source>Item #%1</source>
        <translation>Article #%1</translation>
    </message>
    <message>
        <source>%1 on the shelf and %2 held by expired reservations not cleaned up yet: a reservation takes those back first, so they count as available.</source>
        <translation>%1 en rayon et %2 retenus par des réservations expirées pas encore nettoyées&#xa0;: une réservation reprend d’abord celles-ci, elles comptent donc comme disponibles.</translation>
    </message>
    <message>
        <source>Units a reservation can take now: on the shelf, plus the units of expired reservations not cleaned up yet (they count as available).</source>
        <translation>Unités qu’une réservation peut prendre maintenant&#xa0;: en rayon, plus les unités des réservations expirées pas encore nettoyées (elles comptent comme disponibles).</translation>
    </message>
    <message>
        <source>Units held by running temporary reservations</source>
        <translation>Unités retenues par des réservations temporaires en cours</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
</context>
<context>
    <name>inventory::LanguageMenu</name>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Applies when Inventory Desk starts again.</source>
        <translation>S’applique au prochain démarrage d’Inventory Desk.</translation>
    </message>
    <message>
        <source>&amp;System (%1)</source>
        <translation>S&amp;ystème (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Inventory Desk will be in %1 from its next start.</source>
        <translation>Inventory Desk s’affichera en %1 à partir de son prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>&amp;Redémarrer maintenant</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
</context>
<context>
    <name>inventory::LocalCluster</name>
    <message>
        <source>Cannot tell whether the local server in %1 runs: %2</source>
        <translation>Impossible de savoir si le serveur local dans %1 fonctionne&#xa0;: %2</translation>
    </message>
    <message>
        <source>initdb could not create the local cluster in %1: %2</source>
        <translation>initdb n’a pas pu créer le cluster local dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot configure %1.</source>
        <translation>Impossible de configurer %1.</translation>
    </message>
    <message>
        <source>The local PostgreSQL server in %1 did not start: %2
%3</source>
        <translation>Le serveur PostgreSQL local dans %1 n’a pas démarré&#xa0;: %2
%3</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>Impossible de créer le répertoire %1.</translation>
    </message>
    <message>
        <source>Another program holds %1.</source>
        <translation>Un autre programme détient %1.</translation>
    </message>
    <message>
        <source>pg_ctl could not stop the local server: %1</source>
        <translation>pg_ctl n’a pas pu arrêter le serveur local&#xa0;: %1</translation>
    </message>
    <message>
        <source>Running as root, the local PostgreSQL server must run as the &apos;%1&apos; account, which does not exist. Install the postgresql package, or run as an ordinary user.</source>
        <translation>Sous root, le serveur PostgreSQL local doit tourner avec le compte «&#xa0;%1&#xa0;», qui n’existe pas. Installez le paquet postgresql, ou travaillez avec un utilisateur ordinaire.</translation>
    </message>
    <message>
        <source>Cannot hand %1 to the &apos;%2&apos; account: %3</source>
        <translation>Impossible de céder %1 au compte «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>Cannot make %1 private.</source>
        <translation>Impossible de rendre %1 privé.</translation>
    </message>
    <message>
        <source>The PostgreSQL server is not installed (no pg_ctl found). On Debian: apt-get install postgresql.</source>
        <translation>Le serveur PostgreSQL n’est pas installé (pg_ctl introuvable). Sous Debian&#xa0;: apt-get install postgresql.</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>Impossible de démarrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 s.</source>
        <translation>%1 ne s’est pas terminé en %2 s.</translation>
    </message>
    <message>
        <source>%1 failed for %2: %3</source>
        <translation>%1 a échoué pour %2 : %3</translation>
    </message>
    <message>
        <source>%1 holds a cluster already; a standby starts empty.</source>
        <translation>%1 contient déjà un cluster ; un serveur de secours part de zéro.</translation>
    </message>
</context>
<context>
    <name>inventory::LowStockModel</name>
    <message>
        <source>%1 on the shelf and %2 in expired reservations not yet cleaned up, which count as available</source>
        <translation>%1 en rayon et %2 dans des réservations expirées pas encore nettoyées, qui comptent comme disponibles</translation>
    </message>
    <message>
        <source>%1 below the reorder point of %2</source>
        <translation>%1 sous le seuil de réapprovisionnement de %2</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Reorder at</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>Below by</source>
        <translation>Manque</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commander</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>#%1 %2, in %3</source>
        <translation>#%1 %2, dans %3</translation>
    </message>
    <message>
        <source>Out of stock: nothing can be reserved</source>
        <translation>Rupture de stock&#xa0;: rien ne peut être réservé</translation>
    </message>
</context>
<context>
    <name>inventory::LowStockPane</name>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Enter or double-click opens the item</source>
        <translation>Entrée ou un double-clic ouvre l’article</translation>
    </message>
    <message>
        <source>Items at or below their reorder point in</source>
        <translation>Articles à leur seuil de réapprovisionnement ou en dessous dans</translation>
    </message>
    <message>
        <source>&amp;Low Stock</source>
        <translation>&amp;Stock bas</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Nothing is low.</source>
        <translation>Aucun stock n’est bas.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) to reorder</source>
        <translation>
            <numerusform>%Ln article à recommander</numerusform>
            <numerusform>%Ln articles à recommander</numerusform>
        </translation>
    </message>
    <message>
        <source>Items at or below their reorder point</source>
        <translation>Articles au niveau ou sous leur seuil de réapprovisionnement</translation>
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
        <translation>la base de données locale</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Clean &amp;Up Expired…</source>
        <translation>Nettoyer les &amp;expirées…</translation>
    </message>
    <message>
        <source>C&amp;onnect to Server…</source>
        <translation>Se c&amp;onnecter à un serveur…</translation>
    </message>
    <message>
        <source>&amp;Automatic Cleanup…</source>
        <translation>Nettoyage a&amp;utomatique…</translation>
    </message>
    <message>
        <source>&amp;Import Items from CSV…</source>
        <translation>&amp;Importer des articles depuis un CSV…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>E&amp;xport Current View to CSV…</source>
        <translation>E&amp;xporter la vue actuelle en CSV…</translation>
    </message>
    <message>
        <source>Export &amp;Category to CSV…</source>
        <translation>Exporter la &amp;catégorie en CSV…</translation>
    </message>
    <message>
        <source>Export A&amp;ll Items to CSV…</source>
        <translation>Exporter &amp;tous les articles en CSV…</translation>
    </message>
    <message>
        <source>&amp;About Inventory Desk</source>
        <translation>&amp;À propos d’Inventory Desk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation>&amp;Articles</translation>
    </message>
    <message>
        <source>&amp;Stock</source>
        <translation>&amp;Stock</translation>
    </message>
    <message>
        <source>&amp;Reservations</source>
        <translation>&amp;Réservations</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Show Dashboard &amp;Tab</source>
        <translation>Afficher l’onglet &amp;Tableau de bord</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>employé</translation>
    </message>
    <message>
        <source>no inventory role</source>
        <translation>aucun rôle d’inventaire</translation>
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
        <translation>Non connecté au serveur.</translation>
    </message>
    <message>
        <source> You are %1.</source>
        <translation> Vous êtes %1.</translation>
    </message>
    <message>
        <source>Add items from a CSV file: name, description, quantity, price, category (Ctrl+I)</source>
        <translation>Ajouter des articles depuis un fichier CSV&#xa0;: nom, description, quantité, prix, catégorie (Ctrl+I)</translation>
    </message>
    <message>
        <source>Only staff and managers can import items.</source>
        <translation>Seuls les employés et les responsables peuvent importer des articles.</translation>
    </message>
    <message>
        <source>Write the items shown (%1) to a CSV file</source>
        <translation>Écrire les articles affichés (%1) dans un fichier CSV</translation>
    </message>
    <message>
        <source>Nothing to export: choose a category or find items first.</source>
        <translation>Rien à exporter&#xa0;: choisissez d’abord une catégorie ou recherchez des articles.</translation>
    </message>
    <message>
        <source>Export &amp;Category “%1” to CSV…</source>
        <translation>Exporter la &amp;catégorie «&#xa0;%1&#xa0;» en CSV…</translation>
    </message>
    <message>
        <source>Choose a category first.</source>
        <translation>Choisissez d’abord une catégorie.</translation>
    </message>
    <message>
        <source>Write every item of %1 to a CSV file</source>
        <translation>Écrire tous les articles de %1 dans un fichier CSV</translation>
    </message>
    <message>
        <source>Write every item to a CSV file</source>
        <translation>Écrire tous les articles dans un fichier CSV</translation>
    </message>
    <message>
        <source>Give back the units of expired reservations and remove them</source>
        <translation>Remettre en stock les unités des réservations expirées et supprimer celles-ci</translation>
    </message>
    <message>
        <source>Only managers (inventory_manager) can clean up expired reservations.</source>
        <translation>Seuls les responsables (inventory_manager) peuvent nettoyer les réservations expirées.</translation>
    </message>
    <message>
        <source>Import Items from CSV</source>
        <translation>Importer des articles depuis un CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export Current View to CSV</source>
        <translation>Exporter la vue actuelle en CSV</translation>
    </message>
    <message>
        <source>items</source>
        <translation>articles</translation>
    </message>
    <message>
        <source>Not Exported</source>
        <translation>Non exporté</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Export Category to CSV</source>
        <translation>Exporter la catégorie en CSV</translation>
    </message>
    <message>
        <source>Export All Items to CSV</source>
        <translation>Exporter tous les articles en CSV</translation>
    </message>
    <message>
        <source>all-items</source>
        <translation>tous-les-articles</translation>
    </message>
    <message>
        <source>Automatic cleanup: %1</source>
        <translation>Nettoyage automatique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Automatic Cleanup</source>
        <translation>Nettoyage automatique</translation>
    </message>
    <message>
        <source>Clean up expired reservations every (minutes, 0 = never):</source>
        <translation>Nettoyer les réservations expirées toutes les (minutes, 0 = jamais)&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>Expired reservations will be cleaned up every %Ln minute(s) while this window is open.</source>
        <translation>
            <numerusform>Les réservations expirées seront nettoyées à intervalle de %Ln minute tant que cette fenêtre est ouverte.</numerusform>
            <numerusform>Les réservations expirées seront nettoyées à intervalle de %Ln minutes tant que cette fenêtre est ouverte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic cleanup is off.</source>
        <translation>Le nettoyage automatique est désactivé.</translation>
    </message>
    <message>
        <source>The password could not be kept in the keychain (%1); use ~/.pgpass.</source>
        <translation>Le mot de passe n’a pas pu être conservé dans le trousseau (%1)&#xa0;; utilisez ~/.pgpass.</translation>
    </message>
    <message>
        <source>read from standbys</source>
        <translation>lecture sur les secours</translation>
    </message>
    <message>
        <source>standby %1</source>
        <translation>secours %1</translation>
    </message>
    <message>
        <source>primary %1</source>
        <translation>primaire %1</translation>
    </message>
    <message>
        <source>, lag %1 s</source>
        <translation>, retard %1 s</translation>
    </message>
    <message>
        <source>%1 · reads: %2%3</source>
        <translation>%1 · lectures : %2%3</translation>
    </message>
    <message>
        <source>Writes: %1
Reads: %2%3</source>
        <translation>Écritures : %1
Lectures : %2%3</translation>
    </message>
</context>
<context>
    <name>inventory::NewCountDialog</name>
    <message>
        <source>New Stock Count</source>
        <translation>Nouvel inventaire</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Open Count…</source>
        <translation>&amp;Ouvrir l’inventaire…</translation>
    </message>
    <message>
        <source>There is no category to count.</source>
        <translation>Il n’y a aucune catégorie à compter.</translation>
    </message>
    <message>
        <source>: what each should hold is taken now; staff then enter or scan what is on the shelf, and posting books the differences.</source>
        <translation>&#xa0;: le stock théorique de chacun est relevé maintenant&#xa0;; les employés saisissent ou scannent ensuite ce qui est en rayon, et la validation comptabilise les écarts.</translation>
    </message>
    <message>
        <source>&amp;Open Count</source>
        <translation>&amp;Ouvrir l’inventaire</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Ouverture…</translation>
    </message>
    <message numerus="yes">
        <source>Open a count of the %Ln item(s) in %1</source>
        <translation>
            <numerusform>Ouvrir un inventaire de %Ln article dans %1</numerusform>
            <numerusform>Ouvrir un inventaire des %Ln articles dans %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>inventory::NewItemDialog</name>
    <message>
        <source>New Item</source>
        <translation>Nouvel article</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>&amp;Prix&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>D&amp;escription&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>C&amp;réer</translation>
    </message>
    <message>
        <source>Give the item a name.</source>
        <translation>Donnez un nom à l’article.</translation>
    </message>
    <message>
        <source>Quantity: %1.</source>
        <translation>Quantité&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Give the item a price.</source>
        <translation>Donnez un prix à l’article.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a new category; did you mean &apos;%2&apos;?</source>
        <translation>«&#xa0;%1&#xa0;» est une nouvelle catégorie&#xa0;; vouliez-vous dire «&#xa0;%2&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a new category.</source>
        <translation>«&#xa0;%1&#xa0;» est une nouvelle catégorie.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Création…</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a price; write for example 12 or %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un prix&#xa0;; écrivez par exemple 12 ou %2.</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
</context>
<context>
    <name>inventory::Pane</name>
    <message>
        <source> You are %1.</source>
        <translation> Vous êtes %1.</translation>
    </message>
</context>
<context>
    <name>inventory::QuantityField</name>
    <message>
        <source>Between %1 and %2</source>
        <translation>Entre %1 et %2</translation>
    </message>
    <message>
        <source>Enter a quantity</source>
        <translation>Saisissez une quantité</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre entier</translation>
    </message>
</context>
<context>
    <name>inventory::ReceiveDialog</name>
    <message>
        <source>#%1 &apos;%2&apos;</source>
        <translation>#%1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Receive Stock</source>
        <translation>Réceptionner du stock</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 available, %3 reserved</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 disponibles, %3 réservés</translation>
    </message>
    <message>
        <source>units, e.g. 24</source>
        <translation>unités, p. ex. 24</translation>
    </message>
    <message>
        <source>Delivery note or return number (optional)</source>
        <translation>Bon de livraison ou numéro de retour (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;ference:</source>
        <translation>&amp;Référence&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Receive…</source>
        <translation>Ré&amp;ceptionner…</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of units.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre d’unités.</translation>
    </message>
    <message>
        <source>Receive at least 1 unit.</source>
        <translation>Réceptionnez au moins 1 unité.</translation>
    </message>
    <message>
        <source>At most %1 more units fit in this item&apos;s stock.</source>
        <translation>Le stock de cet article peut recevoir au plus %1 unités de plus.</translation>
    </message>
    <message>
        <source>Take back %1 of %2 (customer return): %3 → %4 available</source>
        <translation>Reprendre %1 de %2 (retour client)&#xa0;: %3 → %4 disponibles</translation>
    </message>
    <message>
        <source>Receive %1 of %2: %3 → %4 available</source>
        <translation>Réceptionner %1 de %2&#xa0;: %3 → %4 disponibles</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Référence&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Receive</source>
        <translation>Ré&amp;ceptionner</translation>
    </message>
    <message>
        <source>Receiving…</source>
        <translation>Réception…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln unit(s)</source>
        <translation>
            <numerusform>%Ln unité</numerusform>
            <numerusform>%Ln unités</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>inventory::ReservationsPane</name>
    <message>
        <source>#%1: %2 × #%3 %4</source>
        <translation>#%1&#xa0;: %2 × #%3 %4</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… et %Ln autre</numerusform>
            <numerusform>… et %Ln autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unit(s)</source>
        <translation>
            <numerusform>%Ln unité</numerusform>
            <numerusform>%Ln unités</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirmer</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Re&amp;lease</source>
        <translation>&amp;Libérer</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;Extend…</source>
        <translation>&amp;Prolonger…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Make the selected reservations permanent (order completed)</source>
        <translation>Rendre définitives les réservations sélectionnées (commande terminée)</translation>
    </message>
    <message>
        <source>Cancel the selected reservations and give their units back</source>
        <translation>Annuler les réservations sélectionnées et remettre leurs unités en stock</translation>
    </message>
    <message>
        <source>Move the expiry of the selected reservations later</source>
        <translation>Repousser l’échéance des réservations sélectionnées</translation>
    </message>
    <message>
        <source>All reservations</source>
        <translation>Toutes les réservations</translation>
    </message>
    <message>
        <source>Temporary (running)</source>
        <translation>Temporaires (en cours)</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>Définitives</translation>
    </message>
    <message>
        <source>Expired (awaiting cleanup)</source>
        <translation>Expirées (en attente de nettoyage)</translation>
    </message>
    <message>
        <source>&amp;Mine only</source>
        <translation>&amp;Les miennes seulement</translation>
    </message>
    <message>
        <source>Item id</source>
        <translation>Id d’article</translation>
    </message>
    <message>
        <source>Order number or note</source>
        <translation>Numéro de commande ou note</translation>
    </message>
    <message>
        <source>Reservations whose reference contains this text, in any case</source>
        <translation>Réservations dont la référence contient ce texte, sans tenir compte de la casse</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reservation(s)</source>
        <translation>
            <numerusform>%Ln réservation</numerusform>
            <numerusform>%Ln réservations</numerusform>
        </translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Affic&amp;her&#xa0;:</translation>
    </message>
    <message>
        <source>I&amp;tem:</source>
        <translation>Ar&amp;ticle&#xa0;:</translation>
    </message>
    <message>
        <source>R&amp;eference:</source>
        <translation>Ré&amp;férence&#xa0;:</translation>
    </message>
    <message>
        <source>Reservatio&amp;ns</source>
        <translation>Réservatio&amp;ns</translation>
    </message>
    <message>
        <source>#%1 has expired</source>
        <translation>#%1 a expiré</translation>
    </message>
    <message>
        <source>#%1 is permanent</source>
        <translation>#%1 est définitive</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the %1 selected is/are left out: %2.</source>
        <translation>
            <numerusform>%Ln des %1 sélectionnées est laissée de côté&#xa0;: %2.</numerusform>
            <numerusform>%Ln des %1 sélectionnées sont laissées de côté&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only managers (inventory_manager) can confirm reservations.</source>
        <translation>Seuls les responsables (inventory_manager) peuvent confirmer des réservations.</translation>
    </message>
    <message>
        <source>Cancel the selected reservations; their units go back to stock</source>
        <translation>Annuler les réservations sélectionnées&#xa0;; leurs unités retournent en stock</translation>
    </message>
    <message>
        <source>Only managers (inventory_manager) can release reservations.</source>
        <translation>Seuls les responsables (inventory_manager) peuvent libérer des réservations.</translation>
    </message>
    <message>
        <source>Only managers (inventory_manager) can extend reservations.</source>
        <translation>Seuls les responsables (inventory_manager) peuvent prolonger des réservations.</translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>Non connecté au serveur.</translation>
    </message>
    <message>
        <source> — select temporary reservations on the Reservations tab first.</source>
        <translation> — sélectionnez d’abord des réservations temporaires dans l’onglet Réservations.</translation>
    </message>
    <message>
        <source>Confirm Reservations</source>
        <translation>Confirmer les réservations</translation>
    </message>
    <message numerus="yes">
        <source>Make %Ln reservation(s) permanent? It/They keeps/keep %1 out of stock for good and no longer expires/expire.</source>
        <translation>
            <numerusform>Rendre %Ln réservation définitive&#xa0;? Elle retire définitivement %1 du stock et n’expire plus.</numerusform>
            <numerusform>Rendre %Ln réservations définitives&#xa0;? Elles retirent définitivement %1 du stock et n’expirent plus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reservation(s) confirmed.</source>
        <translation>
            <numerusform>%Ln réservation confirmée.</numerusform>
            <numerusform>%Ln réservations confirmées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Release Reservations</source>
        <translation>Libérer les réservations</translation>
    </message>
    <message numerus="yes">
        <source>Release %Ln reservation(s)? It/They gives/give %1 back to stock and is/are cancelled.</source>
        <translation>
            <numerusform>Libérer %Ln réservation&#xa0;? Elle remet %1 en stock et est annulée.</numerusform>
            <numerusform>Libérer %Ln réservations&#xa0;? Elles remettent %1 en stock et sont annulées.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Libérer</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reservation(s) released.</source>
        <translation>
            <numerusform>%Ln réservation libérée.</numerusform>
            <numerusform>%Ln réservations libérées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extend %Ln reservation(s) by (30m, 1h, 2h30m, 1d):</source>
        <translation>
            <numerusform>Prolonger %Ln réservation de (30m, 1h, 2h30m, 1d)&#xa0;:</numerusform>
            <numerusform>Prolonger %Ln réservations de (30m, 1h, 2h30m, 1d)&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Extend Reservations</source>
        <translation>Prolonger les réservations</translation>
    </message>
    <message numerus="yes">
        <source>Move the expiry of %Ln reservation(s) %1 later?</source>
        <translation>
            <numerusform>Repousser de %1 l’échéance de %Ln réservation&#xa0;?</numerusform>
            <numerusform>Repousser de %1 l’échéance de %Ln réservations&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Extend</source>
        <translation>&amp;Prolonger</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reservation(s) extended.</source>
        <translation>
            <numerusform>%Ln réservation prolongée.</numerusform>
            <numerusform>%Ln réservations prolongées.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 done. %3</source>
        <translation>%1 sur %2 effectuées. %3</translation>
    </message>
    <message>
        <source>Not Everything Was Done</source>
        <translation>Tout n’a pas été effectué</translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation>Réservations</translation>
    </message>
</context>
<context>
    <name>inventory::ReserveDialog</name>
    <message>
        <source>&amp;Reserve</source>
        <translation>&amp;Réserver</translation>
    </message>
    <message>
        <source>Reserve #%1 %2</source>
        <translation>Réserver #%1 %2</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Reserve at least 1</source>
        <translation>Réservez au moins 1</translation>
    </message>
    <message>
        <source>How long the units are held: 30m, 1h, 2h30m, 1d (at most %1).</source>
        <translation>Durée de maintien des unités&#xa0;: 30m, 1h, 2h30m, 1d (au plus %1).</translation>
    </message>
    <message>
        <source>Order number or note (optional)</source>
        <translation>Numéro de commande ou note (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Expires after:</source>
        <translation>&amp;Expire après&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;ference:</source>
        <translation>&amp;Référence&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;#%1 %2&lt;/b&gt;&lt;br&gt;%3 available, %4 already reserved</source>
        <translation>&lt;b&gt;#%1 %2&lt;/b&gt;&lt;br&gt;%3 disponibles, %4 déjà réservés</translation>
    </message>
    <message>
        <source>Only %1 available</source>
        <translation>Seulement %1 disponibles</translation>
    </message>
    <message>
        <source>Nothing of this item is available.</source>
        <translation>Rien de cet article n’est disponible.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration; write for example 30m, 1h or 2h30m.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une durée&#xa0;; écrivez par exemple 30m, 1h ou 2h30m.</translation>
    </message>
    <message>
        <source>Reserving…</source>
        <translation>Réservation…</translation>
    </message>
    <message>
        <source>Reservation #%1: %2 of #%3 %4 held until %5. %6 left in stock.</source>
        <translation>Réservation #%1&#xa0;: %2 de #%3 %4 retenus jusqu’à %5. %6 restent en stock.</translation>
    </message>
</context>
<context>
    <name>inventory::Session</name>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Lost connection to %1; retrying…</source>
        <translation>Connexion à %1 perdue&#xa0;; nouvelle tentative…</translation>
    </message>
    <message>
        <source>Cannot use %1: %2</source>
        <translation>Impossible d’utiliser %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Reading only: primary unavailable; retrying…</source>
        <translation>Lecture seule : serveur primaire indisponible ; nouvel essai…</translation>
    </message>
    <message>
        <source>Local database</source>
        <translation>Base de données locale</translation>
    </message>
</context>
<context>
    <name>inventory::StockActions</name>
    <message>
        <source>Re&amp;ceive…</source>
        <translation>Ré&amp;ceptionner…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Adjust…</source>
        <translation>A&amp;juster…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Edit &amp;Item…</source>
        <translation>&amp;Modifier l’article…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Arc&amp;hive…</source>
        <translation>Arc&amp;hiver…</translation>
    </message>
    <message>
        <source>U&amp;narchive…</source>
        <translation>&amp;Désarchiver…</translation>
    </message>
    <message>
        <source>Item &amp;History</source>
        <translation>&amp;Historique de l’article</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>New &amp;Count…</source>
        <translation>&amp;Nouvel inventaire…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source> You are %1.</source>
        <translation> Vous êtes %1.</translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>Non connecté au serveur.</translation>
    </message>
    <message>
        <source>Only staff and managers (inventory_staff, inventory_manager) can receive stock.</source>
        <translation>Seuls les employés et les responsables (inventory_staff, inventory_manager) peuvent réceptionner du stock.</translation>
    </message>
    <message>
        <source>Choose an item first.</source>
        <translation>Choisissez d’abord un article.</translation>
    </message>
    <message>
        <source>%1 is archived: unarchive it to receive stock.</source>
        <translation>%1 est archivé&#xa0;: désarchivez-le pour réceptionner du stock.</translation>
    </message>
    <message>
        <source>Book goods in for %1: a delivery or a customer return</source>
        <translation>Enregistrer une entrée pour %1&#xa0;: une livraison ou un retour client</translation>
    </message>
    <message>
        <source>Only managers (inventory_manager) can adjust stock.</source>
        <translation>Seuls les responsables (inventory_manager) peuvent ajuster le stock.</translation>
    </message>
    <message>
        <source>Correct the quantity of %1: damaged, lost, found</source>
        <translation>Corriger la quantité de %1&#xa0;: endommagé, perdu, retrouvé</translation>
    </message>
    <message>
        <source>Only managers (inventory_manager) can edit items.</source>
        <translation>Seuls les responsables (inventory_manager) peuvent modifier des articles.</translation>
    </message>
    <message>
        <source>Change the name, price, codes or reorder figures of %1</source>
        <translation>Modifier le nom, le prix, les codes ou les seuils de commande de %1</translation>
    </message>
    <message>
        <source>Only managers (inventory_manager) can archive items.</source>
        <translation>Seuls les responsables (inventory_manager) peuvent archiver des articles.</translation>
    </message>
    <message>
        <source>%1 is archived already.</source>
        <translation>%1 est déjà archivé.</translation>
    </message>
    <message>
        <source>Hide %1 from browsing; it keeps its history</source>
        <translation>Masquer %1 du catalogue&#xa0;; il garde son historique</translation>
    </message>
    <message>
        <source>Only managers (inventory_manager) can unarchive items.</source>
        <translation>Seuls les responsables (inventory_manager) peuvent désarchiver des articles.</translation>
    </message>
    <message>
        <source>%1 is not archived.</source>
        <translation>%1 n’est pas archivé.</translation>
    </message>
    <message>
        <source>Bring %1 back into browsing</source>
        <translation>Remettre %1 dans le catalogue</translation>
    </message>
    <message>
        <source>Every movement of %1&apos;s stock, newest first</source>
        <translation>Tous les mouvements du stock de %1, les plus récents d’abord</translation>
    </message>
    <message>
        <source>Only managers (inventory_manager) can open stock counts.</source>
        <translation>Seuls les responsables (inventory_manager) peuvent ouvrir des inventaires.</translation>
    </message>
    <message>
        <source>There is no category to count.</source>
        <translation>Il n’y a aucune catégorie à compter.</translation>
    </message>
    <message>
        <source>Open a stock count of a category</source>
        <translation>Ouvrir l’inventaire d’une catégorie</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler %1</translation>
    </message>
    <message>
        <source>Book the opposite movement of: %1</source>
        <translation>Comptabiliser le mouvement inverse de&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing to undo: only the last receipt or adjustment can be undone.</source>
        <translation>Rien à annuler&#xa0;: seuls la dernière réception ou le dernier ajustement peuvent être annulés.</translation>
    </message>
    <message>
        <source>Received %1 of %2: %3 on hand now. Undo with Ctrl+Z.</source>
        <translation>%1 de %2 réceptionnés&#xa0;: %3 en stock maintenant. Annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>adjustment of %1 by %2</source>
        <translation>ajustement de %1 de %2</translation>
    </message>
    <message>
        <source>Adjusted %1 by %2 (%3): %4 on hand now. Undo with Ctrl+Z.</source>
        <translation>%1 ajusté de %2 (%3)&#xa0;: %4 en stock maintenant. Annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>Item %1 saved.</source>
        <translation>Article %1 enregistré.</translation>
    </message>
    <message>
        <source>Count #%1 of %2 opened: %3 to count.</source>
        <translation>Inventaire #%1 de %2 ouvert&#xa0;: %3 à compter.</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Historique de %1</translation>
    </message>
    <message>
        <source>Archive Item</source>
        <translation>Archiver l’article</translation>
    </message>
    <message>
        <source>Archive %1?

It will be hidden from browsing and can no longer be reserved or received; its %2 on hand and its history stay. Items with running reservations cannot be archived until they end.</source>
        <translation>Archiver %1&#xa0;?

Il sera masqué du catalogue et ne pourra plus être réservé ni réceptionné&#xa0;; ses %2 en stock et son historique sont conservés. Un article avec des réservations en cours ne peut être archivé qu’après leur fin.</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archiver</translation>
    </message>
    <message>
        <source>Unarchive Item</source>
        <translation>Désarchiver l’article</translation>
    </message>
    <message>
        <source>Unarchive %1? It will be shown in browsing again and can be reserved and received.</source>
        <translation>Désarchiver %1&#xa0;? Il réapparaîtra dans le catalogue et pourra être réservé et réceptionné.</translation>
    </message>
    <message>
        <source>U&amp;narchive</source>
        <translation>&amp;Désarchiver</translation>
    </message>
    <message>
        <source>%1 archived.</source>
        <translation>%1 archivé.</translation>
    </message>
    <message>
        <source>%1 is back in browsing.</source>
        <translation>%1 est de retour dans le catalogue.</translation>
    </message>
    <message>
        <source>Could not undo the %1: %2</source>
        <translation>Impossible d’annuler&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Undone: the %1 (booked %2; %3 on hand now).</source>
        <translation>Annulé&#xa0;: %1 (comptabilisé %2&#xa0;; %3 en stock maintenant).</translation>
    </message>
    <message numerus="yes">
        <source>receipt of %Ln unit(s) of %1</source>
        <translation>
            <numerusform>réception de %Ln unité de %1</numerusform>
            <numerusform>réception de %Ln unités de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unit(s)</source>
        <translation>
            <numerusform>%Ln unité</numerusform>
            <numerusform>%Ln unités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>inventory::TableView</name>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>&amp;Copier les lignes</translation>
    </message>
    <message>
        <source>&amp;Sort by This Column</source>
        <translation>&amp;Trier selon cette colonne</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>%1 (problem)</source>
        <translation>%1 (problème)</translation>
    </message>
    <message>
        <source>%1 (warning)</source>
        <translation>%1 (avertissement)</translation>
    </message>
</context>
<context>
    <name>inventory::csv::Reader</name>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>un champ entre guillemets n’est pas fermé avant la fin du fichier</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field (quote the whole field and double the quote)</source>
        <translation>un guillemet dans un champ sans guillemets (mettez tout le champ entre guillemets et doublez le guillemet)</translation>
    </message>
    <message>
        <source>text after the closing quote of a field</source>
        <translation>du texte après le guillemet fermant d’un champ</translation>
    </message>
    <message>
        <source>field %1 is not valid UTF-8</source>
        <translation>le champ %1 n’est pas de l’UTF-8 valide</translation>
    </message>
</context>
<context>
    <name>inventory::validate</name>
    <message>
        <source>%1 is not a valid id; ids are positive whole numbers.</source>
        <translation>%1 n’est pas un identifiant valide&#xa0;; les identifiants sont des nombres entiers positifs.</translation>
    </message>
    <message>
        <source>%1 is below the minimum of %2.</source>
        <translation>%1 est inférieur au minimum de %2.</translation>
    </message>
    <message>
        <source>%1 is above the maximum of %2.</source>
        <translation>%1 est supérieur au maximum de %2.</translation>
    </message>
    <message>
        <source>price</source>
        <translation>prix</translation>
    </message>
    <message>
        <source>%1 is negative.</source>
        <translation>%1 est négatif.</translation>
    </message>
    <message>
        <source>the text is not valid Unicode.</source>
        <translation>le texte n’est pas de l’Unicode valide.</translation>
    </message>
    <message>
        <source>it must not be empty.</source>
        <translation>ne doit pas être vide.</translation>
    </message>
    <message>
        <source>it is %1 characters long; at most %2 are allowed.</source>
        <translation>%1 caractères&#xa0;; au plus %2 sont autorisés.</translation>
    </message>
    <message>
        <source>it contains the control character U+%1 at position %2.</source>
        <translation>contient le caractère de contrôle U+%1 à la position %2.</translation>
    </message>
    <message>
        <source>expiry</source>
        <translation>échéance</translation>
    </message>
    <message>
        <source>it must be longer than zero.</source>
        <translation>doit être supérieure à zéro.</translation>
    </message>
    <message>
        <source>%1 is longer than the maximum of %2.</source>
        <translation>%1 dépasse le maximum de %2.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>quantité</translation>
    </message>
    <message>
        <source>reorder point</source>
        <translation>seuil de réapprovisionnement</translation>
    </message>
    <message>
        <source>reorder quantity</source>
        <translation>quantité à commander</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>&apos;%1&apos; starts or ends with a space.</source>
        <translation>«&#xa0;%1&#xa0;» commence ou se termine par une espace.</translation>
    </message>
    <message>
        <source>barcode</source>
        <translation>code-barres</translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; has %n digit(s); an EAN-13 has 13 and a UPC-A 12.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» a %n chiffre&#xa0;; un EAN-13 en a 13 et un UPC-A 12.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» a %n chiffres&#xa0;; un EAN-13 en a 13 et un UPC-A 12.</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not all digits.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas composé uniquement de chiffres.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; ends in %2, but its check digit is %3.</source>
        <translation>«&#xa0;%1&#xa0;» se termine par %2, mais sa clé de contrôle est %3.</translation>
    </message>
</context>
</TS>
