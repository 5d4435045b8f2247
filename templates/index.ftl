<#-- Home page: who the organisation is, the key figures and the parliamentary question. -->
<#import "layout.ftl" as layout>
<#assign org = site.organisation>
<@layout.page title="" section="home" description=t("home.description", org.name)>
<h1>${t("home.heading", org.name)}</h1>

<section aria-labelledby="over">
  <h2 id="over">${t("home.about", org.name)}</h2>
  <@layout.textBlock record=org field="description" markdown=true/>
  <p><#assign predecessors><#list org.predecessors as p>${p}<#sep><#if p?has_next && p?index == org.predecessors?size - 2> ${t("list.and")} <#else>, </#if></#sep></#list></#assign>
    <#assign founded><@layout.date org.founded/></#assign>
    <#if org.predecessors?has_content>${t("home.founded.from.html", org.name + (org.legalForm?has_content)?then(" " + org.legalForm, ""), founded, predecessors)}<#else>${t("home.founded.html", org.name + (org.legalForm?has_content)?then(" " + org.legalForm, ""), founded)}</#if>
    <#if org.enterpriseNumber?has_content>${t("home.enterprise", org.enterpriseNumber)}</#if>
  </p>
  <p>${t("home.intro", org.name)}</p>
  <#if lang != "nl"><p class="note">${t("home.language.note")}</p></#if>
</section>

<section aria-labelledby="kerncijfers">
  <h2 id="kerncijfers">${t("home.figures")}</h2>
  <#if lang != "nl">
  <p class="note">${t("money.note")}</p>
  </#if>
  <@layout.chart c=charts.subsidies() label=t("chart.subsidies.title")/>
  <@layout.silentYears/>
  <#if site.subsidyListPaged>
  <#-- Too many lines for one page (the subsidies list is paged too): the chart's table above has the totals per year. -->
  <p>${t("home.table.paged", fmt.count(site.subsidies?size))}</p>
  <#else>
  <@layout.scroll label=t("home.table")>
  <#-- class="cards": on a phone each line becomes a card, its cells labelled by data-label (assets/site.css).
       class="card-title": the cell that heads the card. -->
  <table class="cards">
    <caption>${t("home.table")}</caption>
    <thead>
      <tr>
        <th scope="col">${t("col.year")}</th>
        <th scope="col">${t("col.purpose")}</th>
        <th scope="col">${t("col.status")}</th>
        <th scope="col" class="num">${t("col.amount")}</th>
        <th scope="col">${t("col.sources")}</th>
      </tr>
    </thead>
    <#list site.years as y>
    <tbody>
      <#list y.lines as s>
      <tr>
        <#if s?is_first><th scope="rowgroup" rowspan="${y.lines?size?c}" class="card-title"><a href="${root}${site.yearListAddress(y.year)}">${y.year?c}</a></th></#if>
        <td data-label="${t("col.purpose")}"><a href="${root}${site.subsidyListAddress(s)}">${layout.text(s, "purpose")}</a></td>
        <td data-label="${t("col.status")}">${site.label(s.status)}</td>
        <td data-label="${t("col.amount")}" class="num"><@layout.money amount=s.amount!"" missing=t("missing.amount")/></td>
        <td data-label="${t("col.sources")}"><@layout.cite ids=s.sources/></td>
      </tr>
      </#list>
    </tbody>
    </#list>
  </table>
  </@layout.scroll>
  </#if>
  <p class="note">${t("home.phases")}
    <a href="${root}subsidies/">${t("home.all.subsidies")}</a>.</p>
  <p>${t("home.opendata.html", root + "datasets/")}</p>

  <ul class="figures">
    <li><a href="${root}projects/"><strong>${site.projectCount}</strong> ${tn("home.count.projects", site.projectCount)}</a>
      <#assign scaled = site.projectsByStatus["scaled_up"]!0>
      <span>${t("home.count.scaled", scaled, site.label("ProjectStatus.scaled_up"))}</span></li>
    <li><a href="${root}services/"><strong>${site.services?size}</strong> ${tn("home.count.services", site.services?size)}</a>
      <span>${t("home.count.services.for")}</span></li>
    <li><a href="${root}sources/"><strong>${site.sources?size}</strong> ${tn("home.count.sources", site.sources?size)}</a>
      <span>${t("home.count.sources.what")}</span></li>
  </ul>
</section>

<#if site.questions?has_content>
<section aria-labelledby="vragen">
  <h2 id="vragen">${t("home.question.heading")}</h2>
  <p>${t("home.question.intro", org.name)}</p>
  <#list site.questions as q>
  <article class="question" id="${q.id}">
    <h3><a href="${root}questions/${q.id}/"><span class="question-number">${t("home.question.number", q.number?c)}</span> ${layout.text(q, "question")}</a></h3>
    <p><strong>${t("home.question.answer")}</strong> ${layout.text(q, "answer")} <@layout.cite ids=q.sources/></p>
    <#assign links = site.answers(q)>
    <#if links?has_content>
    <p>${t("home.question.more")}</p>
    <#-- Each page with what the link rests on: the sources that answer the question with it, or our reading. -->
    <ul class="answers">
      <#list links as l><li><a href="${root}${l.href}"><#if l.record??>${layout.shown(l.record)}<#else>${l.title}</#if></a><@layout.basis link=l.basis/></li></#list>
    </ul>
    </#if>
  </article>
  </#list>
</section>
</#if>
</@layout.page>
