<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../klantreis_desktop/ui/window/about.py" line="85"/>
        <source>Klantreis Desktop is free software under the MIT licence.</source>
        <translation>Klantreis Desktop is free software under the MIT licence.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/about.py" line="86"/>
        <source>Bundled libraries:</source>
        <translation>Bundled libraries:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/about.py" line="92"/>
        <source>Qt and PySide6 are used under the GNU LGPL version 3; their source code is available from the Qt Project. You may replace the Qt libraries in the installed folder with your own build.</source>
        <translation>Qt and PySide6 are used under the GNU LGPL version 3; their source code is available from the Qt Project. You may replace the Qt libraries in the installed folder with your own build.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/about.py" line="129"/>
        <source>Customer journey maps for workshops: phases, lanes, touchpoints, emotions and personas on one canvas, printed as a poster. Works offline.</source>
        <translation>Customer journey maps for workshops: phases, lanes, touchpoints, emotions and personas on one canvas, printed as a poster. Works offline.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/about.py" line="154"/>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/about.py" line="160"/>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/about.py" line="116"/>
        <source>About {app}</source>
        <translation>About {app}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/about.py" line="134"/>
        <source>Qt {qt}, Python {python}</source>
        <translation>Qt {qt}, Python {python}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/about.py" line="95"/>
        <source>Bundled fonts:</source>
        <translation>Bundled fonts:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/about.py" line="106"/>
        <source>The licence text ({file}) is missing from this installation.</source>
        <translation>The licence text ({file}) is missing from this installation.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="146"/>
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="147"/>
        <source>New journey map from a template</source>
        <translation>New journey map from a template</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="148"/>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="150"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="152"/>
        <source>Save &amp;As…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="157"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="158"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="161"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="166"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="171"/>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="172"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="173"/>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="175"/>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="176"/>
        <source>Select &amp;All</source>
        <translation>Select &amp;All</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="184"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="185"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="186"/>
        <source>Actual Size (100 %)</source>
        <translation>Actual Size (100 %)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="188"/>
        <source>&amp;Fit to Window</source>
        <translation>&amp;Fit to Window</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="191"/>
        <source>&amp;Add Journey</source>
        <translation>&amp;Add Journey</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="194"/>
        <source>&amp;Rename Journey</source>
        <translation>&amp;Rename Journey</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="195"/>
        <source>D&amp;uplicate Journey</source>
        <translation>D&amp;uplicate Journey</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="197"/>
        <source>&amp;Delete Journey…</source>
        <translation>&amp;Delete Journey…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="198"/>
        <source>Journey &amp;Properties…</source>
        <translation>Journey &amp;Properties…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="206"/>
        <source>&amp;About Klantreis</source>
        <translation>&amp;About Klantreis</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="209"/>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="234"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="244"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="254"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="143"/>
        <source>&amp;Journey</source>
        <extracomment>Export formats: key → (menu text, file filter, suffix).</extracomment>
        <translation>&amp;Journey</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="271"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="292"/>
        <source>Toolbar</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="251"/>
        <source>A&amp;lign</source>
        <translation>A&amp;lign</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="165"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="170"/>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="153"/>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="154"/>
        <source>Export as PDF poster, PNG or SVG</source>
        <translation>Export as PDF poster, PNG or SVG</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="155"/>
        <source>&amp;Import Event Log…</source>
        <translation>&amp;Import Event Log…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="156"/>
        <source>Turn a CSV of customer events into journeys</source>
        <translation>Turn a CSV of customer events into journeys</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="174"/>
        <source>Duplicat&amp;e</source>
        <translation>Duplicat&amp;e</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="201"/>
        <source>Perso&amp;nas…</source>
        <translation>Perso&amp;nas…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="203"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/menu_actions.py" line="205"/>
        <source>Every keyboard shortcut on one page</source>
        <translation>Every keyboard shortcut on one page</translation>
    </message>
</context>
<context>
    <name>Analysis</name>
    <message>
        <location filename="../klantreis_desktop/analysis/csvformat.py" line="174"/>
        <source>customer id</source>
        <translation>customer id</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/csvformat.py" line="174"/>
        <source>timestamp</source>
        <translation>timestamp</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/csvformat.py" line="175"/>
        <source>touchpoint</source>
        <translation>touchpoint</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/csvformat.py" line="175"/>
        <source>channel</source>
        <translation>channel</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/csvformat.py" line="176"/>
        <source>phase</source>
        <translation>phase</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/csvformat.py" line="168"/>
        <source>Two fields are mapped to the same column.</source>
        <translation>Two fields are mapped to the same column.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/csvformat.py" line="195"/>
        <source>The file has no column “{name}” for the {field} (columns: {columns}).</source>
        <translation>The file has no column “{name}” for the {field} (columns: {columns}).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/csvformat.py" line="187"/>
        <source>The {field} column “{name}” needs a header row.</source>
        <translation>The {field} column “{name}” needs a header row.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/eventlog.py" line="212"/>
        <location filename="../klantreis_desktop/analysis/rows.py" line="89"/>
        <location filename="../klantreis_desktop/analysis/rows.py" line="131"/>
        <source>Unknown text encoding “{encoding}”.</source>
        <translation>Unknown text encoding “{encoding}”.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/rows.py" line="46"/>
        <source>The file is not in the encoding “{encoding}” (byte {position}).</source>
        <translation>The file is not in the encoding “{encoding}” (byte {position}).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/csvformat.py" line="183"/>
        <source>The {field} column {number} does not exist.</source>
        <translation>The {field} column {number} does not exist.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/rows.py" line="103"/>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/rows.py" line="106"/>
        <source>The delimiter must be a single character.</source>
        <translation>The delimiter must be a single character.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/duck_log.py" line="392"/>
        <location filename="../klantreis_desktop/analysis/eventlog.py" line="185"/>
        <source>The file holds no events.</source>
        <translation>The file holds no events.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/duck_log.py" line="183"/>
        <location filename="../klantreis_desktop/analysis/eventlog.py" line="173"/>
        <source>Which columns hold the customer id, the timestamp and the touchpoint? Choose them (the header was not recognised).</source>
        <translation>Which columns hold the customer id, the timestamp and the touchpoint? Choose them (the header was not recognised).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/duck_log.py" line="433"/>
        <location filename="../klantreis_desktop/analysis/eventlog.py" line="218"/>
        <source>Nothing was imported: {count} rows have problems.</source>
        <translation>Nothing was imported: {count} rows have problems.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/scan.py" line="272"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>The import was cancelled; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/duck_log.py" line="442"/>
        <location filename="../klantreis_desktop/analysis/eventlog.py" line="221"/>
        <location filename="../klantreis_desktop/analysis/metrics_import.py" line="364"/>
        <location filename="../klantreis_desktop/analysis/sheets.py" line="238"/>
        <source>… and {count} more.</source>
        <translation>… and {count} more.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/eventlog.py" line="124"/>
        <source>{file} is too large to import ({size} MB; at most {limit} MB).</source>
        <translation>{file} is too large to import ({size} MB; at most {limit} MB).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/duck_log.py" line="494"/>
        <location filename="../klantreis_desktop/analysis/eventlog.py" line="129"/>
        <location filename="../klantreis_desktop/analysis/eventlog.py" line="204"/>
        <location filename="../klantreis_desktop/analysis/path_table.py" line="160"/>
        <location filename="../klantreis_desktop/analysis/sheets.py" line="100"/>
        <source>{file} cannot be read: {reason}</source>
        <translation>{file} cannot be read: {reason}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/rows.py" line="218"/>
        <source>Row {row}: the file is not valid CSV ({reason}).</source>
        <translation>Row {row}: the file is not valid CSV ({reason}).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/scan.py" line="344"/>
        <source>Row {row}: the {field} is empty.</source>
        <translation>Row {row}: the {field} is empty.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/scan.py" line="340"/>
        <source>Row {row}: {count} columns, expected at least {needed}.</source>
        <translation>Row {row}: {count} columns, expected at least {needed}.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/scan.py" line="348"/>
        <source>Row {row}: “{value}” is not a date and time (expected e.g. 31-12-2024 14:30 or 2024-12-31T14:30).</source>
        <translation>Row {row}: “{value}” is not a date and time (expected e.g. 31-12-2024 14:30 or 2024-12-31T14:30).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/segments.py" line="82"/>
        <source>Weighted k-medoids on the normalised edit distance between touchpoint paths; k by silhouette unless given.</source>
        <extracomment>Per customer (same order as ``EventLog.customers``) the index of its segment.</extracomment>
        <translation>Weighted k-medoids on the normalised edit distance between touchpoint paths; k by silhouette unless given.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/segments.py" line="103"/>
        <source>The segmentation was cancelled.</source>
        <translation>The segmentation was cancelled.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/analyse.py" line="40"/>
        <source>analyse the journeys of a file</source>
        <translation>analyse the journeys of a file</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/analyse.py" line="41"/>
        <source>Lowest emotions, largest swings, moments of truth, channel gaps, ranked pain points, opportunities by impact and effort, flow checks, and current vs ideal.</source>
        <translation>Lowest emotions, largest swings, moments of truth, channel gaps, ranked pain points, opportunities by impact and effort, flow checks, and current vs ideal.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_events.py" line="57"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/analyse.py" line="45"/>
        <source>ID|TITLE</source>
        <translation>ID|TITLE</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/analyse.py" line="46"/>
        <source>analyse only this journey (default: all)</source>
        <translation>analyse only this journey (default: all)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/analyse.py" line="47"/>
        <source>print the results as JSON</source>
        <translation>print the results as JSON</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/analyse.py" line="110"/>
        <source>The file has no journeys.</source>
        <translation>The file has no journeys.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_events.py" line="41"/>
        <source>a number from 1 to 20, or auto</source>
        <translation>a number from 1 to 20, or auto</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_events.py" line="52"/>
        <source>turn a CSV event log into journeys</source>
        <translation>turn a CSV event log into journeys</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_events.py" line="53"/>
        <source>Import a CSV event log (customer id, timestamp, touchpoint, channel, optional phase), show frequent paths, drop-offs and segments, and add the typical path (or one per segment) as a journey to a file.</source>
        <translation>Import a CSV event log (customer id, timestamp, touchpoint, channel, optional phase), show frequent paths, drop-offs and segments, and add the typical path (or one per segment) as a journey to a file.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_events.py" line="56"/>
        <source>LOG.csv</source>
        <translation>LOG.csv</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_events.py" line="56"/>
        <source>the event log</source>
        <translation>the event log</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_events.py" line="58"/>
        <source>the klantreis file to add the journeys to (created when missing)</source>
        <translation>the klantreis file to add the journeys to (created when missing)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_events.py" line="60"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_events.py" line="61"/>
        <source>title of the new journey (default: the log&apos;s file name)</source>
        <translation>title of the new journey (default: the log&apos;s file name)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_events.py" line="63"/>
        <source>cluster customers into K segments (or auto) and add a journey per segment</source>
        <translation>cluster customers into K segments (or auto) and add a journey per segment</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_events.py" line="66"/>
        <source>field delimiter (default: detected)</source>
        <translation>field delimiter (default: detected)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_events.py" line="68"/>
        <source>text encoding (default: detected)</source>
        <translation>text encoding (default: detected)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_events.py" line="70"/>
        <source>the first row is data, not column names</source>
        <translation>the first row is data, not column names</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_events.py" line="72"/>
        <source>leave out bad rows instead of refusing the whole file</source>
        <translation>leave out bad rows instead of refusing the whole file</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_events.py" line="74"/>
        <source>column of the customer id (header name or number from 1)</source>
        <translation>column of the customer id (header name or number from 1)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_events.py" line="75"/>
        <source>column of the timestamp</source>
        <translation>column of the timestamp</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_events.py" line="76"/>
        <source>column of the touchpoint</source>
        <translation>column of the touchpoint</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_events.py" line="77"/>
        <source>column of the channel</source>
        <translation>column of the channel</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_events.py" line="78"/>
        <source>column of the phase</source>
        <translation>column of the phase</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_events.py" line="82"/>
        <source>print the paths and segments as JSON</source>
        <translation>print the paths and segments as JSON</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_events.py" line="103"/>
        <source>Give --customer, --timestamp and --touchpoint together (or none of them to guess from the header).</source>
        <translation>Give --customer, --timestamp and --touchpoint together (or none of them to guess from the header).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_events.py" line="167"/>
        <source>Typical path of segment {number} in {file}: {customers} customers ({share:.0%}).</source>
        <translation>Typical path of segment {number} in {file}: {customers} customers ({share:.0%}).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_events.py" line="171"/>
        <source>Typical path of the {customers} customers in {file}.</source>
        <translation>Typical path of the {customers} customers in {file}.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/analyse.py" line="82"/>
        <source>No journey “{name}” (journeys: {names}).</source>
        <translation>No journey “{name}” (journeys: {names}).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/analyse.py" line="65"/>
        <location filename="../klantreis_desktop/cli/import_events.py" line="79"/>
        <source>COLUMN</source>
        <translation>COLUMN</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/duck_log.py" line="93"/>
        <location filename="../klantreis_desktop/cli/analyse.py" line="169"/>
        <location filename="../klantreis_desktop/cli/import_events.py" line="118"/>
        <source>{file}: file not found</source>
        <translation>{file}: file not found</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/analyse.py" line="79"/>
        <source>Several journeys are called “{name}”; give the id instead.</source>
        <translation>Several journeys are called “{name}”; give the id instead.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="30"/>
        <location filename="../klantreis_desktop/cli/analyse.py" line="83"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_events.py" line="129"/>
        <source>skipped: {message}</source>
        <translation>skipped: {message}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_events.py" line="131"/>
        <source>skipped {count} rows in all</source>
        <translation>skipped {count} rows in all</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_events.py" line="151"/>
        <source>Added the journey “{title}” to {file}.</source>
        <translation>Added the journey “{title}” to {file}.</translation>
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
        <translation>Quick wins (high impact, low effort)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="41"/>
        <source>Big bets (high impact, high effort)</source>
        <translation>Big bets (high impact, high effort)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="42"/>
        <source>Fill-ins (low impact, low effort)</source>
        <translation>Fill-ins (low impact, low effort)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="43"/>
        <source>Money pits (low impact, high effort)</source>
        <translation>Money pits (low impact, high effort)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="44"/>
        <source>Not rated yet</source>
        <translation>Not rated yet</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="55"/>
        <source>no term</source>
        <translation>no term</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="69"/>
        <source>current situation</source>
        <translation>current situation</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="69"/>
        <source>ideal situation</source>
        <translation>ideal situation</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="72"/>
        <source>Emotions</source>
        <translation>Emotions</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="92"/>
        <source>Pain points per phase (most votes first)</source>
        <translation>Pain points per phase (most votes first)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="97"/>
        <source>Opportunities by impact and effort</source>
        <translation>Opportunities by impact and effort</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="107"/>
        <source>Channels per phase (number of touchpoints)</source>
        <translation>Channels per phase (number of touchpoints)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="125"/>
        <source>Flow</source>
        <translation>Flow</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="180"/>
        <source>Most frequent paths</source>
        <translation>Most frequent paths</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="183"/>
        <source>Busiest transitions (median time between)</source>
        <translation>Busiest transitions (median time between)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="25"/>
        <source>“{text}”</source>
        <translation>“{text}”</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="62"/>
        <source>{title} ({votes} votes, impact {impact}, effort {effort}, {term})</source>
        <translation>{title} ({votes} votes, impact {impact}, effort {effort}, {term})</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="172"/>
        <source>{n:.1f} days</source>
        <translation>{n:.1f} days</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="55"/>
        <source>short term</source>
        <translation>short term</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="55"/>
        <source>long term</source>
        <translation>long term</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="70"/>
        <source>Journey {title} ({scenario})</source>
        <translation>Journey {title} ({scenario})</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="74"/>
        <source>No persona has emotion scores in this journey.</source>
        <translation>No persona has emotion scores in this journey.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="147"/>
        <source>Current {current} vs ideal {ideal}</source>
        <translation>Current {current} vs ideal {ideal}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="169"/>
        <source>{n:.0f} min</source>
        <translation>{n:.0f} min</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="171"/>
        <source>{n:.1f} h</source>
        <translation>{n:.1f} h</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="178"/>
        <source>{customers} customers, {events} events, {paths} distinct paths</source>
        <translation>{customers} customers, {events} events, {paths} distinct paths</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="189"/>
        <source>Drop-off before {end}: {dropped} customers</source>
        <translation>Drop-off before {end}: {dropped} customers</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="82"/>
        <source>{source} → {target} ({change:+d})</source>
        <translation>{source} → {target} ({change:+d})</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="115"/>
        <source>Phases without touchpoints: {phases}</source>
        <translation>Phases without touchpoints: {phases}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="117"/>
        <source>Channels used in one phase only: {channels}</source>
        <translation>Channels used in one phase only: {channels}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="127"/>
        <source>The journey has no flow arrows yet.</source>
        <translation>The journey has no flow arrows yet.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="128"/>
        <source>Dead ends: {items}</source>
        <translation>Dead ends: {items}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="130"/>
        <source>Unreachable touchpoints: {items}</source>
        <translation>Unreachable touchpoints: {items}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="149"/>
        <source>Touchpoints added: {items}</source>
        <translation>Touchpoints added: {items}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="151"/>
        <source>Touchpoints left out: {items}</source>
        <translation>Touchpoints left out: {items}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="195"/>
        <source>Segments ({k}; silhouette {score})</source>
        <translation>Segments ({k}; silhouette {score})</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="80"/>
        <source>{name}: lowest {points}</source>
        <translation>{name}: lowest {points}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="85"/>
        <source>largest swings: {swings}</source>
        <translation>largest swings: {swings}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="89"/>
        <source>moments of truth: {moments}</source>
        <translation>moments of truth: {moments}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="134"/>
        <source>Every path reaches the end goal (the last phase, {phase}).</source>
        <translation>Every path reaches the end goal (the last phase, {phase}).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="137"/>
        <source>Not every path reaches the end goal (the last phase, {phase}); paths stop at: {items}</source>
        <translation>Not every path reaches the end goal (the last phase, {phase}); paths stop at: {items}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="141"/>
        <source>End goal: {goal}</source>
        <translation>End goal: {goal}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="154"/>
        <source>Average emotion per phase for {name}:</source>
        <translation>Average emotion per phase for {name}:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="185"/>
        <source>{source} → {target}: {count}× ({time})</source>
        <translation>{source} → {target}: {count}× ({time})</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="192"/>
        <source>{share:6.1%} stop after {touchpoint}</source>
        <translation>{share:6.1%} stop after {touchpoint}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="199"/>
        <source>{number}. {share:.1%} ({customers} customers): {path}</source>
        <translation>{number}. {share:.1%} ({customers} customers): {path}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/to_journey.py" line="134"/>
        <source>Journey from event log</source>
        <translation>Journey from event log</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/to_journey.py" line="98"/>
        <source>A journey needs at least one step.</source>
        <translation>A journey needs at least one step.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/to_journey.py" line="113"/>
        <source>Touchpoints</source>
        <translation>Touchpoints</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/to_journey.py" line="114"/>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/to_journey.py" line="108"/>
        <source>Step {number}</source>
        <translation>Step {number}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/rows.py" line="44"/>
        <source>The file is not in the encoding “{encoding}”.</source>
        <translation>The file is not in the encoding “{encoding}”.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="77"/>
        <source>{name}: no emotion scores yet</source>
        <translation>{name}: no emotion scores yet</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/csvformat.py" line="111"/>
        <source>This is not a CSV file: it does not contain text.</source>
        <translation>This is not a CSV file: it does not contain text.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/csvformat.py" line="106"/>
        <source>This is not a CSV file but a spreadsheet workbook. Save it as CSV in the spreadsheet program first.</source>
        <translation>This is not a CSV file but a spreadsheet workbook. Save it as CSV in the spreadsheet program first.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/csvformat.py" line="109"/>
        <source>“{file}” is not a CSV file: it does not contain text.</source>
        <translation>“{file}” is not a CSV file: it does not contain text.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/csvformat.py" line="103"/>
        <source>“{file}” is not a CSV file but a spreadsheet workbook. Save it as CSV in the spreadsheet program first.</source>
        <translation>“{file}” is not a CSV file but a spreadsheet workbook. Save it as CSV in the spreadsheet program first.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/conformance_report.py" line="60"/>
        <source>Arrows taken:</source>
        <translation>Arrows taken:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/conformance_report.py" line="83"/>
        <source>shortcut</source>
        <translation>shortcut</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/conformance_report.py" line="83"/>
        <source>way back</source>
        <translation>way back</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/conformance_report.py" line="84"/>
        <source>route the map lacks</source>
        <translation>route the map lacks</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/conformance_report.py" line="71"/>
        <source>Drop-outs:</source>
        <translation>Drop-outs:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/conformance_report.py" line="86"/>
        <source>Where customers leave the arrows:</source>
        <translation>Where customers leave the arrows:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/conformance_report.py" line="52"/>
        <source>the log</source>
        <translation>the log</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/conformance_report.py" line="144"/>
        <source>Check these assumptions in {title}:</source>
        <translation>Check these assumptions in {title}:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/conformance_report.py" line="55"/>
        <source>(segment {name})</source>
        <translation>(segment {name})</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/conformance_report.py" line="67"/>
        <source>Arrows nobody took: {arrows}</source>
        <translation>Arrows nobody took: {arrows}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/conformance_report.py" line="81"/>
        <source>Skipped touchpoints: {items}</source>
        <translation>Skipped touchpoints: {items}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/conformance_report.py" line="100"/>
        <source>Steps the map lacks: {items}</source>
        <translation>Steps the map lacks: {items}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/duck_log.py" line="364"/>
        <location filename="../klantreis_desktop/analysis/duck_log.py" line="471"/>
        <location filename="../klantreis_desktop/analysis/duck_log.py" line="499"/>
        <location filename="../klantreis_desktop/analysis/sheets.py" line="289"/>
        <source>Cancelled; nothing was imported.</source>
        <translation>Cancelled; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/duck_log.py" line="100"/>
        <source>Parquet logs and segments need the DuckDB engine.</source>
        <translation>Parquet logs and segments need the DuckDB engine.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/duck_log.py" line="127"/>
        <source>There is not enough free disk space ({size} MB needed) to read this log.</source>
        <translation>There is not enough free disk space ({size} MB needed) to read this log.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/duck_log.py" line="366"/>
        <source>The log does not fit in {limit} of memory and the disk for temporary files: {reason}</source>
        <translation>The log does not fit in {limit} of memory and the disk for temporary files: {reason}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/duck_log.py" line="370"/>
        <location filename="../klantreis_desktop/analysis/duck_log.py" line="373"/>
        <source>The log cannot be read: {reason}</source>
        <translation>The log cannot be read: {reason}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/duck_log.py" line="436"/>
        <source>Row {row}: no customer id.</source>
        <translation>Row {row}: no customer id.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/duck_sql.py" line="64"/>
        <source>The timestamp “{text}” needs the pure-Python reader; choose it for this log.</source>
        <translation>The timestamp “{text}” needs the pure-Python reader; choose it for this log.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/duck_log.py" line="333"/>
        <source>The log names more than {count} different touchpoints; aggregate it first.</source>
        <translation>The log names more than {count} different touchpoints; aggregate it first.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/duck_log.py" line="438"/>
        <source>Row {row}: no touchpoint.</source>
        <translation>Row {row}: no touchpoint.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/duck_log.py" line="440"/>
        <source>Row {row}: the timestamp cannot be read.</source>
        <translation>Row {row}: the timestamp cannot be read.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/metrics_import.py" line="255"/>
        <source>touchpoint or phase</source>
        <translation>touchpoint or phase</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/metrics_import.py" line="362"/>
        <source>Nothing was imported:</source>
        <translation>Nothing was imported:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/metrics_import.py" line="250"/>
        <location filename="../klantreis_desktop/analysis/survey.py" line="106"/>
        <source>There is no such journey in the document.</source>
        <translation>There is no such journey in the document.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/metrics_import.py" line="252"/>
        <source>Rows can be matched to touchpoints, phases or both.</source>
        <translation>Rows can be matched to touchpoints, phases or both.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/metrics_import.py" line="254"/>
        <source>Choose at least one column of figures.</source>
        <translation>Choose at least one column of figures.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/metrics_import.py" line="261"/>
        <source>Two metrics, or a metric and the names, use the same column.</source>
        <translation>Two metrics, or a metric and the names, use the same column.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/metrics_import.py" line="351"/>
        <source>The table holds no figures for this journey.</source>
        <translation>The table holds no figures for this journey.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/metrics_import.py" line="302"/>
        <source>row {row}: “{name}”</source>
        <translation>row {row}: “{name}”</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/metrics_import.py" line="343"/>
        <source>{count} names match no touchpoint or phase of the journey: {names}</source>
        <translation>{count} names match no touchpoint or phase of the journey: {names}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/metrics_import.py" line="297"/>
        <source>Row {row}: no touchpoint or phase name.</source>
        <translation>Row {row}: no touchpoint or phase name.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/metrics_import.py" line="354"/>
        <source>Import metrics from {file}</source>
        <translation>Import metrics from {file}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/metrics_import.py" line="304"/>
        <source>Row {row}: more than one touchpoint is called “{name}”; add a phase column or use the id.</source>
        <translation>Row {row}: more than one touchpoint is called “{name}”; add a phase column or use the id.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/metrics_import.py" line="314"/>
        <source>Row {row}: “{text}” is not a date.</source>
        <translation>Row {row}: “{text}” is not a date.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/metrics_import.py" line="329"/>
        <source>Row {row}: {problem}</source>
        <translation>Row {row}: {problem}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/metrics_import.py" line="335"/>
        <source>Row {row}: {metric} of “{name}” is given twice for the same date.</source>
        <translation>Row {row}: {metric} of “{name}” is given twice for the same date.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/path_table.py" line="244"/>
        <source>The path table cannot be used:</source>
        <translation>The path table cannot be used:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/path_table.py" line="210"/>
        <source>A path table needs the columns “path” and “customers” (found: {columns}).</source>
        <translation>A path table needs the columns “path” and “customers” (found: {columns}).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/path_table.py" line="229"/>
        <source>Row {row}: the path is empty.</source>
        <translation>Row {row}: the path is empty.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/path_table.py" line="232"/>
        <source>Row {row}: the number of customers must be a whole number from 1.</source>
        <translation>Row {row}: the number of customers must be a whole number from 1.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/path_table.py" line="239"/>
        <source>Row {row}: a date cannot be read.</source>
        <translation>Row {row}: a date cannot be read.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/sheets.py" line="260"/>
        <source>Row {row}: “{text}” in column “{column}” is not a number.</source>
        <translation>Row {row}: “{text}” in column “{column}” is not a number.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/sheets.py" line="136"/>
        <source>Reading workbooks needs openpyxl.</source>
        <translation>Reading workbooks needs openpyxl.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/sheets.py" line="80"/>
        <source>The table has no column “{name}”{what} (columns: {columns}).</source>
        <translation>The table has no column “{name}”{what} (columns: {columns}).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/sheets.py" line="126"/>
        <location filename="../klantreis_desktop/analysis/sheets.py" line="163"/>
        <source>The table has more than {count} rows; aggregate it first.</source>
        <translation>The table has more than {count} rows; aggregate it first.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/sheets.py" line="240"/>
        <source>Column “{column}” mixes decimal commas (row {comma}) and decimal points (row {point}); use one of them.</source>
        <translation>Column “{column}” mixes decimal commas (row {comma}) and decimal points (row {point}); use one of them.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/sheets.py" line="249"/>
        <source>Column “{column}” is empty.</source>
        <translation>Column “{column}” is empty.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/sheets.py" line="95"/>
        <source>{file} is too large for a table ({size} MB; at most {limit} MB). Aggregate it first.</source>
        <translation>{file} is too large for a table ({size} MB; at most {limit} MB). Aggregate it first.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/sheets.py" line="140"/>
        <source>{file} is not a workbook that can be read ({reason}).</source>
        <translation>{file} is not a workbook that can be read ({reason}).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/sheets.py" line="144"/>
        <source>{file} has no sheet “{sheet}” (sheets: {sheets}).</source>
        <translation>{file} has no sheet “{sheet}” (sheets: {sheets}).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/sheets.py" line="74"/>
        <source>The table has no column {number}.</source>
        <translation>The table has no column {number}.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/sheets.py" line="235"/>
        <source>Column “{column}” holds text that is not a number:</source>
        <translation>Column “{column}” holds text that is not a number:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/survey.py" line="110"/>
        <source>The survey holds no scores.</source>
        <translation>The survey holds no scores.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/survey.py" line="80"/>
        <source>Scores from {low} to {high} fit no survey scale (−2…+2, 1…5, 1…7, 0…10, 1…10); give the scale.</source>
        <translation>Scores from {low} to {high} fit no survey scale (−2…+2, 1…5, 1…7, 0…10, 1…10); give the scale.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/survey.py" line="127"/>
        <source>There is no persona “{name}”.</source>
        <translation>There is no persona “{name}”.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/survey.py" line="143"/>
        <source>Nothing was imported: {count} touchpoints of the survey are not in the journey: {names}</source>
        <translation>Nothing was imported: {count} touchpoints of the survey are not in the journey: {names}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/survey.py" line="154"/>
        <source>Import survey from {file}</source>
        <translation>Import survey from {file}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/analyse.py" line="58"/>
        <source>LOG</source>
        <translation>LOG</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/analyse.py" line="59"/>
        <source>check the journey against an event log (CSV or Parquet) or a path table</source>
        <translation>check the journey against an event log (CSV or Parquet) or a path table</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/analyse.py" line="61"/>
        <source>EVENT=TOUCHPOINT</source>
        <translation>EVENT=TOUCHPOINT</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/analyse.py" line="62"/>
        <source>map an event name of the log to a touchpoint (title or id); may be repeated</source>
        <translation>map an event name of the log to a touchpoint (title or id); may be repeated</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/analyse.py" line="66"/>
        <source>the log&apos;s segment column: check each segment apart</source>
        <translation>the log&apos;s segment column: check each segment apart</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/analyse.py" line="68"/>
        <source>how to read the log (default: auto, by its size)</source>
        <translation>how to read the log (default: auto, by its size)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/analyse.py" line="70"/>
        <source>leave out bad rows of the log instead of refusing it</source>
        <translation>leave out bad rows of the log instead of refusing it</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/analyse.py" line="49"/>
        <source>POINTS</source>
        <translation>POINTS</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/analyse.py" line="137"/>
        <source>No journey to check: none has touchpoints.</source>
        <translation>No journey to check: none has touchpoints.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/analyse.py" line="132"/>
        <source>--map needs EVENT=TOUCHPOINT, not “{text}”.</source>
        <translation>--map needs EVENT=TOUCHPOINT, not “{text}”.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/conformance_report.py" line="50"/>
        <source>Designed journey against {source}: {customers}, {fitting} ({share}) follow the map from start to end</source>
        <translation>Designed journey against {source}: {customers}, {fitting} ({share}) follow the map from start to end</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/conformance_report.py" line="28"/>
        <source>{count} customer</source>
        <translation>{count} customer</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/conformance_report.py" line="28"/>
        <source>{count} customers</source>
        <translation>{count} customers</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/conformance_report.py" line="61"/>
        <source>  {source} → {target}: {customers} ({share} of those who got there)</source>
        <translation>  {source} → {target}: {customers} ({share} of those who got there)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/conformance_report.py" line="145"/>
        <source>  {touchpoint} ({persona}): assumed {assumed}, measured {measured} (middle half {low} … {high}, n = {n})</source>
        <translation>  {touchpoint} ({persona}): assumed {assumed}, measured {measured} (middle half {low} … {high}, n = {n})</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/conformance_report.py" line="87"/>
        <source>  {kind}: {source} → {target}: {customers}</source>
        <translation>  {kind}: {source} → {target}: {customers}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/conformance_report.py" line="72"/>
        <source>  {title}: {count} customer stops here ({share} of its visitors)</source>
        <translation>  {title}: {count} customer stops here ({share} of its visitors)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/conformance_report.py" line="74"/>
        <source>  {title}: {count} customers stop here ({share} of its visitors)</source>
        <translation>  {title}: {count} customers stop here ({share} of its visitors)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/metrics_import.py" line="341"/>
        <source>A name matches no touchpoint or phase of the journey: {names}</source>
        <translation>A name matches no touchpoint or phase of the journey: {names}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/conformance_report.py" line="140"/>
        <source>  … and {count} more</source>
        <translation>  … and {count} more</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/analyse.py" line="157"/>
        <source>--map names no touchpoint of the journey (or more than one with that title): {items}</source>
        <translation>--map names no touchpoint of the journey (or more than one with that title): {items}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/analyse.py" line="50"/>
        <source>flag measured scores that differ more than this from the assumed ones (default: the journey&apos;s own setting, 1 point of its scale unless changed)</source>
        <translation>flag measured scores that differ more than this from the assumed ones (default: the journey&apos;s own setting, 1 point of its scale unless changed)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/metrics_import.py" line="267"/>
        <source>The columns “{first}” and “{second}” are both mapped to the metric “{metric}”: choose another metric for one of them, or leave one out.</source>
        <translation>The columns “{first}” and “{second}” are both mapped to the metric “{metric}”: choose another metric for one of them, or leave one out.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/survey.py" line="119"/>
        <source>{count} scores lie outside the scale {low}…{high}; the first in row {row}: {score} at “{name}”.</source>
        <translation>{count} scores lie outside the scale {low}…{high}; the first in row {row}: {score} at “{name}”.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/survey.py" line="116"/>
        <source>Row {row}: the score {score} at “{name}” lies outside the scale {low}…{high}.</source>
        <translation>Row {row}: the score {score} at “{name}” lies outside the scale {low}…{high}.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/conformance_report.py" line="94"/>
        <source>Repeats (the same touchpoint twice or more in a row):</source>
        <translation>Repeats (the same touchpoint twice or more in a row):</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/conformance_report.py" line="118"/>
        <source>  No shortcuts, ways back or routes the map lacks in this log.</source>
        <translation>  No shortcuts, ways back or routes the map lacks in this log.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/conformance_report.py" line="112"/>
        <source>Why {count} do not follow the map (a customer can have several reasons):</source>
        <translation>Why {count} do not follow the map (a customer can have several reasons):</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/conformance_report.py" line="114"/>
        <source>  {reason}: {customers}, {only} for this reason only</source>
        <translation>  {reason}: {customers}, {only} for this reason only</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/conformance_report.py" line="95"/>
        <source>  {title}: {customers} ({share} of its visitors)</source>
        <translation>  {title}: {customers} ({share} of its visitors)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="34"/>
        <source>{score} at {title}</source>
        <translation>{score} at {title}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/conformance_report.py" line="131"/>
        <source> — all of them are the customers who take a step the map lacks there</source>
        <translation> — all of them are the customers who take a step the map lacks there</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/conformance_report.py" line="132"/>
        <source> — {count} of them are the customers who take a step the map lacks there</source>
        <translation> — {count} of them are the customers who take a step the map lacks there</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/report.py" line="60"/>
        <source>{title} ({votes} votes, impact and effort not rated, {term})</source>
        <translation>{title} ({votes} votes, impact and effort not rated, {term})</translation>
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
        <translation>Emotions per persona</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="129"/>
        <source>Channels × phases</source>
        <translation>Channels × phases</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="134"/>
        <source>Pain points per phase</source>
        <translation>Pain points per phase</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="135"/>
        <source>Opportunities</source>
        <translation>Opportunities</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="137"/>
        <source>Flow</source>
        <translation>Flow</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="140"/>
        <source>Current vs ideal</source>
        <translation>Current vs ideal</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="296"/>
        <source>Analysis</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="175"/>
        <source>Quick wins</source>
        <translation>Quick wins</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="175"/>
        <source>Big bets</source>
        <translation>Big bets</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="176"/>
        <source>Fill-ins</source>
        <translation>Fill-ins</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="176"/>
        <source>Money pits</source>
        <translation>Money pits</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="195"/>
        <source>high impact</source>
        <translation>high impact</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="195"/>
        <source>low impact</source>
        <translation>low impact</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="196"/>
        <source>low effort</source>
        <translation>low effort</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="196"/>
        <source>high effort</source>
        <translation>high effort</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="309"/>
        <source>(untitled journey)</source>
        <translation>(untitled journey)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="329"/>
        <source>No persona has scored this journey yet.</source>
        <translation>No persona has scored this journey yet.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="388"/>
        <source>No touchpoint has a channel yet.</source>
        <translation>No touchpoint has a channel yet.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="412"/>
        <source>No pain points yet.</source>
        <translation>No pain points yet.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="436"/>
        <source>No arrows between touchpoints yet.</source>
        <translation>No arrows between touchpoints yet.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="446"/>
        <source>{reached} of {paths} paths reach the last phase {phase}</source>
        <translation>{reached} of {paths} paths reach the last phase {phase}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="510"/>
        <source>short</source>
        <translation>short</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="510"/>
        <source>long</source>
        <translation>long</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="279"/>
        <source>Open a journey to see its analysis.</source>
        <translation>Open a journey to see its analysis.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="280"/>
        <source>Choose a journey to see its analysis.</source>
        <translation>Choose a journey to see its analysis.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="331"/>
        <source>(unnamed persona)</source>
        <translation>(unnamed persona)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="334"/>
        <source>no emotion scores</source>
        <translation>no emotion scores</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="390"/>
        <source>Every phase has touchpoints; every channel spans phases.</source>
        <translation>Every phase has touchpoints; every channel spans phases.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="403"/>
        <source>(no phase)</source>
        <translation>(no phase)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="430"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="340"/>
        <source>Swing {change:+d}: {source} → {target}</source>
        <translation>Swing {change:+d}: {source} → {target}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="382"/>
        <source>No touchpoints in {phase}</source>
        <translation>No touchpoints in {phase}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="385"/>
        <source>Used in one phase only: {channel}</source>
        <translation>Used in one phase only: {channel}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="419"/>
        <source>Not rated yet (impact or effort 0)</source>
        <translation>Not rated yet (impact or effort 0)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="439"/>
        <source>Dead end: {title}</source>
        <translation>Dead end: {title}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="441"/>
        <source>Unreachable: {title}</source>
        <translation>Unreachable: {title}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="444"/>
        <source>Stops before the end goal: {title}</source>
        <translation>Stops before the end goal: {title}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="452"/>
        <source>End goal: {goal}</source>
        <translation>End goal: {goal}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="462"/>
        <source>{current} → {ideal}</source>
        <translation>{current} → {ideal}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="346"/>
        <source>Moment of truth ({score}): {title}</source>
        <translation>Moment of truth ({score}): {title}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="406"/>
        <source>{number}. {title} — {votes} votes, impact {impact}</source>
        <translation>{number}. {title} — {votes} votes, impact {impact}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="466"/>
        <source>Added: {title}</source>
        <translation>Added: {title}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="469"/>
        <source>Dropped: {title}</source>
        <translation>Dropped: {title}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="426"/>
        <source>{title}
