<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
    <context>
        <name>DemoLoad</name>
        <message>
            <source>Load the demo season</source>
            <translation>Läs in demosäsongen</translation>
        </message>
        <message>
            <source>This replaces everything in the database with the demo season. Continue?</source>
            <translation>Allt i databasen ersätts med demosäsongen. Vill du fortsätta?</translation>
        </message>
        <message>
            <source>Loading the demo season…</source>
            <translation>Läser in demosäsongen…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Cancelled: nothing was changed.</source>
            <translation>Avbrutet: ingenting ändrades.</translation>
        </message>
        <message>
            <source>Loading the demo season: %1…</source>
            <translation>Läser in demosäsongen: %1…</translation>
        </message>
    </context>
    <context>
        <name>EmptyStatePage</name>
        <message>
            <source>Season and event planning comes here: a calendar and season timeline, the Vintervecka programme, tasks, the Sommarstråket and Vinterstråket editor, and iCalendar in and out. Until then the overview lists the events of the next 14 days and the tasks due.</source>
            <translation>Här kommer säsongs- och evenemangsplaneringen: kalender och säsongstidslinje, Vinterveckans program, uppgifter, redigering av Sommarstråket och Vinterstråket samt iCalendar in och ut. Till dess visar översikten evenemangen de närmaste 14 dagarna och uppgifterna som ska göras.</translation>
        </message>
        <message>
            <source>The trail register and condition reports, ski-track grooming, snowfarming and snow production planning, SMHI snow data and the go/no-go view for Engelbrektsloppet come here. The overview already shows trail status and the snow guarantee.</source>
            <translation>Här kommer ledregistret och lägesrapporterna, spårpreparering, snölagring och planering av snöproduktion, SMHI:s snödata och beslutsunderlaget för Engelbrektsloppet. Översikten visar redan ledstatus och snögarantin.</translation>
        </message>
        <message>
            <source>Trail and snow maps in SWEREF 99 TM come here, with layers, geodata import and export.</source>
            <translation>Här kommer led- och snökartor i SWEREF 99 TM, med lager samt import och export av geodata.</translation>
        </message>
        <message>
            <source>The register of tourism businesses, their people and every contact with them comes here, with GDPR tools and import and export. The overview already lists the follow-ups due.</source>
            <translation>Här kommer registret över besöksnäringens företag, deras kontaktpersoner och varje kontakt med dem, med GDPR-verktyg samt import och export. Översikten listar redan uppföljningarna som ska göras.</translation>
        </message>
        <message>
            <source>The package builder and the export bundles for partners come here, with the public status page and the daily bulletin.</source>
            <translation>Här kommer paketbyggaren och exportpaketen till partner, med den publika statussidan och den dagliga bulletinen.</translation>
        </message>
        <message numerus="yes">
            <source>The database holds %n event(s).</source>
            <translation>
                <numerusform>Databasen innehåller %n evenemang.</numerusform>
                <numerusform>Databasen innehåller %n evenemang.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The database holds %n trail(s).</source>
            <translation>
                <numerusform>Databasen innehåller %n led.</numerusform>
                <numerusform>Databasen innehåller %n leder.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The database holds %n organisation(s).</source>
            <translation>
                <numerusform>Databasen innehåller %n organisation.</numerusform>
                <numerusform>Databasen innehåller %n organisationer.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The database holds %n package(s).</source>
            <translation>
                <numerusform>Databasen innehåller %n paket.</numerusform>
                <numerusform>Databasen innehåller %n paket.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not built yet</source>
            <translation>Inte byggt än</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Something went wrong while reading the data: %1</source>
            <translation>Något gick fel när data lästes: %1</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>idea</source>
            <translation>idé</translation>
        </message>
        <message>
            <source>planned</source>
            <translation>planerad</translation>
        </message>
        <message>
            <source>confirmed</source>
            <translation>bekräftad</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>inställd</translation>
        </message>
        <message>
            <source>clear</source>
            <translation>öppen</translation>
        </message>
        <message>
            <source>minor issue</source>
            <translation>mindre problem</translation>
        </message>
        <message>
            <source>significant issue</source>
            <translation>betydande problem</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>stängd</translation>
        </message>
        <message>
            <source>no report</source>
            <translation>ingen rapport</translation>
        </message>
        <message>
            <source>meeting</source>
            <translation>möte</translation>
        </message>
        <message>
            <source>call</source>
            <translation>samtal</translation>
        </message>
        <message>
            <source>e-mail</source>
            <translation>e-post</translation>
        </message>
        <message>
            <source>visit</source>
            <translation>besök</translation>
        </message>
        <message>
            <source>event</source>
            <translation>evenemang</translation>
        </message>
        <message>
            <source>clearing the database</source>
            <translation>tömmer databasen</translation>
        </message>
        <message>
            <source>seasons and places</source>
            <translation>säsonger och platser</translation>
        </message>
        <message>
            <source>businesses and people</source>
            <translation>företag och personer</translation>
        </message>
        <message>
            <source>events and tasks</source>
            <translation>evenemang och uppgifter</translation>
        </message>
        <message>
            <source>stråk</source>
            <translation>stråk</translation>
        </message>
        <message>
            <source>trails and reports</source>
            <translation>leder och rapporter</translation>
        </message>
        <message>
            <source>snow data</source>
            <translation>snödata</translation>
        </message>
        <message>
            <source>packages</source>
            <translation>paket</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Översikt</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Evenemang</translation>
        </message>
        <message>
            <source>Trails and snow</source>
            <translation>Leder och snö</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>Karta</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Nätverk</translation>
        </message>
        <message>
            <source>Packages</source>
            <translation>Paket</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;Undo</source>
            <extracomment>The overview re-reads itself this often, and just after midnight (a new "today").</extracomment>
            <translation>&amp;Ångra</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Gör om</translation>
        </message>
        <message>
            <source>Demo data</source>
            <translation>Demodata</translation>
        </message>
        <message>
            <source>The database holds the fictional demo season (businesses, people, trails).</source>
            <translation>Databasen innehåller den påhittade demosäsongen (företag, personer, leder).</translation>
        </message>
        <message>
            <source>Database: %1</source>
            <translation>Databas: %1</translation>
        </message>
        <message>
            <source>The demo season was loaded into a new database.</source>
            <translation>Demosäsongen lästes in i en ny databas.</translation>
        </message>
        <message>
            <source>About Destination Norberg</source>
            <translation>Om Destination Norberg</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;The coordinator program for Norberg's visitor economy: events, trails and snow, the business network and exports for partners.</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;Samordnarens program för besöksnäringen i Norberg: evenemang, leder och snö, företagsnätverket och export till partner.</translation>
        </message>
        <message>
            <source>Destination Norberg</source>
            <translation>Destination Norberg</translation>
        </message>
        <message>
            <source>Areas</source>
            <translation>Områden</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Arkiv</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Redigera</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Visa</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Språk</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hjälp</translation>
        </message>
        <message>
            <source>Load the &amp;demo season…</source>
            <translation>Läs in &amp;demosäsongen…</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Uppdatera</translation>
        </message>
        <message>
            <source>F5</source>
            <translation>F5</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Avsluta</translation>
        </message>
        <message>
            <source>Ctrl+Q</source>
            <translation>Ctrl+Q</translation>
        </message>
        <message>
            <source>&amp;About Destination Norberg</source>
            <translation>&amp;Om Destination Norberg</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <source>Loading the season…</source>
            <translation>Läser in säsongen…</translation>
        </message>
        <message>
            <source>The database is empty. Load the demo season from the File menu to see how the overview works; adding events, trails and businesses comes with their areas.</source>
            <translation>Databasen är tom. Läs in demosäsongen från Arkiv-menyn för att se hur översikten fungerar; att lägga till evenemang, leder och företag kommer med respektive område.</translation>
        </message>
        <message>
            <source>No milestones ahead: no race, stråk or snow-guarantee deadline is planned after today.</source>
            <translation>Inga milstolpar framför oss: inget lopp, stråk eller snögarantidatum är planerat efter i dag.</translation>
        </message>
        <message>
            <source>on now</source>
            <translation>pågår</translation>
        </message>
        <message>
            <source>today</source>
            <translation>i dag</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n dag</numerusform>
                <numerusform>%n dagar</numerusform>
            </translation>
        </message>
        <message>
            <source>race</source>
            <translation>lopp</translation>
        </message>
        <message>
            <source>event</source>
            <translation>evenemang</translation>
        </message>
        <message>
            <source>stråk starts</source>
            <translation>stråket börjar</translation>
        </message>
        <message>
            <source>snow-guarantee deadline</source>
            <translation>snögarantins datum</translation>
        </message>
        <message>
            <source>No snow-guarantee targets yet.</source>
            <translation>Inga snögarantimål ännu.</translation>
        </message>
        <message>
            <source>%1 of %2 km ready</source>
            <translation>%1 av %2 km klara</translation>
        </message>
        <message>
            <source>Not counted, report too old: %1</source>
            <translation>Räknas inte, rapporten är för gammal: %1</translation>
        </message>
        <message>
            <source>Met now.</source>
            <translation>Uppfyllt nu.</translation>
        </message>
        <message>
            <source>Not met, and the deadline has passed.</source>
            <translation>Inte uppfyllt, och datumet har passerat.</translation>
        </message>
        <message numerus="yes">
            <source>Not met yet: %n day(s) to the deadline. No projection from stored snow and production has been made.</source>
            <translation>
                <numerusform>Inte uppfyllt än: %n dag kvar till datumet. Ingen prognos från lagrad snö och produktion har gjorts.</numerusform>
                <numerusform>Inte uppfyllt än: %n dagar kvar till datumet. Ingen prognos från lagrad snö och produktion har gjorts.</numerusform>
            </translation>
        </message>
        <message>
            <source>none registered</source>
            <translation>inga registrerade</translation>
        </message>
        <message numerus="yes">
            <source>%n clear</source>
            <translation>
                <numerusform>%n utan anmärkning</numerusform>
                <numerusform>%n utan anmärkning</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n with minor issues</source>
            <translation>
                <numerusform>%n med mindre problem</numerusform>
                <numerusform>%n med mindre problem</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n with significant issues</source>
            <translation>
                <numerusform>%n med betydande problem</numerusform>
                <numerusform>%n med betydande problem</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n closed</source>
            <translation>
                <numerusform>%n stängd</numerusform>
                <numerusform>%n stängda</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n without a report</source>
            <translation>
                <numerusform>%n utan rapport</numerusform>
                <numerusform>%n utan rapport</numerusform>
            </translation>
        </message>
        <message>
            <source>MTB trails</source>
            <translation>MTB-leder</translation>
        </message>
        <message>
            <source>Ski tracks</source>
            <translation>Skidspår</translation>
        </message>
        <message>
            <source>Hiking and snowshoe trails</source>
            <translation>Vandrings- och snöskoleder</translation>
        </message>
        <message>
            <source>never reported</source>
            <translation>aldrig rapporterad</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>och %n till</numerusform>
                <numerusform>och %n till</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Reports older than %n day(s):</source>
            <translation>
                <numerusform>Rapporter äldre än %n dag:</numerusform>
                <numerusform>Rapporter äldre än %n dagar:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Every trail has a report from the last %n day(s).</source>
            <translation>
                <numerusform>Alla leder har en rapport från det senaste dygnet.</numerusform>
                <numerusform>Alla leder har en rapport från de senaste %n dagarna.</numerusform>
            </translation>
        </message>
        <message>
            <source>Part of %1</source>
            <translation>Del av %1</translation>
        </message>
        <message>
            <source>No events in the next 14 days.</source>
            <translation>Inga evenemang de närmaste 14 dagarna.</translation>
        </message>
        <message>
            <source>%1 (overdue)</source>
            <translation>%1 (försenad)</translation>
        </message>
        <message>
            <source>No open tasks due in the next 14 days.</source>
            <translation>Inga öppna uppgifter de närmaste 14 dagarna.</translation>
        </message>
        <message>
            <source>Tasks due</source>
            <translation>Uppgifter att göra</translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>%n försenad</numerusform>
                <numerusform>%n försenade</numerusform>
            </translation>
        </message>
        <message>
            <source>No follow-ups due in the next 7 days.</source>
            <translation>Inga uppföljningar de närmaste 7 dagarna.</translation>
        </message>
        <message>
            <source>When</source>
            <translation>När</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Evenemang</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Plats</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Senast</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Uppgift</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Ansvarig</translation>
        </message>
        <message>
            <source>Organisation and note</source>
            <translation>Organisation och anteckning</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Översikt</translation>
        </message>
        <message>
            <source>Milestones</source>
            <translation>Milstolpar</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Öppna ›</translation>
        </message>
        <message>
            <source>Snow guarantee</source>
            <translation>Snögaranti</translation>
        </message>
        <message>
            <source>Trail status</source>
            <translation>Ledstatus</translation>
        </message>
        <message>
            <source>Events in the next 14 days</source>
            <translation>Evenemang de närmaste 14 dagarna</translation>
        </message>
        <message>
            <source>Follow-ups due</source>
            <translation>Uppföljningar att göra</translation>
        </message>
    </context>
</TS>