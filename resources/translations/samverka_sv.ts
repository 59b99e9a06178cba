<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>ActionPlanBuilder</name>
    <message>
        <source>Method: %1</source>
        <translation>Metod: %1</translation>
    </message>
    <message>
        <source>Aimed at: %1</source>
        <translation>Riktad mot: %1</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Sekretessbelagd</translation>
    </message>
    <message>
        <source>Goal</source>
        <extracomment>sv: Mål | Aktivitet | När | Ansvarig</extracomment>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Bakgrund</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Handlingsplan</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parter</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Other goals and measures</source>
        <extracomment>sv: Övriga mål och åtgärder</extracomment>
        <translation>Övriga mål och åtgärder</translation>
    </message>
    <message>
        <source>Not placed under a focus area.</source>
        <translation>Inte placerade under något fokusområde.</translation>
    </message>
    <message>
        <source>The agreement has no goals or measures yet.</source>
        <translation>Överenskommelsen har inga mål eller åtgärder ännu.</translation>
    </message>
</context>
<context>
    <name>AgreementDocumentBuilder</name>
    <message>
        <source>every month</source>
        <translation>varje månad</translation>
    </message>
    <message>
        <source>four times a year</source>
        <translation>fyra gånger per år</translation>
    </message>
    <message>
        <source>twice a year</source>
        <translation>två gånger per år</translation>
    </message>
    <message>
        <source>once a year</source>
        <translation>en gång per år</translation>
    </message>
    <message numerus="yes">
        <source>every %n months</source>
        <translation>
            <numerusform>med %n månads mellanrum</numerusform>
            <numerusform>med %n månaders mellanrum</numerusform>
        </translation>
    </message>
    <message>
        <source>indicator: %1</source>
        <translation>indikator: %1</translation>
    </message>
    <message>
        <source>baseline %1</source>
        <translation>utgångsvärde %1</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>målvärde %1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 senast %2</translation>
    </message>
    <message>
        <source>Collaboration agreement</source>
        <translation>Samverkansöverenskommelse</translation>
    </message>
    <message>
        <source>between %1</source>
        <translation>mellan %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>status (place and date of signing)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Diary numbers</source>
        <translation>Diarienummer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Ersätter</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Beslutad av</translation>
    </message>
    <message>
        <source>%1 commits to</source>
        <comment>a party&apos;s commitments</comment>
        <translation>Åtaganden för %1</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>group kind: name</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Meets</source>
        <extracomment>sv: Träffas</extracomment>
        <translation>Sammanträder</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Coordinators</source>
        <translation>Samordnare</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Samordnare</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Part 1: Strategic agreement</source>
        <extracomment>sv: Del 1: Strategisk överenskommelse</extracomment>
        <translation>Del 1: Strategisk överenskommelse</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Inledning</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Syfte</translation>
    </message>
    <message>
        <source>Starting points</source>
        <translation>Utgångspunkter</translation>
    </message>
    <message>
        <source>Collaboration model</source>
        <translation>Samverkansmodell</translation>
    </message>
    <message>
        <source>Commitments of the parties</source>
        <translation>Parternas åtaganden</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Report to %1 %2</source>
        <comment>report to &lt;the steering group&gt; &lt;twice a year&gt;</comment>
        <translation>Rapport till %1 %2</translation>
    </message>
    <message>
        <source>Part 2: Focus areas and commitments</source>
        <extracomment>sv: Del 2: Fokusområden och åtaganden</extracomment>
        <translation>Del 2: Fokusområden och åtaganden</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>numbered focus area</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Bakgrund</translation>
    </message>
    <message>
        <source>Problem %1: %2</source>
        <translation>Problem %1: %2</translation>
    </message>
    <message>
        <source>Prioritised problems</source>
        <translation>Prioriterade problem</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Commitments during the period</source>
        <translation>Åtaganden under perioden</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Underskrifter</translation>
    </message>
    <message>
        <source>Appendix 1: Joint problem picture and cause analysis</source>
        <extracomment>sv: Bilaga 1: Gemensam problembild och orsaksanalys</extracomment>
        <translation>Bilaga 1: Gemensam problembild och orsaksanalys</translation>
    </message>
    <message>
        <source>Appendix 2: Action plans</source>
        <extracomment>sv: Bilaga 2: Handlingsplaner</extracomment>
        <translation>Bilaga 2: Handlingsplaner</translation>
    </message>
    <message>
        <source>Other goals and measures</source>
        <extracomment>sv: Övriga mål och åtgärder</extracomment>
        <translation>Övriga mål och åtgärder</translation>
    </message>
    <message>
        <source>Not placed under a focus area.</source>
        <translation>Inte placerade under något fokusområde.</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Åtgärder</translation>
    </message>
</context>
<context>
    <name>AgreementLabel</name>
    <message>
        <source>Untitled agreement</source>
        <translation>Namnlös överenskommelse</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>agreement (status)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>AgreementTables</name>
    <message>
        <source>Focus area</source>
        <extracomment>sv: Fokusområde</extracomment>
        <translation>Fokusområde</translation>
    </message>
    <message>
        <source>Action plan</source>
        <extracomment>sv: Handlingsplan</extracomment>
        <translation>Handlingsplan</translation>
    </message>
    <message>
        <source>Other goals and measures</source>
        <extracomment>sv: Övriga mål och åtgärder</extracomment>
        <translation>Övriga mål och åtgärder</translation>
    </message>
    <message>
        <source>Measure</source>
        <extracomment>sv: Åtgärd</extracomment>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <extracomment>sv: Slut</extracomment>
        <translation>Slut</translation>
    </message>
    <message>
        <source>When (as worded)</source>
        <extracomment>sv: När (som i planen)</extracomment>
        <translation>När (som i planen)</translation>
    </message>
    <message>
        <source>Responsible parties</source>
        <extracomment>sv: Ansvariga parter</extracomment>
        <translation>Ansvariga parter</translation>
    </message>
    <message>
        <source>Responsible (as worded)</source>
        <extracomment>sv: Ansvarig (som i planen)</extracomment>
        <translation>Ansvarig (som i planen)</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>Ansvarig person</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metod</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Aimed at</source>
        <extracomment>sv: Riktad mot</extracomment>
        <translation>Riktad mot</translation>
    </message>
    <message>
        <source>Horizon</source>
        <extracomment>sv: Tidsperspektiv</extracomment>
        <translation>Tidsperspektiv</translation>
    </message>
    <message>
        <source>Budget (SEK)</source>
        <extracomment>sv: Budget (kr)</extracomment>
        <translation>Budget (kr)</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timmar</translation>
    </message>
    <message>
        <source>Planned count</source>
        <extracomment>sv: Planerat antal</extracomment>
        <translation>Planerat antal</translation>
    </message>
    <message>
        <source>Done count</source>
        <extracomment>sv: Genomfört antal</extracomment>
        <translation>Genomfört antal</translation>
    </message>
    <message>
        <source>Causes</source>
        <extracomment>sv: Orsaker</extracomment>
        <translation>Orsaker</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Latest follow-up</source>
        <extracomment>sv: Senaste uppföljning</extracomment>
        <translation>Senaste uppföljning</translation>
    </message>
    <message>
        <source>Latest assessment</source>
        <extracomment>sv: Senaste bedömning</extracomment>
        <translation>Senaste bedömning</translation>
    </message>
    <message>
        <source>Latest follow-up text</source>
        <extracomment>sv: Senaste uppföljningens text</extracomment>
        <translation>Senaste uppföljningens text</translation>
    </message>
    <message>
        <source>Confidential</source>
        <extracomment>sv: Sekretess</extracomment>
        <translation>Sekretess</translation>
    </message>
    <message>
        <source>All measures</source>
        <extracomment>sv: Alla åtgärder</extracomment>
        <translation>Alla åtgärder</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>sv: Slag (process or effect follow-up)</extracomment>
        <translation>Slag</translation>
    </message>
    <message>
        <source>Concerns</source>
        <extracomment>sv: Avser (the measure or goal followed up)</extracomment>
        <translation>Avser</translation>
    </message>
    <message>
        <source>Times done</source>
        <extracomment>sv: Antal gånger</extracomment>
        <translation>Antal gånger</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Assessment</source>
        <extracomment>sv: Bedömning</extracomment>
        <translation>Bedömning</translation>
    </message>
    <message>
        <source>Reported to</source>
        <extracomment>sv: Rapporterad till</extracomment>
        <translation>Rapporterad till</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Author</source>
        <extracomment>sv: Författare</extracomment>
        <translation>Författare</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <extracomment>sv: Uppföljningar</extracomment>
        <translation>Uppföljningar</translation>
    </message>
</context>
<context>
    <name>AppCommandLine</name>
    <message>
        <source>Open the demo, save screenshots of the main screens to DIR and quit.</source>
        <translation>Öppna demon, spara skärmbilder av huvudvyerna i MAPP och avsluta.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>MAPP</translation>
    </message>
    <message>
        <source>Samverka: collaboration agreements between the municipality and the police.</source>
        <translation>Samverka: samverkansöverenskommelser mellan kommunen och polisen.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fil</translation>
    </message>
    <message>
        <source>A municipality file (.samverka) to open.</source>
        <translation>En kommunfil (.samverka) att öppna.</translation>
    </message>
</context>
<context>
    <name>CalendarBuilder</name>
    <message>
        <source>[Confidential] %1</source>
        <translation>[Sekretess] %1</translation>
    </message>
    <message>
        <source>Confidential: not for publication.</source>
        <translation>Sekretessbelagd: får inte publiceras.</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Sekretess</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>När: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Measure starts: %1 – %2</source>
        <translation>Åtgärden börjar: %1 – %2</translation>
    </message>
    <message>
        <source>Measure ends: %1 – %2</source>
        <translation>Åtgärden slutar: %1 – %2</translation>
    </message>
    <message>
        <source>Follow-up: %1 – %2</source>
        <translation>Uppföljning: %1 – %2</translation>
    </message>
    <message>
        <source>Assessment: %1</source>
        <translation>Bedömning: %1</translation>
    </message>
    <message>
        <source>Author: %1</source>
        <translation>Skriven av: %1</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Report to the %1: %2</source>
        <translation>Rapport till %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The follow-up plan asks for a report to the %1 every %n month(s).</source>
        <translation>
            <numerusform>Uppföljningsplanen kräver en rapport till %1 varje månad.</numerusform>
            <numerusform>Uppföljningsplanen kräver en rapport till %1 var %n:e månad.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>Rapportering</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>Meeting: %1</source>
        <translation>Möte: %1</translation>
    </message>
    <message>
        <source>Meeting: %1 – %2</source>
        <translation>Möte: %1 – %2</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>Grupp: %1</translation>
    </message>
    <message>
        <source>Situation picture to be updated: %1</source>
        <translation>Lägesbilden ska uppdateras: %1</translation>
    </message>
    <message>
        <source>The next update of the situation picture (Act 2023:196, section 4).</source>
        <translation>Nästa uppdatering av lägesbilden enligt 4 § lagen (2023:196) om kommuners ansvar för brottsförebyggande arbete.</translation>
    </message>
    <message>
        <source>Situation picture</source>
        <translation>Lägesbild</translation>
    </message>
    <message>
        <source>Follow-up of the measure plan: %1</source>
        <translation>Uppföljning av åtgärdsplanen: %1</translation>
    </message>
    <message>
        <source>Every measure of the plan is rated green, yellow or red.</source>
        <translation>Varje åtgärd i planen bedöms som grön, gul eller röd.</translation>
    </message>
    <message>
        <source>Measure plan</source>
        <translation>Åtgärdsplan</translation>
    </message>
    <message>
        <source>Samverka – %1</source>
        <translation>Samverka – %1</translation>
    </message>
</context>
<context>
    <name>CalendarExporter</name>
    <message>
        <source>Could not make the calendar: %1</source>
        <translation>Det gick inte att skapa kalendern: %1</translation>
    </message>
    <message>
        <source>Unknown agreement: %1</source>
        <translation>Okänd överenskommelse: %1</translation>
    </message>
</context>
<context>
    <name>ChangesDocumentBuilder</name>
    <message>
        <source>“%1” replaces no agreement in the file: name the one to compare it with.</source>
        <translation>”%1” ersätter ingen överenskommelse i filen: ange vilken den ska jämföras med.</translation>
    </message>
    <message>
        <source>Changes to the agreement</source>
        <translation>Ändringar i överenskommelsen</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>Jämförd med</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>A signed agreement no longer matches its fingerprint: it is compared as it now stands, not as it was signed.</source>
        <translation>En undertecknad överenskommelse stämmer inte längre med sitt fingeravtryck: den jämförs som den ser ut nu, inte som den undertecknades.</translation>
    </message>
    <message>
        <source>The two agreements have no differences.</source>
        <translation>De två överenskommelserna skiljer sig inte åt.</translation>
    </message>
    <message>
        <source>Struck text was removed, underlined text added. A record marked “matched by content” was recognised by its number, title or text, not by where Revidera copied it from.</source>
        <translation>Överstruken text är borttagen, understruken tillagd. En post märkt ”matchad på innehåll” har känts igen på sitt nummer, sin titel eller text, inte på var Revidera kopierade den från.</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>matched by content</source>
        <translation>matchad på innehåll</translation>
    </message>
    <message>
        <source>confidential</source>
        <translation>sekretessbelagd</translation>
    </message>
    <message>
        <source>empty</source>
        <extracomment>sv: tomt</extracomment>
        <translation>tomt</translation>
    </message>
</context>
<context>
    <name>CitizenPromisesBuilder</name>
    <message>
        <source>Citizen promises</source>
        <translation>Medborgarlöften</translation>
    </message>
    <message>
        <source>The agreement has no citizen promises yet.</source>
        <translation>Överenskommelsen har inga medborgarlöften ännu.</translation>
    </message>
    <message>
        <source>Citizen promises %1</source>
        <translation>Medborgarlöften %1</translation>
    </message>
    <message>
        <source>Responsible: %1</source>
        <translation>Ansvarig: %1</translation>
    </message>
    <message>
        <source>The promises are based on: %1.</source>
        <translation>Löftena bygger på: %1.</translation>
    </message>
</context>
<context>
    <name>DocumentBuilder</name>
    <message>
        <source>Collaboration agreement</source>
        <translation>Samverkansöverenskommelse</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Handlingsplan</translation>
    </message>
    <message>
        <source>Citizen promises</source>
        <translation>Medborgarlöften</translation>
    </message>
    <message>
        <source>Follow-up report</source>
        <translation>Uppföljningsrapport</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>document kind: agreement title</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Signed %1</source>
        <comment>signed &lt;place and date&gt;</comment>
        <extracomment>sv: Undertecknad %1</extracomment>
        <translation>Undertecknad %1</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Undertecknad</translation>
    </message>
    <message>
        <source>Fingerprint %1</source>
        <extracomment>sv: Fingeravtryck %1</extracomment>
        <translation>Fingeravtryck %1</translation>
    </message>
    <message>
        <source>Situation picture</source>
        <extracomment>sv: Lägesbild</extracomment>
        <translation>Lägesbild</translation>
    </message>
    <message>
        <source>Measure plan</source>
        <extracomment>sv: Åtgärdsplan</extracomment>
        <translation>Åtgärdsplan</translation>
    </message>
    <message>
        <source>Changes to the agreement</source>
        <extracomment>sv: Ändringar i överenskommelsen</extracomment>
        <translation>Ändringar i överenskommelsen</translation>
    </message>
</context>
<context>
    <name>DocumentContext</name>
    <message>
        <source>Unknown agreement: %1</source>
        <translation>Okänd överenskommelse: %1</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>a list of names: &apos;A, B&apos; and &apos;C&apos;</comment>
        <translation>%1 och %2</translation>
    </message>
    <message>
        <source>the parties</source>
        <comment>who holds confidential information</comment>
        <translation>parterna</translation>
    </message>
    <message>
        <source>Information held by %1 (confidential)</source>
        <extracomment>sv: Uppgift finns hos %1 (sekretess)</extracomment>
        <translation>Uppgift finns hos %1 (sekretess)</translation>
    </message>
    <message>
        <source>from the date of signing</source>
        <extracomment>sv: från undertecknandet</extracomment>
        <translation>från undertecknandet</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>period from – to</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 – until further notice</source>
        <extracomment>sv: %1 – tills vidare</extracomment>
        <translation>%1 – tills vidare</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>från och med %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>till och med %1</translation>
    </message>
    <message>
        <source>%1, then until further notice</source>
        <extracomment>sv: %1, därefter tills vidare</extracomment>
        <translation>%1, därefter tills vidare</translation>
    </message>
    <message>
        <source>Ref. no. %1</source>
        <comment>diary number(s) in the page header: Dnr</comment>
        <extracomment>sv: Dnr %1</extracomment>
        <translation>Dnr %1</translation>
    </message>
</context>
<context>
    <name>DocumentRenderer</name>
    <message>
        <source>DRAFT</source>
        <extracomment>sv: UTKAST</extracomment>
        <translation>UTKAST</translation>
    </message>
    <message>
        <source>Contains information subject to confidentiality</source>
        <extracomment>sv: Innehåller uppgifter som omfattas av sekretess</extracomment>
        <translation>Innehåller uppgifter som omfattas av sekretess</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>sv: Sida %1 av %2</extracomment>
        <translation>Sida %1 av %2</translation>
    </message>
</context>
<context>
    <name>ExportTableCommand</name>
    <message>
        <source>--%1: “%2” is not one of %3.</source>
        <extracomment>sv: --%1: ”%2” är inte en av %3.</extracomment>
        <translation>--%1: ”%2” är inte en av %3.</translation>
    </message>
    <message>
        <source>Wrote %1 (1 row).</source>
        <translation>Skrev %1 (1 rad).</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 rows).</source>
        <translation>Skrev %1 (%2 rader).</translation>
    </message>
    <message>
        <source>Usage: samverka-cli export-table FILE.samverka --agreement ID --table action-plan|measures|follow-ups --format xlsx|csv --output OUT [--include-confidential]
       samverka-cli export-table FILE.samverka --table statistics --format xlsx|csv --output OUT
Writes a table of the agreement in Swedish: action-plan is one sheet per focus area (Goal, Activity, When, Responsible), measures every measure with every field, follow-ups the follow-ups. statistics is the file&apos;s reported crimes by category and type, one sheet per year. xlsx is an Excel workbook; csv is UTF-8 with BOM, semicolons and decimal comma, and puts several sheets in one table (the action plan with a first column naming the focus area). Confidential items are left out unless --include-confidential is given; then they are marked.</source>
        <translation>Användning: samverka-cli export-table FIL.samverka --agreement ID --table action-plan|measures|follow-ups --format xlsx|csv --output UT [--include-confidential]
       samverka-cli export-table FIL.samverka --table statistics --format xlsx|csv --output UT
Skriver en tabell ur överenskommelsen på svenska: action-plan är ett blad per fokusområde (Mål, Aktivitet, När, Ansvarig), measures alla åtgärder med alla uppgifter, follow-ups uppföljningarna. statistics är filens anmälda brott efter kategori och typ, ett blad per år. xlsx är en Excel-arbetsbok; csv är UTF-8 med BOM, semikolon och decimalkomma, och samlar flera blad i en tabell (handlingsplanen med en första kolumn som anger fokusområdet). Sekretessbelagda uppgifter lämnas utanför om inte --include-confidential anges; då är de märkta.</translation>
    </message>
    <message>
        <source>--agreement does not apply to statistics: they are the file&apos;s.</source>
        <extracomment>sv: --agreement gäller inte statistics: statistiken är filens.</extracomment>
        <translation>--agreement gäller inte statistics: statistiken är filens.</translation>
    </message>
</context>
<context>
    <name>FollowUpReportBuilder</name>
    <message>
        <source>%1: was to be done by %2 (%3)</source>
        <translation>%1: skulle ha genomförts senast %2 (%3)</translation>
    </message>
    <message>
        <source>Report to %1 due %2</source>
        <translation>Rapport till %1 senast %2</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Försenat</translation>
    </message>
    <message>
        <source>Nothing is late.</source>
        <translation>Inget är försenat.</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planerat</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Genomfört</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Utgångsvärde</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Målvärde</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>Senaste värde</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Follow-up report</source>
        <translation>Uppföljningsrapport</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Rapportdatum</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parter</translation>
    </message>
    <message>
        <source>Statistics %1: %2</source>
        <extracomment>sv: Statistik %1: %2</extracomment>
        <translation>Statistik %1: %2</translation>
    </message>
</context>
<context>
    <name>LawDocumentDecoration</name>
    <message>
        <source>%1: %2</source>
        <comment>document kind: title</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Ref. no. %1</source>
        <extracomment>sv: Dnr %1</extracomment>
        <translation>Dnr %1</translation>
    </message>
</context>
<context>
    <name>MeasurePlanBuilder</name>
    <message>
        <source>The file has no measure plan.</source>
        <translation>Filen har ingen åtgärdsplan.</translation>
    </message>
    <message>
        <source>Unknown measure plan: %1</source>
        <translation>Okänd åtgärdsplan: %1</translation>
    </message>
    <message>
        <source>No situation picture is linked to the plan</source>
        <extracomment>sv: Ingen lägesbild är kopplad till planen</extracomment>
        <translation>Ingen lägesbild är kopplad till planen</translation>
    </message>
    <message>
        <source>A situation picture that is no longer in the file (%1)</source>
        <translation>En lägesbild som inte längre finns i filen (%1)</translation>
    </message>
    <message>
        <source>%1 (a draft, not adopted)</source>
        <extracomment>sv: %1 (utkast, inte fastställd)</extracomment>
        <translation>%1 (ett utkast, inte fastställd)</translation>
    </message>
    <message>
        <source>%1 (adopted)</source>
        <translation>%1 (fastställd)</translation>
    </message>
    <message>
        <source>%1 (adopted %2)</source>
        <extracomment>sv: %1 (fastställd %2)</extracomment>
        <translation>%1 (fastställd %2)</translation>
    </message>
    <message>
        <source>Measure plan</source>
        <extracomment>sv: ÅTGÄRDSPLAN</extracomment>
        <translation>Åtgärdsplan</translation>
    </message>
    <message>
        <source>Crime prevention measures in the municipality, under the Act (2023:196) on the municipalities&apos; responsibility for crime prevention</source>
        <extracomment>sv: Brottsförebyggande åtgärder i %1 enligt lagen (2023:196) om kommuners ansvar för brottsförebyggande arbete</extracomment>
        <translation>Brottsförebyggande åtgärder i kommunen enligt lagen (2023:196) om kommuners ansvar för brottsförebyggande arbete</translation>
    </message>
    <message>
        <source>Crime prevention measures in %1, under the Act (2023:196) on the municipalities&apos; responsibility for crime prevention</source>
        <translation>Brottsförebyggande åtgärder i %1 enligt lagen (2023:196) om kommuners ansvar för brottsförebyggande arbete</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>date (note)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Valid</source>
        <extracomment>sv: Giltighetstid, Status, Beslutad av, Diarienummer, Grundad på, Uppföljning</extracomment>
        <translation>Giltighetstid</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Beslutad av</translation>
    </message>
    <message>
        <source>Diary number</source>
        <translation>Diarienummer</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>Grundad på</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>%1 (confidential)</source>
        <translation>%1 (sekretess)</translation>
    </message>
    <message>
        <source>Problem %1</source>
        <translation>Problem %1</translation>
    </message>
    <message>
        <source>The situation picture&apos;s problems</source>
        <extracomment>sv: Lägesbildens problem</extracomment>
        <translation>Lägesbildens problem</translation>
    </message>
    <message>
        <source>Problems covered by secrecy are left out of this copy.</source>
        <translation>Problem som omfattas av sekretess är utelämnade i detta exemplar.</translation>
    </message>
    <message>
        <source>1. Background</source>
        <extracomment>sv: 1. Bakgrund</extracomment>
        <translation>1. Bakgrund</translation>
    </message>
    <message>
        <source>The plan&apos;s background is not written yet.</source>
        <translation>Planens bakgrund är inte skriven ännu.</translation>
    </message>
    <message>
        <source>The plan is not linked to a situation picture. The law asks that it be based on the municipality&apos;s situation picture.</source>
        <translation>Planen är inte kopplad till någon lägesbild. Lagen kräver att den grundas på kommunens lägesbild.</translation>
    </message>
    <message>
        <source>The situation picture the plan was based on (%1) is no longer in the file.</source>
        <translation>Lägesbilden som planen grundades på (%1) finns inte längre i filen.</translation>
    </message>
    <message>
        <source>The plan is based on the situation picture “%1”</source>
        <translation>Planen grundas på lägesbilden ”%1”</translation>
    </message>
    <message>
        <source>%1, adopted by %2 on %3</source>
        <comment>situation picture, by body, on date</comment>
        <translation>%1, fastställd av %2 den %3</translation>
    </message>
    <message>
        <source>%1, adopted on %2</source>
        <translation>%1, fastställd den %2</translation>
    </message>
    <message>
        <source>%1, which is a draft and not adopted</source>
        <translation>%1, som är ett utkast och inte fastställd</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <source>2. Measures</source>
        <extracomment>sv: 2. Åtgärder</extracomment>
        <translation>2. Åtgärder</translation>
    </message>
    <message>
        <source>One row per measure, in Brå&apos;s template. Cause: the causes in the agreement with the police (“Cause 1.2”) or the problems of the situation picture (“Problem 3”) the measure is aimed at. Follow-up: the latest rating, green, yellow or red.</source>
        <translation>En rad per åtgärd, enligt Brås mall. Orsak: de orsaker i överenskommelsen med polisen (”Orsak 1.2”) eller de problem i lägesbilden (”Problem 3”) som åtgärden riktar sig mot. Uppföljning: den senaste bedömningen, grön, gul eller röd.</translation>
    </message>
    <message>
        <source>The plan has no measures yet.</source>
        <translation>Planen har inga åtgärder ännu.</translation>
    </message>
    <message>
        <source>Measures covered by secrecy are left out of this copy.</source>
        <translation>Åtgärder som omfattas av sekretess är utelämnade i detta exemplar.</translation>
    </message>
    <message>
        <source>Causes covered by secrecy are left out of this copy.</source>
        <translation>Orsaker som omfattas av sekretess är utelämnade i detta exemplar.</translation>
    </message>
</context>
<context>
    <name>MunicipalityLogo</name>
    <message>
        <source>The file is empty.</source>
        <translation>Filen är tom.</translation>
    </message>
    <message>
        <source>The file is %1 MB; a logo may be at most %2 MB.</source>
        <translation>Filen är %1 MB; en logotyp får vara högst %2 MB.</translation>
    </message>
    <message>
        <source>The file is not an SVG picture that can be drawn.</source>
        <translation>Filen är inte en SVG-bild som kan ritas.</translation>
    </message>
    <message>
        <source>The file is not a picture in a known format (SVG or PNG).</source>
        <translation>Filen är inte en bild i ett känt format (SVG eller PNG).</translation>
    </message>
    <message>
        <source>The picture is %1 × %2: too narrow or too wide for a logo.</source>
        <translation>Bilden är %1 × %2: för smal eller för bred för en logotyp.</translation>
    </message>
</context>
<context>
    <name>OdtContentRewriter</name>
    <message>
        <source>Could not read %1 of the document: %2</source>
        <translation>Kunde inte läsa dokumentets %1: %2</translation>
    </message>
</context>
<context>
    <name>OdtExporter</name>
    <message>
        <source>This is an editable copy. The original is the signed PDF file.</source>
        <extracomment>sv: Detta är en redigerbar kopia. Originalet är den undertecknade PDF-filen.</extracomment>
        <translation>Detta är en redigerbar kopia. Originalet är den undertecknade PDF-filen.</translation>
    </message>
    <message>
        <source>Qt could not write the document as OpenDocument text.</source>
        <translation>Qt kunde inte skriva dokumentet som OpenDocument-text.</translation>
    </message>
    <message>
        <source>Qt&apos;s OpenDocument text has no %1.</source>
        <translation>Qt:s OpenDocument-text saknar %1.</translation>
    </message>
</context>
<context>
    <name>OdtPackage</name>
    <message>
        <source>Could not make the document&apos;s package: %1</source>
        <translation>Kunde inte skapa dokumentets paket: %1</translation>
    </message>
    <message>
        <source>Could not read the document&apos;s package: %1</source>
        <translation>Kunde inte läsa dokumentets paket: %1</translation>
    </message>
</context>
<context>
    <name>OverviewCommand</name>
    <message>
        <source>--today: “%1” is not a date; write YYYY-MM-DD.</source>
        <extracomment>sv: --today: ”%1” är inget datum; skriv ÅÅÅÅ-MM-DD.</extracomment>
        <translation>--today: ”%1” är inget datum; skriv ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>--format: “%1” is not one of text, json.</source>
        <extracomment>sv: --format: ”%1” är inte en av text, json.</extracomment>
        <translation>--format: ”%1” är inte en av text, json.</translation>
    </message>
    <message>
        <source>Give either municipality files or --workspace, not both.</source>
        <translation>Ange antingen kommunfiler eller --workspace, inte båda.</translation>
    </message>
    <message>
        <source>Give the municipality files, or --workspace W.json.</source>
        <translation>Ange kommunfilerna, eller --workspace W.json.</translation>
    </message>
    <message>
        <source>Usage: samverka-cli overview FILE.samverka… [--format text|json] [--today YYYY-MM-DD] [--output F]
       samverka-cli overview --workspace W.json [--format text|json] [--today YYYY-MM-DD] [--output F]
       samverka-cli overview --database CONNINFO [--police-area NAME] [--county NAME] [--format text|json] [--today YYYY-MM-DD] [--output F]
One row per municipality file: the current agreement (status, period, in force), the citizen promises&apos; years, measures late, follow-ups due, open review comments, the law&apos;s lägesbild and åtgärdsplan, and the last change. Text is one tab-separated line per file (columns in docs/cli.md); json is one document. Late and due are counted for --today (default: today). Files are only read: no backup, no update, no lock kept. A file that cannot be read gets a row whose second column says why (missing, unreadable, not-samverka, locked, damaged, needs-recovery, newer-version); the command still exits 0. Confidential records are never counted. With --database, one row per municipality published to the region database (of one local police area or county when asked), computed the same way; the first column is the file it was published from.</source>
        <translation>Användning: samverka-cli overview FIL.samverka… [--format text|json] [--today ÅÅÅÅ-MM-DD] [--output F]
       samverka-cli overview --workspace W.json [--format text|json] [--today ÅÅÅÅ-MM-DD] [--output F]
       samverka-cli overview --database ANSLUTNING [--police-area NAMN] [--county NAMN] [--format text|json] [--today ÅÅÅÅ-MM-DD] [--output F]
En rad per kommunfil: den aktuella överenskommelsen (status, giltighetstid, om den gäller), medborgarlöftenas år, försenade åtgärder, uppföljningar att göra, öppna granskningskommentarer, lagens lägesbild och åtgärdsplan, och den senaste ändringen. Text är en tabbseparerad rad per fil (kolumnerna i docs/cli.md); json är ett dokument. Försenat och att göra räknas för --today (standard: i dag). Filerna läses bara: ingen säkerhetskopia, ingen uppdatering, inget lås kvar. En fil som inte kan läsas får en rad vars andra kolumn säger varför (missing, unreadable, not-samverka, locked, damaged, needs-recovery, newer-version); kommandot avslutas ändå med 0. Sekretessbelagda poster räknas aldrig. Med --database en rad per kommun som publicerats till regiondatabasen (för ett lokalpolisområde eller ett län när det anges), beräknad på samma sätt; första kolumnen är filen den publicerades från.</translation>
    </message>
    <message>
        <source>--police-area and --county apply to --database only.</source>
        <extracomment>sv: --police-area och --county gäller bara --database.</extracomment>
        <translation>--police-area och --county gäller bara --database.</translation>
    </message>
    <message>
        <source>Give either --database or municipality files, not both.</source>
        <extracomment>sv: Ange antingen --database eller kommunfiler, inte båda.</extracomment>
        <translation>Ange antingen --database eller kommunfiler, inte båda.</translation>
    </message>
</context>
<context>
    <name>OverviewLabels</name>
    <message>
        <source>read</source>
        <translation>läst</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>saknas</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>kan inte läsas</translation>
    </message>
    <message>
        <source>not a Samverka file</source>
        <translation>inte en Samverka-fil</translation>
    </message>
    <message>
        <source>locked by a colleague</source>
        <translation>låst av en kollega</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>skadad</translation>
    </message>
    <message>
        <source>needs recovery</source>
        <translation>behöver återställas</translation>
    </message>
    <message>
        <source>newer version</source>
        <translation>nyare version</translation>
    </message>
    <message>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>due for update</source>
        <translation>ska uppdateras</translation>
    </message>
    <message>
        <source>draft only</source>
        <translation>bara utkast</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>beslutad</translation>
    </message>
    <message>
        <source>based on an older situation picture</source>
        <translation>bygger på en äldre lägesbild</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>har gått ut</translation>
    </message>
    <message>
        <source>from signing</source>
        <translation>från undertecknandet</translation>
    </message>
    <message>
        <source>until further notice</source>
        <translation>tills vidare</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>period from – to</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>time, by whom</comment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Det gick inte att skriva %1: %2</translation>
    </message>
</context>
<context>
    <name>PlanFollowUpWriter</name>
    <message>
        <source>(the measure is no longer in the agreement)</source>
        <translation>(åtgärden finns inte längre i överenskommelsen)</translation>
    </message>
    <message>
        <source>The colour of each measure at its latest rating:</source>
        <extracomment>sv: Varje åtgärds färg vid dess senaste bedömning:</extracomment>
        <translation>Varje åtgärds färg vid den senaste bedömningen:</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>Follow-up %1</source>
        <comment>date</comment>
        <extracomment>sv: Uppföljning %1</extracomment>
        <translation>Uppföljning %1</translation>
    </message>
    <message>
        <source>Rated %1 (outside the follow-up dates)</source>
        <extracomment>sv: Bedömt %1 (utanför uppföljningsdagarna)</extracomment>
        <translation>Bedömd %1 (utanför uppföljningsdatumen)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>heading: note</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>To come: not followed up yet.</source>
        <translation>Kommande: inte uppföljd ännu.</translation>
    </message>
    <message>
        <source>The plan has no measures to rate.</source>
        <translation>Planen har inga åtgärder att bedöma.</translation>
    </message>
    <message>
        <source>No.</source>
        <extracomment>sv: Nr | Åtgärd | Bedömning | Kommentar</extracomment>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>3. Follow-up</source>
        <extracomment>sv: 3. Uppföljning</extracomment>
        <translation>3. Uppföljning</translation>
    </message>
    <message>
        <source>The plan has no measures to follow up.</source>
        <translation>Planen har inga åtgärder att följa upp.</translation>
    </message>
    <message>
        <source>At the latest rating</source>
        <extracomment>sv: Läget vid senaste bedömningen</extracomment>
        <translation>Vid den senaste bedömningen</translation>
    </message>
    <message>
        <source>The plan has no follow-up dates, and no measure is rated yet.</source>
        <translation>Planen har inga uppföljningsdatum, och ingen åtgärd är bedömd ännu.</translation>
    </message>
    <message>
        <source>No measure is rated yet.</source>
        <translation>Ingen åtgärd är bedömd ännu.</translation>
    </message>
</context>
<context>
    <name>PlanRatingCell</name>
    <message>
        <source>Not rated</source>
        <extracomment>sv: Inte bedömd</extracomment>
        <translation>Inte bedömd</translation>
    </message>
