<#-- Home page: who the organisation is, the key figures and the parliamentary question. -->
<#import "layout.ftl" as layout>
<#assign org = site.organisation>
<@layout.page title="" section="home">
<h1>Waar gaat het overheidsgeld voor ${org.name} naartoe?</h1>

<section aria-labelledby="over">
  <h2 id="over">Over ${org.name}</h2>
  <#if org.description?has_content>
  ${md(org.description)}
  </#if>
  <p>${org.name}<#if org.legalForm?has_content> ${org.legalForm}</#if> werd opgericht op <@layout.date org.founded/><#if org.predecessors?has_content>
    uit <#list org.predecessors as p>${p}<#sep><#if p?has_next && p?index == org.predecessors?size - 2> en <#else>, </#if></#sep></#list></#if>.
    <#if org.enterpriseNumber?has_content>Ondernemingsnummer: ${org.enterpriseNumber}.</#if>
  </p>
  <p>Deze site zet op één plaats wat openbare bronnen zeggen over de subsidies die ${org.name}
    kreeg, de projecten die ermee uitgeprobeerd werden en de diensten waarvoor lokale besturen
    vandaag betalen. Bij elk cijfer staat de bron tussen haakjes, bijvoorbeeld [1].</p>
</section>

<section aria-labelledby="kerncijfers">
  <h2 id="kerncijfers">Kerncijfers</h2>
  <@layout.scroll label="Subsidies per jaar">
  <table>
    <caption>Subsidies per jaar</caption>
    <thead>
      <tr>
        <th scope="col">Jaar</th>
        <th scope="col">Waarvoor</th>
        <th scope="col">Status</th>
        <th scope="col" class="num">Bedrag</th>
        <th scope="col">Bronnen</th>
      </tr>
    </thead>
    <#list site.years as y>
    <tbody>
      <#list y.lines as s>
      <tr>
        <#if s?is_first><th scope="rowgroup" rowspan="${y.lines?size?c}"><a href="${root}subsidies/#jaar-${y.year?c}">${y.year?c}</a></th></#if>
        <td><a href="${root}subsidies/#${s.id}">${s.purpose}</a></td>
        <td>${site.label(s.status)}</td>
        <td class="num"><@layout.money amount=s.amount!"" missing="bedrag niet gepubliceerd in de bronnen"/></td>
        <td><@layout.cite ids=s.sources/></td>
      </tr>
      </#list>
    </tbody>
    </#list>
  </table>
  </@layout.scroll>
  <p class="note">Toegekend, begroot en uitbetaald zijn verschillende fasen: tel ze niet zomaar op.
    <a href="${root}subsidies/">Alle subsidies met toelichting</a>.</p>
  <p>Alle cijfers van deze site zijn ook <a href="${root}datasets/">open data</a>: te downloaden als
    CSV, JSON of Excel-werkboek, met uitleg bij elke kolom.</p>

  <ul class="figures">
    <li><a href="${root}projects/"><strong>${site.projects?size}</strong> <#if site.projects?size == 1>project<#else>projecten</#if></a>
      <#assign scaled = site.projectsByStatus["scaled_up"]!0>
      <span>waarvan ${scaled} ${site.label("ProjectStatus.scaled_up")}</span></li>
    <li><a href="${root}services/"><strong>${site.services?size}</strong> <#if site.services?size == 1>dienst<#else>diensten</#if></a>
      <span>voor lokale cultuurspelers</span></li>
    <li><a href="${root}sources/"><strong>${site.sources?size}</strong> <#if site.sources?size == 1>bron<#else>bronnen</#if></a>
      <span>openbare documenten</span></li>
  </ul>
</section>

<#if site.questions?has_content>
<section aria-labelledby="vragen">
  <h2 id="vragen">De parlementaire vraag en het antwoord</h2>
  <p>In het Vlaams Parlement werd de minister gevraagd naar de stand van zaken bij ${org.name}.
    Hieronder staat per deelvraag wat de minister antwoordde, in onze woorden, en waar je op deze
    site meer vindt.</p>
  <#list site.questions as q>
  <article class="question" id="${q.id}">
    <h3><span class="question-number">Vraag ${q.number?c}.</span> ${q.question}</h3>
    <p><strong>Antwoord van de minister:</strong> ${q.answer} <@layout.cite ids=q.sources/></p>
    <#assign links = site.answers(q)>
    <#if links?has_content>
    <p>Meer op deze site: <#list links as l><a href="${root}${l.href}">${l.title}</a><#sep>, </#sep></#list></p>
    </#if>
  </article>
  </#list>
</section>
</#if>
</@layout.page>
