<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>inventory</name>
    <message numerus="yes">
        <source>Item #%1 has %n temporary reservation(s) holding %2 units; it can be archived once they are confirmed, released or expired.</source>
        <translation>
            <numerusform>Item #%1 has %n temporary reservation holding %2 units; it can be archived once they are confirmed, released or expired.</numerusform>
            <numerusform>Item #%1 has %n temporary reservations holding %2 units; it can be archived once they are confirmed, released or expired.</numerusform>
        </translation>
    </message>
</context>
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
    <name>inventory::CountPane</name>
    <message numerus="yes">
        <source>%Ln differs/differ</source>
        <translation>
            <numerusform>%Ln differs</numerusform>
            <numerusform>%Ln differ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Post count #%1? It books %Ln count movement(s):</source>
        <translation>
            <numerusform>Post count #%1? It books %Ln count movement:</numerusform>
            <numerusform>Post count #%1? It books %Ln count movements:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) was/were not counted and books/book nothing.</source>
        <translation>
            <numerusform>%Ln item was not counted and books nothing.</numerusform>
            <numerusform>%Ln items were not counted and book nothing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln movement(s)</source>
        <translation>
            <numerusform>%Ln movement</numerusform>
            <numerusform>%Ln movements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>inventory::DashboardPane</name>
    <message numerus="yes">
        <source>%1 to %2: %Ln reservation(s) expire, %3; Enter shows them</source>
        <translation>
            <numerusform>%1 to %2: %Ln reservation expires, %3; Enter shows them</numerusform>
            <numerusform>%1 to %2: %Ln reservations expire, %3; Enter shows them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %Ln movement(s), net %3; Enter shows them in the history</source>
        <translation>
            <numerusform>%1, %2: %Ln movement, net %3; Enter shows them in the history</numerusform>
            <numerusform>%1, %2: %Ln movements, net %3; Enter shows them in the history</numerusform>
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
        <source>%1; %Ln more category(s): %2</source>
        <translation>
            <numerusform>%1; %Ln more category: %2</numerusform>
            <numerusform>%1; %Ln more categories: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>inventory::ExportDialog</name>
    <message numerus="yes">
        <source>Exported %Ln item(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln item to %1.</numerusform>
            <numerusform>Exported %Ln items to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) written</source>
        <translation>
            <numerusform>%Ln item written</numerusform>
            <numerusform>%Ln items written</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>inventory::HistoryPane</name>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest %Ln entry(s); more as you scroll</source>
        <translation>
            <numerusform>The newest entry; more as you scroll</numerusform>
            <numerusform>The newest %Ln entries; more as you scroll</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>inventory::ImportDialog</name>
    <message numerus="yes">
        <source>Imported %Ln item(s)</source>
        <translation>
            <numerusform>Imported %Ln item</numerusform>
            <numerusform>Imported %Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) skipped</source>
        <translation>
            <numerusform>%Ln line skipped</numerusform>
            <numerusform>%Ln lines skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) read</source>
        <translation>
            <numerusform>%Ln line read</numerusform>
            <numerusform>%Ln lines read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln line(s) are valid.</source>
        <translation>
            <numerusform>The %Ln line is valid.</numerusform>
            <numerusform>All %Ln lines are valid.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln line(s) is valid; there is nothing to import.</source>
        <translation>
            <numerusform>The %Ln line has a problem; there is nothing to import.</numerusform>
            <numerusform>None of the %Ln lines is valid; there is nothing to import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln have problems</source>
        <translation>
            <numerusform>%Ln has a problem</numerusform>
            <numerusform>%Ln have problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show &amp;only the %Ln line(s) with problems</source>
        <translation>
            <numerusform>Show &amp;only the line with a problem</numerusform>
            <numerusform>Show &amp;only the %Ln lines with problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not possible for this file: %Ln line(s) have problems. Correct them and open the file again, or import the valid rows.</source>
        <translation>
            <numerusform>Not possible for this file: %Ln line has a problem. Correct it and open the file again, or import the valid rows.</numerusform>
            <numerusform>Not possible for this file: %Ln lines have problems. Correct them and open the file again, or import the valid rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %Ln line(s) with problems</source>
        <translation>
            <numerusform>the line with a problem</numerusform>
            <numerusform>the %Ln lines with problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>inventory::ItemsModel</name>
    <message numerus="yes">
        <source>%Ln item(s) named &apos;%1…&apos;</source>
        <translation>
            <numerusform>%Ln item named &apos;%1…&apos;</numerusform>
            <numerusform>%Ln items named &apos;%1…&apos;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>inventory::LowStockPane</name>
    <message numerus="yes">
        <source>%Ln item(s) to reorder</source>
        <translation>
            <numerusform>%Ln item to reorder</numerusform>
            <numerusform>%Ln items to reorder</numerusform>
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
    <name>inventory::NewCountDialog</name>
    <message numerus="yes">
        <source>Open a count of the %Ln item(s) in %1</source>
        <translation>
            <numerusform>Open a count of the %Ln item in %1</numerusform>
            <numerusform>Open a count of the %Ln items in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>inventory::ReceiveDialog</name>
    <message numerus="yes">
        <source>%Ln unit(s)</source>
        <translation>
            <numerusform>%Ln unit</numerusform>
            <numerusform>%Ln units</numerusform>
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
<context>
    <name>inventory::StockActions</name>
    <message numerus="yes">
        <source>receipt of %Ln unit(s) of %1</source>
        <translation>
            <numerusform>receipt of %Ln unit of %1</numerusform>
            <numerusform>receipt of %Ln units of %1</numerusform>
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
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>inventory::validate</name>
    <message numerus="yes">
        <source>&apos;%1&apos; has %n digit(s); an EAN-13 has 13 and a UPC-A 12.</source>
        <translation>
            <numerusform>&apos;%1&apos; has %n digit; an EAN-13 has 13 and a UPC-A 12.</numerusform>
            <numerusform>&apos;%1&apos; has %n digits; an EAN-13 has 13 and a UPC-A 12.</numerusform>
        </translation>
    </message>
</context>
</TS>