</context>
<context>
    <name>PlanTableWriter</name>
    <message>
        <source>Cause</source>
        <extracomment>sv: Orsak | Åtgärd | Operativa mål | När | Vem | Uppföljning</extracomment>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Operative goals</source>
        <translation>Operativa mål</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message numerus="yes">
        <source>%n cause(s) covered by secrecy left out of this copy.</source>
        <translation>
            <numerusform>%n orsak som omfattas av sekretess är utelämnad i detta exemplar.</numerusform>
            <numerusform>%n orsaker som omfattas av sekretess är utelämnade i detta exemplar.</numerusform>
        </translation>
    </message>
    <message>
        <source>No cause given</source>
        <extracomment>sv: Ingen orsak angiven</extracomment>
        <translation>Ingen orsak angiven</translation>
    </message>
    <message>
        <source>The measure is no longer in the agreement</source>
        <extracomment>sv: Åtgärden finns inte längre i överenskommelsen</extracomment>
        <translation>Åtgärden finns inte längre i överenskommelsen</translation>
    </message>
    <message>
        <source>From: %1</source>
        <extracomment>sv: Ur: %1</extracomment>
        <translation>Ur: %1</translation>
    </message>
    <message>
        <source>Confidential</source>
        <extracomment>sv: Sekretess</extracomment>
        <translation>Sekretess</translation>
    </message>
</context>
<context>
    <name>PoliceAreaReportBuilder</name>
    <message>
        <source>Collaboration in the local police area</source>
        <extracomment>sv: Samverkan i lokalpolisområdet</extracomment>
        <translation>Samverkan i lokalpolisområdet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Local police area</source>
        <translation>Lokalpolisområde</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Kommuner</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Per</translation>
    </message>
    <message>
        <source>Measures late and follow-ups due are counted for the date above. Confidential records are left out of every count and list.</source>
        <translation>Försenade åtgärder och uppföljningar att rapportera räknas för datumet ovan. Sekretessbelagda poster finns inte med i någon siffra eller lista.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read; why is said in the table.</source>
        <translation>
            <numerusform>%n fil kunde inte läsas; varför står i tabellen.</numerusform>
            <numerusform>%n filer kunde inte läsas; varför står i tabellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>No agreement</source>
        <translation>Ingen överenskommelse</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Current agreement</source>
        <translation>Aktuell överenskommelse</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <source>Citizen promises</source>
        <translation>Medborgarlöften</translation>
    </message>
    <message>
        <source>Measures late</source>
        <translation>Försenade åtgärder</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Uppföljningar att rapportera</translation>
    </message>
    <message>
        <source>Situation picture / measure plan</source>
        <translation>Lägesbild / åtgärdsplan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Giltighetstid</translation>
    </message>
    <message>
        <source>Situation picture</source>
        <translation>Lägesbild</translation>
    </message>
    <message>
        <source>Measure plan</source>
        <translation>Åtgärdsplan</translation>
    </message>
    <message>
        <source>Open review comments</source>
        <translation>Öppna granskningskommentarer</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Senast ändrad</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation>Fokusområden</translation>
    </message>
    <message>
        <source>The current agreement has no focus areas.</source>
        <translation>Den aktuella överenskommelsen har inga fokusområden.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n measure(s))</source>
        <translation>
            <numerusform>%1 (%n åtgärd)</numerusform>
            <numerusform>%1 (%n åtgärder)</numerusform>
        </translation>
    </message>
    <message>
        <source>No measure is late.</source>
        <translation>Ingen åtgärd är försenad.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Överenskommelse</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slutdatum</translation>
    </message>
    <message>
        <source>No follow-up is due.</source>
        <translation>Ingen uppföljning ska rapporteras nu.</translation>
    </message>
    <message>
        <source>Report to</source>
        <translation>Rapporteras till</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Senast</translation>
    </message>
    <message>
        <source>Reports due</source>
        <extracomment>sv: Att rapportera (a narrow column: uppföljningar att rapportera)</extracomment>
        <translation>Att rapportera</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>gäller</translation>
    </message>
    <message>
        <source>not in force</source>
        <translation>gäller inte</translation>
    </message>
</context>
<context>
    <name>ProblemPictureBuilder</name>
    <message>
        <source>Not prioritised</source>
        <translation>Inte prioriterat</translation>
    </message>
    <message>
        <source>Prioritised, rank %1</source>
        <translation>Prioriterat, nummer %1</translation>
    </message>
    <message>
        <source>Prioritised</source>
        <translation>Prioriterat</translation>
    </message>
    <message>
        <source>outside the parties&apos; mandate</source>
        <translation>utanför parternas mandat</translation>
    </message>
    <message>
        <source>Problem %1: %2</source>
        <translation>Problem %1: %2</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Sekretessbelagd</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Crime categories</source>
        <translation>Brottskategorier</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Time pattern</source>
        <translation>Tidsmönster</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Källor</translation>
    </message>
    <message>
        <source>Contributed by</source>
        <translation>Lämnat av</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritering</translation>
    </message>
    <message>
        <source>Cause analysis</source>
        <translation>Orsaksanalys</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Perspective</source>
        <translation>Perspektiv</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Karaktär</translation>
    </message>
    <message>
        <source>Reported crimes</source>
        <extracomment>sv: Anmälda brott</extracomment>
        <translation>Anmälda brott</translation>
    </message>
    <message>
        <source>Reported crimes in %1 by crime category, %2, with the change on %3.</source>
        <translation>Anmälda brott i %1 efter brottskategori, %2, med förändringen jämfört med %3.</translation>
    </message>
    <message>
        <source>All reported crimes</source>
        <translation>Samtliga anmälda brott</translation>
    </message>
    <message>
        <source>Crime category</source>
        <translation>Brottskategori</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Andel</translation>
    </message>
    <message>
        <source>Per 100 000 inhabitants</source>
        <translation>Per 100 000 invånare</translation>
    </message>
    <message>
        <source>Change on %1</source>
        <translation>Förändring jämfört med %1</translation>
    </message>
    <message>
        <source>The statistics show reported crimes, not all crimes committed.</source>
        <translation>Statistiken visar anmälda brott, inte alla brott som begåtts.</translation>
    </message>
    <message>
        <source>Figures for %1 are preliminary.</source>
        <translation>Siffrorna för %1 är preliminära.</translation>
    </message>
    <message>
        <source>Some counts are not published and are left out of the sums.</source>
        <translation>Vissa antal publiceras inte och ingår därför inte i summorna.</translation>
    </message>
    <message>
        <source>(prel.)</source>
        <extracomment>sv: (prel.)</extracomment>
        <translation>(prel.)</translation>
    </message>
</context>
<context>
    <name>PublishCommand</name>
    <message>
        <source>Usage: samverka-cli publish FILE.samverka --database CONNINFO
Sends the file&apos;s content to the region database, replacing the municipality&apos;s previous publication in one transaction; a publication record (when, by which role, from which file, the SHA-256 of the exchange document, the file&apos;s last change) is kept each time. Confidential records with what belongs to them, people&apos;s contact details and the audit log are never sent; of the crime statistics, only the municipality&apos;s own rows. The file is only read. The role needs samverka_publisher_&lt;the municipality&apos;s code&gt; (docs/region-database.md).</source>
        <translation>Användning: samverka-cli publish FIL.samverka --database ANSLUTNING
Skickar filens innehåll till regiondatabasen och ersätter kommunens förra publicering i en transaktion; en publiceringspost (när, av vilken roll, från vilken fil, utbytesdokumentets SHA-256, filens senaste ändring) sparas varje gång. Sekretessbelagda poster med det som hör till dem, personers kontaktuppgifter och ändringsloggen skickas aldrig; av brottsstatistiken bara kommunens egna rader. Filen läses bara. Rollen behöver samverka_publisher_&lt;kommunens kod&gt; (docs/region-database.md).</translation>
    </message>
    <message numerus="yes">
        <source>Published %1 (%2) to the %3: %n row(s), publication %4.</source>
        <translation>
            <numerusform>Publicerade %1 (%2) till %3: %n rad, publicering %4.</numerusform>
            <numerusform>Publicerade %1 (%2) till %3: %n rader, publicering %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Okänd</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Mapp</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Markera allt</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>Stega &amp;upp</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>Stega &amp;ned</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>Användning: %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[alternativ]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Alternativ:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argument:</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Visar hjälp om kommandoradsalternativen.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Visar hjälp, även om Qt:s egna alternativ.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Visar versionsinformation.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Okänt alternativ ”%1”.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Okända alternativ: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Värde saknas efter ”%1”.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Oväntat värde efter ”%1”.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Leta i:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Bakåt</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Gå bakåt</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Framåt</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Gå framåt</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Överordnad mapp</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Gå till den överordnade mappen</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Skapa ny mapp</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Skapa en ny mapp</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Listvy</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Visa som lista</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Detaljvy</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Visa med detaljer</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Sidopanel</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Platser och bokmärken</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Filer</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Filtyp:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Fil&amp;namn:</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Mapp:</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Mappar</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Välj mapp</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Spara som</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Välj</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Alla filer (*)</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Visa </translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Byt namn</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Visa &amp;dolda filer</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Ny &amp;mapp</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Ny mapp</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Senaste platser</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 finns redan.
Vill du ersätta den?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Filen hittades inte.
Kontrollera att filnamnet är rätt.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Mappen hittades inte.
Kontrollera att mappnamnet är rätt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>”%1” är skrivskyddad.
Vill du ta bort den ändå?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Vill du verkligen ta bort ”%1”?</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Det gick inte att ta bort mappen.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>Dator</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Klistra &amp;in</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Markera allt</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Visa detaljer...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Dölj detaljer...</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Paper</source>
        <translation>Papper</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Pappersstorlek:</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Bredd:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Höjd:</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>Papperskälla:</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientering</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Stående</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Liggande</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>Omvänt liggande</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>Omvänt stående</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Marginaler</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>övre marginal</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>vänstermarginal</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>högermarginal</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>nedre marginal</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>Sidlayout</translation>
    </message>
    <message>
        <source>Page order:</source>
        <translation>Sidordning:</translation>
    </message>
    <message>
        <source>Pages per sheet:</source>
        <translation>Sidor per ark:</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>Millimeter (mm)</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>Tum (in)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>Punkter (pt)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Anpassad</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Spara alla</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja till &amp;alla</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nej</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ej till alla</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorera</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Förkasta</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Verkställ</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Återställ standardvärden</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Skriv ut</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>Alla sidor</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Udda sidor</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>Jämna sidor</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Alternativ &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Alternativ &lt;&lt;</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>Skriv ut till fil (PDF)</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Lokal fil</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>Skriv en PDF-fil</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>Skriv ut till fil …</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 är en mapp.
Välj ett annat filnamn.</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 finns redan.
Vill du skriva över den?</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>Det går inte att skriva till filen %1.
Välj ett annat filnamn.</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>Vänster till höger, uppifrån och ned</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>Vänster till höger, nedifrån och upp</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>Höger till vänster, nedifrån och upp</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>Höger till vänster, uppifrån och ned</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>Nedifrån och upp, vänster till höger</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>Nedifrån och upp, höger till vänster</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>Uppifrån och ned, vänster till höger</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>Uppifrån och ned, höger till vänster</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>Print Preview</source>
        <translation>Förhandsgranskning</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nästa sida</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Föregående sida</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Första sidan</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Sista sidan</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Anpassa till bredd</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Anpassa till sidan</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zooma in</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zooma ut</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Stående</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Liggande</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>Visa en sida</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>Visa uppslag</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation>Visa alla sidor i översikt</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>Utskriftsformat</translation>
    </message>
    <message>
        <source>Page Setup</source>
        <translation>Utskriftsformat</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Printer Properties</source>
        <translation>Skrivaregenskaper</translation>
    </message>
    <message>
        <source>Job Options</source>
        <translation>Utskriftsjobb</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Advanced</source>
        <translation>Avancerat</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Copies</source>
        <translation>Kopior</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>Utskriftsintervall</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>Skriv ut allt</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>Sidor från</translation>
    </message>
    <message>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sidor</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Ange sidor eller intervall åtskilda med kommatecken. Ett intervall är två tal med bindestreck emellan. Till exempel skriver 3,5-7,9 ut sidorna 3, 5, 6, 7 och 9.</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>Aktuell sida</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Markering</translation>
    </message>
    <message>
        <source>Page Set:</source>
        <translation>Sidurval:</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Utskriftsinställningar</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Kopior:</translation>
    </message>
    <message>
        <source>Collate</source>
        <translation>Sortera</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Omvänd ordning</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Alternativ</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Färgläge</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Färg</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Gråskala</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>Dubbelsidig utskrift</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Vänd längs långsidan</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Vänd längs kortsidan</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>Printer</source>
        <translation>Skrivare</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>&amp;Egenskaper</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Plats:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Förhandsgranska</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>Utskrift till &amp;fil:</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Scroll here</source>
        <translation>Rulla hit</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation>Vänsterkant</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Överst</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation>Högerkant</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Nederst</translation>
    </message>
    <message>
        <source>Page left</source>
        <translation>En sida åt vänster</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>En sida upp</translation>
    </message>
    <message>
        <source>Page right</source>
        <translation>En sida åt höger</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>En sida ned</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>Rulla åt vänster</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>Rulla upp</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>Rulla åt höger</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>Rulla ned</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation>Rulla åt vänster</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>Rulla åt höger</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Kopiera &amp;länkadress</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Klistra &amp;in</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Markera allt</translation>
    </message>
</context>
<context>
    <name>RegionCommand</name>
    <message>
        <source>Usage: samverka-cli region init --database CONNINFO
Creates the region database&apos;s schema &quot;region&quot; (its tables, the analysts&apos; views, the roles samverka_analyst and samverka_publisher_&lt;code&gt; for each municipality, and row-level security), or updates one made by an older Samverka. CONNINFO is libpq&apos;s connection string or URI; the password comes from ~/.pgpass, a service file or PGPASSWORD. Needs a role that may create schemas and roles. A schema from a newer Samverka is left alone (exit 2).</source>
        <translation>Användning: samverka-cli region init --database ANSLUTNING
Skapar regiondatabasens schema &quot;region&quot; (dess tabeller, analytikernas vyer, rollerna samverka_analyst och samverka_publisher_&lt;kod&gt; för varje kommun, och säkerhet på radnivå), eller uppdaterar ett som en äldre Samverka gjort. ANSLUTNING är libpq:s anslutningssträng eller URI; lösenordet kommer från ~/.pgpass, en tjänstefil eller PGPASSWORD. Kräver en roll som får skapa scheman och roller. Ett schema från en nyare Samverka lämnas orört (slutkod 2).</translation>
    </message>
    <message>
        <source>Say what to do: samverka-cli region init --database …</source>
        <extracomment>sv: Ange vad som ska göras: samverka-cli region init --database …</extracomment>
        <translation>Ange vad som ska göras: samverka-cli region init --database …</translation>
    </message>
    <message>
        <source>Created the region schema, version %1, in the %2.</source>
        <translation>Skapade regionschemat, version %1, i %2.</translation>
    </message>
    <message>
        <source>The region schema of the %1 is already at version %2; roles and grants checked.</source>
        <translation>Regionschemat i %1 har redan version %2; roller och behörigheter är kontrollerade.</translation>
    </message>
    <message>
        <source>Updated the region schema of the %1 from version %2 to %3.</source>
        <translation>Uppdaterade regionschemat i %1 från version %2 till %3.</translation>
    </message>
</context>
<context>
    <name>SavedOutput</name>
    <message>
        <source>Could not write %1: %2</source>
        <extracomment>sv: Det gick inte att skriva %1: %2</extracomment>
        <translation>Det gick inte att skriva %1: %2</translation>
    </message>
</context>
<context>
    <name>SignatureBlockWriter</name>
    <message>
        <source>Place and date</source>
        <extracomment>sv: Ort och datum</extracomment>
        <translation>Ort och datum</translation>
    </message>
</context>
<context>
    <name>SituationChangesWriter</name>
    <message>
        <source>not given</source>
        <translation>inte angivna</translation>
    </message>
    <message>
        <source>source</source>
        <translation>källa</translation>
    </message>
    <message>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>confidentiality</source>
        <translation>sekretess</translation>
    </message>
    <message>
        <source>description</source>
        <translation>beskrivning</translation>
    </message>
    <message>
        <source>place</source>
        <translation>plats</translation>
    </message>
    <message>
        <source>time pattern</source>
        <translation>tidsmönster</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>källor</translation>
    </message>
    <message>
        <source>reasons to choose it</source>
        <translation>skäl att prioritera</translation>
    </message>
    <message>
        <source>New %1: “%2”.</source>
        <comment>new &lt;section&gt;: &lt;title&gt;</comment>
        <translation>Nytt %1: ”%2”.</translation>
    </message>
    <message>
        <source>Changed %1 “%2”: %3.</source>
        <comment>changed &lt;section&gt; &lt;title&gt;: &lt;fields&gt;</comment>
        <translation>Ändrat %1 ”%2”: %3.</translation>
    </message>
    <message>
        <source>Removed %1: “%2”.</source>
        <comment>removed &lt;section&gt;: &lt;title&gt;</comment>
        <translation>Borttaget %1: ”%2”.</translation>
    </message>
    <message>
        <source>The years covered changed from %1 to %2.</source>
        <translation>Åren som lägesbilden avser har ändrats från %1 till %2.</translation>
    </message>
    <message>
        <source>The municipalities compared with changed.</source>
        <translation>Jämförelsekommunerna har ändrats.</translation>
    </message>
    <message>
        <source>The commentary on the mapping changed.</source>
        <translation>Kommentarerna till kartläggningen har ändrats.</translation>
    </message>
    <message>
        <source>section</source>
        <translation>avsnitt</translation>
    </message>
    <message>
        <source>The analysis changed.</source>
        <translation>Analysen har ändrats.</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>problem</translation>
    </message>
    <message>
        <source>Changes since %1</source>
        <extracomment>sv: Ändringar sedan %1</extracomment>
        <translation>Ändringar sedan %1</translation>
    </message>
    <message>
        <source>Nothing has changed since the previous edition.</source>
        <translation>Inget har ändrats sedan föregående utgåva.</translation>
    </message>
    <message>
        <source>Compared with the previous edition, “%1” (%2):</source>
        <translation>Jämfört med föregående utgåva, ”%1” (%2):</translation>
    </message>
</context>
<context>
    <name>SituationMappingWriter</name>
    <message>
        <source>Commentary</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Crime category</source>
        <translation>Brottskategori</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Andel</translation>
    </message>
    <message>
        <source>Per 100 000 inhabitants</source>
        <translation>Per 100 000 invånare</translation>
    </message>
    <message>
        <source>Change on %1</source>
        <translation>Förändring jämfört med %1</translation>
    </message>
    <message>
        <source>Change since %1</source>
        <translation>Förändring sedan %1</translation>
    </message>
    <message>
        <source>Over the period</source>
        <translation>Under perioden</translation>
    </message>
    <message>
        <source>All reported crimes</source>
        <translation>Samtliga anmälda brott</translation>
    </message>
    <message>
        <source>Reported crimes in %1 by crime category, with the change on the year before and over the period %2–%3.</source>
        <translation>Anmälda brott %1 per brottskategori, med förändringen jämfört med året innan och under perioden %2–%3.</translation>
    </message>
    <message>
        <source>The largest types of crime</source>
        <translation>De största brottstyperna</translation>
    </message>
    <message>
        <source>Type of crime</source>
        <translation>Brottstyp</translation>
    </message>
    <message>
        <source>The statistics show reported crimes, not all crimes committed.</source>
        <translation>Statistiken visar anmälda brott, inte alla brott som begåtts.</translation>
    </message>
    <message>
        <source>Comparison with other municipalities</source>
        <translation>Jämförelse med andra kommuner</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Reported crimes per 100 000 in %1</source>
        <translation>Anmälda brott per 100 000 invånare %1</translation>
    </message>
    <message>
        <source>Survey indicators</source>
        <translation>Trygghetsmätningar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>indicator: warning</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Confidence interval</source>
        <translation>Konfidensintervall</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Sekretess</translation>
    </message>
    <message>
        <source>Where and when</source>
        <translation>Var och när</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Reported crime</source>
        <translation>Anmäld brottslighet</translation>
    </message>
    <message>
        <source>The file has no reported crime of the municipality for %1–%2.</source>
        <translation>Filen har ingen statistik över anmälda brott i kommunen för %1–%2.</translation>
    </message>
    <message>
        <source>The situation picture does not say which years its data cover.</source>
        <translation>Lägesbilden anger inte vilka år uppgifterna avser.</translation>
    </message>
    <message>
        <source>Change per 100 000 since %1</source>
        <translation>Förändring per 100 000 invånare sedan %1</translation>
    </message>
    <message>
        <source>The file has statistics for %1–%2 of the years %3–%4 the situation picture covers.</source>
        <translation>Filen har statistik för %1–%2 av åren %3–%4 som lägesbilden avser.</translation>
    </message>
</context>
<context>
    <name>SituationPictureBuilder</name>
    <message>
        <source>The file has no situation picture.</source>
        <translation>Filen har ingen lägesbild.</translation>
    </message>
    <message>
        <source>Unknown situation picture: %1</source>
        <translation>Okänd lägesbild: %1</translation>
    </message>
    <message>
        <source>Situation picture</source>
        <extracomment>sv: LÄGESBILD</extracomment>
        <translation>Lägesbild</translation>
    </message>
    <message>
        <source>The crime in the municipality, under the Act (2023:196) on the municipalities&apos; responsibility for crime prevention</source>
        <extracomment>sv: Lägesbild över brottsligheten i %1 enligt lagen (2023:196) om kommuners ansvar för brottsförebyggande arbete</extracomment>
        <translation>Brottsligheten i kommunen enligt lagen (2023:196) om kommuners ansvar för brottsförebyggande arbete</translation>
    </message>
    <message>
        <source>The crime in %1, under the Act (2023:196) on the municipalities&apos; responsibility for crime prevention</source>
        <translation>Brottsligheten i %1 enligt lagen (2023:196) om kommuners ansvar för brottsförebyggande arbete</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Years covered</source>
        <translation>Avser åren</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Framtagen av</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Beslutad av</translation>
    </message>
    <message>
        <source>Diary number</source>
        <translation>Diarienummer</translation>
    </message>
    <message>
        <source>Next update</source>
        <translation>Nästa uppdatering</translation>
    </message>
    <message>
        <source>2. Other information</source>
        <extracomment>sv: 2. Annan information</extracomment>
        <translation>2. Annan information</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Utan rubrik</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Sekretess</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>The situation picture has no other information.</source>
        <translation>Lägesbilden har ingen annan information.</translation>
    </message>
    <message>
        <source>Information covered by secrecy is left out of this copy.</source>
        <translation>Uppgifter som omfattas av sekretess är utelämnade i detta exemplar.</translation>
    </message>
    <message>
        <source>Problem %1: %2</source>
        <translation>Problem %1: %2</translation>
    </message>
    <message>
        <source>Place</source>
        <extracomment>sv: Skäl att prioritera</extracomment>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Time pattern</source>
        <translation>Tidsmönster</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Källor</translation>
    </message>
    <message>
        <source>Reasons to choose it</source>
        <translation>Skäl att prioritera</translation>
    </message>
    <message>
        <source>3. Analysis</source>
        <extracomment>sv: 3. Analys</extracomment>
        <translation>3. Analys</translation>
    </message>
    <message>
        <source>The analysis is not written yet.</source>
        <translation>Analysen är inte skriven än.</translation>
    </message>
    <message>
        <source>Problems covered by secrecy are left out of this copy.</source>
        <translation>Problem som omfattas av sekretess är utelämnade i detta exemplar.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <source>1. Mapping of the crime</source>
        <extracomment>sv: 1. Kartläggning av brottsligheten</extracomment>
        <translation>1. Kartläggning av brottsligheten</translation>
    </message>
    <message>
        <source>The numbers of the day the situation picture was adopted were not kept (it was adopted in an older version of Samverka): these are the file&apos;s numbers now.</source>
        <translation>Siffrorna från dagen då lägesbilden fastställdes sparades inte (den fastställdes i en äldre version av Samverka): detta är filens siffror i dag.</translation>
    </message>
    <message>
        <source>The numbers kept when the situation picture was adopted cannot be read: these are the file&apos;s numbers now.</source>
        <translation>De siffror som sparades när lägesbilden fastställdes kan inte läsas: detta är filens siffror i dag.</translation>
    </message>
    <message>
        <source>The file has newer or changed statistics since; they are not shown here.</source>
        <translation>Filen har fått ny eller ändrad statistik sedan dess; den visas inte här.</translation>
    </message>
    <message>
        <source>The numbers are those of %1, when the situation picture was marked as adopted.</source>
        <translation>Siffrorna är de som gällde %1, när lägesbilden markerades som fastställd.</translation>
    </message>
</context>
<context>
    <name>StatisticsTables</name>
    <message>
        <source>Year</source>
        <extracomment>sv: År</extracomment>
        <translation>År</translation>
    </message>
    <message>
        <source>Crime category</source>
        <extracomment>sv: Brottskategori</extracomment>
        <translation>Brottskategori</translation>
    </message>
    <message>
        <source>Crime type</source>
        <extracomment>sv: Brottstyp</extracomment>
        <translation>Brottstyp</translation>
    </message>
    <message>
        <source>Count</source>
        <extracomment>sv: Antal</extracomment>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Share of all crimes (%)</source>
        <extracomment>sv: Andel av alla brott (%)</extracomment>
        <translation>Andel av alla brott (%)</translation>
    </message>
    <message>
        <source>Per 100 000 inh.</source>
        <extracomment>sv: Per 100 000 inv.</extracomment>
        <translation>Per 100 000 inv.</translation>
    </message>
    <message>
        <source>Change</source>
        <extracomment>sv: Förändring</extracomment>
        <translation>Förändring</translation>
    </message>
    <message>
        <source>Change (%)</source>
        <extracomment>sv: Förändring (%)</extracomment>
        <translation>Förändring (%)</translation>
    </message>
    <message>
        <source>Reported crimes %1 prel.</source>
        <translation>Anmälda brott %1 prel.</translation>
    </message>
    <message>
        <source>Reported crimes %1</source>
        <extracomment>sv: Anmälda brott %1</extracomment>
        <translation>Anmälda brott %1</translation>
    </message>
    <message>
        <source>All crimes</source>
        <extracomment>sv: Samtliga brott</extracomment>
        <translation>Samtliga brott</translation>
    </message>
    <message>
        <source>Reported crimes</source>
        <extracomment>sv: Anmälda brott</extracomment>
        <translation>Anmälda brott</translation>
    </message>
</context>
<context>
    <name>TextSearch</name>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Överenskommelse</translation>
    </message>
    <message>
        <source>Part 1</source>
        <translation>Del 1</translation>
    </message>
    <message>
        <source>Part 2</source>
        <translation>Del 2</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation>Fokusområde</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Undertecknare</translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation>Granskningskommentar</translation>
    </message>
    <message>
        <source>Check item</source>
        <translation>Kontrollpunkt</translation>
    </message>
    <message>
        <source>Citizen promises</source>
        <translation>Medborgarlöften</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Bilaga</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Situation picture</source>
        <translation>Lägesbild</translation>
    </message>
    <message>
        <source>Measure plan</source>
        <translation>Åtgärdsplan</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Reported crimes per year</source>
        <translation>Anmälda brott per år</translation>
    </message>
    <message>
        <source>Number of reported crimes</source>
        <translation>Antal anmälda brott</translation>
    </message>
</context>
<context>
    <name>WorkspaceDocuments</name>
    <message>
        <source>%1 – %2</source>
        <extracomment>sv: %1 – %2 (municipality – document)</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>XlsxTableWriter</name>
    <message>
        <source>Could not write %1: the table “%2” has more rows than Excel can hold.</source>
        <extracomment>sv: Det gick inte att skriva %1: tabellen ”%2” har fler rader än Excel rymmer.</extracomment>
        <translation>Det gick inte att skriva %1: tabellen ”%2” har fler rader än Excel rymmer.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Det gick inte att skriva %1: %2</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>minnet räcker inte</translation>
    </message>
    <message>
        <source>Sheet</source>
        <extracomment>sv: Blad (a worksheet&apos;s name when its own is empty)</extracomment>
        <translation>Blad</translation>
    </message>
</context>
<context>
    <name>samverka::cli</name>
    <message>
        <source>%1: no agreement has the id or title “%2”.</source>
        <translation>%1: ingen överenskommelse har id:t eller titeln ”%2”.</translation>
    </message>
    <message>
        <source>%1: %2 agreements have the title “%3”; name one by id: %4</source>
        <translation>%1: %2 överenskommelser har titeln ”%3”; ange en av dem med id: %4</translation>
    </message>
    <message numerus="yes">
        <source>Created %1 with %n agreement(s).</source>
        <translation>
            <numerusform>Skapade %1 med %n överenskommelse.</numerusform>
            <numerusform>Skapade %1 med %n överenskommelser.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samverka::cli::CliSupport</name>
    <message>
        <source>the municipality file</source>
        <translation>kommunfilen</translation>
    </message>
    <message>
        <source>%1: the file is damaged: %2</source>
        <translation>%1: filen är skadad: %2</translation>
    </message>
    <message>
        <source>%1: the file is from a newer version of Samverka (schema %2); it was checked read-only.</source>
        <translation>%1: filen kommer från en nyare version av Samverka (schema %2); den kontrollerades skrivskyddad.</translation>
    </message>
    <message>
        <source>%1: a signed agreement no longer matches its fingerprint: its content was changed after signing.</source>
        <translation>%1: en undertecknad överenskommelse stämmer inte längre med sitt fingeravtryck: innehållet har ändrats efter undertecknandet.</translation>
    </message>
    <message>
        <source>Usage: samverka-cli COMMAND [ARGUMENTS]
Commands: %1
Run “samverka-cli COMMAND --help” for a command&apos;s arguments.</source>
        <translation>Användning: samverka-cli KOMMANDO [ARGUMENT]
Kommandon: %1
Kör ”samverka-cli KOMMANDO --help” för att se ett kommandos argument.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Okänt kommando ”%1”.</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Oväntat fel: %1</translation>
    </message>
    <message>
        <source>%1: the file can only be read (it is from a newer version of Samverka, or write-protected); nothing was changed.</source>
        <translation>%1: filen kan bara läsas (den kommer från en nyare version av Samverka eller är skrivskyddad); inget ändrades.</translation>
    </message>
    <message>
        <source>%1: the file does not exist.</source>
        <translation>%1: filen finns inte.</translation>
    </message>
    <message>
        <source>%1: is a folder, not a file.</source>
        <translation>%1: är en mapp, inte en fil.</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation>%1: kan inte läsas (%2).</translation>
    </message>
    <message>
        <source>%1: cannot be written (%2).</source>
        <translation>%1: kan inte skrivas (%2).</translation>
    </message>
    <message>
        <source>%1: the file exists already; use --force to replace it.</source>
        <translation>%1: filen finns redan; använd --force för att ersätta den.</translation>
    </message>
    <message>
        <source>Usage: samverka-cli demo --output FILE.samverka [--force]
Writes the bundled demo municipality to a new file.</source>
        <translation>Användning: samverka-cli demo --output FIL.samverka [--force]
Skriver den medföljande demokommunen till en ny fil.</translation>
    </message>
    <message>
        <source>The demo municipality is not bundled with this build.</source>
        <translation>Demokommunen ingår inte i den här versionen.</translation>
    </message>
    <message>
        <source>Wrote the demo municipality %1 to %2.</source>
        <translation>Skrev demokommunen %1 till %2.</translation>
    </message>
    <message>
        <source>Usage: samverka-cli export FILE.samverka --output EXCHANGE.json [--with-attachments]
Writes everything in the file but the audit log as an exchange document; the attachments&apos; bytes only when asked.</source>
        <translation>Användning: samverka-cli export FIL.samverka --output UTBYTE.json [--with-attachments]
Skriver allt i filen utom ändringsloggen som ett utbytesdokument; bilagornas innehåll bara om det begärs.</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>Exporterade %1 till %2.</translation>
    </message>
    <message>
        <source>Usage: samverka-cli import EXCHANGE.json --output FILE.samverka [--force]
       samverka-cli import EXCHANGE.json --into FILE.samverka
Creates a new municipality file from an exchange document, or merges the document into an existing file in one transaction (all or nothing).</source>
        <translation>Användning: samverka-cli import UTBYTE.json --output FIL.samverka [--force]
            samverka-cli import UTBYTE.json --into FIL.samverka
Skapar en ny kommunfil från ett utbytesdokument, eller för in dokumentet i en befintlig fil i en enda transaktion (allt eller inget).</translation>
    </message>
    <message>
        <source>the exchange document (JSON)</source>
        <translation>utbytesdokumentet (JSON)</translation>
    </message>
    <message>
        <source>Name either --output (a new file) or --into (an existing file).</source>
        <translation>Ange antingen --output (en ny fil) eller --into (en befintlig fil).</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1: varning: %2</translation>
    </message>
    <message>
        <source>Merged into %1: %2 new, %3 updated, %4 unchanged.</source>
        <translation>Infört i %1: %2 nya, %3 uppdaterade, %4 oförändrade.</translation>
    </message>
    <message>
        <source>Crime statistics: %1 rows imported, %2 updated, %3 unchanged; %4 suppressed (“..”) stored as missing, not as zero, never over a known count.</source>
        <translation>Brottsstatistik: %1 rader importerade, %2 uppdaterade, %3 oförändrade; %4 skyddade (”..”) lagrade som saknade, inte som noll, aldrig över ett känt antal.</translation>
    </message>
    <message>
        <source>Usage: samverka-cli list FILE.samverka
One line per agreement, tab-separated: id, status, valid from (or -), valid to (or -), title; sorted by valid from, then title.</source>
        <translation>Användning: samverka-cli list FIL.samverka
En rad per överenskommelse, tabbseparerad: id, status, giltig från (eller -), giltig till (eller -), titel; sorterad efter giltig från och sedan titel.</translation>
    </message>
    <message>
        <source>--document: “%1” is not a document kind; use one of %2.</source>
        <translation>--document: ”%1” är inte en dokumenttyp; använd en av %2.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 pages).</source>
        <translation>Skrev %1 (%2 sidor).</translation>
    </message>
    <message>
        <source>Usage: samverka-cli revise FILE.samverka --agreement ID
Makes a new draft that replaces the signed agreement and prints the new draft&apos;s id.</source>
        <translation>Användning: samverka-cli revise FIL.samverka --agreement ID
Skapar ett nytt utkast som ersätter den undertecknade överenskommelsen och skriver ut det nya utkastets id.</translation>
    </message>
    <message>
        <source>%1: “%2” is not signed; only a signed agreement is revised (edit the draft instead).</source>
        <translation>%1: ”%2” är inte undertecknad; bara en undertecknad överenskommelse kan revideras (redigera utkastet i stället).</translation>
    </message>
    <message>
        <source>Usage: samverka-cli sign FILE.samverka --agreement ID --date YYYY-MM-DD --place PLACE
Records that every listed signatory signed at that place and date, stores the fingerprint and locks the agreement. The method checklist&apos;s findings are printed as warnings.</source>
        <translation>Användning: samverka-cli sign FIL.samverka --agreement ID --date ÅÅÅÅ-MM-DD --place ORT
Registrerar att alla angivna undertecknare har skrivit under på den orten och det datumet, sparar fingeravtrycket och låser överenskommelsen. Metodchecklistans anmärkningar skrivs ut som varningar.</translation>
    </message>
    <message>
        <source>--date: “%1” is not a date of the form YYYY-MM-DD.</source>
        <translation>--date: ”%1” är inte ett datum på formen ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>varning: %1</translation>
    </message>
    <message>
        <source>Signed “%1” (%2) in %3 on %4. Fingerprint: %5</source>
        <translation>Undertecknade ”%1” (%2) i %3 den %4. Fingeravtryck: %5</translation>
    </message>
    <message>
        <source>Usage: samverka-cli stats import FILE.samverka STATS.csv
       samverka-cli stats population FILE.samverka POP.csv
