<#-- One source: its facts, what it says, which records refer to it (its lineage) and its history. -->
<#import "layout.ftl" as layout>
<#assign s = record>
<#assign number = site.sourceNumber(s.id)>
<#assign name = site.text(s, "title").text>
<@layout.page title=name section="sources" sub=true description=t("source.description", number?c, site.organisation.name)>
<p class="breadcrumb"><a href="${root}sources/">${t("sources.title")}</a> › <a href="${root}sources/#${s.id}">[${number?c}]</a> ${layout.text(s, "title", false)}</p>
<h1>${layout.text(s, "title")}</h1>

<dl class="facts" aria-label="${t("source.facts")}">
  <dt>${t("source.number")}</dt>
  <dd>${t("source.number.value", number?c)}</dd>
  <dt>${t("source.title")}</dt>
  <dd>${s.titleDescriptive?then(t("source.title.descriptive"), t("source.title.published"))}</dd>
  <dt>${t("source.kind")}</dt>
  <dd>${site.label(s.kind)}</dd>
  <dt>${t("source.publisher")}</dt>
  <dd>${layout.nl(s.publisher)}</dd>
  <dt>${t("source.date")}</dt>
  <dd><#if s.date??><#if s.dateApproximate>${t("date.approximate")} </#if><@layout.date s.date/><#else><span class="missing">${t("sources.date.none")}</span></#if></dd>
  <dt>${t("source.url")}</dt>
  <dd><#if s.url?has_content><a href="${s.url}" rel="noopener" class="source-url">${s.url}</a><#else><span class="missing">${t("sources.url.none")}</span></#if></dd>
  <dt>${t("source.id")}</dt>
  <dd><code${layout.nlAttr()}>${s.id}</code></dd>
</dl>

<h2 id="toelichting">${t("source.notes")}</h2>
<#if s.notes?has_content>
<@layout.textBlock record=s field="notes"/>
<#else>
<p class="missing">${t("source.notes.none")}</p>
</#if>

<h2 id="herkomst">${t("source.lineage")}</h2>
<#assign by = site.citedBy(s.id)>
<#if by.empty>
<p class="missing">${t("source.lineage.none")}</p>
<#else>
<p>${t("source.lineage.intro")}</p>
<#if by.subsidies?has_content>
<h3>${t("source.lineage.subsidies")}</h3>
<@layout.cappedList items=by.subsidies more="source.lineage.more.html"; r><li><a href="${root}subsidies/${r.id}/">${layout.text(r, "purpose")} ${r.year?c}</a></li></@layout.cappedList>
</#if>
<#if by.projects?has_content>
<h3>${t("source.lineage.projects")}</h3>
<@layout.cappedList items=by.projects more="source.lineage.more.html"; r><li><a href="${root}projects/${r.id}/">${layout.text(r, "title")}</a></li></@layout.cappedList>
</#if>
<#if by.services?has_content>
<h3>${t("source.lineage.services")}</h3>
<@layout.cappedList items=by.services more="source.lineage.more.html"; r><li><a href="${root}services/${r.id}/">${layout.text(r, "name")}</a></li></@layout.cappedList>
</#if>
<#if by.calls?has_content>
<h3>${t("source.lineage.calls")}</h3>
<@layout.cappedList items=by.calls more="source.lineage.more.html"; r><li><a href="${root}calls/${r.id}/">${layout.text(r, "title")}</a></li></@layout.cappedList>
</#if>
<#if by.questions?has_content>
<h3>${t("source.lineage.questions")}</h3>
<@layout.cappedList items=by.questions more="source.lineage.more.html"; r><li><a href="${root}questions/${r.id}/">${t("question.name", r.number?c)}: ${layout.text(r, "question")}</a></li></@layout.cappedList>
</#if>
</#if>
<@layout.lastChanged record=s/>
<@layout.citeThis title=name kind=t("report.kind.source") id=s.id/>
<@layout.reportErrorLine kind=t("report.kind.source") id=s.id/>
</@layout.page>
