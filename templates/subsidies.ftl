<#-- All subsidy lines, one table per year, with a per-year total. -->
<#import "layout.ftl" as layout>
<@layout.page title="Subsidies" section="subsidies">
<h1>Subsidies</h1>
<p>Hier staan alle subsidies en begrote bedragen voor ${site.organisation.name} die we in openbare
  bronnen vonden, per jaar. Bij elk bedrag staat de bron tussen haakjes.</p>

<h2 id="statussen">Wat de status betekent</h2>
<dl class="statuses">
  <dt>${site.label("SubsidyStatus.granted")}</dt>
  <dd>De overheid heeft beslist dat dit bedrag gegeven wordt; een deel kan later uitbetaald worden.</dd>
  <dt>${site.label("SubsidyStatus.budgeted")}</dt>
  <dd>Het bedrag staat in de begroting: het is een plan, en het echte bedrag kan later anders zijn.</dd>
  <dt>${site.label("SubsidyStatus.paid")}</dt>
  <dd>Het geld is effectief op de rekening gestort.</dd>
</dl>
<p>Bedragen met een verschillende status tel je beter niet zomaar op.</p>

<#if !site.years?has_content>
<p>Er zijn nog geen subsidies opgenomen.</p>
</#if>
<#list site.years as y>
<section aria-labelledby="jaar-${y.year?c}">
  <h2 id="jaar-${y.year?c}">${y.year?c}</h2>
  <@layout.scroll label="Subsidies ${y.year?c}">
  <table>
    <caption>Subsidies voor ${y.year?c}</caption>
    <thead>
      <tr>
        <th scope="col">Jaar</th>
        <th scope="col">Waarvoor</th>
        <th scope="col">Status</th>
        <th scope="col" class="num">Bedrag</th>
        <th scope="col">Van</th>
        <th scope="col">Aan</th>
        <th scope="col">Toelichting</th>
        <th scope="col">Bronnen</th>
      </tr>
    </thead>
    <tbody>
    <#list y.lines as s>
      <tr id="${s.id}">
        <td>${s.year?c}</td>
        <th scope="row">${s.purpose}</th>
        <td>${site.label(s.status)}</td>
        <td class="num"><@layout.money amount=s.amount!"" missing="niet gepubliceerd"/></td>
        <td>${s.funder}</td>
        <td>${s.recipient}</td>
        <td><#if s.notes?has_content>${s.notes}<#else><span class="missing">geen toelichting</span></#if></td>
        <td><@layout.cite ids=s.sources/></td>
      </tr>
    </#list>
    </tbody>
    <#if y.lines?size gt 1 || y.incomplete>
    <#assign statuses = y.lines?map(l -> site.label(l.status))>
    <#assign mixed = statuses?filter(x -> x != statuses[0])?has_content>
    <tfoot>
      <tr>
        <td></td>
        <th scope="row"><#if y.incomplete>Som van de gepubliceerde bedragen<#else>Totaal ${y.year?c}</#if></th>
        <td><#if !mixed>${statuses[0]}</#if></td>
        <td class="num"><@layout.money amount=y.total/></td>
        <td colspan="4"><#if y.incomplete>Onvolledig: voor minstens één regel van ${y.year?c} is geen bedrag gepubliceerd, dus het echte totaal is niet bekend.</#if>
          <#if mixed>Let op: dit totaal telt bedragen met een verschillende status op.</#if></td>
      </tr>
    </tfoot>
    </#if>
  </table>
  </@layout.scroll>
</section>
</#list>
</@layout.page>
