<#-- All co-creation projects with their status, period and call. -->
<#import "layout.ftl" as layout>
<@layout.page title=t("projects.title") section="projects" description=t("projects.description", site.organisation.name)>
<h1>${t("projects.title")}</h1>
<p>${t("projects.intro.html", site.organisation.name, root + "services/")}</p>

<h2 id="per-status">${t("projects.by.status")}</h2>
<p>${t("projects.lifecycle", site.label("ProjectStatus.selected"), site.label("ProjectStatus.experiment"),
  site.label("ProjectStatus.evaluated"), site.label("ProjectStatus.scaled_up"), site.label("ProjectStatus.stopped"))}</p>
<ul class="status-counts">
<#list site.projectsByStatus as code, n>
  <li><strong>${n}</strong> ${site.label("ProjectStatus." + code)}</li>
</#list>
</ul>

<h2 id="alle-projecten">${t("projects.all")}</h2>
<#if site.projects?has_content>
<@layout.scroll label=t("projects.all")>
<table>
  <caption>${t("projects.caption", site.projects?size)}</caption>
  <thead>
    <tr>
      <th scope="col">${t("col.project")}</th>
      <th scope="col">${t("col.status")}</th>
      <th scope="col">${t("col.period")}</th>
      <th scope="col">${t("col.call")}</th>
    </tr>
  </thead>
  <tbody>
  <#list site.projects as p>
    <tr>
      <th scope="row"><a href="${root}projects/${p.id}/">${layout.nl(p.title)}</a></th>
      <td>${site.label(p.status)}</td>
      <td><@layout.period p=p.period!""/></td>
      <td><#if p.call?? && site.call(p.call)??>${layout.nl(site.call(p.call).title)}<#else><span class="missing">${t("missing.sources")}</span></#if></td>
    </tr>
  </#list>
  </tbody>
</table>
</@layout.scroll>
<#else>
<p>${t("projects.none")}</p>
</#if>

<#if site.calls?has_content>
<h2 id="projectoproepen">${t("projects.calls")}</h2>
<#list site.calls as c>
<section class="call" id="${c.id}" aria-labelledby="${c.id}-titel">
  <h3 id="${c.id}-titel"${layout.nlAttr()}>${c.title}</h3>
  <p><#if c.opened??><#assign d><@layout.date c.opened/></#assign>${t("call.opened.html", d)} </#if><#if c.closed??><#assign d><@layout.date c.closed/></#assign>${t("call.closed.html", d)}</#if>
    <#if !c.opened?? && !c.closed??><span class="missing">${t("call.dates.missing")}</span></#if></p>
  <p>${layout.nl(c.description)} <@layout.cite ids=c.sources/></p>
</section>
</#list>
</#if>
</@layout.page>
