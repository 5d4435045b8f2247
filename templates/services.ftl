<#-- All services offered to local players, with their price model and current price. -->
<#import "layout.ftl" as layout>
<@layout.page title="Diensten" section="services">
<h1>Diensten</h1>
<p>Een dienst is een project dat opgeschaald werd: lokale besturen en cultuurspelers kunnen erop
  intekenen en betalen er meestal voor. Hier staat wat elke dienst kost, voor zover de bronnen
  het zeggen.</p>

<#if site.services?has_content>
<@layout.scroll label="Alle diensten">
<table>
  <caption>Alle diensten (${site.services?size})</caption>
  <thead>
    <tr>
      <th scope="col">Dienst</th>
      <th scope="col">Prijsmodel</th>
      <th scope="col">Geldende prijs</th>
      <th scope="col">Gestart</th>
      <th scope="col">Uit project</th>
    </tr>
  </thead>
  <tbody>
  <#list site.services as s>
    <#assign open = s.prices?filter(l -> !l.validTo??)>
    <tr>
      <th scope="row"><a href="${root}services/${s.id}/">${s.name}</a></th>
      <td><#if s.priceModel??>${site.label(s.priceModel)}<#else><span class="missing">niet gepubliceerd</span></#if></td>
      <td><#if open?has_content><#list open as l><span class="price-line"><@layout.money amount=l.amount!""/> ${site.label(l.unit)}<#if open?size gt 1> (${l.component})</#if>, sinds <@layout.date l.validFrom/></span><#sep><br></#sep></#list><#elseif s.prices?has_content><span class="missing">geen prijs zonder einddatum gepubliceerd</span><#else><span class="missing">geen bedrag gepubliceerd</span></#if></td>
      <td><#if s.launched??><@layout.date s.launched/><#else><span class="missing">niet vermeld</span></#if></td>
      <td><#if s.originProjects?has_content><#list s.originProjects as id><a href="${root}projects/${id}/">${(site.project(id).title)!id}</a><#sep>, </#sep></#list><#else><span class="missing">geen project vermeld</span></#if></td>
    </tr>
  </#list>
  </tbody>
</table>
</@layout.scroll>
<p class="note">Geldende prijs: de laatst gepubliceerde prijs zonder einddatum. Alle prijzen per
  periode, met btw en bron, staan op de pagina van elke dienst.</p>
<#else>
<p>Er zijn nog geen diensten opgenomen.</p>
</#if>
</@layout.page>