impact {impact}, effort {effort}, {votes} votes</source>
        <translation>{title}
impact {impact}, effort {effort}, {votes} votes</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="476"/>
        <source>{phase}: {change:+.1f}</source>
        <translation>{phase}: {change:+.1f}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="138"/>
        <source>Measured</source>
        <translation>Measured</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/measured_findings.py" line="127"/>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/measured_findings.py" line="127"/>
        <source>Way back</source>
        <translation>Way back</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/measured_findings.py" line="128"/>
        <source>Route the map lacks</source>
        <translation>Route the map lacks</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/measured_findings.py" line="68"/>
        <source>Check these assumptions</source>
        <translation>Check these assumptions</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/measured_findings.py" line="93"/>
        <source>Nothing measured yet: File › Import › Metrics… or Survey…, or Analysis › Check Against Event Log…</source>
        <translation>Nothing measured yet: File › Import › Metrics… or Survey…, or Analysis › Check Against Event Log…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/measured_findings.py" line="79"/>
        <source>The survey agrees with the team&apos;s curve (no gap over 1 point).</source>
        <translation>The survey agrees with the team&apos;s curve (no gap over 1 point).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/measured_findings.py" line="87"/>
        <location filename="../klantreis_desktop/ui/docks/measured_findings.py" line="103"/>
        <source>the log</source>
        <translation>the log</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/measured_findings.py" line="110"/>
        <source>{title}: {share} of its visitors drop out here ({count})</source>
        <translation>{title}: {share} of its visitors drop out here ({count})</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/measured_findings.py" line="143"/>
        <source>Nobody took {source} → {target}</source>
        <translation>Nobody took {source} → {target}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/measured_findings.py" line="43"/>
        <source>{count} customer</source>
        <translation>{count} customer</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/measured_findings.py" line="43"/>
        <source>{count} customers</source>
        <translation>{count} customers</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/measured_findings.py" line="102"/>
        <source>Against {source}: {share} of {customers} follow the map</source>
        <translation>Against {source}: {share} of {customers} follow the map</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/measured_findings.py" line="117"/>
        <source>{title}: skipped by {customers}</source>
        <translation>{title}: skipped by {customers}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/measured_findings.py" line="130"/>
        <source>{kind}: {source} → {target} ({customers})</source>
        <translation>{kind}: {source} → {target} ({customers})</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/measured_findings.py" line="137"/>
        <source>Step the map lacks: {name} ({customers})</source>
        <translation>Step the map lacks: {name} ({customers})</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/measured_findings.py" line="70"/>
        <source>{title} ({persona}): assumed {assumed}, measured {measured} (middle half {low} … {high}, n = {n})</source>
        <translation>{title} ({persona}): assumed {assumed}, measured {measured} (middle half {low} … {high}, n = {n})</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/measured_findings.py" line="106"/>
        <source>Segment: {name}</source>
        <translation>Segment: {name}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/measured_findings.py" line="176"/>
        <source>… and {count} more (see the poster&apos;s analysis page)</source>
        <translation>… and {count} more (see the poster&apos;s analysis page)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/measured_findings.py" line="168"/>
        <source>No shortcuts, ways back or routes the map lacks in this log.</source>
        <translation>No shortcuts, ways back or routes the map lacks in this log.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/measured_findings.py" line="161"/>
        <source>Why {count} do not follow the map (several reasons can apply):</source>
        <translation>Why {count} do not follow the map (several reasons can apply):</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/measured_findings.py" line="123"/>
        <source>{title}: repeated by {customers} (twice or more in a row)</source>
        <translation>{title}: repeated by {customers} (twice or more in a row)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/measured_findings.py" line="164"/>
        <source>{reason}: {customers}, {only} for this reason only</source>
        <translation>{reason}: {customers}, {only} for this reason only</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="336"/>
        <source>Lowest {score}: {title}</source>
        <translation>Lowest {score}: {title}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/measured_findings.py" line="85"/>
        <source>Map changed since the check against {source}: check again (Analysis › Check Against Event Log…)</source>
        <translation>Map changed since the check against {source}: check again (Analysis › Check Against Event Log…)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/analysis_panel.py" line="408"/>
        <source>{number}. {title} — {votes} votes, impact not rated</source>
        <translation>{number}. {title} — {votes} votes, impact not rated</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <location filename="../klantreis_desktop/ui/window/autosave_controller.py" line="74"/>
        <source>Autosave: %1</source>
        <extracomment>Write this long after the last edit (milliseconds). ... and at the latest this long after the first unsaved edit, however busy the typing: together with the idle delay a crash loses at most the last ~5 seconds.</extracomment>
        <translation>Autosave: %1</translation>
    </message>
</context>
<context>
    <name>BackupOffer</name>
    <message>
        <location filename="../klantreis_desktop/ui/window/backup_offer.py" line="35"/>
        <source>The file could not be opened</source>
        <translation>The file could not be opened</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/backup_offer.py" line="69"/>
        <source>Saving asks where to keep it.</source>
        <translation>Saving asks where to keep it.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/backup_offer.py" line="71"/>
        <source>Opened with a warning</source>
        <translation>Opened with a warning</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/backup_offer.py" line="38"/>
        <source>Klantreis keeps the version saved before it as a backup, “%1”. Open the backup to see it; the damaged file stays as it is.</source>
        <translation>Klantreis keeps the version saved before it as a backup, “%1”. Open the backup to see it; the damaged file stays as it is.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/backup_offer.py" line="41"/>
        <source>Open the &amp;Backup (saved %1)</source>
        <translation>Open the &amp;Backup (saved %1)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/backup_offer.py" line="68"/>
        <source>This is the backup of “%1”.</source>
        <translation>This is the backup of “%1”.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/backup_offer.py" line="66"/>
        <source>This is the backup of “%1”, saved %2.</source>
        <translation>This is the backup of “%1”, saved %2.</translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/card_item.py" line="144"/>
        <source>Drag to another touchpoint to draw a flow arrow</source>
        <extracomment>Radius of the flow handle on a touchpoint&apos;s right edge (drag it to another touchpoint). Qt&apos;s enum members, looked up once: each lookup through a Python enum class costs, and a big journey makes 2,000 cards at start-up. The evidence badge&apos;s words in the map&apos;s language (&quot;&quot;: the interface&apos;s).</extracomment>
        <translation>Drag to another touchpoint to draw a flow arrow</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/card_item.py" line="269"/>
        <location filename="../klantreis_desktop/ui/canvas/scene_looks.py" line="34"/>
        <source>observed</source>
        <extracomment>The evidence badges&apos; words (context &quot;Canvas&quot;), in the map&apos;s language (see map_words).</extracomment>
        <translation>observed</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/card_item.py" line="270"/>
        <location filename="../klantreis_desktop/ui/canvas/scene_looks.py" line="35"/>
        <source>assumed</source>
        <translation>assumed</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/gestures.py" line="363"/>
        <location filename="../klantreis_desktop/ui/canvas/gestures.py" line="380"/>
        <source>Flow arrows connect touchpoints.</source>
        <extracomment>The card last hovered that an arrow may not end on (its message is shown once).</extracomment>
        <translation>Flow arrows connect touchpoints.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/gestures.py" line="321"/>
        <source>Score: {score}</source>
        <translation>Score: {score}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/gestures.py" line="375"/>
        <source>Drop the arrow on another touchpoint.</source>
        <translation>Drop the arrow on another touchpoint.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/edits.py" line="244"/>
        <location filename="../klantreis_desktop/ui/canvas/gestures.py" line="195"/>
        <source>Move card</source>
        <extracomment>lupdate finds the literal translate(&quot;Canvas&quot;, ...) calls. The arrows with an end on a dragged card: they follow it during the drag.</extracomment>
        <translation>Move card</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/edits.py" line="159"/>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="68"/>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/edits.py" line="257"/>
        <source>Drop cards into a cell of the grid.</source>
        <translation>Drop cards into a cell of the grid.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/edits.py" line="321"/>
        <source>New emotion points go to {persona}.</source>
        <translation>New emotion points go to {persona}.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/edits.py" line="334"/>
        <source>Add a persona first: emotions belong to a persona.</source>
        <translation>Add a persona first: emotions belong to a persona.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/edits.py" line="356"/>
        <source>Add an emotions lane to see the curve.</source>
        <translation>Add an emotions lane to see the curve.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/edits.py" line="362"/>
        <source>Emotion point for {persona}: {score}</source>
        <translation>Emotion point for {persona}: {score}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/edits.py" line="372"/>
        <source>Drop a channel on a touchpoint.</source>
        <translation>Drop a channel on a touchpoint.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/edits.py" line="83"/>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="57"/>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="70"/>
        <source>Delete</source>
        <extracomment>lupdate finds the literal translate(&quot;Canvas&quot;, ...) calls. The card kind that typing or pasting text into a lane creates.
----------
lupdate finds the literal translate(&quot;Canvas&quot;, ...) calls.</extracomment>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/edits.py" line="95"/>
        <source>{count} card(s) copied.</source>
        <translation>{count} card(s) copied.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/edits.py" line="144"/>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="178"/>
        <source>Paste</source>
        <translation>Paste</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/edits.py" line="213"/>
        <source>Change score</source>
        <translation>Change score</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/edits.py" line="342"/>
        <source>Drop the emotion on a touchpoint or a phase.</source>
        <translation>Drop the emotion on a touchpoint or a phase.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/edits.py" line="289"/>
        <location filename="../klantreis_desktop/ui/canvas/edits.py" line="402"/>
        <source>New phase</source>
        <translation>New phase</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/edits.py" line="298"/>
        <location filename="../klantreis_desktop/ui/canvas/edits.py" line="413"/>
        <source>New lane</source>
        <translation>New lane</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/edits.py" line="202"/>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="89"/>
        <source>Align</source>
        <translation>Align</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/edits.py" line="308"/>
        <source>This cannot be dropped on the canvas.</source>
        <translation>This cannot be dropped on the canvas.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/entry.py" line="242"/>
        <source>This is the last phase.</source>
        <translation>This is the last phase.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/entry.py" line="325"/>
        <source>Typing adds to the selected card. For a new card, click an empty spot in the cell.</source>
        <translation>Typing adds to the selected card. For a new card, click an empty spot in the cell.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/entry.py" line="197"/>
        <location filename="../klantreis_desktop/ui/canvas/entry.py" line="219"/>
        <source>Quick entry ended.</source>
        <extracomment>lupdate finds the literal translate(&quot;Canvas&quot;, ...) calls.</extracomment>
        <translation>Quick entry ended.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="67"/>
        <source>Edit text</source>
        <translation>Edit text</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="69"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="72"/>
        <source>Add a vote</source>
        <translation>Add a vote</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="74"/>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="102"/>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="153"/>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="103"/>
        <source>Hide lane</source>
        <translation>Hide lane</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="108"/>
        <source>Add lane above</source>
        <translation>Add lane above</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="109"/>
        <source>Add lane below</source>
        <translation>Add lane below</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="113"/>
        <source>Add metrics lane below</source>
        <translation>Add metrics lane below</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="114"/>
        <source>Metrics</source>
        <translation>Metrics</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="121"/>
        <source>Delete lane</source>
        <translation>Delete lane</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="130"/>
        <source>New emotion points for</source>
        <translation>New emotion points for</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="154"/>
        <source>Add phase before</source>
        <translation>Add phase before</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="155"/>
        <source>Add phase after</source>
        <translation>Add phase after</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="159"/>
        <source>Delete phase</source>
        <translation>Delete phase</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="188"/>
        <source>Heat map</source>
        <translation>Heat map</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="190"/>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="191"/>
        <source>Pain points</source>
        <translation>Pain points</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="192"/>
        <source>Emotions</source>
        <translation>Emotions</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="193"/>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="220"/>
        <source>Figures for</source>
        <translation>Figures for</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="224"/>
        <source>Every customer</source>
        <translation>Every customer</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="240"/>
        <source>Show the ideal curve</source>
        <translation>Show the ideal curve</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="242"/>
        <source>Show the current curve</source>
        <translation>Show the current curve</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="75"/>
        <source>Observed</source>
        <translation>Observed</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="76"/>
        <source>Assumed</source>
        <translation>Assumed</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="77"/>
        <source>Not stated</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="83"/>
        <source>Moment of truth</source>
        <translation>Moment of truth</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="106"/>
        <source>Automatic height</source>
        <translation>Automatic height</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="145"/>
        <source>Show hidden lane</source>
        <translation>Show hidden lane</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="90"/>
        <source>Into the leftmost phase</source>
        <translation>Into the leftmost phase</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="91"/>
        <source>Into the rightmost phase</source>
        <translation>Into the rightmost phase</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="92"/>
        <source>Into the top lane</source>
        <translation>Into the top lane</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="93"/>
        <source>Into the bottom lane</source>
        <translation>Into the bottom lane</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="94"/>
        <source>Spread over consecutive phases</source>
        <translation>Spread over consecutive phases</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/menus.py" line="175"/>
        <source>New {kind}</source>
        <translation>New {kind}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/header_items.py" line="458"/>
        <source>Type to add a card</source>
        <extracomment>How close (scene units) to a lane header&apos;s lower edge a press starts a resize. (persona name, colour) or (label, colour, &quot;dashed&quot;) for a compared journey&apos;s curve. A phase title&apos;s size as the layout fitted it to the column (0: the header size). &quot;Type to add a card&quot; in the focused cell; off while a new card is typed there (the hint would peek out between the last card and the editor). Empty cells of a &quot;channels&quot; lane list the channels their phase&apos;s touchpoints use.</extracomment>
        <translation>Type to add a card</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/scene.py" line="137"/>
        <source>Add a phase at the end</source>
        <extracomment>Empty room around the map inside the scene rect. Below this zoom the emotion dots are not shown (see JourneyScene.set_view_zoom). The persona chosen for new emotion points (set_emotion_persona), for the palette. Colours and type; the projector theme when presenting (see theme.py). The persona chosen for new emotion points (see emotion_persona); None: the first. Lanes left out of this scene only (a presentation&apos;s audience view). Element ids in the spotlight (the rest is dimmed); None: no spotlight. The phase being presented: the other phases fade a little (None: all equal). The language the map&apos;s own texts are drawn in (scene_looks.map_words). Another journey whose curves are drawn over this one (current vs ideal). persona -&gt; the other journey&apos;s curve for that persona (read-only items). Called with every new layout: drawings that follow the map but are not part of the document (room mode&apos;s curve of the participants&apos; ratings). The analysis heat map shown under the cards (&quot;pain&quot;, &quot;emotion&quot;, &quot;channels&quot;). Whose figures the badges, the metrics lane and a metric&apos;s heat map show: a segment of the imported figures, &quot;&quot; every customer (see ``figure_segment``). Metric badges, measured curves and conformance marks (measured_items.py). Emotion dots are left out when the view is zoomed out this far (see set_view_zoom). Flows and emotion points currently drawn as selected (see _show_selection).</extracomment>
        <translation>Add a phase at the end</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/scene.py" line="139"/>
        <source>Add a lane at the bottom</source>
        <translation>Add a lane at the bottom</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/scene_looks.py" line="157"/>
        <source>{metric}, {segment}</source>
        <translation>{metric}, {segment}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/scene_looks.py" line="99"/>
        <source>ideal</source>
        <translation>ideal</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/scene_looks.py" line="101"/>
        <source>current</source>
        <translation>current</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/scene_looks.py" line="105"/>
        <source>{persona} ({scenario})</source>
        <translation>{persona} ({scenario})</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/scene_looks.py" line="181"/>
        <source>measured (dotted)</source>
        <translation>measured (dotted)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/scene_looks.py" line="186"/>
        <source>□ median; band: middle half</source>
        <translation>□ median; band: middle half</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/scene_looks.py" line="189"/>
        <source>○ ! check this assumption</source>
        <translation>○ ! check this assumption</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/heat_overlay.py" line="172"/>
        <source>Heat map: {metric} per touchpoint and phase (green = better, red = worse; blue = more)</source>
        <extracomment>How far a touchpoint&apos;s halo reaches past its card. Above the grid (0), under headers (5) and cards (10). The strongest tint&apos;s opacity: cards stay opaque above it, so their text stays readable. Height of the legend strip above the map (inside the scene&apos;s margin).</extracomment>
        <translation>Heat map: {metric} per touchpoint and phase (green = better, red = worse; blue = more)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/heat_overlay.py" line="176"/>
        <source>Heat map: pain points per phase, votes × impact (more red = more pain)</source>
        <translation>Heat map: pain points per phase, votes × impact (more red = more pain)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/heat_overlay.py" line="179"/>
        <source>Heat map: average feeling per phase (red = negative, green = positive)</source>
        <translation>Heat map: average feeling per phase (red = negative, green = positive)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/heat_overlay.py" line="181"/>
        <source>Heat map: touchpoints per channel and phase (more blue = more use)</source>
        <translation>Heat map: touchpoints per channel and phase (more blue = more use)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/scene_looks.py" line="184"/>
        <source>measured</source>
        <translation>measured</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/scene_looks.py" line="183"/>
        <source>{name}, measured</source>
        <translation>{name}, measured</translation>
    </message>
