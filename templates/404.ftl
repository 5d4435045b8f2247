<#-- Served for any unknown URL, so links use the absolute path of the site root. -->
<#import "layout.ftl" as layout>
<#assign base = site.organisation.baseUrl?replace("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*", "", "r")>
<#if !base?starts_with("/")><#assign base = "/" + base></#if>
<@layout.page title="Pagina niet gevonden" base=base>
<h1>Pagina niet gevonden</h1>
<p>Deze pagina bestaat niet (meer). Misschien is het adres verkeerd getypt of werd de pagina verplaatst.</p>
<p><a href="${base}">Naar de startpagina</a> of bekijk de <a href="${base}sources/">lijst met bronnen</a>.</p>
</@layout.page>
