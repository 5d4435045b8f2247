<#-- Every part of the parliamentary question, each linked to its own page. -->
<#import "layout.ftl" as layout>
<@layout.page title=t("questions.title") section="home" sub=true description=t("questions.description", site.organisation.name)>
<p class="breadcrumb"><a href="${root}">${t("nav.home")}</a> › ${t("questions.title")}</p>
<h1>${t("questions.title")}</h1>
<p>${t("home.question.intro", site.organisation.name)}</p>

<#if site.questions?has_content>
<ul class="record-list">
<#list site.questions as q>
  <li id="${q.id}">
    <p class="record-title"><a href="${q.id}/"><span class="question-number">${t("question.name", q.number?c)}:</span> ${layout.text(q, "question")}</a></p>
  </li>
</#list>
</ul>
<#else>
<p>${t("questions.empty")}</p>
</#if>
</@layout.page>
