<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../klantreis_desktop/ui/window/about.py" line="85"/>
        <source>Klantreis Desktop is free software under the MIT licence.</source>
        <translation>Klantreis Desktop is vrije software onder de MIT-licentie.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/about.py" line="86"/>
        <source>Bundled libraries:</source>
        <translation>Meegeleverde bibliotheken:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/about.py" line="92"/>
        <source>Qt and PySide6 are used under the GNU LGPL version 3; their source code is available from the Qt Project. You may replace the Qt libraries in the installed folder with your own build.</source>
        <translation>Qt en PySide6 worden gebruikt onder de GNU LGPL versie 3; de broncode is verkrijgbaar bij het Qt Project. Je mag de Qt-bibliotheken in de installatiemap vervangen door een eigen build.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/about.py" line="129"/>
        <source>Customer journey maps for workshops: phases, lanes, touchpoints, emotions and personas on one canvas, printed as a poster. Works offline.</source>
        <translation>Klantreizen in kaart brengen tijdens workshops: fasen, banen, contactmomenten, emoties en persona’s op één canvas, afgedrukt als poster. Werkt zonder internet.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/about.py" line="154"/>
        <source>About &amp;Qt</source>
        <translation>Over &amp;Qt</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/about.py" line="160"/>
        <source>Licences</source>
        <translation>Licenties</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/about.py" line="116"/>
        <source>About {app}</source>
        <translation>Over {app}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/about.py" line="134"/>
        <source>Qt {qt}, Python {python}</source>
        <translation>Qt {qt}, Python {python}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/about.py" line="95"/>
        <source>Bundled fonts:</source>
        <translation>Meegeleverde lettertypen:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/about.py" line="106"/>
        <source>The licence text ({file}) is missing from this installation.</source>
        <translation>De licentietekst ({file}) ontbreekt in deze installatie.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="146"/>
        <source>&amp;New…</source>
        <translation>&amp;Nieuw…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="147"/>
        <source>New journey map from a template</source>
        <translation>Nieuwe klantreiskaart van een sjabloon</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="148"/>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="150"/>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="152"/>
        <source>Save &amp;As…</source>
        <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="157"/>
        <source>&amp;Close</source>
        <translation>Sl&amp;uiten</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="158"/>
        <source>&amp;Quit</source>
        <translation>A&amp;fsluiten</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="161"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="166"/>
        <source>&amp;Redo</source>
        <translation>Opn&amp;ieuw</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="171"/>
        <source>Cu&amp;t</source>
        <translation>K&amp;nippen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="172"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="173"/>
        <source>&amp;Paste</source>
        <translation>&amp;Plakken</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="175"/>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="176"/>
        <source>Select &amp;All</source>
        <translation>&amp;Alles selecteren</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="184"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Inzoomen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="185"/>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Uitzoomen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="186"/>
        <source>Actual Size (100 %)</source>
        <translation>Ware grootte (100 %)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="188"/>
        <source>&amp;Fit to Window</source>
        <translation>Passend in &amp;venster</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="191"/>
        <source>&amp;Add Journey</source>
        <translation>Klantreis &amp;toevoegen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="194"/>
        <source>&amp;Rename Journey</source>
        <translation>Klantreis &amp;hernoemen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="195"/>
        <source>D&amp;uplicate Journey</source>
        <translation>Klantreis &amp;dupliceren</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="197"/>
        <source>&amp;Delete Journey…</source>
        <translation>Klantreis &amp;verwijderen…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="198"/>
        <source>Journey &amp;Properties…</source>
        <translation>&amp;Eigenschappen van de klantreis…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="206"/>
        <source>&amp;About Klantreis</source>
        <translation>&amp;Over Klantreis</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="209"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="234"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="244"/>
        <source>&amp;Edit</source>
        <translation>B&amp;ewerken</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="254"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="143"/>
        <source>&amp;Journey</source>
        <extracomment>Export formats: key → (menu text, file filter, suffix).</extracomment>
        <translation>&amp;Klantreis</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="271"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="292"/>
        <source>Toolbar</source>
        <translation>Werkbalk</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="251"/>
        <source>A&amp;lign</source>
        <translation>&amp;Uitlijnen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="165"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="170"/>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="153"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="154"/>
        <source>Export as PDF poster, PNG or SVG</source>
        <translation>Exporteren als pdf-poster, PNG of SVG</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="155"/>
        <source>&amp;Import Event Log…</source>
        <translation>&amp;Gebeurtenissenlog importeren…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="156"/>
        <source>Turn a CSV of customer events into journeys</source>
        <translation>Maak klantreizen van een CSV met klantgebeurtenissen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="174"/>
        <source>Duplicat&amp;e</source>
        <translation>Dupli&amp;ceren</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="201"/>
        <source>Perso&amp;nas…</source>
        <translation>Perso&amp;na’s…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="203"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="205"/>
        <source>Every keyboard shortcut on one page</source>
        <translation>Alle sneltoetsen op één pagina</translation>
    </message>
</context>
<context>
    <name>Analysis</name>
    <message>
        <location filename="../klantreis_desktop/analysis/csvformat.py" line="174"/>
        <source>customer id</source>
        <translation>klant-id</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/csvformat.py" line="174"/>
        <source>timestamp</source>
        <translation>tijdstip</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/csvformat.py" line="175"/>
        <source>touchpoint</source>
        <translation>contactmoment</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/csvformat.py" line="175"/>
        <source>channel</source>
        <translation>kanaal</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/csvformat.py" line="176"/>
        <source>phase</source>
        <translation>fase</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/csvformat.py" line="168"/>
        <source>Two fields are mapped to the same column.</source>
        <translation>Twee velden zijn aan dezelfde kolom gekoppeld.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/csvformat.py" line="195"/>
        <source>The file has no column “{name}” for the {field} (columns: {columns}).</source>
        <translation>Het bestand heeft geen kolom “{name}” voor het veld {field} (kolommen: {columns}).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/csvformat.py" line="187"/>
        <source>The {field} column “{name}” needs a header row.</source>
        <translation>Voor de kolom “{name}” ({field}) is een kopregel nodig.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/eventlog.py" line="212"/>
        <location filename="../klantreis_desktop/analysis/rows.py" line="89"/>
        <location filename="../klantreis_desktop/analysis/rows.py" line="131"/>
        <source>Unknown text encoding “{encoding}”.</source>
        <translation>Onbekende tekstcodering “{encoding}”.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/rows.py" line="46"/>
        <source>The file is not in the encoding “{encoding}” (byte {position}).</source>
        <translation>Het bestand heeft niet de codering “{encoding}” (byte {position}).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/csvformat.py" line="183"/>
        <source>The {field} column {number} does not exist.</source>
        <translation>Kolom {number} voor het veld {field} bestaat niet.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/rows.py" line="103"/>
        <source>The file is empty.</source>
        <translation>Het bestand is leeg.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/rows.py" line="106"/>
        <source>The delimiter must be a single character.</source>
        <translation>Het scheidingsteken moet één teken zijn.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/duck_log.py" line="392"/>
        <location filename="../klantreis_desktop/analysis/eventlog.py" line="185"/>
        <source>The file holds no events.</source>
        <translation>Het bestand bevat geen gebeurtenissen.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/duck_log.py" line="183"/>
        <location filename="../klantreis_desktop/analysis/eventlog.py" line="173"/>
        <source>Which columns hold the customer id, the timestamp and the touchpoint? Choose them (the header was not recognised).</source>
        <translation>Welke kolommen bevatten de klant-id, het tijdstip en het contactmoment? Kies ze zelf (de kopregel werd niet herkend).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/duck_log.py" line="433"/>
        <location filename="../klantreis_desktop/analysis/eventlog.py" line="218"/>
        <source>Nothing was imported: {count} rows have problems.</source>
        <translation>Er is niets geïmporteerd: {count} rijen bevatten fouten.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/scan.py" line="272"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Het importeren is afgebroken; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/duck_log.py" line="442"/>
        <location filename="../klantreis_desktop/analysis/eventlog.py" line="221"/>
        <location filename="../klantreis_desktop/analysis/metrics_import.py" line="364"/>
        <location filename="../klantreis_desktop/analysis/sheets.py" line="238"/>
        <source>… and {count} more.</source>
        <translation>… en nog {count}.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/eventlog.py" line="124"/>
        <source>{file} is too large to import ({size} MB; at most {limit} MB).</source>
        <translation>{file} is te groot om te importeren ({size} MB; hoogstens {limit} MB).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/duck_log.py" line="494"/>
        <location filename="../klantreis_desktop/analysis/eventlog.py" line="129"/>
        <location filename="../klantreis_desktop/analysis/eventlog.py" line="204"/>
        <location filename="../klantreis_desktop/analysis/path_table.py" line="160"/>
        <location filename="../klantreis_desktop/analysis/sheets.py" line="100"/>
        <source>{file} cannot be read: {reason}</source>
        <translation>{file} kan niet worden gelezen: {reason}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/rows.py" line="218"/>
        <source>Row {row}: the file is not valid CSV ({reason}).</source>
        <translation>Rij {row}: het bestand is geen geldige CSV ({reason}).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/scan.py" line="344"/>
        <source>Row {row}: the {field} is empty.</source>
        <translation>Rij {row}: het veld {field} is leeg.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/scan.py" line="340"/>
        <source>Row {row}: {count} columns, expected at least {needed}.</source>
        <translation>Rij {row}: {count} kolommen, verwacht minstens {needed}.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/scan.py" line="348"/>
        <source>Row {row}: “{value}” is not a date and time (expected e.g. 31-12-2024 14:30 or 2024-12-31T14:30).</source>
        <translation>Rij {row}: “{value}” is geen datum en tijd (verwacht bijvoorbeeld 31-12-2024 14:30 of 2024-12-31T14:30).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/segments.py" line="82"/>
        <source>Weighted k-medoids on the normalised edit distance between touchpoint paths; k by silhouette unless given.</source>
        <extracomment>Per customer (same order as ``EventLog.customers``) the index of its segment.</extracomment>
        <translation>Gewogen k-medoids op de genormaliseerde bewerkingsafstand tussen paden van contactmomenten; k via de silhouetscore, tenzij opgegeven.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/segments.py" line="103"/>
        <source>The segmentation was cancelled.</source>
        <translation>Het segmenteren is afgebroken.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/analyse.py" line="40"/>
        <source>analyse the journeys of a file</source>
        <translation>analyseer de klantreizen van een bestand</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/analyse.py" line="41"/>
        <source>Lowest emotions, largest swings, moments of truth, channel gaps, ranked pain points, opportunities by impact and effort, flow checks, and current vs ideal.</source>
        <translation>Laagste emoties, grootste schommelingen, momenten van de waarheid, gaten in kanalen, gerangschikte pijnpunten, kansen naar impact en inspanning, controle van de verbindingen, en huidig tegenover ideaal.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_events.py" line="57"/>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/analyse.py" line="45"/>
        <source>ID|TITLE</source>
        <translation>ID|TITEL</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/analyse.py" line="46"/>
        <source>analyse only this journey (default: all)</source>
        <translation>analyseer alleen deze klantreis (standaard: alle)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/analyse.py" line="47"/>
        <source>print the results as JSON</source>
        <translation>geef de resultaten als JSON</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/analyse.py" line="110"/>
        <source>The file has no journeys.</source>
        <translation>Het bestand heeft geen klantreizen.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_events.py" line="41"/>
        <source>a number from 1 to 20, or auto</source>
        <translation>een getal van 1 tot 20, of auto</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_events.py" line="52"/>
        <source>turn a CSV event log into journeys</source>
        <translation>maak klantreizen van een CSV-gebeurtenissenlog</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_events.py" line="53"/>
        <source>Import a CSV event log (customer id, timestamp, touchpoint, channel, optional phase), show frequent paths, drop-offs and segments, and add the typical path (or one per segment) as a journey to a file.</source>
        <translation>Importeer een CSV-gebeurtenissenlog (klant-id, tijdstip, contactmoment, kanaal, eventueel fase), toon veelvoorkomende paden, afhakers en segmenten, en voeg het typische pad (of één per segment) als klantreis toe aan een bestand.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_events.py" line="56"/>
        <source>LOG.csv</source>
        <translation>LOG.csv</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_events.py" line="56"/>
        <source>the event log</source>
        <translation>het gebeurtenissenlog</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_events.py" line="58"/>
        <source>the klantreis file to add the journeys to (created when missing)</source>
        <translation>het klantreisbestand waaraan de klantreizen worden toegevoegd (wordt aangemaakt als het ontbreekt)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_events.py" line="60"/>
        <source>NAME</source>
        <translation>NAAM</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_events.py" line="61"/>
        <source>title of the new journey (default: the log&apos;s file name)</source>
        <translation>titel van de nieuwe klantreis (standaard: de bestandsnaam van het log)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_events.py" line="63"/>
        <source>cluster customers into K segments (or auto) and add a journey per segment</source>
        <translation>deel klanten in K segmenten in (of auto) en voeg per segment een klantreis toe</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_events.py" line="66"/>
        <source>field delimiter (default: detected)</source>
        <translation>scheidingsteken tussen velden (standaard: automatisch herkend)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_events.py" line="68"/>
        <source>text encoding (default: detected)</source>
        <translation>tekstcodering (standaard: automatisch herkend)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_events.py" line="70"/>
        <source>the first row is data, not column names</source>
        <translation>de eerste rij bevat gegevens, geen kolomnamen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_events.py" line="72"/>
        <source>leave out bad rows instead of refusing the whole file</source>
        <translation>laat foute rijen weg in plaats van het hele bestand te weigeren</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_events.py" line="74"/>
        <source>column of the customer id (header name or number from 1)</source>
        <translation>kolom met de klant-id (kolomnaam of nummer vanaf 1)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_events.py" line="75"/>
        <source>column of the timestamp</source>
        <translation>kolom met het tijdstip</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_events.py" line="76"/>
        <source>column of the touchpoint</source>
        <translation>kolom met het contactmoment</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_events.py" line="77"/>
        <source>column of the channel</source>
        <translation>kolom met het kanaal</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_events.py" line="78"/>
        <source>column of the phase</source>
        <translation>kolom met de fase</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_events.py" line="82"/>
        <source>print the paths and segments as JSON</source>
        <translation>geef de paden en segmenten als JSON</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_events.py" line="103"/>
        <source>Give --customer, --timestamp and --touchpoint together (or none of them to guess from the header).</source>
        <translation>Geef --customer, --timestamp en --touchpoint samen op (of geen van drieën om ze uit de kopregel af te leiden).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_events.py" line="167"/>
        <source>Typical path of segment {number} in {file}: {customers} customers ({share:.0%}).</source>
        <translation>Typisch pad van segment {number} in {file}: {customers} klanten ({share:.0%}).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_events.py" line="171"/>
        <source>Typical path of the {customers} customers in {file}.</source>
        <translation>Typisch pad van de {customers} klanten in {file}.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/analyse.py" line="82"/>
        <source>No journey “{name}” (journeys: {names}).</source>
        <translation>Geen klantreis “{name}” (klantreizen: {names}).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/analyse.py" line="65"/>
        <location filename="../klantreis_desktop/cli/import_events.py" line="79"/>
        <source>COLUMN</source>
        <translation>KOLOM</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/duck_log.py" line="93"/>
        <location filename="../klantreis_desktop/cli/analyse.py" line="169"/>
        <location filename="../klantreis_desktop/cli/import_events.py" line="118"/>
        <source>{file}: file not found</source>
        <translation>{file}: bestand niet gevonden</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/analyse.py" line="79"/>
        <source>Several journeys are called “{name}”; give the id instead.</source>
        <translation>Meerdere klantreizen heten “{name}”; geef in plaats daarvan het id op.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="30"/>
        <location filename="../klantreis_desktop/cli/analyse.py" line="83"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_events.py" line="129"/>
        <source>skipped: {message}</source>
        <translation>overgeslagen: {message}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_events.py" line="131"/>
        <source>skipped {count} rows in all</source>
        <translation>in totaal {count} rijen overgeslagen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_events.py" line="151"/>
        <source>Added the journey “{title}” to {file}.</source>
        <translation>De klantreis “{title}” is toegevoegd aan {file}.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_events.py" line="166"/>
        <source>{name} – segment {number}</source>
        <translation>{name} – segment {number}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="40"/>
        <source>Quick wins (high impact, low effort)</source>
        <extracomment>The quadrants&apos; names (English sources, context &quot;Analysis&quot;).</extracomment>
        <translation>Snelle winst (veel impact, weinig inspanning)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="41"/>
        <source>Big bets (high impact, high effort)</source>
        <translation>Grote projecten (veel impact, veel inspanning)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="42"/>
        <source>Fill-ins (low impact, low effort)</source>
        <translation>Tussendoortjes (weinig impact, weinig inspanning)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="43"/>
        <source>Money pits (low impact, high effort)</source>
        <translation>Geldputten (weinig impact, veel inspanning)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="44"/>
        <source>Not rated yet</source>
        <translation>Nog niet beoordeeld</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="55"/>
        <source>no term</source>
        <translation>geen termijn</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="69"/>
        <source>current situation</source>
        <translation>huidige situatie</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="69"/>
        <source>ideal situation</source>
        <translation>ideale situatie</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="72"/>
        <source>Emotions</source>
        <translation>Emoties</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="92"/>
        <source>Pain points per phase (most votes first)</source>
        <translation>Pijnpunten per fase (meeste stemmen eerst)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="97"/>
        <source>Opportunities by impact and effort</source>
        <translation>Kansen naar impact en inspanning</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="107"/>
        <source>Channels per phase (number of touchpoints)</source>
        <translation>Kanalen per fase (aantal contactmomenten)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="125"/>
        <source>Flow</source>
        <translation>Verloop</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="180"/>
        <source>Most frequent paths</source>
        <translation>Meest voorkomende paden</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="183"/>
        <source>Busiest transitions (median time between)</source>
        <translation>Drukste overgangen (mediane tijd ertussen)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="25"/>
        <source>“{text}”</source>
        <translation>“{text}”</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="62"/>
        <source>{title} ({votes} votes, impact {impact}, effort {effort}, {term})</source>
        <translation>{title} ({votes} stemmen, impact {impact}, inspanning {effort}, {term})</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="172"/>
        <source>{n:.1f} days</source>
        <translation>{n:.1f} dagen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="55"/>
        <source>short term</source>
        <translation>korte termijn</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="55"/>
        <source>long term</source>
        <translation>lange termijn</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="70"/>
        <source>Journey {title} ({scenario})</source>
        <translation>Klantreis {title} ({scenario})</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="74"/>
        <source>No persona has emotion scores in this journey.</source>
        <translation>Geen enkele persona heeft emotiescores in deze klantreis.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="147"/>
        <source>Current {current} vs ideal {ideal}</source>
        <translation>Huidig {current} tegenover ideaal {ideal}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="169"/>
        <source>{n:.0f} min</source>
        <translation>{n:.0f} min</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="171"/>
        <source>{n:.1f} h</source>
        <translation>{n:.1f} uur</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="178"/>
        <source>{customers} customers, {events} events, {paths} distinct paths</source>
        <translation>{customers} klanten, {events} gebeurtenissen, {paths} verschillende paden</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="189"/>
        <source>Drop-off before {end}: {dropped} customers</source>
        <translation>Afgehaakt vóór {end}: {dropped} klanten</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="82"/>
        <source>{source} → {target} ({change:+d})</source>
        <translation>{source} → {target} ({change:+d})</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="115"/>
        <source>Phases without touchpoints: {phases}</source>
        <translation>Fasen zonder contactmomenten: {phases}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="117"/>
        <source>Channels used in one phase only: {channels}</source>
        <translation>Kanalen die in maar één fase voorkomen: {channels}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="127"/>
        <source>The journey has no flow arrows yet.</source>
        <translation>De klantreis heeft nog geen pijlen.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="128"/>
        <source>Dead ends: {items}</source>
        <translation>Doodlopende punten: {items}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="130"/>
        <source>Unreachable touchpoints: {items}</source>
        <translation>Onbereikbare contactmomenten: {items}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="149"/>
        <source>Touchpoints added: {items}</source>
        <translation>Toegevoegde contactmomenten: {items}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="151"/>
        <source>Touchpoints left out: {items}</source>
        <translation>Weggelaten contactmomenten: {items}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="195"/>
        <source>Segments ({k}; silhouette {score})</source>
        <translation>Segmenten ({k}; silhouetscore {score})</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="80"/>
        <source>{name}: lowest {points}</source>
        <translation>{name}: laagste {points}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="85"/>
        <source>largest swings: {swings}</source>
        <translation>grootste schommelingen: {swings}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="89"/>
        <source>moments of truth: {moments}</source>
        <translation>momenten van de waarheid: {moments}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="134"/>
        <source>Every path reaches the end goal (the last phase, {phase}).</source>
        <translation>Elk pad bereikt het einddoel (de laatste fase, {phase}).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="137"/>
        <source>Not every path reaches the end goal (the last phase, {phase}); paths stop at: {items}</source>
        <translation>Niet elk pad bereikt het einddoel (de laatste fase, {phase}); paden stoppen bij: {items}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="141"/>
        <source>End goal: {goal}</source>
        <translation>Einddoel: {goal}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="154"/>
        <source>Average emotion per phase for {name}:</source>
        <translation>Gemiddelde emotie per fase voor {name}:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="185"/>
        <source>{source} → {target}: {count}× ({time})</source>
        <translation>{source} → {target}: {count}× ({time})</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="192"/>
        <source>{share:6.1%} stop after {touchpoint}</source>
        <translation>{share:6.1%} stopt na {touchpoint}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="199"/>
        <source>{number}. {share:.1%} ({customers} customers): {path}</source>
        <translation>{number}. {share:.1%} ({customers} klanten): {path}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/to_journey.py" line="134"/>
        <source>Journey from event log</source>
        <translation>Klantreis uit gebeurtenissenlog</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/to_journey.py" line="98"/>
        <source>A journey needs at least one step.</source>
        <translation>Een klantreis heeft minstens één stap nodig.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/to_journey.py" line="113"/>
        <source>Touchpoints</source>
        <translation>Contactmomenten</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/to_journey.py" line="114"/>
        <source>Channels</source>
        <translation>Kanalen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/to_journey.py" line="108"/>
        <source>Step {number}</source>
        <translation>Stap {number}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/rows.py" line="44"/>
        <source>The file is not in the encoding “{encoding}”.</source>
        <translation>Het bestand heeft niet de codering “{encoding}”.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="77"/>
        <source>{name}: no emotion scores yet</source>
        <translation>{name}: nog geen emotiescores</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/csvformat.py" line="111"/>
        <source>This is not a CSV file: it does not contain text.</source>
        <translation>Dit is geen CSV-bestand: er staat geen tekst in.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/csvformat.py" line="106"/>
        <source>This is not a CSV file but a spreadsheet workbook. Save it as CSV in the spreadsheet program first.</source>
        <translation>Dit is geen CSV-bestand maar een werkmap van een spreadsheetprogramma. Sla het daar eerst op als CSV.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/csvformat.py" line="109"/>
        <source>“{file}” is not a CSV file: it does not contain text.</source>
        <translation>“{file}” is geen CSV-bestand: er staat geen tekst in.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/csvformat.py" line="103"/>
        <source>“{file}” is not a CSV file but a spreadsheet workbook. Save it as CSV in the spreadsheet program first.</source>
        <translation>“{file}” is geen CSV-bestand maar een werkmap van een spreadsheetprogramma. Sla het daar eerst op als CSV.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/conformance_report.py" line="60"/>
        <source>Arrows taken:</source>
        <translation>Genomen pijlen:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/conformance_report.py" line="83"/>
        <source>shortcut</source>
        <translation>kortere weg</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/conformance_report.py" line="83"/>
        <source>way back</source>
        <translation>weg terug</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/conformance_report.py" line="84"/>
        <source>route the map lacks</source>
        <translation>route die de kaart niet kent</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/conformance_report.py" line="71"/>
        <source>Drop-outs:</source>
        <translation>Afhakers:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/conformance_report.py" line="86"/>
        <source>Where customers leave the arrows:</source>
        <translation>Waar klanten van de pijlen afwijken:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/conformance_report.py" line="52"/>
        <source>the log</source>
        <translation>het logboek</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/conformance_report.py" line="144"/>
        <source>Check these assumptions in {title}:</source>
        <translation>Controleer deze aannames in {title}:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/conformance_report.py" line="55"/>
        <source>(segment {name})</source>
        <translation>(segment {name})</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/conformance_report.py" line="67"/>
        <source>Arrows nobody took: {arrows}</source>
        <translation>Pijlen die niemand nam: {arrows}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/conformance_report.py" line="81"/>
        <source>Skipped touchpoints: {items}</source>
        <translation>Overgeslagen contactmomenten: {items}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/conformance_report.py" line="100"/>
        <source>Steps the map lacks: {items}</source>
        <translation>Stappen die de kaart mist: {items}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/duck_log.py" line="364"/>
        <location filename="../klantreis_desktop/analysis/duck_log.py" line="471"/>
        <location filename="../klantreis_desktop/analysis/duck_log.py" line="499"/>
        <location filename="../klantreis_desktop/analysis/sheets.py" line="289"/>
        <source>Cancelled; nothing was imported.</source>
        <translation>Geannuleerd; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/duck_log.py" line="100"/>
        <source>Parquet logs and segments need the DuckDB engine.</source>
        <translation>Parquet-logboeken en segmenten hebben de DuckDB-engine nodig.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/duck_log.py" line="127"/>
        <source>There is not enough free disk space ({size} MB needed) to read this log.</source>
        <translation>Er is niet genoeg vrije schijfruimte ({size} MB nodig) om dit logboek te lezen.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/duck_log.py" line="366"/>
        <source>The log does not fit in {limit} of memory and the disk for temporary files: {reason}</source>
        <translation>Het logboek past niet in {limit} geheugen en de schijfruimte voor tijdelijke bestanden: {reason}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/duck_log.py" line="370"/>
        <location filename="../klantreis_desktop/analysis/duck_log.py" line="373"/>
        <source>The log cannot be read: {reason}</source>
        <translation>Het logboek kan niet gelezen worden: {reason}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/duck_log.py" line="436"/>
        <source>Row {row}: no customer id.</source>
        <translation>Rij {row}: geen klantnummer.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/duck_sql.py" line="64"/>
        <source>The timestamp “{text}” needs the pure-Python reader; choose it for this log.</source>
        <translation>Het tijdstip “{text}” heeft de pure-Python-lezer nodig; kies die voor dit logboek.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/duck_log.py" line="333"/>
        <source>The log names more than {count} different touchpoints; aggregate it first.</source>
        <translation>Het logboek noemt meer dan {count} verschillende contactmomenten; vat het eerst samen.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/duck_log.py" line="438"/>
        <source>Row {row}: no touchpoint.</source>
        <translation>Rij {row}: geen contactmoment.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/duck_log.py" line="440"/>
        <source>Row {row}: the timestamp cannot be read.</source>
        <translation>Rij {row}: het tijdstip is niet te lezen.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/metrics_import.py" line="255"/>
        <source>touchpoint or phase</source>
        <translation>contactmoment of fase</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/metrics_import.py" line="362"/>
        <source>Nothing was imported:</source>
        <translation>Er is niets geïmporteerd:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/metrics_import.py" line="250"/>
        <location filename="../klantreis_desktop/analysis/survey.py" line="106"/>
        <source>There is no such journey in the document.</source>
        <translation>Deze klantreis bestaat niet in het document.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/metrics_import.py" line="252"/>
        <source>Rows can be matched to touchpoints, phases or both.</source>
        <translation>Rijen kunnen bij contactmomenten, fasen of allebei horen.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/metrics_import.py" line="254"/>
        <source>Choose at least one column of figures.</source>
        <translation>Kies minstens één kolom met cijfers.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/metrics_import.py" line="261"/>
        <source>Two metrics, or a metric and the names, use the same column.</source>
        <translation>Twee metrieken, of een metriek en de namen, gebruiken dezelfde kolom.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/metrics_import.py" line="351"/>
        <source>The table holds no figures for this journey.</source>
        <translation>De tabel bevat geen cijfers voor deze klantreis.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/metrics_import.py" line="302"/>
        <source>row {row}: “{name}”</source>
        <translation>rij {row}: “{name}”</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/metrics_import.py" line="343"/>
        <source>{count} names match no touchpoint or phase of the journey: {names}</source>
        <translation>{count} namen passen bij geen contactmoment of fase van de klantreis: {names}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/metrics_import.py" line="297"/>
        <source>Row {row}: no touchpoint or phase name.</source>
        <translation>Rij {row}: geen naam van een contactmoment of fase.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/metrics_import.py" line="354"/>
        <source>Import metrics from {file}</source>
        <translation>Cijfers importeren uit {file}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/metrics_import.py" line="304"/>
        <source>Row {row}: more than one touchpoint is called “{name}”; add a phase column or use the id.</source>
        <translation>Rij {row}: meer dan één contactmoment heet “{name}”; voeg een fasekolom toe of gebruik de id.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/metrics_import.py" line="314"/>
        <source>Row {row}: “{text}” is not a date.</source>
        <translation>Rij {row}: “{text}” is geen datum.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/metrics_import.py" line="329"/>
        <source>Row {row}: {problem}</source>
        <translation>Rij {row}: {problem}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/metrics_import.py" line="335"/>
        <source>Row {row}: {metric} of “{name}” is given twice for the same date.</source>
        <translation>Rij {row}: {metric} van “{name}” staat er twee keer voor dezelfde datum.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/path_table.py" line="244"/>
        <source>The path table cannot be used:</source>
        <translation>De padentabel is niet bruikbaar:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/path_table.py" line="210"/>
        <source>A path table needs the columns “path” and “customers” (found: {columns}).</source>
        <translation>Een padentabel heeft de kolommen “path” en “customers” nodig (gevonden: {columns}).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/path_table.py" line="229"/>
        <source>Row {row}: the path is empty.</source>
        <translation>Rij {row}: het pad is leeg.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/path_table.py" line="232"/>
        <source>Row {row}: the number of customers must be a whole number from 1.</source>
        <translation>Rij {row}: het aantal klanten moet een geheel getal vanaf 1 zijn.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/path_table.py" line="239"/>
        <source>Row {row}: a date cannot be read.</source>
        <translation>Rij {row}: een datum is niet te lezen.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/sheets.py" line="260"/>
        <source>Row {row}: “{text}” in column “{column}” is not a number.</source>
        <translation>Rij {row}: “{text}” in kolom “{column}” is geen getal.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/sheets.py" line="136"/>
        <source>Reading workbooks needs openpyxl.</source>
        <translation>Voor het lezen van werkmappen is openpyxl nodig.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/sheets.py" line="80"/>
        <source>The table has no column “{name}”{what} (columns: {columns}).</source>
        <translation>De tabel heeft geen kolom “{name}”{what} (kolommen: {columns}).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/sheets.py" line="126"/>
        <location filename="../klantreis_desktop/analysis/sheets.py" line="163"/>
        <source>The table has more than {count} rows; aggregate it first.</source>
        <translation>De tabel heeft meer dan {count} rijen; vat hem eerst samen.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/sheets.py" line="240"/>
        <source>Column “{column}” mixes decimal commas (row {comma}) and decimal points (row {point}); use one of them.</source>
        <translation>Kolom “{column}” mengt decimale komma’s (rij {comma}) en decimale punten (rij {point}); gebruik één van beide.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/sheets.py" line="249"/>
        <source>Column “{column}” is empty.</source>
        <translation>Kolom “{column}” is leeg.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/sheets.py" line="95"/>
        <source>{file} is too large for a table ({size} MB; at most {limit} MB). Aggregate it first.</source>
        <translation>{file} is te groot voor een tabel ({size} MB; hooguit {limit} MB). Vat hem eerst samen.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/sheets.py" line="140"/>
        <source>{file} is not a workbook that can be read ({reason}).</source>
        <translation>{file} is geen leesbare werkmap ({reason}).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/sheets.py" line="144"/>
        <source>{file} has no sheet “{sheet}” (sheets: {sheets}).</source>
        <translation>{file} heeft geen werkblad “{sheet}” (werkbladen: {sheets}).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/sheets.py" line="74"/>
        <source>The table has no column {number}.</source>
        <translation>De tabel heeft geen kolom {number}.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/sheets.py" line="235"/>
        <source>Column “{column}” holds text that is not a number:</source>
        <translation>Kolom “{column}” bevat tekst die geen getal is:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/survey.py" line="110"/>
        <source>The survey holds no scores.</source>
        <translation>De enquête bevat geen scores.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/survey.py" line="80"/>
        <source>Scores from {low} to {high} fit no survey scale (−2…+2, 1…5, 1…7, 0…10, 1…10); give the scale.</source>
        <translation>Scores van {low} tot {high} passen op geen enquêteschaal (−2…+2, 1…5, 1…7, 0…10, 1…10); geef de schaal op.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/survey.py" line="127"/>
        <source>There is no persona “{name}”.</source>
        <translation>Er is geen persona “{name}”.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/survey.py" line="143"/>
        <source>Nothing was imported: {count} touchpoints of the survey are not in the journey: {names}</source>
        <translation>Er is niets geïmporteerd: {count} contactmomenten uit de enquête staan niet in de klantreis: {names}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/survey.py" line="154"/>
        <source>Import survey from {file}</source>
        <translation>Enquête importeren uit {file}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/analyse.py" line="58"/>
        <source>LOG</source>
        <translation>LOGBOEK</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/analyse.py" line="59"/>
        <source>check the journey against an event log (CSV or Parquet) or a path table</source>
        <translation>controleer de klantreis tegen een gebeurtenissenlogboek (CSV of Parquet) of een padentabel</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/analyse.py" line="61"/>
        <source>EVENT=TOUCHPOINT</source>
        <translation>GEBEURTENIS=CONTACTMOMENT</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/analyse.py" line="62"/>
        <source>map an event name of the log to a touchpoint (title or id); may be repeated</source>
        <translation>koppel een gebeurtenis uit het logboek aan een contactmoment (titel of id); mag vaker</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/analyse.py" line="66"/>
        <source>the log&apos;s segment column: check each segment apart</source>
        <translation>de segmentkolom van het logboek: controleer elk segment apart</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/analyse.py" line="68"/>
        <source>how to read the log (default: auto, by its size)</source>
        <translation>hoe het logboek gelezen wordt (standaard: auto, naar grootte)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/analyse.py" line="70"/>
        <source>leave out bad rows of the log instead of refusing it</source>
        <translation>laat foute rijen van het logboek weg in plaats van het te weigeren</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/analyse.py" line="49"/>
        <source>POINTS</source>
        <translation>PUNTEN</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/analyse.py" line="137"/>
        <source>No journey to check: none has touchpoints.</source>
        <translation>Geen klantreis om te controleren: geen enkele heeft contactmomenten.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/analyse.py" line="132"/>
        <source>--map needs EVENT=TOUCHPOINT, not “{text}”.</source>
        <translation>--map vraagt GEBEURTENIS=CONTACTMOMENT, niet “{text}”.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/conformance_report.py" line="50"/>
        <source>Designed journey against {source}: {customers}, {fitting} ({share}) follow the map from start to end</source>
        <translation>Ontworpen klantreis tegen {source}: {customers}, {fitting} ({share}) volgen de kaart van begin tot eind</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/conformance_report.py" line="28"/>
        <source>{count} customer</source>
        <translation>{count} klant</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/conformance_report.py" line="28"/>
        <source>{count} customers</source>
        <translation>{count} klanten</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/conformance_report.py" line="61"/>
        <source>  {source} → {target}: {customers} ({share} of those who got there)</source>
        <translation>  {source} → {target}: {customers} ({share} van wie daar aankwam)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/conformance_report.py" line="145"/>
        <source>  {touchpoint} ({persona}): assumed {assumed}, measured {measured} (middle half {low} … {high}, n = {n})</source>
        <translation>  {touchpoint} ({persona}): aangenomen {assumed}, gemeten {measured} (middelste helft {low} … {high}, n = {n})</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/conformance_report.py" line="87"/>
        <source>  {kind}: {source} → {target}: {customers}</source>
        <translation>  {kind}: {source} → {target}: {customers}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/conformance_report.py" line="72"/>
        <source>  {title}: {count} customer stops here ({share} of its visitors)</source>
        <translation>  {title}: {count} klant haakt hier af ({share} van de bezoekers)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/conformance_report.py" line="74"/>
        <source>  {title}: {count} customers stop here ({share} of its visitors)</source>
        <translation>  {title}: {count} klanten haken hier af ({share} van de bezoekers)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/metrics_import.py" line="341"/>
        <source>A name matches no touchpoint or phase of the journey: {names}</source>
        <translation>Een naam past bij geen contactmoment of fase van de klantreis: {names}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/conformance_report.py" line="140"/>
        <source>  … and {count} more</source>
        <translation>  … en nog {count}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/analyse.py" line="157"/>
        <source>--map names no touchpoint of the journey (or more than one with that title): {items}</source>
        <translation>--map noemt geen contactmoment van de klantreis (of meer dan één met die titel): {items}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/analyse.py" line="50"/>
        <source>flag measured scores that differ more than this from the assumed ones (default: the journey&apos;s own setting, 1 point of its scale unless changed)</source>
        <translation>markeer gemeten scores die meer dan dit van de aangenomen scores afwijken (standaard: de instelling van de klantreis zelf, 1 punt van haar schaal tenzij gewijzigd)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/metrics_import.py" line="267"/>
        <source>The columns “{first}” and “{second}” are both mapped to the metric “{metric}”: choose another metric for one of them, or leave one out.</source>
        <translation>De kolommen “{first}” en “{second}” horen allebei bij het cijfer “{metric}”: kies voor een van beide een ander cijfer, of laat er een weg.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/survey.py" line="119"/>
        <source>{count} scores lie outside the scale {low}…{high}; the first in row {row}: {score} at “{name}”.</source>
        <translation>{count} scores liggen buiten de schaal {low}…{high}; de eerste in rij {row}: {score} bij “{name}”.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/survey.py" line="116"/>
        <source>Row {row}: the score {score} at “{name}” lies outside the scale {low}…{high}.</source>
        <translation>Rij {row}: de score {score} bij “{name}” ligt buiten de schaal {low}…{high}.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/conformance_report.py" line="94"/>
        <source>Repeats (the same touchpoint twice or more in a row):</source>
        <translation>Herhalingen (hetzelfde contactmoment twee keer of vaker achter elkaar):</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/conformance_report.py" line="118"/>
        <source>  No shortcuts, ways back or routes the map lacks in this log.</source>
        <translation>  Dit log bevat geen kortere wegen, wegen terug of routes die de kaart mist.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/conformance_report.py" line="112"/>
        <source>Why {count} do not follow the map (a customer can have several reasons):</source>
        <translation>Waarom {count} klanten de kaart niet volgen (een klant kan meer redenen hebben):</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/conformance_report.py" line="114"/>
        <source>  {reason}: {customers}, {only} for this reason only</source>
        <translation>  {reason}: {customers}, van wie {only} alleen om deze reden</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/conformance_report.py" line="95"/>
        <source>  {title}: {customers} ({share} of its visitors)</source>
        <translation>  {title}: {customers} ({share} van de bezoekers)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="34"/>
        <source>{score} at {title}</source>
        <translation>{score} bij {title}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/conformance_report.py" line="131"/>
        <source> — all of them are the customers who take a step the map lacks there</source>
        <translation> — dat zijn allemaal de klanten die daar een stap zetten die de kaart mist</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/conformance_report.py" line="132"/>
        <source> — {count} of them are the customers who take a step the map lacks there</source>
        <translation> — {count} daarvan zijn de klanten die daar een stap zetten die de kaart mist</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="60"/>
        <source>{title} ({votes} votes, impact and effort not rated, {term})</source>
        <translation>{title} ({votes} stemmen, impact en inspanning niet ingeschat, {term})</translation>
    </message>