Imports reported crimes (the national statistics&apos; export, with a header such as Region;Brott;År;Period;Antal, or the columns municipalityCode;year;period;crimeType;category;count) or population (municipalityCode;year;population). UTF-8, UTF-8 with BOM and Windows-1252 are detected. One import is all rows or none; re-importing updates by municipality, year, period and crime type.</source>
        <translation>Användning: samverka-cli stats import FIL.samverka STATISTIK.csv
            samverka-cli stats population FIL.samverka BEFOLKNING.csv
Importerar anmälda brott (exporten från den officiella kriminalstatistiken med en rubrikrad som Region;Brott;År;Period;Antal, eller kolumnerna municipalityCode;year;period;crimeType;category;count) eller befolkning (municipalityCode;year;population). UTF-8, UTF-8 med BOM och Windows-1252 känns igen automatiskt. En import tar med alla rader eller ingen; en ny import uppdaterar per kommun, år, period och brottstyp.</translation>
    </message>
    <message>
        <source>import or population</source>
        <translation>import eller population</translation>
    </message>
    <message>
        <source>the CSV file</source>
        <translation>CSV-filen</translation>
    </message>
    <message>
        <source>Unknown stats command “%1”; use import or population.</source>
        <translation>Okänt stats-kommando ”%1”; använd import eller population.</translation>
    </message>
    <message>
        <source>%1: %2 rows imported, %3 updated, %4 unchanged; %5 suppressed (“..”) stored as missing, not as zero, never over a known count.</source>
        <translation>%1: %2 rader importerade, %3 uppdaterade, %4 oförändrade; %5 skyddade (”..”) lagrade som saknade, inte som noll, aldrig över ett känt antal.</translation>
    </message>
    <message>
        <source>%1: population for %2 municipality-years imported.</source>
        <translation>%1: befolkning importerad för %2 kommunår.</translation>
    </message>
    <message>
        <source>%1: the file is from an older version of Samverka (schema %2); it was checked as it will be once updated, without changing it.</source>
        <translation>%1: filen är från en äldre version av Samverka (schema %2); den kontrollerades så som den blir efter uppdateringen, utan att ändras.</translation>
    </message>
    <message>
        <source>Wrote %1 (1 page).</source>
        <translation>Skrev %1 (1 sida).</translation>
    </message>
    <message>
        <source>%1: no backup copy was made before the change. %2</source>
        <translation>%1: ingen säkerhetskopia gjordes före ändringen. %2</translation>
    </message>
    <message>
        <source>Usage: samverka-cli check FILE.samverka [--strict]
Prints one line on the file&apos;s integrity, then what the law (2023:196) asks of the municipality and is missing (agreement-id -), then the method checklist&apos;s findings of every unsigned agreement (agreement-id, record-id or -, code, message; tab-separated) and the fingerprint of every signed agreement with whether it matches.
Exit 0 for a sound file; 2 for a damaged or foreign file or a fingerprint mismatch; with --strict, 3 when there are findings.</source>
        <translation>Användning: samverka-cli check FIL.samverka [--strict]
Skriver en rad om filens integritet, därefter det som lagen (2023:196) kräver av kommunen och som saknas (agreement-id -), därefter metodchecklistans anmärkningar för varje överenskommelse som inte är undertecknad (agreement-id, record-id eller -, kod, meddelande; tabbseparerade) och fingeravtrycket för varje undertecknad överenskommelse och om det stämmer.
Slutstatus 0 för en felfri fil; 2 för en skadad eller främmande fil eller ett fingeravtryck som inte stämmer; med --strict 3 när det finns anmärkningar.</translation>
    </message>
    <message>
        <source>%1: the file has no situation picture.</source>
        <translation>%1: filen har ingen lägesbild.</translation>
    </message>
    <message>
        <source>%1: no situation picture has the id or title “%2”.</source>
        <translation>%1: ingen lägesbild har id:t eller titeln ”%2”.</translation>
    </message>
    <message>
        <source>%1: %2 situation pictures are called “%3”; give the id.</source>
        <translation>%1: %2 lägesbilder heter ”%3”; ange id:t.</translation>
    </message>
    <message>
        <source>--agreement does not apply to “%1”; use --id for the edition.</source>
        <translation>--agreement gäller inte ”%1”; ange utgåvan med --id.</translation>
    </message>
    <message>
        <source>%1: the file has no measure plan.</source>
        <translation>%1: filen har ingen åtgärdsplan.</translation>
    </message>
    <message>
        <source>%1: no measure plan has the id or title “%2”.</source>
        <translation>%1: ingen åtgärdsplan har id:t eller titeln ”%2”.</translation>
    </message>
    <message>
        <source>%1: %2 measure plans are called “%3”; give the id.</source>
        <translation>%1: %2 åtgärdsplaner heter ”%3”; ange id:t.</translation>
    </message>
    <message>
        <source>--id names a situation picture or a measure plan; use --agreement for “%1”.</source>
        <translation>--id anger en lägesbild eller en åtgärdsplan; använd --agreement för ”%1”.</translation>
    </message>
    <message>
        <source>--agreement does not apply to “%1”; use --id for the plan.</source>
        <translation>--agreement gäller inte ”%1”; ange planen med --id.</translation>
    </message>
    <message>
        <source>%1: the population of %2 county or country year(s), from the file&apos;s rates per 100 000, for the comparison.</source>
        <translation>%1: folkmängd för %2 år för länet eller riket, framräknad ur filens tal per 100 000, för jämförelsen.</translation>
    </message>
    <message>
        <source>Usage: samverka-cli calendar FILE.samverka [--agreement ID] --output OUT.ics [--include-confidential]
Writes the dates of the municipality file as an iCalendar file (RFC 5545) in Swedish: follow-ups, the measures&apos; start and end, meetings, the reports the follow-up plan makes due, the situation picture&apos;s next update and the measure plan&apos;s follow-up dates; with --agreement, only that agreement&apos;s. Each event keeps its UID from one export to the next, so a calendar that imports the file again updates its entries. Confidential measures are left out unless --include-confidential is given; then they are marked.</source>
        <translation>Användning: samverka-cli calendar FIL.samverka [--agreement ID] --output UT.ics [--include-confidential]
Skriver kommunfilens datum som en iCalendar-fil (RFC 5545) på svenska: uppföljningar, åtgärdernas start och slut, möten, de rapporter som uppföljningsplanen kräver, lägesbildens nästa uppdatering och åtgärdsplanens uppföljningsdatum; med --agreement bara den överenskommelsens. Varje händelse behåller sitt UID från en export till nästa, så att en kalender som importerar filen igen uppdaterar sina poster. Sekretessbelagda åtgärder utelämnas om inte --include-confidential anges; då markeras de.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Oväntat argument ”%1”.</translation>
    </message>
    <message>
        <source>--agreement needs an agreement&apos;s id or title.</source>
        <translation>--agreement behöver en överenskommelses id eller titel.</translation>
    </message>
    <message>
        <source>Wrote %1 (1 event).</source>
        <translation>Skrev %1 (1 händelse).</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 events).</source>
        <translation>Skrev %1 (%2 händelser).</translation>
    </message>
    <message>
        <source>--format: “%1” is not a format; use pdf or odt.</source>
        <translation>--format: ”%1” är inget format; använd pdf eller odt.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Skrev %1.</translation>
    </message>
    <message>
        <source>       samverka-cli demo --workspace FOLDER [--force]
Writes the demo&apos;s police area into FOLDER (made when missing): the demo municipality and two neighbours generated from it, and the workspace file workspace.json that lists the three.</source>
        <translation>       samverka-cli demo --workspace MAPP [--force]
Skriver demons lokalpolisområde till MAPP (som skapas om den saknas): demokommunen och två grannkommuner skapade ur den, och arbetsytans fil workspace.json som räknar upp de tre.</translation>
    </message>
    <message>
        <source>Give either --output or --workspace, not both.</source>
        <translation>Ange antingen --output eller --workspace, inte båda.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>Mappen %1 kan inte skapas.</translation>
    </message>
    <message>
        <source>Wrote the demo police area to %1: %2 and workspace.json.</source>
        <translation>Skrev demons lokalpolisområde till %1: %2 och workspace.json.</translation>
    </message>
    <message>
        <source>Usage: samverka-cli diff FILE.samverka [--from ID] --to ID [--format text|json] [--output FILE] [--include-confidential]
Shows what changed from one agreement to another, section by section: added, removed, changed (text word by word) and moved. --from defaults to the agreement that --to replaces. Confidential records are compared but shown only with --include-confidential. Exits 0 whether or not there are differences.</source>
        <translation>Användning: samverka-cli diff FIL.samverka [--from ID] --to ID [--format text|json] [--output FIL] [--include-confidential]
Visar vad som ändrats från en överenskommelse till en annan, avsnitt för avsnitt: tillagt, borttaget, ändrat (text ord för ord) och flyttat. --from är som standard den överenskommelse som --to ersätter. Sekretessbelagda uppgifter jämförs men visas bara med --include-confidential. Slutstatus 0 oavsett om det finns skillnader.</translation>
    </message>
    <message>
        <source>--format must be text or json, not “%1”.</source>
        <translation>--format ska vara text eller json, inte ”%1”.</translation>
    </message>
    <message>
        <source>%1: “%2” replaces no agreement; name the one to compare it with by --from.</source>
        <translation>%1: ”%2” ersätter ingen överenskommelse; ange den som den ska jämföras med med --from.</translation>
    </message>
    <message>
        <source>%1: “%2” replaces the agreement “%3”, which is not in the file; name the one to compare it with by --from.</source>
        <translation>%1: ”%2” ersätter överenskommelsen ”%3”, som inte finns i filen; ange den som den ska jämföras med med --from.</translation>
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
        <source>added</source>
        <translation>tillagd</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>borttagen</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>ändrad</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>flyttad</translation>
    </message>
    <message>
        <source>“%1” (%2, %3)</source>
        <translation>”%1” (%2, %3)</translation>
    </message>
    <message>
        <source>Note: the signed agreement “%1” has been changed since it was signed (its fingerprint no longer matches); it is compared as it now stands.</source>
        <translation>Obs! Den undertecknade överenskommelsen ”%1” har ändrats sedan den undertecknades (fingeravtrycket stämmer inte längre); den jämförs som den ser ut nu.</translation>
    </message>
    <message>
        <source>Agreement and part 1</source>
        <translation>Överenskommelsen och del 1</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parter</translation>
    </message>
    <message>
        <source>Diary numbers</source>
        <translation>Diarienummer</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation>Fokusområden</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>Orsaker</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>Citizen promises</source>
        <translation>Medborgarlöften</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Från %1</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>Till %1</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Inga skillnader.</translation>
    </message>
    <message numerus="yes">
        <source>%n confidential difference(s) left out; --include-confidential shows them.</source>
        <translation>
            <numerusform>%n sekretessbelagd skillnad utelämnad; --include-confidential visar den.</numerusform>
            <numerusform>%n sekretessbelagda skillnader utelämnade; --include-confidential visar dem.</numerusform>
        </translation>
    </message>
    <message>
        <source> (matched by content, a guess)</source>
        <translation> (matchad efter innehåll, en gissning)</translation>
    </message>
    <message>
        <source> [confidential]</source>
        <translation> [sekretess]</translation>
    </message>
    <message>
        <source>--from applies to --document changes only.</source>
        <translation>--from gäller bara --document changes.</translation>
    </message>
    <message>
        <source>Give either a municipality file or --workspace, not both.</source>
        <translation>Ange antingen en kommunfil eller --workspace, inte båda.</translation>
    </message>
    <message>
        <source>--workspace W.json and --document police-area-report go together.</source>
        <translation>--workspace W.json och --document police-area-report hör ihop.</translation>
    </message>
    <message>
        <source>--%1 does not apply to the police area&apos;s report.</source>
        <translation>--%1 gäller inte rapporten för lokalpolisområdet.</translation>
    </message>
    <message>
        <source>--today applies to --document police-area-report only.</source>
        <translation>--today gäller bara --document police-area-report.</translation>
    </message>
    <message>
        <source>Give either --workspace or --database, not both.</source>
        <translation>Ange antingen --workspace eller --database, inte båda.</translation>
    </message>
    <message>
        <source>Usage: samverka-cli pdf FILE.samverka --agreement ID --document KIND --output OUT [--format pdf|odt] [--include-confidential]
       samverka-cli pdf FILE.samverka --document lagesbild|atgardsplan [--id ID] --output OUT [--format pdf|odt] [--include-confidential]
       samverka-cli pdf --workspace W.json --document police-area-report --output OUT [--today YYYY-MM-DD] [--format pdf|odt]
       samverka-cli pdf --database CONNINFO [--police-area NAME] [--county NAME] --document police-area-report --output OUT [--today YYYY-MM-DD] [--format pdf|odt]
KIND is agreement, action-plan, citizen-promises, follow-up or changes (what the agreement changed from the one it replaces, or from --from ID). lagesbild is the municipality&apos;s situation picture: the edition ID (or title), else the latest. atgardsplan is the municipality&apos;s measure plan (landscape pages): the plan ID (or title), else the latest. police-area-report (Samverkan i lokalpolisområdet) is one document over the files of a workspace, or the municipalities published to the region database: the overview table, then each municipality&apos;s focus areas, late measures and follow-ups due, counted for --today (default: today); confidential records are never in it. Writes PDF/A-1b in Swedish with the font embedded, or with --format odt an editable OpenDocument text (.odt) for Word and LibreOffice; without --format, an OUT ending in .odt gives odt, anything else pdf. Confidential items are left out unless --include-confidential is given; then every page says so.</source>
        <translation>Användning: samverka-cli pdf FIL.samverka --agreement ID --document SLAG --output UT [--format pdf|odt] [--include-confidential]
       samverka-cli pdf FIL.samverka --document lagesbild|atgardsplan [--id ID] --output UT [--format pdf|odt] [--include-confidential]
       samverka-cli pdf --workspace W.json --document police-area-report --output UT [--today ÅÅÅÅ-MM-DD] [--format pdf|odt]
       samverka-cli pdf --database ANSLUTNING [--police-area NAMN] [--county NAMN] --document police-area-report --output UT [--today ÅÅÅÅ-MM-DD] [--format pdf|odt]
SLAG är agreement, action-plan, citizen-promises, follow-up eller changes (vad överenskommelsen ändrat från den den ersätter, eller från --from ID). lagesbild är kommunens lägesbild: utgåvan ID (eller titeln), annars den senaste. atgardsplan är kommunens åtgärdsplan (liggande sidor): planen ID (eller titeln), annars den senaste. police-area-report (Samverkan i lokalpolisområdet) är ett dokument över en arbetsytas filer, eller över de kommuner som publicerats till regiondatabasen: översiktstabellen, sedan varje kommuns fokusområden, försenade åtgärder och uppföljningar att rapportera, räknade för --today (standard: i dag); sekretessbelagda poster finns aldrig med. Skriver PDF/A-1b på svenska med typsnittet inbäddat, eller med --format odt en redigerbar OpenDocument-text (.odt) för Word och LibreOffice; utan --format ger ett UT som slutar på .odt odt, allt annat pdf. Sekretessbelagda uppgifter lämnas utanför om inte --include-confidential anges; då står det på varje sida.</translation>
    </message>
</context>
<context>
    <name>samverka::cli::CommandLine</name>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>Flaggan --%1 behöver ett värde.</translation>
    </message>
    <message>
        <source>Unknown option: --%1 (see --help).</source>
        <translation>Okänd flagga: --%1 (se --help).</translation>
    </message>
    <message>
        <source>The option --%1 is required.</source>
        <translation>Flaggan --%1 måste anges.</translation>
    </message>
    <message>
        <source>Missing argument: %1.</source>
        <translation>Argument saknas: %1.</translation>
    </message>
</context>
<context>
    <name>samverka::core</name>
    <message>
        <source>No problems contributed by the police.</source>
        <translation>Polisen har inte bidragit med några problem.</translation>
    </message>
    <message>
        <source>No problems contributed by the municipality.</source>
        <translation>Kommunen har inte bidragit med några problem.</translation>
    </message>
    <message>
        <source>Measure “%1” is late (planned to end %2).</source>
        <translation>Åtgärden ”%1” är försenad (planerades vara klar %2).</translation>
    </message>
    <message>
        <source>No meeting minutes are recorded.</source>
        <translation>Inga mötesprotokoll är registrerade.</translation>
    </message>
    <message>
        <source>The report to the %1 due %2 is overdue.</source>
        <translation>Rapporten till %1 (senast %2) är försenad.</translation>
    </message>
    <message>
        <source>Initiate collaboration</source>
        <translation>Initiera samverkan</translation>
    </message>
    <message>
        <source>Own preparations</source>
        <translation>Egna förberedelser</translation>
    </message>
    <message>
        <source>Joint preparations</source>
        <translation>Gemensamma förberedelser</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Genomförande</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Inte påbörjat</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>an id must not be empty</source>
        <translation>ett id får inte vara tomt</translation>
    </message>
    <message>
        <source>“%1” is not a Samverka exchange document (expected “samverka-exchange”)</source>
        <translation>”%1” är inte ett utbytesdokument för Samverka (förväntade ”samverka-exchange”)</translation>
    </message>
    <message>
        <source>version %1 is not supported (this program reads version 1)</source>
        <translation>version %1 stöds inte (programmet läser version 1)</translation>
    </message>
    <message>
        <source>“%1” is not a municipality code of four digits</source>
        <translation>”%1” är inte en kommunkod med fyra siffror</translation>
    </message>
    <message>
        <source>a goal cannot be its own overall goal</source>
        <translation>ett mål kan inte vara sitt eget övergripande mål</translation>
    </message>
    <message>
        <source>an agreement needs at least two parties</source>
        <translation>en överenskommelse behöver minst två parter</translation>
    </message>
    <message>
        <source>an agreement cannot replace itself</source>
        <translation>en överenskommelse kan inte ersätta sig själv</translation>
    </message>
    <message>
        <source>the method has five steps; %1 is not one of them</source>
        <translation>metoden har fem steg; %1 är inte ett av dem</translation>
    </message>
    <message>
        <source>the attachment&apos;s data is not valid base64</source>
        <translation>bilagans data är inte giltig base64</translation>
    </message>
    <message>
        <source>does not match the attachment&apos;s data (its SHA-256 is %1)</source>
        <translation>stämmer inte med bilagans data (dess SHA-256 är %1)</translation>
    </message>
    <message>
        <source>required property is missing</source>
        <translation>obligatorisk egenskap saknas</translation>
    </message>
    <message>
        <source>malformed JSON at line %1, column %2 (byte %3): %4</source>
        <translation>felaktig JSON på rad %1, kolumn %2 (byte %3): %4</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>förväntade ett objekt, hittade %1</translation>
    </message>
    <message>
        <source>party</source>
        <translation>part</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>överenskommelse</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>problem</translation>
    </message>
    <message>
        <source>cause</source>
        <translation>orsak</translation>
    </message>
    <message>
        <source>focus area</source>
        <translation>fokusområde</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>mål</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>åtgärd</translation>
    </message>
    <message>
        <source>record</source>
        <translation>post</translation>
    </message>
    <message>
        <source>the id “%1” is already used at %2</source>
        <translation>id:t ”%1” används redan vid %2</translation>
    </message>
    <message>
        <source>“%1” does not name any %2 in the document</source>
        <translation>”%1” avser ingen post av typen %2 i dokumentet</translation>
    </message>
    <message>
        <source>“%1” names a %2 (at %3), not a %4</source>
        <translation>”%1” avser en post av typen %2 (vid %3), inte %4</translation>
    </message>
    <message>
        <source>the %1 “%2” belongs to another agreement (at %3); it must belong to the same agreement</source>
        <translation>posten ”%2” av typen %1 hör till en annan överenskommelse (vid %3); den måste höra till samma överenskommelse</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>förväntade %1, hittade %2</translation>
    </message>
    <message>
        <source>unknown value “%1” (allowed: %2)</source>
        <translation>okänt värde ”%1” (tillåtna: %2)</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>får inte vara tomt</translation>
    </message>
    <message>
        <source>%1 is less than the minimum %2</source>
        <translation>%1 är mindre än minimivärdet %2</translation>
    </message>
    <message>
        <source>“%1” is not a date of the form YYYY-MM-DD</source>
        <translation>”%1” är inte ett datum på formen ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>“%1” is not a valid date</source>
        <translation>”%1” är inte ett giltigt datum</translation>
    </message>
    <message>
        <source>unknown property ignored</source>
        <translation>okänd egenskap ignorerades</translation>
    </message>
    <message>
        <source>The agreement has no period (valid from and to).</source>
        <translation>Överenskommelsen saknar giltighetsperiod (giltig från och till).</translation>
    </message>
    <message>
        <source>The agreement&apos;s period has no start date.</source>
        <translation>Överenskommelsens period saknar startdatum.</translation>
    </message>
    <message>
        <source>The agreement&apos;s period has no end date.</source>
        <translation>Överenskommelsens period saknar slutdatum.</translation>
    </message>
    <message>
        <source>Part 1 names no groups (steering group, project group, working groups).</source>
        <translation>Del 1 anger inga grupper (styrgrupp, projektgrupp, arbetsgrupper).</translation>
    </message>
    <message>
        <source>Part 1 names no coordinators.</source>
        <translation>Del 1 anger inga samordnare.</translation>
    </message>
    <message>
        <source>Part 1 has no follow-up plan (who reports to whom, how often).</source>
        <translation>Del 1 saknar uppföljningsplan (vem som rapporterar till vem och hur ofta).</translation>
    </message>
    <message>
        <source>No problem of the joint problem picture is prioritised.</source>
        <translation>Inget problem i den gemensamma problembilden är prioriterat.</translation>
    </message>
    <message>
        <source>Prioritised problem %1 has no cause analysis.</source>
        <translation>Det prioriterade problemet %1 saknar orsaksanalys.</translation>
    </message>
    <message>
        <source>Prioritised problem %1 has no effect goal.</source>
        <translation>Det prioriterade problemet %1 saknar effektmål.</translation>
    </message>
    <message>
        <source>Focus area %1 groups no problems.</source>
        <translation>Fokusområdet %1 omfattar inga problem.</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>indikator</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>utgångsvärde</translation>
    </message>
    <message>
        <source>target</source>
        <translation>målvärde</translation>
    </message>
    <message>
        <source>Effect goal %1 is not measurable: it has no %2.</source>
        <translation>Effektmålet %1 är inte mätbart: det saknar %2.</translation>
    </message>
    <message>
        <source>Measure %1 is not linked to any cause.</source>
        <translation>Åtgärden %1 är inte kopplad till någon orsak.</translation>
    </message>
    <message>
        <source>Measure %1 is not linked to any goal.</source>
        <translation>Åtgärden %1 är inte kopplad till något mål.</translation>
    </message>
    <message>
        <source>Measure %1 has no responsible party.</source>
        <translation>Åtgärden %1 saknar ansvarig part.</translation>
    </message>
    <message>
        <source>Measure %1 has no time (when).</source>
        <translation>Åtgärden %1 saknar tidpunkt (när).</translation>
    </message>
    <message>
        <source>The agreement has no signatories.</source>
        <translation>Överenskommelsen saknar undertecknare.</translation>
    </message>
    <message>
        <source>%1 is more than the maximum %2</source>
        <translation>%1 är större än maxvärdet %2</translation>
    </message>
    <message>
        <source>Part 1 does not state the purpose of the collaboration.</source>
        <translation>Del 1 anger inte syftet med samverkan.</translation>
    </message>
    <message>
        <source>Part 1 does not name a coordinator of each party: the municipality and the police appoint one each.</source>
        <translation>Del 1 anger inte en samordnare för varje part: kommunen och polisen utser var sin.</translation>
    </message>
    <message>
        <source>A review comment is not resolved: %1</source>
        <translation>En granskningskommentar är inte löst: %1</translation>
    </message>
    <message>
        <source>A review comment by %1 is not resolved: %2</source>
        <translation>En granskningskommentar från %1 är inte löst: %2</translation>
    </message>
    <message>
        <source>%1 has no perspective (situational, victim or offender).</source>
        <translation>%1 saknar perspektiv (situationellt, brottsoffer- eller gärningspersonsperspektiv).</translation>
    </message>
    <message>
        <source>Part 2 has no focus areas, so the agreement has no action plan.</source>
        <translation>Del 2 har inga fokusområden, så överenskommelsen saknar handlingsplan.</translation>
    </message>
    <message>
        <source>The agreement has no action plan: no measure belongs to a focus area.</source>
        <translation>Överenskommelsen saknar handlingsplan: ingen åtgärd hör till ett fokusområde.</translation>
    </message>
    <message>
        <source>Focus area %1 has no measures in its action plan.</source>
        <translation>Fokusområdet %1 har inga åtgärder i sin handlingsplan.</translation>
    </message>
    <message>
        <source>Goal %1 belongs to no focus area.</source>
        <translation>Målet %1 saknar fokusområde.</translation>
    </message>
    <message>
        <source>Measure %1 belongs to no focus area.</source>
        <translation>Åtgärden %1 saknar fokusområde.</translation>
    </message>
    <message>
        <source>problem of the situation picture</source>
        <translation>lägesbildens problem</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a quoted title</comment>
        <extracomment>sv: ”%1” (Swedish quotes on both sides)</extracomment>
        <translation>”%1”</translation>
    </message>
    <message>
        <source>situation picture</source>
        <translation>lägesbild</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>bilaga</translation>
    </message>
</context>
<context>
    <name>samverka::core::CrimeStatisticsCsvParser</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan inte läsa %1: %2</translation>
    </message>
    <message>
        <source>No table header found. Expected columns such as &quot;Region; Brott; År; Antal&quot; or &quot;municipalityCode; year; period; crimeType; category; count&quot;.</source>
        <translation>Ingen tabellrubrik hittades. Förväntade kolumner som ”Region; Brott; År; Antal” eller ”municipalityCode; year; period; crimeType; category; count”.</translation>
    </message>
    <message>
        <source>the table has no &quot;Antal&quot; column; export the number of reported crimes</source>
        <translation>tabellen saknar kolumnen ”Antal”; exportera antalet anmälda brott</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; was discontinued after %3 but has a count for %4.</source>
        <translation>Rad %1: ”%2” upphörde efter %3 men har ett antal för %4.</translation>
    </message>
    <message>
        <source>Line %1 repeats line %2 (same municipality, year, period and crime type); the later row is used.</source>
        <translation>Rad %1 upprepar rad %2 (samma kommun, år, period och brottstyp); den senare raden används.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a municipality; its rows are skipped.</source>
        <translation>Rad %1: ”%2” är inte en kommun; dess rader hoppas över.</translation>
    </message>
    <message>
        <source>the region &quot;%1&quot; is not a municipality in the list of Sweden&apos;s municipalities</source>
        <translation>regionen ”%1” finns inte i förteckningen över Sveriges kommuner</translation>
    </message>
    <message>
        <source>expected %1 columns separated by &quot;%2&quot; but found %3</source>
        <translation>förväntade %1 kolumner åtskilda av ”%2” men hittade %3</translation>
    </message>
    <message>
        <source>the municipality code &quot;%1&quot; is unknown</source>
        <translation>kommunkoden ”%1” är okänd</translation>
    </message>
    <message>
        <source>the period &quot;%1&quot; is not in the year %2</source>
        <translation>perioden ”%1” ligger inte inom året %2</translation>
    </message>
    <message>
        <source>the crime type is empty</source>
        <translation>brottstypen är tom</translation>
    </message>
    <message>
        <source>the region is empty</source>
        <translation>regionen är tom</translation>
    </message>
    <message>
        <source>the period &quot;%1&quot; names no year</source>
        <translation>perioden ”%1” anger inget år</translation>
    </message>
    <message>
        <source>The table has no rows.</source>
        <translation>Tabellen har inga rader.</translation>
    </message>
</context>
<context>
    <name>samverka::core::DiffLabels</name>
    <message>
        <source>The agreement and Part 1</source>
        <translation>Överenskommelsen och del 1</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parter</translation>
    </message>
    <message>
        <source>Diary numbers</source>
        <translation>Diarienummer</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation>Fokusområden</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>Orsaker</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>Citizen promises</source>
        <translation>Medborgarlöften</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Tillagd</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Borttagen</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Flyttad</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation>Fokusområde</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>Ansvarig person</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Utgångsvärde</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Målvärde</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Måldatum</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Sekretess</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Giltig från</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Giltig till</translation>
    </message>
    <message>
        <source>Valid from signing</source>
        <translation>Från och med dagen för undertecknandet</translation>
    </message>
    <message>
        <source>Continues until further notice</source>
        <translation>Gäller därefter tills vidare</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Beslutad av</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Beslutad den</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Ersätter</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Inledning</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Syfte</translation>
    </message>
    <message>
        <source>Starting points</source>
        <translation>Utgångspunkter</translation>
    </message>
    <message>
        <source>Collaboration model</source>
        <translation>Samverkansmodell</translation>
    </message>
    <message>
        <source>The parties&apos; commitments</source>
        <translation>Parternas åtaganden</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Coordinators</source>
        <translation>Samordnare</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Follow-up plan</source>
        <translation>Uppföljningsplan</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>Rapportering</translation>
    </message>
    <message>
        <source>Part 1: %1</source>
        <extracomment>sv: Del 1: %1</extracomment>
        <translation>Del 1: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
</context>
<context>
    <name>samverka::core::EnumLabels</name>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>Under granskning</translation>
    </message>
    <message>
        <source>Ready for signing</source>
        <translation>Klar för underskrift</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Undertecknad</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Polis</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Rescue service</source>
        <translation>Räddningstjänst</translation>
    </message>
    <message>
        <source>County administrative board</source>
        <translation>Länsstyrelse</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Skola</translation>
    </message>
    <message>
        <source>Housing company</source>
        <translation>Bostadsbolag</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Förening</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Näringsliv</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Övrigt</translation>
    </message>
    <message>
        <source>Steering group</source>
        <translation>Styrgrupp</translation>
    </message>
    <message>
        <source>Project group</source>
        <translation>Projektgrupp</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Arbetsgrupp</translation>
    </message>
    <message>
        <source>Local crime-prevention council</source>
        <translation>Lokalt brottsförebyggande råd</translation>
    </message>
    <message>
        <source>Other group</source>
        <translation>Annan grupp</translation>
    </message>
    <message>
        <source>Leadership of police and municipality</source>
        <translation>Ledningen för polis och kommun</translation>
    </message>
    <message>
        <source>Crime</source>
        <translation>Brott</translation>
    </message>
    <message>
        <source>Public-order disturbance</source>
        <translation>Ordningsstörning</translation>
    </message>
    <message>
        <source>Insecurity</source>
        <translation>Otrygghet</translation>
    </message>
    <message>
        <source>Crime statistics</source>
        <translation>Brottsstatistik</translation>
    </message>
    <message>
        <source>National safety survey (NTU)</source>
        <translation>Nationella trygghetsundersökningen (NTU)</translation>
    </message>
    <message>
        <source>Local survey</source>
        <translation>Lokal enkät</translation>
    </message>
    <message>
        <source>Safety walk</source>
        <translation>Trygghetsvandring</translation>
    </message>
    <message>
        <source>Citizen dialogue</source>
        <translation>Medborgardialog</translation>
    </message>
    <message>
        <source>Staff dialogue</source>
        <translation>Medarbetardialog</translation>
    </message>
    <message>
        <source>Police intelligence</source>
        <translation>Polisens underrättelser</translation>
    </message>
    <message>
        <source>Costs of vandalism</source>
        <translation>Kostnader för skadegörelse</translation>
    </message>
    <message>
        <source>School survey</source>
        <translation>Skolenkät</translation>
    </message>
    <message>
        <source>Other source</source>
        <translation>Annan källa</translation>
    </message>
    <message>
        <source>Joint</source>
        <translation>Gemensamt</translation>
    </message>
    <message>
        <source>Most frequent</source>
        <translation>Vanligast förekommande</translation>
    </message>
    <message>
        <source>Increasing</source>
        <translation>Ökande</translation>
    </message>
    <message>
        <source>Deviates from comparable municipalities</source>
        <translation>Avviker från jämförbara kommuner</translation>
    </message>
    <message>
        <source>Most exposed place</source>
        <translation>Mest utsatta platsen</translation>
    </message>
    <message>
        <source>Most costly</source>
        <translation>Mest kostsamt</translation>
    </message>
    <message>
        <source>Affects many operations</source>
        <translation>Påverkar många verksamheter</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situationen</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Offret</translation>
    </message>
    <message>
        <source>Offender</source>
        <translation>Gärningspersonen</translation>
    </message>
    <message>
        <source>Proximate</source>
        <translation>Närliggande</translation>
    </message>
    <message>
        <source>Distant</source>
        <translation>Avlägsen</translation>
    </message>
    <message>
        <source>Situational</source>
        <translation>Situationell</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Social</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individ</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familj</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Närsamhälle</translation>
    </message>
    <message>
        <source>Effect goal</source>
        <translation>Effektmål</translation>
    </message>
    <message>
        <source>Process goal</source>
        <translation>Processmål</translation>
    </message>
    <message>
        <source>Production goal</source>
        <translation>Produktionsmål</translation>
    </message>
    <message>
        <source>Short term</source>
        <translation>Kort sikt</translation>
    </message>
    <message>
        <source>Long term</source>
        <translation>Lång sikt</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Pågående</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Genomförd</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbruten</translation>
    </message>
    <message>
        <source>Process follow-up</source>
        <translation>Processuppföljning</translation>
    </message>
    <message>
        <source>Effect follow-up</source>
        <translation>Effektuppföljning</translation>
    </message>
    <message>
        <source>Done as planned</source>
        <translation>Genomförd som planerat</translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation>Delvis genomförd</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Inte genomförd</translation>
    </message>
    <message>
        <source>Improved</source>
        <translation>Förbättrat</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Oförändrat</translation>
    </message>
    <message>
        <source>Worsened</source>
        <translation>Försämrat</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Enkät</translation>
    </message>
    <message>
        <source>Cause %1.%2</source>
        <translation>Orsak %1.%2</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Fastställd</translation>
    </message>
    <message>
        <source>Most common</source>
        <translation>Vanligast förekommande</translation>
    </message>
    <message>
        <source>Concentrated at particular places</source>
        <translation>Koncentrerat till vissa platser</translation>
    </message>
    <message>
        <source>Affects vulnerable victims</source>
        <translation>Drabbar särskilt utsatta</translation>
    </message>
    <message>
        <source>Signal crime</source>
        <translation>Signalbrott</translation>
    </message>
    <message>
        <source>Grave consequences</source>
        <translation>Allvarliga konsekvenser</translation>
    </message>
    <message>
        <source>Within the parties&apos; resources</source>
        <translation>Inom parternas resurser</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Beslutad</translation>
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
</context>
<context>
    <name>samverka::core::LawChecklist</name>
    <message>
        <source>The municipality has no situation picture. The law requires one of the crime in the municipality, with an analysis.</source>
        <translation>Kommunen har ingen lägesbild. Lagen kräver en lägesbild över brottsligheten i kommunen, med en analys.</translation>
    </message>
    <message>
        <source>No situation picture is adopted: “%1” is a draft.</source>
        <translation>Ingen lägesbild är fastställd: ”%1” är ett utkast.</translation>
    </message>
    <message>
        <source>The situation picture “%1” was due for an update on %2.</source>
        <translation>Lägesbilden ”%1” skulle ha uppdaterats senast %2.</translation>
    </message>
    <message>
        <source>“%1”, adopted %2; next update by %3.</source>
        <translation>”%1”, fastställd %2; ska uppdateras senast %3.</translation>
    </message>
    <message>
        <source>“%1”, adopted.</source>
        <translation>”%1”, fastställd.</translation>
    </message>
    <message>
        <source>No coordinating function is named. The law requires the municipality to have one.</source>
        <translation>Ingen samordningsfunktion är angiven. Lagen kräver att kommunen har en.</translation>
    </message>
    <message>
        <source>Named.</source>
        <translation>Angiven.</translation>
    </message>
    <message>
        <source>%1, since %2.</source>
        <translation>%1, sedan %2.</translation>
    </message>
