<#-- One co-creation project: what it wanted, what came of it, and which services it led to. -->
<#import "layout.ftl" as layout>
<#assign p = record>
<#assign services = site.servicesFrom(p.id)>
<@layout.page title=p.title section="projects" sub=true>
<p class="breadcrumb"><a href="${root}projects/">Projecten</a> › ${p.title}</p>
<h1>${p.title}</h1>

<ol class="chain" aria-label="Van subsidie tot dienst">
  <li><a href="${root}subsidies/">Subsidies</a></li>
  <li>Project: ${p.title}</li>
  <li><#if services?has_content><#list services as s><a href="${root}services/${s.id}/">Dienst: ${s.name}</a><#sep>, </#sep></#list><#else>Dienst: geen dienst vermeld</#if></li>
</ol>

<dl class="facts">
  <dt>Status</dt>
  <dd>${site.label(p.status)}</dd>
  <dt>Periode</dt>
  <dd><@layout.period p=p.period!""/></dd>
  <dt>Projectoproep</dt>
  <dd><#assign call = (p.call??)?then(site.call(p.call)!"", "")>
    <#if call?has_content><a href="${root}projects/#${call.id}">${call.title}</a><#else><span class="missing">niet vermeld in de bronnen</span></#if></dd>
  <dt>Budget</dt>
  <dd><@layout.money amount=p.budget!"" missing="niet gepubliceerd in de bronnen"/></dd>
  <dt>Thema's</dt>
  <dd><#if p.themes?has_content><#list p.themes as t>${t}<#sep>, </#sep></#list><#else><span class="missing">geen thema's vermeld</span></#if></dd>
</dl>

<h2 id="doel">Doel</h2>
<p>${p.objective}</p>

<h2 id="resultaten">Resultaten</h2>
<#if p.results?has_content>
<p>${p.results}</p>
<#else>
<p class="missing">De bronnen vermelden geen resultaten.</p>
</#if>

<#if p.description?has_content>
<h2 id="beschrijving">Beschrijving</h2>
<div class="prose">
${md(p.description)}
</div>
</#if>

<h2 id="partners">Partners</h2>
<#if p.partners?has_content>
<@layout.scroll label="Partners">
<table>
  <caption>Partners van ${p.title}</caption>
  <thead>
    <tr>
      <th scope="col">Naam</th>
      <th scope="col">Plaats</th>
      <th scope="col">Rol</th>
    </tr>
  </thead>
  <tbody>
  <#list p.partners as partner>
    <tr>
      <th scope="row">${partner.name}</th>
      <td><#if partner.place?has_content>${partner.place}<#else><span class="missing">niet vermeld</span></#if></td>
      <td>${site.label(partner.role)}</td>
    </tr>
  </#list>
  </tbody>
</table>
</@layout.scroll>
<#else>
<p class="missing">De bronnen noemen geen partners.</p>
</#if>

<h2 id="diensten">Diensten uit dit project</h2>
<#if services?has_content>
<ul>
<#list services as s>
  <li><a href="${root}services/${s.id}/">${s.name}</a><#if s.launched??>, gestart <@layout.date s.launched/></#if></li>
</#list>
</ul>
<#else>
<p>Op deze site staat geen dienst die uit dit project voortkwam.</p>
</#if>

<h2 id="bronnen">Bronnen</h2>
<@layout.sourceList ids=p.sources/>
<@layout.lastChanged record=p/>
</@layout.page>