</context>
<context>
    <name>ChannelDialog</name>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/channels_dialog.py" line="90"/>
        <source>Add channel</source>
        <extracomment>The channel added or edited, after its command was pushed.</extracomment>
        <translation>Add channel</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/channels_dialog.py" line="91"/>
        <source>Edit channel</source>
        <translation>Edit channel</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/channels_dialog.py" line="99"/>
        <source>For example: LinkedIn</source>
        <translation>For example: LinkedIn</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/channels_dialog.py" line="177"/>
        <source>The channel “%1” is used by one touchpoint. Remove it from there and delete the channel? (Undo brings it back.)</source>
        <translation>The channel “%1” is used by one touchpoint. Remove it from there and delete the channel? (Undo brings it back.)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/channels_dialog.py" line="180"/>
        <source>The channel “%1” is used by %2 touchpoints. Remove it from them and delete the channel? (Undo brings it back.)</source>
        <translation>The channel “%1” is used by %2 touchpoints. Remove it from them and delete the channel? (Undo brings it back.)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/channels_dialog.py" line="183"/>
        <source>Remove channel</source>
        <translation>Remove channel</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../klantreis_desktop/cli/__init__.py" line="91"/>
        <location filename="../klantreis_desktop/cli/__init__.py" line="158"/>
        <source>usage: </source>
        <translation>usage: </translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/__init__.py" line="92"/>
        <source>positional arguments</source>
        <translation>positional arguments</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/__init__.py" line="93"/>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/__init__.py" line="94"/>
        <source>show this help message and exit</source>
        <translation>show this help message and exit</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/__init__.py" line="96"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/__init__.py" line="97"/>
        <source>unrecognized arguments: %s</source>
        <translation>unrecognized arguments: %s</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/__init__.py" line="99"/>
        <source>the following arguments are required: %s</source>
        <translation>the following arguments are required: %s</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/__init__.py" line="101"/>
        <source>one of the arguments %s is required</source>
        <translation>one of the arguments %s is required</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/__init__.py" line="102"/>
        <source>not allowed with argument %s</source>
        <translation>not allowed with argument %s</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/__init__.py" line="103"/>
        <source>ignored explicit argument %r</source>
        <translation>ignored explicit argument %r</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/__init__.py" line="104"/>
        <source>expected one argument</source>
        <translation>expected one argument</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/__init__.py" line="105"/>
        <source>expected at most one argument</source>
        <translation>expected at most one argument</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/__init__.py" line="106"/>
        <source>expected at least one argument</source>
        <translation>expected at least one argument</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/__init__.py" line="107"/>
        <source>expected %s argument</source>
        <translation>expected %s argument</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/__init__.py" line="108"/>
        <source>expected %s arguments</source>
        <translation>expected %s arguments</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/__init__.py" line="110"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>ambiguous option: %(option)s could match %(matches)s</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/__init__.py" line="111"/>
        <source>unexpected option string: %s</source>
        <translation>unexpected option string: %s</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/__init__.py" line="112"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>invalid %(type)s value: %(value)r</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/__init__.py" line="114"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/__init__.py" line="116"/>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>unknown parser %(parser_name)r (choices: %(choices)s)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/__init__.py" line="145"/>
        <source>{prog}: error: {message}</source>
        <translation>{prog}: error: {message}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/__init__.py" line="153"/>
        <source>language of the messages (default: the system language)</source>
        <translation>language of the messages (default: the system language)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/__init__.py" line="159"/>
        <location filename="../klantreis_desktop/cli/__init__.py" line="184"/>
        <location filename="../klantreis_desktop/cli/common.py" line="123"/>
        <location filename="../klantreis_desktop/cli/new.py" line="25"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/__init__.py" line="159"/>
        <source>COMMAND</source>
        <translation>COMMAND</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/__init__.py" line="164"/>
        <source>Klantreis Desktop: customer journey maps for workshops. Without a command the files open in the window; the commands below work without a window.</source>
        <translation>Klantreis Desktop: customer journey maps for workshops. Without a command the files open in the window; the commands below work without a window.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/__init__.py" line="169"/>
        <source>show the version number and exit</source>
        <translation>show the version number and exit</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/__init__.py" line="173"/>
        <source>commands</source>
        <translation>commands</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/__init__.py" line="183"/>
        <source>Open Klantreis Desktop with the given files.</source>
        <translation>Open Klantreis Desktop with the given files.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/__init__.py" line="185"/>
        <source>klantreis files to open</source>
        <translation>klantreis files to open</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/__init__.py" line="187"/>
        <source>start, open the sample journey, draw it, export a PDF to a temporary folder and exit (0 = ok)</source>
        <translation>start, open the sample journey, draw it, export a PDF to a temporary folder and exit (0 = ok)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/__init__.py" line="251"/>
        <source>unknown command “{name}” (commands: {commands}); to open a file, give its path</source>
        <translation>unknown command “{name}” (commands: {commands}); to open a file, give its path</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/__init__.py" line="307"/>
        <source>The window cannot start: {error}</source>
        <translation>The window cannot start: {error}</translation>
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
        <translation>Unexpected error ({kind}): {error}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/info.py" line="26"/>
        <source>journey</source>
        <translation>journey</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/info.py" line="27"/>
        <source>persona</source>
        <translation>persona</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/info.py" line="28"/>
        <source>channel</source>
        <translation>channel</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/info.py" line="29"/>
        <source>phase</source>
        <translation>phase</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/info.py" line="30"/>
        <source>lane</source>
        <translation>lane</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/info.py" line="31"/>
        <source>touchpoint</source>
        <translation>touchpoint</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/info.py" line="32"/>
        <source>pain point</source>
        <translation>pain point</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/info.py" line="33"/>
        <source>opportunity</source>
        <translation>opportunity</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/info.py" line="34"/>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/info.py" line="35"/>
        <source>goal</source>
        <translation>goal</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/info.py" line="36"/>
        <source>emotion point</source>
        <translation>emotion point</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/info.py" line="40"/>
        <source>journeys</source>
        <translation>journeys</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/info.py" line="41"/>
        <source>personas</source>
        <translation>personas</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/info.py" line="42"/>
        <source>channels</source>
        <translation>channels</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/info.py" line="43"/>
        <source>phases</source>
        <translation>phases</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/info.py" line="44"/>
        <source>lanes</source>
        <translation>lanes</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/info.py" line="45"/>
        <source>touchpoints</source>
        <translation>touchpoints</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/info.py" line="46"/>
        <source>pain points</source>
        <translation>pain points</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/info.py" line="47"/>
        <source>opportunities</source>
        <translation>opportunities</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/info.py" line="48"/>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/info.py" line="49"/>
        <source>goals</source>
        <translation>goals</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/info.py" line="50"/>
        <source>emotion points</source>
        <translation>emotion points</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/info.py" line="57"/>
        <source>current situation</source>
        <translation>current situation</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/info.py" line="58"/>
        <source>ideal situation</source>
        <translation>ideal situation</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/common.py" line="135"/>
        <source>{file}: file not found</source>
        <translation>{file}: file not found</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/common.py" line="137"/>
        <location filename="../klantreis_desktop/cli/new.py" line="38"/>
        <source>{file}: is a folder, not a file</source>
        <translation>{file}: is a folder, not a file</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/common.py" line="115"/>
        <source>warning: {message}</source>
        <translation>warning: {message}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/new.py" line="17"/>
        <source>create a file from a template</source>
        <translation>create a file from a template</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/new.py" line="18"/>
        <source>Create a new klantreis file from a template.</source>
        <translation>Create a new klantreis file from a template.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/new.py" line="20"/>
        <source>the template to start from</source>
        <translation>the template to start from</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/new.py" line="23"/>
        <source>language of the template texts (default: the language of the messages)</source>
        <translation>language of the template texts (default: the language of the messages)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/new.py" line="26"/>
        <source>the file to create</source>
        <translation>the file to create</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/new.py" line="28"/>
        <source>overwrite the file if it exists</source>
        <translation>overwrite the file if it exists</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/new.py" line="40"/>
        <source>{file} already exists; add --force to overwrite it</source>
        <translation>{file} already exists; add --force to overwrite it</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/new.py" line="48"/>
        <source>Created {file} from the template “{template}”.</source>
        <translation>Created {file} from the template “{template}”.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/info.py" line="66"/>
        <source>summarise a file</source>
        <translation>summarise a file</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/info.py" line="67"/>
        <source>Show the journeys, personas and cards of a file.</source>
        <translation>Show the journeys, personas and cards of a file.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/common.py" line="124"/>
        <source>the klantreis file</source>
        <translation>the klantreis file</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/info.py" line="70"/>
        <source>print every element as JSON</source>
        <translation>print every element as JSON</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/info.py" line="172"/>
        <source>nothing yet</source>
        <translation>nothing yet</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/info.py" line="181"/>
        <source>Title: {title}</source>
        <translation>Title: {title}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/info.py" line="182"/>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/info.py" line="183"/>
        <source>File: {file} (format version {version})</source>
        <translation>File: {file} (format version {version})</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/info.py" line="185"/>
        <source>In total: {counts}</source>
        <translation>In total: {counts}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/info.py" line="190"/>
        <source>Journey {number}: {title} ({scenario})</source>
        <translation>Journey {number}: {title} ({scenario})</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/info.py" line="193"/>
        <source>Personas: {names}</source>
        <translation>Personas: {names}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/info.py" line="195"/>
        <source>Phases: {names}</source>
        <translation>Phases: {names}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/info.py" line="197"/>
        <source>Lanes: {names}</source>
        <translation>Lanes: {names}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/info.py" line="199"/>
        <source>Contents: {counts}</source>
        <translation>Contents: {counts}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/validate.py" line="20"/>
        <source>check that a file is sound</source>
        <translation>check that a file is sound</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/validate.py" line="21"/>
        <source>Check a file; exit code 0 when it is valid, 1 when not.</source>
        <translation>Check a file; exit code 0 when it is valid, 1 when not.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/validate.py" line="34"/>
        <source>{problem} (and {count} more problems)</source>
        <translation>{problem} (and {count} more problems)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/validate.py" line="39"/>
        <source>{file}: valid (format version {version})</source>
        <translation>{file}: valid (format version {version})</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/upgrade.py" line="25"/>
        <source>bring a file to the current format version</source>
        <translation>bring a file to the current format version</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/upgrade.py" line="26"/>
        <source>Rewrite a file in the current format version, in place.</source>
        <translation>Rewrite a file in the current format version, in place.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/upgrade.py" line="30"/>
        <source>rewrite a file that is already current, too</source>
        <translation>rewrite a file that is already current, too</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/upgrade.py" line="43"/>
        <source>{file}: already at format version {version}; left as it is (--force rewrites it)</source>
        <translation>{file}: already at format version {version}; left as it is (--force rewrites it)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/upgrade.py" line="47"/>
        <source>{file}: made by a newer version (format {version}); not rewritten</source>
        <translation>{file}: made by a newer version (format {version}); not rewritten</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/upgrade.py" line="50"/>
        <source>{file}: rewritten at format version {version}</source>
        <translation>{file}: rewritten at format version {version}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/upgrade.py" line="53"/>
        <source>{file}: format version {old} → {new}</source>
        <translation>{file}: format version {old} → {new}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="45"/>
        <source>the klantreis file to export</source>
        <translation>the klantreis file to export</translation>
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
        <translation>OUT</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="47"/>
        <source>the PDF file to write</source>
        <translation>the PDF file to write</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="64"/>
        <source>page orientation (default: auto, whichever fits best)</source>
        <translation>page orientation (default: auto, whichever fits best)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="66"/>
        <source>print the poster on A4 or A3 sheets to glue together</source>
        <translation>print the poster on A4 or A3 sheets to glue together</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="67"/>
        <source>MM</source>
        <translation>MM</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="68"/>
        <source>overlap between tiled sheets in mm (default: 10)</source>
        <translation>overlap between tiled sheets in mm (default: 10)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="69"/>
        <source>ID|TITLE|all</source>
        <translation>ID|TITLE|all</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="70"/>
        <source>export only this journey (default: all)</source>
        <translation>export only this journey (default: all)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="80"/>
        <source>grey tones only, for black-and-white printers</source>
        <translation>grey tones only, for black-and-white printers</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="82"/>
        <source>add a page per persona with its empathy map</source>
        <translation>add a page per persona with its empathy map</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="114"/>
        <source>No journey “{name}” in this file; choose from: {names}</source>
        <translation>No journey “{name}” in this file; choose from: {names}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="161"/>
        <source>{file}: {pages} pages, {size} kB</source>
        <translation>{file}: {pages} pages, {size} kB</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="111"/>
        <source>Several journeys are called “{name}”; give the id instead: {ids}</source>
        <translation>Several journeys are called “{name}”; give the id instead: {ids}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="160"/>
        <source>{file}: 1 page, {size} kB</source>
        <translation>{file}: 1 page, {size} kB</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="41"/>
        <source>export journeys as a PDF poster, PNG or SVG</source>
        <translation>export journeys as a PDF poster, PNG or SVG</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="42"/>
        <source>Export the journeys of a klantreis file as a vector PDF poster (on one page or tiled onto A4/A3 sheets), or as PNG/SVG images for slides and mail (one file per journey).</source>
        <translation>Export the journeys of a klantreis file as a vector PDF poster (on one page or tiled onto A4/A3 sheets), or as PNG/SVG images for slides and mail (one file per journey).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="49"/>
        <source>the PNG image to write</source>
        <translation>the PNG image to write</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="50"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="55"/>
        <source>the SVG image to write</source>
        <translation>the SVG image to write</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="57"/>
        <source>PNG/SVG: a transparent instead of a white background</source>
        <translation>PNG/SVG: a transparent instead of a white background</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="193"/>
        <location filename="../klantreis_desktop/cli/export.py" line="225"/>
        <source>The document has no journeys to export.</source>
        <translation>The document has no journeys to export.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="207"/>
        <source>{file}: {width} × {height} px, {size} kB</source>
        <translation>{file}: {width} × {height} px, {size} kB</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="84"/>
        <source>add an analysis page after each journey&apos;s poster</source>
        <translation>add an analysis page after each journey&apos;s poster</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/install_desktop.py" line="112"/>
        <source>add Klantreis to the desktop menu and open .klantreis files with it (Linux)</source>
        <translation>add Klantreis to the desktop menu and open .klantreis files with it (Linux)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/install_desktop.py" line="114"/>
        <source>Installs the menu entry, the .klantreis file type and the icons for the current user, for this installation of Klantreis.</source>
        <translation>Installs the menu entry, the .klantreis file type and the icons for the current user, for this installation of Klantreis.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/install_desktop.py" line="118"/>
        <source>remove them again</source>
        <translation>remove them again</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/install_desktop.py" line="127"/>
        <source>Removed {count} files from {folder}.</source>
        <translation>Removed {count} files from {folder}.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/install_desktop.py" line="131"/>
        <source>Installed the menu entry, the file type and {count} icons in {folder}.</source>
        <translation>Installed the menu entry, the file type and {count} icons in {folder}.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/install_desktop.py" line="136"/>
        <source>install-desktop failed: {reason}</source>
        <translation>install-desktop failed: {reason}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="59"/>
        <source>paper size (default: auto, the smallest ISO sheet on which card text is at least 14 pt), or a custom size like 1000x700mm</source>
        <translation>paper size (default: auto, the smallest ISO sheet on which card text is at least 14 pt), or a custom size like 1000x700mm</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="71"/>
        <location filename="../klantreis_desktop/cli/export.py" line="76"/>
        <source>NAMES</source>
        <translation>NAMES</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="73"/>
        <source>RANGE|NAMES</source>
        <translation>RANGE|NAMES</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="72"/>
        <source>only these lanes (names or ids, separated by commas)</source>
        <translation>only these lanes (names or ids, separated by commas)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="74"/>
        <source>only these phases, as numbers (2-4) or names separated by commas</source>
        <translation>only these phases, as numbers (2-4) or names separated by commas</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="77"/>
        <source>only the emotion curves and profiles of these personas (names or ids, separated by commas)</source>
        <translation>only the emotion curves and profiles of these personas (names or ids, separated by commas)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="89"/>
        <source>content</source>
        <translation>content</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="131"/>
        <source>Say what to write: --pdf OUT, --png OUT, --svg OUT, --csv OUT, --xlsx OUT, --mermaid OUT, --markdown OUT and/or --opportunities OUT.</source>
        <translation>Say what to write: --pdf OUT, --png OUT, --svg OUT, --csv OUT, --xlsx OUT, --mermaid OUT, --markdown OUT and/or --opportunities OUT.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="91"/>
        <source>the cards as a CSV sheet (one row per card)</source>
        <translation>the cards as a CSV sheet (one row per card)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="93"/>
        <source>the cards as an Excel workbook</source>
        <translation>the cards as an Excel workbook</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="95"/>
        <source>a Mermaid journey diagram (one file per journey)</source>
        <translation>a Mermaid journey diagram (one file per journey)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="97"/>
        <source>a Markdown summary to paste into a report</source>
        <translation>a Markdown summary to paste into a report</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="99"/>
        <source>the opportunities, ranked, as CSV for a backlog tool</source>
        <translation>the opportunities, ranked, as CSV for a backlog tool</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="242"/>
        <source>{file}: {size} kB</source>
        <translation>{file}: {size} kB</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_content.py" line="28"/>
        <source>add cards from a CSV/XLSX sheet or a Mermaid diagram</source>
        <translation>add cards from a CSV/XLSX sheet or a Mermaid diagram</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_content.py" line="29"/>
        <source>Add the cards of a content sheet (as exported with --csv or --xlsx) or a Mermaid journey diagram to a klantreis file.</source>
        <translation>Add the cards of a content sheet (as exported with --csv or --xlsx) or a Mermaid journey diagram to a klantreis file.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_content.py" line="31"/>
        <source>SHEET</source>
        <translation>SHEET</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_content.py" line="32"/>
        <source>the sheet (.csv, .xlsx) or diagram (.mmd)</source>
        <translation>the sheet (.csv, .xlsx) or diagram (.mmd)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_content.py" line="34"/>
        <source>the klantreis file (created when missing)</source>
        <translation>the klantreis file (created when missing)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_content.py" line="35"/>
        <location filename="../klantreis_desktop/cli/import_metrics.py" line="40"/>
        <location filename="../klantreis_desktop/cli/import_survey.py" line="41"/>
        <source>ID|TITLE</source>
        <translation>ID|TITLE</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_content.py" line="36"/>
        <source>put every card into this journey instead of the sheet&apos;s journey column</source>
        <translation>put every card into this journey instead of the sheet&apos;s journey column</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_content.py" line="38"/>
        <location filename="../klantreis_desktop/cli/import_metrics.py" line="62"/>
        <location filename="../klantreis_desktop/cli/import_survey.py" line="45"/>
        <location filename="../klantreis_desktop/cli/import_survey.py" line="61"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_content.py" line="39"/>
        <location filename="../klantreis_desktop/cli/import_metrics.py" line="63"/>
        <location filename="../klantreis_desktop/cli/import_survey.py" line="62"/>
        <source>the workbook&apos;s sheet (default: the first)</source>
        <translation>the workbook&apos;s sheet (default: the first)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_content.py" line="40"/>
        <location filename="../klantreis_desktop/cli/import_metrics.py" line="64"/>
        <location filename="../klantreis_desktop/cli/import_survey.py" line="63"/>
        <source>print the result as JSON</source>
        <translation>print the result as JSON</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_metrics.py" line="34"/>
        <source>put figures from a CSV/XLSX table on touchpoints and phases</source>
        <translation>put figures from a CSV/XLSX table on touchpoints and phases</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_metrics.py" line="35"/>
        <source>Import a metrics table (one row per touchpoint or phase, one column per metric) into a journey of a klantreis file.</source>
        <translation>Import a metrics table (one row per touchpoint or phase, one column per metric) into a journey of a klantreis file.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_metrics.py" line="37"/>
        <source>TABLE</source>
        <translation>TABLE</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_metrics.py" line="37"/>
        <source>the table (.csv or .xlsx)</source>
        <translation>the table (.csv or .xlsx)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_metrics.py" line="41"/>
        <location filename="../klantreis_desktop/cli/import_survey.py" line="42"/>
        <source>the journey (default: the only one with touchpoints)</source>
        <translation>the journey (default: the only one with touchpoints)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_metrics.py" line="42"/>
        <location filename="../klantreis_desktop/cli/import_metrics.py" line="55"/>
        <location filename="../klantreis_desktop/cli/import_survey.py" line="43"/>
        <location filename="../klantreis_desktop/cli/import_survey.py" line="47"/>
        <location filename="../klantreis_desktop/cli/import_survey.py" line="49"/>
        <source>COLUMN</source>
        <translation>COLUMN</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_metrics.py" line="43"/>
        <source>the column with the touchpoint or phase title or id</source>
        <translation>the column with the touchpoint or phase title or id</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_metrics.py" line="45"/>
        <source>COLUMN=NAME[:UNIT][:lower]</source>
        <translation>COLUMN=NAME[:UNIT][:lower]</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_metrics.py" line="46"/>
        <source>a column of figures and its metric (nps, csat, ces, volume, drop_off, conversion, waiting_time or any name); &apos;:lower&apos; when lower is better; may be repeated</source>
        <translation>a column of figures and its metric (nps, csat, ces, volume, drop_off, conversion, waiting_time or any name); &apos;:lower&apos; when lower is better; may be repeated</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_metrics.py" line="50"/>
        <source>match rows to touchpoints, phases or both (default)</source>
        <translation>match rows to touchpoints, phases or both (default)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_metrics.py" line="51"/>
        <source>a phase column that tells equal titles apart</source>
        <translation>a phase column that tells equal titles apart</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_metrics.py" line="52"/>
        <source>a segment column</source>
        <translation>a segment column</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_metrics.py" line="52"/>
        <source>a date column</source>
        <translation>a date column</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_metrics.py" line="53"/>
        <source>a column naming each figure&apos;s source</source>
        <translation>a column naming each figure&apos;s source</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_metrics.py" line="56"/>
        <location filename="../klantreis_desktop/cli/import_survey.py" line="57"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_metrics.py" line="57"/>
        <source>where the figures come from (default: the table&apos;s name)</source>
        <translation>where the figures come from (default: the table&apos;s name)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_metrics.py" line="59"/>
        <source>the figures are estimates, not measurements</source>
        <translation>the figures are estimates, not measurements</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_metrics.py" line="61"/>
        <source>import the rows that match and list the others</source>
        <translation>import the rows that match and list the others</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_metrics.py" line="91"/>
        <source>Which column names the touchpoints and which hold figures? Give --key and --metric (the header was not recognised).</source>
        <translation>Which column names the touchpoints and which hold figures? Give --key and --metric (the header was not recognised).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_metrics.py" line="123"/>
        <source>not imported: {line}</source>
        <translation>not imported: {line}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_metrics.py" line="131"/>
        <source>Imported {count} figures ({metrics}) onto {nodes} touchpoints and phases of “{journey}” in {file}.</source>
        <translation>Imported {count} figures ({metrics}) onto {nodes} touchpoints and phases of “{journey}” in {file}.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_metrics.py" line="76"/>
        <source>--metric needs COLUMN=NAME, not “{text}”.</source>
        <translation>--metric needs COLUMN=NAME, not “{text}”.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_survey.py" line="28"/>
        <source>a scale like 1-10 or -2..2</source>
        <translation>a scale like 1-10 or -2..2</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_survey.py" line="34"/>
        <source>turn survey scores into a measured emotion curve</source>
        <translation>turn survey scores into a measured emotion curve</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_survey.py" line="35"/>
        <source>Import a survey (a column per touchpoint, or a touchpoint and a score column) as measured scores per persona or segment, and list the assumptions they contradict.</source>
        <translation>Import a survey (a column per touchpoint, or a touchpoint and a score column) as measured scores per persona or segment, and list the assumptions they contradict.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_survey.py" line="38"/>
        <source>SURVEY</source>
        <translation>SURVEY</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_survey.py" line="38"/>
        <source>the survey (.csv or .xlsx)</source>
        <translation>the survey (.csv or .xlsx)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_survey.py" line="44"/>
        <source>a column with each answer&apos;s persona or segment</source>
        <translation>a column with each answer&apos;s persona or segment</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_survey.py" line="46"/>
        <source>the persona of answers without a segment</source>
        <translation>the persona of answers without a segment</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_survey.py" line="48"/>
        <source>long form: the column naming the touchpoint</source>
        <translation>long form: the column naming the touchpoint</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_survey.py" line="50"/>
        <source>long form: the column with the score</source>
        <translation>long form: the column with the score</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_survey.py" line="51"/>
        <source>LOW-HIGH</source>
        <translation>LOW-HIGH</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_survey.py" line="52"/>
        <source>the survey&apos;s scale (default: detected)</source>
        <translation>the survey&apos;s scale (default: detected)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_survey.py" line="53"/>
        <source>POINTS</source>
        <translation>POINTS</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_survey.py" line="58"/>
        <source>where the answers come from (default: the file&apos;s name)</source>
        <translation>where the answers come from (default: the file&apos;s name)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_survey.py" line="59"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_survey.py" line="60"/>
        <source>when the survey was held</source>
        <translation>when the survey was held</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_survey.py" line="74"/>
        <source>Give --touchpoint and --score together.</source>
        <translation>Give --touchpoint and --score together.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_survey.py" line="100"/>
        <source>Imported {answers} answers (scale {low}…{high}) as measured scores in {file}.</source>
        <translation>Imported {answers} answers (scale {low}…{high}) as measured scores in {file}.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_survey.py" line="78"/>
        <source>“{text}” is not a date.</source>
        <translation>“{text}” is not a date.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/measured_files.py" line="50"/>
        <source>No journey “{name}” in this file.</source>
        <translation>No journey “{name}” in this file.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/measured_files.py" line="53"/>
        <source>Say which journey with --journey (the file has {count} journeys with touchpoints).</source>
        <translation>Say which journey with --journey (the file has {count} journeys with touchpoints).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/measured_files.py" line="48"/>
        <source>Several journeys are called “{name}”; give the id instead.</source>
        <translation>Several journeys are called “{name}”; give the id instead.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_content.py" line="87"/>
        <source>Arrows that the sheet no longer lists, removed: {count}.</source>
        <translation>Arrows that the sheet no longer lists, removed: {count}.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="87"/>
        <source>check against an event log (PDF, PNG, SVG)</source>
        <translation>check against an event log (PDF, PNG, SVG)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="134"/>
        <source>--against draws the check on the poster: add --pdf OUT, --png OUT or --svg OUT.</source>
        <translation>--against draws the check on the poster: add --pdf OUT, --png OUT or --svg OUT.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_survey.py" line="54"/>
        <source>flag assumptions that differ more than this, and keep it as the journey&apos;s setting (default: the journey&apos;s own, 1 point unless changed)</source>
        <translation>flag assumptions that differ more than this, and keep it as the journey&apos;s setting (default: the journey&apos;s own, 1 point unless changed)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_content.py" line="90"/>
        <source>Nothing changed: {file} already holds what the sheet says.</source>
        <translation>Nothing changed: {file} already holds what the sheet says.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_content.py" line="93"/>
        <source>{updated} updated and {added} added in {file}.</source>
        <translation>{updated} updated and {added} added in {file}.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_content.py" line="99"/>
        <source>Added {cards} to {file}.</source>
        <translation>Added {cards} to {file}.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_metrics.py" line="146"/>
        <source>The columns {names} hold no figures and were left out.</source>
        <translation>The columns {names} hold no figures and were left out.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_metrics.py" line="144"/>
        <source>The column {names} holds no figures and was left out.</source>
        <translation>The column {names} holds no figures and was left out.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/export.py" line="51"/>
        <source>PNG resolution in dots per inch (default: 150). With a chosen --paper the PNG is that whole sheet at this resolution; with auto, 96 is the size on screen</source>
        <translation>PNG resolution in dots per inch (default: 150). With a chosen --paper the PNG is that whole sheet at this resolution; with auto, 96 is the size on screen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/cli/import_content.py" line="97"/>
        <source>No card changed in {file}.</source>
        <translation>No card changed in {file}.</translation>
    </message>
</context>
<context>
    <name>Clipboard</name>
    <message>
        <location filename="../klantreis_desktop/model/clipboard.py" line="34"/>
        <source>The clipboard does not hold klantreis cards.</source>
        <extracomment>Largest clipboard text and card count accepted (a whole poster is a few hundred cards).</extracomment>
        <translation>The clipboard does not hold klantreis cards.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/clipboard.py" line="151"/>
        <location filename="../klantreis_desktop/model/clipboard.py" line="179"/>
        <source>Paste</source>
        <translation>Paste</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/clipboard.py" line="98"/>
        <source>The clipboard holds too much data to paste.</source>
        <translation>The clipboard holds too much data to paste.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/clipboard.py" line="113"/>
        <source>These cards were copied from a newer version of the program.</source>
        <translation>These cards were copied from a newer version of the program.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/clipboard.py" line="153"/>
        <source>Add a phase and a lane before pasting cards.</source>
        <translation>Add a phase and a lane before pasting cards.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/clipboard.py" line="208"/>
        <source>Paste into a cell of this journey.</source>
        <translation>Paste into a cell of this journey.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/clipboard.py" line="119"/>
        <source>At most {count} cards can be pasted at once.</source>
        <translation>At most {count} cards can be pasted at once.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/clipboard.py" line="145"/>
        <source>The journey {id} does not exist.</source>
        <translation>The journey {id} does not exist.</translation>
    </message>
</context>
<context>
    <name>ColourButton</name>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/field_editors.py" line="77"/>
        <source>Default</source>
        <extracomment>Text attributes edited in a multi-line box although their limit is short. Text attributes that hold a ``#rrggbb`` colour.</extracomment>
        <translation>Default</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/field_editors.py" line="78"/>
        <source>Back to the usual colour</source>
        <translation>Back to the usual colour</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/field_editors.py" line="97"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/field_editors.py" line="98"/>
        <source>The usual colour; click to choose another</source>
        <translation>The usual colour; click to choose another</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/field_editors.py" line="102"/>
        <source>Choose a colour</source>
        <translation>Choose a colour</translation>
    </message>
</context>
<context>
    <name>Conformance</name>
    <message>
        <location filename="../klantreis_desktop/analysis/conformance.py" line="50"/>
        <source>repeat a touchpoint (twice or more in a row)</source>
        <extracomment>Why a customer&apos;s walk does not fit (what ``fitting`` requires, broken down): a step repeated in a row, dropping out before a designed end, an event the map lacks, a first step that is no designed start, a shortcut, a way back, a route the map lacks, or no event that is a touchpoint of the map at all. What each reason means, in the words the findings use (translated where they are shown: the interface&apos;s language, or a poster&apos;s own).</extracomment>
        <translation>repeat a touchpoint (twice or more in a row)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/conformance.py" line="51"/>
        <source>drop out before an end of the map</source>
        <translation>drop out before an end of the map</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/conformance.py" line="52"/>
        <source>take a step the map lacks</source>
        <translation>take a step the map lacks</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/conformance.py" line="53"/>
        <source>start elsewhere than at a start of the map</source>
        <translation>start elsewhere than at a start of the map</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/conformance.py" line="55"/>
        <source>take a shortcut</source>
        <translation>take a shortcut</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/conformance.py" line="56"/>
        <source>go back to an earlier touchpoint</source>
        <translation>go back to an earlier touchpoint</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/conformance.py" line="57"/>
        <source>take a route the map lacks</source>
        <translation>take a route the map lacks</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/analysis/conformance.py" line="58"/>
        <source>do no touchpoint of the map</source>
        <translation>do no touchpoint of the map</translation>
    </message>
