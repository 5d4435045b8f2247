<#-- One subsidy line: its facts, its sources, what it funded (only where the data says so) and its history. -->
<#import "layout.ftl" as layout>
<#assign s = record>
<#-- What each status means, as the subsidies page explains it. -->
<#assign meanings = {"granted": t("subsidies.status.granted"), "budgeted": t("subsidies.status.budgeted"), "paid": t("subsidies.status.paid")}>
<#assign name = site.text(s, "purpose").text + " " + s.year?c>
<@layout.page title=name section="subsidies" sub=true description=t("subsidy.description", name, site.organisation.name)>
<p class="breadcrumb"><a href="${root}subsidies/">${t("subsidies.title")}</a> › <a href="${root}${site.yearListAddress(s.year)}">${s.year?c}</a> › ${layout.text(s, "purpose", false)} ${s.year?c}</p>
<h1>${layout.text(s, "purpose")} ${s.year?c}</h1>
<#if lang != "nl"><p class="note">${t("money.note")}</p></#if>

<dl class="facts" aria-label="${t("subsidy.facts")}">
  <dt>${t("col.year")}</dt>
  <dd>${s.year?c} (<a href="${root}${site.yearListAddress(s.year)}">${t("subsidy.year.all", s.year?c)}</a>)</dd>
  <dt>${t("col.amount")}</dt>
  <dd><@layout.money amount=s.amount!"" missing=t("missing.amount")/></dd>
  <dt>${t("col.status")}</dt>
  <dd>${site.label(s.status)} — ${meanings[s.status.code()]} <a href="${root}subsidies/#statussen">${t("subsidies.statuses")}</a></dd>
  <dt>${t("col.purpose")}</dt>
  <dd>${layout.text(s, "purpose")}</dd>
  <dt>${t("col.funder")}</dt>
  <dd>${layout.text(s, "funder")}</dd>
  <dt>${t("col.recipient")}</dt>
  <dd>${layout.text(s, "recipient")}</dd>
  <dt>${t("col.notes")}</dt>
  <dd><#if s.notes?has_content>${layout.text(s, "notes")}<#else><span class="missing">${t("subsidies.notes.none")}</span></#if> <@layout.cite ids=s.sources/></dd>
</dl>

<h2 id="herkomst">${t("subsidy.lineage")}</h2>
<#-- No field links a subsidy line to what it paid for: say so, and invent no link. -->
<p class="missing">${t("subsidy.lineage.none")}</p>

<h2 id="bronnen">${t("col.sources")}</h2>
<@layout.sourceList ids=s.sources/>
<@layout.lastChanged record=s/>
<@layout.citeThis title=name kind=t("report.kind.subsidy") id=s.id/>
<@layout.reportErrorLine kind=t("report.kind.subsidy") id=s.id/>
</@layout.page>
