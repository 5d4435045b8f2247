<#-- Every project call, each linked to its own page. -->
<#import "layout.ftl" as layout>
<@layout.page title=t("calls.title") section="projects" sub=true description=t("calls.description", site.organisation.name)>
<p class="breadcrumb"><a href="${root}projects/">${t("projects.title")}</a> › ${t("calls.title")}</p>
<h1>${t("calls.title")}</h1>
<p>${t("calls.intro")}</p>

<#if site.calls?has_content>
<ul class="record-list">
<#list site.calls as c>
  <li id="${c.id}">
    <p class="record-title"><a href="${c.id}/">${layout.text(c, "title")}</a></p>
    <p class="record-meta"><#if c.opened??><#assign d><@layout.date c.opened/></#assign>${t("call.opened.html", d)} </#if><#if c.closed??><#assign d><@layout.date c.closed/></#assign>${t("call.closed.html", d)}</#if><#if !c.opened?? && !c.closed??><span class="missing">${t("call.dates.missing")}</span></#if></p>
  </li>
</#list>
</ul>
<#else>
<p>${t("calls.empty")}</p>
</#if>
</@layout.page>
