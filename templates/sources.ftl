<#-- Every source, numbered as the footnotes [n] on the other pages; each keeps its anchor (sources/#<id>) and links to its
     own page. -->
<#import "layout.ftl" as layout>
<@layout.page title=t("sources.title") section="sources" description=t("sources.description", site.organisation.name)>
<h1>${t("sources.title")}</h1>
<p>${t("sources.intro")}</p>

<#if site.sources?has_content>
<ol class="sources">
<#list site.sources as s>
  <li id="${s.id}">
    <p class="source-title"><#if s.url?has_content><a href="${s.url}" rel="noopener">${layout.text(s, "title")}</a><#else>${layout.text(s, "title")}</#if></p>
    <p class="source-meta">${site.label(s.kind)} · ${layout.nl(s.publisher)} · <#if s.date??><#if s.dateApproximate>${t("date.approximate")} </#if><@layout.date s.date/><#else><span class="missing">${t("sources.date.none")}</span></#if><#if !s.url?has_content> · <span class="missing">${t("sources.url.none")}</span></#if> · <a href="${s.id}/">${t("source.page")}</a><#if site.contact.href()??> · <@layout.reportError kind=t("report.kind.source") id=s.id at="sources/" + s.id + "/"/></#if></p>
    <@layout.textBlock record=s field="notes"/>
  </li>
</#list>
</ol>
<#else>
<p>${t("sources.empty")}</p>
</#if>
</@layout.page>
