<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
    <context>
        <name>CalendarView</name>
        <message>
            <source>Week %1</source>
            <translation>Vecka %1</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>I dag</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Månad</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Vecka</translation>
        </message>
        <message>
            <source>Previous month</source>
            <translation>Föregående månad</translation>
        </message>
        <message>
            <source>Previous week</source>
            <translation>Föregående vecka</translation>
        </message>
        <message>
            <source>Next month</source>
            <translation>Nästa månad</translation>
        </message>
        <message>
            <source>Next week</source>
            <translation>Nästa vecka</translation>
        </message>
        <message numerus="yes">
            <source>+%n more</source>
            <translation>
                <numerusform>+%n till</numerusform>
                <numerusform>+%n till</numerusform>
            </translation>
        </message>
        <message>
            <source>Wk</source>
            <translation>V</translation>
        </message>
        <message>
            <source>all day</source>
            <translation>heldag</translation>
        </message>
    </context>
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
            <source>Someone else changed this meanwhile, so nothing was saved. The view now shows their version; make your change again if it is still needed.</source>
            <translation>Någon annan ändrade detta under tiden, så ingenting sparades. Vyn visar nu deras version; gör din ändring igen om den fortfarande behövs.</translation>
        </message>
        <message>
            <source>This was removed meanwhile; nothing was saved.</source>
            <translation>Detta togs bort under tiden; ingenting sparades.</translation>
        </message>
        <message>
            <source>Something went wrong while reading the data: %1</source>
            <translation>Något gick fel när data lästes: %1</translation>
        </message>
    </context>
    <context>
        <name>EventColors</name>
        <message>
            <source>Part of %1</source>
            <translation>Del av %1</translation>
        </message>
    </context>
    <context>
        <name>EventDialog</name>
        <message>
            <source>Edit event</source>
            <translation>Ändra evenemang</translation>
        </message>
        <message>
            <source>New event</source>
            <translation>Nytt evenemang</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(inget)</translation>
        </message>
        <message>
            <source>The event needs a Swedish name.</source>
            <translation>Evenemanget behöver ett svenskt namn.</translation>
        </message>
        <message>
            <source>The event ends before it starts.</source>
            <translation>Evenemanget slutar innan det börjar.</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Evenemang</translation>
        </message>
        <message>
            <source>Name (Swedish)</source>
            <translation>Namn (svenska)</translation>
        </message>
        <message>
            <source>Name (English)</source>
            <translation>Namn (engelska)</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Börjar</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Slutar</translation>
        </message>
        <message>
            <source>All day</source>
            <translation>Heldag</translation>
        </message>
        <message>
            <source>Season</source>
            <translation>Säsong</translation>
        </message>
        <message>
            <source>Part of</source>
            <translation>Del av</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Plats</translation>
        </message>
        <message>
            <source>Organiser</source>
            <translation>Arrangör</translation>
        </message>
        <message>
            <source>Outdoors</source>
            <translation>Utomhus</translation>
        </message>
        <message>
            <source>Milestone on the overview</source>
            <translation>Milstolpe på översikten</translation>
        </message>
        <message>
            <source>Description (Swedish)</source>
            <translation>Beskrivning (svenska)</translation>
        </message>
        <message>
            <source>Description (English)</source>
            <translation>Beskrivning (engelska)</translation>
        </message>
    </context>
    <context>
        <name>EventListModel</name>
        <message>
            <source>When</source>
            <translation>När</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Plats</translation>
        </message>
        <message>
            <source>Organiser</source>
            <translation>Arrangör</translation>
        </message>
    </context>
    <context>
        <name>EventsPage</name>
        <message>
            <source>Not saved</source>
            <translation>Inte sparat</translation>
        </message>
        <message>
            <source>New event</source>
            <translation>Nytt evenemang</translation>
        </message>
        <message>
            <source>Edit %1</source>
            <translation>Ändra %1</translation>
        </message>
        <message>
            <source>%1 (copy)</source>
            <translation>%1 (kopia)</translation>
        </message>
        <message>
            <source>Duplicate %1</source>
            <translation>Duplicera %1</translation>
        </message>
        <message>
            <source>Cancel %1</source>
            <translation>Ställ in %1</translation>
        </message>
        <message>
            <source>Task %1</source>
            <translation>Uppgift %1</translation>
        </message>
        <message>
            <source>Copy last year's checklist</source>
            <translation>Kopiera förra årets checklista</translation>
        </message>
        <message>
            <source>There is no event with this name and tasks in %1.</source>
            <translation>Det finns inget evenemang med det här namnet och uppgifter %1.</translation>
        </message>
        <message>
            <source>Copy %1 to %2</source>
            <translation>Kopiera %1 till %2</translation>
        </message>
        <message>
            <source>Import %1</source>
            <translation>Importera %1</translation>
        </message>
        <message>
            <source>Export a calendar</source>
            <translation>Exportera en kalender</translation>
        </message>
        <message>
            <source>Calendars (*.ics)</source>
            <translation>Kalendrar (*.ics)</translation>
        </message>
        <message>
            <source>%n event(s) exported to %1.</source>
            <translation>%n evenemang exporterade till %1.</translation>
        </message>
        <message>
            <source>%1 exported to %2.</source>
            <translation>%1 exporterat till %2.</translation>
        </message>
        <message>
            <source>Next year's winter week…</source>
            <translation>Nästa års vintervecka…</translation>
        </message>
        <message>
            <source>Import a calendar (.ics)…</source>
            <translation>Importera en kalender (.ics)…</translation>
        </message>
        <message>
            <source>Export the events shown (.ics)…</source>
            <translation>Exportera de visade evenemangen (.ics)…</translation>
        </message>
        <message>
            <source>Export the stråk (.ics)…</source>
            <translation>Exportera stråket (.ics)…</translation>
        </message>
        <message>
            <source>All seasons</source>
            <translation>Alla säsonger</translation>
        </message>
        <message>
            <source>Every kind</source>
            <translation>Alla typer</translation>
        </message>
        <message>
            <source>Every status</source>
            <translation>Alla statusar</translation>
        </message>
        <message>
            <source>Every place</source>
            <translation>Alla platser</translation>
        </message>
        <message>
            <source>Every organiser</source>
            <translation>Alla arrangörer</translation>
        </message>
        <message>
            <source>No event selected</source>
            <translation>Inget evenemang valt</translation>
        </message>
        <message>
            <source>Click an event in the calendar, the timeline or the list to see its details and tasks.</source>
            <translation>Klicka på ett evenemang i kalendern, tidslinjen eller listan för att se detaljer och uppgifter.</translation>
        </message>
        <message>
            <source>Organiser: %1</source>
            <translation>Arrangör: %1</translation>
        </message>
        <message>
            <source>Part of %1</source>
            <translation>Del av %1</translation>
        </message>
        <message>
            <source>%1 (overdue)</source>
            <translation>%1 (försenad)</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Klar</translation>
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
            <source>No warnings.</source>
            <translation>Inga varningar.</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Evenemang</translation>
        </message>
        <message>
            <source>Season</source>
            <translation>Säsong</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>Kalender</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Tidslinje</translation>
        </message>
        <message>
            <source>List</source>
            <translation>Lista</translation>
        </message>
        <message>
            <source>Search events…</source>
            <translation>Sök evenemang…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Ändra…</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplicera</translation>
        </message>
        <message>
            <source>Cancel event</source>
            <translation>Ställ in</translation>
        </message>
        <message>
            <source>More</source>
            <translation>Mer</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Visa:</translation>
        </message>
        <message>
            <source>Tasks</source>
            <translation>Uppgifter</translation>
        </message>
        <message>
            <source>Add task…</source>
            <translation>Ny uppgift…</translation>
        </message>
        <message>
            <source>Edit task…</source>
            <translation>Ändra uppgift…</translation>
        </message>
        <message>
            <source>Done / not done</source>
            <translation>Klar / inte klar</translation>
        </message>
        <message>
            <source>Last year's checklist</source>
            <translation>Förra årets checklista</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Varningar</translation>
        </message>
        <message>
            <source>Stråk</source>
            <translation>Stråk</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>(none)</source>
            <translation>(inget)</translation>
        </message>
        <message>
            <source>Import a calendar</source>
            <translation>Importera en kalender</translation>
        </message>
        <message>
            <source>Calendars (*.ics *.ical *.ifb)</source>
            <translation>Kalendrar (*.ics *.ical *.ifb)</translation>
        </message>
        <message>
            <source>(no file chosen)</source>
            <translation>(ingen fil vald)</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>Läser filen…</translation>
        </message>
        <message>
            <source>This file cannot be imported: %1</source>
            <translation>Filen kan inte importeras: %1</translation>
        </message>
        <message>
            <source>new</source>
            <translation>ny</translation>
        </message>
        <message>
            <source>update</source>
            <translation>uppdateras</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>oförändrad</translation>
        </message>
        <message>
            <source>What happens</source>
            <translation>Vad som händer</translation>
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
            <source>(moves from %1)</source>
            <translation>(flyttas från %1)</translation>
        </message>
        <message>
            <source>no season</source>
            <translation>ingen säsong</translation>
        </message>
        <message numerus="yes">
            <source>%n new,</source>
            <translation>
                <numerusform>%n ny,</numerusform>
                <numerusform>%n nya,</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changed,</source>
            <translation>
                <numerusform>%n ändrad,</numerusform>
                <numerusform>%n ändrade,</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unchanged.</source>
            <translation>
                <numerusform>%n oförändrad.</numerusform>
                <numerusform>%n oförändrade.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was imported: %1</source>
            <translation>Ingenting importerades: %1</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fil</translation>
        </message>
        <message>
            <source>Into the season</source>
            <translation>Till säsongen</translation>
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
            <source>week</source>
            <translation>vecka</translation>
        </message>
        <message>
            <source>race</source>
            <translation>lopp</translation>
        </message>
        <message>
            <source>programme item</source>
            <translation>programpunkt</translation>
        </message>
        <message>
            <source>market</source>
            <translation>marknad</translation>
        </message>
        <message>
            <source>festival</source>
            <translation>festival</translation>
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
        <name>NextYearDialog</name>
        <message>
            <source>(none)</source>
            <translation>(inget)</translation>
        </message>
        <message>
            <source>There is no week to copy yet.</source>
            <translation>Det finns ingen vecka att kopiera än.</translation>
        </message>
        <message>
            <source>already exists in %1</source>
            <translation>finns redan %1</translation>
        </message>
        <message>
            <source>left out: cancelled</source>
            <translation>utelämnas: inställd</translation>
        </message>
        <message>
            <source>left out</source>
            <translation>utelämnas</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Evenemang</translation>
        </message>
        <message>
            <source>Was</source>
            <translation>Var</translation>
        </message>
        <message>
            <source>Becomes</source>
            <translation>Blir</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Anteckning</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) will be copied, %1 days later, weekdays and times kept.</source>
            <translation>
                <numerusform>%n evenemang kopieras, %1 dagar senare, med samma veckodagar och tider.</numerusform>
                <numerusform>%n evenemang kopieras, %1 dagar senare, med samma veckodagar och tider.</numerusform>
            </translation>
        </message>
        <message>
            <source>There is nothing to copy.</source>
            <translation>Det finns inget att kopiera.</translation>
        </message>
        <message>
            <source>Next year's winter week</source>
            <translation>Nästa års vintervecka</translation>
        </message>
        <message>
            <source>Copy the week</source>
            <translation>Kopiera veckan</translation>
        </message>
        <message>
            <source>To the year</source>
            <translation>Till året</translation>
        </message>
        <message>
            <source>Into the season</source>
            <translation>Till säsongen</translation>
        </message>
        <message>
            <source>Copy the task checklists too</source>
            <translation>Kopiera uppgifternas checklistor också</translation>
        </message>
    </context>
    <context>
        <name>OrganisationDelegate</name>
        <message>
            <source>(none)</source>
            <translation>(inget)</translation>
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
    <context>
        <name>RoutePreview</name>
        <message>
            <source>No route drawn yet.</source>
            <translation>Ingen rutt ritad än.</translation>
        </message>
        <message numerus="yes">
            <source>%n stop(s) without a location</source>
            <translation>
                <numerusform>%n stopp utan plats</numerusform>
                <numerusform>%n stopp utan plats</numerusform>
            </translation>
        </message>
        <message>
            <source>N</source>
            <comment>north</comment>
            <translation>N</translation>
        </message>
    </context>
    <context>
        <name>StrakPage</name>
        <message>
            <source>The period ends before it starts.</source>
            <translation>Perioden slutar innan den börjar.</translation>
        </message>
        <message>
            <source>Choose at least one day of the week for the stråk.</source>
            <translation>Välj minst en veckodag för stråket.</translation>
        </message>
        <message>
            <source>The stråk must close after it opens.</source>
            <translation>Stråket måste stänga efter att det öppnar.</translation>
        </message>
        <message>
            <source>Every stop needs an organisation: choose one for stop %1 or remove it.</source>
            <translation>Varje stopp behöver en organisation: välj en för stopp %1 eller ta bort det.</translation>
        </message>
        <message>
            <source>There is no stråk to edit yet. Sommarstråket and Vinterstråket come with the demo season.</source>
            <translation>Det finns inget stråk att redigera än. Sommarstråket och Vinterstråket följer med demosäsongen.</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Osparade ändringar</translation>
        </message>
        <message>
            <source>The changes to %1 are not saved. Throw them away?</source>
            <translation>Ändringarna i %1 är inte sparade. Vill du kasta dem?</translation>
        </message>
        <message>
            <source>Stops · %1</source>
            <translation>Stopp · %1</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Varningar</translation>
        </message>
        <message>
            <source>No walking route is stored for this stråk.</source>
            <translation>Ingen promenadrutt är sparad för stråket.</translation>
        </message>
        <message numerus="yes">
            <source>%1 km · about %n minute(s) on foot</source>
            <translation>
                <numerusform>%1 km · cirka %n minuts promenad</numerusform>
                <numerusform>%1 km · cirka %n minuters promenad</numerusform>
            </translation>
        </message>
        <message>
            <source>Measured along the route at an unhurried walk of 4.5 km/h, without stops.</source>
            <translation>Mätt längs rutten i lugn takt, 4,5 km/h, utan stopp.</translation>
        </message>
        <message>
            <source>No warnings: every stop has an organisation and keeps the stråk hours.</source>
            <translation>Inga varningar: varje stopp har en organisation och håller stråkets tider.</translation>
        </message>
        <message>
            <source>Stop %1, %2, is closed during the stråk hours %3.</source>
            <translation>Stopp %1, %2, är stängt under stråkets tider %3.</translation>
        </message>
        <message>
            <source>Stop %1, %2, is open %3, which does not cover the stråk hours %4.</source>
            <translation>Stopp %1, %2, har öppet %3, vilket inte täcker stråkets tider %4.</translation>
        </message>
        <message>
            <source>Stop %1, %2: the opening hours “%3” cannot be read. Write them as 16–20, or 10–14, 16–20, or stängt.</source>
            <translation>Stopp %1, %2: öppettiderna ”%3” går inte att läsa. Skriv dem som 16–20, eller 10–14, 16–20, eller stängt.</translation>
        </message>
        <message>
            <source>Stop %1 has no organisation.</source>
            <translation>Stopp %1 har ingen organisation.</translation>
        </message>
        <message>
            <source>%1 stops share position %2.</source>
            <translation>%1 stopp har samma plats %2 i ordningen.</translation>
        </message>
        <message>
            <source>(no organisation)</source>
            <translation>(ingen organisation)</translation>
        </message>
        <message>
            <source>stråk hours</source>
            <translation>stråkets tider</translation>
        </message>
        <message numerus="yes">
            <source>%n stop(s) open then.</source>
            <translation>
                <numerusform>%n stopp har öppet då.</numerusform>
                <numerusform>%n stopp har öppet då.</numerusform>
            </translation>
        </message>
        <message>
            <source>A stråk day and within its hours, but no stop is open then.</source>
            <translation>En stråkdag och inom tiderna, men inget stopp har öppet då.</translation>
        </message>
        <message>
            <source>Not a stråk day: %1 runs from %2 to %3.</source>
            <translation>Ingen stråkdag: %1 pågår från %2 till %3.</translation>
        </message>
        <message>
            <source>Not a stråk day: no weekdays are chosen for %1.</source>
            <translation>Ingen stråkdag: inga veckodagar är valda för %1.</translation>
        </message>
        <message>
            <source>Not a stråk day: %1 is open on %2.</source>
            <translation>Ingen stråkdag: %1 har öppet på %2.</translation>
        </message>
        <message>
            <source>Outside the stråk hours: %1 is open %2 on stråk days.</source>
            <translation>Utanför stråkets tider: %1 har öppet %2 på stråkdagar.</translation>
        </message>
        <message>
            <source>Stråk</source>
            <translation>Stråk</translation>
        </message>
        <message>
            <source>The stråk to edit</source>
            <translation>Stråket som redigeras</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>Återställ</translation>
        </message>
        <message>
            <source>Throw away the changes and show the stråk as saved</source>
            <translation>Kasta ändringarna och visa stråket som det är sparat</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Spara</translation>
        </message>
        <message>
            <source>Save the changes to the stråk</source>
            <translation>Spara ändringarna i stråket</translation>
        </message>
        <message>
            <source>Period and hours</source>
            <translation>Period och tider</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>The first day of the stråk</source>
            <translation>Stråkets första dag</translation>
        </message>
        <message>
            <source>to</source>
            <translation>till</translation>
        </message>
        <message>
            <source>The last day of the stråk</source>
            <translation>Stråkets sista dag</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Dagar</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Tider</translation>
        </message>
        <message>
            <source>When the stråk opens</source>
            <translation>När stråket öppnar</translation>
        </message>
        <message>
            <source>When the stråk closes</source>
            <translation>När stråket stänger</translation>
        </message>
        <message>
            <source>No common hours</source>
            <translation>Inga gemensamma tider</translation>
        </message>
        <message>
            <source>Each stop keeps its own hours; the stråk sets none.</source>
            <translation>Varje stopp har sina egna tider; stråket anger inga.</translation>
        </message>
        <message>
            <source>Stops</source>
            <translation>Stopp</translation>
        </message>
        <message>
            <source>Add stop</source>
            <translation>Nytt stopp</translation>
        </message>
        <message>
            <source>Add a stop at the end of the walk</source>
            <translation>Lägg till ett stopp sist i promenaden</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Ta bort</translation>
        </message>
        <message>
            <source>Remove the selected stop</source>
            <translation>Ta bort det valda stoppet</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Flytta upp</translation>
        </message>
        <message>
            <source>Move the selected stop one step earlier</source>
            <translation>Flytta det valda stoppet ett steg tidigare</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Flytta ner</translation>
        </message>
        <message>
            <source>Move the selected stop one step later</source>
            <translation>Flytta det valda stoppet ett steg senare</translation>
        </message>
        <message>
            <source>Double-click a cell to edit it. An empty opening means the stop keeps the stråk hours.</source>
            <translation>Dubbelklicka på en cell för att ändra den. Tomma öppettider betyder att stoppet håller stråkets tider.</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>Rutt</translation>
        </message>
        <message>
            <source>Who is open?</source>
            <translation>Vem har öppet?</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Dag</translation>
        </message>
        <message>
            <source>The day to check</source>
            <translation>Dagen att kontrollera</translation>
        </message>
        <message>
            <source>at</source>
            <translation>kl.</translation>
        </message>
        <message>
            <source>The time to check</source>
            <translation>Tiden att kontrollera</translation>
        </message>
    </context>
    <context>
        <name>StrakStopsModel</name>
        <message>
            <source>Order</source>
            <translation>Ordning</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Opening</source>
            <translation>Öppet</translation>
        </message>
        <message>
            <source>Offer (Swedish)</source>
            <translation>Erbjudande (svenska)</translation>
        </message>
        <message>
            <source>Offer (English)</source>
            <translation>Erbjudande (engelska)</translation>
        </message>
        <message>
            <source>The stop's hours on stråk days, e.g. 16–20 or 10–14, 16–20. Empty: the stop keeps the stråk hours.</source>
            <translation>Stoppets tider på stråkdagar, t.ex. 16–20 eller 10–14, 16–20. Tomt: stoppet håller stråkets tider.</translation>
        </message>
        <message>
            <source>(choose an organisation)</source>
            <translation>(välj en organisation)</translation>
        </message>
        <message>
            <source>No hours of its own: the stop keeps the stråk hours.</source>
            <translation>Inga egna tider: stoppet håller stråkets tider.</translation>
        </message>
        <message>
            <source>These hours cannot be read. Write them as 16–20, or 10–14, 16–20, or stängt.</source>
            <translation>Tiderna går inte att läsa. Skriv dem som 16–20, eller 10–14, 16–20, eller stängt.</translation>
        </message>
        <message>
            <source>Every stop needs an organisation before the stråk can be saved.</source>
            <translation>Varje stopp behöver en organisation innan stråket kan sparas.</translation>
        </message>
    </context>
    <context>
        <name>TaskDialog</name>
        <message>
            <source>Edit task</source>
            <translation>Ändra uppgift</translation>
        </message>
        <message>
            <source>New task</source>
            <translation>Ny uppgift</translation>
        </message>
        <message>
            <source>(nobody yet)</source>
            <translation>(ingen än)</translation>
        </message>
        <message>
            <source>The task needs a title.</source>
            <translation>Uppgiften behöver en rubrik.</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Uppgift</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Senast</translation>
        </message>
        <message>
            <source>On a date</source>
            <translation>Ett datum</translation>
        </message>
        <message>
            <source>Days before the start</source>
            <translation>Dagar före starten</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Ansvarig</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Klar</translation>
        </message>
    </context>
    <context>
        <name>TimelineView</name>
        <message>
            <source>w%1</source>
            <translation>v%1</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>I dag</translation>
        </message>
        <message>
            <source>Events (%1)</source>
            <translation>Evenemang (%1)</translation>
        </message>
    </context>
    <context>
        <name>Warnings</name>
        <message>
            <source>{first} and {second} overlap at {place} from {starts} to {ends}.</source>
            <translation>{first} och {second} krockar på {place} från {starts} till {ends}.</translation>
        </message>
        <message>
            <source>{event} ({starts}) is outdoors and depends on the snow guarantee {target}, which is red: {ready_km} of {required_km} km ready on {deadline}.</source>
            <translation>{event} ({starts}) är utomhus och beror på snögarantin {target}, som är röd: {ready_km} av {required_km} km klara {deadline}.</translation>
        </message>
        <message>
            <source>The task {task} for {event} was due on {due}.</source>
            <translation>Uppgiften {task} för {event} skulle vara klar {due}.</translation>
        </message>
        <message>
            <source>Stop {position} of {strak}, {organisation}, is closed during the stråk hours {strak_hours}.</source>
            <translation>Stopp {position} i {strak}, {organisation}, är stängt under stråkets tider {strak_hours}.</translation>
        </message>
        <message>
            <source>Stop {position} of {strak}, {organisation}, is open {opening}, which does not cover the stråk hours {strak_hours}.</source>
            <translation>Stopp {position} i {strak}, {organisation}, har öppet {opening}, vilket inte täcker stråkets tider {strak_hours}.</translation>
        </message>
        <message>
            <source>The opening hours '{opening}' of stop {position} of {strak}, {organisation}, cannot be read.</source>
            <translation>Öppettiderna ”{opening}” för stopp {position} i {strak}, {organisation}, går inte att läsa.</translation>
        </message>
        <message>
            <source>Stop {position} of {strak} has no organisation.</source>
            <translation>Stopp {position} i {strak} har ingen organisation.</translation>
        </message>
        <message>
            <source>{count} stops of {strak} share position {position}.</source>
            <translation>{count} stopp i {strak} har samma plats {position} i ordningen.</translation>
        </message>
    </context>
</TS>