<#-- One page of a published table's rows (record: a TablePage): the column dictionary, the table's downloads and the
     rows, cell for cell as in its CSV and JSON files (site.table: the exporters' own rows). A long table is split over
     several pages (datasets/<table>/, datasets/<table>/2/, ...) with a pager. assets/tables.js makes the column headers
     sort the rows; on a table of several pages it sorts all rows, read from the table's JSON file. Without the script
     every row is there, in the data's order. The rows are cards on every screen (more columns than fit); the script
     adds a list to sort by above them. -->
<#import "layout.ftl" as layout>
<#assign p = record>
<#assign tb = site.table(p.table)>
<#assign columns = tb.columns>
<#assign paged = p.count gt 1>
<#assign pageTitle = t("table.title", tb.title)>
<#if paged><#assign pageTitle = pageTitle + " (" + t("table.page.of", p.number, p.count) + ")"></#if>
<@layout.page title=pageTitle section="datasets" sub=true description=t("table.description", tb.title, site.organisation.name) scripts=["tables.js"]>
<p class="breadcrumb"><a href="${root}datasets/">${t("datasets.title")}</a> › <a href="${root}datasets/#${tb.name}">${tb.title}</a> › ${t("table.crumb")}</p>
<h1>${t("table.title", tb.title)} <code>${tb.name}</code></h1>
<p>${tb.description}</p>
<p>${tn("datasets.rows", tb.rowCount)}. ${t("table.values")}<#if paged> ${t("table.paged", fmt.count(p.count))}</#if></p>
<#if lang != "nl"><p class="note">${t("datasets.dutch")}</p></#if>
<p class="list-downloads">${t("table.download")}
<#list tb.downloads as f><a href="${siteRoot}${f.path}"<#if f.format == "CSV (BE)"> download="${tb.name}-be.csv"</#if>>${f.format}</a><#sep> · </#sep></#list></p>
<p>${t("table.download.all.html", siteRoot + "datasets/#" + tb.name)}</p>

<details class="dictionary"<#if p.number == 1> open</#if>>
<summary>${t("datasets.columns.of", tb.title)}</summary>
<@layout.columnDictionary columns=columns?map(c -> c.doc) title=tb.title/>
</details>

<#macro pager>
<#if paged>
<nav class="pager" aria-label="${t("table.pages", tb.title)}">
<ul>
<#if p.number gt 1><li><a href="${root}${p.pathOf(p.number - 1)}" rel="prev" data-page="${(p.number - 1)?c}">${t("table.previous")}</a></li></#if>
<#list p.pager() as n>
<#if n == 0><li class="gap" aria-hidden="true">…</li>
<#elseif n == p.number><li><a href="${root}${p.pathOf(n)}" aria-current="page" data-page="${n?c}">${n?c}</a></li>
<#else><li><a href="${root}${p.pathOf(n)}" data-page="${n?c}" aria-label="${t("table.page", n?c)}">${n?c}</a></li></#if>
</#list>
<#if p.number lt p.count><li><a href="${root}${p.pathOf(p.number + 1)}" rel="next" data-page="${(p.number + 1)?c}">${t("table.next")}</a></li></#if>
</ul>
</nav>
</#if>
</#macro>

<h2 id="rijen">${t("table.rows")}</h2>
<#if tb.rowCount == 0><p class="missing">${t("table.empty")}</p></#if>
<p class="table-status" role="status" aria-live="polite"></p>
<@pager/>
<@layout.scroll label=t("table.rows.of", tb.title)>
<#-- class="cards": one card per row on a phone or tablet, each cell beside its column's title. -->
<table class="cards browse" id="tabel" data-browse data-json="${siteRoot}data/${tb.name}.json" data-base="${tb.base}"
  data-root="${root}" data-from="${p.from?c}" data-to="${p.to?c}" data-rows="${tb.rowCount?c}"
  data-label-sort="${t("table.sorted", "{0}", "{1}")}" data-label-ascending="${t("table.ascending")}" data-label-descending="${t("table.descending")}"
  data-label-sort-by="${t("table.sort.by")}" data-label-data-order="${t("table.sort.none")}"<#if paged> data-label-hint="${t("table.sort.paged")}"</#if>
  data-label-busy="${t("table.sort.busy")}" data-label-failed="${t("table.sort.failed")}">
  <caption><#if paged>${t("table.caption", tb.title, fmt.count(p.from + 1), fmt.count(p.to), fmt.count(tb.rowCount))}<#else>${tb.title}</#if></caption>
  <thead>
    <tr><#list columns as c><th scope="col" data-column="${c.doc.name}" data-type="${c.type}"<#if c.kind == "amount" || c.kind == "number"> class="num"</#if>>${c.doc.title}</th></#list></tr>
  </thead>
  <tbody${layout.nlAttr()}>
  <#list tb.rows(p) as row>
    <tr><#list row as cell><#assign c = columns[cell?index]><#if cell?is_first><th scope="row" class="card-title"><#else><td data-label="${c.doc.title}"<#if c.kind == "amount" || c.kind == "number"> class="num"</#if>></#if><#if c.kind == "amount" && cell.value?has_content><data class="amount" value="${cell.value}">${cell.shown}</data><#elseif c.kind == "url" && (cell.path?? || cell.value?starts_with("https://") || cell.value?starts_with("http://"))><a href="${(cell.path??)?then(root + cell.path, cell.value)}">${cell.value}</a><#else><#list cell.parts() as part><#if part.amount><span class="amount">${part.text}</span><#else>${part.text}</#if></#list></#if><#if cell?is_first></th><#else></td></#if></#list></tr>
  </#list>
  </tbody>
</table>
</@layout.scroll>
<@pager/>
</@layout.page>