</context>
<context>
    <name>AnalysisPanel</name>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="57"/>
        <source>“{text}”</source>
        <translation>“{text}”</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="117"/>
        <source>Emotions per persona</source>
        <translation>Emoties per persona</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="129"/>
        <source>Channels × phases</source>
        <translation>Kanalen × fasen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="134"/>
        <source>Pain points per phase</source>
        <translation>Pijnpunten per fase</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="135"/>
        <source>Opportunities</source>
        <translation>Kansen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="137"/>
        <source>Flow</source>
        <translation>Verloop</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="140"/>
        <source>Current vs ideal</source>
        <translation>Huidig tegenover ideaal</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="296"/>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="175"/>
        <source>Quick wins</source>
        <translation>Snelle winst</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="175"/>
        <source>Big bets</source>
        <translation>Grote projecten</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="176"/>
        <source>Fill-ins</source>
        <translation>Tussendoortjes</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="176"/>
        <source>Money pits</source>
        <translation>Geldputten</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="195"/>
        <source>high impact</source>
        <translation>veel impact</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="195"/>
        <source>low impact</source>
        <translation>weinig impact</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="196"/>
        <source>low effort</source>
        <translation>weinig inspanning</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="196"/>
        <source>high effort</source>
        <translation>veel inspanning</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="309"/>
        <source>(untitled journey)</source>
        <translation>(klantreis zonder titel)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="329"/>
        <source>No persona has scored this journey yet.</source>
        <translation>Nog geen enkele persona heeft deze klantreis gescoord.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="388"/>
        <source>No touchpoint has a channel yet.</source>
        <translation>Nog geen enkel contactmoment heeft een kanaal.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="412"/>
        <source>No pain points yet.</source>
        <translation>Nog geen pijnpunten.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="436"/>
        <source>No arrows between touchpoints yet.</source>
        <translation>Nog geen pijlen tussen contactmomenten.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="446"/>
        <source>{reached} of {paths} paths reach the last phase {phase}</source>
        <translation>{reached} van {paths} paden bereiken de laatste fase {phase}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="510"/>
        <source>short</source>
        <translation>kort</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="510"/>
        <source>long</source>
        <translation>lang</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="279"/>
        <source>Open a journey to see its analysis.</source>
        <translation>Open een klantreis om de analyse te zien.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="280"/>
        <source>Choose a journey to see its analysis.</source>
        <translation>Kies een klantreis om de analyse te zien.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="331"/>
        <source>(unnamed persona)</source>
        <translation>(persona zonder naam)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="334"/>
        <source>no emotion scores</source>
        <translation>geen emotiescores</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="390"/>
        <source>Every phase has touchpoints; every channel spans phases.</source>
        <translation>Elke fase heeft contactmomenten; elk kanaal loopt over meerdere fasen.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="403"/>
        <source>(no phase)</source>
        <translation>(geen fase)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="430"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="340"/>
        <source>Swing {change:+d}: {source} → {target}</source>
        <translation>Schommeling {change:+d}: {source} → {target}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="382"/>
        <source>No touchpoints in {phase}</source>
        <translation>Geen contactmomenten in {phase}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="385"/>
        <source>Used in one phase only: {channel}</source>
        <translation>Maar in één fase gebruikt: {channel}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="419"/>
        <source>Not rated yet (impact or effort 0)</source>
        <translation>Nog niet beoordeeld (impact of inspanning 0)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="439"/>
        <source>Dead end: {title}</source>
        <translation>Doodlopend: {title}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="441"/>
        <source>Unreachable: {title}</source>
        <translation>Onbereikbaar: {title}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="444"/>
        <source>Stops before the end goal: {title}</source>
        <translation>Stopt voor het einddoel: {title}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="452"/>
        <source>End goal: {goal}</source>
        <translation>Einddoel: {goal}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="462"/>
        <source>{current} → {ideal}</source>
        <translation>{current} → {ideal}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="346"/>
        <source>Moment of truth ({score}): {title}</source>
        <translation>Moment van de waarheid ({score}): {title}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="406"/>
        <source>{number}. {title} — {votes} votes, impact {impact}</source>
        <translation>{number}. {title} — {votes} stemmen, impact {impact}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="466"/>
        <source>Added: {title}</source>
        <translation>Toegevoegd: {title}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="469"/>
        <source>Dropped: {title}</source>
        <translation>Weggevallen: {title}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="426"/>
        <source>{title}
impact {impact}, effort {effort}, {votes} votes</source>
        <translation>{title}
impact {impact}, inspanning {effort}, {votes} stemmen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="476"/>
        <source>{phase}: {change:+.1f}</source>
        <translation>{phase}: {change:+.1f}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="138"/>
        <source>Measured</source>
        <translation>Gemeten</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/measured_findings.py" line="127"/>
        <source>Shortcut</source>
        <translation>Kortere weg</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/measured_findings.py" line="127"/>
        <source>Way back</source>
        <translation>Terug naar eerder</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/measured_findings.py" line="128"/>
        <source>Route the map lacks</source>
        <translation>Route die de kaart mist</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/measured_findings.py" line="68"/>
        <source>Check these assumptions</source>
        <translation>Controleer deze aannames</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/measured_findings.py" line="93"/>
        <source>Nothing measured yet: File › Import › Metrics… or Survey…, or Analysis › Check Against Event Log…</source>
        <translation>Nog niets gemeten: Bestand › Importeren › Cijfers… of Enquête…, of Analyse › Toetsen aan gebeurtenissenlog…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/measured_findings.py" line="79"/>
        <source>The survey agrees with the team&apos;s curve (no gap over 1 point).</source>
        <translation>De enquête klopt met de curve van het team (nergens meer dan 1 punt verschil).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/measured_findings.py" line="87"/>
        <location filename="../klantreis_desktop/ui/docks/measured_findings.py" line="103"/>
        <source>the log</source>
        <translation>het log</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/measured_findings.py" line="110"/>
        <source>{title}: {share} of its visitors drop out here ({count})</source>
        <translation>{title}: {share} van de bezoekers haakt hier af ({count})</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/measured_findings.py" line="143"/>
        <source>Nobody took {source} → {target}</source>
        <translation>Niemand ging van {source} naar {target}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/measured_findings.py" line="43"/>
        <source>{count} customer</source>
        <translation>{count} klant</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/measured_findings.py" line="43"/>
        <source>{count} customers</source>
        <translation>{count} klanten</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/measured_findings.py" line="102"/>
        <source>Against {source}: {share} of {customers} follow the map</source>
        <translation>Getoetst aan {source}: {share} van {customers} volgt de kaart</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/measured_findings.py" line="117"/>
        <source>{title}: skipped by {customers}</source>
        <translation>{title}: overgeslagen door {customers}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/measured_findings.py" line="130"/>
        <source>{kind}: {source} → {target} ({customers})</source>
        <translation>{kind}: {source} → {target} ({customers})</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/measured_findings.py" line="137"/>
        <source>Step the map lacks: {name} ({customers})</source>
        <translation>Stap die de kaart mist: {name} ({customers})</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/measured_findings.py" line="70"/>
        <source>{title} ({persona}): assumed {assumed}, measured {measured} (middle half {low} … {high}, n = {n})</source>
        <translation>{title} ({persona}): aangenomen {assumed}, gemeten {measured} (middelste helft {low} … {high}, n = {n})</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/measured_findings.py" line="106"/>
        <source>Segment: {name}</source>
        <translation>Segment: {name}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/measured_findings.py" line="176"/>
        <source>… and {count} more (see the poster&apos;s analysis page)</source>
        <translation>… en nog {count} (zie de analysepagina van de poster)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/measured_findings.py" line="168"/>
        <source>No shortcuts, ways back or routes the map lacks in this log.</source>
        <translation>Dit log bevat geen kortere wegen, wegen terug of routes die de kaart mist.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/measured_findings.py" line="161"/>
        <source>Why {count} do not follow the map (several reasons can apply):</source>
        <translation>Waarom {count} klanten de kaart niet volgen (er kunnen meer redenen gelden):</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/measured_findings.py" line="123"/>
        <source>{title}: repeated by {customers} (twice or more in a row)</source>
        <translation>{title}: herhaald door {customers} (twee keer of vaker achter elkaar)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/measured_findings.py" line="164"/>
        <source>{reason}: {customers}, {only} for this reason only</source>
        <translation>{reason}: {customers}, van wie {only} alleen om deze reden</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="336"/>
        <source>Lowest {score}: {title}</source>
        <translation>Laagste {score}: {title}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/measured_findings.py" line="85"/>
        <source>Map changed since the check against {source}: check again (Analysis › Check Against Event Log…)</source>
        <translation>De kaart is veranderd sinds de toetsing aan {source}: toets opnieuw (Analyse › Toetsen aan gebeurtenissenlog…)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="408"/>
        <source>{number}. {title} — {votes} votes, impact not rated</source>
        <translation>{number}. {title} — {votes} stemmen, impact niet ingeschat</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <location filename="../klantreis_desktop/ui/window/autosave_controller.py" line="74"/>
        <source>Autosave: %1</source>
        <extracomment>Write this long after the last edit (milliseconds). ... and at the latest this long after the first unsaved edit, however busy the typing: together with the idle delay a crash loses at most the last ~5 seconds.</extracomment>
        <translation>Automatisch opslaan: %1</translation>
    </message>
</context>
<context>
    <name>BackupOffer</name>
    <message>
        <location filename="../klantreis_desktop/ui/window/backup_offer.py" line="35"/>
        <source>The file could not be opened</source>
        <translation>Het bestand kon niet worden geopend</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/backup_offer.py" line="69"/>
        <source>Saving asks where to keep it.</source>
        <translation>Bij opslaan vraagt Klantreis waar je hem wilt bewaren.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/backup_offer.py" line="71"/>
        <source>Opened with a warning</source>
        <translation>Geopend met een waarschuwing</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/backup_offer.py" line="38"/>
        <source>Klantreis keeps the version saved before it as a backup, “%1”. Open the backup to see it; the damaged file stays as it is.</source>
        <translation>Klantreis bewaart de versie die je daarvoor hebt opgeslagen als reservekopie, “%1”. Open de reservekopie om die te bekijken; het beschadigde bestand blijft zoals het is.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/backup_offer.py" line="41"/>
        <source>Open the &amp;Backup (saved %1)</source>
        <translation>&amp;Reservekopie openen (opgeslagen %1)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/backup_offer.py" line="68"/>
        <source>This is the backup of “%1”.</source>
        <translation>Dit is de reservekopie van “%1”.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/backup_offer.py" line="66"/>
        <source>This is the backup of “%1”, saved %2.</source>
        <translation>Dit is de reservekopie van “%1”, opgeslagen op %2.</translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/card_item.py" line="144"/>
        <source>Drag to another touchpoint to draw a flow arrow</source>
        <extracomment>Radius of the flow handle on a touchpoint&apos;s right edge (drag it to another touchpoint). Qt&apos;s enum members, looked up once: each lookup through a Python enum class costs, and a big journey makes 2,000 cards at start-up. The evidence badge&apos;s words in the map&apos;s language (&quot;&quot;: the interface&apos;s).</extracomment>
        <translation>Sleep naar een ander contactmoment om een pijl te tekenen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/card_item.py" line="269"/>
        <location filename="../klantreis_desktop/ui/canvas/scene_looks.py" line="34"/>
        <source>observed</source>
        <extracomment>The evidence badges&apos; words (context &quot;Canvas&quot;), in the map&apos;s language (see map_words).</extracomment>
        <translation>waargenomen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/card_item.py" line="270"/>
        <location filename="../klantreis_desktop/ui/canvas/scene_looks.py" line="35"/>
        <source>assumed</source>
        <translation>aangenomen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/gestures.py" line="363"/>
        <location filename="../klantreis_desktop/ui/canvas/gestures.py" line="380"/>
        <source>Flow arrows connect touchpoints.</source>
        <extracomment>The card last hovered that an arrow may not end on (its message is shown once).</extracomment>
        <translation>Pijlen verbinden contactmomenten.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/gestures.py" line="321"/>
        <source>Score: {score}</source>
        <translation>Score: {score}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/gestures.py" line="375"/>
        <source>Drop the arrow on another touchpoint.</source>
        <translation>Laat de pijl los op een ander contactmoment.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/edits.py" line="244"/>
        <location filename="../klantreis_desktop/ui/canvas/gestures.py" line="195"/>
        <source>Move card</source>
        <extracomment>lupdate finds the literal translate(&quot;Canvas&quot;, ...) calls. The arrows with an end on a dragged card: they follow it during the drag.</extracomment>
        <translation>Kaart verplaatsen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/edits.py" line="159"/>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="68"/>
        <source>Duplicate</source>
        <translation>Dupliceren</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/edits.py" line="257"/>
        <source>Drop cards into a cell of the grid.</source>
        <translation>Zet kaarten neer in een vak van het raster.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/edits.py" line="321"/>
        <source>New emotion points go to {persona}.</source>
        <translation>Nieuwe emotiepunten gaan naar {persona}.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/edits.py" line="334"/>
        <source>Add a persona first: emotions belong to a persona.</source>
        <translation>Voeg eerst een persona toe: emoties horen bij een persona.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/edits.py" line="356"/>
        <source>Add an emotions lane to see the curve.</source>
        <translation>Voeg een emotiebaan toe om de curve te zien.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/edits.py" line="362"/>
        <source>Emotion point for {persona}: {score}</source>
        <translation>Emotiepunt voor {persona}: {score}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/edits.py" line="372"/>
        <source>Drop a channel on a touchpoint.</source>
        <translation>Laat een kanaal los op een contactmoment.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/edits.py" line="83"/>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="57"/>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="70"/>
        <source>Delete</source>
        <extracomment>lupdate finds the literal translate(&quot;Canvas&quot;, ...) calls. The card kind that typing or pasting text into a lane creates.
----------
lupdate finds the literal translate(&quot;Canvas&quot;, ...) calls.</extracomment>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/edits.py" line="95"/>
        <source>{count} card(s) copied.</source>
        <translation>{count} kaart(en) gekopieerd.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/edits.py" line="144"/>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="178"/>
        <source>Paste</source>
        <translation>Plakken</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/edits.py" line="213"/>
        <source>Change score</source>
        <translation>Score wijzigen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/edits.py" line="342"/>
        <source>Drop the emotion on a touchpoint or a phase.</source>
        <translation>Laat de emotie los op een contactmoment of een fase.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/edits.py" line="289"/>
        <location filename="../klantreis_desktop/ui/canvas/edits.py" line="402"/>
        <source>New phase</source>
        <translation>Nieuwe fase</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/edits.py" line="298"/>
        <location filename="../klantreis_desktop/ui/canvas/edits.py" line="413"/>
        <source>New lane</source>
        <translation>Nieuwe baan</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/edits.py" line="202"/>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="89"/>
        <source>Align</source>
        <translation>Uitlijnen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/edits.py" line="308"/>
        <source>This cannot be dropped on the canvas.</source>
        <translation>Dit kan niet op het canvas worden neergezet.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/entry.py" line="242"/>
        <source>This is the last phase.</source>
        <translation>Dit is de laatste fase.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/entry.py" line="325"/>
        <source>Typing adds to the selected card. For a new card, click an empty spot in the cell.</source>
        <translation>Je typt verder in de geselecteerde kaart. Voor een nieuwe kaart klik je op een lege plek in het vak.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/entry.py" line="197"/>
        <location filename="../klantreis_desktop/ui/canvas/entry.py" line="219"/>
        <source>Quick entry ended.</source>
        <extracomment>lupdate finds the literal translate(&quot;Canvas&quot;, ...) calls.</extracomment>
        <translation>Snelle invoer beëindigd.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="67"/>
        <source>Edit text</source>
        <translation>Tekst bewerken</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="69"/>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="72"/>
        <source>Add a vote</source>
        <translation>Stem toevoegen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="74"/>
        <source>Evidence</source>
        <translation>Onderbouwing</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="102"/>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="153"/>
        <source>Rename</source>
        <translation>Hernoemen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="103"/>
        <source>Hide lane</source>
        <translation>Baan verbergen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="108"/>
        <source>Add lane above</source>
        <translation>Baan erboven toevoegen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="109"/>
        <source>Add lane below</source>
        <translation>Baan eronder toevoegen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="113"/>
        <source>Add metrics lane below</source>
        <translation>Cijferbaan eronder toevoegen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="114"/>
        <source>Metrics</source>
        <translation>Cijfers</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="121"/>
        <source>Delete lane</source>
        <translation>Baan verwijderen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="130"/>
        <source>New emotion points for</source>
        <translation>Nieuwe emotiepunten voor</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="154"/>
        <source>Add phase before</source>
        <translation>Fase ervoor toevoegen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="155"/>
        <source>Add phase after</source>
        <translation>Fase erna toevoegen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="159"/>
        <source>Delete phase</source>
        <translation>Fase verwijderen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="188"/>
        <source>Heat map</source>
        <translation>Hittekaart</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="190"/>
        <source>Off</source>
        <translation>Uit</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="191"/>
        <source>Pain points</source>
        <translation>Pijnpunten</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="192"/>
        <source>Emotions</source>
        <translation>Emoties</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="193"/>
        <source>Channels</source>
        <translation>Kanalen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="220"/>
        <source>Figures for</source>
        <translation>Cijfers van</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="224"/>
        <source>Every customer</source>
        <translation>Alle klanten</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="240"/>
        <source>Show the ideal curve</source>
        <translation>Ideale curve tonen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="242"/>
        <source>Show the current curve</source>
        <translation>Huidige curve tonen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="75"/>
        <source>Observed</source>
        <translation>Waargenomen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="76"/>
        <source>Assumed</source>
        <translation>Aangenomen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="77"/>
        <source>Not stated</source>
        <translation>Niet aangegeven</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="83"/>
        <source>Moment of truth</source>
        <translation>Moment van de waarheid</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="106"/>
        <source>Automatic height</source>
        <translation>Automatische hoogte</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="145"/>
        <source>Show hidden lane</source>
        <translation>Verborgen baan tonen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="90"/>
        <source>Into the leftmost phase</source>
        <translation>Naar de meest linkse fase</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="91"/>
        <source>Into the rightmost phase</source>
        <translation>Naar de meest rechtse fase</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="92"/>
        <source>Into the top lane</source>
        <translation>Naar de bovenste baan</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="93"/>
        <source>Into the bottom lane</source>
        <translation>Naar de onderste baan</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="94"/>
        <source>Spread over consecutive phases</source>
        <translation>Verdelen over opeenvolgende fasen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="175"/>
        <source>New {kind}</source>
        <translation>Nieuw: {kind}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/header_items.py" line="458"/>
        <source>Type to add a card</source>
        <extracomment>How close (scene units) to a lane header&apos;s lower edge a press starts a resize. (persona name, colour) or (label, colour, &quot;dashed&quot;) for a compared journey&apos;s curve. A phase title&apos;s size as the layout fitted it to the column (0: the header size). &quot;Type to add a card&quot; in the focused cell; off while a new card is typed there (the hint would peek out between the last card and the editor). Empty cells of a &quot;channels&quot; lane list the channels their phase&apos;s touchpoints use.</extracomment>
        <translation>Typ om een kaart toe te voegen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/scene.py" line="137"/>
        <source>Add a phase at the end</source>
        <extracomment>Empty room around the map inside the scene rect. Below this zoom the emotion dots are not shown (see JourneyScene.set_view_zoom). The persona chosen for new emotion points (set_emotion_persona), for the palette. Colours and type; the projector theme when presenting (see theme.py). The persona chosen for new emotion points (see emotion_persona); None: the first. Lanes left out of this scene only (a presentation&apos;s audience view). Element ids in the spotlight (the rest is dimmed); None: no spotlight. The phase being presented: the other phases fade a little (None: all equal). The language the map&apos;s own texts are drawn in (scene_looks.map_words). Another journey whose curves are drawn over this one (current vs ideal). persona -&gt; the other journey&apos;s curve for that persona (read-only items). Called with every new layout: drawings that follow the map but are not part of the document (room mode&apos;s curve of the participants&apos; ratings). The analysis heat map shown under the cards (&quot;pain&quot;, &quot;emotion&quot;, &quot;channels&quot;). Whose figures the badges, the metrics lane and a metric&apos;s heat map show: a segment of the imported figures, &quot;&quot; every customer (see ``figure_segment``). Metric badges, measured curves and conformance marks (measured_items.py). Emotion dots are left out when the view is zoomed out this far (see set_view_zoom). Flows and emotion points currently drawn as selected (see _show_selection).</extracomment>
        <translation>Fase aan het eind toevoegen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/scene.py" line="139"/>
        <source>Add a lane at the bottom</source>
        <translation>Baan onderaan toevoegen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/scene_looks.py" line="157"/>
        <source>{metric}, {segment}</source>
        <translation>{metric}, {segment}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/scene_looks.py" line="99"/>
        <source>ideal</source>
        <translation>ideaal</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/scene_looks.py" line="101"/>
        <source>current</source>
        <translation>huidig</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/scene_looks.py" line="105"/>
        <source>{persona} ({scenario})</source>
        <translation>{persona} ({scenario})</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/scene_looks.py" line="181"/>
        <source>measured (dotted)</source>
        <translation>gemeten (stippellijn)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/scene_looks.py" line="186"/>
        <source>□ median; band: middle half</source>
        <translation>□ mediaan; vlak: middelste helft</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/scene_looks.py" line="189"/>
        <source>○ ! check this assumption</source>
        <translation>○ ! controleer deze aanname</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/heat_overlay.py" line="172"/>
        <source>Heat map: {metric} per touchpoint and phase (green = better, red = worse; blue = more)</source>
        <extracomment>How far a touchpoint&apos;s halo reaches past its card. Above the grid (0), under headers (5) and cards (10). The strongest tint&apos;s opacity: cards stay opaque above it, so their text stays readable. Height of the legend strip above the map (inside the scene&apos;s margin).</extracomment>
        <translation>Heatmap: {metric} per contactmoment en fase (groen = beter, rood = slechter; blauw = meer)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/heat_overlay.py" line="176"/>
        <source>Heat map: pain points per phase, votes × impact (more red = more pain)</source>
        <translation>Hittekaart: pijnpunten per fase, stemmen × impact (roder = meer pijn)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/heat_overlay.py" line="179"/>
        <source>Heat map: average feeling per phase (red = negative, green = positive)</source>
        <translation>Hittekaart: gemiddeld gevoel per fase (rood = negatief, groen = positief)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/heat_overlay.py" line="181"/>
        <source>Heat map: touchpoints per channel and phase (more blue = more use)</source>
        <translation>Hittekaart: contactmomenten per kanaal en fase (blauwer = meer gebruikt)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/scene_looks.py" line="184"/>
        <source>measured</source>
        <translation>gemeten</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/scene_looks.py" line="183"/>
        <source>{name}, measured</source>
        <translation>{name}, gemeten</translation>
    </message>
