<#-- The open datasets: per table its description, files with size and checksum, columns and a few rows.
     The tables' own documentation (titles, descriptions, column types) comes from the export in the page's language
     (site.datasets, from the message bundles); the rows are record text, in Dutch. -->
<#import "layout.ftl" as layout>
<#assign org = site.organisation>
<#-- Who a file is for, in words: the workbook for spreadsheets, the Belgian CSV for a double-click in Belgium, the
     standard CSV for programs. -->
<#function forWhom file>
  <#switch file.format>
    <#case "XLSX"><#return t("datasets.for.xlsx")>
    <#case "CSV (BE)"><#return t("datasets.for.csvbe")>
    <#case "CSV"><#return t("datasets.for.csv")>
    <#case "JSON"><#return t("datasets.for.jsonfile")>
    <#case "360Giving"><#return t("datasets.for.giving")>
    <#case "ZIP"><#return t("datasets.for.zip")>
    <#default><#return "">
  </#switch>
</#function>
<#assign data = site.datasets>
<@layout.page title=t("datasets.title") section="datasets" description=t("datasets.description", org.name)>
<h1>${t("datasets.title")}</h1>
<p>${t("datasets.intro.html", org.licence.url, layout.nl(org.licence.name))}
  (<code>${org.licence.url}</code>). ${t("datasets.cite")}</p>
<#assign modified><@layout.date data.modified/></#assign>
<p>${t("datasets.values.html", modified)}</p>
<p>${t("datasets.text.html")}</p>
<#if lang != "nl"><p class="note">${t("datasets.dutch")}</p></#if>
<@layout.citeThis title=t("export.title", org.name)/>

<h2 id="welk-bestand">${t("datasets.which")}</h2>
<ul class="for-whom">
  <#assign xlsx = data.file("data/openboek.xlsx")!>
  <#if xlsx?has_content>
  <li>${t("datasets.for.spreadsheet.html", siteRoot + xlsx.path, fmt.bytes(xlsx.bytes))}</li>
  </#if>
  <li>${t("datasets.for.belgian.html", siteRoot)}</li>
  <li>${t("datasets.for.programs.html", siteRoot)}</li>
  <li>${t("datasets.for.json.html", siteRoot)}</li>
  <li>${t("datasets.api.html", siteRoot)}</li>
  <#assign zip = data.file("data/openboek.zip")!>
  <#if zip?has_content>
  <li>${t("datasets.zip.html", siteRoot + zip.path, fmt.bytes(zip.bytes))}</li>
  </#if>
</ul>

<h2 id="metadata">${t("datasets.portals")}</h2>
<ul>
  <li>${t("datasets.datapackage.html", siteRoot)}</li>
  <li>${t("datasets.catalog.html", siteRoot)}</li>
  <#if data.giving??>
  <#assign giving = data.giving>
  <li>${t("datasets.360giving.html", siteRoot)} ${tn("datasets.giving.grants", giving.grants)}<#if giving.payments gt 0>
    ${tn("datasets.giving.payments", giving.payments)}</#if><#if giving.budgeted gt 0>
    ${tn("datasets.giving.budgeted", giving.budgeted)}</#if><#if giving.withoutAmount gt 0>
    ${tn("datasets.giving.unpublished", giving.withoutAmount)}</#if>
    ${t("datasets.giving.all.html", siteRoot)}</li>
  </#if>
  <li>${t("datasets.schemas.html", siteRoot)}</li>
</ul>

<h2 id="tabellen">${t("datasets.tables")}</h2>
<ul>
<#list data.datasets as d>
  <li><a href="#${d.name}">${d.title}</a> (${tn("datasets.rows", d.rowCount)})</li>
</#list>
</ul>

