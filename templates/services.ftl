<#-- All services offered to local players, with their price model and current price. -->
<#import "layout.ftl" as layout>
<@layout.page title=t("services.title") section="services" description=t("services.description", site.organisation.name) scripts=["lists.js"]>
<h1>${t("services.title")}</h1>
<p>${t("services.intro")}</p>
<#if lang != "nl"><p class="note">${t("money.note")}</p></#if>

<#-- A long list is paged (ListPart): this page shows its part of the rows. -->
<#assign part = (record.list)???then(record, "")>
<#assign rows = part?has_content?then(part.rows, site.services)>
<#if site.services?has_content>
<#if part?has_content>
<p>${t("lists.paged.filters")}</p>
<@layout.pager part=part/>
</#if>
<@layout.scroll label=t("services.all")>
<#-- class="cards": one card per service on a phone, see index.ftl. -->
<table class="wide cards" data-filterable data-label-filters="${t("lists.filters")}" data-label-all="${t("lists.all")}"
       data-label-count="${t("lists.count", "{0}", "{1}")}"${layout.downloadAttrs("services")}<#if part?has_content>${layout.pagedAttrs(part)}</#if>>
  <caption>${t("services.caption", site.services?size)}</caption>
  <thead>
    <tr>
      <th scope="col" data-sortable>${t("col.service")}</th>
      <th scope="col" data-sortable data-filter>${t("col.price.model")}</th>
      <th scope="col">${t("col.price.current")}</th>
      <th scope="col" data-sortable>${t("service.launched")}</th>
      <th scope="col">${t("service.origin")}</th>
    </tr>
  </thead>
  <tbody>
  <#list rows as s>
    <#assign open = site.currentPrices(s)>
    <tr data-id="${s.id}">
      <th scope="row" class="card-title"><a href="${root}services/${s.id}/">${layout.text(s, "name")}</a></th>
      <td data-label="${t("col.price.model")}" data-filter-value="<#if s.priceModel??>${s.priceModel.code()}<#else>-</#if>"><#if s.priceModel??>${site.label(s.priceModel)}<#else><span class="missing">${t("missing.published")}</span></#if></td>
      <td data-label="${t("col.price.current")}"><#if open?has_content><#list open as l><span class="price-line"><@layout.money amount=l.amount!""/> ${site.label(l.unit)}<#if open?size gt 1> (${layout.text(l, "component")})</#if>, ${t("services.since")} <@layout.date l.validFrom/></span><#sep><br></#sep></#list><#elseif s.prices?has_content><span class="missing">${t("services.price.open.none")}</span><#else><span class="missing">${t("services.price.none")}</span></#if></td>
      <td data-label="${t("service.launched")}" data-sort-value="<#if s.launched??>${fmt.iso(s.launched)}</#if>"><#if s.launched??><@layout.date s.launched/><#else><span class="missing">${t("missing.mentioned")}</span></#if></td>
      <td data-label="${t("service.origin")}"><@layout.originProjects s=s short=true none=t("service.origin.none")/></td>
    </tr>
  </#list>
  </tbody>
</table>
</@layout.scroll>
<#if part?has_content>
<@layout.pager part=part/>
</#if>
<@layout.tableDownloads table="services"/>
<p class="note">${t("services.note")}</p>
<#else>
<p>${t("services.none")}</p>
</#if>
</@layout.page>
