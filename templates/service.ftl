<#-- One service: where it came from, who can use it and every published price. -->
<#import "layout.ftl" as layout>
<#assign s = record>
<@layout.page title=s.name section="services" sub=true description=s.description>
<p class="breadcrumb"><a href="${root}services/">${t("services.title")}</a> › ${layout.nl(s.name)}</p>
<h1${layout.nlAttr()}>${s.name}</h1>

<ol class="chain" aria-label="${t("chain.service")}">
  <li><a href="${root}subsidies/">${t("subsidies.title")}</a></li>
  <li><#if s.originProjects?has_content><#list s.originProjects as id><a href="${root}projects/${id}/">${t("chain.project.item")} ${layout.nl((site.project(id).title)!id)}</a><#sep>, </#sep></#list><#else>${t("chain.project.item")} ${t("chain.project.none")}</#if></li>
  <li>${t("chain.service.item")} ${layout.nl(s.name)}</li>
  <li><a href="#prijzen">${t("chain.price.item")} <#if s.priceModel??>${site.label(s.priceModel)}<#else>${t("missing.published")}</#if></a></li>
</ol>

<p>${layout.nl(s.description)} <@layout.cite ids=s.sources/></p>

<dl class="facts">
  <dt>${t("service.launched")}</dt>
  <dd><#if s.launched??><@layout.date s.launched/><#else><span class="missing">${t("service.launched.none")}</span></#if></dd>
  <dt>${t("service.subscribers")}</dt>
  <dd${layout.nlAttr()}>${s.subscribers}</dd>
  <dt>${t("service.origin")}</dt>
  <dd><#if s.originProjects?has_content><#list s.originProjects as id><a href="${root}projects/${id}/">${layout.nl((site.project(id).title)!id)}</a><#sep>, </#sep></#list><#else><span class="missing">${t("service.origin.none.sources")}</span></#if></dd>
  <dt>${t("col.price.model")}</dt>
  <dd><#if s.priceModel??>${site.label(s.priceModel)}<#else><span class="missing">${t("service.price.model.none")}</span></#if></dd>
</dl>

<h2 id="prijzen">${t("service.prices")}</h2>
<#if s.priceNote?has_content>
<p${layout.nlAttr()}>${s.priceNote}</p>
</#if>
<#if lang != "nl"><p class="note">${t("money.note")}</p></#if>
<#assign priceChart = charts.prices(s)!>
<#if priceChart?has_content>
<@layout.chart c=priceChart label=t("chart.prices.title", s.name)/>
</#if>
<#if s.prices?has_content>
<@layout.scroll label=t("service.prices")>
<#-- class="cards": one card per price on a phone, see index.ftl. -->
<table class="wide cards">
  <caption>${t("service.prices.caption.html", layout.nl(s.name))}</caption>
  <thead>
    <tr>
      <th scope="col">${t("col.component")}</th>
      <th scope="col" class="num">${t("col.amount")}</th>
      <th scope="col">${t("col.unit")}</th>
      <th scope="col">${t("col.vat")}</th>
      <th scope="col">${t("col.valid.from")}</th>
      <th scope="col">${t("col.valid.to")}</th>
      <th scope="col">${t("col.remarks")}</th>
      <th scope="col">${t("col.sources")}</th>
    </tr>
  </thead>
  <tbody>
  <#list s.prices as l>
    <tr>
      <th scope="row" class="card-title"${layout.nlAttr()}>${l.component}</th>
      <td data-label="${t("col.amount")}" class="num"><@layout.money amount=l.amount!""/></td>
      <td data-label="${t("col.unit")}">${site.label(l.unit)}</td>
      <td data-label="${t("col.vat")}"><#if l.vatIncluded??>${l.vatIncluded?then(t("yes"), t("no"))}<#else><span class="missing">${t("missing.mentioned")}</span></#if></td>
      <td data-label="${t("col.valid.from")}"><@layout.date l.validFrom/></td>
      <td data-label="${t("col.valid.to")}"><#if l.validTo??><@layout.date l.validTo/><#else><span class="missing">${t("service.valid.to.none")}</span></#if></td>
      <td data-label="${t("col.remarks")}" class="notes"><#if l.notes?has_content>${layout.nl(l.notes)}</#if></td>
      <td data-label="${t("col.sources")}"><@layout.cite ids=l.sources/></td>
    </tr>
  </#list>
  </tbody>
</table>
</@layout.scroll>
<#else>
<p class="missing">${t("service.prices.none")}</p>
</#if>

<h2 id="cooperatief">${t("service.cooperative")}</h2>
<#if s.cooperativeTerms?has_content>
<p${layout.nlAttr()}>${s.cooperativeTerms}</p>
<#else>
<p class="missing">${t("service.cooperative.none")}</p>
</#if>

<h2 id="bronnen">${t("col.sources")}</h2>
<@layout.sourceList ids=s.sources/>
<@layout.lastChanged record=s/>
<@layout.reportErrorLine kind=t("report.kind.service") id=s.id/>
</@layout.page>
