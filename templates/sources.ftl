<#-- Every source, numbered as the footnotes [n] on the other pages. -->
<#import "layout.ftl" as layout>
<@layout.page title="Bronnen" section="sources">
<h1>Bronnen</h1>
<p>Elk cijfer op deze site komt uit een van deze openbare documenten. Het nummer is hetzelfde als
  het nummer tussen haakjes bij een cijfer, bijvoorbeeld [1]. Waar een webadres ontbreekt, vonden
  we het document niet online.</p>

<#if site.sources?has_content>
<ol class="sources">
<#list site.sources as s>
  <li id="${s.id}">
    <p class="source-title"><#if s.url?has_content><a href="${s.url}" rel="noopener">${s.title}</a><#else>${s.title}</#if></p>
    <p class="source-meta">${site.label(s.kind)} · ${s.publisher} · <#if s.date??><#if s.dateApproximate>ca. </#if><@layout.date s.date/><#else><span class="missing">datum niet vermeld</span></#if><#if !s.url?has_content> · <span class="missing">geen webadres bekend</span></#if></p>
    <#if s.notes?has_content><p>${s.notes}</p></#if>
  </li>
</#list>
</ol>
<#else>
<p>Er zijn nog geen bronnen opgenomen.</p>
</#if>
</@layout.page>