</context>
<context>
    <name>samverka::core::PlanChecklist</name>
    <message>
        <source>The municipality has no measure plan. The law requires one, decided from the situation picture.</source>
        <translation>Kommunen har ingen åtgärdsplan. Lagen kräver en, beslutad utifrån lägesbilden.</translation>
    </message>
    <message>
        <source>No measure plan is decided: “%1” is a draft.</source>
        <translation>Ingen åtgärdsplan är beslutad: ”%1” är ett utkast.</translation>
    </message>
    <message>
        <source>The measure plan “%1” was valid until %2.</source>
        <translation>Åtgärdsplanen ”%1” gällde till och med %2.</translation>
    </message>
    <message>
        <source>The measure plan “%1” is not based on the situation picture in force, “%2”.</source>
        <translation>Åtgärdsplanen ”%1” bygger inte på den gällande lägesbilden, ”%2”.</translation>
    </message>
    <message>
        <source>“%1”, decided %2; valid until %3.</source>
        <translation>”%1”, beslutad %2; gäller till och med %3.</translation>
    </message>
    <message>
        <source>“%1”, decided %2.</source>
        <translation>”%1”, beslutad %2.</translation>
    </message>
    <message>
        <source>%1 of %2 measures in “%3” are aimed at no cause.</source>
        <translation>%1 av %2 åtgärder i ”%3” riktar sig inte mot någon orsak.</translation>
    </message>
    <message>
        <source>“%1” has no measures yet.</source>
        <translation>”%1” har inga åtgärder ännu.</translation>
    </message>
    <message>
        <source>Every measure is aimed at a cause.</source>
        <translation>Varje åtgärd riktar sig mot en orsak.</translation>
    </message>
    <message>
        <source>“%1” is a draft; give it follow-up dates before it is decided.</source>
        <translation>”%1” är ett utkast; ge den uppföljningsdatum innan den beslutas.</translation>
    </message>
    <message>
        <source>“%1” has no follow-up dates.</source>
        <translation>”%1” har inga uppföljningsdatum.</translation>
    </message>
    <message>
        <source>%1 of %2 measures in “%3” have never been rated, although the plan was to be followed up on %4.</source>
        <translation>%1 av %2 åtgärder i ”%3” har aldrig bedömts, fast planen skulle följas upp %4.</translation>
    </message>
    <message>
        <source>Next follow-up on %1.</source>
        <translation>Nästa uppföljning %1.</translation>
    </message>
    <message>
        <source>Every measure has been rated.</source>
        <translation>Varje åtgärd har bedömts.</translation>
    </message>
    <message>
        <source>No measure plan yet.</source>
        <translation>Ingen åtgärdsplan ännu.</translation>
    </message>
</context>
<context>
    <name>samverka::core::PlanTable</name>
    <message>
        <source>by %1</source>
        <translation>senast %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>från %1</translation>
    </message>
    <message>
        <source>Problem %1</source>
        <translation>Problem %1</translation>
    </message>
    <message>
        <source>The follow-up of %1 says: %2.</source>
        <translation>Uppföljningen %1 säger: %2.</translation>
    </message>
    <message>
        <source>The measure is late: it was to end on %1.</source>
        <translation>Åtgärden är försenad: den skulle vara klar %1.</translation>
    </message>
</context>
<context>
    <name>samverka::core::PopulationCsvParser</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan inte läsa %1: %2</translation>
    </message>
    <message>
        <source>expected municipality, year and population separated by &quot;%1&quot;</source>
        <translation>förväntade kommun, år och befolkning åtskilda av ”%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a municipality code or name</source>
        <translation>”%1” är inte en kommunkod eller ett kommunnamn</translation>
    </message>
    <message>
        <source>the population &quot;%1&quot; is not a positive whole number</source>
        <translation>befolkningen ”%1” är inte ett positivt heltal</translation>
    </message>
    <message>
        <source>Line %1 repeats %2 %3; the later value is used.</source>
        <translation>Rad %1 upprepar %2 %3; det senare värdet används.</translation>
    </message>
</context>
<context>
    <name>samverka::core::SituationMapping</name>
    <message>
        <source>The sample is small: the confidence interval is wider than 10 percentage points (%1).</source>
        <translation>Urvalet är litet: konfidensintervallet är bredare än 10 procentenheter (%1).</translation>
    </message>
</context>
<context>
    <name>samverka::core::SituationMappingJson</name>
    <message>
        <source>The last year is before the first.</source>
        <translation>Det sista året ligger före det första.</translation>
    </message>
</context>
<context>
    <name>samverka::core::StatisticsCalculator</name>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>All reported crime</source>
        <translation>Samtliga anmälda brott</translation>
    </message>
    <message>
        <source>The sample is uncertain: the confidence interval is wider than 10 percentage points or not given (%1).</source>
        <translation>Osäkert urval: konfidensintervallet är bredare än 10 procentenheter eller saknas (%1).</translation>
    </message>
</context>
<context>
    <name>samverka::core::StatisticsImportError</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Rad %1: %2</translation>
    </message>
</context>
<context>
    <name>samverka::core::StatisticsValueParser</name>
    <message>
        <source>the count &quot;%1&quot; is not a whole number</source>
        <translation>antalet ”%1” är inte ett heltal</translation>
    </message>
    <message>
        <source>the count &quot;%1&quot; is negative</source>
        <translation>antalet ”%1” är negativt</translation>
    </message>
    <message>
        <source>the count &quot;%1&quot; is too large</source>
        <translation>antalet ”%1” är för stort</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>”%1” är inte ett tal</translation>
    </message>
    <message>
        <source>the year &quot;%1&quot; is not a year</source>
        <translation>”%1” är inte ett årtal</translation>
    </message>
    <message>
        <source>the year %1 is out of range</source>
        <translation>året %1 ligger utanför det tillåtna intervallet</translation>
    </message>
    <message>
        <source>the period &quot;%1&quot; is not a month, quarter or half year</source>
        <translation>perioden ”%1” är inte en månad, ett kvartal eller ett halvår</translation>
    </message>
    <message>
        <source>the period &quot;%1&quot; has no year</source>
        <translation>perioden ”%1” saknar år</translation>
    </message>
</context>
<context>
    <name>samverka::core::Workspace</name>
    <message>
        <source>the workspace file does not exist.</source>
        <translation>arbetsytans fil finns inte.</translation>
    </message>
    <message>
        <source>the workspace file cannot be read (%1).</source>
        <translation>arbetsytans fil kan inte läsas (%1).</translation>
    </message>
    <message>
        <source>line %1, column %2: not valid JSON (%3).</source>
        <translation>rad %1, kolumn %2: inte giltig JSON (%3).</translation>
    </message>
    <message>
        <source>$: expected an object {&quot;name&quot;: …, &quot;files&quot;: […]}, found %1.</source>
        <translation>$: ett objekt {&quot;name&quot;: …, &quot;files&quot;: […]} väntades, men här finns %1.</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>en lista</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>något annat</translation>
    </message>
    <message>
        <source>$.name: missing; a workspace has a name.</source>
        <translation>$.name: saknas; en arbetsyta har ett namn.</translation>
    </message>
    <message>
        <source>$.name: expected a text, found %1.</source>
        <translation>$.name: en text väntades, men här finns %1.</translation>
    </message>
    <message>
        <source>$.files: missing; a workspace lists its files.</source>
        <translation>$.files: saknas; en arbetsyta räknar upp sina filer.</translation>
    </message>
    <message>
        <source>$.files: expected a list of paths, found %1.</source>
        <translation>$.files: en lista med sökvägar väntades, men här finns %1.</translation>
    </message>
    <message>
        <source>$.files[%1]: expected a path (a text), found %2.</source>
        <translation>$.files[%1]: en sökväg (en text) väntades, men här finns %2.</translation>
    </message>
    <message>
        <source>$.files[%1]: the path is empty.</source>
        <translation>$.files[%1]: sökvägen är tom.</translation>
    </message>
    <message>
        <source>the workspace file cannot be written (%1).</source>
        <translation>arbetsytans fil kan inte skrivas (%1).</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>sant eller falskt</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>ett tal</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>en text</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ett objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ingenting</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>samverka::documents</name>
    <message>
        <source>No data</source>
        <translation>Inga uppgifter</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Det gick inte att skriva %1: %2</translation>
    </message>
</context>
<context>
    <name>samverka::documents::OnDemandLibrary</name>
    <message>
        <source>The library %1 (Debian package %2) could not be loaded: %3</source>
        <translation>Biblioteket %1 (Debianpaketet %2) kunde inte läsas in: %3</translation>
    </message>
    <message>
        <source>The library %1 (%2) has no function %3.</source>
        <translation>Biblioteket %1 (%2) saknar funktionen %3.</translation>
    </message>
</context>
<context>
    <name>samverka::region::LibPq</name>
    <message>
        <source>The PostgreSQL client library %1 has no function %2: %3</source>
        <translation>PostgreSQL:s klientbibliotek %1 saknar funktionen %2: %3</translation>
    </message>
    <message>
        <source>The PostgreSQL client library (libpq, Debian package libpq5) could not be loaded: %1</source>
        <translation>PostgreSQL:s klientbibliotek (libpq, Debianpaketet libpq5) kunde inte läsas in: %1</translation>
    </message>
</context>
<context>
    <name>samverka::region::PgConnection</name>
    <message>
        <source>Could not connect to the region database: out of memory.</source>
        <translation>Kunde inte ansluta till regiondatabasen: minnet räckte inte.</translation>
    </message>
    <message>
        <source>Could not connect to the region database: %1</source>
        <translation>Kunde inte ansluta till regiondatabasen: %1</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 i %2: %3</translation>
    </message>
    <message>
        <source>A statement failed</source>
        <translation>En sats misslyckades</translation>
    </message>
    <message>
        <source>Copying into %1 failed</source>
        <translation>Kopieringen till %1 misslyckades</translation>
    </message>
    <message>
        <source>database %1 on %2:%3</source>
        <translation>databasen %1 på %2:%3</translation>
    </message>
</context>
<context>
    <name>samverka::region::RegionPublisher</name>
    <message>
        <source>The role %1 may not publish for %2 (%3) on the %4: it needs the role samverka_publisher_%3, and the municipality must be one of Sweden&apos;s.</source>
        <translation>Rollen %1 får inte publicera för %2 (%3) i %4: den behöver rollen samverka_publisher_%3, och kommunen måste vara en av Sveriges.</translation>
    </message>
</context>
<context>
    <name>samverka::region::RegionSchema</name>
    <message>
        <source>The %1 has no Samverka region schema: run “samverka-cli region init --database …” first.</source>
        <translation>Det finns inget regionschema för Samverka i %1: kör ”samverka-cli region init --database …” först.</translation>
    </message>
    <message>
        <source>The region schema of the %1 was made by a newer Samverka (schema version %2; this program knows up to %3). Use that version.</source>
        <translation>Regionschemat i %1 är gjort av en nyare Samverka (schemaversion %2; det här programmet känner till version %3). Använd den versionen.</translation>
    </message>
    <message>
        <source>The region schema of the %1 is of version %2: run “samverka-cli region init --database …” to update it to version %3.</source>
        <translation>Regionschemat i %1 har version %2: kör ”samverka-cli region init --database …” för att uppdatera det till version %3.</translation>
    </message>
</context>
<context>
    <name>samverka::storage</name>
    <message>
        <source>&quot;%1&quot; is not a backup of a Samverka municipality file.</source>
        <translation>”%1” är inte en säkerhetskopia av en kommunfil från Samverka.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is still referred to (%2); remove those references first.</source>
        <translation>Det finns fortfarande hänvisningar till ”%1” (%2); ta bort dem först.</translation>
    </message>
    <message>
        <source>There is no %1 with the id &quot;%2&quot; in this file.</source>
        <translation>Det finns ingen post av typen %1 med id:t ”%2” i filen.</translation>
    </message>
    <message>
        <source>A %1 has no field &quot;%2&quot;.</source>
        <translation>En post av typen %1 har inget fält ”%2”.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation>Filen ”%1” finns inte.</translation>
    </message>
    <message>
        <source>This agreement is signed and locked; revise it to make changes.</source>
        <translation>Överenskommelsen är undertecknad och låst; revidera den för att göra ändringar.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be updated from format version %2 to %3. It was left unchanged.</source>
        <translation>Filen ”%1” kunde inte uppdateras från formatversion %2 till %3. Den lämnades oförändrad.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; was made by a newer version of Samverka, so it is open read-only. Nothing was changed.</source>
        <translation>Filen ”%1” skapades av en nyare version av Samverka och är därför öppnad skrivskyddad. Inget ändrades.</translation>
    </message>
    <message>
        <source>You do not have permission to change the file &quot;%1&quot;, so it is open read-only. Nothing was changed.</source>
        <translation>Du har inte behörighet att ändra filen ”%1”, så den är öppnad skrivskyddad. Inget ändrades.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is open read-only. Nothing was changed.</source>
        <translation>Filen ”%1” är öppnad skrivskyddad. Inget ändrades.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, not a file.</source>
        <translation>”%1” är en mapp, inte en fil.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; already exists; it was left unchanged.</source>
        <translation>Filen ”%1” finns redan; den lämnades oförändrad.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist.</source>
        <translation>Mappen ”%1” finns inte.</translation>
    </message>
    <message>
        <source>This copy of Samverka is incomplete: the file format is missing.</source>
        <translation>Den här installationen av Samverka är ofullständig: filformatet saknas.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is damaged and cannot be opened. Restore it from a backup.</source>
        <translation>Filen ”%1” är skadad och kan inte öppnas. Återställ den från en säkerhetskopia.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, not a Samverka municipality file.</source>
        <translation>”%1” är en mapp, inte en kommunfil från Samverka.</translation>
    </message>
    <message>
        <source>You do not have permission to read the file &quot;%1&quot;.</source>
        <translation>Du har inte behörighet att läsa filen ”%1”.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Samverka municipality file: it is not a database at all.</source>
        <translation>”%1” är inte en kommunfil från Samverka: den är inte ens en databas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an SQLite database of another program, not a Samverka municipality file.</source>
        <translation>”%1” är en SQLite-databas från ett annat program, inte en kommunfil från Samverka.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; must be updated to this version of Samverka, but no backup copy could be made first, so it was left unchanged. %2</source>
        <translation>Filen ”%1” måste uppdateras till den här versionen av Samverka, men det gick inte att göra en säkerhetskopia först, så den lämnades oförändrad. %2</translation>
    </message>
    <message>
        <source>%1 A backup copy made before the update is in &quot;%2&quot;.</source>
        <translation>%1 En säkerhetskopia som gjordes före uppdateringen finns i ”%2”.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is being changed by someone else right now. Nothing was changed; try again in a moment.</source>
        <translation>Filen ”%1” ändras av någon annan just nu. Inget ändrades; försök igen om en stund.</translation>
    </message>
    <message>
        <source>A change to the file &quot;%1&quot; was interrupted (a program stopped while saving) and must be undone before the file can be read. This is not damage: the file holds its last saved content once that is done. Open it once with permission to change the file and its folder, and Samverka undoes the interrupted change by itself. Nothing was changed.</source>
        <translation>En ändring av filen ”%1” avbröts (ett program stannade mitt i sparandet) och måste ångras innan filen kan läsas. Filen är inte skadad: när det är gjort innehåller den det som senast sparades. Öppna den en gång med behörighet att ändra filen och dess mapp, så ångrar Samverka den avbrutna ändringen själv. Inget ändrades.</translation>
    </message>
    <message>
        <source>A change to &quot;%1&quot; was interrupted (a program stopped while saving) and has been undone: the file holds its last saved content.</source>
        <translation>En ändring av ”%1” avbröts (ett program stannade mitt i sparandet) och har ångrats: filen innehåller det som senast sparades.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is damaged and cannot be read. Restore it from a backup.</source>
        <translation>Filen ”%1” är skadad och kan inte läsas. Återställ den från en säkerhetskopia.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is open read-only; nothing was changed.</source>
        <translation>Filen ”%1” är öppnad skrivskyddad; inget ändrades.</translation>
    </message>
    <message>
        <source>The change was refused: it does not fit the rules of the municipality file. Nothing was changed.</source>
        <translation>Ändringen avvisades: den stämmer inte med kommunfilens regler. Inget ändrades.</translation>
    </message>
    <message>
        <source>You do not have permission to use the file &quot;%1&quot;.</source>
        <translation>Du har inte behörighet att använda filen ”%1”.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be read or written (%2).</source>
        <translation>Filen ”%1” kunde inte läsas eller skrivas (%2).</translation>
    </message>
    <message>
        <source>A new file cannot be written in the folder &quot;%1&quot;.</source>
        <translation>En ny fil kan inte skrivas i mappen ”%1”.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be written.</source>
        <translation>Filen ”%1” kunde inte skrivas.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be replaced; it was left unchanged.</source>
        <translation>Filen ”%1” kunde inte ersättas; den lämnades oförändrad.</translation>
    </message>
    <message>
        <source>The change could not be written to the file &quot;%1&quot;: the disk or network share refused it. The change was not saved, and the file keeps what was saved before it. Check that the file has not been made read-only and that the network share can be reached, then try again. If it keeps happening, ask your IT support.</source>
        <translation>Ändringen kunde inte skrivas till filen ”%1”: disken eller nätverksenheten tog inte emot den. Ändringen sparades inte, och filen har kvar det som sparades före den. Kontrollera att filen inte har gjorts skrivskyddad och att nätverksenheten går att nå, och försök sedan igen. Om det fortsätter, kontakta IT-supporten.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be read: the disk or network share did not answer. Nothing was changed. Check that the network share can be reached, then try again. If it keeps happening, ask your IT support.</source>
        <translation>Filen ”%1” kunde inte läsas: disken eller nätverksenheten svarade inte. Inget ändrades. Kontrollera att nätverksenheten går att nå, och försök sedan igen. Om det fortsätter, kontakta IT-supporten.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be locked for the change: the disk or network share did not answer. The change was not saved, and the file keeps what was saved before it. Check that the network share can be reached, then try again. If it keeps happening, ask your IT support.</source>
        <translation>Filen ”%1” kunde inte låsas för ändringen: disken eller nätverksenheten svarade inte. Ändringen sparades inte, och filen har kvar det som sparades före den. Kontrollera att nätverksenheten går att nå, och försök sedan igen. Om det fortsätter, kontakta IT-supporten.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be read or written (%2). The change was not saved, and the file keeps what was saved before it. Check the disk or network share, then try again. If it keeps happening, ask your IT support.</source>
        <translation>Filen ”%1” kunde inte läsas eller skrivas (%2). Ändringen sparades inte, och filen har kvar det som sparades före den. Kontrollera disken eller nätverksenheten, och försök sedan igen. Om det fortsätter, kontakta IT-supporten.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; was moved, renamed or deleted while it was open. The change was not saved. Open the file again from where it is now.</source>
        <translation>Filen ”%1” flyttades, bytte namn eller togs bort medan den var öppen. Ändringen sparades inte. Öppna filen igen där den finns nu.</translation>
    </message>
    <message>
        <source>The folder of the file &quot;%1&quot; may not be changed, and saving needs a temporary file beside the file. The change was not saved, and the file keeps what was saved before it. Ask your IT support for permission to change files in that folder.</source>
        <translation>Mappen där filen ”%1” finns får inte ändras, och för att spara behövs en tillfällig fil bredvid filen. Ändringen sparades inte, och filen har kvar det som sparades före den. Be IT-supporten om behörighet att ändra filer i den mappen.</translation>
    </message>
    <message>
        <source>The folder of the file &quot;%1&quot; could not be reached: the network share may have been disconnected, or the folder moved or removed. The change was not saved, and the file keeps what was saved before it. Check the connection to the network share, then try again. If it keeps happening, ask your IT support.</source>
        <translation>Mappen där filen ”%1” finns gick inte att nå: nätverksenheten kan ha kopplats från, eller mappen flyttats eller tagits bort. Ändringen sparades inte, och filen har kvar det som sparades före den. Kontrollera anslutningen till nätverksenheten, och försök sedan igen. Om det fortsätter, kontakta IT-supporten.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be opened. Check that its folder or network share can be reached.</source>
        <translation>Filen ”%1” kunde inte öppnas. Kontrollera att dess mapp eller nätverksenhet går att nå.</translation>
    </message>
    <message>
        <source>The disk or network share holding the file &quot;%1&quot; is full. The change was not saved, and the file keeps what was saved before it. Make room on the disk (or ask your IT support to), then try again.</source>
        <translation>Disken eller nätverksenheten där filen ”%1” finns är full. Ändringen sparades inte, och filen har kvar det som sparades före den. Frigör utrymme på disken (eller be IT-supporten göra det), och försök sedan igen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a file, not a folder.</source>
        <translation>”%1” är en fil, inte en mapp.</translation>
    </message>
    <message>
        <source>Is the drive connected, and may you write there?</source>
        <translation>Är enheten ansluten, och får du skriva där?</translation>
    </message>
    <message>
        <source>The backup folder &quot;%1&quot; cannot be created. %2</source>
        <translation>Mappen för säkerhetskopior ”%1” kan inte skapas. %2</translation>
    </message>
    <message>
        <source>Samverka cannot write in the backup folder &quot;%1&quot; (%2). Choose a folder you may write in.</source>
        <translation>Samverka kan inte skriva i mappen för säkerhetskopior ”%1” (%2). Välj en mapp som du får skriva i.</translation>
    </message>
    <message>
        <source>No backup copy could be written in the folder &quot;%1&quot;. %2</source>
        <translation>Ingen säkerhetskopia kunde skrivas i mappen ”%1”. %2</translation>
    </message>
    <message>
        <source>The removed content can no longer be brought back: it is not kept in the file any more.</source>
        <translation>Det borttagna innehållet kan inte längre återställas: det finns inte kvar i filen.</translation>
    </message>
    <message>
        <source>This situation picture is adopted and locked; set its status back to draft, or start a new edition, to change it.</source>
        <translation>Lägesbilden är fastställd och låst; sätt tillbaka statusen till utkast, eller gör en ny utgåva, för att ändra den.</translation>
    </message>
    <message>
        <source>This measure plan is decided and locked; set its status back to draft to change it. Its ratings and follow-up dates stay open.</source>
        <translation>Åtgärdsplanen är beslutad och låst; sätt tillbaka statusen till utkast för att ändra den. Bedömningar och uppföljningsdatum går fortfarande att ändra.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; was saved by a newer version of Samverka (file version %2; this program knows up to %3). Open it in that version, or in the app, which shows it read-only.</source>
        <translation>Filen ”%1” sparades av en nyare version av Samverka (filversion %2; det här programmet känner till version %3). Öppna den i den versionen, eller i programmet, som visar den skrivskyddad.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be read: %2</source>
        <translation>Filen ”%1” kunde inte läsas: %2</translation>
    </message>
</context>
<context>
    <name>samverka::storage::AgreementLifecycle</name>
    <message>
        <source>An agreement becomes signed only by signing it.</source>
        <translation>En överenskommelse blir undertecknad bara genom att den undertecknas.</translation>
    </message>
    <message>
        <source>The agreement &quot;%1&quot; is already signed.</source>
        <translation>Överenskommelsen ”%1” är redan undertecknad.</translation>
    </message>
    <message>
        <source>The agreement &quot;%1&quot; has no signatories; add them before signing.</source>
        <translation>Överenskommelsen ”%1” saknar undertecknare; lägg till dem innan den undertecknas.</translation>
    </message>
    <message>
        <source>The agreement &quot;%1&quot; has no signatory with the id &quot;%2&quot;.</source>
        <translation>Överenskommelsen ”%1” har ingen undertecknare med id:t ”%2”.</translation>
    </message>
    <message>
        <source>Only a signed agreement is revised; &quot;%1&quot; can be edited as it is.</source>
        <translation>Bara en undertecknad överenskommelse revideras; ”%1” kan redigeras som den är.</translation>
    </message>
</context>
<context>
    <name>samverka::storage::ExchangeApplier</name>
    <message>
        <source>$.municipality.code: the document is for %1 (%2), but this file belongs to %3 (%4); nothing was imported.</source>
        <translation>$.municipality.code: dokumentet gäller %1 (%2), men filen tillhör %3 (%4); inget importerades.</translation>
    </message>
    <message>
        <source>%1: the agreement &quot;%2&quot; is signed and locked; its content cannot change (revise it instead). Nothing was imported.</source>
        <translation>%1: överenskommelsen ”%2” är undertecknad och låst; innehållet kan inte ändras (revidera den i stället). Inget importerades.</translation>
    </message>
</context>
<context>
    <name>samverka::storage::FieldAccess</name>
    <message>
        <source>There is no %1 with the id &quot;%2&quot; in this file.</source>
        <translation>Det finns ingen post av typen %1 med id:t ”%2” i filen.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; refers to &quot;%2&quot;, which is not in this file.</source>
        <translation>Fältet ”%1” hänvisar till ”%2”, som inte finns i filen.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; refers to &quot;%2&quot;, which belongs to another agreement.</source>
        <translation>Fältet ”%1” hänvisar till ”%2”, som hör till en annan överenskommelse.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for the field &quot;%2&quot;.</source>
        <translation>”%1” är inte ett giltigt värde för fältet ”%2”.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for the field &quot;%2&quot; (allowed: %3).</source>
        <translation>”%1” är inte ett giltigt värde för fältet ”%2” (tillåtna: %3).</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; cannot be empty.</source>
        <translation>Fältet ”%1” får inte vara tomt.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is set by the program and cannot be edited.</source>
        <translation>Fältet ”%1” sätts av programmet och kan inte redigeras.</translation>
    </message>
    <message>
        <source>The value of the field &quot;%1&quot; was refused: it does not fit the rules of the municipality file.</source>
        <translation>Värdet i fältet ”%1” avvisades: det stämmer inte med kommunfilens regler.</translation>
    </message>
    <message>
        <source>%1 is outside the range of the field &quot;%2&quot; (%3 to %4).</source>
        <translation>%1 ligger utanför det tillåtna för fältet ”%2” (%3 till %4).</translation>
    </message>
</context>
<context>
    <name>samverka::storage::RecordEditor</name>
    <message>
        <source>An agreement becomes signed only by signing it.</source>
        <translation>En överenskommelse blir undertecknad bara genom att den undertecknas.</translation>
    </message>
    <message>
        <source>A %1 has no field &quot;%2&quot;.</source>
        <translation>En post av typen %1 har inget fält ”%2”.</translation>
    </message>
    <message>
        <source>A file has exactly one municipality record.</source>
        <translation>En fil har exakt en kommunpost.</translation>
    </message>
    <message>
        <source>There is no %1 with the id &quot;%2&quot; to add the %3 to.</source>
        <translation>Det finns ingen post av typen %1 med id:t ”%2” att lägga till posten av typen %3 i.</translation>
    </message>
    <message>
        <source>A record with the id &quot;%1&quot; already exists.</source>
        <translation>En post med id:t ”%1” finns redan.</translation>
    </message>
    <message>
        <source>The municipality record cannot be removed.</source>
        <translation>Kommunposten kan inte tas bort.</translation>
    </message>
    <message>
        <source>There is nothing to restore.</source>
        <translation>Det finns inget att återställa.</translation>
    </message>
    <message>
        <source>The order of %1 records follows from their content.</source>
        <translation>Ordningen mellan poster av typen %1 följer av deras innehåll.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is part of what identifies a %2, so it cannot be changed; remove the %2 and add it again instead.</source>
        <translation>Fältet ”%1” ingår i det som identifierar en post av typen %2 och kan inte ändras. Ta bort posten av typen %2 och lägg till den igen i stället.</translation>
    </message>
    <message>
        <source>A %1 needs the field &quot;%2&quot;.</source>
        <translation>En post av typen %1 behöver fältet ”%2”.</translation>
    </message>
    <message>
        <source>The population of %1 in %2 is in the file already.</source>
        <translation>Folkmängden för %1 år %2 finns redan i filen.</translation>
    </message>
    <message>
        <source>A %1 with the same key is in the file already.</source>
        <translation>En post av typen %1 med samma nyckel finns redan i filen.</translation>
    </message>
</context>
<context>
    <name>samverka::ui::ActionPlanModel</name>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation>Ändra aktivitet</translation>
    </message>
    <message>
        <source>Edit when</source>
        <translation>Ändra när</translation>
    </message>
    <message>
        <source>Edit responsible</source>
        <translation>Ändra ansvarig</translation>
    </message>
    <message>
        <source>Move measure</source>
        <translation>Flytta åtgärd</translation>
    </message>
</context>
<context>
    <name>samverka::ui::AgreementPage</name>
    <message>
        <source>From the date of signing</source>
        <translation>Från och med dagen för undertecknandet</translation>
    </message>
    <message>
        <source>Continues until further notice</source>
        <translation>Gäller därefter tills vidare</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation>Giltig &amp;från:</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Giltig från</translation>
    </message>
    <message>
        <source>Valid &amp;to:</source>
        <translation>Giltig t&amp;ill:</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Giltig till</translation>
    </message>
    <message>
        <source>&amp;Parties:</source>
        <translation>&amp;Parter:</translation>
    </message>
    <message>
        <source>diary number</source>
        <translation>diarienummer</translation>
    </message>
    <message>
        <source>&amp;Diary numbers:</source>
        <translation>&amp;Diarienummer:</translation>
    </message>
    <message>
        <source>Replaces:</source>
        <translation>Ersätter:</translation>
    </message>
    <message>
        <source>Decided &amp;by:</source>
        <translation>&amp;Beslutad av:</translation>
    </message>
    <message>
        <source>Decided &amp;on:</source>
        <translation>Beslutad d&amp;en:</translation>
    </message>
    <message>
        <source>Edit title</source>
        <translation>Ändra titel</translation>
    </message>
    <message>
        <source>Edit valid from</source>
        <translation>Ändra giltig från</translation>
    </message>
    <message>
        <source>Edit valid from signing</source>
        <translation>Ändra giltig från undertecknandet</translation>
    </message>
    <message>
        <source>Edit valid to</source>
        <translation>Ändra giltig till</translation>
    </message>
    <message>
        <source>Edit until further notice</source>
        <translation>Ändra tills vidare</translation>
    </message>
    <message>
        <source>Edit parties</source>
        <translation>Ändra parter</translation>
    </message>
    <message>
        <source>Edit decided by</source>
        <translation>Ändra beslutad av</translation>
    </message>
    <message>
        <source>Edit decided on</source>
        <translation>Ändra beslutsdatum</translation>
    </message>
    <message>
        <source>The period ends before it starts: valid to (%1) is before valid from (%2). Not saved.</source>
        <translation>Perioden slutar innan den börjar: giltig till (%1) är före giltig från (%2). Sparades inte.</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Överenskommelse</translation>
    </message>
    <message>
        <source>The agreement no longer exists</source>
        <translation>Överenskommelsen finns inte längre</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Diary number</source>
        <translation>Diarienummer</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Beslutad den</translation>
    </message>
</context>
<context>
    <name>samverka::ui::AppContext</name>
    <message>
        <source>municipality</source>
        <translation>kommun</translation>
    </message>
    <message>
        <source>party</source>
        <translation>part</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>överenskommelse</translation>
    </message>
    <message>
        <source>diary number</source>
        <translation>diarienummer</translation>
    </message>
    <message>
        <source>commitment</source>
        <translation>åtagande</translation>
    </message>
    <message>
        <source>group</source>
        <translation>grupp</translation>
    </message>
    <message>
        <source>group member</source>
        <translation>gruppmedlem</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>samordnare</translation>
    </message>
    <message>
        <source>reporting rule</source>
        <translation>rapporteringsregel</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>problem</translation>
    </message>
    <message>
        <source>cause</source>
        <translation>orsak</translation>
    </message>
    <message>
        <source>focus area</source>
        <translation>fokusområde</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>mål</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>åtgärd</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>uppföljning</translation>
    </message>
    <message>
        <source>signatory</source>
        <translation>undertecknare</translation>
    </message>
    <message>
        <source>review comment</source>
        <translation>granskningskommentar</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>svar</translation>
    </message>
    <message>
        <source>check item</source>
        <translation>kontrollpunkt</translation>
    </message>
    <message>
        <source>citizen promise set</source>
        <translation>omgång medborgarlöften</translation>
    </message>
    <message>
        <source>citizen promise</source>
        <translation>medborgarlöfte</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>möte</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>bilaga</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Ändra %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Lägg till %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Ta bort %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Flytta %1</translation>
    </message>
    <message>
        <source>The operation failed: %1</source>
        <translation>Det gick inte att genomföra: %1</translation>
    </message>
    <message>
        <source>The change failed: %1</source>
        <translation>Ändringen misslyckades: %1</translation>
    </message>
    <message>
        <source>population figure</source>
        <translation>befolkningsuppgift</translation>
    </message>
    <message>
        <source>starting point</source>
        <translation>utgångspunkt</translation>
    </message>
    <message>
        <source>situation picture</source>
        <translation>lägesbild</translation>
    </message>
    <message>
        <source>section</source>
        <translation>avsnitt</translation>
    </message>
    <message>
        <source>New edition of the situation picture</source>
        <translation>Ny utgåva av lägesbilden</translation>
    </message>
    <message>
        <source>measure plan</source>
        <translation>åtgärdsplan</translation>
    </message>
    <message>
        <source>follow-up date</source>
        <translation>uppföljningsdatum</translation>
    </message>
    <message>
        <source>plan row</source>
        <translation>rad i åtgärdsplanen</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>bedömning</translation>
    </message>
</context>
<context>
    <name>samverka::ui::AttachmentsPage</name>
    <message>
        <source>Attachments</source>
        <translation>Bilagor</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Spara en kopia…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>Lägg till fil…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Agreement:</source>
        <translation>Ö&amp;verenskommelse:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Anteckning:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <source>Edit attachment name</source>
        <translation>Ändra bilagans namn</translation>
    </message>
    <message>
        <source>Edit attachment agreement</source>
        <translation>Ändra bilagans överenskommelse</translation>
    </message>
    <message>
        <source>Edit attachment note</source>
        <translation>Ändra bilagans anteckning</translation>
    </message>
    <message>
        <source>Add a file</source>
        <translation>Lägg till en fil</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Spara en kopia</translation>
    </message>
    <message>
        <source>The copy could not be written to %1.</source>
        <translation>Kopian kunde inte skrivas till %1.</translation>
    </message>
    <message>
        <source>%1
SHA-256: %2</source>
        <translation>%1
SHA-256: %2</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>Filen %1 kunde inte läsas: %2</translation>
    </message>
    <message>
        <source>Add attachment</source>
        <translation>Lägg till bilaga</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Ta bort bilaga</translation>
    </message>
    <message>
        <source>No files yet. Keep the scanned signed original and other documents here, inside the municipality file.</source>
        <translation>Inga filer ännu. Spara det inskannade undertecknade originalet och andra dokument här, i kommunfilen.</translation>
    </message>
