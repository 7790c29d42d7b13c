<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
    <context>
        <name>Brochure</name>
        <message>
            <source>Accommodation</source>
            <extracomment>The map as embedded: the text width, and about 0.6 of it high. The map is drawn at this many image pixels per CSS pixel: lines of 3 px and labels of 8 pt come out at a size that reads on paper (about 0.6 mm and 6.5 pt).</extracomment>
            <translation>Boende</translation>
        </message>
        <message>
            <source>Meal</source>
            <translation>Måltid</translation>
        </message>
        <message>
            <source>Ski rental</source>
            <translation>Skidhyra</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Aktivitet</translation>
        </message>
        <message>
            <source>Transport</source>
            <translation>Transport</translation>
        </message>
        <message>
            <source>Race entry</source>
            <translation>Startavgift</translation>
        </message>
        <message>
            <source>all day</source>
            <translation>heldag</translation>
        </message>
        <message>
            <source>%1, until %2</source>
            <translation>%1, till %2</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Vad</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Arrangör</translation>
        </message>
        <message>
            <source>Places</source>
            <translation>Platser</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Pris</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Totalt</translation>
        </message>
        <message>
            <source>Total for %1 people</source>
            <translation>Totalt för %1 personer</translation>
        </message>
        <message>
            <source>Price per person</source>
            <translation>Pris per person</translation>
        </message>
        <message>
            <source>stops 1–%1 on the map</source>
            <translation>stopp 1–%1 på kartan</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Valid %1</source>
            <translation>Gäller %1</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Program</translation>
        </message>
        <message>
            <source>Included and prices</source>
            <translation>Ingår och priser</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>Karta</translation>
        </message>
        <message>
            <source>Prices in Swedish kronor. Times are Norberg local time.</source>
            <translation>Priser i svenska kronor. Tider är lokal tid i Norberg.</translation>
        </message>
        <message>
            <source>per person</source>
            <translation>per person</translation>
        </message>
        <message>
            <source>per package</source>
            <translation>per paket</translation>
        </message>
        <message>
            <source>room</source>
            <translation>rum</translation>
        </message>
        <message>
            <source>vehicle</source>
            <translation>fordon</translation>
        </message>
        <message>
            <source>unit</source>
            <translation>enhet</translation>
        </message>
        <message>
            <source>per %1 (1 person)</source>
            <translation>per %1 (1 pers.)</translation>
        </message>
        <message>
            <source>per %1 (%2 persons)</source>
            <translation>per %1 (%2 pers.)</translation>
        </message>
        <message>
            <source>For 1 person</source>
            <translation>För 1 person</translation>
        </message>
        <message>
            <source>For %1 people</source>
            <translation>För %1 personer</translation>
        </message>
        <message>
            <source>Texts marked * are only available in Swedish.</source>
            <translation>Texter markerade med * finns bara på svenska.</translation>
        </message>
        <message>
            <source>Texts marked * are only available in English.</source>
            <translation>Texter markerade med * finns bara på engelska.</translation>
        </message>
    </context>
    <context>
        <name>Bulletin</name>
        <message>
            <source>Ski track</source>
            <translation>Skidspår</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Längd</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>Förhållanden</translation>
        </message>
        <message>
            <source>Groomed</source>
            <translation>Preparerad</translation>
        </message>
        <message>
            <source>Reported</source>
            <translation>Rapporterad</translation>
        </message>
        <message>
            <source>Trail</source>
            <translation>Led</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>No trails registered.</source>
            <translation>Inga leder registrerade.</translation>
        </message>
        <message>
            <source>%1 km by %2, %3</source>
            <translation>%1 km till %2, %3</translation>
        </message>
        <message>
            <source>No snow-guarantee target is ahead.</source>
            <translation>Inget snögarantimål framför oss.</translation>
        </message>
        <message>
            <source>all day</source>
            <translation>heldag</translation>
        </message>
        <message>
            <source>until %1</source>
            <translation>till %1</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Dag</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tid</translation>
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
            <source>Today</source>
            <translation>I dag</translation>
        </message>
        <message>
            <source>No events today.</source>
            <translation>Inga evenemang i dag.</translation>
        </message>
        <message>
            <source>The coming seven days</source>
            <translation>De kommande sju dagarna</translation>
        </message>
        <message>
            <source>No events in the coming seven days.</source>
            <translation>Inga evenemang de kommande sju dagarna.</translation>
        </message>
        <message>
            <source>each stop its own hours</source>
            <translation>varje stopp har egna tider</translation>
        </message>
        <message>
            <source>%1 is open today, %2.</source>
            <translation>%1 är öppet i dag, %2.</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Stopp</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Öppna ›</translation>
        </message>
        <message>
            <source>Offer</source>
            <translation>Erbjudande</translation>
        </message>
        <message>
            <source>No stråk today.</source>
            <translation>Inget stråk i dag.</translation>
        </message>
        <message>
            <source>Next: %1 on %2, %3 (%4, until %5).</source>
            <translation>Nästa: %1 den %2, %3 (%4, till %5).</translation>
        </message>
        <message>
            <source>Norberg today</source>
            <translation>Norberg i dag</translation>
        </message>
        <message>
            <source>Made %1 by Destination Norberg. Trail status as last reported; times are Norberg local time.</source>
            <translation>Gjord %1 av Destination Norberg. Ledstatus enligt senaste rapport; tider är lokal tid i Norberg.</translation>
        </message>
        <message>
            <source>Status as reported up to %1.</source>
            <translation>Status enligt rapporter fram till %1.</translation>
        </message>
        <message>
            <source>Trails and ski tracks</source>
            <translation>Leder och skidspår</translation>
        </message>
        <message>
            <source>Snow guarantee</source>
            <translation>Snögaranti</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Evenemang</translation>
        </message>
        <message>
            <source>Stråk</source>
            <translation>Stråk</translation>
        </message>
        <message>
            <source>Norberg today: %1</source>
            <extracomment>The bulletin is pinned up as one page: its type may shrink to 85 % to fit one.</extracomment>
            <translation>Norberg i dag: %1</translation>
        </message>
    </context>
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
        <name>ConflictDialog</name>
        <message>
            <source>Changed by someone else</source>
            <translation>Ändrat av någon annan</translation>
        </message>
        <message>
            <source>Someone else saved %1 while you were editing it. Nothing has been lost: choose what to keep, field by field, or all of theirs or all of yours.</source>
            <translation>Någon annan sparade %1 medan du ändrade. Inget har gått förlorat: välj vad som ska behållas, fält för fält, eller allt deras eller allt ditt.</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Fält</translation>
        </message>
        <message>
            <source>Theirs</source>
            <translation>Deras</translation>
        </message>
        <message>
            <source>Yours</source>
            <translation>Ditt</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Behåll</translation>
        </message>
        <message>
            <source>theirs</source>
            <translation>deras</translation>
        </message>
        <message>
            <source>yours</source>
            <translation>ditt</translation>
        </message>
        <message>
            <source>Keep theirs</source>
            <translation>Behåll deras</translation>
        </message>
        <message>
            <source>Keep mine</source>
            <translation>Behåll mitt</translation>
        </message>
        <message>
            <source>Merge as chosen</source>
            <translation>Slå ihop som valt</translation>
        </message>
    </context>
    <context>
        <name>ContactsImportDialog</name>
        <message>
            <source>(not imported)</source>
            <translation>(importeras inte)</translation>
        </message>
        <message>
            <source>%1 contacts to import.</source>
            <translation>%1 kontakter att importera.</translation>
        </message>
        <message>
            <source>%1 rows left out: %2</source>
            <translation>%1 rader utelämnas: %2</translation>
        </message>
        <message>
            <source>%1 rows had text longer than the program keeps; it was shortened: %2</source>
            <translation>%1 rader hade längre text än programmet sparar; den kortades: %2</translation>
        </message>
        <message>
            <source>Nothing to import: choose which columns hold the organisation or the person.</source>
            <translation>Inget att importera: välj vilka kolumner som innehåller organisationen eller personen.</translation>
        </message>
        <message numerus="yes">
            <source>Import %n contact(s) from %1</source>
            <translation>
                <numerusform>Importera %n kontakt från %1</numerusform>
                <numerusform>Importera %n kontakter från %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Import contacts</source>
            <translation>Importera kontakter</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Blad</translation>
        </message>
        <message>
            <source>First row holds the column names</source>
            <translation>Första raden innehåller kolumnnamnen</translation>
        </message>
        <message>
            <source>Which column holds what</source>
            <translation>Vilken kolumn innehåller vad</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Kolumn</translation>
        </message>
        <message>
            <source>Goes to</source>
            <translation>Blir</translation>
        </message>
        <message>
            <source>First value</source>
            <translation>Första värdet</translation>
        </message>
        <message>
            <source>Preview of the first rows as they will be imported</source>
            <translation>Förhandsvisning av de första raderna som de kommer att importeras</translation>
        </message>
        <message>
            <source>%1 values cannot be normalised and will be kept as written, to review: %2</source>
            <translation>%1 värden kan inte normaliseras och sparas som de är skrivna, att granska: %2</translation>
        </message>
        <message>
            <source>Not imported: %1</source>
            <translation>Importeras inte: %1</translation>
        </message>
        <message>
            <source>Every column is imported.</source>
            <translation>Alla kolumner importeras.</translation>
        </message>
    </context>
    <context>
        <name>CourseDialog</name>
        <message>
            <source>Courses of %1</source>
            <translation>Banor för %1</translation>
        </message>
        <message>
            <source>any ready loop that is long enough</source>
            <translation>valfri klar slinga som är lång nog</translation>
        </message>
        <message>
            <source>Add at least one course, or cancel: a race without a course is not judged.</source>
            <translation>Lägg till minst en bana, eller avbryt: ett lopp utan bana bedöms inte.</translation>
        </message>
        <message>
            <source>The same course is listed twice.</source>
            <translation>Samma bana står två gånger.</translation>
        </message>
        <message>
            <source>Race courses</source>
            <translation>Loppets banor</translation>
        </message>
        <message>
            <source>The full course first, then the fallbacks: the go/no-go takes the first course that can run, one lap before several.</source>
            <translation>Hela banan först, sedan reservbanorna: beslutsunderlaget tar den första banan som går att köra, ett varv före flera.</translation>
        </message>
        <message>
            <source>Loop length (km)</source>
            <translation>Slingans längd (km)</translation>
        </message>
        <message>
            <source>Laps</source>
            <translation>Varv</translation>
        </message>
        <message>
            <source>Natural-snow course</source>
            <translation>Natursnöbana</translation>
        </message>
        <message>
            <source>Only this loop</source>
            <translation>Bara denna slinga</translation>
        </message>
        <message>
            <source>Add course</source>
            <translation>Lägg till bana</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Ta bort</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Upp</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Ned</translation>
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
        <name>DuplicatesDialog</name>
        <message>
            <source>Possible duplicates</source>
            <translation>Möjliga dubbletter</translation>
        </message>
        <message>
            <source>same organisation number</source>
            <translation>samma organisationsnummer</translation>
        </message>
        <message>
            <source>same e-mail address</source>
            <translation>samma e-postadress</translation>
        </message>
        <message>
            <source>similar names</source>
            <translation>liknande namn</translation>
        </message>
        <message>
            <source>No possible duplicates found.</source>
            <translation>Inga möjliga dubbletter hittades.</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Slå ihop</translation>
        </message>
        <message>
            <source>Keep which organisation? The others' people, contacts and parts move to it.</source>
            <translation>Vilken organisation ska behållas? De andras personer, kontakter och delar flyttas dit.</translation>
        </message>
        <message>
            <source>Merge into %1</source>
            <translation>Slå ihop med %1</translation>
        </message>
        <message>
            <source>People:</source>
            <translation>Personer:</translation>
        </message>
        <message>
            <source>Merge…</source>
            <translation>Slå ihop…</translation>
        </message>
    </context>
    <context>
        <name>Erasure</name>
        <message>
            <source>backups kept outside the program's backup folder (%1): saved elsewhere or copied</source>
            <translation>säkerhetskopior utanför programmets mapp för säkerhetskopior (%1): sparade någon annanstans eller kopierade</translation>
        </message>
        <message>
            <source>copies sent by e-mail</source>
            <translation>kopior som skickats med e-post</translation>
        </message>
        <message>
            <source>partner files and exports already sent</source>
            <translation>partnerfiler och exporter som redan skickats</translation>
        </message>
        <message>
            <source>the database server's write-ahead log and its own backups</source>
            <translation>databasserverns transaktionslogg (WAL) och dess egna säkerhetskopior</translation>
        </message>
        <message>
            <source>Erasure cannot reach:</source>
            <translation>Raderingen når inte:</translation>
        </message>
        <message>
            <source>the e-mails sent to them (in their mailbox and the mail server's log)</source>
            <translation>e-post som skickats till personen (i mottagarens brevlåda och e-postserverns logg)</translation>
        </message>
    </context>
    <context>
        <name>ErasureResultDialog</name>
        <message>
            <source>Erased</source>
            <translation>Raderad</translation>
        </message>
        <message>
            <source>Erased. %1 texts had their name, e-mail or phone replaced by %2; %3 contacts stay with their organisation without them.</source>
            <translation>Raderad. I %1 texter ersattes namnet, e-postadressen eller telefonnumret med %2; %3 kontakter stannar hos organisationen utan personen.</translation>
        </message>
        <message>
            <source>Finish the clean-up</source>
            <translation>Slutför rensningen</translation>
        </message>
        <message>
            <source>Another program has the database open (perhaps another window of this program), so the file still holds the erased data. Close the other programs, then finish the clean-up.</source>
            <translation>Ett annat program har databasen öppen (kanske ett annat fönster av det här programmet), så filen innehåller fortfarande de raderade uppgifterna. Stäng de andra programmen och slutför sedan rensningen.</translation>
        </message>
        <message>
            <source>From the database server: %1</source>
            <translation>Från databasservern: %1</translation>
        </message>
        <message>
            <source>Might still name them, left as it is for you to review (%1 places):</source>
            <translation>Kan fortfarande nämna personen, lämnat orört för dig att granska (%1 ställen):</translation>
        </message>
        <message>
            <source>Nothing else in the database seems to name them.</source>
            <translation>Inget annat i databasen verkar nämna personen.</translation>
        </message>
        <message>
            <source>%1 backups kept by the program may still hold erased people. Re-sealing rewrites them without the erased people; deleting removes them.</source>
            <translation>%1 säkerhetskopior som programmet sparar kan fortfarande innehålla raderade personer. Att försegla om skriver om dem utan de raderade personerna; att radera tar bort dem.</translation>
        </message>
        <message>
            <source>The program keeps no backups that could still hold them.</source>
            <translation>Programmet sparar inga säkerhetskopior som fortfarande kan innehålla personen.</translation>
        </message>
        <message>
            <source>Re-seal the backups</source>
            <translation>Försegla om säkerhetskopiorna</translation>
        </message>
        <message>
            <source>Delete the backups</source>
            <translation>Radera säkerhetskopiorna</translation>
        </message>
        <message>
            <source>Cleaning the database file…</source>
            <translation>Rensar databasfilen…</translation>
        </message>
        <message>
            <source>The clean-up of the database file is now done.</source>
            <translation>Rensningen av databasfilen är nu klar.</translation>
        </message>
        <message>
            <source>Delete each of the program's backups that still holds an erased person? They cannot be restored afterwards.</source>
            <translation>Radera var och en av programmets säkerhetskopior som fortfarande innehåller en raderad person? De kan inte återställas efteråt.</translation>
        </message>
        <message>
            <source>Deleting the backups…</source>
            <translation>Raderar säkerhetskopiorna…</translation>
        </message>
        <message>
            <source>Re-sealing the backups…</source>
            <translation>Förseglar om säkerhetskopiorna…</translation>
        </message>
        <message>
            <source>Deleted %1 backups that held erased people; %2 held none and were kept.</source>
            <translation>Raderade %1 säkerhetskopior som innehöll raderade personer; %2 innehöll inga och behölls.</translation>
        </message>
        <message>
            <source>Re-sealed %1 backups without the erased people; %2 held none and were left as they were.</source>
            <translation>Förseglade om %1 säkerhetskopior utan de raderade personerna; %2 innehöll inga och lämnades som de var.</translation>
        </message>
        <message>
            <source>Could not open %1: %2</source>
            <translation>Kunde inte öppna %1: %2</translation>
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
            <source>The connection to the database server was lost: nothing was saved. The program reconnects by itself; try again.</source>
            <translation>Anslutningen till databasservern bröts: ingenting sparades. Programmet ansluter igen av sig självt; försök igen.</translation>
        </message>
        <message>
            <source>The database is busy: another program is writing; try again.</source>
            <translation>Databasen är upptagen: ett annat program skriver i den; försök igen.</translation>
        </message>
        <message>
            <source>The database is read-only: changes cannot be saved to it here (check the file's permissions, or your rights on the server); nothing was saved.</source>
            <translation>Databasen är skrivskyddad: ändringar kan inte sparas i den härifrån (kontrollera filens behörigheter eller dina rättigheter på servern); ingenting sparades.</translation>
        </message>
        <message>
            <source>The disk is full (or the database reached its size limit): nothing was saved.</source>
            <translation>Disken är full (eller så har databasen nått sin största tillåtna storlek): ingenting sparades.</translation>
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
            <source>Milestone</source>
            <translation>Milstolpe</translation>
        </message>
        <message>
            <source>Description (Swedish)</source>
            <translation>Beskrivning (svenska)</translation>
        </message>
        <message>
            <source>Description (English)</source>
            <translation>Beskrivning (engelska)</translation>
        </message>
        <message>
            <source>Part of</source>
            <translation>Del av</translation>
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
        <message>
            <source>Seasons…</source>
            <translation>Säsonger…</translation>
        </message>
        <message>
            <source>Next year's winter week</source>
            <translation>Nästa års vintervecka</translation>
        </message>
        <message>
            <source>Copy %1 to %2 in %3</source>
            <translation>Kopiera %1 till %2 i %3</translation>
        </message>
        <message>
            <source>with %1</source>
            <translation>med %1</translation>
        </message>
        <message>
            <source>%n event(s) copied into %1.</source>
            <translation>%n evenemang kopierade till %1.</translation>
        </message>
        <message>
            <source>The season %1 was created (%2 – %3).</source>
            <translation>Säsongen %1 skapades (%2 – %3).</translation>
        </message>
        <message>
            <source>The season %1 was there already.</source>
            <translation>Säsongen %1 fanns redan.</translation>
        </message>
        <message>
            <source>%n task(s) copied, all open again.</source>
            <translation>%n uppgifter kopierade, alla öppna igen.</translation>
        </message>
        <message>
            <source>%1 copied: %2 – %3, on the same weekdays.</source>
            <translation>%1 kopierat: %2 – %3, på samma veckodagar.</translation>
        </message>
        <message>
            <source>Edit → Undo takes all of it back in one step.</source>
            <translation>Redigera → Ångra tar tillbaka allt i ett steg.</translation>
        </message>
        <message>
            <source>New stråk %1 in %2</source>
            <translation>Nytt stråk %1 i %2</translation>
        </message>
        <message>
            <source>Search events</source>
            <translation>Sök evenemang</translation>
        </message>
        <message>
            <source>Show kind</source>
            <translation>Visa typ</translation>
        </message>
        <message>
            <source>Show status</source>
            <translation>Visa status</translation>
        </message>
        <message>
            <source>Show place</source>
            <translation>Visa plats</translation>
        </message>
        <message>
            <source>Show organiser</source>
            <translation>Visa arrangör</translation>
        </message>
    </context>
    <context>
        <name>ExportChoices</name>
        <message>
            <source>Export bundle</source>
            <translation>Exportpaket</translation>
        </message>
        <message>
            <source>Every partner (a bundle each)</source>
            <translation>Varje partner (ett paket var)</translation>
        </message>
        <message>
            <source>the partner's language</source>
            <translation>partnerns språk</translation>
        </message>
        <message>
            <source>Swedish</source>
            <translation>Svenska</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Engelska</translation>
        </message>
        <message>
            <source>as a zip file</source>
            <translation>som zip-fil</translation>
        </message>
        <message>
            <source>programme: one calendar entry per day</source>
            <translation>program: en kalenderpost per dag</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Till</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Språk</translation>
        </message>
        <message>
            <source>Folders and files to be written</source>
            <translation>Mappar och filer som skrivs</translation>
        </message>
        <message>
            <source>Texts without a translation</source>
            <translation>Texter utan översättning</translation>
        </message>
        <message>
            <source>Will write</source>
            <translation>Skriver</translation>
        </message>
        <message>
            <source>Package title</source>
            <translation>Paketets titel</translation>
        </message>
        <message>
            <source>Package text</source>
            <translation>Paketets text</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Evenemang</translation>
        </message>
        <message>
            <source>Description of %1</source>
            <translation>Beskrivning av %1</translation>
        </message>
        <message>
            <source>Component %1</source>
            <translation>Del %1</translation>
        </message>
        <message>
            <source>Role at %1</source>
            <translation>Roll hos %1</translation>
        </message>
        <message>
            <source>In each English bundle:</source>
            <translation>I varje engelskt paket:</translation>
        </message>
        <message>
            <source>In each Swedish bundle:</source>
            <translation>I varje svenskt paket:</translation>
        </message>
        <message numerus="yes">
            <source>%n text(s) have no English version: the English bundle uses the Swedish text and marks it *.</source>
            <translation>
                <numerusform>%n text saknar engelsk version: det engelska paketet använder den svenska texten och markerar den med *.</numerusform>
                <numerusform>%n texter saknar engelsk version: det engelska paketet använder den svenska texten och markerar dem med *.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n text(s) have no Swedish version: the Swedish bundle uses the English text and marks it *.</source>
            <translation>
                <numerusform>%n text saknar svensk version: det svenska paketet använder den engelska texten och markerar den med *.</numerusform>
                <numerusform>%n texter saknar svensk version: det svenska paketet använder den engelska texten och markerar dem med *.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GdprDialog</name>
        <message>
            <source>Personal data (GDPR)</source>
            <translation>Personuppgifter (GDPR)</translation>
        </message>
        <message>
            <source>%1 people, %2 with a retention review due (⚠). %3 exports and erasures logged.</source>
            <translation>%1 personer, %2 med gallringsöversyn att göra (⚠). %3 utdrag och raderingar loggade.</translation>
        </message>
        <message>
            <source>Export their data…</source>
            <translation>Exportera deras uppgifter…</translation>
        </message>
        <message>
            <source>Erase…</source>
            <translation>Radera…</translation>
        </message>
        <message>
            <source>Export into which folder?</source>
            <translation>Exportera till vilken mapp?</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>Exporterat</translation>
        </message>
        <message>
            <source>Written: %1 and %2.</source>
            <translation>Skrev: %1 och %2.</translation>
        </message>
        <message>
            <source>Erase</source>
            <translation>Radera</translation>
        </message>
        <message>
            <source>Erase %1 for good? Their contacts stay with the organisation without their name. This cannot be undone.</source>
            <translation>Radera %1 för gott? Kontakterna stannar hos organisationen utan namnet. Det går inte att ångra.</translation>
        </message>
    </context>
    <context>
        <name>GeoImportDialog</name>
        <message>
            <source>Trails</source>
            <translation>Leder</translation>
        </message>
        <message>
            <source>Stråk route</source>
            <translation>Stråkets sträckning</translation>
        </message>
        <message>
            <source>Reference layer</source>
            <translation>Referenslager</translation>
        </message>
        <message>
            <source>Import %1</source>
            <translation>Importera %1</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(inget)</translation>
        </message>
        <message>
            <source>%1 feature(s): %2.</source>
            <translation>%1 objekt: %2.</translation>
        </message>
        <message>
            <source>Skipped: %1 (%2).</source>
            <translation>Hoppade över: %1 (%2).</translation>
        </message>
        <message>
            <source>Shortened: %1 line(s) of more than 20,000 points, to within 0.5 m (the length is the full track's).</source>
            <translation>Förenklade: %1 linje(r) med fler än 20 000 punkter, till inom 0,5 m (längden är hela spårets).</translation>
        </message>
        <message>
            <source>Shortened: %1 attribute text(s) longer than 10,000 characters.</source>
            <translation>Kortade: %1 attributtext(er) längre än 10 000 tecken.</translation>
        </message>
        <message>
            <source>Check the coordinate system: %1 The preview on the map shows where the features land with the choice above.</source>
            <translation>Kontrollera koordinatsystemet: %1 Förhandsvisningen på kartan visar var objekten hamnar med valet ovan.</translation>
        </message>
        <message>
            <source>The layer has no features to import.</source>
            <translation>Lagret har inga objekt att importera.</translation>
        </message>
        <message>
            <source>There is no stråk to give this route to.</source>
            <translation>Det finns inget stråk att ge sträckningen till.</translation>
        </message>
        <message>
            <source>Give the layer a name.</source>
            <translation>Ge lagret ett namn.</translation>
        </message>
        <message>
            <source>Import geodata</source>
            <translation>Importera geodata</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fil</translation>
        </message>
        <message>
            <source>Layer</source>
            <translation>Lager</translation>
        </message>
        <message>
            <source>Import as</source>
            <translation>Importera som</translation>
        </message>
        <message>
            <source>Trail kind</source>
            <translation>Typ av led</translation>
        </message>
        <message>
            <source>Stråk</source>
            <translation>Stråk</translation>
        </message>
        <message>
            <source>Layer name</source>
            <translation>Lagrets namn</translation>
        </message>
        <message>
            <source>Name from</source>
            <translation>Namn från</translation>
        </message>
        <message>
            <source>Grade from</source>
            <translation>Gradering från</translation>
        </message>
        <message>
            <source>Coordinate system</source>
            <translation>Koordinatsystem</translation>
        </message>
        <message>
            <source>EPSG code, e.g. 3006</source>
            <translation>EPSG-kod, t.ex. 3006</translation>
        </message>
        <message>
            <source>The file's tracks are empty or single points: its routes were read instead.</source>
            <translation>Filens spår är tomma eller enstaka punkter: dess rutter lästes i stället.</translation>
        </message>
        <message>
            <source>%1 line(s) lie far from Sweden: their length is measured on the ellipsoid, since SWEREF 99 TM would stretch it by more than 0.5 %.</source>
            <translation>%1 linje(r) ligger långt från Sverige: längden mäts på ellipsoiden, eftersom SWEREF 99 TM skulle förlänga den med mer än 0,5 %.</translation>
        </message>
    </context>
    <context>
        <name>GoNoGoView</name>
        <message>
            <source>Go/no-go for the Engelbrekt week</source>
            <translation>Beslutsunderlag för Engelbrektsveckan</translation>
        </message>
        <message>
            <source>Race by race</source>
            <translation>Lopp för lopp</translation>
        </message>
        <message>
            <source>Courses of the race…</source>
            <translation>Loppets banor…</translation>
        </message>
        <message>
            <source>Not judged, no course entered: %1</source>
            <translation>Bedöms inte, ingen bana angiven: %1</translation>
        </message>
        <message>
            <source>Race</source>
            <translation>Lopp</translation>
        </message>
        <message>
            <source>Distance</source>
            <translation>Distans</translation>
        </message>
        <message>
            <source>Course needed</source>
            <translation>Bana som krävs</translation>
        </message>
        <message>
            <source>Available loop</source>
            <translation>Tillgänglig slinga</translation>
        </message>
        <message>
            <source>Go / not yet</source>
            <translation>Klartecken / inte än</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Varför</translation>
        </message>
        <message>
            <source>No go/no-go yet: it needs a snow-guarantee target linked to a race (an event of kind race) with its courses entered.</source>
            <translation>Inget beslutsunderlag än: det behövs ett snögarantimål kopplat till ett lopp (ett evenemang av typen lopp) med dess banor angivna.</translation>
        </message>
        <message numerus="yes">
            <source>Decision date: %1, in %n day(s).</source>
            <translation>
                <numerusform>Beslutsdatum: %1, om %n dag.</numerusform>
                <numerusform>Beslutsdatum: %1, om %n dagar.</numerusform>
            </translation>
        </message>
        <message>
            <source>Decision date: %1, today.</source>
            <translation>Beslutsdatum: %1, i dag.</translation>
        </message>
        <message numerus="yes">
            <source>Decision date: %1, %n day(s) ago.</source>
            <translation>
                <numerusform>Beslutsdatum: %1, för %n dag sedan.</numerusform>
                <numerusform>Beslutsdatum: %1, för %n dagar sedan.</numerusform>
            </translation>
        </message>
        <message>
            <source>Race course target: %1.</source>
            <translation>Snögarantimål för loppbanan: %1.</translation>
        </message>
        <message>
            <source>(natural-snow course)</source>
            <translation>(natursnöspår)</translation>
        </message>
        <message>
            <source>natural-snow course</source>
            <translation>natursnöspår</translation>
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
        <message numerus="yes">
            <source>Import %n event(s) from %1</source>
            <translation>
                <numerusform>Importera %n evenemang från %1</numerusform>
                <numerusform>Importera %n evenemang från %1</numerusform>
            </translation>
        </message>
        <message>
            <source>left out: outside the season</source>
            <translation>utelämnas: utanför säsongen</translation>
        </message>
        <message numerus="yes">
            <source>%n outside the season&apos;s dates, left out.</source>
            <translation>
                <numerusform>%n utanför säsongens datum, utelämnad.</numerusform>
                <numerusform>%n utanför säsongens datum, utelämnade.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cannot be read, left out (see below).</source>
            <translation>
                <numerusform>%n kan inte läsas, utelämnad (se nedan).</numerusform>
                <numerusform>%n kan inte läsas, utelämnade (se nedan).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import the %n event(s) outside the season&apos;s dates too</source>
            <translation>
                <numerusform>Importera även evenemanget utanför säsongens datum</numerusform>
                <numerusform>Importera även de %n evenemangen utanför säsongens datum</numerusform>
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
        <name>InteractionDialog</name>
        <message>
            <source>New contact</source>
            <translation>Ny kontakt</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>People involved</source>
            <translation>Inblandade personer</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Anteckning</translation>
        </message>
        <message>
            <source>Follow up</source>
            <translation>Följ upp</translation>
        </message>
        <message>
            <source>on</source>
            <translation>den</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Klar</translation>
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
            <source>accommodation</source>
            <translation>boende</translation>
        </message>
        <message>
            <source>food and drink</source>
            <translation>mat och dryck</translation>
        </message>
        <message>
            <source>shopping</source>
            <translation>handel</translation>
        </message>
        <message>
            <source>activities</source>
            <translation>aktivitet</translation>
        </message>
        <message>
            <source>transport</source>
            <translation>transport</translation>
        </message>
        <message>
            <source>culture</source>
            <translation>kultur</translation>
        </message>
        <message>
            <source>other</source>
            <translation>övrigt</translation>
        </message>
        <message>
            <source>consent</source>
            <translation>samtycke</translation>
        </message>
        <message>
            <source>legitimate interest</source>
            <translation>berättigat intresse</translation>
        </message>
        <message>
            <source>contract</source>
            <translation>avtal</translation>
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
        <name>MapCanvas</name>
        <message>
            <source>SWEREF 99 TM  N %1  E %2     WGS 84  %3° N  %4° E</source>
            <extracomment>Simplify to about this many pixels (rounded down to a power-of-two number of metres, so to between 0.75 and 1.5 pixels). Most vertices sent to Qt in one refresh: drawing costs about 70 ns a vertex (bench). How much coarser than LOD_PIXELS the budget may simplify before it thins out tiny parts. Antialias only drawings this small: it costs about a fifth more a vertex. The area sent around the view, as a fraction of the view on each side.</extracomment>
            <translation>SWEREF 99 TM  N %1  E %2     WGS 84  %3° N  %4° O</translation>
        </message>
    </context>
    <context>
        <name>MapIO</name>
        <message>
            <source>Reading %1…</source>
            <translation>Läser %1…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>being imported</source>
            <translation>importeras</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Förhandsvisning</translation>
        </message>
        <message>
            <source>Import geodata</source>
            <translation>Importera geodata</translation>
        </message>
        <message>
            <source>Not imported</source>
            <translation>Inte importerat</translation>
        </message>
        <message>
            <source>%1 trail(s) imported.</source>
            <translation>%1 led(er) importerade.</translation>
        </message>
        <message>
            <source>Import %1 trail(s) from %2</source>
            <translation>Importera %1 led(er) från %2</translation>
        </message>
        <message>
            <source>The route of %1 is now %2 m long.</source>
            <translation>Sträckningen för %1 är nu %2 m lång.</translation>
        </message>
        <message>
            <source>Import the route of %1 from %2</source>
            <translation>Importera rutten för %1 från %2</translation>
        </message>
        <message>
            <source>The layer %1 was added.</source>
            <translation>Lagret %1 lades till.</translation>
        </message>
        <message>
            <source>Import the layer %1 from %2</source>
            <translation>Importera lagret %1 från %2</translation>
        </message>
        <message>
            <source>Not undone</source>
            <translation>Inte ångrat</translation>
        </message>
        <message>
            <source>Export trails and stråk routes</source>
            <translation>Exportera leder och stråk</translation>
        </message>
        <message>
            <source>Not exported</source>
            <translation>Inte exporterat</translation>
        </message>
        <message>
            <source>Wrote %1.</source>
            <translation>Skrev %1.</translation>
        </message>
        <message>
            <source>Save the map</source>
            <translation>Spara kartan</translation>
        </message>
        <message>
            <source>PDF (*.pdf);;PNG image (*.png)</source>
            <translation>PDF (*.pdf);;PNG-bild (*.png)</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>Skala</translation>
        </message>
        <message>
            <source>Scale of the printed map</source>
            <translation>Skala för den utskrivna kartan</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Inte sparat</translation>
        </message>
        <message>
            <source>Not removed</source>
            <translation>Inte borttaget</translation>
        </message>
        <message>
            <source>Remove the layer %1</source>
            <translation>Ta bort lagret %1</translation>
        </message>
        <message>
            <source>they look like longitude/latitude in degrees (WGS 84, EPSG:4326)</source>
            <translation>de ser ut som longitud/latitud i grader (WGS 84, EPSG:4326)</translation>
        </message>
        <message>
            <source>they look like SWEREF 99 TM metres (EPSG:3006)</source>
            <translation>de ser ut som meter i SWEREF 99 TM (EPSG:3006)</translation>
        </message>
        <message>
            <source>they look like RT90 2.5 gon V metres (EPSG:3021)</source>
            <translation>de ser ut som meter i RT90 2.5 gon V (EPSG:3021)</translation>
        </message>
        <message>
            <source>they look like metres in a SWEREF 99 local zone (such as EPSG:%1)</source>
            <translation>de ser ut som meter i en lokal SWEREF 99-zon (till exempel EPSG:%1)</translation>
        </message>
        <message>
            <source>they fit none of the Swedish coordinate systems, nor longitude/latitude</source>
            <translation>de passar inget av de svenska koordinatsystemen och inte heller longitud/latitud</translation>
        </message>
        <message>
            <source>The coordinates cannot be in %1: they lie outside the area it is made for; %2.</source>
            <translation>Koordinaterna kan inte vara i %1: de ligger utanför det område det är gjort för; %2.</translation>
        </message>
        <message>
            <source>%1 of the %2 lines in this file are already in the database (imported before). Replace those trails from the file, or add every line as a new trail?</source>
            <translation>%1 av filens %2 linjer finns redan i databasen (importerade tidigare). Ersätta de lederna från filen, eller lägga till varje linje som en ny led?</translation>
        </message>
        <message>
            <source>There is already a layer named %1. Replace its features with the file's, or add a second layer beside it?</source>
            <translation>Det finns redan ett lager som heter %1. Ersätta dess objekt med filens, eller lägga till ett andra lager bredvid?</translation>
        </message>
        <message>
            <source>Already imported</source>
            <translation>Redan importerat</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Ersätt</translation>
        </message>
        <message>
            <source>Add as new</source>
            <translation>Lägg till som nya</translation>
        </message>
        <message>
            <source>Already there: %1 replaced from the file, %2 unchanged.</source>
            <translation>Fanns redan: %1 ersatta från filen, %2 oförändrade.</translation>
        </message>
        <message>
            <source>The features of the layer %1 were replaced from the file.</source>
            <translation>Objekten i lagret %1 ersattes från filen.</translation>
        </message>
    </context>
    <context>
        <name>MapLayersPanel</name>
        <message>
            <source>Layers</source>
            <translation>Lager</translation>
        </message>
        <message>
            <source>Opacity</source>
            <translation>Opacitet</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Upp</translation>
        </message>
        <message>
            <source>Draw the layer over the one above it</source>
            <translation>Rita lagret över lagret ovanför</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Ned</translation>
        </message>
        <message>
            <source>Draw the layer under the one below it</source>
            <translation>Rita lagret under lagret nedanför</translation>
        </message>
    </context>
    <context>
        <name>MapPage</name>
        <message>
            <source>Import background map…</source>
            <translation>Importera bakgrundskarta…</translation>
        </message>
        <message>
            <source>A background map from Lantmäteriet&apos;s open topographic data (Topografi 10, 50 or 100 as GeoPackage): roads, water, forest, buildings and place names</source>
            <translation>En bakgrundskarta från Lantmäteriets öppna topografiska data (Topografi 10, 50 eller 100 som GeoPackage): vägar, vatten, skog, byggnader och ortnamn</translation>
        </message>
        <message>
            <source>Reading the map…</source>
            <translation>Läser kartan…</translation>
        </message>
        <message>
            <source>Remove imported layer…</source>
            <translation>Ta bort importerat lager…</translation>
        </message>
        <message>
            <source>Trail map</source>
            <translation>Ledkarta</translation>
        </message>
        <message>
            <source>Snow map</source>
            <translation>Snökarta</translation>
        </message>
        <message>
            <source>status</source>
            <translation>status</translation>
        </message>
        <message>
            <source>grade</source>
            <translation>gradering</translation>
        </message>
        <message>
            <source>Show in the stråk editor</source>
            <translation>Visa i stråkredigeraren</translation>
        </message>
        <message>
            <source>Show in the network</source>
            <translation>Visa i nätverket</translation>
        </message>
        <message>
            <source>Nothing selected</source>
            <translation>Inget valt</translation>
        </message>
        <message>
            <source>Click a trail, a stop or a business on the map to see what it is. Drag to move the map, turn the wheel to zoom, Shift-drag to zoom to an area.</source>
            <translation>Klicka på en led, ett stopp eller ett företag på kartan för att se vad det är. Dra för att flytta kartan, vrid på hjulet för att zooma, Skift-dra för att zooma till ett område.</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Gradering</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Längd</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Reported</source>
            <translation>Rapporterad</translation>
        </message>
        <message>
            <source>Snow guarantee</source>
            <translation>Snögaranti</translation>
        </message>
        <message>
            <source>counts</source>
            <translation>räknas</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Område</translation>
        </message>
        <message>
            <source>Stråk</source>
            <translation>Stråk</translation>
        </message>
        <message>
            <source>Layer</source>
            <translation>Lager</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>Karta</translation>
        </message>
        <message>
            <source>Colour trails by</source>
            <translation>Färglägg leder efter</translation>
        </message>
        <message>
            <source>Background map (online)</source>
            <translation>Bakgrundskarta (online)</translation>
        </message>
        <message>
            <source>Zoom to all</source>
            <translation>Visa allt</translation>
        </message>
        <message>
            <source>Zoom to selection</source>
            <translation>Zooma till valt</translation>
        </message>
        <message>
            <source>Import geodata…</source>
            <translation>Importera geodata…</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportera…</translation>
        </message>
        <message>
            <source>Save map image…</source>
            <translation>Spara kartbild…</translation>
        </message>
        <message>
            <source>Show in the trail register</source>
            <translation>Visa i ledregistret</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Skede</translation>
        </message>
        <message>
            <source>New trail…</source>
            <translation>Ny led…</translation>
        </message>
        <message>
            <source>Draw a new trail on the map</source>
            <translation>Rita en ny led på kartan</translation>
        </message>
        <message>
            <source>Edit the line</source>
            <translation>Ändra linjen</translation>
        </message>
        <message>
            <source>Move on the map</source>
            <translation>Flytta på kartan</translation>
        </message>
    </context>
    <context>
        <name>MapPrint</name>
        <message>
            <source>Scale 1:%1 · SWEREF 99 TM (EPSG:3006)</source>
            <translation>Skala 1:%1 · SWEREF 99 TM (EPSG:3006)</translation>
        </message>
        <message>
            <source>Made with Destination Norberg.</source>
            <translation>Gjord med Destination Norberg.</translation>
        </message>
        <message>
            <source>Norberg: trails and snow</source>
            <translation>Norberg: leder och snö</translation>
        </message>
    </context>
    <context>
        <name>MapStyles</name>
        <message>
            <source>Trail names</source>
            <translation>Lednamn</translation>
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
            <source>green (easy)</source>
            <translation>grön (lätt)</translation>
        </message>
        <message>
            <source>blue (intermediate)</source>
            <translation>blå (medel)</translation>
        </message>
        <message>
            <source>red (difficult)</source>
            <translation>röd (svår)</translation>
        </message>
        <message>
            <source>black (expert)</source>
            <translation>svart (mycket svår)</translation>
        </message>
        <message>
            <source>not graded</source>
            <translation>ej graderad</translation>
        </message>
        <message>
            <source>groomed today</source>
            <translation>preparerad i dag</translation>
        </message>
        <message>
            <source>groomed 1–3 days ago</source>
            <translation>preparerad för 1–3 dagar sedan</translation>
        </message>
        <message>
            <source>groomed 4–6 days ago</source>
            <translation>preparerad för 4–6 dagar sedan</translation>
        </message>
        <message>
            <source>groomed 7–10 days ago</source>
            <translation>preparerad för 7–10 dagar sedan</translation>
        </message>
        <message>
            <source>groomed 11–14 days ago</source>
            <translation>preparerad för 11–14 dagar sedan</translation>
        </message>
        <message>
            <source>older or never groomed</source>
            <translation>äldre eller aldrig preparerad</translation>
        </message>
        <message>
            <source>Trails</source>
            <translation>Leder</translation>
        </message>
        <message>
            <source>counts for the snow guarantee</source>
            <translation>räknas för snögarantin</translation>
        </message>
        <message>
            <source>Snow-guarantee loops</source>
            <translation>Snögarantislingor</translation>
        </message>
        <message>
            <source>Ski loops</source>
            <translation>Skidslingor</translation>
        </message>
        <message>
            <source>stråk route</source>
            <translation>stråkets sträckning</translation>
        </message>
        <message>
            <source>Stråk routes</source>
            <translation>Stråk</translation>
        </message>
        <message>
            <source>stråk stop (numbered)</source>
            <translation>stopp på stråket (numrerat)</translation>
        </message>
        <message>
            <source>Stråk stops</source>
            <translation>Stopp på stråken</translation>
        </message>
        <message>
            <source>accommodation</source>
            <translation>boende</translation>
        </message>
        <message>
            <source>food and drink</source>
            <translation>mat och dryck</translation>
        </message>
        <message>
            <source>shopping</source>
            <translation>handel</translation>
        </message>
        <message>
            <source>activities</source>
            <translation>aktivitet</translation>
        </message>
        <message>
            <source>transport</source>
            <translation>transport</translation>
        </message>
        <message>
            <source>culture</source>
            <translation>kultur</translation>
        </message>
        <message>
            <source>other</source>
            <translation>övrigt</translation>
        </message>
        <message>
            <source>Businesses</source>
            <translation>Företag</translation>
        </message>
        <message>
            <source>event venue</source>
            <translation>evenemangsplats</translation>
        </message>
        <message>
            <source>Event venues</source>
            <translation>Evenemangsplatser</translation>
        </message>
        <message>
            <source>planned</source>
            <translation>planerad</translation>
        </message>
        <message>
            <source>under construction</source>
            <translation>under byggnad</translation>
        </message>
    </context>
    <context>
        <name>MarginPlurals</name>
        <message numerus="yes">
            <source>%n day(s) to spare</source>
            <translation>
                <numerusform>%n dag till godo</numerusform>
                <numerusform>%n dagar till godo</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NetworkDetail</name>
        <message>
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <source>Org. number</source>
            <translation>Org.nr</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adress</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Webbplats</translation>
        </message>
        <message>
            <source>Opening hours</source>
            <translation>Öppettider</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Taggar</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Anteckningar</translation>
        </message>
        <message>
            <source>stop</source>
            <translation>stopp</translation>
        </message>
        <message>
            <source>partner</source>
            <translation>partner</translation>
        </message>
        <message>
            <source>Takes part in</source>
            <translation>Deltar i</translation>
        </message>
    </context>
    <context>
        <name>NetworkPage</name>
        <message>
            <source>%1 of %2 organisations · %3 people</source>
            <translation>%1 av %2 organisationer · %3 personer</translation>
        </message>
        <message>
            <source>No organisation selected</source>
            <translation>Ingen organisation vald</translation>
        </message>
        <message>
            <source>Choose an organisation to see its people, where it takes part and every contact with it. Search by name, tag, category or a person's name.</source>
            <translation>Välj en organisation för att se dess personer, var den deltar och varje kontakt med den. Sök på namn, tagg, kategori eller en persons namn.</translation>
        </message>
        <message>
            <source>Follow-up done</source>
            <translation>Uppföljning klar</translation>
        </message>
        <message>
            <source>New organisation %1</source>
            <translation>Ny organisation %1</translation>
        </message>
        <message>
            <source>Edit %1</source>
            <translation>Ändra %1</translation>
        </message>
        <message>
            <source>New person</source>
            <translation>Ny person</translation>
        </message>
        <message>
            <source>New person %1</source>
            <translation>Ny person %1</translation>
        </message>
        <message>
            <source>Edit contact with %1</source>
            <translation>Ändra kontakt med %1</translation>
        </message>
        <message>
            <source>Contact with %1</source>
            <translation>Kontakt med %1</translation>
        </message>
        <message>
            <source>Remove %1</source>
            <translation>Ta bort %1</translation>
        </message>
        <message>
            <source>Opening hours</source>
            <translation>Öppettider</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Plats</translation>
        </message>
        <message>
            <source>Legal basis</source>
            <translation>Rättslig grund</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Anteckning</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Inte sparat</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>Alla kategorier</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <source>Town</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Taggar</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personer</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Senaste kontakt</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Uppföljning</translation>
        </message>
        <message>
            <source>Org. number</source>
            <translation>Org.nr</translation>
        </message>
        <message>
            <source>Business network</source>
            <translation>Företagsnätverket</translation>
        </message>
        <message>
            <source>New organisation…</source>
            <translation>Ny organisation…</translation>
        </message>
        <message>
            <source>Import contacts…</source>
            <translation>Importera kontakter…</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportera…</translation>
        </message>
        <message>
            <source>Duplicates…</source>
            <translation>Dubbletter…</translation>
        </message>
        <message>
            <source>GDPR…</source>
            <translation>GDPR…</translation>
        </message>
        <message>
            <source>Search name, tag, category or person…</source>
            <translation>Sök namn, tagg, kategori eller person…</translation>
        </message>
        <message>
            <source>Follow-up due</source>
            <translation>Uppföljning att göra</translation>
        </message>
        <message>
            <source>Not contacted for</source>
            <translation>Ingen kontakt på</translation>
        </message>
        <message>
            <source> months</source>
            <translation> månader</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Ändra…</translation>
        </message>
        <message>
            <source>Add person…</source>
            <translation>Lägg till person…</translation>
        </message>
        <message>
            <source>Log contact…</source>
            <translation>Logga kontakt…</translation>
        </message>
        <message>
            <source>Show on the map</source>
            <translation>Visa på kartan</translation>
        </message>
        <message>
            <source>Search the network</source>
            <translation>Sök i nätverket</translation>
        </message>
        <message>
            <source>Months without contact</source>
            <translation>Månader utan kontakt</translation>
        </message>
        <message>
            <source>Organisations</source>
            <translation>Organisationer</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Läser in…</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontakter</translation>
        </message>
        <message>
            <source>Organisation detail</source>
            <translation>Organisationens uppgifter</translation>
        </message>
        <message>
            <source>Next steps and contact history</source>
            <translation>Nästa steg och kontakthistorik</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Fakta</translation>
        </message>
        <message>
            <source>About the organisation</source>
            <translation>Fakta om organisationen</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-post</translation>
        </message>
    </context>
    <context>
        <name>NetworkTools</name>
        <message>
            <source>organisation</source>
            <translation>organisation</translation>
        </message>
        <message>
            <source>organisation number</source>
            <translation>organisationsnummer</translation>
        </message>
        <message>
            <source>category</source>
            <translation>kategori</translation>
        </message>
        <message>
            <source>person's name</source>
            <translation>personens namn</translation>
        </message>
        <message>
            <source>role</source>
            <translation>roll</translation>
        </message>
        <message>
            <source>e-mail</source>
            <translation>e-post</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>telefon</translation>
        </message>
        <message>
            <source>street address</source>
            <translation>gatuadress</translation>
        </message>
        <message>
            <source>postal code</source>
            <translation>postnummer</translation>
        </message>
        <message>
            <source>town</source>
            <translation>ort</translation>
        </message>
        <message>
            <source>kommun</source>
            <translation>kommun</translation>
        </message>
        <message>
            <source>website</source>
            <translation>webbplats</translation>
        </message>
        <message>
            <source>tags</source>
            <translation>taggar</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>anteckningar</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>Arbetar…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Import contacts</source>
            <translation>Importera kontakter</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>Läser %1…</translation>
        </message>
        <message>
            <source>Not imported</source>
            <translation>Inte importerat</translation>
        </message>
        <message>
            <source>Importing %1 contacts…</source>
            <translation>Importerar %1 kontakter…</translation>
        </message>
        <message>
            <source>%1 organisations and %2 people imported, %3 matched to organisations already there.</source>
            <translation>%1 organisationer och %2 personer importerade, %3 matchade mot befintliga organisationer.</translation>
        </message>
        <message>
            <source>Left out:</source>
            <translation>Utelämnade:</translation>
        </message>
        <message>
            <source>Contacts imported</source>
            <translation>Kontakter importerade</translation>
        </message>
        <message>
            <source>Export contacts</source>
            <translation>Exportera kontakter</translation>
        </message>
        <message>
            <source>Not exported</source>
            <translation>Inte exporterat</translation>
        </message>
        <message>
            <source>%1 contacts written to %2.</source>
            <translation>%1 kontakter skrivna till %2.</translation>
        </message>
        <message>
            <source>country</source>
            <translation>land</translation>
        </message>
        <message>
            <source>“%1” has no area code or +country</source>
            <translation>”%1” saknar riktnummer och +land</translation>
        </message>
        <message>
            <source>“%1” is not a phone number</source>
            <translation>”%1” är inget telefonnummer</translation>
        </message>
        <message>
            <source>“%1” is not a phone number of that country</source>
            <translation>”%1” är inget telefonnummer i det landet</translation>
        </message>
        <message>
            <source>postal code “%1” is longer than a Swedish one (kept in the notes)</source>
            <translation>postnumret ”%1” är längre än ett svenskt (sparat i anteckningarna)</translation>
        </message>
        <message>
            <source>Kept as written, to review:</source>
            <translation>Sparade som de är skrivna, att granska:</translation>
        </message>
    </context>
    <context>
        <name>NextYearDialog</name>
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
        <message>
            <source>New season: %1</source>
            <translation>Ny säsong: %1</translation>
        </message>
        <message>
            <source>Copy last year's stråk too: %1</source>
            <translation>Kopiera förra årets stråk också: %1</translation>
        </message>
        <message>
            <source>stråk, same weekdays</source>
            <translation>stråk, samma veckodagar</translation>
        </message>
        <message>
            <source>left out: next season has it already</source>
            <translation>utelämnat: nästa säsong har det redan</translation>
        </message>
        <message>
            <source>into the new season %1</source>
            <translation>till den nya säsongen %1</translation>
        </message>
        <message>
            <source>into the season %1</source>
            <translation>till säsongen %1</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) will be copied, %1 days later, weekdays and times kept,</source>
            <translation>
                <numerusform>%n evenemang kopieras, %1 dagar senare, med samma veckodagar och tider,</numerusform>
                <numerusform>%n evenemang kopieras, %1 dagar senare, med samma veckodagar och tider,</numerusform>
            </translation>
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
        <name>OrganisationDialog</name>
        <message>
            <source>New organisation</source>
            <extracomment>SWEREF 99 TM covers Sweden within these (with a margin): a location outside is a typo.</extracomment>
            <translation>Ny organisation</translation>
        </message>
        <message>
            <source>Organisation: %1</source>
            <translation>Organisation: %1</translation>
        </message>
        <message>
            <source>Give the organisation a name.</source>
            <translation>Ge organisationen ett namn.</translation>
        </message>
        <message>
            <source>%1 is not an organisation number: ten digits whose last is the check digit (NNNNNN-NNNN).</source>
            <translation>%1 är inget organisationsnummer: tio siffror där den sista är kontrollsiffran (NNNNNN-NNNN).</translation>
        </message>
        <message>
            <source>Give the location as N and E in SWEREF 99 TM, in Sweden (for example N 6659000 E 551400), or leave it empty.</source>
            <translation>Ange platsen som N och E i SWEREF 99 TM, i Sverige (till exempel N 6659000 E 551400), eller lämna tomt.</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Organisation number</source>
            <translation>Organisationsnummer</translation>
        </message>
        <message>
            <source>556677-8899</source>
            <translation>556677-8899</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <source>Street address</source>
            <translation>Gatuadress</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>Postnummer</translation>
        </message>
        <message>
            <source>738 30</source>
            <translation>738 30</translation>
        </message>
        <message>
            <source>Town</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>Kommun</source>
            <translation>Kommun</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Webbplats</translation>
        </message>
        <message>
            <source>https://</source>
            <translation>https://</translation>
        </message>
        <message>
            <source>Location (SWEREF 99 TM)</source>
            <translation>Plats (SWEREF 99 TM)</translation>
        </message>
        <message>
            <source>N 6659000 E 551400</source>
            <translation>N 6659000 E 551400</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Taggar</translation>
        </message>
        <message>
            <source>stråk; paket; vinter</source>
            <translation>stråk; paket; vinter</translation>
        </message>
        <message>
            <source>Opening hours</source>
            <translation>Öppettider</translation>
        </message>
        <message>
            <source>sommar: tis–sön 11–17
vinter: fre–sön 11–16</source>
            <translation>sommar: tis–sön 11–17
vinter: fre–sön 11–16</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Anteckningar</translation>
        </message>
        <message>
            <source>Pick on the map…</source>
            <translation>Välj på kartan…</translation>
        </message>
        <message>
            <source>Capacity (all year)</source>
            <translation>Kapacitet (hela året)</translation>
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
        <message>
            <source>Judging the snow guarantee…</source>
            <translation>Snögarantin bedöms…</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Evenemang</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Uppföljningar</translation>
        </message>
        <message>
            <source>Tasks</source>
            <translation>Uppgifter</translation>
        </message>
        <message>
            <source>Short of beds: %1 expects %2 overnight visitors, %3 more than the %4 places within %5 km.</source>
            <translation>Bäddar saknas: %1 väntar %2 övernattande besökare, %3 fler än de %4 platserna inom %5 km.</translation>
        </message>
    </context>
    <context>
        <name>Packages</name>
        <message>
            <source>accommodation</source>
            <translation>boende</translation>
        </message>
        <message>
            <source>meal</source>
            <translation>måltid</translation>
        </message>
        <message>
            <source>ski rental</source>
            <translation>skidhyra</translation>
        </message>
        <message>
            <source>activity</source>
            <translation>aktivitet</translation>
        </message>
        <message>
            <source>transport</source>
            <translation>transport</translation>
        </message>
        <message>
            <source>race entry</source>
            <translation>startavgift</translation>
        </message>
    </context>
    <context>
        <name>PackagesExport</name>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Export into which folder?</source>
            <translation>Exportera till vilken mapp?</translation>
        </message>
        <message>
            <source>Writing the bundle…</source>
            <translation>Skriver paketet…</translation>
        </message>
        <message>
            <source>Not exported</source>
            <translation>Inte exporterat</translation>
        </message>
        <message>
            <source>Written: %1</source>
            <translation>Skrivet: %1</translation>
        </message>
        <message>
            <source>Save the daily bulletin</source>
            <translation>Spara dagens bulletin</translation>
        </message>
        <message>
            <source>Not written</source>
            <translation>Inte skrivet</translation>
        </message>
        <message>
            <source>Bulletin written to %1.</source>
            <translation>Bulletinen skrevs till %1.</translation>
        </message>
    </context>
    <context>
        <name>PackagesPage</name>
        <message numerus="yes">
            <source>%n package(s)</source>
            <translation>
                <numerusform>%n paket</numerusform>
                <numerusform>%n paket</numerusform>
            </translation>
        </message>
        <message>
            <source>(no event)</source>
            <translation>(inget evenemang)</translation>
        </message>
        <message>
            <source>Not sent yet.</source>
            <translation>Inte skickat än.</translation>
        </message>
        <message>
            <source>Version %1, last sent %2.</source>
            <translation>Version %1, senast skickad %2.</translation>
        </message>
        <message>
            <source>Changed since: the next send is a new version.</source>
            <translation>Ändrat sedan dess: nästa utskick blir en ny version.</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(inget)</translation>
        </message>
        <message>
            <source>Save package %1</source>
            <translation>Spara paketet %1</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Ta bort</translation>
        </message>
        <message>
            <source>Remove the package %1? Undo brings it back.</source>
            <translation>Ta bort paketet %1? Ångra tar tillbaka det.</translation>
        </message>
        <message>
            <source>Remove package %1</source>
            <translation>Ta bort paketet %1</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Inte sparat</translation>
        </message>
        <message>
            <source>Package</source>
            <translation>Paket</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Evenemang</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>Gäller</translation>
        </message>
        <message>
            <source>Components</source>
            <translation>Delar</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Totalt</translation>
        </message>
        <message>
            <source>Per person</source>
            <translation>Per person</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Last sent</source>
            <translation>Senast skickad</translation>
        </message>
        <message>
            <source>Packages</source>
            <translation>Paket</translation>
        </message>
        <message>
            <source>New package</source>
            <translation>Nytt paket</translation>
        </message>
        <message>
            <source>Export bundle…</source>
            <translation>Exportera paket…</translation>
        </message>
        <message>
            <source>For visitors and partners:</source>
            <translation>För besökare och partner:</translation>
        </message>
        <message>
            <source>Publish status page…</source>
            <translation>Publicera statussida…</translation>
        </message>
        <message>
            <source>Daily bulletin…</source>
            <translation>Dagens bulletin…</translation>
        </message>
        <message>
            <source>Title (Swedish)</source>
            <translation>Titel (svenska)</translation>
        </message>
        <message>
            <source>Title (English)</source>
            <translation>Titel (engelska)</translation>
        </message>
        <message>
            <source>Price for</source>
            <translation>Pris för</translation>
        </message>
        <message>
            <source> persons</source>
            <translation> personer</translation>
        </message>
        <message>
            <source>Text (Swedish)</source>
            <translation>Text (svenska)</translation>
        </message>
        <message>
            <source>Text (English)</source>
            <translation>Text (engelska)</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Från</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beskrivning</translation>
        </message>
        <message>
            <source>Price (SEK)</source>
            <translation>Pris (kr)</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Kapacitet</translation>
        </message>
        <message>
            <source>Add component</source>
            <translation>Lägg till del</translation>
        </message>
        <message>
            <source>Remove component</source>
            <translation>Ta bort del</translation>
        </message>
        <message>
            <source>Sent to</source>
            <translation>Skickas till</translation>
        </message>
        <message>
            <source>Versions sent</source>
            <translation>Skickade versioner</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>Återställ</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Spara</translation>
        </message>
        <message>
            <source>%1 × %2</source>
            <translation>%1 × %2</translation>
        </message>
        <message numerus="yes">
            <source>Total %1 for %n person(s) · %2 per person</source>
            <translation>
                <numerusform>Totalt %1 för %n person · %2 per person</numerusform>
                <numerusform>Totalt %1 för %n personer · %2 per person</numerusform>
            </translation>
        </message>
        <message>
            <source>Priced</source>
            <translation>Pris per</translation>
        </message>
        <message>
            <source>Persons/unit</source>
            <translation>Pers./enhet</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Belopp</translation>
        </message>
        <message>
            <source>Valid to</source>
            <translation>Gäller till</translation>
        </message>
        <message>
            <source>Tick to give the package the days it is valid; unticked it is valid for no set days</source>
            <translation>Kryssa i för att ge paketet de dagar det gäller; utan kryss gäller det inga bestämda dagar</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Gäller från</translation>
        </message>
        <message>
            <source>Send by e-mail…</source>
            <translation>Skicka med e-post…</translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <source>(no organisation)</source>
            <translation>(ingen organisation)</translation>
        </message>
        <message>
            <source>New person</source>
            <translation>Ny person</translation>
        </message>
        <message>
            <source>Person: %1</source>
            <translation>Person: %1</translation>
        </message>
        <message>
            <source>Give the person a name.</source>
            <translation>Ge personen ett namn.</translation>
        </message>
        <message>
            <source>%1 is not an e-mail address.</source>
            <translation>%1 är ingen e-postadress.</translation>
        </message>
        <message>
            <source>%1 is not a phone number: write it with its area code (0223-123 45) or with +country.</source>
            <translation>%1 är inget telefonnummer: skriv det med riktnummer (0223-123 45) eller med +landsnummer.</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Roll</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-post</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>0223-123 45</source>
            <translation>0223-123 45</translation>
        </message>
        <message>
            <source>Legal basis</source>
            <translation>Rättslig grund</translation>
        </message>
        <message>
            <source>Consent given</source>
            <translation>Samtycke givet</translation>
        </message>
        <message>
            <source>Review retention on</source>
            <translation>Se över gallring den</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Anteckningar</translation>
        </message>
        <message>
            <source>No e-mail since</source>
            <translation>Vill inte ha e-post sedan</translation>
        </message>
        <message>
            <source>The person asked for no more e-mail: no mailing reaches them from this day.</source>
            <translation>Personen har bett att inte få mer e-post: inga utskick når hen från den dagen.</translation>
        </message>
    </context>
    <context>
        <name>ProductionDialog</name>
        <message>
            <source>New production entry</source>
            <translation>Ny produktionspost</translation>
        </message>
        <message>
            <source>Production entry</source>
            <translation>Produktionspost</translation>
        </message>
        <message>
            <source>Snow was produced: enter the hours the cannons ran.</source>
            <translation>Snö producerades: ange hur många timmar kanonerna gick.</translation>
        </message>
        <message>
            <source>Snow production</source>
            <translation>Snöproduktion</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Dag</translation>
        </message>
        <message>
            <source>Cannons</source>
            <translation>Kanoner</translation>
        </message>
        <message>
            <source>Hours per cannon</source>
            <translation>Timmar per kanon</translation>
        </message>
        <message>
            <source>Volume produced</source>
            <translation>Producerad volym</translation>
        </message>
        <message>
            <source>Wet-bulb temperature</source>
            <translation>Våt temperatur</translation>
        </message>
        <message>
            <source>Measured</source>
            <translation>Mätt</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Anteckning</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <source>(not given)</source>
            <extracomment>Names listed in a bulk update before "and N more".</extracomment>
            <translation>(inte angivet)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Spara</translation>
        </message>
        <message>
            <source>New report</source>
            <translation>Ny rapport</translation>
        </message>
        <message>
            <source>Now: %1</source>
            <translation>Nu: %1</translation>
        </message>
        <message numerus="yes">
            <source>Set the status of %n trail(s)</source>
            <translation>
                <numerusform>Ange status för %n led</numerusform>
                <numerusform>Ange status för %n leder</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>och %n till</numerusform>
                <numerusform>och %n till</numerusform>
            </translation>
        </message>
        <message>
            <source>Each trail gets its own report with this status, condition and note.</source>
            <translation>Varje led får en egen rapport med samma status, förhållanden och anteckning.</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>Förhållanden</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Anteckning</translation>
        </message>
        <message>
            <source>What visitors should know</source>
            <translation>Det besökarna behöver veta</translation>
        </message>
        <message>
            <source>Reported by</source>
            <translation>Rapporterad av</translation>
        </message>
        <message>
            <source>Ski track</source>
            <translation>Skidspår</translation>
        </message>
        <message>
            <source>Groomed now</source>
            <translation>Preparerat nu</translation>
        </message>
        <message>
            <source>Style</source>
            <translation>Stil</translation>
        </message>
        <message>
            <source>Snow depth</source>
            <translation>Snödjup</translation>
        </message>
        <message>
            <source> cm</source>
            <translation> cm</translation>
        </message>
        <message>
            <source>not measured</source>
            <translation>inte uppmätt</translation>
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
        <name>SmhiFetchDialog</name>
        <message>
            <source>Fetch from SMHI</source>
            <translation>Hämta från SMHI</translation>
        </message>
        <message>
            <source>SMHI's open data (CC BY 4.0, credit SMHI): choose what to fetch, list the stations within 100 km of Norberg, pick one or more and fetch.</source>
            <translation>SMHI:s öppna data (CC BY 4.0, källa SMHI): välj vad som ska hämtas, visa stationerna inom 100 km från Norberg, markera en eller flera och hämta.</translation>
        </message>
        <message>
            <source>List stations</source>
            <translation>Visa stationer</translation>
        </message>
        <message>
            <source>the latest four months</source>
            <translation>de senaste fyra månaderna</translation>
        </message>
        <message>
            <source>the checked archive (all years)</source>
            <translation>det granskade arkivet (alla år)</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Period:</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>Station</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Nummer</translation>
        </message>
        <message>
            <source>Distance</source>
            <translation>Avstånd</translation>
        </message>
        <message>
            <source>Data from</source>
            <translation>Data från</translation>
        </message>
        <message>
            <source>Data to</source>
            <translation>Data till</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Fetch the forecast for Norberg</source>
            <translation>Hämta prognosen för Norberg</translation>
        </message>
        <message>
            <source>Fetch and import</source>
            <translation>Hämta och importera</translation>
        </message>
        <message>
            <source>Asking SMHI for its stations…</source>
            <translation>Frågar SMHI efter stationer…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nej</translation>
        </message>
        <message>
            <source>%1 station(s) within 100 km of Norberg.</source>
            <translation>%1 station(er) inom 100 km från Norberg.</translation>
        </message>
        <message>
            <source>Fetching from SMHI…</source>
            <translation>Hämtar från SMHI…</translation>
        </message>
        <message>
            <source>Fetched and imported %1 readings from %2 station(s).</source>
            <translation>Hämtade och importerade %1 värden från %2 station(er).</translation>
        </message>
        <message>
            <source>Fetching the forecast…</source>
            <translation>Hämtar prognosen…</translation>
        </message>
        <message>
            <source>Cancelled: nothing was imported.</source>
            <translation>Avbrutet: inget importerades.</translation>
        </message>
        <message>
            <source>SMHI's forecast for Norberg (model run %1): %2 hours stored.</source>
            <translation>SMHI:s prognos för Norberg (modellkörning %1): %2 timmar sparade.</translation>
        </message>
    </context>
    <context>
        <name>SmhiWeather</name>
        <message>
            <source>air temperature, hourly (1)</source>
            <translation>lufttemperatur, timvärde (1)</translation>
        </message>
        <message>
            <source>air temperature, daily mean (2)</source>
            <translation>lufttemperatur, dygnsmedel (2)</translation>
        </message>
        <message>
            <source>air temperature, daily minimum (19)</source>
            <translation>lufttemperatur, dygnets lägsta (19)</translation>
        </message>
        <message>
            <source>air temperature, daily maximum (20)</source>
            <translation>lufttemperatur, dygnets högsta (20)</translation>
        </message>
        <message>
            <source>relative humidity, hourly (6)</source>
            <translation>relativ luftfuktighet, timvärde (6)</translation>
        </message>
        <message>
            <source>snow depth (8)</source>
            <translation>snödjup (8)</translation>
        </message>
    </context>
    <context>
        <name>SnowLogView</name>
        <message>
            <source>Snow-guarantee targets</source>
            <translation>Snögarantimål</translation>
        </message>
        <message>
            <source>Storage measurements</source>
            <translation>Mätningar av snölagret</translation>
        </message>
        <message>
            <source>Production log</source>
            <translation>Produktionslogg</translation>
        </message>
        <message>
            <source>New…</source>
            <translation>Ny…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Ändra…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Ta bort</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>Krävs</translation>
        </message>
        <message>
            <source>Min. depth</source>
            <translation>Min. djup</translation>
        </message>
        <message>
            <source>Loops</source>
            <translation>Slingor</translation>
        </message>
        <message>
            <source>Measured</source>
            <translation>Mätt</translation>
        </message>
        <message>
            <source>Pile</source>
            <translation>Lager</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Volym</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Metod</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Anteckning</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Dag</translation>
        </message>
        <message>
            <source>Cannons</source>
            <translation>Kanoner</translation>
        </message>
        <message>
            <source>Hours per cannon</source>
            <translation>Timmar per kanon</translation>
        </message>
        <message>
            <source>Wet bulb</source>
            <translation>Våt temp.</translation>
        </message>
        <message>
            <source>New target %1</source>
            <translation>Nytt mål %1</translation>
        </message>
        <message>
            <source>Remove target %1</source>
            <translation>Ta bort målet %1</translation>
        </message>
        <message>
            <source>Edit target %1</source>
            <translation>Ändra målet %1</translation>
        </message>
        <message>
            <source>New storage measurement</source>
            <translation>Ny mätning av snölagret</translation>
        </message>
        <message>
            <source>Remove storage measurement</source>
            <translation>Ta bort mätning av snölagret</translation>
        </message>
        <message>
            <source>Edit storage measurement</source>
            <translation>Ändra mätning av snölagret</translation>
        </message>
        <message>
            <source>New production entry</source>
            <translation>Ny produktionspost</translation>
        </message>
        <message>
            <source>Remove production entry</source>
            <translation>Ta bort produktionspost</translation>
        </message>
        <message>
            <source>Edit production entry</source>
            <translation>Ändra produktionspost</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Inte sparat</translation>
        </message>
    </context>
    <context>
        <name>SnowPage</name>
        <message>
            <source>Reading the snow data…</source>
            <translation>Läser in snödata…</translation>
        </message>
        <message>
            <source>Snow guarantee</source>
            <translation>Snögaranti</translation>
        </message>
        <message>
            <source>Go/no-go</source>
            <translation>Beslutsunderlag</translation>
        </message>
        <message>
            <source>Snow log</source>
            <translation>Snölogg</translation>
        </message>
        <message>
            <source>Save as PNG…</source>
            <translation>Spara som PNG…</translation>
        </message>
        <message>
            <source>No snow-guarantee targets yet.</source>
            <translation>Inga snögarantimål ännu.</translation>
        </message>
        <message>
            <source>Stored snow: %1 m³ (measured %2).</source>
            <translation>Lagrad snö: %1 m³ (uppmätt %2).</translation>
        </message>
        <message>
            <source>Ready / required</source>
            <translation>Klart / krävs</translation>
        </message>
        <message>
            <source>Stored snow</source>
            <translation>Lagrad snö</translation>
        </message>
        <message>
            <source>Producible</source>
            <translation>Kan produceras</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Sista datum</translation>
        </message>
        <message>
            <source>Natural snow</source>
            <translation>Natursnö</translation>
        </message>
        <message>
            <source>Not counted, report too old: %1</source>
            <translation>Räknas inte, rapporten är för gammal: %1</translation>
        </message>
        <message>
            <source>Natural snow depth</source>
            <translation>Natursnödjup</translation>
        </message>
        <message>
            <source>Km ready, required and projected</source>
            <translation>Klara km, krav och prognos</translation>
        </message>
        <message>
            <source>Snow storage and production</source>
            <translation>Snölagring och snöproduktion</translation>
        </message>
        <message>
            <source>Temperature at %1 and cannon hours</source>
            <translation>Temperatur vid %1 och snökanontimmar</translation>
        </message>
        <message>
            <source>Temperature and cannon hours</source>
            <translation>Temperatur och snökanontimmar</translation>
        </message>
        <message>
            <source>Courses of %1</source>
            <translation>Banor för %1</translation>
        </message>
        <message>
            <source>Save the plot as PNG</source>
            <translation>Spara diagrammet som PNG</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG-bilder (*.png)</translation>
        </message>
        <message>
            <source>Could not write %1.</source>
            <translation>Det gick inte att spara %1.</translation>
        </message>
        <message>
            <source>Reset view</source>
            <translation>Återställ vy</translation>
        </message>
        <message>
            <source>Snow settings…</source>
            <translation>Snöinställningar…</translation>
        </message>
        <message>
            <source>The snow planner's figures (cannons, output, losses, the most snow a day) and the weather station of each target, shared by every coordinator.</source>
            <translation>Snöplaneringens siffror (kanoner, kapacitet, förluster, mest snö per dygn) och varje måls väderstation, gemensamma för alla samordnare.</translation>
        </message>
        <message>
            <source>Margin</source>
            <translation>Marginal</translation>
        </message>
        <message>
            <source>Temperature from</source>
            <translation>Temperatur från</translation>
        </message>
        <message>
            <source>Snow depth from</source>
            <translation>Snödjup från</translation>
        </message>
        <message>
            <source>Import weather data…</source>
            <translation>Importera väderdata…</translation>
        </message>
        <message>
            <source>Fetch from SMHI…</source>
            <translation>Hämta från SMHI…</translation>
        </message>
        <message>
            <source>The first days use SMHI's forecast for Norberg (model run %1).</source>
            <translation>De första dagarna räknas med SMHI:s prognos för Norberg (modellkörning %1).</translation>
        </message>
        <message>
            <source>Production projected from the temperature history of %1: for each hour of the season, the middle value of its past years.</source>
            <translation>Produktionen beräknas från temperaturhistoriken för %1: för varje timme av säsongen mittvärdet av de tidigare åren.</translation>
        </message>
    </context>
    <context>
        <name>SnowPlots</name>
        <message>
            <source>Reset view</source>
            <extracomment>(auto-range flags per axis, [x range, y range]) of a ViewBox.</extracomment>
            <translation>Återställ vy</translation>
        </message>
        <message>
            <source>Ctrl+wheel zooms, dragging pans; the wheel alone scrolls the page.</source>
            <translation>Ctrl+hjul zoomar, dra för att panorera; bara hjulet rullar sidan.</translation>
        </message>
        <message>
            <source>SMHI forecast</source>
            <extracomment>Targets get colours that are none of the guarantee levels' (green, amber, red).</extracomment>
            <translation>SMHI:s prognos</translation>
        </message>
    </context>
    <context>
        <name>SnowPlurals</name>
        <message numerus="yes">
            <source>at least %1 cm on the day in %2 of %n winter(s) (%3 %)</source>
            <translation>
                <numerusform>minst %1 cm på dagen %2 av %n vinter (%3 %)</numerusform>
                <numerusform>minst %1 cm på dagen %2 av %n vintrar (%3 %)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) past the deadline</source>
            <translation>
                <numerusform>%n dag efter datumet</numerusform>
                <numerusform>%n dagar efter datumet</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) left</source>
            <translation>
                <numerusform>%n dag kvar</numerusform>
                <numerusform>%n dagar kvar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The decision is due on %1, in %n day(s).</source>
            <translation>
                <numerusform>Beslutet ska fattas %1, om %n dag.</numerusform>
                <numerusform>Beslutet ska fattas %1, om %n dagar.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SnowSettingsDialog</name>
        <message>
            <source>Snow settings</source>
            <translation>Snöinställningar</translation>
        </message>
        <message>
            <source>Reading the settings…</source>
            <translation>Läser inställningarna…</translation>
        </message>
        <message>
            <source>These figures and stations are the destination's: every coordinator's snow page, status page and bulletin use them. Saving is not on the undo list; each figure shows its default to change back to.</source>
            <translation>Siffrorna och stationerna gäller hela destinationen: alla samordnares snösida, statussida och nyhetsbrev använder dem. Att spara går inte att ångra med Ångra; varje siffra visar sitt standardvärde att gå tillbaka till.</translation>
        </message>
        <message>
            <source>Snow production and track</source>
            <translation>Snöproduktion och spår</translation>
        </message>
        <message>
            <source>From %1 to %2; default %3</source>
            <translation>Från %1 till %2; standard %3</translation>
        </message>
        <message>
            <source>default %1</source>
            <translation>standard %1</translation>
        </message>
        <message>
            <source>Weather stations per target</source>
            <translation>Väderstationer per mål</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Mål</translation>
        </message>
        <message>
            <source>Temperature</source>
            <translation>Temperatur</translation>
        </message>
        <message>
            <source>Snow depth</source>
            <translation>Snödjup</translation>
        </message>
        <message>
            <source>No snow-guarantee targets yet.</source>
            <translation>Inga snögarantimål ännu.</translation>
        </message>
        <message>
            <source>Nearest (default): %1</source>
            <translation>Närmaste (standard): %1</translation>
        </message>
        <message>
            <source>none within reach</source>
            <translation>ingen inom räckhåll</translation>
        </message>
    </context>
    <context>
        <name>SnowTexts</name>
        <message>
            <source>Met now: %1 of %2 km ready.</source>
            <translation>Uppfyllt nu: %1 av %2 km klara.</translation>
        </message>
        <message>
            <source>Import weather data…</source>
            <translation>Importera väderdata…</translation>
        </message>
        <message>
            <source>Fetch from SMHI…</source>
            <translation>Hämta från SMHI…</translation>
        </message>
        <message>
            <source>Not judged yet: %1 of %2 km are ready.</source>
            <translation>Inte bedömd ännu: %1 av %2 km är klara.</translation>
        </message>
        <message>
            <source>Met by the deadline if the projection holds: %1 km ready + %2 km of stored snow + %3 km from production (%4 m³) = %5 of %6 km.</source>
            <translation>Uppfylls till datumet om prognosen håller: %1 km klara + %2 km från lagrad snö + %3 km från produktion (%4 m³) = %5 av %6 km.</translation>
        </message>
        <message>
            <source>Not met: %1 km short by the deadline (%2 km ready + %3 km of stored snow + %4 km from production = %5 of %6 km).</source>
            <translation>Inte uppfyllt: %1 km saknas till datumet (%2 km klara + %3 km från lagrad snö + %4 km från produktion = %5 av %6 km).</translation>
        </message>
        <message>
            <source>Not met, and the deadline (%1) has passed: %2 km short.</source>
            <translation>Inte uppfyllt, och datumet (%1) har passerat: %2 km saknas.</translation>
        </message>
        <message>
            <source>Not judged: there is no temperature history to count what the snow cannons can make before the deadline.</source>
            <translation>Inte bedömt: det finns ingen temperaturhistorik att räkna med vad snökanonerna hinner tillverka före datumet.</translation>
        </message>
        <message>
            <source>Stored snow alone covers %1 km.</source>
            <translation>Den lagrade snön räcker ensam till %1 km.</translation>
        </message>
        <message>
            <source>No storage measurements: stored snow is not counted.</source>
            <translation>Inga mätningar av snölagret: lagrad snö räknas inte.</translation>
        </message>
        <message>
            <source>No temperature history: production is not projected.</source>
            <translation>Ingen temperaturhistorik: produktionen räknas inte fram.</translation>
        </message>
        <message>
            <source>Green</source>
            <translation>Grön</translation>
        </message>
        <message>
            <source>Yellow</source>
            <translation>Gul</translation>
        </message>
        <message>
            <source>Red</source>
            <translation>Röd</translation>
        </message>
        <message>
            <source>Not judged</source>
            <translation>Inte bedömd</translation>
        </message>
        <message>
            <source>no past winter with a reading near the date</source>
            <translation>ingen tidigare vinter med mätning nära datumet</translation>
        </message>
        <message>
            <source>deadline today</source>
            <translation>datumet är i dag</translation>
        </message>
        <message>
            <source>snow depth (cm)</source>
            <translation>snödjup (cm)</translation>
        </message>
        <message>
            <source>No snow-depth readings: import SMHI snow depth (parameter 8) with “Import weather data…”.</source>
            <translation>Inga snödjupsmätningar: importera SMHI:s snödjup (parameter 8) med ”Importera väderdata…”.</translation>
        </message>
        <message>
            <source>km of track</source>
            <translation>km spår</translation>
        </message>
        <message>
            <source>%1: ready</source>
            <translation>%1: klart</translation>
        </message>
        <message>
            <source>%1: required</source>
            <translation>%1: krävs</translation>
        </message>
        <message>
            <source>%1: projected</source>
            <translation>%1: prognos</translation>
        </message>
        <message>
            <source>%1: stored snow only</source>
            <translation>%1: endast lagrad snö</translation>
        </message>
        <message>
            <source>ready</source>
            <translation>klart</translation>
        </message>
        <message>
            <source>required by the deadline</source>
            <translation>krävs till datumet</translation>
        </message>
        <message>
            <source>projected</source>
            <translation>prognos</translation>
        </message>
        <message>
            <source>stored snow only (no production counted)</source>
            <translation>endast lagrad snö (ingen produktion medräknad)</translation>
        </message>
        <message>
            <source>No snow-guarantee targets.</source>
            <translation>Inga snögarantimål.</translation>
        </message>
        <message>
            <source>today</source>
            <translation>i dag</translation>
        </message>
        <message>
            <source>snow (m³)</source>
            <translation>snö (m³)</translation>
        </message>
        <message>
            <source>produced that day</source>
            <translation>producerat den dagen</translation>
        </message>
        <message>
            <source>pile volume, measured</source>
            <translation>snöhögens volym, uppmätt</translation>
        </message>
        <message>
            <source>temperature (°C)</source>
            <translation>temperatur (°C)</translation>
        </message>
        <message>
            <source>observed</source>
            <translation>observerad</translation>
        </message>
        <message>
            <source>scenario (median of the history)</source>
            <translation>scenario (historikens median)</translation>
        </message>
        <message>
            <source>Add a temperature history with “%1” or “%2” in the Trails and snow area.</source>
            <translation>Lägg till en temperaturhistorik med ”%1” eller ”%2” i området Leder och snö.</translation>
        </message>
        <message>
            <source>cannons start (wet-bulb %1 °C)</source>
            <translation>snökanonerna startar (våttemperatur %1 °C)</translation>
        </message>
        <message>
            <source>cold enough for the cannons</source>
            <translation>kallt nog för snökanonerna</translation>
        </message>
        <message>
            <source>Go</source>
            <translation>Klartecken</translation>
        </message>
        <message>
            <source>Go, shortened</source>
            <translation>Klartecken, förkortat</translation>
        </message>
        <message>
            <source>No go</source>
            <translation>Inget klartecken</translation>
        </message>
        <message>
            <source>Wait</source>
            <translation>Avvakta</translation>
        </message>
        <message>
            <source>Every race can run on its preferred course.</source>
            <translation>Alla lopp kan köras på sin ordinarie bana.</translation>
        </message>
        <message>
            <source>The main race can run; some races move to a fallback course or have no course.</source>
            <translation>Huvudloppet kan köras; några lopp flyttas till en reservbana eller saknar bana.</translation>
        </message>
        <message>
            <source>The decision date has come and the main race has no course.</source>
            <translation>Beslutsdatumet är här och huvudloppet saknar bana.</translation>
        </message>
        <message>
            <source>The main race has no course yet, but the decision is not due: cold nights may still come.</source>
            <translation>Huvudloppet saknar bana än, men beslutet behöver inte fattas ännu: kalla nätter kan fortfarande komma.</translation>
        </message>
        <message>
            <source>Runs on its preferred course, %1, on the loop %2.</source>
            <translation>Körs på sin ordinarie bana, %1, på slingan %2.</translation>
        </message>
        <message>
            <source>Runs on its preferred course, %1, on the natural-snow course.</source>
            <translation>Körs på sin ordinarie bana, %1, i natursnöspåret.</translation>
        </message>
        <message>
            <source>Runs as %1 on the loop %2 instead of %3.</source>
            <translation>Körs som %1 på slingan %2 i stället för %3.</translation>
        </message>
        <message>
            <source>Runs as %1 instead of %2.</source>
            <translation>Körs som %1 i stället för %2.</translation>
        </message>
        <message>
            <source>%1: the natural-snow course is not open.</source>
            <translation>%1: natursnöspåret är inte öppet.</translation>
        </message>
        <message>
            <source>%1: needs a ready loop of %2 km; no loop is ready.</source>
            <translation>%1: behöver en klar slinga på %2 km; ingen slinga är klar.</translation>
        </message>
        <message>
            <source>%1: needs a ready loop of %2 km; the longest ready loop is %3 km.</source>
            <translation>%1: behöver en klar slinga på %2 km; den längsta klara slingan är %3 km.</translation>
        </message>
        <message>
            <source>%1: the loop %2 is not ready.</source>
            <translation>%1: slingan %2 är inte klar.</translation>
        </message>
        <message>
            <source>%1 has no course ready.</source>
            <translation>%1 har ingen bana klar.</translation>
        </message>
        <message>
            <source>Every race runs on its preferred course.</source>
            <translation>Alla lopp körs på sin ordinarie bana.</translation>
        </message>
        <message>
            <source>On a fallback course: %1.</source>
            <translation>På reservbana: %1.</translation>
        </message>
        <message>
            <source>No course ready for: %1.</source>
            <translation>Ingen bana klar för: %1.</translation>
        </message>
        <message>
            <source>The main race, %1, has no course ready.</source>
            <translation>Huvudloppet, %1, har ingen bana klar.</translation>
        </message>
        <message>
            <source>The decision date, %1, has been reached.</source>
            <translation>Beslutsdatumet, %1, är här.</translation>
        </message>
        <message>
            <source>go</source>
            <translation>klartecken</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>inte än</translation>
        </message>
        <message>
            <source>no go</source>
            <translation>inget klartecken</translation>
        </message>
        <message>
            <source>Met by the snow that already exists: %1 km ready + %2 km of stored snow cover the %3 km; no production needed.</source>
            <translation>Uppfyllt med snön som redan finns: %1 km klart + %2 km lagrad snö täcker de %3 km; ingen produktion behövs.</translation>
        </message>
        <message>
            <source>Not met: the target's loops are %1 km long, %2 km short of the %3 km promised, whatever the snow.</source>
            <translation>Inte uppfyllt: målets slingor är %1 km långa, %2 km för kort för de utlovade %3 km, hur mycket snö det än blir.</translation>
        </message>
        <message>
            <source>no day to spare</source>
            <translation>ingen dag till godo</translation>
        </message>
        <message>
            <source>%1 (chosen; its readings are no longer in the database)</source>
            <translation>%1 (vald; dess mätningar finns inte längre i databasen)</translation>
        </message>
        <message>
            <source>none within reach</source>
            <translation>ingen inom räckhåll</translation>
        </message>
        <message>
            <source>(nearest)</source>
            <translation>(närmaste)</translation>
        </message>
        <message>
            <source>(chosen)</source>
            <translation>(vald)</translation>
        </message>
        <message>
            <source>%1, no position</source>
            <translation>%1, utan position</translation>
        </message>
        <message>
            <source>%1, %2 km</source>
            <translation>%1, %2 km</translation>
        </message>
        <message>
            <source>Snow cannons</source>
            <translation>Snökanoner</translation>
        </message>
        <message>
            <source>Output per cannon at the threshold</source>
            <translation>Kapacitet per kanon vid starttemperaturen</translation>
        </message>
        <message>
            <source>Extra output per degree colder</source>
            <translation>Extra kapacitet per grad kallare</translation>
        </message>
        <message>
            <source>Cannons start at wet-bulb</source>
            <translation>Kanonerna startar vid våttemperatur</translation>
        </message>
        <message>
            <source>Most snow the team makes in a day</source>
            <translation>Mest snö laget gör per dygn</translation>
        </message>
        <message>
            <source>Track width</source>
            <translation>Spårbredd</translation>
        </message>
        <message>
            <source>Track depth</source>
            <translation>Spårdjup</translation>
        </message>
        <message>
            <source>Storage melt over the summer</source>
            <translation>Smältning i lagret över sommaren</translation>
        </message>
        <message>
            <source>Production loss (wind, spreading)</source>
            <translation>Produktionsförlust (vind, utläggning)</translation>
        </message>
        <message>
            <source>cannons</source>
            <translation>kanoner</translation>
        </message>
        <message>
            <source>drone survey</source>
            <translation>drönarmätning</translation>
        </message>
        <message>
            <source>GPS survey</source>
            <translation>GPS-inmätning</translation>
        </message>
        <message>
            <source>tape measure</source>
            <translation>måttband</translation>
        </message>
        <message>
            <source>estimate</source>
            <translation>uppskattning</translation>
        </message>
        <message>
            <source>(demo, fictional)</source>
            <translation>(demo, fiktiv)</translation>
        </message>
    </context>
    <context>
        <name>StorageDialog</name>
        <message>
            <source>New storage measurement</source>
            <translation>Ny mätning av snölagret</translation>
        </message>
        <message>
            <source>Storage measurement</source>
            <translation>Mätning av snölagret</translation>
        </message>
        <message>
            <source>Name the snow pile.</source>
            <translation>Ange snölagrets namn.</translation>
        </message>
        <message>
            <source>Pile</source>
            <translation>Lager</translation>
        </message>
        <message>
            <source>Measured on</source>
            <translation>Mätt den</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Volym</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Metod</translation>
        </message>
        <message>
            <source>drone, GPS survey, tape …</source>
            <translation>drönare, GPS-mätning, måttband …</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Anteckning</translation>
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
            <source>Show on the map</source>
            <translation>Visa på kartan</translation>
        </message>
        <message>
            <source>Show the selected stop on the map (as last saved)</source>
            <translation>Visa det valda stoppet på kartan (som senast sparat)</translation>
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
        <message>
            <source>New stråk…</source>
            <translation>Nytt stråk…</translation>
        </message>
        <message>
            <source>Start a new stråk in a season; add its stops here afterwards</source>
            <translation>Starta ett nytt stråk i en säsong; lägg till dess stopp här efteråt</translation>
        </message>
        <message>
            <source>Copy to next season…</source>
            <translation>Kopiera till nästa säsong…</translation>
        </message>
        <message>
            <source>Copy this stråk with its stops, hours and offers to a later season, on the same weekdays</source>
            <translation>Kopiera stråket med stopp, tider och erbjudanden till en senare säsong, på samma veckodagar</translation>
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
        <name>TargetDialog</name>
        <message>
            <source>(none)</source>
            <translation>(inget)</translation>
        </message>
        <message>
            <source>New snow-guarantee target</source>
            <translation>Nytt snögarantimål</translation>
        </message>
        <message>
            <source>Snow-guarantee target</source>
            <translation>Snögarantimål</translation>
        </message>
        <message>
            <source>Give the target a name.</source>
            <translation>Ge målet ett namn.</translation>
        </message>
        <message>
            <source>Tick at least one loop that counts towards the target.</source>
            <translation>Kryssa för minst en slinga som räknas mot målet.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>premiär 1 december: 4 km</source>
            <translation>premiär 1 december: 4 km</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Track length required</source>
            <translation>Spårlängd som krävs</translation>
        </message>
        <message>
            <source>Minimum snow depth</source>
            <translation>Minsta snödjup</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Evenemang</translation>
        </message>
        <message>
            <source>Loops that count</source>
            <translation>Slingor som räknas</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Anteckningar</translation>
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
        <name>TileLayer</name>
        <message>
            <source>Offline — showing cached tiles</source>
            <extracomment>Map status line: the tile server cannot be reached, older tiles from disk show.</extracomment>
            <translation>Offline – visar sparade kartrutor</translation>
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
        <name>TrailDialog</name>
        <message>
            <source>(not graded)</source>
            <translation>(ej graderad)</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(inget)</translation>
        </message>
        <message>
            <source>%1 km, measured on the map</source>
            <translation>%1 km, uppmätt på kartan</translation>
        </message>
        <message>
            <source>no geometry yet</source>
            <translation>ingen geometri än</translation>
        </message>
        <message>
            <source>Trail: %1</source>
            <translation>Led: %1</translation>
        </message>
        <message>
            <source>The colour and the IMBA level do not match by the usual convention (green 1, blue 2, red 3, black 4).</source>
            <translation>Färgen och IMBA-nivån stämmer inte enligt den vanliga konventionen (grön 1, blå 2, röd 3, svart 4).</translation>
        </message>
        <message>
            <source>Give the trail a name.</source>
            <translation>Ge leden ett namn.</translation>
        </message>
        <message>
            <source>Trail</source>
            <translation>Led</translation>
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
            <source>Grade (colour)</source>
            <translation>Gradering (färg)</translation>
        </message>
        <message>
            <source>IMBA level</source>
            <translation>IMBA-nivå</translation>
        </message>
        <message>
            <source>mtb:scale</source>
            <translation>mtb:scale</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Område</translation>
        </message>
        <message>
            <source>Lit (floodlights)</source>
            <translation>Belyst (elljus)</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Längd</translation>
        </message>
        <message>
            <source>Description (Swedish)</source>
            <translation>Beskrivning (svenska)</translation>
        </message>
        <message>
            <source>Description (English)</source>
            <translation>Beskrivning (engelska)</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Skede</translation>
        </message>
        <message>
            <source>New trail</source>
            <translation>Ny led</translation>
        </message>
    </context>
    <context>
        <name>TrailPlurals</name>
        <message numerus="yes">
            <source>%n hour(s) ago</source>
            <translation>
                <numerusform>för %n timme sedan</numerusform>
                <numerusform>för %n timmar sedan</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>för %n dag sedan</numerusform>
                <numerusform>för %n dagar sedan</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No report in the last %n day(s): the status may be out of date.</source>
            <translation>
                <numerusform>Ingen rapport på %n dag: statusen kan vara inaktuell.</numerusform>
                <numerusform>Ingen rapport på %n dagar: statusen kan vara inaktuell.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>och %n till</numerusform>
                <numerusform>och %n till</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n trail(s)</source>
            <translation>
                <numerusform>%n led</numerusform>
                <numerusform>%n leder</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n stale</source>
            <translation>
                <numerusform>%n inaktuell</numerusform>
                <numerusform>%n inaktuella</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n closed</source>
            <translation>
                <numerusform>%n stängd</numerusform>
                <numerusform>%n stängda</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Trails</name>
        <message>
            <source>MTB</source>
            <translation>MTB</translation>
        </message>
        <message>
            <source>Ski, classic</source>
            <translation>Skidor, klassiskt</translation>
        </message>
        <message>
            <source>Ski, skate</source>
            <translation>Skidor, skate</translation>
        </message>
        <message>
            <source>Hiking</source>
            <translation>Vandring</translation>
        </message>
        <message>
            <source>Snowshoe</source>
            <translation>Snöskor</translation>
        </message>
        <message>
            <source>Ski track, classic</source>
            <translation>Skidspår, klassiskt</translation>
        </message>
        <message>
            <source>Ski track, skate</source>
            <translation>Skidspår, skate</translation>
        </message>
        <message>
            <source>Hiking trail</source>
            <translation>Vandringsled</translation>
        </message>
        <message>
            <source>Snowshoe trail</source>
            <translation>Snöskoled</translation>
        </message>
        <message>
            <source>dry</source>
            <translation>torr</translation>
        </message>
        <message>
            <source>wet</source>
            <translation>blöt</translation>
        </message>
        <message>
            <source>muddy</source>
            <translation>lerig</translation>
        </message>
        <message>
            <source>snow</source>
            <translation>snö</translation>
        </message>
        <message>
            <source>icy</source>
            <translation>isig</translation>
        </message>
        <message>
            <source>packed snow</source>
            <translation>packad snö</translation>
        </message>
        <message>
            <source>frozen</source>
            <translation>frusen</translation>
        </message>
        <message>
            <source>leaves</source>
            <translation>löv</translation>
        </message>
        <message>
            <source>fallen trees</source>
            <translation>nedfallna träd</translation>
        </message>
        <message>
            <source>classic</source>
            <translation>klassiskt</translation>
        </message>
        <message>
            <source>skate</source>
            <translation>skate</translation>
        </message>
        <message>
            <source>classic and skate</source>
            <translation>klassiskt och skate</translation>
        </message>
        <message>
            <source>today</source>
            <translation>i dag</translation>
        </message>
        <message>
            <source>1–3 days</source>
            <translation>1–3 dagar</translation>
        </message>
        <message>
            <source>4–6 days</source>
            <translation>4–6 dagar</translation>
        </message>
        <message>
            <source>7–10 days</source>
            <translation>7–10 dagar</translation>
        </message>
        <message>
            <source>11–14 days</source>
            <translation>11–14 dagar</translation>
        </message>
        <message>
            <source>older than 14 days</source>
            <translation>äldre än 14 dagar</translation>
        </message>
        <message>
            <source>not reported</source>
            <translation>inte rapporterad</translation>
        </message>
        <message>
            <source>Swedish grade: %1 (%2)</source>
            <translation>Svensk gradering: %1 (%2)</translation>
        </message>
        <message>
            <source>Swedish grade: %1</source>
            <translation>Svensk gradering: %1</translation>
        </message>
        <message>
            <source>IMBA level %1</source>
            <translation>IMBA-nivå %1</translation>
        </message>
        <message>
            <source>The colour and the IMBA level disagree.</source>
            <translation>Färgen och IMBA-nivån stämmer inte överens.</translation>
        </message>
        <message>
            <source>No grade given.</source>
            <translation>Ingen svårighetsgrad angiven.</translation>
        </message>
        <message>
            <source>no report</source>
            <translation>ingen rapport</translation>
        </message>
        <message>
            <source>just now</source>
            <translation>nyss</translation>
        </message>
        <message>
            <source>%1 h</source>
            <translation>%1 tim</translation>
        </message>
        <message>
            <source>%1 d</source>
            <translation>%1 d</translation>
        </message>
        <message>
            <source>groomed</source>
            <translation>preparerad</translation>
        </message>
        <message>
            <source>snow %1 cm</source>
            <translation>snö %1 cm</translation>
        </message>
        <message>
            <source>lit</source>
            <translation>belyst</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Plats</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Svårighetsgrad</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Reported</source>
            <translation>Rapporterad</translation>
        </message>
        <message>
            <source>Groomed</source>
            <translation>Preparerad</translation>
        </message>
        <message>
            <source>Snow depth</source>
            <translation>Snödjup</translation>
        </message>
        <message>
            <source>No reports yet: the trail's status is unknown.</source>
            <translation>Inga rapporter än: ledens status är okänd.</translation>
        </message>
    </context>
    <context>
        <name>TrailsArea</name>
        <message>
            <source>Trails</source>
            <translation>Leder</translation>
        </message>
        <message>
            <source>Snow guarantee and go/no-go</source>
            <translation>Snögaranti och beslutsunderlag</translation>
        </message>
    </context>
    <context>
        <name>TrailsModel</name>
        <message>
            <source>Name</source>
            <extracomment>(local time text, age text, stale) of the Reported column, for ReportedDelegate. Kind filter groups: what a coordinator asks for ("the ski tracks"), not the five codes. The status filter's value for trails that were never reported.</extracomment>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Svårighetsgrad</translation>
        </message>
        <message>
            <source>km</source>
            <translation>km</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>Förhållanden</translation>
        </message>
        <message>
            <source>Reported</source>
            <translation>Rapporterad</translation>
        </message>
        <message>
            <source>Groomed</source>
            <translation>Preparerad</translation>
        </message>
        <message>
            <source>Length in kilometres</source>
            <translation>Längd i kilometer</translation>
        </message>
        <message>
            <source>Reported by %1</source>
            <translation>Rapporterad av %1</translation>
        </message>
        <message>
            <source>Groomed %1</source>
            <translation>Preparerad %1</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Skede</translation>
        </message>
    </context>
    <context>
        <name>TrailsPage</name>
        <message>
            <source>%1 shown</source>
            <extracomment>Columns that give way, in this order, when the table is narrower than its content (their text elides, each by at most GIVE_WAY_SHARE), so that Reported and Groomed stay in view.</extracomment>
            <translation>%1 visas</translation>
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
            <source>Hiking and snowshoe</source>
            <translation>Vandrings- och snöskoleder</translation>
        </message>
        <message>
            <source>Every kind</source>
            <translation>Alla typer</translation>
        </message>
        <message>
            <source>Every status</source>
            <translation>Alla statusar</translation>
        </message>
        <message numerus="yes">
            <source>Trails without a report in the last %n day(s)</source>
            <translation>
                <numerusform>Leder utan rapport på %n dag</numerusform>
                <numerusform>Leder utan rapport på %n dagar</numerusform>
            </translation>
        </message>
        <message>
            <source>Reading the trail register…</source>
            <translation>Läser in ledregistret…</translation>
        </message>
        <message>
            <source>There are no trails in the database yet, so the register is empty. The demo season (File menu) brings trails and reports to try it with.</source>
            <translation>Det finns inga leder i databasen än, så registret är tomt. Demosäsongen (Arkiv-menyn) har leder och rapporter att prova med.</translation>
        </message>
        <message>
            <source>No trail matches the filters.</source>
            <translation>Ingen led matchar filtren.</translation>
        </message>
        <message>
            <source>No trails yet</source>
            <translation>Inga leder än</translation>
        </message>
        <message>
            <source>Nothing to show until the database holds trails.</source>
            <translation>Inget att visa förrän databasen innehåller leder.</translation>
        </message>
        <message numerus="yes">
            <source>%n trails selected</source>
            <translation>
                <numerusform>%n led vald</numerusform>
                <numerusform>%n leder valda</numerusform>
            </translation>
        </message>
        <message>
            <source>New report… gives each of them a report with the same status and note.</source>
            <translation>Ny rapport… ger var och en av dem en rapport med samma status och anteckning.</translation>
        </message>
        <message>
            <source>No trail selected</source>
            <translation>Ingen led vald</translation>
        </message>
        <message>
            <source>Choose a trail in the register to see its grade, description and reports. Select several (Ctrl or Shift) to set their status in one step.</source>
            <translation>Välj en led i registret för att se svårighetsgrad, beskrivning och rapporter. Markera flera (Ctrl eller Skift) för att ange deras status i ett steg.</translation>
        </message>
        <message>
            <source>Reading the reports…</source>
            <translation>Läser rapporterna…</translation>
        </message>
        <message>
            <source>Report on %1</source>
            <translation>Rapport om %1</translation>
        </message>
        <message numerus="yes">
            <source>Status of %n trail(s)</source>
            <translation>
                <numerusform>Status för %n led</numerusform>
                <numerusform>Status för %n leder</numerusform>
            </translation>
        </message>
        <message>
            <source>Edit %1</source>
            <translation>Ändra %1</translation>
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
            <source>Grade (colour)</source>
            <translation>Gradering (färg)</translation>
        </message>
        <message>
            <source>IMBA level</source>
            <translation>IMBA-nivå</translation>
        </message>
        <message>
            <source>mtb:scale</source>
            <translation>mtb:scale</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Område</translation>
        </message>
        <message>
            <source>Lit (floodlights)</source>
            <translation>Belyst (elljus)</translation>
        </message>
        <message>
            <source>Description (Swedish)</source>
            <translation>Beskrivning (svenska)</translation>
        </message>
        <message>
            <source>Description (English)</source>
            <translation>Beskrivning (engelska)</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Inte sparat</translation>
        </message>
        <message>
            <source>Trail register</source>
            <translation>Ledregister</translation>
        </message>
        <message>
            <source>Show on the map</source>
            <translation>Visa på kartan</translation>
        </message>
        <message>
            <source>Edit trail…</source>
            <translation>Ändra led…</translation>
        </message>
        <message>
            <source>New report…</source>
            <translation>Ny rapport…</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Visa:</translation>
        </message>
        <message>
            <source>Only stale reports</source>
            <translation>Bara inaktuella rapporter</translation>
        </message>
        <message>
            <source>Search trails…</source>
            <translation>Sök leder…</translation>
        </message>
        <message>
            <source>Show every trail</source>
            <translation>Visa alla leder</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Rapporter</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Skede</translation>
        </message>
        <message>
            <source>More</source>
            <translation>Mer</translation>
        </message>
        <message>
            <source>Draw a new trail, edit a trail's line, retire or delete a trail</source>
            <translation>Rita en ny led, ändra en leds linje, lägg ned eller ta bort en led</translation>
        </message>
        <message>
            <source>Search trails</source>
            <translation>Sök leder</translation>
        </message>
        <message>
            <source>Trails</source>
            <translation>Leder</translation>
        </message>
    </context>
    <context>
        <name>Warnings</name>
        <message>
            <source>{first} and {second} overlap at {place} from {starts} to {ends}.</source>
            <translation>{first} och {second} krockar på {place} från {starts} till {ends}.</translation>
        </message>
        <message>
            <source>{event} ({starts}) is outdoors and depends on the snow guarantee {target}, which is red: {ready_km} of {required_km} km ready, needed by {deadline}.</source>
            <translation>{event} ({starts}) är utomhus och beror på snögarantin {target}, som är röd: {ready_km} av {required_km} km klara, behövs senast {deadline}.</translation>
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
    <context>
        <name>WeatherImportDialog</name>
        <message>
            <source>Import weather data</source>
            <translation>Importera väderdata</translation>
        </message>
        <message>
            <source>SMHI observation downloads (CSV or JSON: air temperature hourly, daily mean, minimum and maximum; relative humidity; snow depth) and SMHI's point forecast (JSON). Importing the same file again adds nothing; an import cannot be undone from the window.</source>
            <translation>Nedladdningar av SMHI:s observationer (CSV eller JSON: lufttemperatur per timme, dygnsmedel, dygnets lägsta och högsta; relativ luftfuktighet; snödjup) och SMHI:s punktprognos (JSON). Samma fil importerad igen lägger inte till något; en import kan inte ångras i fönstret.</translation>
        </message>
        <message>
            <source>Choose files…</source>
            <translation>Välj filer…</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fil</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>Station</translation>
        </message>
        <message>
            <source>Parameter</source>
            <translation>Parameter</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Rader</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Anmärkningar</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importera</translation>
        </message>
        <message>
            <source>Choose SMHI files</source>
            <translation>Välj SMHI-filer</translation>
        </message>
        <message>
            <source>SMHI data (*.csv *.json *.txt *.gz);;All files (*)</source>
            <translation>SMHI-data (*.csv *.json *.txt *.gz);;Alla filer (*)</translation>
        </message>
        <message>
            <source>Reading the files…</source>
            <translation>Läser filerna…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>forecast (air temperature, humidity)</source>
            <translation>prognos (lufttemperatur, luftfuktighet)</translation>
        </message>
        <message>
            <source>SMHI forecast for Norberg</source>
            <translation>SMHI:s prognos för Norberg</translation>
        </message>
        <message>
            <source>%1 file(s) can be imported; %2 cannot (see Notes).</source>
            <translation>%1 fil(er) kan importeras; %2 kan inte (se Anmärkningar).</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importerar…</translation>
        </message>
        <message>
            <source>Imported: %1 new or changed rows.</source>
            <translation>Importerat: %1 nya eller ändrade rader.</translation>
        </message>
    </context>
    <context>
        <name>ZoneDialog</name>
        <message>
            <source>Draw again on the map…</source>
            <translation>Rita om på kartan…</translation>
        </message>
        <message>
            <source>Draw on the map…</source>
            <translation>Rita på kartan…</translation>
        </message>
        <message numerus="yes">
            <source>%n corner(s)</source>
            <translation>
                <numerusform>%n hörn</numerusform>
                <numerusform>%n hörn</numerusform>
            </translation>
        </message>
        <message>
            <source>Reading the map layers…</source>
            <translation>Läser kartlagren…</translation>
        </message>
        <message>
            <source>(no imported layer has areas)</source>
            <translation>(inget importerat lager har ytor)</translation>
        </message>
        <message numerus="yes">
            <source>All %n area(s)</source>
            <translation>
                <numerusform>Hela ytan</numerusform>
                <numerusform>Alla %n ytor</numerusform>
            </translation>
        </message>
        <message>
            <source>Area %1</source>
            <translation>Yta %1</translation>
        </message>
        <message>
            <source>A zone from a file</source>
            <translation>En zon från en fil</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>Läser %1…</translation>
        </message>
        <message>
            <source>the drawn zone</source>
            <translation>den ritade zonen</translation>
        </message>
        <message>
            <source>Choose the zone: an imported layer, a file or a polygon drawn on the map.</source>
            <translation>Välj zonen: ett importerat lager, en fil eller en yta ritad på kartan.</translation>
        </message>
        <message>
            <source>Looking for the trails in %1…</source>
            <translation>Letar efter lederna i %1…</translation>
        </message>
        <message numerus="yes">
            <source>%n trail(s) inside or crossing %1.</source>
            <translation>
                <numerusform>%n led inom eller över gränsen för %1.</numerusform>
                <numerusform>%n leder inom eller över gränsen för %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n retired trail(s) left alone.</source>
            <translation>
                <numerusform>%n nedlagd led lämnas orörd.</numerusform>
                <numerusform>%n nedlagda leder lämnas orörda.</numerusform>
            </translation>
        </message>
        <message>
            <source>crosses the edge</source>
            <translation>korsar gränsen</translation>
        </message>
        <message>
            <source>inside</source>
            <translation>inom</translation>
        </message>
        <message numerus="yes">
            <source>Close %n trail(s)</source>
            <translation>
                <numerusform>Stäng %n led</numerusform>
                <numerusform>Stäng %n leder</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Report on %n trail(s)</source>
            <translation>
                <numerusform>Rapportera %n led</numerusform>
                <numerusform>Rapportera %n leder</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Close %n trail(s) in %1</source>
            <translation>
                <numerusform>Stäng %n led i %1</numerusform>
                <numerusform>Stäng %n leder i %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Report %n trail(s) in %1 as %2</source>
            <translation>
                <numerusform>Rapportera %n led i %1 som %2</numerusform>
                <numerusform>Rapportera %n leder i %1 som %2</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose the zone first.</source>
            <translation>Välj zonen först.</translation>
        </message>
        <message>
            <source>The trails in the zone are still being looked for.</source>
            <translation>Lederna i zonen letas fortfarande fram.</translation>
        </message>
        <message>
            <source>There are no trails in the zone.</source>
            <translation>Det finns inga leder i zonen.</translation>
        </message>
        <message>
            <source>Write a note: visitors read it with the status.</source>
            <translation>Skriv en notering: besökarna läser den tillsammans med statusen.</translation>
        </message>
        <message>
            <source>Nothing was reported: %1</source>
            <translation>Ingenting rapporterades: %1</translation>
        </message>
        <message>
            <source>Close an area…</source>
            <translation>Stäng område…</translation>
        </message>
        <message>
            <source>Report every trail inside a zone closed (or another status) in one step: the zone is an imported map layer, a file, or drawn on the map.</source>
            <translation>Rapportera varje led i en zon som stängd (eller en annan status) i ett steg: zonen är ett importerat kartlager, en fil eller ritas på kartan.</translation>
        </message>
        <message>
            <source>Close an area</source>
            <translation>Stäng område</translation>
        </message>
        <message>
            <source>Every trail inside or crossing the zone gets one report with the status and note below, in one step that Undo takes back. Retired trails are left alone.</source>
            <translation>Varje led inom eller över zonens gräns får en rapport med statusen och noteringen nedan, i ett steg som Ångra tar tillbaka. Nedlagda leder lämnas orörda.</translation>
        </message>
        <message>
            <source>Zone</source>
            <translation>Zon</translation>
        </message>
        <message>
            <source>Imported map layer</source>
            <translation>Importerat kartlager</translation>
        </message>
        <message>
            <source>Geodata file</source>
            <translation>Geodatafil</translation>
        </message>
        <message>
            <source>Choose a file…</source>
            <translation>Välj en fil…</translation>
        </message>
        <message>
            <source>Layer in the file</source>
            <translation>Lager i filen</translation>
        </message>
        <message>
            <source>Drawn on the map</source>
            <translation>Ritad på kartan</translation>
        </message>
        <message>
            <source>Trail</source>
            <translation>Led</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Status now</source>
            <translation>Status nu</translation>
        </message>
        <message>
            <source>In the zone</source>
            <translation>I zonen</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notering</translation>
        </message>
        <message>
            <source>Reported by</source>
            <translation>Rapporterad av</translation>
        </message>
    </context>
    <context>
        <name>ZoneTools</name>
        <message>
            <source>Close an area…</source>
            <translation>Stäng område…</translation>
        </message>
        <message>
            <source>Report every trail inside a zone closed (or another status) in one step: the zone is the imported layer chosen above, a file, or a polygon drawn on the map.</source>
            <translation>Rapportera varje led i en zon som stängd (eller en annan status) i ett steg: zonen är det importerade lagret som valts ovan, en fil eller en yta ritad på kartan.</translation>
        </message>
        <message>
            <source>Draw a zone…</source>
            <translation>Rita en zon…</translation>
        </message>
        <message>
            <source>Click the corners of the zone on the map; double-click or Enter closes it, Esc cancels.</source>
            <translation>Klicka på zonens hörn på kartan; dubbelklick eller Enter stänger den, Esc avbryter.</translation>
        </message>
        <message>
            <source>Drawing a zone: click its corners on the map (%1 so far); double-click or Enter closes it, Backspace takes back a corner, Esc cancels.</source>
            <translation>Ritar en zon: klicka på dess hörn på kartan (%1 hittills); dubbelklick eller Enter stänger den, Backsteg tar bort ett hörn, Esc avbryter.</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Inte sparat</translation>
        </message>
        <message>
            <source>zone</source>
            <translation>zon</translation>
        </message>
        <message>
            <source>Zone</source>
            <translation>Zon</translation>
        </message>
        <message>
            <source>in the zone</source>
            <translation>i zonen</translation>
        </message>
        <message>
            <source>Trails in the zone</source>
            <translation>Leder i zonen</translation>
        </message>
        <message>
            <source>Fallen trees after the storm; clearing in progress.</source>
            <extracomment>The screenshot's zone: drawn around Klackberget, south-east of the town.</extracomment>
            <translation>Stormfällda träd; röjning pågår.</translation>
        </message>
    </context>
    <context>
        <name>SmhiFetch</name>
        <message>
            <source>SMHI could not be reached ({reason}). Check the connection and try again; nothing was imported.</source>
            <translation>SMHI gick inte att nå ({reason}). Kontrollera anslutningen och försök igen; inget importerades.</translation>
        </message>
        <message>
            <source>SMHI answered {code}; nothing was imported. Try again later.</source>
            <translation>SMHI svarade med fel {code}; inget importerades. Försök igen senare.</translation>
        </message>
        <message>
            <source>SMHI's answer is larger than a download may be; nothing was imported.</source>
            <translation>SMHI:s svar är större än en nedladdning får vara; inget importerades.</translation>
        </message>
        <message>
            <source>SMHI's answer could not be read (it is not JSON); nothing was imported.</source>
            <translation>SMHI:s svar gick inte att läsa (det är inte JSON); inget importerades.</translation>
        </message>
        <message>
            <source>SMHI's answer has an unexpected form; nothing was imported.</source>
            <translation>SMHI:s svar har en oväntad form; inget importerades.</translation>
        </message>
        <message>
            <source>SMHI lists no stations for this measurement; nothing was imported.</source>
            <translation>SMHI listar inga stationer för den här mätningen; inget importerades.</translation>
        </message>
        <message>
            <source>SMHI sent another measurement ({got}) than the one asked for ({asked}); nothing was imported.</source>
            <translation>SMHI skickade en annan mätning ({got}) än den som begärdes ({asked}); inget importerades.</translation>
        </message>
        <message>
            <source>The download was cancelled; nothing was imported.</source>
            <translation>Nedladdningen avbröts; inget importerades.</translation>
        </message>
        <message>
            <source>The saved forecast could not be read ({reason}).</source>
            <translation>Den sparade prognosen gick inte att läsa ({reason}).</translation>
        </message>
    </context>
    <context>
        <name>PersonMerge</name>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Roll</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-post</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Legal basis</source>
            <translation>Rättslig grund</translation>
        </message>
        <message>
            <source>Consent given</source>
            <translation>Samtycke givet</translation>
        </message>
        <message>
            <source>Retention review</source>
            <translation>Gallringsöversyn</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Anteckningar</translation>
        </message>
    </context>
    <context>
        <name>PersonMergeDialog</name>
        <message>
            <source>Merge people</source>
            <translation>Slå ihop personer</translation>
        </message>
        <message>
            <source>These records look like one person. Choose the record to keep and the value of each field. Every contact and task of the others moves to it; the others are removed. Undo brings everything back.</source>
            <translation>De här posterna ser ut att vara samma person. Välj vilken post som ska finnas kvar och vilket värde varje fält ska ha. De andras kontakter och uppgifter flyttas till den; de andra tas bort. Ångra tar tillbaka allt.</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Behåll</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Slå ihop</translation>
        </message>
        <message>
            <source>%1 contact(s), %2 task(s)</source>
            <translation>%1 kontakt(er), %2 uppgift(er)</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(tomt)</translation>
        </message>
        <message>
            <source>all joined</source>
            <translation>alla sammanfogade</translation>
        </message>
        <message numerus="yes">
            <source>Merge %n people into %1</source>
            <translation>
                <numerusform>Slå ihop %n person med %1</numerusform>
                <numerusform>Slå ihop %n personer till %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LineTool</name>
        <message>
            <source>A line keeps at least two points.</source>
            <translation>En linje har minst två punkter.</translation>
        </message>
        <message>
            <source>Click at least two points on the map.</source>
            <translation>Klicka ut minst två punkter på kartan.</translation>
        </message>
    </context>
    <context>
        <name>PointPicker</name>
        <message>
            <source>Pick on the map…</source>
            <translation>Välj på kartan…</translation>
        </message>
    </context>
    <context>
        <name>PointPickerDialog</name>
        <message>
            <source>Pick the location on the map</source>
            <translation>Välj platsen på kartan</translation>
        </message>
        <message>
            <source>Click the map where it is; drag to move the map, turn the wheel to zoom.</source>
            <translation>Klicka på kartan där den ligger; dra för att flytta kartan, rulla på hjulet för att zooma.</translation>
        </message>
    </context>
    <context>
        <name>TrailEditing</name>
        <message>
            <source>Finish</source>
            <translation>Klar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Click to add points; double-click or Enter finishes, Backspace takes back the last point, Esc cancels.</source>
            <translation>Klicka för att lägga till punkter; dubbelklick eller Enter avslutar, Backsteg tar bort den senaste punkten, Esc avbryter.</translation>
        </message>
        <message>
            <source>Drag a point to move it, click on the line to add one, right-click a point to remove it; Enter finishes, Esc cancels.</source>
            <translation>Dra en punkt för att flytta den, klicka på linjen för att lägga till en, högerklicka på en punkt för att ta bort den; Enter avslutar, Esc avbryter.</translation>
        </message>
        <message>
            <source>New trail</source>
            <translation>Ny led</translation>
        </message>
        <message>
            <source>%1 km</source>
            <translation>%1 km</translation>
        </message>
        <message>
            <source>Change the line of %1</source>
            <translation>Ändra linjen för %1</translation>
        </message>
        <message>
            <source>New trail %1</source>
            <translation>Ny led %1</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Inte sparat</translation>
        </message>
        <message>
            <source>%1 — click its new place on the map; Esc cancels.</source>
            <translation>%1 — klicka på dess nya plats på kartan; Esc avbryter.</translation>
        </message>
        <message>
            <source>Move %1</source>
            <translation>Flytta %1</translation>
        </message>
        <message>
            <source>Someone else changed or removed the line of %1 meanwhile; nothing was saved.</source>
            <translation>Någon annan har ändrat eller tagit bort linjen för %1 under tiden; inget sparades.</translation>
        </message>
    </context>
    <context>
        <name>TrailLife</name>
        <message>
            <source>Not retired</source>
            <translation>Ej nedlagda</translation>
        </message>
        <message>
            <source>Every stage</source>
            <translation>Alla skeden</translation>
        </message>
        <message numerus="yes">
            <source>%n report(s)</source>
            <translation>
                <numerusform>%n rapport</numerusform>
                <numerusform>%n rapporter</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n race course(s)</source>
            <translation>
                <numerusform>%n tävlingsbana</numerusform>
                <numerusform>%n tävlingsbanor</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n snow-guarantee target(s)</source>
            <translation>
                <numerusform>%n snögarantimål</numerusform>
                <numerusform>%n snögarantimål</numerusform>
            </translation>
        </message>
        <message>
            <source>Draw a new trail on the map…</source>
            <translation>Rita en ny led på kartan…</translation>
        </message>
        <message>
            <source>Edit the line on the map</source>
            <translation>Ändra linjen på kartan</translation>
        </message>
        <message>
            <source>Retire the trail</source>
            <translation>Lägg ned leden</translation>
        </message>
        <message>
            <source>Delete the trail…</source>
            <translation>Ta bort leden…</translation>
        </message>
        <message>
            <source>Retire %1</source>
            <translation>Lägg ned %1</translation>
        </message>
        <message>
            <source>“%1” cannot be deleted: %2 refer to it. Retire it instead? A retired trail leaves the map and the public pages and keeps its history.</source>
            <translation>”%1” kan inte tas bort: %2 hänvisar till den. Lägga ned den i stället? En nedlagd led försvinner från kartan och de publika sidorna men behåller sin historik.</translation>
        </message>
        <message>
            <source>Delete the trail</source>
            <translation>Ta bort leden</translation>
        </message>
        <message>
            <source>Delete “%1” and its line? Undo brings it back.</source>
            <translation>Ta bort ”%1” och dess linje? Ångra tar tillbaka den.</translation>
        </message>
        <message>
            <source>Delete %1</source>
            <translation>Ta bort %1</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Planerad</translation>
        </message>
        <message>
            <source>Under construction</source>
            <translation>Under byggnad</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Öppen</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>Nedlagd</translation>
        </message>
        <message>
            <source>Shown on the public status page and in the bulletin.</source>
            <translation>Visas på den publika statussidan och i bulletinen.</translation>
        </message>
        <message>
            <source>Retired: hidden on the map and left out of the public status page and the bulletin; its reports are kept.</source>
            <translation>Nedlagd: dold på kartan och utelämnad från den publika statussidan och bulletinen; rapporterna finns kvar.</translation>
        </message>
        <message>
            <source>Not open yet: drawn dashed on the map and left out of the public status page and the bulletin until it opens.</source>
            <translation>Inte öppen än: streckad på kartan och utelämnad från den publika statussidan och bulletinen tills den öppnar.</translation>
        </message>
    </context>
    <context>
        <name>ArchiveMenu</name>
        <message>
            <source>&amp;New database…</source>
            <translation>&amp;Ny databas…</translation>
        </message>
        <message>
            <source>&amp;Open database…</source>
            <translation>&amp;Öppna databas…</translation>
        </message>
        <message>
            <source>Recen&amp;t databases</source>
            <translation>&amp;Senaste databaser</translation>
        </message>
        <message>
            <source>&amp;Leave the demo…</source>
            <translation>&amp;Lämna demot…</translation>
        </message>
        <message>
            <source>&amp;Back up…</source>
            <translation>Säkerhets&amp;kopiera…</translation>
        </message>
        <message>
            <source>Re&amp;store from a backup…</source>
            <translation>&amp;Återställ från säkerhetskopia…</translation>
        </message>
        <message>
            <source>A&amp;utomatic backup…</source>
            <translation>Automatisk säker&amp;hetskopiering…</translation>
        </message>
        <message>
            <source>&amp;Publish the status page…</source>
            <translation>&amp;Publicera statussida…</translation>
        </message>
        <message>
            <source>Write the public status page (trails, snow, events) into its folder</source>
            <translation>Skriv den publika statussidan (leder, snö, evenemang) till sin mapp</translation>
        </message>
        <message>
            <source>%1 (demo)</source>
            <translation>%1 (demo)</translation>
        </message>
        <message>
            <source>&amp;E-mail server…</source>
            <translation>&amp;E-postserver…</translation>
        </message>
    </context>
    <context>
        <name>BackupScheduler</name>
        <message>
            <source>Automatic backup written: %1</source>
            <translation>Automatisk säkerhetskopia sparad: %1</translation>
        </message>
        <message>
            <source>The automatic backup failed: %1</source>
            <translation>Den automatiska säkerhetskopieringen misslyckades: %1</translation>
        </message>
        <message>
            <source>Last backup: none yet</source>
            <translation>Senaste säkerhetskopia: ingen ännu</translation>
        </message>
        <message>
            <source>Last backup: %1</source>
            <translation>Senaste säkerhetskopia: %1</translation>
        </message>
        <message>
            <source>Backup failed</source>
            <translation>Säkerhetskopieringen misslyckades</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>Back up the database</source>
            <translation>Säkerhetskopiera databasen</translation>
        </message>
        <message>
            <source>Backups %1</source>
            <translation>Säkerhetskopior %1</translation>
        </message>
        <message>
            <source>%1 is a folder: name the backup file.</source>
            <translation>%1 är en mapp: ge säkerhetskopian ett filnamn.</translation>
        </message>
        <message>
            <source>Backed up to %1: %2 rows in %3 tables.</source>
            <translation>Säkerhetskopierat till %1: %2 rader i %3 tabeller.</translation>
        </message>
        <message>
            <source>The backup could not be written: %1</source>
            <translation>Säkerhetskopian kunde inte skrivas: %1</translation>
        </message>
        <message>
            <source>Backing up the database…</source>
            <translation>Säkerhetskopierar databasen…</translation>
        </message>
        <message>
            <source>Restore from a backup</source>
            <translation>Återställ från säkerhetskopia</translation>
        </message>
        <message>
            <source>%1 cannot be restored: %2 Nothing was changed.</source>
            <translation>%1 kan inte återställas: %2 Inget ändrades.</translation>
        </message>
        <message>
            <source>Checking the backup…</source>
            <translation>Kontrollerar säkerhetskopian…</translation>
        </message>
        <message>
            <source>Restore %1, taken %2 from %3 (%4 rows)?</source>
            <translation>Återställa %1, tagen %2 från %3 (%4 rader)?</translation>
        </message>
        <message>
            <source>It replaces everything in the database %1: %2.</source>
            <translation>Den ersätter allt i databasen %1: %2.</translation>
        </message>
        <message>
            <source>A safety copy of the database as it is now is kept in the program's backups folder first.</source>
            <translation>Först sparas en säkerhetskopia av databasen som den är nu i programmets mapp för säkerhetskopior.</translation>
        </message>
        <message>
            <source>%1 rows</source>
            <translation>%1 rader</translation>
        </message>
        <message>
            <source>it is empty</source>
            <translation>den är tom</translation>
        </message>
        <message>
            <source>event</source>
            <translation>evenemang</translation>
        </message>
        <message>
            <source>events</source>
            <translation>evenemang</translation>
        </message>
        <message>
            <source>trail</source>
            <translation>led</translation>
        </message>
        <message>
            <source>trails</source>
            <translation>leder</translation>
        </message>
        <message>
            <source>organisation</source>
            <translation>organisation</translation>
        </message>
        <message>
            <source>organisations</source>
            <translation>organisationer</translation>
        </message>
        <message>
            <source>person</source>
            <translation>person</translation>
        </message>
        <message>
            <source>people</source>
            <translation>personer</translation>
        </message>
        <message>
            <source>package</source>
            <translation>paket</translation>
        </message>
        <message>
            <source>packages</source>
            <translation>paket</translation>
        </message>
        <message>
            <source>Restored %1 (taken %2).</source>
            <translation>Återställde %1 (tagen %2).</translation>
        </message>
        <message>
            <source>The data it replaced is kept in %1.</source>
            <translation>Det som ersattes finns kvar i %1.</translation>
        </message>
        <message>
            <source>%1 erased person(s) were erased again.</source>
            <translation>%1 raderade personer raderades igen.</translation>
        </message>
        <message>
            <source>%1 was not restored: %2</source>
            <translation>%1 återställdes inte: %2</translation>
        </message>
        <message>
            <source>Restoring %1…</source>
            <translation>Återställer %1…</translation>
        </message>
    </context>
    <context>
        <name>Databases</name>
        <message>
            <source>Open database</source>
            <translation>Öppna databas</translation>
        </message>
        <message>
            <source>Opening the database…</source>
            <translation>Öppnar databasen…</translation>
        </message>
        <message>
            <source>The database could not be opened: %1</source>
            <translation>Databasen kunde inte öppnas: %1</translation>
        </message>
        <message>
            <source>New database</source>
            <translation>Ny databas</translation>
        </message>
        <message>
            <source>Databases %1</source>
            <translation>Databaser %1</translation>
        </message>
        <message>
            <source>%1 already exists: a new database never replaces a file. Choose another name, or open it with Open database….</source>
            <translation>%1 finns redan: en ny databas ersätter aldrig en fil. Välj ett annat namn, eller öppna den med Öppna databas….</translation>
        </message>
        <message>
            <source>%1 is not there any more.</source>
            <translation>%1 finns inte kvar.</translation>
        </message>
        <message>
            <source>%1 (demo)</source>
            <translation>%1 (demo)</translation>
        </message>
        <message>
            <source>%1 (missing)</source>
            <translation>%1 (saknas)</translation>
        </message>
        <message>
            <source>(none yet)</source>
            <translation>(inga ännu)</translation>
        </message>
        <message>
            <source>Clear the list</source>
            <translation>Töm listan</translation>
        </message>
        <message>
            <source>Leave the demo</source>
            <translation>Lämna demot</translation>
        </message>
        <message>
            <source>Leave the demo and go back to %1, or start a new, empty database?</source>
            <translation>Lämna demot och gå tillbaka till %1, eller börja en ny, tom databas?</translation>
        </message>
        <message>
            <source>Open %1</source>
            <translation>Öppna %1</translation>
        </message>
        <message>
            <source>New database…</source>
            <translation>Ny databas…</translation>
        </message>
    </context>
    <context>
        <name>OpenDatabaseDialog</name>
        <message>
            <source>Open database</source>
            <translation>Öppna databas</translation>
        </message>
        <message>
            <source>A database &amp;file on this computer or a share</source>
            <translation>En databas&amp;fil på den här datorn eller en delad mapp</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Bläddra…</translation>
        </message>
        <message>
            <source>A database &amp;server (PostgreSQL)</source>
            <translation>En database&amp;server (PostgreSQL)</translation>
        </message>
        <message>
            <source>The password is kept only while the program runs; it is never saved.</source>
            <translation>Lösenordet finns bara kvar medan programmet körs; det sparas aldrig.</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Adress:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Lösenord:</translation>
        </message>
        <message>
            <source>Databases %1</source>
            <translation>Databaser %1</translation>
        </message>
        <message>
            <source>Choose the database file.</source>
            <translation>Välj databasfilen.</translation>
        </message>
        <message>
            <source>There is no file %1.</source>
            <translation>Det finns ingen fil %1.</translation>
        </message>
        <message>
            <source>A server address looks like postgresql://user@server/database.</source>
            <translation>En serveradress ser ut som postgresql://användare@server/databas.</translation>
        </message>
    </context>
    <context>
        <name>Publisher</name>
        <message>
            <source>Publish the status page into which folder?</source>
            <translation>Publicera statussidan i vilken mapp?</translation>
        </message>
        <message>
            <source>Not published</source>
            <translation>Inte publicerad</translation>
        </message>
        <message>
            <source>The status page was not published: %1</source>
            <translation>Statussidan publicerades inte: %1</translation>
        </message>
        <message>
            <source>Publishing the status page…</source>
            <translation>Publicerar statussidan…</translation>
        </message>
        <message>
            <source>Status page published</source>
            <translation>Statussidan publicerad</translation>
        </message>
        <message>
            <source>The status page was written to %1.</source>
            <translation>Statussidan skrevs till %1.</translation>
        </message>
        <message>
            <source>&amp;Open the folder</source>
            <translation>&amp;Öppna mappen</translation>
        </message>
        <message>
            <source>Publish into &amp;another folder…</source>
            <translation>Publicera i &amp;en annan mapp…</translation>
        </message>
        <message>
            <source>The public events were published too, for regional calendars to subscribe to: events.ics and events.jsonld in Swedish, events-en.ics and events-en.jsonld in English.</source>
            <translation>De offentliga evenemangen publicerades också, så att regionala kalendrar kan prenumerera på dem: events.ics och events.jsonld på svenska, events-en.ics och events-en.jsonld på engelska.</translation>
        </message>
    </context>
    <context>
        <name>ScheduleDialog</name>
        <message>
            <source>Automatic backup</source>
            <translation>Automatisk säkerhetskopiering</translation>
        </message>
        <message>
            <source>&amp;Back up the open database automatically</source>
            <translation>&amp;Säkerhetskopiera den öppna databasen automatiskt</translation>
        </message>
        <message>
            <source>B&amp;rowse…</source>
            <translation>B&amp;läddra…</translation>
        </message>
        <message>
            <source>&amp;Daily</source>
            <translation>&amp;Dagligen</translation>
        </message>
        <message>
            <source>&amp;Weekly</source>
            <translation>&amp;Varje vecka</translation>
        </message>
        <message>
            <source>Every</source>
            <translation>Var</translation>
        </message>
        <message>
            <source> hours</source>
            <translation>:e timme</translation>
        </message>
        <message>
            <source>A backup is taken when the program starts and one is due, and while it is open. The oldest backups of this database in the folder beyond the number to keep are deleted. These settings belong to this computer.</source>
            <translation>En säkerhetskopia tas när programmet startar och en är på tur, och medan det är öppet. De äldsta säkerhetskopiorna av den här databasen i mappen utöver antalet att behålla tas bort. Inställningarna gäller den här datorn.</translation>
        </message>
        <message>
            <source>backups</source>
            <translation>säkerhetskopior</translation>
        </message>
        <message>
            <source>Folder:</source>
            <translation>Mapp:</translation>
        </message>
        <message>
            <source>How often:</source>
            <translation>Hur ofta:</translation>
        </message>
        <message>
            <source>Keep the newest:</source>
            <translation>Behåll de senaste:</translation>
        </message>
        <message>
            <source>Back up into which folder?</source>
            <translation>Säkerhetskopiera till vilken mapp?</translation>
        </message>
        <message>
            <source>Choose the folder the backups go into.</source>
            <translation>Välj mappen som säkerhetskopiorna ska hamna i.</translation>
        </message>
        <message>
            <source>There is no folder %1.</source>
            <translation>Det finns ingen mapp %1.</translation>
        </message>
    </context>
    <context>
        <name>CopyStrakDialog</name>
        <message>
            <source>Copy %1 to next season</source>
            <translation>Kopiera %1 till nästa säsong</translation>
        </message>
        <message>
            <source>New season: %1</source>
            <translation>Ny säsong: %1</translation>
        </message>
        <message>
            <source>Into the season</source>
            <translation>Till säsongen</translation>
        </message>
        <message>
            <source>Becomes</source>
            <translation>Blir</translation>
        </message>
        <message>
            <source>There is no later season to copy into.</source>
            <translation>Det finns ingen senare säsong att kopiera till.</translation>
        </message>
        <message numerus="yes">
            <source>%1, %2 – %3 on the same weekdays, with %n stop(s), their hours and offers</source>
            <translation>
                <numerusform>%1, %2 – %3 på samma veckodagar, med %n stopp, deras tider och erbjudanden</numerusform>
                <numerusform>%1, %2 – %3 på samma veckodagar, med %n stopp, deras tider och erbjudanden</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NewStrakDialog</name>
        <message>
            <source>New stråk</source>
            <translation>Nytt stråk</translation>
        </message>
        <message>
            <source>e.g. Vinterstråket 2027/28</source>
            <translation>t.ex. Vinterstråket 2027/28</translation>
        </message>
        <message>
            <source>Fridays and Saturdays 16–20 over the season's period to begin with; set the days, hours and stops in the stråk page afterwards.</source>
            <translation>Fredagar och lördagar 16–20 under säsongens period till att börja med; ställ in dagar, tider och stopp på stråksidan efteråt.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Season</source>
            <translation>Säsong</translation>
        </message>
        <message>
            <source>Give the stråk a name.</source>
            <translation>Ge stråket ett namn.</translation>
        </message>
        <message>
            <source>There is already a stråk called %1.</source>
            <translation>Det finns redan ett stråk som heter %1.</translation>
        </message>
        <message>
            <source>Create a season first (Events → More → Seasons…).</source>
            <translation>Skapa en säsong först (Evenemang → Mer → Säsonger…).</translation>
        </message>
    </context>
    <context>
        <name>SeasonForm</name>
        <message>
            <source>New season</source>
            <translation>Ny säsong</translation>
        </message>
        <message>
            <source>Rename the season</source>
            <translation>Byt namn på säsongen</translation>
        </message>
        <message>
            <source>The season's period</source>
            <translation>Säsongens period</translation>
        </message>
        <message>
            <source>e.g. Vinter 2027/28</source>
            <translation>t.ex. Vinter 2027/28</translation>
        </message>
        <message>
            <source>Winter</source>
            <translation>Vinter</translation>
        </message>
        <message>
            <source>Summer</source>
            <translation>Sommar</translation>
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
            <source>Starts</source>
            <translation>Börjar</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Slutar</translation>
        </message>
        <message>
            <source>Give the season a name.</source>
            <translation>Ge säsongen ett namn.</translation>
        </message>
        <message>
            <source>A season's name is at most %1 characters.</source>
            <translation>En säsongs namn får vara högst %1 tecken.</translation>
        </message>
        <message>
            <source>The season ends before it starts.</source>
            <translation>Säsongen slutar innan den börjar.</translation>
        </message>
        <message>
            <source>There is already a season called %1.</source>
            <translation>Det finns redan en säsong som heter %1.</translation>
        </message>
    </context>
    <context>
        <name>SeasonsDialog</name>
        <message>
            <source>Seasons</source>
            <translation>Säsonger</translation>
        </message>
        <message>
            <source>A season holds its events and stråk. An archived season keeps everything but is left out of the pickers and the season list of the events area.</source>
            <translation>En säsong rymmer sina evenemang och stråk. En arkiverad säsong behåller allt men visas inte i väljarna och i säsongslistan under Evenemang.</translation>
        </message>
        <message>
            <source>New…</source>
            <translation>Ny…</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Byt namn…</translation>
        </message>
        <message>
            <source>Period…</source>
            <translation>Period…</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>Arkivera</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Ta bort</translation>
        </message>
        <message>
            <source>Season</source>
            <translation>Säsong</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Evenemang</translation>
        </message>
        <message>
            <source>Stråk</source>
            <translation>Stråk</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Läge</translation>
        </message>
        <message>
            <source>Winter</source>
            <translation>Vinter</translation>
        </message>
        <message>
            <source>Summer</source>
            <translation>Sommar</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>Arkiverad</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>I bruk</translation>
        </message>
        <message>
            <source>Bring back</source>
            <translation>Återställ</translation>
        </message>
        <message>
            <source>New season %1</source>
            <translation>Ny säsong %1</translation>
        </message>
        <message>
            <source>Rename the season %1 to %2</source>
            <translation>Byt namn på säsongen %1 till %2</translation>
        </message>
        <message>
            <source>Set the period of %1 to %2 – %3</source>
            <translation>Sätt perioden för %1 till %2 – %3</translation>
        </message>
        <message>
            <source>Bring back the season %1</source>
            <translation>Återställ säsongen %1 från arkivet</translation>
        </message>
        <message>
            <source>Archive the season %1</source>
            <translation>Arkivera säsongen %1</translation>
        </message>
        <message numerus="yes">
            <source>%1 holds %n event(s) and %2 stråk and cannot be deleted. Archive it instead, or move its events to another season first.</source>
            <translation>
                <numerusform>%1 innehåller %n evenemang och %2 stråk och kan inte tas bort. Arkivera den i stället, eller flytta först dess evenemang till en annan säsong.</numerusform>
                <numerusform>%1 innehåller %n evenemang och %2 stråk och kan inte tas bort. Arkivera den i stället, eller flytta först dess evenemang till en annan säsong.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete the season %1</source>
            <translation>Ta bort säsongen %1</translation>
        </message>
    </context>
    <context>
        <name>Basemap</name>
        <message>
            <source>Import background map</source>
            <translation>Importera bakgrundskarta</translation>
        </message>
        <message>
            <source>Reading the background map %1…</source>
            <translation>Läser bakgrundskartan %1…</translation>
        </message>
        <message>
            <source>Background map not imported</source>
            <translation>Bakgrundskartan importerades inte</translation>
        </message>
        <message>
            <source>Import the background map from %1</source>
            <translation>Importera bakgrundskartan från %1</translation>
        </message>
        <message>
            <source>Background map imported: %1 feature(s) in %2 layer(s).</source>
            <translation>Bakgrundskartan importerad: %1 objekt i %2 lager.</translation>
        </message>
        <message>
            <source>Background: land cover</source>
            <translation>Bakgrund: mark</translation>
        </message>
        <message>
            <source>Background: streams</source>
            <translation>Bakgrund: vattendrag</translation>
        </message>
        <message>
            <source>Background: water</source>
            <translation>Bakgrund: vatten</translation>
        </message>
        <message>
            <source>Background: roads</source>
            <translation>Bakgrund: vägar</translation>
        </message>
        <message>
            <source>Background: buildings</source>
            <translation>Bakgrund: byggnader</translation>
        </message>
        <message>
            <source>Background: place names</source>
            <translation>Bakgrund: ortnamn</translation>
        </message>
        <message>
            <source>Background: {0}</source>
            <translation>Bakgrund: {0}</translation>
        </message>
        <message>
            <source>Background: road edges</source>
            <translation>Bakgrund: vägkanter</translation>
        </message>
    </context>
    <context>
        <name>AreaKeys</name>
        <message>
            <source>&amp;New</source>
            <translation>&amp;Ny</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Ändra…</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Spara</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>S&amp;ök</translation>
        </message>
    </context>
    <context>
        <name>CalendarMessages</name>
        <message>
            <source>The file also holds {held}; only events were imported.</source>
            <translation>Filen innehåller också {held}; bara evenemangen importerades.</translation>
        </message>
        <message>
            <source>Line {line}: {name} has an invalid date '{text}'.</source>
            <translation>Rad {line}: {name} har ett ogiltigt datum '{text}'.</translation>
        </message>
        <message>
            <source>The default time zone '{zone}' is not a known time zone.</source>
            <translation>Standardtidszonen '{zone}' är ingen känd tidszon.</translation>
        </message>
        <message>
            <source>Line {line}: {name} has an invalid duration '{text}'.</source>
            <translation>Rad {line}: {name} har en ogiltig längd '{text}'.</translation>
        </message>
        <message>
            <source>Line {line} could not be read and was ignored.</source>
            <translation>Rad {line} kunde inte läsas och hoppades över.</translation>
        </message>
        <message>
            <source>{n} lines could not be read and were ignored (lines {lines}).</source>
            <translation>{n} rader kunde inte läsas och hoppades över (rad {lines}).</translation>
        </message>
        <message>
            <source>Line {line}: {name} has an invalid UTC offset '{text}'.</source>
            <translation>Rad {line}: {name} har en ogiltig UTC-förskjutning '{text}'.</translation>
        </message>
        <message>
            <source>Line {line}: the parameters of {name} cannot be read (an unclosed quote or a missing ':').</source>
            <translation>Rad {line}: parametrarna till {name} kan inte läsas (ett citattecken som inte stängs eller ett ':' som saknas).</translation>
        </message>
        <message>
            <source>Line {line}: the parameters of {detail} cannot be read; its value was still used.</source>
            <translation>Rad {line}: parametrarna till {detail} kan inte läsas; värdet användes ändå.</translation>
        </message>
        <message>
            <source>{n} properties have parameters that cannot be read; their values were still used (lines {lines}).</source>
            <translation>{n} egenskaper har parametrar som inte kan läsas; deras värden användes ändå (rad {lines}).</translation>
        </message>
        <message>
            <source>Line {line}: the RRULE of {what} cannot be used ({detail}); only its own date was imported.</source>
            <translation>Rad {line}: upprepningsregeln (RRULE) för {what} kan inte användas ({detail}); bara dess eget datum importerades.</translation>
        </message>
        <message>
            <source>{n} events have an RRULE that cannot be used; only their own dates were imported (lines {lines}).</source>
            <translation>{n} evenemang har en upprepningsregel (RRULE) som inte kan användas; bara deras egna datum importerades (rad {lines}).</translation>
        </message>
        <message>
            <source>Line {line}: {name} has an invalid date or time '{text}'.</source>
            <translation>Rad {line}: {name} har ett ogiltigt datum eller en ogiltig tid '{text}'.</translation>
        </message>
        <message>
            <source>Line {line}: {name} has an invalid time '{text}'.</source>
            <translation>Rad {line}: {name} har en ogiltig tid '{text}'.</translation>
        </message>
        <message>
            <source>The file's X-WR-TIMEZONE '{name}' is not a known time zone; it was ignored.</source>
            <translation>Filens X-WR-TIMEZONE '{name}' är ingen känd tidszon; den användes inte.</translation>
        </message>
        <message>
            <source>Line {line}: the event '{title}' also repeats on 1 date before the season; it is left out.</source>
            <translation>Rad {line}: evenemanget '{title}' återkommer också på 1 datum före säsongen; det utelämnas.</translation>
        </message>
        <message>
            <source>Line {line}: the event '{title}' also repeats on {n} dates before the season; they are left out.</source>
            <translation>Rad {line}: evenemanget '{title}' återkommer också på {n} datum före säsongen; de utelämnas.</translation>
        </message>
        <message>
            <source>The file holds binary data, not text: it is not an iCalendar file.</source>
            <translation>Filen innehåller binärdata, inte text: det är ingen iCalendar-fil.</translation>
        </message>
        <message>
            <source>Line {line}: {what} {problem}.</source>
            <translation>Rad {line}: {what} {problem}.</translation>
        </message>
        <message>
            <source>The file holds {n} control character(s); they were removed.</source>
            <translation>Filen innehåller {n} styrtecken; de togs bort.</translation>
        </message>
        <message>
            <source>The file is not UTF-8; it was read as Windows-1252 (Western European).</source>
            <translation>Filen är inte UTF-8; den lästes som Windows-1252 (västeuropeisk).</translation>
        </message>
        <message>
            <source>The file ends before END:VCALENDAR: it is cut off.</source>
            <translation>Filen slutar före END:VCALENDAR: den är avkortad.</translation>
        </message>
        <message>
            <source>Line {line}: {what} has both DTEND and DURATION; DTEND was used.</source>
            <translation>Rad {line}: {what} har både DTEND och DURATION; DTEND användes.</translation>
        </message>
        <message>
            <source>{n} events have both DTEND and DURATION; DTEND was used (lines {lines}).</source>
            <translation>{n} evenemang har både DTEND och DURATION; DTEND användes (rad {lines}).</translation>
        </message>
        <message>
            <source>Line {line}: {what} has a DURATION that is too long.</source>
            <translation>Rad {line}: {what} har en längd (DURATION) som är för lång.</translation>
        </message>
        <message>
            <source>Line {line}: END:{kind} does not match BEGIN:{begun} on line {begun_line}.</source>
            <translation>Rad {line}: END:{kind} passar inte till BEGIN:{begun} på rad {begun_line}.</translation>
        </message>
        <message>
            <source>Line {line}: {what} ends before it starts (DTEND {end} is before DTSTART {start}).</source>
            <translation>Rad {line}: {what} slutar innan det börjar (DTEND {end} är före DTSTART {start}).</translation>
        </message>
        <message>
            <source>Line {line}: {what} ends before it starts (DURATION {value}).</source>
            <translation>Rad {line}: {what} slutar innan det börjar (DURATION {value}).</translation>
        </message>
        <message>
            <source>The file ends inside {name} (begun on line {line}): it is cut off.</source>
            <translation>Filen slutar inne i {name} (som börjar på rad {line}): den är avkortad.</translation>
        </message>
        <message>
            <source>{reason}; this event was left out.</source>
            <translation>{reason}. Evenemanget utelämnades.</translation>
        </message>
        <message>
            <source>The file gives times without a time zone; they were read as {zone} time.</source>
            <translation>Filen anger tider utan tidszon; de lästes som {zone}-tid.</translation>
        </message>
        <message>
            <source>hourly</source>
            <translation>varje timme</translation>
        </message>
        <message>
            <source>minutely</source>
            <translation>varje minut</translation>
        </message>
        <message>
            <source>secondly</source>
            <translation>varje sekund</translation>
        </message>
        <message>
            <source>{todos} and {journals}</source>
            <translation>{todos} och {journals}</translation>
        </message>
        <message>
            <source>{n} journal entry</source>
            <translation>{n} dagboksanteckning</translation>
        </message>
        <message>
            <source>{n} journal entries</source>
            <translation>{n} dagboksanteckningar</translation>
        </message>
        <message>
            <source>{n} to-do</source>
            <translation>{n} uppgift</translation>
        </message>
        <message>
            <source>{n} to-dos</source>
            <translation>{n} uppgifter</translation>
        </message>
        <message>
            <source>This is a vCard (contacts) file, not a calendar.</source>
            <translation>Det här är en vCard-fil (kontakter), inte en kalender.</translation>
        </message>
        <message>
            <source>{name} ({limit} characters kept)</source>
            <translation>{name} ({limit} tecken sparas)</translation>
        </message>
        <message>
            <source>Time zone '{tzid}' is not a standard name; it was read as {zone} (the file's X-LIC-LOCATION).</source>
            <translation>Tidszonen '{tzid}' är inget standardnamn; den lästes som {zone} (filens X-LIC-LOCATION).</translation>
        </message>
        <message>
            <source>{head} and {more} more</source>
            <translation>{head} och {more} till</translation>
        </message>
        <message>
            <source>The file's text was encoded twice (UTF-8 read as Latin-1), so letters such as é were garbled; they were repaired.</source>
            <translation>Filens text var kodad två gånger (UTF-8 läst som Latin-1), så tecken som é var förvanskade; de rättades.</translation>
        </message>
        <message>
            <source>Most lines of the file cannot be read: it is not an iCalendar file.</source>
            <translation>De flesta raderna i filen kan inte läsas: det är ingen iCalendar-fil.</translation>
        </message>
        <message>
            <source>Line {line}: {name} has no component name.</source>
            <translation>Rad {line}: {name} saknar komponentnamn.</translation>
        </message>
        <message>
            <source>Line {line}: {what} has no DTSTART (start time).</source>
            <translation>Rad {line}: {what} saknar DTSTART (starttid).</translation>
        </message>
        <message>
            <source>The file is not text in a known encoding (neither UTF-8 nor Windows-1252).</source>
            <translation>Filen är inte text i någon känd teckenkodning (varken UTF-8 eller Windows-1252).</translation>
        </message>
        <message>
            <source>The calendar holds no events.</source>
            <translation>Kalendern innehåller inga evenemang.</translation>
        </message>
        <message>
            <source>Line {line}: expected BEGIN:VCALENDAR, found '{text}'; this is not an iCalendar file.</source>
            <translation>Rad {line}: BEGIN:VCALENDAR väntades, men där står '{text}'; det här är ingen iCalendar-fil.</translation>
        </message>
        <message>
            <source>The file says it is UTF-16 but is not: it cannot be read.</source>
            <translation>Filen säger att den är UTF-16 men är det inte: den kan inte läsas.</translation>
        </message>
        <message>
            <source>Line {line}: {name} is out of range.</source>
            <translation>Rad {line}: {name} ligger utanför det möjliga.</translation>
        </message>
        <message>
            <source>Line {line}: BEGIN:{kind} stands outside the calendar.</source>
            <translation>Rad {line}: BEGIN:{kind} står utanför kalendern.</translation>
        </message>
        <message>
            <source>'{name}' is this program's own stråk; it was left as it is (edit a stråk on the stråk page).</source>
            <translation>'{name}' är programmets eget stråk; det lämnades som det är (ett stråk redigeras på sidan Stråk).</translation>
        </message>
        <message>
            <source>Time zone '{tzid}' is not a standard name; its times were read with the UTC offsets the file defines for it.</source>
            <translation>Tidszonen '{tzid}' är inget standardnamn; dess tider lästes med de UTC-förskjutningar som filen anger för den.</translation>
        </message>
        <message>
            <source>ends with END:{kind} on line {line} instead of END:{expected}</source>
            <translation>slutar med END:{kind} på rad {line} i stället för END:{expected}</translation>
        </message>
        <message>
            <source>has no END:{kind} (line {line} ends {outer} first)</source>
            <translation>saknar END:{kind} (rad {line} avslutar {outer} först)</translation>
        </message>
        <message>
            <source>has no END:{kind} before the BEGIN:{next} on line {line}</source>
            <translation>saknar END:{kind} före BEGIN:{next} på rad {line}</translation>
        </message>
        <message>
            <source>the RRULE's UNTIL '{value}' is not a date</source>
            <translation>regelns UNTIL '{value}' är inget datum</translation>
        </message>
        <message>
            <source>no valid FREQ</source>
            <translation>ingen giltig FREQ</translation>
        </message>
        <message>
            <source>it repeats {frequency}, more often than events do</source>
            <translation>den upprepas {frequency}, oftare än ett evenemang kan</translation>
        </message>
        <message>
            <source>unknown part {part}</source>
            <translation>okänd del {part}</translation>
        </message>
        <message>
            <source>Line {line}: the RRULE of {what} has parts this program does not follow ({detail}); they were ignored.</source>
            <translation>Rad {line}: upprepningsregeln (RRULE) för {what} har delar som programmet inte följer ({detail}); de hoppades över.</translation>
        </message>
        <message>
            <source>{n} RRULEs have parts this program does not follow; they were ignored (lines {lines}).</source>
            <translation>{n} upprepningsregler (RRULE) har delar som programmet inte följer; de hoppades över (rad {lines}).</translation>
        </message>
        <message>
            <source>Line {line}: a new calendar begins before the one from line {first} has ended.</source>
            <translation>Rad {line}: en ny kalender börjar innan den från rad {first} har slutat.</translation>
        </message>
        <message>
            <source>Line {line}: SEQUENCE '{detail}' is not a number; 0 was used.</source>
            <translation>Rad {line}: SEQUENCE '{detail}' är inget tal; 0 användes.</translation>
        </message>
        <message>
            <source>{n} events have a SEQUENCE that is not a number; 0 was used (lines {lines}).</source>
            <translation>{n} evenemang har en SEQUENCE som inte är ett tal; 0 användes (rad {lines}).</translation>
        </message>
        <message>
            <source>Line {line}: {detail} was longer than the program keeps; it was shortened.</source>
            <translation>Rad {line}: {detail} var längre än programmet sparar; texten kortades.</translation>
        </message>
        <message>
            <source>{n} texts were longer than the program keeps (a title 200 characters, a description 10,000); they were shortened (lines {lines}).</source>
            <translation>{n} texter var längre än programmet sparar (en titel 200 tecken, en beskrivning 10 000); de kortades (rad {lines}).</translation>
        </message>
        <message>
            <source>Line {line}: STATUS '{detail}' is not an event status; it was ignored.</source>
            <translation>Rad {line}: STATUS '{detail}' är ingen evenemangsstatus; den användes inte.</translation>
        </message>
        <message>
            <source>{n} events have a STATUS that is not an event status; it was ignored (lines {lines}).</source>
            <translation>{n} evenemang har en STATUS som inte är en evenemangsstatus; den användes inte (rad {lines}).</translation>
        </message>
        <message>
            <source>Line {line}: components are nested too deeply.</source>
            <translation>Rad {line}: komponenterna är för djupt nästlade.</translation>
        </message>
        <message>
            <source>The file is {size} MB; a calendar file may be at most {most} MB.</source>
            <translation>Filen är {size} MB; en kalenderfil får vara högst {most} MB.</translation>
        </message>
        <message>
            <source>Line {line}: the event '{title}' repeats more than {most} times; only the first {most} dates were read.</source>
            <translation>Rad {line}: evenemanget '{title}' upprepas mer än {most} gånger; bara de första {most} datumen lästes.</translation>
        </message>
        <message>
            <source>Line {line}: text after END:VCALENDAR was ignored.</source>
            <translation>Rad {line}: text efter END:VCALENDAR hoppades över.</translation>
        </message>
        <message>
            <source>Line {line}: {what} has more than one DTSTART; the first was used.</source>
            <translation>Rad {line}: {what} har mer än en DTSTART; den första användes.</translation>
        </message>
        <message>
            <source>{n} events have more than one DTSTART; the first was used (lines {lines}).</source>
            <translation>{n} evenemang har mer än en DTSTART; den första användes (rad {lines}).</translation>
        </message>
        <message>
            <source>Line {line}: {detail} has both a TZID and a Z (UTC) suffix; it was read as UTC.</source>
            <translation>Rad {line}: {detail} har både TZID och Z (UTC); tiden lästes som UTC.</translation>
        </message>
        <message>
            <source>{n} times have both a TZID and a Z (UTC) suffix; they were read as UTC (lines {lines}).</source>
            <translation>{n} tider har både TZID och Z (UTC); de lästes som UTC (rad {lines}).</translation>
        </message>
        <message>
            <source>The file could not be read because of an unexpected problem in this program; please report it with the file.</source>
            <translation>Filen kunde inte läsas på grund av ett oväntat fel i programmet; rapportera det och skicka med filen.</translation>
        </message>
        <message>
            <source>Time zone '{tzid}' is unknown and the file does not define it; its times were read as {zone} time ({why}).</source>
            <translation>Tidszonen '{tzid}' är okänd och filen definierar den inte; dess tider lästes som {zone}-tid ({why}).</translation>
        </message>
        <message>
            <source>The file is a vCalendar 1.0 file; it was read as iCalendar 2.0.</source>
            <translation>Filen är en vCalendar 1.0-fil; den lästes som iCalendar 2.0.</translation>
        </message>
        <message>
            <source>the event '{title}'</source>
            <translation>evenemanget '{title}'</translation>
        </message>
        <message>
            <source>an event without a title</source>
            <translation>ett evenemang utan titel</translation>
        </message>
        <message>
            <source>this program's default</source>
            <translation>programmets standard</translation>
        </message>
        <message>
            <source>the file's X-WR-TIMEZONE</source>
            <translation>filens X-WR-TIMEZONE</translation>
        </message>
        <message>
            <source>Line {line}: {what} ends on the day it starts; it was read as lasting that one day.</source>
            <translation>Rad {line}: {what} slutar samma dag som det börjar; det lästes som att det varar den dagen.</translation>
        </message>
        <message>
            <source>{n} all-day events end on the day they start; each was read as lasting that one day (lines {lines}).</source>
            <translation>{n} heldagsevenemang slutar samma dag som de börjar; vart och ett lästes som att det varar den dagen (rad {lines}).</translation>
        </message>
        <message>
            <source>Time zone '{tzid}' was read as {zone}; the file's own definition of it gives other UTC offsets ({theirs} instead of {ours} on {day}).</source>
            <translation>Tidszonen '{tzid}' lästes som {zone}; filens egen definition av den ger andra UTC-förskjutningar ({theirs} i stället för {ours} den {day}).</translation>
        </message>
        <message>
            <source>Line {line}: the time zone '{tzid}' has a {part} part without {missing}.</source>
            <translation>Rad {line}: tidszonen '{tzid}' har en {part}-del utan {missing}.</translation>
        </message>
    </context>
    <context>
        <name>ContactMessages</name>
        <message>
            <source>{name} is already there.</source>
            <translation>{name} finns redan.</translation>
        </message>
        <message>
            <source>{name} at {org} is already there.</source>
            <translation>{name} på {org} finns redan.</translation>
        </message>
        <message>
            <source>{name} at {org} is already on row {row}.</source>
            <translation>{name} på {org} finns redan på rad {row}.</translation>
        </message>
        <message>
            <source>{name} is already on row {row}.</source>
            <translation>{name} finns redan på rad {row}.</translation>
        </message>
        <message>
            <source>The file holds binary data; it is not a CSV text file.</source>
            <translation>Filen innehåller binärdata; det är ingen CSV-textfil.</translation>
        </message>
        <message>
            <source>Consent as the legal basis needs the day the consent was given.</source>
            <translation>Samtycke som rättslig grund kräver dagen då samtycket gavs.</translation>
        </message>
        <message>
            <source>The row names neither an organisation nor a person.</source>
            <translation>Raden anger varken en organisation eller en person.</translation>
        </message>
        <message>
            <source>The file is an encrypted Excel workbook; save it without a password and import again.</source>
            <translation>Filen är en krypterad Excel-arbetsbok; spara den utan lösenord och importera igen.</translation>
        </message>
        <message>
            <source>town</source>
            <translation>ort</translation>
        </message>
        <message>
            <source>e-mail</source>
            <translation>e-post</translation>
        </message>
        <message>
            <source>kommun</source>
            <translation>kommun</translation>
        </message>
        <message>
            <source>name</source>
            <translation>namn</translation>
        </message>
        <message>
            <source>postal code</source>
            <translation>postnummer</translation>
        </message>
        <message>
            <source>role</source>
            <translation>roll</translation>
        </message>
        <message>
            <source>street address</source>
            <translation>gatuadress</translation>
        </message>
        <message>
            <source>website</source>
            <translation>webbplats</translation>
        </message>
        <message>
            <source>The file is larger than {mb} MB, too large to be a contact list.</source>
            <translation>Filen är större än {mb} MB, för stor för att vara en kontaktlista.</translation>
        </message>
        <message>
            <source>An interaction needs the day it took place.</source>
            <translation>En kontakt behöver dagen den ägde rum.</translation>
        </message>
        <message>
            <source>An interaction belongs to an organisation: choose one.</source>
            <translation>En kontakt hör till en organisation: välj en.</translation>
        </message>
        <message>
            <source>Row {row} has a cell longer than {kb} KB; this is not a contact list.</source>
            <translation>Rad {row} har en cell som är längre än {kb} kB; det här är ingen kontaktlista.</translation>
        </message>
        <message>
            <source>Line {line} of the file is longer than {mb} MB; this is not a contact list.</source>
            <translation>Rad {line} i filen är längre än {mb} MB; det här är ingen kontaktlista.</translation>
        </message>
        <message>
            <source>the card has no name, organisation, e-mail or phone number</source>
            <translation>kortet saknar namn, organisation, e-postadress och telefonnummer</translation>
        </message>
        <message>
            <source>The file has no contact cards (no BEGIN:VCARD line); it is not a vCard file.</source>
            <translation>Filen har inga kontaktkort (ingen BEGIN:VCARD-rad); det är ingen vCard-fil.</translation>
        </message>
        <message>
            <source>it has no name, organisation, e-mail or phone number in the mapped columns</source>
            <translation>den saknar namn, organisation, e-postadress och telefonnummer i de valda kolumnerna</translation>
        </message>
        <message>
            <source>The file has no rows with anything in them.</source>
            <translation>Filen har inga rader med något innehåll.</translation>
        </message>
        <message>
            <source>The workbook has no sheet named “{sheet}”; its sheets are: {sheets}.</source>
            <translation>Arbetsboken har inget blad som heter ”{sheet}”; dess blad är: {sheets}.</translation>
        </message>
        <message>
            <source>The workbook has no worksheet that can be read; {save_as}.</source>
            <translation>Arbetsboken har inget kalkylblad som kan läsas; {save_as}.</translation>
        </message>
        <message>
            <source>“{value}” is not a {what}; use one of: {choices}.</source>
            <translation>”{value}” är inte en giltig {what}; använd något av: {choices}.</translation>
        </message>
        <message>
            <source>The {what} “{value}” is not a date like 2026-11-26.</source>
            <translation>{what} ”{value}” är inget datum som 2026-11-26.</translation>
        </message>
        <message>
            <source>Row {row} cannot be read as CSV (it may hold binary data).</source>
            <translation>Rad {row} kan inte läsas som CSV (den innehåller kanske binärdata).</translation>
        </message>
        <message>
            <source>“{value}” is not an e-mail address.</source>
            <translation>”{value}” är ingen e-postadress.</translation>
        </message>
        <message>
            <source>“{value}” is not an organisation number: it needs ten digits, like 556677-8899.</source>
            <translation>”{value}” är inget organisationsnummer: det behöver tio siffror, som 556677-8899.</translation>
        </message>
        <message>
            <source>“{value}” is not a phone number: it needs an area code or +country.</source>
            <translation>”{value}” är inget telefonnummer: det behöver riktnummer eller +landsnummer.</translation>
        </message>
        <message>
            <source>The file is not a workbook (.xlsx, .xls or .ods): it is not a zip package, so it is damaged or of another kind.</source>
            <translation>Filen är ingen arbetsbok (.xlsx, .xls eller .ods): den är inget zip-paket, så den är skadad eller av annat slag.</translation>
        </message>
        <message>
            <source>An organisation needs a name.</source>
            <translation>En organisation behöver ett namn.</translation>
        </message>
        <message>
            <source>The organisation number {orgnr} is mistyped: its last digit does not match the others.</source>
            <translation>Organisationsnumret {orgnr} är felskrivet: sista siffran stämmer inte med de andra.</translation>
        </message>
        <message>
            <source>The organisation number is given but not the organisation's name.</source>
            <translation>Organisationsnumret är angivet men inte organisationens namn.</translation>
        </message>
        <message>
            <source>The workbook is protected with a password; save it without one and import again.</source>
            <translation>Arbetsboken är lösenordsskyddad; spara den utan lösenord och importera igen.</translation>
        </message>
        <message>
            <source>A person needs a name.</source>
            <translation>En person behöver ett namn.</translation>
        </message>
        <message>
            <source>in Excel choose Save As and the type “Excel Workbook (*.xlsx)”, then import again</source>
            <translation>välj Spara som i Excel och filtypen ”Excel-arbetsbok (*.xlsx)” och importera sedan igen</translation>
        </message>
        <message>
            <source>The sheet “{sheet}” is damaged and cannot be read.</source>
            <translation>Bladet ”{sheet}” är skadat och kan inte läsas.</translation>
        </message>
        <message>
            <source>The sheet “{sheet}” is damaged near row {row} and cannot be read.</source>
            <translation>Bladet ”{sheet}” är skadat nära rad {row} och kan inte läsas.</translation>
        </message>
        <message>
            <source>The sheet “{sheet}” is empty.</source>
            <translation>Bladet ”{sheet}” är tomt.</translation>
        </message>
        <message>
            <source>The sheet has more than {rows} rows; split it and import the parts.</source>
            <translation>Bladet har mer än {rows} rader; dela upp det och importera delarna.</translation>
        </message>
        <message>
            <source>The {field} is longer than {length} characters.</source>
            <translation>Fältet ”{field}” är längre än {length} tecken.</translation>
        </message>
        <message>
            <source>Row {row} has {columns} columns; a contact list has far fewer, so this is not one.</source>
            <translation>Rad {row} har {columns} kolumner; en kontaktlista har betydligt färre, så det här är ingen.</translation>
        </message>
        <message>
            <source>The file has more than {rows} rows; split it and import the parts.</source>
            <translation>Filen har mer än {rows} rader; dela upp den och importera delarna.</translation>
        </message>
        <message>
            <source>The file is a web page or XML saved under an Excel name, not a workbook; open it in Excel, save it as “Excel Workbook (*.xlsx)” and import again.</source>
            <translation>Filen är en webbsida eller XML sparad under ett Excel-namn, inte en arbetsbok; öppna den i Excel, spara den som ”Excel-arbetsbok (*.xlsx)” och importera igen.</translation>
        </message>
        <message>
            <source>category</source>
            <translation>kategori</translation>
        </message>
        <message>
            <source>consent day</source>
            <translation>Samtyckesdagen</translation>
        </message>
        <message>
            <source>follow-up day</source>
            <translation>Uppföljningsdagen</translation>
        </message>
        <message>
            <source>day of the interaction</source>
            <translation>Dagen för kontakten</translation>
        </message>
        <message>
            <source>kind of contact</source>
            <translation>kontaktform</translation>
        </message>
        <message>
            <source>legal basis</source>
            <translation>rättslig grund</translation>
        </message>
        <message>
            <source>retention review day</source>
            <translation>Dagen för gallringsöversyn</translation>
        </message>
        <message>
            <source>The workbook is damaged and cannot be read; open it in Excel, save it again and import again.</source>
            <translation>Arbetsboken är skadad och kan inte läsas; öppna den i Excel, spara den igen och importera igen.</translation>
        </message>
        <message>
            <source>The workbook has no data: every sheet is empty.</source>
            <translation>Arbetsboken har inga data: alla blad är tomma.</translation>
        </message>
        <message>
            <source>The workbook's zip package is packed with {method}, which the program cannot unpack; {save_as}.</source>
            <translation>Arbetsbokens zip-paket är packat med {method}, som programmet inte kan packa upp; {save_as}.</translation>
        </message>
        <message>
            <source>The workbook cannot be read: {reason}; {save_as}.</source>
            <translation>Arbetsboken kan inte läsas: {reason}; {save_as}.</translation>
        </message>
        <message>
            <source>The workbook is damaged: its zip package cannot be read.</source>
            <translation>Arbetsboken är skadad: dess zip-paket kan inte läsas.</translation>
        </message>
        <message>
            <source>The workbook unpacks to far more data than a contact list holds (a zip bomb?); it was not opened.</source>
            <translation>Arbetsboken packas upp till långt mer data än en kontaktlista innehåller (en zip-bomb?); den öppnades inte.</translation>
        </message>
        <message>
            <source>The file is a zip archive but not a workbook (.xlsx or .ods).</source>
            <translation>Filen är ett zip-arkiv men ingen arbetsbok (.xlsx eller .ods).</translation>
        </message>
    </context>
    <context>
        <name>FileMessages</name>
        <message>
            <source>{name}: {message}</source>
            <translation>{name}: {message}</translation>
        </message>
        <message>
            <source>The file {name} cannot be opened ({reason}).</source>
            <translation>Filen {name} kan inte öppnas ({reason}).</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>Filen är tom.</translation>
        </message>
        <message>
            <source>{name} is a folder, not a file.</source>
            <translation>{name} är en mapp, inte en fil.</translation>
        </message>
        <message>
            <source>The file {name} does not exist.</source>
            <translation>Filen {name} finns inte.</translation>
        </message>
        <message>
            <source>there is no file {path}</source>
            <translation>filen {path} finns inte</translation>
        </message>
        <message>
            <source>{why}: {name} was not written (nothing was left behind)</source>
            <translation>{why}: {name} skrevs inte (inget lämnades kvar)</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>disken är full</translation>
        </message>
        <message>
            <source>the folder may not be written to</source>
            <translation>mappen får inte skrivas till</translation>
        </message>
        <message>
            <source>the folder does not exist</source>
            <translation>mappen finns inte</translation>
        </message>
        <message>
            <source>the disk quota is used up</source>
            <translation>diskkvoten är slut</translation>
        </message>
        <message>
            <source>the folder is on a read-only disk</source>
            <translation>mappen ligger på en skrivskyddad disk</translation>
        </message>
        <message>
            <source>the file would be larger than the disk allows</source>
            <translation>filen skulle bli större än disken tillåter</translation>
        </message>
        <message>
            <source>The bundle {name} could not be written: {reason}; nothing was left behind.</source>
            <translation>Paketet {name} kunde inte skrivas: {reason}; inget lämnades kvar.</translation>
        </message>
        <message>
            <source>Cannot write into {folder}: {reason}.</source>
            <translation>Kan inte skriva i {folder}: {reason}.</translation>
        </message>
        <message>
            <source>The brochure {name} was not written.</source>
            <translation>Broschyren {name} skrevs inte.</translation>
        </message>
        <message>
            <source>Two partners' bundles got the same name; nothing was recorded.</source>
            <translation>Två partners paket fick samma namn; ingenting registrerades.</translation>
        </message>
        <message>
            <source>{path} is a file, not a folder: the status page goes into a folder</source>
            <translation>{path} är en fil, inte en mapp: statussidan läggs i en mapp</translation>
        </message>
        <message>
            <source>the status page could not be written to {path}: {reason}; the page there is unchanged</source>
            <translation>statussidan kunde inte skrivas till {path}: {reason}; sidan där är oförändrad</translation>
        </message>
    </context>
    <context>
        <name>GeoMessages</name>
        <message>
            <source>Cancelled: nothing was imported.</source>
            <translation>Avbrutet: inget importerades.</translation>
        </message>
        <message>
            <source>The {kind} could not be read: it is damaged or unreadable.</source>
            <translation>{kind} kunde inte läsas: den är skadad eller oläslig.</translation>
        </message>
        <message>
            <source>Coordinates are in {crs}.</source>
            <translation>Koordinaterna är i {crs}.</translation>
        </message>
        <message>
            <source>They look like {crs}.</source>
            <translation>De ser ut att vara i {crs}.</translation>
        </message>
        <message>
            <source>The coordinates cannot be in the coordinate system the file names ({crs}).</source>
            <translation>Koordinaterna kan inte vara i det koordinatsystem som filen anger ({crs}).</translation>
        </message>
        <message>
            <source>The file does not say which coordinate system it uses.</source>
            <translation>Filen anger inte vilket koordinatsystem den använder.</translation>
        </message>
        <message>
            <source>The coordinate system “{crs}” is not one the program knows.</source>
            <translation>Koordinatsystemet ”{crs}” är inget som programmet känner till.</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>okänt</translation>
        </message>
        <message>
            <source>The file's coordinate system is not one the program recognises.</source>
            <translation>Filens koordinatsystem är inget som programmet känner igen.</translation>
        </message>
        <message>
            <source>The file is not a readable {kind}: it is damaged or incomplete.</source>
            <translation>Filen är ingen läsbar {kind}: den är skadad eller ofullständig.</translation>
        </message>
        <message>
            <source>The file {name} could not be found.</source>
            <translation>Filen {name} hittades inte.</translation>
        </message>
        <message>
            <source>geodata file</source>
            <translation>geodatafil</translation>
        </message>
        <message>
            <source>FlatGeobuf file</source>
            <translation>FlatGeobuf-fil</translation>
        </message>
        <message>
            <source>GeoJSON file</source>
            <translation>GeoJSON-fil</translation>
        </message>
        <message>
            <source>GeoPackage</source>
            <translation>GeoPackage</translation>
        </message>
        <message>
            <source>GPX file</source>
            <translation>GPX-fil</translation>
        </message>
        <message>
            <source>KML file</source>
            <translation>KML-fil</translation>
        </message>
        <message>
            <source>OpenStreetMap file</source>
            <translation>OpenStreetMap-fil</translation>
        </message>
        <message>
            <source>shapefile</source>
            <translation>shapefil</translation>
        </message>
        <message>
            <source>The file is not a valid {kind}: {problem}.</source>
            <translation>Filen är ingen giltig {kind}: {problem}.</translation>
        </message>
        <message>
            <source>The KMZ file holds no KML document.</source>
            <translation>KMZ-filen innehåller inget KML-dokument.</translation>
        </message>
        <message>
            <source>Give the layer a name.</source>
            <translation>Ge lagret ett namn.</translation>
        </message>
        <message>
            <source>The layer has no features.</source>
            <translation>Lagret har inga objekt.</translation>
        </message>
        <message>
            <source>The file holds no map layers (no table with geometry).</source>
            <translation>Filen innehåller inga kartlager (ingen tabell med geometri).</translation>
        </message>
        <message>
            <source>The layer has no lines to make trails of.</source>
            <translation>Lagret har inga linjer att göra leder av.</translation>
        </message>
        <message>
            <source>The layer has no line to use as the route.</source>
            <translation>Lagret har ingen linje att använda som sträckning.</translation>
        </message>
        <message>
            <source>The file has no layer named “{layer}”; it has {layers}.</source>
            <translation>Filen har inget lager som heter ”{layer}”; den har {layers}.</translation>
        </message>
        <message>
            <source>extension-less</source>
            <translation>filändelselösa</translation>
        </message>
        <message>
            <source>The file is not {article} {kind}, or it is damaged beyond reading.</source>
            <translation>Filen är ingen {kind}, eller så är den för skadad för att läsas.</translation>
        </message>
        <message>
            <source>The file could not be found.</source>
            <translation>Filen hittades inte.</translation>
        </message>
        <message>
            <source>The file is not a GPX or KML file: {problem}.</source>
            <translation>Filen är ingen GPX- eller KML-fil: {problem}.</translation>
        </message>
        <message>
            <source>The program may not read the file (permission denied).</source>
            <translation>Programmet får inte läsa filen (åtkomst nekad).</translation>
        </message>
        <message>
            <source>The shapefile is incomplete: its .shx or .dbf part is missing or damaged (a shapefile is several files with the same name).</source>
            <translation>Shapefilen är ofullständig: dess .shx- eller .dbf-del saknas eller är skadad (en shapefil består av flera filer med samma namn).</translation>
        </message>
        <message>
            <source>empty geometry</source>
            <translation>tom geometri</translation>
        </message>
        <message>
            <source>no geometry</source>
            <translation>ingen geometri</translation>
        </message>
        <message>
            <source>no length</source>
            <translation>ingen längd</translation>
        </message>
        <message>
            <source>not a line</source>
            <translation>ingen linje</translation>
        </message>
        <message>
            <source>coordinates outside the coordinate system</source>
            <translation>koordinater utanför koordinatsystemet</translation>
        </message>
        <message>
            <source>too few points</source>
            <translation>för få punkter</translation>
        </message>
        <message>
            <source>unreadable geometry</source>
            <translation>oläslig geometri</translation>
        </message>
        <message>
            <source>unsupported geometry type</source>
            <translation>geometrityp som inte stöds</translation>
        </message>
        <message>
            <source>That stråk no longer exists.</source>
            <translation>Det stråket finns inte längre.</translation>
        </message>
        <message>
            <source>The file does not say which coordinate system it uses, and its coordinates fit none the program knows: choose one.</source>
            <translation>Filen anger inte vilket koordinatsystem den använder, och dess koordinater passar inget som programmet känner till: välj ett.</translation>
        </message>
        <message>
            <source>The program cannot read {suffix} files: choose GPX, GeoJSON, GeoPackage, shapefile (.shp or .zip), KML/KMZ, FlatGeobuf or OpenStreetMap (.osm).</source>
            <translation>Programmet kan inte läsa {suffix} filer: välj GPX, GeoJSON, GeoPackage, shapefil (.shp eller .zip), KML/KMZ, FlatGeobuf eller OpenStreetMap (.osm).</translation>
        </message>
        <message>
            <source>The file is not a readable {kind}: it is damaged or in an unexpected form.</source>
            <translation>Filen är ingen läsbar {kind}: den är skadad eller har en oväntad form.</translation>
        </message>
        <message>
            <source>The file is not a {kind}: it is a {other} under the wrong name.</source>
            <translation>Filen är ingen {kind}: det är en {other} med fel namn.</translation>
        </message>
        <message>
            <source>The file is not a {kind}: its content is &lt;{root}&gt;, not &lt;{expected}&gt;.</source>
            <translation>Filen är ingen {kind}: dess innehåll är &lt;{root}&gt;, inte &lt;{expected}&gt;.</translation>
        </message>
        <message>
            <source>The file is not a usable {kind}: it declares XML entities that expand without limit, and was refused for safety.</source>
            <translation>Filen är ingen användbar {kind}: den deklarerar XML-entiteter som växer utan gräns och avvisades av säkerhetsskäl.</translation>
        </message>
        <message>
            <source>The file is not a valid {kind}: its XML is broken at line {line}.</source>
            <translation>Filen är ingen giltig {kind}: dess XML är trasig på rad {line}.</translation>
        </message>
        <message>
            <source>The file is XML but not geodata: its content is &lt;{root}&gt;, not GPX or KML.</source>
            <translation>Filen är XML men inte geodata: dess innehåll är &lt;{root}&gt;, inte GPX eller KML.</translation>
        </message>
        <message>
            <source>The zip archive is damaged: a file in it cannot be unpacked.</source>
            <translation>Zip-arkivet är skadat: en fil i det kan inte packas upp.</translation>
        </message>
        <message>
            <source>The zip archive holds no map data the program reads (no .shp, .gpkg, .geojson, .gpx, .kml or .fgb file).</source>
            <translation>Zip-arkivet innehåller inga kartdata som programmet läser (ingen .shp-, .gpkg-, .geojson-, .gpx-, .kml- eller .fgb-fil).</translation>
        </message>
        <message>
            <source>A zone needs at least three corners.</source>
            <translation>En zon behöver minst tre hörn.</translation>
        </message>
        <message>
            <source>{name}: there is no area (polygon) in it to close; a zone must be a polygon, not lines or points</source>
            <translation>{name}: det finns inget område (polygon) i den att stänga; en zon måste vara en polygon, inte linjer eller punkter</translation>
        </message>
        <message>
            <source>There are no trails in the zone to report on.</source>
            <translation>Det finns inga leder i zonen att rapportera för.</translation>
        </message>
        <message>
            <source>The trail “{key}” was removed meanwhile.</source>
            <translation>Leden ”{key}” togs bort under tiden.</translation>
        </message>
        <message>
            <source>{name} holds no track points (a GPS track is a &lt;trk&gt; with &lt;trkpt&gt;s); nothing was imported.</source>
            <translation>{name} innehåller inga spårpunkter (ett GPS-spår är ett &lt;trk&gt; med &lt;trkpt&gt;); ingenting importerades.</translation>
        </message>
        <message>
            <source>A groomer's track must be a GPX file; {name} is not one.</source>
            <translation>Ett pistmaskinspår måste vara en GPX-fil; {name} är ingen GPX-fil.</translation>
        </message>
        <message>
            <source>None of the chosen trails can be reported: choose a trail the track has a time for that is not already reported.</source>
            <translation>Inget av de valda spåren kan rapporteras: välj ett spår som GPS-spåret har en tid för och som inte redan är rapporterat.</translation>
        </message>
    </context>
    <context>
        <name>PackageMessages</name>
        <message>
            <source>Component {n} has the kind “{kind}”; use one of {kinds}.</source>
            <translation>Komponent {n} är av slaget ”{kind}”; använd ett av {kinds}.</translation>
        </message>
        <message>
            <source>The price is per a whole number of persons, at least one.</source>
            <translation>Priset gäller ett helt antal personer, minst en.</translation>
        </message>
        <message>
            <source>Component {n}: the capacity is a whole number, 0 or more.</source>
            <translation>Komponent {n}: kapaciteten är ett heltal, 0 eller mer.</translation>
        </message>
        <message>
            <source>Component {n}: {message}</source>
            <translation>Komponent {n}: {message}</translation>
        </message>
        <message>
            <source>The package needs a Swedish title.</source>
            <translation>Paketet behöver en svensk titel.</translation>
        </message>
        <message>
            <source>Component {n} has a negative price.</source>
            <translation>Komponent {n} har ett negativt pris.</translation>
        </message>
        <message>
            <source>“{day}” is not a date.</source>
            <translation>”{day}” är inget datum.</translation>
        </message>
        <message>
            <source>“{value}” is not a price basis; use one of {names}.</source>
            <translation>”{value}” är ingen prisgrund; använd en av {names}.</translation>
        </message>
        <message>
            <source>“{value}” is not a price in kronor.</source>
            <translation>”{value}” är inget pris i kronor.</translation>
        </message>
        <message>
            <source>Component {n} is priced per unit: say how many persons one unit holds (1 or more).</source>
            <translation>Komponent {n} prissätts per enhet: ange hur många personer en enhet rymmer (1 eller fler).</translation>
        </message>
        <message>
            <source>The package is valid to a date before it is valid from.</source>
            <translation>Paketet gäller till ett datum före det datum det gäller från.</translation>
        </message>
    </context>
    <context>
        <name>HelpDialogs</name>
        <message>
            <source>What needs attention today: milestones, the snow guarantee, trail status, tasks and follow-ups that are due.</source>
            <translation>Det som behöver göras i dag: milstolpar, snögarantin, ledstatus, uppgifter och uppföljningar som ska göras.</translation>
        </message>
        <message>
            <source>The season's calendar: events and their programme, tasks, the seasons and the stråk with their stops.</source>
            <translation>Säsongens kalender: evenemang och deras program, uppgifter, säsongerna och stråken med sina stopp.</translation>
        </message>
        <message>
            <source>Trail reports and grooming, the snow guarantee and go/no-go for the races, snow production and the snow store.</source>
            <translation>Ledrapporter och spårpreparering, snögarantin och beslutsunderlaget för loppen, snöproduktion och snölagret.</translation>
        </message>
        <message>
            <source>Trails, stråk, businesses and places on the map; close a zone or draw a trail.</source>
            <translation>Leder, stråk, företag och platser på kartan; stäng ett område eller rita en led.</translation>
        </message>
        <message>
            <source>The business network: organisations, people, contacts and follow-ups, with consent and erasure.</source>
            <translation>Företagsnätverket: organisationer, personer, kontakter och uppföljningar, med samtycke och radering.</translation>
        </message>
        <message>
            <source>Packages for partners: components, prices and capacity, exported as a brochure and data files.</source>
            <translation>Paket för partner: delar, priser och kapacitet, exporterade som broschyr och datafiler.</translation>
        </message>
        <message>
            <source>Look at the &lt;b&gt;Overview&lt;/b&gt;: it shows what is late or coming up. Click &lt;i&gt;Open&lt;/i&gt; on a card to go to the area behind it.</source>
            <translation>Titta på &lt;b&gt;Översikt&lt;/b&gt;: den visar vad som är försenat eller på väg. Klicka på &lt;i&gt;Öppna&lt;/i&gt; på ett kort för att komma till delen bakom det.</translation>
        </message>
        <message>
            <source>Plan the season under &lt;b&gt;Events&lt;/b&gt;: add the season's events with their dates and tasks, or import the calendar you already keep (an .ics file).</source>
            <translation>Planera säsongen under &lt;b&gt;Evenemang&lt;/b&gt;: lägg in säsongens evenemang med datum och uppgifter, eller importera kalendern ni redan har (en .ics-fil).</translation>
        </message>
        <message>
            <source>Keep the trails current under &lt;b&gt;Trails and snow&lt;/b&gt;: a short report after each grooming keeps the trail status and the snow guarantee right for everyone.</source>
            <translation>Håll lederna aktuella under &lt;b&gt;Leder och snö&lt;/b&gt;: en kort rapport efter varje preparering håller ledstatus och snögaranti rätt för alla.</translation>
        </message>
        <message>
            <source>The program starts with a fictional demo season so that you can try everything. When you want to start for real, choose &lt;i&gt;File › Leave the demo…&lt;/i&gt;: your own database starts empty.</source>
            <translation>Programmet startar med en påhittad demosäsong så att ni kan prova allt. När ni vill börja på riktigt väljer ni &lt;i&gt;Arkiv › Lämna demot…&lt;/i&gt;: er egen databas börjar tom.</translation>
        </message>
        <message>
            <source>What each area is for</source>
            <translation>Vad varje del är till för</translation>
        </message>
        <message>
            <source>The first three things to do</source>
            <translation>De tre första sakerna att göra</translation>
        </message>
        <message>
            <source>Getting started</source>
            <translation>Kom igång</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Kortkommandon</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Tangent</translation>
        </message>
        <message>
            <source>Does</source>
            <translation>Gör</translation>
        </message>
        <message>
            <source>The same keys work in every area; a key does what the area's own button would do.</source>
            <translation>Samma tangenter fungerar i alla delar; en tangent gör det som delens egen knapp skulle göra.</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Databas</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Datamapp</translation>
        </message>
        <message>
            <source>Settings file</source>
            <translation>Inställningsfil</translation>
        </message>
        <message>
            <source>System</source>
            <translation>System</translation>
        </message>
        <message>
            <source>About %1</source>
            <translation>Om %1</translation>
        </message>
        <message>
            <source>The coordinator program for Norberg's visitor economy: events, trails and snow, the business network and exports for partners.</source>
            <translation>Samordnarens program för besöksnäringen i Norberg: evenemang, leder och snö, företagsnätverket och export till partner.</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Kopiera</translation>
        </message>
        <message>
            <source>Copy these details, for example for a support question</source>
            <translation>Kopiera uppgifterna, till exempel till en supportfråga</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Kopierat</translation>
        </message>
        <message>
            <source>&amp;Getting started</source>
            <translation>&amp;Kom igång</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>K&amp;ortkommandon</translation>
        </message>
        <message>
            <source>Go to %1</source>
            <translation>Gå till %1</translation>
        </message>
        <message>
            <source>Log folder</source>
            <translation>Loggmapp</translation>
        </message>
        <message>
            <source>Cache folder</source>
            <translation>Cachemapp</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>no date</source>
            <translation>ingen dag</translation>
        </message>
    </context>
    <context>
        <name>NetworkFeed</name>
        <message>
            <source>Edit…</source>
            <translation>Ändra…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Ta bort</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Klar</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Försenad</translation>
        </message>
        <message>
            <source>Due today</source>
            <translation>I dag</translation>
        </message>
        <message>
            <source>Due soon</source>
            <translation>Snart</translation>
        </message>
        <message>
            <source>Next steps</source>
            <translation>Nästa steg</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historik</translation>
        </message>
        <message>
            <source>Nothing planned. Log a contact with a follow-up to plan the next step.</source>
            <translation>Inget planerat. Logga en kontakt med uppföljning för att planera nästa steg.</translation>
        </message>
        <message>
            <source>No contact logged yet.</source>
            <translation>Ingen kontakt loggad än.</translation>
        </message>
        <message>
            <source>Follow up by %1</source>
            <translation>Följ upp senast %1</translation>
        </message>
        <message>
            <source>Followed up</source>
            <translation>Uppföljt</translation>
        </message>
        <message>
            <source>No one yet.</source>
            <translation>Ingen än.</translation>
        </message>
        <message>
            <source>%1 (to review: no area code or country)</source>
            <translation>%1 (att granska: saknar riktnummer eller land)</translation>
        </message>
        <message>
            <source>Retention review %1 · %2</source>
            <translation>Gallringsöversyn %1 · %2</translation>
        </message>
        <message>
            <source>No e-mail since %1</source>
            <translation>Vill inte ha e-post sedan %1</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>Something went wrong</source>
            <translation>Något gick fel</translation>
        </message>
        <message>
            <source>The program ran into an error it could not handle. What you saved before is kept; the last thing you did may not have been finished. Copy the details and send them to your support, with the files in the log folder.</source>
            <translation>Programmet råkade ut för ett fel som det inte kunde hantera. Det du har sparat finns kvar, men det sista du gjorde kan ha blivit ofullständigt. Kopiera detaljerna och skicka dem till er support, tillsammans med filerna i loggmappen.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Stäng</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Kopiera detaljer</translation>
        </message>
        <message>
            <source>Open the log folder</source>
            <translation>Öppna loggmappen</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Kopierat</translation>
        </message>
    </context>
    <context>
        <name>BoardReport</name>
        <message>
            <source>%1 contacts with %2 businesses</source>
            <translation>%1 kontakter med %2 företag</translation>
        </message>
        <message>
            <source>%1 more events are planned in the period.</source>
            <translation>Ytterligare %1 evenemang är planerade under perioden.</translation>
        </message>
        <message>
            <source>%1 trails, day by day</source>
            <translation>%1 leder, dag för dag</translation>
        </message>
        <message>
            <source>(no partner)</source>
            <translation>(ingen partner)</translation>
        </message>
        <message>
            <source>Business contacts</source>
            <translation>Företagskontakter</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <source>Change %</source>
            <translation>Förändring %</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontakter</translation>
        </message>
        <message>
            <source>Contacts by category</source>
            <translation>Kontakter per kategori</translation>
        </message>
        <message>
            <source>Contacts with businesses</source>
            <translation>Kontakter med företag</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Evenemang</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Evenemang</translation>
        </message>
        <message>
            <source>Events held</source>
            <translation>Genomförda evenemang</translation>
        </message>
        <message>
            <source>Guest nights</source>
            <translation>Gästnätter</translation>
        </message>
        <message>
            <source>Guest nights by kind</source>
            <translation>Gästnätter per boendeform</translation>
        </message>
        <message>
            <source>Guest nights in Norberg</source>
            <translation>Gästnätter i Norberg</translation>
        </message>
        <message>
            <source>Guest nights by month</source>
            <translation>Gästnätter per månad</translation>
        </message>
        <message>
            <source>Made on %1</source>
            <translation>Framtagen %1</translation>
        </message>
        <message>
            <source>Margin km</source>
            <translation>Marginal km</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Månad</translation>
        </message>
        <message>
            <source>New establishment</source>
            <translation>Nyetablering</translation>
        </message>
        <message>
            <source>New establishments</source>
            <translation>Nyetableringar</translation>
        </message>
        <message>
            <source>No events in this period.</source>
            <translation>Inga evenemang under perioden.</translation>
        </message>
        <message>
            <source>No figures for this period</source>
            <translation>Inga siffror för perioden</translation>
        </message>
        <message>
            <source>No packages were sent in this period.</source>
            <translation>Inga paket skickades under perioden.</translation>
        </message>
        <message>
            <source>No participant figures imported</source>
            <translation>Inga deltagarsiffror importerade</translation>
        </message>
        <message>
            <source>No participant figures imported.</source>
            <translation>Inga deltagarsiffror importerade.</translation>
        </message>
        <message>
            <source>No snow-guarantee target in this period.</source>
            <translation>Inget mål för snögarantin under perioden.</translation>
        </message>
        <message>
            <source>None registered in this period.</source>
            <translation>Inga registrerade under perioden.</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Utfall</translation>
        </message>
        <message>
            <source>Package</source>
            <translation>Paket</translation>
        </message>
        <message>
            <source>Packages by partner</source>
            <translation>Paket per partner</translation>
        </message>
        <message>
            <source>Packages sent</source>
            <translation>Skickade paket</translation>
        </message>
        <message>
            <source>Packages sent per partner</source>
            <translation>Skickade paket per partner</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Deltagare</translation>
        </message>
        <message>
            <source>Participants per event</source>
            <translation>Deltagare per evenemang</translation>
        </message>
        <message>
            <source>Ready km</source>
            <translation>Klara km</translation>
        </message>
        <message>
            <source>Report to the municipal board</source>
            <translation>Rapport till kommunstyrelsen</translation>
        </message>
        <message>
            <source>Required and ready km</source>
            <translation>Utlovade och klara km</translation>
        </message>
        <message>
            <source>Required km</source>
            <translation>Utlovade km</translation>
        </message>
        <message>
            <source>Same month a year before</source>
            <translation>Samma månad året innan</translation>
        </message>
        <message>
            <source>Season %1</source>
            <translation>Säsong %1</translation>
        </message>
        <message>
            <source>Sent on</source>
            <translation>Skickat</translation>
        </message>
        <message>
            <source>Sent to</source>
            <translation>Skickas till</translation>
        </message>
        <message>
            <source>Snow guarantee</source>
            <translation>Snögaranti</translation>
        </message>
        <message>
            <source>Source: Tillväxtverket/SCB. – : no figure.</source>
            <translation>Källa: Tillväxtverket/SCB. – : uppgift saknas.</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Mål</translation>
        </message>
        <message>
            <source>Trail days</source>
            <translation>Leddagar</translation>
        </message>
        <message>
            <source>Trail days by status</source>
            <translation>Leddagar per status</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Year %1</source>
            <translation>År %1</translation>
        </message>
        <message>
            <source>camping</source>
            <translation>camping</translation>
        </message>
        <message>
            <source>deadline ahead</source>
            <translation>datum ej passerat</translation>
        </message>
        <message>
            <source>from Sweden</source>
            <translation>från Sverige</translation>
        </message>
        <message>
            <source>from abroad</source>
            <translation>från utlandet</translation>
        </message>
        <message>
            <source>holiday villages</source>
            <translation>stugbyar</translation>
        </message>
        <message>
            <source>hostels</source>
            <translation>vandrarhem</translation>
        </message>
        <message>
            <source>hotels</source>
            <translation>hotell</translation>
        </message>
        <message>
            <source>met</source>
            <translation>uppfyllt</translation>
        </message>
        <message>
            <source>not met</source>
            <translation>ej uppfyllt</translation>
        </message>
        <message>
            <source>private cottages and flats</source>
            <translation>privata stugor och lägenheter</translation>
        </message>
        <message>
            <source>Trail visitors</source>
            <translation>Besökare på lederna</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Totalt</translation>
        </message>
        <message>
            <source>Visitors per month and trail</source>
            <translation>Besökare per månad och led</translation>
        </message>
        <message>
            <source>No trail counter has counts in this period.</source>
            <translation>Ingen ledräknare har räkningar för perioden.</translation>
        </message>
    </context>
    <context>
        <name>BoardReportDialog</name>
        <message>
            <source>Report to the municipal board</source>
            <translation>Rapport till kommunstyrelsen</translation>
        </message>
        <message>
            <source>Events, packages sent, contacts with businesses, the snow guarantee, trail days and guest nights, with a chart for each.</source>
            <translation>Evenemang, skickade paket, kontakter med företag, snögarantin, leddagar och gästnätter, med ett diagram för varje del.</translation>
        </message>
        <message>
            <source>&amp;Season</source>
            <translation>&amp;Säsong</translation>
        </message>
        <message>
            <source>&amp;Year</source>
            <translation>&amp;År</translation>
        </message>
        <message>
            <source>Swedish</source>
            <translation>Svenska</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Engelska</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>S&amp;pråk:</translation>
        </message>
        <message>
            <source>PDF document</source>
            <translation>PDF-dokument</translation>
        </message>
        <message>
            <source>Excel workbook (XLSX)</source>
            <translation>Excel-arbetsbok (XLSX)</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>&amp;Format:</translation>
        </message>
        <message>
            <source>&amp;Write…</source>
            <translation>S&amp;kriv…</translation>
        </message>
        <message>
            <source>Choose a season, or a year.</source>
            <translation>Välj en säsong eller ett år.</translation>
        </message>
    </context>
    <context>
        <name>BoardReports</name>
        <message>
            <source>&amp;Report to the municipal board…</source>
            <translation>&amp;Rapport till kommunstyrelsen…</translation>
        </message>
        <message>
            <source>A report for a season or a year, as PDF or Excel, with a chart for each part</source>
            <translation>En rapport för en säsong eller ett år, som PDF eller Excel, med ett diagram för varje del</translation>
        </message>
        <message>
            <source>Import &amp;guest nights…</source>
            <translation>Importera &amp;gästnätter…</translation>
        </message>
        <message>
            <source>Tillväxtverket's or SCB's accommodation statistics by month (CSV or Excel)</source>
            <translation>Tillväxtverkets eller SCB:s inkvarteringsstatistik per månad (CSV eller Excel)</translation>
        </message>
        <message>
            <source>Reading the seasons…</source>
            <translation>Läser säsongerna…</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>PDF-dokument (*.pdf)</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel-arbetsbok (*.xlsx)</translation>
        </message>
        <message>
            <source>Write the report to</source>
            <translation>Spara rapporten som</translation>
        </message>
        <message>
            <source>Writing the report to the municipal board…</source>
            <translation>Skriver rapporten till kommunstyrelsen…</translation>
        </message>
        <message>
            <source>Not written</source>
            <translation>Inte skrivet</translation>
        </message>
        <message>
            <source>The report was not written: %1</source>
            <translation>Rapporten skrevs inte: %1</translation>
        </message>
        <message>
            <source>Report written</source>
            <translation>Rapporten är skriven</translation>
        </message>
        <message>
            <source>The report was written to %1.</source>
            <translation>Rapporten skrevs till %1.</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Öppna</translation>
        </message>
        <message>
            <source>Import guest nights</source>
            <translation>Importera gästnätter</translation>
        </message>
        <message>
            <source>Accommodation statistics (*.csv *.xlsx);;All files (*)</source>
            <translation>Inkvarteringsstatistik (*.csv *.xlsx);;Alla filer (*)</translation>
        </message>
        <message>
            <source>Not imported</source>
            <translation>Inte importerat</translation>
        </message>
        <message>
            <source>Importing guest nights…</source>
            <translation>Importerar gästnätter…</translation>
        </message>
        <message>
            <source>Imported guest nights for %1 months (%2).</source>
            <translation>Gästnätter importerade för %1 månader (%2).</translation>
        </message>
        <message>
            <source>Not undone</source>
            <translation>Inte ångrat</translation>
        </message>
        <message>
            <source>Import guest nights (%1)</source>
            <translation>Importera gästnätter (%1)</translation>
        </message>
    </context>
    <context>
        <name>GuestNightsMessages</name>
        <message>
            <source>Line {line}: {reason}.</source>
            <translation>Rad {line}: {reason}.</translation>
        </message>
        <message>
            <source>{name} has {count} bad row(s), so nothing was imported. {rows}</source>
            <translation>{name} har {count} felaktiga rader, så ingenting importerades. {rows}</translation>
        </message>
        <message>
            <source>{name} cannot be read as a workbook ({reason})</source>
            <translation>{name} kan inte läsas som en arbetsbok ({reason})</translation>
        </message>
        <message>
            <source>the file holds no guest nights</source>
            <translation>filen innehåller inga gästnätter</translation>
        </message>
        <message>
            <source>{path} is a folder, not a file</source>
            <translation>{path} är en mapp, inte en fil</translation>
        </message>
        <message>
            <source>there is no file {path}</source>
            <translation>filen {path} finns inte</translation>
        </message>
        <message>
            <source>And {count} more.</source>
            <translation>Och {count} till.</translation>
        </message>
        <message>
            <source>the program may not read {name}</source>
            <translation>programmet får inte läsa {name}</translation>
        </message>
        <message>
            <source>no header with months (like 2025M01) was found in the first {rows} rows: this is not an export of guest nights by month</source>
            <translation>ingen rubrikrad med månader (som 2025M01) hittades på de första {rows} raderna: det här är ingen export av gästnätter per månad</translation>
        </message>
        <message>
            <source>the header names no months: this is not guest nights by month</source>
            <translation>rubrikraden anger inga månader: det här är inte gästnätter per månad</translation>
        </message>
        <message>
            <source>the file does not say which municipality it counts: export it with the region (kommun) as a column</source>
            <translation>filen säger inte vilken kommun den gäller: exportera den med region (kommun) som kolumn</translation>
        </message>
        <message>
            <source>{name}: {reason}; nothing was imported</source>
            <translation>{name}: {reason}; ingenting importerades</translation>
        </message>
        <message>
            <source>“{text}” is not a number of guest nights</source>
            <translation>”{text}” är inget antal gästnätter</translation>
        </message>
        <message>
            <source>“{label}” is not a kind of accommodation the statistics count</source>
            <translation>”{label}” är ingen boendeform som statistiken räknar</translation>
        </message>
        <message>
            <source>“{text}” is not a month like 2025M01</source>
            <translation>”{text}” är ingen månad som 2025M01</translation>
        </message>
        <message>
            <source>no region (kommun)</source>
            <translation>ingen region (kommun)</translation>
        </message>
        <message>
            <source>{month} is counted twice (also on line {line})</source>
            <translation>{month} räknas två gånger (även på rad {line})</translation>
        </message>
        <message>
            <source>{name} is larger than {mb} MB: it is not a table of guest nights</source>
            <translation>{name} är större än {mb} MB: det är ingen tabell över gästnätter</translation>
        </message>
    </context>
    <context>
        <name>CapacityDialog</name>
        <message>
            <source>Capacity of %1</source>
            <translation>Kapacitet för %1</translation>
        </message>
        <message>
            <source>Beds count every sleeping place, in rooms and cabins alike; a camping pitch sleeps two.</source>
            <translation>Bäddar räknar varje sovplats, i rum som i stugor; en campingplats rymmer två.</translation>
        </message>
    </context>
    <context>
        <name>CapacityFields</name>
        <message>
            <source>Rooms</source>
            <translation>Rum</translation>
        </message>
        <message>
            <source>Beds</source>
            <translation>Bäddar</translation>
        </message>
        <message>
            <source>Cabins</source>
            <translation>Stugor</translation>
        </message>
        <message>
            <source>Camping pitches</source>
            <translation>Campingplatser</translation>
        </message>
        <message>
            <source>Held for packages</source>
            <translation>Reserverade för paket</translation>
        </message>
    </context>
    <context>
        <name>CapacityMessages</name>
        <message>
            <source>There is no event {id}.</source>
            <translation>Det finns inget evenemang {id}.</translation>
        </message>
        <message>
            <source>A capacity must be a whole number from 0 to 100 000.</source>
            <translation>En kapacitet måste vara ett heltal från 0 till 100 000.</translation>
        </message>
        <message>
            <source>The file holds binary data; it is neither CSV nor XLSX.</source>
            <translation>Filen innehåller binära data; den är varken CSV eller XLSX.</translation>
        </message>
        <message>
            <source>The file cannot be read as CSV.</source>
            <translation>Filen kan inte läsas som CSV.</translation>
        </message>
        <message>
            <source>The workbook cannot be read; it may be damaged.</source>
            <translation>Arbetsboken kan inte läsas; den kan vara skadad.</translation>
        </message>
        <message>
            <source>The file {name} cannot be opened ({reason}).</source>
            <translation>Filen {name} kan inte öppnas ({reason}).</translation>
        </message>
        <message>
            <source>The file is larger than {mb} MB, too large to be a participant list.</source>
            <translation>Filen är större än {mb} MB, för stor för att vara en deltagarlista.</translation>
        </message>
        <message>
            <source>The file has no participant rows.</source>
            <translation>Filen har inga deltagarrader.</translation>
        </message>
        <message>
            <source>The file has more than {rows} rows.</source>
            <translation>Filen har fler än {rows} rader.</translation>
        </message>
        <message>
            <source>No column holds the race; choose which column says which race each participant runs.</source>
            <translation>Ingen kolumn anger loppet; välj vilken kolumn som säger vilket lopp varje deltagare åker.</translation>
        </message>
        <message>
            <source>No row of the file can be counted; the first problem: {reason}</source>
            <translation>Ingen rad i filen kan räknas; första problemet: {reason}</translation>
        </message>
        <message>
            <source>The race is empty.</source>
            <translation>Loppet är tomt.</translation>
        </message>
        <message>
            <source>“{value}” is not a birth year.</source>
            <translation>”{value}” är inget födelseår.</translation>
        </message>
        <message>
            <source>“{value}” is not a Swedish postcode.</source>
            <translation>”{value}” är inget svenskt postnummer.</translation>
        </message>
    </context>
    <context>
        <name>CapacityPage</name>
        <message>
            <source>Import participants…</source>
            <translation>Importera deltagare…</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Evenemang</translation>
        </message>
        <message>
            <source>Stay overnight</source>
            <translation>Övernattar</translation>
        </message>
        <message>
            <source>Companions each</source>
            <translation>Medföljande per person</translation>
        </message>
        <message>
            <source>Within</source>
            <translation>Inom</translation>
        </message>
        <message>
            <source>Change capacity…</source>
            <translation>Ändra kapacitet…</translation>
        </message>
        <message>
            <source>Where participants come from</source>
            <translation>Var deltagarna kommer ifrån</translation>
        </message>
        <message>
            <source>Accommodation map</source>
            <translation>Karta över boenden</translation>
        </message>
        <message>
            <source>Circles sized by sleeping places; red: call first. Point at a circle for its name.</source>
            <translation>Cirklarna är stora efter antal sovplatser; röda: ring först. Peka på en cirkel för att se namnet.</translation>
        </message>
        <message>
            <source>By län</source>
            <translation>Efter län</translation>
        </message>
        <message>
            <source>By kommun</source>
            <translation>Efter kommun</translation>
        </message>
        <message>
            <source>By country</source>
            <translation>Efter land</translation>
        </message>
        <message>
            <source>By club</source>
            <translation>Efter klubb</translation>
        </message>
        <message>
            <source>Business</source>
            <translation>Företag</translation>
        </message>
        <message>
            <source>Distance</source>
            <translation>Distans</translation>
        </message>
        <message>
            <source>Beds</source>
            <translation>Bäddar</translation>
        </message>
        <message>
            <source>Places</source>
            <translation>Platser</translation>
        </message>
        <message>
            <source>Held for packages</source>
            <translation>Reserverade för paket</translation>
        </message>
        <message>
            <source>Free</source>
            <translation>Lediga</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Från</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Deltagare</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Inte sparat</translation>
        </message>
        <message>
            <source>No coming event to plan for.</source>
            <translation>Inget kommande evenemang att planera för.</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; participants × %2 staying overnight × (1 + %3 companions) = &lt;b&gt;%4&lt;/b&gt; expected overnight visitors.</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; deltagare × %2 som övernattar × (1 + %3 medföljande) = &lt;b&gt;%4&lt;/b&gt; väntade övernattande besökare.</translation>
        </message>
        <message>
            <source>Places in Norberg: &lt;b&gt;%1&lt;/b&gt;; within %2 km: &lt;b&gt;%3&lt;/b&gt;, of which %4 held for packages.</source>
            <translation>Platser i Norberg: &lt;b&gt;%1&lt;/b&gt;; inom %2 km: &lt;b&gt;%3&lt;/b&gt;, varav %4 reserverade för paket.</translation>
        </message>
        <message>
            <source>No participants imported for this event yet.</source>
            <translation>Inga deltagare importerade för evenemanget ännu.</translation>
        </message>
        <message>
            <source>%1 of the participants start for the first time.</source>
            <translation>%1 av deltagarna startar för första gången.</translation>
        </message>
        <message>
            <source>Short of %1 beds.</source>
            <translation>%1 bäddar saknas.</translation>
        </message>
        <message>
            <source>Call first: %1.</source>
            <translation>Ring först: %1.</translation>
        </message>
        <message>
            <source>Enough beds: %1 to spare.</source>
            <translation>Bäddarna räcker: %1 över.</translation>
        </message>
        <message>
            <source>Accommodation businesses (bold: call first; grey: beyond the distance or without a capacity)</source>
            <translation>Boenden (fetstil: ring först; grått: utanför avståndet eller utan kapacitet)</translation>
        </message>
        <message>
            <source>Change capacity of %1</source>
            <translation>Ändra kapacitet för %1</translation>
        </message>
        <message>
            <source>Beds and visitors</source>
            <translation>Bäddar och besökare</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsImportDialog</name>
        <message>
            <source>race</source>
            <translation>lopp</translation>
        </message>
        <message>
            <source>name (not stored)</source>
            <translation>namn (sparas inte)</translation>
        </message>
        <message>
            <source>birth year (checked, not stored)</source>
            <translation>födelseår (kontrolleras, sparas inte)</translation>
        </message>
        <message>
            <source>sex (not stored)</source>
            <translation>kön (sparas inte)</translation>
        </message>
        <message>
            <source>club</source>
            <translation>klubb</translation>
        </message>
        <message>
            <source>nationality</source>
            <translation>nationalitet</translation>
        </message>
        <message>
            <source>postcode (to län and kommun)</source>
            <translation>postnummer (till län och kommun)</translation>
        </message>
        <message>
            <source>start group (not stored)</source>
            <translation>startgrupp (sparas inte)</translation>
        </message>
        <message>
            <source>first time (yes/no)</source>
            <translation>första gången (ja/nej)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Import participants</source>
            <translation>Importera deltagare</translation>
        </message>
        <message>
            <source>Participants counted per race</source>
            <translation>Deltagare räknade per lopp</translation>
        </message>
        <message>
            <source>Only counts are kept: per race, by country, län, kommun, club and first-timers. No names, birth years, postcodes or start groups are stored.</source>
            <translation>Bara antal sparas: per lopp, efter land, län, kommun, klubb och förstagångsåkare. Inga namn, födelseår, postnummer eller startgrupper sparas.</translation>
        </message>
        <message>
            <source>(not read)</source>
            <translation>(läses inte)</translation>
        </message>
        <message>
            <source>Race</source>
            <translation>Lopp</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Deltagare</translation>
        </message>
        <message>
            <source>%1 participants to count.</source>
            <translation>%1 deltagare att räkna.</translation>
        </message>
        <message>
            <source>%1 rows left out: %2</source>
            <translation>%1 rader utelämnas: %2</translation>
        </message>
        <message>
            <source>First-timers are not known: no column says who starts for the first time.</source>
            <translation>Förstagångsåkare är okända: ingen kolumn säger vem som startar för första gången.</translation>
        </message>
        <message>
            <source>The event's earlier participant counts are replaced.</source>
            <translation>Evenemangets tidigare deltagarantal ersätts.</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>Läser %1…</translation>
        </message>
        <message>
            <source>Not imported</source>
            <translation>Inte importerat</translation>
        </message>
        <message>
            <source>Importing participants…</source>
            <translation>Importerar deltagare…</translation>
        </message>
        <message>
            <source>Import %1 participants for %2</source>
            <translation>Importera %1 deltagare till %2</translation>
        </message>
    </context>
    <context>
        <name>BasemapClasses</name>
        <message>
            <source>Coniferous and mixed forest</source>
            <translation>Barr- och blandskog</translation>
        </message>
        <message>
            <source>Deciduous forest</source>
            <translation>Lövskog</translation>
        </message>
        <message>
            <source>Mountain birch forest</source>
            <translation>Fjällbjörkskog</translation>
        </message>
        <message>
            <source>Forest</source>
            <translation>Skog</translation>
        </message>
        <message>
            <source>Open land</source>
            <translation>Öppen mark</translation>
        </message>
        <message>
            <source>Bare mountain</source>
            <translation>Kalfjäll</translation>
        </message>
        <message>
            <source>Glacier</source>
            <translation>Glaciär</translation>
        </message>
        <message>
            <source>Arable land</source>
            <translation>Åker</translation>
        </message>
        <message>
            <source>Orchard</source>
            <translation>Fruktodling</translation>
        </message>
        <message>
            <source>Low-rise built-up area</source>
            <translation>Låg bebyggelse</translation>
        </message>
        <message>
            <source>High-rise built-up area</source>
            <translation>Hög bebyggelse</translation>
        </message>
        <message>
            <source>Dense built-up area</source>
            <translation>Sluten bebyggelse</translation>
        </message>
        <message>
            <source>Industrial and commercial area</source>
            <translation>Industri- och handelsbebyggelse</translation>
        </message>
        <message>
            <source>Lake</source>
            <translation>Sjö</translation>
        </message>
        <message>
            <source>River surface</source>
            <translation>Vattendragsyta</translation>
        </message>
        <message>
            <source>Man-made water</source>
            <translation>Anlagt vatten</translation>
        </message>
        <message>
            <source>Sea</source>
            <translation>Hav</translation>
        </message>
        <message>
            <source>Bog</source>
            <translation>Myr</translation>
        </message>
        <message>
            <source>Marsh</source>
            <translation>Sankmark</translation>
        </message>
        <message>
            <source>Motorway</source>
            <translation>Motorväg</translation>
        </message>
        <message>
            <source>Expressway</source>
            <translation>Motortrafikled</translation>
        </message>
        <message>
            <source>Road with median barrier</source>
            <translation>Mötesfri väg</translation>
        </message>
        <message>
            <source>Main link</source>
            <translation>Övergripande länk</translation>
        </message>
        <message>
            <source>Country road</source>
            <translation>Landsväg</translation>
        </message>
        <message>
            <source>Minor country road</source>
            <translation>Landsväg liten</translation>
        </message>
        <message>
            <source>Main street</source>
            <translation>Huvudgata</translation>
        </message>
        <message>
            <source>Large local street</source>
            <translation>Lokalgata stor</translation>
        </message>
        <message>
            <source>Small local street</source>
            <translation>Lokalgata liten</translation>
        </message>
        <message>
            <source>Minor road</source>
            <translation>Småväg</translation>
        </message>
        <message>
            <source>Minor road, basic standard</source>
            <translation>Småväg enkel standard</translation>
        </message>
        <message>
            <source>Tractor road</source>
            <translation>Traktorväg</translation>
        </message>
        <message>
            <source>Cycle path</source>
            <translation>Cykelväg</translation>
        </message>
        <message>
            <source>Footpath</source>
            <translation>Gångstig</translation>
        </message>
        <message>
            <source>Floodlit track</source>
            <translation>Elljusspår</translation>
        </message>
        <message>
            <source>Watercourse</source>
            <translation>Vattendrag</translation>
        </message>
        <message>
            <source>Canal</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <source>Ditch</source>
            <translation>Dike</translation>
        </message>
        <message>
            <source>Housing</source>
            <translation>Bostad</translation>
        </message>
        <message>
            <source>Public services</source>
            <translation>Samhällsfunktion</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>Industri</translation>
        </message>
        <message>
            <source>Business</source>
            <translation>Verksamhet</translation>
        </message>
        <message>
            <source>Farm building</source>
            <translation>Ekonomibyggnad</translation>
        </message>
        <message>
            <source>Outbuilding</source>
            <translation>Komplementbyggnad</translation>
        </message>
        <message>
            <source>Other building</source>
            <translation>Övrig byggnad</translation>
        </message>
    </context>
    <context>
        <name>Roster</name>
        <message>
            <source>(double-booked)</source>
            <translation>(dubbelbokad)</translation>
        </message>
        <message>
            <source>more needed: %1</source>
            <translation>fler behövs: %1</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Plats</translation>
        </message>
        <message>
            <source>When</source>
            <translation>När</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Roll</translation>
        </message>
        <message>
            <source>Needed</source>
            <translation>Behov</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personer</translation>
        </message>
        <message>
            <source>Volunteer roster: %1</source>
            <translation>Bemanningslista: %1</translation>
        </message>
        <message>
            <source>Place: %1</source>
            <translation>Plats: %1</translation>
        </message>
        <message>
            <source>People missing on these shifts: %1.</source>
            <translation>Personer som saknas på dessa pass: %1.</translation>
        </message>
        <message>
            <source>No shifts.</source>
            <translation>Inga pass.</translation>
        </message>
    </context>
    <context>
        <name>ShiftDialog</name>
        <message>
            <source>Shift</source>
            <translation>Pass</translation>
        </message>
        <message>
            <source>New shift</source>
            <translation>Nytt pass</translation>
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
            <source>Filter people…</source>
            <translation>Filtrera personer…</translation>
        </message>
        <message>
            <source>Filter people</source>
            <translation>Filtrera personer</translation>
        </message>
        <message>
            <source>People on the shift</source>
            <translation>Personer på passet</translation>
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
            <source>Role</source>
            <translation>Roll</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Dag</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tid</translation>
        </message>
        <message>
            <source>People needed</source>
            <translation>Antal som behövs</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Anteckning</translation>
        </message>
        <message>
            <source>volunteer list</source>
            <translation>funktionärslistan</translation>
        </message>
        <message>
            <source>%1 of %2 needed</source>
            <translation>%1 av %2 som behövs</translation>
        </message>
        <message>
            <source>Give the place (e.g. Start och mål, Depå 1, Parkering).</source>
            <translation>Ange platsen (t.ex. Start och mål, Depå 1, Parkering).</translation>
        </message>
        <message>
            <source>Give the role (e.g. Funktionär, Speaker, Sjukvårdare).</source>
            <translation>Ange rollen (t.ex. Funktionär, Speaker, Sjukvårdare).</translation>
        </message>
        <message>
            <source>Choose the event.</source>
            <translation>Välj evenemang.</translation>
        </message>
    </context>
    <context>
        <name>VolunteersPage</name>
        <message>
            <source>Add shift: %1</source>
            <translation>Lägg till pass: %1</translation>
        </message>
        <message>
            <source>Change shift: %1</source>
            <translation>Ändra pass: %1</translation>
        </message>
        <message>
            <source>Delete shift: %1</source>
            <translation>Ta bort pass: %1</translation>
        </message>
        <message>
            <source>roster</source>
            <translation>bemanningslista</translation>
        </message>
        <message>
            <source>Print roster</source>
            <translation>Skriv ut bemanningslista</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-dokument (*.pdf)</translation>
        </message>
        <message>
            <source>The roster was written to %1.</source>
            <translation>Bemanningslistan sparades i %1.</translation>
        </message>
        <message>
            <source>Export calendar</source>
            <translation>Exportera kalender</translation>
        </message>
        <message>
            <source>Calendars (*.ics)</source>
            <translation>Kalendrar (*.ics)</translation>
        </message>
        <message>
            <source>%1's shifts were exported to %2.</source>
            <translation>Passen för %1 exporterades till %2.</translation>
        </message>
        <message>
            <source>Import a volunteer list</source>
            <translation>Importera funktionärslista</translation>
        </message>
        <message>
            <source>Volunteer lists (*.csv *.xlsx *.txt)</source>
            <translation>Funktionärslistor (*.csv *.xlsx *.txt)</translation>
        </message>
        <message>
            <source>Import volunteers from %1</source>
            <translation>Importera funktionärer från %1</translation>
        </message>
        <message>
            <source>New on the volunteer list: %1; already known: %2; not imported: %3.</source>
            <translation>Nya på funktionärslistan: %1; redan kända: %2; ej importerade: %3.</translation>
        </message>
        <message>
            <source>Row %1: no name.</source>
            <translation>Rad %1: inget namn.</translation>
        </message>
        <message>
            <source>Row %1: %2 has not given consent and was not imported.</source>
            <translation>Rad %1: %2 har inte lämnat samtycke och importerades inte.</translation>
        </message>
        <message>
            <source>Volunteers</source>
            <translation>Funktionärer</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Evenemang</translation>
        </message>
        <message>
            <source>New shift…</source>
            <translation>Nytt pass…</translation>
        </message>
        <message>
            <source>Edit shift…</source>
            <translation>Redigera pass…</translation>
        </message>
        <message>
            <source>Delete shift</source>
            <translation>Ta bort pass</translation>
        </message>
        <message>
            <source>Print roster…</source>
            <translation>Skriv ut bemanningslista…</translation>
        </message>
        <message>
            <source>Whole plan…</source>
            <translation>Hela planen…</translation>
        </message>
        <message>
            <source>The selected shift's place…</source>
            <translation>Det valda passets plats…</translation>
        </message>
        <message>
            <source>The selected person…</source>
            <translation>Den valda personen…</translation>
        </message>
        <message>
            <source>Export calendar…</source>
            <translation>Exportera kalender…</translation>
        </message>
        <message>
            <source>Import a volunteer list…</source>
            <translation>Importera funktionärslista…</translation>
        </message>
        <message>
            <source>Shifts</source>
            <translation>Pass</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personer</translation>
        </message>
        <message>
            <source>Gaps and clashes</source>
            <translation>Luckor och krockar</translation>
        </message>
        <message>
            <source>When</source>
            <translation>När</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Plats</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Roll</translation>
        </message>
        <message>
            <source>Staffed</source>
            <translation>Bemannat</translation>
        </message>
        <message>
            <source>Choose an event.</source>
            <translation>Välj ett evenemang.</translation>
        </message>
        <message>
            <source>– %1 missing</source>
            <translation>– %1 saknas</translation>
        </message>
        <message>
            <source>%1 more people needed</source>
            <translation>%1 personer till behövs</translation>
        </message>
        <message>
            <source>Someone on this shift is on another at the same time</source>
            <translation>Någon på passet har ett annat pass samtidigt</translation>
        </message>
        <message>
            <source>%1 (shifts: %2)</source>
            <translation>%1 (pass: %2)</translation>
        </message>
        <message>
            <source>Gap: %1, %2 at %3 needs %4 more</source>
            <translation>Lucka: %1, %2 vid %3 behöver %4 till</translation>
        </message>
        <message>
            <source>Clash: %1 is on %2 and %3 at once</source>
            <translation>Krock: %1 står på %2 och %3 samtidigt</translation>
        </message>
        <message>
            <source>Every shift is staffed, and no one is double-booked.</source>
            <translation>Alla pass är bemannade och ingen är dubbelbokad.</translation>
        </message>
        <message>
            <source>%1 · shifts: %2 · places: %3 · people: %4 · gaps: %5 · clashes: %6</source>
            <translation>%1 · pass: %2 · platser: %3 · personer: %4 · luckor: %5 · krockar: %6</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Inte sparat</translation>
        </message>
        <message>
            <source>Volunteer list</source>
            <translation>Funktionärslista</translation>
        </message>
    </context>
    <context>
        <name>GroomerDialog</name>
        <message>
            <source>Import groomer track</source>
            <translation>Importera spårpatrull-/pistmaskinspår</translation>
        </message>
        <message>
            <source>Trail</source>
            <translation>Led</translation>
        </message>
        <message>
            <source>Covered</source>
            <translation>Täckt</translation>
        </message>
        <message>
            <source>Groomed</source>
            <translation>Preparerad</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Anteckning</translation>
        </message>
        <message>
            <source>Who groomed (optional)</source>
            <translation>Vem som preparerade (frivilligt)</translation>
        </message>
        <message>
            <source>no time</source>
            <translation>ingen tid</translation>
        </message>
        <message>
            <source>already reported</source>
            <translation>redan rapporterat</translation>
        </message>
        <message>
            <source>the track has no time here</source>
            <translation>GPS-spåret saknar tid här</translation>
        </message>
        <message>
            <source>The track in {file} covers no ski loop or MTB trail (at least 60 % of a trail within 25 m of the track).</source>
            <translation>GPS-spåret i {file} täcker inget skidspår eller MTB-led (minst 60 % av ett spår inom 25 m från GPS-spåret).</translation>
        </message>
        <message>
            <source>The track in {file} covers these trails (at least 60 % of each within 25 m). Each checked trail gets a grooming report at the time the track left it. The style (classic or skate) cannot be told from a GPS track and is left unknown.</source>
            <translation>GPS-spåret i {file} täcker de här spåren (minst 60 % av vart och ett inom 25 m). Varje markerat spår får en prepareringsrapport vid tiden då GPS-spåret lämnade det. Stilen (klassiskt eller skate) går inte att se i ett GPS-spår och lämnas okänd.</translation>
        </message>
        <message>
            <source>Groomer track {file}: {n} grooming(s)</source>
            <translation>Pistmaskinspår {file}: {n} preparering(ar)</translation>
        </message>
        <message>
            <source>Check at least one trail to report.</source>
            <translation>Markera minst ett spår att rapportera.</translation>
        </message>
        <message>
            <source>GPS tracks (*.gpx)</source>
            <translation>GPS-spår (*.gpx)</translation>
        </message>
        <message>
            <source>Reading the track…</source>
            <translation>Läser GPS-spåret…</translation>
        </message>
        <message>
            <source>Import groomer track…</source>
            <translation>Importera spårpatrull-/pistmaskinspår…</translation>
        </message>
        <message>
            <source>Grooming reports for the ski loops and MTB trails a snow groomer's or trail crew's GPS track (GPX) covered, after a preview, in one undoable step.</source>
            <translation>Prepareringsrapporter för de skidspår och MTB-leder som en pistmaskins eller spårpatrulls GPS-spår (GPX) täckte, efter en förhandsvisning, i ett steg som kan ångras.</translation>
        </message>
    </context>
    <context>
        <name>CounterMessages</name>
        <message>
            <source>“{value}” is not a count</source>
            <translation>”{value}” är inget antal</translation>
        </message>
        <message>
            <source>“{value}” is no direction (IN, OUT, in, ut)</source>
            <translation>”{value}” är ingen riktning (IN, OUT, in, ut)</translation>
        </message>
        <message>
            <source>Line {line}: {reason}.</source>
            <translation>Rad {line}: {reason}.</translation>
        </message>
        <message>
            <source>{name} has {count} bad row(s), so nothing was imported. {rows}</source>
            <translation>{name} har {count} felaktiga rader, så ingenting importerades. {rows}</translation>
        </message>
        <message>
            <source>“{value}” is not a date and time</source>
            <translation>”{value}” är inget datum med klockslag</translation>
        </message>
        <message>
            <source>{name} holds binary data: it is not a CSV file</source>
            <translation>{name} innehåller binärdata: det är ingen CSV-fil</translation>
        </message>
        <message>
            <source>{name} holds no counts; nothing was imported</source>
            <translation>{name} innehåller inga räkningar; ingenting importerades</translation>
        </message>
        <message>
            <source>the file has no counter “{code}”; nothing was imported</source>
            <translation>filen har ingen räknare ”{code}”; ingenting importerades</translation>
        </message>
        <message>
            <source>there is no file {path}</source>
            <translation>filen {path} finns inte</translation>
        </message>
        <message>
            <source>… and {count} more.</source>
            <translation>… och {count} till.</translation>
        </message>
        <message>
            <source>no counter id</source>
            <translation>inget räknar-id</translation>
        </message>
        <message>
            <source>{name} has no header with a counter id, a timestamp and a count (for example “Counter ID;Timestamp;Count;Direction” or “Räknare;Tidpunkt;Antal;Riktning”)</source>
            <translation>{name} har ingen rubrikrad med räknar-id, tidpunkt och antal (till exempel ”Counter ID;Timestamp;Count;Direction” eller ”Räknare;Tidpunkt;Antal;Riktning”)</translation>
        </message>
        <message>
            <source>there is no trail with id {id}; nothing was imported</source>
            <translation>det finns ingen led med id {id}; ingenting importerades</translation>
        </message>
        <message>
            <source>{name} cannot be read as CSV</source>
            <translation>{name} kan inte läsas som CSV</translation>
        </message>
        <message>
            <source>{name}: {reason}; nothing was imported</source>
            <translation>{name}: {reason}; ingenting importerades</translation>
        </message>
        <message>
            <source>{name} is larger than {mb} MB: it is not a counter export</source>
            <translation>{name} är större än {mb} MB: det är ingen räknarexport</translation>
        </message>
        <message>
            <source>the same counter, time and direction as line {line}</source>
            <translation>samma räknare, tid och riktning som rad {line}</translation>
        </message>
        <message>
            <source>{name} cannot be read ({reason})</source>
            <translation>{name} kan inte läsas ({reason})</translation>
        </message>
    </context>
    <context>
        <name>VisitorsChart</name>
        <message>
            <source>Visitors</source>
            <translation>Besökare</translation>
        </message>
        <message>
            <source>Per day (30 days)</source>
            <translation>Per dag (30 dagar)</translation>
        </message>
        <message>
            <source>Per week</source>
            <translation>Per vecka</translation>
        </message>
        <message>
            <source>w. %1</source>
            <translation>v. %1</translation>
        </message>
        <message>
            <source>%1 visitors in the last 30 days (both directions)</source>
            <translation>%1 besökare de senaste 30 dagarna (båda riktningarna)</translation>
        </message>
    </context>
    <context>
        <name>CountersDialog</name>
        <message>
            <source>— no trail —</source>
            <translation>— ingen led —</translation>
        </message>
        <message>
            <source>Import counter data</source>
            <translation>Importera räknardata</translation>
        </message>
        <message>
            <source>{file} holds {n} counts from {k} counter(s), {first} – {last}. Counts these counters already have in those hours are replaced, so a file imported again counts nothing twice.</source>
            <translation>{file} innehåller {n} räkningar från {k} räknare, {first} – {last}. Räkningar som de här räknarna redan har för de timmarna ersätts, så en fil som importeras igen räknar inget två gånger.</translation>
        </message>
        <message>
            <source>Counter</source>
            <translation>Räknare</translation>
        </message>
        <message>
            <source>Visitors</source>
            <translation>Besökare</translation>
        </message>
        <message>
            <source>First</source>
            <translation>Första</translation>
        </message>
        <message>
            <source>Last</source>
            <translation>Sista</translation>
        </message>
        <message>
            <source>Trail</source>
            <translation>Led</translation>
        </message>
        <message>
            <source>new</source>
            <translation>ny</translation>
        </message>
        <message>
            <source>A counter left without a trail keeps its counts but is shown on no trail's chart and not in the board's report until it is tied to one (More → Counters…).</source>
            <translation>En räknare utan led behåller sina räkningar men visas inte i någon leds diagram eller i rapporten till kommunstyrelsen förrän den kopplas till en led (Mer → Räknare…).</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importera</translation>
        </message>
        <message>
            <source>Counter exports (*.csv *.txt);;All files (*)</source>
            <translation>Räknarexporter (*.csv *.txt);;Alla filer (*)</translation>
        </message>
        <message>
            <source>Reading the counts…</source>
            <translation>Läser räkningarna…</translation>
        </message>
        <message>
            <source>Importing the counts…</source>
            <translation>Importerar räkningarna…</translation>
        </message>
        <message>
            <source>Import counter data {file}: {n} counts</source>
            <translation>Importera räknardata {file}: {n} räkningar</translation>
        </message>
        <message>
            <source>Counters</source>
            <translation>Räknare</translation>
        </message>
        <message>
            <source>Each trail counter and the trail its counts are shown on. A counter without a trail is counted on none.</source>
            <translation>Varje ledräknare och den led dess räkningar visas på. En räknare utan led räknas på ingen.</translation>
        </message>
        <message>
            <source>no counts</source>
            <translation>inga räkningar</translation>
        </message>
        <message>
            <source>No counter yet: import counter data first (More → Import counter data…).</source>
            <translation>Ingen räknare ännu: importera räknardata först (Mer → Importera räknardata…).</translation>
        </message>
        <message>
            <source>Reading the counters…</source>
            <translation>Läser räknarna…</translation>
        </message>
        <message>
            <source>Counter {code} tied to {trail}</source>
            <translation>Räknare {code} kopplad till {trail}</translation>
        </message>
        <message>
            <source>Counter {code} untied</source>
            <translation>Räknare {code} frånkopplad</translation>
        </message>
        <message>
            <source>Counters: {n} ties changed</source>
            <translation>Räknare: {n} kopplingar ändrade</translation>
        </message>
        <message>
            <source>Import counter data…</source>
            <translation>Importera räknardata…</translation>
        </message>
        <message>
            <source>Visitors from a trail counter's export (Eco-Counter and similar CSV), each counter tied to a trail, in one undoable step.</source>
            <translation>Besökare från en ledräknares export (Eco-Counter och liknande CSV), varje räknare kopplad till en led, i ett steg som går att ångra.</translation>
        </message>
        <message>
            <source>Counters…</source>
            <translation>Räknare…</translation>
        </message>
        <message>
            <source>The trail counters known and the trail each is tied to.</source>
            <translation>De kända ledräknarna och leden var och en är kopplad till.</translation>
        </message>
        <message>
            <source>Last counted</source>
            <translation>Senast räknat</translation>
        </message>
        <message>
            <source>{n} in the 24 hours to {time}</source>
            <translation>{n} under dygnet fram till {time}</translation>
        </message>
    </context>
    <context>
        <name>GroomerMap</name>
        <message>
            <source>gets a report</source>
            <translation>får en rapport</translation>
        </message>
        <message>
            <source>covered, not checked</source>
            <translation>täckt, inte markerat</translation>
        </message>
        <message>
            <source>other loops</source>
            <translation>andra spår</translation>
        </message>
        <message>
            <source>the track</source>
            <translation>GPS-spåret</translation>
        </message>
    </context>
    <context>
        <name>MailMessages</name>
        <message>
            <source>opt-out day</source>
            <translation>dag då e-post avböjdes</translation>
        </message>
        <message>
            <source>Give the mail server's name (host).</source>
            <translation>Ange e-postserverns namn (värd).</translation>
        </message>
        <message>
            <source>The language must be sv or en, not “{lang}”.</source>
            <translation>Språket måste vara sv eller en, inte ”{lang}”.</translation>
        </message>
        <message>
            <source>The port must be a number from 1 to 65535, not {port}.</source>
            <translation>Porten måste vara ett tal från 1 till 65535, inte {port}.</translation>
        </message>
        <message>
            <source>The security must be starttls, tls or none, not “{value}”.</source>
            <translation>Säkerheten måste vara starttls, tls eller none, inte ”{value}”.</translation>
        </message>
        <message>
            <source>Cannot reach the mail server {where}: {reason}. Check the server's name and port, and the network.</source>
            <translation>Når inte e-postservern {where}: {reason}. Kontrollera serverns namn och port samt nätverket.</translation>
        </message>
        <message>
            <source>The connection to the mail server was lost while sending.</source>
            <translation>Anslutningen till e-postservern bröts under sändningen.</translation>
        </message>
        <message>
            <source>The connection to the mail server was lost while sending: {reason}.</source>
            <translation>Anslutningen till e-postservern bröts under sändningen: {reason}.</translation>
        </message>
        <message>
            <source>The message is empty: write a subject on the first line and the text below it.</source>
            <translation>Meddelandet är tomt: skriv ett ämne på första raden och texten under det.</translation>
        </message>
        <message>
            <source>The mail server refused the login of {user}: check the user name and the password.</source>
            <translation>E-postservern nekade inloggningen för {user}: kontrollera användarnamnet och lösenordet.</translation>
        </message>
        <message>
            <source>The message has no text below the subject.</source>
            <translation>Meddelandet har ingen text under ämnet.</translation>
        </message>
        <message>
            <source>This computer has no password store (keyring) the program can use, so the password cannot be remembered; give it each time you send.</source>
            <translation>Datorn har ingen lösenordsförvaring (nyckelring) som programmet kan använda, så lösenordet kan inte sparas; ange det varje gång du skickar.</translation>
        </message>
        <message>
            <source>The mail server {where} offers no login on this connection; choose STARTTLS or TLS, or leave the user empty.</source>
            <translation>E-postservern {where} erbjuder ingen inloggning på den här anslutningen; välj STARTTLS eller TLS, eller lämna användaren tom.</translation>
        </message>
        <message>
            <source>There is no mailing with id {id}.</source>
            <translation>Det finns inget utskick med id {id}.</translation>
        </message>
        <message>
            <source>There is no person with id {id}.</source>
            <translation>Det finns ingen person med id {id}.</translation>
        </message>
        <message>
            <source>Give the sender's e-mail address.</source>
            <translation>Ange avsändarens e-postadress.</translation>
        </message>
        <message>
            <source>The message has no subject: write it on the first line.</source>
            <translation>Meddelandet har inget ämne: skriv det på första raden.</translation>
        </message>
        <message>
            <source>Nobody is left to send the message to; nothing was saved.</source>
            <translation>Det finns ingen kvar att skicka meddelandet till; inget sparades.</translation>
        </message>
        <message>
            <source>None of the package's partners has a contact person who can get it by e-mail; nothing was saved.</source>
            <translation>Ingen av paketets partner har en kontaktperson som kan få det med e-post; inget sparades.</translation>
        </message>
        <message>
            <source>The package was changed after this mailing was prepared (it would now be version {now}, not {then}); prepare a new mailing of it. Nothing was sent.</source>
            <translation>Paketet har ändrats sedan utskicket förbereddes (det skulle nu bli version {now}, inte {then}); förbered ett nytt utskick av det. Inget skickades.</translation>
        </message>
        <message>
            <source>The package of this mailing was deleted; nothing was sent.</source>
            <translation>Paketet i det här utskicket har tagits bort; inget skickades.</translation>
        </message>
        <message>
            <source>The person is no longer in the network.</source>
            <translation>Personen finns inte längre i nätverket.</translation>
        </message>
        <message>
            <source>The e-mail address is not valid</source>
            <translation>E-postadressen är ogiltig</translation>
        </message>
        <message>
            <source>Contract as the legal basis: gets only the packages they are part of</source>
            <translation>Avtal som rättslig grund: får bara paket som de ingår i</translation>
        </message>
        <message>
            <source>Consent is the legal basis, but no consent day is recorded</source>
            <translation>Samtycke är rättslig grund, men inget datum för samtycket är registrerat</translation>
        </message>
        <message>
            <source>No e-mail address</source>
            <translation>Ingen e-postadress</translation>
        </message>
        <message>
            <source>Has asked for no more e-mail</source>
            <translation>Har avböjt fler e-postutskick</translation>
        </message>
        <message>
            <source>Legitimate interest covers business contacts only (no organisation)</source>
            <translation>Berättigat intresse gäller bara företagskontakter (ingen organisation)</translation>
        </message>
        <message>
            <source>Same address as another recipient (sent once)</source>
            <translation>Samma adress som en annan mottagare (skickas en gång)</translation>
        </message>
        <message>
            <source>The server refused the address {address}: {reason}</source>
            <translation>Servern nekade adressen {address}: {reason}</translation>
        </message>
        <message>
            <source>The server refused the sender address: {reason}</source>
            <translation>Servern nekade avsändaradressen: {reason}</translation>
        </message>
        <message>
            <source>The server did not take the message: {reason}</source>
            <translation>Servern tog inte emot meddelandet: {reason}</translation>
        </message>
        <message>
            <source>The mail server {where} did not accept a secure connection (STARTTLS): {reason}.</source>
            <translation>E-postservern {where} godtog inte en säker anslutning (STARTTLS): {reason}.</translation>
        </message>
        <message>
            <source>A secure (TLS) connection to the mail server {where} could not be made: {reason}.</source>
            <translation>En säker (TLS-)anslutning till e-postservern {where} kunde inte upprättas: {reason}.</translation>
        </message>
        <message>
            <source>The template has an unknown field {{{field}}}; the known fields are {known}.</source>
            <translation>Mallen har ett okänt fält {{{field}}}; de kända fälten är {known}.</translation>
        </message>
        <message>
            <source>The password is not sent over a connection that is not secure: choose STARTTLS or TLS for the login to {where}, or leave the user empty.</source>
            <translation>Lösenordet skickas inte över en anslutning som inte är säker: välj STARTTLS eller TLS för inloggningen på {where}, eller lämna användaren tom.</translation>
        </message>
        <message>
            <source>may have been sent; the program cannot tell</source>
            <translation>kan ha skickats; programmet kan inte avgöra det</translation>
        </message>
        <message>
            <source>The login to the mail server {where} could not be sent: the server cannot take a character of it. Check the user name and the password.</source>
            <translation>Inloggningen på e-postservern {where} kunde inte skickas: servern kan inte ta emot ett av tecknen. Kontrollera användarnamnet och lösenordet.</translation>
        </message>
        <message>
            <source>was sent, but the program could not record it: {reason}</source>
            <translation>skickades, men programmet kunde inte registrera det: {reason}</translation>
        </message>
        <message>
            <source>Every partner chosen already got version {revision} of the package; nothing was saved.</source>
            <translation>Alla valda partner har redan fått version {revision} av paketet; inget sparades.</translation>
        </message>
        <message>
            <source>another sending is sending it right now</source>
            <translation>ett annat utskick skickar det just nu</translation>
        </message>
        <message>
            <source>The template {path} is not text (a text file with the subject on the first line is needed).</source>
            <translation>Mallen {path} är inte text (det behövs en textfil med ämnet på första raden).</translation>
        </message>
        <message>
            <source>The template {path} cannot be read: {reason}.</source>
            <translation>Mallen {path} kan inte läsas: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>MailComposerDialog</name>
        <message>
            <source>Send…</source>
            <translation>Skicka…</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>Alla kategorier</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>Alla taggar</translation>
        </message>
        <message>
            <source>Swedish</source>
            <translation>Svenska</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Engelska</translation>
        </message>
        <message>
            <source>Only the organisations now shown in the network list (%1)</source>
            <translation>Bara organisationerna som nu visas i nätverkslistan (%1)</translation>
        </message>
        <message>
            <source>The person's name</source>
            <translation>Personens namn</translation>
        </message>
        <message>
            <source>The person's first name</source>
            <translation>Personens förnamn</translation>
        </message>
        <message>
            <source>The organisation's name</source>
            <translation>Organisationens namn</translation>
        </message>
        <message>
            <source>Gets it (%1)</source>
            <translation>Får det (%1)</translation>
        </message>
        <message>
            <source>Left out, and why (%1)</source>
            <translation>Utelämnas, och varför (%1)</translation>
        </message>
        <message>
            <source>%1 of %2 people get it; %3 are left out.</source>
            <translation>%1 av %2 personer får det; %3 utelämnas.</translation>
        </message>
        <message>
            <source>Write a subject and a message: the message as the first recipient gets it shows here.</source>
            <translation>Skriv en ämnesrad och ett meddelande: här visas meddelandet så som den första mottagaren får det.</translation>
        </message>
        <message>
            <source>No one gets this message with this choice.</source>
            <translation>Ingen får meddelandet med det här urvalet.</translation>
        </message>
        <message>
            <source>To: %1</source>
            <translation>Till: %1</translation>
        </message>
        <message>
            <source>Subject: %1</source>
            <translation>Ämne: %1</translation>
        </message>
        <message>
            <source>Open template</source>
            <translation>Öppna mall</translation>
        </message>
        <message>
            <source>Save template</source>
            <translation>Spara mall</translation>
        </message>
        <message>
            <source>Write a subject and a message first.</source>
            <translation>Skriv först en ämnesrad och ett meddelande.</translation>
        </message>
        <message>
            <source>The preview is being read again; send when it shows.</source>
            <translation>Förhandsvisningen läses in igen; skicka när den visas.</translation>
        </message>
        <message>
            <source>No one is ticked to get the message.</source>
            <translation>Ingen är markerad att få meddelandet.</translation>
        </message>
        <message>
            <source>Send e-mail</source>
            <translation>Skicka e-post</translation>
        </message>
        <message>
            <source>No e-mail server is set up yet: the message can be written and checked, but not sent.</source>
            <translation>Ingen e-postserver är inställd än: meddelandet kan skrivas och granskas men inte skickas.</translation>
        </message>
        <message>
            <source>E-mail server…</source>
            <translation>E-postserver…</translation>
        </message>
        <message>
            <source>Recipients</source>
            <translation>Mottagare</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Tagg</translation>
        </message>
        <message>
            <source>Only the organisations now shown in the network list</source>
            <translation>Bara organisationerna som nu visas i nätverkslistan</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Språk</translation>
        </message>
        <message>
            <source>Insert field</source>
            <translation>Infoga fält</translation>
        </message>
        <message>
            <source>Open template…</source>
            <translation>Öppna mall…</translation>
        </message>
        <message>
            <source>Save template…</source>
            <translation>Spara mall…</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Ämne</translation>
        </message>
        <message>
            <source>Write the message. Fields such as {name} are filled in for each recipient.</source>
            <translation>Skriv meddelandet. Fält som {namn} fylls i för varje mottagare.</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Meddelande</translation>
        </message>
        <message>
            <source>Every message ends with a notice on how to unsubscribe; whoever opts out is recorded on their person and gets no more e-mail.</source>
            <translation>Varje meddelande slutar med en upplysning om hur man avregistrerar sig; den som avböjer noteras på sin person och får inga fler e-postutskick.</translation>
        </message>
        <message>
            <source>Preview for</source>
            <translation>Förhandsvisning för</translation>
        </message>
        <message>
            <source>The message as the recipient gets it</source>
            <translation>Meddelandet så som mottagaren får det</translation>
        </message>
        <message>
            <source>Gets it</source>
            <translation>Får det</translation>
        </message>
        <message>
            <source>Who gets it (untick to leave out)</source>
            <translation>Vem som får det (avmarkera för att utelämna)</translation>
        </message>
        <message>
            <source>Left out</source>
            <translation>Utelämnas</translation>
        </message>
        <message>
            <source>Who is left out, and why</source>
            <translation>Vem som utelämnas, och varför</translation>
        </message>
        <message>
            <source>Reading the template…</source>
            <translation>Läser mallen…</translation>
        </message>
    </context>
    <context>
        <name>MailHistory</name>
        <message>
            <source>waiting</source>
            <translation>väntar</translation>
        </message>
        <message>
            <source>sent</source>
            <translation>skickad</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>misslyckad</translation>
        </message>
        <message>
            <source>mailing</source>
            <translation>utskick</translation>
        </message>
        <message>
            <source>package</source>
            <translation>paket</translation>
        </message>
        <message>
            <source>sending / uncertain</source>
            <translation>skickas / osäker</translation>
        </message>
    </context>
    <context>
        <name>MailHistoryDialog</name>
        <message>
            <source>Mailings</source>
            <translation>Utskick</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Skapat</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Ämne</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Språk</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Skickade</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Misslyckade</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Väntar</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adress</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Sent at</source>
            <translation>Skickat</translation>
        </message>
        <message>
            <source>Why it failed</source>
            <translation>Varför det misslyckades</translation>
        </message>
        <message>
            <source>No mailings yet: “Send e-mail…” in the network area writes one.</source>
            <translation>Inga utskick än: ”Skicka e-post…” i nätverket skriver ett.</translation>
        </message>
        <message>
            <source>Send the failed again</source>
            <translation>Skicka om misslyckade</translation>
        </message>
        <message>
            <source>Uncertain</source>
            <translation>Osäkra</translation>
        </message>
    </context>
    <context>
        <name>MailMenu</name>
        <message>
            <source>Send e-mail…</source>
            <translation>Skicka e-post…</translation>
        </message>
        <message>
            <source>Mailings…</source>
            <translation>Utskick…</translation>
        </message>
        <message>
            <source>E-mail server…</source>
            <translation>E-postserver…</translation>
        </message>
    </context>
    <context>
        <name>MailSend</name>
        <message>
            <source>Reading the keyring…</source>
            <translation>Läser nyckelringen…</translation>
        </message>
        <message>
            <source>Saving the password in the keyring…</source>
            <translation>Sparar lösenordet i nyckelringen…</translation>
        </message>
        <message>
            <source>Password not saved</source>
            <translation>Lösenordet sparades inte</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>Skickar…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Sent %1 of %2…</source>
            <translation>Skickat %1 av %2…</translation>
        </message>
        <message>
            <source>Not sent</source>
            <translation>Inte skickat</translation>
        </message>
        <message>
            <source>Preparing the mailing…</source>
            <translation>Förbereder utskicket…</translation>
        </message>
        <message>
            <source>Send again anyway?</source>
            <translation>Skicka igen ändå?</translation>
        </message>
        <message>
            <source>The program cannot tell whether these got the message; if they did, they get it twice:

%1

Send to them again?</source>
            <translation>Programmet kan inte avgöra om de här fick meddelandet; fick de det, får de det två gånger:

%1

Skicka till dem igen?</translation>
        </message>
        <message>
            <source>Reading the e-mail server's settings…</source>
            <translation>Läser e-postserverns inställningar…</translation>
        </message>
        <message>
            <source>Sending under way</source>
            <translation>Ett utskick pågår</translation>
        </message>
        <message>
            <source>A sending is under way; wait until it has finished.</source>
            <translation>Ett utskick pågår; vänta tills det är klart.</translation>
        </message>
    </context>
    <context>
        <name>MailServerDialog</name>
        <message>
            <source>STARTTLS (port 587)</source>
            <translation>STARTTLS (port 587)</translation>
        </message>
        <message>
            <source>TLS (port 465)</source>
            <translation>TLS (port 465)</translation>
        </message>
        <message>
            <source>None (only inside the municipality's network)</source>
            <translation>Ingen (bara inom kommunens nätverk)</translation>
        </message>
        <message>
            <source>Reading the keyring…</source>
            <translation>Läser nyckelringen…</translation>
        </message>
        <message>
            <source>Destination Norberg</source>
            <translation>Destination Norberg</translation>
        </message>
        <message>
            <source>This computer has no keyring the program can use: the password cannot be saved here and is asked for each sending.</source>
            <translation>Datorn har ingen nyckelring som programmet kan använda: lösenordet kan inte sparas här och efterfrågas vid varje utskick.</translation>
        </message>
        <message>
            <source>(saved in the keyring; type to change)</source>
            <translation>(sparat i nyckelringen; skriv för att ändra)</translation>
        </message>
        <message>
            <source>The password is kept in this computer's keyring.</source>
            <translation>Lösenordet finns i datorns nyckelring.</translation>
        </message>
        <message>
            <source>Saved in this computer's keyring, not in the database.</source>
            <translation>Sparas i datorns nyckelring, inte i databasen.</translation>
        </message>
        <message>
            <source>Give the server's name, such as smtp.norberg.se.</source>
            <translation>Ange serverns namn, till exempel smtp.norberg.se.</translation>
        </message>
        <message>
            <source>Give the sender's e-mail address.</source>
            <translation>Ange avsändarens e-postadress.</translation>
        </message>
        <message>
            <source>%1 is not an e-mail address.</source>
            <translation>%1 är ingen e-postadress.</translation>
        </message>
        <message>
            <source>Connecting to %1…</source>
            <translation>Ansluter till %1…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>The server answered and accepted the login.</source>
            <translation>Servern svarade och godtog inloggningen.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Sparar…</translation>
        </message>
        <message>
            <source>Saving the password in the keyring…</source>
            <translation>Sparar lösenordet i nyckelringen…</translation>
        </message>
        <message>
            <source>E-mail server…</source>
            <translation>E-postserver…</translation>
        </message>
        <message>
            <source>E-mail server</source>
            <translation>E-postserver</translation>
        </message>
        <message>
            <source>The municipality's server for outgoing e-mail. It is the same for every coordinator and kept in the database; the password is kept in this computer's keyring only.</source>
            <translation>Kommunens server för utgående e-post. Den är densamma för alla samordnare och sparas i databasen; lösenordet sparas bara i den här datorns nyckelring.</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>Server</translation>
        </message>
        <message>
            <source>Security</source>
            <translation>Säkerhet</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>Port</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Användarnamn</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Lösenord</translation>
        </message>
        <message>
            <source>Sender address</source>
            <translation>Avsändaradress</translation>
        </message>
        <message>
            <source>Sender name</source>
            <translation>Avsändarnamn</translation>
        </message>
        <message>
            <source>Test the connection</source>
            <translation>Testa anslutningen</translation>
        </message>
        <message>
            <source>Reading the e-mail server's settings…</source>
            <translation>Läser e-postserverns inställningar…</translation>
        </message>
    </context>
    <context>
        <name>PackageMailDialog</name>
        <message>
            <source>Send “%1” by e-mail</source>
            <translation>Skicka ”%1” med e-post</translation>
        </message>
        <message>
            <source>No e-mail server is set up yet: “Send” asks for it first.</source>
            <translation>Ingen e-postserver är inställd än: ”Skicka” frågar efter den först.</translation>
        </message>
        <message>
            <source>Reading the package and its partners…</source>
            <translation>Läser paketet och dess partner…</translation>
        </message>
        <message>
            <source>Who gets it (untick to leave out)</source>
            <translation>Vem som får det (avmarkera för att utelämna)</translation>
        </message>
        <message>
            <source>Send…</source>
            <translation>Skicka…</translation>
        </message>
        <message>
            <source>Gets it</source>
            <translation>Får det</translation>
        </message>
        <message>
            <source>Left out</source>
            <translation>Utelämnas</translation>
        </message>
        <message>
            <source>Attached (first partner)</source>
            <translation>Bifogat (första partnern)</translation>
        </message>
        <message>
            <source>The message (first partner)</source>
            <translation>Meddelandet (första partnern)</translation>
        </message>
        <message>
            <source>Swedish</source>
            <translation>Svenska</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Engelska</translation>
        </message>
        <message>
            <source>Version %1 of the package goes to its partners.</source>
            <translation>Version %1 av paketet skickas till dess partner.</translation>
        </message>
        <message>
            <source>Gets it (%1)</source>
            <translation>Får det (%1)</translation>
        </message>
        <message>
            <source>Left out (%1)</source>
            <translation>Utelämnas (%1)</translation>
        </message>
        <message>
            <source>No one is ticked to get the package.</source>
            <translation>Ingen är markerad att få paketet.</translation>
        </message>
        <message>
            <source>Send to them again</source>
            <translation>Skicka till dem igen</translation>
        </message>
        <message>
            <source>Already got version %1: %2.</source>
            <translation>Har redan fått version %1: %2.</translation>
        </message>
        <message>
            <source>already got this version</source>
            <translation>har redan fått den här versionen</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <source>E-mail server password</source>
            <translation>E-postserverns lösenord</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Lösenord</translation>
        </message>
        <message>
            <source>Save in the computer's keyring</source>
            <translation>Spara i datorns nyckelring</translation>
        </message>
        <message>
            <source>The password of %1 on %2:</source>
            <translation>Lösenordet för %1 på %2:</translation>
        </message>
        <message>
            <source>This computer has no keyring the program can use: the password is used for this sending only and asked again next time.</source>
            <translation>Datorn har ingen nyckelring som programmet kan använda: lösenordet används bara för det här utskicket och efterfrågas igen nästa gång.</translation>
        </message>
    </context>
    <context>
        <name>SummaryDialog</name>
        <message>
            <source>E-mail sent</source>
            <translation>E-post skickad</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Försök igen</translation>
        </message>
        <message>
            <source>Sending was cancelled. Whoever was not reached yet can be sent to with “Try again”.</source>
            <translation>Utskicket avbröts. De som inte har nåtts än kan få det med ”Försök igen”.</translation>
        </message>
        <message>
            <source>Sent: %1.</source>
            <translation>Skickade: %1.</translation>
        </message>
        <message>
            <source>Already sent before (not sent again): %1.</source>
            <translation>Redan skickade tidigare (skickas inte igen): %1.</translation>
        </message>
        <message>
            <source>Failed: %1 (listed below).</source>
            <translation>Misslyckade: %1 (se listan nedan).</translation>
        </message>
        <message>
            <source>Not sent, because sending was cancelled: %1.</source>
            <translation>Inte skickade eftersom utskicket avbröts: %1.</translation>
        </message>
        <message>
            <source>May have been sent; the program cannot tell (ask them, or send again anyway):</source>
            <translation>Kan ha skickats; programmet kan inte avgöra det (fråga dem, eller skicka igen ändå):</translation>
        </message>
        <message>
            <source>Send again anyway…</source>
            <translation>Skicka igen ändå…</translation>
        </message>
        <message>
            <source>May have been sent; the program cannot tell: %1 (not sent again by itself).</source>
            <translation>Kan ha skickats; programmet kan inte avgöra det: %1 (skickas inte igen av sig självt).</translation>
        </message>
    </context>
</TS>