<#list data.datasets as d>
<section aria-labelledby="${d.name}" class="dataset">
  <h2 id="${d.name}">${d.title} <code>${d.name}</code></h2>
  <p>${d.description}</p>
  <p>${tn("datasets.rows", d.rowCount)} · ${t("datasets.modified")} <@layout.date data.modified/> ·
    ${t("datasets.licence")} <a href="${org.licence.url}">${layout.nl(org.licence.name)}</a></p>
  <p class="browse">${t("datasets.browse.html", d.name + "/", tn("datasets.rows", d.rowCount))}</p>

  <@layout.scroll label=t("datasets.files.of", d.title)>
  <#-- class="cards": one card per file, column or example row on a phone, see index.ftl. -->
  <table class="cards">
    <caption>${t("datasets.files")}</caption>
    <thead>
      <tr><th scope="col">${t("col.format")}</th><th scope="col">${t("col.for")}</th><th scope="col">${t("col.file")}</th><th scope="col" class="num">${t("col.size")}</th><th scope="col">SHA-256</th></tr>
    </thead>
    <tbody>
    <#list d.files as f>
      <tr>
        <td data-label="${t("col.format")}">${f.format}</td>
        <td data-label="${t("col.for")}">${forWhom(f)}</td>
        <td data-label="${t("col.file")}"><a href="${siteRoot}${f.path}"<#if f.format == "CSV (BE)"> download="${f.table}-be.csv"</#if>>${f.path}</a></td>
        <td data-label="${t("col.size")}" class="num"><data value="${f.bytes?c}">${fmt.bytes(f.bytes)}</data></td>
        <td data-label="SHA-256"><code class="checksum">${f.sha256}</code></td>
      </tr>
    </#list>
    </tbody>
  </table>
  </@layout.scroll>

  <@layout.columnDictionary columns=d.columns title=d.title/>

  <#if d.exampleRows?has_content>
  <@layout.scroll label=t("datasets.examples.of", d.title)>
  <table class="examples cards">
    <caption>${tn("datasets.examples", d.exampleRows?size)}</caption>
    <thead>
      <tr><#list d.columns as c><th scope="col">${c.name}</th></#list></tr>
    </thead>
    <tbody${layout.nlAttr()}>
    <#list d.exampleRows as row>
      <tr><#list row as cell><td data-label="${d.columns[cell?index].name}">${cell}</td></#list></tr>
    </#list>
    </tbody>
  </table>
  </@layout.scroll>
  </#if>
</section>
</#list>
<#-- Every published data version, newest first, with the one command that rebuilds it (build --at); nothing of the
     old versions is stored on the site. -->
<#assign history = site.history>
<section aria-labelledby="versies" class="versions">
<h2 id="versies">${t("datasets.versions")}</h2>
<#if !history.available>
<p class="missing">${t("datasets.versions.unavailable")} ${layout.nl(history.reason)}.</p>
<#elseif !history.commits?has_content>
<p>${t("datasets.versions.none")}</p>
<#else>
<p>${t("datasets.versions.intro.html", siteRoot)}</p>
<@layout.scroll label=t("datasets.versions.caption")>
<table class="cards">
  <caption>${t("datasets.versions.caption")}</caption>
  <thead>
    <tr><th scope="col">${t("datasets.versions.col.date")}</th><th scope="col">${t("datasets.versions.col.version")}</th><th scope="col">${t("datasets.versions.col.command")}</th></tr>
  </thead>
  <tbody>
  <#list history.newestFirst() as c>
    <tr>
      <td data-label="${t("datasets.versions.col.date")}"><time datetime="${c.isoTime()}">${fmt.date(c.date())}</time></td>
      <td data-label="${t("datasets.versions.col.version")}"><code>${c.shortId()}</code></td>
      <td data-label="${t("datasets.versions.col.command")}"><code class="command">openboek build --at ${c.shortId()} --output ${t("datasets.versions.folder")}</code></td>
    </tr>
  </#list>
  </tbody>
</table>
</@layout.scroll>
</#if>
</section>
<script type="application/ld+json">${jsonLd(data.schemaOrg)}</script>
</@layout.page>