</context>
<context>
    <name>samverka::ui::BackupsDialog</name>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Återställ…</translation>
    </message>
    <message>
        <source>Backups of %1</source>
        <translation>Säkerhetskopior av %1</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Gjord</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>date at time</comment>
        <translation>%1 kl. %2</translation>
    </message>
    <message>
        <source>There are no backups of this file on this computer.</source>
        <translation>Det finns inga säkerhetskopior av den här filen på den här datorn.</translation>
    </message>
    <message>
        <source>%1 (before restoring %2).samverka</source>
        <translation>%1 (före återställning %2).samverka</translation>
    </message>
    <message>
        <source>The file %1 could not be kept as %2 before restoring, so nothing was changed. Is the folder writable and is there room on the disk?</source>
        <translation>Filen %1 kunde inte sparas som %2 före återställningen, så inget har ändrats. Går det att skriva i mappen, och finns det plats på disken?</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Återställ säkerhetskopia</translation>
    </message>
    <message>
        <source>Put the backup made %1 in the place of %2?

The file as it is now is kept beside it, so nothing is lost.</source>
        <translation>Lägga säkerhetskopian från %1 på platsen för %2?

Filen som den är nu sparas bredvid, så inget går förlorat.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Mapp</translation>
    </message>
    <message numerus="yes">
        <source>Samverka keeps a copy of the file when it is opened for changes and has changed since the last copy, the latest %n, in %1.</source>
        <translation>
            <numerusform>Samverka sparar en kopia av filen när den öppnas för ändringar och har ändrats sedan förra kopian, den senaste %n, i %1.</numerusform>
            <numerusform>Samverka sparar en kopia av filen när den öppnas för ändringar och har ändrats sedan förra kopian, de %n senaste, i %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Older copies, made before the backup folder was changed, are listed too; they stay in %1.</source>
        <translation>Äldre kopior, gjorda innan mappen för säkerhetskopior byttes, visas också; de ligger kvar i %1.</translation>
    </message>
    <message>
        <source>Choose the folder and the number under Edit › Settings.</source>
        <translation>Mappen och antalet väljer du under Redigera › Inställningar.</translation>
    </message>
</context>
<context>
    <name>samverka::ui::BannerController</name>
    <message>
        <source>This file was made by a newer version of Samverka. It is open read-only: you can read and print, not change.</source>
        <translation>Filen skapades av en nyare version av Samverka. Den är öppnad skrivskyddad: du kan läsa och skriva ut, men inte ändra.</translation>
    </message>
    <message>
        <source>You may not write to this file. It is open read-only: you can read and print, not change.</source>
        <translation>Du har inte behörighet att skriva till filen. Den är öppnad skrivskyddad: du kan läsa och skriva ut, men inte ändra.</translation>
    </message>
    <message>
        <source>The file is open read-only.</source>
        <translation>Filen är öppnad skrivskyddad.</translation>
    </message>
    <message>
        <source>Fingerprint %1</source>
        <translation>Fingeravtryck %1</translation>
    </message>
    <message>
        <source>Signed %1 · %2</source>
        <translation>Undertecknad %1 · %2</translation>
    </message>
    <message>
        <source>The agreement is signed and locked. Revise it to make changes.</source>
        <translation>Överenskommelsen är undertecknad och låst. Revidera den för att göra ändringar.</translation>
    </message>
    <message>
        <source>&amp;Revise</source>
        <translation>&amp;Revidera</translation>
    </message>
    <message>
        <source>The file was made by an older version of Samverka. It is shown as it will be once updated; the file itself is not changed.</source>
        <translation>Filen skapades med en äldre version av Samverka. Den visas så som den blir efter uppdateringen; själva filen ändras inte.</translation>
    </message>
</context>
<context>
    <name>samverka::ui::BaselineFromStatisticsDialog</name>
    <message>
        <source>Fill baseline from statistics</source>
        <translation>Hämta utgångsvärde från statistik</translation>
    </message>
    <message>
        <source>Reported crimes in %1: %2</source>
        <translation>Anmälda brott i %1: %2</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Per 100 000 inhabitants</source>
        <translation>Per 100 000 invånare</translation>
    </message>
    <message>
        <source>Per 100 000 inhabitants needs the population of the year (statistics page)</source>
        <translation>Per 100 000 invånare kräver årets befolkning (sidan Statistik)</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Mått:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mått</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Baseline:</source>
        <translation>Utgångsvärde:</translation>
    </message>
    <message>
        <source>Empty indicator, unit and source fields are filled in too. The statistics show reported crimes, not all crimes committed.</source>
        <translation>Tomma fält för indikator, enhet och källa fylls också i. Statistiken visar anmälda brott, inte alla brott som begåtts.</translation>
    </message>
    <message>
        <source>%1 (preliminary)</source>
        <translation>%1 (preliminärt)</translation>
    </message>
    <message>
        <source>No value for this measure</source>
        <translation>Inget värde för det här måttet</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 den %2</translation>
    </message>
</context>
<context>
    <name>samverka::ui::CategoryMappingDialog</name>
    <message>
        <source>the imported file</source>
        <translation>den importerade filen</translation>
    </message>
    <message>
        <source>changed in this file</source>
        <translation>ändrad i filen</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>standard</translation>
    </message>
    <message>
        <source>guessed from the name</source>
        <translation>gissad från namnet</translation>
    </message>
    <message>
        <source>as its parent type</source>
        <translation>som överordnad typ</translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation>okänd</translation>
    </message>
    <message>
        <source>Crime categories</source>
        <translation>Brottskategorier</translation>
    </message>
    <message>
        <source>Crime type</source>
        <translation>Brottstyp</translation>
    </message>
    <message>
        <source>Crime category</source>
        <translation>Brottskategori</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Category of each crime type</source>
        <translation>Kategori för varje brottstyp</translation>
    </message>
    <message>
        <source>Crime category of %1</source>
        <translation>Brottskategori för %1</translation>
    </message>
    <message>
        <source>The imported rows name their own category; it is used instead of the mapping.</source>
        <translation>De importerade raderna anger en egen kategori; den används i stället för indelningen.</translation>
    </message>
    <message>
        <source>Filter crime types</source>
        <translation>Filtrera brottstyper</translation>
    </message>
    <message>
        <source>The categories follow the handbook&apos;s table &quot;Reported crimes by crime type&quot;. A change applies to every year and every municipality in the file.</source>
        <translation>Kategorierna följer handbokens tabell ”Anmälda brott efter brottstyp”. En ändring gäller alla år och alla kommuner i filen.</translation>
    </message>
    <message>
        <source>The file has no crime statistics yet.</source>
        <translation>Filen har ingen brottsstatistik ännu.</translation>
    </message>
    <message>
        <source>Reset to standard</source>
        <translation>Återställ till standard</translation>
    </message>
</context>
<context>
    <name>samverka::ui::CauseAnalysisPage</name>
    <message>
        <source>Problems and causes</source>
        <translation>Problem och orsaker</translation>
    </message>
    <message>
        <source>The parties can influence this cause</source>
        <translation>Parterna kan påverka orsaken</translation>
    </message>
    <message>
        <source>Confidential (sekretess)</source>
        <translation>Sekretessbelagd</translation>
    </message>
    <message>
        <source>Problem / cause</source>
        <translation>Problem/orsak</translation>
    </message>
    <message>
        <source>Add cause</source>
        <translation>Lägg till orsak</translation>
    </message>
    <message>
        <source>Remove cause</source>
        <translation>Ta bort orsak</translation>
    </message>
    <message>
        <source>&amp;Cause:</source>
        <translation>&amp;Orsak:</translation>
    </message>
    <message>
        <source>&amp;Perspective:</source>
        <translation>&amp;Perspektiv:</translation>
    </message>
    <message>
        <source>P&amp;roximity:</source>
        <translation>&amp;Närhet:</translation>
    </message>
    <message>
        <source>&amp;Nature:</source>
        <translation>&amp;Karaktär:</translation>
    </message>
    <message>
        <source>Risk &amp;domain:</source>
        <translation>&amp;Riskfaktorområde:</translation>
    </message>
    <message>
        <source>Mandate:</source>
        <translation>Mandat:</translation>
    </message>
    <message>
        <source>Secrecy:</source>
        <translation>Sekretess:</translation>
    </message>
    <message>
        <source>&amp;Information held by:</source>
        <translation>&amp;Uppgift finns hos:</translation>
    </message>
    <message>
        <source>Edit cause</source>
        <translation>Ändra orsak</translation>
    </message>
    <message>
        <source>Edit perspective</source>
        <translation>Ändra perspektiv</translation>
    </message>
    <message>
        <source>Edit proximity</source>
        <translation>Ändra närhet</translation>
    </message>
    <message>
        <source>Edit nature</source>
        <translation>Ändra karaktär</translation>
    </message>
    <message>
        <source>Edit risk domain</source>
        <translation>Ändra riskfaktorområde</translation>
    </message>
    <message>
        <source>Edit mandate</source>
        <translation>Ändra mandat</translation>
    </message>
    <message>
        <source>Edit secrecy</source>
        <translation>Ändra sekretess</translation>
    </message>
    <message>
        <source>Edit information holder</source>
        <translation>Ändra vem som har uppgiften</translation>
    </message>
    <message>
        <source>Cause analysis</source>
        <translation>Orsaksanalys</translation>
    </message>
    <message>
        <source>Select a cause</source>
        <translation>Välj en orsak</translation>
    </message>
    <message>
        <source>A confidential cause should name the party that holds the information instead of the details.</source>
        <translation>En sekretessbelagd orsak bör ange vilken part som har uppgiften i stället för detaljerna.</translation>
    </message>
    <message>
        <source>A prioritised problem without a cause analysis</source>
        <translation>Ett prioriterat problem utan orsaksanalys</translation>
    </message>
    <message>
        <source> (confidential)</source>
        <translation> (sekretess)</translation>
    </message>
    <message>
        <source>No problems to analyse yet. Add the problems to the problem picture first; their causes are listed here.</source>
        <translation>Inga problem att analysera ännu. Lägg först till problemen i problembilden; deras orsaker visas här.</translation>
    </message>
