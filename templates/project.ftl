<#-- One co-creation project: what it wanted, what came of it, and which services it led to. -->
<#import "layout.ftl" as layout>
<#assign p = record>
<#assign services = site.servicesFrom(p.id)>
<#-- What the link from service s to this project rests on (the service's origin_projects item naming it); with why,
     only the reason when it is our reading. -->
<#macro fromThis s short=false why=false>
<#list s.originProjects as o><#if o.target == p.id><#if why><@layout.readingWhy link=o/><#else><@layout.basis link=o short=short/></#if><#break></#if></#list><#t>
</#macro>
<@layout.page title=site.text(p, "title").text section="projects" sub=true description=site.text(p, "objective").text>
<p class="breadcrumb"><a href="${root}projects/">${t("projects.title")}</a> › ${layout.text(p, "title", false)}</p>
<h1>${layout.text(p, "title")}</h1>

<ol class="chain" aria-label="${t("chain.project")}">
  <li><a href="${root}subsidies/">${t("subsidies.title")}</a></li>
  <li>${t("chain.project.item")} ${layout.text(p, "title", false)}</li>
  <li><#if services?has_content><#list services as s><a href="${root}services/${s.id}/">${t("chain.service.item")} ${layout.text(s, "name")}</a><@fromThis s=s short=true/><#sep>, </#sep></#list><#else>${t("chain.service.item")} ${t("chain.service.none")}</#if></li>
</ol>

<dl class="facts">
  <dt>${t("col.status")}</dt>
  <dd>${site.label(p.status)}</dd>
  <dt>${t("col.period")}</dt>
  <dd><@layout.period p=p.period!""/></dd>
  <dt>${t("col.call")}</dt>
  <dd><#assign call = (p.call??)?then(site.call(p.callId)!"", "")>
    <#if call?has_content><a href="${root}calls/${call.id}/">${layout.text(call, "title")}</a><@layout.basis link=p.call/><#else><span class="missing">${t("missing.sources")}</span></#if></dd>
  <dt>${t("project.budget")}</dt>
  <dd><@layout.money amount=p.budget!"" missing=t("missing.published.sources")/></dd>
  <dt>${t("project.themes")}</dt>
  <dd><#assign themes = site.texts(p, "themes")><#if themes.items?has_content><#list themes.items as theme><#if themes.dutchOnly>${layout.nl(theme)}<#else>${theme}</#if><#sep>, </#sep></#list><#if themes.dutchOnly> ${layout.dutchOnly()}</#if><#else><span class="missing">${t("project.themes.none")}</span></#if></dd>
</dl>

<h2 id="doel">${t("project.objective")}</h2>
<@layout.textBlock record=p field="objective"/>

<h2 id="resultaten">${t("project.results")}</h2>
<#if p.results?has_content>
<@layout.textBlock record=p field="results"/>
<#else>
<p class="missing">${t("project.results.none")}</p>
</#if>

<#if p.description?has_content>
<h2 id="beschrijving">${t("project.description")}</h2>
<@layout.textBlock record=p field="description" class="prose" markdown=true/>
</#if>

<h2 id="partners">${t("project.partners")}</h2>
<#if p.partners?has_content>
<@layout.scroll label=t("project.partners")>
<#-- class="cards": one card per partner on a phone, see index.ftl. -->
<table class="cards">
  <caption>${t("project.partners.caption")} ${layout.text(p, "title", false)}</caption>
  <thead>
    <tr>
      <th scope="col">${t("col.name")}</th>
      <th scope="col">${t("col.place")}</th>
      <th scope="col">${t("col.role")}</th>
    </tr>
  </thead>
  <tbody>
  <#list p.partners as partner>
    <tr>
      <th scope="row" class="card-title"${layout.nlAttr()}>${partner.name}</th>
      <td data-label="${t("col.place")}"><#if partner.place?has_content>${layout.nl(partner.place)}<#else><span class="missing">${t("missing.mentioned")}</span></#if></td>
      <td data-label="${t("col.role")}">${site.label(partner.role)}</td>
    </tr>
  </#list>
  </tbody>
</table>
</@layout.scroll>
<#else>
<p class="missing">${t("project.partners.none")}</p>
</#if>

<h2 id="diensten">${t("project.services")}</h2>
<#if services?has_content>
<ul>
<#list services as s>
  <li><a href="${root}services/${s.id}/">${layout.text(s, "name")}</a><@fromThis s=s short=true/><#if s.launched??>, ${t("project.service.launched")} <@layout.date s.launched/></#if><@fromThis s=s why=true/></li>
</#list>
</ul>
<#else>
<p>${t("project.services.none")}</p>
</#if>

<h2 id="bronnen">${t("col.sources")}</h2>
<@layout.sourceList ids=p.sources/>
<@layout.lastChanged record=p/>
<@layout.citeThis title=site.text(p, "title").text kind=t("report.kind.project") id=p.id/>
<@layout.reportErrorLine kind=t("report.kind.project") id=p.id/>
</@layout.page>