</context>
<context>
    <name>ChannelDialog</name>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/channels_dialog.py" line="90"/>
        <source>Add channel</source>
        <extracomment>The channel added or edited, after its command was pushed.</extracomment>
        <translation>Kanaal toevoegen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/channels_dialog.py" line="91"/>
        <source>Edit channel</source>
        <translation>Kanaal bewerken</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/channels_dialog.py" line="99"/>
        <source>For example: LinkedIn</source>
        <translation>Bijvoorbeeld: LinkedIn</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/channels_dialog.py" line="177"/>
        <source>The channel “%1” is used by one touchpoint. Remove it from there and delete the channel? (Undo brings it back.)</source>
        <translation>Het kanaal “%1” wordt gebruikt door één contactmoment. Het daar weghalen en het kanaal verwijderen? (Ongedaan maken brengt het terug.)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/channels_dialog.py" line="180"/>
        <source>The channel “%1” is used by %2 touchpoints. Remove it from them and delete the channel? (Undo brings it back.)</source>
        <translation>Het kanaal “%1” wordt gebruikt door %2 contactmomenten. Het daar weghalen en het kanaal verwijderen? (Ongedaan maken brengt het terug.)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/channels_dialog.py" line="183"/>
        <source>Remove channel</source>
        <translation>Kanaal verwijderen</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../klantreis_desktop/cli/__init__.py" line="91"/>
        <location filename="../klantreis_desktop/cli/__init__.py" line="158"/>
        <source>usage: </source>
        <translation>gebruik: </translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/__init__.py" line="92"/>
        <source>positional arguments</source>
        <translation>positionele argumenten</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/__init__.py" line="93"/>
        <source>options</source>
        <translation>opties</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/__init__.py" line="94"/>
        <source>show this help message and exit</source>
        <translation>toon deze hulptekst en stop</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/__init__.py" line="96"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/__init__.py" line="97"/>
        <source>unrecognized arguments: %s</source>
        <translation>onbekende argumenten: %s</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/__init__.py" line="99"/>
        <source>the following arguments are required: %s</source>
        <translation>deze argumenten zijn verplicht: %s</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/__init__.py" line="101"/>
        <source>one of the arguments %s is required</source>
        <translation>een van de argumenten %s is verplicht</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/__init__.py" line="102"/>
        <source>not allowed with argument %s</source>
        <translation>niet toegestaan samen met argument %s</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/__init__.py" line="103"/>
        <source>ignored explicit argument %r</source>
        <translation>genegeerd expliciet argument %r</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/__init__.py" line="104"/>
        <source>expected one argument</source>
        <translation>verwacht één argument</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/__init__.py" line="105"/>
        <source>expected at most one argument</source>
        <translation>verwacht hoogstens één argument</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/__init__.py" line="106"/>
        <source>expected at least one argument</source>
        <translation>verwacht minstens één argument</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/__init__.py" line="107"/>
        <source>expected %s argument</source>
        <translation>verwacht %s argument</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/__init__.py" line="108"/>
        <source>expected %s arguments</source>
        <translation>verwacht %s argumenten</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/__init__.py" line="110"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>dubbelzinnige optie: %(option)s kan %(matches)s zijn</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/__init__.py" line="111"/>
        <source>unexpected option string: %s</source>
        <translation>onverwachte optie: %s</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/__init__.py" line="112"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ongeldige %(type)s-waarde: %(value)r</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/__init__.py" line="114"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ongeldige keuze: %(value)r (kies uit %(choices)s)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/__init__.py" line="116"/>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>onbekende opdracht %(parser_name)r (keuze uit: %(choices)s)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/__init__.py" line="145"/>
        <source>{prog}: error: {message}</source>
        <translation>{prog}: fout: {message}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/__init__.py" line="153"/>
        <source>language of the messages (default: the system language)</source>
        <translation>taal van de meldingen (standaard: de taal van het systeem)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/__init__.py" line="159"/>
        <location filename="../klantreis_desktop/cli/__init__.py" line="184"/>
        <location filename="../klantreis_desktop/cli/common.py" line="123"/>
        <location filename="../klantreis_desktop/cli/new.py" line="25"/>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/__init__.py" line="159"/>
        <source>COMMAND</source>
        <translation>OPDRACHT</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/__init__.py" line="164"/>
        <source>Klantreis Desktop: customer journey maps for workshops. Without a command the files open in the window; the commands below work without a window.</source>
        <translation>Klantreis Desktop: klantreizen in kaart brengen tijdens workshops. Zonder opdracht openen de bestanden in het venster; de opdrachten hieronder werken zonder venster.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/__init__.py" line="169"/>
        <source>show the version number and exit</source>
        <translation>toon het versienummer en stop</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/__init__.py" line="173"/>
        <source>commands</source>
        <translation>opdrachten</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/__init__.py" line="183"/>
        <source>Open Klantreis Desktop with the given files.</source>
        <translation>Open Klantreis Desktop met de opgegeven bestanden.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/__init__.py" line="185"/>
        <source>klantreis files to open</source>
        <translation>klantreisbestanden om te openen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/__init__.py" line="187"/>
        <source>start, open the sample journey, draw it, export a PDF to a temporary folder and exit (0 = ok)</source>
        <translation>start, open de voorbeeldklantreis, teken die, exporteer een pdf naar een tijdelijke map en stop (0 = in orde)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/__init__.py" line="251"/>
        <source>unknown command “{name}” (commands: {commands}); to open a file, give its path</source>
        <translation>onbekende opdracht “{name}” (opdrachten: {commands}); geef het pad op om een bestand te openen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/__init__.py" line="307"/>
        <source>The window cannot start: {error}</source>
        <translation>Het venster kan niet starten: {error}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/common.py" line="71"/>
        <location filename="../klantreis_desktop/cli/common.py" line="109"/>
        <location filename="../klantreis_desktop/cli/validate.py" line="36"/>
        <source>{file}: {reason}</source>
        <extracomment>The object ``add_subparsers()`` returns; each command adds its own parser to it.</extracomment>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/common.py" line="74"/>
        <source>Unexpected error ({kind}): {error}</source>
        <translation>Onverwachte fout ({kind}): {error}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/info.py" line="26"/>
        <source>journey</source>
        <translation>klantreis</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/info.py" line="27"/>
        <source>persona</source>
        <translation>persona</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/info.py" line="28"/>
        <source>channel</source>
        <translation>kanaal</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/info.py" line="29"/>
        <source>phase</source>
        <translation>fase</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/info.py" line="30"/>
        <source>lane</source>
        <translation>baan</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/info.py" line="31"/>
        <source>touchpoint</source>
        <translation>contactmoment</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/info.py" line="32"/>
        <source>pain point</source>
        <translation>pijnpunt</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/info.py" line="33"/>
        <source>opportunity</source>
        <translation>kans</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/info.py" line="34"/>
        <source>note</source>
        <translation>notitie</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/info.py" line="35"/>
        <source>goal</source>
        <translation>doel</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/info.py" line="36"/>
        <source>emotion point</source>
        <translation>emotiepunt</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/info.py" line="40"/>
        <source>journeys</source>
        <translation>klantreizen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/info.py" line="41"/>
        <source>personas</source>
        <translation>persona’s</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/info.py" line="42"/>
        <source>channels</source>
        <translation>kanalen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/info.py" line="43"/>
        <source>phases</source>
        <translation>fasen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/info.py" line="44"/>
        <source>lanes</source>
        <translation>banen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/info.py" line="45"/>
        <source>touchpoints</source>
        <translation>contactmomenten</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/info.py" line="46"/>
        <source>pain points</source>
        <translation>pijnpunten</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/info.py" line="47"/>
        <source>opportunities</source>
        <translation>kansen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/info.py" line="48"/>
        <source>notes</source>
        <translation>notities</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/info.py" line="49"/>
        <source>goals</source>
        <translation>doelen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/info.py" line="50"/>
        <source>emotion points</source>
        <translation>emotiepunten</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/info.py" line="57"/>
        <source>current situation</source>
        <translation>huidige situatie</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/info.py" line="58"/>
        <source>ideal situation</source>
        <translation>ideale situatie</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/common.py" line="135"/>
        <source>{file}: file not found</source>
        <translation>{file}: bestand niet gevonden</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/common.py" line="137"/>
        <location filename="../klantreis_desktop/cli/new.py" line="38"/>
        <source>{file}: is a folder, not a file</source>
        <translation>{file}: is een map, geen bestand</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/common.py" line="115"/>
        <source>warning: {message}</source>
        <translation>waarschuwing: {message}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/new.py" line="17"/>
        <source>create a file from a template</source>
        <translation>maak een bestand van een sjabloon</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/new.py" line="18"/>
        <source>Create a new klantreis file from a template.</source>
        <translation>Maak een nieuw klantreisbestand van een sjabloon.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/new.py" line="20"/>
        <source>the template to start from</source>
        <translation>het sjabloon om mee te beginnen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/new.py" line="23"/>
        <source>language of the template texts (default: the language of the messages)</source>
        <translation>taal van de sjabloonteksten (standaard: de taal van de meldingen)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/new.py" line="26"/>
        <source>the file to create</source>
        <translation>het bestand dat gemaakt wordt</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/new.py" line="28"/>
        <source>overwrite the file if it exists</source>
        <translation>overschrijf het bestand als het al bestaat</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/new.py" line="40"/>
        <source>{file} already exists; add --force to overwrite it</source>
        <translation>{file} bestaat al; voeg --force toe om het te overschrijven</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/new.py" line="48"/>
        <source>Created {file} from the template “{template}”.</source>
        <translation>{file} aangemaakt met het sjabloon “{template}”.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/info.py" line="66"/>
        <source>summarise a file</source>
        <translation>vat een bestand samen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/info.py" line="67"/>
        <source>Show the journeys, personas and cards of a file.</source>
        <translation>Toon de klantreizen, persona’s en kaarten van een bestand.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/common.py" line="124"/>
        <source>the klantreis file</source>
        <translation>het klantreisbestand</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/info.py" line="70"/>
        <source>print every element as JSON</source>
        <translation>geef elk element als JSON</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/info.py" line="172"/>
        <source>nothing yet</source>
        <translation>nog niets</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/info.py" line="181"/>
        <source>Title: {title}</source>
        <translation>Titel: {title}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/info.py" line="182"/>
        <source>(untitled)</source>
        <translation>(zonder titel)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/info.py" line="183"/>
        <source>File: {file} (format version {version})</source>
        <translation>Bestand: {file} (formaatversie {version})</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/info.py" line="185"/>
        <source>In total: {counts}</source>
        <translation>In totaal: {counts}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/info.py" line="190"/>
        <source>Journey {number}: {title} ({scenario})</source>
        <translation>Klantreis {number}: {title} ({scenario})</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/info.py" line="193"/>
        <source>Personas: {names}</source>
        <translation>Persona’s: {names}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/info.py" line="195"/>
        <source>Phases: {names}</source>
        <translation>Fasen: {names}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/info.py" line="197"/>
        <source>Lanes: {names}</source>
        <translation>Banen: {names}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/info.py" line="199"/>
        <source>Contents: {counts}</source>
        <translation>Inhoud: {counts}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/validate.py" line="20"/>
        <source>check that a file is sound</source>
        <translation>controleer of een bestand in orde is</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/validate.py" line="21"/>
        <source>Check a file; exit code 0 when it is valid, 1 when not.</source>
        <translation>Controleer een bestand; afsluitcode 0 als het geldig is, 1 als dat niet zo is.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/validate.py" line="34"/>
        <source>{problem} (and {count} more problems)</source>
        <translation>{problem} (en nog {count} problemen)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/validate.py" line="39"/>
        <source>{file}: valid (format version {version})</source>
        <translation>{file}: geldig (formaatversie {version})</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/upgrade.py" line="25"/>
        <source>bring a file to the current format version</source>
        <translation>zet een bestand om naar de huidige formaatversie</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/upgrade.py" line="26"/>
        <source>Rewrite a file in the current format version, in place.</source>
        <translation>Schrijf een bestand opnieuw in de huidige formaatversie, op dezelfde plek.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/upgrade.py" line="30"/>
        <source>rewrite a file that is already current, too</source>
        <translation>herschrijf ook een bestand dat al de huidige versie heeft</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/upgrade.py" line="43"/>
        <source>{file}: already at format version {version}; left as it is (--force rewrites it)</source>
        <translation>{file}: heeft al bestandsversie {version}; ongewijzigd gelaten (--force herschrijft het)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/upgrade.py" line="47"/>
        <source>{file}: made by a newer version (format {version}); not rewritten</source>
        <translation>{file}: gemaakt door een nieuwere versie (bestandsversie {version}); niet herschreven</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/upgrade.py" line="50"/>
        <source>{file}: rewritten at format version {version}</source>
        <translation>{file}: herschreven in bestandsversie {version}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/upgrade.py" line="53"/>
        <source>{file}: format version {old} → {new}</source>
        <translation>{file}: formaatversie {old} → {new}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="45"/>
        <source>the klantreis file to export</source>
        <translation>het klantreisbestand om te exporteren</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="46"/>
        <location filename="../klantreis_desktop/cli/export.py" line="48"/>
        <location filename="../klantreis_desktop/cli/export.py" line="54"/>
        <location filename="../klantreis_desktop/cli/export.py" line="90"/>
        <location filename="../klantreis_desktop/cli/export.py" line="92"/>
        <location filename="../klantreis_desktop/cli/export.py" line="94"/>
        <location filename="../klantreis_desktop/cli/export.py" line="96"/>
        <location filename="../klantreis_desktop/cli/export.py" line="98"/>
        <source>OUT</source>
        <translation>UIT</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="47"/>
        <source>the PDF file to write</source>
        <translation>het pdf-bestand dat geschreven wordt</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="64"/>
        <source>page orientation (default: auto, whichever fits best)</source>
        <translation>paginarichting (standaard: auto, wat het beste past)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="66"/>
        <source>print the poster on A4 or A3 sheets to glue together</source>
        <translation>druk de poster af op A4- of A3-vellen om aan elkaar te plakken</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="67"/>
        <source>MM</source>
        <translation>MM</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="68"/>
        <source>overlap between tiled sheets in mm (default: 10)</source>
        <translation>overlap tussen de vellen in mm (standaard: 10)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="69"/>
        <source>ID|TITLE|all</source>
        <translation>ID|TITEL|all</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="70"/>
        <source>export only this journey (default: all)</source>
        <translation>exporteer alleen deze klantreis (standaard: all, alle klantreizen)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="80"/>
        <source>grey tones only, for black-and-white printers</source>
        <translation>alleen grijstinten, voor zwart-witprinters</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="82"/>
        <source>add a page per persona with its empathy map</source>
        <translation>voeg per persona een pagina met de empathiekaart toe</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="114"/>
        <source>No journey “{name}” in this file; choose from: {names}</source>
        <translation>Geen klantreis “{name}” in dit bestand; kies uit: {names}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="161"/>
        <source>{file}: {pages} pages, {size} kB</source>
        <translation>{file}: {pages} pagina’s, {size} kB</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="111"/>
        <source>Several journeys are called “{name}”; give the id instead: {ids}</source>
        <translation>Meerdere klantreizen heten “{name}”; geef in plaats daarvan het id op: {ids}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="160"/>
        <source>{file}: 1 page, {size} kB</source>
        <translation>{file}: 1 pagina, {size} kB</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="41"/>
        <source>export journeys as a PDF poster, PNG or SVG</source>
        <translation>exporteer klantreizen als pdf-poster, PNG of SVG</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="42"/>
        <source>Export the journeys of a klantreis file as a vector PDF poster (on one page or tiled onto A4/A3 sheets), or as PNG/SVG images for slides and mail (one file per journey).</source>
        <translation>Exporteer de klantreizen van een klantreisbestand als vector-pdf-poster (op één pagina of verdeeld over A4/A3-vellen), of als PNG/SVG-afbeeldingen voor presentaties en e-mail (één bestand per klantreis).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="49"/>
        <source>the PNG image to write</source>
        <translation>de PNG-afbeelding die geschreven wordt</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="50"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="55"/>
        <source>the SVG image to write</source>
        <translation>de SVG-afbeelding die geschreven wordt</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="57"/>
        <source>PNG/SVG: a transparent instead of a white background</source>
        <translation>PNG/SVG: een doorzichtige in plaats van een witte achtergrond</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="193"/>
        <location filename="../klantreis_desktop/cli/export.py" line="225"/>
        <source>The document has no journeys to export.</source>
        <translation>Het document heeft geen klantreizen om te exporteren.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="207"/>
        <source>{file}: {width} × {height} px, {size} kB</source>
        <translation>{file}: {width} × {height} px, {size} kB</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="84"/>
        <source>add an analysis page after each journey&apos;s poster</source>
        <translation>voeg na de poster van elke klantreis een analysepagina toe</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/install_desktop.py" line="112"/>
        <source>add Klantreis to the desktop menu and open .klantreis files with it (Linux)</source>
        <translation>zet Klantreis in het menu van de desktop en open .klantreis-bestanden ermee (Linux)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/install_desktop.py" line="114"/>
        <source>Installs the menu entry, the .klantreis file type and the icons for the current user, for this installation of Klantreis.</source>
        <translation>Installeert het menu-item, het bestandstype .klantreis en de pictogrammen voor de huidige gebruiker, voor deze installatie van Klantreis.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/install_desktop.py" line="118"/>
        <source>remove them again</source>
        <translation>haal ze weer weg</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/install_desktop.py" line="127"/>
        <source>Removed {count} files from {folder}.</source>
        <translation>{count} bestanden verwijderd uit {folder}.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/install_desktop.py" line="131"/>
        <source>Installed the menu entry, the file type and {count} icons in {folder}.</source>
        <translation>Het menu-item, het bestandstype en {count} pictogrammen zijn geïnstalleerd in {folder}.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/install_desktop.py" line="136"/>
        <source>install-desktop failed: {reason}</source>
        <translation>install-desktop mislukt: {reason}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="59"/>
        <source>paper size (default: auto, the smallest ISO sheet on which card text is at least 14 pt), or a custom size like 1000x700mm</source>
        <translation>papierformaat (standaard: auto, het kleinste ISO-vel waarop de kaarttekst minstens 14 pt is), of een eigen formaat zoals 1000x700mm</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="71"/>
        <location filename="../klantreis_desktop/cli/export.py" line="76"/>
        <source>NAMES</source>
        <translation>NAMEN</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="73"/>
        <source>RANGE|NAMES</source>
        <translation>BEREIK|NAMEN</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="72"/>
        <source>only these lanes (names or ids, separated by commas)</source>
        <translation>alleen deze banen (namen of id’s, gescheiden door komma’s)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="74"/>
        <source>only these phases, as numbers (2-4) or names separated by commas</source>
        <translation>alleen deze fasen, als nummers (2-4) of namen gescheiden door komma’s</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="77"/>
        <source>only the emotion curves and profiles of these personas (names or ids, separated by commas)</source>
        <translation>alleen de emotiecurves en profielen van deze persona’s (namen of id’s, gescheiden door komma’s)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="89"/>
        <source>content</source>
        <translation>inhoud</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="131"/>
        <source>Say what to write: --pdf OUT, --png OUT, --svg OUT, --csv OUT, --xlsx OUT, --mermaid OUT, --markdown OUT and/or --opportunities OUT.</source>
        <translation>Zeg wat er geschreven moet worden: --pdf UIT, --png UIT, --svg UIT, --csv UIT, --xlsx UIT, --mermaid UIT, --markdown UIT en/of --opportunities UIT.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="91"/>
        <source>the cards as a CSV sheet (one row per card)</source>
        <translation>de kaarten als CSV-werkblad (één rij per kaart)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="93"/>
        <source>the cards as an Excel workbook</source>
        <translation>de kaarten als Excel-werkmap</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="95"/>
        <source>a Mermaid journey diagram (one file per journey)</source>
        <translation>een Mermaid-klantreisdiagram (één bestand per klantreis)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="97"/>
        <source>a Markdown summary to paste into a report</source>
        <translation>een samenvatting in Markdown om in een rapport te plakken</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="99"/>
        <source>the opportunities, ranked, as CSV for a backlog tool</source>
        <translation>de kansen, gerangschikt, als CSV voor een backlogtool</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="242"/>
        <source>{file}: {size} kB</source>
        <translation>{file}: {size} kB</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_content.py" line="28"/>
        <source>add cards from a CSV/XLSX sheet or a Mermaid diagram</source>
        <translation>kaarten toevoegen uit een CSV/XLSX-werkblad of een Mermaid-diagram</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_content.py" line="29"/>
        <source>Add the cards of a content sheet (as exported with --csv or --xlsx) or a Mermaid journey diagram to a klantreis file.</source>
        <translation>Voeg de kaarten van een inhoudsblad (zoals geëxporteerd met --csv of --xlsx) of een Mermaid-klantreisdiagram toe aan een klantreisbestand.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_content.py" line="31"/>
        <source>SHEET</source>
        <translation>WERKBLAD</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_content.py" line="32"/>
        <source>the sheet (.csv, .xlsx) or diagram (.mmd)</source>
        <translation>het werkblad (.csv, .xlsx) of diagram (.mmd)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_content.py" line="34"/>
        <source>the klantreis file (created when missing)</source>
        <translation>het klantreisbestand (wordt gemaakt als het ontbreekt)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_content.py" line="35"/>
        <location filename="../klantreis_desktop/cli/import_metrics.py" line="40"/>
        <location filename="../klantreis_desktop/cli/import_survey.py" line="41"/>
        <source>ID|TITLE</source>
        <translation>ID|TITEL</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_content.py" line="36"/>
        <source>put every card into this journey instead of the sheet&apos;s journey column</source>
        <translation>zet elke kaart in deze klantreis in plaats van in die uit de klantreiskolom van het werkblad</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_content.py" line="38"/>
        <location filename="../klantreis_desktop/cli/import_metrics.py" line="62"/>
        <location filename="../klantreis_desktop/cli/import_survey.py" line="45"/>
        <location filename="../klantreis_desktop/cli/import_survey.py" line="61"/>
        <source>NAME</source>
        <translation>NAAM</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_content.py" line="39"/>
        <location filename="../klantreis_desktop/cli/import_metrics.py" line="63"/>
        <location filename="../klantreis_desktop/cli/import_survey.py" line="62"/>
        <source>the workbook&apos;s sheet (default: the first)</source>
        <translation>het werkblad in de werkmap (standaard: het eerste)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_content.py" line="40"/>
        <location filename="../klantreis_desktop/cli/import_metrics.py" line="64"/>
        <location filename="../klantreis_desktop/cli/import_survey.py" line="63"/>
        <source>print the result as JSON</source>
        <translation>toon het resultaat als JSON</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_metrics.py" line="34"/>
        <source>put figures from a CSV/XLSX table on touchpoints and phases</source>
        <translation>cijfers uit een CSV/XLSX-tabel bij contactmomenten en fasen zetten</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_metrics.py" line="35"/>
        <source>Import a metrics table (one row per touchpoint or phase, one column per metric) into a journey of a klantreis file.</source>
        <translation>Importeer een tabel met cijfers (één rij per contactmoment of fase, één kolom per metriek) in een klantreis van een klantreisbestand.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_metrics.py" line="37"/>
        <source>TABLE</source>
        <translation>TABEL</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_metrics.py" line="37"/>
        <source>the table (.csv or .xlsx)</source>
        <translation>de tabel (.csv of .xlsx)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_metrics.py" line="41"/>
        <location filename="../klantreis_desktop/cli/import_survey.py" line="42"/>
        <source>the journey (default: the only one with touchpoints)</source>
        <translation>de klantreis (standaard: de enige met contactmomenten)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_metrics.py" line="42"/>
        <location filename="../klantreis_desktop/cli/import_metrics.py" line="55"/>
        <location filename="../klantreis_desktop/cli/import_survey.py" line="43"/>
        <location filename="../klantreis_desktop/cli/import_survey.py" line="47"/>
        <location filename="../klantreis_desktop/cli/import_survey.py" line="49"/>
        <source>COLUMN</source>
        <translation>KOLOM</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_metrics.py" line="43"/>
        <source>the column with the touchpoint or phase title or id</source>
        <translation>de kolom met de titel of id van het contactmoment of de fase</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_metrics.py" line="45"/>
        <source>COLUMN=NAME[:UNIT][:lower]</source>
        <translation>KOLOM=NAAM[:EENHEID][:lower]</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_metrics.py" line="46"/>
        <source>a column of figures and its metric (nps, csat, ces, volume, drop_off, conversion, waiting_time or any name); &apos;:lower&apos; when lower is better; may be repeated</source>
        <translation>een kolom met cijfers en de metriek ervan (nps, csat, ces, volume, drop_off, conversion, waiting_time of een eigen naam); &apos;:lower&apos; als lager beter is; mag vaker</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_metrics.py" line="50"/>
        <source>match rows to touchpoints, phases or both (default)</source>
        <translation>koppel rijen aan contactmomenten, fasen of allebei (standaard)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_metrics.py" line="51"/>
        <source>a phase column that tells equal titles apart</source>
        <translation>een fasekolom die gelijke titels uit elkaar houdt</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_metrics.py" line="52"/>
        <source>a segment column</source>
        <translation>een segmentkolom</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_metrics.py" line="52"/>
        <source>a date column</source>
        <translation>een datumkolom</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_metrics.py" line="53"/>
        <source>a column naming each figure&apos;s source</source>
        <translation>een kolom met de bron van elk cijfer</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_metrics.py" line="56"/>
        <location filename="../klantreis_desktop/cli/import_survey.py" line="57"/>
        <source>TEXT</source>
        <translation>TEKST</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_metrics.py" line="57"/>
        <source>where the figures come from (default: the table&apos;s name)</source>
        <translation>waar de cijfers vandaan komen (standaard: de naam van de tabel)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_metrics.py" line="59"/>
        <source>the figures are estimates, not measurements</source>
        <translation>de cijfers zijn schattingen, geen metingen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_metrics.py" line="61"/>
        <source>import the rows that match and list the others</source>
        <translation>importeer de rijen die passen en noem de andere</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_metrics.py" line="91"/>
        <source>Which column names the touchpoints and which hold figures? Give --key and --metric (the header was not recognised).</source>
        <translation>Welke kolom noemt de contactmomenten en welke bevatten cijfers? Geef --key en --metric (de kopregel werd niet herkend).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_metrics.py" line="123"/>
        <source>not imported: {line}</source>
        <translation>niet geïmporteerd: {line}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_metrics.py" line="131"/>
        <source>Imported {count} figures ({metrics}) onto {nodes} touchpoints and phases of “{journey}” in {file}.</source>
        <translation>{count} cijfers ({metrics}) geïmporteerd bij {nodes} contactmomenten en fasen van “{journey}” in {file}.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_metrics.py" line="76"/>
        <source>--metric needs COLUMN=NAME, not “{text}”.</source>
        <translation>--metric vraagt KOLOM=NAAM, niet “{text}”.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_survey.py" line="28"/>
        <source>a scale like 1-10 or -2..2</source>
        <translation>een schaal zoals 1-10 of -2..2</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_survey.py" line="34"/>
        <source>turn survey scores into a measured emotion curve</source>
        <translation>enquêtescores omzetten in een gemeten emotiecurve</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_survey.py" line="35"/>
        <source>Import a survey (a column per touchpoint, or a touchpoint and a score column) as measured scores per persona or segment, and list the assumptions they contradict.</source>
        <translation>Importeer een enquête (een kolom per contactmoment, of een kolom contactmoment en een kolom score) als gemeten scores per persona of segment, en noem de aannames die ze tegenspreken.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_survey.py" line="38"/>
        <source>SURVEY</source>
        <translation>ENQUÊTE</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_survey.py" line="38"/>
        <source>the survey (.csv or .xlsx)</source>
        <translation>de enquête (.csv of .xlsx)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_survey.py" line="44"/>
        <source>a column with each answer&apos;s persona or segment</source>
        <translation>een kolom met de persona of het segment van elk antwoord</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_survey.py" line="46"/>
        <source>the persona of answers without a segment</source>
        <translation>de persona van antwoorden zonder segment</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_survey.py" line="48"/>
        <source>long form: the column naming the touchpoint</source>
        <translation>lange vorm: de kolom die het contactmoment noemt</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_survey.py" line="50"/>
        <source>long form: the column with the score</source>
        <translation>lange vorm: de kolom met de score</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_survey.py" line="51"/>
        <source>LOW-HIGH</source>
        <translation>LAAG-HOOG</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_survey.py" line="52"/>
        <source>the survey&apos;s scale (default: detected)</source>
        <translation>de schaal van de enquête (standaard: herkend)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_survey.py" line="53"/>
        <source>POINTS</source>
        <translation>PUNTEN</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_survey.py" line="58"/>
        <source>where the answers come from (default: the file&apos;s name)</source>
        <translation>waar de antwoorden vandaan komen (standaard: de bestandsnaam)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_survey.py" line="59"/>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-DD</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_survey.py" line="60"/>
        <source>when the survey was held</source>
        <translation>wanneer de enquête gehouden is</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_survey.py" line="74"/>
        <source>Give --touchpoint and --score together.</source>
        <translation>Geef --touchpoint en --score samen op.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_survey.py" line="100"/>
        <source>Imported {answers} answers (scale {low}…{high}) as measured scores in {file}.</source>
        <translation>{answers} antwoorden (schaal {low}…{high}) als gemeten scores geïmporteerd in {file}.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_survey.py" line="78"/>
        <source>“{text}” is not a date.</source>
        <translation>“{text}” is geen datum.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/measured_files.py" line="50"/>
        <source>No journey “{name}” in this file.</source>
        <translation>Geen klantreis “{name}” in dit bestand.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/measured_files.py" line="53"/>
        <source>Say which journey with --journey (the file has {count} journeys with touchpoints).</source>
        <translation>Zeg met --journey welke klantreis (het bestand heeft {count} klantreizen met contactmomenten).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/measured_files.py" line="48"/>
        <source>Several journeys are called “{name}”; give the id instead.</source>
        <translation>Meerdere klantreizen heten “{name}”; geef de id.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_content.py" line="87"/>
        <source>Arrows that the sheet no longer lists, removed: {count}.</source>
        <translation>Pijlen die niet meer in het blad staan, verwijderd: {count}.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="87"/>
        <source>check against an event log (PDF, PNG, SVG)</source>
        <translation>toetsen aan een gebeurtenissenlog (pdf, png, svg)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="134"/>
        <source>--against draws the check on the poster: add --pdf OUT, --png OUT or --svg OUT.</source>
        <translation>--against tekent de toetsing op de poster: voeg --pdf UIT, --png UIT of --svg UIT toe.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_survey.py" line="54"/>
        <source>flag assumptions that differ more than this, and keep it as the journey&apos;s setting (default: the journey&apos;s own, 1 point unless changed)</source>
        <translation>markeer aannames die meer dan dit afwijken, en bewaar dit als instelling van de klantreis (standaard: die van de klantreis zelf, 1 punt tenzij gewijzigd)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_content.py" line="90"/>
        <source>Nothing changed: {file} already holds what the sheet says.</source>
        <translation>Niets veranderd: {file} bevat al wat er in het blad staat.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_content.py" line="93"/>
        <source>{updated} updated and {added} added in {file}.</source>
        <translation>{updated} bijgewerkt en {added} toegevoegd in {file}.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_content.py" line="99"/>
        <source>Added {cards} to {file}.</source>
        <translation>{cards} toegevoegd aan {file}.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_metrics.py" line="146"/>
        <source>The columns {names} hold no figures and were left out.</source>
        <translation>De kolommen {names} bevatten geen cijfers en zijn overgeslagen.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_metrics.py" line="144"/>
        <source>The column {names} holds no figures and was left out.</source>
        <translation>De kolom {names} bevat geen cijfers en is overgeslagen.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="51"/>
        <source>PNG resolution in dots per inch (default: 150). With a chosen --paper the PNG is that whole sheet at this resolution; with auto, 96 is the size on screen</source>
        <translation>PNG-resolutie in punten per inch (standaard: 150). Met een gekozen --paper is de PNG dat hele vel bij deze resolutie; met auto is 96 de grootte op het scherm</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_content.py" line="97"/>
        <source>No card changed in {file}.</source>
        <translation>Geen kaart gewijzigd in {file}.</translation>
    </message>
</context>
<context>
    <name>Clipboard</name>
    <message>
        <location filename="../klantreis_desktop/model/clipboard.py" line="34"/>
        <source>The clipboard does not hold klantreis cards.</source>
        <extracomment>Largest clipboard text and card count accepted (a whole poster is a few hundred cards).</extracomment>
        <translation>Het klembord bevat geen klantreiskaarten.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/clipboard.py" line="151"/>
        <location filename="../klantreis_desktop/model/clipboard.py" line="179"/>
        <source>Paste</source>
        <translation>Plakken</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/clipboard.py" line="98"/>
        <source>The clipboard holds too much data to paste.</source>
        <translation>Het klembord bevat te veel gegevens om te plakken.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/clipboard.py" line="113"/>
        <source>These cards were copied from a newer version of the program.</source>
        <translation>Deze kaarten zijn gekopieerd uit een nieuwere versie van het programma.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/clipboard.py" line="153"/>
        <source>Add a phase and a lane before pasting cards.</source>
        <translation>Voeg eerst een fase en een baan toe voordat je kaarten plakt.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/clipboard.py" line="208"/>
        <source>Paste into a cell of this journey.</source>
        <translation>Plak in een vak van deze klantreis.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/clipboard.py" line="119"/>
        <source>At most {count} cards can be pasted at once.</source>
        <translation>Je kunt hoogstens {count} kaarten tegelijk plakken.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/clipboard.py" line="145"/>
        <source>The journey {id} does not exist.</source>
        <translation>De klantreis {id} bestaat niet.</translation>
    </message>
</context>
<context>
    <name>ColourButton</name>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/field_editors.py" line="77"/>
        <source>Default</source>
        <extracomment>Text attributes edited in a multi-line box although their limit is short. Text attributes that hold a ``#rrggbb`` colour.</extracomment>
        <translation>Standaard</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/field_editors.py" line="78"/>
        <source>Back to the usual colour</source>
        <translation>Terug naar de gewone kleur</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/field_editors.py" line="97"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/field_editors.py" line="98"/>
        <source>The usual colour; click to choose another</source>
        <translation>De gewone kleur; klik om een andere te kiezen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/field_editors.py" line="102"/>
        <source>Choose a colour</source>
        <translation>Kies een kleur</translation>
    </message>
</context>
<context>
    <name>Conformance</name>
    <message>
        <location filename="../klantreis_desktop/analysis/conformance.py" line="50"/>
        <source>repeat a touchpoint (twice or more in a row)</source>
        <extracomment>Why a customer&apos;s walk does not fit (what ``fitting`` requires, broken down): a step repeated in a row, dropping out before a designed end, an event the map lacks, a first step that is no designed start, a shortcut, a way back, a route the map lacks, or no event that is a touchpoint of the map at all. What each reason means, in the words the findings use (translated where they are shown: the interface&apos;s language, or a poster&apos;s own).</extracomment>
        <translation>doen een contactmoment opnieuw (twee keer of vaker achter elkaar)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/conformance.py" line="51"/>
        <source>drop out before an end of the map</source>
        <translation>haken af voor een eindpunt van de kaart</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/conformance.py" line="52"/>
        <source>take a step the map lacks</source>
        <translation>zetten een stap die de kaart mist</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/conformance.py" line="53"/>
        <source>start elsewhere than at a start of the map</source>
        <translation>beginnen ergens anders dan bij een begin van de kaart</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/conformance.py" line="55"/>
        <source>take a shortcut</source>
        <translation>nemen een kortere weg</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/conformance.py" line="56"/>
        <source>go back to an earlier touchpoint</source>
        <translation>gaan terug naar een eerder contactmoment</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/conformance.py" line="57"/>
        <source>take a route the map lacks</source>
        <translation>nemen een route die de kaart mist</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/conformance.py" line="58"/>
        <source>do no touchpoint of the map</source>
        <translation>komen geen enkel contactmoment van de kaart tegen</translation>
    </message>
</context>
<context>
    <name>ConformanceDialog</name>
    <message>
        <location filename="../klantreis_desktop/ui/importing/conformance_dialog.py" line="132"/>
        <location filename="../klantreis_desktop/ui/importing/conformance_dialog.py" line="201"/>
        <source>Check against event log</source>
        <translation>Toetsen aan gebeurtenissenlog</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/conformance_dialog.py" line="137"/>
        <source>An event log (CSV, Parquet) or a path table</source>
        <translation>Een gebeurtenissenlog (CSV, Parquet) of een padentabel</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/conformance_dialog.py" line="147"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/conformance_dialog.py" line="443"/>
        <source>Check again</source>
        <translation>Opnieuw toetsen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/conformance_dialog.py" line="202"/>
        <source>Event logs and path tables (*.csv *.txt *.parquet);;All files (*)</source>
        <translation>Gebeurtenissenlogs en padentabellen (*.csv *.txt *.parquet);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/conformance_dialog.py" line="183"/>
        <source>Steps of the log that match no touchpoint by title; choose one where it is the same step:</source>
        <translation>Stappen uit het log die op titel bij geen enkel contactmoment passen; kies er een als het om dezelfde stap gaat:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/conformance_dialog.py" line="375"/>
        <source>(a step the map lacks)</source>
        <translation>(een stap die de kaart mist)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/conformance_dialog.py" line="415"/>
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/conformance_dialog.py" line="419"/>
        <source>The check failed.</source>
        <translation>Het toetsen is mislukt.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/conformance_dialog.py" line="433"/>
        <source>Cancelling…</source>
        <translation>Bezig met annuleren…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/conformance_dialog.py" line="258"/>
        <source>Reading {file}…</source>
        <translation>{file} wordt gelezen…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/conformance_dialog.py" line="383"/>
        <source>Every step of the log is a touchpoint of the map.</source>
        <translation>Elke stap uit het log is een contactmoment op de kaart.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/conformance_dialog.py" line="421"/>
        <source>Row {row}: {message}</source>
        <translation>Rij {row}: {message}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/conformance_dialog.py" line="64"/>
        <source>{count} customer</source>
        <translation>{count} klant</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/conformance_dialog.py" line="64"/>
        <source>{count} customers</source>
        <translation>{count} klanten</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/conformance_dialog.py" line="343"/>
        <source>Replaying {customers} on the journey…</source>
        <translation>De klantreis wordt afgespeeld met {customers}…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/conformance_dialog.py" line="355"/>
        <source>{share} of {customers} follow the map; the canvas shows arrow shares and drop-outs.</source>
        <translation>{share} van {customers} volgt de kaart; op de kaart zie je per pijl het aandeel en waar klanten afhaken.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/conformance_dialog.py" line="143"/>
        <source>Log and columns</source>
        <translation>Log en kolommen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/conformance_dialog.py" line="144"/>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/conformance_dialog.py" line="149"/>
        <location filename="../klantreis_desktop/ui/importing/conformance_dialog.py" line="444"/>
        <source>Check</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/conformance_dialog.py" line="173"/>
        <source>Segment:</source>
        <translation>Segment:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/conformance_dialog.py" line="273"/>
        <source>All customers</source>
        <translation>Alle klanten</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/conformance_dialog.py" line="236"/>
        <source>Choose a log first.</source>
        <translation>Kies eerst een log.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/conformance_dialog.py" line="226"/>
        <source>{file}: its columns are known by name; press Check.</source>
        <translation>{file}: de kolommen zijn bekend aan hun naam; klik op Toetsen.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/conformance_dialog.py" line="267"/>
        <source>The segment column holds {count} different values; the check covers all customers together.</source>
        <translation>De segmentkolom heeft {count} verschillende waarden; de toetsing neemt alle klanten samen.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/conformance_dialog.py" line="321"/>
        <source>The check shown on the canvas: {share} of {customers} follow the map.</source>
        <translation>De toetsing die nu op de kaart staat: {share} van {customers} volgt de kaart.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/conformance_dialog.py" line="314"/>
        <source>The map changed since the last check: press Check to check it again.</source>
        <translation>De kaart is veranderd sinds de laatste toetsing: klik op Toetsen om opnieuw te toetsen.</translation>
    </message>