</context>
<context>
    <name>ConformanceDialog</name>
    <message>
        <location filename="../klantreis_desktop/ui/importing/conformance_dialog.py" line="132"/>
        <location filename="../klantreis_desktop/ui/importing/conformance_dialog.py" line="201"/>
        <source>Check against event log</source>
        <translation>Check against event log</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/conformance_dialog.py" line="137"/>
        <source>An event log (CSV, Parquet) or a path table</source>
        <translation>An event log (CSV, Parquet) or a path table</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/conformance_dialog.py" line="147"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/conformance_dialog.py" line="443"/>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/conformance_dialog.py" line="202"/>
        <source>Event logs and path tables (*.csv *.txt *.parquet);;All files (*)</source>
        <translation>Event logs and path tables (*.csv *.txt *.parquet);;All files (*)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/conformance_dialog.py" line="183"/>
        <source>Steps of the log that match no touchpoint by title; choose one where it is the same step:</source>
        <translation>Steps of the log that match no touchpoint by title; choose one where it is the same step:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/conformance_dialog.py" line="375"/>
        <source>(a step the map lacks)</source>
        <translation>(a step the map lacks)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/conformance_dialog.py" line="415"/>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/conformance_dialog.py" line="419"/>
        <source>The check failed.</source>
        <translation>The check failed.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/conformance_dialog.py" line="433"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/conformance_dialog.py" line="258"/>
        <source>Reading {file}…</source>
        <translation>Reading {file}…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/conformance_dialog.py" line="383"/>
        <source>Every step of the log is a touchpoint of the map.</source>
        <translation>Every step of the log is a touchpoint of the map.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/conformance_dialog.py" line="421"/>
        <source>Row {row}: {message}</source>
        <translation>Row {row}: {message}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/conformance_dialog.py" line="64"/>
        <source>{count} customer</source>
        <translation>{count} customer</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/conformance_dialog.py" line="64"/>
        <source>{count} customers</source>
        <translation>{count} customers</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/conformance_dialog.py" line="343"/>
        <source>Replaying {customers} on the journey…</source>
        <translation>Replaying {customers} on the journey…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/conformance_dialog.py" line="355"/>
        <source>{share} of {customers} follow the map; the canvas shows arrow shares and drop-outs.</source>
        <translation>{share} of {customers} follow the map; the canvas shows arrow shares and drop-outs.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/conformance_dialog.py" line="143"/>
        <source>Log and columns</source>
        <translation>Log and columns</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/conformance_dialog.py" line="144"/>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/conformance_dialog.py" line="149"/>
        <location filename="../klantreis_desktop/ui/importing/conformance_dialog.py" line="444"/>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/conformance_dialog.py" line="173"/>
        <source>Segment:</source>
        <translation>Segment:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/conformance_dialog.py" line="273"/>
        <source>All customers</source>
        <translation>All customers</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/conformance_dialog.py" line="236"/>
        <source>Choose a log first.</source>
        <translation>Choose a log first.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/conformance_dialog.py" line="226"/>
        <source>{file}: its columns are known by name; press Check.</source>
        <translation>{file}: its columns are known by name; press Check.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/conformance_dialog.py" line="267"/>
        <source>The segment column holds {count} different values; the check covers all customers together.</source>
        <translation>The segment column holds {count} different values; the check covers all customers together.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/conformance_dialog.py" line="321"/>
        <source>The check shown on the canvas: {share} of {customers} follow the map.</source>
        <translation>The check shown on the canvas: {share} of {customers} follow the map.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/conformance_dialog.py" line="314"/>
        <source>The map changed since the last check: press Check to check it again.</source>
        <translation>The map changed since the last check: press Check to check it again.</translation>
    </message>
</context>
<context>
    <name>DiskGuard</name>
    <message>
        <location filename="../klantreis_desktop/ui/window/disk_guard.py" line="52"/>
        <source>The file is already open</source>
        <translation>The file is already open</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/disk_guard.py" line="56"/>
        <source>Open it read-only to look without changing the file, or open a copy to work on your own. Open it anyway only if nobody is working on it any more: changes made there could be lost.</source>
        <translation>Open it read-only to look without changing the file, or open a copy to work on your own. Open it anyway only if nobody is working on it any more: changes made there could be lost.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/disk_guard.py" line="72"/>
        <source>The file was changed elsewhere</source>
        <translation>The file was changed elsewhere</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/disk_guard.py" line="78"/>
        <source>Save your version as a copy to keep both, or overwrite the file: the changes made elsewhere would then be lost.</source>
        <translation>Save your version as a copy to keep both, or overwrite the file: the changes made elsewhere would then be lost.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/disk_guard.py" line="61"/>
        <source>Open &amp;Read-Only</source>
        <translation>Open &amp;Read-Only</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/disk_guard.py" line="62"/>
        <source>Open a &amp;Copy</source>
        <translation>Open a &amp;Copy</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/disk_guard.py" line="63"/>
        <source>Open &amp;Anyway</source>
        <translation>Open &amp;Anyway</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/disk_guard.py" line="82"/>
        <source>Save as a &amp;Copy…</source>
        <translation>Save as a &amp;Copy…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/disk_guard.py" line="83"/>
        <source>&amp;Overwrite</source>
        <translation>&amp;Overwrite</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/disk_guard.py" line="84"/>
        <source>Show the &amp;Version on Disk</source>
        <translation>Show the &amp;Version on Disk</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/disk_guard.py" line="121"/>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/disk_guard.py" line="125"/>
        <source>Show the Version on Disk</source>
        <translation>Show the Version on Disk</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/disk_guard.py" line="129"/>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/disk_guard.py" line="73"/>
        <source>“%1” was changed on disk after you opened or last saved it, by another window, another computer or another program.</source>
        <translation>“%1” was changed on disk after you opened or last saved it, by another window, another computer or another program.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/disk_guard.py" line="136"/>
        <source>“%1” was changed on disk by someone else. Reload it to see their version.</source>
        <translation>“%1” was changed on disk by someone else. Reload it to see their version.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/disk_guard.py" line="143"/>
        <source>“%1” was changed on disk by someone else, and you have unsaved changes here. Saving will ask whether to keep both.</source>
        <translation>“%1” was changed on disk by someone else, and you have unsaved changes here. Saving will ask whether to keep both.</translation>
    </message>
</context>
<context>
    <name>DocumentTabs</name>
    <message>
        <location filename="../klantreis_desktop/ui/window/document_tabs.py" line="135"/>
        <location filename="../klantreis_desktop/ui/window/document_tabs.py" line="149"/>
        <source>Add a journey</source>
        <extracomment>The smallest zoom a canvas opens with when it is fitted to the window: below it the whole map would be too small to read, so it shows every phase (the width) and scrolls. The largest: a small or blank map fitted to a big screen came up at 314 %, its card text 40 pt high (review s7); it opens at this zoom, centred, and the person zooms on. The current canvas chose another persona for new emotion points (or the tab changed). One tab page per journey; it holds the journey&apos;s view once that is made. The canvases made so far (the current journey&apos;s always is). Journeys whose canvas got its first zoom and scroll position (on first display). Journeys shown fitted to the window until the person zooms, scrolls or clicks. The first fit comes before the window has its final size (the window manager maximises it a moment later), so every resize fits again until then.</extracomment>
        <translation>Add a journey</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/document_tabs.py" line="146"/>
        <source>This document has no journey yet.</source>
        <translation>This document has no journey yet.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/document_tabs.py" line="391"/>
        <location filename="../klantreis_desktop/ui/window/document_tabs.py" line="403"/>
        <source>Not possible</source>
        <translation>Not possible</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/document_tabs.py" line="419"/>
        <source>Rename journey</source>
        <translation>Rename journey</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/document_tabs.py" line="437"/>
        <location filename="../klantreis_desktop/ui/window/document_tabs.py" line="442"/>
        <source>Delete journey</source>
        <translation>Delete journey</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/document_tabs.py" line="438"/>
        <source>Delete the journey “%1” with all its phases, lanes and cards?
You can undo this with Undo.</source>
        <translation>Delete the journey “%1” with all its phases, lanes and cards?
You can undo this with Undo.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/document_tabs.py" line="458"/>
        <source>Reorder journeys</source>
        <translation>Reorder journeys</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/document_tabs.py" line="505"/>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/document_tabs.py" line="506"/>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/document_tabs.py" line="507"/>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/document_tabs.py" line="513"/>
        <source>Empty journey</source>
        <translation>Empty journey</translation>
    </message>
</context>
<context>
    <name>EmpathyScreen</name>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/empathy.py" line="39"/>
        <source>Empathy map: {name}</source>
        <extracomment>Says/thinks over does/feels, pains and gains below: the workshop poster&apos;s order.</extracomment>
        <translation>Empathy map: {name}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/empathy.py" line="42"/>
        <source>Empathy map — {name}</source>
        <translation>Empathy map — {name}</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../klantreis_desktop/export/pdf_fonts.py" line="93"/>
        <source>The font {name} could not be loaded; the installation may be damaged.</source>
        <extracomment>Every font file the app ships: (font, files, licence, licence text file), for the About dialog&apos;s licence text and resources/fonts/README.md. Where a line may break: ordinary spaces only (not no-break spaces, U+00A0/U+202F/U+2007). Faces read when first drawn or measured, not up front: most posters use no oblique text (only persona quotes, phase durations and the analysis page do), and ReportLab reads a TrueType file in pure Python (~15 ms each).</extracomment>
        <translation>The font {name} could not be loaded; the installation may be damaged.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_options.py" line="129"/>
        <source>The overlap must lie between 0 and 50 mm.</source>
        <translation>The overlap must lie between 0 and 50 mm.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_options.py" line="131"/>
        <source>The margin must lie between 0 and 100 mm.</source>
        <translation>The margin must lie between 0 and 100 mm.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_options.py" line="100"/>
        <source>Unknown paper size “{paper}”. Use A4, A3, A2, A1, A0 or a custom size like 1000x700mm.</source>
        <translation>Unknown paper size “{paper}”. Use A4, A3, A2, A1, A0 or a custom size like 1000x700mm.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_options.py" line="110"/>
        <source>The paper is {width:.0f} × {height:.0f} mm; PDF pages can be at most 5080 mm on each side. Choose a smaller size or tile the poster.</source>
        <translation>The paper is {width:.0f} × {height:.0f} mm; PDF pages can be at most 5080 mm on each side. Choose a smaller size or tile the poster.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_options.py" line="114"/>
        <source>The paper is {width:.0f} × {height:.0f} mm; each side must be at least 50 mm.</source>
        <translation>The paper is {width:.0f} × {height:.0f} mm; each side must be at least 50 mm.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_options.py" line="123"/>
        <source>Unknown orientation “{value}”: use auto, portrait or landscape.</source>
        <translation>Unknown orientation “{value}”: use auto, portrait or landscape.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_options.py" line="126"/>
        <source>Tiles can be printed on A4 or A3, not on “{value}”.</source>
        <translation>Tiles can be printed on A4 or A3, not on “{value}”.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="501"/>
        <location filename="../klantreis_desktop/export/pdf_poster.py" line="364"/>
        <source>Untitled journey</source>
        <translation>Untitled journey</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_text.py" line="260"/>
        <location filename="../klantreis_desktop/export/pdf_band.py" line="47"/>
        <source>Touchpoint</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_band.py" line="47"/>
        <source>Pain point</source>
        <translation>Pain point</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_band.py" line="48"/>
        <source>Opportunity</source>
        <translation>Opportunity</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_band.py" line="48"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_band.py" line="49"/>
        <source>Goal / KPI</source>
        <translation>Goal / KPI</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf.py" line="78"/>
        <location filename="../klantreis_desktop/export/pdf_poster.py" line="368"/>
        <source>Ideal situation</source>
        <translation>Ideal situation</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf.py" line="79"/>
        <location filename="../klantreis_desktop/export/pdf_poster.py" line="369"/>
        <source>Current situation</source>
        <translation>Current situation</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_band.py" line="235"/>
        <source>Legend</source>
        <translation>Legend</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_poster.py" line="382"/>
        <source>Date: {date}</source>
        <translation>Date: {date}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_text.py" line="260"/>
        <location filename="../klantreis_desktop/export/pdf_band.py" line="269"/>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_band.py" line="278"/>
        <source>Emotion</source>
        <translation>Emotion</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_band.py" line="281"/>
        <source>Scale {low} (very negative) to {high} (very positive)</source>
        <translation>Scale {low} (very negative) to {high} (very positive)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_poster.py" line="374"/>
        <source>Personas: {names}</source>
        <translation>Personas: {names}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_poster.py" line="376"/>
        <source>Time span: {span}</source>
        <translation>Time span: {span}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="459"/>
        <location filename="../klantreis_desktop/export/pdf_poster.py" line="379"/>
        <source>End goal: {goal}</source>
        <translation>End goal: {goal}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_poster.py" line="391"/>
        <source>File: {name}</source>
        <translation>File: {name}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_poster.py" line="385"/>
        <source>Version: {version}</source>
        <translation>Version: {version}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_band.py" line="207"/>
        <location filename="../klantreis_desktop/export/pdf_persona.py" line="50"/>
        <source>{age} years</source>
        <translation>{age} years</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_band.py" line="222"/>
        <source>Goals: {goals}</source>
        <translation>Goals: {goals}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf.py" line="74"/>
        <source>Customer journey map</source>
        <translation>Customer journey map</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf.py" line="75"/>
        <source>customer journey</source>
        <translation>customer journey</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_plan.py" line="123"/>
        <source>The document has no journeys to export.</source>
        <translation>The document has no journeys to export.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/files.py" line="113"/>
        <source>The folder “{folder}” does not exist.</source>
        <translation>The folder “{folder}” does not exist.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/files.py" line="116"/>
        <source>“{path}” is a folder, not a file name.</source>
        <translation>“{path}” is a folder, not a file name.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_plan.py" line="130"/>
        <location filename="../klantreis_desktop/ui/exporting/export_image.py" line="88"/>
        <source>The journey “{id}” does not exist in this document.</source>
        <translation>The journey “{id}” does not exist in this document.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_persona.py" line="87"/>
        <source>Pains</source>
        <translation>Pains</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_persona.py" line="89"/>
        <source>Gains</source>
        <translation>Gains</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="352"/>
        <location filename="../klantreis_desktop/export/pdf_persona.py" line="44"/>
        <source>Unnamed persona</source>
        <translation>Unnamed persona</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_persona.py" line="61"/>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_persona.py" line="61"/>
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_persona.py" line="62"/>
        <source>Frustrations</source>
        <translation>Frustrations</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_persona.py" line="63"/>
        <source>Preferred channels</source>
        <translation>Preferred channels</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_persona.py" line="73"/>
        <source>Empathy map</source>
        <translation>Empathy map</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_persona.py" line="78"/>
        <source>Says</source>
        <translation>Says</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_persona.py" line="78"/>
        <source>Thinks</source>
        <translation>Thinks</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_persona.py" line="79"/>
        <source>Does</source>
        <translation>Does</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_persona.py" line="79"/>
        <source>Feels</source>
        <translation>Feels</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_tiling.py" line="168"/>
        <source>Print at 100 % (actual size)</source>
        <translation>Print at 100 % (actual size)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_band.py" line="247"/>
        <source>Marks on cards</source>
        <translation>Marks on cards</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_band.py" line="87"/>
        <source>Moment of truth</source>
        <translation>Moment of truth</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_band.py" line="87"/>
        <source>Assumed, not observed</source>
        <translation>Assumed, not observed</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_text.py" line="273"/>
        <location filename="../klantreis_desktop/export/pdf_band.py" line="88"/>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_band.py" line="88"/>
        <source>Impact, effort (0–5)</source>
        <translation>Impact, effort (0–5)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/files.py" line="56"/>
        <source>At {dpi} DPI the image would be {width} × {height} pixels, too large to make. Choose {fitting} DPI or less.</source>
        <translation>At {dpi} DPI the image would be {width} × {height} pixels, too large to make. Choose {fitting} DPI or less.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/files.py" line="40"/>
        <source>The resolution must lie between {low} and {high} DPI.</source>
        <translation>The resolution must lie between {low} and {high} DPI.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/files.py" line="120"/>
        <location filename="../klantreis_desktop/export/files.py" line="123"/>
        <source>The file could not be written to “{path}”: {reason}</source>
        <translation>The file could not be written to “{path}”: {reason}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_image.py" line="219"/>
        <source>The image could not be encoded as PNG.</source>
        <translation>The image could not be encoded as PNG.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_image.py" line="180"/>
        <source>There is not enough memory for an image of {width} × {height} pixels.</source>
        <translation>There is not enough memory for an image of {width} × {height} pixels.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="64"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="504"/>
        <source>current situation</source>
        <translation>current situation</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="504"/>
        <source>ideal situation</source>
        <translation>ideal situation</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="60"/>
        <location filename="../klantreis_desktop/export/pdf_conformance.py" line="165"/>
        <location filename="../klantreis_desktop/export/pdf_conformance.py" line="212"/>
        <source>“{text}”</source>
        <translation>“{text}”</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="242"/>
        <source>Quick wins</source>
        <translation>Quick wins</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="242"/>
        <source>Big bets</source>
        <translation>Big bets</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="243"/>
        <source>Fill-ins</source>
        <translation>Fill-ins</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="243"/>
        <source>Money pits</source>
        <translation>Money pits</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="246"/>
        <source>high impact, low effort</source>
        <translation>high impact, low effort</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="247"/>
        <source>high impact, high effort</source>
        <translation>high impact, high effort</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="248"/>
        <source>low impact, low effort</source>
        <translation>low impact, low effort</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="249"/>
        <source>low impact, high effort</source>
        <translation>low impact, high effort</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="344"/>
        <source>Emotions per persona</source>
        <translation>Emotions per persona</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="370"/>
        <source>Channels per phase (number of touchpoints)</source>
        <translation>Channels per phase (number of touchpoints)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="382"/>
        <source>Pain points per phase (most votes, then impact)</source>
        <translation>Pain points per phase (most votes, then impact)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="400"/>
        <source>Opportunities by impact and effort</source>
        <translation>Opportunities by impact and effort</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="443"/>
        <source>Flow</source>
        <translation>Flow</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="500"/>
        <source>Analysis — {title}</source>
        <translation>Analysis — {title}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="322"/>
        <source>short term</source>
        <translation>short term</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="322"/>
        <source>long term</source>
        <translation>long term</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="326"/>
        <source>{votes} votes</source>
        <translation>{votes} votes</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="347"/>
        <source>No persona has emotion scores in this journey yet.</source>
        <translation>No persona has emotion scores in this journey yet.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="375"/>
        <source>No touchpoint uses a channel yet.</source>
        <translation>No touchpoint uses a channel yet.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="398"/>
        <source>No pain points yet.</source>
        <translation>No pain points yet.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="528"/>
        <source>{count} texts did not fit on this page and were shortened (“…”) or left out.</source>
        <translation>{count} texts did not fit on this page and were shortened (“…”) or left out.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="328"/>
        <source>impact {impact}</source>
        <translation>impact {impact}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="356"/>
        <source>No emotion scores yet.</source>
        <translation>No emotion scores yet.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="376"/>
        <source>Phases without touchpoints: {items}</source>
        <translation>Phases without touchpoints: {items}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="379"/>
        <source>Channels used in one phase only: {items}</source>
        <translation>Channels used in one phase only: {items}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="389"/>
        <source>Without phase</source>
        <translation>Without phase</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="445"/>
        <source>The journey has no flow arrows yet.</source>
        <translation>The journey has no flow arrows yet.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="447"/>
        <source>Dead ends: {items}</source>
        <translation>Dead ends: {items}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="449"/>
        <source>Unreachable touchpoints: {items}</source>
        <translation>Unreachable touchpoints: {items}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="452"/>
        <source>{reaching} of {paths} paths reach the end goal (the last phase, {phase}).</source>
        <translation>{reaching} of {paths} paths reach the end goal (the last phase, {phase}).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="365"/>
        <source>Moments of truth: {items}</source>
        <translation>Moments of truth: {items}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="405"/>
        <source>Not rated yet: {items}</source>
        <translation>Not rated yet: {items}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="456"/>
        <source>Paths stop short at: {items}</source>
        <translation>Paths stop short at: {items}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="221"/>
        <source>… {count} more channels did not fit</source>
        <translation>… {count} more channels did not fit</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="359"/>
        <source>Lowest points: {items}</source>
        <translation>Lowest points: {items}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="361"/>
        <source>Largest swings: {items}</source>
        <translation>Largest swings: {items}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="394"/>
        <location filename="../klantreis_desktop/export/pdf_board.py" line="63"/>
        <location filename="../klantreis_desktop/export/pdf_conformance.py" line="218"/>
        <source>… and {count} more</source>
        <translation>… and {count} more</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="362"/>
        <source>{source} → {target} ({change:+d})</source>
        <translation>{source} → {target} ({change:+d})</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf.py" line="169"/>
        <source>Texts on the analysis page of “{title}” that did not fit were shortened with “…” ({count} in all).</source>
        <translation>Texts on the analysis page of “{title}” that did not fit were shortened with “…” ({count} in all).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/files.py" line="99"/>
        <source>the file name or the folder path is too long</source>
        <translation>the file name or the folder path is too long</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf.py" line="89"/>
        <source>“{title}”: “{text}” did not fit its box and ends with “…”.</source>
        <translation>“{title}”: “{text}” did not fit its box and ends with “…”.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf.py" line="95"/>
        <source>“{title}”: “{text}” has characters no font on the poster can draw ({chars}); they are printed as �.</source>
        <translation>“{title}”: “{text}” has characters no font on the poster can draw ({chars}); they are printed as �.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_filters.py" line="98"/>
        <source>No lane “{name}” on this poster; choose from: {names}</source>
        <translation>No lane “{name}” on this poster; choose from: {names}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_filters.py" line="103"/>
        <source>No phase “{name}” on this poster; give names or numbers such as 2-4: {names}</source>
        <translation>No phase “{name}” on this poster; give names or numbers such as 2-4: {names}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_filters.py" line="108"/>
        <source>No persona “{name}” in this document; choose from: {names}</source>
        <translation>No persona “{name}” in this document; choose from: {names}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_plan.py" line="268"/>
        <source>landscape</source>
        <translation>landscape</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_plan.py" line="268"/>
        <source>portrait</source>
        <translation>portrait</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_tiling.py" line="203"/>
        <source>glue here</source>
        <translation>glue here</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_tiling.py" line="94"/>
        <source>row {row} · column {col}</source>
        <translation>row {row} · column {col}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_tiling.py" line="164"/>
        <source>{title} · sheet {number} of {count}</source>
        <translation>{title} · sheet {number} of {count}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_tiling.py" line="236"/>
        <location filename="../klantreis_desktop/ui/exporting/export_preview.py" line="260"/>
        <source>{count} sheets of {sheet} ({cols} columns × {rows} rows) make a poster of {width:.0f} × {height:.0f} cm.</source>
        <translation>{count} sheets of {sheet} ({cols} columns × {rows} rows) make a poster of {width:.0f} × {height:.0f} cm.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_tiling.py" line="240"/>
        <source>Print at 100 % (actual size). Cut off the white margin on the left and top of each sheet along the cut marks and glue it onto its neighbour along the dashed line ({overlap:.0f} mm overlap).</source>
        <translation>Print at 100 % (actual size). Cut off the white margin on the left and top of each sheet along the cut marks and glue it onto its neighbour along the dashed line ({overlap:.0f} mm overlap).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_tiling.py" line="246"/>
        <source>{count} sheets without content are left out (crossed out below).</source>
        <translation>{count} sheets without content are left out (crossed out below).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_sheet.py" line="165"/>
        <source>Cards</source>
        <translation>Cards</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_sheet.py" line="363"/>
        <source>Nothing was imported:</source>
        <translation>Nothing was imported:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_sheet.py" line="365"/>
        <source>The sheet holds no cards.</source>
        <translation>The sheet holds no cards.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_sheet.py" line="375"/>
        <source>Import cards</source>
        <translation>Import cards</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_sheet.py" line="253"/>
        <source>The sheet has no column “{name}”.</source>
        <translation>The sheet has no column “{name}”.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_sheet.py" line="287"/>
        <location filename="../klantreis_desktop/export/content_sheet.py" line="305"/>
        <location filename="../klantreis_desktop/export/content_text.py" line="162"/>
        <location filename="../klantreis_desktop/export/content_text.py" line="260"/>
        <location filename="../klantreis_desktop/export/content_text.py" line="273"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_sheet.py" line="285"/>
        <location filename="../klantreis_desktop/export/content_sheet.py" line="298"/>
        <location filename="../klantreis_desktop/export/content_sheet.py" line="392"/>
        <location filename="../klantreis_desktop/export/content_text.py" line="181"/>
        <source>Journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_sheet.py" line="362"/>
        <source>… and {count} more.</source>
        <translation>… and {count} more.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_sheet.py" line="301"/>
        <source>“{kind}” is no card kind ({kinds}).</source>
        <translation>“{kind}” is no card kind ({kinds}).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_sheet.py" line="309"/>
        <source>“{type}” is no lane type.</source>
        <translation>“{type}” is no lane type.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_sheet.py" line="289"/>
        <location filename="../klantreis_desktop/export/content_sheet.py" line="331"/>
        <location filename="../klantreis_desktop/export/content_sheet.py" line="352"/>
        <source>Row {row}: {problem}</source>
        <translation>Row {row}: {problem}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_text.py" line="198"/>
        <source>Import Mermaid diagram</source>
        <translation>Import Mermaid diagram</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_text.py" line="147"/>
        <source>This is not a Mermaid journey diagram (it must start with “journey”).</source>
        <translation>This is not a Mermaid journey diagram (it must start with “journey”).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_text.py" line="171"/>
        <source>The diagram has no tasks.</source>
        <translation>The diagram has no tasks.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_text.py" line="182"/>
        <location filename="../klantreis_desktop/export/content_text.py" line="259"/>
        <source>Touchpoints</source>
        <translation>Touchpoints</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_text.py" line="183"/>
        <source>Emotions</source>
        <translation>Emotions</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_text.py" line="240"/>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_text.py" line="241"/>
        <source>Time span</source>
        <translation>Time span</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_text.py" line="242"/>
        <source>End goal</source>
        <translation>End goal</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_text.py" line="268"/>
        <source>Pain points</source>
        <translation>Pain points</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_text.py" line="268"/>
        <source>Opportunities</source>
        <translation>Opportunities</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_text.py" line="297"/>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="428"/>
        <source>Check these assumptions</source>
        <translation>Check these assumptions</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_text.py" line="244"/>
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_text.py" line="258"/>
        <location filename="../klantreis_desktop/export/content_text.py" line="261"/>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_text.py" line="273"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_text.py" line="273"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_text.py" line="274"/>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_text.py" line="274"/>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_text.py" line="303"/>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="431"/>
        <source>{title} ({persona}): assumed {assumed}, measured {measured} (n = {n})</source>
        <translation>{title} ({persona}): assumed {assumed}, measured {measured} (n = {n})</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_text.py" line="159"/>
        <source>Line {line}: a score must lie between 1 and 5.</source>
        <translation>Line {line}: a score must lie between 1 and 5.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_text.py" line="168"/>
        <source>Line {line} is not understood: {text}</source>
        <translation>Line {line} is not understood: {text}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_band.py" line="135"/>
        <source>measured</source>
        <translation>measured</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_band.py" line="144"/>
        <source>Check this assumption</source>
        <translation>Check this assumption</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_band.py" line="295"/>
        <source>Measured (survey)</source>
        <translation>Measured (survey)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_band.py" line="135"/>
        <source>{name}, measured</source>
        <translation>{name}, measured</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_sheet.py" line="345"/>
        <source>Row {row}: “{id}” in the next column is no card of the sheet or the journey; that arrow was left out.</source>
        <translation>Row {row}: “{id}” in the next column is no card of the sheet or the journey; that arrow was left out.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_conformance.py" line="245"/>
        <source>Arrows taken (share of the customers who got there):</source>
        <translation>Arrows taken (share of the customers who got there):</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_conformance.py" line="256"/>
        <source>Where customers drop out:</source>
        <translation>Where customers drop out:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_conformance.py" line="262"/>
        <source>Skipped touchpoints:</source>
        <translation>Skipped touchpoints:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_conformance.py" line="277"/>
        <source>Steps the map lacks (events that match no touchpoint):</source>
        <translation>Steps the map lacks (events that match no touchpoint):</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_conformance.py" line="195"/>
        <source>1,000</source>
        <extracomment>The canvas paints the widened arrow in this blue at 35 % over white; paper has no transparency here, so the same mix is drawn opaque under the arrow. The legend&apos;s three rows that explain a check (two marks and the log) are this tall.</extracomment>
        <translation>1,000</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_band.py" line="303"/>
        <location filename="../klantreis_desktop/export/pdf_conformance.py" line="233"/>
        <source>Checked against the event log</source>
        <translation>Checked against the event log</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_conformance.py" line="235"/>
        <source>{source}: {customers}; {fitting} ({share}) follow the map from start to end.</source>
        <translation>{source}: {customers}; {fitting} ({share}) follow the map from start to end.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_conformance.py" line="271"/>
        <source>Shortcuts:</source>
        <translation>Shortcuts:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_conformance.py" line="271"/>
        <source>Ways back (loops):</source>
        <translation>Ways back (loops):</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_conformance.py" line="272"/>
        <source>Routes the map lacks:</source>
        <translation>Routes the map lacks:</translation>
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
        <translation>{count} customer</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_conformance.py" line="163"/>
        <location filename="../klantreis_desktop/export/pdf_conformance.py" line="201"/>
        <source>{count} customers</source>
        <translation>{count} customers</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_conformance.py" line="161"/>
        <location filename="../klantreis_desktop/export/pdf_conformance.py" line="236"/>
        <source>the log</source>
        <translation>the log</translation>
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
        <translation>{title}: {customers} ({share} of its visitors)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_conformance.py" line="263"/>
        <source>{title}: {customers}</source>
        <translation>{title}: {customers}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_conformance.py" line="306"/>
        <source>(between {after} and {before})</source>
        <translation>(between {after} and {before})</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_conformance.py" line="309"/>
        <source>(after {after})</source>
        <translation>(after {after})</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_conformance.py" line="311"/>
        <source>(before {before})</source>
        <translation>(before {before})</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_conformance.py" line="252"/>
        <source>Arrows nobody took: {items}</source>
        <translation>Arrows nobody took: {items}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_conformance.py" line="274"/>
        <source>{source} → {target}: {customers}</source>
        <translation>{source} → {target}: {customers}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_conformance.py" line="281"/>
        <source>Touchpoints no event of the log matches: {items}</source>
        <translation>Touchpoints no event of the log matches: {items}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_conformance.py" line="146"/>
        <source>Arrow width and label: share of customers who took it</source>
        <translation>Arrow width and label: share of customers who took it</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_conformance.py" line="150"/>
        <source>“↘ N %”: customers who leave after this touchpoint</source>
        <translation>“↘ N %”: customers who leave after this touchpoint</translation>
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
        <translation>{first} to {last}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_band.py" line="140"/>
        <source>Median; band: middle 50 %</source>
        <translation>Median; band: middle 50 %</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_sheet.py" line="327"/>
        <location filename="../klantreis_desktop/export/content_sheet.py" line="406"/>
        <location filename="../klantreis_desktop/export/content_sheet.py" line="414"/>
        <source>Row {row}, column “{column}”: {problem}</source>
        <translation>Row {row}, column “{column}”: {problem}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_sheet.py" line="407"/>
        <location filename="../klantreis_desktop/export/content_sheet.py" line="581"/>
        <source>“{text}” is not a number.</source>
        <translation>“{text}” is not a number.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_sheet.py" line="586"/>
        <source>{value} is not a whole number from {low} to {high}.</source>
        <translation>{value} is not a whole number from {low} to {high}.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_sheet.py" line="589"/>
        <source>{value} does not lie between {low} and {high}.</source>
        <translation>{value} does not lie between {low} and {high}.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_text.py" line="135"/>
        <source>“{file}” is not a Mermaid diagram: it does not contain text.</source>
        <translation>“{file}” is not a Mermaid diagram: it does not contain text.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_conformance.py" line="266"/>
        <source>Repeats (the same touchpoint twice or more in a row):</source>
        <translation>Repeats (the same touchpoint twice or more in a row):</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_conformance.py" line="296"/>
        <source>No shortcuts, ways back or routes the map lacks in this log.</source>
        <translation>No shortcuts, ways back or routes the map lacks in this log.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_conformance.py" line="292"/>
        <source>{reason}: {customers}, {only} for this reason only</source>
        <translation>{reason}: {customers}, {only} for this reason only</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_conformance.py" line="297"/>
        <source>Why {count} do not follow the map (a customer can have several reasons):</source>
        <translation>Why {count} do not follow the map (a customer can have several reasons):</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="336"/>
        <source>{title} ({score})</source>
        <translation>{title} ({score})</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_messages.py" line="32"/>
        <source>{count} cards of the journey are not in the sheet and were kept: {names}.</source>
        <translation>{count} cards of the journey are not in the sheet and were kept: {names}.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_messages.py" line="45"/>
        <source>{count} figures changed; they now name {file} as their source, dated {date}.</source>
        <translation>{count} figures changed; they now name {file} as their source, dated {date}.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_messages.py" line="18"/>
        <source>{count} card</source>
        <translation>{count} card</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_messages.py" line="18"/>
        <source>{count} cards</source>
        <translation>{count} cards</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_messages.py" line="27"/>
        <source>{names} and {count} more</source>
        <translation>{names} and {count} more</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_messages.py" line="30"/>
        <source>1 card of the journey is not in the sheet and was kept: {names}.</source>
        <translation>1 card of the journey is not in the sheet and was kept: {names}.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_messages.py" line="43"/>
        <source>1 figure changed; it now names {file} as its source, dated {date}.</source>
        <translation>1 figure changed; it now names {file} as its source, dated {date}.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/content_text.py" line="298"/>
        <source>Differences over {threshold} between the survey&apos;s median and the team&apos;s curve:</source>
        <translation>Differences over {threshold} between the survey&apos;s median and the team&apos;s curve:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_plan.py" line="229"/>
        <source>Card text in “{title}” is only {size} pt on paper and hard to read; choose a larger paper size or fewer phases.</source>
        <translation>Card text in “{title}” is only {size} pt on paper and hard to read; choose a larger paper size or fewer phases.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_poster.py" line="161"/>
        <source>Goal: {text}</source>
        <translation>Goal: {text}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_poster.py" line="162"/>
        <source>KPI: {text}</source>
        <translation>KPI: {text}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_band.py" line="90"/>
        <source>Figures; “+2”: two more</source>
        <translation>Figures; “+2”: two more</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_analysis.py" line="326"/>
        <source>1 vote</source>
        <translation>1 vote</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_board.py" line="33"/>
        <source>Brainstorm board</source>
        <translation>Brainstorm board</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_board.py" line="42"/>
        <source>(no dimension)</source>
        <translation>(no dimension)</translation>
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
        <translation>Card text in “{title}” is only {size} pt on paper and hard to read: the map is too tall for the sheet; choose a larger paper size or show fewer lanes.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/export/pdf_plan.py" line="273"/>
        <source>“{title}”: {paper} {shape}, card text {size} pt</source>
        <translation>“{title}”: {paper} {shape}, card text {size} pt</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_dialog.py" line="60"/>
        <location filename="../klantreis_desktop/ui/exporting/export_dialog.py" line="123"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_dialog.py" line="125"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_dialog.py" line="267"/>
        <source>Replace files?</source>
        <translation>Replace files?</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_dialog.py" line="327"/>
        <source>Export finished.</source>
        <translation>Export finished.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_dialog.py" line="329"/>
        <source>Export finished</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_dialog.py" line="337"/>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_dialog.py" line="356"/>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_dialog.py" line="143"/>
        <location filename="../klantreis_desktop/ui/exporting/export_dialog.py" line="235"/>
        <source>This document has no journeys to export.</source>
        <translation>This document has no journeys to export.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_dialog.py" line="231"/>
        <source>Choose a file to export to.</source>
        <translation>Choose a file to export to.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_dialog.py" line="312"/>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_dialog.py" line="268"/>
        <source>These files exist already and will be replaced:
{names}</source>
        <translation>These files exist already and will be replaced:
{names}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_dialog.py" line="330"/>
        <source>The export is ready in {folder}.</source>
        <translation>The export is ready in {folder}.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_dialog.py" line="289"/>
        <source>{file}: {width} × {height} px, {size} kB</source>
        <translation>{file}: {width} × {height} px, {size} kB</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_dialog.py" line="299"/>
        <source>{file}: 1 page, {size} kB</source>
        <translation>{file}: 1 page, {size} kB</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_dialog.py" line="300"/>
        <source>{file}: {pages} pages, {size} kB</source>
        <translation>{file}: {pages} pages, {size} kB</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_dialog.py" line="211"/>
        <source>{count} files, one per journey.</source>
        <translation>{count} files, one per journey.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_jobs.py" line="39"/>
        <source>There was not enough memory for this export. Choose a smaller paper size or resolution.</source>
        <translation>There was not enough memory for this export. Choose a smaller paper size or resolution.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_jobs.py" line="42"/>
        <source>The file could not be written: {reason}</source>
        <translation>The file could not be written: {reason}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_jobs.py" line="44"/>
        <source>The export failed unexpectedly: {reason}</source>
        <translation>The export failed unexpectedly: {reason}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_preview.py" line="333"/>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_preview.py" line="334"/>
        <source>landscape</source>
        <translation>landscape</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_preview.py" line="334"/>
        <source>portrait</source>
        <translation>portrait</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_preview.py" line="322"/>
        <source>{width} × {height} px at {dpi} DPI</source>
        <translation>{width} × {height} px at {dpi} DPI</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_preview.py" line="335"/>
        <source>Page 1 of {pages} · {paper} {shape}, {width:.0f} × {height:.0f} mm</source>
        <translation>Page 1 of {pages} · {paper} {shape}, {width:.0f} × {height:.0f} mm</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_preview.py" line="317"/>
        <source>{width} × {height} px, vector (scales freely)</source>
        <translation>{width} × {height} px, vector (scales freely)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="98"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="104"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="105"/>
        <source>Journeys:</source>
        <translation>Journeys:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="106"/>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="146"/>
        <source>Add a page per persona, with empathy map</source>
        <translation>Add a page per persona, with empathy map</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="148"/>
        <source>Greyscale, for black-and-white printers</source>
        <translation>Greyscale, for black-and-white printers</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="149"/>
        <source>Paper:</source>
        <translation>Paper:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="150"/>
        <source>Size:</source>
        <translation>Size:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="151"/>
        <source>Orientation:</source>
        <translation>Orientation:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="152"/>
        <source>Print:</source>
        <translation>Print:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="153"/>
        <source>Pages:</source>
        <translation>Pages:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="157"/>
        <source>Colour:</source>
        <translation>Colour:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="194"/>
        <source>Transparent (else white)</source>
        <translation>Transparent (else white)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="195"/>
        <source>Resolution:</source>
        <translation>Resolution:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="196"/>
        <source>Background:</source>
        <translation>Background:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="369"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="369"/>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="370"/>
        <source>SVG images (*.svg)</source>
        <translation>SVG images (*.svg)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="372"/>
        <source>Export to</source>
        <translation>Export to</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="144"/>
        <source>overlap</source>
        <translation>overlap</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="90"/>
        <source>PDF poster</source>
        <translation>PDF poster</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="90"/>
        <source>PNG image</source>
        <translation>PNG image</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="91"/>
        <source>SVG image</source>
        <translation>SVG image</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="95"/>
        <source>All journeys in one file</source>
        <translation>All journeys in one file</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="96"/>
        <source>Each journey in its own file</source>
        <translation>Each journey in its own file</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="131"/>
        <source>Automatic (largest fit)</source>
        <translation>Automatic (largest fit)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="132"/>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="133"/>
        <source>Landscape</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="134"/>
        <source>One sheet</source>
        <translation>One sheet</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="134"/>
        <source>Tiled on A4 sheets</source>
        <translation>Tiled on A4 sheets</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="135"/>
        <source>Tiled on A3 sheets</source>
        <translation>Tiled on A3 sheets</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="119"/>
        <source>Custom size</source>
        <translation>Custom size</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="94"/>
        <source>Current journey: {title}</source>
        <translation>Current journey: {title}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_dialog.py" line="357"/>
        <source>The export did not finish.</source>
        <translation>The export did not finish.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_dialog.py" line="361"/>
        <source>Written before the error:</source>
        <translation>Written before the error:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="147"/>
        <source>Add an analysis page after each journey</source>
        <translation>Add an analysis page after each journey</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_filters.py" line="180"/>
        <source>Choose at least one lane to show on the poster.</source>
        <translation>Choose at least one lane to show on the poster.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_filters.py" line="80"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="183"/>
        <source>Poster language:</source>
        <translation>Poster language:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="184"/>
        <source>Lanes:</source>
        <translation>Lanes:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="185"/>
        <source>Phases:</source>
        <translation>Phases:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="186"/>
        <source>Personas:</source>
        <translation>Personas:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="180"/>
        <source>The journey&apos;s language</source>
        <translation>The journey&apos;s language</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="117"/>
        <source>Automatic (readable at 2 m)</source>
        <translation>Automatic (readable at 2 m)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_dialog.py" line="400"/>
        <source>… and one more warning.</source>
        <translation>… and one more warning.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_dialog.py" line="401"/>
        <source>… and {count} more warnings.</source>
        <translation>… and {count} more warnings.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="168"/>
        <source>Include the event log check (arrow shares and drop-outs)</source>
        <translation>Include the event log check (arrow shares and drop-outs)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_form.py" line="170"/>
        <source>Analysis › Check Against Event Log… puts a check on the canvas; it is not saved in the file. A PDF&apos;s analysis page also lists its findings.</source>
        <translation>Analysis › Check Against Event Log… puts a check on the canvas; it is not saved in the file. A PDF&apos;s analysis page also lists its findings.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_dialog.py" line="264"/>
        <source>Replace file?</source>
        <translation>Replace file?</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_dialog.py" line="265"/>
        <source>This file exists already and will be replaced:
{names}</source>
        <translation>This file exists already and will be replaced:
{names}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/exporting/export_preview.py" line="320"/>
        <source>{width} × {height} px at {dpi} DPI: the whole {paper} sheet, with its margins</source>
        <translation>{width} × {height} px at {dpi} DPI: the whole {paper} sheet, with its margins</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../klantreis_desktop/ui/window/file_actions.py" line="51"/>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/file_actions.py" line="138"/>
        <source>Open journey map</source>
        <translation>Open journey map</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/file_actions.py" line="418"/>
        <source>Save journey map as</source>
        <translation>Save journey map as</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/file_actions.py" line="496"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/file_actions.py" line="501"/>
        <source>Do you want to save them before closing?</source>
        <translation>Do you want to save them before closing?</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/file_actions.py" line="301"/>
        <source>Opened with a warning</source>
        <translation>Opened with a warning</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/file_actions.py" line="388"/>
        <source>Clear list</source>
        <translation>Clear list</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/file_actions.py" line="48"/>
        <source>Klantreis files (*%1)</source>
        <translation>Klantreis files (*%1)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/file_actions.py" line="127"/>
        <source>The template could not be used</source>
        <translation>The template could not be used</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/file_actions.py" line="313"/>
        <source>The file could not be opened</source>
        <translation>The file could not be opened</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/file_actions.py" line="441"/>
        <location filename="../klantreis_desktop/ui/window/file_actions.py" line="468"/>
        <source>The journey map was not saved</source>
        <translation>The journey map was not saved</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/file_actions.py" line="478"/>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/file_actions.py" line="497"/>
        <source>“%1” has changes that are not saved.</source>
        <translation>“%1” has changes that are not saved.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/file_actions.py" line="385"/>
        <source>No recent files</source>
        <translation>No recent files</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/file_actions.py" line="325"/>
        <source>Reloaded “%1”.</source>
        <translation>Reloaded “%1”.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/file_actions.py" line="338"/>
        <source>“%1” is a sample that comes with Klantreis: saving asks for a name of your own.</source>
        <translation>“%1” is a sample that comes with Klantreis: saving asks for a name of your own.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/file_actions.py" line="353"/>
        <source>This is a copy of “%1”: save it under a name of its own.</source>
        <translation>This is a copy of “%1”: save it under a name of its own.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/file_actions.py" line="443"/>
        <source>Save it under another name, or close it there first.</source>
        <translation>Save it under another name, or close it there first.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/file_actions.py" line="66"/>
        <location filename="../klantreis_desktop/ui/window/file_actions.py" line="71"/>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/file_actions.py" line="66"/>
        <source>%1 (copy %2)</source>
        <translation>%1 (copy %2)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/file_actions.py" line="50"/>
        <source>Backups (*%1.bak)</source>
        <translation>Backups (*%1.bak)</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../klantreis_desktop/ui/window/find_bar.py" line="118"/>
        <source>Find a card…</source>
        <extracomment>Room between the bar and the view&apos;s top-right corner (past the vertical scroll bar). The card the last step went to: the next step goes on from there. Ctrl+F, F3 and Shift+F3 (made by install_find).</extracomment>
        <translation>Find a card…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/find_bar.py" line="128"/>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/find_bar.py" line="144"/>
        <source>Next match</source>
        <translation>Next match</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/find_bar.py" line="145"/>
        <source>Previous match</source>
        <translation>Previous match</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/find_bar.py" line="236"/>
        <source>No match</source>
        <translation>No match</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/find_bar.py" line="238"/>
        <source>{current} of {total}</source>
        <translation>{current} of {total}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/find_bar.py" line="241"/>
        <source>{total} found</source>
        <translation>{total} found</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/find_bar.py" line="260"/>
        <source>&amp;Find Card…</source>
        <translation>&amp;Find Card…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/find_bar.py" line="265"/>
        <source>Find &amp;Next</source>
        <translation>Find &amp;Next</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/find_bar.py" line="269"/>
        <source>Find Pre&amp;vious</source>
        <translation>Find Pre&amp;vious</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/find_bar.py" line="263"/>
        <source>Find a card by its text</source>
        <translation>Find a card by its text</translation>
    </message>
