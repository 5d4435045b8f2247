<#-- One service: where it came from, who can use it and every published price. -->
<#import "layout.ftl" as layout>
<#assign s = record>
<@layout.page title=s.name section="services" sub=true>
<p class="breadcrumb"><a href="${root}services/">Diensten</a> › ${s.name}</p>
<h1>${s.name}</h1>

<ol class="chain" aria-label="Van subsidie tot prijs">
  <li><a href="${root}subsidies/">Subsidies</a></li>
  <li><#if s.originProjects?has_content><#list s.originProjects as id><a href="${root}projects/${id}/">Project: ${(site.project(id).title)!id}</a><#sep>, </#sep></#list><#else>Project: geen project vermeld</#if></li>
  <li>Dienst: ${s.name}</li>
  <li><a href="#prijzen">Prijs: <#if s.priceModel??>${site.label(s.priceModel)}<#else>niet gepubliceerd</#if></a></li>
</ol>

<p>${s.description} <@layout.cite ids=s.sources/></p>

<dl class="facts">
  <dt>Gestart</dt>
  <dd><#if s.launched??><@layout.date s.launched/><#else><span class="missing">startdatum niet vermeld in de bronnen</span></#if></dd>
  <dt>Wie kan intekenen</dt>
  <dd>${s.subscribers}</dd>
  <dt>Uit project</dt>
  <dd><#if s.originProjects?has_content><#list s.originProjects as id><a href="${root}projects/${id}/">${(site.project(id).title)!id}</a><#sep>, </#sep></#list><#else><span class="missing">geen project vermeld in de bronnen</span></#if></dd>
  <dt>Prijsmodel</dt>
  <dd><#if s.priceModel??>${site.label(s.priceModel)}<#else><span class="missing">prijsmodel niet gepubliceerd</span></#if></dd>
</dl>

<h2 id="prijzen">Prijzen</h2>
<#if s.priceNote?has_content>
<p>${s.priceNote}</p>
</#if>
<#if s.prices?has_content>
<@layout.scroll label="Prijzen">
<table>
  <caption>Prijzen van ${s.name}, per periode</caption>
  <thead>
    <tr>
      <th scope="col">Onderdeel</th>
      <th scope="col" class="num">Bedrag</th>
      <th scope="col">Per</th>
      <th scope="col">Btw inbegrepen</th>
      <th scope="col">Geldig vanaf</th>
      <th scope="col">Geldig tot</th>
      <th scope="col">Opmerkingen</th>
      <th scope="col">Bronnen</th>
    </tr>
  </thead>
  <tbody>
  <#list s.prices as l>
    <tr>
      <th scope="row">${l.component}</th>
      <td class="num"><@layout.money amount=l.amount!"" missing="niet gepubliceerd"/></td>
      <td>${site.label(l.unit)}</td>
      <td><#if l.vatIncluded??>${l.vatIncluded?then("ja", "nee")}<#else><span class="missing">niet vermeld</span></#if></td>
      <td><@layout.date l.validFrom/></td>
      <td><#if l.validTo??><@layout.date l.validTo/><#else><span class="missing">geen einddatum vermeld</span></#if></td>
      <td>${l.notes!""}</td>
      <td><@layout.cite ids=l.sources/></td>
    </tr>
  </#list>
  </tbody>
</table>
</@layout.scroll>
<#else>
<p class="missing">Prijzen in euro: niet gepubliceerd in de gevonden bronnen.</p>
</#if>

<h2 id="cooperatief">Inspraak van wie betaalt</h2>
<#if s.cooperativeTerms?has_content>
<p>${s.cooperativeTerms}</p>
<#else>
<p class="missing">De bronnen zeggen niet hoe wie intekent mee beslist over deze dienst.</p>
</#if>

<h2 id="bronnen">Bronnen</h2>
<@layout.sourceList ids=s.sources/>
<@layout.lastChanged record=s/>
</@layout.page>