</context>
<context>
    <name>samverka::ui::ChartWidget</name>
    <message>
        <source>Chart</source>
        <translation>Diagram</translation>
    </message>
    <message>
        <source>Could not write the image %1.</source>
        <translation>Bilden %1 kunde inte skrivas.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-bild (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>diagram</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exportera diagram</translation>
    </message>
</context>
<context>
    <name>samverka::ui::ChecklistDialog</name>
    <message>
        <source>Method checklist</source>
        <translation>Metodchecklista</translation>
    </message>
    <message>
        <source>The method checklist finds nothing missing in “%1”.</source>
        <translation>Metodchecklistan hittar inget som saknas i ”%1”.</translation>
    </message>
    <message numerus="yes">
        <source>The method checklist finds %n thing(s) missing in “%1”. You can mark the agreement ready for signing anyway, or double-click an item to fix it first.</source>
        <translation>
            <numerusform>Metodchecklistan hittar %n sak som saknas i ”%1”. Du kan markera överenskommelsen som klar för underskrift ändå, eller dubbelklicka på en punkt för att rätta den först.</numerusform>
            <numerusform>Metodchecklistan hittar %n saker som saknas i ”%1”. Du kan markera överenskommelsen som klar för underskrift ändå, eller dubbelklicka på en punkt för att rätta den först.</numerusform>
        </translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Det här saknas</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Steg %1: %2</translation>
    </message>
    <message>
        <source>Double-click to open</source>
        <translation>Dubbelklicka för att öppna</translation>
    </message>
    <message>
        <source>&amp;Mark anyway</source>
        <translation>&amp;Markera ändå</translation>
    </message>
    <message>
        <source>&amp;Mark as ready for signing</source>
        <translation>&amp;Markera som klar för underskrift</translation>
    </message>
</context>
<context>
    <name>samverka::ui::CommentsPage</name>
    <message>
        <source>Part 1</source>
        <translation>Del 1</translation>
    </message>
    <message>
        <source>Part 2</source>
        <translation>Del 2</translation>
    </message>
    <message>
        <source>Problem picture</source>
        <translation>Problembild</translation>
    </message>
    <message>
        <source>Cause analysis</source>
        <translation>Orsaksanalys</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Underskrifter</translation>
    </message>
    <message>
        <source>Review comments</source>
        <translation>Granskningskommentarer</translation>
    </message>
    <message>
        <source>Show only &amp;open</source>
        <translation>Visa bara &amp;öppna</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Svara</translation>
    </message>
    <message>
        <source>Mark as resolved</source>
        <translation>Markera som löst</translation>
    </message>
    <message>
        <source>Add &amp;comment</source>
        <translation>Lägg till &amp;kommentar</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <source>Remove comment</source>
        <translation>Ta bort kommentar</translation>
    </message>
    <message>
        <source>Comment and replies</source>
        <translation>Kommentar och svar</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Ny kommentar</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>&amp;Avsnitt:</translation>
    </message>
    <message>
        <source>Comme&amp;nt:</source>
        <translation>Komme&amp;ntar:</translation>
    </message>
    <message>
        <source>Your &amp;reply:</source>
        <translation>Ditt s&amp;var:</translation>
    </message>
    <message>
        <source>✓ </source>
        <translation>✓ </translation>
    </message>
    <message>
        <source>Show only &amp;open (%1)</source>
        <translation>Visa bara &amp;öppna (%1)</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Öppna igen</translation>
    </message>
    <message>
        <source>Resolved.</source>
        <translation>Löst.</translation>
    </message>
    <message>
        <source>Add review comment</source>
        <translation>Lägg till granskningskommentar</translation>
    </message>
    <message>
        <source>Reply to review comment</source>
        <translation>Svara på granskningskommentar</translation>
    </message>
    <message>
        <source>Resolve review comment</source>
        <translation>Markera granskningskommentar som löst</translation>
    </message>
    <message>
        <source>Reopen review comment</source>
        <translation>Öppna granskningskommentar igen</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Mål: %1</translation>
    </message>
    <message>
        <source>Measure: %1</source>
        <translation>Åtgärd: %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>date at time</comment>
        <translation>%1 kl. %2</translation>
    </message>
    <message>
        <source>(name not given)</source>
        <translation>(namn saknas)</translation>
    </message>
    <message>
        <source>No open review comments. Untick “Show only open” to see the resolved ones.</source>
        <translation>Inga öppna granskningskommentarer. Avmarkera ”Visa bara öppna” för att se de lösta.</translation>
    </message>
    <message>
        <source>No review comments yet. Write one below, on the section it concerns; the coordinator answers and marks it resolved.</source>
        <translation>Inga granskningskommentarer ännu. Skriv en nedan, på det avsnitt den gäller; samordnaren svarar och markerar den som löst.</translation>
    </message>
</context>
<context>
    <name>samverka::ui::CompareDialog</name>
    <message>
        <source>Show &amp;confidential items</source>
        <translation>Visa sekretess&amp;belagda poster</translation>
    </message>
    <message>
        <source>Compare agreements</source>
        <translation>Jämför överenskommelser</translation>
    </message>
    <message>
        <source>All differences</source>
        <translation>Alla skillnader</translation>
    </message>
    <message>
        <source>&amp;Earlier:</source>
        <translation>&amp;Tidigare:</translation>
    </message>
    <message>
        <source>&amp;Later:</source>
        <translation>&amp;Senare:</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Visa:</translation>
    </message>
    <message>
        <source>A signed agreement no longer matches its fingerprint: it is compared as it now stands, not as it was signed.</source>
        <translation>En undertecknad överenskommelse stämmer inte längre med sitt fingeravtryck: den jämförs som den ser ut nu, inte som den undertecknades.</translation>
    </message>
    <message>
        <source>Choose two different agreements.</source>
        <translation>Välj två olika överenskommelser.</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Inga skillnader.</translation>
    </message>
    <message>
        <source>matched by content, a guess</source>
        <translation>matchad på innehåll, en gissning</translation>
    </message>
    <message>
        <source>confidential</source>
        <translation>sekretessbelagd</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>tomt</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Spara som &amp;PDF…</translation>
    </message>
    <message>
        <source>Changes – %1</source>
        <translation>Ändringar – %1</translation>
    </message>
    <message>
        <source>Save the changes as PDF</source>
        <translation>Spara ändringarna som PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
</context>
<context>
    <name>samverka::ui::DateField</name>
    <message>
        <source>No date</source>
        <translation>Inget datum</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Rensa</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>Rensa datumet</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Rensa %1</translation>
    </message>
    <message>
        <source>Type a date as 2025-01-01, 20250101 or 1/1 2025, or press F4 for the calendar</source>
        <translation>Skriv ett datum som 2025-01-01, 20250101 eller 1/1 2025, eller tryck F4 för kalendern</translation>
    </message>
    <message>
        <source>Choose the date in a calendar (F4)</source>
        <translation>Välj datumet i en kalender (F4)</translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation>Öppna kalendern</translation>
    </message>
    <message>
        <source>Calendar for %1</source>
        <translation>Kalender för %1</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>Datumet</translation>
    </message>
</context>
<context>
    <name>samverka::ui::DocumentController</name>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>The file has no agreement to make a document of yet.</source>
        <translation>Filen har ännu ingen överenskommelse att göra ett dokument av.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportera</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n page(s) to %1</source>
        <translation>
            <numerusform>Exporterade %n sida till %1</numerusform>
            <numerusform>Exporterade %n sidor till %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message numerus="yes">
        <source>Printed %n page(s)</source>
        <translation>
            <numerusform>Skrev ut %n sida</numerusform>
            <numerusform>Skrev ut %n sidor</numerusform>
        </translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Förhandsgranska</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Förhandsgranska</translation>
    </message>
    <message>
        <source>Print preview – %1</source>
        <translation>Förhandsgranskning – %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>document kind, years</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>title (status)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The file has no situation picture yet. Make one on the page Situation picture.</source>
        <translation>Filen har ingen lägesbild än. Gör en på sidan Lägesbild.</translation>
    </message>
    <message>
        <source>The file has no measure plan yet. Make one on the page Measure plan.</source>
        <translation>Filen har ingen åtgärdsplan ännu. Gör en på sidan Åtgärdsplan.</translation>
    </message>
    <message>
        <source>Export document</source>
        <translation>Exportera dokument</translation>
    </message>
    <message>
        <source>Editable Word documents, OpenDocument (*.odt)</source>
        <translation>Redigerbara Word-dokument, OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>Exported the editable document to %1</source>
        <translation>Exporterade det redigerbara dokumentet till %1</translation>
    </message>
    <message>
        <source>The document %1 could not be written.

%2</source>
        <translation>Dokumentet %1 kunde inte skrivas.

%2</translation>
    </message>
</context>
<context>
    <name>samverka::ui::DocumentDialog</name>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Överenskommelse</translation>
    </message>
    <message>
        <source>&amp;Agreement:</source>
        <translation>Ö&amp;verenskommelse:</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Dokument:</translation>
    </message>
    <message>
        <source>&amp;Include confidential items</source>
        <translation>&amp;Ta med sekretessbelagda uppgifter</translation>
    </message>
    <message>
        <source>Include confidential items</source>
        <translation>Ta med sekretessbelagda uppgifter</translation>
    </message>
    <message>
        <source>Confidential problems, causes and measures are left out of a document meant for the public. If you include them, every page is marked as containing confidential information.</source>
        <translation>Sekretessbelagda problem, orsaker och åtgärder utelämnas i ett dokument som ska vara offentligt. Om du tar med dem markeras varje sida med att den innehåller uppgifter som omfattas av sekretess.</translation>
    </message>
    <message>
        <source>Situation picture</source>
        <translation>Lägesbild</translation>
    </message>
    <message>
        <source>&amp;Situation picture:</source>
        <translation>&amp;Lägesbild:</translation>
    </message>
    <message>
        <source>Confidential sections and problems are left out of a document meant for the public. If you include them, they are marked, and so is every page.</source>
        <translation>Sekretessbelagda avsnitt och problem lämnas utanför ett dokument som är avsett för allmänheten. Om du tar med dem märks de, och det gör också varje sida.</translation>
    </message>
    <message>
        <source>Measure plan</source>
        <translation>Åtgärdsplan</translation>
    </message>
    <message>
        <source>&amp;Measure plan:</source>
        <translation>&amp;Åtgärdsplan:</translation>
    </message>
    <message>
        <source>Confidential measures and causes are left out of a document meant for the public. If you include them, they are marked, and so is every page.</source>
        <translation>Sekretessbelagda åtgärder och orsaker lämnas utanför ett dokument som är tänkt för allmänheten. Tar du med dem märks de, och likaså varje sida.</translation>
    </message>
</context>
<context>
    <name>samverka::ui::EnumCombo</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>samverka::ui::ExportController</name>
    <message>
        <source>Action plan</source>
        <translation>Handlingsplan</translation>
    </message>
    <message>
        <source>All measures</source>
        <translation>Alla åtgärder</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Uppföljningar</translation>
    </message>
    <message>
        <source>Reported crimes</source>
        <translation>Anmälda brott</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Exportera tabell</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV for other programs, semicolons (*.csv)</source>
        <translation>CSV för andra program, semikolonseparerad (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>Exporterade %n rad till %1</numerusform>
            <numerusform>Exporterade %n rader till %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The table %1 could not be written.

%2</source>
        <translation>Tabellen %1 kunde inte skrivas.

%2</translation>
    </message>
    <message>
        <source>Samverka – %1</source>
        <translation>Samverka – %1</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Exportera kalender</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Kalender (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n date(s) to %1</source>
        <translation>
            <numerusform>Exporterade %n datum till %1</numerusform>
            <numerusform>Exporterade %n datum till %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The calendar %1 could not be written.

%2</source>
        <translation>Kalendern %1 kunde inte skrivas.

%2</translation>
    </message>
</context>
<context>
    <name>samverka::ui::ExportDialog</name>
    <message>
        <source>Export table</source>
        <translation>Exportera tabell</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Exportera kalender</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabell</translation>
    </message>
    <message>
        <source>Action plan (goal, activity, when, responsible)</source>
        <translation>Handlingsplan (mål, aktivitet, när, ansvarig)</translation>
    </message>
    <message>
        <source>All measures, with every field</source>
        <translation>Alla åtgärder, med alla fält</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Uppföljningar</translation>
    </message>
    <message>
        <source>Reported crimes (statistics)</source>
        <translation>Anmälda brott (statistik)</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Tabell:</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Överenskommelse</translation>
    </message>
    <message>
        <source>The whole file: every agreement, the situation picture and the measure plan</source>
        <translation>Hela filen: alla överenskommelser, lägesbilden och åtgärdsplanen</translation>
    </message>
    <message>
        <source>&amp;Agreement:</source>
        <translation>&amp;Överenskommelse:</translation>
    </message>
    <message>
        <source>&amp;Include confidential items</source>
        <translation>Ta &amp;med sekretessbelagda uppgifter</translation>
    </message>
    <message>
        <source>Include confidential items</source>
        <translation>Ta med sekretessbelagda uppgifter</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <source>Each date gets a fixed id: when you import a new export into Outlook or another calendar, its entries are updated instead of doubled. Confidential measures are left out unless you include them; then they are marked.</source>
        <translation>Varje datum får ett fast id: när du importerar en ny export i Outlook eller en annan kalender uppdateras posterna i stället för att dubbleras. Sekretessbelagda åtgärder tas inte med om du inte väljer det; då markeras de.</translation>
    </message>
    <message>
        <source>Excel gets a sheet per focus area or table, with dates as dates and counts as numbers; CSV is for other programs. Confidential items are left out unless you include them; then they are marked.</source>
        <translation>Excel får ett blad per fokusområde eller tabell, med datum som datum och antal som tal; CSV är för andra program. Sekretessbelagda uppgifter tas inte med om du inte väljer det; då markeras de.</translation>
    </message>
    <message>
        <source>The reported crimes the statistics page shows, a sheet per year.</source>
        <translation>De anmälda brott som statistiksidan visar, ett blad per år.</translation>
    </message>
</context>
<context>
    <name>samverka::ui::FieldBinder</name>
    <message>
        <source>Not saved. What you typed is kept here: leave the field again to save it once the file can be written.</source>
        <translation>Inte sparat. Det du skrev finns kvar här: lämna fältet igen för att spara det när filen går att skriva till.</translation>
    </message>
</context>
<context>
    <name>samverka::ui::FileController</name>
    <message>
        <source>Could not open the file</source>
        <translation>Det gick inte att öppna filen</translation>
    </message>
    <message>
        <source>The file %1 could not be opened.

%2</source>
        <translation>Filen %1 kunde inte öppnas.

%2</translation>
    </message>
    <message>
        <source>The file was updated to this version of Samverka; a backup was made first: %1</source>
        <translation>Filen uppdaterades till den här versionen av Samverka; en säkerhetskopia gjordes först: %1</translation>
    </message>
    <message>
        <source>Open municipality file</source>
        <translation>Öppna kommunfil</translation>
    </message>
    <message>
        <source>Municipality files (*.samverka);;All files (*)</source>
        <translation>Kommunfiler (*.samverka);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Could not create the file</source>
        <translation>Det gick inte att skapa filen</translation>
    </message>
    <message>
        <source>The file %1 could not be created.

%2</source>
        <translation>Filen %1 kunde inte skapas.

%2</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Skapade %1</translation>
    </message>
    <message>
        <source>The demo municipality is not bundled with this build.</source>
        <translation>Demokommunen ingår inte i den här versionen.</translation>
    </message>
    <message>
        <source>Could not create the demo</source>
        <translation>Det gick inte att skapa demofilen</translation>
    </message>
    <message>
        <source>The demo file %1 could not be created.

%2</source>
        <translation>Demofilen %1 kunde inte skapas.

%2</translation>
    </message>
    <message>
        <source>The bundled demo could not be read.

%1</source>
        <translation>Den medföljande demon kunde inte läsas.

%1</translation>
    </message>
    <message numerus="yes">
        <source>There are %n backup(s) of it: File › Backups…</source>
        <translation>
            <numerusform>Det finns %n säkerhetskopia av den: Arkiv › Säkerhetskopior…</numerusform>
            <numerusform>Det finns %n säkerhetskopior av den: Arkiv › Säkerhetskopior…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show &amp;backups (%n)…</source>
        <translation>
            <numerusform>Visa säker&amp;hetskopior (%n)…</numerusform>
            <numerusform>Visa säker&amp;hetskopior (%n)…</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup was restored. The file as it was is kept as %1.</source>
        <translation>Säkerhetskopian är återställd. Filen som den var har sparats som %1.</translation>
    </message>
    <message>
        <source>No backup copy was made on opening: %1 Choose another backup folder under Edit › Settings.</source>
        <translation>Ingen säkerhetskopia gjordes när filen öppnades: %1 Välj en annan mapp för säkerhetskopior under Redigera › Inställningar.</translation>
    </message>
</context>
<context>
    <name>samverka::ui::FocusAreaPage</name>
    <message>
        <source>Add measure</source>
        <translation>Lägg till åtgärd</translation>
    </message>
    <message>
        <source>Remove measure</source>
        <translation>Ta bort åtgärd</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytta ned</translation>
    </message>
    <message>
        <source>Goals…</source>
        <translation>Mål…</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation>&amp;Bakgrund:</translation>
    </message>
    <message>
        <source>&amp;Problems:</source>
        <translation>&amp;Problem:</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Handlingsplan</translation>
    </message>
    <message>
        <source>&amp;Action plan:</source>
        <translation>&amp;Handlingsplan:</translation>
    </message>
    <message>
        <source>Move the measure up (Ctrl+Shift+Up)</source>
        <translation>Flytta upp åtgärden (Ctrl+Skift+Upp)</translation>
    </message>
    <message>
        <source>Move the measure down (Ctrl+Shift+Down)</source>
        <translation>Flytta ned åtgärden (Ctrl+Skift+Ned)</translation>
    </message>
    <message>
        <source>Choose the goals the selected measure serves</source>
        <translation>Välj de mål som den markerade åtgärden bidrar till</translation>
    </message>
    <message>
        <source>Edit focus area title</source>
        <translation>Ändra fokusområdets titel</translation>
    </message>
    <message>
        <source>Edit background</source>
        <translation>Ändra bakgrund</translation>
    </message>
    <message>
        <source>Edit problems of focus area</source>
        <translation>Ändra fokusområdets problem</translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation>Fokusområde</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Ny aktivitet</translation>
    </message>
    <message>
        <source>Edit goals of measure</source>
        <translation>Ändra åtgärdens mål</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation>Fokusområden</translation>
    </message>
    <message>
        <source>The focus areas are the headings of part 2, taken from the prioritised problems of the joint problem picture. Each has its goals and an action plan: Goal | Activity | When | Responsible.</source>
        <translation>Fokusområdena är rubrikerna i del 2, hämtade från de prioriterade problemen i den gemensamma problembilden. Varje fokusområde har sina mål och en handlingsplan: Mål | Aktivitet | När | Ansvarig.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <source>&amp;Add focus area</source>
        <translation>&amp;Lägg till fokusområde</translation>
    </message>
    <message>
        <source>&amp;Remove focus area</source>
        <translation>&amp;Ta bort fokusområde</translation>
    </message>
    <message>
        <source>No focus areas yet</source>
        <translation>Inga fokusområden ännu</translation>
    </message>
    <message>
        <source>Move the focus area up (Ctrl+Shift+Up)</source>
        <translation>Flytta fokusområdet uppåt (Ctrl+Skift+Upp)</translation>
    </message>
    <message>
        <source>Move the focus area down (Ctrl+Shift+Down)</source>
        <translation>Flytta fokusområdet nedåt (Ctrl+Skift+Ned)</translation>
    </message>
    <message>
        <source>Remove focus area</source>
        <translation>Ta bort fokusområde</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Untitled focus area</source>
        <translation>Namnlöst fokusområde</translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s)</source>
        <translation>
            <numerusform>%n mål</numerusform>
            <numerusform>%n mål</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n åtgärd</numerusform>
            <numerusform>%n åtgärder</numerusform>
        </translation>
    </message>
    <message>
        <source>No action plan yet: open the focus area and add measures</source>
        <translation>Ingen handlingsplan ännu: öppna fokusområdet och lägg till åtgärder</translation>
    </message>
    <message>
        <source>New focus area</source>
        <translation>Nytt fokusområde</translation>
    </message>
    <message>
        <source>Add focus area</source>
        <translation>Lägg till fokusområde</translation>
    </message>
    <message>
        <source>Move focus area</source>
        <translation>Flytta fokusområde</translation>
    </message>
    <message>
        <source>The action plan, a sheet per focus area with Goal | Activity | When | Responsible, as an Excel workbook or a CSV file</source>
        <translation>Handlingsplanen, ett blad per fokusområde med Mål | Aktivitet | När | Ansvarig, som Excel-arbetsbok eller CSV-fil</translation>
    </message>
</context>
<context>
    <name>samverka::ui::FollowUpsPage</name>
    <message>
        <source>Follow-ups</source>
        <translation>Uppföljningar</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Add follow-up</source>
        <translation>Lägg till uppföljning</translation>
    </message>
    <message>
        <source>Remove follow-up</source>
        <translation>Ta bort uppföljning</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Visa:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Åtgärd:</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>A&amp;uthor:</source>
        <translation>&amp;Författare:</translation>
    </message>
    <message>
        <source>Indicator &amp;value:</source>
        <translation>&amp;Indikatorvärde:</translation>
    </message>
    <message>
        <source>Times &amp;carried out:</source>
        <translation>Antal &amp;genomföranden:</translation>
    </message>
    <message>
        <source>&amp;Assessment:</source>
        <translation>&amp;Bedömning:</translation>
    </message>
    <message>
        <source>&amp;Reported to:</source>
        <translation>&amp;Rapporterad till:</translation>
    </message>
    <message>
        <source>Edit follow-up date</source>
        <translation>Ändra uppföljningens datum</translation>
    </message>
    <message>
        <source>Edit follow-up kind</source>
        <translation>Ändra uppföljningens typ</translation>
    </message>
    <message>
        <source>Edit followed-up measure</source>
        <translation>Ändra uppföljd åtgärd</translation>
    </message>
    <message>
        <source>Edit followed-up goal</source>
        <translation>Ändra uppföljt mål</translation>
    </message>
    <message>
        <source>Edit follow-up text</source>
        <translation>Ändra uppföljningens text</translation>
    </message>
    <message>
        <source>Edit author</source>
        <translation>Ändra författare</translation>
    </message>
    <message>
        <source>Edit indicator value</source>
        <translation>Ändra indikatorvärde</translation>
    </message>
    <message>
        <source>Edit times carried out</source>
        <translation>Ändra antal genomföranden</translation>
    </message>
    <message>
        <source>Edit assessment</source>
        <translation>Ändra bedömning</translation>
    </message>
    <message>
        <source>Edit reported to</source>
        <translation>Ändra rapporterad till</translation>
    </message>
    <message>
        <source>A follow-up needs a date. Not saved.</source>
        <translation>En uppföljning måste ha ett datum. Sparades inte.</translation>
    </message>
    <message>
        <source>Goal values:</source>
        <translation>Målets värden:</translation>
    </message>
    <message>
        <source>Choose the goal to compare with its baseline and target.</source>
        <translation>Välj målet för att jämföra med dess utgångsvärde och målvärde.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>inte angivet</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Baseline %1 · Target %2</source>
        <translation>Utgångsvärde %1 · Målvärde %2</translation>
    </message>
    <message>
        <source>Latest in the statistics for %1: %2 (%3)</source>
        <translation>Senaste i statistiken för %1: %2 (%3)</translation>
    </message>
    <message>
        <source>Reported crimes in %1: %2. The statistics show reported crimes, not all crimes committed.</source>
        <translation>Anmälda brott i %1: %2. Statistiken visar anmälda brott, inte alla brott som begåtts.</translation>
    </message>
    <message>
        <source>No statistics: the goal has no problem.</source>
        <translation>Ingen statistik: målet hör inte till något problem.</translation>
    </message>
    <message>
        <source>No statistics: the goal&apos;s problem names no crime categories.</source>
        <translation>Ingen statistik: målets problem anger inga brottskategorier.</translation>
    </message>
    <message>
        <source>No statistics: the file has no crime statistics for the municipality.</source>
        <translation>Ingen statistik: filen har ingen brottsstatistik för kommunen.</translation>
    </message>
    <message>
        <source>No statistics for the crime categories of the goal&apos;s problem.</source>
        <translation>Ingen statistik för brottskategorierna i målets problem.</translation>
    </message>
    <message>
        <source>Not compared with the statistics: they count reported crimes, and this goal is measured otherwise.</source>
        <translation>Jämförs inte med statistiken: den räknar anmälda brott, och målet mäts på annat sätt.</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Uppföljningens datum</translation>
    </message>
    <message>
        <source>Indicator value</source>
        <translation>Indikatorvärde</translation>
    </message>
    <message>
        <source>Times carried out</source>
        <translation>Antal genomföranden</translation>
    </message>
    <message>
        <source>No follow-ups yet. Record whether the measures were done as planned and how the indicators of the goals have moved.</source>
        <translation>Inga uppföljningar ännu. Skriv in om åtgärderna genomfördes som planerat och hur målens indikatorer har förändrats.</translation>
    </message>
    <message>
        <source>Every follow-up of the agreement by date, as an Excel workbook or a CSV file</source>
        <translation>Överenskommelsens alla uppföljningar efter datum, som Excel-arbetsbok eller CSV-fil</translation>
    </message>
</context>
<context>
    <name>samverka::ui::GoalLinksDialog</name>
    <message>
        <source>Goals of the measure</source>
        <translation>Åtgärdens mål</translation>
    </message>
    <message>
        <source>Goals served by “%1”:</source>
        <translation>Mål som ”%1” bidrar till:</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
</context>
<context>
    <name>samverka::ui::GoalsPage</name>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Lägg till mål</translation>
    </message>
    <message>
        <source>Remove goal</source>
        <translation>Ta bort mål</translation>
    </message>
    <message>
        <source>Baseline value</source>
        <translation>Utgångsvärde</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Målvärde</translation>
    </message>
    <message>
        <source>Baseline date</source>
        <translation>Datum för utgångsvärde</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Datum för målvärde</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <source>&amp;Overall goal:</source>
        <translation>&amp;Övergripande mål:</translation>
    </message>
    <message>
        <source>&amp;Focus area:</source>
        <translation>&amp;Fokusområde:</translation>
    </message>
    <message>
        <source>&amp;Problem:</source>
        <translation>&amp;Problem:</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indikator:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Enhet:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Källa:</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;Utgångsvärde:</translation>
    </message>
    <message>
        <source>on</source>
        <translation>den</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>Mål&amp;värde:</translation>
    </message>
    <message>
        <source>by</source>
        <translation>senast</translation>
    </message>
    <message>
        <source>Edit goal kind</source>
        <translation>Ändra måltyp</translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation>Ändra mål</translation>
    </message>
    <message>
        <source>Edit overall goal</source>
        <translation>Ändra övergripande mål</translation>
    </message>
    <message>
        <source>Edit focus area</source>
        <translation>Ändra fokusområde</translation>
    </message>
    <message>
        <source>Edit problem</source>
        <translation>Ändra problem</translation>
    </message>
    <message>
        <source>Edit indicator</source>
        <translation>Ändra indikator</translation>
    </message>
    <message>
        <source>Edit unit</source>
        <translation>Ändra enhet</translation>
    </message>
    <message>
        <source>Edit source</source>
        <translation>Ändra källa</translation>
    </message>
    <message>
        <source>Edit baseline</source>
        <translation>Ändra utgångsvärde</translation>
    </message>
    <message>
        <source>Edit baseline date</source>
        <translation>Ändra datum för utgångsvärde</translation>
    </message>
    <message>
        <source>Edit target</source>
        <translation>Ändra målvärde</translation>
    </message>
    <message>
        <source>Edit target date</source>
        <translation>Ändra datum för målvärde</translation>
    </message>
    <message>
        <source>A goal cannot be its own overall goal. Not saved.</source>
        <translation>Ett mål kan inte vara sitt eget övergripande mål. Sparades inte.</translation>
    </message>
    <message>
        <source>an indicator</source>
        <translation>indikator</translation>
    </message>
    <message>
        <source>a baseline</source>
        <translation>utgångsvärde</translation>
    </message>
    <message>
        <source>a target</source>
        <translation>målvärde</translation>
    </message>
    <message>
        <source>An effect goal is measurable with an indicator, a baseline and a target. Missing: %1.</source>
        <translation>Ett effektmål är mätbart när det har indikator, utgångsvärde och målvärde. Saknas: %1.</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(ingen text)</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Nytt mål</translation>
    </message>
    <message>
        <source>Fi&amp;ll baseline from statistics…</source>
        <translation>&amp;Hämta utgångsvärde från statistik…</translation>
    </message>
    <message>
        <source>Select a goal first.</source>
        <translation>Välj ett mål först.</translation>
    </message>
    <message>
        <source>The agreement is signed: its goals cannot change.</source>
        <translation>Överenskommelsen är undertecknad: dess mål kan inte ändras.</translation>
    </message>
    <message>
        <source>Choose the problem the goal is about: its crime categories link it to the statistics.</source>
        <translation>Välj det problem som målet gäller: problemets brottskategorier kopplar det till statistiken.</translation>
    </message>
    <message>
        <source>The problem “%1” names no crime types or categories. Add them on the problem picture page.</source>
        <translation>Problemet ”%1” anger inga brottstyper eller brottskategorier. Lägg till dem på sidan Problembild.</translation>
    </message>
    <message>
        <source>The file has no crime statistics for the municipality. Import them on the statistics page.</source>
        <translation>Filen har ingen brottsstatistik för kommunen. Importera den på sidan Statistik.</translation>
    </message>
    <message>
        <source>The statistics have no reported crimes for the problem&apos;s crime categories (%1).</source>
        <translation>Statistiken har inga anmälda brott för problemets brottskategorier (%1).</translation>
    </message>
    <message>
        <source>Take the baseline&apos;s value and date from the reported crimes of the problem&apos;s crime categories</source>
        <translation>Hämta utgångsvärdets värde och datum från de anmälda brotten i problemets brottskategorier</translation>
    </message>
    <message>
        <source>Reported crimes: %1</source>
        <translation>Anmälda brott: %1</translation>
    </message>
    <message>
        <source>reported crimes</source>
        <translation>anmälda brott</translation>
    </message>
    <message>
        <source>reported crimes per 100 000 inhabitants</source>
        <translation>anmälda brott per 100 000 invånare</translation>
    </message>
    <message>
        <source>Reported crimes in %1 (Brå)</source>
        <translation>Anmälda brott i %1 (Brå)</translation>
    </message>
    <message>
        <source>Fill baseline from statistics</source>
        <translation>Hämta utgångsvärde från statistik</translation>
    </message>
    <message>
        <source>No goals yet. An effect goal says what should change in a problem, with indicator, baseline and target.</source>
        <translation>Inga mål ännu. Ett effektmål säger vad som ska förändras i ett problem, med indikator, utgångsvärde och målvärde.</translation>
    </message>
</context>
<context>
    <name>samverka::ui::GroupsEditor</name>
    <message>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Lägg till grupp</translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation>Ta bort grupp</translation>
    </message>
    <message>
        <source>e.g. four times a year</source>
        <translation>t.ex. fyra gånger per år</translation>
    </message>
    <message>
        <source>member</source>
        <translation>medlem</translation>
    </message>
    <message>
        <source>Group &amp;kind:</source>
        <translation>Grupp&amp;typ:</translation>
    </message>
    <message>
        <source>Group &amp;name:</source>
        <translation>Grupp&amp;namn:</translation>
    </message>
    <message>
        <source>Meeting &amp;frequency:</source>
        <translation>Mötes&amp;frekvens:</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;Medlemmar:</translation>
    </message>
    <message>
        <source>Edit group kind</source>
        <translation>Ändra grupptyp</translation>
    </message>
    <message>
        <source>Edit group name</source>
        <translation>Ändra gruppnamn</translation>
    </message>
    <message>
        <source>Edit meeting frequency</source>
        <translation>Ändra mötesfrekvens</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Steering group</source>
        <translation>Styrgrupp</translation>
    </message>
</context>
<context>
    <name>samverka::ui::HelpWindow</name>
    <message>
        <source>Samverka – user guide</source>
        <translation>Samverka – användarhandledning</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Användarhandledning</translation>
    </message>
</context>
<context>
    <name>samverka::ui::LifecycleController</name>
    <message>
        <source>New agreement</source>
        <translation>Ny överenskommelse</translation>
    </message>
    <message>
        <source>First leadership meeting held</source>
        <translation>Första ledningsmötet hållet</translation>
    </message>
    <message>
        <source>Decision to collaborate recorded</source>
        <translation>Beslut om samverkan protokollfört</translation>
    </message>
    <message>
        <source>“%1” was sent for review.</source>
        <translation>”%1” skickades på granskning.</translation>
    </message>
    <message>
        <source>“%1” is ready for signing.</source>
        <translation>”%1” är klar för underskrift.</translation>
    </message>
    <message>
        <source>“%1” was signed. Fingerprint %2.</source>
        <translation>”%1” undertecknades. Fingeravtryck %2.</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Undertecknad</translation>
    </message>
    <message>
        <source>“%1” is signed and locked.

Fingerprint: %2

A printed copy can be checked against the file with this fingerprint.</source>
        <translation>”%1” är undertecknad och låst.

Fingeravtryck: %2

En utskriven kopia kan kontrolleras mot filen med hjälp av fingeravtrycket.</translation>
    </message>
    <message>
        <source>Revise</source>
        <translation>Revidera</translation>
    </message>
    <message>
        <source>Make a new draft copied from “%1”? The signed agreement stays as it is; the new draft replaces it once signed.</source>
        <translation>Vill du göra ett nytt utkast som kopieras från ”%1”? Den undertecknade överenskommelsen förblir som den är; det nya utkastet ersätter den när det har undertecknats.</translation>
    </message>
    <message>
        <source>A new draft replacing “%1” was made.</source>
        <translation>Ett nytt utkast som ersätter ”%1” har skapats.</translation>
    </message>
    <message>
        <source>“%1” has the status %2, not %3: its review is not finished.</source>
        <translation>”%1” har status %2, inte %3: granskningen är inte avslutad.</translation>
    </message>
    <message>
        <source>The method checklist finds nothing missing.</source>
        <translation>Metodchecklistan hittar inget som saknas.</translation>
    </message>
    <message numerus="yes">
        <source>The method checklist finds %n thing(s) missing:</source>
        <translation>
            <numerusform>Metodchecklistan hittar %n sak som saknas:</numerusform>
            <numerusform>Metodchecklistan hittar %n saker som saknas:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… och %n till.</numerusform>
            <numerusform>… och %n till.</numerusform>
        </translation>
    </message>
    <message>
        <source>Do you want to sign it anyway?</source>
        <translation>Vill du ändå underteckna den?</translation>
    </message>
    <message>
        <source>Sign before the review is finished?</source>
        <translation>Underteckna innan granskningen är avslutad?</translation>
    </message>
    <message>
        <source>&amp;Sign anyway</source>
        <translation>&amp;Underteckna ändå</translation>
    </message>
    <message>
        <source>&amp;Do not sign</source>
        <translation>Underteckna &amp;inte</translation>
    </message>
</context>
<context>
    <name>samverka::ui::LinkChecklist</name>
    <message>
        <source>(missing record %1)</source>
        <translation>(post %1 saknas)</translation>
    </message>
</context>
<context>
    <name>samverka::ui::LogoPicker</name>
    <message>
        <source>C&amp;hoose logo…</source>
        <translation>&amp;Välj logotyp…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Ta bort logotypen</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotyp</translation>
    </message>
    <message>
        <source>An SVG or PNG picture, printed on the documents&apos; first page and in their header. It is kept in the municipality file.</source>
        <translation>En SVG- eller PNG-bild som skrivs ut överst på dokumentens första sida och i sidhuvudet på de andra. Den sparas i kommunfilen.</translation>
    </message>
    <message>
        <source>No logo: the documents are printed without one.</source>
        <translation>Ingen logotyp: dokumenten skrivs ut utan.</translation>
    </message>
</context>
<context>
    <name>samverka::ui::MainMenus</name>
    <message>
        <source>&amp;New municipality file…</source>
        <translation>&amp;Ny kommunfil…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <source>Open the &amp;demo municipality</source>
        <translation>Öppna &amp;demokommunen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;täng</translation>
    </message>
    <message>
        <source>&amp;Agreement…</source>
        <translation>&amp;Överenskommelse…</translation>
    </message>
    <message>
        <source>Action &amp;plan…</source>
        <translation>&amp;Handlingsplan…</translation>
    </message>
    <message>
        <source>&amp;Citizen promises…</source>
        <translation>&amp;Medborgarlöften…</translation>
    </message>
    <message>
        <source>&amp;Follow-up report…</source>
        <translation>&amp;Uppföljningsrapport…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Förhandsgranska…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Sök…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Bakåt</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Framåt</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Ö&amp;versikt</translation>
    </message>
    <message>
        <source>&amp;New agreement</source>
        <translation>&amp;Ny överenskommelse</translation>
    </message>
    <message>
        <source>Send for &amp;review</source>
        <translation>Skicka på &amp;granskning</translation>
    </message>
    <message>
        <source>Mark as ready for si&amp;gning…</source>
        <translation>Markera som &amp;klar för underskrift…</translation>
    </message>
    <message>
        <source>&amp;Sign…</source>
        <translation>&amp;Underteckna…</translation>
    </message>
    <message>
        <source>Re&amp;vise</source>
        <translation>&amp;Revidera</translation>
    </message>
    <message>
        <source>&amp;About Samverka</source>
        <translation>&amp;Om Samverka</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Öppna &amp;senaste</translation>
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
        <source>A&amp;greement</source>
        <translation>&amp;Överenskommelse</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Inga nyligen öppnade filer</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>&amp;Rensa listan</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>Säker&amp;hetskopior…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>&amp;Situation picture…</source>
        <translation>&amp;Lägesbild…</translation>
    </message>
    <message>
        <source>&amp;Measure plan…</source>
        <translation>Åtgärds&amp;plan…</translation>
    </message>
    <message>
        <source>&amp;Table to Excel or CSV…</source>
        <translation>&amp;Tabell till Excel eller CSV…</translation>
    </message>
    <message>
        <source>Dates to the &amp;calendar (.ics)…</source>
        <translation>Datum till &amp;kalendern (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportera</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Användarhandledning</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Öppna &amp;loggmappen</translation>
    </message>
    <message>
        <source>&amp;Workspace: several municipalities…</source>
        <translation>Arbets&amp;yta: flera kommuner…</translation>
    </message>
    <message>
        <source>&amp;Compare with…</source>
        <translation>&amp;Jämför med…</translation>
    </message>
    <message>
        <source>Publish to the re&amp;gion database…</source>
        <extracomment>sv: Publicera till regiondatabas…</extracomment>
        <translation>Publicera till re&amp;giondatabas…</translation>
    </message>
</context>
<context>
    <name>samverka::ui::MainWindow</name>
    <message>
        <source>Saved</source>
        <translation>Sparat</translation>
    </message>
    <message>
        <source>The file was changed by someone else; what you see is up to date.</source>
        <translation>Filen ändrades av någon annan; det du ser är uppdaterat.</translation>
    </message>
    <message>
        <source>%1 – Samverka</source>
        <translation>%1 – Samverka</translation>
    </message>
    <message>
        <source>%1 – %2 – Samverka</source>
        <translation>%1 – %2 – Samverka</translation>
    </message>
    <message>
        <source>Samverka</source>
        <translation>Samverka</translation>
    </message>
    <message>
        <source>About Samverka</source>
        <translation>Om Samverka</translation>
    </message>
    <message>
        <source>Samverka %1

For the local crime-prevention collaboration between a municipality and the police, following the handbook “Samverkan i lokalt brottsförebyggande arbete”.

Licence: EUPL-1.2.</source>
        <translation>Samverka %1

För den lokala brottsförebyggande samverkan mellan kommun och polis, enligt handboken ”Samverkan i lokalt brottsförebyggande arbete”.

Licens: EUPL-1.2.</translation>
    </message>
    <message numerus="yes">
        <source>Backups now go to %1, the latest %n kept per file.</source>
        <translation>
            <numerusform>Säkerhetskopiorna sparas nu i %1, den senaste %n per fil.</numerusform>
            <numerusform>Säkerhetskopiorna sparas nu i %1, de %n senaste per fil.</numerusform>
        </translation>
    </message>
    <message>
        <source>Municipality files: version %1. Exchange format: version 1, revision %2.
Log: %3
Backups: %4</source>
        <translation>Kommunfiler: version %1. Utbytesformat: version 1, revision %2.
Logg: %3
Säkerhetskopior: %4</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Loggmappen</translation>
    </message>
    <message>
        <source>The log files are in %1</source>
        <translation>Loggfilerna finns i %1</translation>
    </message>
</context>
<context>
    <name>samverka::ui::MeasureEditor</name>
    <message>
        <source>Confidential (sekretess)</source>
        <translation>Sekretessbelagd</translation>
    </message>
    <message>
        <source>(leads)</source>
        <translation>(huvudansvarig)</translation>
    </message>
    <message>
        <source>The first checked party leads; drag or press Ctrl+Shift+Up/Down to change the order.</source>
        <translation>Den första markerade parten är huvudansvarig; dra eller tryck Ctrl+Skift+Upp/Ned för att ändra ordningen.</translation>
    </message>
    <message>
        <source> kr</source>
        <translation> kr</translation>
    </message>
    <message>
        <source> h</source>
        <translation> tim</translation>
    </message>
    <message>
        <source>e.g. every Friday and Saturday 21–03</source>
        <translation>t.ex. varje fredag och lördag 21–03</translation>
    </message>
    <message>
        <source>As the plan words it, e.g. the municipality with the police</source>
        <translation>Som det står i planen, t.ex. Kommunen i samverkan med polisen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>&amp;Aktivitet:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivning:</translation>
    </message>
    <message>
        <source>&amp;Focus area:</source>
        <translation>&amp;Fokusområde:</translation>
    </message>
    <message>
        <source>Aimed at &amp;causes:</source>
        <translation>Riktad mot &amp;orsaker:</translation>
    </message>
    <message>
        <source>Serves &amp;goals:</source>
        <translation>Bidrar till &amp;mål:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>&amp;Responsible parties:</source>
        <translation>Ansvariga pa&amp;rter:</translation>
    </message>
    <message>
        <source>Responsible &amp;person:</source>
        <translation>Ansvarig &amp;person:</translation>
    </message>
    <message>
        <source>Responsible as &amp;written:</source>
        <translation>Ansvarig &amp;enligt planen:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;När:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>Per&amp;iod:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>Meto&amp;d:</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>B&amp;udget:</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Timmar:</translation>
    </message>
    <message>
        <source>Planned &amp;count:</source>
        <translation>P&amp;lanerat antal:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Secrecy:</source>
        <translation>Sekretess:</translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation>Ändra aktivitet</translation>
    </message>
    <message>
        <source>Edit description</source>
        <translation>Ändra beskrivning</translation>
    </message>
    <message>
        <source>Edit focus area</source>
        <translation>Ändra fokusområde</translation>
    </message>
    <message>
        <source>Edit causes of measure</source>
        <translation>Ändra åtgärdens orsaker</translation>
    </message>
    <message>
        <source>Edit goals of measure</source>
        <translation>Ändra åtgärdens mål</translation>
    </message>
    <message>
        <source>Edit type</source>
        <translation>Ändra typ</translation>
    </message>
    <message>
        <source>Edit aimed at</source>
        <translation>Ändra riktad mot</translation>
    </message>
    <message>
        <source>Edit horizon</source>
        <translation>Ändra tidsperspektiv</translation>
    </message>
    <message>
        <source>Edit responsible parties</source>
        <translation>Ändra ansvariga parter</translation>
    </message>
    <message>
        <source>Edit responsible person</source>
        <translation>Ändra ansvarig person</translation>
    </message>
    <message>
        <source>Edit responsible</source>
        <translation>Ändra ansvarig</translation>
    </message>
    <message>
        <source>Edit when</source>
        <translation>Ändra när</translation>
    </message>
    <message>
        <source>Edit start</source>
        <translation>Ändra start</translation>
    </message>
    <message>
        <source>Edit end</source>
        <translation>Ändra slut</translation>
    </message>
    <message>
        <source>Edit method</source>
        <translation>Ändra metod</translation>
    </message>
    <message>
        <source>Edit budget</source>
        <translation>Ändra budget</translation>
    </message>
    <message>
        <source>Edit hours</source>
        <translation>Ändra timmar</translation>
    </message>
    <message>
        <source>Edit planned count</source>
        <translation>Ändra planerat antal</translation>
    </message>
    <message>
        <source>Edit status</source>
        <translation>Ändra status</translation>
    </message>
    <message>
        <source>Edit secrecy</source>
        <translation>Ändra sekretess</translation>
    </message>
    <message>
        <source>The end (%1) is before the start (%2). Not saved.</source>
        <translation>Slutdatumet (%1) är före startdatumet (%2). Sparades inte.</translation>
    </message>
    <message>
        <source>Aimed a&amp;t:</source>
        <translation>Ri&amp;ktad mot:</translation>
    </message>
    <message>
        <source>Hori&amp;zon:</source>
        <translation>Tidsperspekti&amp;v:</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timmar</translation>
    </message>
    <message>
        <source>Planned count</source>
        <translation>Planerat antal</translation>
    </message>
    <message>
        <source>Aimed at &amp;problems:</source>
        <translation>Riktad mot lä&amp;gesbildens problem:</translation>
    </message>
    <message>
        <source>&amp;Operative goals:</source>
        <translation>&amp;Operativa mål:</translation>
    </message>
    <message>
        <source>Edit problems of measure</source>
        <translation>Ändra åtgärdens problem</translation>
    </message>
    <message>
        <source>Edit operative goals</source>
        <translation>Ändra operativa mål</translation>
    </message>
</context>
<context>
    <name>samverka::ui::MeasurePlanPage</name>
    <message>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Inte bedömd</translation>
    </message>
    <message>
        <source>No cause</source>
        <translation>Ingen orsak</translation>
    </message>
    <message>
        <source>Measure plans</source>
        <translation>Åtgärdsplaner</translation>
    </message>
    <message>
        <source>Measure plan</source>
        <translation>Åtgärdsplan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Ny åtgärdsplan</translation>
    </message>
    <message>
        <source>No measure plan yet. The law (2023:196) requires the municipality to decide a plan of measures from its situation picture. Start the first plan here.</source>
        <translation>Ingen åtgärdsplan ännu. Lagen (2023:196) kräver att kommunen beslutar om en åtgärdsplan utifrån lägesbilden. Börja den första planen här.</translation>
    </message>
    <message>
        <source>Remove plan</source>
        <translation>Ta bort åtgärdsplan</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gäller från</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Gäller till</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Beslutsdatum</translation>
    </message>
    <message>
        <source>e.g. the municipal executive board</source>
        <translation>t.ex. kommunstyrelsen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Valid:</source>
        <translation>&amp;Giltig:</translation>
    </message>
    <message>
        <source>Based on the &amp;situation picture:</source>
        <translation>Grundad på &amp;lägesbilden:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Decided &amp;by:</source>
        <translation>Beslutad &amp;av:</translation>
    </message>
    <message>
        <source>Decision d&amp;ate:</source>
        <translation>Besluts&amp;datum:</translation>
    </message>
    <message>
        <source>Para&amp;graph:</source>
        <translation>&amp;Paragraf:</translation>
    </message>
    <message>
        <source>Diary &amp;number:</source>
        <translation>Diarie&amp;nummer:</translation>
    </message>
    <message>
        <source>Bac&amp;kground:</source>
        <translation>&amp;Bakgrund:</translation>
    </message>
    <message>
        <source>Edit plan title</source>
        <translation>Ändra åtgärdsplanens titel</translation>
    </message>
    <message>
        <source>Edit valid from</source>
        <translation>Ändra giltig från</translation>
    </message>
    <message>
        <source>Edit valid to</source>
        <translation>Ändra giltig till</translation>
    </message>
    <message>
        <source>Edit basis of plan</source>
        <translation>Ändra lägesbild för åtgärdsplanen</translation>
    </message>
    <message>
        <source>Edit plan status</source>
        <translation>Ändra åtgärdsplanens status</translation>
    </message>
    <message>
        <source>Edit decided by</source>
        <translation>Ändra beslutad av</translation>
    </message>
    <message>
        <source>Edit decision date</source>
        <translation>Ändra beslutsdatum</translation>
    </message>
    <message>
        <source>Edit paragraph</source>
        <translation>Ändra paragraf</translation>
    </message>
    <message>
        <source>Edit diary number</source>
        <translation>Ändra diarienummer</translation>
    </message>
    <message>
        <source>Edit background</source>
        <translation>Ändra bakgrund</translation>
    </message>
    <message>
        <source>The plan ends before it starts. Not saved.</source>
        <translation>Planen slutar innan den börjar. Sparades inte.</translation>
    </message>
    <message>
        <source>Decided: the plan and its measures are locked. Ratings, follow-up dates and the decision stay open. Set the status back to Draft to change the plan.</source>
        <translation>Beslutad: planen och dess åtgärder är låsta. Bedömningar, uppföljningsdatum och beslutet går att ändra. Sätt tillbaka statusen till Utkast för att ändra planen.</translation>
    </message>
    <message>
        <source>follow-up date</source>
        <translation>uppföljningsdatum</translation>
    </message>
    <message>
        <source>Add follow-up date</source>
        <translation>Lägg till uppföljningsdatum</translation>
    </message>
    <message>
        <source>No follow-up dates. At each, every measure of the plan is rated.</source>
        <translation>Inga uppföljningsdatum. Vid varje uppföljning bedöms varje åtgärd i planen.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>&amp;Follow-up dates:</source>
        <translation>&amp;Uppföljningsdatum:</translation>
    </message>
    <message>
        <source>Measu&amp;res</source>
        <translation>&amp;Åtgärder</translation>
    </message>
    <message>
        <source>One row per measure, as in Brå&apos;s template. Adopt the measures of the agreements with the police that belong in the plan, and add the municipality&apos;s own, each aimed at the situation picture&apos;s problems.</source>
        <translation>En rad per åtgärd, som i Brås mall. Hämta de åtgärder i överenskommelserna med polisen som hör till planen, och lägg till kommunens egna, var och en riktad mot lägesbildens problem.</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>åtgärd</translation>
    </message>
    <message>
        <source>Add own &amp;measure</source>
        <translation>Lägg till &amp;egen åtgärd</translation>
    </message>
    <message>
        <source>New measure</source>
        <translation>Ny åtgärd</translation>
    </message>
    <message>
        <source>No measures in the plan yet.</source>
        <translation>Inga åtgärder i planen ännu.</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Operative goals</source>
        <translation>Operativa mål</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>(measure removed from its agreement)</source>
        <translation>(åtgärden är borttagen ur överenskommelsen)</translation>
    </message>
    <message>
        <source>%1 (secrecy)</source>
        <translation>%1 (sekretess)</translation>
    </message>
    <message>
        <source>Measures of the plan</source>
        <translation>Åtgärdsplanens åtgärder</translation>
    </message>
    <message>
        <source>Adopt from an agreement</source>
        <translation>Hämta från en överenskommelse</translation>
    </message>
    <message>
        <source>Valid until %1.</source>
        <translation>Gäller till och med %1.</translation>
    </message>
    <message>
        <source>No end of validity.</source>
        <translation>Inget slutdatum.</translation>
    </message>
    <message>
        <source>Expired on %1.</source>
        <translation>Gällde till och med %1.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(namnlös)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>edition (status)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Problem %1: %2</source>
        <translation>Problem %1: %2</translation>
    </message>
    <message>
        <source>(untitled agreement)</source>
        <translation>(namnlös överenskommelse)</translation>
    </message>
    <message>
        <source>%1 (already in the plan)</source>
        <translation>%1 (finns redan i planen)</translation>
    </message>
    <message>
        <source>The file&apos;s agreements have no measures yet</source>
        <translation>Filens överenskommelser har inga åtgärder ännu</translation>
    </message>
    <message>
        <source>Adopt measure</source>
        <translation>Hämta åtgärd</translation>
    </message>
    <message>
        <source>Measure plan %1</source>
        <translation>Åtgärdsplan %1</translation>
    </message>
    <message>
        <source>New measure plan</source>
        <translation>Ny åtgärdsplan</translation>
    </message>
    <message>
        <source>Remove measure plan</source>
        <translation>Ta bort åtgärdsplan</translation>
    </message>
    <message>
        <source>E&amp;xport as PDF…</source>
        <translation>E&amp;xportera åtgärdsplanen som PDF…</translation>
    </message>
    <message>
        <source>The measure plan as a PDF document in landscape: Brå&apos;s table with the latest ratings, and the follow-up history</source>
        <translation>Åtgärdsplanen som PDF-dokument i liggande format: Brås tabell med de senaste bedömningarna, och uppföljningens historik</translation>
    </message>
</context>
<context>
    <name>samverka::ui::MeasuresPage</name>
    <message>
        <source>Measures</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Add measure</source>
        <translation>Lägg till åtgärd</translation>
    </message>
    <message>
        <source>Remove measure</source>
        <translation>Ta bort åtgärd</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Försenad</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Visa:</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(utan titel)</translation>
    </message>
    <message>
        <source>The end date %1 has passed while the measure is %2.</source>
        <translation>Slutdatumet %1 har passerats men åtgärden är %2.</translation>
    </message>
    <message>
        <source>New measure</source>
        <translation>Ny åtgärd</translation>
    </message>
    <message>
        <source>No measures yet. A measure is aimed at causes and serves goals; under a focus area it makes the action plan.</source>
        <translation>Inga åtgärder ännu. En åtgärd riktas mot orsaker och tjänar mål; under ett fokusområde bildar åtgärderna handlingsplanen.</translation>
    </message>
    <message>
        <source>Every measure of the agreement with every field, as an Excel workbook or a CSV file</source>
        <translation>Överenskommelsens alla åtgärder med alla fält, som Excel-arbetsbok eller CSV-fil</translation>
    </message>
</context>
<context>
    <name>samverka::ui::MeetingsPage</name>
    <message>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Add meeting</source>
        <translation>Lägg till möte</translation>
    </message>
    <message>
        <source>Remove meeting</source>
        <translation>Ta bort möte</translation>
    </message>
    <message>
        <source>&amp;Agreement:</source>
        <translation>Ö&amp;verenskommelse:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grupp:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>A&amp;ttendees:</source>
        <translation>D&amp;eltagare:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Anteckningar:</translation>
    </message>
    <message>
        <source>D&amp;ecisions:</source>
        <translation>&amp;Beslut:</translation>
    </message>
    <message>
        <source>Edit meeting agreement</source>
        <translation>Ändra mötets överenskommelse</translation>
    </message>
    <message>
        <source>Edit meeting group</source>
        <translation>Ändra mötets grupp</translation>
    </message>
    <message>
        <source>Edit meeting date</source>
        <translation>Ändra mötets datum</translation>
    </message>
    <message>
        <source>Edit attendees</source>
        <translation>Ändra deltagare</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation>Ändra anteckningar</translation>
    </message>
    <message>
        <source>Edit decisions</source>
        <translation>Ändra beslut</translation>
    </message>
    <message>
        <source>A meeting needs a date. Not saved.</source>
        <translation>Ett möte måste ha ett datum. Sparades inte.</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Mötesdatum</translation>
    </message>
    <message>
        <source>No meetings yet. The minutes of meetings are evidence for the follow-up.</source>
        <translation>Inga möten ännu. Mötesprotokollen är underlag för uppföljningen.</translation>
    </message>
</context>
<context>
    <name>samverka::ui::MunicipalityPage</name>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>SCB&apos;s four-digit municipality code, e.g. 2280</source>
        <translation>SCB:s fyrsiffriga kommunkod, t.ex. 2280</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>Municipality &amp;code:</source>
        <translation>&amp;Kommunkod:</translation>
    </message>
    <message>
        <source>C&amp;ounty:</source>
        <translation>&amp;Län:</translation>
    </message>
    <message>
        <source>Police &amp;region:</source>
        <translation>Polisre&amp;gion:</translation>
    </message>
    <message>
        <source>&amp;Local police area:</source>
        <translation>L&amp;okalpolisområde:</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Invånare</translation>
    </message>
    <message>
        <source>Population per year</source>
        <translation>Befolkning per år</translation>
    </message>
    <message>
        <source>&amp;Record population</source>
        <translation>&amp;Registrera befolkning</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <source>&amp;Inhabitants:</source>
        <translation>&amp;Invånare:</translation>
    </message>
    <message>
        <source>&amp;Population per year:</source>
        <translation>Befolkning &amp;per år:</translation>
    </message>
    <message>
        <source>Edit municipality name</source>
        <translation>Ändra kommunnamn</translation>
    </message>
    <message>
        <source>Edit municipality code</source>
        <translation>Ändra kommunkod</translation>
    </message>
    <message>
        <source>Edit county</source>
        <translation>Ändra län</translation>
    </message>
    <message>
        <source>Edit police region</source>
        <translation>Ändra polisregion</translation>
    </message>
    <message>
        <source>Edit local police area</source>
        <translation>Ändra lokalpolisområde</translation>
    </message>
    <message>
        <source>A municipality code has four digits. Not saved.</source>
        <translation>En kommunkod har fyra siffror. Sparades inte.</translation>
    </message>
    <message>
        <source>Coordinating function</source>
        <translation>Samordningsfunktion</translation>
    </message>
    <message>
        <source>The law (2023:196) requires the municipality to have a coordinating function for its crime-prevention work: who holds it, for which party, with which mandate and since when.</source>
        <translation>Lagen (2023:196) kräver att kommunen har en samordningsfunktion för det brottsförebyggande arbetet: vem som har den, för vilken part, med vilket uppdrag och sedan när.</translation>
    </message>
    <message>
        <source>A role or a name, e.g. “Crime-prevention coordinator”</source>
        <translation>En roll eller ett namn, t.ex. ”Brottsförebyggande samordnare”</translation>
    </message>
    <message>
        <source>Coordinating function since</source>
        <translation>Samordningsfunktion sedan</translation>
    </message>
    <message>
        <source>&amp;Held by:</source>
        <translation>Inne&amp;havare:</translation>
    </message>
    <message>
        <source>P&amp;erson:</source>
        <translation>P&amp;erson:</translation>
    </message>
    <message>
        <source>P&amp;arty:</source>
        <translation>Par&amp;t:</translation>
    </message>
    <message>
        <source>&amp;Mandate:</source>
        <translation>&amp;Mandat:</translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation>&amp;Sedan:</translation>
    </message>
    <message>
        <source>Edit coordinating function</source>
        <translation>Ändra samordningsfunktion</translation>
    </message>
    <message>
        <source>Edit coordinating function person</source>
        <translation>Ändra samordningsfunktionens person</translation>
    </message>
    <message>
        <source>Edit coordinating function party</source>
        <translation>Ändra samordningsfunktionens part</translation>
    </message>
    <message>
        <source>Edit mandate</source>
        <translation>Ändra uppdrag</translation>
    </message>
    <message>
        <source>Edit coordinating function since</source>
        <translation>Ändra samordningsfunktion sedan</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logotyp:</translation>
    </message>
    <message>
        <source>Choose the municipality&apos;s logo</source>
        <translation>Välj kommunens logotyp</translation>
    </message>
    <message>
        <source>Pictures (*.svg *.png);;All files (*)</source>
        <translation>Bilder (*.svg *.png);;Alla filer (*)</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>Filen %1 kunde inte läsas: %2</translation>
    </message>
    <message>
        <source>%1 cannot be the municipality&apos;s logo: %2</source>
        <translation>%1 kan inte vara kommunens logotyp: %2</translation>
    </message>
    <message>
        <source>The municipality&apos;s logo</source>
        <translation>Kommunens logotyp</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Välj logotyp</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Ta bort logotypen</translation>
    </message>
</context>
<context>
    <name>samverka::ui::NewFileDialog</name>
    <message>
        <source>New municipality file</source>
        <translation>Ny kommunfil</translation>
    </message>
    <message>
        <source>Choose the municipality the file is for. Search by name, municipality code or county.</source>
        <translation>Välj vilken kommun filen gäller. Sök på namn, kommunkod eller län.</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Sök:</translation>
    </message>
    <message>
        <source>e.g. Härnösand, 2280 or Västernorrland</source>
        <translation>t.ex. Härnösand, 2280 eller Västernorrland</translation>
    </message>
    <message>
        <source>Search municipalities</source>
        <translation>Sök kommuner</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Kommuner</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>Spara s&amp;om:</translation>
    </message>
    <message>
        <source>Where the new file is saved</source>
        <translation>Var den nya filen sparas</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>S&amp;kapa</translation>
    </message>
    <message>
        <source>%1 %2 – %3</source>
        <translation>%1 %2 – %3</translation>
    </message>
    <message>
        <source>Save the new municipality file</source>
        <translation>Spara den nya kommunfilen</translation>
    </message>
    <message>
        <source>Municipality files (*.samverka)</source>
        <translation>Kommunfiler (*.samverka)</translation>
    </message>
    <message>
        <source>The file exists</source>
        <translation>Filen finns redan</translation>
    </message>
    <message>
        <source>%1 already exists. Samverka never writes over a file: choose another name.</source>
        <translation>%1 finns redan. Samverka skriver aldrig över en fil: välj ett annat namn.</translation>
    </message>
    <message>
        <source>Not a folder</source>
        <translation>Ingen mapp</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose another place for the new file.</source>
        <translation>%1 är en fil, inte en mapp. Välj en annan plats för den nya filen.</translation>
    </message>
    <message>
        <source>Create the folder?</source>
        <translation>Skapa mappen?</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Create it and save the new file there?</source>
        <translation>Mappen %1 finns inte. Vill du skapa den och spara den nya filen där?</translation>
    </message>
</context>
<context>
    <name>samverka::ui::NumberField</name>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>The number</source>
        <translation>Värdet</translation>
    </message>
</context>
<context>
    <name>samverka::ui::OverviewModel</name>
    <message>
        <source>No agreement</source>
        <translation>Ingen överenskommelse</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Current agreement</source>
        <translation>Aktuell överenskommelse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Giltighetstid</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <source>Citizen promises</source>
        <translation>Medborgarlöften</translation>
    </message>
    <message>
        <source>Measures late</source>
        <translation>Försenade åtgärder</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Att följa upp</translation>
    </message>
    <message>
        <source>Open comments</source>
        <translation>Öppna kommentarer</translation>
    </message>
    <message>
        <source>Situation picture</source>
        <translation>Lägesbild</translation>
    </message>
    <message>
        <source>Measure plan</source>
        <translation>Åtgärdsplan</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Senast ändrad</translation>
    </message>
</context>
<context>
    <name>samverka::ui::OverviewPage</name>
    <message>
        <source>from signing</source>
        <translation>från undertecknandet</translation>
    </message>
    <message>
        <source>until further notice</source>
        <translation>tills vidare</translation>
    </message>
    <message>
        <source>%1, then until further notice</source>
        <translation>%1, därefter tills vidare</translation>
    </message>
    <message>
        <source>no period set</source>
        <translation>ingen period angiven</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Överenskommelser</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Överenskommelse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <source>Late measures</source>
        <translation>Försenade åtgärder</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Planerat slut</translation>
    </message>
    <message>
        <source>No measure is late.</source>
        <translation>Ingen åtgärd är försenad.</translation>
    </message>
    <message>
        <source>The %1 measures late the longest are listed, of %2 late measures. The measures page of each agreement lists all of its own.</source>
        <translation>De %1 åtgärder som varit försenade längst visas, av %2 försenade. Alla finns under Åtgärder i respektive överenskommelse.</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Att följa upp</translation>
    </message>
    <message>
        <source>Report to</source>
        <translation>Rapport till</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Senast</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>No follow-up is due.</source>
        <translation>Inget att följa upp just nu.</translation>
    </message>
    <message>
        <source>The method&apos;s five steps</source>
        <translation>Metodens fem steg</translation>
    </message>
    <message>
        <source>&amp;Agreement:</source>
        <translation>Ö&amp;verenskommelse:</translation>
    </message>
    <message>
        <source>Agreement whose steps are shown</source>
        <translation>Överenskommelse vars steg visas</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>Double-click a missing item to open it; tick your own check items.</source>
        <translation>Dubbelklicka på något som saknas för att öppna det; bocka för dina egna kontrollpunkter.</translation>
    </message>
    <message>
        <source>Step of the new check item</source>
        <translation>Steg för den nya kontrollpunkten</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Steg %1</translation>
    </message>
    <message>
        <source>New check item, e.g. “First leadership meeting held”</source>
        <translation>Ny kontrollpunkt, t.ex. ”Första ledningsmötet hållet”</translation>
    </message>
    <message>
        <source>Text of the new check item</source>
        <translation>Text för den nya kontrollpunkten</translation>
    </message>
    <message>
        <source>A&amp;dd check item</source>
        <translation>&amp;Lägg till kontrollpunkt</translation>
    </message>
    <message>
        <source>&amp;Remove check item</source>
        <translation>&amp;Ta bort kontrollpunkt</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Försenad</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Att följa upp</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No agreement yet. Begin with Agreement › New agreement.</source>
        <translation>Ingen överenskommelse ännu. Börja med Överenskommelse › Ny överenskommelse.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Your own check item: tick it when done.</source>
        <translation>Din egen kontrollpunkt: bocka för den när den är klar.</translation>
    </message>
    <message>
        <source>Tick “%1”</source>
        <translation>Bocka för ”%1”</translation>
    </message>
    <message>
        <source>Untick “%1”</source>
        <translation>Ta bort bock för ”%1”</translation>
    </message>
    <message>
        <source>Add check item “%1”</source>
        <translation>Lägg till kontrollpunkt ”%1”</translation>
    </message>
    <message>
        <source>Remove check item “%1”</source>
        <translation>Ta bort kontrollpunkt ”%1”</translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>in force</comment>
        <extracomment>Whether the agreement is in force today. sv: Ja / Nej</extracomment>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <comment>in force</comment>
        <translation>Nej</translation>
    </message>
    <message>
        <source>What the law asks</source>
        <translation>Lagens krav</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Krav</translation>
    </message>
    <message>
        <source>How it stands</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>Lag (2023:196) om kommuners ansvar för brottsförebyggande arbete. Double-click a row to open what fixes it.</source>
        <translation>Lag (2023:196) om kommuners ansvar för brottsförebyggande arbete. Dubbelklicka på en rad för att öppna det som åtgärdar den.</translation>
    </message>
    <message>
        <source>Situation picture (§ 4)</source>
        <translation>Lägesbild (4 §)</translation>
    </message>
    <message>
        <source>Coordinating function</source>
        <translation>Samordningsfunktion</translation>
    </message>
    <message>
        <source>Measure plan (§ 5)</source>
        <translation>Åtgärdsplan (5 §)</translation>
    </message>
    <message>
        <source>Measures aimed at causes</source>
        <translation>Åtgärder riktade mot orsaker</translation>
    </message>
    <message>
        <source>Measures followed up</source>
        <translation>Åtgärder som följts upp</translation>
    </message>
</context>
<context>
    <name>samverka::ui::Part1Page</name>
    <message>
        <source>&amp;Introduction:</source>
        <translation>&amp;Inledning:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>S&amp;yfte:</translation>
    </message>
    <message>
        <source>&amp;Starting points:</source>
        <translation>&amp;Utgångspunkter:</translation>
    </message>
    <message>
        <source>&amp;Collaboration model:</source>
        <translation>Samverkans&amp;modell:</translation>
    </message>
    <message>
        <source>Background and purpose</source>
        <translation>Bakgrund och syfte</translation>
    </message>
    <message>
        <source>Co&amp;mmitments:</source>
        <translation>&amp;Åtaganden:</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>&amp;Grupper:</translation>
    </message>
    <message>
        <source>C&amp;oordinators:</source>
        <translation>S&amp;amordnare:</translation>
    </message>
    <message>
        <source>Commitments and organisation</source>
        <translation>Åtaganden och organisation</translation>
    </message>
    <message>
        <source>Co&amp;mmunication plan:</source>
        <translation>&amp;Kommunikationsplan:</translation>
    </message>
    <message>
        <source>&amp;Follow-up plan:</source>
        <translation>&amp;Uppföljningsplan:</translation>
    </message>
    <message>
        <source>&amp;Reporting:</source>
        <translation>&amp;Rapportering:</translation>
    </message>
    <message>
        <source>Communication and follow-up</source>
        <translation>Kommunikation och uppföljning</translation>
    </message>
    <message>
        <source>commitment</source>
        <translation>åtagande</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>samordnare</translation>
    </message>
    <message>
        <source>reporting rule</source>
        <translation>rapporteringsregel</translation>
    </message>
    <message>
        <source>Edit introduction</source>
        <translation>Ändra inledning</translation>
    </message>
    <message>
        <source>Edit purpose</source>
        <translation>Ändra syfte</translation>
    </message>
    <message>
        <source>Edit collaboration model</source>
        <translation>Ändra samverkansmodell</translation>
    </message>
    <message>
        <source>Edit communication plan</source>
        <translation>Ändra kommunikationsplan</translation>
    </message>
    <message>
        <source>Edit follow-up plan</source>
        <translation>Ändra uppföljningsplan</translation>
    </message>
    <message>
        <source>Part 1</source>
        <translation>Del 1</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Åtagande</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Samordnare</translation>
    </message>
    <message>
        <source>Report to</source>
        <translation>Rapport till</translation>
    </message>
    <message>
        <source>Every (months)</source>
        <translation>Intervall (månader)</translation>
    </message>
    <message>
        <source>No coordinators yet: each party names one.</source>
        <translation>Inga samordnare ännu: varje part utser en.</translation>
    </message>
    <message>
        <source>Add starting point</source>
        <translation>Lägg till utgångspunkt</translation>
    </message>
    <message>
        <source>Edit starting point</source>
        <translation>Ändra utgångspunkt</translation>
    </message>
    <message>
        <source>Remove starting point</source>
        <translation>Ta bort utgångspunkt</translation>
    </message>
</context>
<context>
    <name>samverka::ui::Part2Page</name>
    <message>
        <source>Part 2</source>
        <translation>Del 2</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>&amp;Commitments:</source>
        <translation>&amp;Åtaganden:</translation>
    </message>
    <message>
        <source>commitment</source>
        <translation>åtagande</translation>
    </message>
    <message>
        <source>Edit part 2 text</source>
        <translation>Ändra texten i del 2</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Åtagande</translation>
    </message>
</context>
<context>
    <name>samverka::ui::PeoplePage</name>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>party</source>
        <translation>part</translation>
    </message>
    <message>
        <source>Add party</source>
        <translation>Lägg till part</translation>
    </message>
    <message>
        <source>New party</source>
        <translation>Ny part</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parter</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Lägg till person</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Ny person</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>&amp;Parties</source>
        <translation>&amp;Parter</translation>
    </message>
    <message>
        <source>P&amp;eople</source>
        <translation>P&amp;ersoner</translation>
    </message>
    <message>
        <source>People and parties</source>
        <translation>Personer och parter</translation>
    </message>
    <message>
        <source>Personal data: keep only what the work needs.</source>
        <translation>Personuppgifter: spara bara det som arbetet kräver.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Part</translation>
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
        <source>No parties yet. An agreement has at least the municipality and the police.</source>
        <translation>Inga parter ännu. En överenskommelse har minst kommunen och polisen.</translation>
    </message>
    <message>
        <source>No people yet. Add the coordinators, the signatories and the members of the groups.</source>
        <translation>Inga personer ännu. Lägg till samordnarna, undertecknarna och gruppernas medlemmar.</translation>
    </message>
</context>
<context>
    <name>samverka::ui::PlanRowPanel</name>
    <message>
        <source>&amp;Open the measure in its agreement</source>
        <translation>&amp;Öppna åtgärden i överenskommelsen</translation>
    </message>
    <message>
        <source>Operati&amp;ve goals in the plan:</source>
        <translation>Operati&amp;va mål i planen:</translation>
    </message>
    <message>
        <source>Edit operative goals</source>
        <translation>Ändra operativa mål</translation>
    </message>
    <message>
        <source>Follow-up of this measure</source>
        <translation>Uppföljning av åtgärden</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>bedömning</translation>
    </message>
    <message>
        <source>&amp;Rate</source>
        <translation>Bedö&amp;m</translation>
    </message>
    <message>
        <source>Not rated yet. Rate the measure at each follow-up: green, yellow or red, with a comment.</source>
        <translation>Inte bedömd ännu. Bedöm åtgärden vid varje uppföljning: grön, gul eller röd, med en kommentar.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Ratings of the measure</source>
        <translation>Åtgärdens bedömningar</translation>
    </message>
    <message>
        <source>The plan&apos;s own measure</source>
        <translation>Planens egen åtgärd</translation>
    </message>
    <message>
        <source>Suggested by the agreement&apos;s follow-up: %1. %2</source>
        <translation>Förslag utifrån överenskommelsens uppföljning: %1. %2</translation>
    </message>
    <message>
        <source>The measure has no assessed follow-up in its agreement yet.</source>
        <translation>Åtgärden har ingen bedömd uppföljning i sin överenskommelse ännu.</translation>
    </message>
    <message>
        <source>Rate the plan&apos;s own measure from what the follow-up found.</source>
        <translation>Bedöm planens egen åtgärd utifrån vad uppföljningen visade.</translation>
    </message>
    <message>
        <source>A measure no longer in any agreement</source>
        <translation>En åtgärd som inte längre finns i någon överenskommelse</translation>
    </message>
    <message>
        <source>The measure this row adopted has been removed from its agreement. Remove the row, or undo the removal.</source>
        <translation>Åtgärden som raden hämtade har tagits bort ur sin överenskommelse. Ta bort raden, eller ångra borttagningen.</translation>
    </message>
    <message>
        <source>Adopted from the agreement: %1</source>
        <translation>Hämtad från överenskommelsen: %1</translation>
    </message>
    <message>
        <source>Agreement: %1</source>
        <translation>Överenskommelse: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>cause label, text</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Causes: %1</source>
        <translation>Orsaker: %1</translation>
    </message>
    <message>
        <source>none – the measure is aimed at no cause</source>
        <translation>inga – åtgärden riktar sig inte mot någon orsak</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>När: %1</translation>
    </message>
    <message>
        <source>Who: %1</source>
        <translation>Vem: %1</translation>
    </message>
    <message>
        <source>The measure&apos;s own fields are edited on the agreement&apos;s page Measures.</source>
        <translation>Åtgärdens egna uppgifter ändras på överenskommelsens sida Åtgärder.</translation>
    </message>
</context>
<context>
    <name>samverka::ui::ProblemPicturePage</name>
    <message>
        <source>Problems</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Prioritised</source>
        <translation>Prioriterat</translation>
    </message>
    <message>
        <source>Confidential (sekretess)</source>
        <translation>Sekretessbelagd</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Contributed by</source>
        <translation>Lämnat av</translation>
    </message>
    <message>
        <source>Add problem</source>
        <translation>Lägg till problem</translation>
    </message>
    <message>
        <source>Remove problem</source>
        <translation>Ta bort problem</translation>
    </message>
    <message>
        <source>Contributed &amp;by:</source>
        <translation>&amp;Lämnat av:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivning:</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>Kat&amp;egori:</translation>
    </message>
    <message>
        <source>Crime categories:</source>
        <translation>Brottskategorier:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>Pl&amp;ats:</translation>
    </message>
    <message>
        <source>Time &amp;pattern:</source>
        <translation>Tids&amp;mönster:</translation>
    </message>
    <message>
        <source>&amp;Sources:</source>
        <translation>&amp;Källor:</translation>
    </message>
    <message>
        <source>Contributed b&amp;y:</source>
        <translation>Lämnat a&amp;v:</translation>
    </message>
    <message>
        <source>Contributing part&amp;y:</source>
        <translation>Lämnat av &amp;part:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Prioritering:</translation>
    </message>
    <message>
        <source>&amp;Rank:</source>
        <translation>&amp;Rangordning:</translation>
    </message>
    <message>
        <source>Reasons for priority:</source>
        <translation>Skäl för prioritering:</translation>
    </message>
    <message>
        <source>Secrecy:</source>
        <translation>Sekretess:</translation>
    </message>
    <message>
        <source>Edit problem title</source>
        <translation>Ändra problemets titel</translation>
    </message>
    <message>
        <source>Edit problem description</source>
        <translation>Ändra problemets beskrivning</translation>
    </message>
    <message>
        <source>Edit problem category</source>
        <translation>Ändra problemets kategori</translation>
    </message>
    <message>
        <source>Edit crime categories</source>
        <translation>Ändra brottskategorier</translation>
    </message>
    <message>
        <source>Edit place</source>
        <translation>Ändra plats</translation>
    </message>
    <message>
        <source>Edit time pattern</source>
        <translation>Ändra tidsmönster</translation>
    </message>
    <message>
        <source>Edit sources</source>
        <translation>Ändra källor</translation>
    </message>
    <message>
        <source>Edit contributed by</source>
        <translation>Ändra lämnat av</translation>
    </message>
    <message>
        <source>Edit contributing party</source>
        <translation>Ändra lämnat av part</translation>
    </message>
    <message>
        <source>Edit prioritised</source>
        <translation>Ändra prioriterat</translation>
    </message>
    <message>
        <source>Edit rank</source>
        <translation>Ändra rangordning</translation>
    </message>
    <message>
        <source>Edit reasons for priority</source>
        <translation>Ändra skäl för prioritering</translation>
    </message>
    <message>
        <source>Edit secrecy</source>
        <translation>Ändra sekretess</translation>
    </message>
    <message>
        <source>Problem picture</source>
        <translation>Problembild</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(utan titel)</translation>
    </message>
    <message>
        <source>New problem</source>
        <translation>Nytt problem</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rangordning</translation>
    </message>
    <message>
        <source>No problems yet. The joint problem picture says what happens, where, when and how much.</source>
        <translation>Inga problem ännu. Den gemensamma problembilden säger vad som händer, var, när och hur mycket.</translation>
    </message>
    <message>
        <source>From the situation picture</source>
        <translation>Från lägesbilden</translation>
    </message>
    <message>
        <source>Take over a problem of the situation picture</source>
        <translation>Hämta ett problem från lägesbilden</translation>
    </message>
    <message>
        <source>Taken from:</source>
        <translation>Hämtat från:</translation>
    </message>
    <message>
        <source>Written in the agreement</source>
        <translation>Skrivet i överenskommelsen</translation>
    </message>
    <message>
        <source>The situation picture</source>
        <translation>Lägesbilden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>edition: problem</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (secrecy)</source>
        <translation>%1 (sekretess)</translation>
    </message>
    <message>
        <source>%1 (already taken over)</source>
        <translation>%1 (redan hämtat)</translation>
    </message>
    <message>
        <source>Take over a problem of “%1”</source>
        <translation>Hämta ett problem från ”%1”</translation>
    </message>
    <message>
        <source>The file has no situation picture yet; make one on the page Situation picture.</source>
        <translation>Filen har ingen lägesbild än; gör en på sidan Lägesbild.</translation>
    </message>
    <message>
        <source>Take over problem from the situation picture</source>
        <translation>Hämta problem från lägesbilden</translation>
    </message>
</context>
<context>
    <name>samverka::ui::ProblemStatisticsPanel</name>
    <message>
        <source>“%1”</source>
        <translation>”%1”</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Open statistics</source>
        <translation>Öppna statistik</translation>
    </message>
    <message>
        <source>Statistics of the problem</source>
        <translation>Problemets statistik</translation>
    </message>
    <message>
        <source>The statistics show reported crimes, not all crimes committed.</source>
        <translation>Statistiken visar anmälda brott, inte alla brott som begåtts.</translation>
    </message>
    <message>
        <source>Reported crimes per year</source>
        <translation>Anmälda brott per år</translation>
    </message>
    <message>
        <source>Import statistics or look at them on the statistics page</source>
        <translation>Importera statistik eller se den på sidan Statistik</translation>
    </message>
    <message>
        <source>Reported crimes in %1: %2</source>
        <translation>Anmälda brott i %1: %2</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Per 100 000 inh.</source>
        <translation>Per 100 000 inv.</translation>
    </message>
    <message>
        <source>A missing count of a crime type is left out of this sum</source>
        <translation>Ett saknat antal för en brottstyp räknas inte med i summan</translation>
    </message>
    <message>
        <source>Select a problem to see its reported crimes.</source>
        <translation>Välj ett problem för att se dess anmälda brott.</translation>
    </message>
    <message>
        <source>This problem is not linked to the statistics. Add the crime types or categories it concerns under “Crime categories” (for example “Skadegörelse” or “Misshandel inkl. grov”) to see their reported crimes here year by year.</source>
        <translation>Problemet är inte kopplat till statistiken. Lägg till de brottstyper eller brottskategorier det gäller under ”Brottskategorier” (till exempel ”Skadegörelse” eller ”Misshandel inkl. grov”) för att se de anmälda brotten här år för år.</translation>
    </message>
    <message>
        <source>The file has no crime statistics for the municipality yet. Import them on the statistics page to see the reported crimes for %1 here.</source>
        <translation>Filen har ingen brottsstatistik för kommunen ännu. Importera den på sidan Statistik för att se de anmälda brotten för %1 här.</translation>
    </message>
    <message>
        <source>The statistics have no reported crimes for %1. Write the crime types or categories as the statistics name them (see Statistics › Crime categories…).</source>
        <translation>Statistiken har inga anmälda brott för %1. Skriv brottstyperna eller brottskategorierna så som statistiken benämner dem (se Statistik › Brottskategorier…).</translation>
    </message>
</context>
<context>
    <name>samverka::ui::PromiseSetsPage</name>
    <message>
        <source>Citizen promise sets</source>
        <translation>Omgångar av medborgarlöften</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Omgång</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Add set</source>
        <translation>Lägg till omgång</translation>
    </message>
    <message>
        <source>Remove set</source>
        <translation>Ta bort omgång</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>Från år</translation>
    </message>
    <message>
        <source>To year</source>
        <translation>Till år</translation>
    </message>
    <message>
        <source>promise</source>
        <translation>löfte</translation>
    </message>
    <message>
        <source>Add promise</source>
        <translation>Lägg till löfte</translation>
    </message>
    <message>
        <source>New promise</source>
        <translation>Nytt löfte</translation>
    </message>
    <message>
        <source>signatory</source>
        <translation>undertecknare</translation>
    </message>
    <message>
        <source>New signatory</source>
        <translation>Ny undertecknare</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Agreement:</source>
        <translation>Ö&amp;verenskommelse:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <source>&amp;Years:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <source>&amp;Preamble:</source>
        <translation>&amp;Inledning:</translation>
    </message>
    <message>
        <source>&amp;Based on:</source>
        <translation>&amp;Bygger på:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Pro&amp;mises:</source>
        <translation>&amp;Löften:</translation>
    </message>
    <message>
        <source>Promise: &amp;responsible:</source>
        <translation>Löfte: &amp;ansvarig:</translation>
    </message>
    <message>
        <source>Promise: measures:</source>
        <translation>Löfte: åtgärder:</translation>
    </message>
    <message>
        <source>Signatories:</source>
        <translation>Undertecknare:</translation>
    </message>
    <message>
        <source>Edit promise set title</source>
        <translation>Ändra omgångens titel</translation>
    </message>
    <message>
        <source>Edit promise set agreement</source>
        <translation>Ändra omgångens överenskommelse</translation>
    </message>
    <message>
        <source>Edit from year</source>
        <translation>Ändra från år</translation>
    </message>
    <message>
        <source>Edit to year</source>
        <translation>Ändra till år</translation>
    </message>
    <message>
        <source>Edit preamble</source>
        <translation>Ändra inledning</translation>
    </message>
    <message>
        <source>Edit basis</source>
        <translation>Ändra underlag</translation>
    </message>
    <message>
        <source>Edit promise set status</source>
        <translation>Ändra omgångens status</translation>
    </message>
    <message>
        <source>The last year is before the first. Not saved.</source>
        <translation>Det sista året är före det första. Sparades inte.</translation>
    </message>
    <message>
        <source>Edit promise responsible</source>
        <translation>Ändra löftets ansvariga</translation>
    </message>
    <message>
        <source>Edit promise measures</source>
        <translation>Ändra löftets åtgärder</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Löfte</translation>
    </message>
    <message>
        <source>Remove promise set</source>
        <translation>Ta bort omgång medborgarlöften</translation>
    </message>
    <message>
        <source>Citizen promises</source>
        <translation>Medborgarlöften</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Undertecknad</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(utan titel)</translation>
    </message>
    <message>
        <source>Add promise set</source>
        <translation>Lägg till omgång medborgarlöften</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>No citizen promises yet. A set holds the short public promises of police and municipality for one or two years.</source>
        <translation>Inga medborgarlöften ännu. En omgång innehåller polisens och kommunens korta, offentliga löften för ett eller två år.</translation>
    </message>
</context>
<context>
    <name>samverka::ui::RecordLabels</name>
    <message>
        <source> (confidential)</source>
        <translation> (sekretess)</translation>
    </message>
</context>
<context>
    <name>samverka::ui::RecordListPanel</name>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alla</translation>
    </message>
</context>
<context>
    <name>samverka::ui::RecordTableEditor</name>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytta ned</translation>
    </message>
    <message>
        <source>row</source>
        <translation>rad</translation>
    </message>
    <message>
        <source>Move the row up (Ctrl+Shift+Up)</source>
        <translation>Flytta upp raden (Ctrl+Skift+Upp)</translation>
    </message>
    <message>
        <source>Move the row down (Ctrl+Shift+Down)</source>
        <translation>Flytta ned raden (Ctrl+Skift+Ned)</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Lägg till %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Ta bort %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Flytta %1</translation>
    </message>
</context>
<context>
    <name>samverka::ui::RecordTableModel</name>
    <message>
        <source>This row cannot be edited here yet.</source>
        <translation>Raden kan inte redigeras här ännu.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Ändra %1</translation>
    </message>
</context>
<context>
    <name>samverka::ui::RegionPublishController</name>
    <message>
        <source>Publishing %1 to the region database…</source>
        <translation>Publicerar %1 till regiondatabasen…</translation>
    </message>
    <message numerus="yes">
        <source>Published %1 (%2) to the %3: %n row(s), publication %4.</source>
        <translation>
            <numerusform>Publicerade %1 (%2) till %3: %n rad, publicering %4.</numerusform>
            <numerusform>Publicerade %1 (%2) till %3: %n rader, publicering %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not published.</source>
        <translation>Inte publicerad.</translation>
    </message>
    <message>
        <source>Publish to the region database</source>
        <translation>Publicera till regiondatabas</translation>
    </message>
</context>
<context>
    <name>samverka::ui::RegionSourceDialog</name>
    <message>
        <source>Region database</source>
        <extracomment>sv: Publicera till regiondatabas</extracomment>
        <translation>Regiondatabas</translation>
    </message>
    <message>
        <source>Every municipality (empty)</source>
        <extracomment>sv: Alla kommuner (tomt)</extracomment>
        <translation>Alla kommuner (tomt)</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Anslutning:</translation>
    </message>
    <message>
        <source>Local &amp;police area:</source>
        <translation>Lokal&amp;polisområde:</translation>
    </message>
    <message>
        <source>The connection cannot be read: %1</source>
        <extracomment>sv: Anslutningen går inte att läsa: %1</extracomment>
        <translation>Anslutningen går inte att läsa: %1</translation>
    </message>
    <message>
        <source>The password comes from your ~/.pgpass, a service file or PGPASSWORD; Samverka never stores it.</source>
        <translation>Lösenordet hämtas från din ~/.pgpass, en tjänstefil eller PGPASSWORD; Samverka sparar det aldrig.</translation>
    </message>
    <message>
        <source>The database is only read.</source>
        <translation>Databasen läses bara.</translation>
    </message>
    <message>
        <source>The file&apos;s content replaces the municipality&apos;s previous publication. Confidential records, people&apos;s contact details and the audit log are never sent.</source>
        <translation>Filens innehåll ersätter kommunens förra publicering. Sekretessbelagda poster, personers kontaktuppgifter och ändringsloggen skickas aldrig.</translation>
    </message>
    <message>
        <source>Publish to the region database</source>
        <translation>Publicera till regiondatabas</translation>
    </message>
</context>
<context>
    <name>samverka::ui::SearchDialog</name>
    <message>
        <source>Find</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Sök:</translation>
    </message>
    <message>
        <source>Text to find</source>
        <translation>Text att söka efter</translation>
    </message>
    <message>
        <source>Any text in the file: a title, a description, a name…</source>
        <translation>Valfri text i filen: en titel, en beskrivning, ett namn…</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Sökresultat</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Inget hittades.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s).</source>
        <translation>
            <numerusform>%n träff.</numerusform>
            <numerusform>%n träffar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Where the text was found</source>
        <translation>Var texten hittades</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Överenskommelse</translation>
    </message>
</context>
<context>
    <name>samverka::ui::SettingsDialog</name>
    <message>
        <source>Welcome to Samverka</source>
        <translation>Välkommen till Samverka</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>What is your name? It is shown as the author of your review comments and follow-ups, and recorded with your changes. It is kept on this computer only; you can change it under Edit › Settings.</source>
        <translation>Vad heter du? Namnet visas som författare till dina granskningskommentarer och uppföljningar och sparas med dina ändringar. Det sparas bara på den här datorn; du kan ändra det under Redigera › Inställningar.</translation>
    </message>
    <message>
        <source>Your name is shown as the author of your review comments and follow-ups, and recorded with your changes. It is kept on this computer only.</source>
        <translation>Ditt namn visas som författare till dina granskningskommentarer och uppföljningar och sparas med dina ändringar. Det sparas bara på den här datorn.</translation>
    </message>
    <message>
        <source>First name and surname</source>
        <translation>Förnamn och efternamn</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ditt namn</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ditt &amp;namn:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>Restore de&amp;fault</source>
        <translation>Återställ &amp;standard</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Mapp för säkerhetskopior</translation>
    </message>
    <message>
        <source>Backups kept per file</source>
        <translation>Säkerhetskopior som sparas per fil</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Mapp:</translation>
    </message>
    <message>
        <source>&amp;Keep per file:</source>
        <translation>Behåll &amp;per fil:</translation>
    </message>
    <message>
        <source>Samverka copies a file when it is opened for changes, if it has changed since its last copy. On a virtual desktop the local data folder may be emptied when you log out: choose a folder on your home drive on the network or in OneDrive, which is kept.</source>
        <translation>Samverka kopierar filen när den öppnas för ändringar, om den har ändrats sedan förra kopian. På ett virtuellt skrivbord kan den lokala datamappen tömmas när du loggar ut: välj en mapp på din hemkatalog på nätverket (till exempel H:) eller i OneDrive, som finns kvar.</translation>
    </message>
    <message>
        <source>Enter the folder where backups go, or choose Restore default.</source>
        <translation>Skriv in mappen där säkerhetskopiorna ska sparas, eller välj Återställ standard.</translation>
    </message>
    <message>
        <source>The backup folder &quot;%1&quot; is not a whole path. Enter it from the drive on, or choose it with Browse….</source>
        <translation>Mappen för säkerhetskopior ”%1” är inte en hel sökväg. Skriv den från enheten och framåt, eller välj den med Bläddra….</translation>
    </message>
</context>
<context>
    <name>samverka::ui::SidebarModel</name>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Överenskommelser</translation>
    </message>
    <message>
        <source>Untitled agreement</source>
        <translation>Överenskommelse utan titel</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Part 1</source>
        <translation>Del 1</translation>
    </message>
    <message>
        <source>Part 2</source>
        <translation>Del 2</translation>
    </message>
    <message>
        <source>Problem picture</source>
        <translation>Problembild</translation>
    </message>
    <message>
        <source>Cause analysis</source>
        <translation>Orsaksanalys</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation>Fokusområden</translation>
    </message>
    <message>
        <source>Untitled focus area</source>
        <translation>Fokusområde utan titel</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Underskrifter</translation>
    </message>
    <message numerus="yes">
        <source>Review comments (%n open)</source>
        <translation>
            <numerusform>Granskningskommentarer (%n öppen)</numerusform>
            <numerusform>Granskningskommentarer (%n öppna)</numerusform>
        </translation>
    </message>
    <message>
        <source>Review comments</source>
        <translation>Granskningskommentarer</translation>
    </message>
    <message>
        <source>Citizen promises</source>
        <translation>Medborgarlöften</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bilagor</translation>
    </message>
    <message>
        <source>People and parties</source>
        <translation>Personer och parter</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Municipality details</source>
        <translation>Kommunuppgifter</translation>
    </message>
    <message>
        <source>Situation picture</source>
        <translation>Lägesbild</translation>
    </message>
    <message>
        <source>Measure plan</source>
        <translation>Åtgärdsplan</translation>
    </message>
</context>
<context>
    <name>samverka::ui::SidebarView</name>
    <message>
        <source>Contents of the municipality file</source>
        <translation>Kommunfilens innehåll</translation>
    </message>
</context>
<context>
    <name>samverka::ui::SignDialog</name>
    <message>
        <source>Sign “%1”</source>
        <translation>Underteckna ”%1”</translation>
    </message>
    <message>
        <source>Date of signing</source>
        <translation>Datum för undertecknande</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Place of signing</source>
        <translation>Ort för undertecknande</translation>
    </message>
    <message>
        <source>e.g. Härnösand</source>
        <translation>t.ex. Härnösand</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>&amp;Who signed:</source>
        <translation>&amp;Vilka som skrev under:</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Undertecknare</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>(unnamed signatory)</source>
        <translation>(undertecknare utan namn)</translation>
    </message>
    <message>
        <source>The agreement has no signatories yet: add them on its Signatures page first.</source>
        <translation>Överenskommelsen har inga undertecknare ännu: lägg först till dem på sidan Underskrifter.</translation>
    </message>
    <message numerus="yes">
        <source>The method checklist still finds %n thing(s) missing:</source>
        <translation>
            <numerusform>Metodchecklistan hittar fortfarande %n sak som saknas:</numerusform>
            <numerusform>Metodchecklistan hittar fortfarande %n saker som saknas:</numerusform>
        </translation>
    </message>
    <message>
        <source>What the checklist finds missing</source>
        <translation>Det som enligt checklistan saknas</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Steg %1: %2</translation>
    </message>
    <message>
        <source>Signing locks the agreement&apos;s content and records its fingerprint. It cannot be undone; changes later need a revision.</source>
        <translation>Undertecknandet låser överenskommelsens innehåll och sparar dess fingeravtryck. Det kan inte ångras; senare ändringar kräver en revidering.</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Underteckna</translation>
    </message>
    <message numerus="yes">
        <source>%n review comment(s) are not resolved: the review is not finished.</source>
        <translation>
            <numerusform>%n granskningskommentar är inte löst: granskningen är inte avslutad.</numerusform>
            <numerusform>%n granskningskommentarer är inte lösta: granskningen är inte avslutad.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samverka::ui::SignaturesPage</name>
    <message>
        <source>Signatures</source>
        <translation>Underskrifter</translation>
    </message>
    <message>
        <source>signatory</source>
        <translation>undertecknare</translation>
    </message>
    <message>
        <source>Add signatory</source>
        <translation>Lägg till undertecknare</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Undertecknare</translation>
    </message>
    <message>
        <source>The agreement is signed; its signatories cannot change.</source>
        <translation>Överenskommelsen är undertecknad; undertecknarna kan inte ändras.</translation>
    </message>
    <message>
        <source>List who will sign. The signing itself (date and place) is recorded with “Record signing” when the agreement is ready.</source>
        <translation>Ange vilka som ska skriva under. Själva undertecknandet (datum och ort) registreras med Överenskommelse › Underteckna när överenskommelsen är klar.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Undertecknad</translation>
    </message>
    <message>
        <source>New signatory</source>
        <translation>Ny undertecknare</translation>
    </message>
    <message>
        <source>No signatories yet. Choose the people who sign for each party.</source>
        <translation>Inga undertecknare ännu. Välj de personer som skriver under för varje part.</translation>
    </message>
</context>
<context>
    <name>samverka::ui::SituationMappingView</name>
    <message>
        <source>Reported crime by category</source>
        <translation>Anmälda brott per kategori</translation>
    </message>
    <message>
        <source>Reported crime compared with other municipalities</source>
        <translation>Anmälda brott jämfört med andra kommuner</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Per 100,000 in %1</source>
        <translation>Per 100 000 år %1</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Sedan %1</translation>
    </message>
    <message>
        <source>Give the years of the data above to see the mapping&apos;s numbers.</source>
        <translation>Ange underlagets år ovan för att se kartläggningens siffror.</translation>
    </message>
    <message>
        <source>The file has no reported crime of the municipality for %1–%2. Import it on the Statistics page.</source>
        <translation>Filen har inga anmälda brott för kommunen %1–%2. Importera dem på sidan Statistik.</translation>
    </message>
    <message>
        <source>Reported crime %1 by category, with the change since %2 (from the file&apos;s statistics).</source>
        <translation>Anmälda brott %1 per kategori, med förändringen sedan %2 (ur filens statistik).</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Andel</translation>
    </message>
    <message>
        <source>Per 100,000</source>
        <translation>Per 100 000</translation>
    </message>
    <message>
        <source>All reported crime</source>
        <translation>Samtliga anmälda brott</translation>
    </message>
</context>
<context>
    <name>samverka::ui::SituationPicturePage</name>
    <message>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <source>Situation pictures</source>
        <translation>Lägesbilder</translation>
    </message>
    <message>
        <source>Situation picture</source>
        <translation>Lägesbild</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>New edition</source>
        <translation>Ny utgåva</translation>
    </message>
    <message>
        <source>No situation picture yet. The law (2023:196) requires the municipality to map the crime in its area, to add what else is known and to analyse it. Start the first edition here.</source>
        <translation>Ingen lägesbild ännu. Lagen (2023:196) kräver att kommunen kartlägger brottsligheten i kommunen, lägger till annan information av betydelse och analyserar den. Börja den första utgåvan här.</translation>
    </message>
    <message>
        <source>Remove edition</source>
        <translation>Ta bort utgåva</translation>
    </message>
    <message>
        <source>First year of the data</source>
        <translation>Första året i underlaget</translation>
    </message>
    <message>
        <source>Last year of the data</source>
        <translation>Sista året i underlaget</translation>
    </message>
    <message>
        <source>Date of the situation picture</source>
        <translation>Lägesbildens datum</translation>
    </message>
    <message>
        <source>Next update</source>
        <translation>Nästa uppdatering</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Beslutsdatum</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Years of the data:</source>
        <translation>Underlagets &amp;år:</translation>
    </message>
    <message>
        <source>&amp;Coordinating function:</source>
        <translation>Sa&amp;mordningsfunktion:</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>D&amp;eltagare:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Decided &amp;by:</source>
        <translation>&amp;Beslutat av:</translation>
    </message>
    <message>
        <source>Decision d&amp;ate:</source>
        <translation>Besl&amp;utsdatum:</translation>
    </message>
    <message>
        <source>Para&amp;graph:</source>
        <translation>&amp;Paragraf:</translation>
    </message>
    <message>
        <source>Diary &amp;number:</source>
        <translation>Diarie&amp;nummer:</translation>
    </message>
    <message>
        <source>Next &amp;update:</source>
        <translation>N&amp;ästa uppdatering:</translation>
    </message>
    <message>
        <source>Edit situation picture title</source>
        <translation>Ändra lägesbildens titel</translation>
    </message>
    <message>
        <source>Edit situation picture date</source>
        <translation>Ändra lägesbildens datum</translation>
    </message>
    <message>
        <source>Edit first year</source>
        <translation>Ändra första året</translation>
    </message>
    <message>
        <source>Edit last year</source>
        <translation>Ändra sista året</translation>
    </message>
    <message>
        <source>Edit coordinating function</source>
        <translation>Ändra samordningsfunktion</translation>
    </message>
    <message>
        <source>Edit participants</source>
        <translation>Ändra deltagare</translation>
    </message>
    <message>
        <source>Edit situation picture status</source>
        <translation>Ändra lägesbildens status</translation>
    </message>
    <message>
        <source>Edit decided by</source>
        <translation>Ändra beslutat av</translation>
    </message>
    <message>
        <source>Edit decision date</source>
        <translation>Ändra beslutsdatum</translation>
    </message>
    <message>
        <source>Edit paragraph</source>
        <translation>Ändra paragraf</translation>
    </message>
    <message>
        <source>Edit diary number</source>
        <translation>Ändra diarienummer</translation>
    </message>
    <message>
        <source>Edit next update</source>
        <translation>Ändra nästa uppdatering</translation>
    </message>
    <message>
        <source>The last year is before the first. Not saved.</source>
        <translation>Sista året ligger före det första. Inte sparat.</translation>
    </message>
    <message>
        <source>1. Mapping of the crime</source>
        <translation>1. Kartläggning av brottsligheten</translation>
    </message>
    <message>
        <source>Reported crime, its trend, the comparison with other municipalities and the survey come from the file&apos;s statistics for the years above; they are never typed here. Write what the numbers mean.</source>
        <translation>Anmälda brott, utvecklingen, jämförelsen med andra kommuner och trygghetsmätningen hämtas ur filens statistik för åren ovan; siffrorna skrivs aldrig in här. Skriv vad siffrorna betyder.</translation>
    </message>
    <message>
        <source>Rep&amp;orted crime:</source>
        <translation>Anmälda br&amp;ott:</translation>
    </message>
    <message>
        <source>Edit crime commentary</source>
        <translation>Ändra kommentar om brottsligheten</translation>
    </message>
    <message>
        <source>Co&amp;mparison:</source>
        <translation>&amp;Jämförelse:</translation>
    </message>
    <message>
        <source>Edit comparison commentary</source>
        <translation>Ändra kommentar om jämförelsen</translation>
    </message>
    <message>
        <source>Sur&amp;vey:</source>
        <translation>Tr&amp;ygghetsmätning:</translation>
    </message>
    <message>
        <source>Edit survey commentary</source>
        <translation>Ändra kommentar om trygghetsmätningen</translation>
    </message>
    <message>
        <source>&amp;Where and when:</source>
        <translation>P&amp;latser och tider:</translation>
    </message>
    <message>
        <source>Edit commentary on places and times</source>
        <translation>Ändra kommentar om platser och tider</translation>
    </message>
    <message>
        <source>2. Other information</source>
        <translation>2. Annan information</translation>
    </message>
    <message>
        <source>What the school, the social services, the rescue service, housing companies, dialogues with citizens and staff, and the police know. A confidential section is left out of documents unless asked for.</source>
        <translation>Vad skolan, socialtjänsten, räddningstjänsten, bostadsbolagen, medborgar- och medarbetardialoger och polisen vet. Ett sekretessmarkerat avsnitt tas bara med i dokument när det begärs.</translation>
    </message>
    <message>
        <source>section</source>
        <translation>avsnitt</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>Lägg till avsnitt</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>Nytt avsnitt</translation>
    </message>
    <message>
        <source>No other information yet.</source>
        <translation>Ingen annan information ännu.</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Sekretess</translation>
    </message>
    <message>
        <source>Sect&amp;ions:</source>
        <translation>A&amp;vsnitt:</translation>
    </message>
    <message>
        <source>Add a usual source</source>
        <translation>Lägg till en vanlig källa</translation>
    </message>
    <message>
        <source>Section: te&amp;xt:</source>
        <translation>Avsnitt: te&amp;xt:</translation>
    </message>
    <message>
        <source>Edit section text</source>
        <translation>Ändra avsnittets text</translation>
    </message>
    <message>
        <source>3. Analysis</source>
        <translation>3. Analys</translation>
    </message>
    <message>
        <source>What the mapping and the other information show together, and the problems to work on. An agreement&apos;s problem picture can take them over.</source>
        <translation>Vad kartläggningen och den andra informationen visar tillsammans, och vilka problem som ska bearbetas. En överenskommelses problembild kan ta över dem.</translation>
    </message>
    <message>
        <source>Ana&amp;lysis:</source>
        <translation>An&amp;alys:</translation>
    </message>
    <message>
        <source>Edit analysis</source>
        <translation>Ändra analys</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>problem</translation>
    </message>
    <message>
        <source>Add problem</source>
        <translation>Lägg till problem</translation>
    </message>
    <message>
        <source>New problem</source>
        <translation>Nytt problem</translation>
    </message>
    <message>
        <source>No problems chosen yet.</source>
        <translation>Inga problem valda ännu.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
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
        <source>P&amp;roblems:</source>
        <translation>P&amp;roblem:</translation>
    </message>
    <message>
        <source>Problem: d&amp;escription:</source>
        <translation>Problem: beskr&amp;ivning:</translation>
    </message>
    <message>
        <source>Problem: c&amp;hosen because:</source>
        <translation>Problem: valt e&amp;ftersom:</translation>
    </message>
    <message>
        <source>Problem: &amp;known from:</source>
        <translation>Problem: &amp;källor:</translation>
    </message>
    <message>
        <source>Edit problem description</source>
        <translation>Ändra problemets beskrivning</translation>
    </message>
    <message>
        <source>Edit criteria</source>
        <translation>Ändra urvalsgrunder</translation>
    </message>
    <message>
        <source>Edit problem sources</source>
        <translation>Ändra problemets källor</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Skolan</translation>
    </message>
    <message>
        <source>The schools</source>
        <translation>Skolorna</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Socialtjänsten</translation>
    </message>
    <message>
        <source>The social services</source>
        <translation>Socialtjänsten</translation>
    </message>
    <message>
        <source>Fires and the rescue service</source>
        <translation>Bränder och räddningstjänsten</translation>
    </message>
    <message>
        <source>The rescue service</source>
        <translation>Räddningstjänsten</translation>
    </message>
    <message>
        <source>Housing companies</source>
        <translation>Bostadsbolag</translation>
    </message>
    <message>
        <source>The housing companies</source>
        <translation>Bostadsbolagen</translation>
    </message>
    <message>
        <source>Citizen dialogue</source>
        <translation>Medborgardialog</translation>
    </message>
    <message>
        <source>Staff dialogue</source>
        <translation>Medarbetardialog</translation>
    </message>
    <message>
        <source>The police&apos;s picture</source>
        <translation>Polisens lägesbild</translation>
    </message>
    <message>
        <source>The police</source>
        <translation>Polisen</translation>
    </message>
    <message>
        <source>Planned changes in the area</source>
        <translation>Planerade förändringar i området</translation>
    </message>
    <message>
        <source>Urban planning</source>
        <translation>Samhällsbyggnad</translation>
    </message>
    <message>
        <source>Next update: %1</source>
        <translation>Nästa uppdatering: %1</translation>
    </message>
    <message>
        <source>No date for the next update.</source>
        <translation>Inget datum för nästa uppdatering.</translation>
    </message>
    <message>
        <source>Due for an update since %1.</source>
        <translation>Skulle ha uppdaterats senast %1.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(utan titel)</translation>
    </message>
    <message>
        <source>Situation picture %1</source>
        <translation>Lägesbild %1</translation>
    </message>
    <message>
        <source>New situation picture</source>
        <translation>Ny lägesbild</translation>
    </message>
    <message>
        <source>Remove situation picture</source>
        <translation>Ta bort lägesbild</translation>
    </message>
    <message>
        <source>Re&amp;ference municipalities:</source>
        <translation>Jämf&amp;örs med:</translation>
    </message>
    <message>
        <source>Edit comparison</source>
        <translation>Ändra jämförelsekommuner</translation>
    </message>
    <message>
        <source>%1 (no statistics)</source>
        <translation>%1 (ingen statistik)</translation>
    </message>
    <message>
        <source>E&amp;xport as PDF…</source>
        <translation>Exportera lä&amp;gesbilden som PDF…</translation>
    </message>
    <message>
        <source>The situation picture as a PDF document, with its three parts as chapters and what changed since the previous edition</source>
        <translation>Lägesbilden som PDF-dokument, med de tre delarna som kapitel och vad som har ändrats sedan föregående utgåva</translation>
    </message>
    <message>
        <source>The file&apos;s statistics have changed since.</source>
        <translation>Filens statistik har ändrats sedan dess.</translation>
    </message>
    <message>
        <source>These are the numbers of %1, when the situation picture was marked as adopted.</source>
        <translation>Detta är siffrorna från %1, när lägesbilden markerades som fastställd.</translation>
    </message>
    <message>
        <source>Adopted: what was decided is locked. Set the status back to Draft, or start a new edition, to change it.</source>
        <translation>Fastställd: det som beslutades är låst. Sätt tillbaka statusen till Utkast, eller gör en ny utgåva, för att ändra.</translation>
    </message>
</context>
<context>
    <name>samverka::ui::StatisticsCategoryTab</name>
    <message>
        <source>Reported crimes by category and crime type</source>
        <translation>Anmälda brott per kategori och brottstyp</translation>
    </message>
    <message>
        <source>The statistics show reported crimes, not actual crime.</source>
        <translation>Statistiken visar anmälda brott, inte faktisk brottslighet.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>preliminary figures</source>
        <translation>preliminära siffror</translation>
    </message>
    <message>
        <source>population %1</source>
        <translation>befolkning %1</translation>
    </message>
    <message>
        <source>no population for %1, so no rates per 100 000</source>
        <translation>ingen befolkning för %1, därför inga tal per 100 000 invånare</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) missing or suppressed (..)</source>
        <translation>
            <numerusform>%n uppgift saknas eller är skyddad (..)</numerusform>
            <numerusform>%n uppgifter saknas eller är skyddade (..)</numerusform>
        </translation>
    </message>
    <message>
        <source>the source states %1 crimes in all</source>
        <translation>källan anger totalt %1 brott</translation>
    </message>
</context>
<context>
    <name>samverka::ui::StatisticsComparisonTab</name>
    <message>
        <source>Municipalities to compare</source>
        <translation>Kommuner att jämföra</translation>
    </message>
    <message>
        <source>The municipalities whose statistics are in the file</source>
        <translation>Kommunerna vars statistik finns i filen</translation>
    </message>
    <message>
        <source>Crimes to compare</source>
        <translation>Brott att jämföra</translation>
    </message>
    <message>
        <source>Bar chart</source>
        <translation>Stapeldiagram</translation>
    </message>
    <message>
        <source>Line chart</source>
        <translation>Linjediagram</translation>
    </message>
    <message>
        <source>Chart type</source>
        <translation>Diagramtyp</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>Exportera diagram…</translation>
    </message>
    <message>
        <source>Reported crimes per 100 000 inhabitants by municipality</source>
        <translation>Anmälda brott per 100 000 invånare per kommun</translation>
    </message>
    <message>
        <source>&amp;Crimes:</source>
        <translation>&amp;Brott:</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>&amp;Diagram:</translation>
    </message>
    <message>
        <source>The comparison uses reported crimes per 100 000 inhabitants, so that municipalities of different size can be compared.</source>
        <translation>Jämförelsen använder anmälda brott per 100 000 invånare, så att kommuner av olika storlek kan jämföras.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All reported crime</source>
        <translation>Samtliga anmälda brott</translation>
    </message>
    <message>
        <source>%1 per 100 000 inhabitants</source>
        <translation>%1 per 100 000 invånare</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
</context>
<context>
    <name>samverka::ui::StatisticsFormat</name>
    <message>
        <source>The value is missing or suppressed</source>
        <translation>Värdet saknas eller är skyddat</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>samverka::ui::StatisticsImportDialog</name>
    <message>
        <source>Import statistics</source>
        <translation>Importera statistik</translation>
    </message>
    <message>
        <source>Reported crimes</source>
        <translation>Anmälda brott</translation>
    </message>
    <message>
        <source>Type in the population</source>
        <translation>Skriv in befolkningen</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Invånare</translation>
    </message>
    <message>
        <source>What to import</source>
        <translation>Vad som ska importeras</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fil att importera</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Ingen fil vald</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Välj fil…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <source>An export from the national crime statistics (Region; Brott; År; Period; Antal; …) or the exchange columns (municipalityCode; year; period; crimeType; category; count). &quot;..&quot; means missing or suppressed and is never stored as zero.</source>
        <translation>En export från Brås statistikdatabas över anmälda brott (Region; Brott; År; Period; Antal; …) eller utbyteskolumnerna (municipalityCode; year; period; crimeType; category; count). ”..” betyder att uppgiften saknas eller är skyddad och lagras aldrig som noll.</translation>
    </message>
    <message>
        <source>Columns municipalityCode; year; population (a header is optional; the municipality may be a code, a name or &quot;2280 Härnösand&quot;).</source>
        <translation>Kolumnerna municipalityCode; year; population (rubrikrad behövs inte; kommunen kan anges som kod, namn eller ”2280 Härnösand”).</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Varningar</translation>
    </message>
    <message>
        <source>Preview of the rows</source>
        <translation>Förhandsvisning av raderna</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>Choose a statistics file</source>
        <translation>Välj en statistikfil</translation>
    </message>
    <message>
        <source>Text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Textfiler (*.csv *.txt *.tsv);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Det gick inte att läsa %1: %2</translation>
    </message>
    <message>
        <source>The file cannot be imported. %1</source>
        <translation>Filen kan inte importeras. %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to import</source>
        <translation>
            <numerusform>%n rad att importera</numerusform>
            <numerusform>%n rader att importera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of which %n with &quot;..&quot; (missing or suppressed; stored without a count, not as zero)</source>
        <translation>
            <numerusform>varav %n med ”..” (saknas eller skyddad; lagras utan antal, inte som noll)</numerusform>
            <numerusform>varav %n med ”..” (saknas eller skyddade; lagras utan antal, inte som noll)</numerusform>
        </translation>
    </message>
    <message>
        <source>Municipalities: %1</source>
        <translation>Kommuner: %1</translation>
    </message>
    <message>
        <source>Years: %1–%2</source>
        <translation>År: %1–%2</translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>Teckenkodning: %1</translation>
    </message>
    <message>
        <source>Discontinued crime types: %1</source>
        <translation>Brottstyper som har upphört: %1</translation>
    </message>
    <message>
        <source>No row is for the file&apos;s own municipality; the rows serve for comparison.</source>
        <translation>Ingen rad gäller filens egen kommun; raderna används för jämförelse.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Crime type</source>
        <translation>Brottstyp</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>%1 prel.</source>
        <translation>%1 prel.</translation>
    </message>
    <message numerus="yes">
        <source>Imported the population of %n year(s).</source>
        <translation>
            <numerusform>Importerade befolkningen för %n år.</numerusform>
            <numerusform>Importerade befolkningen för %n år.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Inget importerades. %1</translation>
    </message>
    <message>
        <source>Imported: %1 new rows, %2 updated, %3 unchanged, %4 without a count.</source>
        <translation>Importerat: %1 nya rader, %2 uppdaterade, %3 oförändrade, %4 utan antal.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of a police region or another area that is no municipality, county or the whole country skipped</source>
        <translation>
            <numerusform>%n rad för en polisregion eller ett annat område som varken är kommun, län eller riket hoppas över</numerusform>
            <numerusform>%n rader för en polisregion eller ett annat område som varken är kommun, län eller riket hoppas över</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The county&apos;s and the country&apos;s population for %n year(s) taken from the file&apos;s rates per 100 000, for the comparison</source>
        <translation>
            <numerusform>Länets och rikets folkmängd för %n år framräknad ur filens tal per 100 000, för jämförelsen</numerusform>
            <numerusform>Länets och rikets folkmängd för %n år framräknad ur filens tal per 100 000, för jämförelsen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samverka::ui::StatisticsPage</name>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>M&amp;unicipality:</source>
        <translation>&amp;Kommun:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <source>Import statistics…</source>
        <translation>Importera statistik…</translation>
    </message>
    <message>
        <source>Crime categories…</source>
        <translation>Brottskategorier…</translation>
    </message>
    <message>
        <source>Which category of the handbook each crime type belongs to</source>
        <translation>Vilken av handbokens kategorier varje brottstyp hör till</translation>
    </message>
    <message>
        <source>By category and crime type</source>
        <translation>Per kategori och brottstyp</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Utveckling</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Jämförelse</translation>
    </message>
    <message>
        <source>Safety survey</source>
        <translation>Trygghetsundersökning</translation>
    </message>
    <message>
        <source>Statistics views</source>
        <translation>Statistikvyer</translation>
    </message>
    <message>
        <source>The file has no crime statistics yet. Import an export from the national crime statistics database (semicolon-separated text) or a file with the exchange format&apos;s columns.</source>
        <translation>Filen har ingen brottsstatistik ännu. Importera en export från Brås statistikdatabas (semikolonseparerad text) eller en fil med utbytesformatets kolumner.</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Statistics – %1</source>
        <translation>Statistik – %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The reported crimes by category and crime type, a sheet per year, as an Excel workbook or a CSV file</source>
        <translation>De anmälda brotten per kategori och brottstyp, ett blad per år, som Excel-arbetsbok eller CSV-fil</translation>
    </message>
</context>
<context>
    <name>samverka::ui::StatisticsPopulationEditor</name>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Invånare</translation>
    </message>
    <message>
        <source>Population per year</source>
        <translation>Befolkning per år</translation>
    </message>
    <message>
        <source>Year to add</source>
        <translation>År att lägga till</translation>
    </message>
    <message>
        <source>Add year</source>
        <translation>Lägg till år</translation>
    </message>
    <message>
        <source>The population is used for the rates per 100 000 inhabitants. Type the value (F2 or start typing) and press Enter.</source>
        <translation>Befolkningen används för antal per 100 000 invånare. Skriv in värdet (F2 eller börja skriva) och tryck Retur.</translation>
    </message>
    <message>
        <source>No population for %1 yet</source>
        <translation>Ingen befolkning för %1 ännu</translation>
    </message>
    <message>
        <source>The population must be a positive whole number.</source>
        <translation>Befolkningen måste vara ett positivt heltal.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a population: type a whole number.</source>
        <translation>”%1” är inte en befolkningssiffra: skriv ett heltal.</translation>
    </message>
    <message>
        <source>Remove year</source>
        <translation>Ta bort år</translation>
    </message>
    <message>
        <source>Removes the population of the selected year</source>
        <translation>Tar bort befolkningen för det valda året</translation>
    </message>
    <message>
        <source>Change population %1</source>
        <translation>Ändra befolkning %1</translation>
    </message>
    <message>
        <source>Add population %1</source>
        <translation>Lägg till befolkning %1</translation>
    </message>
    <message>
        <source>Remove population %1</source>
        <translation>Ta bort befolkning %1</translation>
    </message>
</context>
<context>
    <name>samverka::ui::StatisticsSeriesModel</name>
    <message>
        <source>Number of reported crimes</source>
        <translation>Antal anmälda brott</translation>
    </message>
    <message>
        <source>Reported crimes per 100 000 inhabitants</source>
        <translation>Anmälda brott per 100 000 invånare</translation>
    </message>
    <message>
        <source>%1 prel.</source>
        <translation>%1 prel.</translation>
    </message>
    <message>
        <source>No population for %1</source>
        <translation>Ingen befolkning för %1</translation>
    </message>
    <message>
        <source>The sum leaves out values that are missing or suppressed</source>
        <translation>Summan utelämnar värden som saknas eller är skyddade</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
</context>
<context>
    <name>samverka::ui::StatisticsSurveyModel</name>
    <message>
        <source>Uncertain: small sample</source>
        <translation>Osäkert: litet urval</translation>
    </message>
    <message>
        <source>Share of respondents (%)</source>
        <translation>Andel av de svarande (%)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Lower limit of the confidence interval</source>
        <translation>Konfidensintervallets nedre gräns</translation>
    </message>
    <message>
        <source>Upper limit of the confidence interval</source>
        <translation>Konfidensintervallets övre gräns</translation>
    </message>
    <message>
        <source>%1 (uncertain)</source>
        <translation>%1 (osäkert)</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>anges inte</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Källa: %1</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Andel</translation>
    </message>
    <message>
        <source>Confidence interval</source>
        <translation>Konfidensintervall</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anmärkning</translation>
    </message>
</context>
<context>
    <name>samverka::ui::StatisticsSurveyTab</name>
    <message>
        <source>Survey indicator</source>
        <translation>Enkätindikator</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Varning</translation>
    </message>
    <message>
        <source>The file has no survey results. They are imported with the exchange format (surveyIndicators).</source>
        <translation>Filen har inga resultat från trygghetsundersökningar. De importeras med utbytesformatet (surveyIndicators).</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>Exportera diagram…</translation>
    </message>
    <message>
        <source>Survey results</source>
        <translation>Undersökningsresultat</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indikator:</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>the confidence interval is wider than %1 percentage points or not given (%2), so the value says little.</source>
        <translation>konfidensintervallet är bredare än %1 procentenheter eller saknas (%2), så värdet säger lite.</translation>
    </message>
</context>
<context>
    <name>samverka::ui::StatisticsTableModel</name>
    <message>
        <source>of which %1</source>
        <translation>därav %1</translation>
    </message>
    <message>
        <source>Total reported crimes</source>
        <translation>Samtliga anmälda brott</translation>
    </message>
    <message>
        <source>Part of the row above; not counted in the sums</source>
        <translation>Ingår i raden ovan och räknas inte med i summorna</translation>
    </message>
    <message>
        <source>This crime type is no longer reported</source>
        <translation>Brottstypen redovisas inte längre</translation>
    </message>
    <message>
        <source>The sum leaves out values that are missing or suppressed</source>
        <translation>Summan utelämnar värden som saknas eller är skyddade</translation>
    </message>
    <message>
        <source>No population for %1: add it under Import statistics</source>
        <translation>Ingen befolkning för %1: lägg till den under Importera statistik</translation>
    </message>
    <message>
        <source>No value for %1 to compare with</source>
        <translation>Inget värde för %1 att jämföra med</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Preliminary</source>
        <translation>Preliminär</translation>
    </message>
    <message>
        <source>Change from %1 to %2</source>
        <translation>Förändring från %1 till %2</translation>
    </message>
    <message>
        <source>Crime category / crime type</source>
        <translation>Brottskategori/brottstyp</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Share of all crimes</source>
        <translation>Andel av alla brott</translation>
    </message>
    <message>
        <source>Per 100 000 inh.</source>
        <translation>Per 100 000 inv.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Förändring</translation>
    </message>
    <message>
        <source>Change (%)</source>
        <translation>Förändring (%)</translation>
    </message>
</context>
<context>
    <name>samverka::ui::StatisticsTrendTab</name>
    <message>
        <source>Crime categories</source>
        <translation>Brottskategorier</translation>
    </message>
    <message>
        <source>Crime types</source>
        <translation>Brottstyper</translation>
    </message>
    <message>
        <source>Show the development of</source>
        <translation>Visa utvecklingen för</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Per 100 000 inhabitants</source>
        <translation>Per 100 000 invånare</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mått</translation>
    </message>
    <message>
        <source>Series shown in the chart</source>
        <translation>Serier som visas i diagrammet</translation>
    </message>
    <message>
        <source>Tick what the chart shows (Space ticks the current row)</source>
        <translation>Bocka för det som diagrammet ska visa (mellanslag bockar för aktuell rad)</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>Exportera diagram…</translation>
    </message>
    <message>
        <source>Development over the years</source>
        <translation>Utveckling över åren</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Visa:</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Mått:</translation>
    </message>
    <message>
        <source>Reported crimes in %1 by crime category</source>
        <translation>Anmälda brott i %1 efter brottskategori</translation>
    </message>
    <message>
        <source>Reported crimes in %1 by crime type</source>
        <translation>Anmälda brott i %1 efter brottstyp</translation>
    </message>
    <message>
        <source>Crime category</source>
        <translation>Brottskategori</translation>
    </message>
    <message>
        <source>Crime type</source>
        <translation>Brottstyp</translation>
    </message>
</context>
<context>
    <name>samverka::ui::StringListEditor</name>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
</context>
<context>
    <name>samverka::ui::TableExportButton</name>
    <message>
        <source>Export to Excel…</source>
        <translation>Exportera till Excel…</translation>
    </message>
</context>
<context>
    <name>samverka::ui::TypedInput</name>
    <message>
        <source>%1: “%2” is not a date. Write it as 2025-01-01, 20250101 or 1/1 2025. Nothing was saved.</source>
        <translation>%1: ”%2” är inget datum. Skriv det som 2025-01-01, 20250101 eller 1/1 2025. Inget sparades.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number. %3 Nothing was saved.</source>
        <translation>%1: ”%2” är inget tal. %3 Inget sparades.</translation>
    </message>
    <message>
        <source>%1: “%2” has too many decimals. %3 Nothing was saved.</source>
        <translation>%1: ”%2” har för många decimaler. %3 Inget sparades.</translation>
    </message>
    <message>
        <source>%1: “%2” is outside what the field takes. %3 Nothing was saved.</source>
        <translation>%1: ”%2” ligger utanför det tillåtna. %3 Inget sparades.</translation>
    </message>
    <message>
        <source>Write a whole number from %1 to %2.</source>
        <translation>Skriv ett heltal från %1 till %2.</translation>
    </message>
    <message numerus="yes">
        <source>Write a number from %1 to %2 with at most %n decimal(s).</source>
        <translation>
            <numerusform>Skriv ett tal från %1 till %2 med högst %n decimal.</numerusform>
            <numerusform>Skriv ett tal från %1 till %2 med högst %n decimaler.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samverka::ui::WelcomeWidget</name>
    <message>
        <source>Welcome to Samverka</source>
        <translation>Välkommen till Samverka</translation>
    </message>
    <message>
        <source>Samverka keeps a municipality&apos;s collaboration with the police against crime in one file: agreements, problem pictures, cause analyses, goals, measures and follow-ups. Everything is saved at once.</source>
        <translation>Samverka samlar kommunens samverkan med polisen mot brott i en enda fil: överenskommelser, problembilder, orsaksanalyser, mål, åtgärder och uppföljningar. Allt sparas direkt.</translation>
    </message>
    <message>
        <source>&amp;New municipality file…</source>
        <translation>&amp;Ny kommunfil…</translation>
    </message>
    <message>
        <source>&amp;Open a municipality file…</source>
        <translation>&amp;Öppna en kommunfil…</translation>
    </message>
    <message>
        <source>Open the &amp;demo municipality</source>
        <translation>Öppna &amp;demokommunen</translation>
    </message>
    <message>
        <source>Open &amp;recent:</source>
        <translation>Öppna &amp;senaste:</translation>
    </message>
    <message>
        <source>Files opened lately</source>
        <translation>Senast öppnade filer</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>samverka::ui::WorkspaceWindow</name>
    <message>
        <source>Workspace</source>
        <translation>Arbetsyta</translation>
    </message>
    <message>
        <source>Municipalities of the workspace</source>
        <translation>Arbetsytans kommuner</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Öppna arbetsyta…</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Lägg till filer…</translation>
    </message>
    <message>
        <source>Add &amp;folder…</source>
        <translation>Lägg till &amp;mapp…</translation>
    </message>
    <message>
        <source>&amp;Remove from workspace</source>
        <translation>&amp;Ta bort ur arbetsytan</translation>
    </message>
    <message>
        <source>&amp;Save workspace…</source>
        <translation>&amp;Spara arbetsyta…</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>Reads every file again (F5)</source>
        <translation>Läser alla filer igen (F5)</translation>
    </message>
    <message>
        <source>Open the &amp;municipality</source>
        <translation>Öppna &amp;kommunen</translation>
    </message>
    <message>
        <source>Opens the file in a window of its own (Enter)</source>
        <translation>Öppnar filen i ett eget fönster (Retur)</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Öppna arbetsyta</translation>
    </message>
    <message>
        <source>Samverka workspaces (*.json);;All files (*)</source>
        <translation>Samverka-arbetsytor (*.json);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Add municipality files</source>
        <translation>Lägg till kommunfiler</translation>
    </message>
    <message>
        <source>Municipality files (*.samverka);;All files (*)</source>
        <translation>Kommunfiler (*.samverka);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Add every municipality file of a folder</source>
        <translation>Lägg till alla kommunfiler i en mapp</translation>
    </message>
    <message>
        <source>workspace</source>
        <translation>arbetsyta</translation>
    </message>
    <message>
        <source>Save workspace</source>
        <translation>Spara arbetsyta</translation>
    </message>
    <message>
        <source>Samverka workspaces (*.json)</source>
        <translation>Samverka-arbetsytor (*.json)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>The folder %1 holds no municipality files (.samverka).</source>
        <translation>Mappen %1 innehåller inga kommunfiler (.samverka).</translation>
    </message>
    <message numerus="yes">
        <source>%n municipality file(s), as of %1.</source>
        <translation>
            <numerusform>%n kommunfil, per %1.</numerusform>
            <numerusform>%n kommunfiler, per %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be read.</source>
        <translation>
            <numerusform>%n kunde inte läsas.</numerusform>
            <numerusform>%n kunde inte läsas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Samverka could not be started for %1.</source>
        <translation>Samverka kunde inte startas för %1.</translation>
    </message>
    <message>
        <source>Workspace – %1</source>
        <extracomment>sv: Arbetsyta – %1</extracomment>
        <translation>Arbetsyta – %1</translation>
    </message>
    <message>
        <source>&amp;Document as PDF</source>
        <translation>&amp;Dokument som PDF</translation>
    </message>
    <message>
        <source>Saves one of the selected municipality&apos;s documents as PDF</source>
        <translation>Sparar ett av den valda kommunens dokument som PDF</translation>
    </message>
    <message>
        <source>All &amp;agreements as PDF…</source>
        <translation>&amp;Alla överenskommelser som PDF…</translation>
    </message>
    <message>
        <source>Saves every municipality&apos;s current agreement as a PDF into a folder</source>
        <translation>Sparar varje kommuns aktuella överenskommelse som PDF i en mapp</translation>
    </message>
    <message>
        <source>&amp;Report for the police area…</source>
        <extracomment>sv: Rapport för lokalpolisområdet…</extracomment>
        <translation>&amp;Rapport för lokalpolisområdet…</translation>
    </message>
    <message>
        <source>One PDF: the overview, then each municipality&apos;s focus areas, late measures and follow-ups due</source>
        <translation>En PDF: översikten, sedan varje kommuns fokusområden, försenade åtgärder och uppföljningar att rapportera</translation>
    </message>
    <message>
        <source>Folder for every municipality&apos;s agreement</source>
        <translation>Mapp för varje kommuns överenskommelse</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n municipality file(s)…</source>
        <translation>
            <numerusform>Läser %n kommunfil…</numerusform>
            <numerusform>Läser %n kommunfiler…</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Sparade %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in the folder will be replaced, such as %1. Replace them?</source>
        <translation>
            <numerusform>%n fil i mappen ersätts: %1. Vill du ersätta den?</numerusform>
            <numerusform>%n filer i mappen ersätts, till exempel %1. Vill du ersätta dem?</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving the agreements as PDF…</source>
        <translation>Sparar överenskommelserna som PDF…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s) saved as PDF in %1.</source>
        <translation>
            <numerusform>%n överenskommelse sparades som PDF i %1.</numerusform>
            <numerusform>%n överenskommelser sparades som PDF i %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Without an agreement or not read: %1.</source>
        <translation>Utan överenskommelse eller inte lästa: %1.</translation>
    </message>
    <message>
        <source>The region database could not be read.</source>
        <translation>Regiondatabasen kunde inte läsas.</translation>
    </message>
    <message>
        <source>Region &amp;database…</source>
        <translation>Re&amp;giondatabas…</translation>
    </message>
    <message>
        <source>Reads the municipalities published to the region database instead of files</source>
        <translation>Läser kommunerna som publicerats till regiondatabasen i stället för filer</translation>
    </message>
    <message>
        <source>Reading the region database…</source>
        <translation>Läser regiondatabasen…</translation>
    </message>
    <message numerus="yes">
        <source>%n municipality(-ies) in the region database, as of %1.</source>
        <translation>
            <numerusform>%n kommun i regiondatabasen, per %1.</numerusform>
            <numerusform>%n kommuner i regiondatabasen, per %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Workspace – the region database: %1</source>
        <extracomment>sv: Arbetsyta – regiondatabasen: %1</extracomment>
        <translation>Arbetsyta – regiondatabasen: %1</translation>
    </message>
    <message>
        <source>every municipality</source>
        <translation>alla kommuner</translation>
    </message>
    <message>
        <source>The workspace is empty. Add the municipality files you look after with “Add files…”, or every file of a folder on the share with “Add folder…”. The files are only read: nothing in them is changed. Where the files cannot be reached, “Region database…” reads what the municipalities have published.</source>
        <translation>Arbetsytan är tom. Lägg till kommunfilerna du följer med ”Lägg till filer…”, eller alla filer i en mapp på den delade disken med ”Lägg till mapp…”. Filerna läses bara: ingenting i dem ändras. Når du inte filerna läser ”Regiondatabas…” det som kommunerna har publicerat.</translation>
    </message>
</context>
</TS>