</context>
<context>
    <name>FirstRunHint</name>
    <message>
        <location filename="../klantreis_desktop/ui/window/first_run.py" line="53"/>
        <source>Click or press Esc to close</source>
        <extracomment>The settings key that remembers the hint was shown.</extracomment>
        <translation>Click or press Esc to close</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/first_run.py" line="59"/>
        <source>Three things to know</source>
        <translation>Three things to know</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/first_run.py" line="68"/>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/first_run.py" line="73"/>
        <source>&lt;b&gt;Type to add cards.&lt;/b&gt; Click a cell of the map and start typing; Enter keeps the card and starts the next one.</source>
        <translation>&lt;b&gt;Type to add cards.&lt;/b&gt; Click a cell of the map and start typing; Enter keeps the card and starts the next one.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/first_run.py" line="75"/>
        <source>&lt;b&gt;Draw the flow.&lt;/b&gt; Drag the dot on a card&apos;s right edge to another card to draw an arrow.</source>
        <translation>&lt;b&gt;Draw the flow.&lt;/b&gt; Drag the dot on a card&apos;s right edge to another card to draw an arrow.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/first_run.py" line="77"/>
        <source>&lt;b&gt;Present.&lt;/b&gt; Press %1 to show the journey full screen, phase by phase.</source>
        <translation>&lt;b&gt;Present.&lt;/b&gt; Press %1 to show the journey full screen, phase by phase.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/first_run.py" line="79"/>
        <source>Every shortcut: Help → Keyboard Shortcuts (%1).</source>
        <translation>Every shortcut: Help → Keyboard Shortcuts (%1).</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../klantreis_desktop/ui/importing/log_columns.py" line="54"/>
        <source>Customer id</source>
        <translation>Customer id</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/log_columns.py" line="54"/>
        <source>Timestamp</source>
        <translation>Timestamp</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/log_columns.py" line="55"/>
        <source>Touchpoint</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/log_columns.py" line="55"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/log_columns.py" line="56"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_dialog.py" line="66"/>
        <location filename="../klantreis_desktop/ui/importing/import_dialog.py" line="130"/>
        <source>Import event log</source>
        <translation>Import event log</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_dialog.py" line="80"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_dialog.py" line="100"/>
        <source>Choose a CSV file with one row per event</source>
        <translation>Choose a CSV file with one row per event</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/log_columns.py" line="81"/>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/log_columns.py" line="90"/>
        <location filename="../klantreis_desktop/ui/importing/log_columns.py" line="94"/>
        <source>Detect</source>
        <translation>Detect</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/log_columns.py" line="97"/>
        <source>First row holds column names</source>
        <translation>First row holds column names</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/log_columns.py" line="116"/>
        <source>Which column holds what?</source>
        <translation>Which column holds what?</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_dialog.py" line="114"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_dialog.py" line="131"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_dialog.py" line="168"/>
        <source>Finding segments…</source>
        <translation>Finding segments…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_results.py" line="72"/>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_results.py" line="76"/>
        <source>Find segments</source>
        <translation>Find segments</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_results.py" line="93"/>
        <source>Another file…</source>
        <translation>Another file…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_results.py" line="95"/>
        <source>Add most frequent path as journey</source>
        <translation>Add most frequent path as journey</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_results.py" line="97"/>
        <source>Add checked segments as journeys</source>
        <translation>Add checked segments as journeys</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_results.py" line="178"/>
        <source>Most frequent path</source>
        <translation>Most frequent path</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_results.py" line="191"/>
        <source>Event log</source>
        <translation>Event log</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_results.py" line="211"/>
        <source>Add journeys from event log</source>
        <translation>Add journeys from event log</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_results.py" line="212"/>
        <source>Add journey from event log</source>
        <translation>Add journey from event log</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/log_columns.py" line="82"/>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/log_columns.py" line="99"/>
        <source>Delimiter:</source>
        <translation>Delimiter:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/log_columns.py" line="100"/>
        <source>Encoding:</source>
        <translation>Encoding:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/log_columns.py" line="243"/>
        <source>Two fields are mapped to the same column.</source>
        <translation>Two fields are mapped to the same column.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_dialog.py" line="190"/>
        <source>Cancelled; nothing was imported.</source>
        <translation>Cancelled; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_dialog.py" line="195"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_dialog.py" line="208"/>
        <source>The import failed.</source>
        <translation>The import failed.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_results.py" line="64"/>
        <source>Most frequent paths</source>
        <translation>Most frequent paths</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_results.py" line="65"/>
        <location filename="../klantreis_desktop/ui/importing/import_results.py" line="81"/>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_results.py" line="65"/>
        <location filename="../klantreis_desktop/ui/importing/import_results.py" line="81"/>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_results.py" line="65"/>
        <source>Path</source>
        <translation>Path</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_results.py" line="68"/>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_results.py" line="70"/>
        <source>Number of segments:</source>
        <translation>Number of segments:</translation>
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
        <translation>Typical path</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_results.py" line="88"/>
        <source>Journey title:</source>
        <translation>Journey title:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_results.py" line="179"/>
        <source>Most frequent path in {file}: {customers} customers ({share:.0%}).</source>
        <translation>Most frequent path in {file}: {customers} customers ({share:.0%}).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_results.py" line="189"/>
        <source>Tick the segments to turn into journeys first.</source>
        <translation>Tick the segments to turn into journeys first.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/log_columns.py" line="187"/>
        <source>Read as {encoding}, fields separated by “{delimiter}”.</source>
        <translation>Read as {encoding}, fields separated by “{delimiter}”.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/log_columns.py" line="216"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_dialog.py" line="157"/>
        <source>Importing {file}…</source>
        <translation>Importing {file}…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_dialog.py" line="210"/>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_dialog.py" line="227"/>
        <source>{customers} customers, {events} events imported.</source>
        <translation>{customers} customers, {events} events imported.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_dialog.py" line="235"/>
        <source>{count} segments found.</source>
        <translation>{count} segments found.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_results.py" line="120"/>
        <source>{customers} customers, {events} events, {touchpoints} different touchpoints, {paths} different paths.</source>
        <translation>{customers} customers, {events} events, {touchpoints} different touchpoints, {paths} different paths.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_results.py" line="148"/>
        <source> Silhouette {value:.2f}.</source>
        <translation> Silhouette {value:.2f}.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_results.py" line="195"/>
        <source>{name} – segment {number}</source>
        <translation>{name} – segment {number}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_results.py" line="196"/>
        <source>Typical path of segment {number}: {customers} customers ({share:.0%}).</source>
        <translation>Typical path of segment {number}: {customers} customers ({share:.0%}).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_results.py" line="215"/>
        <source>Added: {titles}.</source>
        <translation>Added: {titles}.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/log_columns.py" line="124"/>
        <source>{field} (optional)</source>
        <translation>{field} (optional)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/log_columns.py" line="182"/>
        <location filename="../klantreis_desktop/ui/importing/log_columns.py" line="218"/>
        <source>Column {number}</source>
        <translation>Column {number}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/log_columns.py" line="235"/>
        <source>Choose a column for: {fields}.</source>
        <translation>Choose a column for: {fields}.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_results.py" line="149"/>
        <source>Segments: weighted k-medoids on the edit distance between touchpoint paths (k = {k}).</source>
        <translation>Segments: weighted k-medoids on the edit distance between touchpoint paths (k = {k}).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_dialog.py" line="214"/>
        <source>Row {row}: {message}</source>
        <translation>Row {row}: {message}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_results.py" line="139"/>
        <source>Segment {number}</source>
        <translation>Segment {number}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/import_jobs.py" line="131"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>The import was cancelled; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/log_columns.py" line="137"/>
        <source>There is no file “{path}”.</source>
        <translation>There is no file “{path}”.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/log_columns.py" line="176"/>
        <source>“{file}” is empty.</source>
        <translation>“{file}” is empty.</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../klantreis_desktop/ui/docks/inspector.py" line="166"/>
        <source>No document</source>
        <extracomment>The order of the fields per kind; fields not named here follow in schema order. Attributes the canvas sets by dragging, and pictures (an asset name means nothing to read: the persona editor and the journey dialog have pickers for them). A label longer than about this many characters goes above its field (see add_row). Ask the window to open the journey properties dialog / the persona editor. An emotion point&apos;s persona (a combo box: the point can move to another curve). A touchpoint&apos;s or phase&apos;s figures (issue 19), read-only: File › Import › Metrics.</extracomment>
        <translation>No document</translation>
    </message>
    <message numerus="yes">
        <location filename="../klantreis_desktop/ui/docks/inspector.py" line="168"/>
        <source>%n element(s) selected</source>
        <translation>
            <numerusform>%n element(s) selected</numerusform>
            <numerusform>%n element(s) selected</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/inspector.py" line="169"/>
        <source>Select one element to see and edit its properties.</source>
        <translation>Select one element to see and edit its properties.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/inspector.py" line="173"/>
        <source>Nothing selected</source>
        <translation>Nothing selected</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/inspector.py" line="198"/>
        <source>At</source>
        <translation>At</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/inspector.py" line="230"/>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/inspector.py" line="232"/>
        <source>Journey properties…</source>
        <translation>Journey properties…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/inspector.py" line="237"/>
        <source>Edit persona…</source>
        <translation>Edit persona…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/inspector.py" line="247"/>
        <source>Whose emotion this is: choose another persona to move the point to that persona&apos;s curve</source>
        <translation>Whose emotion this is: choose another persona to move the point to that persona&apos;s curve</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/inspector.py" line="337"/>
        <source>The document has no channels yet.</source>
        <translation>The document has no channels yet.</translation>
    </message>
</context>
<context>
    <name>JourneyDialog</name>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/journey_dialog.py" line="64"/>
        <location filename="../klantreis_desktop/ui/dialogs/journey_dialog.py" line="253"/>
        <source>Journey properties</source>
        <extracomment>What the poster&apos;s title block says about the map (the logo has a picker of its own).</extracomment>
        <translation>Journey properties</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/journey_dialog.py" line="76"/>
        <source>On the poster</source>
        <translation>On the poster</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/journey_dialog.py" line="97"/>
        <source>Personas</source>
        <extracomment>The logo OK will set: None keeps it, &quot;&quot; removes it, else (asset, png).</extracomment>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/journey_dialog.py" line="99"/>
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/journey_dialog.py" line="105"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/journey_dialog.py" line="150"/>
        <source>Choose logo…</source>
        <translation>Choose logo…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/journey_dialog.py" line="153"/>
        <source>Remove logo</source>
        <translation>Remove logo</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/journey_dialog.py" line="180"/>
        <source>No logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/journey_dialog.py" line="185"/>
        <source>Choose a logo</source>
        <translation>Choose a logo</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/journey_dialog.py" line="186"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</translation>
    </message>
</context>
<context>
    <name>KeptChanges</name>
    <message>
        <location filename="../klantreis_desktop/ui/window/kept_changes.py" line="50"/>
        <source>Unsaved changes were kept</source>
        <translation>Unsaved changes were kept</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/kept_changes.py" line="57"/>
        <source>Restore them to go on where you left off. If you open the saved version instead, the changes stay kept and you can still restore them later.</source>
        <translation>Restore them to go on where you left off. If you open the saved version instead, the changes stay kept and you can still restore them later.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/kept_changes.py" line="61"/>
        <source>&amp;Restore the Changes</source>
        <translation>&amp;Restore the Changes</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/kept_changes.py" line="62"/>
        <source>Open the &amp;Saved Version</source>
        <translation>Open the &amp;Saved Version</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/kept_changes.py" line="101"/>
        <source>Not restored</source>
        <translation>Not restored</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/kept_changes.py" line="102"/>
        <source>The saved version opens instead.</source>
        <translation>The saved version opens instead.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/kept_changes.py" line="51"/>
        <source>Unsaved changes to “%1” from %2 were kept when Klantreis stopped.</source>
        <translation>Unsaved changes to “%1” from %2 were kept when Klantreis stopped.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="28"/>
        <source>Journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="29"/>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="30"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="31"/>
        <source>Lane</source>
        <translation>Lane</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="32"/>
        <source>Touchpoint</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="33"/>
        <source>Pain point</source>
        <translation>Pain point</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="34"/>
        <source>Opportunity</source>
        <translation>Opportunity</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="35"/>
        <location filename="../klantreis_desktop/ui/labels.py" line="60"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="36"/>
        <source>Goal / KPI</source>
        <translation>Goal / KPI</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="37"/>
        <source>Emotion point</source>
        <translation>Emotion point</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="38"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="46"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="47"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="48"/>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="49"/>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="50"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="51"/>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="52"/>
        <source>Interaction type</source>
        <translation>Interaction type</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="53"/>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="54"/>
        <source>Moment of truth</source>
        <translation>Moment of truth</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="55"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="56"/>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="57"/>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="58"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="59"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="61"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="62"/>
        <source>Icon</source>
        <translation>Icon</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="63"/>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="64"/>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="65"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="66"/>
        <source>Width</source>
        <translation>Width</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="67"/>
        <source>Height</source>
        <translation>Height</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="68"/>
        <source>Hidden</source>
        <translation>Hidden</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="69"/>
        <source>Lane type</source>
        <translation>Lane type</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="71"/>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="72"/>
        <source>Emotion scale</source>
        <translation>Emotion scale</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="73"/>
        <source>Time span</source>
        <translation>Time span</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="74"/>
        <source>End goal</source>
        <translation>End goal</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="76"/>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="77"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="78"/>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="79"/>
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="80"/>
        <source>Frustrations</source>
        <translation>Frustrations</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="81"/>
        <source>Preferred channels</source>
        <translation>Preferred channels</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="82"/>
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="83"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="84"/>
        <source>Says</source>
        <translation>Says</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="85"/>
        <source>Thinks</source>
        <translation>Thinks</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="86"/>
        <source>Does</source>
        <translation>Does</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="87"/>
        <source>Feels</source>
        <translation>Feels</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="88"/>
        <source>Pains</source>
        <translation>Pains</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="89"/>
        <source>Gains</source>
        <translation>Gains</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="90"/>
        <location filename="../klantreis_desktop/ui/labels.py" line="127"/>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="109"/>
        <source>(not set)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="111"/>
        <source>Observed</source>
        <translation>Observed</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="111"/>
        <source>Assumed</source>
        <translation>Assumed</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="113"/>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="113"/>
        <source>Survey</source>
        <translation>Survey</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="114"/>
        <source>Web statistics</source>
        <translation>Web statistics</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="114"/>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="115"/>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="115"/>
        <source>CRM data</source>
        <translation>CRM data</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="115"/>
        <location filename="../klantreis_desktop/ui/labels.py" line="139"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="118"/>
        <source>Mass, anonymous</source>
        <translation>Mass, anonymous</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="119"/>
        <source>Mass, targeted</source>
        <translation>Mass, targeted</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="120"/>
        <source>Interactive, anonymous</source>
        <translation>Interactive, anonymous</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="121"/>
        <source>Interactive, personal</source>
        <translation>Interactive, personal</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="123"/>
        <source>Short term</source>
        <translation>Short term</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="123"/>
        <source>Long term</source>
        <translation>Long term</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="124"/>
        <source>Current situation</source>
        <translation>Current situation</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="124"/>
        <source>Ideal situation</source>
        <translation>Ideal situation</translation>
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
        <translation>Touchpoints</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="128"/>
        <source>Emotions</source>
        <translation>Emotions</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="128"/>
        <source>Thoughts</source>
        <translation>Thoughts</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="129"/>
        <source>Pain points</source>
        <translation>Pain points</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="129"/>
        <source>Opportunities</source>
        <translation>Opportunities</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="130"/>
        <source>Backstage</source>
        <translation>Backstage</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="130"/>
        <source>KPIs</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="131"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="132"/>
        <source>Custom</source>
        <translation>Custom</translation>
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
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="136"/>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="136"/>
        <source>Social media</source>
        <translation>Social media</translation>
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
        <translation>Face to face</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="138"/>
        <source>Advertising</source>
        <translation>Advertising</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="138"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="138"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="139"/>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="91"/>
        <source>Poster language</source>
        <translation>Poster language</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="92"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="93"/>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="94"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="95"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="107"/>
        <source>The document&apos;s language</source>
        <translation>The document&apos;s language</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="70"/>
        <source>Shows the figures</source>
        <translation>Shows the figures</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="19"/>
        <source>After importing a survey or metrics: an emotion score the team assumed is flagged “check this assumption” when the measured median differs from it by more than this many points on the journey&apos;s scale.</source>
        <translation>After importing a survey or metrics: an emotion score the team assumed is flagged “check this assumption” when the measured median differs from it by more than this many points on the journey&apos;s scale.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/labels.py" line="75"/>
        <source>Assumption check: allowed difference (points)</source>
        <translation>Assumption check: allowed difference (points)</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../klantreis_desktop/ui/window/language_menu.py" line="40"/>
        <source>&amp;Language</source>
        <extracomment>The preference that holds the chosen language (&quot;nl&quot;/&quot;en&quot;; absent: the system&apos;s). Each language named in itself, as language pickers do: the names must be readable by someone who does not read the current interface language. What the change means, in the language chosen (that is the one the reader wants).</extracomment>
        <translation>&amp;Language</translation>
    </message>
