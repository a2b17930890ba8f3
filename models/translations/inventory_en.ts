<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>inventory::BlocksModel</name>
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
    <message numerus="yes">
        <source>in %Ln day(s)</source>
        <translation>
            <numerusform>in %Ln day</numerusform>
            <numerusform>in %Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>inventory::CleanupDialog</name>
    <message numerus="yes">
        <source>%Ln expired reservation(s) removed, %1 returned to stock at %2.</source>
        <translation>
            <numerusform>%Ln expired reservation removed, %1 returned to stock at %2.</numerusform>
            <numerusform>%Ln expired reservations removed, %1 returned to stock at %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unit(s)</source>
        <translation>
            <numerusform>%Ln unit</numerusform>
            <numerusform>%Ln units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln expired reservation(s) holds/hold %1. Cleaning up gives the units back to stock and removes the reservation(s).</source>
        <translation>
            <numerusform>%Ln expired reservation holds %1. Cleaning up gives the units back to stock and removes the reservation.</numerusform>
            <numerusform>%Ln expired reservations hold %1. Cleaning up gives the units back to stock and removes the reservations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>inventory::ExportDialog</name>
    <message numerus="yes">
        <source>Exported %Ln item(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln item to %1.</numerusform><numerusform>Exported %Ln items to %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) written</source>
        <translation>
            <numerusform>%Ln item written</numerusform><numerusform>%Ln items written</numerusform></translation>
    </message>
</context>
<context>
    <name>inventory::ImportDialog</name>
    <message numerus="yes">
        <source>Imported %Ln item(s)</source>
        <translation>
            <numerusform>Imported %Ln item</numerusform><numerusform>Imported %Ln items</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) skipped</source>
        <translation>
            <numerusform>%Ln line skipped</numerusform><numerusform>%Ln lines skipped</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) read</source>
        <translation>
            <numerusform>%Ln line read</numerusform><numerusform>%Ln lines read</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>All %Ln line(s) are valid.</source>
        <translation>
            <numerusform>The %Ln line is valid.</numerusform><numerusform>All %Ln lines are valid.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln line(s) is valid; there is nothing to import.</source>
        <translation>
            <numerusform>The %Ln line has a problem; there is nothing to import.</numerusform><numerusform>None of the %Ln lines is valid; there is nothing to import.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln have problems</source>
        <translation>
            <numerusform>%Ln has a problem</numerusform><numerusform>%Ln have problems</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Show &amp;only the %Ln line(s) with problems</source>
        <translation>
            <numerusform>Show &amp;only the line with a problem</numerusform><numerusform>Show &amp;only the %Ln lines with problems</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Not possible for this file: %Ln line(s) have problems. Correct them and open the file again, or import the valid rows.</source>
        <translation>
            <numerusform>Not possible for this file: %Ln line has a problem. Correct it and open the file again, or import the valid rows.</numerusform><numerusform>Not possible for this file: %Ln lines have problems. Correct them and open the file again, or import the valid rows.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform><numerusform>%Ln items</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>the %Ln line(s) with problems</source>
        <translation>
            <numerusform>the line with a problem</numerusform><numerusform>the %Ln lines with problems</numerusform></translation>
    </message>
</context>
<context>
    <name>inventory::ItemsModel</name>
    <message numerus="yes">
        <source>%Ln item(s) named '%1…'</source>
        <translation>
            <numerusform>%Ln item named '%1…'</numerusform>
            <numerusform>%Ln items named '%1…'</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>inventory::MainWindow</name>
    <message numerus="yes">
        <source>Expired reservations will be cleaned up every %Ln minute(s) while this window is open.</source>
        <translation>
            <numerusform>Expired reservations will be cleaned up every %Ln minute while this window is open.</numerusform>
            <numerusform>Expired reservations will be cleaned up every %Ln minutes while this window is open.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>inventory::ReservationsPane</name>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… and %Ln more</numerusform>
            <numerusform>… and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unit(s)</source>
        <translation>
            <numerusform>%Ln unit</numerusform>
            <numerusform>%Ln units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reservation(s)</source>
        <translation>
            <numerusform>%Ln reservation</numerusform>
            <numerusform>%Ln reservations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the %1 selected is/are left out: %2.</source>
        <translation>
            <numerusform>%Ln of the %1 selected is left out: %2.</numerusform>
            <numerusform>%Ln of the %1 selected are left out: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %Ln reservation(s) permanent? It/They keeps/keep %1 out of stock for good and no longer expires/expire.</source>
        <translation>
            <numerusform>Make %Ln reservation permanent? It keeps %1 out of stock for good and no longer expires.</numerusform>
            <numerusform>Make %Ln reservations permanent? They keep %1 out of stock for good and no longer expire.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reservation(s) confirmed.</source>
        <translation>
            <numerusform>%Ln reservation confirmed.</numerusform>
            <numerusform>%Ln reservations confirmed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Release %Ln reservation(s)? It/They gives/give %1 back to stock and is/are cancelled.</source>
        <translation>
            <numerusform>Release %Ln reservation? It gives %1 back to stock and is cancelled.</numerusform>
            <numerusform>Release %Ln reservations? They give %1 back to stock and are cancelled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reservation(s) released.</source>
        <translation>
            <numerusform>%Ln reservation released.</numerusform>
            <numerusform>%Ln reservations released.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extend %Ln reservation(s) by (30m, 1h, 2h30m, 1d):</source>
        <translation>
            <numerusform>Extend %Ln reservation by (30m, 1h, 2h30m, 1d):</numerusform>
            <numerusform>Extend %Ln reservations by (30m, 1h, 2h30m, 1d):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move the expiry of %Ln reservation(s) %1 later?</source>
        <translation>
            <numerusform>Move the expiry of %Ln reservation %1 later?</numerusform>
            <numerusform>Move the expiry of %Ln reservations %1 later?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reservation(s) extended.</source>
        <translation>
            <numerusform>%Ln reservation extended.</numerusform>
            <numerusform>%Ln reservations extended.</numerusform>
        </translation>
    </message>
</context>
</TS>