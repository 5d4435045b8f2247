<#-- All co-creation projects with their status, period and call. -->
<#import "layout.ftl" as layout>
<@layout.page title=t("projects.title") section="projects" description=t("projects.description", site.organisation.name) scripts=["lists.js"]>
<h1>${t("projects.title")}</h1>
<p>${t("projects.intro.html", site.organisation.name, root + "services/")}</p>

<h2 id="per-status">${t("projects.by.status")}</h2>
<p>${t("projects.lifecycle", site.label("ProjectStatus.selected"), site.label("ProjectStatus.experiment"),
  site.label("ProjectStatus.evaluated"), site.label("ProjectStatus.scaled_up"), site.label("ProjectStatus.stopped"))}</p>
<@layout.chart c=charts.funnel() label=t("chart.funnel.title")/>
<table class="compact">
  <caption>${t("chart.funnel.title")}</caption>
  <thead><tr><th scope="col">${t("col.status")}</th><th scope="col" class="num">${t("col.count")}</th></tr></thead>
  <tbody>
  <#list site.projectsByStatus as code, n>
    <tr><th scope="row">${site.label("ProjectStatus." + code)}</th><td class="num">${n}</td></tr>
  </#list>
  </tbody>
</table>

<h2 id="alle-projecten">${t("projects.all")}</h2>
<#-- A long list is paged (ListPart): this page shows its part of the rows. -->
<#assign part = (record.list)???then(record, "")>
<#assign rows = part?has_content?then(part.rows, site.projects)>
<#if site.projectCount gt 0>
<#if part?has_content>
<p>${t("lists.paged.filters")}</p>
<@layout.pager part=part/>
</#if>
<@layout.scroll label=t("projects.all")>
<#-- data-filterable and friends: assets/lists.js adds filters and sortable headers; without it this is a plain table. -->
<#assign statusOrder = site.projectsByStatus?keys>
<#-- class="cards": one card per project on a phone, see index.ftl. -->
<table class="cards" data-filterable data-label-filters="${t("lists.filters")}" data-label-all="${t("lists.all")}"
       data-label-count="${t("lists.count", "{0}", "{1}")}"${layout.downloadAttrs("projects")}<#if part?has_content>${layout.pagedAttrs(part)}</#if>>
  <caption>${t("projects.caption", site.projectCount)}</caption>
  <thead>
    <tr>
      <th scope="col" data-sortable>${t("col.project")}</th>
      <th scope="col" data-sortable data-filter>${t("col.status")}</th>
      <th scope="col" data-sortable data-filter data-filter-label="${t("col.year")}">${t("col.period")}</th>
      <th scope="col" data-filter>${t("col.themes")}</th>
      <th scope="col" data-sortable>${t("col.call")}</th>
    </tr>
  </thead>
  <tbody>
  <#list rows as p>
    <tr data-id="${p.id}">
      <th scope="row" class="card-title"><a href="${root}projects/${p.id}/">${layout.text(p, "title")}</a></th>
      <td data-label="${t("col.status")}" data-filter-value="${p.status.code()}" data-sort-value="${statusOrder?seq_index_of(p.status.code())?c}">${site.label(p.status)}</td>
      <#-- The years it ran, for the year filter; sorted by its start. -->
      <#assign start = (p.period.start.year)!0>
      <#assign end = (p.period.end.year)!start>
      <#if start == 0><#assign start = end></#if>
      <td data-label="${t("col.period")}" data-sort-value="<#if (p.period.start)??>${fmt.iso(p.period.start)}</#if>" data-filter-values="<#if start != 0 && end gte start><#list start..end as year>${year?c}<#sep> </#sep></#list></#if>"><@layout.period p=p.period!""/></td>
      <#assign themes = site.texts(p, "themes")>
      <td data-label="${t("col.themes")}"><#if themes.items?has_content><#list themes.items as theme><span class="theme" data-filter-value="${theme}"<#if themes.dutchOnly> lang="nl"</#if>>${theme}</span><#sep>, </#sep></#list><#if themes.dutchOnly> ${layout.dutchOnly()}</#if><#else><span class="missing">${t("project.themes.none")}</span></#if></td>
      <td data-label="${t("col.call")}"><#if p.call?? && site.call(p.callId)??><a href="${root}calls/${p.callId}/">${layout.text(site.call(p.callId), "title")}</a><@layout.basis link=p.call short=true/><#else><span class="missing">${t("missing.sources")}</span></#if></td>
    </tr>
  </#list>
  </tbody>
</table>
</@layout.scroll>
<#if part?has_content>
<@layout.pager part=part/>
</#if>
<@layout.tableDownloads table="projects"/>
<#else>
<p>${t("projects.none")}</p>
</#if>

<#-- The calls once, on the list's first page, where their anchors (projects/#call) lead. -->
<#if site.calls?has_content && (!part?has_content || part.number == 1)>
<h2 id="projectoproepen">${t("projects.calls")}</h2>
<#list site.calls as c>
<section class="call" id="${c.id}" aria-labelledby="${c.id}-titel">
  <h3 id="${c.id}-titel"><a href="${root}calls/${c.id}/">${layout.text(c, "title")}</a></h3>
  <p><#if c.opened??><#assign d><@layout.date c.opened/></#assign>${t("call.opened.html", d)} </#if><#if c.closed??><#assign d><@layout.date c.closed/></#assign>${t("call.closed.html", d)}</#if>
    <#if !c.opened?? && !c.closed??><span class="missing">${t("call.dates.missing")}</span></#if></p>
  <p>${layout.text(c, "description")} <@layout.cite ids=c.sources/> <@layout.reportError kind=t("report.kind.call") id=c.id at="calls/" + c.id + "/"/></p>
</section>
</#list>
</#if>
</@layout.page>