</context>
<context>
    <name>Layout</name>
    <message>
        <location filename="../klantreis_desktop/layout/journey_layout.py" line="79"/>
        <source>The journey {id} does not exist.</source>
        <extracomment>Share of a card&apos;s width over which emotion points of stacked cards are fanned out. A metrics lane&apos;s line height in font sizes (canvas and poster alike, metrics_lane.py). A metrics lane of automatic height grows to list at most this many lines per cell.</extracomment>
        <translation>The journey {id} does not exist.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/layout/phase_header.py" line="135"/>
        <source>Goal: {text}</source>
        <extracomment>A phase title shrinks to this share of the header size, at most, to fit its longest word. The step in which a title shrinks (font sizes). Wider than any column: a text measured this wide keeps each word on one line. The title as drawn: a word too long even at the least size is broken after a &quot;-&quot;.</extracomment>
        <translation>Goal: {text}</translation>
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
        <translation>Palette</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/main_window.py" line="90"/>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/main_window.py" line="94"/>
        <source>Analysis</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/main_window.py" line="304"/>
        <source>%1 (read-only)</source>
        <translation>%1 (read-only)</translation>
    </message>
    <message numerus="yes">
        <location filename="../klantreis_desktop/ui/window/main_window.py" line="352"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/main_window.py" line="521"/>
        <source>“%1” is closed; this is a new map (File › Quit ends Klantreis).</source>
        <translation>“%1” is closed; this is a new map (File › Quit ends Klantreis).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/main_window.py" line="561"/>
        <source>Into the &amp;Leftmost Phase</source>
        <translation>Into the &amp;Leftmost Phase</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/main_window.py" line="562"/>
        <source>Into the &amp;Rightmost Phase</source>
        <translation>Into the &amp;Rightmost Phase</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/main_window.py" line="563"/>
        <source>Into the &amp;Top Lane</source>
        <translation>Into the &amp;Top Lane</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/main_window.py" line="563"/>
        <source>Into the &amp;Bottom Lane</source>
        <translation>Into the &amp;Bottom Lane</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/main_window.py" line="564"/>
        <source>&amp;Distribute over the Phases</source>
        <translation>&amp;Distribute over the Phases</translation>
    </message>
