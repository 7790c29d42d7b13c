<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
    <context>
        <name>CalendarView</name>
        <message numerus="yes">
            <source>+%n more</source>
            <translation>
                <numerusform>+%n more</numerusform>
                <numerusform>+%n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ContactsImportDialog</name>
        <message numerus="yes">
            <source>Import %n contact(s) from %1</source>
            <translation>
                <numerusform>Import %n contact from %1</numerusform>
                <numerusform>Import %n contacts from %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GoNoGoView</name>
        <message numerus="yes">
            <source>Decision date: %1, in %n day(s).</source>
            <translation>
                <numerusform>Decision date: %1, in %n day.</numerusform>
                <numerusform>Decision date: %1, in %n days.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Decision date: %1, %n day(s) ago.</source>
            <translation>
                <numerusform>Decision date: %1, %n day ago.</numerusform>
                <numerusform>Decision date: %1, %n days ago.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message numerus="yes">
            <source>%n outside the season&apos;s dates, left out.</source>
            <translation>
                <numerusform>%n outside the season&apos;s dates, left out.</numerusform>
                <numerusform>%n outside the season&apos;s dates, left out.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cannot be read, left out (see below).</source>
            <translation>
                <numerusform>%n cannot be read, left out (see below).</numerusform>
                <numerusform>%n cannot be read, left out (see below).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import the %n event(s) outside the season&apos;s dates too</source>
            <translation>
                <numerusform>Import the event outside the season&apos;s dates too</numerusform>
                <numerusform>Import the %n events outside the season&apos;s dates too</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new,</source>
            <translation>
                <numerusform>%n new,</numerusform>
                <numerusform>%n new,</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changed,</source>
            <translation>
                <numerusform>%n changed,</numerusform>
                <numerusform>%n changed,</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unchanged.</source>
            <translation>
                <numerusform>%n unchanged.</numerusform>
                <numerusform>%n unchanged.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import %n event(s) from %1</source>
            <translation>
                <numerusform>Import %n event from %1</numerusform>
                <numerusform>Import %n events from %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MarginPlurals</name>
        <message numerus="yes">
            <source>%n day(s) to spare</source>
            <translation>
                <numerusform>%n day to spare</numerusform>
                <numerusform>%n days to spare</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NextYearDialog</name>
        <message numerus="yes">
            <source>%n event(s) will be copied, %1 days later, weekdays and times kept,</source>
            <translation>
                <numerusform>%n event will be copied, %1 days later, weekdays and times kept,</numerusform>
                <numerusform>%n events will be copied, %1 days later, weekdays and times kept,</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n clear</source>
            <translation>
                <numerusform>%n clear</numerusform>
                <numerusform>%n clear</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n with minor issues</source>
            <translation>
                <numerusform>%n with minor issues</numerusform>
                <numerusform>%n with minor issues</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n with significant issues</source>
            <translation>
                <numerusform>%n with significant issues</numerusform>
                <numerusform>%n with significant issues</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n closed</source>
            <translation>
                <numerusform>%n closed</numerusform>
                <numerusform>%n closed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n without a report</source>
            <translation>
                <numerusform>%n without a report</numerusform>
                <numerusform>%n without a report</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>and %n more</numerusform>
                <numerusform>and %n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Reports older than %n day(s):</source>
            <translation>
                <numerusform>Reports older than %n day:</numerusform>
                <numerusform>Reports older than %n days:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Every trail has a report from the last %n day(s).</source>
            <translation>
                <numerusform>Every trail has a report from the last day.</numerusform>
                <numerusform>Every trail has a report from the last %n days.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>%n overdue</numerusform>
                <numerusform>%n overdue</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PackagesPage</name>
        <message numerus="yes">
            <source>%n package(s)</source>
            <translation>
                <numerusform>%n package</numerusform>
                <numerusform>%n packages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Total %1 for %n person(s) · %2 per person</source>
            <translation>
                <numerusform>Total %1 for %n person · %2 per person</numerusform>
                <numerusform>Total %1 for %n persons · %2 per person</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message numerus="yes">
            <source>Set the status of %n trail(s)</source>
            <translation>
                <numerusform>Set the status of %n trail</numerusform>
                <numerusform>Set the status of %n trails</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>and %n more</numerusform>
                <numerusform>and %n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RoutePreview</name>
        <message numerus="yes">
            <source>%n stop(s) without a location</source>
            <translation>
                <numerusform>%n stop without a location</numerusform>
                <numerusform>%n stops without a location</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SnowPlurals</name>
        <message numerus="yes">
            <source>at least %1 cm on the day in %2 of %n winter(s) (%3 %)</source>
            <translation>
                <numerusform>at least %1 cm on the day in %2 of %n winter (%3 %)</numerusform>
                <numerusform>at least %1 cm on the day in %2 of %n winters (%3 %)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) past the deadline</source>
            <translation>
                <numerusform>%n day past the deadline</numerusform>
                <numerusform>%n days past the deadline</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) left</source>
            <translation>
                <numerusform>%n day left</numerusform>
                <numerusform>%n days left</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The decision is due on %1, in %n day(s).</source>
            <translation>
                <numerusform>The decision is due on %1, in %n day.</numerusform>
                <numerusform>The decision is due on %1, in %n days.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StrakPage</name>
        <message numerus="yes">
            <source>%1 km · about %n minute(s) on foot</source>
            <translation>
                <numerusform>%1 km · about %n minute on foot</numerusform>
                <numerusform>%1 km · about %n minutes on foot</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n stop(s) open then.</source>
            <translation>
                <numerusform>%n stop open then.</numerusform>
                <numerusform>%n stops open then.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TrailPlurals</name>
        <message numerus="yes">
            <source>%n hour(s) ago</source>
            <translation>
                <numerusform>%n hour ago</numerusform>
                <numerusform>%n hours ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>%n day ago</numerusform>
                <numerusform>%n days ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No report in the last %n day(s): the status may be out of date.</source>
            <translation>
                <numerusform>No report in the last %n day: the status may be out of date.</numerusform>
                <numerusform>No report in the last %n days: the status may be out of date.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>and %n more</numerusform>
                <numerusform>and %n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n trail(s)</source>
            <translation>
                <numerusform>%n trail</numerusform>
                <numerusform>%n trails</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n stale</source>
            <translation>
                <numerusform>%n stale</numerusform>
                <numerusform>%n stale</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n closed</source>
            <translation>
                <numerusform>%n closed</numerusform>
                <numerusform>%n closed</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TrailsPage</name>
        <message numerus="yes">
            <source>Trails without a report in the last %n day(s)</source>
            <translation>
                <numerusform>Trails without a report in the last %n day</numerusform>
                <numerusform>Trails without a report in the last %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n trails selected</source>
            <translation>
                <numerusform>%n trail selected</numerusform>
                <numerusform>%n trails selected</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Status of %n trail(s)</source>
            <translation>
                <numerusform>Status of %n trail</numerusform>
                <numerusform>Status of %n trails</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ZoneDialog</name>
        <message numerus="yes">
            <source>%n corner(s)</source>
            <translation>
                <numerusform>%n corner</numerusform>
                <numerusform>%n corners</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n area(s)</source>
            <translation>
                <numerusform>The whole area</numerusform>
                <numerusform>All %n areas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n trail(s) inside or crossing %1.</source>
            <translation>
                <numerusform>%n trail inside or crossing %1.</numerusform>
                <numerusform>%n trails inside or crossing %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n retired trail(s) left alone.</source>
            <translation>
                <numerusform>%n retired trail left alone.</numerusform>
                <numerusform>%n retired trails left alone.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Close %n trail(s)</source>
            <translation>
                <numerusform>Close %n trail</numerusform>
                <numerusform>Close %n trails</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Report on %n trail(s)</source>
            <translation>
                <numerusform>Report on %n trail</numerusform>
                <numerusform>Report on %n trails</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Close %n trail(s) in %1</source>
            <translation>
                <numerusform>Close %n trail in %1</numerusform>
                <numerusform>Close %n trails in %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Report %n trail(s) in %1 as %2</source>
            <translation>
                <numerusform>Report %n trail in %1 as %2</numerusform>
                <numerusform>Report %n trails in %1 as %2</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PersonMergeDialog</name>
        <message numerus="yes">
            <source>Merge %n people into %1</source>
            <translation>
                <numerusform>Merge %n person into %1</numerusform>
                <numerusform>Merge %n people into %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TrailLife</name>
        <message numerus="yes">
            <source>%n report(s)</source>
            <translation>
                <numerusform>%n report</numerusform>
                <numerusform>%n reports</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n race course(s)</source>
            <translation>
                <numerusform>%n race course</numerusform>
                <numerusform>%n race courses</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n snow-guarantee target(s)</source>
            <translation>
                <numerusform>%n snow-guarantee target</numerusform>
                <numerusform>%n snow-guarantee targets</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CopyStrakDialog</name>
        <message numerus="yes">
            <source>%1, %2 – %3 on the same weekdays, with %n stop(s), their hours and offers</source>
            <translation>
                <numerusform>%1, %2 – %3 on the same weekdays, with %n stop, its hours and offer</numerusform>
                <numerusform>%1, %2 – %3 on the same weekdays, with %n stops, their hours and offers</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SeasonsDialog</name>
        <message numerus="yes">
            <source>%1 holds %n event(s) and %2 stråk and cannot be deleted. Archive it instead, or move its events to another season first.</source>
            <translation>
                <numerusform>%1 holds %n event and %2 stråk and cannot be deleted. Archive it instead, or move its events to another season first.</numerusform>
                <numerusform>%1 holds %n events and %2 stråk and cannot be deleted. Archive it instead, or move its events to another season first.</numerusform>
            </translation>
        </message>
    </context>
</TS>