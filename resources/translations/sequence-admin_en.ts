<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>sa::AccessOverviewModel</name>
    <message numerus="yes">
        <source>%n of %1 users can %2 on %3. Click to list them.</source>
        <translation>
            <numerusform>%n of %1 users can %2 on %3. Click to see who.</numerusform>
            <numerusform>%n of %1 users can %2 on %3. Click to list them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sa::ComparePane</name>
    <message numerus="yes">
        <source>%n permissions differ; they are framed.</source>
        <translation>
            <numerusform>%n permission differs; it is framed.</numerusform>
            <numerusform>%n permissions differ; they are framed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sa::ConnectionDialog</name>
    <message numerus="yes">
        <source>Connected. The account has %Ln users.</source>
        <translation>
            <numerusform>Connected. The account has %Ln user.</numerusform>
            <numerusform>Connected. The account has %Ln users.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sa::ExportDialog</name>
    <message numerus="yes">
        <source>Exports all %Ln loaded users.</source>
        <translation>
            <numerusform>Exports the %Ln loaded user.</numerusform>
            <numerusform>Exports all %Ln loaded users.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The other %Ln users of the account are not loaded yet.</source>
        <translation>
            <numerusform>The other %Ln user of the account is not loaded yet.</numerusform>
            <numerusform>The other %Ln users of the account are not loaded yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exports the %Ln selected users, and no others.</source>
        <translation>
            <numerusform>Exports the %Ln selected user, and no other.</numerusform>
            <numerusform>Exports the %Ln selected users, and no others.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sa::FindingsModel</name>
    <message numerus="yes">
        <source>(+%n with an exception)</source>
        <translation>
            <numerusform>(+%n with an exception)</numerusform>
            <numerusform>(+%n with an exception)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sa::MainWindow</name>
    <message numerus="yes">
        <source>Exported %Ln users to %1</source>
        <translation>
            <numerusform>Exported %Ln user to %1</numerusform>
            <numerusform>Exported %Ln users to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Compared with the snapshot of %1 (%Ln users):</source>
        <translation>
            <numerusform>Compared with the snapshot of %1 (%Ln user):</numerusform>
            <numerusform>Compared with the snapshot of %1 (%Ln users):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln users added, </source>
        <translation>
            <numerusform>%Ln user added, </numerusform>
            <numerusform>%Ln users added, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln removed, </source>
        <translation>
            <numerusform>%Ln removed, </numerusform>
            <numerusform>%Ln removed, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln permissions gained or lost.</source>
        <translation>
            <numerusform>%Ln permission gained or lost.</numerusform>
            <numerusform>%Ln permissions gained or lost.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading the rest of the account: counts, filters, the overview and exports cover the %Ln users loaded so far; %1 are not loaded yet. Esc stops loading.</source>
        <translation>
            <numerusform>Loading the rest of the account: counts, filters, the overview and exports cover the %Ln user loaded so far; %1 are not loaded yet. Esc stops loading.</numerusform>
            <numerusform>Loading the rest of the account: counts, filters, the overview and exports cover the %Ln users loaded so far; %1 are not loaded yet. Esc stops loading.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Partial answers: counts, filters, the overview and exports cover only the %Ln users loaded; %1 are not loaded. &lt;a href=&quot;load&quot;&gt;Load the rest&lt;/a&gt; (Ctrl+L).</source>
        <translation>
            <numerusform>Partial answers: counts, filters, the overview and exports cover only the %Ln user loaded; %1 are not loaded. &lt;a href=&quot;load&quot;&gt;Load the rest&lt;/a&gt; (Ctrl+L).</numerusform>
            <numerusform>Partial answers: counts, filters, the overview and exports cover only the %Ln users loaded; %1 are not loaded. &lt;a href=&quot;load&quot;&gt;Load the rest&lt;/a&gt; (Ctrl+L).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Partial: users holding each permission among the %Ln users shown, drawn from the %1 loaded so far; %2 users of the account are not loaded yet. Click a cell to list them.</source>
        <translation>
            <numerusform>Partial: users holding each permission among the %Ln user shown, drawn from the %1 loaded so far; %2 users of the account are not loaded yet. Click a cell to list them.</numerusform>
            <numerusform>Partial: users holding each permission among the %Ln users shown, drawn from the %1 loaded so far; %2 users of the account are not loaded yet. Click a cell to list them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Users holding each permission, among the %Ln users shown. Click a cell to list exactly who can do that.</source>
        <translation>
            <numerusform>Users holding each permission, among the %Ln user shown. Click a cell to list exactly who can do that.</numerusform>
            <numerusform>Users holding each permission, among the %Ln users shown. Click a cell to list exactly who can do that.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The choices come from the %Ln users loaded so far.</source>
        <translation>
            <numerusform>The choices come from the %Ln user loaded so far.</numerusform>
            <numerusform>The choices come from the %Ln users loaded so far.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded %1 of %Ln users</source>
        <translation>
            <numerusform>Loaded %1 of %Ln user</numerusform>
            <numerusform>Loaded %1 of %Ln users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded %Ln users</source>
        <translation>
            <numerusform>Loaded %Ln user</numerusform>
            <numerusform>Loaded %Ln users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln users match: %1</source>
        <translation>
            <numerusform>%Ln user matches: %1</numerusform>
            <numerusform>%Ln users match: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>E&amp;xport the %Ln selected users…</source>
        <translation>
            <numerusform>E&amp;xport the %Ln selected user…</numerusform>
            <numerusform>E&amp;xport the %Ln selected users…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refreshing in the background: %1 of %Ln users…</source>
        <translation>
            <numerusform>Refreshing in the background: %1 of %Ln user…</numerusform>
            <numerusform>Refreshing in the background: %1 of %Ln users…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, %Ln users</source>
        <translation>
            <numerusform>%1, %2, %Ln user</numerusform>
            <numerusform>%1, %2, %Ln users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln rules violated. Click a rule to list the users who break it.</source>
        <translation>
            <numerusform>%1 of %Ln rule violated. Click a rule to list the users who break it.</numerusform>
            <numerusform>%1 of %Ln rules violated. Click a rule to list the users who break it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Partial: evaluated on the %Ln users loaded so far; load all (Ctrl+L) for the whole account.</source>
        <translation>
            <numerusform>Partial: evaluated on the %Ln user loaded so far; load all (Ctrl+L) for the whole account.</numerusform>
            <numerusform>Partial: evaluated on the %Ln users loaded so far; load all (Ctrl+L) for the whole account.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln users break %1.</source>
        <translation>
            <numerusform>%Ln user breaks %1.</numerusform>
            <numerusform>%Ln users break %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>about %n min left</numerusform>
            <numerusform>about %n min left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>about %n s left</numerusform>
            <numerusform>about %n s left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sa::UserLoader</name>
    <message numerus="yes">
        <source>Loading did not finish within %1 s, the deadline set for it. The %n users loaded so far are kept.</source>
        <translation>
            <numerusform>Loading did not finish within %1 s, the deadline set for it. The %n user loaded so far is kept.</numerusform>
            <numerusform>Loading did not finish within %1 s, the deadline set for it. The %n users loaded so far are kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pages in a row brought no user not already loaded, yet each named a next page.</source>
        <translation>
            <numerusform>%n page brought no user not already loaded, yet it named a next page.</numerusform>
            <numerusform>%n pages in a row brought no user not already loaded, yet each named a next page.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s paging is not making progress at page %1: %2 Loading stopped; the %n users loaded so far are kept.</source>
        <translation>
            <numerusform>The server&apos;s paging is not making progress at page %1: %2 Loading stopped; the %n user loaded so far is kept.</numerusform>
            <numerusform>The server&apos;s paging is not making progress at page %1: %2 Loading stopped; the %n users loaded so far are kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s pagination loops: page %1 named a next page it had named before. Loading stopped; the %n users loaded so far are kept.</source>
        <translation>
            <numerusform>The server&apos;s pagination loops: page %1 named a next page it had named before. Loading stopped; the %n user loaded so far is kept.</numerusform>
            <numerusform>The server&apos;s pagination loops: page %1 named a next page it had named before. Loading stopped; the %n users loaded so far are kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sa::UserTableModel</name>
    <message numerus="yes">
        <source>%1 (differs from the standard role: %n extra, %2 missing)</source>
        <translation>
            <numerusform>%1 (differs from the standard role: %n extra, %2 missing)</numerusform>
            <numerusform>%1 (differs from the standard role: %n extra, %2 missing)</numerusform>
        </translation>
    </message>
</context>
</TS>
