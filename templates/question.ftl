<#-- One part of the parliamentary question: the minister's answer in our words, the pages of this site that answer it
     (its lineage), its sources and history. -->
<#import "layout.ftl" as layout>
<#assign q = record>
<#-- The page's title and citation: the question's words where they are in the page's language; a Dutch-only question is
     named by its number there (its words follow in the heading, marked as Dutch). -->
<#assign asked = site.text(q, "question")>
<#assign name = t("question.name", q.number?c) + asked.dutchOnly?then("", ": " + asked.text)>
<@layout.page title=name section="home" sub=true description=t("question.description", q.number?c, site.organisation.name)>
<p class="breadcrumb"><a href="${root}">${t("nav.home")}</a> › <a href="${root}questions/">${t("questions.title")}</a> › ${t("question.name", q.number?c)}</p>
<h1><span class="question-number">${t("question.name", q.number?c)}:</span> ${layout.text(q, "question")}</h1>

<dl class="facts" aria-label="${t("question.facts")}">
  <dt>${t("question.number")}</dt>
  <dd>${q.number?c}</dd>
  <dt>${t("question.id")}</dt>
  <dd><code${layout.nlAttr()}>${q.id}</code></dd>
</dl>

<h2 id="antwoord">${t("question.answer")}</h2>
<p class="note">${t("question.answer.note")}</p>
<#assign answer = site.text(q, "answer")>
<#if answer.dutchOnly><p class="dutch-only-line">${layout.dutchOnly()}</p></#if>
<p<#if answer.dutch> lang="nl"</#if>>${answer.text} <@layout.cite ids=q.sources/></p>

<h2 id="herkomst">${t("question.answered")}</h2>
<#assign links = site.answers(q)>
<#if links?has_content>
<#-- Each page with what the link rests on: the sources that answer the question with it, or our reading. -->
<ul class="answers">
  <#list links as l><li><a href="${root}${l.href}"><#if l.record??>${layout.shown(l.record)}<#else>${l.title}</#if></a><@layout.basis link=l.basis/></li></#list>
</ul>
<#else>
<p class="missing">${t("question.answered.none")}</p>
</#if>

<h2 id="bronnen">${t("col.sources")}</h2>
<@layout.sourceList ids=q.sources/>
<@layout.lastChanged record=q/>
<@layout.citeThis title=name kind=t("report.kind.question") id=q.id/>
<@layout.reportErrorLine kind=t("report.kind.question") id=q.id/>
</@layout.page>