</context>
<context>
    <name>MeasuredMenu</name>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="44"/>
        <source>Content as &amp;CSV…</source>
        <translation>Content as &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="44"/>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="48"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="45"/>
        <source>Content as &amp;XLSX…</source>
        <translation>Content as &amp;XLSX…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="45"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="46"/>
        <source>&amp;Mermaid Diagram…</source>
        <translation>&amp;Mermaid Diagram…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="46"/>
        <source>Mermaid files (*.mmd)</source>
        <translation>Mermaid files (*.mmd)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="47"/>
        <source>Mark&amp;down Summary…</source>
        <translation>Mark&amp;down Summary…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="47"/>
        <source>Markdown files (*.md)</source>
        <translation>Markdown files (*.md)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="48"/>
        <source>&amp;Opportunities (CSV)…</source>
        <translation>&amp;Opportunities (CSV)…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="77"/>
        <source>&amp;Metrics…</source>
        <translation>&amp;Metrics…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="78"/>
        <source>NPS, CSAT, volumes, … per touchpoint and phase from a CSV or XLSX table</source>
        <translation>NPS, CSAT, volumes, … per touchpoint and phase from a CSV or XLSX table</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="80"/>
        <source>&amp;Survey…</source>
        <translation>&amp;Survey…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="81"/>
        <source>Survey scores become the measured emotion curve</source>
        <translation>Survey scores become the measured emotion curve</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="85"/>
        <source>M&amp;ermaid Diagram…</source>
        <translation>M&amp;ermaid Diagram…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="88"/>
        <source>&amp;Check Against Event Log…</source>
        <translation>&amp;Check Against Event Log…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="89"/>
        <source>Replay what customers really did on the designed journey</source>
        <translation>Replay what customers really did on the designed journey</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="91"/>
        <source>C&amp;lear the Event Log Check</source>
        <translation>C&amp;lear the Event Log Check</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="92"/>
        <source>&amp;Remove Measured Scores</source>
        <translation>&amp;Remove Measured Scores</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="93"/>
        <source>Im&amp;port</source>
        <translation>Im&amp;port</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="101"/>
        <source>&amp;Heat Map by Metric</source>
        <translation>&amp;Heat Map by Metric</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="104"/>
        <source>&amp;Analysis</source>
        <translation>&amp;Analysis</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="264"/>
        <source>Import content sheet</source>
        <translation>Import content sheet</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="265"/>
        <source>Tables (*.csv *.xlsx);;All files (*)</source>
        <translation>Tables (*.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="270"/>
        <source>Import Mermaid diagram</source>
        <translation>Import Mermaid diagram</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="271"/>
        <source>Mermaid files (*.mmd *.mermaid *.md *.txt);;All files (*)</source>
        <translation>Mermaid files (*.mmd *.mermaid *.md *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="188"/>
        <source>Metrics imported (one undo step).</source>
        <translation>Metrics imported (one undo step).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="198"/>
        <source>Survey imported (one undo step).</source>
        <translation>Survey imported (one undo step).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="235"/>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="369"/>
        <source>Export content</source>
        <translation>Export content</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="371"/>
        <source>Saved {file}.</source>
        <translation>Saved {file}.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="323"/>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="331"/>
        <source>Import content</source>
        <translation>Import content</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="320"/>
        <source>Nothing was imported from {file}:</source>
        <translation>Nothing was imported from {file}:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="83"/>
        <source>Content S&amp;heet (CSV/XLSX)…</source>
        <translation>Content S&amp;heet (CSV/XLSX)…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="98"/>
        <source>Export Con&amp;tent</source>
        <translation>Export Con&amp;tent</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="38"/>
        <source>{count} card</source>
        <translation>{count} card</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="38"/>
        <source>{count} cards</source>
        <translation>{count} cards</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="291"/>
        <source>{file} imported as the journey “{title}” (one undo step).</source>
        <translation>{file} imported as the journey “{title}” (one undo step).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="301"/>
        <source>{file}: {updated} updated, {added} added (one undo step).</source>
        <translation>{file}: {updated} updated, {added} added (one undo step).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="307"/>
        <source>Arrows that the sheet no longer lists, removed: {count}.</source>
        <translation>Arrows that the sheet no longer lists, removed: {count}.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="326"/>
        <source>{file}: nothing changed, the journey already holds what the sheet says.</source>
        <translation>{file}: nothing changed, the journey already holds what the sheet says.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/measured_menu.py" line="305"/>
        <source>{file}: no card changed (one undo step).</source>
        <translation>{file}: no card changed (one undo step).</translation>
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
        <translation>Volume</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/layout/measured.py" line="224"/>
        <source>Drop-off</source>
        <translation>Drop-off</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/layout/measured.py" line="225"/>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/layout/measured.py" line="226"/>
        <source>Waiting time</source>
        <translation>Waiting time</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/layout/measured.py" line="259"/>
        <source>assumed</source>
        <translation>assumed</translation>
    </message>
</context>
<context>
    <name>MetricsImport</name>
    <message>
        <location filename="../klantreis_desktop/ui/importing/metrics_dialog.py" line="64"/>
        <source>Import metrics</source>
        <translation>Import metrics</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/metrics_dialog.py" line="65"/>
        <source>Tables (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Tables (*.csv *.txt *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/metrics_dialog.py" line="53"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/metrics_dialog.py" line="53"/>
        <source>Segment or persona</source>
        <translation>Segment or persona</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/metrics_dialog.py" line="53"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/metrics_dialog.py" line="54"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/metrics_dialog.py" line="54"/>
        <source>Number of customers (n)</source>
        <translation>Number of customers (n)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/metrics_dialog.py" line="74"/>
        <source>Touchpoint or phase (title or id):</source>
        <translation>Touchpoint or phase (title or id):</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/metrics_dialog.py" line="92"/>
        <source>Measured (observed)</source>
        <translation>Measured (observed)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/metrics_dialog.py" line="93"/>
        <source>Assumed (an estimate)</source>
        <translation>Assumed (an estimate)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/metrics_dialog.py" line="94"/>
        <source>Evidence:</source>
        <translation>Evidence:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/metrics_dialog.py" line="96"/>
        <source>e.g. CRM export, web statistics</source>
        <translation>e.g. CRM export, web statistics</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/metrics_dialog.py" line="97"/>
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/metrics_dialog.py" line="99"/>
        <source>yyyy-mm-dd</source>
        <translation>yyyy-mm-dd</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/metrics_dialog.py" line="100"/>
        <source>Date (rows without one):</source>
        <translation>Date (rows without one):</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/metrics_dialog.py" line="101"/>
        <source>Import the rest when some names match nothing (they are listed)</source>
        <translation>Import the rest when some names match nothing (they are listed)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/metrics_dialog.py" line="86"/>
        <source>Touchpoints, else phases</source>
        <translation>Touchpoints, else phases</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/metrics_dialog.py" line="87"/>
        <source>Touchpoints only</source>
        <translation>Touchpoints only</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/metrics_dialog.py" line="88"/>
        <source>Phases only</source>
        <translation>Phases only</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/metrics_dialog.py" line="109"/>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/metrics_dialog.py" line="109"/>
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/metrics_dialog.py" line="109"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/metrics_dialog.py" line="109"/>
        <source>Higher is</source>
        <translation>Higher is</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/metrics_dialog.py" line="158"/>
        <source>better</source>
        <translation>better</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/metrics_dialog.py" line="159"/>
        <source>worse</source>
        <translation>worse</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/metrics_dialog.py" line="160"/>
        <source>neither (a count)</source>
        <translation>neither (a count)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/metrics_dialog.py" line="215"/>
        <source>Tick at least one column of figures.</source>
        <translation>Tick at least one column of figures.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/metrics_dialog.py" line="239"/>
        <source>Not imported, no such touchpoint or phase:</source>
        <translation>Not imported, no such touchpoint or phase:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/metrics_dialog.py" line="78"/>
        <source>{field} (optional):</source>
        <translation>{field} (optional):</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/metrics_dialog.py" line="145"/>
        <source>“{name}” (own metric)</source>
        <translation>“{name}” (own metric)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/metrics_dialog.py" line="233"/>
        <source>{count} figures ({metrics}) imported onto {nodes} touchpoints and phases (one undo step).</source>
        <translation>{count} figures ({metrics}) imported onto {nodes} touchpoints and phases (one undo step).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/metrics_dialog.py" line="90"/>
        <source>Rows refer to:</source>
        <translation>Rows refer to:</translation>
    </message>
</context>
<context>
    <name>MetricsLane</name>
    <message>
        <location filename="../klantreis_desktop/layout/metrics_lane.py" line="30"/>
        <source>+{n} more</source>
        <extracomment>What a full cell says under its last line: how many lines it leaves out.</extracomment>
        <translation>+{n} more</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/canvas/metrics_lane_item.py" line="43"/>
        <source>No figures yet: File › Import › Metrics… fills this lane with each phase&apos;s and touchpoint&apos;s figures.</source>
        <translation>No figures yet: File › Import › Metrics… fills this lane with each phase&apos;s and touchpoint&apos;s figures.</translation>
    </message>
</context>
<context>
    <name>Model</name>
    <message>
        <location filename="../klantreis_desktop/model/attributes.py" line="21"/>
        <source>Unknown element kind: {kind}</source>
        <translation>Unknown element kind: {kind}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/attributes.py" line="24"/>
        <source>A {kind} has no property “{name}”.</source>
        <translation>A {kind} has no property “{name}”.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/attributes.py" line="46"/>
        <source>“{name}” must be text.</source>
        <translation>“{name}” must be text.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/attributes.py" line="48"/>
        <source>“{name}” is longer than {count} characters.</source>
        <translation>“{name}” is longer than {count} characters.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/attributes.py" line="51"/>
        <source>“{value}” is not a valid choice for “{name}”.</source>
        <translation>“{value}” is not a valid choice for “{name}”.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/attributes.py" line="27"/>
        <source>“{name}” must be yes or no.</source>
        <translation>“{name}” must be yes or no.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/attributes.py" line="31"/>
        <source>“{name}” must be a number.</source>
        <translation>“{name}” must be a number.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/attributes.py" line="33"/>
        <source>“{name}” must be a finite number.</source>
        <translation>“{name}” must be a finite number.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/attributes.py" line="42"/>
        <source>“{name}” must lie between {low} and {high}.</source>
        <translation>“{name}” must lie between {low} and {high}.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/attributes.py" line="36"/>
        <source>“{name}” must be a whole number.</source>
        <translation>“{name}” must be a whole number.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/journeys.py" line="34"/>
        <source>Duplicate journey</source>
        <translation>Duplicate journey</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/journeys.py" line="90"/>
        <location filename="../klantreis_desktop/model/operations.py" line="82"/>
        <source>Add journey</source>
        <translation>Add journey</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/journeys.py" line="31"/>
        <source>{title} (copy)</source>
        <translation>{title} (copy)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/journeys.py" line="95"/>
        <source>The journey {id} does not exist.</source>
        <translation>The journey {id} does not exist.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/operations.py" line="89"/>
        <source>Add persona</source>
        <translation>Add persona</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/operations.py" line="98"/>
        <source>Add channel</source>
        <translation>Add channel</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/operations.py" line="181"/>
        <source>Add phase</source>
        <translation>Add phase</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/operations.py" line="193"/>
        <source>Add lane</source>
        <translation>Add lane</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/operations.py" line="234"/>
        <source>Add card</source>
        <translation>Add card</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/operations.py" line="253"/>
        <location filename="../klantreis_desktop/model/operations.py" line="254"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/operations.py" line="276"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/operations.py" line="323"/>
        <source>Move card</source>
        <translation>Move card</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/operations.py" line="338"/>
        <source>Reorder</source>
        <translation>Reorder</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/operations.py" line="352"/>
        <location filename="../klantreis_desktop/model/operations.py" line="353"/>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/operations.py" line="359"/>
        <source>Disconnect</source>
        <translation>Disconnect</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/operations.py" line="372"/>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/operations.py" line="379"/>
        <location filename="../klantreis_desktop/model/operations.py" line="380"/>
        <source>Attach persona</source>
        <translation>Attach persona</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/operations.py" line="390"/>
        <source>Detach persona</source>
        <translation>Detach persona</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/operations.py" line="421"/>
        <source>Set emotion</source>
        <translation>Set emotion</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/operations.py" line="457"/>
        <source>Nothing was created.</source>
        <translation>Nothing was created.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/operations.py" line="222"/>
        <source>The phase and the lane belong to different journeys.</source>
        <translation>The phase and the lane belong to different journeys.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/operations.py" line="309"/>
        <source>A card can only move within its own journey.</source>
        <translation>A card can only move within its own journey.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/operations.py" line="348"/>
        <source>A touchpoint cannot flow to itself.</source>
        <translation>A touchpoint cannot flow to itself.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/operations.py" line="350"/>
        <source>A flow can only connect touchpoints of one journey.</source>
        <translation>A flow can only connect touchpoints of one journey.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/operations.py" line="358"/>
        <source>There is no flow between these touchpoints.</source>
        <translation>There is no flow between these touchpoints.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/operations.py" line="386"/>
        <source>This persona is not part of the journey.</source>
        <translation>This persona is not part of the journey.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/operations.py" line="232"/>
        <source>Only touchpoints have channels.</source>
        <translation>Only touchpoints have channels.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/measures.py" line="312"/>
        <location filename="../klantreis_desktop/model/operations.py" line="34"/>
        <source>The element {id} does not exist.</source>
        <translation>The element {id} does not exist.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/operations.py" line="36"/>
        <source>{id} is a {kind}, not a {wanted}.</source>
        <translation>{id} is a {kind}, not a {wanted}.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/operations.py" line="43"/>
        <source>The id {id} is already in use.</source>
        <translation>The id {id} is already in use.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/operations.py" line="217"/>
        <source>A {kind} cannot be placed as a card.</source>
        <translation>A {kind} cannot be placed as a card.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/operations.py" line="396"/>
        <source>An emotion score must lie between {low} and {high}.</source>
        <translation>An emotion score must lie between {low} and {high}.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/operations.py" line="407"/>
        <location filename="../klantreis_desktop/model/operations.py" line="436"/>
        <source>The element {id} is not part of a journey.</source>
        <translation>The element {id} is not part of a journey.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/invariants.py" line="152"/>
        <source>Card {id} must be in exactly one phase and one lane.</source>
        <translation>Card {id} must be in exactly one phase and one lane.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/invariants.py" line="156"/>
        <source>Card {id} sits in a phase or lane of another journey.</source>
        <translation>Card {id} sits in a phase or lane of another journey.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/invariants.py" line="168"/>
        <source>Emotion point {id} needs one persona and one touchpoint or phase.</source>
        <translation>Emotion point {id} needs one persona and one touchpoint or phase.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/invariants.py" line="173"/>
        <source>Emotion point {id} is bound to another journey.</source>
        <translation>Emotion point {id} is bound to another journey.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/invariants.py" line="181"/>
        <source>Emotion point {id} has score {score}, outside {low}…{high}.</source>
        <translation>Emotion point {id} has score {score}, outside {low}…{high}.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/invariants.py" line="55"/>
        <location filename="../klantreis_desktop/model/invariants.py" line="194"/>
        <source>Element {id} has an unknown kind “{kind}”.</source>
        <translation>Element {id} has an unknown kind “{kind}”.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/invariants.py" line="116"/>
        <source>A link {source} → {target} has an unknown kind “{kind}”.</source>
        <translation>A link {source} → {target} has an unknown kind “{kind}”.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/invariants.py" line="142"/>
        <source>{kind} {id} belongs to {count} journeys instead of one.</source>
        <translation>{kind} {id} belongs to {count} journeys instead of one.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/invariants.py" line="160"/>
        <source>The flow {source} → {target} crosses journeys.</source>
        <translation>The flow {source} → {target} crosses journeys.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/invariants.py" line="120"/>
        <source>A “{kind}” link cannot go from {source} to {target}.</source>
        <translation>A “{kind}” link cannot go from {source} to {target}.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/operations.py" line="141"/>
        <source>Rename channel</source>
        <translation>Rename channel</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/operations.py" line="167"/>
        <source>Remove channel</source>
        <translation>Remove channel</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/operations.py" line="111"/>
        <source>A channel needs a name.</source>
        <translation>A channel needs a name.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/operations.py" line="143"/>
        <source>Change channel icon</source>
        <translation>Change channel icon</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/operations.py" line="145"/>
        <source>Edit channel</source>
        <translation>Edit channel</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/operations.py" line="113"/>
        <source>A channel name can be at most {count} characters long.</source>
        <translation>A channel name can be at most {count} characters long.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/operations.py" line="118"/>
        <source>There is already a channel called “{name}”.</source>
        <translation>There is already a channel called “{name}”.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/measures.py" line="324"/>
        <source>Metrics</source>
        <translation>Metrics</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/measures.py" line="366"/>
        <source>Remove metric</source>
        <translation>Remove metric</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/measures.py" line="390"/>
        <source>Remove measured scores</source>
        <translation>Remove measured scores</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/measures.py" line="464"/>
        <source>A date must be written as yyyy-mm-dd.</source>
        <translation>A date must be written as yyyy-mm-dd.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/measures.py" line="471"/>
        <source>A metric&apos;s name must be 1 to 40 lower-case letters, digits or “_”.</source>
        <translation>A metric&apos;s name must be 1 to 40 lower-case letters, digits or “_”.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/measures.py" line="474"/>
        <source>“higher is better” must be yes, no or empty.</source>
        <translation>“higher is better” must be yes, no or empty.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/measures.py" line="483"/>
        <source>A figure must name its metric.</source>
        <translation>A figure must name its metric.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/measures.py" line="485"/>
        <source>A figure must be a number.</source>
        <translation>A figure must be a number.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/measures.py" line="487"/>
        <source>A figure&apos;s evidence must be “observed” or “assumed”.</source>
        <translation>A figure&apos;s evidence must be “observed” or “assumed”.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/measures.py" line="489"/>
        <source>A figure&apos;s number of customers must be a whole number from 0.</source>
        <translation>A figure&apos;s number of customers must be a whole number from 0.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/measures.py" line="499"/>
        <source>A measured score needs its scale (two whole numbers, low before high).</source>
        <translation>A measured score needs its scale (two whole numbers, low before high).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/measures.py" line="501"/>
        <source>A measured score needs the number of answers (1 or more).</source>
        <translation>A measured score needs the number of answers (1 or more).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/measures.py" line="504"/>
        <source>A measured score&apos;s median and quartiles must lie on its scale.</source>
        <translation>A measured score&apos;s median and quartiles must lie on its scale.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/measures.py" line="506"/>
        <source>A measured score&apos;s quartiles must enclose its median.</source>
        <translation>A measured score&apos;s quartiles must enclose its median.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/measures.py" line="130"/>
        <source>A metric needs a name.</source>
        <translation>A metric needs a name.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/measures.py" line="355"/>
        <source>Import metrics</source>
        <translation>Import metrics</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/measures.py" line="380"/>
        <source>Import survey</source>
        <translation>Import survey</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/measures.py" line="477"/>
        <source>A metric&apos;s bounds must be numbers.</source>
        <translation>A metric&apos;s bounds must be numbers.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/measures.py" line="423"/>
        <source>“{name}” must be a list of at most {count} entries.</source>
        <translation>“{name}” must be a list of at most {count} entries.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/measures.py" line="81"/>
        <source>{value} is not a usable number for {metric}.</source>
        <translation>{value} is not a usable number for {metric}.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/measures.py" line="89"/>
        <source>{value} lies outside {low}…{high} for {metric}.</source>
        <translation>{value} lies outside {low}…{high} for {metric}.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/measures.py" line="314"/>
        <source>A {kind} cannot carry measured figures.</source>
        <translation>A {kind} cannot carry measured figures.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/measures.py" line="429"/>
        <source>“{name}” holds an entry that is not a record.</source>
        <translation>“{name}” holds an entry that is not a record.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/measures.py" line="437"/>
        <source>“{name}” holds “{key}” twice.</source>
        <translation>“{name}” holds “{key}” twice.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/measures.py" line="447"/>
        <source>“{name}” must be a text of at most {count} characters.</source>
        <translation>“{name}” must be a text of at most {count} characters.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/measures.py" line="86"/>
        <source>{value} is not a percentage ({metric} lies between {low} and {high}).</source>
        <translation>{value} is not a percentage ({metric} lies between {low} and {high}).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/measures.py" line="339"/>
        <source>{title} belongs to another journey.</source>
        <translation>{title} belongs to another journey.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/measures.py" line="411"/>
        <source>{id}: a {kind} cannot carry “{name}”.</source>
        <translation>{id}: a {kind} cannot carry “{name}”.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/operations.py" line="430"/>
        <source>Change persona</source>
        <translation>Change persona</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/operations.py" line="439"/>
        <source>{persona} already has an emotion point here.</source>
        <translation>{persona} already has an emotion point here.</translation>
    </message>
</context>
<context>
    <name>NewDialog</name>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/new_dialog.py" line="86"/>
        <source>New journey map</source>
        <translation>New journey map</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/new_dialog.py" line="88"/>
        <source>Start from a template or from a worked example:</source>
        <translation>Start from a template or from a worked example:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/new_dialog.py" line="129"/>
        <source>Example: %1</source>
        <translation>Example: %1</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/new_dialog.py" line="139"/>
        <source>Create</source>
        <translation>Create</translation>
    </message>
</context>
<context>
    <name>OpenJobs</name>
    <message>
        <location filename="../klantreis_desktop/ui/window/open_jobs.py" line="181"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/open_jobs.py" line="184"/>
        <source>Opening</source>
        <translation>Opening</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/open_jobs.py" line="181"/>
        <source>Opening “%1”…</source>
        <translation>Opening “%1”…</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <location filename="../klantreis_desktop/ui/docks/palette.py" line="192"/>
        <source>Elements</source>
        <extracomment>The element kinds offered, in palette order. A persona&apos;s name as listed, without the &quot;▸&quot; of the persona new emotion points join. The payload a starting drag carries (decoded from its mime data). The channel under the pointer (&quot;&quot; for none) and where to show the menu. Whose curve new emotion points join on the current canvas (the window sets it).</extracomment>
        <translation>Elements</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/palette.py" line="194"/>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/palette.py" line="199"/>
        <location filename="../klantreis_desktop/ui/docks/palette.py" line="359"/>
        <source>Add channel…</source>
        <translation>Add channel…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/palette.py" line="203"/>
        <source>A new channel for this document (right-click a channel to rename or remove it)</source>
        <translation>A new channel for this document (right-click a channel to rename or remove it)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/palette.py" line="206"/>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/palette.py" line="208"/>
        <source>Drag onto the map. Double-click a channel or persona to edit it.</source>
        <translation>Drag onto the map. Double-click a channel or persona to edit it.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/palette.py" line="291"/>
        <source>New emotion points join this persona&apos;s curve (right-click the emotion lane to choose another)</source>
        <translation>New emotion points join this persona&apos;s curve (right-click the emotion lane to choose another)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/palette.py" line="355"/>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/palette.py" line="356"/>
        <source>Change icon…</source>
        <translation>Change icon…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/palette.py" line="357"/>
        <source>Remove…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/palette.py" line="218"/>
        <source>Drag a new “%1” onto the map</source>
        <translation>Drag a new “%1” onto the map</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/palette.py" line="265"/>
        <source>No channels in this document.</source>
        <translation>No channels in this document.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/palette.py" line="268"/>
        <source>%1 — drag onto a touchpoint; double-click to edit, right-click for more</source>
        <translation>%1 — drag onto a touchpoint; double-click to edit, right-click for more</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/docks/palette.py" line="273"/>
        <source>No personas yet.</source>
        <translation>No personas yet.</translation>
    </message>
</context>
<context>
    <name>PersonaEditor</name>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/persona_editor.py" line="61"/>
        <source>Personas</source>
        <extracomment>The empathy map: a 2 × 2 square (says, thinks / does, feels) and a row (pains, gains).</extracomment>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/persona_editor.py" line="80"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/persona_editor.py" line="83"/>
        <source>Remove…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/persona_editor.py" line="139"/>
        <source>Choose photo…</source>
        <translation>Choose photo…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/persona_editor.py" line="143"/>
        <location filename="../klantreis_desktop/ui/dialogs/persona_editor.py" line="353"/>
        <source>Remove photo</source>
        <translation>Remove photo</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/persona_editor.py" line="153"/>
        <source>This persona is part of the current journey</source>
        <translation>This persona is part of the current journey</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/persona_editor.py" line="123"/>
        <source>Empathy map</source>
        <translation>Empathy map</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/persona_editor.py" line="122"/>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/persona_editor.py" line="242"/>
        <source>No photo</source>
        <translation>No photo</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/persona_editor.py" line="285"/>
        <source>Persona %1</source>
        <translation>Persona %1</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/persona_editor.py" line="310"/>
        <source>Remove persona</source>
        <translation>Remove persona</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/persona_editor.py" line="311"/>
        <source>Remove the persona “%1” and their emotion curves from every journey?</source>
        <translation>Remove the persona “%1” and their emotion curves from every journey?</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/persona_editor.py" line="328"/>
        <source>Choose a photo</source>
        <translation>Choose a photo</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/persona_editor.py" line="329"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/persona_editor.py" line="345"/>
        <source>Set photo</source>
        <translation>Set photo</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <location filename="../klantreis_desktop/ui/presenting/window.py" line="63"/>
        <source>Presenting: {title}</source>
        <extracomment>Smallest text the room must be able to read, in screen pixels. The most a phase is enlarged (a short journey on a big screen). A clicker sends PageDown/PageUp: step through a phase&apos;s slices, then on to the next.</extracomment>
        <translation>Presenting: {title}</translation>
    </message>
</context>
<context>
    <name>Presenting</name>
    <message>
        <location filename="../klantreis_desktop/ui/presenting/__init__.py" line="90"/>
        <source>&amp;Present</source>
        <extracomment>Called with every new presentation (the workshop adds its timer overlay this way).</extracomment>
        <translation>&amp;Present</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/presenting/__init__.py" line="93"/>
        <source>Show the journey full screen on the projector, phase by phase</source>
        <translation>Show the journey full screen on the projector, phase by phase</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/presenting/audience.py" line="28"/>
        <source>Lanes</source>
        <translation>Lanes</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/presenting/audience.py" line="46"/>
        <source>Saved views</source>
        <translation>Saved views</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/presenting/audience.py" line="47"/>
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/presenting/audience.py" line="53"/>
        <source>Save view as…</source>
        <translation>Save view as…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/presenting/audience.py" line="68"/>
        <source>Save view</source>
        <translation>Save view</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/presenting/audience.py" line="69"/>
        <source>Name of this view (for example “Board”):</source>
        <translation>Name of this view (for example “Board”):</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/presenting/audience.py" line="38"/>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/presenting/audience.py" line="30"/>
        <source>(untitled lane)</source>
        <translation>(untitled lane)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/presenting/audience.py" line="40"/>
        <source>(unnamed persona)</source>
        <translation>(unnamed persona)</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/recovery_dialog.py" line="96"/>
        <source>No journeys</source>
        <translation>No journeys</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/recovery_dialog.py" line="194"/>
        <source>Untitled</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/recovery_dialog.py" line="177"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/recovery_dialog.py" line="181"/>
        <source>Discard…</source>
        <translation>Discard…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/recovery_dialog.py" line="216"/>
        <source>Recover unsaved work</source>
        <translation>Recover unsaved work</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/recovery_dialog.py" line="124"/>
        <source>Klantreis did not close properly last time. These journey maps had changes that were not saved. Restore them to keep working, or discard what you no longer need.</source>
        <translation>Klantreis did not close properly last time. These journey maps had changes that were not saved. Restore them to keep working, or discard what you no longer need.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/recovery_dialog.py" line="240"/>
        <source>Restore all</source>
        <translation>Restore all</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/recovery_dialog.py" line="244"/>
        <source>Decide later</source>
        <translation>Decide later</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/recovery_dialog.py" line="247"/>
        <source>Keep the remaining copies and ask again next time</source>
        <translation>Keep the remaining copies and ask again next time</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/recovery_dialog.py" line="276"/>
        <source>Discard recovered work?</source>
        <translation>Discard recovered work?</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/recovery_dialog.py" line="95"/>
        <source>and %1 more journeys</source>
        <translation>and %1 more journeys</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/recovery_dialog.py" line="258"/>
        <source>Not restored</source>
        <translation>Not restored</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/recovery_dialog.py" line="162"/>
        <source>Last autosaved: %1</source>
        <translation>Last autosaved: %1</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/recovery_dialog.py" line="165"/>
        <source>Saved before as: %1</source>
        <translation>Saved before as: %1</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/recovery_dialog.py" line="277"/>
        <source>The unsaved changes in “%1” will be deleted for good.</source>
        <translation>The unsaved changes in “%1” will be deleted for good.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/recovery_dialog.py" line="91"/>
        <source>“%1”: %2 cards</source>
        <translation>“%1”: %2 cards</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/recovery_dialog.py" line="120"/>
        <source>These journey maps still have changes that were never saved. They were kept when Klantreis stopped unexpectedly earlier, and you chose to decide about them later. Restore them to keep working, or discard what you no longer need.</source>
        <translation>These journey maps still have changes that were never saved. They were kept when Klantreis stopped unexpectedly earlier, and you chose to decide about them later. Restore them to keep working, or discard what you no longer need.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/recovery_dialog.py" line="91"/>
        <source>“%1”: 1 card</source>
        <translation>“%1”: 1 card</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/recovery_dialog.py" line="102"/>
        <source>The file was saved again later (%1): these changes are older. Restored, they open as a separate copy, and saving asks where.</source>
        <translation>The file was saved again later (%1): these changes are older. Restored, they open as a separate copy, and saving asks where.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/recovery_dialog.py" line="108"/>
        <source>%1 (older kept changes)</source>
        <translation>%1 (older kept changes)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/dialogs/recovery_dialog.py" line="166"/>
        <source>Never saved to a file</source>
        <translation>Never saved to a file</translation>
    </message>
</context>
<context>
    <name>Room</name>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_overlay.py" line="79"/>
        <source>Room ({count})</source>
        <translation>Room ({count})</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_exercise.py" line="89"/>
        <source>Show the waiting screen</source>
        <translation>Show the waiting screen</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_exercise.py" line="101"/>
        <source>Dimension:</source>
        <translation>Dimension:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_exercise.py" line="102"/>
        <source>Empathy map: says, thinks, does, feels</source>
        <translation>Empathy map: says, thinks, does, feels</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_exercise.py" line="105"/>
        <source>Collect notes</source>
        <translation>Collect notes</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_exercise.py" line="118"/>
        <source>Dots per person:</source>
        <translation>Dots per person:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_exercise.py" line="119"/>
        <source>Show the tallies live</source>
        <translation>Show the tallies live</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_exercise.py" line="122"/>
        <source>Start a voting round</source>
        <translation>Start a voting round</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_exercise.py" line="125"/>
        <source>Reveal the votes</source>
        <translation>Reveal the votes</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_exercise.py" line="138"/>
        <source>Persona:</source>
        <translation>Persona:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_exercise.py" line="139"/>
        <source>Start rating</source>
        <translation>Start rating</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_exercise.py" line="141"/>
        <source>Adopt the room&apos;s curve</source>
        <translation>Adopt the room&apos;s curve</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_exercise.py" line="36"/>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_exercise.py" line="36"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_exercise.py" line="36"/>
        <source>Dot voting</source>
        <translation>Dot voting</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_exercise.py" line="37"/>
        <source>Emotion rating</source>
        <translation>Emotion rating</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_exercise.py" line="166"/>
        <source>The phones show the timer while it runs.</source>
        <translation>The phones show the timer while it runs.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_exercise.py" line="160"/>
        <source>(unnamed persona)</source>
        <translation>(unnamed persona)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_exercise.py" line="165"/>
        <source>Agenda step: {step}</source>
        <translation>Agenda step: {step}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_projector.py" line="31"/>
        <source>Join the room</source>
        <translation>Join the room</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_projector.py" line="44"/>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="122"/>
        <source>Join with your phone</source>
        <translation>Join with your phone</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_projector.py" line="46"/>
        <source>or go to the address and type the code:</source>
        <translation>or go to the address and type the code:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_projector.py" line="50"/>
        <source>Esc: back to the room&apos;s controls</source>
        <translation>Esc: back to the room&apos;s controls</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_projector.py" line="73"/>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="479"/>
        <source>{count} joined</source>
        <translation>{count} joined</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_session.py" line="75"/>
        <source>This computer is not on a private network.</source>
        <translation>This computer is not on a private network.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="65"/>
        <source>Linux: Settings › Wi-Fi › Turn On Wi-Fi Hotspot (or nmcli device wifi hotspot). Participants join the network shown there.</source>
        <translation>Linux: Settings › Wi-Fi › Turn On Wi-Fi Hotspot (or nmcli device wifi hotspot). Participants join the network shown there.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="69"/>
        <source>Phones cannot connect? Guest networks often keep devices apart. Use the laptop&apos;s own hotspot, then close and open the room again:</source>
        <translation>Phones cannot connect? Guest networks often keep devices apart. Use the laptop&apos;s own hotspot, then close and open the room again:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="112"/>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="135"/>
        <source>Show full screen on the projector</source>
        <translation>Show full screen on the projector</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="147"/>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="528"/>
        <source>Remove from the room</source>
        <translation>Remove from the room</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="153"/>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="156"/>
        <source>Merge duplicates</source>
        <translation>Merge duplicates</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="162"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="165"/>
        <source>Close the room</source>
        <translation>Close the room</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="238"/>
        <source>Phones join by the QR code, or type the address and the code. Only this room&apos;s phones can take part.</source>
        <translation>Phones join by the QR code, or type the address and the code. Only this room&apos;s phones can take part.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="60"/>
        <source>Windows: Settings › Network &amp; internet › Mobile hotspot: turn it on. Participants join the network name and password shown there.</source>
        <translation>Windows: Settings › Network &amp; internet › Mobile hotspot: turn it on. Participants join the network name and password shown there.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="62"/>
        <source>macOS: join the laptop to a phone&apos;s personal hotspot, or share a cable connection over Wi-Fi (System Settings › General › Sharing › Internet Sharing).</source>
        <translation>macOS: join the laptop to a phone&apos;s personal hotspot, or share a cable connection over Wi-Fi (System Settings › General › Sharing › Internet Sharing).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="170"/>
        <source>What the phones do now</source>
        <translation>What the phones do now</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="174"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="181"/>
        <source>Notes from phones</source>
        <translation>Notes from phones</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="337"/>
        <source>The phones wait for the next exercise.</source>
        <translation>The phones wait for the next exercise.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="356"/>
        <source>The phones send notes; they land on the brainstorm board.</source>
        <translation>The phones send notes; they land on the brainstorm board.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="406"/>
        <source>This journey has no pain points or opportunities yet.</source>
        <translation>This journey has no pain points or opportunities yet.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="411"/>
        <source>The votes are on the cards.</source>
        <translation>The votes are on the cards.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="421"/>
        <source>This journey has no touchpoints yet.</source>
        <translation>This journey has no touchpoints yet.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="487"/>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="523"/>
        <source>Anonymous</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="218"/>
        <source>This computer is on no private network (Wi-Fi, cable or hotspot), so phones cannot reach it.</source>
        <translation>This computer is on no private network (Wi-Fi, cable or hotspot), so phones cannot reach it.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="235"/>
        <source>Code: {code}</source>
        <translation>Code: {code}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="427"/>
        <source>The room&apos;s curve is now the persona&apos;s (Undo takes it back).</source>
        <translation>The room&apos;s curve is now the persona&apos;s (Undo takes it back).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="261"/>
        <source>The room stopped: {error}</source>
        <translation>The room stopped: {error}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="405"/>
        <source>Voting on {count} pain points and opportunities.</source>
        <translation>Voting on {count} pain points and opportunities.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="420"/>
        <source>Rating {count} touchpoints.</source>
        <translation>Rating {count} touchpoints.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="488"/>
        <source>{name} (away)</source>
        <translation>{name} (away)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="495"/>
        <source>{voters} of {count} have voted; {dots} dots placed.</source>
        <translation>{voters} of {count} have voted; {dots} dots placed.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="222"/>
        <source>The room could not start: {error}</source>
        <translation>The room could not start: {error}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="498"/>
        <source>{raters} of {count} have rated.</source>
        <translation>{raters} of {count} have rated.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_session.py" line="137"/>
        <source>Dots of a removed participant</source>
        <translation>Dots of a removed participant</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="531"/>
        <source>Their dots and ratings no longer count; their notes stay on the board.</source>
        <translation>Their dots and ratings no longer count; their notes stay on the board.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="343"/>
        <source>Type a dimension first: what the notes are about (for example Channels).</source>
        <translation>Type a dimension first: what the notes are about (for example Channels).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="556"/>
        <source>The notes are merged into one (Undo takes it back).</source>
        <translation>The notes are merged into one (Undo takes it back).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="524"/>
        <source>Are you sure you want to take {name} out of the room? They cannot come back.</source>
        <translation>Are you sure you want to take {name} out of the room? They cannot come back.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="526"/>
        <source>Are you sure you want to take {names} out of the room? They cannot come back.</source>
        <translation>Are you sure you want to take {names} out of the room? They cannot come back.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_window.py" line="377"/>
        <source>Room open: {count} joined, code {code}</source>
        <translation>Room open: {count} joined, code {code}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_session.py" line="220"/>
        <source>Add the room&apos;s votes</source>
        <translation>Add the room&apos;s votes</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/room/room_session.py" line="263"/>
        <source>Hide notes</source>
        <translation>Hide notes</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../klantreis_desktop/ui/session.py" line="79"/>
        <source>%1 (backup)</source>
        <extracomment>Emitted after every change the model applies (edits, undo, redo). Emitted when the path or the modified state changes (for the title bar). Our lock on ``path`` (None: read-only, never saved, or no lock could be made). The file as it was when last read or written here (None: nothing to compare). Opened read-only (someone else has it open): Save asks for a new name. The file changed on disk while this document had unsaved edits. The name shown before the first save (the template&apos;s title, for instance). A sample shipped with the app, shown as a new document: it keeps its window (a newly opened file or a new document does not replace it). Shown from the backup of this file (the file itself is damaged): it has no file of its own, its name says it is the backup, and Save asks where.</extracomment>
        <translation>%1 (backup)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/session.py" line="86"/>
        <source>Untitled</source>
        <translation>Untitled</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../klantreis_desktop/ui/window/shortcut_sheet.py" line="40"/>
        <source>Click a cell, then type</source>
        <extracomment>(key sequences in Qt&apos;s portable text, or &quot;&quot; for a mouse gesture; what they do). A row whose first element is empty shows its ``mouse`` text in the key column.</extracomment>
        <translation>Click a cell, then type</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/shortcut_sheet.py" line="41"/>
        <source>Quick entry: a new card in that cell</source>
        <translation>Quick entry: a new card in that cell</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/shortcut_sheet.py" line="42"/>
        <source>Click a card, then type</source>
        <translation>Click a card, then type</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/shortcut_sheet.py" line="43"/>
        <source>Add to its text (the title is kept)</source>
        <translation>Add to its text (the title is kept)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/shortcut_sheet.py" line="45"/>
        <source>Edit the selected card; while typing: keep it and start the next one</source>
        <translation>Edit the selected card; while typing: keep it and start the next one</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/shortcut_sheet.py" line="48"/>
        <source>While typing: next / previous phase</source>
        <translation>While typing: next / previous phase</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/shortcut_sheet.py" line="49"/>
        <source>While typing: a new line</source>
        <translation>While typing: a new line</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/shortcut_sheet.py" line="50"/>
        <source>Edit the selected card&apos;s text</source>
        <translation>Edit the selected card&apos;s text</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/shortcut_sheet.py" line="52"/>
        <source>Stop typing, clear the selection</source>
        <translation>Stop typing, clear the selection</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/shortcut_sheet.py" line="54"/>
        <source>Move the selected cards or the chosen cell; raise or lower an emotion point</source>
        <translation>Move the selected cards or the chosen cell; raise or lower an emotion point</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/shortcut_sheet.py" line="57"/>
        <source>Delete the selection</source>
        <translation>Delete the selection</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/shortcut_sheet.py" line="58"/>
        <source>Drag the dot on a card&apos;s right edge</source>
        <translation>Drag the dot on a card&apos;s right edge</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/shortcut_sheet.py" line="59"/>
        <source>Draw a flow arrow to the next card</source>
        <translation>Draw a flow arrow to the next card</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/shortcut_sheet.py" line="60"/>
        <source>Hold Space and drag</source>
        <translation>Hold Space and drag</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/shortcut_sheet.py" line="61"/>
        <source>Move the view</source>
        <translation>Move the view</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/shortcut_sheet.py" line="62"/>
        <source>Ctrl + mouse wheel</source>
        <translation>Ctrl + mouse wheel</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/shortcut_sheet.py" line="63"/>
        <source>Zoom around the pointer</source>
        <translation>Zoom around the pointer</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/shortcut_sheet.py" line="67"/>
        <source>Next phase, from its top</source>
        <translation>Next phase, from its top</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/shortcut_sheet.py" line="68"/>
        <source>Previous phase, from its top</source>
        <translation>Previous phase, from its top</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/shortcut_sheet.py" line="70"/>
        <source>Next screen: down through this phase&apos;s lanes, then the next phase</source>
        <translation>Next screen: down through this phase&apos;s lanes, then the next phase</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/shortcut_sheet.py" line="72"/>
        <source>Previous screen: back the same way</source>
        <translation>Previous screen: back the same way</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/shortcut_sheet.py" line="73"/>
        <source>First / last phase</source>
        <translation>First / last phase</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/shortcut_sheet.py" line="74"/>
        <source>Go to phase 1 … 9</source>
        <translation>Go to phase 1 … 9</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/shortcut_sheet.py" line="75"/>
        <source>Overview of the whole journey</source>
        <translation>Overview of the whole journey</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/shortcut_sheet.py" line="76"/>
        <source>Add or take back a dot vote</source>
        <translation>Add or take back a dot vote</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/shortcut_sheet.py" line="77"/>
        <source>Audience menu (room mode)</source>
        <translation>Audience menu (room mode)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/shortcut_sheet.py" line="79"/>
        <source>Clear the spotlight, else stop presenting</source>
        <translation>Clear the spotlight, else stop presenting</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/shortcut_sheet.py" line="80"/>
        <source>Space on the full-screen timer</source>
        <translation>Space on the full-screen timer</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/shortcut_sheet.py" line="81"/>
        <source>Pause or resume the countdown (Esc closes it)</source>
        <translation>Pause or resume the countdown (Esc closes it)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/shortcut_sheet.py" line="143"/>
        <source>Canvas</source>
        <translation>Canvas</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/shortcut_sheet.py" line="144"/>
        <source>Presenting</source>
        <translation>Presenting</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/shortcut_sheet.py" line="153"/>
        <source>Keyboard Shortcuts</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/shortcut_sheet.py" line="183"/>
        <source>Menu commands work in the editor window; canvas keys work on the map; presenting keys work while presenting.</source>
        <translation>Menu commands work in the editor window; canvas keys work on the map; presenting keys work while presenting.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/shortcut_sheet.py" line="125"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>Smoke</name>
    <message>
        <location filename="../klantreis_desktop/smoke.py" line="62"/>
        <source>the bundled DejaVu fonts did not load</source>
        <extracomment>The longest side of the rendered test image, in pixels (keeps the check quick).</extracomment>
        <translation>the bundled DejaVu fonts did not load</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/smoke.py" line="64"/>
        <source>the application icon is missing</source>
        <translation>the application icon is missing</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/smoke.py" line="65"/>
        <source>Qt started (PySide6 {version}, platform {platform})</source>
        <translation>Qt started (PySide6 {version}, platform {platform})</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/smoke.py" line="84"/>
        <source>translations missing: {names}</source>
        <translation>translations missing: {names}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/smoke.py" line="87"/>
        <source>translations loadable: {found}; not built yet: {missing}</source>
        <translation>translations loadable: {found}; not built yet: {missing}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/smoke.py" line="89"/>
        <source>translations loadable: {names}</source>
        <translation>translations loadable: {names}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/smoke.py" line="96"/>
        <source>window modules import</source>
        <translation>window modules import</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/smoke.py" line="109"/>
        <source>built from {file}</source>
        <translation>built from {file}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/smoke.py" line="114"/>
        <source>the sample journey is empty</source>
        <translation>the sample journey is empty</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/smoke.py" line="115"/>
        <source>sample opened ({source}): {journeys} journeys, {cards} cards</source>
        <translation>sample opened ({source}): {journeys} journeys, {cards} cards</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/smoke.py" line="133"/>
        <source>the canvas drew nothing</source>
        <translation>the canvas drew nothing</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/smoke.py" line="146"/>
        <source>the rendered journey is blank</source>
        <translation>the rendered journey is blank</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/smoke.py" line="154"/>
        <source>rendered {count} journeys ({sizes} px)</source>
        <translation>rendered {count} journeys ({sizes} px)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/smoke.py" line="178"/>
        <source>the exported file is not a PDF</source>
        <translation>the exported file is not a PDF</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/smoke.py" line="181"/>
        <source>the exported PDF has no pages</source>
        <translation>the exported PDF has no pages</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/smoke.py" line="182"/>
        <source>PDF exported: {pages} pages, {size} kB</source>
        <translation>PDF exported: {pages} pages, {size} kB</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/smoke.py" line="204"/>
        <source>Klantreis {version} smoke test (Python {python}, {system})</source>
        <translation>Klantreis {version} smoke test (Python {python}, {system})</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/smoke.py" line="209"/>
        <source>FAILED: no temporary folder: {error}</source>
        <translation>FAILED: no temporary folder: {error}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/smoke.py" line="217"/>
        <source>FAILED at step “{step}”: {reason} (files in {folder})</source>
        <translation>FAILED at step “{step}”: {reason} (files in {folder})</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/smoke.py" line="223"/>
        <source>Smoke test passed.</source>
        <translation>Smoke test passed.</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="88"/>
        <source>The file “{name}” does not exist (any more).</source>
        <extracomment>Errors of a disk that went away under us: a pulled USB stick, a dropped network share. Windows error numbers (``OSError.winerror``) Python maps to a misleading errno: 206 ERROR_FILENAME_EXCED_RANGE becomes ENOENT (&quot;not found&quot;), 32/33 (sharing and lock violations: another program has the file open) become EACCES, 123 ERROR_INVALID_NAME becomes EINVAL, and a drive that is not ready or a share that went away become EIO. The technical cause (not translated), for logs and a &quot;details&quot; view. Asked between the parts of a file while it is read; True stops reading.</extracomment>
        <translation>The file “{name}” does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="89"/>
        <source>The file does not exist (any more).</source>
        <translation>The file does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="92"/>
        <source>“{name}” is not a Klantreis file.</source>
        <translation>“{name}” is not a Klantreis file.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="93"/>
        <source>This is not a Klantreis file.</source>
        <translation>This is not a Klantreis file.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="96"/>
        <source>The file “{name}” is too large to open safely.</source>
        <translation>The file “{name}” is too large to open safely.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="97"/>
        <source>The file is too large to open safely.</source>
        <translation>The file is too large to open safely.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="100"/>
        <source>The file “{name}” was made with a newer version of Klantreis Desktop and cannot be opened with this one.</source>
        <translation>The file “{name}” was made with a newer version of Klantreis Desktop and cannot be opened with this one.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="103"/>
        <source>The file was made with a newer version of Klantreis Desktop and cannot be opened with this one.</source>
        <translation>The file was made with a newer version of Klantreis Desktop and cannot be opened with this one.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="107"/>
        <source>The file “{name}” contains a journey that is not valid, so it was not opened.</source>
        <translation>The file “{name}” contains a journey that is not valid, so it was not opened.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="109"/>
        <source>The file contains a journey that is not valid, so it was not opened.</source>
        <translation>The file contains a journey that is not valid, so it was not opened.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="113"/>
        <source>You do not have permission to open “{name}”.</source>
        <translation>You do not have permission to open “{name}”.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="115"/>
        <source>You do not have permission to open the file.</source>
        <translation>You do not have permission to open the file.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="118"/>
        <source>The file “{name}” could not be opened because its name or folder path is too long.</source>
        <translation>The file “{name}” could not be opened because its name or folder path is too long.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="120"/>
        <source>The file could not be opened because its name or folder path is too long.</source>
        <translation>The file could not be opened because its name or folder path is too long.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="124"/>
        <source>The file “{name}” could not be opened because its name contains characters that are not allowed.</source>
        <translation>The file “{name}” could not be opened because its name contains characters that are not allowed.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="127"/>
        <source>The file could not be opened because its name contains characters that are not allowed.</source>
        <translation>The file could not be opened because its name contains characters that are not allowed.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="131"/>
        <source>The file “{name}” could not be opened because another program is using it. Close that program and try again.</source>
        <translation>The file “{name}” could not be opened because another program is using it. Close that program and try again.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="134"/>
        <source>The file could not be opened because another program is using it. Close that program and try again.</source>
        <translation>The file could not be opened because another program is using it. Close that program and try again.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="139"/>
        <source>“{name}” is a folder, not a file.</source>
        <translation>“{name}” is a folder, not a file.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="140"/>
        <source>This is a folder, not a file.</source>
        <translation>This is a folder, not a file.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="143"/>
        <source>The file “{name}” could not be read because the disk is no longer available (was a USB stick or network drive removed?).</source>
        <translation>The file “{name}” could not be read because the disk is no longer available (was a USB stick or network drive removed?).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="146"/>
        <source>The file could not be read because the disk is no longer available (was a USB stick or network drive removed?).</source>
        <translation>The file could not be read because the disk is no longer available (was a USB stick or network drive removed?).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="151"/>
        <source>Opening “{name}” was cancelled.</source>
        <translation>Opening “{name}” was cancelled.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="152"/>
        <source>Opening the file was cancelled.</source>
        <translation>Opening the file was cancelled.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="155"/>
        <source>The file “{name}” could not be read.</source>
        <translation>The file “{name}” could not be read.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="156"/>
        <source>The file could not be read.</source>
        <translation>The file could not be read.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="158"/>
        <source>The file “{name}” is damaged and cannot be opened.</source>
        <translation>The file “{name}” is damaged and cannot be opened.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="160"/>
        <source>The file is damaged and cannot be opened.</source>
        <translation>The file is damaged and cannot be opened.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="167"/>
        <source>“{name}” was not saved: you may not write in that folder or the file is locked by another program.</source>
        <translation>“{name}” was not saved: you may not write in that folder or the file is locked by another program.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="169"/>
        <source>The file was not saved: you may not write in that folder or the file is locked by another program.</source>
        <translation>The file was not saved: you may not write in that folder or the file is locked by another program.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="173"/>
        <source>“{name}” was not saved because the file or the disk is read-only.</source>
        <translation>“{name}” was not saved because the file or the disk is read-only.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="175"/>
        <source>The file was not saved because the file or the disk is read-only.</source>
        <translation>The file was not saved because the file or the disk is read-only.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="179"/>
        <source>“{name}” was not saved because the disk is no longer available (was a USB stick or network drive removed?).</source>
        <translation>“{name}” was not saved because the disk is no longer available (was a USB stick or network drive removed?).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="182"/>
        <source>The file was not saved because the disk is no longer available (was a USB stick or network drive removed?).</source>
        <translation>The file was not saved because the disk is no longer available (was a USB stick or network drive removed?).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="187"/>
        <source>“{name}” was not saved because the disk is full.</source>
        <translation>“{name}” was not saved because the disk is full.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="188"/>
        <source>The file was not saved because the disk is full.</source>
        <translation>The file was not saved because the disk is full.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="191"/>
        <source>“{name}” was not saved because its folder no longer exists.</source>
        <translation>“{name}” was not saved because its folder no longer exists.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="193"/>
        <source>The file was not saved because its folder no longer exists.</source>
        <translation>The file was not saved because its folder no longer exists.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="197"/>
        <source>“{name}” was not saved because the file name or the folder path is too long. Choose a shorter name or a folder higher up.</source>
        <translation>“{name}” was not saved because the file name or the folder path is too long. Choose a shorter name or a folder higher up.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="200"/>
        <source>The file was not saved because the file name or the folder path is too long. Choose a shorter name or a folder higher up.</source>
        <translation>The file was not saved because the file name or the folder path is too long. Choose a shorter name or a folder higher up.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="205"/>
        <source>“{name}” was not saved because the name contains characters that are not allowed there. Choose another name.</source>
        <translation>“{name}” was not saved because the name contains characters that are not allowed there. Choose another name.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="208"/>
        <source>The file was not saved because its name contains characters that are not allowed there. Choose another name.</source>
        <translation>The file was not saved because its name contains characters that are not allowed there. Choose another name.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="213"/>
        <source>“{name}” was not saved because another program is using the file. Close that program and save again.</source>
        <translation>“{name}” was not saved because another program is using the file. Close that program and save again.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="216"/>
        <source>The file was not saved because another program is using it. Close that program and save again.</source>
        <translation>The file was not saved because another program is using it. Close that program and save again.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="220"/>
        <source>“{name}” was not saved because a folder with that name exists.</source>
        <translation>“{name}” was not saved because a folder with that name exists.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="222"/>
        <source>The file was not saved because a folder with that name exists.</source>
        <translation>The file was not saved because a folder with that name exists.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="226"/>
        <source>“{name}” was not saved because the journey is not valid.</source>
        <translation>“{name}” was not saved because the journey is not valid.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="228"/>
        <source>The file was not saved because the journey is not valid.</source>
        <translation>The file was not saved because the journey is not valid.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="231"/>
        <source>“{name}” could not be saved.</source>
        <translation>“{name}” could not be saved.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="232"/>
        <source>The file could not be saved.</source>
        <translation>The file could not be saved.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="274"/>
        <source>This is not an image that Klantreis can use (PNG, JPEG, GIF, BMP or WebP).</source>
        <translation>This is not an image that Klantreis can use (PNG, JPEG, GIF, BMP or WebP).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="314"/>
        <source>the file name or folder path is too long</source>
        <translation>the file name or folder path is too long</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="316"/>
        <source>the file name contains characters that are not allowed</source>
        <translation>the file name contains characters that are not allowed</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="318"/>
        <source>another program is using the file</source>
        <translation>another program is using the file</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="320"/>
        <source>it is a folder, not a file</source>
        <translation>it is a folder, not a file</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="322"/>
        <source>the disk is no longer available</source>
        <translation>the disk is no longer available</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="324"/>
        <source>the file or folder does not exist</source>
        <translation>the file or folder does not exist</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="326"/>
        <source>the file or the disk is read-only</source>
        <translation>the file or the disk is read-only</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="328"/>
        <source>you do not have permission</source>
        <translation>you do not have permission</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="330"/>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="333"/>
        <source>the system reported error {number}</source>
        <translation>the system reported error {number}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="334"/>
        <source>the system reported an error</source>
        <translation>the system reported an error</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="265"/>
        <source>The image “{name}” is too large to use.</source>
        <translation>The image “{name}” is too large to use.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="266"/>
        <source>This image is too large to use.</source>
        <translation>This image is too large to use.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="268"/>
        <source>The image “{name}” is damaged or incomplete.</source>
        <translation>The image “{name}” is damaged or incomplete.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="269"/>
        <source>This image is damaged or incomplete.</source>
        <translation>This image is damaged or incomplete.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/errors.py" line="272"/>
        <source>“{name}” is not an image that Klantreis can use (PNG, JPEG, GIF, BMP or WebP).</source>
        <translation>“{name}” is not an image that Klantreis can use (PNG, JPEG, GIF, BMP or WebP).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/codec.py" line="264"/>
        <source>This file was made with an older version of Klantreis Desktop (file version {old}); saving it stores the current format.</source>
        <extracomment>Manifest keys that describe the file rather than the document. 20 times a 2,000-card journey (2,600 nodes, 8,700 links); a built graph costs about 600 bytes a link. What was on disk when it was read (set by ``storage.read``), to notice later whether someone else changed the file.</extracomment>
        <translation>This file was made with an older version of Klantreis Desktop (file version {old}); saving it stores the current format.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/codec.py" line="269"/>
        <source>This file was made with a newer version of Klantreis Desktop (file version {new}); parts this version does not know are kept but not shown.</source>
        <translation>This file was made with a newer version of Klantreis Desktop (file version {new}); parts this version does not know are kept but not shown.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/codec.py" line="274"/>
        <source>The file contains {count} unknown part(s); they were not read and will not be saved.</source>
        <translation>The file contains {count} unknown part(s); they were not read and will not be saved.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/codec.py" line="307"/>
        <source>The photo of persona “{persona}” is missing from the file.</source>
        <translation>The photo of persona “{persona}” is missing from the file.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/codec.py" line="318"/>
        <source>The file contains {count} photo(s) that no persona uses; they were not read and will not be saved.</source>
        <translation>The file contains {count} photo(s) that no persona uses; they were not read and will not be saved.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/locks.py" line="141"/>
        <source>“{name}” is being opened or saved somewhere else right now.</source>
        <extracomment>Attempts and pause for an operation refused with PermissionError (as for saving). A lock file that cannot be read yet is being written, for this long at most. Lock files are a few hundred bytes; anything far larger is not ours. Bytes of the document name kept in the lock name (&quot;.~lock.&quot; and &quot;#&quot; make 8 more). When the lock was made, ISO 8601 with the holder&apos;s UTC offset (&quot;&quot; unknown). False for an empty or damaged lock file (being written, or left by a crash). The lock file&apos;s modification time (seconds since the epoch).</extracomment>
        <translation>“{name}” is being opened or saved somewhere else right now.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/locks.py" line="144"/>
        <source>“{name}” is already open on this computer (by {user}, since {since}).</source>
        <translation>“{name}” is already open on this computer (by {user}, since {since}).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/locks.py" line="147"/>
        <source>“{name}” is open on {host} (by {user}, since {since}; {age}).</source>
        <translation>“{name}” is open on {host} (by {user}, since {since}; {age}).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/locks.py" line="156"/>
        <source>{count} minutes ago</source>
        <translation>{count} minutes ago</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/locks.py" line="158"/>
        <source>{count} hours ago</source>
        <translation>{count} hours ago</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/locks.py" line="159"/>
        <source>{count} days ago</source>
        <translation>{count} days ago</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/locks.py" line="368"/>
        <source>“{name}” could not be marked as open ({reason}), so other windows and computers will not see that you are editing it.</source>
        <translation>“{name}” could not be marked as open ({reason}), so other windows and computers will not see that you are editing it.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="33"/>
        <source>The image “{name}” is too narrow or too long to use ({width} × {height} pixels; one side may be at most {aspect} times the other).</source>
        <translation>The image “{name}” is too narrow or too long to use ({width} × {height} pixels; one side may be at most {aspect} times the other).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="36"/>
        <source>This image is too narrow or too long to use ({width} × {height} pixels; one side may be at most {aspect} times the other).</source>
        <translation>This image is too narrow or too long to use ({width} × {height} pixels; one side may be at most {aspect} times the other).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="40"/>
        <source>The image “{name}” is too large to use ({width} × {height} pixels; at most {limit} million pixels).</source>
        <translation>The image “{name}” is too large to use ({width} × {height} pixels; at most {limit} million pixels).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="43"/>
        <source>This image is too large to use ({width} × {height} pixels; at most {limit} million pixels).</source>
        <translation>This image is too large to use ({width} × {height} pixels; at most {limit} million pixels).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="55"/>
        <source>The file “{name}” was not opened: a photo in it is too narrow or too long ({width} × {height} pixels; one side may be at most {aspect} times the other).</source>
        <translation>The file “{name}” was not opened: a photo in it is too narrow or too long ({width} × {height} pixels; one side may be at most {aspect} times the other).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="59"/>
        <source>The file “{name}” was not opened: a photo in it is too large ({width} × {height} pixels; at most {limit} million pixels per photo).</source>
        <translation>The file “{name}” was not opened: a photo in it is too large ({width} × {height} pixels; at most {limit} million pixels per photo).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="72"/>
        <source>“{name}” was not saved: its photos are too large together (at most {limit} million pixels in all). Remove a few photos and save again.</source>
        <translation>“{name}” was not saved: its photos are too large together (at most {limit} million pixels in all). Remove a few photos and save again.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="76"/>
        <source>The file “{name}” was not opened: its photos are too large together to open safely (at most {limit} million pixels in all).</source>
        <translation>The file “{name}” was not opened: its photos are too large together to open safely (at most {limit} million pixels in all).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="88"/>
        <source>“{name}” was not saved: the {field} is too long ({length} characters; at most {limit}).</source>
        <translation>“{name}” was not saved: the {field} is too long ({length} characters; at most {limit}).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="91"/>
        <source>The file “{name}” was not opened: the {field} is too long ({length} characters; at most {limit}).</source>
        <translation>The file “{name}” was not opened: the {field} is too long ({length} characters; at most {limit}).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="106"/>
        <source>{kind} {field}</source>
        <translation>{kind} {field}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="110"/>
        <source>{kind} “{field}”</source>
        <translation>{kind} “{field}”</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="116"/>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="117"/>
        <source>journey</source>
        <translation>journey</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="118"/>
        <source>persona</source>
        <translation>persona</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="119"/>
        <source>phase</source>
        <translation>phase</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="120"/>
        <source>lane</source>
        <translation>lane</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="121"/>
        <source>touchpoint</source>
        <translation>touchpoint</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="122"/>
        <source>pain point</source>
        <translation>pain point</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="123"/>
        <source>opportunity</source>
        <translation>opportunity</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="124"/>
        <location filename="../klantreis_desktop/storage/refusals.py" line="136"/>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="125"/>
        <location filename="../klantreis_desktop/storage/refusals.py" line="139"/>
        <source>goal</source>
        <translation>goal</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="126"/>
        <source>emotion point</source>
        <translation>emotion point</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="127"/>
        <source>channel</source>
        <translation>channel</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="133"/>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="134"/>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="135"/>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="137"/>
        <source>quote</source>
        <translation>quote</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="138"/>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="140"/>
        <source>goals</source>
        <translation>goals</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="141"/>
        <source>needs</source>
        <translation>needs</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="142"/>
        <source>frustrations</source>
        <translation>frustrations</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="143"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="144"/>
        <source>end goal</source>
        <translation>end goal</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="145"/>
        <source>time span</source>
        <translation>time span</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="146"/>
        <source>duration</source>
        <translation>duration</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="147"/>
        <source>department</source>
        <translation>department</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="148"/>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="149"/>
        <source>target</source>
        <translation>target</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="150"/>
        <source>label</source>
        <translation>label</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="151"/>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/storage/refusals.py" line="152"/>
        <source>language</source>
        <translation>language</translation>
    </message>
</context>
<context>
    <name>SurveyImport</name>
    <message>
        <location filename="../klantreis_desktop/ui/importing/survey_dialog.py" line="60"/>
        <source>Import survey</source>
        <translation>Import survey</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/survey_dialog.py" line="61"/>
        <source>Tables (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Tables (*.csv *.txt *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/survey_dialog.py" line="69"/>
        <source>One column per touchpoint (wide)</source>
        <translation>One column per touchpoint (wide)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/survey_dialog.py" line="70"/>
        <source>A touchpoint column and a score column (long)</source>
        <translation>A touchpoint column and a score column (long)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/survey_dialog.py" line="75"/>
        <source>Tick the columns that hold a touchpoint&apos;s scores</source>
        <translation>Tick the columns that hold a touchpoint&apos;s scores</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/survey_dialog.py" line="82"/>
        <source>Touchpoint:</source>
        <translation>Touchpoint:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/survey_dialog.py" line="83"/>
        <source>Score:</source>
        <translation>Score:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/survey_dialog.py" line="90"/>
        <source>Persona or segment (optional):</source>
        <translation>Persona or segment (optional):</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/survey_dialog.py" line="92"/>
        <source>Answers without one belong to:</source>
        <translation>Answers without one belong to:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/survey_dialog.py" line="96"/>
        <source>Scale of the answers:</source>
        <translation>Scale of the answers:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/survey_dialog.py" line="98"/>
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/survey_dialog.py" line="100"/>
        <source>yyyy-mm-dd</source>
        <translation>yyyy-mm-dd</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/survey_dialog.py" line="101"/>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/survey_dialog.py" line="125"/>
        <source>everyone (no persona)</source>
        <translation>everyone (no persona)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/survey_dialog.py" line="175"/>
        <source>Tick at least one column with a touchpoint&apos;s scores.</source>
        <translation>Tick at least one column with a touchpoint&apos;s scores.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/survey_dialog.py" line="188"/>
        <source>{answers} answers on the scale {low} … {high}: {points} measured points (one undo step).</source>
        <translation>{answers} answers on the scale {low} … {high}: {points} measured points (one undo step).</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/survey_dialog.py" line="167"/>
        <source>The touchpoint and the score need two columns.</source>
        <translation>The touchpoint and the score need two columns.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/survey_dialog.py" line="195"/>
        <source>{count} assumptions to check: see the analysis panel.</source>
        <translation>{count} assumptions to check: see the analysis panel.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/survey_dialog.py" line="47"/>
        <source>Detect automatically</source>
        <translation>Detect automatically</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/survey_dialog.py" line="109"/>
        <source>A measured median further than this from the team&apos;s score (on the journey&apos;s scale) is flagged: check this assumption.</source>
        <translation>A measured median further than this from the team&apos;s score (on the journey&apos;s scale) is flagged: check this assumption.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/survey_dialog.py" line="112"/>
        <source>Flag differences over:</source>
        <translation>Flag differences over:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/survey_dialog.py" line="107"/>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/survey_dialog.py" line="193"/>
        <source>1 assumption to check: see the analysis panel.</source>
        <translation>1 assumption to check: see the analysis panel.</translation>
    </message>
</context>
<context>
    <name>TableImport</name>
    <message>
        <location filename="../klantreis_desktop/ui/importing/table_import.py" line="86"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/table_import.py" line="154"/>
        <source>Choose a CSV or XLSX file</source>
        <translation>Choose a CSV or XLSX file</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/table_import.py" line="156"/>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/table_import.py" line="178"/>
        <source>Which column holds what?</source>
        <translation>Which column holds what?</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/table_import.py" line="189"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/table_import.py" line="193"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/table_import.py" line="316"/>
        <source>Checking every row…</source>
        <translation>Checking every row…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/table_import.py" line="158"/>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/table_import.py" line="345"/>
        <source>Cancelled; nothing was imported.</source>
        <translation>Cancelled; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/table_import.py" line="350"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/table_import.py" line="366"/>
        <source>The import failed.</source>
        <translation>The import failed.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/table_import.py" line="367"/>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/table_import.py" line="255"/>
        <source>Reading {file}…</source>
        <translation>Reading {file}…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/table_import.py" line="323"/>
        <source>The journey is gone; nothing was imported.</source>
        <translation>The journey is gone; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/table_import.py" line="88"/>
        <source>Column {number}</source>
        <translation>Column {number}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/table_import.py" line="163"/>
        <source>Into the journey “{title}”</source>
        <translation>Into the journey “{title}”</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/table_import.py" line="375"/>
        <source>Row {row}: {message}</source>
        <translation>Row {row}: {message}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/table_import.py" line="369"/>
        <source>the problems are listed above.</source>
        <translation>the problems are listed above.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/table_import.py" line="56"/>
        <source>1 row</source>
        <translation>1 row</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/table_import.py" line="60"/>
        <source>1 column</source>
        <translation>1 column</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/table_import.py" line="56"/>
        <source>{count} rows</source>
        <translation>{count} rows</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/table_import.py" line="60"/>
        <source>{count} columns</source>
        <translation>{count} columns</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/table_import.py" line="269"/>
        <source>{rows}, {columns}. Check the mapping, then Import.</source>
        <translation>{rows}, {columns}. Check the mapping, then Import.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/importing/table_import.py" line="243"/>
        <source>There is no file “{path}”.</source>
        <translation>There is no file “{path}”.</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <location filename="../klantreis_desktop/templates.py" line="35"/>
        <source>There is no template called “{name}”.</source>
        <translation>There is no template called “{name}”.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/templates.py" line="37"/>
        <source>There is no sample called “{name}”.</source>
        <translation>There is no sample called “{name}”.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/templates.py" line="39"/>
        <source>There is no template or sample called “{name}”.</source>
        <translation>There is no template or sample called “{name}”.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/templates.py" line="44"/>
        <source>The template file {file} is damaged or cannot be read.</source>
        <translation>The template file {file} is damaged or cannot be read.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/templates.py" line="123"/>
        <source>5A model: Attention, Consideration, Action, Always, Advocate, with a goal and KPI per phase.</source>
        <translation>5A model: Attention, Consideration, Action, Always, Advocate, with a goal and KPI per phase.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/templates.py" line="125"/>
        <source>Four phases: Awareness, Orientation, Purchase, Service &amp; use.</source>
        <translation>Four phases: Awareness, Orientation, Purchase, Service &amp; use.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/templates.py" line="127"/>
        <source>Ideal journey: the steps in chronological order up to a satisfied customer.</source>
        <translation>Ideal journey: the steps in chronological order up to a satisfied customer.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/templates.py" line="129"/>
        <source>Blank: one phase and a touchpoints lane.</source>
        <translation>Blank: one phase and a touchpoints lane.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/templates.py" line="130"/>
        <source>Example: a household cleaning service chosen by two people who are moving house.</source>
        <translation>Example: a household cleaning service chosen by two people who are moving house.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/templates.py" line="132"/>
        <source>Example: the ideal journey of a B2B growth agency, from first message to a score of 8+.</source>
        <translation>Example: the ideal journey of a B2B growth agency, from first message to a score of 8+.</translation>
    </message>
</context>
<context>
    <name>TimerOverlay</name>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/overlay.py" line="66"/>
        <source>Time&apos;s up!</source>
        <extracomment>Colours of the overlay (text, background): calm while counting, loud at the end.</extracomment>
        <translation>Time&apos;s up!</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/overlay.py" line="73"/>
        <source>{dimension} · {number} of {count}</source>
        <translation>{dimension} · {number} of {count}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/overlay.py" line="75"/>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/overlay.py" line="219"/>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/overlay.py" line="229"/>
        <source>Waiting to start</source>
        <translation>Waiting to start</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/overlay.py" line="167"/>
        <source>Stop the timer and take it off the screen</source>
        <translation>Stop the timer and take it off the screen</translation>
    </message>
</context>
<context>
    <name>VoteRound</name>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/vote_round.py" line="37"/>
        <source>New voting round</source>
        <translation>New voting round</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/vote_round.py" line="38"/>
        <source>The cards still have dots from an earlier round.</source>
        <translation>The cards still have dots from an earlier round.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/vote_round.py" line="41"/>
        <source>Keep the earlier dots, or start from zero? New dots are added to what the cards show. Starting from zero is one undo step.</source>
        <translation>Keep the earlier dots, or start from zero? New dots are added to what the cards show. Starting from zero is one undo step.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/vote_round.py" line="45"/>
        <source>Start from &amp;zero</source>
        <translation>Start from &amp;zero</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/vote_round.py" line="46"/>
        <source>&amp;Keep the dots</source>
        <translation>&amp;Keep the dots</translation>
    </message>
</context>
<context>
    <name>WindowMenu</name>
    <message>
        <location filename="../klantreis_desktop/ui/window/window_menu.py" line="26"/>
        <source>Win&amp;dow</source>
        <translation>Win&amp;dow</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/window/window_menu.py" line="39"/>
        <source>No document</source>
        <translation>No document</translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message>
        <location filename="../klantreis_desktop/model/workshop.py" line="41"/>
        <source>Set the goals</source>
        <extracomment>The nine steps of the workshop day (seed 000), as (key, English title). The key names the tool a step opens. Card kinds a brainstorm note can become, with the lane type they land on. Cards that take dot votes.</extracomment>
        <translation>Set the goals</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/workshop.py" line="42"/>
        <source>Gather information</source>
        <translation>Gather information</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/workshop.py" line="43"/>
        <source>Brainstorm channels and touchpoints</source>
        <translation>Brainstorm channels and touchpoints</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/workshop.py" line="44"/>
        <source>Empathy map</source>
        <translation>Empathy map</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/workshop.py" line="45"/>
        <source>Dimension brainstorm</source>
        <translation>Dimension brainstorm</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/workshop.py" line="46"/>
        <source>Affinity diagram</source>
        <translation>Affinity diagram</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/workshop.py" line="47"/>
        <source>Sketch the journey</source>
        <translation>Sketch the journey</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/workshop.py" line="48"/>
        <source>Refine</source>
        <translation>Refine</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/workshop.py" line="49"/>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/board_scene.py" line="246"/>
        <source>(no dimension)</source>
        <extracomment>Where a note&apos;s text goes inside the note. A note this short always fits its four lines (a line holds about 20 characters). The cut text&apos;s lines, kept for painting; None (laid out when painted, as before) for the many notes that fit: a wall of thousands keeps no layouts. Notes per column as laid out (appends keep it up to date): an append never reads every note&apos;s position (a wall of thousands, dozens of notes a second).</extracomment>
        <translation>(no dimension)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/board_scene.py" line="249"/>
        <source>(unlabelled cluster)</source>
        <translation>(unlabelled cluster)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/board_scene.py" line="252"/>
        <source>+ Drop here for a new cluster</source>
        <translation>+ Drop here for a new cluster</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/board_scene.py" line="326"/>
        <source>Cluster {number}</source>
        <translation>Cluster {number}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/board_scene.py" line="350"/>
        <source>Edit the note</source>
        <translation>Edit the note</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/board_scene.py" line="351"/>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/board_scene.py" line="359"/>
        <source>Label the cluster</source>
        <translation>Label the cluster</translation>
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
        <translation>Name at least one dimension to brainstorm on.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/timer.py" line="64"/>
        <source>A round lasts between 5 seconds and an hour.</source>
        <translation>A round lasts between 5 seconds and an hour.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/workshop.py" line="72"/>
        <location filename="../klantreis_desktop/model/workshop.py" line="78"/>
        <source>Workshop agenda</source>
        <translation>Workshop agenda</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/workshop.py" line="91"/>
        <location filename="../klantreis_desktop/model/workshop.py" line="122"/>
        <source>Agenda step</source>
        <translation>Agenda step</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/workshop.py" line="162"/>
        <location filename="../klantreis_desktop/model/workshop.py" line="183"/>
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/workshop.py" line="234"/>
        <source>Add cluster</source>
        <translation>Add cluster</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/workshop.py" line="254"/>
        <source>Cluster note</source>
        <translation>Cluster note</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/workshop.py" line="279"/>
        <source>Notes to cards</source>
        <translation>Notes to cards</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/workshop.py" line="287"/>
        <source>Cluster to cards</source>
        <translation>Cluster to cards</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/workshop.py" line="309"/>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/workshop.py" line="317"/>
        <source>Reset votes</source>
        <translation>Reset votes</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/workshop.py" line="368"/>
        <location filename="../klantreis_desktop/model/workshop.py" line="378"/>
        <source>Save view</source>
        <translation>Save view</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/workshop.py" line="153"/>
        <location filename="../klantreis_desktop/model/workshop.py" line="192"/>
        <source>A note needs some text.</source>
        <translation>A note needs some text.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/workshop.py" line="264"/>
        <source>A note can become a touchpoint, a pain point or an opportunity.</source>
        <translation>A note can become a touchpoint, a pain point or an opportunity.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/workshop.py" line="269"/>
        <source>This journey has no lane to put the cards on.</source>
        <translation>This journey has no lane to put the cards on.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/workshop.py" line="271"/>
        <source>Select one or more notes or a cluster first.</source>
        <translation>Select one or more notes or a cluster first.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/workshop.py" line="307"/>
        <source>Only pain points and opportunities take votes.</source>
        <translation>Only pain points and opportunities take votes.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/workshop.py" line="361"/>
        <source>A view needs a name.</source>
        <translation>A view needs a name.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/workshop.py" line="56"/>
        <source>The element {id} does not exist or is of the wrong kind.</source>
        <translation>The element {id} does not exist or is of the wrong kind.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/workshop.py" line="156"/>
        <location filename="../klantreis_desktop/model/workshop.py" line="226"/>
        <location filename="../klantreis_desktop/model/workshop.py" line="371"/>
        <source>The id {id} is already in use.</source>
        <translation>The id {id} is already in use.</translation>
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
        <translation>&amp;Brainstorm board</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/__init__.py" line="153"/>
        <source>&amp;Empathy map on the projector</source>
        <translation>&amp;Empathy map on the projector</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/__init__.py" line="155"/>
        <source>Start the &amp;timer</source>
        <translation>Start the &amp;timer</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/board.py" line="65"/>
        <source>Brainstorm board</source>
        <translation>Brainstorm board</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/board.py" line="115"/>
        <source>Make cards</source>
        <translation>Make cards</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/board.py" line="44"/>
        <source>Touchpoints</source>
        <translation>Touchpoints</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/board.py" line="44"/>
        <source>Pain points</source>
        <translation>Pain points</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/board.py" line="45"/>
        <source>Opportunities</source>
        <translation>Opportunities</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/board.py" line="71"/>
        <source>Dimension:</source>
        <translation>Dimension:</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/board.py" line="103"/>
        <source>Make the selected notes into</source>
        <translation>Make the selected notes into</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/board.py" line="110"/>
        <source>in phase</source>
        <translation>in phase</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/board.py" line="228"/>
        <source>Open a journey with phases first.</source>
        <translation>Open a journey with phases first.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/board.py" line="233"/>
        <source>{count} cards made.</source>
        <translation>{count} cards made.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/board.py" line="194"/>
        <source>(untitled phase)</source>
        <translation>(untitled phase)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/panel.py" line="109"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/panel.py" line="121"/>
        <source>Notes for this step</source>
        <translation>Notes for this step</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/panel.py" line="126"/>
        <source>Open the tool for this step</source>
        <translation>Open the tool for this step</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/panel.py" line="155"/>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/panel.py" line="157"/>
        <source>Personal, Fast, Carefree</source>
        <translation>Personal, Fast, Carefree</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/panel.py" line="159"/>
        <source>3 to 5 dimensions, separated by commas</source>
        <translation>3 to 5 dimensions, separated by commas</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/panel.py" line="167"/>
        <source> min per dimension</source>
        <translation> min per dimension</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/panel.py" line="169"/>
        <source>Sound</source>
        <translation>Sound</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/panel.py" line="200"/>
        <source>Dot voting</source>
        <translation>Dot voting</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/panel.py" line="176"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/panel.py" line="177"/>
        <location filename="../klantreis_desktop/ui/workshop/panel.py" line="402"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/panel.py" line="178"/>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/panel.py" line="179"/>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/panel.py" line="212"/>
        <source>+1 vote</source>
        <translation>+1 vote</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/panel.py" line="213"/>
        <source>−1</source>
        <translation>−1</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/panel.py" line="215"/>
        <source>New round</source>
        <translation>New round</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/panel.py" line="220"/>
        <source>Highlight top 3</source>
        <translation>Highlight top 3</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/panel.py" line="462"/>
        <source>Pain</source>
        <translation>Pain</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/panel.py" line="462"/>
        <source>Opportunity</source>
        <translation>Opportunity</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/workshop.py" line="190"/>
        <source>The note {id} does not exist.</source>
        <translation>The note {id} does not exist.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/board.py" line="80"/>
        <source>Type an idea and press Enter; double-click a note to change it</source>
        <translation>Type an idea and press Enter; double-click a note to change it</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/__init__.py" line="176"/>
        <source>Show the timer on the pro&amp;jector</source>
        <translation>Show the timer on the pro&amp;jector</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/__init__.py" line="178"/>
        <source>The countdown full screen on the projector, without presenting the map; Esc closes it</source>
        <translation>The countdown full screen on the projector, without presenting the map; Esc closes it</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/panel.py" line="204"/>
        <source>Double-click a row to give it a dot</source>
        <translation>Double-click a row to give it a dot</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/panel.py" line="225"/>
        <source>Dim the wall except the three cards with the most votes (and any tied with the third); click again to stop</source>
        <translation>Dim the wall except the three cards with the most votes (and any tied with the third); click again to stop</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/panel.py" line="554"/>
        <source>No card has votes yet.</source>
        <translation>No card has votes yet.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/panel.py" line="214"/>
        <source>Sort by votes</source>
        <translation>Sort by votes</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/__init__.py" line="146"/>
        <source>&amp;Workshop panel</source>
        <translation>&amp;Workshop panel</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/workshop.py" line="183"/>
        <source>Add notes</source>
        <translation>Add notes</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/workshop.py" line="218"/>
        <source>Merge notes</source>
        <translation>Merge notes</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/workshop.py" line="408"/>
        <source>Adopt the room&apos;s emotions</source>
        <translation>Adopt the room&apos;s emotions</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/workshop.py" line="202"/>
        <source>Select two or more notes to merge.</source>
        <translation>Select two or more notes to merge.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/workshop.py" line="396"/>
        <source>Nobody in the room has rated a touchpoint yet.</source>
        <translation>Nobody in the room has rated a touchpoint yet.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/__init__.py" line="183"/>
        <source>&amp;Room: participants on their phones…</source>
        <translation>&amp;Room: participants on their phones…</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/__init__.py" line="186"/>
        <source>Participants add notes, vote and rate from their phones over this room&apos;s network (no internet)</source>
        <translation>Participants add notes, vote and rate from their phones over this room&apos;s network (no internet)</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/__init__.py" line="162"/>
        <source>&amp;Stop the timer</source>
        <translation>&amp;Stop the timer</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/__init__.py" line="165"/>
        <source>End the rounds and take the timer off the projector and the brainstorm board</source>
        <translation>End the rounds and take the timer off the projector and the brainstorm board</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/panel.py" line="180"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/model/workshop.py" line="209"/>
        <source>Only notes of one dimension can be merged; these are in {dimensions}.</source>
        <translation>Only notes of one dimension can be merged; these are in {dimensions}.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/board.py" line="86"/>
        <source>Room controls</source>
        <translation>Room controls</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/board.py" line="88"/>
        <source>Participants, hide and merge notes, close the room</source>
        <translation>Participants, hide and merge notes, close the room</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/__init__.py" line="168"/>
        <source>P&amp;ause or resume the timer</source>
        <translation>P&amp;ause or resume the timer</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/__init__.py" line="171"/>
        <source>Hold the countdown, and carry on from there</source>
        <translation>Hold the countdown, and carry on from there</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/__init__.py" line="254"/>
        <source>{dimension} ({number} of {count})</source>
        <translation>{dimension} ({number} of {count})</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/__init__.py" line="257"/>
        <source>Time&apos;s up · {round}</source>
        <translation>Time&apos;s up · {round}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/__init__.py" line="235"/>
        <source>The timer runs: {dimension}, round {number} of {count}. {pause} pauses, {stop} stops.</source>
        <translation>The timer runs: {dimension}, round {number} of {count}. {pause} pauses, {stop} stops.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/__init__.py" line="259"/>
        <source>Timer paused at {time} · {round}</source>
        <translation>Timer paused at {time} · {round}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/__init__.py" line="262"/>
        <source>Timer {time} · {round}</source>
        <translation>Timer {time} · {round}</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/panel.py" line="402"/>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/panel.py" line="396"/>
        <source>Time&apos;s up!</source>
        <translation>Time&apos;s up!</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/panel.py" line="407"/>
        <source>Carry on with this round</source>
        <translation>Carry on with this round</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/panel.py" line="408"/>
        <source>Start the first round</source>
        <translation>Start the first round</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/panel.py" line="474"/>
        <source>Choose a pain point or opportunity first: click it on the map or in this list.</source>
        <translation>Choose a pain point or opportunity first: click it on the map or in this list.</translation>
    </message>
    <message>
        <location filename="../klantreis_desktop/ui/workshop/panel.py" line="398"/>
        <source>Paused {time}</source>
        <translation>Paused {time}</translation>
    </message>
</context>
</TS>
