<#-- The open datasets: per table its description, files with size and checksum, columns and a few rows. -->
<#import "layout.ftl" as layout>
<#assign org = site.organisation>
<#assign data = site.datasets>
<@layout.page title="Open data" section="datasets">
<h1>Open data</h1>
<p>Alles wat op deze site staat, kun je ook downloaden als open data: om zelf te rekenen in een
  rekenblad, om te combineren met andere gegevens of om over te nemen in een dataportaal. Je mag de
  gegevens vrij hergebruiken onder de <a href="${org.licence.url}">${org.licence.name}</a>
  (<code>${org.licence.url}</code>). Vermeld daarbij ook de oorspronkelijke bron van een cijfer.</p>
<p>Gegevens van <@layout.date data.modified/>. Een lege cel betekent dat de bronnen de waarde niet geven.
  Bedragen staan er als gewone getallen met een punt als decimaalteken (<code>3916000.00</code>),
  datums als <code>JJJJ-MM-DD</code>.</p>

<h2 id="alles">Alles in één keer</h2>
<ul>
  <#assign xlsx = data.file("data/openboek.xlsx")!>
  <#if xlsx?has_content>
  <li><a href="${root}${xlsx.path}">Excel-werkboek met alle tabellen</a> (XLSX, ${fmt.bytes(xlsx.bytes)}):
    het eerste blad legt elke kolom uit. Handig als je rekenblad een CSV-bestand met komma's niet goed opent.</li>
  </#if>
  <#assign zip = data.file("data/openboek.zip")!>
  <#if zip?has_content>
  <li><a href="${root}${zip.path}">ZIP met alle bestanden</a> (${fmt.bytes(zip.bytes)}): CSV, JSON, XLSX en datapackage.json.</li>
  </#if>
</ul>

<h2 id="metadata">Voor dataportalen en ontwikkelaars</h2>
<ul>
  <li><a href="${root}datapackage.json">datapackage.json</a>: Frictionless Data Package met het schema van elke tabel.</li>
  <li><a href="${root}catalog.ttl">catalog.ttl</a> en <a href="${root}catalog.jsonld">catalog.jsonld</a>: DCAT-AP-catalogus
    (ook voor het Vlaamse open-dataportaal).</li>
  <#if data.file("data/360giving.json")??>
  <li><a href="${root}data/360giving.json">360giving.json</a>: de subsidies in de 360Giving-standaard.</li>
  </#if>
  <li>JSON-API: <code>api/v1/&lt;soort&gt;.json</code> en <code>api/v1/&lt;soort&gt;/&lt;id&gt;.json</code>, bijvoorbeeld
    <a href="${root}api/v1/projects.json">api/v1/projects.json</a>.</li>
  <li><a href="${root}schemas/subsidies.schema.json">JSON Schemas</a> van de YAML-bestanden in <code>schemas/</code>.</li>
</ul>

<h2 id="tabellen">De tabellen</h2>
<ul>
<#list data.datasets as d>
  <li><a href="#${d.name}">${d.title}</a> (${d.rowCount?c} <#if d.rowCount == 1>rij<#else>rijen</#if>)</li>
</#list>
</ul>

<#list data.datasets as d>
<section aria-labelledby="${d.name}" class="dataset">
  <h2 id="${d.name}">${d.title} <code>${d.name}</code></h2>
  <p>${d.description}</p>
  <p>${d.rowCount?c} <#if d.rowCount == 1>rij<#else>rijen</#if> · laatst gewijzigd op <@layout.date data.modified/> ·
    licentie: <a href="${org.licence.url}">${org.licence.name}</a></p>

  <@layout.scroll label="Bestanden van ${d.title}">
  <table>
    <caption>Bestanden</caption>
    <thead>
      <tr><th scope="col">Formaat</th><th scope="col">Bestand</th><th scope="col" class="num">Grootte</th><th scope="col">SHA-256</th></tr>
    </thead>
    <tbody>
    <#list d.files as f>
      <tr>
        <td>${f.format}</td>
        <td><a href="${root}${f.path}">${f.path}</a></td>
        <td class="num"><data value="${f.bytes?c}">${fmt.bytes(f.bytes)}</data></td>
        <td><code class="checksum">${f.sha256}</code></td>
      </tr>
    </#list>
    </tbody>
  </table>
  </@layout.scroll>

  <@layout.scroll label="Kolommen van ${d.title}">
  <table>
    <caption>Kolommen</caption>
    <thead>
      <tr><th scope="col">Kolom</th><th scope="col">Titel</th><th scope="col">Type</th><th scope="col">Altijd ingevuld</th><th scope="col">Betekenis</th></tr>
    </thead>
    <tbody>
    <#list d.columns as c>
      <tr>
        <th scope="row"><code>${c.name}</code></th>
        <td>${c.title}</td>
        <td>${c.type}</td>
        <td>${c.required?then("ja", "nee")}</td>
        <td>${c.description}</td>
      </tr>
    </#list>
    </tbody>
  </table>
  </@layout.scroll>

  <#if d.exampleRows?has_content>
  <@layout.scroll label="Voorbeeldrijen van ${d.title}">
  <table class="examples">
    <caption>De eerste <#if d.exampleRows?size == 1>rij<#else>${d.exampleRows?size} rijen</#if></caption>
    <thead>
      <tr><#list d.columns as c><th scope="col">${c.name}</th></#list></tr>
    </thead>
    <tbody>
    <#list d.exampleRows as row>
      <tr><#list row as cell><td>${cell}</td></#list></tr>
    </#list>
    </tbody>
  </table>
  </@layout.scroll>
  </#if>
</section>
</#list>
<script type="application/ld+json">${jsonLd(data.schemaOrg)}</script>
</@layout.page>