</context>
<context>
    <name>DiskGuard</name>
    <message>
        <location filename="../klantreis_desktop/ui/window/disk_guard.py" line="52"/>
        <source>The file is already open</source>
        <translation>Het bestand is al geopend</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/disk_guard.py" line="56"/>
        <source>Open it read-only to look without changing the file, or open a copy to work on your own. Open it anyway only if nobody is working on it any more: changes made there could be lost.</source>
        <translation>Open het alleen-lezen om te kijken zonder het bestand te wijzigen, of open een kopie om zelf verder te werken. Open het toch alleen als niemand er meer aan werkt: wijzigingen die daar gemaakt worden, kunnen dan verloren gaan.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/disk_guard.py" line="72"/>
        <source>The file was changed elsewhere</source>
        <translation>Het bestand is elders gewijzigd</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/disk_guard.py" line="78"/>
        <source>Save your version as a copy to keep both, or overwrite the file: the changes made elsewhere would then be lost.</source>
        <translation>Sla jouw versie op als kopie om beide te bewaren, of overschrijf het bestand: de wijzigingen die elders zijn gemaakt, gaan dan verloren.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/disk_guard.py" line="61"/>
        <source>Open &amp;Read-Only</source>
        <translation>&amp;Alleen-lezen openen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/disk_guard.py" line="62"/>
        <source>Open a &amp;Copy</source>
        <translation>Een &amp;kopie openen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/disk_guard.py" line="63"/>
        <source>Open &amp;Anyway</source>
        <translation>&amp;Toch openen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/disk_guard.py" line="82"/>
        <source>Save as a &amp;Copy…</source>
        <translation>Opslaan als &amp;kopie…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/disk_guard.py" line="83"/>
        <source>&amp;Overwrite</source>
        <translation>&amp;Overschrijven</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/disk_guard.py" line="84"/>
        <source>Show the &amp;Version on Disk</source>
        <translation>&amp;Versie op schijf tonen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/disk_guard.py" line="121"/>
        <source>&amp;Reload</source>
        <translation>Opnieuw &amp;laden</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/disk_guard.py" line="125"/>
        <source>Show the Version on Disk</source>
        <translation>Versie op schijf tonen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/disk_guard.py" line="129"/>
        <source>Dismiss</source>
        <translation>Negeren</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/disk_guard.py" line="73"/>
        <source>“%1” was changed on disk after you opened or last saved it, by another window, another computer or another program.</source>
        <translation>“%1” is op schijf gewijzigd nadat je het opende of voor het laatst opsloeg, door een ander venster, een andere computer of een ander programma.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/disk_guard.py" line="136"/>
        <source>“%1” was changed on disk by someone else. Reload it to see their version.</source>
        <translation>“%1” is op schijf gewijzigd door iemand anders. Laad het opnieuw om die versie te zien.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/disk_guard.py" line="143"/>
        <source>“%1” was changed on disk by someone else, and you have unsaved changes here. Saving will ask whether to keep both.</source>
        <translation>“%1” is op schijf gewijzigd door iemand anders, en je hebt hier niet-opgeslagen wijzigingen. Bij opslaan wordt gevraagd of je beide wilt bewaren.</translation>
    </message>
</context>
<context>
    <name>DocumentTabs</name>
    <message>
        <location filename="../klantreis_desktop/ui/window/document_tabs.py" line="135"/>
        <location filename="../klantreis_desktop/ui/window/document_tabs.py" line="149"/>
        <source>Add a journey</source>
        <extracomment>The smallest zoom a canvas opens with when it is fitted to the window: below it the whole map would be too small to read, so it shows every phase (the width) and scrolls. The largest: a small or blank map fitted to a big screen came up at 314 %, its card text 40 pt high (review s7); it opens at this zoom, centred, and the person zooms on. The current canvas chose another persona for new emotion points (or the tab changed). One tab page per journey; it holds the journey&apos;s view once that is made. The canvases made so far (the current journey&apos;s always is). Journeys whose canvas got its first zoom and scroll position (on first display). Journeys shown fitted to the window until the person zooms, scrolls or clicks. The first fit comes before the window has its final size (the window manager maximises it a moment later), so every resize fits again until then.</extracomment>
        <translation>Klantreis toevoegen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/document_tabs.py" line="146"/>
        <source>This document has no journey yet.</source>
        <translation>Dit document heeft nog geen klantreis.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/document_tabs.py" line="391"/>
        <location filename="../klantreis_desktop/ui/window/document_tabs.py" line="403"/>
        <source>Not possible</source>
        <translation>Niet mogelijk</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/document_tabs.py" line="419"/>
        <source>Rename journey</source>
        <translation>Klantreis hernoemen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/document_tabs.py" line="437"/>
        <location filename="../klantreis_desktop/ui/window/document_tabs.py" line="442"/>
        <source>Delete journey</source>
        <translation>Klantreis verwijderen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/document_tabs.py" line="438"/>
        <source>Delete the journey “%1” with all its phases, lanes and cards?
You can undo this with Undo.</source>
        <translation>De klantreis “%1” met al haar fasen, banen en kaarten verwijderen?
Je kunt dit terugdraaien met Ongedaan maken.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/document_tabs.py" line="458"/>
        <source>Reorder journeys</source>
        <translation>Volgorde van klantreizen wijzigen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/document_tabs.py" line="505"/>
        <source>Rename</source>
        <translation>Hernoemen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/document_tabs.py" line="506"/>
        <source>Duplicate</source>
        <translation>Dupliceren</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/document_tabs.py" line="507"/>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/document_tabs.py" line="513"/>
        <source>Empty journey</source>
        <translation>Lege klantreis</translation>
    </message>
</context>
<context>
    <name>EmpathyScreen</name>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/empathy.py" line="39"/>
        <source>Empathy map: {name}</source>
        <extracomment>Says/thinks over does/feels, pains and gains below: the workshop poster&apos;s order.</extracomment>
        <translation>Empathiekaart: {name}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/empathy.py" line="42"/>
        <source>Empathy map — {name}</source>
        <translation>Empathiekaart — {name}</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../klantreis_desktop/export/pdf_fonts.py" line="93"/>
        <source>The font {name} could not be loaded; the installation may be damaged.</source>
        <extracomment>Every font file the app ships: (font, files, licence, licence text file), for the About dialog&apos;s licence text and resources/fonts/README.md. Where a line may break: ordinary spaces only (not no-break spaces, U+00A0/U+202F/U+2007). Faces read when first drawn or measured, not up front: most posters use no oblique text (only persona quotes, phase durations and the analysis page do), and ReportLab reads a TrueType file in pure Python (~15 ms each).</extracomment>
        <translation>Het lettertype {name} kon niet worden geladen; de installatie is mogelijk beschadigd.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_options.py" line="129"/>
        <source>The overlap must lie between 0 and 50 mm.</source>
        <translation>De overlap moet tussen 0 en 50 mm liggen.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_options.py" line="131"/>
        <source>The margin must lie between 0 and 100 mm.</source>
        <translation>De marge moet tussen 0 en 100 mm liggen.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_options.py" line="100"/>
        <source>Unknown paper size “{paper}”. Use A4, A3, A2, A1, A0 or a custom size like 1000x700mm.</source>
        <translation>Onbekend papierformaat “{paper}”. Gebruik A4, A3, A2, A1, A0 of een eigen formaat zoals 1000x700mm.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_options.py" line="110"/>
        <source>The paper is {width:.0f} × {height:.0f} mm; PDF pages can be at most 5080 mm on each side. Choose a smaller size or tile the poster.</source>
        <translation>Het papier is {width:.0f} × {height:.0f} mm; een pdf-pagina mag aan elke kant hoogstens 5080 mm zijn. Kies een kleiner formaat of verdeel de poster over vellen.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_options.py" line="114"/>
        <source>The paper is {width:.0f} × {height:.0f} mm; each side must be at least 50 mm.</source>
        <translation>Het papier is {width:.0f} × {height:.0f} mm; elke kant moet minstens 50 mm zijn.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_options.py" line="123"/>
        <source>Unknown orientation “{value}”: use auto, portrait or landscape.</source>
        <translation>Onbekende richting “{value}”: gebruik auto, portrait (staand) of landscape (liggend).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_options.py" line="126"/>
        <source>Tiles can be printed on A4 or A3, not on “{value}”.</source>
        <translation>Vellen kunnen op A4 of A3 worden afgedrukt, niet op “{value}”.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf.py" line="74"/>
        <source>Customer journey map</source>
        <translation>Klantreiskaart</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf.py" line="75"/>
        <source>customer journey</source>
        <translation>klantreis</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_plan.py" line="123"/>
        <source>The document has no journeys to export.</source>
        <translation>Het document heeft geen klantreizen om te exporteren.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/files.py" line="113"/>
        <source>The folder “{folder}” does not exist.</source>
        <translation>De map “{folder}” bestaat niet.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/files.py" line="116"/>
        <source>“{path}” is a folder, not a file name.</source>
        <translation>“{path}” is een map, geen bestandsnaam.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_plan.py" line="130"/>
        <location filename="../klantreis_desktop/ui/exporting/export_image.py" line="88"/>
        <source>The journey “{id}” does not exist in this document.</source>
        <translation>De klantreis “{id}” bestaat niet in dit document.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_persona.py" line="87"/>
        <source>Pains</source>
        <translation>Pijnpunten</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_persona.py" line="89"/>
        <source>Gains</source>
        <translation>Voordelen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="352"/>
        <location filename="../klantreis_desktop/export/pdf_persona.py" line="44"/>
        <source>Unnamed persona</source>
        <translation>Naamloze persona</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_persona.py" line="61"/>
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_persona.py" line="61"/>
        <source>Needs</source>
        <translation>Behoeften</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_persona.py" line="62"/>
        <source>Frustrations</source>
        <translation>Frustraties</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_persona.py" line="63"/>
        <source>Preferred channels</source>
        <translation>Voorkeurskanalen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_persona.py" line="73"/>
        <source>Empathy map</source>
        <translation>Empathiekaart</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_persona.py" line="78"/>
        <source>Says</source>
        <translation>Zegt</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_persona.py" line="78"/>
        <source>Thinks</source>
        <translation>Denkt</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_persona.py" line="79"/>
        <source>Does</source>
        <translation>Doet</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_persona.py" line="79"/>
        <source>Feels</source>
        <translation>Voelt</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_band.py" line="207"/>
        <location filename="../klantreis_desktop/export/pdf_persona.py" line="50"/>
        <source>{age} years</source>
        <translation>{age} jaar</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="501"/>
        <location filename="../klantreis_desktop/export/pdf_poster.py" line="364"/>
        <source>Untitled journey</source>
        <translation>Klantreis zonder titel</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_text.py" line="260"/>
        <location filename="../klantreis_desktop/export/pdf_band.py" line="47"/>
        <source>Touchpoint</source>
        <translation>Contactmoment</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_band.py" line="47"/>
        <source>Pain point</source>
        <translation>Pijnpunt</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_band.py" line="48"/>
        <source>Opportunity</source>
        <translation>Kans</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_band.py" line="48"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_band.py" line="49"/>
        <source>Goal / KPI</source>
        <translation>Doel / KPI</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf.py" line="78"/>
        <location filename="../klantreis_desktop/export/pdf_poster.py" line="368"/>
        <source>Ideal situation</source>
        <translation>Ideale situatie</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf.py" line="79"/>
        <location filename="../klantreis_desktop/export/pdf_poster.py" line="369"/>
        <source>Current situation</source>
        <translation>Huidige situatie</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_band.py" line="235"/>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_poster.py" line="382"/>
        <source>Date: {date}</source>
        <translation>Datum: {date}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_text.py" line="260"/>
        <location filename="../klantreis_desktop/export/pdf_band.py" line="269"/>
        <source>Channels</source>
        <translation>Kanalen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_band.py" line="278"/>
        <source>Emotion</source>
        <translation>Emotie</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_band.py" line="281"/>
        <source>Scale {low} (very negative) to {high} (very positive)</source>
        <translation>Schaal {low} (zeer negatief) tot {high} (zeer positief)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_poster.py" line="374"/>
        <source>Personas: {names}</source>
        <translation>Persona’s: {names}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_poster.py" line="376"/>
        <source>Time span: {span}</source>
        <translation>Tijdsinterval: {span}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="459"/>
        <location filename="../klantreis_desktop/export/pdf_poster.py" line="379"/>
        <source>End goal: {goal}</source>
        <translation>Einddoel: {goal}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_poster.py" line="391"/>
        <source>File: {name}</source>
        <translation>Bestand: {name}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_poster.py" line="385"/>
        <source>Version: {version}</source>
        <translation>Versie: {version}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_band.py" line="222"/>
        <source>Goals: {goals}</source>
        <translation>Doelen: {goals}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_tiling.py" line="168"/>
        <source>Print at 100 % (actual size)</source>
        <translation>Afdrukken op 100 % (ware grootte)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_band.py" line="247"/>
        <source>Marks on cards</source>
        <translation>Symbolen op kaarten</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_band.py" line="87"/>
        <source>Moment of truth</source>
        <translation>Moment van de waarheid</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_band.py" line="87"/>
        <source>Assumed, not observed</source>
        <translation>Aangenomen, niet waargenomen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_text.py" line="273"/>
        <location filename="../klantreis_desktop/export/pdf_band.py" line="88"/>
        <source>Votes</source>
        <translation>Stemmen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_band.py" line="88"/>
        <source>Impact, effort (0–5)</source>
        <translation>Impact, inspanning (0–5)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/files.py" line="56"/>
        <source>At {dpi} DPI the image would be {width} × {height} pixels, too large to make. Choose {fitting} DPI or less.</source>
        <translation>Bij {dpi} DPI wordt de afbeelding {width} × {height} pixels, te groot om te maken. Kies {fitting} DPI of minder.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/files.py" line="40"/>
        <source>The resolution must lie between {low} and {high} DPI.</source>
        <translation>De resolutie moet tussen {low} en {high} DPI liggen.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/files.py" line="120"/>
        <location filename="../klantreis_desktop/export/files.py" line="123"/>
        <source>The file could not be written to “{path}”: {reason}</source>
        <translation>Het bestand kon niet worden geschreven naar “{path}”: {reason}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_image.py" line="219"/>
        <source>The image could not be encoded as PNG.</source>
        <translation>De afbeelding kon niet naar PNG worden omgezet.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_image.py" line="180"/>
        <source>There is not enough memory for an image of {width} × {height} pixels.</source>
        <translation>Er is niet genoeg geheugen voor een afbeelding van {width} × {height} pixels.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="64"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="504"/>
        <source>current situation</source>
        <translation>huidige situatie</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="504"/>
        <source>ideal situation</source>
        <translation>ideale situatie</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="60"/>
        <location filename="../klantreis_desktop/export/pdf_conformance.py" line="165"/>
        <location filename="../klantreis_desktop/export/pdf_conformance.py" line="212"/>
        <source>“{text}”</source>
        <translation>‘{text}’</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="242"/>
        <source>Quick wins</source>
        <translation>Snelle winst</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="242"/>
        <source>Big bets</source>
        <translation>Grote projecten</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="243"/>
        <source>Fill-ins</source>
        <translation>Tussendoortjes</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="243"/>
        <source>Money pits</source>
        <translation>Geldputten</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="246"/>
        <source>high impact, low effort</source>
        <translation>veel impact, weinig inspanning</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="247"/>
        <source>high impact, high effort</source>
        <translation>veel impact, veel inspanning</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="248"/>
        <source>low impact, low effort</source>
        <translation>weinig impact, weinig inspanning</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="249"/>
        <source>low impact, high effort</source>
        <translation>weinig impact, veel inspanning</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="344"/>
        <source>Emotions per persona</source>
        <translation>Emoties per persona</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="370"/>
        <source>Channels per phase (number of touchpoints)</source>
        <translation>Kanalen per fase (aantal contactmomenten)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="382"/>
        <source>Pain points per phase (most votes, then impact)</source>
        <translation>Pijnpunten per fase (meeste stemmen, dan impact)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="400"/>
        <source>Opportunities by impact and effort</source>
        <translation>Kansen naar impact en inspanning</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="443"/>
        <source>Flow</source>
        <translation>Verloop</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="500"/>
        <source>Analysis — {title}</source>
        <translation>Analyse — {title}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="322"/>
        <source>short term</source>
        <translation>korte termijn</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="322"/>
        <source>long term</source>
        <translation>lange termijn</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="326"/>
        <source>{votes} votes</source>
        <translation>{votes} stemmen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="347"/>
        <source>No persona has emotion scores in this journey yet.</source>
        <translation>Nog geen enkele persona heeft emotiescores in deze klantreis.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="375"/>
        <source>No touchpoint uses a channel yet.</source>
        <translation>Nog geen contactmoment gebruikt een kanaal.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="398"/>
        <source>No pain points yet.</source>
        <translation>Nog geen pijnpunten.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="528"/>
        <source>{count} texts did not fit on this page and were shortened (“…”) or left out.</source>
        <translation>{count} teksten pasten niet op deze pagina en zijn ingekort (‘…’) of weggelaten.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="328"/>
        <source>impact {impact}</source>
        <translation>impact {impact}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="356"/>
        <source>No emotion scores yet.</source>
        <translation>Nog geen emotiescores.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="376"/>
        <source>Phases without touchpoints: {items}</source>
        <translation>Fasen zonder contactmomenten: {items}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="379"/>
        <source>Channels used in one phase only: {items}</source>
        <translation>Kanalen die maar in één fase voorkomen: {items}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="389"/>
        <source>Without phase</source>
        <translation>Zonder fase</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="445"/>
        <source>The journey has no flow arrows yet.</source>
        <translation>De klantreis heeft nog geen pijlen tussen contactmomenten.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="447"/>
        <source>Dead ends: {items}</source>
        <translation>Doodlopend: {items}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="449"/>
        <source>Unreachable touchpoints: {items}</source>
        <translation>Onbereikbare contactmomenten: {items}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="452"/>
        <source>{reaching} of {paths} paths reach the end goal (the last phase, {phase}).</source>
        <translation>{reaching} van de {paths} paden bereiken het einddoel (de laatste fase, {phase}).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="365"/>
        <source>Moments of truth: {items}</source>
        <translation>Momenten van de waarheid: {items}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="405"/>
        <source>Not rated yet: {items}</source>
        <translation>Nog niet beoordeeld: {items}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="456"/>
        <source>Paths stop short at: {items}</source>
        <translation>Paden stoppen voortijdig bij: {items}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="221"/>
        <source>… {count} more channels did not fit</source>
        <translation>… nog {count} kanalen pasten niet</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="359"/>
        <source>Lowest points: {items}</source>
        <translation>Laagste punten: {items}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="361"/>
        <source>Largest swings: {items}</source>
        <translation>Grootste schommelingen: {items}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="394"/>
        <location filename="../klantreis_desktop/export/pdf_board.py" line="63"/>
        <location filename="../klantreis_desktop/export/pdf_conformance.py" line="218"/>
        <source>… and {count} more</source>
        <translation>… en nog {count}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="362"/>
        <source>{source} → {target} ({change:+d})</source>
        <translation>{source} → {target} ({change:+d})</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf.py" line="169"/>
        <source>Texts on the analysis page of “{title}” that did not fit were shortened with “…” ({count} in all).</source>
        <translation>Teksten op de analysepagina van ‘{title}’ die niet pasten, zijn ingekort met ‘…’ ({count} in totaal).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/files.py" line="99"/>
        <source>the file name or the folder path is too long</source>
        <translation>de bestandsnaam of het pad van de map is te lang</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf.py" line="89"/>
        <source>“{title}”: “{text}” did not fit its box and ends with “…”.</source>
        <translation>“{title}”: “{text}” paste niet in het vak en eindigt op “…”.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf.py" line="95"/>
        <source>“{title}”: “{text}” has characters no font on the poster can draw ({chars}); they are printed as �.</source>
        <translation>“{title}”: “{text}” bevat tekens die geen lettertype op de poster kan tekenen ({chars}); die worden gedrukt als �.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_filters.py" line="98"/>
        <source>No lane “{name}” on this poster; choose from: {names}</source>
        <translation>Geen baan “{name}” op deze poster; kies uit: {names}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_filters.py" line="103"/>
        <source>No phase “{name}” on this poster; give names or numbers such as 2-4: {names}</source>
        <translation>Geen fase “{name}” op deze poster; geef namen of nummers zoals 2-4: {names}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_filters.py" line="108"/>
        <source>No persona “{name}” in this document; choose from: {names}</source>
        <translation>Geen persona “{name}” in dit document; kies uit: {names}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_plan.py" line="268"/>
        <source>landscape</source>
        <translation>liggend</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_plan.py" line="268"/>
        <source>portrait</source>
        <translation>staand</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_tiling.py" line="203"/>
        <source>glue here</source>
        <translation>hier lijmen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_tiling.py" line="94"/>
        <source>row {row} · column {col}</source>
        <translation>rij {row} · kolom {col}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_tiling.py" line="164"/>
        <source>{title} · sheet {number} of {count}</source>
        <translation>{title} · vel {number} van {count}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_tiling.py" line="236"/>
        <location filename="../klantreis_desktop/ui/exporting/export_preview.py" line="260"/>
        <source>{count} sheets of {sheet} ({cols} columns × {rows} rows) make a poster of {width:.0f} × {height:.0f} cm.</source>
        <translation>{count} vellen {sheet} ({cols} kolommen × {rows} rijen) vormen een poster van {width:.0f} × {height:.0f} cm.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_tiling.py" line="240"/>
        <source>Print at 100 % (actual size). Cut off the white margin on the left and top of each sheet along the cut marks and glue it onto its neighbour along the dashed line ({overlap:.0f} mm overlap).</source>
        <translation>Druk af op 100 % (ware grootte). Knip van elk vel de witte rand links en boven af langs de snijtekens en lijm het op zijn buurvel langs de stippellijn ({overlap:.0f} mm overlap).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_tiling.py" line="246"/>
        <source>{count} sheets without content are left out (crossed out below).</source>
        <translation>{count} vellen zonder inhoud zijn weggelaten (hieronder doorgestreept).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_sheet.py" line="165"/>
        <source>Cards</source>
        <translation>Kaarten</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_sheet.py" line="363"/>
        <source>Nothing was imported:</source>
        <translation>Er is niets geïmporteerd:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_sheet.py" line="365"/>
        <source>The sheet holds no cards.</source>
        <translation>Het werkblad bevat geen kaarten.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_sheet.py" line="375"/>
        <source>Import cards</source>
        <translation>Kaarten importeren</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_sheet.py" line="253"/>
        <source>The sheet has no column “{name}”.</source>
        <translation>Het werkblad heeft geen kolom “{name}”.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_sheet.py" line="287"/>
        <location filename="../klantreis_desktop/export/content_sheet.py" line="305"/>
        <location filename="../klantreis_desktop/export/content_text.py" line="162"/>
        <location filename="../klantreis_desktop/export/content_text.py" line="260"/>
        <location filename="../klantreis_desktop/export/content_text.py" line="273"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_sheet.py" line="285"/>
        <location filename="../klantreis_desktop/export/content_sheet.py" line="298"/>
        <location filename="../klantreis_desktop/export/content_sheet.py" line="392"/>
        <location filename="../klantreis_desktop/export/content_text.py" line="181"/>
        <source>Journey</source>
        <translation>Klantreis</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_sheet.py" line="362"/>
        <source>… and {count} more.</source>
        <translation>… en nog {count}.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_sheet.py" line="301"/>
        <source>“{kind}” is no card kind ({kinds}).</source>
        <translation>“{kind}” is geen soort kaart ({kinds}).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_sheet.py" line="309"/>
        <source>“{type}” is no lane type.</source>
        <translation>“{type}” is geen soort baan.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_sheet.py" line="289"/>
        <location filename="../klantreis_desktop/export/content_sheet.py" line="331"/>
        <location filename="../klantreis_desktop/export/content_sheet.py" line="352"/>
        <source>Row {row}: {problem}</source>
        <translation>Rij {row}: {problem}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_text.py" line="198"/>
        <source>Import Mermaid diagram</source>
        <translation>Mermaid-diagram importeren</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_text.py" line="147"/>
        <source>This is not a Mermaid journey diagram (it must start with “journey”).</source>
        <translation>Dit is geen Mermaid-klantreisdiagram (het moet met “journey” beginnen).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_text.py" line="171"/>
        <source>The diagram has no tasks.</source>
        <translation>Het diagram heeft geen taken.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_text.py" line="182"/>
        <location filename="../klantreis_desktop/export/content_text.py" line="259"/>
        <source>Touchpoints</source>
        <translation>Contactmomenten</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_text.py" line="183"/>
        <source>Emotions</source>
        <translation>Emoties</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_text.py" line="240"/>
        <source>Personas</source>
        <translation>Persona’s</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_text.py" line="241"/>
        <source>Time span</source>
        <translation>Tijdsinterval</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_text.py" line="242"/>
        <source>End goal</source>
        <translation>Einddoel</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_text.py" line="268"/>
        <source>Pain points</source>
        <translation>Pijnpunten</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_text.py" line="268"/>
        <source>Opportunities</source>
        <translation>Kansen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_text.py" line="297"/>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="428"/>
        <source>Check these assumptions</source>
        <translation>Controleer deze aannames</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_text.py" line="244"/>
        <source>Phases</source>
        <translation>Fasen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_text.py" line="258"/>
        <location filename="../klantreis_desktop/export/content_text.py" line="261"/>
        <source>Figures</source>
        <translation>Cijfers</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_text.py" line="273"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_text.py" line="273"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_text.py" line="274"/>
        <source>Effort</source>
        <translation>Inspanning</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_text.py" line="274"/>
        <source>Quadrant</source>
        <translation>Kwadrant</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_text.py" line="303"/>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="431"/>
        <source>{title} ({persona}): assumed {assumed}, measured {measured} (n = {n})</source>
        <translation>{title} ({persona}): aangenomen {assumed}, gemeten {measured} (n = {n})</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_text.py" line="159"/>
        <source>Line {line}: a score must lie between 1 and 5.</source>
        <translation>Regel {line}: een score moet tussen 1 en 5 liggen.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_text.py" line="168"/>
        <source>Line {line} is not understood: {text}</source>
        <translation>Regel {line} is niet te begrijpen: {text}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_band.py" line="135"/>
        <source>measured</source>
        <translation>gemeten</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_band.py" line="144"/>
        <source>Check this assumption</source>
        <translation>Controleer deze aanname</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_band.py" line="295"/>
        <source>Measured (survey)</source>
        <translation>Gemeten (enquête)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_band.py" line="135"/>
        <source>{name}, measured</source>
        <translation>{name}, gemeten</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_sheet.py" line="345"/>
        <source>Row {row}: “{id}” in the next column is no card of the sheet or the journey; that arrow was left out.</source>
        <translation>Rij {row}: “{id}” in de kolom next is geen kaart uit het blad of de klantreis; die pijl is weggelaten.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_conformance.py" line="245"/>
        <source>Arrows taken (share of the customers who got there):</source>
        <translation>Genomen pijlen (aandeel van de klanten die er aankwamen):</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_conformance.py" line="256"/>
        <source>Where customers drop out:</source>
        <translation>Waar klanten afhaken:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_conformance.py" line="262"/>
        <source>Skipped touchpoints:</source>
        <translation>Overgeslagen contactmomenten:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_conformance.py" line="277"/>
        <source>Steps the map lacks (events that match no touchpoint):</source>
        <translation>Stappen die de kaart mist (gebeurtenissen zonder contactmoment):</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_conformance.py" line="195"/>
        <source>1,000</source>
        <extracomment>The canvas paints the widened arrow in this blue at 35 % over white; paper has no transparency here, so the same mix is drawn opaque under the arrow. The legend&apos;s three rows that explain a check (two marks and the log) are this tall.</extracomment>
        <translation>1.000</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_band.py" line="303"/>
        <location filename="../klantreis_desktop/export/pdf_conformance.py" line="233"/>
        <source>Checked against the event log</source>
        <translation>Getoetst aan het gebeurtenissenlog</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_conformance.py" line="235"/>
        <source>{source}: {customers}; {fitting} ({share}) follow the map from start to end.</source>
        <translation>{source}: {customers}; {fitting} ({share}) volgen de kaart van begin tot eind.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_conformance.py" line="271"/>
        <source>Shortcuts:</source>
        <translation>Kortere wegen:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_conformance.py" line="271"/>
        <source>Ways back (loops):</source>
        <translation>Wegen terug (lussen):</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_conformance.py" line="272"/>
        <source>Routes the map lacks:</source>
        <translation>Routes die de kaart niet kent:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_conformance.py" line="303"/>
        <source>{name}: {customers}</source>
        <translation>{name}: {customers}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_conformance.py" line="162"/>
        <location filename="../klantreis_desktop/export/pdf_conformance.py" line="201"/>
        <source>{count} customer</source>
        <translation>{count} klant</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_conformance.py" line="163"/>
        <location filename="../klantreis_desktop/export/pdf_conformance.py" line="201"/>
        <source>{count} customers</source>
        <translation>{count} klanten</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_conformance.py" line="161"/>
        <location filename="../klantreis_desktop/export/pdf_conformance.py" line="236"/>
        <source>the log</source>
        <translation>het log</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_conformance.py" line="240"/>
        <source>Segment: {name}.</source>
        <translation>Segment: {name}.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_conformance.py" line="246"/>
        <source>{source} → {target}: {customers} ({share})</source>
        <translation>{source} → {target}: {customers} ({share})</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_conformance.py" line="257"/>
        <location filename="../klantreis_desktop/export/pdf_conformance.py" line="267"/>
        <source>{title}: {customers} ({share} of its visitors)</source>
        <translation>{title}: {customers} ({share} van de bezoekers)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_conformance.py" line="263"/>
        <source>{title}: {customers}</source>
        <translation>{title}: {customers}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_conformance.py" line="306"/>
        <source>(between {after} and {before})</source>
        <translation>(tussen {after} en {before})</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_conformance.py" line="309"/>
        <source>(after {after})</source>
        <translation>(na {after})</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_conformance.py" line="311"/>
        <source>(before {before})</source>
        <translation>(voor {before})</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_conformance.py" line="252"/>
        <source>Arrows nobody took: {items}</source>
        <translation>Pijlen die niemand nam: {items}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_conformance.py" line="274"/>
        <source>{source} → {target}: {customers}</source>
        <translation>{source} → {target}: {customers}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_conformance.py" line="281"/>
        <source>Touchpoints no event of the log matches: {items}</source>
        <translation>Contactmomenten waar geen gebeurtenis uit het log bij past: {items}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_conformance.py" line="146"/>
        <source>Arrow width and label: share of customers who took it</source>
        <translation>Pijldikte en label: aandeel klanten dat deze pijl nam</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_conformance.py" line="150"/>
        <source>“↘ N %”: customers who leave after this touchpoint</source>
        <translation>“↘ N %”: klanten die na dit contactmoment afhaken</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_conformance.py" line="161"/>
        <source>Log: {source}</source>
        <translation>Log: {source}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_conformance.py" line="165"/>
        <source>segment {name}</source>
        <translation>segment {name}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_conformance.py" line="169"/>
        <source>{first} to {last}</source>
        <translation>{first} tot en met {last}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_band.py" line="140"/>
        <source>Median; band: middle 50 %</source>
        <translation>Mediaan; vlak: middelste 50%</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_sheet.py" line="327"/>
        <location filename="../klantreis_desktop/export/content_sheet.py" line="406"/>
        <location filename="../klantreis_desktop/export/content_sheet.py" line="414"/>
        <source>Row {row}, column “{column}”: {problem}</source>
        <translation>Rij {row}, kolom “{column}”: {problem}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_sheet.py" line="407"/>
        <location filename="../klantreis_desktop/export/content_sheet.py" line="581"/>
        <source>“{text}” is not a number.</source>
        <translation>“{text}” is geen getal.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_sheet.py" line="586"/>
        <source>{value} is not a whole number from {low} to {high}.</source>
        <translation>{value} is geen heel getal van {low} tot en met {high}.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_sheet.py" line="589"/>
        <source>{value} does not lie between {low} and {high}.</source>
        <translation>{value} ligt niet tussen {low} en {high}.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_text.py" line="135"/>
        <source>“{file}” is not a Mermaid diagram: it does not contain text.</source>
        <translation>“{file}” is geen Mermaid-diagram: er staat geen tekst in.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_conformance.py" line="266"/>
        <source>Repeats (the same touchpoint twice or more in a row):</source>
        <translation>Herhalingen (hetzelfde contactmoment twee keer of vaker achter elkaar):</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_conformance.py" line="296"/>
        <source>No shortcuts, ways back or routes the map lacks in this log.</source>
        <translation>Dit log bevat geen kortere wegen, wegen terug of routes die de kaart mist.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_conformance.py" line="292"/>
        <source>{reason}: {customers}, {only} for this reason only</source>
        <translation>{reason}: {customers}, van wie {only} alleen om deze reden</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_conformance.py" line="297"/>
        <source>Why {count} do not follow the map (a customer can have several reasons):</source>
        <translation>Waarom {count} klanten de kaart niet volgen (een klant kan meer redenen hebben):</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="336"/>
        <source>{title} ({score})</source>
        <translation>{title} ({score})</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_messages.py" line="32"/>
        <source>{count} cards of the journey are not in the sheet and were kept: {names}.</source>
        <translation>{count} kaarten van de klantreis staan niet in het blad en zijn bewaard gebleven: {names}.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_messages.py" line="45"/>
        <source>{count} figures changed; they now name {file} as their source, dated {date}.</source>
        <translation>{count} cijfers gewijzigd; hun bron is nu {file}, met datum {date}.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_messages.py" line="18"/>
        <source>{count} card</source>
        <translation>{count} kaart</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_messages.py" line="18"/>
        <source>{count} cards</source>
        <translation>{count} kaarten</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_messages.py" line="27"/>
        <source>{names} and {count} more</source>
        <translation>{names} en nog {count}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_messages.py" line="30"/>
        <source>1 card of the journey is not in the sheet and was kept: {names}.</source>
        <translation>1 kaart van de klantreis staat niet in het blad en is bewaard gebleven: {names}.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_messages.py" line="43"/>
        <source>1 figure changed; it now names {file} as its source, dated {date}.</source>
        <translation>1 cijfer gewijzigd; de bron is nu {file}, met datum {date}.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_text.py" line="298"/>
        <source>Differences over {threshold} between the survey&apos;s median and the team&apos;s curve:</source>
        <translation>Verschillen van meer dan {threshold} tussen de mediaan van de enquête en de curve van het team:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_plan.py" line="229"/>
        <source>Card text in “{title}” is only {size} pt on paper and hard to read; choose a larger paper size or fewer phases.</source>
        <translation>De kaarttekst in “{title}” is op papier maar {size} pt en slecht leesbaar; kies een groter papierformaat of minder fasen.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_poster.py" line="161"/>
        <source>Goal: {text}</source>
        <translation>Doel: {text}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_poster.py" line="162"/>
        <source>KPI: {text}</source>
        <translation>KPI: {text}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_band.py" line="90"/>
        <source>Figures; “+2”: two more</source>
        <translation>Cijfers; „+2”: nog twee</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="326"/>
        <source>1 vote</source>
        <translation>1 stem</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_board.py" line="33"/>
        <source>Brainstorm board</source>
        <translation>Brainstormbord</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_board.py" line="42"/>
        <source>(no dimension)</source>
        <translation>(geen dimensie)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_board.py" line="48"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_board.py" line="49"/>
        <source>{label} ({count})</source>
        <translation>{label} ({count})</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_plan.py" line="226"/>
        <source>Card text in “{title}” is only {size} pt on paper and hard to read: the map is too tall for the sheet; choose a larger paper size or show fewer lanes.</source>
        <translation>De kaarttekst in “{title}” is op papier maar {size} pt en slecht leesbaar: de kaart is te hoog voor het vel; kies een groter papierformaat of toon minder banen.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_plan.py" line="273"/>
        <source>“{title}”: {paper} {shape}, card text {size} pt</source>
        <translation>“{title}”: {paper} {shape}, kaarttekst {size} pt</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_dialog.py" line="60"/>
        <location filename="../klantreis_desktop/ui/exporting/export_dialog.py" line="123"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="98"/>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="104"/>
        <source>Format:</source>
        <translation>Formaat:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="105"/>
        <source>Journeys:</source>
        <translation>Klantreizen:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="106"/>
        <source>File:</source>
        <translation>Bestand:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_dialog.py" line="125"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="149"/>
        <source>Paper:</source>
        <translation>Papier:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="150"/>
        <source>Size:</source>
        <translation>Grootte:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="151"/>
        <source>Orientation:</source>
        <translation>Richting:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="152"/>
        <source>Print:</source>
        <translation>Afdrukken:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="195"/>
        <source>Resolution:</source>
        <translation>Resolutie:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="369"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="369"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-afbeeldingen (*.png)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="370"/>
        <source>SVG images (*.svg)</source>
        <translation>SVG-afbeeldingen (*.svg)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="372"/>
        <source>Export to</source>
        <translation>Exporteren naar</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_dialog.py" line="267"/>
        <source>Replace files?</source>
        <translation>Bestanden vervangen?</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_dialog.py" line="327"/>
        <source>Export finished.</source>
        <translation>Export voltooid.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_dialog.py" line="329"/>
        <source>Export finished</source>
        <translation>Export voltooid</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_dialog.py" line="337"/>
        <source>Open folder</source>
        <translation>Map openen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_dialog.py" line="356"/>
        <source>Export failed</source>
        <translation>Export mislukt</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="144"/>
        <source>overlap</source>
        <translation>overlap</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_dialog.py" line="143"/>
        <location filename="../klantreis_desktop/ui/exporting/export_dialog.py" line="235"/>
        <source>This document has no journeys to export.</source>
        <translation>Dit document heeft geen klantreizen om te exporteren.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_dialog.py" line="231"/>
        <source>Choose a file to export to.</source>
        <translation>Kies een bestand om naar te exporteren.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_dialog.py" line="312"/>
        <source>Exporting…</source>
        <translation>Bezig met exporteren…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="90"/>
        <source>PDF poster</source>
        <translation>Pdf-poster</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="90"/>
        <source>PNG image</source>
        <translation>PNG-afbeelding</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="91"/>
        <source>SVG image</source>
        <translation>SVG-afbeelding</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="95"/>
        <source>All journeys in one file</source>
        <translation>Alle klantreizen in één bestand</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="96"/>
        <source>Each journey in its own file</source>
        <translation>Elke klantreis in een eigen bestand</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="131"/>
        <source>Automatic (largest fit)</source>
        <translation>Automatisch (grootste die past)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="132"/>
        <source>Portrait</source>
        <translation>Staand</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="133"/>
        <source>Landscape</source>
        <translation>Liggend</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="134"/>
        <source>One sheet</source>
        <translation>Eén vel</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="134"/>
        <source>Tiled on A4 sheets</source>
        <translation>Verdeeld over A4-vellen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="135"/>
        <source>Tiled on A3 sheets</source>
        <translation>Verdeeld over A3-vellen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_dialog.py" line="268"/>
        <source>These files exist already and will be replaced:
{names}</source>
        <translation>Deze bestanden bestaan al en worden vervangen:
{names}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_dialog.py" line="330"/>
        <source>The export is ready in {folder}.</source>
        <translation>De export staat klaar in {folder}.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="119"/>
        <source>Custom size</source>
        <translation>Eigen formaat</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_dialog.py" line="289"/>
        <source>{file}: {width} × {height} px, {size} kB</source>
        <translation>{file}: {width} × {height} px, {size} kB</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_dialog.py" line="299"/>
        <source>{file}: 1 page, {size} kB</source>
        <translation>{file}: 1 pagina, {size} kB</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_dialog.py" line="300"/>
        <source>{file}: {pages} pages, {size} kB</source>
        <translation>{file}: {pages} pagina’s, {size} kB</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="94"/>
        <source>Current journey: {title}</source>
        <translation>Huidige klantreis: {title}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_dialog.py" line="211"/>
        <source>{count} files, one per journey.</source>
        <translation>{count} bestanden, één per klantreis.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_jobs.py" line="39"/>
        <source>There was not enough memory for this export. Choose a smaller paper size or resolution.</source>
        <translation>Er was niet genoeg geheugen voor deze export. Kies een kleiner papierformaat of een lagere resolutie.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_jobs.py" line="42"/>
        <source>The file could not be written: {reason}</source>
        <translation>Het bestand kon niet worden geschreven: {reason}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_jobs.py" line="44"/>
        <source>The export failed unexpectedly: {reason}</source>
        <translation>De export is onverwacht mislukt: {reason}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_preview.py" line="333"/>
        <source>Custom</source>
        <translation>Eigen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_preview.py" line="334"/>
        <source>landscape</source>
        <translation>liggend</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_preview.py" line="334"/>
        <source>portrait</source>
        <translation>staand</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_preview.py" line="322"/>
        <source>{width} × {height} px at {dpi} DPI</source>
        <translation>{width} × {height} px bij {dpi} DPI</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_preview.py" line="335"/>
        <source>Page 1 of {pages} · {paper} {shape}, {width:.0f} × {height:.0f} mm</source>
        <translation>Pagina 1 van {pages} · {paper} {shape}, {width:.0f} × {height:.0f} mm</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_preview.py" line="317"/>
        <source>{width} × {height} px, vector (scales freely)</source>
        <translation>{width} × {height} px, vector (vrij schaalbaar)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="146"/>
        <source>Add a page per persona, with empathy map</source>
        <translation>Per persona een pagina met empathiekaart toevoegen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="148"/>
        <source>Greyscale, for black-and-white printers</source>
        <translation>Grijstinten, voor zwart-witprinters</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="153"/>
        <source>Pages:</source>
        <translation>Pagina’s:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="157"/>
        <source>Colour:</source>
        <translation>Kleur:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="194"/>
        <source>Transparent (else white)</source>
        <translation>Doorzichtig (anders wit)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="196"/>
        <source>Background:</source>
        <translation>Achtergrond:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_dialog.py" line="357"/>
        <source>The export did not finish.</source>
        <translation>De export is niet afgerond.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_dialog.py" line="361"/>
        <source>Written before the error:</source>
        <translation>Vóór de fout al geschreven:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="147"/>
        <source>Add an analysis page after each journey</source>
        <translation>Na elke klantreis een analysepagina toevoegen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_dialog.py" line="400"/>
        <source>… and one more warning.</source>
        <translation>… en nog één waarschuwing.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_dialog.py" line="401"/>
        <source>… and {count} more warnings.</source>
        <translation>… en nog {count} waarschuwingen.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_filters.py" line="180"/>
        <source>Choose at least one lane to show on the poster.</source>
        <translation>Kies minstens één baan om op de poster te tonen.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_filters.py" line="80"/>
        <source>to</source>
        <translation>tot en met</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="183"/>
        <source>Poster language:</source>
        <translation>Taal van de poster:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="184"/>
        <source>Lanes:</source>
        <translation>Banen:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="185"/>
        <source>Phases:</source>
        <translation>Fasen:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="186"/>
        <source>Personas:</source>
        <translation>Persona’s:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="180"/>
        <source>The journey&apos;s language</source>
        <translation>De taal van de klantreis</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="117"/>
        <source>Automatic (readable at 2 m)</source>
        <translation>Automatisch (leesbaar op 2 m)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="168"/>
        <source>Include the event log check (arrow shares and drop-outs)</source>
        <translation>Toetsing aan het gebeurtenissenlog meenemen (aandelen per pijl en afhakers)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="170"/>
        <source>Analysis › Check Against Event Log… puts a check on the canvas; it is not saved in the file. A PDF&apos;s analysis page also lists its findings.</source>
        <translation>Analyse › Toetsen aan gebeurtenissenlog… zet een toetsing op de kaart; die wordt niet in het bestand bewaard. De analysepagina van een pdf noemt ook de bevindingen.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_dialog.py" line="264"/>
        <source>Replace file?</source>
        <translation>Bestand vervangen?</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_dialog.py" line="265"/>
        <source>This file exists already and will be replaced:
{names}</source>
        <translation>Dit bestand bestaat al en wordt vervangen:
{names}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_preview.py" line="320"/>
        <source>{width} × {height} px at {dpi} DPI: the whole {paper} sheet, with its margins</source>
        <translation>{width} × {height} px bij {dpi} DPI: het hele {paper}-vel, met de marges</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../klantreis_desktop/ui/window/file_actions.py" line="51"/>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/file_actions.py" line="138"/>
        <source>Open journey map</source>
        <translation>Klantreiskaart openen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/file_actions.py" line="418"/>
        <source>Save journey map as</source>
        <translation>Klantreiskaart opslaan als</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/file_actions.py" line="496"/>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/file_actions.py" line="501"/>
        <source>Do you want to save them before closing?</source>
        <translation>Wil je ze opslaan voordat je sluit?</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/file_actions.py" line="301"/>
        <source>Opened with a warning</source>
        <translation>Geopend met een waarschuwing</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/file_actions.py" line="388"/>
        <source>Clear list</source>
        <translation>Lijst wissen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/file_actions.py" line="48"/>
        <source>Klantreis files (*%1)</source>
        <translation>Klantreis-bestanden (*%1)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/file_actions.py" line="127"/>
        <source>The template could not be used</source>
        <translation>Het sjabloon kon niet worden gebruikt</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/file_actions.py" line="313"/>
        <source>The file could not be opened</source>
        <translation>Het bestand kon niet worden geopend</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/file_actions.py" line="441"/>
        <location filename="../klantreis_desktop/ui/window/file_actions.py" line="468"/>
        <source>The journey map was not saved</source>
        <translation>De klantreiskaart is niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/file_actions.py" line="478"/>
        <source>Saved %1</source>
        <translation>%1 opgeslagen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/file_actions.py" line="497"/>
        <source>“%1” has changes that are not saved.</source>
        <translation>“%1” heeft wijzigingen die niet zijn opgeslagen.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/file_actions.py" line="385"/>
        <source>No recent files</source>
        <translation>Geen recente bestanden</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/file_actions.py" line="325"/>
        <source>Reloaded “%1”.</source>
        <translation>“%1” is opnieuw geladen.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/file_actions.py" line="338"/>
        <source>“%1” is a sample that comes with Klantreis: saving asks for a name of your own.</source>
        <translation>“%1” is een voorbeeld dat bij Klantreis hoort: bij opslaan kies je een eigen naam.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/file_actions.py" line="353"/>
        <source>This is a copy of “%1”: save it under a name of its own.</source>
        <translation>Dit is een kopie van “%1”: sla het op onder een eigen naam.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/file_actions.py" line="443"/>
        <source>Save it under another name, or close it there first.</source>
        <translation>Sla het op onder een andere naam, of sluit het daar eerst.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/file_actions.py" line="66"/>
        <location filename="../klantreis_desktop/ui/window/file_actions.py" line="71"/>
        <source>%1 (copy)</source>
        <translation>%1 (kopie)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/file_actions.py" line="66"/>
        <source>%1 (copy %2)</source>
        <translation>%1 (kopie %2)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/file_actions.py" line="50"/>
        <source>Backups (*%1.bak)</source>
        <translation>Reservekopieën (*%1.bak)</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../klantreis_desktop/ui/window/find_bar.py" line="118"/>
        <source>Find a card…</source>
        <extracomment>Room between the bar and the view&apos;s top-right corner (past the vertical scroll bar). The card the last step went to: the next step goes on from there. Ctrl+F, F3 and Shift+F3 (made by install_find).</extracomment>
        <translation>Kaart zoeken…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/find_bar.py" line="128"/>
        <source>Close (Esc)</source>
        <translation>Sluiten (Esc)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/find_bar.py" line="144"/>
        <source>Next match</source>
        <translation>Volgende treffer</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/find_bar.py" line="145"/>
        <source>Previous match</source>
        <translation>Vorige treffer</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/find_bar.py" line="236"/>
        <source>No match</source>
        <translation>Niets gevonden</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/find_bar.py" line="238"/>
        <source>{current} of {total}</source>
        <translation>{current} van {total}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/find_bar.py" line="241"/>
        <source>{total} found</source>
        <translation>{total} gevonden</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/find_bar.py" line="260"/>
        <source>&amp;Find Card…</source>
        <translation>Kaart &amp;zoeken…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/find_bar.py" line="265"/>
        <source>Find &amp;Next</source>
        <translation>Vol&amp;gende zoeken</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/find_bar.py" line="269"/>
        <source>Find Pre&amp;vious</source>
        <translation>Vo&amp;rige zoeken</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/find_bar.py" line="263"/>
        <source>Find a card by its text</source>
        <translation>Zoek een kaart op haar tekst</translation>
    </message>
