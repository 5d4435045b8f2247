<#-- One project call: its dates and description, the projects chosen in it (its lineage), its sources and history. -->
<#import "layout.ftl" as layout>
<#assign c = record>
<#assign name = site.text(c, "title").text>
<@layout.page title=name section="projects" sub=true description=t("call.description", site.organisation.name)>
<p class="breadcrumb"><a href="${root}projects/">${t("projects.title")}</a> › <a href="${root}calls/">${t("calls.title")}</a> › ${layout.text(c, "title", false)}</p>
<h1>${layout.text(c, "title")}</h1>

<dl class="facts" aria-label="${t("call.facts")}">
  <dt>${t("call.opened")}</dt>
  <dd><#if c.opened??><@layout.date c.opened/><#else><span class="missing">${t("call.date.none")}</span></#if></dd>
  <dt>${t("call.closed")}</dt>
  <dd><#if c.closed??><@layout.date c.closed/><#else><span class="missing">${t("call.date.none")}</span></#if></dd>
  <dt>${t("call.id")}</dt>
  <dd><code${layout.nlAttr()}>${c.id}</code></dd>
</dl>

<h2 id="beschrijving">${t("project.description")}</h2>
<#assign description = site.text(c, "description")>
<#if description.dutchOnly><p class="dutch-only-line">${layout.dutchOnly()}</p></#if>
<p<#if description.dutch> lang="nl"</#if>>${description.text} <@layout.cite ids=c.sources/></p>

<h2 id="herkomst">${t("call.projects")}</h2>
<#assign projects = site.projectsOfCall(c.id)>
<#if projects?has_content>
<p>${t("call.projects.intro")}</p>
<@layout.cappedList items=projects more="call.projects.more.html"; p><li><a href="${root}projects/${p.id}/">${layout.text(p, "title")}</a> (${site.label(p.status)})<@layout.basis link=p.call/></li></@layout.cappedList>
<#else>
<p class="missing">${t("call.projects.none")}</p>
</#if>

<h2 id="bronnen">${t("col.sources")}</h2>
<@layout.sourceList ids=c.sources/>
<@layout.lastChanged record=c/>
<@layout.citeThis title=name kind=t("report.kind.call") id=c.id/>
<@layout.reportErrorLine kind=t("report.kind.call") id=c.id/>
</@layout.page>
