<#-- All co-creation projects with their status, period and call. -->
<#import "layout.ftl" as layout>
<@layout.page title="Projecten" section="projects">
<h1>Projecten</h1>
<p>${site.organisation.name} werkt in co-creatie: lokale bibliotheken en cultuurhuizen dienen
  ideeën in bij een projectoproep, en wat gekozen wordt, gaat als experiment van start. Werkt een
  experiment en kan het in heel Vlaanderen gebruikt worden, dan wordt het opgeschaald tot een
  <a href="${root}services/">dienst</a>.</p>

<h2 id="per-status">Projecten per status</h2>
<p>Een project doorloopt de fasen
  ${site.label("ProjectStatus.selected")} → ${site.label("ProjectStatus.experiment")} →
  ${site.label("ProjectStatus.evaluated")} → ${site.label("ProjectStatus.scaled_up")} of
  ${site.label("ProjectStatus.stopped")}.</p>
<ul class="status-counts">
<#list site.projectsByStatus as code, n>
  <li><strong>${n}</strong> ${site.label("ProjectStatus." + code)}</li>
</#list>
</ul>

<h2 id="alle-projecten">Alle projecten</h2>
<#if site.projects?has_content>
<@layout.scroll label="Alle projecten">
<table>
  <caption>Alle projecten (${site.projects?size})</caption>
  <thead>
    <tr>
      <th scope="col">Project</th>
      <th scope="col">Status</th>
      <th scope="col">Periode</th>
      <th scope="col">Projectoproep</th>
    </tr>
  </thead>
  <tbody>
  <#list site.projects as p>
    <tr>
      <th scope="row"><a href="${root}projects/${p.id}/">${p.title}</a></th>
      <td>${site.label(p.status)}</td>
      <td><@layout.period p=p.period!""/></td>
      <td><#if p.call?? && site.call(p.call)??>${site.call(p.call).title}<#else><span class="missing">niet vermeld in de bronnen</span></#if></td>
    </tr>
  </#list>
  </tbody>
</table>
</@layout.scroll>
<#else>
<p>Er zijn nog geen projecten opgenomen.</p>
</#if>

<#if site.calls?has_content>
<h2 id="projectoproepen">Projectoproepen</h2>
<#list site.calls as c>
<section class="call" id="${c.id}" aria-labelledby="${c.id}-titel">
  <h3 id="${c.id}-titel">${c.title}</h3>
  <p><#if c.opened??>Geopend: <@layout.date c.opened/>. </#if><#if c.closed??>Indienen kon tot <@layout.date c.closed/>.</#if>
    <#if !c.opened?? && !c.closed??><span class="missing">Open- en sluitingsdatum niet vermeld in de bronnen.</span></#if></p>
  <p>${c.description} <@layout.cite ids=c.sources/></p>
</section>
</#list>
</#if>
</@layout.page>