</context>
<context>
    <name>FirstRunHint</name>
    <message>
        <location filename="../klantreis_desktop/ui/window/first_run.py" line="53"/>
        <source>Click or press Esc to close</source>
        <extracomment>The settings key that remembers the hint was shown.</extracomment>
        <translation>Klik of druk op Esc om te sluiten</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/first_run.py" line="59"/>
        <source>Three things to know</source>
        <translation>Drie dingen om te weten</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/first_run.py" line="68"/>
        <source>Close (Esc)</source>
        <translation>Sluiten (Esc)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/first_run.py" line="73"/>
        <source>&lt;b&gt;Type to add cards.&lt;/b&gt; Click a cell of the map and start typing; Enter keeps the card and starts the next one.</source>
        <translation>&lt;b&gt;Typ om kaarten toe te voegen.&lt;/b&gt; Klik in een vak van de kaart en begin te typen; Enter bewaart de kaart en begint aan de volgende.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/first_run.py" line="75"/>
        <source>&lt;b&gt;Draw the flow.&lt;/b&gt; Drag the dot on a card&apos;s right edge to another card to draw an arrow.</source>
        <translation>&lt;b&gt;Teken de stroom.&lt;/b&gt; Sleep het bolletje aan de rechterkant van een kaart naar een andere kaart om een pijl te tekenen.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/first_run.py" line="77"/>
        <source>&lt;b&gt;Present.&lt;/b&gt; Press %1 to show the journey full screen, phase by phase.</source>
        <translation>&lt;b&gt;Presenteer.&lt;/b&gt; Druk op %1 om de klantreis schermvullend te tonen, fase na fase.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/first_run.py" line="79"/>
        <source>Every shortcut: Help → Keyboard Shortcuts (%1).</source>
        <translation>Alle sneltoetsen: Help → Sneltoetsen (%1).</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../klantreis_desktop/ui/importing/log_columns.py" line="54"/>
        <source>Customer id</source>
        <translation>Klant-id</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/log_columns.py" line="54"/>
        <source>Timestamp</source>
        <translation>Tijdstip</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/log_columns.py" line="55"/>
        <source>Touchpoint</source>
        <translation>Contactmoment</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/log_columns.py" line="55"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/log_columns.py" line="56"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_dialog.py" line="66"/>
        <location filename="../klantreis_desktop/ui/importing/import_dialog.py" line="130"/>
        <source>Import event log</source>
        <translation>Gebeurtenissenlog importeren</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_dialog.py" line="80"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_dialog.py" line="100"/>
        <source>Choose a CSV file with one row per event</source>
        <translation>Kies een CSV-bestand met één rij per gebeurtenis</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/log_columns.py" line="81"/>
        <source>Choose file…</source>
        <translation>Bestand kiezen…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/log_columns.py" line="90"/>
        <location filename="../klantreis_desktop/ui/importing/log_columns.py" line="94"/>
        <source>Detect</source>
        <translation>Herkennen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/log_columns.py" line="97"/>
        <source>First row holds column names</source>
        <translation>Eerste rij bevat kolomnamen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/log_columns.py" line="116"/>
        <source>Which column holds what?</source>
        <translation>Welke kolom bevat wat?</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_dialog.py" line="114"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_dialog.py" line="131"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-bestanden (*.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_dialog.py" line="168"/>
        <source>Finding segments…</source>
        <translation>Segmenten zoeken…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_results.py" line="72"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_results.py" line="76"/>
        <source>Find segments</source>
        <translation>Segmenten zoeken</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_results.py" line="93"/>
        <source>Another file…</source>
        <translation>Ander bestand…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_results.py" line="95"/>
        <source>Add most frequent path as journey</source>
        <translation>Meest voorkomende pad als klantreis toevoegen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_results.py" line="97"/>
        <source>Add checked segments as journeys</source>
        <translation>Aangevinkte segmenten als klantreizen toevoegen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_results.py" line="178"/>
        <source>Most frequent path</source>
        <translation>Meest voorkomende pad</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_results.py" line="191"/>
        <source>Event log</source>
        <translation>Gebeurtenissenlog</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_results.py" line="211"/>
        <source>Add journeys from event log</source>
        <translation>Klantreizen uit gebeurtenissenlog toevoegen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_results.py" line="212"/>
        <source>Add journey from event log</source>
        <translation>Klantreis uit gebeurtenissenlog toevoegen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/log_columns.py" line="82"/>
        <source>File:</source>
        <translation>Bestand:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/log_columns.py" line="99"/>
        <source>Delimiter:</source>
        <translation>Scheidingsteken:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/log_columns.py" line="100"/>
        <source>Encoding:</source>
        <translation>Codering:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/log_columns.py" line="243"/>
        <source>Two fields are mapped to the same column.</source>
        <translation>Twee velden zijn aan dezelfde kolom gekoppeld.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_dialog.py" line="190"/>
        <source>Cancelled; nothing was imported.</source>
        <translation>Afgebroken; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_dialog.py" line="195"/>
        <source>Cancelling…</source>
        <translation>Afbreken…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_dialog.py" line="208"/>
        <source>The import failed.</source>
        <translation>Het importeren is mislukt.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_results.py" line="64"/>
        <source>Most frequent paths</source>
        <translation>Meest voorkomende paden</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_results.py" line="65"/>
        <location filename="../klantreis_desktop/ui/importing/import_results.py" line="81"/>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_results.py" line="65"/>
        <location filename="../klantreis_desktop/ui/importing/import_results.py" line="81"/>
        <source>Share</source>
        <translation>Aandeel</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_results.py" line="65"/>
        <source>Path</source>
        <translation>Pad</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_results.py" line="68"/>
        <source>Segments</source>
        <translation>Segmenten</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_results.py" line="70"/>
        <source>Number of segments:</source>
        <translation>Aantal segmenten:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_results.py" line="81"/>
        <location filename="../klantreis_desktop/ui/importing/log_columns.py" line="56"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_results.py" line="81"/>
        <source>Typical path</source>
        <translation>Typisch pad</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_results.py" line="88"/>
        <source>Journey title:</source>
        <translation>Titel van de klantreis:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_results.py" line="179"/>
        <source>Most frequent path in {file}: {customers} customers ({share:.0%}).</source>
        <translation>Meest voorkomende pad in {file}: {customers} klanten ({share:.0%}).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_results.py" line="189"/>
        <source>Tick the segments to turn into journeys first.</source>
        <translation>Vink eerst de segmenten aan die klantreizen moeten worden.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/log_columns.py" line="187"/>
        <source>Read as {encoding}, fields separated by “{delimiter}”.</source>
        <translation>Gelezen als {encoding}, velden gescheiden door “{delimiter}”.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/log_columns.py" line="216"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_dialog.py" line="157"/>
        <source>Importing {file}…</source>
        <translation>{file} importeren…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_dialog.py" line="210"/>
        <source>Nothing was imported.</source>
        <translation>Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_dialog.py" line="227"/>
        <source>{customers} customers, {events} events imported.</source>
        <translation>{customers} klanten, {events} gebeurtenissen geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_dialog.py" line="235"/>
        <source>{count} segments found.</source>
        <translation>{count} segmenten gevonden.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_results.py" line="120"/>
        <source>{customers} customers, {events} events, {touchpoints} different touchpoints, {paths} different paths.</source>
        <translation>{customers} klanten, {events} gebeurtenissen, {touchpoints} verschillende contactmomenten, {paths} verschillende paden.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_results.py" line="148"/>
        <source> Silhouette {value:.2f}.</source>
        <translation> Silhouetscore {value:.2f}.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_results.py" line="195"/>
        <source>{name} – segment {number}</source>
        <translation>{name} – segment {number}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_results.py" line="196"/>
        <source>Typical path of segment {number}: {customers} customers ({share:.0%}).</source>
        <translation>Typisch pad van segment {number}: {customers} klanten ({share:.0%}).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_results.py" line="215"/>
        <source>Added: {titles}.</source>
        <translation>Toegevoegd: {titles}.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/log_columns.py" line="124"/>
        <source>{field} (optional)</source>
        <translation>{field} (optioneel)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/log_columns.py" line="182"/>
        <location filename="../klantreis_desktop/ui/importing/log_columns.py" line="218"/>
        <source>Column {number}</source>
        <translation>Kolom {number}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/log_columns.py" line="235"/>
        <source>Choose a column for: {fields}.</source>
        <translation>Kies een kolom voor: {fields}.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_results.py" line="149"/>
        <source>Segments: weighted k-medoids on the edit distance between touchpoint paths (k = {k}).</source>
        <translation>Segmenten: gewogen k-medoids op de bewerkingsafstand tussen paden van contactmomenten (k = {k}).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_dialog.py" line="214"/>
        <source>Row {row}: {message}</source>
        <translation>Rij {row}: {message}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_results.py" line="139"/>
        <source>Segment {number}</source>
        <translation>Segment {number}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_jobs.py" line="131"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Het importeren is afgebroken; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/log_columns.py" line="137"/>
        <source>There is no file “{path}”.</source>
        <translation>Het bestand “{path}” bestaat niet.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/log_columns.py" line="176"/>
        <source>“{file}” is empty.</source>
        <translation>“{file}” is leeg.</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../klantreis_desktop/ui/docks/inspector.py" line="166"/>
        <source>No document</source>
        <extracomment>The order of the fields per kind; fields not named here follow in schema order. Attributes the canvas sets by dragging, and pictures (an asset name means nothing to read: the persona editor and the journey dialog have pickers for them). A label longer than about this many characters goes above its field (see add_row). Ask the window to open the journey properties dialog / the persona editor. An emotion point&apos;s persona (a combo box: the point can move to another curve). A touchpoint&apos;s or phase&apos;s figures (issue 19), read-only: File › Import › Metrics.</extracomment>
        <translation>Geen document</translation>
    </message>
    <message numerus="yes">
        <location filename="../klantreis_desktop/ui/docks/inspector.py" line="168"/>
        <source>%n element(s) selected</source>
        <translation>
            <numerusform>%n element geselecteerd</numerusform>
            <numerusform>%n elementen geselecteerd</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/inspector.py" line="169"/>
        <source>Select one element to see and edit its properties.</source>
        <translation>Selecteer één element om de eigenschappen te zien en te bewerken.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/inspector.py" line="173"/>
        <source>Nothing selected</source>
        <translation>Niets geselecteerd</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/inspector.py" line="198"/>
        <source>At</source>
        <translation>Bij</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/inspector.py" line="230"/>
        <source>Figures</source>
        <translation>Cijfers</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/inspector.py" line="232"/>
        <source>Journey properties…</source>
        <translation>Eigenschappen van de klantreis…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/inspector.py" line="237"/>
        <source>Edit persona…</source>
        <translation>Persona bewerken…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/inspector.py" line="247"/>
        <source>Whose emotion this is: choose another persona to move the point to that persona&apos;s curve</source>
        <translation>Van wie deze emotie is: kies een andere persona om het punt naar diens curve te verplaatsen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/inspector.py" line="337"/>
        <source>The document has no channels yet.</source>
        <translation>Het document heeft nog geen kanalen.</translation>
    </message>
</context>
<context>
    <name>JourneyDialog</name>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/journey_dialog.py" line="64"/>
        <location filename="../klantreis_desktop/ui/dialogs/journey_dialog.py" line="253"/>
        <source>Journey properties</source>
        <extracomment>What the poster&apos;s title block says about the map (the logo has a picker of its own).</extracomment>
        <translation>Eigenschappen van de klantreis</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/journey_dialog.py" line="76"/>
        <source>On the poster</source>
        <translation>Op de poster</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/journey_dialog.py" line="97"/>
        <source>Personas</source>
        <extracomment>The logo OK will set: None keeps it, &quot;&quot; removes it, else (asset, png).</extracomment>
        <translation>Persona’s</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/journey_dialog.py" line="99"/>
        <source>Phases</source>
        <translation>Fasen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/journey_dialog.py" line="105"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/journey_dialog.py" line="150"/>
        <source>Choose logo…</source>
        <translation>Logo kiezen…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/journey_dialog.py" line="153"/>
        <source>Remove logo</source>
        <translation>Logo verwijderen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/journey_dialog.py" line="180"/>
        <source>No logo</source>
        <translation>Geen logo</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/journey_dialog.py" line="185"/>
        <source>Choose a logo</source>
        <translation>Kies een logo</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/journey_dialog.py" line="186"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</translation>
    </message>
</context>
<context>
    <name>KeptChanges</name>
    <message>
        <location filename="../klantreis_desktop/ui/window/kept_changes.py" line="50"/>
        <source>Unsaved changes were kept</source>
        <translation>Niet-opgeslagen wijzigingen bewaard</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/kept_changes.py" line="57"/>
        <source>Restore them to go on where you left off. If you open the saved version instead, the changes stay kept and you can still restore them later.</source>
        <translation>Herstel ze om verder te gaan waar je gebleven was. Open je in plaats daarvan de opgeslagen versie, dan blijven de wijzigingen bewaard en kun je ze later nog herstellen.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/kept_changes.py" line="61"/>
        <source>&amp;Restore the Changes</source>
        <translation>Wijzigingen &amp;herstellen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/kept_changes.py" line="62"/>
        <source>Open the &amp;Saved Version</source>
        <translation>&amp;Opgeslagen versie openen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/kept_changes.py" line="101"/>
        <source>Not restored</source>
        <translation>Niet hersteld</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/kept_changes.py" line="102"/>
        <source>The saved version opens instead.</source>
        <translation>In plaats daarvan wordt de opgeslagen versie geopend.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/kept_changes.py" line="51"/>
        <source>Unsaved changes to “%1” from %2 were kept when Klantreis stopped.</source>
        <translation>Niet-opgeslagen wijzigingen in “%1” van %2 zijn bewaard toen Klantreis stopte.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="28"/>
        <source>Journey</source>
        <translation>Klantreis</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="29"/>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="30"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="31"/>
        <source>Lane</source>
        <translation>Baan</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="32"/>
        <source>Touchpoint</source>
        <translation>Contactmoment</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="33"/>
        <source>Pain point</source>
        <translation>Pijnpunt</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="34"/>
        <source>Opportunity</source>
        <translation>Kans</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="35"/>
        <location filename="../klantreis_desktop/ui/labels.py" line="60"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="36"/>
        <source>Goal / KPI</source>
        <translation>Doel / KPI</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="37"/>
        <source>Emotion point</source>
        <translation>Emotiepunt</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="38"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="46"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="47"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="48"/>
        <source>Votes</source>
        <translation>Stemmen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="49"/>
        <source>Evidence</source>
        <translation>Onderbouwing</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="50"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="51"/>
        <source>Colour</source>
        <translation>Kleur</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="52"/>
        <source>Interaction type</source>
        <translation>Soort interactie</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="53"/>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="54"/>
        <source>Moment of truth</source>
        <translation>Moment van de waarheid</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="55"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="56"/>
        <source>Effort</source>
        <translation>Inspanning</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="57"/>
        <source>Term</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="58"/>
        <source>Target</source>
        <translation>Streefwaarde</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="59"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="61"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="62"/>
        <source>Icon</source>
        <translation>Pictogram</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="63"/>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="64"/>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="65"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="66"/>
        <source>Width</source>
        <translation>Breedte</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="67"/>
        <source>Height</source>
        <translation>Hoogte</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="68"/>
        <source>Hidden</source>
        <translation>Verborgen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="69"/>
        <source>Lane type</source>
        <translation>Soort baan</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="71"/>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="72"/>
        <source>Emotion scale</source>
        <translation>Emotieschaal</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="73"/>
        <source>Time span</source>
        <translation>Tijdsinterval</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="74"/>
        <source>End goal</source>
        <translation>Einddoel</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="76"/>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="77"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="78"/>
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="79"/>
        <source>Needs</source>
        <translation>Behoeften</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="80"/>
        <source>Frustrations</source>
        <translation>Frustraties</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="81"/>
        <source>Preferred channels</source>
        <translation>Voorkeurskanalen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="82"/>
        <source>Quote</source>
        <translation>Citaat</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="83"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="84"/>
        <source>Says</source>
        <translation>Zegt</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="85"/>
        <source>Thinks</source>
        <translation>Denkt</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="86"/>
        <source>Does</source>
        <translation>Doet</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="87"/>
        <source>Feels</source>
        <translation>Voelt</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="88"/>
        <source>Pains</source>
        <translation>Pijnpunten</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="89"/>
        <source>Gains</source>
        <translation>Voordelen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="90"/>
        <location filename="../klantreis_desktop/ui/labels.py" line="127"/>
        <source>Channels</source>
        <translation>Kanalen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="109"/>
        <source>(not set)</source>
        <translation>(niet ingevuld)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="111"/>
        <source>Observed</source>
        <translation>Waargenomen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="111"/>
        <source>Assumed</source>
        <translation>Aangenomen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="113"/>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="113"/>
        <source>Survey</source>
        <translation>Enquête</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="114"/>
        <source>Web statistics</source>
        <translation>Webstatistieken</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="114"/>
        <source>Complaints</source>
        <translation>Klachten</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="115"/>
        <source>Observation</source>
        <translation>Observatie</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="115"/>
        <source>CRM data</source>
        <translation>CRM-gegevens</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="115"/>
        <location filename="../klantreis_desktop/ui/labels.py" line="139"/>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="118"/>
        <source>Mass, anonymous</source>
        <translation>Massaal, anoniem</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="119"/>
        <source>Mass, targeted</source>
        <translation>Massaal, gericht</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="120"/>
        <source>Interactive, anonymous</source>
        <translation>Interactief, anoniem</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="121"/>
        <source>Interactive, personal</source>
        <translation>Interactief, persoonlijk</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="123"/>
        <source>Short term</source>
        <translation>Korte termijn</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="123"/>
        <source>Long term</source>
        <translation>Lange termijn</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="124"/>
        <source>Current situation</source>
        <translation>Huidige situatie</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="124"/>
        <source>Ideal situation</source>
        <translation>Ideale situatie</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="125"/>
        <source>−2 … +2</source>
        <translation>−2 … +2</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="125"/>
        <source>1 … 5</source>
        <translation>1 … 5</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="127"/>
        <source>Touchpoints</source>
        <translation>Contactmomenten</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="128"/>
        <source>Emotions</source>
        <translation>Emoties</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="128"/>
        <source>Thoughts</source>
        <translation>Gedachten</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="129"/>
        <source>Pain points</source>
        <translation>Pijnpunten</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="129"/>
        <source>Opportunities</source>
        <translation>Kansen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="130"/>
        <source>Backstage</source>
        <translation>Achter de schermen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="130"/>
        <source>KPIs</source>
        <translation>KPI’s</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="131"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="132"/>
        <source>Custom</source>
        <translation>Eigen baan</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="135"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="135"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="135"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="136"/>
        <source>Store</source>
        <translation>Winkel</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="136"/>
        <source>Social media</source>
        <translation>Sociale media</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="136"/>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="137"/>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="137"/>
        <source>Face to face</source>
        <translation>Persoonlijk contact</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="138"/>
        <source>Advertising</source>
        <translation>Reclame</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="138"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="138"/>
        <source>Search</source>
        <translation>Zoekmachine</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="139"/>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="91"/>
        <source>Poster language</source>
        <translation>Taal van de poster</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="92"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="93"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="94"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="95"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="107"/>
        <source>The document&apos;s language</source>
        <translation>De taal van het document</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="70"/>
        <source>Shows the figures</source>
        <translation>Toont de cijfers</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="19"/>
        <source>After importing a survey or metrics: an emotion score the team assumed is flagged “check this assumption” when the measured median differs from it by more than this many points on the journey&apos;s scale.</source>
        <translation>Na het importeren van een enquête of cijfers: een emotiescore die het team heeft aangenomen, krijgt de markering “controleer deze aanname” als de gemeten mediaan er meer dan dit aantal punten (op de schaal van de klantreis) van afwijkt.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="75"/>
        <source>Assumption check: allowed difference (points)</source>
        <translation>Aannamecheck: toegestaan verschil (punten)</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../klantreis_desktop/ui/window/language_menu.py" line="40"/>
        <source>&amp;Language</source>
        <extracomment>The preference that holds the chosen language (&quot;nl&quot;/&quot;en&quot;; absent: the system&apos;s). Each language named in itself, as language pickers do: the names must be readable by someone who does not read the current interface language. What the change means, in the language chosen (that is the one the reader wants).</extracomment>
        <translation>&amp;Taal</translation>
    </message>
</context>
<context>
    <name>Layout</name>
    <message>
        <location filename="../klantreis_desktop/layout/journey_layout.py" line="79"/>
        <source>The journey {id} does not exist.</source>
        <extracomment>Share of a card&apos;s width over which emotion points of stacked cards are fanned out. A metrics lane&apos;s line height in font sizes (canvas and poster alike, metrics_lane.py). A metrics lane of automatic height grows to list at most this many lines per cell.</extracomment>
        <translation>De klantreis {id} bestaat niet.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/layout/phase_header.py" line="135"/>
        <source>Goal: {text}</source>
        <extracomment>A phase title shrinks to this share of the header size, at most, to fit its longest word. The step in which a title shrinks (font sizes). Wider than any column: a text measured this wide keeps each word on one line. The title as drawn: a word too long even at the least size is broken after a &quot;-&quot;.</extracomment>
        <translation>Doel: {text}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/layout/phase_header.py" line="135"/>
        <source>KPI: {text}</source>
        <translation>KPI: {text}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../klantreis_desktop/ui/window/main_window.py" line="87"/>
        <source>Palette</source>
        <extracomment>Every open window, so a window stays alive while shown and files open only once.</extracomment>
        <translation>Palet</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/main_window.py" line="90"/>
        <source>Inspector</source>
        <translation>Eigenschappen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/main_window.py" line="94"/>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/main_window.py" line="304"/>
        <source>%1 (read-only)</source>
        <translation>%1 (alleen-lezen)</translation>
    </message>
    <message numerus="yes">
        <location filename="../klantreis_desktop/ui/window/main_window.py" line="352"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n geselecteerd</numerusform>
            <numerusform>%n geselecteerd</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/main_window.py" line="521"/>
        <source>“%1” is closed; this is a new map (File › Quit ends Klantreis).</source>
        <translation>“%1” is gesloten; dit is een nieuwe kaart (Bestand › Afsluiten sluit Klantreis af).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/main_window.py" line="561"/>
        <source>Into the &amp;Leftmost Phase</source>
        <translation>Naar de meest &amp;linkse fase</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/main_window.py" line="562"/>
        <source>Into the &amp;Rightmost Phase</source>
        <translation>Naar de meest &amp;rechtse fase</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/main_window.py" line="563"/>
        <source>Into the &amp;Top Lane</source>
        <translation>Naar de &amp;bovenste baan</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/main_window.py" line="563"/>
        <source>Into the &amp;Bottom Lane</source>
        <translation>Naar de &amp;onderste baan</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/main_window.py" line="564"/>
        <source>&amp;Distribute over the Phases</source>
        <translation>&amp;Verdelen over de fasen</translation>
    </message>
</context>
<context>
    <name>MeasuredMenu</name>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="44"/>
        <source>Content as &amp;CSV…</source>
        <translation>Inhoud als &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="44"/>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="48"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="45"/>
        <source>Content as &amp;XLSX…</source>
        <translation>Inhoud als &amp;XLSX…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="45"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-werkmappen (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="46"/>
        <source>&amp;Mermaid Diagram…</source>
        <translation>&amp;Mermaid-diagram…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="46"/>
        <source>Mermaid files (*.mmd)</source>
        <translation>Mermaid-bestanden (*.mmd)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="47"/>
        <source>Mark&amp;down Summary…</source>
        <translation>Samenvatting in Mark&amp;down…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="47"/>
        <source>Markdown files (*.md)</source>
        <translation>Markdown-bestanden (*.md)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="48"/>
        <source>&amp;Opportunities (CSV)…</source>
        <translation>&amp;Kansen (CSV)…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="77"/>
        <source>&amp;Metrics…</source>
        <translation>&amp;Cijfers…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="78"/>
        <source>NPS, CSAT, volumes, … per touchpoint and phase from a CSV or XLSX table</source>
        <translation>NPS, CSAT, aantallen, … per contactmoment en fase uit een CSV- of XLSX-tabel</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="80"/>
        <source>&amp;Survey…</source>
        <translation>&amp;Enquête…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="81"/>
        <source>Survey scores become the measured emotion curve</source>
        <translation>Enquêtescores worden de gemeten emotiecurve</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="85"/>
        <source>M&amp;ermaid Diagram…</source>
        <translation>&amp;Mermaid-diagram…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="88"/>
        <source>&amp;Check Against Event Log…</source>
        <translation>&amp;Toetsen aan gebeurtenissenlog…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="89"/>
        <source>Replay what customers really did on the designed journey</source>
        <translation>Speel af wat klanten echt deden, over de ontworpen klantreis</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="91"/>
        <source>C&amp;lear the Event Log Check</source>
        <translation>Toetsing aan het log &amp;wissen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="92"/>
        <source>&amp;Remove Measured Scores</source>
        <translation>Gemeten scores &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="93"/>
        <source>Im&amp;port</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="101"/>
        <source>&amp;Heat Map by Metric</source>
        <translation>&amp;Heatmap per cijfer</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="104"/>
        <source>&amp;Analysis</source>
        <translation>&amp;Analyse</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="264"/>
        <source>Import content sheet</source>
        <translation>Inhoudsblad importeren</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="265"/>
        <source>Tables (*.csv *.xlsx);;All files (*)</source>
        <translation>Tabellen (*.csv *.xlsx);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="270"/>
        <source>Import Mermaid diagram</source>
        <translation>Mermaid-diagram importeren</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="271"/>
        <source>Mermaid files (*.mmd *.mermaid *.md *.txt);;All files (*)</source>
        <translation>Mermaid-bestanden (*.mmd *.mermaid *.md *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="188"/>
        <source>Metrics imported (one undo step).</source>
        <translation>Cijfers geïmporteerd (één stap ongedaan te maken).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="198"/>
        <source>Survey imported (one undo step).</source>
        <translation>Enquête geïmporteerd (één stap ongedaan te maken).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="235"/>
        <source>Off</source>
        <translation>Uit</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="369"/>
        <source>Export content</source>
        <translation>Inhoud exporteren</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="371"/>
        <source>Saved {file}.</source>
        <translation>{file} opgeslagen.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="323"/>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="331"/>
        <source>Import content</source>
        <translation>Inhoud importeren</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="320"/>
        <source>Nothing was imported from {file}:</source>
        <translation>Er is niets geïmporteerd uit {file}:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="83"/>
        <source>Content S&amp;heet (CSV/XLSX)…</source>
        <translation>&amp;Inhoudsblad (CSV/XLSX)…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="98"/>
        <source>Export Con&amp;tent</source>
        <translation>Inhoud e&amp;xporteren</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="38"/>
        <source>{count} card</source>
        <translation>{count} kaart</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="38"/>
        <source>{count} cards</source>
        <translation>{count} kaarten</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="291"/>
        <source>{file} imported as the journey “{title}” (one undo step).</source>
        <translation>{file} geïmporteerd als de klantreis “{title}” (één stap ongedaan te maken).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="301"/>
        <source>{file}: {updated} updated, {added} added (one undo step).</source>
        <translation>{file}: {updated} bijgewerkt, {added} toegevoegd (één stap ongedaan te maken).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="307"/>
        <source>Arrows that the sheet no longer lists, removed: {count}.</source>
        <translation>Pijlen die niet meer in het blad staan, verwijderd: {count}.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="326"/>
        <source>{file}: nothing changed, the journey already holds what the sheet says.</source>
        <translation>{file}: niets veranderd, de klantreis bevat al wat er in het blad staat.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="305"/>
        <source>{file}: no card changed (one undo step).</source>
        <translation>{file}: geen kaart gewijzigd (één stap ongedaan te maken).</translation>
    </message>
</context>
<context>
    <name>Measures</name>
    <message>
        <location filename="../klantreis_desktop/layout/measured.py" line="220"/>
        <source>NPS</source>
        <extracomment>Colour of a measured segment that is no persona. Conformance labels: dark text on an opaque fill (contrast ≥ 4.5:1, WCAG AA). A card&apos;s bottom strip and how wide its icons (left) and pills (right) are at most. The known metrics&apos; labels (English sources, context &quot;Measures&quot;).</extracomment>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/layout/measured.py" line="221"/>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/layout/measured.py" line="222"/>
        <source>CES</source>
        <translation>CES</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/layout/measured.py" line="223"/>
        <source>Volume</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/layout/measured.py" line="224"/>
        <source>Drop-off</source>
        <translation>Uitval</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/layout/measured.py" line="225"/>
        <source>Conversion</source>
        <translation>Conversie</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/layout/measured.py" line="226"/>
        <source>Waiting time</source>
        <translation>Wachttijd</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/layout/measured.py" line="259"/>
        <source>assumed</source>
        <translation>aangenomen</translation>
    </message>
</context>
<context>
    <name>MetricsImport</name>
    <message>
        <location filename="../klantreis_desktop/ui/importing/metrics_dialog.py" line="64"/>
        <source>Import metrics</source>
        <translation>Cijfers importeren</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/metrics_dialog.py" line="65"/>
        <source>Tables (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Tabellen (*.csv *.txt *.xlsx);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/metrics_dialog.py" line="53"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/metrics_dialog.py" line="53"/>
        <source>Segment or persona</source>
        <translation>Segment of persona</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/metrics_dialog.py" line="53"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/metrics_dialog.py" line="54"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/metrics_dialog.py" line="54"/>
        <source>Number of customers (n)</source>
        <translation>Aantal klanten (n)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/metrics_dialog.py" line="74"/>
        <source>Touchpoint or phase (title or id):</source>
        <translation>Contactmoment of fase (titel of id):</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/metrics_dialog.py" line="92"/>
        <source>Measured (observed)</source>
        <translation>Gemeten (waargenomen)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/metrics_dialog.py" line="93"/>
        <source>Assumed (an estimate)</source>
        <translation>Aangenomen (een schatting)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/metrics_dialog.py" line="94"/>
        <source>Evidence:</source>
        <translation>Bewijs:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/metrics_dialog.py" line="96"/>
        <source>e.g. CRM export, web statistics</source>
        <translation>bijv. CRM-export, webstatistieken</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/metrics_dialog.py" line="97"/>
        <source>Source:</source>
        <translation>Bron:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/metrics_dialog.py" line="99"/>
        <source>yyyy-mm-dd</source>
        <translation>jjjj-mm-dd</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/metrics_dialog.py" line="100"/>
        <source>Date (rows without one):</source>
        <translation>Datum (rijen zonder datum):</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/metrics_dialog.py" line="101"/>
        <source>Import the rest when some names match nothing (they are listed)</source>
        <translation>Importeer de rest als sommige namen nergens bij passen (die worden opgesomd)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/metrics_dialog.py" line="86"/>
        <source>Touchpoints, else phases</source>
        <translation>Contactmomenten, anders fasen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/metrics_dialog.py" line="87"/>
        <source>Touchpoints only</source>
        <translation>Alleen contactmomenten</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/metrics_dialog.py" line="88"/>
        <source>Phases only</source>
        <translation>Alleen fasen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/metrics_dialog.py" line="109"/>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/metrics_dialog.py" line="109"/>
        <source>Metric</source>
        <translation>Cijfer</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/metrics_dialog.py" line="109"/>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/metrics_dialog.py" line="109"/>
        <source>Higher is</source>
        <translation>Hoger is</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/metrics_dialog.py" line="158"/>
        <source>better</source>
        <translation>beter</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/metrics_dialog.py" line="159"/>
        <source>worse</source>
        <translation>slechter</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/metrics_dialog.py" line="160"/>
        <source>neither (a count)</source>
        <translation>geen van beide (een aantal)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/metrics_dialog.py" line="215"/>
        <source>Tick at least one column of figures.</source>
        <translation>Vink minstens één kolom met cijfers aan.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/metrics_dialog.py" line="239"/>
        <source>Not imported, no such touchpoint or phase:</source>
        <translation>Niet geïmporteerd, geen contactmoment of fase met deze naam:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/metrics_dialog.py" line="78"/>
        <source>{field} (optional):</source>
        <translation>{field} (optioneel):</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/metrics_dialog.py" line="145"/>
        <source>“{name}” (own metric)</source>
        <translation>“{name}” (eigen cijfer)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/metrics_dialog.py" line="233"/>
        <source>{count} figures ({metrics}) imported onto {nodes} touchpoints and phases (one undo step).</source>
        <translation>{count} cijfers ({metrics}) geïmporteerd bij {nodes} contactmomenten en fasen (één stap ongedaan te maken).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/metrics_dialog.py" line="90"/>
        <source>Rows refer to:</source>
        <translation>Rijen verwijzen naar:</translation>
    </message>
</context>
<context>
    <name>MetricsLane</name>
    <message>
        <location filename="../klantreis_desktop/layout/metrics_lane.py" line="30"/>
        <source>+{n} more</source>
        <extracomment>What a full cell says under its last line: how many lines it leaves out.</extracomment>
        <translation>+{n} meer</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/metrics_lane_item.py" line="43"/>
        <source>No figures yet: File › Import › Metrics… fills this lane with each phase&apos;s and touchpoint&apos;s figures.</source>
        <translation>Nog geen cijfers: Bestand › Importeren › Cijfers… vult deze baan met de cijfers van elke fase en elk contactmoment.</translation>
    </message>
</context>
<context>
    <name>Model</name>
    <message>
        <location filename="../klantreis_desktop/model/attributes.py" line="21"/>
        <source>Unknown element kind: {kind}</source>
        <translation>Onbekende soort element: {kind}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/attributes.py" line="24"/>
        <source>A {kind} has no property “{name}”.</source>
        <translation>Een {kind} heeft geen eigenschap “{name}”.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/attributes.py" line="46"/>
        <source>“{name}” must be text.</source>
        <translation>“{name}” moet tekst zijn.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/attributes.py" line="48"/>
        <source>“{name}” is longer than {count} characters.</source>
        <translation>“{name}” is langer dan {count} tekens.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/attributes.py" line="51"/>
        <source>“{value}” is not a valid choice for “{name}”.</source>
        <translation>“{value}” is geen geldige keuze voor “{name}”.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/attributes.py" line="27"/>
        <source>“{name}” must be yes or no.</source>
        <translation>“{name}” moet ja of nee zijn.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/attributes.py" line="31"/>
        <source>“{name}” must be a number.</source>
        <translation>“{name}” moet een getal zijn.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/attributes.py" line="33"/>
        <source>“{name}” must be a finite number.</source>
        <translation>“{name}” moet een eindig getal zijn.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/attributes.py" line="42"/>
        <source>“{name}” must lie between {low} and {high}.</source>
        <translation>“{name}” moet tussen {low} en {high} liggen.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/attributes.py" line="36"/>
        <source>“{name}” must be a whole number.</source>
        <translation>“{name}” moet een geheel getal zijn.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/journeys.py" line="34"/>
        <source>Duplicate journey</source>
        <translation>Klantreis dupliceren</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/journeys.py" line="90"/>
        <location filename="../klantreis_desktop/model/operations.py" line="82"/>
        <source>Add journey</source>
        <translation>Klantreis toevoegen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/journeys.py" line="31"/>
        <source>{title} (copy)</source>
        <translation>{title} (kopie)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/journeys.py" line="95"/>
        <source>The journey {id} does not exist.</source>
        <translation>De klantreis {id} bestaat niet.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/operations.py" line="89"/>
        <source>Add persona</source>
        <translation>Persona toevoegen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/operations.py" line="98"/>
        <source>Add channel</source>
        <translation>Kanaal toevoegen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/operations.py" line="181"/>
        <source>Add phase</source>
        <translation>Fase toevoegen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/operations.py" line="193"/>
        <source>Add lane</source>
        <translation>Baan toevoegen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/operations.py" line="234"/>
        <source>Add card</source>
        <translation>Kaart toevoegen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/operations.py" line="253"/>
        <location filename="../klantreis_desktop/model/operations.py" line="254"/>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/operations.py" line="276"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/operations.py" line="323"/>
        <source>Move card</source>
        <translation>Kaart verplaatsen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/operations.py" line="338"/>
        <source>Reorder</source>
        <translation>Volgorde wijzigen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/operations.py" line="352"/>
        <location filename="../klantreis_desktop/model/operations.py" line="353"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/operations.py" line="359"/>
        <source>Disconnect</source>
        <translation>Verbinding verbreken</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/operations.py" line="372"/>
        <source>Channels</source>
        <translation>Kanalen wijzigen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/operations.py" line="379"/>
        <location filename="../klantreis_desktop/model/operations.py" line="380"/>
        <source>Attach persona</source>
        <translation>Persona koppelen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/operations.py" line="390"/>
        <source>Detach persona</source>
        <translation>Persona loskoppelen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/operations.py" line="421"/>
        <source>Set emotion</source>
        <translation>Emotie instellen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/operations.py" line="457"/>
        <source>Nothing was created.</source>
        <translation>Er is niets aangemaakt.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/operations.py" line="222"/>
        <source>The phase and the lane belong to different journeys.</source>
        <translation>De fase en de baan horen bij verschillende klantreizen.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/operations.py" line="309"/>
        <source>A card can only move within its own journey.</source>
        <translation>Een kaart kan alleen binnen de eigen klantreis verplaatst worden.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/operations.py" line="348"/>
        <source>A touchpoint cannot flow to itself.</source>
        <translation>Een contactmoment kan niet naar zichzelf leiden.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/operations.py" line="350"/>
        <source>A flow can only connect touchpoints of one journey.</source>
        <translation>Een verbinding kan alleen contactmomenten van één klantreis verbinden.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/operations.py" line="358"/>
        <source>There is no flow between these touchpoints.</source>
        <translation>Er is geen verbinding tussen deze contactmomenten.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/operations.py" line="386"/>
        <source>This persona is not part of the journey.</source>
        <translation>Deze persona hoort niet bij de klantreis.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/operations.py" line="232"/>
        <source>Only touchpoints have channels.</source>
        <translation>Alleen contactmomenten hebben kanalen.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/measures.py" line="312"/>
        <location filename="../klantreis_desktop/model/operations.py" line="34"/>
        <source>The element {id} does not exist.</source>
        <translation>Het element {id} bestaat niet.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/operations.py" line="36"/>
        <source>{id} is a {kind}, not a {wanted}.</source>
        <translation>{id} is een {kind}, geen {wanted}.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/operations.py" line="43"/>
        <source>The id {id} is already in use.</source>
        <translation>Het id {id} is al in gebruik.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/operations.py" line="217"/>
        <source>A {kind} cannot be placed as a card.</source>
        <translation>Een {kind} kan niet als kaart geplaatst worden.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/operations.py" line="396"/>
        <source>An emotion score must lie between {low} and {high}.</source>
        <translation>Een emotiescore moet tussen {low} en {high} liggen.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/operations.py" line="407"/>
        <location filename="../klantreis_desktop/model/operations.py" line="436"/>
        <source>The element {id} is not part of a journey.</source>
        <translation>Het element {id} hoort niet bij een klantreis.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/invariants.py" line="152"/>
        <source>Card {id} must be in exactly one phase and one lane.</source>
        <translation>Kaart {id} moet in precies één fase en één baan staan.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/invariants.py" line="156"/>
        <source>Card {id} sits in a phase or lane of another journey.</source>
        <translation>Kaart {id} staat in een fase of baan van een andere klantreis.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/invariants.py" line="168"/>
        <source>Emotion point {id} needs one persona and one touchpoint or phase.</source>
        <translation>Emotiepunt {id} heeft één persona en één contactmoment of fase nodig.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/invariants.py" line="173"/>
        <source>Emotion point {id} is bound to another journey.</source>
        <translation>Emotiepunt {id} is gekoppeld aan een andere klantreis.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/invariants.py" line="181"/>
        <source>Emotion point {id} has score {score}, outside {low}…{high}.</source>
        <translation>Emotiepunt {id} heeft score {score}, buiten {low}…{high}.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/invariants.py" line="55"/>
        <location filename="../klantreis_desktop/model/invariants.py" line="194"/>
        <source>Element {id} has an unknown kind “{kind}”.</source>
        <translation>Element {id} heeft een onbekende soort “{kind}”.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/invariants.py" line="116"/>
        <source>A link {source} → {target} has an unknown kind “{kind}”.</source>
        <translation>Een koppeling {source} → {target} heeft een onbekende soort “{kind}”.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/invariants.py" line="142"/>
        <source>{kind} {id} belongs to {count} journeys instead of one.</source>
        <translation>{kind} {id} hoort bij {count} klantreizen in plaats van één.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/invariants.py" line="160"/>
        <source>The flow {source} → {target} crosses journeys.</source>
        <translation>De verbinding {source} → {target} loopt tussen twee klantreizen.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/invariants.py" line="120"/>
        <source>A “{kind}” link cannot go from {source} to {target}.</source>
        <translation>Een koppeling “{kind}” kan niet van {source} naar {target} lopen.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/operations.py" line="141"/>
        <source>Rename channel</source>
        <translation>Kanaal hernoemen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/operations.py" line="167"/>
        <source>Remove channel</source>
        <translation>Kanaal verwijderen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/operations.py" line="111"/>
        <source>A channel needs a name.</source>
        <translation>Een kanaal heeft een naam nodig.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/operations.py" line="143"/>
        <source>Change channel icon</source>
        <translation>Pictogram van kanaal wijzigen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/operations.py" line="145"/>
        <source>Edit channel</source>
        <translation>Kanaal bewerken</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/operations.py" line="113"/>
        <source>A channel name can be at most {count} characters long.</source>
        <translation>De naam van een kanaal mag hoogstens {count} tekens lang zijn.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/operations.py" line="118"/>
        <source>There is already a channel called “{name}”.</source>
        <translation>Er is al een kanaal met de naam “{name}”.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/measures.py" line="324"/>
        <source>Metrics</source>
        <translation>Metrieken</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/measures.py" line="366"/>
        <source>Remove metric</source>
        <translation>Metriek verwijderen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/measures.py" line="390"/>
        <source>Remove measured scores</source>
        <translation>Gemeten scores verwijderen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/measures.py" line="464"/>
        <source>A date must be written as yyyy-mm-dd.</source>
        <translation>Een datum moet geschreven zijn als jjjj-mm-dd.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/measures.py" line="471"/>
        <source>A metric&apos;s name must be 1 to 40 lower-case letters, digits or “_”.</source>
        <translation>De naam van een metriek moet bestaan uit 1 tot 40 kleine letters, cijfers of “_”.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/measures.py" line="474"/>
        <source>“higher is better” must be yes, no or empty.</source>
        <translation>“hoger is beter” moet ja, nee of leeg zijn.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/measures.py" line="483"/>
        <source>A figure must name its metric.</source>
        <translation>Een cijfer moet zijn metriek noemen.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/measures.py" line="485"/>
        <source>A figure must be a number.</source>
        <translation>Een cijfer moet een getal zijn.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/measures.py" line="487"/>
        <source>A figure&apos;s evidence must be “observed” or “assumed”.</source>
        <translation>Het bewijs van een cijfer moet “observed” (waargenomen) of “assumed” (aangenomen) zijn.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/measures.py" line="489"/>
        <source>A figure&apos;s number of customers must be a whole number from 0.</source>
        <translation>Het aantal klanten van een cijfer moet een geheel getal vanaf 0 zijn.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/measures.py" line="499"/>
        <source>A measured score needs its scale (two whole numbers, low before high).</source>
        <translation>Een gemeten score heeft zijn schaal nodig (twee gehele getallen, de laagste eerst).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/measures.py" line="501"/>
        <source>A measured score needs the number of answers (1 or more).</source>
        <translation>Een gemeten score heeft het aantal antwoorden nodig (1 of meer).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/measures.py" line="504"/>
        <source>A measured score&apos;s median and quartiles must lie on its scale.</source>
        <translation>De mediaan en kwartielen van een gemeten score moeten op de schaal liggen.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/measures.py" line="506"/>
        <source>A measured score&apos;s quartiles must enclose its median.</source>
        <translation>De kwartielen van een gemeten score moeten de mediaan insluiten.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/measures.py" line="130"/>
        <source>A metric needs a name.</source>
        <translation>Een metriek heeft een naam nodig.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/measures.py" line="355"/>
        <source>Import metrics</source>
        <translation>Cijfers importeren</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/measures.py" line="380"/>
        <source>Import survey</source>
        <translation>Enquête importeren</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/measures.py" line="477"/>
        <source>A metric&apos;s bounds must be numbers.</source>
        <translation>De grenzen van een metriek moeten getallen zijn.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/measures.py" line="423"/>
        <source>“{name}” must be a list of at most {count} entries.</source>
        <translation>“{name}” moet een lijst van hooguit {count} items zijn.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/measures.py" line="81"/>
        <source>{value} is not a usable number for {metric}.</source>
        <translation>{value} is geen bruikbaar getal voor {metric}.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/measures.py" line="89"/>
        <source>{value} lies outside {low}…{high} for {metric}.</source>
        <translation>{value} ligt buiten {low}…{high} voor {metric}.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/measures.py" line="314"/>
        <source>A {kind} cannot carry measured figures.</source>
        <translation>Een {kind} kan geen gemeten cijfers dragen.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/measures.py" line="429"/>
        <source>“{name}” holds an entry that is not a record.</source>
        <translation>“{name}” bevat een item dat geen record is.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/measures.py" line="437"/>
        <source>“{name}” holds “{key}” twice.</source>
        <translation>“{name}” bevat “{key}” twee keer.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/measures.py" line="447"/>
        <source>“{name}” must be a text of at most {count} characters.</source>
        <translation>“{name}” moet een tekst van hooguit {count} tekens zijn.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/measures.py" line="86"/>
        <source>{value} is not a percentage ({metric} lies between {low} and {high}).</source>
        <translation>{value} is geen percentage ({metric} ligt tussen {low} en {high}).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/measures.py" line="339"/>
        <source>{title} belongs to another journey.</source>
        <translation>{title} hoort bij een andere klantreis.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/measures.py" line="411"/>
        <source>{id}: a {kind} cannot carry “{name}”.</source>
        <translation>{id}: een {kind} kan geen “{name}” dragen.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/operations.py" line="430"/>
        <source>Change persona</source>
        <translation>Persona wijzigen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/operations.py" line="439"/>
        <source>{persona} already has an emotion point here.</source>
        <translation>{persona} heeft hier al een emotiepunt.</translation>
    </message>
</context>
<context>
    <name>NewDialog</name>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/new_dialog.py" line="86"/>
        <source>New journey map</source>
        <translation>Nieuwe klantreiskaart</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/new_dialog.py" line="88"/>
        <source>Start from a template or from a worked example:</source>
        <translation>Begin met een sjabloon of met een uitgewerkt voorbeeld:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/new_dialog.py" line="129"/>
        <source>Example: %1</source>
        <translation>Voorbeeld: %1</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/new_dialog.py" line="139"/>
        <source>Create</source>
        <translation>Maken</translation>
    </message>
</context>
<context>
    <name>OpenJobs</name>
    <message>
        <location filename="../klantreis_desktop/ui/window/open_jobs.py" line="181"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/open_jobs.py" line="184"/>
        <source>Opening</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/open_jobs.py" line="181"/>
        <source>Opening “%1”…</source>
        <translation>“%1” wordt geopend…</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <location filename="../klantreis_desktop/ui/docks/palette.py" line="192"/>
        <source>Elements</source>
        <extracomment>The element kinds offered, in palette order. A persona&apos;s name as listed, without the &quot;▸&quot; of the persona new emotion points join. The payload a starting drag carries (decoded from its mime data). The channel under the pointer (&quot;&quot; for none) and where to show the menu. Whose curve new emotion points join on the current canvas (the window sets it).</extracomment>
        <translation>Elementen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/palette.py" line="194"/>
        <source>Channels</source>
        <translation>Kanalen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/palette.py" line="199"/>
        <location filename="../klantreis_desktop/ui/docks/palette.py" line="359"/>
        <source>Add channel…</source>
        <translation>Kanaal toevoegen…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/palette.py" line="203"/>
        <source>A new channel for this document (right-click a channel to rename or remove it)</source>
        <translation>Een nieuw kanaal voor dit document (klik met rechts op een kanaal om het te hernoemen of te verwijderen)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/palette.py" line="206"/>
        <source>Personas</source>
        <translation>Persona’s</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/palette.py" line="208"/>
        <source>Drag onto the map. Double-click a channel or persona to edit it.</source>
        <translation>Sleep naar de kaart. Dubbelklik op een kanaal of persona om die te bewerken.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/palette.py" line="291"/>
        <source>New emotion points join this persona&apos;s curve (right-click the emotion lane to choose another)</source>
        <translation>Nieuwe emotiepunten komen op de curve van deze persona (klik met rechts op de emotiebaan om een andere te kiezen)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/palette.py" line="355"/>
        <source>Rename…</source>
        <translation>Hernoemen…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/palette.py" line="356"/>
        <source>Change icon…</source>
        <translation>Pictogram wijzigen…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/palette.py" line="357"/>
        <source>Remove…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/palette.py" line="218"/>
        <source>Drag a new “%1” onto the map</source>
        <translation>Sleep naar de kaart om een “%1” toe te voegen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/palette.py" line="265"/>
        <source>No channels in this document.</source>
        <translation>Geen kanalen in dit document.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/palette.py" line="268"/>
        <source>%1 — drag onto a touchpoint; double-click to edit, right-click for more</source>
        <translation>%1 — sleep naar een contactmoment; dubbelklik om te bewerken, klik met rechts voor meer</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/palette.py" line="273"/>
        <source>No personas yet.</source>
        <translation>Nog geen persona’s.</translation>
    </message>
</context>
<context>
    <name>PersonaEditor</name>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/persona_editor.py" line="61"/>
        <source>Personas</source>
        <extracomment>The empathy map: a 2 × 2 square (says, thinks / does, feels) and a row (pains, gains).</extracomment>
        <translation>Persona’s</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/persona_editor.py" line="80"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/persona_editor.py" line="83"/>
        <source>Remove…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/persona_editor.py" line="139"/>
        <source>Choose photo…</source>
        <translation>Foto kiezen…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/persona_editor.py" line="143"/>
        <location filename="../klantreis_desktop/ui/dialogs/persona_editor.py" line="353"/>
        <source>Remove photo</source>
        <translation>Foto verwijderen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/persona_editor.py" line="153"/>
        <source>This persona is part of the current journey</source>
        <translation>Deze persona hoort bij de huidige klantreis</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/persona_editor.py" line="123"/>
        <source>Empathy map</source>
        <translation>Empathiekaart</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/persona_editor.py" line="122"/>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/persona_editor.py" line="242"/>
        <source>No photo</source>
        <translation>Geen foto</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/persona_editor.py" line="285"/>
        <source>Persona %1</source>
        <translation>Persona %1</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/persona_editor.py" line="310"/>
        <source>Remove persona</source>
        <translation>Persona verwijderen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/persona_editor.py" line="311"/>
        <source>Remove the persona “%1” and their emotion curves from every journey?</source>
        <translation>De persona “%1” en de bijbehorende emotiecurves uit alle klantreizen verwijderen?</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/persona_editor.py" line="328"/>
        <source>Choose a photo</source>
        <translation>Kies een foto</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/persona_editor.py" line="329"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/persona_editor.py" line="345"/>
        <source>Set photo</source>
        <translation>Foto instellen</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <location filename="../klantreis_desktop/ui/presenting/window.py" line="63"/>
        <source>Presenting: {title}</source>
        <extracomment>Smallest text the room must be able to read, in screen pixels. The most a phase is enlarged (a short journey on a big screen). A clicker sends PageDown/PageUp: step through a phase&apos;s slices, then on to the next.</extracomment>
        <translation>Presentatie: {title}</translation>
    </message>
</context>
<context>
    <name>Presenting</name>
    <message>
        <location filename="../klantreis_desktop/ui/presenting/__init__.py" line="90"/>
        <source>&amp;Present</source>
        <extracomment>Called with every new presentation (the workshop adds its timer overlay this way).</extracomment>
        <translation>&amp;Presenteren</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/presenting/__init__.py" line="93"/>
        <source>Show the journey full screen on the projector, phase by phase</source>
        <translation>Toon de klantreis schermvullend op de beamer, fase voor fase</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/presenting/audience.py" line="28"/>
        <source>Lanes</source>
        <translation>Banen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/presenting/audience.py" line="46"/>
        <source>Saved views</source>
        <translation>Opgeslagen weergaven</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/presenting/audience.py" line="47"/>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/presenting/audience.py" line="53"/>
        <source>Save view as…</source>
        <translation>Weergave opslaan als…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/presenting/audience.py" line="68"/>
        <source>Save view</source>
        <translation>Weergave opslaan</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/presenting/audience.py" line="69"/>
        <source>Name of this view (for example “Board”):</source>
        <translation>Naam van deze weergave (bijvoorbeeld “Directie”):</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/presenting/audience.py" line="38"/>
        <source>Personas</source>
        <translation>Persona’s</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/presenting/audience.py" line="30"/>
        <source>(untitled lane)</source>
        <translation>(baan zonder titel)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/presenting/audience.py" line="40"/>
        <source>(unnamed persona)</source>
        <translation>(persona zonder naam)</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/recovery_dialog.py" line="96"/>
        <source>No journeys</source>
        <translation>Geen klantreizen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/recovery_dialog.py" line="194"/>
        <source>Untitled</source>
        <translation>Naamloos</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/recovery_dialog.py" line="177"/>
        <source>Restore</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/recovery_dialog.py" line="181"/>
        <source>Discard…</source>
        <translation>Weggooien…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/recovery_dialog.py" line="216"/>
        <source>Recover unsaved work</source>
        <translation>Niet-opgeslagen werk herstellen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/recovery_dialog.py" line="124"/>
        <source>Klantreis did not close properly last time. These journey maps had changes that were not saved. Restore them to keep working, or discard what you no longer need.</source>
        <translation>Klantreis is de vorige keer niet goed afgesloten. Deze klantreiskaarten hadden wijzigingen die niet waren opgeslagen. Herstel ze om verder te werken, of gooi weg wat je niet meer nodig hebt.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/recovery_dialog.py" line="240"/>
        <source>Restore all</source>
        <translation>Alles herstellen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/recovery_dialog.py" line="244"/>
        <source>Decide later</source>
        <translation>Later beslissen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/recovery_dialog.py" line="247"/>
        <source>Keep the remaining copies and ask again next time</source>
        <translation>Bewaar de overige kopieën en vraag het de volgende keer opnieuw</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/recovery_dialog.py" line="276"/>
        <source>Discard recovered work?</source>
        <translation>Hersteld werk weggooien?</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/recovery_dialog.py" line="95"/>
        <source>and %1 more journeys</source>
        <translation>en nog %1 klantreizen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/recovery_dialog.py" line="258"/>
        <source>Not restored</source>
        <translation>Niet hersteld</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/recovery_dialog.py" line="162"/>
        <source>Last autosaved: %1</source>
        <translation>Laatst automatisch opgeslagen: %1</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/recovery_dialog.py" line="165"/>
        <source>Saved before as: %1</source>
        <translation>Eerder opgeslagen als: %1</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/recovery_dialog.py" line="277"/>
        <source>The unsaved changes in “%1” will be deleted for good.</source>
        <translation>De niet-opgeslagen wijzigingen in “%1” worden definitief verwijderd.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/recovery_dialog.py" line="91"/>
        <source>“%1”: %2 cards</source>
        <translation>“%1”: %2 kaarten</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/recovery_dialog.py" line="120"/>
        <source>These journey maps still have changes that were never saved. They were kept when Klantreis stopped unexpectedly earlier, and you chose to decide about them later. Restore them to keep working, or discard what you no longer need.</source>
        <translation>Deze klantreiskaarten hebben nog wijzigingen die nooit zijn opgeslagen. Ze zijn bewaard toen Klantreis eerder onverwacht stopte, en je hebt gekozen om er later over te beslissen. Herstel ze om verder te werken, of gooi weg wat je niet meer nodig hebt.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/recovery_dialog.py" line="91"/>
        <source>“%1”: 1 card</source>
        <translation>“%1”: 1 kaart</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/recovery_dialog.py" line="102"/>
        <source>The file was saved again later (%1): these changes are older. Restored, they open as a separate copy, and saving asks where.</source>
        <translation>Het bestand is daarna nog opgeslagen (%1): deze wijzigingen zijn ouder. Hersteld openen ze als een aparte kopie, en bij opslaan wordt gevraagd waar.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/recovery_dialog.py" line="108"/>
        <source>%1 (older kept changes)</source>
        <translation>%1 (oudere bewaarde wijzigingen)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/recovery_dialog.py" line="166"/>
        <source>Never saved to a file</source>
        <translation>Nog nooit als bestand opgeslagen</translation>
    </message>
</context>
<context>
    <name>Room</name>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_overlay.py" line="79"/>
        <source>Room ({count})</source>
        <translation>Zaal ({count})</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_exercise.py" line="89"/>
        <source>Show the waiting screen</source>
        <translation>Wachtscherm tonen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_exercise.py" line="101"/>
        <source>Dimension:</source>
        <translation>Dimensie:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_exercise.py" line="102"/>
        <source>Empathy map: says, thinks, does, feels</source>
        <translation>Empathiekaart: zegt, denkt, doet, voelt</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_exercise.py" line="105"/>
        <source>Collect notes</source>
        <translation>Notities verzamelen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_exercise.py" line="118"/>
        <source>Dots per person:</source>
        <translation>Stippen per persoon:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_exercise.py" line="119"/>
        <source>Show the tallies live</source>
        <translation>Tussenstand live tonen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_exercise.py" line="122"/>
        <source>Start a voting round</source>
        <translation>Stemronde starten</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_exercise.py" line="125"/>
        <source>Reveal the votes</source>
        <translation>Stemmen tonen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_exercise.py" line="138"/>
        <source>Persona:</source>
        <translation>Persona:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_exercise.py" line="139"/>
        <source>Start rating</source>
        <translation>Beoordelen starten</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_exercise.py" line="141"/>
        <source>Adopt the room&apos;s curve</source>
        <translation>Curve van de zaal overnemen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_exercise.py" line="36"/>
        <source>Waiting</source>
        <translation>Wachten</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_exercise.py" line="36"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_exercise.py" line="36"/>
        <source>Dot voting</source>
        <translation>Stemmen met stippen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_exercise.py" line="37"/>
        <source>Emotion rating</source>
        <translation>Emoties beoordelen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_exercise.py" line="166"/>
        <source>The phones show the timer while it runs.</source>
        <translation>De telefoons tonen de timer zolang die loopt.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_exercise.py" line="160"/>
        <source>(unnamed persona)</source>
        <translation>(persona zonder naam)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_exercise.py" line="165"/>
        <source>Agenda step: {step}</source>
        <translation>Agendastap: {step}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_projector.py" line="31"/>
        <source>Join the room</source>
        <translation>Doe mee in de zaal</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_projector.py" line="44"/>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="122"/>
        <source>Join with your phone</source>
        <translation>Doe mee met je telefoon</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_projector.py" line="46"/>
        <source>or go to the address and type the code:</source>
        <translation>of ga naar het adres en typ de code:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_projector.py" line="50"/>
        <source>Esc: back to the room&apos;s controls</source>
        <translation>Esc: terug naar de bediening van de zaal</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_projector.py" line="73"/>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="479"/>
        <source>{count} joined</source>
        <translation>{count} aangemeld</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_session.py" line="75"/>
        <source>This computer is not on a private network.</source>
        <translation>Deze computer zit niet op een privénetwerk.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="65"/>
        <source>Linux: Settings › Wi-Fi › Turn On Wi-Fi Hotspot (or nmcli device wifi hotspot). Participants join the network shown there.</source>
        <translation>Linux: Instellingen › Wifi › Wifi-hotspot inschakelen (of nmcli device wifi hotspot). Deelnemers kiezen het netwerk dat daar staat.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="69"/>
        <source>Phones cannot connect? Guest networks often keep devices apart. Use the laptop&apos;s own hotspot, then close and open the room again:</source>
        <translation>Komen telefoons er niet in? Gastnetwerken houden apparaten vaak van elkaar gescheiden. Gebruik de eigen hotspot van de laptop en sluit en open de zaal daarna opnieuw:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="112"/>
        <source>Room</source>
        <translation>Zaal</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="135"/>
        <source>Show full screen on the projector</source>
        <translation>Schermvullend op de beamer tonen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="147"/>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="528"/>
        <source>Remove from the room</source>
        <translation>Uit de zaal halen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="153"/>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="156"/>
        <source>Merge duplicates</source>
        <translation>Dubbele notities samenvoegen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="162"/>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="165"/>
        <source>Close the room</source>
        <translation>Zaal sluiten</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="238"/>
        <source>Phones join by the QR code, or type the address and the code. Only this room&apos;s phones can take part.</source>
        <translation>Telefoons doen mee via de QR-code, of door het adres en de code te typen. Alleen telefoons in deze zaal kunnen meedoen.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="60"/>
        <source>Windows: Settings › Network &amp; internet › Mobile hotspot: turn it on. Participants join the network name and password shown there.</source>
        <translation>Windows: Instellingen › Netwerk en internet › Mobiele hotspot: zet hem aan. Deelnemers kiezen de netwerknaam en het wachtwoord die daar staan.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="62"/>
        <source>macOS: join the laptop to a phone&apos;s personal hotspot, or share a cable connection over Wi-Fi (System Settings › General › Sharing › Internet Sharing).</source>
        <translation>macOS: verbind de laptop met de persoonlijke hotspot van een telefoon, of deel een kabelverbinding via wifi (Systeeminstellingen › Algemeen › Delen › Internetdeling).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="170"/>
        <source>What the phones do now</source>
        <translation>Wat de telefoons nu doen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="174"/>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="181"/>
        <source>Notes from phones</source>
        <translation>Notities van telefoons</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="337"/>
        <source>The phones wait for the next exercise.</source>
        <translation>De telefoons wachten op de volgende oefening.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="356"/>
        <source>The phones send notes; they land on the brainstorm board.</source>
        <translation>De telefoons sturen notities; die komen op het brainstormbord.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="406"/>
        <source>This journey has no pain points or opportunities yet.</source>
        <translation>Deze klantreis heeft nog geen pijnpunten of kansen.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="411"/>
        <source>The votes are on the cards.</source>
        <translation>De stemmen staan op de kaarten.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="421"/>
        <source>This journey has no touchpoints yet.</source>
        <translation>Deze klantreis heeft nog geen contactmomenten.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="487"/>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="523"/>
        <source>Anonymous</source>
        <translation>Anoniem</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="218"/>
        <source>This computer is on no private network (Wi-Fi, cable or hotspot), so phones cannot reach it.</source>
        <translation>Deze computer zit op geen enkel privénetwerk (wifi, kabel of hotspot), dus telefoons kunnen hem niet bereiken.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="235"/>
        <source>Code: {code}</source>
        <translation>Code: {code}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="427"/>
        <source>The room&apos;s curve is now the persona&apos;s (Undo takes it back).</source>
        <translation>De curve van de zaal is nu die van de persona (Ongedaan maken zet het terug).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="261"/>
        <source>The room stopped: {error}</source>
        <translation>De zaal is gestopt: {error}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="405"/>
        <source>Voting on {count} pain points and opportunities.</source>
        <translation>Er wordt gestemd op {count} pijnpunten en kansen.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="420"/>
        <source>Rating {count} touchpoints.</source>
        <translation>{count} contactmomenten worden beoordeeld.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="488"/>
        <source>{name} (away)</source>
        <translation>{name} (weg)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="495"/>
        <source>{voters} of {count} have voted; {dots} dots placed.</source>
        <translation>{voters} van de {count} hebben gestemd; {dots} stippen geplakt.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="222"/>
        <source>The room could not start: {error}</source>
        <translation>De zaal kon niet starten: {error}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="498"/>
        <source>{raters} of {count} have rated.</source>
        <translation>{raters} van de {count} hebben beoordeeld.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_session.py" line="137"/>
        <source>Dots of a removed participant</source>
        <translation>Stippen van een deelnemer die uit de zaal is gehaald</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="531"/>
        <source>Their dots and ratings no longer count; their notes stay on the board.</source>
        <translation>De stippen en beoordelingen van deze deelnemer tellen niet meer mee; de notities blijven op het bord.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="343"/>
        <source>Type a dimension first: what the notes are about (for example Channels).</source>
        <translation>Vul eerst een dimensie in: waar gaan de notities over (bijvoorbeeld Kanalen)?</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="556"/>
        <source>The notes are merged into one (Undo takes it back).</source>
        <translation>De notities zijn samengevoegd tot één (Ongedaan maken zet het terug).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="524"/>
        <source>Are you sure you want to take {name} out of the room? They cannot come back.</source>
        <translation>Weet je zeker dat je {name} uit de zaal haalt? Die kan niet meer terug.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="526"/>
        <source>Are you sure you want to take {names} out of the room? They cannot come back.</source>
        <translation>Weet je zeker dat je {names} uit de zaal haalt? Zij kunnen niet meer terug.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="377"/>
        <source>Room open: {count} joined, code {code}</source>
        <translation>Zaal open: {count} aangemeld, code {code}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_session.py" line="220"/>
        <source>Add the room&apos;s votes</source>
        <translation>Stemmen uit de zaal toevoegen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_session.py" line="263"/>
        <source>Hide notes</source>
        <translation>Notities verbergen</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../klantreis_desktop/ui/session.py" line="79"/>
        <source>%1 (backup)</source>
        <extracomment>Emitted after every change the model applies (edits, undo, redo). Emitted when the path or the modified state changes (for the title bar). Our lock on ``path`` (None: read-only, never saved, or no lock could be made). The file as it was when last read or written here (None: nothing to compare). Opened read-only (someone else has it open): Save asks for a new name. The file changed on disk while this document had unsaved edits. The name shown before the first save (the template&apos;s title, for instance). A sample shipped with the app, shown as a new document: it keeps its window (a newly opened file or a new document does not replace it). Shown from the backup of this file (the file itself is damaged): it has no file of its own, its name says it is the backup, and Save asks where.</extracomment>
        <translation>%1 (reservekopie)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/session.py" line="86"/>
        <source>Untitled</source>
        <translation>Naamloos</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../klantreis_desktop/ui/window/shortcut_sheet.py" line="40"/>
        <source>Click a cell, then type</source>
        <extracomment>(key sequences in Qt&apos;s portable text, or &quot;&quot; for a mouse gesture; what they do). A row whose first element is empty shows its ``mouse`` text in the key column.</extracomment>
        <translation>Klik in een vak en typ</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/shortcut_sheet.py" line="41"/>
        <source>Quick entry: a new card in that cell</source>
        <translation>Snel invoeren: een nieuwe kaart in dat vak</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/shortcut_sheet.py" line="42"/>
        <source>Click a card, then type</source>
        <translation>Klik op een kaart en typ</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/shortcut_sheet.py" line="43"/>
        <source>Add to its text (the title is kept)</source>
        <translation>Tekst aanvullen (de titel blijft staan)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/shortcut_sheet.py" line="45"/>
        <source>Edit the selected card; while typing: keep it and start the next one</source>
        <translation>De gekozen kaart bewerken; tijdens het typen: bewaren en de volgende beginnen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/shortcut_sheet.py" line="48"/>
        <source>While typing: next / previous phase</source>
        <translation>Tijdens het typen: volgende / vorige fase</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/shortcut_sheet.py" line="49"/>
        <source>While typing: a new line</source>
        <translation>Tijdens het typen: een nieuwe regel</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/shortcut_sheet.py" line="50"/>
        <source>Edit the selected card&apos;s text</source>
        <translation>De tekst van de gekozen kaart bewerken</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/shortcut_sheet.py" line="52"/>
        <source>Stop typing, clear the selection</source>
        <translation>Stoppen met typen, selectie opheffen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/shortcut_sheet.py" line="54"/>
        <source>Move the selected cards or the chosen cell; raise or lower an emotion point</source>
        <translation>De gekozen kaarten of het gekozen vak verplaatsen; een emotiepunt hoger of lager zetten</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/shortcut_sheet.py" line="57"/>
        <source>Delete the selection</source>
        <translation>De selectie verwijderen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/shortcut_sheet.py" line="58"/>
        <source>Drag the dot on a card&apos;s right edge</source>
        <translation>Sleep het bolletje aan de rechterkant van een kaart</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/shortcut_sheet.py" line="59"/>
        <source>Draw a flow arrow to the next card</source>
        <translation>Een pijl naar de volgende kaart tekenen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/shortcut_sheet.py" line="60"/>
        <source>Hold Space and drag</source>
        <translation>Spatiebalk ingedrukt houden en slepen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/shortcut_sheet.py" line="61"/>
        <source>Move the view</source>
        <translation>Het beeld verschuiven</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/shortcut_sheet.py" line="62"/>
        <source>Ctrl + mouse wheel</source>
        <translation>Ctrl + muiswiel</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/shortcut_sheet.py" line="63"/>
        <source>Zoom around the pointer</source>
        <translation>In- en uitzoomen rond de muiswijzer</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/shortcut_sheet.py" line="67"/>
        <source>Next phase, from its top</source>
        <translation>Volgende fase, vanaf de bovenkant</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/shortcut_sheet.py" line="68"/>
        <source>Previous phase, from its top</source>
        <translation>Vorige fase, vanaf de bovenkant</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/shortcut_sheet.py" line="70"/>
        <source>Next screen: down through this phase&apos;s lanes, then the next phase</source>
        <translation>Volgend scherm: omlaag door de banen van deze fase, daarna de volgende fase</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/shortcut_sheet.py" line="72"/>
        <source>Previous screen: back the same way</source>
        <translation>Vorig scherm: dezelfde weg terug</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/shortcut_sheet.py" line="73"/>
        <source>First / last phase</source>
        <translation>Eerste / laatste fase</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/shortcut_sheet.py" line="74"/>
        <source>Go to phase 1 … 9</source>
        <translation>Naar fase 1 … 9</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/shortcut_sheet.py" line="75"/>
        <source>Overview of the whole journey</source>
        <translation>Overzicht van de hele klantreis</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/shortcut_sheet.py" line="76"/>
        <source>Add or take back a dot vote</source>
        <translation>Een stem (stip) geven of terugnemen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/shortcut_sheet.py" line="77"/>
        <source>Audience menu (room mode)</source>
        <translation>Publieksmenu (welke banen en persona’s te zien zijn)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/shortcut_sheet.py" line="79"/>
        <source>Clear the spotlight, else stop presenting</source>
        <translation>Spotlicht uit, anders stoppen met presenteren</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/shortcut_sheet.py" line="80"/>
        <source>Space on the full-screen timer</source>
        <translation>Spatiebalk op de schermvullende timer</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/shortcut_sheet.py" line="81"/>
        <source>Pause or resume the countdown (Esc closes it)</source>
        <translation>Aftellen pauzeren of hervatten (Esc sluit hem)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/shortcut_sheet.py" line="143"/>
        <source>Canvas</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/shortcut_sheet.py" line="144"/>
        <source>Presenting</source>
        <translation>Presenteren</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/shortcut_sheet.py" line="153"/>
        <source>Keyboard Shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/shortcut_sheet.py" line="183"/>
        <source>Menu commands work in the editor window; canvas keys work on the map; presenting keys work while presenting.</source>
        <translation>Menuopdrachten werken in het bewerkingsvenster, kaarttoetsen op de kaart en presentatietoetsen tijdens het presenteren.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/shortcut_sheet.py" line="125"/>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
</context>
<context>
    <name>Smoke</name>
    <message>
        <location filename="../klantreis_desktop/smoke.py" line="62"/>
        <source>the bundled DejaVu fonts did not load</source>
        <extracomment>The longest side of the rendered test image, in pixels (keeps the check quick).</extracomment>
        <translation>de meegeleverde DejaVu-lettertypen zijn niet geladen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/smoke.py" line="64"/>
        <source>the application icon is missing</source>
        <translation>het programmapictogram ontbreekt</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/smoke.py" line="65"/>
        <source>Qt started (PySide6 {version}, platform {platform})</source>
        <translation>Qt gestart (PySide6 {version}, platform {platform})</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/smoke.py" line="84"/>
        <source>translations missing: {names}</source>
        <translation>vertalingen ontbreken: {names}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/smoke.py" line="87"/>
        <source>translations loadable: {found}; not built yet: {missing}</source>
        <translation>vertalingen laadbaar: {found}; nog niet gebouwd: {missing}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/smoke.py" line="89"/>
        <source>translations loadable: {names}</source>
        <translation>vertalingen laadbaar: {names}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/smoke.py" line="96"/>
        <source>window modules import</source>
        <translation>venstermodules laden</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/smoke.py" line="109"/>
        <source>built from {file}</source>
        <translation>gebouwd uit {file}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/smoke.py" line="114"/>
        <source>the sample journey is empty</source>
        <translation>de voorbeeldklantreis is leeg</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/smoke.py" line="115"/>
        <source>sample opened ({source}): {journeys} journeys, {cards} cards</source>
        <translation>voorbeeld geopend ({source}): {journeys} klantreizen, {cards} kaarten</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/smoke.py" line="133"/>
        <source>the canvas drew nothing</source>
        <translation>het canvas tekende niets</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/smoke.py" line="146"/>
        <source>the rendered journey is blank</source>
        <translation>de getekende klantreis is leeg</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/smoke.py" line="154"/>
        <source>rendered {count} journeys ({sizes} px)</source>
        <translation>{count} klantreizen getekend ({sizes} px)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/smoke.py" line="178"/>
        <source>the exported file is not a PDF</source>
        <translation>het geëxporteerde bestand is geen pdf</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/smoke.py" line="181"/>
        <source>the exported PDF has no pages</source>
        <translation>de geëxporteerde pdf heeft geen pagina’s</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/smoke.py" line="182"/>
        <source>PDF exported: {pages} pages, {size} kB</source>
        <translation>pdf geëxporteerd: {pages} pagina’s, {size} kB</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/smoke.py" line="204"/>
        <source>Klantreis {version} smoke test (Python {python}, {system})</source>
        <translation>Klantreis {version} smoketest (Python {python}, {system})</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/smoke.py" line="209"/>
        <source>FAILED: no temporary folder: {error}</source>
        <translation>MISLUKT: geen tijdelijke map: {error}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/smoke.py" line="217"/>
        <source>FAILED at step “{step}”: {reason} (files in {folder})</source>
        <translation>MISLUKT bij stap “{step}”: {reason} (bestanden in {folder})</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/smoke.py" line="223"/>
        <source>Smoke test passed.</source>
        <translation>Smoketest geslaagd.</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="88"/>
        <source>The file “{name}” does not exist (any more).</source>
        <extracomment>Errors of a disk that went away under us: a pulled USB stick, a dropped network share. Windows error numbers (``OSError.winerror``) Python maps to a misleading errno: 206 ERROR_FILENAME_EXCED_RANGE becomes ENOENT (&quot;not found&quot;), 32/33 (sharing and lock violations: another program has the file open) become EACCES, 123 ERROR_INVALID_NAME becomes EINVAL, and a drive that is not ready or a share that went away become EIO. The technical cause (not translated), for logs and a &quot;details&quot; view. Asked between the parts of a file while it is read; True stops reading.</extracomment>
        <translation>Het bestand “{name}” bestaat niet (meer).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="89"/>
        <source>The file does not exist (any more).</source>
        <translation>Het bestand bestaat niet (meer).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="92"/>
        <source>“{name}” is not a Klantreis file.</source>
        <translation>“{name}” is geen Klantreis-bestand.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="93"/>
        <source>This is not a Klantreis file.</source>
        <translation>Dit is geen Klantreis-bestand.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="96"/>
        <source>The file “{name}” is too large to open safely.</source>
        <translation>Het bestand “{name}” is te groot om veilig te openen.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="97"/>
        <source>The file is too large to open safely.</source>
        <translation>Het bestand is te groot om veilig te openen.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="100"/>
        <source>The file “{name}” was made with a newer version of Klantreis Desktop and cannot be opened with this one.</source>
        <translation>Het bestand “{name}” is gemaakt met een nieuwere versie van Klantreis Desktop en kan met deze versie niet worden geopend.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="103"/>
        <source>The file was made with a newer version of Klantreis Desktop and cannot be opened with this one.</source>
        <translation>Het bestand is gemaakt met een nieuwere versie van Klantreis Desktop en kan met deze versie niet worden geopend.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="107"/>
        <source>The file “{name}” contains a journey that is not valid, so it was not opened.</source>
        <translation>Het bestand “{name}” bevat een klantreis die niet geldig is en is daarom niet geopend.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="109"/>
        <source>The file contains a journey that is not valid, so it was not opened.</source>
        <translation>Het bestand bevat een klantreis die niet geldig is en is daarom niet geopend.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="113"/>
        <source>You do not have permission to open “{name}”.</source>
        <translation>Je hebt geen toestemming om “{name}” te openen.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="115"/>
        <source>You do not have permission to open the file.</source>
        <translation>Je hebt geen toestemming om het bestand te openen.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="118"/>
        <source>The file “{name}” could not be opened because its name or folder path is too long.</source>
        <translation>Het bestand “{name}” kon niet worden geopend omdat de naam of het pad van de map te lang is.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="120"/>
        <source>The file could not be opened because its name or folder path is too long.</source>
        <translation>Het bestand kon niet worden geopend omdat de naam of het pad van de map te lang is.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="124"/>
        <source>The file “{name}” could not be opened because its name contains characters that are not allowed.</source>
        <translation>Het bestand “{name}” kon niet worden geopend omdat de naam tekens bevat die niet zijn toegestaan.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="127"/>
        <source>The file could not be opened because its name contains characters that are not allowed.</source>
        <translation>Het bestand kon niet worden geopend omdat de naam tekens bevat die niet zijn toegestaan.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="131"/>
        <source>The file “{name}” could not be opened because another program is using it. Close that program and try again.</source>
        <translation>Het bestand “{name}” kon niet worden geopend omdat een ander programma het gebruikt. Sluit dat programma en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="134"/>
        <source>The file could not be opened because another program is using it. Close that program and try again.</source>
        <translation>Het bestand kon niet worden geopend omdat een ander programma het gebruikt. Sluit dat programma en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="139"/>
        <source>“{name}” is a folder, not a file.</source>
        <translation>“{name}” is een map, geen bestand.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="140"/>
        <source>This is a folder, not a file.</source>
        <translation>Dit is een map, geen bestand.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="143"/>
        <source>The file “{name}” could not be read because the disk is no longer available (was a USB stick or network drive removed?).</source>
        <translation>Het bestand “{name}” kon niet worden gelezen omdat de schijf niet meer beschikbaar is (is een USB-stick of netwerkschijf losgekoppeld?).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="146"/>
        <source>The file could not be read because the disk is no longer available (was a USB stick or network drive removed?).</source>
        <translation>Het bestand kon niet worden gelezen omdat de schijf niet meer beschikbaar is (is een USB-stick of netwerkschijf losgekoppeld?).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="151"/>
        <source>Opening “{name}” was cancelled.</source>
        <translation>Het openen van “{name}” is afgebroken.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="152"/>
        <source>Opening the file was cancelled.</source>
        <translation>Het openen van het bestand is afgebroken.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="155"/>
        <source>The file “{name}” could not be read.</source>
        <translation>Het bestand “{name}” kon niet worden gelezen.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="156"/>
        <source>The file could not be read.</source>
        <translation>Het bestand kon niet worden gelezen.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="158"/>
        <source>The file “{name}” is damaged and cannot be opened.</source>
        <translation>Het bestand “{name}” is beschadigd en kan niet worden geopend.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="160"/>
        <source>The file is damaged and cannot be opened.</source>
        <translation>Het bestand is beschadigd en kan niet worden geopend.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="167"/>
        <source>“{name}” was not saved: you may not write in that folder or the file is locked by another program.</source>
        <translation>“{name}” is niet opgeslagen: je mag niet in die map schrijven of een ander programma houdt het bestand vast.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="169"/>
        <source>The file was not saved: you may not write in that folder or the file is locked by another program.</source>
        <translation>Het bestand is niet opgeslagen: je mag niet in die map schrijven of een ander programma houdt het bestand vast.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="173"/>
        <source>“{name}” was not saved because the file or the disk is read-only.</source>
        <translation>“{name}” is niet opgeslagen omdat het bestand of de schijf alleen-lezen is.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="175"/>
        <source>The file was not saved because the file or the disk is read-only.</source>
        <translation>Het bestand is niet opgeslagen omdat het bestand of de schijf alleen-lezen is.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="179"/>
        <source>“{name}” was not saved because the disk is no longer available (was a USB stick or network drive removed?).</source>
        <translation>“{name}” is niet opgeslagen omdat de schijf niet meer beschikbaar is (is er een usb-stick of netwerkschijf verwijderd?).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="182"/>
        <source>The file was not saved because the disk is no longer available (was a USB stick or network drive removed?).</source>
        <translation>Het bestand is niet opgeslagen omdat de schijf niet meer beschikbaar is (is er een usb-stick of netwerkschijf verwijderd?).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="187"/>
        <source>“{name}” was not saved because the disk is full.</source>
        <translation>“{name}” is niet opgeslagen omdat de schijf vol is.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="188"/>
        <source>The file was not saved because the disk is full.</source>
        <translation>Het bestand is niet opgeslagen omdat de schijf vol is.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="191"/>
        <source>“{name}” was not saved because its folder no longer exists.</source>
        <translation>“{name}” is niet opgeslagen omdat de map niet meer bestaat.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="193"/>
        <source>The file was not saved because its folder no longer exists.</source>
        <translation>Het bestand is niet opgeslagen omdat de map niet meer bestaat.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="197"/>
        <source>“{name}” was not saved because the file name or the folder path is too long. Choose a shorter name or a folder higher up.</source>
        <translation>“{name}” is niet opgeslagen omdat de bestandsnaam of het pad van de map te lang is. Kies een kortere naam of een map hoger op.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="200"/>
        <source>The file was not saved because the file name or the folder path is too long. Choose a shorter name or a folder higher up.</source>
        <translation>Het bestand is niet opgeslagen omdat de bestandsnaam of het pad van de map te lang is. Kies een kortere naam of een map hoger op.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="205"/>
        <source>“{name}” was not saved because the name contains characters that are not allowed there. Choose another name.</source>
        <translation>“{name}” is niet opgeslagen omdat de naam tekens bevat die daar niet zijn toegestaan. Kies een andere naam.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="208"/>
        <source>The file was not saved because its name contains characters that are not allowed there. Choose another name.</source>
        <translation>Het bestand is niet opgeslagen omdat de naam tekens bevat die daar niet zijn toegestaan. Kies een andere naam.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="213"/>
        <source>“{name}” was not saved because another program is using the file. Close that program and save again.</source>
        <translation>“{name}” is niet opgeslagen omdat een ander programma het bestand gebruikt. Sluit dat programma en sla opnieuw op.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="216"/>
        <source>The file was not saved because another program is using it. Close that program and save again.</source>
        <translation>Het bestand is niet opgeslagen omdat een ander programma het gebruikt. Sluit dat programma en sla opnieuw op.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="220"/>
        <source>“{name}” was not saved because a folder with that name exists.</source>
        <translation>“{name}” is niet opgeslagen omdat er een map met die naam bestaat.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="222"/>
        <source>The file was not saved because a folder with that name exists.</source>
        <translation>Het bestand is niet opgeslagen omdat er een map met die naam bestaat.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="226"/>
        <source>“{name}” was not saved because the journey is not valid.</source>
        <translation>“{name}” is niet opgeslagen omdat de klantreis niet geldig is.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="228"/>
        <source>The file was not saved because the journey is not valid.</source>
        <translation>Het bestand is niet opgeslagen omdat de klantreis niet geldig is.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="231"/>
        <source>“{name}” could not be saved.</source>
        <translation>“{name}” kon niet worden opgeslagen.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="232"/>
        <source>The file could not be saved.</source>
        <translation>Het bestand kon niet worden opgeslagen.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="274"/>
        <source>This is not an image that Klantreis can use (PNG, JPEG, GIF, BMP or WebP).</source>
        <translation>Dit is geen afbeelding die Klantreis kan gebruiken (PNG, JPEG, GIF, BMP of WebP).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="314"/>
        <source>the file name or folder path is too long</source>
        <translation>de bestandsnaam of het pad van de map is te lang</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="316"/>
        <source>the file name contains characters that are not allowed</source>
        <translation>de bestandsnaam bevat tekens die niet zijn toegestaan</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="318"/>
        <source>another program is using the file</source>
        <translation>een ander programma gebruikt het bestand</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="320"/>
        <source>it is a folder, not a file</source>
        <translation>het is een map, geen bestand</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="322"/>
        <source>the disk is no longer available</source>
        <translation>de schijf is niet meer beschikbaar</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="324"/>
        <source>the file or folder does not exist</source>
        <translation>het bestand of de map bestaat niet</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="326"/>
        <source>the file or the disk is read-only</source>
        <translation>het bestand of de schijf is alleen-lezen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="328"/>
        <source>you do not have permission</source>
        <translation>je hebt er geen toestemming voor</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="330"/>
        <source>the disk is full</source>
        <translation>de schijf is vol</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="333"/>
        <source>the system reported error {number}</source>
        <translation>het systeem meldde fout {number}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="334"/>
        <source>the system reported an error</source>
        <translation>het systeem meldde een fout</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="265"/>
        <source>The image “{name}” is too large to use.</source>
        <translation>De afbeelding “{name}” is te groot om te gebruiken.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="266"/>
        <source>This image is too large to use.</source>
        <translation>Deze afbeelding is te groot om te gebruiken.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="268"/>
        <source>The image “{name}” is damaged or incomplete.</source>
        <translation>De afbeelding “{name}” is beschadigd of onvolledig.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="269"/>
        <source>This image is damaged or incomplete.</source>
        <translation>Deze afbeelding is beschadigd of onvolledig.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="272"/>
        <source>“{name}” is not an image that Klantreis can use (PNG, JPEG, GIF, BMP or WebP).</source>
        <translation>“{name}” is geen afbeelding die Klantreis kan gebruiken (PNG, JPEG, GIF, BMP of WebP).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/codec.py" line="264"/>
        <source>This file was made with an older version of Klantreis Desktop (file version {old}); saving it stores the current format.</source>
        <extracomment>Manifest keys that describe the file rather than the document. 20 times a 2,000-card journey (2,600 nodes, 8,700 links); a built graph costs about 600 bytes a link. What was on disk when it was read (set by ``storage.read``), to notice later whether someone else changed the file.</extracomment>
        <translation>Dit bestand is gemaakt met een oudere versie van Klantreis Desktop (bestandsversie {old}); bij opslaan wordt het huidige formaat gebruikt.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/codec.py" line="269"/>
        <source>This file was made with a newer version of Klantreis Desktop (file version {new}); parts this version does not know are kept but not shown.</source>
        <translation>Dit bestand is gemaakt met een nieuwere versie van Klantreis Desktop (bestandsversie {new}); onderdelen die deze versie niet kent, blijven bewaard maar worden niet getoond.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/codec.py" line="274"/>
        <source>The file contains {count} unknown part(s); they were not read and will not be saved.</source>
        <translation>Het bestand bevat onbekende onderdelen ({count}); die zijn niet gelezen en worden niet opgeslagen.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/codec.py" line="307"/>
        <source>The photo of persona “{persona}” is missing from the file.</source>
        <translation>De foto van persona “{persona}” ontbreekt in het bestand.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/codec.py" line="318"/>
        <source>The file contains {count} photo(s) that no persona uses; they were not read and will not be saved.</source>
        <translation>Het bestand bevat {count} foto(&apos;s) die geen persona gebruikt; die zijn niet gelezen en worden niet opgeslagen.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/locks.py" line="141"/>
        <source>“{name}” is being opened or saved somewhere else right now.</source>
        <extracomment>Attempts and pause for an operation refused with PermissionError (as for saving). A lock file that cannot be read yet is being written, for this long at most. Lock files are a few hundred bytes; anything far larger is not ours. Bytes of the document name kept in the lock name (&quot;.~lock.&quot; and &quot;#&quot; make 8 more). When the lock was made, ISO 8601 with the holder&apos;s UTC offset (&quot;&quot; unknown). False for an empty or damaged lock file (being written, or left by a crash). The lock file&apos;s modification time (seconds since the epoch).</extracomment>
        <translation>“{name}” wordt op dit moment ergens anders geopend of opgeslagen.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/locks.py" line="144"/>
        <source>“{name}” is already open on this computer (by {user}, since {since}).</source>
        <translation>“{name}” is al geopend op deze computer (door {user}, sinds {since}).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/locks.py" line="147"/>
        <source>“{name}” is open on {host} (by {user}, since {since}; {age}).</source>
        <translation>“{name}” is geopend op {host} (door {user}, sinds {since}; {age}).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/locks.py" line="156"/>
        <source>{count} minutes ago</source>
        <translation>{count} minuten geleden</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/locks.py" line="158"/>
        <source>{count} hours ago</source>
        <translation>{count} uur geleden</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/locks.py" line="159"/>
        <source>{count} days ago</source>
        <translation>{count} dagen geleden</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/locks.py" line="368"/>
        <source>“{name}” could not be marked as open ({reason}), so other windows and computers will not see that you are editing it.</source>
        <translation>“{name}” kon niet als geopend worden gemarkeerd ({reason}), dus andere vensters en computers zien niet dat je het aan het bewerken bent.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="33"/>
        <source>The image “{name}” is too narrow or too long to use ({width} × {height} pixels; one side may be at most {aspect} times the other).</source>
        <translation>De afbeelding “{name}” is te smal of te lang om te gebruiken ({width} × {height} pixels; de ene kant mag hoogstens {aspect} keer de andere zijn).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="36"/>
        <source>This image is too narrow or too long to use ({width} × {height} pixels; one side may be at most {aspect} times the other).</source>
        <translation>Deze afbeelding is te smal of te lang om te gebruiken ({width} × {height} pixels; de ene kant mag hoogstens {aspect} keer de andere zijn).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="40"/>
        <source>The image “{name}” is too large to use ({width} × {height} pixels; at most {limit} million pixels).</source>
        <translation>De afbeelding “{name}” is te groot om te gebruiken ({width} × {height} pixels; hoogstens {limit} miljoen pixels).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="43"/>
        <source>This image is too large to use ({width} × {height} pixels; at most {limit} million pixels).</source>
        <translation>Deze afbeelding is te groot om te gebruiken ({width} × {height} pixels; hoogstens {limit} miljoen pixels).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="55"/>
        <source>The file “{name}” was not opened: a photo in it is too narrow or too long ({width} × {height} pixels; one side may be at most {aspect} times the other).</source>
        <translation>Het bestand “{name}” is niet geopend: een foto erin is te smal of te lang ({width} × {height} pixels; de ene kant mag hoogstens {aspect} keer de andere zijn).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="59"/>
        <source>The file “{name}” was not opened: a photo in it is too large ({width} × {height} pixels; at most {limit} million pixels per photo).</source>
        <translation>Het bestand “{name}” is niet geopend: een foto erin is te groot ({width} × {height} pixels; hoogstens {limit} miljoen pixels per foto).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="72"/>
        <source>“{name}” was not saved: its photos are too large together (at most {limit} million pixels in all). Remove a few photos and save again.</source>
        <translation>“{name}” is niet opgeslagen: de foto’s zijn samen te groot (hoogstens {limit} miljoen pixels in totaal). Haal een paar foto’s weg en sla opnieuw op.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="76"/>
        <source>The file “{name}” was not opened: its photos are too large together to open safely (at most {limit} million pixels in all).</source>
        <translation>Het bestand “{name}” is niet geopend: de foto’s erin zijn samen te groot om veilig te openen (hoogstens {limit} miljoen pixels in totaal).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="88"/>
        <source>“{name}” was not saved: the {field} is too long ({length} characters; at most {limit}).</source>
        <translation>“{name}” is niet opgeslagen: {field} is te lang ({length} tekens; hoogstens {limit}).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="91"/>
        <source>The file “{name}” was not opened: the {field} is too long ({length} characters; at most {limit}).</source>
        <translation>Het bestand “{name}” is niet geopend: {field} is te lang ({length} tekens; hoogstens {limit}).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="106"/>
        <source>{kind} {field}</source>
        <translation>{field} van {kind}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="110"/>
        <source>{kind} “{field}”</source>
        <translation>het veld “{field}” van {kind}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="116"/>
        <source>document</source>
        <translation>het document</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="117"/>
        <source>journey</source>
        <translation>de klantreis</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="118"/>
        <source>persona</source>
        <translation>de persona</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="119"/>
        <source>phase</source>
        <translation>de fase</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="120"/>
        <source>lane</source>
        <translation>de baan</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="121"/>
        <source>touchpoint</source>
        <translation>het contactmoment</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="122"/>
        <source>pain point</source>
        <translation>het pijnpunt</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="123"/>
        <source>opportunity</source>
        <translation>de kans</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="124"/>
        <location filename="../klantreis_desktop/storage/refusals.py" line="136"/>
        <source>note</source>
        <translation>de notitie</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="125"/>
        <location filename="../klantreis_desktop/storage/refusals.py" line="139"/>
        <source>goal</source>
        <translation>het doel</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="126"/>
        <source>emotion point</source>
        <translation>het emotiepunt</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="127"/>
        <source>channel</source>
        <translation>het kanaal</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="133"/>
        <source>title</source>
        <translation>de titel</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="134"/>
        <source>name</source>
        <translation>de naam</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="135"/>
        <source>description</source>
        <translation>de beschrijving</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="137"/>
        <source>quote</source>
        <translation>het citaat</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="138"/>
        <source>role</source>
        <translation>de rol</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="140"/>
        <source>goals</source>
        <translation>de doelen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="141"/>
        <source>needs</source>
        <translation>de behoeften</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="142"/>
        <source>frustrations</source>
        <translation>de frustraties</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="143"/>
        <source>KPI</source>
        <translation>de KPI</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="144"/>
        <source>end goal</source>
        <translation>het einddoel</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="145"/>
        <source>time span</source>
        <translation>het tijdsinterval</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="146"/>
        <source>duration</source>
        <translation>de duur</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="147"/>
        <source>department</source>
        <translation>de afdeling</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="148"/>
        <source>source</source>
        <translation>de bron</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="149"/>
        <source>target</source>
        <translation>het doel</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="150"/>
        <source>label</source>
        <translation>het label</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="151"/>
        <source>text</source>
        <translation>de tekst</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="152"/>
        <source>language</source>
        <translation>de taal</translation>
    </message>
</context>
<context>
    <name>SurveyImport</name>
    <message>
        <location filename="../klantreis_desktop/ui/importing/survey_dialog.py" line="60"/>
        <source>Import survey</source>
        <translation>Enquête importeren</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/survey_dialog.py" line="61"/>
        <source>Tables (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Tabellen (*.csv *.txt *.xlsx);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/survey_dialog.py" line="69"/>
        <source>One column per touchpoint (wide)</source>
        <translation>Eén kolom per contactmoment (breed)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/survey_dialog.py" line="70"/>
        <source>A touchpoint column and a score column (long)</source>
        <translation>Een kolom contactmoment en een kolom score (lang)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/survey_dialog.py" line="75"/>
        <source>Tick the columns that hold a touchpoint&apos;s scores</source>
        <translation>Vink de kolommen aan met de scores van een contactmoment</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/survey_dialog.py" line="82"/>
        <source>Touchpoint:</source>
        <translation>Contactmoment:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/survey_dialog.py" line="83"/>
        <source>Score:</source>
        <translation>Score:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/survey_dialog.py" line="90"/>
        <source>Persona or segment (optional):</source>
        <translation>Persona of segment (optioneel):</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/survey_dialog.py" line="92"/>
        <source>Answers without one belong to:</source>
        <translation>Antwoorden zonder persona horen bij:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/survey_dialog.py" line="96"/>
        <source>Scale of the answers:</source>
        <translation>Schaal van de antwoorden:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/survey_dialog.py" line="98"/>
        <source>Source:</source>
        <translation>Bron:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/survey_dialog.py" line="100"/>
        <source>yyyy-mm-dd</source>
        <translation>jjjj-mm-dd</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/survey_dialog.py" line="101"/>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/survey_dialog.py" line="125"/>
        <source>everyone (no persona)</source>
        <translation>iedereen (geen persona)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/survey_dialog.py" line="175"/>
        <source>Tick at least one column with a touchpoint&apos;s scores.</source>
        <translation>Vink minstens één kolom met scores van een contactmoment aan.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/survey_dialog.py" line="188"/>
        <source>{answers} answers on the scale {low} … {high}: {points} measured points (one undo step).</source>
        <translation>{answers} antwoorden op de schaal {low} … {high}: {points} gemeten punten (één stap ongedaan te maken).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/survey_dialog.py" line="167"/>
        <source>The touchpoint and the score need two columns.</source>
        <translation>Contactmoment en score moeten in twee verschillende kolommen staan.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/survey_dialog.py" line="195"/>
        <source>{count} assumptions to check: see the analysis panel.</source>
        <translation>{count} aannames om te controleren: zie het analysepaneel.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/survey_dialog.py" line="47"/>
        <source>Detect automatically</source>
        <translation>Automatisch herkennen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/survey_dialog.py" line="109"/>
        <source>A measured median further than this from the team&apos;s score (on the journey&apos;s scale) is flagged: check this assumption.</source>
        <translation>Een gemeten mediaan die verder dan dit van de score van het team ligt (op de schaal van de klantreis) wordt gemarkeerd: controleer deze aanname.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/survey_dialog.py" line="112"/>
        <source>Flag differences over:</source>
        <translation>Verschillen markeren boven:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/survey_dialog.py" line="107"/>
        <source>points</source>
        <translation>punten</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/survey_dialog.py" line="193"/>
        <source>1 assumption to check: see the analysis panel.</source>
        <translation>1 aanname om te controleren: zie het analysepaneel.</translation>
    </message>
</context>
<context>
    <name>TableImport</name>
    <message>
        <location filename="../klantreis_desktop/ui/importing/table_import.py" line="86"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/table_import.py" line="154"/>
        <source>Choose a CSV or XLSX file</source>
        <translation>Kies een CSV- of XLSX-bestand</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/table_import.py" line="156"/>
        <source>Choose file…</source>
        <translation>Kies bestand…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/table_import.py" line="178"/>
        <source>Which column holds what?</source>
        <translation>Welke kolom bevat wat?</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/table_import.py" line="189"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/table_import.py" line="193"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/table_import.py" line="316"/>
        <source>Checking every row…</source>
        <translation>Elke rij wordt gecontroleerd…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/table_import.py" line="158"/>
        <source>File:</source>
        <translation>Bestand:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/table_import.py" line="345"/>
        <source>Cancelled; nothing was imported.</source>
        <translation>Geannuleerd; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/table_import.py" line="350"/>
        <source>Cancelling…</source>
        <translation>Bezig met annuleren…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/table_import.py" line="366"/>
        <source>The import failed.</source>
        <translation>Het importeren is mislukt.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/table_import.py" line="367"/>
        <source>Nothing was imported.</source>
        <translation>Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/table_import.py" line="255"/>
        <source>Reading {file}…</source>
        <translation>{file} wordt gelezen…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/table_import.py" line="323"/>
        <source>The journey is gone; nothing was imported.</source>
        <translation>De klantreis bestaat niet meer; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/table_import.py" line="88"/>
        <source>Column {number}</source>
        <translation>Kolom {number}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/table_import.py" line="163"/>
        <source>Into the journey “{title}”</source>
        <translation>In de klantreis “{title}”</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/table_import.py" line="375"/>
        <source>Row {row}: {message}</source>
        <translation>Rij {row}: {message}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/table_import.py" line="369"/>
        <source>the problems are listed above.</source>
        <translation>de problemen staan hierboven.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/table_import.py" line="56"/>
        <source>1 row</source>
        <translation>1 rij</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/table_import.py" line="60"/>
        <source>1 column</source>
        <translation>1 kolom</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/table_import.py" line="56"/>
        <source>{count} rows</source>
        <translation>{count} rijen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/table_import.py" line="60"/>
        <source>{count} columns</source>
        <translation>{count} kolommen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/table_import.py" line="269"/>
        <source>{rows}, {columns}. Check the mapping, then Import.</source>
        <translation>{rows}, {columns}. Controleer de indeling en kies dan Importeren.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/table_import.py" line="243"/>
        <source>There is no file “{path}”.</source>
        <translation>Het bestand “{path}” bestaat niet.</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <location filename="../klantreis_desktop/templates.py" line="35"/>
        <source>There is no template called “{name}”.</source>
        <translation>Er is geen sjabloon met de naam “{name}”.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/templates.py" line="37"/>
        <source>There is no sample called “{name}”.</source>
        <translation>Er is geen voorbeeld met de naam “{name}”.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/templates.py" line="39"/>
        <source>There is no template or sample called “{name}”.</source>
        <translation>Er is geen sjabloon of voorbeeld met de naam “{name}”.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/templates.py" line="44"/>
        <source>The template file {file} is damaged or cannot be read.</source>
        <translation>Het sjabloonbestand {file} is beschadigd of kan niet worden gelezen.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/templates.py" line="123"/>
        <source>5A model: Attention, Consideration, Action, Always, Advocate, with a goal and KPI per phase.</source>
        <translation>5A-model: Aandacht, Afweging, Actie, Altijd, Advocaat, met een doel en KPI per fase.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/templates.py" line="125"/>
        <source>Four phases: Awareness, Orientation, Purchase, Service &amp; use.</source>
        <translation>Vier fasen: Bewustwording, Oriëntatie, Aankoop, Service &amp; gebruik.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/templates.py" line="127"/>
        <source>Ideal journey: the steps in chronological order up to a satisfied customer.</source>
        <translation>Ideale klantreis: de stappen in chronologische volgorde tot een tevreden klant.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/templates.py" line="129"/>
        <source>Blank: one phase and a touchpoints lane.</source>
        <translation>Leeg: één fase en een baan voor contactmomenten.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/templates.py" line="130"/>
        <source>Example: a household cleaning service chosen by two people who are moving house.</source>
        <translation>Voorbeeld: een schoonmaakdienst, gekozen door twee mensen die gaan verhuizen.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/templates.py" line="132"/>
        <source>Example: the ideal journey of a B2B growth agency, from first message to a score of 8+.</source>
        <translation>Voorbeeld: de ideale klantreis van een B2B-groeibureau, van eerste bericht tot een 8+.</translation>
    </message>
</context>
<context>
    <name>TimerOverlay</name>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/overlay.py" line="66"/>
        <source>Time&apos;s up!</source>
        <extracomment>Colours of the overlay (text, background): calm while counting, loud at the end.</extracomment>
        <translation>De tijd is om!</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/overlay.py" line="73"/>
        <source>{dimension} · {number} of {count}</source>
        <translation>{dimension} · {number} van {count}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/overlay.py" line="75"/>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/overlay.py" line="219"/>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/overlay.py" line="229"/>
        <source>Waiting to start</source>
        <translation>Wacht op de start</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/overlay.py" line="167"/>
        <source>Stop the timer and take it off the screen</source>
        <translation>Timer stoppen en van het scherm halen</translation>
    </message>
</context>
<context>
    <name>VoteRound</name>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/vote_round.py" line="37"/>
        <source>New voting round</source>
        <translation>Nieuwe stemronde</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/vote_round.py" line="38"/>
        <source>The cards still have dots from an earlier round.</source>
        <translation>Op de kaarten staan nog stippen van een eerdere ronde.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/vote_round.py" line="41"/>
        <source>Keep the earlier dots, or start from zero? New dots are added to what the cards show. Starting from zero is one undo step.</source>
        <translation>Wil je de stippen van de vorige ronde houden, of begin je bij nul? Nieuwe stippen komen bij wat er al op de kaarten staat. Bij nul beginnen draai je terug met één keer Ongedaan maken.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/vote_round.py" line="45"/>
        <source>Start from &amp;zero</source>
        <translation>Bij &amp;nul beginnen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/vote_round.py" line="46"/>
        <source>&amp;Keep the dots</source>
        <translation>Stippen &amp;houden</translation>
    </message>
</context>
<context>
    <name>WindowMenu</name>
    <message>
        <location filename="../klantreis_desktop/ui/window/window_menu.py" line="26"/>
        <source>Win&amp;dow</source>
        <translation>&amp;Venster</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/window_menu.py" line="39"/>
        <source>No document</source>
        <translation>Geen document</translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message>
        <location filename="../klantreis_desktop/model/workshop.py" line="41"/>
        <source>Set the goals</source>
        <extracomment>The nine steps of the workshop day (seed 000), as (key, English title). The key names the tool a step opens. Card kinds a brainstorm note can become, with the lane type they land on. Cards that take dot votes.</extracomment>
        <translation>Doelen bepalen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/workshop.py" line="42"/>
        <source>Gather information</source>
        <translation>Informatie verzamelen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/workshop.py" line="43"/>
        <source>Brainstorm channels and touchpoints</source>
        <translation>Brainstormen over kanalen en contactmomenten</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/workshop.py" line="44"/>
        <source>Empathy map</source>
        <translation>Empathiekaart</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/workshop.py" line="45"/>
        <source>Dimension brainstorm</source>
        <translation>Brainstorm per dimensie</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/workshop.py" line="46"/>
        <source>Affinity diagram</source>
        <translation>Affiniteitsdiagram</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/workshop.py" line="47"/>
        <source>Sketch the journey</source>
        <translation>De klantreis schetsen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/workshop.py" line="48"/>
        <source>Refine</source>
        <translation>Verfijnen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/workshop.py" line="49"/>
        <source>Share</source>
        <translation>Delen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/board_scene.py" line="246"/>
        <source>(no dimension)</source>
        <extracomment>Where a note&apos;s text goes inside the note. A note this short always fits its four lines (a line holds about 20 characters). The cut text&apos;s lines, kept for painting; None (laid out when painted, as before) for the many notes that fit: a wall of thousands keeps no layouts. Notes per column as laid out (appends keep it up to date): an append never reads every note&apos;s position (a wall of thousands, dozens of notes a second).</extracomment>
        <translation>(geen dimensie)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/board_scene.py" line="249"/>
        <source>(unlabelled cluster)</source>
        <translation>(cluster zonder label)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/board_scene.py" line="252"/>
        <source>+ Drop here for a new cluster</source>
        <translation>+ Hier neerzetten voor een nieuw cluster</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/board_scene.py" line="326"/>
        <source>Cluster {number}</source>
        <translation>Cluster {number}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/board_scene.py" line="350"/>
        <source>Edit the note</source>
        <translation>Notitie bewerken</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/board_scene.py" line="351"/>
        <source>Note:</source>
        <translation>Notitie:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/board_scene.py" line="359"/>
        <source>Label the cluster</source>
        <translation>Cluster een label geven</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/board_scene.py" line="360"/>
        <source>Label:</source>
        <translation>Label:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/timer.py" line="61"/>
        <source>Name at least one dimension to brainstorm on.</source>
        <extracomment>Remaining seconds of the current round (on every tick and every change). A round began: its index and dimension. The time of round ``index`` ran out: the end signal. The last round ended (ran out or skipped).</extracomment>
        <translation>Noem minstens één dimensie om over te brainstormen.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/timer.py" line="64"/>
        <source>A round lasts between 5 seconds and an hour.</source>
        <translation>Een ronde duurt tussen 5 seconden en een uur.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/workshop.py" line="72"/>
        <location filename="../klantreis_desktop/model/workshop.py" line="78"/>
        <source>Workshop agenda</source>
        <translation>Workshopagenda</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/workshop.py" line="91"/>
        <location filename="../klantreis_desktop/model/workshop.py" line="122"/>
        <source>Agenda step</source>
        <translation>Agendapunt</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/workshop.py" line="162"/>
        <location filename="../klantreis_desktop/model/workshop.py" line="183"/>
        <source>Add note</source>
        <translation>Notitie toevoegen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/workshop.py" line="234"/>
        <source>Add cluster</source>
        <translation>Cluster toevoegen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/workshop.py" line="254"/>
        <source>Cluster note</source>
        <translation>Notitie in cluster plaatsen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/workshop.py" line="279"/>
        <source>Notes to cards</source>
        <translation>Notities omzetten in kaarten</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/workshop.py" line="287"/>
        <source>Cluster to cards</source>
        <translation>Cluster omzetten in kaarten</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/workshop.py" line="309"/>
        <source>Vote</source>
        <translation>Stemmen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/workshop.py" line="317"/>
        <source>Reset votes</source>
        <translation>Stemmen wissen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/workshop.py" line="368"/>
        <location filename="../klantreis_desktop/model/workshop.py" line="378"/>
        <source>Save view</source>
        <translation>Weergave opslaan</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/workshop.py" line="153"/>
        <location filename="../klantreis_desktop/model/workshop.py" line="192"/>
        <source>A note needs some text.</source>
        <translation>Een notitie heeft tekst nodig.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/workshop.py" line="264"/>
        <source>A note can become a touchpoint, a pain point or an opportunity.</source>
        <translation>Een notitie kan een contactmoment, een pijnpunt of een kans worden.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/workshop.py" line="269"/>
        <source>This journey has no lane to put the cards on.</source>
        <translation>Deze klantreis heeft geen baan om de kaarten op te zetten.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/workshop.py" line="271"/>
        <source>Select one or more notes or a cluster first.</source>
        <translation>Selecteer eerst een of meer notities of een cluster.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/workshop.py" line="307"/>
        <source>Only pain points and opportunities take votes.</source>
        <translation>Alleen op pijnpunten en kansen kan gestemd worden.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/workshop.py" line="361"/>
        <source>A view needs a name.</source>
        <translation>Een weergave heeft een naam nodig.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/workshop.py" line="56"/>
        <source>The element {id} does not exist or is of the wrong kind.</source>
        <translation>Het element {id} bestaat niet of is van de verkeerde soort.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/workshop.py" line="156"/>
        <location filename="../klantreis_desktop/model/workshop.py" line="226"/>
        <location filename="../klantreis_desktop/model/workshop.py" line="371"/>
        <source>The id {id} is already in use.</source>
        <translation>Het id {id} is al in gebruik.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/__init__.py" line="65"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/__init__.py" line="143"/>
        <source>&amp;Workshop</source>
        <translation>&amp;Workshop</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/__init__.py" line="152"/>
        <source>&amp;Brainstorm board</source>
        <translation>&amp;Brainstormbord</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/__init__.py" line="153"/>
        <source>&amp;Empathy map on the projector</source>
        <translation>&amp;Empathiekaart op de beamer</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/__init__.py" line="155"/>
        <source>Start the &amp;timer</source>
        <translation>&amp;Timer starten</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/board.py" line="65"/>
        <source>Brainstorm board</source>
        <translation>Brainstormbord</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/board.py" line="115"/>
        <source>Make cards</source>
        <translation>Kaarten maken</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/board.py" line="44"/>
        <source>Touchpoints</source>
        <translation>Contactmomenten</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/board.py" line="44"/>
        <source>Pain points</source>
        <translation>Pijnpunten</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/board.py" line="45"/>
        <source>Opportunities</source>
        <translation>Kansen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/board.py" line="71"/>
        <source>Dimension:</source>
        <translation>Dimensie:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/board.py" line="103"/>
        <source>Make the selected notes into</source>
        <translation>Maak van de geselecteerde notities</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/board.py" line="110"/>
        <source>in phase</source>
        <translation>in fase</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/board.py" line="228"/>
        <source>Open a journey with phases first.</source>
        <translation>Open eerst een klantreis met fasen.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/board.py" line="233"/>
        <source>{count} cards made.</source>
        <translation>{count} kaarten gemaakt.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/board.py" line="194"/>
        <source>(untitled phase)</source>
        <translation>(fase zonder titel)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/panel.py" line="109"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/panel.py" line="121"/>
        <source>Notes for this step</source>
        <translation>Notities bij deze stap</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/panel.py" line="126"/>
        <source>Open the tool for this step</source>
        <translation>Open het hulpmiddel voor deze stap</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/panel.py" line="155"/>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/panel.py" line="157"/>
        <source>Personal, Fast, Carefree</source>
        <translation>Persoonlijk, Snel, Zorgeloos</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/panel.py" line="159"/>
        <source>3 to 5 dimensions, separated by commas</source>
        <translation>3 tot 5 dimensies, gescheiden door komma’s</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/panel.py" line="167"/>
        <source> min per dimension</source>
        <translation> min per dimensie</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/panel.py" line="169"/>
        <source>Sound</source>
        <translation>Geluid</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/panel.py" line="200"/>
        <source>Dot voting</source>
        <translation>Stemmen met stippen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/panel.py" line="176"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/panel.py" line="177"/>
        <location filename="../klantreis_desktop/ui/workshop/panel.py" line="402"/>
        <source>Pause</source>
        <translation>Pauzeren</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/panel.py" line="178"/>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/panel.py" line="179"/>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/panel.py" line="212"/>
        <source>+1 vote</source>
        <translation>+1 stem</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/panel.py" line="213"/>
        <source>−1</source>
        <translation>−1</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/panel.py" line="215"/>
        <source>New round</source>
        <translation>Nieuwe ronde</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/panel.py" line="220"/>
        <source>Highlight top 3</source>
        <translation>Top 3 markeren</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/panel.py" line="462"/>
        <source>Pain</source>
        <translation>Pijnpunt</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/panel.py" line="462"/>
        <source>Opportunity</source>
        <translation>Kans</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/workshop.py" line="190"/>
        <source>The note {id} does not exist.</source>
        <translation>De notitie {id} bestaat niet.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/board.py" line="80"/>
        <source>Type an idea and press Enter; double-click a note to change it</source>
        <translation>Typ een idee en druk op Enter; dubbelklik op een notitie om hem te wijzigen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/__init__.py" line="146"/>
        <source>&amp;Workshop panel</source>
        <translation>&amp;Workshoppaneel</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/__init__.py" line="176"/>
        <source>Show the timer on the pro&amp;jector</source>
        <translation>Timer op de bea&amp;mer tonen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/__init__.py" line="178"/>
        <source>The countdown full screen on the projector, without presenting the map; Esc closes it</source>
        <translation>Het aftellen schermvullend op de beamer, zonder de kaart te presenteren; Esc sluit het</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/panel.py" line="204"/>
        <source>Double-click a row to give it a dot</source>
        <translation>Dubbelklik op een regel om er een stip aan te geven</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/panel.py" line="225"/>
        <source>Dim the wall except the three cards with the most votes (and any tied with the third); click again to stop</source>
        <translation>Dim de muur behalve de drie kaarten met de meeste stemmen (en kaarten die gelijk staan met de derde); klik nogmaals om te stoppen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/panel.py" line="554"/>
        <source>No card has votes yet.</source>
        <translation>Nog geen kaart heeft stemmen.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/panel.py" line="214"/>
        <source>Sort by votes</source>
        <translation>Sorteren op stemmen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/workshop.py" line="183"/>
        <source>Add notes</source>
        <translation>Notities toevoegen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/workshop.py" line="218"/>
        <source>Merge notes</source>
        <translation>Notities samenvoegen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/workshop.py" line="408"/>
        <source>Adopt the room&apos;s emotions</source>
        <translation>Emoties van de zaal overnemen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/workshop.py" line="202"/>
        <source>Select two or more notes to merge.</source>
        <translation>Selecteer twee of meer notities om samen te voegen.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/workshop.py" line="396"/>
        <source>Nobody in the room has rated a touchpoint yet.</source>
        <translation>Nog niemand in de zaal heeft een contactmoment beoordeeld.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/__init__.py" line="183"/>
        <source>&amp;Room: participants on their phones…</source>
        <translation>&amp;Zaal: deelnemers op hun telefoon…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/__init__.py" line="186"/>
        <source>Participants add notes, vote and rate from their phones over this room&apos;s network (no internet)</source>
        <translation>Deelnemers voegen notities toe, stemmen en beoordelen vanaf hun telefoon via het netwerk van deze zaal (zonder internet)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/__init__.py" line="162"/>
        <source>&amp;Stop the timer</source>
        <translation>Timer &amp;stoppen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/__init__.py" line="165"/>
        <source>End the rounds and take the timer off the projector and the brainstorm board</source>
        <translation>Beëindig de rondes en haal de timer van de beamer en het brainstormbord</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/panel.py" line="180"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/workshop.py" line="209"/>
        <source>Only notes of one dimension can be merged; these are in {dimensions}.</source>
        <translation>Je kunt alleen notities van één dimensie samenvoegen; deze staan in {dimensions}.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/board.py" line="86"/>
        <source>Room controls</source>
        <translation>Zaalbediening</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/board.py" line="88"/>
        <source>Participants, hide and merge notes, close the room</source>
        <translation>Deelnemers, notities verbergen en samenvoegen, zaal sluiten</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/__init__.py" line="168"/>
        <source>P&amp;ause or resume the timer</source>
        <translation>Timer pauzeren of &amp;hervatten</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/__init__.py" line="171"/>
        <source>Hold the countdown, and carry on from there</source>
        <translation>Zet het aftellen stil en ga later verder waar je was</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/__init__.py" line="254"/>
        <source>{dimension} ({number} of {count})</source>
        <translation>{dimension} ({number} van {count})</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/__init__.py" line="257"/>
        <source>Time&apos;s up · {round}</source>
        <translation>De tijd is om · {round}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/__init__.py" line="235"/>
        <source>The timer runs: {dimension}, round {number} of {count}. {pause} pauses, {stop} stops.</source>
        <translation>De timer loopt: {dimension}, ronde {number} van {count}. {pause} pauzeert, {stop} stopt.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/__init__.py" line="259"/>
        <source>Timer paused at {time} · {round}</source>
        <translation>Timer gepauzeerd op {time} · {round}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/__init__.py" line="262"/>
        <source>Timer {time} · {round}</source>
        <translation>Timer {time} · {round}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/panel.py" line="402"/>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/panel.py" line="396"/>
        <source>Time&apos;s up!</source>
        <translation>De tijd is om!</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/panel.py" line="407"/>
        <source>Carry on with this round</source>
        <translation>Verder met deze ronde</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/panel.py" line="408"/>
        <source>Start the first round</source>
        <translation>Begin bij de eerste ronde</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/panel.py" line="474"/>
        <source>Choose a pain point or opportunity first: click it on the map or in this list.</source>
        <translation>Kies eerst een pijnpunt of kans: klik erop in de klantreis of in deze lijst.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/panel.py" line="398"/>
        <source>Paused {time}</source>
        <translation>Gepauzeerd {time}</translation>
    </message>
</context>
</TS>
