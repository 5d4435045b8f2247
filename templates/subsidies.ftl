<#-- All subsidy lines, one table per year, with a per-year total. -->
<#import "layout.ftl" as layout>
<@layout.page title=t("subsidies.title") section="subsidies" description=t("subsidies.description", site.organisation.name) scripts=["lists.js"]>
<h1>${t("subsidies.title")}</h1>
<p>${t("subsidies.intro", site.organisation.name)}</p>

<h2 id="statussen">${t("subsidies.statuses")}</h2>
<dl class="statuses">
  <dt>${site.label("SubsidyStatus.granted")}</dt>
  <dd>${t("subsidies.status.granted")}</dd>
  <dt>${site.label("SubsidyStatus.budgeted")}</dt>
  <dd>${t("subsidies.status.budgeted")}</dd>
  <dt>${site.label("SubsidyStatus.paid")}</dt>
  <dd>${t("subsidies.status.paid")}</dd>
</dl>
<p>${t("subsidies.no.sum")}</p>
<#if lang != "nl"><p class="note">${t("money.note")}</p></#if>

<#-- A long list is paged (ListPart): this page shows its part of the lines, by year. -->
<#assign part = (record.list)???then(record, "")>
<#assign years = part?has_content?then(part.years, site.years)>
<#if !site.years?has_content>
<p>${t("subsidies.none")}</p>
<#else>
<@layout.chart c=charts.subsidies() label=t("chart.subsidies.title")/>
<@layout.silentYears/>
<#if part?has_content>
<p>${t("lists.paged.filters")}</p>
<@layout.pager part=part/>
</#if>
<#-- data-filterable on the element around the year tables: assets/lists.js adds one set of filters for all of
     them, and hides a year's total when the filters hide some of its lines. Without it these are plain tables. -->
<div class="year-tables" data-filterable data-label-filters="${t("lists.filters")}" data-label-all="${t("lists.all")}"
     data-label-count="${t("lists.count", "{0}", "{1}")}" data-label-total-hidden="${t("lists.total.hidden")}"${layout.downloadAttrs("subsidies")}<#if part?has_content>${layout.pagedAttrs(part)}</#if>>
</#if>
<#-- The status filter lists the statuses in the order they are explained above. -->
<#assign statusOrder = ["granted", "budgeted", "paid"]>
<#list years as y>
<section aria-labelledby="jaar-${y.year?c}">
  <h2 id="jaar-${y.year?c}">${y.year?c}</h2>
  <@layout.scroll label=t("subsidies.region", y.year?c)>
  <#-- class="cards": one card per line on a phone, see index.ftl. -->
  <table class="wide cards">
    <caption>${t("subsidies.caption", y.year?c)}</caption>
    <thead>
      <tr>
        <th scope="col" data-filter>${t("col.year")}</th>
        <th scope="col" data-filter>${t("col.purpose")}</th>
        <th scope="col" data-filter>${t("col.status")}</th>
        <th scope="col" class="num">${t("col.amount")}</th>
        <th scope="col">${t("col.funder")}</th>
        <th scope="col">${t("col.recipient")}</th>
        <th scope="col">${t("col.notes")}</th>
        <th scope="col">${t("col.sources")}</th>
      </tr>
    </thead>
    <tbody>
    <#list y.lines as s>
      <tr id="${s.id}" data-id="${s.id}">
        <td data-label="${t("col.year")}">${s.year?c}</td>
        <th scope="row" class="card-title"><a href="${root}subsidies/${s.id}/">${layout.text(s, "purpose")}</a></th>
        <td data-label="${t("col.status")}" data-filter-value="${s.status.code()}" data-sort-value="${statusOrder?seq_index_of(s.status.code())?c}">${site.label(s.status)}</td>
        <td data-label="${t("col.amount")}" class="num"><@layout.money amount=s.amount!""/></td>
        <td data-label="${t("col.funder")}">${layout.text(s, "funder")}</td>
        <td data-label="${t("col.recipient")}">${layout.text(s, "recipient")}</td>
        <td data-label="${t("col.notes")}" class="notes"><#if s.notes?has_content>${layout.text(s, "notes")}<#else><span class="missing">${t("subsidies.notes.none")}</span></#if></td>
        <td data-label="${t("col.sources")}"><@layout.cite ids=s.sources/> <@layout.reportError kind=t("report.kind.subsidy") id=s.id at="subsidies/" + s.id + "/"/></td>
      </tr>
    </#list>
    </tbody>
    <#-- A year on more than one page has its total (the whole year's) on the page with its last line. -->
    <#assign yearLines = (y.whole.lines)!y.lines>
    <#if (yearLines?size gt 1 || y.incomplete) && !((y.continues)!false)>
    <#assign statuses = yearLines?map(l -> site.label(l.status))>
    <#assign mixed = statuses?filter(x -> x != statuses[0])?has_content>
    <tfoot>
      <tr>
        <td></td>
        <th scope="row" class="card-title"><#if y.incomplete>${t("subsidies.sum.published")}<#elseif (y.continued)!false>${t("subsidies.total.split", y.year?c)}<#else>${t("subsidies.total", y.year?c)}</#if></th>
        <td<#if !mixed> data-label="${t("col.status")}"</#if>><#if !mixed>${statuses[0]}</#if></td>
        <#-- No published amount at all: say so, never a sum of € 0. -->
        <td data-label="${t("col.amount")}" class="num"><@layout.money amount=y.published()?then(y.total, "")/></td>
        <td colspan="4"><#if y.incomplete>${t("subsidies.incomplete", y.year?c)}</#if>
          <#if mixed>${t("subsidies.mixed")}</#if></td>
      </tr>
    </tfoot>
    </#if>
  </table>
  </@layout.scroll>
</section>
</#list>
<#if site.years?has_content>
</div>
<#if part?has_content>
<@layout.pager part=part/>
</#if>
<@layout.tableDownloads table="subsidies"/>
</#if>
</@layout.page>
